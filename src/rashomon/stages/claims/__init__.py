"""Attributed claims in en/ar/fa news text, as a library (not yet a pipeline stage).

:func:`extract_claims` finds, sentence by sentence, who says what: direct quotes and reported
speech ("X told Y that ...", "according to X", "sources confirmed", "وقال ... إن", "بحسب",
"نقلت ... عن", "به گزارش ...", "گفت", "به نقل از"), with the speaker (its canonical entity key
when a mention covers it, "unnamed" for anonymous sources, pronouns resolved to an earlier
person), the cue, the medium ("in a statement", "لوكالة ...", "به خبرگزاری ..."), hedging,
polarity and the content span. A sentence without attribution that asserts something is a claim
by the outlet itself. Requires sentence segments with languages; uses entity mentions when
given. Cue words per language live in :mod:`.lang`.

:func:`compare` (in :mod:`.align`) sets two claims or events side by side slot by slot.
"""

from __future__ import annotations

from .claim import Claim, SpeakerKind
from .extract import extract_claims
from .spans import MentionIn, PlaceIn, SegmentIn, Span, TimeIn

__all__ = [
    "Claim",
    "MentionIn",
    "PlaceIn",
    "SegmentIn",
    "Span",
    "SpeakerKind",
    "TimeIn",
    "extract_claims",
]
