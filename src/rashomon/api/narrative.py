"""What a story's documents say happened and who says so: the events table, the claim matrix
(who asserts what, outlet by outlet) and the stories that share its entities.

All of it is computed here from the stored documents; the store keeps claims and events per
document and knows nothing of matrices.

Once the claim-links step has aligned the story (:mod:`rashomon.corpus.claim_links`), a
matrix row is one *aligned claim*: the claims that corroborate each other (connected through
corroborating links, across languages) make one row; a cell says whether the outlet asserts
it, contradicts it (one of its claims contradicts a claim of the row) or is silent. Claims
no other outlet speaks to are rows of their own when they are attributed (a named or unnamed
speaker); the outlets' own unlinked sentences are left out, or the matrix would be the whole
text again.

Before that (no links stored), rows group claims by *speaker* (the linked entity where there
is one, else the speaker's words, else the kind of source: unnamed, pronoun, the outlet
itself) and by the *event type* the claim is about (an event whose trigger lies inside the
claim's span, or failing that one told in the same sentence). Either way each cell keeps every
claim, each linking to its sentence, so the reader can see the difference.
"""

from __future__ import annotations

import threading
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..corpus.event_merge import Detail, MergedEvent, merge_events
from ..disjoint import DisjointSets
from ..model import Claim, Document, Event
from ..store import Store
from ..store.base import ClaimLink, StorySummary
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
class ReportedValue:
    """One value of a merged event's detail (a date, an actor, a figure) and who reports it."""

    text: str
    href: str | None  # the entity page, for a linked actor or target
    outlets: tuple[str, ...]
    languages: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class DetailView:
    values: tuple[ReportedValue, ...]
    conflict: bool  # reports disagree: the values are shown side by side, none chosen
    consensus: tuple[str, ...]  # the agreed value(s) as keys, where the reports agree


@dataclass(frozen=True, slots=True)
class EvidenceLink:
    doc_id: str
    source: str
    lang: str | None
    evidence: str
    href: str  # the document page, at the event's anchor


@dataclass(frozen=True, slots=True)
class MergedEventRow:
    """One incident as every outlet of the story tells it (:mod:`rashomon.corpus.event_merge`)."""

    id: str
    type: str
    acled: str
    date: DetailView
    actors: DetailView
    targets: DetailView
    place: DetailView
    figures: DetailView
    outlets: tuple[str, ...]
    languages: tuple[str, ...]
    conflicts: tuple[str, ...]
    evidence: tuple[EvidenceLink, ...]


def _detail(detail: Detail, names: dict[str, str]) -> DetailView:
    return DetailView(
        tuple(
            ReportedValue(
                names.get(r.value, r.name),
                views.entity_path(r.value) if r.value in names else None,
                r.outlets,
                r.languages,
            )
            for r in detail.values
        ),
        detail.conflict,
        detail.consensus,
    )


def merged_row(event: MergedEvent, names: dict[str, str]) -> MergedEventRow:
    """The page's view of a merged event; ``names``: entity key -> display name."""
    return MergedEventRow(
        id=event.id,
        type=event.type,
        acled=" / ".join(x for x in (event.acled_type, event.acled_sub_type) if x),
        date=_detail(event.date, {}),
        actors=_detail(event.actors, names),
        targets=_detail(event.targets, names),
        place=_detail(event.place, {}),
        figures=_detail(event.figures, {}),
        outlets=event.outlets,
        languages=event.languages,
        conflicts=event.conflicts,
        evidence=tuple(
            EvidenceLink(
                r.doc_id,
                r.outlet,
                r.lang,
                r.text,
                render.doc_path(r.doc_id) + "#" + views.event_anchor(r.index),
            )
            for r in event.reports
        ),
    )


def merged_story_events(docs: Iterable[Document]) -> list[MergedEventRow]:
    """The story's events merged across documents: by date, the most reported first."""
    docs = sorted(docs, key=lambda d: d.id)
    names: dict[str, str] = {}
    for doc in docs:
        for key, name in views.role_names(doc).items():
            names.setdefault(key, name)
    return [merged_row(e, names) for e in merge_events(docs)]


@dataclass(frozen=True, slots=True)
class ClaimEntry:
    """One claim in a cell: its stance, hedging, the sentence and the link to it."""

    stance: str  # asserts | denies
    hedged: bool
    evidence: str
    claim: str
    lang: str | None
    href: str
    cell: str = "asserts"  # asserts (the row's claim) | contradicts (a claim against it)


@dataclass(slots=True)
class ClaimRow:
    key: str
    speaker: Role
    speaker_kind: str
    event_type: str
    cells: dict[str, list[ClaimEntry]] = field(default_factory=dict)
    text: str = ""  # aligned rows: the claim as its best-linked member words it
    status: str = ""  # aligned rows: corroborated, contradicted, both joined by "+", or unique

    @property
    def outlets(self) -> int:
        return len(self.cells)


@dataclass(slots=True)
class ClaimMatrix:
    outlets: list[str]
    rows: list[ClaimRow]
    aligned: bool = False  # rows are aligned claims (claim links), not speaker + event type


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


