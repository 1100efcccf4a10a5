"""Relative expressions anchored on the publication date: "yesterday", "last Sunday",
"two days ago", "next month", "the third quarter", "this morning", durations and sets."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from . import calendars as cal
from .expression import Calendar, Granularity
from .fold import Folded
from .found import Found, cased, duration, edge, number, shift_unit, unit
from .rules import Rules, fold_word, key, table

_NIGHTS = frozenset(map(fold_word, ("tonight", "last night", "الليلة", "امشب", "دیشب", "شب گذشته")))
_JALALI_SEASON = {"SP": 1, "SU": 4, "FA": 7, "WI": 10}
_SEASON_END = {"SP": 5, "SU": 8, "FA": 11, "WI": 2}


def _weekday(anchor: date, weekday: int, shift: int) -> date:
    back = (anchor.weekday() - weekday) % 7
    if shift < 0:
        return anchor - timedelta(days=back or 7)
    if shift == 1:
        return anchor + timedelta(days=(weekday - anchor.weekday()) % 7 or 7)
    if shift > 1:
        return anchor + timedelta(days=(weekday - anchor.weekday()) % 7)
    return anchor - timedelta(days=back)


# A clause ends at ". ", ";" or "،", but not at the dot of "a.m." or "Mr.".
_STOP = re.compile(
    r"(?<!\b[a-z])(?<!\b[a-z]\.[a-z])(?<!\bmr)(?<!\bdr)(?<!\bst)\.(?:''|[\"”’'])* "
    r"|[?!](?:''|[\"”’'])* |[;،؛]"
)


def _clause(f: str, start: int, end: int) -> str:
    left = max(0, start - 300)
    for m in _STOP.finditer(f, left, start):
        left = m.end()
    stop = _STOP.search(f, end)
    return f[left : stop.start() if stop else len(f)]


# A reporting or past verb right before an English expression: "said Friday that he would".
_PAST_BEFORE = re.compile(
    r"(?:\b(?:said|told|met|held|took|was|were|had|began|came|went|made|saw|left|won|lost)"
    r"|[a-z]ed)\s+(?:on\s+|in\s+|since\s+)?$"
)


_PAST_AUX = re.compile(
    r"\b(?:was|were|had|did|said|told|met|held|took|began|came|went|made|saw|left|won|lost)\b"
)
_MODAL = re.compile(r"\b(?:will|would|could|may|might|can|shall|'ll)\s+$")
# A plan told in the past perfect is over: "had been scheduled to expire at midnight Friday".
_PAST_PLAN = re.compile(r"\bhad\s+(?:been\s+)?(?:scheduled|planned|expected|due)\b")
_YEAR_AGO = re.compile(r"\byear-(?:earlier|ago)\b(?![\s-]+(?:quarter|period|level|month))")
# An earnings story's periods: the last one named before "a year earlier" says what it compares
# ("the third quarter ... a year earlier" is the year-ago quarter, "for the nine months ... a
# year earlier" the year before), and its first named quarter is the one it reports on
# ("the fiscal-first quarter ended Sept. 30 ... the quarter").
_PERIOD = re.compile(
    r"\b(?:(?P<q>quarters?|quarterly)|nine[\s-]+months?|six[\s-]+months?|first\s+half"
    r"|(?:fiscal|full|calendar)[\s-]+year|year\s+ended|for\s+the\s+year)\b"
)
_YEARS_QUARTER = re.compile(
    r"\b(?P<shift>last|this|next)\s+year's\s+(?P<q>first|second|third|fourth)[\s-]+"
    r"(?P<unit>quarter|half)\b"
)
_ORDINAL_QUARTER = re.compile(
    r"\b(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter\b(?![\s-]+of\s+\d)"
)
_QUARTER_NUMBERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2}
_QUARTER_NUMBERS |= {"3rd": 3, "4th": 4}


def _compared(f: str, start: int) -> str:
    """ "quarter" or "year": what the last period named before ``start`` is, "" for none."""
    last = None
    for m in _PERIOD.finditer(f, max(0, start - 1500), start):
        last = m
    if last is None:
        return ""
    return "quarter" if last["q"] else "year"


def _reported_quarter(f: str, anchor: date, shift: int) -> str:
    """The quarter an earnings story reports on (its first named one, else the calendar quarter
    before the story), moved by ``shift + 1`` quarters: -1 is that quarter, -5 a year before."""
    named = _ORDINAL_QUARTER.search(f)
    if named is None:
        return shift_unit(anchor, "quarter", shift)[0]
    q = _QUARTER_NUMBERS[named["q"]]
    index = (anchor.year - (q > cal.quarter_of(anchor))) * 4 + q - 1 + shift + 1
    return f"{index // 4:04d}-Q{index % 4 + 1}"


_DEADLINE_BEFORE = re.compile(r"\b(?:until|till|as soon as)\s+(?:\S+\s+){0,2}$")


def future(r: Rules, f: str, start: int, end: int, lang: str = "") -> bool:
    """Whether the clause around an expression is in the future tense ("will meet on Tuesday").

    English puts the auxiliary before the verb and the verb before the date, so only the clause
    up to the expression counts there, and a past verb right before it wins ("said Friday that
    he would resign": Friday is past; "Wednesday's ruling" too). Arabic marks the future before
    the verb as well; Persian puts ``خواهد`` after it, so the whole clause counts."""
    if lang != "en":
        return bool(r.future.search(_clause(f, start, end)))
    whole = _clause(f, start, end)
    offset = whole.find(f[start:end])
    before = whole[:offset] if offset >= 0 else whole
    if f.startswith("'s", end) or _PAST_BEFORE.search(before) or _PAST_PLAN.search(before):
        return False
    if _DEADLINE_BEFORE.search(before):
        return True  # "until 9 a.m. Tuesday", "postponed until Tuesday morning"
    if not before.strip(" ,") or before.strip() in ("on", "by"):
        return bool(r.future.search(whole))  # "On Tuesday, the league plans to hold..."
    last = max(r.future.finditer(before), key=lambda m: m.end(), default=None)
    if last is None:
        return False
    # A past verb after the future one governs the expression: "it will begin ... to transfer
    # him from the relatives who have cared for him since he was rescued in late November".
    return not _PAST_AUX.search(before, last.end())


def _moved(
    anchor: date, count: int, code: str, sign: int
) -> tuple[str, Granularity, tuple[date, date] | None]:
    if code == "D":
        target = anchor + timedelta(days=sign * count)
        return target.isoformat(), Granularity.DAY, (target, target)
    if code == "W":
        return shift_unit(anchor, "week", sign * count)
    if code == "M":
        return shift_unit(anchor, "month", sign * count)
    if code == "Y":
        return shift_unit(anchor, "year", sign * count)
    if code == "DE":
        return shift_unit(anchor, "decade", sign * count)
    return anchor.isoformat(), Granularity.DAY, (anchor, anchor)  # hours, minutes


def relative_candidates(
    r: Rules, lang: str, folded: Folded, text: str, anchor: date | None
) -> list[Found]:
    w = r.words
    f = folded.text
    out: list[Found] = []

    def add(
        start: int,
        end: int,
        value: str | None,
        granularity: Granularity,
        days: tuple[date, date] | None = None,
        edge: str = "",
    ) -> None:
        # Without an anchor a relative expression is found but not normalised.
        known = anchor is not None
        out.append(
            Found(
                start,
                end,
                value if known else None,
                granularity,
                Calendar.GREGORIAN,
                True,
                days if known else None,
                None,
                edge,
            )
        )

    def add_jalali(start: int, end: int, unit: str, shift: int, edge: str = "") -> bool:
        """A Persian relative month or year, on the Jalali calendar."""
        if lang != "fa" or unit not in ("month", "year") or anchor is None:
            return False
        days = cal.jalali_shift(anchor, unit, shift)
        if days is None:
            return False
        granularity = Granularity.MONTH if unit == "month" else Granularity.YEAR
        out.append(
            Found(start, end, cal.span_value(*days), granularity, Calendar.JALALI, True, days,
                  None, edge)
        )  # fmt: skip
        return True

    # Without an anchor the values are dropped (see add); a stand-in day mid-calendar keeps the
    # arithmetic ("last year", "3 months ago") from stepping off the calendar on the way.
    today = anchor or date(2000, 1, 1)
    shifts = {**table(w.SHIFT_BEFORE), **table(w.SHIFT_AFTER)}
    units = table(w.CAL_UNITS)
    for m in r.calendar_unit.finditer(f):
        shift_word = key(m["shift"] or "")
        after = key(m["after"] or "")
        if not (shift_word or after or m["edge"]) or (shift_word == "in" and not m["edge"]):
            continue
        shift = shifts.get(after, 0) or shifts.get(shift_word, 0)
        if shift_word == "the" and units[key(m["u"])] == "quarter":
            shift = -1
            if anchor and lang == "en":
                add(m.start(), m.end(), _reported_quarter(f, anchor, -1), Granularity.QUARTER)
                continue
        if add_jalali(m.start(), m.end(), units[key(m["u"])], shift, edge(m)):
            continue
        if key(m["u"]) == "weekend" and anchor:
            # TimeML's weekend is "1991-W08-WE": the last one, or the coming one when the
            # clause looks ahead ("next weekend", "will meet this weekend").
            if not shift and future(r, f, m.start(), m.end(), lang):
                shift = 1
            saturday = _weekday(anchor, 5, 0 if shift <= 0 else 2) + timedelta(
                weeks=min(shift, 0) + max(shift - 1, 0)
            )
            monday = saturday - timedelta(days=5)
            add(m.start(), m.end(), f"{cal.week_value(saturday)}-WE", Granularity.WEEK,
                (monday, monday + timedelta(days=6)), edge(m))  # fmt: skip
            continue
        value, granularity, days = (
            shift_unit(today, units[key(m["u"])], shift)
            if anchor
            else (None, Granularity.YEAR, None)
        )
        add(m.start(), m.end(), value, granularity, days, edge(m))

    for m in r.quarter.finditer(f):
        if not (m["q"] or m["shift"] or f.startswith("the", m.start()) or m["y1"] or m["y0"]):
            continue
        if m["unit"] == "period" and m["shift"] not in ("year-ago", "year-earlier") and not m["y1"]:
            continue
        explicit = m["y0"] or m["y1"] or m["y2"]
        half = m["unit"] == "half"
        if m["q"]:
            q = table(w.QUARTERS)[m["q"]]
            if half and q > 2:
                continue
            if explicit:
                year = int(explicit)
            elif anchor and m["shift"] in ("year-ago", "year-earlier"):
                year = anchor.year - 1
            elif anchor:
                current = cal.quarter_of(anchor) if not half else (anchor.month - 1) // 6 + 1
                year = anchor.year - 1 if q > current else anchor.year
            else:
                add(m.start(), m.end(), None, Granularity.QUARTER)
                continue
            value = f"{year:04d}-{'H' if half else 'Q'}{q}"
            out.append(
                Found(
                    m.start(), m.end(), value, Granularity.QUARTER, Calendar.GREGORIAN, not explicit
                )
            )
            continue
        if half and explicit and m["shift"] == "last":  # "the last half of 1989"
            out.append(Found(m.start(), m.end(), f"{explicit}-H2", Granularity.QUARTER))
            continue
        if half:
            continue
        # A company reports on the quarter before the story: "the year-ago quarter" is that
        # quarter a year earlier.
        shift = {"current": 0, "same": 0, "next": 1, "year-ago": -5, "year-earlier": -5}.get(
            m["shift"] or "", -1
        )
        if m["ago"] and shift == -1:
            shift = -5
        if m["y1"] and anchor and not m["shift"]:
            # "the 1988 quarter", "the 1989 period": the reported quarter, in that year; "the
            # 1988 period" after "the first nine months" is that year.
            if m["unit"] == "period" and _compared(f, m.start()) == "year":
                add(m.start(), m.end(), m["y1"], Granularity.YEAR)
                continue
            reported = _reported_quarter(f, anchor, -1)
            add(m.start(), m.end(), f"{m['y1']}{reported[4:]}", Granularity.QUARTER)
            continue
        if anchor and lang == "en" and m["shift"] in (None, "latest", "year-ago", "year-earlier"):
            if shift == -5 and _compared(f, m.start()) == "year" and m["unit"] == "period":
                add(m.start(), m.end(), f"{anchor.year - 1:04d}", Granularity.YEAR)
                continue
            add(m.start(), m.end(), _reported_quarter(f, anchor, shift), Granularity.QUARTER)
            continue
        add(
            m.start(),
            m.end(),
            shift_unit(today, "quarter", shift)[0] if anchor else None,
            Granularity.QUARTER,
        )

    for m in r.season.finditer(f):
        code = table(w.SEASONS)[key(m["s"])]
        shift_word = key(m["shift"] or m.groupdict().get("after") or "")
        if m["y"] and 1300 <= int(m["y"]) < 1500 and lang == "fa":
            # A Jalali season is three whole months: spring is Farvardin to Khordad.
            first = cal.jalali_days(int(m["y"]), _JALALI_SEASON[code])
            last = cal.jalali_days(int(m["y"]), _JALALI_SEASON[code] + 2)
            if first and last:
                out.append(
                    Found(m.start(), m.end(), cal.span_value(first[0], last[1]),
                          Granularity.SEASON, Calendar.JALALI, False, (first[0], last[1]))
                )  # fmt: skip
            continue
        if m["y"]:
            out.append(Found(m.start(), m.end(), f"{m['y']}-{code}", Granularity.SEASON))
            continue
        if not shift_word or shift_word == "the":
            continue
        shift = {"last": -1, "this past": -1, "next": 1, "امسال": 0}.get(
            shift_word, shifts.get(shift_word, 0)
        )
        passed = today.month > _SEASON_END[code] and code != "WI"
        year = today.year + (shift if shift >= 0 else (0 if passed else -1))
        add(m.start(), m.end(), f"{year:04d}-{code}", Granularity.SEASON)

    def add_day(start: int, end: int, day: date, part: str | None) -> None:
        """A day, or a part of it ("Sunday morning": ``2017-11-19TMO``)."""
        if part:
            add(start, end, f"{day.isoformat()}T{part}", Granularity.TIME, (day, day))
        else:
            add(start, end, day.isoformat(), Granularity.DAY, (day, day))

    parts = table(w.DAY_PARTS)
    weekday_shift = {**table(w.WEEKDAY_BEFORE), **table(w.WEEKDAY_AFTER)}
    for m in r.weekday.finditer(f):
        if not cased(lang, folded, text, m.start("w")):
            continue
        shift = weekday_shift.get(key(m["after"] or ""), 0) or weekday_shift.get(
            key(m["pre"] or ""), 0
        )
        if not shift and future(r, f, m.start(), m.end(), lang):
            shift = 2  # on or after the anchor
        target = _weekday(today, r.weekdays[key(m["w"])], shift) if anchor else today
        part = parts.get(key(m["part"] or m.groupdict().get("part0") or ""))
        add_day(m.start(), m.end(), target, part)

    parts = table(w.DAY_PARTS)
    offsets = table(w.DAY_OFFSETS)
    for m in r.day_word.finditer(f):
        word = key(m["w"])
        target = today + timedelta(days=offsets[word]) if anchor else today
        part = parts.get(key(m["part"] or m.groupdict().get("part0") or ""))
        if word in _NIGHTS:
            part = "NI"
        add_day(m.start(), m.end(), target, part)
    for m in r.day_part.finditer(f):
        add(
            m.start(),
            m.end(),
            f"{today.isoformat()}T{parts[key(m['part'])]}",
            Granularity.TIME,
            (today, today),
        )
        if lang == "en" and m[0].startswith("the"):  # "in the morning", "the next morning"
            following = key(m[0]).startswith(("the next", "the following"))
            out[-1] = replace(out[-1], floating=1 if following else 0)
    for m in r.this_year.finditer(f):
        if add_jalali(m.start(), m.end(), "year", table(w.THIS_YEAR)[key(m["w"])]):
            continue
        year = today.year + table(w.THIS_YEAR)[key(m["w"])]
        add(
            m.start(),
            m.end(),
            f"{year:04d}",
            Granularity.YEAR,
            (date(year, 1, 1), date(year, 12, 31)),
        )

    if lang == "en" and anchor is not None:
        for m in _YEARS_QUARTER.finditer(f) if "year's" in f else ():
            # "next year's first quarter", "last year's second half".
            year = anchor.year + {"last": -1, "this": 0, "next": 1}[m["shift"]]
            q = _QUARTER_NUMBERS[m["q"]]
            if m["unit"] == "half" and q > 2:
                continue
            value = f"{year:04d}-{'H' if m['unit'] == 'half' else 'Q'}{q}"
            out.append(Found(m.start(), m.end(), value, Granularity.QUARTER, relative=True))
        for m in _YEAR_AGO.finditer(f):
            # "from a year-earlier $4.5 million": the year-ago quarter in an earnings story.
            if _compared(f, m.start()) == "quarter":
                value, granularity, days = (
                    _reported_quarter(f, anchor, -5),
                    Granularity.QUARTER,
                    None,
                )
            else:
                value, granularity, days = shift_unit(anchor, "year", -1)
            add(m.start(), m.end(), value, granularity, days)

    later = {fold_word(x) for x in w.LATER_AFTER}
    for m in r.ago.finditer(f):
        raw_unit = m["u1"] or m["u2"]
        count, code = unit(r, raw_unit, number(r, m["n1"] or m["n2"]))
        sign = 1 if key(m["post"] or "") in later else -1
        if not count:
            add(m.start(), m.end(), "FUTURE_REF" if sign > 0 else "PAST_REF", Granularity.REFERENCE)
            continue
        if anchor is None:
            add(m.start(), m.end(), None, Granularity.DAY)
            continue
        if code in ("M", "Y") and add_jalali(
            m.start(), m.end(), "month" if code == "M" else "year", sign * count
        ):
            continue
        try:
            value, granularity, days = _moved(anchor, count, code, sign)
        except (OverflowError, ValueError):  # "3000 years ago": off the calendar
            add(m.start(), m.end(), None, Granularity.DAY)
            continue
        if (count, code, sign) == (1, "Y", -1) and _compared(f, m.start()) == "quarter":
            # An earnings story compares with the quarter a year before: "a year earlier".
            value, granularity, days = _reported_quarter(f, anchor, -5), Granularity.QUARTER, None
        add(m.start(), m.end(), value, granularity, days)

    for m in r.duration_after.finditer(f):
        dual = table(w.UNITS)[key(m["u"])][0].isdigit()
        if (m["n"] is None and not dual) or (len(m["n"] or "") > 3 and m["n"].isdigit()):
            continue  # "الشهر الماضي" is last month; "محرم ۱۴۴۶ هفته آینده" is a year
        count, code = unit(r, m["u"], number(r, m["n"]))
        out.append(Found(m.start(), m.end(), duration(count, code), Granularity.DURATION))

    for m in r.quarter_named.finditer(f):
        q = table(w.QUARTER_ORDINALS)[key(m["q"])]
        if m["y"]:
            year = int(m["y"])
        elif anchor is None:
            add(m.start(), m.end(), None, Granularity.QUARTER)
            continue
        else:
            year = anchor.year - (q > cal.quarter_of(anchor))
        out.append(
            Found(m.start(), m.end(), f"{year:04d}-Q{q}", Granularity.QUARTER, Calendar.GREGORIAN,
                  not m["y"])
        )  # fmt: skip

    for m in r.duration.finditer(f):
        count, code = unit(r, m["u"], number(r, m["n"]))
        if (
            m["n"] is None
            and not (m["pre"] and (count == 0 or lang != "en"))  # "لمدة شهر": for a month
            and not table(w.UNITS)[key(m["u"])][0].isdigit()
        ):
            continue
        if (
            lang == "en"
            and key(m[0]) == "one day"
            and _MODAL.search(f, max(0, m.start() - 12), m.start())
        ):
            # "Islam will one day be the second largest religion": some day ahead.
            out.append(
                Found(m.start(), m.end(), "FUTURE_REF", Granularity.REFERENCE, relative=True)
            )
            continue
        if count == 0 and key(m["pre"] or "") in ("in recent", "recent"):
            out.append(Found(m.start(), m.end(), "PAST_REF", Granularity.REFERENCE, relative=True))
            continue
        out.append(Found(m.start(), m.end(), duration(count, code), Granularity.DURATION))

    references = table(w.REFERENCES)
    for m in r.reference.finditer(f):
        out.append(
            Found(m.start(), m.end(), references[key(m[0])], Granularity.REFERENCE, relative=True)
        )
    sets = table(w.SETS)
    for m in r.sets.finditer(f):
        out.append(Found(m.start(), m.end(), sets[key(m[0])], Granularity.SET))

    am_pm = {key(str(x)): 12 for x in w.CLOCK_PM} | {key(str(x)): 0 for x in w.CLOCK_AM}
    for m in r.clock.finditer(f):
        if m["word"]:
            clock = table(w.CLOCK_WORDS)[key(m["word"])]
        else:
            hour, minute = int(m["h"]), int(m["mi"] or 0)
            ap = am_pm.get(key(m["ap"] or "").rstrip("."), am_pm.get(key(m["ap"] or ""), 0))
            if hour > (12 if m["ap"] else 24) or minute > 59:
                continue
            hour = hour % 12 + ap if m["ap"] else hour
            clock = f"{hour:02d}:{minute:02d}"
        add(m.start(), m.end(), f"{today.isoformat()}T{clock}", Granularity.TIME, (today, today))
        if lang == "en":
            out[-1] = replace(out[-1], floating=0)
    return out
