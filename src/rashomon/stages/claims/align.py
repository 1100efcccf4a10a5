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
say that an airport lies in its city. Finding candidate pairs in a large story (embeddings,
shared slots) is the caller's job; this function is the pure decision for one pair.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from dataclasses import dataclass

from ...text.normalize import normalize
from ..events import Event, EventType
from .claim import Claim
from .spans import MentionIn, TimeIn

__all__ = ["Alignment", "Relation", "Slots", "compare", "slots"]


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
    negated: bool = False
    hedged: bool = False


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
_NUMBER = re.compile(r"\d[\d,٬]*|\w+")


def numbers(text: str) -> frozenset[int]:
    """The figures of a text: digits in any script and common number words."""
    out = set()
    for token in _NUMBER.findall(normalize(text)):
        if token[0].isdigit():
            out.add(int(re.sub(r"[,٬]", "", token)))
        elif token in _NUMBER_WORDS:
            out.add(_NUMBER_WORDS[token])
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
    return Slots(
        type=event.type if event else None,
        date=event.date if event else None,
        place=event.place.key if event and event.place else None,
        actors=actors,
        targets=targets,
        parties=frozenset(parties) | actors | targets,
        numbers=numbers(said),
        negated=claim.negated if claim else False,
        hedged=claim.hedged if claim else False,
    )


def _dates_agree(a: str, b: str) -> bool:
    """ "2017-11-19" and "2017-11" agree (one is less precise); "2017-11-19" and "2017-11-09"
    do not. A time of day or part of day ("T10:30", "TMO") is ignored."""
    a, b = a.split("T")[0], b.split("T")[0]
    return a.startswith(b) or b.startswith(a)


_VIOLENCE = frozenset({EventType.REMOTE, EventType.KILLING, EventType.CIVILIANS, EventType.BATTLE})
_COMPATIBLE = (_VIOLENCE, frozenset({EventType.TERRITORY, EventType.BATTLE}))


def _compatible(a: EventType | None, b: EventType | None) -> bool:
    if a is None or b is None or a == b:
        return True
    return any(a in group and b in group for group in _COMPATIBLE)


def compare(a: Slots, b: Slots) -> Alignment:
    """Whether ``b`` corroborates or contradicts ``a``, or speaks of something else."""
    if not _compatible(a.type, b.type):
        return Alignment(Relation.UNRELATED, 0.8, (f"different events: {a.type} vs {b.type}",))
    same_place = a.place is not None and a.place == b.place
    dated = a.date is not None and b.date is not None
    same_date = dated and _dates_agree(a.date or "", b.date or "")
    shared = a.parties & b.parties
    if dated and not same_date and a.place and b.place and not same_place:
        return Alignment(Relation.UNRELATED, 0.8, ("different date and place",))
    anchored = same_place or same_date or bool(shared)
    typed = a.type is not None and b.type is not None
    figures = bool(a.numbers and b.numbers)
    if not anchored and not (typed and (figures or a.negated != b.negated)):
        return Alignment(Relation.UNRELATED, 0.6, ("no shared place, date or party",))
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
    if swapped:
        conflicts.append(f"same party, opposite role: {', '.join(sorted(swapped))}")
    if a.actors and b.actors:
        if a.actors & b.actors:
            agreements.append("same actor")
        elif not swapped:
            conflicts.append(
                f"different actor: {', '.join(sorted(a.actors))} vs {', '.join(sorted(b.actors))}"
            )
    if a.targets & b.targets:
        agreements.append("same target")
    if a.numbers and b.numbers:
        if a.numbers & b.numbers:
            agreements.append("same figure")
        else:
            conflicts.append(f"different figures: {_figures(a.numbers)} vs {_figures(b.numbers)}")
    if a.negated != b.negated:
        conflicts.append("one asserts what the other denies")
    hedged = a.hedged or b.hedged
    doubt = 0.1 * hedged + (0.0 if anchored else 0.2)
    if conflicts:
        confidence = min(0.95, 0.55 + 0.15 * len(conflicts) + 0.05 * len(agreements))
        reasons = tuple(conflicts) + (("hedged",) if hedged else ())
        return Alignment(Relation.CONTRADICTS, round(confidence - doubt, 2), reasons)
    if shared and not agreements:
        agreements.append(f"same parties: {', '.join(sorted(shared))}")
    confidence = min(0.95, 0.45 + 0.15 * len(agreements))
    reasons = tuple(agreements) + (("hedged",) if hedged else ())
    return Alignment(Relation.CORROBORATES, round(confidence - doubt, 2), reasons)


def _figures(values: frozenset[int]) -> str:
    return "/".join(str(v) for v in sorted(values))
