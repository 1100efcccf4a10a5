"""One story's events, merged across its documents: each incident once, with every document,
outlet and language that reports it, and what each of them says about it.

:func:`merge_events` is a pure function over the documents of one story (their ``events``,
``places`` and ``times`` as the pipeline stored them). Its rule:

* **Same incident.** Two reports are joined when their event types are compatible (the notion
  of :mod:`rashomon.stages.claims.align`: the same type, or two that one incident can be told
  as — a strike and the killing it caused, a battle and the town it won), their places fit
  (the same place, or a country or region holding the other: "Syria" fits "Al-Bukamal"; two
  different towns never fit), and they share an anchor:

  1. the same place (a town, site or facility, not a country or region): their dates may then
     differ by up to :data:`DATE_WINDOW_DAYS` days and are kept side by side as a conflict
     ("taken on 9 November" vs "on 19 November");
  2. the same day, with no place or date against it;
  3. the same party in the same role (an actor key, or a target key), with no date or place
     against it.

  Joining is checked for the whole group, not the pair, so a chain of weak links never glues
  two towns or two far-apart dates into one incident. A report without any anchor (no place,
  date or party: "the strike was a defensive action", "fighting continued") tells, like a
  pronoun, what its document last told of a compatible type: it joins the nearest earlier
  anchored report of its document unless a report of another kind comes between (the text
  has moved on), else the nearest later one, and otherwise stays alone.
* **Blocking.** Candidates are only reports that share a place, a day or a party key (and,
  for an anchorless report, those of its own document). Each block is walked once, every
  report trying the few groups already formed in that block, so the work grows with the
  number of reports times the (small) number of incompatible groups per block, never with all
  pairs of a large story (12,000 events in one story: about half a CPU-second).
* **What a merged event says.** Its type is the one that absorbs the others (territory taken
  over the fighting that won it, a killing over the strike that caused it; otherwise the most
  reported). Type, actors, targets, place, date and figures are each a :class:`Detail`: every
  value reported, with the documents, outlets and languages that report it. Nothing is
  averaged: a consensus is given only where the reports agree (dates of different precision
  agree, "2017-11" with "2017-11-19", and the more precise one stands; a country with a town
  in it, and the town stands; actors where every report that names actors names them), and a
  detail where two reports disagree (different days, disjoint actors, a party on opposite
  sides, disjoint figures) is marked ``conflict``. Figures are the numbers of the evidence
  sentence outside its time expressions (:func:`rashomon.stages.claims.align.numbers`), kept
  where the sentence speaks of people killed or hurt (``align.casualties``): tolls.
* **Order.** Merged events by date (undated last), then most-reported first, then id; each
  one's reports by outlet, document and position. Ids hash the reports, so they are stable.

Where the events come from and what their roles mean: ``docs/events.md``.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from ..disjoint import DisjointSets
from ..model import Document, Event, PlaceMention
from ..stages.claims.align import _compatible, _dates_agree, casualties, numbers
from ..stages.events import EventType

__all__ = ["DATE_WINDOW_DAYS", "Detail", "MergedEvent", "Report", "Reported", "merge_events"]

DATE_WINDOW_DAYS = 31  # one town, dates further apart than this: different incidents
UNKNOWN_OUTLET = "?"

# Where two types are one incident, the first listed names it (what the extraction absorbs).
_PRIORITY = (
    EventType.TERRITORY,
    EventType.KILLING,
    EventType.CIVILIANS,
    EventType.REMOTE,
    EventType.BATTLE,
)
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_CALENDAR = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass(frozen=True, slots=True)
class Report:
    """One document telling the event: the event's position in ``doc.events`` (the document
    page's ``#event-<index>`` anchor) and its evidence sentence."""

    doc_id: str
    index: int
    outlet: str
    lang: str | None
    start: int
    end: int
    text: str  # the evidence sentence, whitespace folded

    @property
    def ref(self) -> str:
        return f"{self.doc_id}#event-{self.index}"


@dataclass(frozen=True, slots=True)
class Reported:
    """One value of a detail and who reports it."""

    value: str
    name: str  # for display: a place's name, else the value
    documents: tuple[str, ...]
    outlets: tuple[str, ...]
    languages: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Detail:
    """Every value reported for one detail (most reported first); ``consensus`` only where the
    reports agree (one value, or for actors and targets the keys every report names)."""

    values: tuple[Reported, ...] = ()
    consensus: tuple[str, ...] = ()
    conflict: bool = False


