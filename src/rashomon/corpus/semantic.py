"""Cross-lingual semantic search over stored document vectors, and its fusion with full text.

An English query finds Arabic and Persian reports: the query and the documents are embedded by
the same multilingual model with the same prefix (:mod:`.embed`). Uncentred vectors carry
their language more strongly than their topic, so each document vector has its language's
mean vector subtracted, and the query has its own language's mean subtracted (the corpus-wide
mean where the corpus has no document in the query's language), before cosine similarity.

:func:`hybrid_search` merges the full-text ranking (exact words, normalised spelling) and the
semantic one by reciprocal rank fusion, so a document found by both comes first and either
alone still finds it.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

import numpy as np

from ..stages.language import detect
from ..store import DocumentFilter, SearchHit, Store
from ..store.base import DocumentSummary
from .embed import get_embedder
from .story_step import VECTOR_MODEL

MODES = ("hybrid", "text", "semantic")  # hybrid first: the default everywhere
RRF_K = 60  # reciprocal rank fusion constant (the usual choice; ranks beyond ~60 weigh little)
CANDIDATES = 200  # semantic neighbours considered before filters


@dataclass(slots=True)
class SemanticIndex:
    """Centred, normalised document vectors of one store, in memory."""

    ids: list[str]
    matrix: np.ndarray  # (n, dim), centred per language and L2-normalised
    means: dict[str, np.ndarray]  # language -> mean vector (and "*" for the whole corpus)

    @classmethod
    def load(cls, store: Store) -> SemanticIndex:
        langs = {f.doc_id: f.lang or "und" for f in store.story_features().values()}
        ids, rows = [], []
        for doc_id, blob in store.vectors(VECTOR_MODEL):
            if doc_id in langs:
                ids.append(doc_id)
                rows.append(np.frombuffer(blob, dtype=np.float32))
        if not rows:
            return cls([], np.zeros((0, 0), dtype=np.float32), {})
        raw = np.vstack(rows)
        doc_langs = np.array([langs[i] for i in ids])
        means = {"*": raw.mean(axis=0)}
        for lang in set(doc_langs.tolist()):
            means[lang] = raw[doc_langs == lang].mean(axis=0)
        centred = raw - np.vstack([means[lang] for lang in doc_langs])
        return cls(ids, _normalise(centred), means)

    def query_vector(self, query: str) -> np.ndarray:
        vec = get_embedder().embed([query])[0]
        lang, _ = detect(query)
        return _normalise((vec - self.means.get(lang, self.means["*"]))[None, :])[0]

    def search(self, query: str, limit: int = CANDIDATES) -> list[tuple[str, float]]:
        """The ``limit`` nearest documents that are closer to the query than their
        language's average document is (centred cosine above zero)."""
        if not self.ids or not query.strip():
            return []
        scores = self.matrix @ self.query_vector(query)
        top = np.argsort(-scores, kind="stable")[:limit]
        return [(self.ids[i], float(scores[i])) for i in top if scores[i] > 0]


_cache: dict[int, tuple[int, SemanticIndex]] = {}
_cache_lock = threading.Lock()


def semantic_index(store: Store) -> SemanticIndex:
    """The store's index, rebuilt when the number of stored vectors changes."""
    count = store.vector_count(VECTOR_MODEL)
    with _cache_lock:
        cached = _cache.get(id(store))
        if cached is None or cached[0] != count:
            cached = (count, SemanticIndex.load(store))
            _cache[id(store)] = cached
        return cached[1]


def semantic_search(
    store: Store, query: str, filt: DocumentFilter, limit: int = 20, offset: int = 0
) -> tuple[list[SearchHit], int]:
    """Documents closest in meaning to ``query``, in any language."""
    found = semantic_index(store).search(query)
    allowed = {s.id: s for s in store.summaries([doc_id for doc_id, _ in found], filt)}
    found = [(doc_id, score) for doc_id, score in found if doc_id in allowed]
    hits = []
    for doc_id, score in found[offset : offset + limit]:
        snippet, lang = store.best_sentence(doc_id, query)
        hits.append(SearchHit(allowed[doc_id], snippet, lang, score))
    return hits, len(found)


def hybrid_search(
    store: Store, query: str, filt: DocumentFilter, limit: int = 20, offset: int = 0
) -> tuple[list[SearchHit], int]:
    """Full-text and semantic hits fused by reciprocal rank; ``total`` counts the union."""
    text_hits, _ = store.search(query, filt, limit=CANDIDATES)
    semantic = semantic_index(store).search(query)
    allowed = {s.id: s for s in store.summaries([doc_id for doc_id, _ in semantic], filt)}
    fused: dict[str, float] = {}
    for rank, hit in enumerate(text_hits):
        fused[hit.summary.id] = fused.get(hit.summary.id, 0.0) + 1.0 / (RRF_K + rank)
    semantic = [(doc_id, score) for doc_id, score in semantic if doc_id in allowed]
    for rank, (doc_id, _) in enumerate(semantic):
        fused[doc_id] = fused.get(doc_id, 0.0) + 1.0 / (RRF_K + rank)
    by_id = {h.summary.id: h for h in text_hits}
    ranked = sorted(fused.items(), key=lambda kv: (-kv[1], kv[0]))
    hits = []
    for doc_id, score in ranked[offset : offset + limit]:
        found = by_id.get(doc_id)
        if found is not None:
            hits.append(SearchHit(found.summary, found.snippet, found.snippet_lang, score))
        else:
            summary: DocumentSummary = allowed[doc_id]
            snippet, lang = store.best_sentence(doc_id, query)
            hits.append(SearchHit(summary, snippet, lang, score))
    return hits, len(fused)


def search(
    store: Store,
    query: str,
    filt: DocumentFilter,
    mode: str = "hybrid",
    limit: int = 20,
    offset: int = 0,
) -> tuple[list[SearchHit], int]:
    """Search in one of :data:`MODES`: ``text`` (words, normalised spelling), ``semantic``
    (meaning, across languages) or ``hybrid`` (both, fused); the one entry point of the
    command line, the API and the search page."""
    if mode == "text":
        return store.search(query, filt, limit=limit, offset=offset)
    if mode == "semantic":
        return semantic_search(store, query, filt, limit=limit, offset=offset)
    if mode == "hybrid":
        return hybrid_search(store, query, filt, limit=limit, offset=offset)
    raise ValueError(f"unknown search mode {mode!r}; choose one of {', '.join(MODES)}")


def _normalise(m: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(m, axis=1, keepdims=True)
    return (m / np.where(norms == 0, 1.0, norms)).astype(np.float32)
