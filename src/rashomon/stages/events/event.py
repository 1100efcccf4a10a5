"""What an extracted event is: a type, its roles, and the sentence that tells it."""

from __future__ import annotations

from dataclasses import dataclass

from ..claims.spans import Span
from .ontology import EventType, Weapon, acled, plover


@dataclass(frozen=True, slots=True)
class Argument:
    """A role filler: a span of the text and its key (entity key, place id or ISO date)."""

    start: int
    end: int
    key: str | None = None

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@dataclass(frozen=True, slots=True)
class Event:
    """One event told by one sentence. ``actors`` are the side acting (coordinated groups all
    count: "the army and the Popular Mobilization Forces"), ``targets`` the side acted on (the
    loser of a place, the victim of a killing, the other party of a meeting)."""

    type: EventType
    trigger: Span
    evidence: Span
    segment: int  # index of the evidence segment in the segments given
    lang: str
    actors: tuple[Argument, ...] = ()
    targets: tuple[Argument, ...] = ()
    place: Argument | None = None
    time: Argument | None = None
    weapon: Weapon | None = None

    @property
    def filled(self) -> int:
        """How many roles are filled. A role-less event ("the town had been fully cleared") is
        kept, as a record that the sentence tells one, but where one event must stand for a
        sentence or a story, rank by this first so that it never outranks one that says who
        did what where."""
        return (
            len(self.actors)
            + len(self.targets)
            + (self.place is not None)
            + (self.time is not None)
        )

    @property
    def acled(self) -> tuple[str, str]:
        return acled(self.type, self.weapon)

    @property
    def plover(self) -> tuple[str, str]:
        return plover(self.type)

    @property
    def date(self) -> str | None:
        return self.time.key if self.time else None