@dataclass(frozen=True, slots=True)
class MergedEvent:
    id: str
    type: str
    acled_type: str
    acled_sub_type: str
    plover: str
    types: Detail
    actors: Detail
    targets: Detail
    place: Detail
    date: Detail
    figures: Detail
    reports: tuple[Report, ...]

    @property
    def documents(self) -> tuple[str, ...]:
        return tuple(sorted({r.doc_id for r in self.reports}))

    @property
    def outlets(self) -> tuple[str, ...]:
        return tuple(sorted({r.outlet for r in self.reports}))

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(sorted({r.lang for r in self.reports if r.lang}))

    @property
    def conflicts(self) -> tuple[str, ...]:
        """The details on which reports disagree."""
        details = (("date", self.date), ("actors", self.actors), ("targets", self.targets),
                   ("place", self.place), ("figures", self.figures))  # fmt: skip
        return tuple(name for name, d in details if d.conflict)


@dataclass(frozen=True, slots=True)
class _Place:
    id: str
    name: str
    level: str  # "site" (town, facility), "region" (province, river, area) or "country"
    country: str | None


@dataclass(slots=True)
class _Item:
    report: Report
    event: Event
    kind: EventType | None
    place: _Place | None
    date: str | None
    figures: frozenset[int]


@dataclass(slots=True)
class _Group:
    types: set[str] = field(default_factory=set)
    places: dict[str, _Place] = field(default_factory=dict)
    dates: set[str] = field(default_factory=set)


def merge_events(docs: Iterable[Document]) -> list[MergedEvent]:
    """The events of one story's documents, each incident once (see the module docstring)."""
    items = _items(docs)
    sets: DisjointSets[int] = DisjointSets()
    find = sets.find
    groups = [_group(item) for item in items]

    for link, blocks in _blocks(items):
        for key in sorted(blocks):
            roots: list[int] = []
            for i in blocks[key]:
                mine = find(i)
                for j, other in enumerate(roots):
                    other = roots[j] = find(other)
                    if other == mine:
                        break
                    if _joinable(groups[other], groups[mine], link):
                        sets.attach(mine, other)
                        _absorb(groups[other], groups[mine])
                        break
                else:
                    roots.append(mine)
    for i, j in _antecedents(items):
        a, b = find(j), find(i)
        if a != b and _joinable(groups[a], groups[b], "document"):
            sets.attach(b, a)
            _absorb(groups[a], groups[b])
    members: dict[int, list[_Item]] = defaultdict(list)
    for i, item in enumerate(items):
        members[find(i)].append(item)
    merged = [_merged(group) for group in members.values()]
    return sorted(merged, key=_order)


# -- reports -----------------------------------------------------------------------------------
def _items(docs: Iterable[Document]) -> list[_Item]:
    items = []
    for doc in sorted(docs, key=lambda d: d.id):
        places = {p.place_id: p for p in doc.places if p.place_id}
        for index, e in enumerate(doc.events):
            report = Report(
                doc_id=doc.id,
                index=index,
                outlet=doc.source or UNKNOWN_OUTLET,
                lang=e.lang or doc.lang,
                start=e.evidence_start,
                end=e.evidence_end,
                text=" ".join(doc.text[max(0, e.evidence_start) : max(0, e.evidence_end)].split()),
            )
            kind = _kind(e.type)
            items.append(
                _Item(
                    report=report,
                    event=e,
                    kind=kind,
                    place=_place(e, places),
                    date=_date(e.date),
                    figures=_figures(doc, e),
                )
            )
    return items


def _kind(value: str) -> EventType | None:
    try:
        return EventType(value)
    except ValueError:
        return None


def _place(e: Event, places: dict[str, PlaceMention]) -> _Place | None:
    """The event's place and how wide it is (from the document's gazetteer match; a place
    the document does not resolve counts as a site)."""
    if not e.place:
        return None
    key = e.place.removeprefix("geo:")  # an acting country's entity key, seen in the place role
    found = places.get(key)
    feature = (found.feature if found else None) or ""
    country = found.country if found else None
    name = e.place_name or (found.name if found else None) or key
    if feature == "A/PCLI":
        level = "country"
    elif feature[:2] in ("A/", "L/", "H/", "T/"):
        level = "region"
    else:
        level = "site"
    return _Place(key, name, level, country)


def _date(value: str | None) -> str | None:
    """A calendar date or month or year; a duration ("P10D") or unknown value is no date."""
    if not value:
        return None
    day = value.split("T")[0]
    return day if _CALENDAR.match(day) else None


def _figures(doc: Document, e: Event) -> frozenset[int]:
    """The figures of the evidence sentence, outside its time expressions, where it speaks of
    people killed or hurt ("ten days after" is no toll)."""
    start, end = max(0, e.evidence_start), max(0, e.evidence_end)
    chars = list(doc.text[start:end])
    for t in doc.times:
        for i in range(max(t.start, start), min(t.end, end)):
            chars[i - start] = " "
    said = "".join(chars)
    return numbers(said) if casualties(said) else frozenset()


