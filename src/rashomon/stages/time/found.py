"""A candidate expression on the folded text, and the helpers that build and normalise one."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from ...text.normalize import normalize
from . import calendars as cal
from .expression import Calendar, Granularity
from .fold import Folded
from .rules import Rules, key, table

# Edge words that put an interval's end on the last day: "to the end of August 2014".
_END_EDGES = frozenset(
    map(normalize, ("the end of", "end of", "late", "نهاية", "أواخر", "پایان", "اواخر", "آخر"))
)
# Arabic broken plurals: "منذ أيام" is "days ago", a count we do not know.
_PLURAL_UNITS = frozenset(
    map(normalize, "أيام ايام أسابيع اسابيع أشهر اشهر شهور سنوات أعوام سنين ساعات دقائق".split())  # noqa: SIM905
)


@dataclass(frozen=True, slots=True)
class Found:
    """A candidate on the folded text, with the days it covers (for intervals)."""

    start: int
    end: int
    value: str | None
    granularity: Granularity
    calendar: Calendar = Calendar.GREGORIAN
    relative: bool = False
    days: tuple[date, date] | None = None
    month: tuple[int, int] | None = (
        None  # (month, day or 0) of a Gregorian date whose year was guessed
    )
    edge: str = ""
    # A clock time or part of day with no day of its own ("at 10 p.m.", "the next morning"):
    # the day it falls on is this many days after the day the story last named (0, 1).
    floating: int | None = None


def day_found(
    start: int, end: int, day: date, relative: bool, calendar: Calendar = Calendar.GREGORIAN
) -> Found:
    return Found(start, end, day.isoformat(), Granularity.DAY, calendar, relative, (day, day))


def month_found(
    start: int,
    end: int,
    year: int,
    month: int,
    relative: bool,
    guessed: bool = False,
    edge: str = "",
) -> Found:
    return Found(
        start, end, cal.month_value(year, month), Granularity.MONTH, Calendar.GREGORIAN, relative,
        cal.month_days(year, month), (month, 0) if guessed else None, edge,
    )  # fmt: skip


def calendar_span(
    start: int,
    end: int,
    days: tuple[date, date] | None,
    calendar: Calendar,
    granularity: Granularity,
    relative: bool = False,
    edge: str = "",
) -> Found | None:
    if days is None:
        return None
    return Found(
        start, end, cal.span_value(*days), granularity, calendar, relative, days, None, edge
    )


def edge(match: re.Match[str]) -> str:
    raw = match.groupdict().get("edge") or match.groupdict().get("pre") or ""
    return "end" if key(raw) in _END_EDGES else ""


def pick_month(options: list[tuple[str, int]], lang: str, year: int | None) -> tuple[str, int]:
    calendars = [o[0] for o in options]
    if year is not None and 1300 <= year <= 1499:
        wanted = "jalali" if lang == "fa" and "jalali" in calendars else "hijri"
    elif year is not None:
        wanted = "gregorian"
    else:
        wanted = "jalali" if lang == "fa" and "jalali" in calendars else calendars[0]
    return options[calendars.index(wanted)] if wanted in calendars else options[0]


def year_of_month(anchor: date, month: int, shift: int) -> int:
    """The year of a month named without one: "last" and "next" say which way; otherwise the
    latest one up to the anchor's month, as news tells what happened ("January" in an October
    story is last January; the caller moves it forward when the clause is in the future)."""
    if shift == 0:
        return anchor.year - (month > anchor.month)
    if shift < 0:
        return anchor.year if month < anchor.month else anchor.year - 1
    if shift > 0:
        return anchor.year if month > anchor.month else anchor.year + 1
    return anchor.year


def shift_unit(
    anchor: date, unit: str, shift: int
) -> tuple[str, Granularity, tuple[date, date] | None]:
    if unit == "week":
        day = anchor + timedelta(weeks=shift)
        monday = day - timedelta(days=day.weekday())
        return cal.week_value(day), Granularity.WEEK, (monday, monday + timedelta(days=6))
    if unit == "month":
        y, m = cal.add_months(anchor, shift)
        return cal.month_value(y, m), Granularity.MONTH, cal.month_days(y, m)
    if unit == "quarter":
        index = anchor.year * 4 + cal.quarter_of(anchor) - 1 + shift
        return f"{index // 4:04d}-Q{index % 4 + 1}", Granularity.QUARTER, None
    if unit == "decade":
        return f"{anchor.year // 10 + shift:03d}", Granularity.DECADE, None
    year = anchor.year + shift
    return f"{year:04d}", Granularity.YEAR, (date(year, 1, 1), date(year, 12, 31))


def cased(lang: str, folded: Folded, original: str, start: int) -> bool:
    """English month and weekday names are capitalised: "may", "march", "sunday" are not."""
    return lang != "en" or original[folded.origin[start]].isupper()


def number(r: Rules, raw: str | None) -> int | None:
    """The count in "two days", 0 for "several days", None when there is none."""
    if raw is None:
        return None
    raw = key(raw)
    if raw.replace(".", "", 1).replace(",", "", 1).isdigit():
        return int(float(raw.replace(",", "."))) or 0
    return table(r.words.NUMBERS).get(raw, 0)


def unit(r: Rules, raw: str, count: int | None) -> tuple[int | None, str]:
    code = table(r.words.UNITS)[key(raw)]
    if code[0].isdigit():  # Arabic duals: "يومين" is two days
        return int(code[0]), code[1:]
    if count is None:
        count = 0 if key(raw) in _PLURAL_UNITS or raw.endswith("s") else 1
    return count, code


def duration(count: int | None, code: str) -> str:
    """ISO 8601 duration: "P3Y", "PT2H", "PXM" for "months" without a count."""
    n = str(count) if count else "X"
    if code == "DE":
        return f"P{n}0Y" if count else "PXDE"
    if code == "CE":
        return f"P{n}00Y" if count else "PXCE"
    if code in ("H", "S", "MIN"):
        return f"PT{n}{code[0]}"
    return f"P{n}{code}"
