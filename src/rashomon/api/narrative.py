"""What a story's documents say happened and who says so: the events table, the claim matrix
(who asserts what, outlet by outlet) and the stories that share its entities.

All of it is computed here from the stored documents; the store keeps claims and events per
document and knows nothing of matrices.

The matrix groups claims into rows by *speaker* (the linked entity where there is one, else
the speaker's words, else the kind of source: unnamed, pronoun, the outlet itself) and by the
*event type* the claim is about (an event whose trigger lies inside the claim's span, or
failing that one told in the same sentence). That is deliberately simple: two claims by one
speaker about one kind of event share a row even when they differ in detail; the cell keeps
every claim, each linking to its sentence, so the reader can see the difference.
"""

from __future__ import annotations

import threading
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..model import Claim, Document, Event
from ..store import Store
from ..store.base import StorySummary
from ..text.normalize import normalize
from . import render, views

NO_EVENT = "—"
UNKNOWN_OUTLET = "?"


@dataclass(frozen=True, slots=True)
class Role:
    """An actor, target or speaker: its text and the entity page when it is a linked key."""

    text: str
    href: str | None = None


def _role(value: str, names: dict[str, str]) -> Role:
    if value in names:
        return Role(names[value], views.entity_path(value))
    return Role(value)


@dataclass(frozen=True, slots=True)
class EventRow:
    doc_id: str
    source: str
    lang: str | None
    type: str
    acled: str
    actors: tuple[Role, ...]
    targets: tuple[Role, ...]
    place: str | None
    date: str | None
    evidence: str
    href: str  # the document page, at the event's anchor


def _evidence(doc: Document, start: int, end: int) -> str:
    return " ".join(doc.text[max(0, start) : max(0, end)].split())


def story_events(docs: Iterable[Document]) -> list[EventRow]:
    """Every event the story's documents tell, by date (undated last), then outlet."""
    rows = []
    for doc in docs:
        names = views.role_names(doc)
        for i, e in enumerate(doc.events):
            acled = " / ".join(x for x in (e.acled_type, e.acled_sub_type) if x)
            rows.append(
                EventRow(
                    doc_id=doc.id,
                    source=doc.source or UNKNOWN_OUTLET,
                    lang=doc.lang,
                    type=e.type,
                    acled=acled,
                    actors=tuple(_role(a, names) for a in e.actors),
                    targets=tuple(_role(t, names) for t in e.targets),
                    place=e.place_name or e.place,
                    date=e.date,
                    evidence=_evidence(doc, e.evidence_start, e.evidence_end),
                    href=render.doc_path(doc.id) + "#" + views.event_anchor(i),
                )
            )
    return sorted(rows, key=lambda r: (r.date is None, r.date or "", r.source, r.doc_id))


@dataclass(frozen=True, slots=True)
class ClaimEntry:
    """One claim in a cell: its stance, hedging, the sentence and the link to it."""

    stance: str  # asserts | denies
    hedged: bool
    evidence: str
    claim: str
    lang: str | None
    href: str


@dataclass(slots=True)
class ClaimRow:
    key: str
    speaker: Role
    speaker_kind: str
    event_type: str
    cells: dict[str, list[ClaimEntry]] = field(default_factory=dict)

    @property
    def outlets(self) -> int:
        return len(self.cells)


@dataclass(slots=True)
class ClaimMatrix:
    outlets: list[str]
    rows: list[ClaimRow]


def claim_event_type(claim: Claim, events: Sequence[Event]) -> str:
    """The type of the event the claim is about: one whose trigger is inside the claim's
    span, else one told in the same sentence, else ``NO_EVENT``."""
    for e in events:
        if claim.start <= e.trigger_start and e.trigger_end <= claim.end:
            return e.type
    for e in events:
        if e.evidence_start < claim.evidence_end and claim.evidence_start < e.evidence_end:
            return e.type
    return NO_EVENT


def speaker_key(claim: Claim) -> str:
    """The row key of a speaker: entity key, else normalised words, else the kind."""
    if claim.speaker_entity:
        return "entity:" + claim.speaker_entity
    if claim.speaker and claim.speaker_kind == "named":
        return "name:" + " ".join(normalize(claim.speaker).casefold().split())
    return "kind:" + (claim.speaker_kind or "unknown")


