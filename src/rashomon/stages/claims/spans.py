"""Plain inputs and outputs shared by the claim and event extractors.

The extractors take plain tuples, not :class:`~rashomon.model.Document` annotations, so they
work before (and without) the entity, place and time stages: a caller with a document passes
``[(s.start, s.end, s.lang) for s in doc.segments]``, ``[(m.start, m.end, m.type, m.entity)
for m in doc.mentions]``, ``[(t.start, t.end, t.value) for t in doc.times]`` and
``[(p.start, p.end, p.place_id) for p in doc.places]``.

Cue and trigger words are matched on the text folded by :mod:`rashomon.text.normalize` (case,
Arabic-script letter variants, diacritics, ZWNJ), keeping where each folded character came from
(:mod:`rashomon.stages.time.fold`), so every match points back to exact original offsets.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ...text.normalize import normalize
from ..time.fold import Folded, fold

SegmentIn = tuple[int, int, str]  # start, end, lang
MentionIn = tuple[int, int, str, str | None]  # start, end, PER|ORG|LOC|FAC, canonical key
TimeIn = tuple[int, int, str | None]  # start, end, ISO 8601 value
PlaceIn = tuple[int, int, str | None]  # start, end, place id

__all__ = [
    "Folded",
    "MentionIn",
    "PlaceIn",
    "SegmentIn",
    "Span",
    "TimeIn",
    "Sentence",
    "alternation",
    "sentences",
]


@dataclass(frozen=True, slots=True)
class Span:
    """Character offsets into the document text (``end`` exclusive)."""

    start: int
    end: int

    def text(self, doc: str) -> str:
        return doc[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True)
class Sentence:
    """One segment: its index, offsets, language and folded text (for cue matching)."""

    index: int
    start: int
    end: int
    lang: str
    raw: str  # the sentence as written
    folded: Folded

    def original(self, fstart: int, fend: int) -> str:
        """The written text of folded ``[fstart, fend)``."""
        start, end = self.folded.span(fstart, fend)
        return self.raw[start:end]

    def span(self, fstart: int, fend: int) -> Span:
        """Original offsets of folded ``[fstart, fend)`` (folded offsets are sentence-local)."""
        start, end = self.folded.span(fstart, fend)
        return Span(self.start + start, self.start + end)

    def fpos(self, offset: int) -> int:
        """The folded index of the first folded character at or after document ``offset``."""
        local = offset - self.start
        origin = self.folded.origin
        lo, hi = 0, len(origin)
        while lo < hi:
            mid = (lo + hi) // 2
            if origin[mid] < local:
                lo = mid + 1
            else:
                hi = mid
        return lo


def sentences(text: str, segments: Iterable[SegmentIn]) -> list[Sentence]:
    return [
        Sentence(i, start, end, lang, text[start:end], fold(text[start:end]))
        for i, (start, end, lang) in enumerate(segments)
    ]


def alternation(words: Sequence[str], prefix: str = "", suffix: str = "") -> str:
    """A regex group matching any of ``words`` (folded as the text is) as whole words, longest
    first; ``prefix``/``suffix`` are regex fragments allowed glued to the word (Arabic
    proclitics, Persian verb endings)."""
    forms = sorted({normalize(w) for w in words if w.strip()}, key=len, reverse=True)
    body = "|".join(re.escape(f).replace(r"\ ", " ") for f in forms)
    return rf"(?<!\w){prefix}(?:{body}){suffix}(?!\w)"
