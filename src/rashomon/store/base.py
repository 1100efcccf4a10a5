"""The Store protocol: what the pipeline, exports, API and UI need from a backend.

SQLite is the embedded default (:mod:`.sqlite`); a server backend implements the same
protocol. Writes are whole documents with all their annotations, in one transaction, so an
interrupted run never leaves a half-written document.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

from ..model import Document, DuplicateLink


@dataclass(frozen=True, slots=True)
class DocumentFilter:
    lang: str | None = None
    source: str | None = None
    status: str | None = None
    date_from: date | None = None
    date_to: date | None = None


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    id: str
    title: str | None
    source: str | None
    lang: str | None
    published: str | None
    status: str
    path: str | None
    record: int | None
    url: str | None
    chars: int
    duplicates: int


@dataclass(frozen=True, slots=True)
class SearchHit:
    summary: DocumentSummary
    snippet: str  # an original (un-normalised) sentence that matches
    snippet_lang: str | None
    score: float


@dataclass(slots=True)
class RunInfo:
    id: int
    started: str
    finished: str | None
    command: str
    summary: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class CorpusStats:
    documents: int
    by_status: dict[str, int]
    by_lang: dict[str, int]
    by_source: dict[str, int]
    first_published: str | None
    last_published: str | None


@dataclass(frozen=True, slots=True)
class EntitySummary:
    key: str
    name: str
    type: str
    mentions: int
    documents: int
    first_seen: str | None  # publication dates of the documents it is mentioned in
    last_seen: str | None


@dataclass(frozen=True, slots=True)
class EntityName:
    """A name an entity goes by in the corpus: its surface form, language and script."""

    text: str
    lang: str | None
    script: str
    count: int


@dataclass(slots=True)
class EntityDetail:
    summary: EntitySummary
    names: list[EntityName]
    linked_as: list[str]  # the linker keys merged into this entity by analysts (and its own)
    timeline: dict[str, int]  # "YYYY-MM" -> mentions
    documents: list[DocumentSummary]
    related: list[tuple[EntitySummary, int]]  # co-occurring entities, documents shared


@dataclass(frozen=True, slots=True)
class StorySummary:
    id: str
    title: str | None
    documents: int
    languages: dict[str, int]
    sources: dict[str, int]
    first_published: str | None
    last_published: str | None


@dataclass(frozen=True, slots=True)
class PlacePoint:
    """A resolved place with how often, and in how many documents, it is mentioned."""

    place_id: str
    name: str
    lat: float
    lon: float
    country: str | None
    feature: str | None
    mentions: int
    documents: int


@dataclass(frozen=True, slots=True)
class StoryFeatures:
    """What story clustering reads of a stored document besides its vector."""

    doc_id: str
    lang: str | None
    published: str | None
    story: str | None
    entities: frozenset[str]
    places: frozenset[str]
    duplicate_of: frozenset[str]  # documents it is an exact or near copy of


@dataclass(frozen=True, slots=True)
class ClaimLink:
    """Two claims of one story set side by side (:mod:`rashomon.corpus.claim_links`): claim
    ``claim_a`` of document ``doc_a`` (an index into its ``claims``) and claim ``claim_b`` of
    ``doc_b``; ``relation`` is ``corroborates`` or ``contradicts`` (unrelated pairs are not
    kept), with a confidence and the reasons (e.g. "same event, different date")."""

    doc_a: str
    claim_a: int
    doc_b: str
    claim_b: int
    relation: str
    confidence: float
    reasons: tuple[str, ...] = ()


class Store(Protocol):
    def close(self) -> None: ...

    # writes
    def save(self, docs: Iterable[Document], run_id: int | None = None) -> None: ...
    def add_duplicates(self, links: Iterable[tuple[str, DuplicateLink]]) -> None: ...
    def save_minhashes(self, signatures: Iterable[tuple[str, bytes, int]]) -> None: ...
    def start_run(self, command: str) -> int: ...
    def finish_run(self, run_id: int, summary: dict[str, Any]) -> None: ...

    # reads
    def completed_ids(self, ids: Iterable[str]) -> set[str]: ...
    def get(self, doc_id: str) -> Document | None: ...
    def iter_documents(self, filt: DocumentFilter = ...) -> Iterator[Document]: ...
    def list_documents(
        self, filt: DocumentFilter = ..., limit: int = 50, offset: int = 0
    ) -> tuple[list[DocumentSummary], int]: ...
    def search(
        self, query: str, filt: DocumentFilter = ..., limit: int = 20, offset: int = 0
    ) -> tuple[list[SearchHit], int]: ...
    # every full-text match (up to ``limit``) as (id, score), best first, in search()'s order
    def search_ids(
        self, query: str, filt: DocumentFilter = ..., limit: int = 5000
    ) -> list[tuple[str, float]]: ...
    # how many of the given documents share each (lang, source, year of publication)
    def frame_counts(self, filt: DocumentFilter = ...) -> dict[tuple[str, str], int]: ...
    def facet_counts(
        self, ids: Iterable[str]
    ) -> list[tuple[str | None, str | None, str | None, int]]: ...
    def summaries(
        self, ids: Iterable[str], filt: DocumentFilter = ...
    ) -> list[DocumentSummary]: ...
    def best_sentence(self, doc_id: str, query: str) -> tuple[str, str | None]: ...
    def stats(self) -> CorpusStats: ...
    def runs(self, limit: int = 20) -> list[RunInfo]: ...
    def owner_of_text(self, text_hash: str, exclude: str) -> str | None: ...
    def minhashes(self) -> Iterator[tuple[str, bytes, int]]: ...
    def pending(self, stage: str) -> list[str]: ...

    # entities
    def override_entity(self, from_key: str, to_key: str, surface: str = "") -> None: ...
    def remove_override(self, from_key: str, surface: str = "") -> None: ...
    def overrides(self) -> list[tuple[str, str, str]]: ...
    def entities(
        self, type: str | None = None, query: str | None = None, limit: int = 50, offset: int = 0
    ) -> tuple[list[EntitySummary], int]: ...
    def entity(self, key: str) -> EntityDetail | None: ...

    # stories and vectors
    def save_vectors(self, items: Iterable[tuple[str, str, bytes]]) -> None: ...
    def vectors(self, model: str) -> Iterator[tuple[str, bytes]]: ...
    def vector_count(self, model: str) -> int: ...
    def missing_vectors(self, model: str) -> list[str]: ...
    def set_stories(self, assignments: Iterable[tuple[str, str]]) -> None: ...
    def story_assignments(self) -> dict[str, str]: ...
    def stories(self, limit: int = 50, offset: int = 0) -> tuple[list[StorySummary], int]: ...
    def story(self, story_id: str) -> tuple[StorySummary, list[DocumentSummary]] | None: ...
    def story_features(self) -> dict[str, StoryFeatures]: ...

    # claim links: replaced story by story; ``signature`` says what the links were made from
    def set_claim_links(
        self, story_id: str, links: Iterable[ClaimLink], signature: str
    ) -> None: ...
    def claim_links(self, story_id: str) -> list[ClaimLink]: ...
    def iter_claim_links(self) -> Iterator[tuple[str, ClaimLink]]: ...
    def claim_link_signatures(self) -> dict[str, str]: ...

    # places
    def place_points(self, filt: DocumentFilter = ...) -> list[PlacePoint]: ...