def claim_matrix(docs: Iterable[Document]) -> ClaimMatrix:
    """Claims as rows (speaker + event type), outlets as columns. Rows are ordered by how
    many outlets carry them, then by how many claims they hold."""
    rows: dict[str, ClaimRow] = {}
    outlet_docs: Counter[str] = Counter()
    for doc in docs:
        outlet = doc.source or UNKNOWN_OUTLET
        outlet_docs[outlet] += 1
        names = views.role_names(doc)
        for i, c in enumerate(doc.claims):
            event_type = claim_event_type(c, doc.events)
            key = speaker_key(c) + "|" + event_type
            row = rows.get(key)
            if row is None:
                speaker = views.speaker_label(c, names)
                href = views.entity_path(c.speaker_entity) if c.speaker_entity else None
                row = rows[key] = ClaimRow(key, Role(speaker, href), c.speaker_kind, event_type)
            row.cells.setdefault(outlet, []).append(
                ClaimEntry(
                    stance=views.stance(c),
                    hedged=c.hedged,
                    evidence=_evidence(doc, c.evidence_start, c.evidence_end),
                    claim=_evidence(doc, c.start, c.end),
                    lang=c.lang or doc.lang,
                    href=render.doc_path(doc.id) + "#" + views.claim_anchor(i),
                )
            )
    ordered = sorted(
        rows.values(),
        key=lambda r: (-r.outlets, -sum(len(v) for v in r.cells.values()), r.speaker.text),
    )
    outlets = sorted(outlet_docs, key=lambda o: (-outlet_docs[o], o.casefold()))
    return ClaimMatrix(outlets, ordered)


def story_entities(docs: Iterable[Document]) -> Counter[str]:
    """Entity key -> number of the story's documents that mention it."""
    counts: Counter[str] = Counter()
    for doc in docs:
        counts.update({m.entity for m in doc.mentions if m.entity})
    return counts


@dataclass(frozen=True, slots=True)
class RelatedStory:
    story: StorySummary
    shared: tuple[Role, ...]  # the entities the two stories share


class RelatedIndex:
    """Entity key -> the stories whose documents mention it, built from the store's story
    features and kept for ``ttl`` seconds or until the latest run changes: asking the store
    for every shared entity's documents on each story view costs 100 ms for an entity in
    10,000 documents, this index costs that once."""

    def __init__(self, ttl: float = 300.0) -> None:
        self.ttl = ttl
        self._lock = threading.Lock()
        self._built = 0.0
        self._key: tuple[object, ...] | None = None
        self._stories: dict[str, set[str]] = {}

    def stories_of(self, store: Store) -> dict[str, set[str]]:
        runs = store.runs(1)
        key = (runs[0].id, runs[0].finished) if runs else ()
        with self._lock:
            fresh = time.monotonic() - self._built < self.ttl
            if self._key != key or not fresh:
                index: dict[str, set[str]] = defaultdict(set)
                for features in store.story_features().values():
                    if features.story:
                        for entity in features.entities:
                            index[entity].add(features.story)
                self._stories, self._key, self._built = dict(index), key, time.monotonic()
            return self._stories


def related_stories(
    store: Store,
    story_id: str,
    docs: Sequence[Document],
    index: RelatedIndex,
    limit: int = 5,
    entities: int = 8,
) -> list[RelatedStory]:
    """Other stories whose documents mention this story's most-mentioned entities (the top
    ``entities`` of them), most shared entities first."""
    counts = story_entities(docs)
    if not counts:
        return []
    names: dict[str, str] = {}
    for doc in docs:
        for key, name in views.role_names(doc).items():
            names.setdefault(key, name)
    top = [k for k, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:entities]]
    by_entity = index.stories_of(store)
    shared: dict[str, set[str]] = defaultdict(set)
    for key in top:
        for other in by_entity.get(key, ()):
            if other != story_id:
                shared[other].add(key)
    best = sorted(shared.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:limit]
    out = []
    for other, keys in best:
        found = store.story(other)
        if found is None:
            continue
        roles = tuple(
            Role(names.get(k, k), views.entity_path(k)) for k in sorted(keys, key=top.index)
        )
        out.append(RelatedStory(found[0], roles))
    return out
