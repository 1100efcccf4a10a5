"""View data for the entity, place and time pages: highlight marks over a document's text, a
story's lead sentences, and the plain data the map, graph and timeline scripts draw.

The scripts get their data as JSON in ``data-`` attributes (the templates escape it like any
other text) or from the REST API, never as inline script: the CSP allows only our own files.
"""

from __future__ import annotations

import calendar
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import quote

from ..model import Claim, Document, Event, Mention, PlaceMention
from ..stages.framing.document import framing_of
from ..store.base import EntityDetail

FRAME_LAYERS = ("glorifying", "delegitimising", "euphemism", "religious", "technique")
LAYERS = ("person", "org", "place", "time", "claim", "event", *FRAME_LAYERS)
LAYER_NAMES = {
    "person": "People",
    "org": "Organisations",
    "place": "Places",
    "time": "Times",
    "claim": "Claims",
    "event": "Events",
    "glorifying": "Glorifying terms",
    "delegitimising": "Delegitimising terms",
    "euphemism": "Euphemisms",
    "religious": "Religious framing",
    "technique": "Persuasion techniques",
}
OVERLAY_LAYERS = frozenset(("claim", "event", *FRAME_LAYERS))
SPEAKER_KINDS = {
    "unnamed": "unnamed sources",
    "pronoun": "unresolved speaker",
    "outlet": "the outlet itself",
}
TYPE_LAYERS = {"PER": "person", "ORG": "org", "LOC": "place", "FAC": "place", "GPE": "place"}
TYPE_NAMES = {"PER": "person", "ORG": "organisation", "LOC": "place", "FAC": "facility"}
_ISO_DAY = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def entity_path(key: str) -> str:
    """The page URL of an entity (the key quoted as one path segment)."""
    return "/entities/" + quote(key, safe="")


def outlet_path(name: str) -> str:
    """The page URL of an outlet (the name quoted as one path segment)."""
    return "/outlets/" + quote(name, safe="")


def story_path(story_id: str) -> str:
    return "/stories/" + quote(story_id, safe="")


