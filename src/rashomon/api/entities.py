"""``/api/entities``: canonical entities (people, groups, places) across languages and
scripts, with their names, timeline, documents and co-occurring entities."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, HTTPException, Path, Query

from .deps import PagingDep, StoreDep
from .schemas import ERROR_RESPONSES, EntityDetailOut, EntityOut, EntityPage

router = APIRouter(prefix="/api/entities", tags=["entities"], responses=ERROR_RESPONSES)

EntityType = Literal["PER", "ORG", "LOC", "FAC", ""]
EntityKey = Annotated[str, Path(min_length=1, max_length=300, description="entity key")]


@router.get("", response_model=EntityPage, summary="List entities")
def list_entities(
    store: StoreDep,
    page: PagingDep,
    type: Annotated[  # noqa: A002 - the public parameter name
        EntityType | None, Query(description="PER, ORG, LOC or FAC")
    ] = None,
    q: Annotated[
        str | None, Query(max_length=200, description="part of a name, in any script")
    ] = None,
) -> EntityPage:
    """Entities mentioned in analysed documents, most documents first; `q` matches any name
    they appear under (as written) or their canonical name."""
    items, total = store.entities(
        type or None, (q or "").strip() or None, limit=page.limit, offset=page.offset
    )
    return EntityPage(
        items=[EntityOut.of(e) for e in items], total=total, limit=page.limit, offset=page.offset
    )


@router.get("/{key:path}", response_model=EntityDetailOut, summary="One entity")
def get_entity(store: StoreDep, key: EntityKey) -> EntityDetailOut:
    """The entity with every name it goes by (language, script, count), the linker keys
    merged into it, mentions per month, its documents (up to 200, newest first) and the
    entities it shares documents with."""
    detail = store.entity(key)
    if detail is None:
        raise HTTPException(404, f"no entity with key {key!r}")
    return EntityDetailOut.of(detail)
