"""``places.v1``: every toponym of a document, resolved to a place with coordinates.

Toponyms are the recogniser's place and facility mentions (``LOC``/``FAC``) and, where the
recogniser missed one, the gazetteer spotter's (:func:`.spot.spot_toponyms`), plus demonyms
("Syrian", "سوري"), which stand for their country. They are resolved together
(:func:`.resolve.resolve_all`): the country and province names of the document and its other
confident places are context for each. A toponym that nothing fits is kept without
coordinates. Requires ``text``, ``segments`` and ``mentions``; assigns ``places``.
"""

from __future__ import annotations

from typing import ClassVar

from ... import registry
from ...model import Document, PlaceMention
from ...pipeline import DocumentStage
from .resolve import Context, resolve_all
from .spot import spot_toponyms

PLACE_TYPES = frozenset({"LOC", "FAC"})
LANGS = frozenset({"en", "ar", "fa"})
WINDOW = 60  # characters each side of a toponym that resolution reads for cues ("base", "city")


@registry.stages.register("places.v1")
class PlaceStage(DocumentStage):
    name: ClassVar[str] = "places.v1"
    requires: ClassVar[tuple[str, ...]] = ("text", "segments", "mentions")
    assigns: ClassVar[tuple[str, ...]] = ("places",)

    def process(self, doc: Document) -> None:
        spans = sorted(toponym_spans(doc))
        if not spans:
            doc.places = []
            return
        text = doc.text
        names = [text[s:e] for s, e in spans]
        windows = [text[max(0, s - WINDOW) : e + WINDOW] for s, e in spans]
        resolved = resolve_all(names, Context.from_text(text), windows=windows)
        places = []
        for (start, end), r in zip(spans, resolved, strict=True):
            e = r.entry
            places.append(
                PlaceMention(
                    start,
                    end,
                    e.name if e else text[start:end],
                    e.id if e else None,
                    r.lat,
                    r.lon,
                    r.country or None,
                    f"{e.feature_class}/{e.feature_code}" if e else None,
                    r.score,
                    r.runner_up.id if r.runner_up else None,
                    r.runner_up_score,
                    self.name,
                )
            )
        doc.places = places


def toponym_spans(doc: Document) -> set[tuple[int, int]]:
    """The recogniser's place mentions, and the spotter's where they overlap no mention (a
    place name inside a person's or group's name is not a toponym: "George Washington")."""
    found = {(m.start, m.end) for m in doc.mentions if m.type in PLACE_TYPES}
    taken = sorted((m.start, m.end) for m in doc.mentions)
    for start, end, lang in doc.language_runs():
        if lang not in LANGS:
            continue
        for s, e in spot_toponyms(doc.text[start:end], lang):
            s, e = start + s, start + e
            if not any(s < b and a < e for a, b in taken):
                found.add((s, e))
    return found
