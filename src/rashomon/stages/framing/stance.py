"""How a document portrays the people and groups it names: the loaded terms
(:mod:`.lexicon`) and name-calling spans (:mod:`.techniques`) next to their names.

A cue that is part of a name counts for that name only ("regime forces" portrays the army);
otherwise for the nearest names of its sentence with at most :data:`NEAR_WORDS` words between
("US aggression against Iran" portrays the US, not Iran). Each cue counts once per entity.
Only actors are portrayed: a loaded term beside a place ("the liberation of Mosul") frames what
happened there, not the place. Religious framing is counted apart: its terms point both ways
("mujahideen", "shrine defenders" / "apostates", "crusaders"), so it sets no label.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from ...model import Document
from .lexicon import Term
from .techniques import TechniqueSpan

NEAR_WORDS = 3  # a cue counts as near a name with at most this many words between
POLARITY = {
    "glorifying": "positive",
    "delegitimising": "negative",
    "euphemism": "neutral",
    "religious": "religious",
}
NEGATIVE_TECHNIQUES = frozenset({"name_calling"})  # techniques that label their target
ACTOR_TYPES = frozenset({"PER", "ORG"})


@dataclass(frozen=True, slots=True)
class StanceCue:
    entity: str  # the canonical key of the name it portrays
    start: int  # the cue's offsets in the document's text
    end: int
    term: str  # the cue as written
    cue: str  # its loaded-term category, or its persuasion technique
    polarity: str  # positive | negative | neutral | religious


def word_gap(text: str, a: tuple[int, int], b: tuple[int, int]) -> int:
    """The number of words between two spans (0 when they overlap or touch), counted up to
    ``NEAR_WORDS + 1``: past that only "not near" matters, and a name and a cue paragraphs
    apart then cost no more than neighbours."""
    lo, hi = (a, b) if a[0] <= b[0] else (b, a)
    if hi[0] <= lo[1]:
        return 0
    return min(len(text[lo[1] : hi[0]].split(None, NEAR_WORDS + 1)), NEAR_WORDS + 1)


def near(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two spans overlap or have at most :data:`NEAR_WORDS` words between them."""
    return word_gap(text, a, b) <= NEAR_WORDS


def stance_label(positive: int, negative: int) -> str:
    """positive / negative when that side has at least twice the other's cues (and some),
    mixed when neither does, neutral when there are none."""
    if not positive and not negative:
        return "neutral"
    if positive >= 2 * negative:
        return "positive"
    if negative >= 2 * positive:
        return "negative"
    return "mixed"


def stance_cues(
    doc: Document, terms: list[Term], techniques: list[TechniqueSpan]
) -> list[StanceCue]:
    """Each cue near the name of a person or group in ``doc``: a loaded term (its polarity
    from :data:`POLARITY`), or a span of a technique in :data:`NEGATIVE_TECHNIQUES` that is not
    already a negative loaded term. ``terms`` and ``techniques`` carry offsets in
    ``doc.text``."""
    cues = [
        (t.start, t.end, t.term, t.category, POLARITY.get(t.category, "neutral")) for t in terms
    ]
    negative = [(c[0], c[1]) for c in cues if c[4] == "negative"]
    cues += [
        (t.start, t.end, doc.text[t.start : t.end], t.technique, "negative")
        for t in techniques
        if t.technique in NEGATIVE_TECHNIQUES
        and not any(_overlaps((t.start, t.end), n) for n in negative)
    ]
    named = [m for m in doc.mentions if m.entity]
    starts = [s.start for s in doc.segments]
    out: list[StanceCue] = []
    seen: set[tuple[str, int, int]] = set()
    for start, end, term, cue, polarity in sorted(cues):
        inside = [m for m in named if _overlaps((m.start, m.end), (start, end))]
        if inside:
            targets = [m for m in inside if m.type in ACTOR_TYPES]
        else:
            sentence = _sentence_index(doc, starts, start)
            gaps = [
                (word_gap(doc.text, (m.start, m.end), (start, end)), m)
                for m in named
                if m.type in ACTOR_TYPES and _sentence_index(doc, starts, m.start) == sentence
            ]
            closest = min((g for g, _ in gaps), default=NEAR_WORDS + 1)
            targets = [m for g, m in gaps if g == closest <= NEAR_WORDS]
        for m in targets:
            key = (m.entity or "", start, end)
            if key not in seen:
                seen.add(key)
                out.append(StanceCue(key[0], start, end, term, cue, polarity))
    return out


def _sentence_index(doc: Document, starts: list[int], offset: int) -> int:
    """The index of the sentence holding ``offset`` (-1 outside any, or when none);
    ``starts`` are the sentences' start offsets, in order."""
    i = bisect_right(starts, offset) - 1
    return i if i >= 0 and offset < doc.segments[i].end else -1


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]
