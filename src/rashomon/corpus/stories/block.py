"""Exact candidate search for a block of documents at once (``StoryClusterer.add_many``).

While a language's index is exact (:class:`.index.ExactIndex`, up to ``HNSW_FROM`` documents),
every document costs one matrix-vector product over all earlier documents of that language.
Such products are limited by memory, not arithmetic: at a few thousand documents per language
they were most of the clusterer's time, and their total grows with n². The documents of a
corpus step are known in advance, so the products of a block of them can be one matrix-matrix
product instead, which reads the matrix once for the whole block (about ten times the
throughput on one core).

What makes that exact although each document's query depends on the documents before it in
the same block: for a document ``v`` of language ``Q`` and an earlier document ``x``, the index
ranks ``x`` by ``x · (v - m_Q) / |v - m_Q|``, and ``m_Q = (w p_Q + S_Q) / (w + n_Q)`` (prior
``p_Q``, sum ``S_Q`` of the ``n_Q`` documents of ``Q`` so far). Dropping the positive factor
that is the same for every ``x``, the rank of ``x`` follows ``x · u - x · m_Q / |v|`` with
``u = v / |v|``, and every term is a column of one product of [the earlier documents and the
block] by [the block, the priors, the sums at the start of the block]: ``x · S_Q`` then grows
by a column of that product as each document of the block is stored. The ranking is the one
the index gives, up to float rounding.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from .index import top_k


class BlockSearch:
    """Candidate search for the documents of one block; see the module docstring.

    ``indexes`` holds, for every language whose index is exact, the keys and vectors of its
    earlier documents (:meth:`.index.ExactIndex.items`); ``block`` the unit vectors of the
    block's documents as they will be stored, ``norms`` the lengths of their original vectors,
    ``priors``/``sums``/``counts`` the state of the language means of the block's languages at
    the start of the block.
    """

    def __init__(
        self,
        indexes: Mapping[str, tuple[np.ndarray, np.ndarray]],
        block: np.ndarray,
        norms: Sequence[float],
        langs: Sequence[str],
        priors: Mapping[str, np.ndarray],
        sums: Mapping[str, np.ndarray | None],
        counts: Mapping[str, int],
        prior_weight: float,
    ) -> None:
        query_langs = sorted(set(langs))
        zeros = np.zeros(block.shape[1])
        cols = np.concatenate(
            [
                block,
                np.stack([priors[q] for q in query_langs]).astype(np.float32),
                np.stack([_or(sums.get(q), zeros) for q in query_langs]).astype(np.float32),
            ]
        )
        size = len(block)
        # one part per language's earlier documents, and one for the block's own
        self._parts = {
            lang: _Part(keys, cols @ vecs.T, size, query_langs)
            for lang, (keys, vecs) in indexes.items()
        }
        self._own = _Part(np.full(size, -1, dtype=np.int64), cols @ block.T, size, query_langs)
        self._seen = {q for q in query_langs if sums.get(q) is not None}
        self._count = {q: counts.get(q, 0) for q in query_langs}
        self._norms = list(norms)
        self._weight = prior_weight
        for part in (*self._parts.values(), self._own):
            for q in query_langs:
                self._update_mean(part, q)
        self._added: dict[str, list[int]] = {}  # the block's stored documents, by language

    def stored(self, i: int, position: int, lang: str) -> None:
        """Block document ``i`` was stored at ``position``: it is a candidate from now on, and
        counts in its language's mean."""
        self._own.keys[i] = position
        self._added.setdefault(lang, []).append(i)
        self._count[lang] += 1
        self._seen.add(lang)
        for part in (*self._parts.values(), self._own):
            part.sums[lang] += part.sim[i]
            self._update_mean(part, lang)

    def _update_mean(self, part: _Part, lang: str) -> None:
        """``x · m`` of the part's documents ``x`` and the current mean ``m`` of ``lang``."""
        if lang in self._seen:
            w = self._weight
            part.means[lang] = (w * part.priors[lang] + part.sums[lang]) / (w + self._count[lang])
        else:
            part.means[lang] = part.priors[lang]

    def search(self, i: int, query_lang: str, lang: str, k: int) -> np.ndarray | None:
        """Keys (clusterer positions) of the ``k`` documents of ``lang`` nearest to block
        document ``i`` of ``query_lang``, as the exact index ranks them; None when this search
        cannot stand in for it (a vector of length zero)."""
        norm = self._norms[i]
        if not norm > 0:
            return None
        found_keys, found_scores = [], []
        part = self._parts.get(lang)
        if part is not None and len(part.keys):
            scores = self._scores(part, i, query_lang, norm, slice(None))
            top = top_k(scores, part.keys, k)
            found_keys.append(part.keys[top])
            found_scores.append(scores[top])
        added = self._added.get(lang)
        if added:
            rows = np.asarray(added, dtype=np.int64)
            found_keys.append(self._own.keys[rows])
            found_scores.append(self._scores(self._own, i, query_lang, norm, rows))
        if not found_keys:
            return np.zeros(0, dtype=np.int64)
        keys, scores = np.concatenate(found_keys), np.concatenate(found_scores)
        return np.asarray(keys[top_k(scores, keys, k)])

    def _scores(
        self, part: _Part, i: int, query_lang: str, norm: float, rows: slice | np.ndarray
    ) -> np.ndarray:
        return np.asarray(part.sim[i][rows] - part.means[query_lang][rows] / norm)


class _Part:
    """Products of some documents with the block (``product``: one row per column of the
    block's matrix, one column per document): ``sim[i]`` the inner products with block
    document ``i``; ``priors``, ``sums`` and ``means`` with each query language's prior, sum
    and current mean."""

    def __init__(
        self, keys: np.ndarray, product: np.ndarray, size: int, query_langs: Sequence[str]
    ) -> None:
        k = len(query_langs)
        self.keys = keys
        self.sim = product[:size].astype(np.float64)
        self.priors = {q: product[size + j].astype(np.float64) for j, q in enumerate(query_langs)}
        self.sums = {q: product[size + k + j].astype(np.float64) for j, q in enumerate(query_langs)}
        self.means: dict[str, np.ndarray] = {}


def _or(value: np.ndarray | None, default: np.ndarray) -> np.ndarray:
    return default if value is None else value
