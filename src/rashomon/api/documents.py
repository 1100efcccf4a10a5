"""``/api/documents``: list, filter and fetch documents."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path

from ..serialize import document_to_record
from .deps import FilterDep, PagingDep, StoreDep
from .schemas import ERROR_RESPONSES, DocumentOut, DocumentPage

router = APIRouter(prefix="/api/documents", tags=["documents"], responses=ERROR_RESPONSES)

DocId = Annotated[str, Path(min_length=1, max_length=200, description="document id")]


@router.get("", response_model=DocumentPage, summary="List documents")
def list_documents(store: StoreDep, filt: FilterDep, page: PagingDep) -> DocumentPage:
    """Documents, newest publication first, filtered by language, source, status and
    publication date range."""
    items, total = store.list_documents(filt, limit=page.limit, offset=page.offset)
    return DocumentPage(
        items=[DocumentOut.of(s) for s in items], total=total, limit=page.limit, offset=page.offset
    )


@router.get("/{doc_id}", summary="One document with all its annotations")
def get_document(store: StoreDep, doc_id: DocId) -> dict[str, Any]:
    """The full record (metadata, cleaned text, segments with offsets into `text`, removed
    spans with offsets into `raw_text`, errors, duplicates) plus `raw_text`: the decoded
    source text before cleaning."""
    doc = store.get(doc_id)
    if doc is None:
        raise HTTPException(404, f"no document with id {doc_id!r}")
    record = document_to_record(doc)
    record["raw_text"] = doc.source_text
    return record