# -- grouping ----------------------------------------------------------------------------------
def _group(item: _Item) -> _Group:
    g = _Group(types={item.event.type})
    if item.place:
        g.places[item.place.id] = item.place
    if item.date:
        g.dates.add(item.date)
    return g


def _absorb(into: _Group, other: _Group) -> None:
    into.types |= other.types
    into.places.update(other.places)
    into.dates |= other.dates


def _parties(e: Event) -> set[str]:
    return set(e.actors) | set(e.targets)


def _blocks(items: Sequence[_Item]) -> list[tuple[str, dict[str, list[int]]]]:
    """Candidate blocks, strongest anchor first: same site, same day, same party."""
    by_place: dict[str, list[int]] = defaultdict(list)
    by_day: dict[str, list[int]] = defaultdict(list)
    by_party: dict[str, list[int]] = defaultdict(list)
    for i, item in enumerate(items):
        if item.place and item.place.level == "site":
            by_place[item.place.id].append(i)
        if item.date and _DAY.match(item.date):
            by_day[item.date].append(i)
        # a party in the same role: one side's actor named as the other's target is no anchor
        for key in sorted({"actor:" + a for a in item.event.actors}
                          | {"target:" + t for t in item.event.targets}):  # fmt: skip
            by_party[key].append(i)
    return [("place", by_place), ("day", by_day), ("party", by_party)]


def _anchored(item: _Item) -> bool:
    return bool(item.place or item.date or _parties(item.event))


def _antecedents(items: Sequence[_Item]) -> list[tuple[int, int]]:
    """(report without anchor, the report of its document it refers to): the nearest earlier
    one of a compatible type that has an anchor, unless an event of another kind comes between
    (the text has moved on); else the nearest later one (a lead that names the place after a
    first mention)."""
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, item in enumerate(items):
        by_doc[item.report.doc_id].append(i)
    out = []
    for members in by_doc.values():
        for n, i in enumerate(members):
            if _anchored(items[i]):
                continue
            kind = items[i].event.type
            found = None
            for j in reversed(members[:n]):
                if not _types_fit(kind, items[j].event.type):
                    break
                if _anchored(items[j]):
                    found = j
                    break
            if found is None:
                later = (j for j in members[n + 1 :] if _anchored(items[j]))
                found = next((j for j in later if _types_fit(kind, items[j].event.type)), None)
            if found is not None:
                out.append((i, found))
    return out


def _types_fit(a: str, b: str) -> bool:
    if a == b:
        return True
    ka, kb = _kind(a), _kind(b)
    return ka is not None and kb is not None and _compatible(ka, kb)


def _places_fit(a: _Place, b: _Place) -> bool:
    if a.id == b.id:
        return True
    for wide, narrow in ((a, b), (b, a)):
        if wide.level == "country" and narrow.level != "country":
            return wide.country is not None and wide.country == narrow.country
        if wide.level == "region" and narrow.level == "site":
            return wide.country is None or wide.country == narrow.country
    return False


