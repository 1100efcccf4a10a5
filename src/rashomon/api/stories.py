"""``/api/stories``: stories (one event told by several outlets, in several languages) and
their documents."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path

from ..model import Document
from ..store import DocumentSummary, Store
from ..store.base import StorySummary
from . import views
from .deps import PagingDep, StoreDep
from .schemas import (
    ERROR_RESPONSES,
    DocumentOut,
    StoryDetailOut,
    StoryDocumentOut,
    StoryOut,
    StoryPage,
    TimeOut,
)

router = APIRouter(prefix="/api/stories", tags=["stories"], responses=ERROR_RESPONSES)

StoryId = Annotated[str, Path(min_length=1, max_length=200, description="story id")]
MAX_STORY_DOCUMENTS = 200


def load_story(
    store: Store, story_id: str
) -> tuple[StorySummary, list[tuple[DocumentSummary, Document]]]:
    """The story and its documents (oldest first, at most ``MAX_STORY_DOCUMENTS``); 404 if
    there is no such story."""
    found = store.story(story_id)
    if found is None:
        raise HTTPException(404, f"no story with id {story_id!r}")
    summary, listed = found
    pairs = [(s, store.get(s.id)) for s in listed[:MAX_STORY_DOCUMENTS]]
    return summary, [(s, d) for s, d in pairs if d is not None]


@router.get("", response_model=StoryPage, summary="List stories")
def list_stories(store: StoreDep, page: PagingDep) -> StoryPage:
    """Stories, largest first, each with its title, document count, languages, outlets and
    publication date range."""
    items, total = store.stories(limit=page.limit, offset=page.offset)
    return StoryPage(
        items=[StoryOut.of(s) for s in items], total=total, limit=page.limit, offset=page.offset
    )


@router.get("/{story_id}", response_model=StoryDetailOut, summary="One story")
def get_story(store: StoreDep, story_id: StoryId) -> StoryDetailOut:
    """The story and its documents, oldest first, each with its first sentences and the
    dates its text mentions."""
    summary, docs = load_story(store, story_id)
    return StoryDetailOut(
        story=StoryOut.of(summary),
        documents=[
            StoryDocumentOut(
                document=DocumentOut.of(s),
                lead=views.lead(d),
                times=[
                    TimeOut(
                        text=d.text[t.start : t.end],
                        value=t.value,
                        granularity=t.granularity,
                        calendar=t.calendar,
                    )
                    for t in d.times
                ],
            )
            for s, d in docs
        ],
    )
