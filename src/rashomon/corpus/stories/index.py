"""Nearest-neighbour candidate search over document vectors, one index per language.

Why one index per language, holding the *raw* (uncentred) vectors: the clusterer compares
documents after subtracting each language's mean vector, and those means move as the corpus
grows. For a query ``q`` and documents ``x`` of one language ``L`` (all raw vectors have unit
length), ``q · x = q · (x - mean_L) + q · mean_L``: the second term is the same for every
document of ``L``, so ranking the raw vectors of ``L`` by their inner product with the centred
query ranks them by their inner product with their own *currently* centred vectors, whatever
the mean is now. The index never has to be rebuilt when the means move.

Two implementations behind one small interface: :class:`ExactIndex` (numpy, brute force, exact
and deterministic; fine for a few thousand vectors per language) and :class:`HnswIndex`
(usearch HNSW graph, logarithmic search, used when usearch is installed and an index grows
past :data:`HNSW_FROM`; vectors added before that are moved into the graph once). Below that
size the exact search is also the faster one: usearch took about 0.3 ms to add and 0.25 ms to
search one 384-dimensional vector at 4,000 vectors, a float32 matrix-vector product over
3,300 vectors 0.2 ms (one core). While an index is exact, ``StoryClusterer.add_many`` searches
a whole block of documents with one matrix product instead (:mod:`.block`).
"""

from __future__ import annotations

import logging
from typing import Any, Protocol

import numpy as np

logger = logging.getLogger(__name__)

HNSW_FROM = 5_000  # vectors in one language before "auto" switches to an HNSW graph


class VectorIndex(Protocol):
    def add(self, key: int, vector: np.ndarray) -> None: ...

    def search(self, query: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Up to ``k`` (keys, inner products), best first."""
        ...

    def __len__(self) -> int: ...


class ExactIndex:
    """Brute-force inner-product search over a growing float32 matrix (doubling capacity)."""

    def __init__(self, dim: int) -> None:
        self._vecs = np.zeros((64, dim), dtype=np.float32)
        self._keys = np.zeros(64, dtype=np.int64)
        self._n = 0

    def __len__(self) -> int:
        return self._n

    def add(self, key: int, vector: np.ndarray) -> None:
        if self._n == len(self._keys):
            self._vecs = np.concatenate([self._vecs, np.zeros_like(self._vecs)])
            self._keys = np.concatenate([self._keys, np.zeros_like(self._keys)])
        self._vecs[self._n] = vector
        self._keys[self._n] = key
        self._n += 1

    def search(self, query: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        if self._n == 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        scores = self._vecs[: self._n] @ query
        top = top_k(scores, self._keys[: self._n], k)
        return self._keys[top], scores[top]

    def items(self) -> tuple[np.ndarray, np.ndarray]:
        return self._keys[: self._n], self._vecs[: self._n]


def top_k(scores: np.ndarray, keys: np.ndarray, k: int) -> np.ndarray:
    """Indices of the ``k`` best ``scores``, best first; among equal scores the smaller key
    (the earlier document) wins, also at the cut, so that the choice never depends on how a
    partial sort happened to break a tie."""
    n = len(scores)
    if k >= n:
        top = np.arange(n)
    else:
        part = np.argpartition(-scores, (k - 1, k))
        kth = scores[part[k - 1]]
        if scores[part[k]] != kth:  # no tie across the cut (the usual case)
            top = part[:k]
        else:
            above = np.flatnonzero(scores > kth)
            tied = np.flatnonzero(scores == kth)
            tied = tied[np.argsort(keys[tied], kind="stable")[: k - len(above)]]
            top = np.concatenate([above, tied])
    return top[np.lexsort((keys[top], -scores[top]))]


class HnswIndex:
    """usearch HNSW graph (inner product); approximate, O(log n) per search and insert."""

    def __init__(self, dim: int) -> None:
        from usearch.index import Index

        self._index: Any = Index(ndim=dim, metric="ip", dtype="f32", connectivity=16)

    def __len__(self) -> int:
        return len(self._index)

    def add(self, key: int, vector: np.ndarray) -> None:
        self._index.add(key, vector)

    def add_many(self, keys: np.ndarray, vectors: np.ndarray) -> None:
        self._index.add(keys, vectors, threads=1)

    def search(self, query: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        found = self._index.search(query.astype(np.float32), k, exact=False)
        keys = np.asarray(found.keys, dtype=np.int64)
        # usearch reports the "ip" distance as 1 - inner product
        return keys, (1.0 - np.asarray(found.distances, dtype=np.float32))


def hnsw_available() -> bool:
    try:
        import usearch.index  # noqa: F401
    except ImportError:
        return False
    return True


class AutoIndex:
    """Exact search while small; moves its vectors into an HNSW graph past ``switch_at``."""

    def __init__(self, dim: int, mode: str = "auto", switch_at: int = HNSW_FROM) -> None:
        self.dim = dim
        self._switch_at = switch_at if mode == "auto" and hnsw_available() else -1
        if mode == "hnsw":
            self._switch_at = 0
        self._impl: ExactIndex | HnswIndex = ExactIndex(dim) if self._switch_at else HnswIndex(dim)

    def __len__(self) -> int:
        return len(self._impl)

    @property
    def exact(self) -> bool:
        """True while searches are brute force (the clusterer may then search a whole block of
        documents at once, see :mod:`.block`)."""
        return isinstance(self._impl, ExactIndex)

    def add(self, key: int, vector: np.ndarray) -> None:
        self._impl.add(key, vector)
        if isinstance(self._impl, ExactIndex) and len(self._impl) == self._switch_at:
            keys, vecs = self._impl.items()
            graph = HnswIndex(self.dim)
            graph.add_many(keys.copy(), vecs.copy())
            logger.info("story index: %s vectors moved to an HNSW graph", len(graph))
            self._impl = graph

    def search(self, query: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        return self._impl.search(query, k)

    def items(self) -> tuple[np.ndarray, np.ndarray]:
        """(keys, vectors) of an exact index, as views: valid until the next :meth:`add`
        reaches past them (never the rows they show)."""
        if not isinstance(self._impl, ExactIndex):
            raise TypeError("only an exact index lists its vectors")
        return self._impl.items()
