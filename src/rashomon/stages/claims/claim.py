"""What an attribution is: who says what, how, through which medium and with what certainty."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from .spans import Span


class SpeakerKind(enum.StrEnum):
    NAMED = "named"  # a person or organisation named in the text (or a pronoun resolved to one)
    UNNAMED = "unnamed"  # "sources said", "مصادر", "منابع", witnesses, officials without a name
    PRONOUN = "pronoun"  # "he said" with no earlier person to resolve it to
    OUTLET = "outlet"  # no attribution: the outlet itself asserts it


@dataclass(frozen=True, slots=True)
class Claim:
    """One claim: ``content`` is the span of what is claimed; ``evidence`` the whole sentence.

    ``speaker`` is the span naming the speaker in the sentence (the pronoun itself when one is
    used; ``antecedent`` is then the earlier mention it resolves to) and ``speaker_entity`` the
    canonical entity key when a mention covers it. ``negated`` is the polarity of the content as
    the speaker puts it: a denial ("denied that ...", "نفى", "تکذیب کرد") or a negation inside
    the content ("did not", "لم", "نکرد") makes it True (both together cancel out). ``hedged``
    marks distance: hedging words anywhere in the sentence ("reportedly", "يُزعم", "گویا") or a
    distancing verb ("claimed", "زعم", "ادعا کرد"); ``hedges`` are the words found.
    """

    content: Span
    evidence: Span
    segment: int  # index of the evidence segment in the segments given
    lang: str
    speaker_kind: SpeakerKind
    speaker: Span | None = None
    speaker_entity: str | None = None
    antecedent: Span | None = None
    cue: Span | None = None
    medium: Span | None = None
    hedged: bool = False
    hedges: tuple[str, ...] = ()
    negated: bool = False

    @property
    def attributed(self) -> bool:
        return self.speaker_kind is not SpeakerKind.OUTLET