def claim_matrix(docs: Iterable[Document], links: Sequence[ClaimLink] | None = None) -> ClaimMatrix:
    """Claims as rows, outlets as columns: aligned claims where the story's ``links`` are
    given (:func:`aligned_matrix`), else speaker + event type. Rows are ordered by how many
    outlets carry them, then by how many claims they hold."""
    if links:
        return aligned_matrix(list(docs), links)
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
            row.cells.setdefault(outlet, []).append(_entry(doc, i))
    ordered = sorted(
        rows.values(),
        key=lambda r: (-r.outlets, -sum(len(v) for v in r.cells.values()), r.speaker.text),
    )
    outlets = sorted(outlet_docs, key=lambda o: (-outlet_docs[o], o.casefold()))
    return ClaimMatrix(outlets, ordered)


def _entry(doc: Document, index: int, cell: str = "asserts") -> ClaimEntry:
    c = doc.claims[index]
    return ClaimEntry(
        stance=views.stance(c),
        hedged=c.hedged,
        evidence=_evidence(doc, c.evidence_start, c.evidence_end),
        claim=_evidence(doc, c.start, c.end),
        lang=c.lang or doc.lang,
        href=render.doc_path(doc.id) + "#" + views.claim_anchor(index),
        cell=cell,
    )


def aligned_matrix(docs: Sequence[Document], links: Sequence[ClaimLink]) -> ClaimMatrix:
    """Rows: connected components of corroborating links (one claim told by several outlets,
    in any language), then attributed claims with no link; a cell lists the outlet's claims
    in the row, or those contradicting one of them, or nothing (silent)."""
    from ..corpus.claim_links import ClaimStatus, claim_statuses

    by_id = {d.id: d for d in docs}
    ClaimId = tuple[str, int]
    sets: DisjointSets[ClaimId] = DisjointSets()
    root = sets.find

    known = [ln for ln in links if ln.doc_a in by_id and ln.doc_b in by_id]
    degree: Counter[ClaimId] = Counter()  # the row is worded as its best-linked claim says it
    for ln in known:
        degree[(ln.doc_a, ln.claim_a)] += 1
        degree[(ln.doc_b, ln.claim_b)] += 1
        if ln.relation == "corroborates":
            a, b = root((ln.doc_a, ln.claim_a)), root((ln.doc_b, ln.claim_b))
            if a != b:
                sets.attach(max(a, b), min(a, b))
    members: dict[ClaimId, list[ClaimId]] = defaultdict(list)
    linked = {(ln.doc_a, ln.claim_a) for ln in known} | {(ln.doc_b, ln.claim_b) for ln in known}
    order = {d.id: n for n, d in enumerate(docs)}
    for doc in docs:
        for i, c in enumerate(doc.claims):
            if (doc.id, i) in linked or c.speaker_kind not in ("outlet", "pronoun"):
                members[root((doc.id, i))].append((doc.id, i))
    against: dict[ClaimId, set[ClaimId]] = defaultdict(set)  # row -> claims contradicting it
    for ln in known:
        if ln.relation == "contradicts":
            a, b = (ln.doc_a, ln.claim_a), (ln.doc_b, ln.claim_b)
            against[root(a)].add(b)
            against[root(b)].add(a)
    outlets_of = {d.id: d.source or UNKNOWN_OUTLET for d in docs}
    statuses = claim_statuses(known, outlets_of)
    rows = []
    for key, claims in members.items():
        claims.sort(key=lambda x: (order[x[0]], x[1]))
        best = max(claims, key=lambda x: (degree[x], -order[x[0]], -x[1]))
        first_doc, first = by_id[best[0]], best[1]
        c = first_doc.claims[first]
        names = views.role_names(first_doc)
        href = views.entity_path(c.speaker_entity) if c.speaker_entity else None
        row = ClaimRow(
            key=f"{key[0]}#{views.claim_anchor(key[1])}",
            speaker=Role(views.speaker_label(c, names), href),
            speaker_kind=c.speaker_kind,
            event_type=claim_event_type(c, first_doc.events),
            text=_evidence(first_doc, c.start, c.end),
        )
        for doc_id, i in claims:
            row.cells.setdefault(outlets_of[doc_id], []).append(_entry(by_id[doc_id], i))
        for doc_id, i in sorted(against.get(key, ()), key=lambda x: (order[x[0]], x[1])):
            row.cells.setdefault(outlets_of[doc_id], []).append(
                _entry(by_id[doc_id], i, "contradicts")
            )
        found = [statuses[x] for x in claims if x in statuses]
        row.status = ClaimStatus(
            frozenset().union(*(f.corroborated_by for f in found)),
            frozenset().union(*(f.contradicted_by for f in found)),
        ).label
        rows.append(row)

    def asserting(r: ClaimRow) -> int:
        return sum(any(e.cell == "asserts" for e in v) for v in r.cells.values())

    rows.sort(key=lambda r: (-asserting(r), -r.outlets, -sum(map(len, r.cells.values())), r.key))
    count = Counter(outlets_of[d.id] for d in docs)
    outlets = sorted(count, key=lambda o: (-count[o], o.casefold()))
    return ClaimMatrix(outlets, rows, aligned=True)


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
