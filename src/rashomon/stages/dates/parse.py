"""Our own small date layer for en/ar/fa news text.

dateparser's ``search_dates`` misreads Arabic sentences, and plain parsing misses Jalali
months, Levantine month names and Arabic-Indic digits, so this module matches a few explicit
patterns over text folded by :func:`rashomon.text.normalize.normalize` (which also turns
Arabic-Indic and Persian digits into ASCII): day-month-year and month-day-year with month
names in Gregorian, Solar Hijri (Jalali) and lunar Hijri calendars, numeric dates (ISO,
``1396/08/28``, ``19/11/2017``), and relative expressions (``24 days ago``, ``منذ 3 أيام``,
``۲ روز پیش``, ``yesterday``). Converts with jdatetime and hijridate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import jdatetime
from hijridate import Hijri

from ...text.normalize import normalize
from . import lang

PERSIAN_LETTERS = frozenset("پچژگکی")


@dataclass(frozen=True, slots=True)
class FoundDate:
    value: date
    calendar: str  # gregorian / jalali / hijri
    ambiguous: bool = False  # day/month order guessed


def _alternation(names: object) -> str:
    folded = sorted({normalize(str(n)) for n in names}, key=len, reverse=True)  # type: ignore[attr-defined]
    return "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in folded)


_MONTH_BY_FOLDED: dict[str, list[tuple[str, int]]] = {}
for _name, _value in lang.MONTHS.items():
    _MONTH_BY_FOLDED.setdefault(normalize(_name), [])
    if _value not in _MONTH_BY_FOLDED[normalize(_name)]:
        _MONTH_BY_FOLDED[normalize(_name)].append(_value)

_M = _alternation(lang.MONTHS)
_B = r"(?<![\w])"  # word start that also works for Arabic script
_E = r"(?![\w])"
_ORD = r"(?:st|nd|rd|th)?"
_YEAR_TAIL = r"(?P<tail>\s*(?:ه\.?\s*ش|ه\.?\s*ق|ه(?![\w])|م(?![\w])|ad(?![\w]))?)"

# The month named twice: "19 نوفمبر/تشرين الثاني 2017", "3 يناير (كانون الثاني) 2020".
_ALSO = rf"(?:\s*/\s*(?:{_M})|\s*\(\s*(?:{_M})\s*\))?"
# "19 November 2017", "19th of November, 2017", "27. Oktober 2021", "5 de junio de 2019"
_DMY = re.compile(
    rf"{_B}(?P<d>\d{{1,2}}){_ORD}\.?\s*(?:of\s+|de\s+)?(?P<m>{_M}){_ALSO}\.?,?\s*(?:de\s+)?"
    rf"(?P<y>\d{{4}})(?!\d){_YEAR_TAIL}"
)
_MDY = re.compile(
    rf"{_B}(?P<m>{_M})\.?\s+(?P<d>\d{{1,2}}){_ORD},?\s+(?P<y>\d{{4}})(?!\d){_YEAR_TAIL}"
)
_YMD = re.compile(
    rf"{_B}(?P<y>\d{{4}})(?P<sep>[-/.])(?P<m>\d{{1,2}})(?P=sep)(?P<d>\d{{1,2}}){_E}{_YEAR_TAIL}"
)
_DMY_NUM = re.compile(
    rf"{_B}(?P<a>\d{{1,2}})(?P<sep>[-/.])(?P<b>\d{{1,2}})(?P=sep)(?P<y>\d{{4}})(?!\d){_YEAR_TAIL}"
)
_DM = re.compile(rf"{_B}(?P<d>\d{{1,2}}){_ORD}\s*(?:of\s+)?(?P<m>{_M}){_E}{_ALSO}")
_MD = re.compile(rf"{_B}(?P<m>{_M})\.?\s+(?P<d>\d{{1,2}}){_ORD}(?!\d)")
_COMPACT = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)(?!\d)")

_UNIT = _alternation(lang.UNITS)
_NUMBER = rf"(?:\d{{1,3}}|{_alternation(lang.NUMBER_WORDS)})"
_AGO_AFTER = _alternation(lang.AGO_AFTER)
_AGO_BEFORE = _alternation(lang.AGO_BEFORE)
_REL_AFTER = re.compile(rf"{_B}(?P<n>{_NUMBER})\s*(?P<u>{_UNIT})\s+(?:{_AGO_AFTER}){_E}")
_REL_BEFORE = re.compile(rf"{_B}(?:{_AGO_BEFORE})\s+(?P<n>{_NUMBER})?\s*(?P<u>{_UNIT}){_E}")
_REL_DUAL = re.compile(rf"{_B}(?:{_AGO_BEFORE})\s+(?P<u>{_alternation(lang.DUALS)}){_E}")
_REL_DAY = re.compile(rf"{_B}(?P<w>{_alternation(lang.DAY_WORDS)}){_E}")

_UNIT_BY_FOLDED = {normalize(k): v for k, v in lang.UNITS.items()}
_NUMBER_BY_FOLDED = {normalize(k): v for k, v in lang.NUMBER_WORDS.items()}
_DUAL_BY_FOLDED = {normalize(k): v for k, v in lang.DUALS.items()}
_DAY_BY_FOLDED = {normalize(k): v for k, v in lang.DAY_WORDS.items()}
_HIJRI_CONTEXT = re.compile(_alternation(lang.HIJRI_MARKERS[2:]))


def _persian(text: str) -> bool:
    return any(ch in PERSIAN_LETTERS for ch in text)


def to_gregorian(calendar: str, y: int, m: int, d: int) -> date | None:
    """The Gregorian day of ``y-m-d`` in ``calendar`` (gregorian/jalali/hijri), or None."""
    try:
        if calendar == "jalali":
            return jdatetime.date(y, m, d).togregorian()
        if calendar == "hijri":
            return date(*Hijri(y, m, d).to_gregorian().datetuple())
        return date(y, m, d)
    except (ValueError, OverflowError):
        return None


def _numeric_calendar(year: int, tail: str, persian: bool, hijri_context: bool) -> str:
    """Which calendar a numeric year belongs to: 13xx/14xx years are Solar or lunar Hijri."""
    tail = tail.replace(" ", "")
    if tail.startswith("هش") or tail.startswith("ه.ش"):
        return "jalali"
    if tail.startswith("ه"):
        return "hijri"
    if 1300 <= year <= 1499:
        if hijri_context and not persian:
            return "hijri"
        return "jalali"
    return "gregorian"


def _month_calendar(
    options: list[tuple[str, int]], year: int, tail: str, persian: bool
) -> tuple[str, int]:
    if len(options) == 1:
        return options[0]
    wanted = "gregorian"
    if 1300 <= year <= 1499:
        wanted = "jalali" if persian and not tail.startswith("ه") else "hijri"
    for option in options:
        if option[0] == wanted:
            return option
    return options[0]


def find_dates(text: str) -> list[tuple[int, FoundDate]]:
    """Every absolute date in ``text`` with its position in the folded text, in order."""
    return [(start, found) for start, _, found in find_date_spans(text)]


def find_date_spans(text: str) -> list[tuple[int, int, FoundDate]]:
    """Every absolute date in ``text`` with its start and end in ``normalize(text)``."""
    folded = normalize(text)
    persian = _persian(text)
    hijri_context = bool(_HIJRI_CONTEXT.search(folded))
    found: list[tuple[int, int, FoundDate]] = []

    def add(match: re.Match[str], value: date | None, calendar: str, ambiguous: bool) -> None:
        # The tail is an era mark ("هـ") or nothing: never the blank after the year.
        start, end = match.start(), (match.end() if match["tail"].strip() else match.start("tail"))
        if value is None or any(s < end and start < e for s, e, _ in found):
            return
        found.append((start, end, FoundDate(value, calendar, ambiguous)))

    for pattern in (_DMY, _MDY):
        for match in pattern.finditer(folded):
            y, d = int(match["y"]), int(match["d"])
            options = _MONTH_BY_FOLDED.get(re.sub(r"\s+", " ", match["m"]), [])
            if not options:
                continue
            calendar, month = _month_calendar(options, y, match["tail"], persian)
            if calendar != "gregorian" and not 1300 <= y <= 1499:
                continue
            add(match, to_gregorian(calendar, y, month, d), calendar, False)
    for match in _YMD.finditer(folded):
        y = int(match["y"])
        calendar = _numeric_calendar(y, match["tail"], persian, hijri_context)
        add(match, to_gregorian(calendar, y, int(match["m"]), int(match["d"])), calendar, False)
    for match in _DMY_NUM.finditer(folded):
        y, a, b = int(match["y"]), int(match["a"]), int(match["b"])
        calendar = _numeric_calendar(y, match["tail"], persian, hijri_context)
        if a > 12 or b > 12:
            day, month = (a, b) if a > 12 else (b, a)
            add(match, to_gregorian(calendar, y, month, day), calendar, False)
        else:
            add(match, to_gregorian(calendar, y, b, a), calendar, a != b)
    found.sort(key=lambda item: item[0])
    return found


def find_day_months(text: str) -> list[tuple[int, int, str, int, int]]:
    """Dates without a year ("Nov. 19", "۱۳ دی", "١٩ تشرين الثاني") as ``(start, end,
    calendar, month, day)`` in the folded text; a full date is not one of them."""
    folded = normalize(text)
    persian = _persian(text)
    full = [(s, e) for s, e, _ in find_date_spans(text)]
    found: list[tuple[int, int, str, int, int]] = []
    for pattern in (_DM, _MD):
        for match in pattern.finditer(folded):
            start, end = match.span()
            options = _MONTH_BY_FOLDED.get(re.sub(r"\s+", " ", match["m"]), [])
            day = int(match["d"])
            if not options or not 1 <= day <= 31:
                continue
            if any(s < end and start < e for s, e in full):
                continue
            calendars = [option[0] for option in options]
            wanted = "jalali" if persian and "jalali" in calendars else calendars[0]
            calendar, month = options[calendars.index(wanted)]
            found.append((start, end, calendar, month, day))
    found.sort()
    return found


def in_window(calendar: str, month: int, day: int, first: date, last: date) -> list[date]:
    """The days between ``first`` and ``last`` that are ``day``/``month`` in ``calendar``."""
    if calendar == "jalali":
        years = range(first.year - 622, last.year - 620)
    elif calendar == "hijri":
        years = range(int((first.year - 623) * 33 / 32), int((last.year - 621) * 33 / 32) + 2)
    else:
        years = range(first.year, last.year + 1)
    days = (to_gregorian(calendar, year, month, day) for year in years)
    return sorted({value for value in days if value is not None and first <= value <= last})


def find_compact(text: str) -> date | None:
    """A ``20171119``-style date (URLs, file names)."""
    match = _COMPACT.search(text)
    return (
        to_gregorian("gregorian", int(match["y"]), int(match["m"]), int(match["d"]))
        if match
        else None
    )


def find_relative(text: str) -> timedelta | None:
    """How long ago a relative expression in ``text`` puts the event, or None."""
    folded = normalize(text)
    for pattern in (_REL_AFTER, _REL_BEFORE, _REL_DUAL, _REL_DAY):
        match = pattern.search(folded)
        if not match:
            continue
        groups = match.groupdict()
        if "w" in groups:
            return timedelta(days=_DAY_BY_FOLDED[match["w"]])
        if pattern is _REL_DUAL:
            count, unit = _DUAL_BY_FOLDED[re.sub(r"\s+", " ", match["u"])]
        else:
            raw = groups.get("n")
            count = 1 if raw is None else (int(raw) if raw.isdigit() else _NUMBER_BY_FOLDED[raw])
            unit = _UNIT_BY_FOLDED[match["u"]]
        return _delta(count, unit)
    return None


def _delta(count: int, unit: str) -> timedelta:
    days = {"weeks": 7, "months": 30, "years": 365}.get(unit)
    if days:
        return timedelta(days=count * days)
    return timedelta(**{unit: count})


def parse_iso(value: str) -> date | datetime | None:
    """An ISO 8601 date or date-time (``2017-11-19``, ``2017-11-19T10:00:00+03:00``)."""
    value = value.strip()
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        pass
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if match:
        return to_gregorian("gregorian", int(match[1]), int(match[2]), int(match[3]))
    return None


def parse_any(value: str) -> date | datetime | None:
    """A date given on its own (a feed field, a meta tag, a dateline): ISO first, then ours."""
    iso = parse_iso(value)
    if iso is not None:
        return iso
    found = find_dates(value)
    return found[0][1].value if found else None


def date_part(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value
