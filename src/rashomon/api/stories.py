"""``/api/stories``: stories (one event told by several outlets, in several languages) and
their documents."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Request
from pydantic import BaseModel, Field

from ..model import Document
from ..store import DocumentSummary, Store
from ..store.base import StorySummary
from . import narrative, views
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


class ReportedValueOut(BaseModel):
    text: str
    entity: str | None = Field(None, description="the entity page, when the value is linked")
    outlets: list[str]
    languages: list[str]


class DetailOut(BaseModel):
    values: list[ReportedValueOut] = Field(description="every value reported, most reported first")
    conflict: bool = Field(description="reports disagree; the values stand side by side")
    consensus: list[str] = Field(description="the agreed value, only where the reports agree")


class EvidenceOut(BaseModel):
    document: str
    source: str
    lang: str | None
    evidence: str
    href: str = Field(description="the document page at the event's anchor")


class MergedEventOut(BaseModel):
    id: str
    type: str
    acled: str
    date: DetailOut
    actors: DetailOut
    targets: DetailOut
    place: DetailOut
    figures: DetailOut = Field(description="casualty figures each outlet gives")
    outlets: list[str]
    languages: list[str]
    conflicts: list[str] = Field(description="the details on which outlets disagree")
    evidence: list[EvidenceOut]

    @classmethod
    def of(cls, row: narrative.MergedEventRow) -> MergedEventOut:
        def detail(d: narrative.DetailView) -> DetailOut:
            return DetailOut(
                values=[
                    ReportedValueOut(
                        text=v.text,
                        entity=v.href,
                        outlets=list(v.outlets),
                        languages=list(v.languages),
                    )
                    for v in d.values
                ],
                conflict=d.conflict,
                consensus=list(d.consensus),
            )

        return cls(
            id=row.id,
            type=row.type,
            acled=row.acled,
            date=detail(row.date),
            actors=detail(row.actors),
            targets=detail(row.targets),
            place=detail(row.place),
            figures=detail(row.figures),
            outlets=list(row.outlets),
            languages=list(row.languages),
            conflicts=list(row.conflicts),
            evidence=[
                EvidenceOut(
                    document=e.doc_id,
                    source=e.source,
                    lang=e.lang,
                    evidence=e.evidence,
                    href=e.href,
                )
                for e in row.evidence
            ],
        )


class StoryEventsDetailOut(StoryDetailOut):
    events: list[MergedEventOut] = Field(
        description="the story's events merged across documents: each incident once, with "
        "the outlets and languages reporting it and their conflicting details side by side"
    )


@router.get("/{story_id}", response_model=StoryEventsDetailOut, summary="One story")
def get_story(store: StoreDep, story_id: StoryId) -> StoryEventsDetailOut:
    """The story and its documents, oldest first, each with its first sentences and the
    dates its text mentions; and its events merged across documents."""
    summary, docs = load_story(store, story_id)
    return StoryEventsDetailOut(
        story=StoryOut.of(summary),
        events=[MergedEventOut.of(e) for e in narrative.merged_story_events(d for _, d in docs)],
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


class RoleOut(BaseModel):
    text: str
    entity: str | None = Field(None, description="the entity page, when the role is linked")


class EventRowOut(BaseModel):
    document: str
    source: str
    lang: str | None
    type: str
    acled: str
    actors: list[RoleOut]
    targets: list[RoleOut]
    place: str | None
    date: str | None
    evidence: str
    href: str = Field(description="the document page at the event's anchor")


class ClaimEntryOut(BaseModel):
    stance: str = Field(description="asserts or denies")
    hedged: bool
    claim: str
    evidence: str
    lang: str | None
    href: str = Field(description="the document page at the claim's anchor")
    cell: str = Field(
        "asserts", description="asserts (a claim of the row) or contradicts (a claim against it)"
    )


class ClaimRowOut(BaseModel):
    key: str
    speaker: RoleOut
    speaker_kind: str
    event_type: str
    cells: dict[str, list[ClaimEntryOut]] = Field(
        description="outlet -> its claims in this row; an outlet left out is silent"
    )
    text: str = Field("", description="aligned rows: the claim as its best-linked member says it")
    status: str = Field(
        "", description="aligned rows: corroborated, contradicted, both (joined by +) or unique"
    )


class RelatedStoryOut(BaseModel):
    story: StoryOut
    shared: list[RoleOut]


class StoryNarrativeOut(BaseModel):
    events: list[EventRowOut]
    merged_events: list[MergedEventOut] = Field(
        description="the same events merged across documents, one per incident"
    )
    outlets: list[str]
    claims: list[ClaimRowOut]
    related: list[RelatedStoryOut]


def _role_out(role: narrative.Role) -> RoleOut:
    return RoleOut(text=role.text, entity=role.href)


@router.get(
    "/{story_id}/narrative", response_model=StoryNarrativeOut, summary="A story's events and claims"
)
def get_story_narrative(request: Request, store: StoreDep, story_id: StoryId) -> StoryNarrativeOut:
    """The events the story's documents tell (by date), the claim matrix (rows: speaker and
    the event type the claim is about; columns: outlets) and the stories sharing its
    most-named entities."""
    _, docs = load_story(store, story_id)
    full = [d for _, d in docs]
    matrix = narrative.claim_matrix(full, store.claim_links(story_id))
    events = narrative.story_events(full)
    return StoryNarrativeOut(
        merged_events=[MergedEventOut.of(e) for e in narrative.merged_story_events(full)],
        events=[
            EventRowOut(
                document=e.doc_id,
                source=e.source,
                lang=e.lang,
                type=e.type,
                acled=e.acled,
                actors=[_role_out(r) for r in e.actors],
                targets=[_role_out(r) for r in e.targets],
                place=e.place,
                date=e.date,
                evidence=e.evidence,
                href=e.href,
            )
            for e in events
        ],
        outlets=matrix.outlets,
        claims=[
            ClaimRowOut(
                key=row.key,
                speaker=_role_out(row.speaker),
                speaker_kind=row.speaker_kind,
                event_type=row.event_type,
                cells={
                    outlet: [
                        ClaimEntryOut(
                            stance=c.stance,
                            hedged=c.hedged,
                            claim=c.claim,
                            evidence=c.evidence,
                            lang=c.lang,
                            href=c.href,
                            cell=c.cell,
                        )
                        for c in entries
                    ]
                    for outlet, entries in row.cells.items()
                },
                text=row.text,
                status=row.status,
            )
            for row in matrix.rows
        ],
        related=[
            RelatedStoryOut(story=StoryOut.of(r.story), shared=[_role_out(s) for s in r.shared])
            for r in narrative.related_stories(store, story_id, full, request.app.state.related)
        ],
    )
