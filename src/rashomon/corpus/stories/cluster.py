"""Incremental story clustering across languages.

A *story* is one real-world event as told by any number of outlets in any language. Documents
arrive one at a time (:meth:`StoryClusterer.add`): each joins the best-matching existing story
or starts a new one; nothing already assigned is ever moved, so a run can stop and resume
(:meth:`StoryClusterer.restore` rebuilds the state from stored assignments without deciding
anything again).

How a document is compared with a story:

* **Centring.** Multilingual embeddings of whole documents carry a strong "which language"
  direction: an English and a Persian report of the same event are further apart than two
  English reports of different events. Each language's mean document vector is subtracted
  first. The mean of a language starts from a *prior* (the mean over our development set,
  :mod:`.prior`), weighted as :attr:`StoryConfig.prior_weight` pseudo-documents, and moves
  towards the corpus's own mean as documents of that language arrive, so the first documents
  are centred sensibly and a large corpus is centred on itself. Centred vectors are never
  stored: they are derived from raw vectors and the current means whenever needed.
* **Candidates.** The nearest documents of every language are looked up in per-language
  indexes (:mod:`.index`); only their stories are scored. :meth:`StoryClusterer.add_many`
  (what the stories step calls) decides exactly as :meth:`StoryClusterer.add` one by one, but
  makes the exact searches of a block of documents one matrix product (:mod:`.block`).
* **Score.** ``link_weight`` × the best centred cosine to a member of the story plus the rest ×
  the mean centred cosine to its members (average link, over its latest 50); minus a penalty
  growing with the number of days between the document and the story's time span (two battles
  in the same city a year apart are two stories; beyond ``max_gap_days`` a story cannot be
  joined at all), or a fixed penalty when either side has no date (dates that agree are
  evidence; without them the text alone must carry the decision); plus small bonuses for
  shared canonical entities and places, minus a small penalty when both name places and share
  none. A document without a publication date is dated by the full dates its lead states
  (:func:`lead_date`), if any.
* **Same language.** Centring removes the mean of each language, not its spread: on our
  development set, reports of *different* stories in one language still reach higher centred
  cosines than reports in two languages (99th percentile 0.39 against 0.30), and an English
  report of a reprisal sits closer to the English report of the strike it avenges than to the
  Persian report of the reprisal itself. Cosines to members of the document's own language
  count ``same_lang_offset`` less (without dates, dev F1 0.82 → 0.86).
* **Scene.** Where a report says its event happened: the towns, cities and sites of its lead
  (:func:`scene_places`). A story's scene is the places in the scene of at least
  ``scene_share`` (30 %) of its members: an event may have two sites (missiles on Ain al-Asad
  *and* Erbil), and a lead may name only one, or have the other's name unresolved. A document
  whose scene meets it gets a small bonus, one whose scene does not gets a penalty (once two
  members have a scene).
* **Event day.** When a report says its event happened: the first day its lead names
  (:func:`event_day`: "early on Wednesday", "on 3 January", resolved against the publication
  date). It is the same for a report written a week later, which the publication date is not.
  A document whose event day is within ``day_tolerance`` of the event days of at least half of
  the story's members gets ``day_weight``, one whose day is not gets ``day_mismatch``. With the
  scene, this is what keeps apart two events told with the same names days apart: a strike in
  Baghdad on 3 January and a missile reprisal on Ain al-Asad on 8 January, whose reports name
  Soleimani, the IRGC, Baghdad and each other.

The document joins the best story scoring at least ``join``, or starts a new story.
* **Copies.** A document whose ``duplicate_of`` names a known document joins that document's
  story whatever the score.

Story ids are ``"story-"`` + 12 hex digits of the SHA-1 of the id of the document that started
the story: stable across runs that see the same first document, and independent of the order
of everything else.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import chain

import numpy as np

from ...model import Document
from ..embed import DIM, LEAD_SENTENCES, document_pieces
from .block import BlockSearch
from .index import AutoIndex
from .prior import prior_means
from .retrieval import anchors

AVERAGE_OVER = 50  # latest members of a story that its average link is computed over
# members with a scene before a story's scene can count against a document: one report's lead
# is thin evidence of where a story happens (it may name the dateline, or a misread toponym)
SCENE_QUORUM = 2
BLOCK = 128  # documents whose exact candidate searches add_many makes one matrix product


@dataclass(frozen=True, slots=True)
class StoryItem:
    """What the clusterer needs to know about one document."""

    doc_id: str
    lang: str
    vector: np.ndarray  # the document vector from rashomon.corpus.embed (unit length)
    published: date | None = None
    entities: frozenset[str] = frozenset()  # canonical entity keys
    places: frozenset[str] = frozenset()  # place ids
    duplicate_of: str | None = None  # an earlier document this one is a (near-)copy of
    scene: frozenset[str] = frozenset()  # where it happened: specific places of its lead
    event_day: date | None = None  # when it happened: the first day its lead names


@dataclass(frozen=True, slots=True)
class StoryConfig:
    """Decision settings, for document vectors of title + 2 lead sentences (embed.py).

    ``join``, ``entity_saturation``, the scene weights and ``scene_share``, the event-day
    weights and ``same_lang_offset`` were chosen with ``benchmarks/eval_stories.py --tune
    --set dev,demo`` on our development set and the demo corpus (never on NTREX), both read
    through the real pipeline, so with the canonical entities, name anchors, places and times
    the product gives; ``--explain`` prints the terms behind each wrong placement. A real
    document carries 20 to 40 entity keys, many of them broad (a country, a capital): three
    shared ones say little, so the full entity bonus needs ten. ``date_weight`` and
    ``undated_penalty`` date from the tuning with name anchors alone; the place weights and
    ``day_tolerance`` are set by hand.
    """

    join: float = 0.28
    link_weight: float = 0.5
    neighbours: int = 12  # nearest documents looked up per language
    max_gap_days: int = 30
    date_weight: float = 0.5  # penalty at max_gap_days, linear in between
    undated_penalty: float = 0.18  # when either side has no date: dates that agree are evidence
    entity_weight: float = 0.2  # bonus when entity_saturation or more entities are shared
    entity_saturation: int = 10  # shared entities (canonical keys, name anchors) for full bonus
    place_weight: float = 0.04  # bonus when a place is shared
    place_mismatch: float = 0.04  # penalty when both name places and share none
    scene_weight: float = 0.04  # bonus when the document's scene meets the story's main scene
    scene_mismatch: float = 0.15  # penalty when both have a scene and they do not meet
    scene_share: float = 0.3  # share of a story's members with a scene a place must be in
    day_weight: float = 0.1  # bonus when the document's event day meets the story's
    day_mismatch: float = 0.3  # penalty when both have event days and they do not meet
    day_tolerance: int = 1  # days apart that still meet (time zones, "overnight")
    same_lang_offset: float = 0.05  # less for a cosine to a member of the same language
    prior_weight: float = 30.0  # pseudo-documents behind each language's prior mean
    index: str = "auto"  # "auto" | "exact" | "hnsw" (see .index)


@dataclass(slots=True)
class _Story:
    id: str
    rank: int  # creation order, breaks ties deterministically
    members: list[int] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)  # documents per language
    first: int | None = None  # date ordinals of its time span
    last: int | None = None
    entities: Counter[str] = field(default_factory=Counter)
    places: Counter[str] = field(default_factory=Counter)
    scene: Counter[str] = field(default_factory=Counter)  # scene places, per member
    with_scene: int = 0  # members that have a scene
    days: Counter[int] = field(default_factory=Counter)  # event days (ordinals), per member

    def main_scene(self, share: float = 0.5) -> set[str]:
        """The places in the scene of at least ``share`` of the members that have one: where
        the story happens, robust to a member whose lead names somewhere else (or a toponym
        resolved by mistake)."""
        return {p for p, n in self.scene.items() if n >= share * self.with_scene}


def story_item(doc: Document, vector: np.ndarray, lead: int = LEAD_SENTENCES) -> StoryItem:
    """The :class:`StoryItem` of an analysed document and its vector (``Embedder.embed_documents``).

    Entities are the canonical entities of its mentions plus the name anchors of its title and
    lead (romanised skeletons, :func:`.retrieval.anchors`, prefixed ``name:``): the entity
    weight was calibrated with the anchors alone, and the bonus is capped, so canonical
    entities only add evidence. Places come from its resolved toponyms, and ``duplicate_of``
    from its first duplicate link (the dedup step links copies both ways; the clusterer only
    follows a link to a document it already knows).
    """
    pub = doc.published.value if doc.published else None
    day = pub.date() if isinstance(pub, datetime) else pub
    if day is None:
        day = lead_date(doc, lead)
    spans = [(s.start, s.end) for s in doc.segments]
    return StoryItem(
        doc_id=doc.id,
        lang=doc.lang or "und",
        vector=vector,
        published=day,
        entities=frozenset(m.entity for m in doc.mentions if m.entity)
        | name_entities(doc.title, doc.text, spans, lead),
        places=frozenset(p.place_id for p in doc.places if p.place_id),
        duplicate_of=doc.duplicates[0].other_id if doc.duplicates else None,
        scene=scene_places(doc, lead),
        event_day=event_day(doc, lead, anchored=pub is not None),
    )


# GeoNames feature classes too broad to tell one event from another: countries and their
# divisions (A), regions (L), waters (H) and terrain (T). What is left are towns, cities and
# sites (P, S): an air base, an airport, a district.
_BROAD_FEATURES = ("A/", "L/", "H/", "T/")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}(?![\d/])")


def scene_places(doc: Document, lead: int = LEAD_SENTENCES) -> frozenset[str]:
    """Where the document says its event happened: the resolved towns, cities and sites in its
    first ``lead`` sentences (a report names its scene up front; later sentences drift to
    background, reactions and earlier events). Two reports of one strike share it across
    languages; a reprisal days later on a base elsewhere does not."""
    if not doc.segments:
        return frozenset()
    end = doc.segments[min(lead, len(doc.segments)) - 1].end
    return frozenset(
        p.place_id
        for p in doc.places
        if p.place_id and p.start < end and not (p.feature or "").startswith(_BROAD_FEATURES)
    )


def event_day(doc: Document, lead: int = LEAD_SENTENCES, anchored: bool = True) -> date | None:
    """The first day its lead names: a report says when its event happened up front ("early
    on Wednesday", "on 3 January"), and that day, unlike the publication date, is the same for
    a report written a week later. Relative days ("on Sunday") count only when ``anchored``
    (the document has a publication date they were resolved from)."""
    if not doc.segments:
        return None
    end = doc.segments[min(lead, len(doc.segments)) - 1].end
    for t in sorted(doc.times, key=lambda t: t.start):
        if t.relative and not anchored:
            continue
        if t.start < end and t.value and _ISO_DAY.match(t.value):
            try:
                return date.fromisoformat(t.value[:10])
            except ValueError:
                continue
    return None


def lead_date(doc: Document, lead: int = LEAD_SENTENCES) -> date | None:
    """The latest full date its lead states outright (not relative to an unknown day), for a
    document whose publication date was not found: a report names the day of its event up
    front, so this places it in time as well as a publication date does."""
    if not doc.segments:
        return None
    end = doc.segments[min(lead, len(doc.segments)) - 1].end
    days = []
    for t in doc.times:
        if t.start < end and not t.relative and t.value and _ISO_DAY.match(t.value):
            try:
                days.append(date.fromisoformat(t.value[:10]))
            except ValueError:
                continue
    return max(days, default=None)


def name_entities(
    title: str | None, text: str, spans: list[tuple[int, int]], lead: int = LEAD_SENTENCES
) -> frozenset[str]:
    """``name:<skeleton>`` keys of the names in the title and lead (what ``entity_weight`` was
    calibrated with); add them to a :class:`StoryItem`'s canonical entities."""
    pieces = document_pieces(title, text, spans, lead=lead)
    return frozenset(f"name:{n}" for n in anchors(" ".join(pieces)).names)


def story_id(first_doc_id: str) -> str:
    return "story-" + hashlib.sha1(first_doc_id.encode()).hexdigest()[:12]


class StoryClusterer:
    """Assigns documents to stories one by one; see the module docstring for the decision."""

    def __init__(
        self,
        config: StoryConfig | None = None,
        priors: Mapping[str, np.ndarray] | None = None,
    ) -> None:
        self.config = config or StoryConfig()
        self._priors = dict(prior_means() if priors is None else priors)
        self._fallback: np.ndarray = (
            np.mean(np.stack(list(self._priors.values())), axis=0)
            if self._priors
            else np.zeros(DIM, dtype=np.float64)
        )
        self._vecs = np.zeros((64, DIM), dtype=np.float32)
        self._n = 0
        self._ids: list[str] = []
        self._pos: dict[str, int] = {}
        self._lang_codes: dict[str, int] = {}  # language -> code, in order of first arrival
        self._lang_ids = np.zeros(64, dtype=np.int64)  # code of each position's language
        self._sq = np.zeros(64, dtype=np.float64)  # squared length of each stored vector
        self._day: list[int | None] = []
        self._story: list[int] = []
        self._stories: list[_Story] = []
        self._by_id: dict[str, int] = {}
        self._lang_sum: dict[str, np.ndarray] = {}
        self._lang_n: Counter[str] = Counter()
        self._index: dict[str, AutoIndex] = {}

    # -- public API -------------------------------------------------------------------------

    def add(self, item: StoryItem) -> str:
        """Assign ``item`` to a story and return the story id (the same id if already added)."""
        return self._add(item)

    def add_many(self, items: Iterable[StoryItem]) -> list[str]:
        """:meth:`add` each item in turn and return their story ids: the same stories, in less
        time for many items, since the exact candidate searches of :data:`BLOCK` items at a
        time are one matrix product (:mod:`.block`)."""
        todo = list(items)
        out: list[str] = []
        for lo in range(0, len(todo), BLOCK):
            block = todo[lo : lo + BLOCK]
            search = self._block_search(block)
            out += [self._add(item, search, i) for i, item in enumerate(block)]
        return out

    def restore(self, items: Iterable[tuple[StoryItem, str]]) -> None:
        """Rebuild the state from stored ``(item, story id)`` pairs, in their original order."""
        for item, sid in items:
            if item.doc_id in self._pos:
                continue
            target = self._by_id.get(sid)
            if target is None:
                target = self._new_story(sid)
            self._insert(item, target)

    def stories(self) -> dict[str, list[str]]:
        """Story id → its document ids, in the order they joined."""
        return {s.id: [self._ids[i] for i in s.members] for s in self._stories}

    def story_of(self, doc_id: str) -> str | None:
        pos = self._pos.get(doc_id)
        return None if pos is None else self._stories[self._story[pos]].id

    def __len__(self) -> int:
        return self._n

    def lang_mean(self, lang: str) -> np.ndarray:
        """The current mean document vector of ``lang`` (prior blended with the corpus)."""
        w = self.config.prior_weight
        prior: np.ndarray = self._priors.get(lang, self._fallback)
        total = self._lang_sum.get(lang)
        if total is None:
            return np.asarray(prior, dtype=np.float64)
        return (w * prior + total) / (w + self._lang_n[lang])

    def scores(self, item: StoryItem) -> dict[str, float]:
        """Score of every candidate story for ``item`` (for inspection; assigns nothing)."""
        return {self._stories[s].id: v for s, v in self._score(item).items()}

    def explain(self, item: StoryItem) -> dict[str, dict[str, float]]:
        """The terms of every candidate story's score for ``item`` (they add up to it): the
        best and average centred cosine (weighted), and the date, entity, place, event-day and
        scene terms. For inspection; assigns nothing."""
        parts: dict[int, dict[str, float]] = {}
        self._score(item, parts=parts)
        return {self._stories[s].id: terms for s, terms in parts.items()}

    # -- internals --------------------------------------------------------------------------

    def _add(self, item: StoryItem, block: BlockSearch | None = None, i: int = 0) -> str:
        if item.doc_id in self._pos:
            return self._stories[self._story[self._pos[item.doc_id]]].id
        target: int | None = None
        if item.duplicate_of is not None and item.duplicate_of in self._pos:
            target = self._story[self._pos[item.duplicate_of]]
        else:
            target = self._decide(item, block, i)
        if target is None:
            target = self._new_story(story_id(item.doc_id))
        self._insert(item, target)
        if block is not None:
            block.stored(i, self._n - 1, item.lang)
        return self._stories[target].id

    def _block_search(self, block: Sequence[StoryItem]) -> BlockSearch:
        raw = [np.asarray(item.vector, dtype=np.float64) for item in block]
        langs = [item.lang for item in block]
        return BlockSearch(
            {lang: index.items() for lang, index in self._index.items() if index.exact},
            np.stack([_unit(v).astype(np.float32) for v in raw]),
            [float(np.linalg.norm(v)) for v in raw],
            langs,
            {lang: self._priors.get(lang, self._fallback) for lang in langs},
            {lang: self._lang_sum.get(lang) for lang in langs},
            {lang: self._lang_n[lang] for lang in langs},
            self.config.prior_weight,
        )

    def _decide(self, item: StoryItem, block: BlockSearch | None = None, i: int = 0) -> int | None:
        scored = self._score(item, block, i)
        if not scored:
            return None
        best = max(scored, key=lambda s: (scored[s], -self._stories[s].rank))
        return best if scored[best] >= self.config.join else None

    def _score(
        self,
        item: StoryItem,
        block: BlockSearch | None = None,
        i: int = 0,
        parts: dict[int, dict[str, float]] | None = None,
    ) -> dict[int, float]:
        """Score of every candidate story; ``block`` (with ``item`` its ``i``-th document)
        stands in for the exact indexes' searches; ``parts``, when given, receives the terms
        of each score (:meth:`explain`)."""
        cfg = self.config
        means = {lang: self.lang_mean(lang) for lang in self._index}
        q = _unit(np.asarray(item.vector, dtype=np.float64) - self.lang_mean(item.lang))
        day = item.published.toordinal() if item.published else None
        link: dict[int, float] = {}
        for lang, index in self._index.items():
            keys = None
            if block is not None and index.exact:
                keys = block.search(i, item.lang, lang, cfg.neighbours)
            if keys is None:
                keys, _ = index.search(q.astype(np.float32), cfg.neighbours)
            if not len(keys):
                continue
            xc = self._vecs[keys].astype(np.float64) - means[lang]
            sims = (xc @ q) / np.maximum(np.linalg.norm(xc, axis=1), 1e-9)
            if lang == item.lang:
                sims = sims - cfg.same_lang_offset
            for key, sim in zip(keys.tolist(), sims.tolist(), strict=True):
                s = self._story[key]
                if sim > link.get(s, -2.0):
                    link[s] = sim
        eligible = []
        for s, best_link in link.items():
            story = self._stories[s]
            gap = _gap(day, story.first, story.last)
            if gap <= cfg.max_gap_days:
                eligible.append((s, best_link, story, gap))
        if not eligible:
            return {}
        # average link over its latest members (a broad story's centroid would look closer to
        # everything than its members are), for the members of all candidates at once
        recent = [story.members[-AVERAGE_OVER:] for _, _, story, _ in eligible]
        rows = np.fromiter(chain.from_iterable(recent), dtype=np.int64)
        sims = self._centred_cosines(rows, q, means)
        code = self._lang_codes.get(item.lang)
        if code is not None and cfg.same_lang_offset:
            sims = sims - cfg.same_lang_offset * (self._lang_ids[rows] == code)
        out: dict[int, float] = {}
        end = 0
        for (s, best_link, story, gap), members in zip(eligible, recent, strict=True):
            start, end = end, end + len(members)
            terms = {
                "best": cfg.link_weight * best_link,
                "average": (1 - cfg.link_weight) * float(np.mean(sims[start:end])),
                "date": -cfg.undated_penalty
                if day is None or story.first is None
                else -cfg.date_weight * gap / max(cfg.max_gap_days, 1),
                "entities": 0.0,
                "places": 0.0,
                "day": 0.0,
                "scene": 0.0,
            }
            if item.entities:
                shared = sum(1 for e in item.entities if e in story.entities)
                full = max(cfg.entity_saturation, 1)
                terms["entities"] = cfg.entity_weight * min(shared, full) / full
            if item.places and story.places:
                if any(p in story.places for p in item.places):
                    terms["places"] = cfg.place_weight
                else:
                    terms["places"] = -cfg.place_mismatch
            if item.event_day is not None and story.days:
                when = item.event_day.toordinal()
                near = sum(n for d, n in story.days.items() if abs(d - when) <= cfg.day_tolerance)
                meets = 2 * near >= story.days.total()
                terms["day"] = cfg.day_weight if meets else -cfg.day_mismatch
            if item.scene and story.with_scene:
                if item.scene & story.main_scene(cfg.scene_share):
                    terms["scene"] = cfg.scene_weight
                elif story.with_scene >= SCENE_QUORUM:
                    terms["scene"] = -cfg.scene_mismatch
            out[s] = sum(terms.values())
            if parts is not None:
                parts[s] = terms
        return out

    def _centred_cosines(
        self, rows: np.ndarray, q: np.ndarray, means: Mapping[str, np.ndarray]
    ) -> np.ndarray:
        """Cosine of ``q`` to the stored vectors ``rows`` centred on their languages' means.

        Written out, ``(x - m)·q / |x - m| = (x·q - m·q) / sqrt(x·x - 2 x·m + m·m)``: one
        product of the rows with ``q`` and the means instead of a centred copy of the rows
        (the members of every candidate story, up to hundreds of rows per document)."""
        centres = np.stack([means[lang] for lang in self._lang_codes])
        codes = self._lang_ids[rows]
        proj = self._vecs[rows].astype(np.float64) @ np.column_stack([q, centres.T])
        xm = proj[np.arange(len(rows)), 1 + codes]
        mm = np.einsum("ij,ij->i", centres, centres)[codes]
        norms = np.sqrt(np.maximum(self._sq[rows] - 2 * xm + mm, 0.0))
        return np.asarray((proj[:, 0] - (centres @ q)[codes]) / np.maximum(norms, 1e-9))

    def _new_story(self, sid: str) -> int:
        self._stories.append(_Story(id=sid, rank=len(self._stories)))
        self._by_id[sid] = len(self._stories) - 1
        return len(self._stories) - 1

    def _insert(self, item: StoryItem, target: int) -> None:
        vec = _unit(np.asarray(item.vector, dtype=np.float64)).astype(np.float32)
        if self._n == len(self._vecs):  # capacity doubles: appending stays amortised O(1)
            self._vecs = np.concatenate([self._vecs, np.zeros_like(self._vecs)])
            self._lang_ids = np.concatenate([self._lang_ids, np.zeros_like(self._lang_ids)])
            self._sq = np.concatenate([self._sq, np.zeros_like(self._sq)])
        pos = self._n
        self._vecs[pos] = vec
        self._sq[pos] = float(np.dot(vec.astype(np.float64), vec.astype(np.float64)))
        self._n += 1
        self._ids.append(item.doc_id)
        self._pos[item.doc_id] = pos
        self._lang_ids[pos] = self._lang_codes.setdefault(item.lang, len(self._lang_codes))
        day = item.published.toordinal() if item.published else None
        self._day.append(day)
        self._story.append(target)
        if item.lang not in self._index:
            self._index[item.lang] = AutoIndex(DIM, mode=self.config.index)
            self._lang_sum[item.lang] = np.zeros(DIM, dtype=np.float64)
        self._index[item.lang].add(pos, vec)
        self._lang_sum[item.lang] += vec
        self._lang_n[item.lang] += 1

        story = self._stories[target]
        story.members.append(pos)
        story.counts[item.lang] += 1
        if day is not None:
            story.first = day if story.first is None else min(story.first, day)
            story.last = day if story.last is None else max(story.last, day)
        story.entities.update(item.entities)
        story.places.update(item.places)
        if item.event_day is not None:
            story.days[item.event_day.toordinal()] += 1
        if item.scene:
            story.scene.update(item.scene)
            story.with_scene += 1


def _gap(day: int | None, first: int | None, last: int | None) -> int:
    """Days between ``day`` and the span [first, last]; 0 inside it or when a date is missing."""
    if day is None or first is None or last is None:
        return 0
    return max(0, first - day, day - last)


def _unit(v: np.ndarray) -> np.ndarray:
    n = float(np.linalg.norm(v))
    return v / n if n > 0 else v