def _start(value: str) -> date:
    parts = [int(p) for p in value.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def _close(a: str, b: str) -> bool:
    try:
        return abs((_start(a) - _start(b)).days) <= DATE_WINDOW_DAYS
    except ValueError:
        return False


def _joinable(a: _Group, b: _Group, link: str) -> bool:
    if not all(_types_fit(x, y) for x in a.types for y in b.types):
        return False
    if not all(_places_fit(x, y) for x in a.places.values() for y in b.places.values()):
        return False
    # Only a shared site holds dates that differ: a shared day or party is itself a weaker
    # anchor, and letting it chain onto a site's spread of dates glues unrelated days.
    dates_fit = _close if link == "place" else _dates_agree
    return all(dates_fit(x, y) for x in a.dates for y in b.dates)


# -- the merged event --------------------------------------------------------------------------
def _merged(items: list[_Item]) -> MergedEvent:
    items = sorted(items, key=lambda it: (it.report.outlet, it.report.doc_id, it.report.index))
    kinds = Counter(it.event.type for it in items)
    chosen = min(kinds, key=lambda k: (-_rank(k), -kinds[k], k))
    codes = Counter(
        (it.event.acled_type, it.event.acled_sub_type, it.event.plover)
        for it in items
        if it.event.type == chosen
    )
    acled_type, acled_sub, plover = min(codes, key=lambda c: (-codes[c], c))
    digest = hashlib.sha1(
        "\n".join(sorted(it.report.ref for it in items)).encode("utf-8")
    ).hexdigest()
    return MergedEvent(
        id="ev-" + digest[:12],
        type=chosen,
        acled_type=acled_type,
        acled_sub_type=acled_sub,
        plover=plover,
        types=_single(items, lambda it: it.event.type, _types_fit, prefer=_rank),
        actors=_parties_detail(items, "actors"),
        targets=_parties_detail(items, "targets"),
        place=_place_detail(items),
        date=_single(items, lambda it: it.date, _dates_agree, prefer=len),
        figures=_figures_detail(items),
        reports=tuple(it.report for it in items),
    )


def _rank(kind: str) -> int:
    """How strongly a type names an incident it shares with others (see ``_PRIORITY``)."""
    values = [k.value for k in _PRIORITY]
    return len(values) - values.index(kind) if kind in values else 0


def _reported(value: str, name: str, items: list[_Item]) -> Reported:
    return Reported(
        value=value,
        name=name,
        documents=tuple(sorted({it.report.doc_id for it in items})),
        outlets=tuple(sorted({it.report.outlet for it in items})),
        languages=tuple(sorted({it.report.lang for it in items if it.report.lang})),
    )


def _values(
    pairs: Iterable[tuple[str, _Item]], names: dict[str, str] | None = None
) -> tuple[Reported, ...]:
    by: dict[str, list[_Item]] = defaultdict(list)
    for value, item in pairs:
        by[value].append(item)
    ordered = sorted(by, key=lambda v: (-len({it.report.doc_id for it in by[v]}), v))
    return tuple(_reported(v, (names or {}).get(v, v), by[v]) for v in ordered)


def _single(
    items: list[_Item],
    get: Callable[[_Item], str | None],
    agree: Callable[[str, str], bool],
    prefer: Callable[[str], int] | None = None,
) -> Detail:
    """A detail with one value per report (type, date): consensus when all pairs agree, the
    ``prefer``-most of them (the most precise date) standing for all."""
    values = _values((v, it) for it in items if (v := get(it)))
    distinct = [r.value for r in values]
    if not distinct or not all(agree(a, b) for a in distinct for b in distinct):
        return Detail(values, (), bool(distinct))
    best = max(distinct, key=lambda v: (prefer(v), v)) if prefer else distinct[0]
    return Detail(values, (best,), False)


def _place_detail(items: list[_Item]) -> Detail:
    places = {it.place.id: it.place for it in items if it.place}
    values = _values(
        ((it.place.id, it) for it in items if it.place), {k: p.name for k, p in places.items()}
    )
    fits = all(_places_fit(a, b) for a in places.values() for b in places.values())
    if not places or not fits:
        return Detail(values, (), bool(places))
    rank = {"site": 0, "region": 1, "country": 2}
    narrow = sorted(places.values(), key=lambda p: (rank[p.level], p.id))
    if sum(1 for p in places.values() if p.level == narrow[0].level) > 1:
        return Detail(values, (), False)  # two regions of one country: no single place
    return Detail(values, (narrow[0].id,), False)


def _parties_detail(items: list[_Item], role: str) -> Detail:
    def keys(it: _Item) -> set[str]:
        return set(it.event.actors if role == "actors" else it.event.targets)

    other = "targets" if role == "actors" else "actors"

    def others(it: _Item) -> set[str]:
        return set(it.event.actors if other == "actors" else it.event.targets)

    values = _values((k, it) for it in items for k in sorted(keys(it)))
    naming = [keys(it) for it in items if keys(it)]
    disjoint = any(not (a & b) for a in naming for b in naming)
    mine = set().union(*naming) if naming else set()
    swapped = any(mine & others(it) for it in items)
    if not naming:
        return Detail(values, (), False)
    if disjoint or swapped:
        return Detail(values, (), True)
    common = set.intersection(*naming)
    return Detail(values, tuple(r.value for r in values if r.value in common), False)


def _figures_detail(items: list[_Item]) -> Detail:
    values = _values((str(n), it) for it in items for n in sorted(it.figures))
    giving = [it.figures for it in items if it.figures]
    if not giving:
        return Detail(values, (), False)
    if any(a != b for a in giving for b in giving):
        disjoint = any(not (a & b) for a in giving for b in giving)
        return Detail(values, (), disjoint)
    return Detail(values, tuple(str(n) for n in sorted(giving[0])), False)


def _order(e: MergedEvent) -> tuple[bool, str, int, str]:
    when = (
        e.date.consensus[0]
        if e.date.consensus
        else min((r.value for r in e.date.values), default="")
    )
    return (not when, when, -len(e.documents), e.id)
