"""Boilerplate vocabulary per language, merged: each module gives phrase lists per reason.

Phrases are compared with whole lines after folding (:func:`rashomon.text.normalize.normalize`,
punctuation trimmed at both ends), so they are written as people see them.
"""

from __future__ import annotations

from . import ar, en, fa

_MODULES = (en, ar, fa)


def merged(attr: str) -> tuple[str, ...]:
    return tuple(p for module in _MODULES for p in getattr(module, attr, ()))
