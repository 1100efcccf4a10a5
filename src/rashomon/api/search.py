"""``/api/search``: full-text search over normalised text (Arabic/Persian variants fold)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from .deps import FilterDep, PagingDep, StoreDep
from .schemas import ERROR_RESPONSES, SearchItem, SearchPage

router = APIRouter(prefix="/api", tags=["search"], responses=ERROR_RESPONSES)


@router.get("/search", response_model=SearchPage, summary="Search documents")
def search(
    store: StoreDep,
    filt: FilterDep,
    page: PagingDep,
    q: Annotated[str, Query(min_length=1, max_length=500, description="words to find")],
) -> SearchPage:
    """Documents containing every word of `q`, best match first, each with the original
    sentence that matches and its language. ي/ی, ك/ک, diacritics, tatweel and ZWNJ fold,
    so البوكمال finds البوکمال."""
    hits, total = store.search(q, filt, limit=page.limit, offset=page.offset)
    return SearchPage(
        query=q,
        items=[SearchItem.of(h) for h in hits],
        total=total,
        limit=page.limit,
        offset=page.offset,
    )
