"""``find_times``: every temporal expression of a text, normalised against an anchor."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import cache

from ...text.normalize import normalize
from . import calendars as cal
from .absolute import absolute_candidates, day_ranges
from .expression import Calendar, Granularity, TimeExpression
from .found import Found, shift_unit
from .lang import LANGUAGES
from .relative import relative_candidates
from .rules import Rules, key, rules, table

# Relative expressions step from the anchor by months and years either way; an anchor at the
# ends of the calendar (a junk WARC-Date of year 1, a text dated 9999) would step off it, and no
# news report is dated there: such an anchor is treated as none.
ANCHOR_RANGE = (date(1000, 1, 1), date(8999, 12, 31))
# Where two candidates overlap the longer wins; on a tie, the earlier kind in this order.
_RANK = {g: i for i, g in enumerate(Granularity)}
_STRONG_JOINS = frozenset(
    map(normalize, ("to", "until", "till", "through", "-", "–", "تا", "حتى", "إلى", "الى"))
)


def find_times(text: str, lang: str, anchor: date | None) -> list[TimeExpression]:
    """Temporal expressions in ``text`` (``lang`` is ``en``, ``ar`` or ``fa``), in order.

    Relative expressions ("yesterday", "last week", "يوم الأحد") are resolved against
    ``anchor``, the publication date; without one their ``value`` is None. A bare weekday
    or month is the most recent such one up to the anchor (the news convention), the coming
    one when its clause is in the future tense ("will", "سيعقد", "برگزار می‌شود") or names a
    deadline ("until Tuesday"); a month is also the coming one when it is the anchor's next.
    In Persian, relative months and years ("ماه گذشته", "امسال", "سه سال پیش") are Jalali.
    """
    if lang not in LANGUAGES:
        raise ValueError(f"find_times supports {', '.join(LANGUAGES)}, not {lang!r}")
    if anchor is not None and not ANCHOR_RANGE[0] <= anchor <= ANCHOR_RANGE[1]:
        anchor = None
    r = rules(lang)
    folded, found = absolute_candidates(text, lang, anchor)
    found += day_ranges(r, lang, folded, text, anchor)
    found += relative_candidates(r, lang, folded, text, anchor)
    selected = [_trim(folded.text, item) for item in _select(found)]
    chosen = _intervals(
        r, folded.text, _clock_days(r, folded.text, _named_days(folded.text, selected))
    )
    if lang == "en":
        chosen = _anaphora(r, folded.text, chosen)
    out = []
    for item in chosen:
        start, end = folded.span(item.start, item.end)
        out.append(
            TimeExpression(
                start, end, text[start:end], item.value, item.granularity, item.calendar,
                item.relative,
            )
        )  # fmt: skip
    return out


def _select(found: list[Found]) -> list[Found]:
    chosen: list[Found] = []
    for item in sorted(
        found, key=lambda c: (c.start - c.end, c.relative, _RANK[c.granularity], c.start)
    ):
        if all(item.end <= c.start or c.end <= item.start for c in chosen):
            chosen.append(item)
    return sorted(chosen, key=lambda c: c.start)


# A preposition before an expression is not part of it ("in 1998", "on Sunday", "في مارس").
_LEADING = re.compile(
    "(?:"
    + "|".join(
        map(
            normalize,
            ["in", "on", "at", "since", "by", "until", "of", "في", "حتى", "خلال", "در", "از", "تا"],
        )
    )
    + r")\s+(?=\S)"
)


def _trim(f: str, item: Found) -> Found:
    lead = _LEADING.match(f, item.start, item.end)
    return replace(item, start=lead.end()) if lead else item


_DAY_GAP = re.compile(r"^[\s,،]*$")
_DAYS = (Granularity.DAY, Granularity.TIME)


def _named_days(f: str, chosen: list[Found]) -> list[Found]:
    """ "Monday, Oct. 26", "الثلاثاء 25 يناير", "امروز سه‌شنبه": a weekday (or "today") next to
    the date it names is one expression, with the date's value (and the weekday's part of day:
    "مساء الخميس 17 تشرين الأول" is that evening)."""
    out: list[Found] = []
    for item in chosen:
        prev = out[-1] if out else None
        if (
            prev
            and prev.granularity in _DAYS
            and item.granularity in _DAYS
            and prev.days
            and item.days
            and (prev.relative or item.relative)
            and prev.days[0].weekday() == item.days[0].weekday()
            and _DAY_GAP.match(f[prev.end : item.start])
        ):
            if prev.days[0] == item.days[0]:  # "امروز سه‌شنبه", "روز یکشنبه ۲۸ آبان": both say it
                named, dated = (
                    (prev, item) if _is_date(item) and not _is_date(prev) else (item, prev)
                )
            elif _is_date(item) and not _is_date(prev):
                named, dated = prev, item
            elif _is_date(prev) and not _is_date(item):
                named, dated = item, prev
            else:
                out.append(item)
                continue
            value = dated.value
            part = (named.value or "").partition("T")[2]
            if dated.granularity == Granularity.DAY and part and value:
                value = f"{value}T{part}"
            out[-1] = replace(
                dated,
                start=prev.start,
                end=item.end,
                value=value,
                granularity=Granularity.TIME if value and "T" in value else dated.granularity,
                relative=dated.relative,
            )
            continue
        out.append(item)
    return out


def _is_date(item: Found) -> bool:
    """A day given by its date ("25 يناير", "Oct. 26"), not by a weekday name."""
    return not item.relative or item.month is not None or item.calendar != Calendar.GREGORIAN


_CLOCK_GAP = re.compile(r"^\s*(?:(?:[ecmp][sd]t|et|gmt|utc|local time)\s*)?(?:,|on|at)?\s*$")


def _clock_days(r: Rules, f: str, chosen: list[Found]) -> list[Found]:
    """ "10 p.m. Wednesday", "Friday at noon": the clock time on that day. A part of a day
    next to a stated date ("فجر الجمعة 3 يناير 2020", "بامداد جمعه ۱۳ دی ۱۳۹۸") is that part
    of the date even without an anchor: the date itself says which day it is."""
    out: list[Found] = []
    for item in chosen:
        prev = out[-1] if out else None
        pair = (prev, item) if prev else None
        if pair and _CLOCK_GAP.match(f[pair[0].end : pair[1].start]):
            kinds = {pair[0].granularity, pair[1].granularity}
            clock = next((c for c in pair if c.granularity == Granularity.TIME), None)
            day = next((c for c in pair if c.granularity == Granularity.DAY), None)
            if kinds == {Granularity.TIME, Granularity.DAY} and clock and day and day.days:
                tail = (clock.value or "").partition("T")[2]
                if not clock.value and day.value and _is_date(day):
                    tail = _day_part(r, f[clock.start : clock.end])
                value = f"{day.days[0].isoformat()}T{tail}" if day.value and tail else None
                out[-1] = replace(
                    clock,
                    start=pair[0].start,
                    end=pair[1].end,
                    value=value,
                    days=day.days,
                    relative=day.relative,
                    floating=None,
                )
                continue
        out.append(item)
    return out


def _day_part(r: Rules, f: str) -> str:
    """The part-of-day code ("MO", "EV") a word in ``f`` names, or ""."""
    for word, code in sorted(table(r.words.DAY_PARTS).items(), key=lambda kv: -len(kv[0])):
        pattern = re.escape(word).replace(r"\ ", r"\s+")
        if re.search(rf"(?<!\w){pattern}(?!\w)", f):
            return code
    return ""


def _intervals(r: Rules, f: str, chosen: list[Found]) -> list[Found]:
    """Join "from June to the end of August 2014" and "بين ... و ..." into one interval."""
    out: list[Found] = []
    for item in chosen:
        prev = out[-1] if out else None
        joined = _join(r, f, prev, item) if prev else None
        if joined:
            out[-1] = joined
        else:
            out.append(item)
    return out


def _join(r: Rules, f: str, a: Found, b: Found) -> Found | None:
    spans = (Granularity.DAY, Granularity.MONTH, Granularity.YEAR, Granularity.SEASON)
    if a.granularity not in spans or b.granularity not in spans or not a.days or not b.days:
        return None
    gap = f[a.end : b.start]
    if not r.interval_join.match(gap):
        return None
    opener = r.interval_open.search(f[max(0, a.start - 12) : a.start])
    inside = r.interval_open_inside.match(f, a.start)
    if (
        not opener
        and not inside
        and not (key(gap.strip()) in _STRONG_JOINS and a.granularity == b.granularity)
    ):
        return None
    start = (
        a.start - (len(f[max(0, a.start - 12) : a.start]) - opener.start()) if opener else a.start
    )
    if a.month and not b.month and a.calendar == b.calendar == Calendar.GREGORIAN:
        a = _with_year(a, b.days[1].year - (1 if a.month[0] > b.days[1].month else 0))
    if a.days is None or a.days[0] > b.days[1]:
        return None
    if a.calendar == b.calendar == Calendar.GREGORIAN and a.value and b.value:
        end_value = b.days[1].isoformat() if b.edge == "end" else b.value
        value = f"{a.value}/{end_value}"
    else:
        value = cal.span_value(a.days[0], b.days[1])
    calendar = a.calendar if a.calendar != Calendar.GREGORIAN else b.calendar
    return Found(
        start, b.end, value, Granularity.INTERVAL, calendar, a.relative and b.relative,
        (a.days[0], b.days[1]),
    )  # fmt: skip


def _with_year(a: Found, year: int) -> Found:
    if a.month is None:
        return a
    month, day = a.month
    if day:
        try:
            target = date(year, month, day)
        except ValueError:
            return a
        return replace(a, value=target.isoformat(), days=(target, target), relative=False)
    return replace(
        a, value=cal.month_value(year, month), days=cal.month_days(year, month), relative=False
    )


_ANAPHORA_UNITS = ("year", "month", "week", "day")
_REF_KINDS = {
    "year": (Granularity.YEAR, Granularity.MONTH, Granularity.DAY, Granularity.TIME),
    "month": (Granularity.MONTH, Granularity.DAY, Granularity.TIME),
    "week": (Granularity.DAY, Granularity.TIME),
    "day": (Granularity.DAY, Granularity.TIME),
}


def _anaphora(r: Rules, f: str, chosen: list[Found]) -> list[Found]:
    """ "that year", "later that day", "the following year", "the previous Friday": told from
    the date the story last named, not from its publication ("On May 22, 1995, he was made a
    general, and the following year..." is 1996). With no date named before, left as found."""
    weekdays = "|".join(sorted(r.weekdays, key=len, reverse=True))
    pattern = _anaphora_pattern(weekdays)
    out = [_float(chosen, i) for i in range(len(chosen))]
    for m in pattern.finditer(f):
        unit = m["u"] if m["u"] else "weekday"
        kinds = _REF_KINDS.get(unit, _REF_KINDS["day"])
        ref = next(
            (
                c
                for c in reversed(out)
                if c.end <= m.start() and c.days and c.value and c.granularity in kinds
            ),
            None,
        )
        if ref is None or ref.days is None:
            continue
        base = ref.days[0]
        shift = {"following": 1, "previous": -1, "preceding": -1}.get(m["dir"] or "", 0)
        days: tuple[date, date] | None
        if unit in ("weekday", "day"):
            if unit == "weekday" and not shift:
                continue  # "that Friday": left as found
            if unit == "weekday":  # the one before (after) the named day
                weekday = r.weekdays[m["w"]]
                ahead = (weekday - base.weekday()) % 7 or 7
                back = (base.weekday() - weekday) % 7 or 7
                day = base + timedelta(days=ahead if shift > 0 else -back)
            else:
                day = base + timedelta(days=shift)
            value, granularity, days = day.isoformat(), Granularity.DAY, (day, day)
        else:
            value, granularity, days = shift_unit(base, unit, shift)
        item = Found(m.start(), m.end(), value, granularity, Calendar.GREGORIAN, True, days)
        out = [c for c in out if c.end <= m.start() or m.end() <= c.start]
        out.append(item)
        out.sort(key=lambda c: c.start)
    return out


def _float(chosen: list[Found], i: int) -> Found:
    """ "He was shot at 10 p.m.", "dealers bought in the morning": a clock time or part of day
    without a day of its own falls on the day the story last named (or the one after it, for
    "the next morning"); with none named before, on the publication day."""
    item = chosen[i]
    if item.floating is None or not item.value:
        return item
    ref = next(
        (
            c
            for c in reversed(chosen[:i])
            if c.days and c.value and c.floating is None and c.granularity in _DAYS
        ),
        None,
    )
    if ref is None or ref.days is None:
        return item
    day = ref.days[0] + timedelta(days=item.floating)
    part = item.value.partition("T")[2]
    return replace(item, value=f"{day.isoformat()}T{part}", days=(day, day))


@cache
def _anaphora_pattern(weekdays: str) -> re.Pattern[str]:
    return re.compile(
        r"(?<!\w)(?:(?:earlier|later)\s+)?(?:that\s+(?:same\s+)?"
        r"|the\s+(?P<dir>following|previous|preceding)\s+)"
        rf"(?:(?P<u>{'|'.join(_ANAPHORA_UNITS)})|(?P<w>{weekdays}))(?!\w)"
    )
