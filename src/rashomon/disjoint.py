"""Disjoint sets (union-find) over any hashable items: the grouping behind merged events and
aligned claim rows. Roots are whatever the caller makes them (``attach`` puts one root under
another), so a caller that needs a deterministic representative chooses it."""

from __future__ import annotations

from collections.abc import Hashable
from typing import Generic, TypeVar

T = TypeVar("T", bound=Hashable)


class DisjointSets(Generic[T]):
    def __init__(self) -> None:
        self._parent: dict[T, T] = {}

    def find(self, x: T) -> T:
        """The root of ``x``'s set (``x`` itself until it is attached), halving the path."""
        parent = self._parent
        while (up := parent.get(x, x)) != x:
            parent[x] = parent.get(up, up)
            x = parent[x]
        return x

    def attach(self, root: T, under: T) -> None:
        """Put the set whose root is ``root`` under the root ``under``."""
        self._parent[root] = under