def to_json(data: Any) -> str:
    """JSON for a ``data-`` attribute: a plain string, so autoescaping makes it safe."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


@dataclass(frozen=True, slots=True)
class Mark:
    """One highlight over ``text[start:end]``: its layer, what a tooltip says, where it links
    (the entity page) and the value it stands for (an ISO date, coordinates)."""

    start: int
    end: int
    layer: str
    label: str
    href: str | None = None
    value: str | None = None
    anchor: str | None = None  # an element id (claims and events), for links to the sentence

    @property
    def css(self) -> str:
        if self.layer in OVERLAY_LAYERS:
            return f"hl hl-{self.layer}"
        return f"ent ent-{self.layer}"


def _coords(p: PlaceMention) -> str | None:
    if p.lat is None or p.lon is None:
        return None
    return f"{p.lat:.3f}, {p.lon:.3f}"


def _mention_mark(doc: Document, m: Mention, place: PlaceMention | None) -> Mark:
    layer = TYPE_LAYERS.get(m.type, "org")
    name = m.name or doc.text[m.start : m.end]
    label = f"{TYPE_NAMES.get(m.type, m.type)}: {name}"
    value = None
    if place is not None:
        layer, value = "place", _coords(place)
        label = _place_label(place, name)
    return Mark(m.start, m.end, layer, label, entity_path(m.entity) if m.entity else None, value)


def _place_label(p: PlaceMention, name: str | None = None) -> str:
    where = _coords(p)
    label = f"place: {name or p.name}"
    if name and name != p.name:
        label += f" ({p.name})"
    if where:
        label += f" · {where}"
    if p.country:
        label += f" · {p.country}"
    return label if where else label + " · not located"


def marks(doc: Document) -> list[Mark]:
    """Non-overlapping highlights, longest first where annotations overlap. A place mention
    on the same span as an entity mention becomes one mark with both the link and the
    coordinates."""
    places = {(p.start, p.end): p for p in doc.places}
    candidates: list[Mark] = []
    used_places = set()
    for m in doc.mentions:
        place = places.get((m.start, m.end))
        if place is not None:
            used_places.add((m.start, m.end))
        candidates.append(_mention_mark(doc, m, place))
    for span, p in places.items():
        if span not in used_places:
            candidates.append(Mark(p.start, p.end, "place", _place_label(p), None, _coords(p)))
    for t in doc.times:
        value = t.value or "not anchored"
        candidates.append(
            Mark(t.start, t.end, "time", f"time: {value} ({t.granularity})", None, t.value)
        )
    chosen: list[Mark] = []
    taken: list[tuple[int, int]] = []
    size = len(doc.text)
    for mark in sorted(candidates, key=lambda k: (-(k.end - k.start), k.start, k.layer)):
        if not 0 <= mark.start < mark.end <= size:
            continue
        if any(mark.start < end and start < mark.end for start, end in taken):
            continue
        chosen.append(mark)
        taken.append((mark.start, mark.end))
    return sorted(chosen, key=lambda k: k.start)


def claim_anchor(index: int) -> str:
    return f"claim-{index}"


def event_anchor(index: int) -> str:
    return f"event-{index}"


def role_names(doc: Document) -> dict[str, str]:
    """Entity key -> the name its mentions in this document give it, for event roles and
    claim speakers (which hold keys where the mention was linked)."""
    names: dict[str, str] = {}
    for m in doc.mentions:
        if m.entity and m.entity not in names:
            names[m.entity] = m.name or doc.text[m.start : m.end]
    return names


def speaker_label(claim: Claim, names: dict[str, str]) -> str:
    """Who makes the claim, as a reader would say it."""
    if claim.speaker_entity and claim.speaker_entity in names:
        return names[claim.speaker_entity]
    if claim.speaker:
        return claim.speaker
    return SPEAKER_KINDS.get(claim.speaker_kind, claim.speaker_kind or "unknown speaker")


def stance(claim: Claim) -> str:
    """``denies`` for a negated claim, else ``asserts``; hedging is shown beside it."""
    return "denies" if claim.negated else "asserts"


def _claim_label(claim: Claim, names: dict[str, str]) -> str:
    parts = [f"claim · {speaker_label(claim, names)} {stance(claim)}"]
    if claim.hedged:
        parts.append("hedged")
    if claim.cue:
        parts.append(f"cue: {claim.cue}")
    if claim.medium:
        parts.append(claim.medium)
    return " · ".join(parts)


def role_text(value: str, names: dict[str, str]) -> str:
    return names.get(value, value)


def _event_label(event: Event, names: dict[str, str]) -> str:
    parts = [f"event: {event.type}"]
    if event.actors:
        parts.append("actors: " + ", ".join(role_text(a, names) for a in event.actors))
    if event.targets:
        parts.append("targets: " + ", ".join(role_text(t, names) for t in event.targets))
    if event.place_name or event.place:
        parts.append(f"at {event.place_name or event.place}")
    if event.date:
        parts.append(f"on {event.date}")
    return " · ".join(parts)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without its outer whitespace (an anchor must sit on a character)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def overlays(doc: Document) -> list[Mark]:
    """Claim spans and event triggers over the text, each with an anchor id and a tooltip
    that names the speaker, the stance and hedging (claims) or the roles (events); and the
    loaded terms (one layer per category) and persuasion-technique spans."""
    names = role_names(doc)
    size = len(doc.text)
    found: list[Mark] = []
    for i, c in enumerate(doc.claims):
        start, end = _trimmed(doc.text, c.start, c.end)
        if 0 <= start < end <= size:
            value = "negated" if c.negated else ("hedged" if c.hedged else None)
            found.append(
                Mark(start, end, "claim", _claim_label(c, names), None, value, claim_anchor(i))
            )
    for i, e in enumerate(doc.events):
        start, end = _trimmed(doc.text, e.trigger_start, e.trigger_end)
        if 0 <= start < end <= size:
            found.append(
                Mark(start, end, "event", _event_label(e, names), None, e.type, event_anchor(i))
            )
    terms, techniques = framing_of(doc)
    for t in terms:
        if 0 <= t.start < t.end <= size:
            found.append(Mark(t.start, t.end, t.category, f"{t.category} term: {t.lemma}"))
    for span in techniques:
        start, end = _trimmed(doc.text, span.start, span.end)
        if 0 <= start < end <= size:
            label = f"persuasion technique: {span.technique.replace('_', ' ')} ({span.source})"
            found.append(Mark(start, end, "technique", label, None, span.technique))
    return sorted(found, key=lambda k: (k.start, -k.end))


def layer_counts(found: Iterable[Mark]) -> list[tuple[str, str, int]]:
    """(layer, display name, count) for every layer, in a fixed order."""
    counts = dict.fromkeys(LAYERS, 0)
    for mark in found:
        counts[mark.layer] = counts.get(mark.layer, 0) + 1
    return [(layer, LAYER_NAMES[layer], counts[layer]) for layer in LAYERS]


def lead(doc: Document, sentences: int = 2, max_chars: int = 400) -> str:
    """The first sentences of the cleaned text (by segment), cut at ``max_chars``."""
    segs = sorted(doc.segments, key=lambda s: s.start)[:sentences]
    text = " ".join(doc.text[s.start : s.end].strip() for s in segs) if segs else doc.text
    text = " ".join(text.split())
    return text if len(text) <= max_chars else text[: max_chars - 1].rstrip() + "…"


def map_points(docs: Sequence[Document]) -> list[dict[str, Any]]:
    """Located places of these documents, one point per place with its mention count."""
    points: dict[str, dict[str, Any]] = {}
    for doc in docs:
        for p in doc.places:
            if p.lat is None or p.lon is None:
                continue
            key = p.place_id or f"{p.lat:.4f},{p.lon:.4f}"
            point = points.setdefault(
                key,
                {"name": p.name, "lat": p.lat, "lon": p.lon, "country": p.country, "mentions": 0},
            )
            point["mentions"] += 1
    return sorted(points.values(), key=lambda pt: (-pt["mentions"], pt["name"]))


def _bounds(value: str) -> tuple[date, date | None] | None:
    """A day, month or year value as (start, exclusive end of the range or None for a day)."""
    m = _ISO_DAY.match(value)
    if not m:
        return None
    try:
        year = int(m.group(1))
        if m.group(3):
            return date(year, int(m.group(2)), int(m.group(3))), None
        if m.group(2):
            month = int(m.group(2))
            start = date(year, month, 1)
            last = calendar.monthrange(year, month)[1]
            return start, date.fromordinal(start.toordinal() + last)
        return date(year, 1, 1), date(year + 1, 1, 1)
    except ValueError:
        return None


def time_span(value: str | None) -> tuple[str, str | None] | None:
    """Start and end (ISO dates) a timeline can draw, for days, months, years and intervals
    ``a/b`` of those; None for durations, weeks and unanchored values."""
    if not value:
        return None
    if "/" in value:
        first, _, second = value.partition("/")
        a, b = _bounds(first), _bounds(second)
        if a is None or b is None:
            return None
        return a[0].isoformat(), (b[1] or b[0]).isoformat()
    one = _bounds(value)
    if one is None:
        return None
    return one[0].isoformat(), one[1].isoformat() if one[1] else None


def timeline_items(docs: Sequence[Document]) -> list[dict[str, Any]]:
    """The story's documents on their publication dates and the dates their text mentions."""
    items: list[dict[str, Any]] = []
    for doc in docs:
        if doc.published is not None:
            day = doc.published.value
            items.append(
                {
                    "group": "documents",
                    "start": day.isoformat()[:10],
                    "text": doc.title or doc.id,
                    "lang": doc.lang,
                    "href": "/documents/" + quote(doc.id, safe=""),
                }
            )
        seen: set[str] = set()
        for t in doc.times:
            span = time_span(t.value)
            if span is None or t.value in seen:
                continue
            seen.add(t.value or "")
            item = {
                "group": "mentions",
                "start": span[0],
                "text": doc.text[t.start : t.end],
                "value": t.value,
                "lang": doc.lang,
                "href": "/documents/" + quote(doc.id, safe=""),
            }
            if span[1]:
                item["end"] = span[1]
            items.append(item)
    return items


def graph(detail: EntityDetail) -> dict[str, Any]:
    """The entity and the entities it shares documents with, as nodes and weighted edges."""
    centre = detail.summary
    nodes = [
        {
            "id": centre.key,
            "label": centre.name,
            "type": centre.type,
            "size": centre.documents,
            "href": entity_path(centre.key),
            "centre": True,
        }
    ]
    edges = []
    for other, shared in detail.related:
        nodes.append(
            {
                "id": other.key,
                "label": other.name,
                "type": other.type,
                "size": other.documents,
                "href": entity_path(other.key),
                "centre": False,
            }
        )
        edges.append({"source": centre.key, "target": other.key, "weight": shared})
    return {"nodes": nodes, "edges": edges}
