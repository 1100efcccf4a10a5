"""Response models of the REST API (they make the OpenAPI schema precise)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from pydantic import BaseModel

from ..store import DocumentSummary, RunInfo, SearchHit


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


class SearchPage(BaseModel):
    query: str
    items: list[SearchItem]
    total: int
    limit: int
    offset: int


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
