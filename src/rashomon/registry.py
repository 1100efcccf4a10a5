"""Versioned names for pluggable parts (stages, readers, stores, runners).

Built-ins register through the same decorator as plugins, where they are defined; a duplicate
name is an error. Names carry a version (``"clean.boilerplate.v1"``) so stored annotations
say exactly which implementation produced them.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any, TypeVar

from .errors import RegistryError

T = TypeVar("T")

# Modules whose import registers the built-in parts.
BUILTIN_MODULES = (
    "rashomon.stages.ingest",
    "rashomon.stages.clean",
    "rashomon.stages.sources",
    "rashomon.stages.dates",
    "rashomon.stages.language",
    "rashomon.stages.sentences",
    "rashomon.stages.time.stage",
    "rashomon.stages.entities.stage",
    "rashomon.stages.places.stage",
    "rashomon.stages.narrative",
    "rashomon.stages.framing.stage",
)


class Registry:
    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._items: dict[str, Any] = {}

    def register(self, name: str) -> Callable[[T], T]:
        if name.count(".") < 1 or not name.rsplit(".", 1)[-1].startswith("v"):
            raise RegistryError(
                f"{self.kind} name {name!r} needs a version suffix, like 'clean.boilerplate.v1'"
            )

        def decorator(obj: T) -> T:
            if name in self._items and self._items[name] is not obj:
                raise RegistryError(f"{self.kind} {name!r} is already registered")
            self._items[name] = obj
            return obj

        return decorator

    def get(self, name: str) -> Any:
        load_builtins()
        try:
            return self._items[name]
        except KeyError:
            known = ", ".join(sorted(self._items)) or "none"
            raise RegistryError(f"unknown {self.kind} {name!r}; known: {known}") from None

    def names(self) -> list[str]:
        load_builtins()
        return sorted(self._items)


stages = Registry("stage")
readers = Registry("reader")

_loaded = False


def load_builtins() -> None:
    global _loaded
    if not _loaded:
        _loaded = True
        for module in BUILTIN_MODULES:
            importlib.import_module(module)
