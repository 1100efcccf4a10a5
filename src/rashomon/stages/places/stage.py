"""``places.v1``: every toponym of a document, resolved to a place with coordinates.

Toponyms are the gazetteer spotter's (:func:`.spot.spot_toponyms`, precise about where a
name starts and ends, demonyms such as "Syrian" and "سوري" included) outside person and group
names, and the recogniser's place and facility mentions (``LOC``/``FAC``) that name something
(:func:`..entities.ner.is_named`: not "the city"; not a lone common Arabic or Persian word) where
the spotter found nothing inside them ("مدينة البوكمال الحدودية" is the spotter's "البوكمال";
an unknown village stays the recogniser's). They are resolved together
(:func:`.resolve.resolve_all`): the country and province names of the document and its other
confident places are context for each. A toponym that nothing fits is kept without
coordinates. A place mention whose linker key is not a place key takes the resolved place's
(``geo:<id>``), so a town has one identity whichever words surround it. Requires ``text``,
``segments`` and ``mentions``; assigns ``places`` and ``mentions``.
"""

from __future__ import annotations

from typing import ClassVar

from ... import registry
from ...model import Document, PlaceMention
from ...pipeline import DocumentStage
from ..entities.ner import is_named
from .names import group_name_spans, is_facility_name, outlet_spans
from .resolve import Context, resolve_all
from .spot import is_common_word, spot_toponyms

PLACE_TYPES = frozenset({"LOC", "FAC"})
TOWN_CLASSES = frozenset({"P", "S"})  # GeoNames populated places, spots (bases, crossings)
LANGS = frozenset({"en", "ar", "fa"})
WINDOW = 60  # characters each side of a toponym that resolution reads for cues ("base", "city")


@registry.stages.register("places.v1")
class PlaceStage(DocumentStage):
    name: ClassVar[str] = "places.v1"
    requires: ClassVar[tuple[str, ...]] = ("text", "segments", "mentions")
    assigns: ClassVar[tuple[str, ...]] = ("places", "mentions")

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
        _key_place_mentions(doc)


def toponym_spans(doc: Document) -> set[tuple[int, int]]:
    """The spotter's toponyms outside person and group mentions ("George Washington" is not
    a place), and the recogniser's place mentions that hold none of them. A mention the
    tagger called a group but the linker resolved to a place (``geo:``: a bare "البوکمال"
    tagged ORG) or that a facility noun heads ("قاعدة عين الأسد الجوية") is no person or
    group name: toponyms inside it count. The knowledge base's multi-word person and group
    names ("قوة القدس") and the document's own outlet ("دجلة اليوم") are names too, whether or
    not the recogniser marked them (:mod:`.names`); no place is taken from inside them."""
    names = [
        (m.start, m.end)
        for m in doc.mentions
        if m.type not in PLACE_TYPES
        and not (m.entity or "").startswith("geo:")
        and not is_facility_name(doc.text[m.start : m.end])
    ]
    names += group_name_spans(doc.text) + outlet_spans(doc.text, doc.source)
    spotted: set[tuple[int, int]] = set()
    for start, end, lang in doc.language_runs():
        if lang not in LANGS:
            continue
        for s, e in spot_toponyms(doc.text[start:end], lang):
            s, e = start + s, start + e
            if not any(s < b and a < e for a, b in names):
                spotted.add((s, e))
    found = set(spotted)
    for m in doc.mentions:
        if m.type not in PLACE_TYPES or any(m.start < e and s < m.end for s, e in spotted):
            continue
        if any(a <= m.start and m.end <= b for a, b in names):
            continue  # "القدس" tagged LOC inside "قوة القدس"
        surface = doc.text[m.start : m.end]
        if not is_named(surface) or is_common_word(surface, m.lang or "en"):
            continue  # "the city", "the South", "Western"; a lone "كان" or "خبر"
        found.add((m.start, m.end))
    return found


def _key_place_mentions(doc: Document) -> None:
    resolved = [p for p in doc.places if p.place_id]
    towns = {
        (p.start, p.end): p.place_id for p in resolved if (p.feature or "")[:1] in TOWN_CLASSES
    }
    for m in doc.mentions:
        # A town or site the tagger called a person or group but the linker and the gazetteer
        # both call this place is a place: towns do not act ("البوکمال" tagged ORG).
        if m.type not in PLACE_TYPES and m.entity == f"geo:{towns.get((m.start, m.end))}":
            m.type = "LOC"
        # "قاعدة عين الأسد الجوية" tagged ORG: a base is a facility, keyed to the site inside
        if m.type not in PLACE_TYPES and is_facility_name(doc.text[m.start : m.end]):
            inside = [p for p in resolved if m.start <= p.start and p.end <= m.end]
            if len(inside) == 1 and (inside[0].feature or "")[:1] in TOWN_CLASSES:
                m.type = "FAC"
        if m.type not in PLACE_TYPES or (m.entity or "").startswith("geo:"):
            continue
        inside = [p for p in resolved if m.start <= p.start and p.end <= m.end]
        if len(inside) == 1:
            m.entity, m.name = f"geo:{inside[0].place_id}", inside[0].name
