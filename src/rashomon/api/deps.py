"""Shared request dependencies: the store, the settings, document filters and paging."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Annotated, Literal

from fastapi import Depends, HTTPException, Query, Request

from ..store import DocumentFilter, Store
from .settings import MAX_PAGE_SIZE, ServeSettings

_DATE = r"^(\d{4}-\d{2}-\d{2})?$"


def get_store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def get_settings(request: Request) -> ServeSettings:
    settings: ServeSettings = request.app.state.settings
    return settings


def _date(name: str, value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise HTTPException(422, f"{name}: not a valid date: {value!r} (use YYYY-MM-DD)") from None


def document_filter(
    lang: Annotated[str | None, Query(max_length=16, description="language code, e.g. ar")] = None,
    source: Annotated[str | None, Query(max_length=500, description="outlet / site name")] = None,
    status: Annotated[
        Literal["ok", "skipped", "failed", ""] | None, Query(description="document status")
    ] = None,
    date_from: Annotated[
        str | None, Query(pattern=_DATE, description="published on or after")
    ] = None,
    date_to: Annotated[
        str | None, Query(pattern=_DATE, description="published on or before")
    ] = None,
) -> DocumentFilter:
    """Filters from the query string; empty values (from HTML forms) mean 'any'."""
    return DocumentFilter(
        lang=lang or None,
        source=source or None,
        status=status or None,
        date_from=_date("date_from", date_from),
        date_to=_date("date_to", date_to),
    )


@dataclass(frozen=True, slots=True)
class Paging:
    limit: int
    offset: int


def paging(
    settings: Annotated[ServeSettings, Depends(get_settings)],
    limit: Annotated[
        int | None, Query(ge=1, le=MAX_PAGE_SIZE, description="page size (default: server setting)")
    ] = None,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> Paging:
    return Paging(limit or settings.page_size, offset)


StoreDep = Annotated[Store, Depends(get_store)]
FilterDep = Annotated[DocumentFilter, Depends(document_filter)]
PagingDep = Annotated[Paging, Depends(paging)]
