"""Analyst corrections of entity identity, kept apart from what the linker said.

Each stored mention keeps the key the linker gave it (``linked``) and the key it counts under
(``entity``). An override maps a linked key to another one: for every surface form (a merge,
``surface=""``) or for one surface form only (a split: "Hassan" under ``per:hassan`` is a
different person in these documents). Overrides are applied when documents are saved, so they
survive re-runs, and re-applied to stored mentions whenever one is added or removed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ..text.normalize import normalize

Overrides = Mapping[tuple[str, str], str]  # (from_key, folded surface or "") -> to_key


def surface_key(surface: str) -> str:
    return " ".join(normalize(surface).split())


def effective_entity(overrides: Overrides, key: str, surface: str) -> str:
    """Follow overrides from the linked ``key``: the surface-specific one first, then merges,
    along chains (a -> b -> c); a cycle stops where it would repeat."""
    if not overrides:
        return key
    seen = {key}
    current = overrides.get((key, surface_key(surface))) or overrides.get((key, ""), key)
    while current not in seen:
        seen.add(current)
        nxt = overrides.get((current, ""))
        if nxt is None:
            return current
        current = nxt
    return current


def reassigned(
    overrides: Overrides, mentions: Iterable[tuple[Any, int, str, str, str | None]]
) -> list[tuple[str, Any, int]]:
    """``(entity, doc_id, idx)`` for each stored mention ``(doc_id, idx, linked, text,
    entity)`` whose entity the overrides now change."""
    changes = []
    for doc_id, idx, linked, text, entity in mentions:
        new = effective_entity(overrides, linked, text)
        if new != entity:
            changes.append((new, doc_id, idx))
    return changes
