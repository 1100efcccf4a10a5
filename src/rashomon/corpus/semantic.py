"""Cross-lingual semantic search over stored document vectors, and its fusion with full text.

An English query finds Arabic and Persian reports: the query and the documents are embedded by
the same multilingual model with the same prefix (:mod:`.embed`). Uncentred vectors carry
their language more strongly than their topic, so each document vector has its language's
mean vector subtracted, and the query has its own language's mean subtracted (the corpus-wide
mean where the corpus has no document in the query's language), before cosine similarity.

:func:`search_results` ranks every match before paging, in each of the three modes, so
the page, the total and the facet counts (language, outlet, year) come from one list. The
hybrid mode merges the full-text ranking (exact words, normalised spelling) and the
semantic one by reciprocal rank fusion, so a document found by both comes first and either
alone still finds it.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterable
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


FACET_CAP = 5000  # full-text matches counted into facets and fused (a rare word's are all)
TOP_SOURCES = 15  # outlets listed in the facets, most matches first


@dataclass(frozen=True, slots=True)
class Facets:
    """How many matching documents each language, outlet and year of publication holds:
    counted over the whole ordered result set (up to :data:`FACET_CAP` full-text matches
    plus the semantic ones), not over the page shown. Documents without the value (no
    outlet, no date) are left out of that facet."""

    lang: dict[str, int]
    source: dict[str, int]  # the TOP_SOURCES largest
    year: dict[str, int]  # chronological
    counted: int  # documents counted: below the total only when the cap was reached

    @classmethod
    def of(cls, rows: Iterable[tuple[str | None, str | None, str | None, int]]) -> Facets:
        """From (lang, source, year, count) rows (:meth:`Store.facet_counts`)."""
        langs: Counter[str] = Counter()
        sources: Counter[str] = Counter()
        years: Counter[str] = Counter()
        counted = 0
        for lang, source, year, n in rows:
            counted += n
            if lang:
                langs[lang] += n
            if source:
                sources[source] += n
            if year and year.isdigit():
                years[year] += n
        return cls(
            dict(sorted(langs.items(), key=lambda kv: (-kv[1], kv[0]))),
            dict(sorted(sources.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_SOURCES]),
            dict(sorted(years.items())),
            counted,
        )


NO_FACETS = Facets({}, {}, {}, 0)


@dataclass(frozen=True, slots=True)
class SearchResults:
    hits: list[SearchHit]  # the page asked for
    total: int  # every match
    facets: Facets  # of every match (NO_FACETS when not asked for)


@dataclass(slots=True)
class _Ranking:
    """Every match of one search in order, before paging: one shape for the three modes,
    so the page, the total and the facets all come from the same list."""

    ranked: list[tuple[str, float]]
    known: dict[str, DocumentSummary]  # summaries already fetched while filtering
    uncounted: int = 0  # full-text matches beyond FACET_CAP, in the total but not ranked


def _text_ranking(store: Store, query: str, filt: DocumentFilter) -> _Ranking:
    ranked = store.search_ids(query, filt, limit=FACET_CAP)
    uncounted = 0
    if len(ranked) >= FACET_CAP:  # a very common word: count the rest without fetching it
        uncounted = store.search(query, filt, limit=0)[1] - len(ranked)
    return _Ranking(ranked, {}, uncounted)


def _semantic_ranking(store: Store, query: str, filt: DocumentFilter) -> _Ranking:
    found = semantic_index(store).search(query)
    known = {s.id: s for s in store.summaries([doc_id for doc_id, _ in found], filt)}
    return _Ranking([(doc_id, score) for doc_id, score in found if doc_id in known], known)


def _hybrid_ranking(store: Store, query: str, filt: DocumentFilter) -> _Ranking:
    """Full-text and semantic rankings fused by reciprocal rank; the union is the result."""
    text = _text_ranking(store, query, filt)
    semantic = _semantic_ranking(store, query, filt)
    fused: dict[str, float] = {}
    for ranking in (text, semantic):
        for rank, (doc_id, _) in enumerate(ranking.ranked):
            fused[doc_id] = fused.get(doc_id, 0.0) + 1.0 / (RRF_K + rank)
    ranked = sorted(fused.items(), key=lambda kv: (-kv[1], kv[0]))
    return _Ranking(ranked, semantic.known, text.uncounted)


_RANKINGS = {"text": _text_ranking, "semantic": _semantic_ranking, "hybrid": _hybrid_ranking}


def search_results(
    store: Store,
    query: str,
    filt: DocumentFilter,
    mode: str = "hybrid",
    limit: int = 20,
    offset: int = 0,
    facets: bool = True,
) -> SearchResults:
    """Search in one of :data:`MODES`: ``text`` (words, normalised spelling), ``semantic``
    (meaning, across languages) or ``hybrid`` (both, fused): the page of hits, the number
    of matches and, with ``facets``, the :class:`Facets` of all matches."""
    if mode not in _RANKINGS:
        raise ValueError(f"unknown search mode {mode!r}; choose one of {', '.join(MODES)}")
    ranking = _RANKINGS[mode](store, query, filt)
    page = ranking.ranked[offset : offset + limit]
    known = ranking.known
    missing = [doc_id for doc_id, _ in page if doc_id not in known]
    if missing:
        known = {**known, **{s.id: s for s in store.summaries(missing)}}
    hits = []
    for doc_id, score in page:
        snippet, lang = store.best_sentence(doc_id, query)
        hits.append(SearchHit(known[doc_id], snippet, lang, score))
    counted = (
        Facets.of(store.facet_counts(doc_id for doc_id, _ in ranking.ranked))
        if facets
        else NO_FACETS
    )
    return SearchResults(hits, len(ranking.ranked) + ranking.uncounted, counted)


def search(
    store: Store,
    query: str,
    filt: DocumentFilter,
    mode: str = "hybrid",
    limit: int = 20,
    offset: int = 0,
) -> tuple[list[SearchHit], int]:
    """The page of hits and the number of matches of :func:`search_results`, without
    facets: the command line's entry point."""
    found = search_results(store, query, filt, mode, limit, offset, facets=False)
    return found.hits, found.total


def _normalise(m: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(m, axis=1, keepdims=True)
    return (m / np.where(norms == 0, 1.0, norms)).astype(np.float32)
