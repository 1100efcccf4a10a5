"""``/api/search``: full-text search over normalised text (Arabic/Persian variants fold),
cross-lingual semantic search, or both fused (:mod:`rashomon.corpus.semantic`)."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from ..corpus.semantic import search_results
from .deps import FilterDep, PagingDep, StoreDep
from .schemas import ERROR_RESPONSES, SearchFacets, SearchItem, SearchPage

router = APIRouter(prefix="/api", tags=["search"], responses=ERROR_RESPONSES)


@router.get("/search", response_model=SearchPage, summary="Search documents")
def search(
    store: StoreDep,
    filt: FilterDep,
    page: PagingDep,
    q: Annotated[str, Query(min_length=1, max_length=500, description="words to find")],
    mode: Annotated[
        Literal["hybrid", "text", "semantic"],
        Query(description="text: words; semantic: meaning, across languages; hybrid: both"),
    ] = "hybrid",
) -> SearchPage:
    """Documents matching `q`, best first, each with its sentence closest to the query and
    that sentence's language. `text` finds every word of `q` (ي/ی, ك/ک, diacritics, tatweel
    and ZWNJ fold, so البوكمال finds البوکمال); `semantic` finds reports of the same thing in
    any language (an English query finds Arabic and Persian reports); `hybrid` fuses both
    rankings. `facets` counts every match (not only this page) per language, outlet and
    year of publication."""
    found = search_results(store, q, filt, mode, limit=page.limit, offset=page.offset)
    return SearchPage(
        query=q,
        items=[SearchItem.of(h) for h in found.hits],
        total=found.total,
        limit=page.limit,
        offset=page.offset,
        facets=SearchFacets.of(found.facets),
    )
