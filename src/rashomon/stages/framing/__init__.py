"""Framing: how each outlet tells a story. This first slice finds loaded terms (our own
lexicon, :mod:`.lexicon`); the story-level naming view is built from it in the API layer."""

from __future__ import annotations

from .lexicon import CATEGORIES, Entry, Term, entries, loaded_terms

__all__ = ["CATEGORIES", "Entry", "Term", "entries", "loaded_terms"]
