"""Response models of the REST API (they make the OpenAPI schema precise)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from ..corpus.semantic import Facets
from ..store import DocumentSummary, RunInfo, SearchHit
from ..store.base import EntityDetail, EntityName, EntitySummary, PlacePoint, StorySummary


class DocumentOut(BaseModel):
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

    @classmethod
    def of(cls, s: DocumentSummary) -> DocumentOut:
        return cls(**{**asdict(s), "chars": s.chars or 0})


class DocumentPage(BaseModel):
    items: list[DocumentOut]
    total: int
    limit: int
    offset: int


class SearchItem(BaseModel):
    document: DocumentOut
    sentence: str
    sentence_lang: str | None
    score: float

    @classmethod
    def of(cls, hit: SearchHit) -> SearchItem:
        return cls(
            document=DocumentOut.of(hit.summary),
            sentence=hit.snippet,
            sentence_lang=hit.snippet_lang,
            score=hit.score,
        )


class SearchFacets(BaseModel):
    """Matching documents per language, outlet (the 15 largest) and year of publication,
    over every match (not the page); ``counted`` is below ``total`` only when a very common
    word has more full-text matches than are counted (5,000)."""

    lang: dict[str, int]
    source: dict[str, int]
    year: dict[str, int]
    counted: int

    @classmethod
    def of(cls, facets: Facets) -> SearchFacets:
        return cls(**asdict(facets))


class SearchPage(BaseModel):
    query: str
    items: list[SearchItem]
    total: int
    limit: int
    offset: int
    facets: SearchFacets


class StatsOut(BaseModel):
    documents: int
    by_status: dict[str, int]
    by_lang: dict[str, int]
    by_source: dict[str, int]
    first_published: str | None
    last_published: str | None


class RunOut(BaseModel):
    id: int
    started: str
    finished: str | None
    command: str
    summary: dict[str, Any]

    @classmethod
    def of(cls, run: RunInfo) -> RunOut:
        return cls(**asdict(run))


class RunList(BaseModel):
    items: list[RunOut]


class EntityOut(BaseModel):
    key: str
    name: str
    type: str
    mentions: int
    documents: int
    first_seen: str | None
    last_seen: str | None

    @classmethod
    def of(cls, e: EntitySummary) -> EntityOut:
        return cls(**asdict(e))


class EntityPage(BaseModel):
    items: list[EntityOut]
    total: int
    limit: int
    offset: int


class EntityNameOut(BaseModel):
    text: str
    lang: str | None
    script: str
    count: int

    @classmethod
    def of(cls, n: EntityName) -> EntityNameOut:
        return cls(**asdict(n))


class RelatedEntityOut(BaseModel):
    entity: EntityOut
    shared_documents: int


class EntityDetailOut(BaseModel):
    entity: EntityOut
    names: list[EntityNameOut]
    linked_as: list[str]
    timeline: dict[str, int]
    documents: list[DocumentOut]
    related: list[RelatedEntityOut]

    @classmethod
    def of(cls, d: EntityDetail) -> EntityDetailOut:
        return cls(
            entity=EntityOut.of(d.summary),
            names=[EntityNameOut.of(n) for n in d.names],
            linked_as=list(d.linked_as),
            timeline=dict(d.timeline),
            documents=[DocumentOut.of(s) for s in d.documents],
            related=[
                RelatedEntityOut(entity=EntityOut.of(e), shared_documents=n) for e, n in d.related
            ],
        )


class MergeIn(BaseModel):
    """Count ``from``'s mentions (all of them, or only those written ``surface``) under
    ``to``."""

    model_config = ConfigDict(populate_by_name=True, extra="forbid")
    from_key: str = Field(alias="from", min_length=1, max_length=300)
    to_key: str = Field(alias="to", min_length=1, max_length=300)
    surface: str = Field("", max_length=500)


class UnmergeIn(BaseModel):
    """Undo the merge (or, with ``surface``, the split) of ``from``."""

    model_config = ConfigDict(populate_by_name=True, extra="forbid")
    from_key: str = Field(alias="from", min_length=1, max_length=300)
    surface: str = Field("", max_length=500)


class OverrideOut(BaseModel):
    from_key: str = Field(serialization_alias="from")
    surface: str
    to_key: str = Field(serialization_alias="to")


class OverrideList(BaseModel):
    items: list[OverrideOut]


class StoryOut(BaseModel):
    id: str
    title: str | None
    documents: int
    languages: dict[str, int]
    sources: dict[str, int]
    first_published: str | None
    last_published: str | None

    @classmethod
    def of(cls, s: StorySummary) -> StoryOut:
        return cls(**asdict(s))


class StoryPage(BaseModel):
    items: list[StoryOut]
    total: int
    limit: int
    offset: int


class TimeOut(BaseModel):
    text: str
    value: str | None
    granularity: str
    calendar: str


class StoryDocumentOut(BaseModel):
    document: DocumentOut
    lead: str
    times: list[TimeOut]


class StoryDetailOut(BaseModel):
    story: StoryOut
    documents: list[StoryDocumentOut]


class PlaceOut(BaseModel):
    place_id: str
    name: str
    lat: float
    lon: float
    country: str | None
    feature: str | None
    mentions: int
    documents: int

    @classmethod
    def of(cls, p: PlacePoint) -> PlaceOut:
        return cls(**asdict(p))


class PlaceList(BaseModel):
    items: list[PlaceOut]
    total: int


class ErrorDetail(BaseModel):
    status: int
    code: str
    message: str


class ErrorOut(BaseModel):
    error: ErrorDetail


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorOut, "description": text}
    for code, text in (
        (401, "token required"),
        (404, "not found"),
        (422, "invalid parameters"),
        (500, "internal error"),
    )
}
ADMIN_ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    **ERROR_RESPONSES,
    **{
        code: {"model": ErrorOut, "description": text}
        for code, text in (
            (403, "the store is read-only, or the request came from another site"),
            (409, "the change is not possible (unknown entity, a loop, nothing to undo)"),
            (415, "the body must be JSON (Content-Type: application/json)"),
        )
    },
}
