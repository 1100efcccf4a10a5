"""``narrative.v1``: who claims what (:mod:`..claims`) and who did what to whom, where and
when (:mod:`..events`), from a document's sentences and its entity, place and time
annotations.

Role fillers and speakers carry the canonical entity keys of the mentions they overlap, so
events and claims from different documents and languages compare on the same identities.
Only places the gazetteer is sure of (:data:`MIN_PLACE_SCORE`, or a country) fill the place
role. Requires ``text``, ``segments``, ``mentions``, ``places`` and ``times``; assigns ``claims``
and ``events``.
"""

from __future__ import annotations

from typing import ClassVar

from ... import registry
from ...model import Claim, Document, Event, PlaceMention
from ...pipeline import DocumentStage
from ..claims import extract_claims
from ..events import extract_events
from ..events.event import Argument

LANGS = frozenset({"en", "ar", "fa"})
# Below this gazetteer score a toponym is more often a common word taken for a far-away town
# ("وأن" -> Van, "دولة" -> Dhule: 1.9-2.8 on the demo) than the event's place, so it fills no
# role; the event is left without a place rather than put in the wrong country.
MIN_PLACE_SCORE = 3.0


@registry.stages.register("narrative.v1")
class NarrativeStage(DocumentStage):
    name: ClassVar[str] = "narrative.v1"
    requires: ClassVar[tuple[str, ...]] = ("text", "segments", "mentions", "places", "times")
    assigns: ClassVar[tuple[str, ...]] = ("claims", "events")

    def process(self, doc: Document) -> None:
        text = doc.text
        segments = [(s.start, s.end, s.lang) for s in doc.segments if s.lang in LANGS]
        mentions = [(m.start, m.end, m.type, m.entity) for m in doc.mentions]
        times = [(t.start, t.end, t.value) for t in doc.times]
        places = [(p.start, p.end, p.place_id) for p in doc.places if _trusted(p)]
        doc.claims = [
            Claim(
                c.content.start,
                c.content.end,
                c.evidence.start,
                c.evidence.end,
                c.speaker_kind.value,
                text[c.speaker.start : c.speaker.end] if c.speaker else None,
                c.speaker_entity,
                text[c.cue.start : c.cue.end] if c.cue else None,
                text[c.medium.start : c.medium.end] if c.medium else None,
                c.hedged,
                c.negated,
                c.lang,
                self.name,
            )
            for c in extract_claims(text, segments, mentions)
        ]
        names = {p.place_id: p.name for p in doc.places if p.place_id}
        events = []
        for e in extract_events(text, segments, mentions, times, places):
            acled_type, acled_sub = e.acled
            category, _ = e.plover
            place = e.place.key if e.place else None
            events.append(
                Event(
                    e.type.value,
                    e.trigger.start,
                    e.trigger.end,
                    e.evidence.start,
                    e.evidence.end,
                    acled_type,
                    acled_sub,
                    category,
                    [_role(text, a) for a in e.actors],
                    [_role(text, a) for a in e.targets],
                    place,
                    names.get(place) if place else (_role(text, e.place) if e.place else None),
                    e.date,
                    e.weapon.value if e.weapon else None,
                    e.lang,
                    self.name,
                )
            )
        doc.events = events


def _trusted(p: PlaceMention) -> bool:
    """A place sure enough to fill a role: well scored, or a country (demonyms such as
    "American" resolve with a low score but name their country without doubt)."""
    return p.score >= MIN_PLACE_SCORE or (p.feature or "").startswith("A/PCL")


def _role(text: str, arg: Argument) -> str:
    """An entity key where the filler is linked, else its words as written."""
    return arg.key or text[arg.start : arg.end]
