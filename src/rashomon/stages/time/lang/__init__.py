"""Temporal words per language, looked up by the language code given to ``find_times``."""

from __future__ import annotations

from types import ModuleType

from . import ar, en, fa

LANGUAGES: dict[str, ModuleType] = {"en": en, "ar": ar, "fa": fa}
