"""Rashomon: who says what happened, and how — multilingual news-narrative analysis."""

import logging

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())
