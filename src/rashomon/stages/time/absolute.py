"""Absolute expressions: dates (from the dates layer), months with and without a year, years
and decades, in the Gregorian, Jalali and Hijri calendars."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

import jdatetime

from ...text.normalize import normalize
from ..dates.parse import find_date_spans, find_day_months, in_window, to_gregorian
from . import calendars as cal
from .expression import Calendar, Granularity
from .fold import Folded, fold
from .found import (
    Found,
    calendar_span,
    cased,
    day_found,
    edge,
    month_found,
    pick_month,
    year_of_month,
)
from .relative import future
from .rules import Rules, key, rules, table


def absolute_candidates(text: str, lang: str, anchor: date | None) -> tuple[Folded, list[Found]]:
    r = rules(lang)
    w = r.words
    folded = fold(text)
    f = folded.text
    out: list[Found] = []

    source = text if normalize(text) == f else f
    spans = find_date_spans(source)
    for start, end, date_found in spans:
        out.append(day_found(start, end, date_found.value, False, Calendar(date_found.calendar)))
    for start, end, calendar, month_number, day_number in find_day_months(source):
        if not cased(lang, folded, text, start if lang != "en" else start) and not any(
            ch.isupper() for ch in text[folded.origin[start] : folded.origin[end - 1] + 1]
        ):
            continue
        if anchor is None:
            out.append(Found(start, end, None, Granularity.DAY, Calendar(calendar), True))
            continue
        ended = lang == "en" and _ENDED.search(f, max(0, start - 12), start)
        near = in_window(
            calendar,
            month_number,
            day_number,
            anchor - timedelta(days=366 if ended else 250),
            anchor if ended else anchor + timedelta(days=120),
        )
        if near:
            best = min(near, key=lambda d: (abs((d - anchor).days), d > anchor))
            found_day = day_found(start, end, best, True, Calendar(calendar))
            out.append(
                replace(
                    found_day, month=(month_number, day_number) if calendar == "gregorian" else None
                )
            )

    for m in r.month_year.finditer(f):
        options = r.month_options.get(key(m["m"]).rstrip("."))
        if not options or not cased(lang, folded, text, m.start("m")):
            continue
        year = int(m["y"])
        calendar, month = pick_month(options, lang, year)
        start, end = m.start(), (m.end() if (m["tail"] or "").strip() else m.end("y"))
        if calendar == "gregorian":
            if 1000 <= year <= 2999:
                out.append(month_found(start, end, year, month, False, edge=edge(m)))
        elif calendar == "jalali":
            found = calendar_span(
                start,
                end,
                cal.jalali_days(year, month),
                Calendar.JALALI,
                Granularity.MONTH,
                edge=edge(m),
            )
            out.extend([found] if found else [])
        else:
            found = calendar_span(
                start,
                end,
                cal.hijri_days(year, month),
                Calendar.HIJRI,
                Granularity.MONTH,
                edge=edge(m),
            )
            out.extend([found] if found else [])

    for m in r.bare_month.finditer(f):
        name = key(m["m"])
        options = r.month_options.get(name)
        if not options or not cased(lang, folded, text, m.start("m")):
            continue
        pre = key(m["pre"] or "")
        after = key(m["after"] or "")
        if lang != "en" and not (pre or after):
            continue  # "مارس" is also a verb, "تیر" an arrow, "مهر" a seal
        if lang == "fa" and name in _MAY_FA and pre != "ماه":
            continue
        calendar, month = pick_month(options, lang, None)
        if calendar == "hijri" and pre not in ("شهر", "ماه"):
            continue
        shift = {"last": -1, "this past": -1, "next": 1, "پارسال": -1}.get(pre or after, 0)
        shift = shift or table(w.SHIFT_AFTER).get(after, 0)
        if anchor is None:
            out.append(Found(m.start(), m.end(), None, Granularity.MONTH, Calendar(calendar), True))
            continue
        if calendar == "gregorian":
            ahead = not shift and (
                _deadline(r, f, m.start(), pre)
                or future(r, f, m.start(), m.end(), lang)
                or _next_month(anchor, month)
            )
            if after in _YEAR_AFTER:  # "July last year"
                year = anchor.year + _YEAR_AFTER[after]
            elif pre == "this" or ahead:
                year = anchor.year if pre == "this" or month >= anchor.month else anchor.year + 1
            else:
                year = year_of_month(anchor, month, shift)
            out.append(
                month_found(m.start(), m.end(), year, month, True, guessed=True, edge=edge(m))
            )
        elif calendar == "jalali":
            ahead = not shift and (
                _deadline(r, f, m.start(), pre) or future(r, f, m.start(), m.end(), lang)
            )
            year = _jalali_year_of_month(anchor, month, shift, ahead)
            if after == _THIS_YEAR_FA:
                year = cal.jalali_year(anchor)
            days = cal.jalali_days(year, month)
            found = calendar_span(
                m.start(), m.end(), days, Calendar.JALALI, Granularity.MONTH, True, edge(m)
            )
            out.extend([found] if found else [])
        else:
            end = m.end("m") if after == _THIS_YEAR_FA else m.end()  # "امسال" is found alone
            hy = cal.hijri_year(anchor)
            days = cal.hijri_days(hy, month)
            if days and days[0] > anchor + timedelta(days=31):
                days = cal.hijri_days(hy - 1, month)
            found = calendar_span(m.start(), end, days, Calendar.HIJRI, Granularity.MONTH, True)
            out.extend([found] if found else [])

    if lang == "fa":
        for m in _NOWRUZ.finditer(f):
            found = calendar_span(m.start(), m.end(), cal.jalali_days(int(m["y"]), 1),
                                  Calendar.JALALI, Granularity.DAY)  # fmt: skip
            if found and found.days:
                out.append(day_found(m.start(), m.end(), found.days[0], False, Calendar.JALALI))
    out.extend(_years(r, lang, f, anchor))
    out.extend(_first_days(r, lang, folded, text, anchor))
    out.extend(_days_of_named_months(r, lang, f, anchor))
    return folded, out


def _first_days(r: Rules, lang: str, folded: Folded, text: str, anchor: date | None) -> list[Found]:
    """ "الأول من نيسان", "الأول من شوال 1445 هـ", "اول مهر": the month's first day."""
    out: list[Found] = []
    for m in r.first_day.finditer(folded.text):
        options = r.month_options.get(key(m["m"]))
        if not options or not cased(lang, folded, text, m.start("m")):
            continue
        year = int(m["y"]) if m["y"] else None
        calendar, month = pick_month(options, lang, year)
        end = m.end() if (m["tail"] or "").strip() else (m.end("y") if m["y"] else m.end("m"))
        day = None
        if year is not None:
            day = to_gregorian(calendar, year, month, 1)
        elif anchor is not None and calendar == "hijri":
            near = in_window(
                calendar, month, 1, anchor - timedelta(days=250), anchor + timedelta(days=120)
            )
            day = min(near, key=lambda d: (abs((d - anchor).days), d > anchor)) if near else None
        elif anchor is not None:  # as a bare month: the latest one, or the coming one
            ahead = future(r, folded.text, m.start(), m.end(), lang)
            if calendar == "jalali":
                year = _jalali_year_of_month(anchor, month, 0, ahead)
            else:
                year = year_of_month(anchor, month, 0)
                year += ahead and month < anchor.month
            day = to_gregorian(calendar, year, month, 1)
            year = None
        if day is not None:
            out.append(day_found(m.start(), end, day, year is None, Calendar(calendar)))
    return out


def _days_of_named_months(r: Rules, lang: str, f: str, anchor: date | None) -> list[Found]:
    """ "11 نيسان الماضي": a day of the month that the word after it places."""
    out: list[Found] = []
    if anchor is None:
        return out
    shifts = table(r.words.SHIFT_AFTER)
    for m in r.day_month_after.finditer(f):
        options = r.month_options.get(key(m["m"]))
        shift = shifts.get(key(m["after"]), 0)
        if not options:
            continue
        calendar, month = pick_month(options, lang, None)
        if calendar == "gregorian":
            year = year_of_month(anchor, month, shift)
        elif calendar == "jalali":
            year = _jalali_year_of_month(anchor, month, shift, False)
        else:
            continue
        day = to_gregorian(calendar, year, month, int(m["d"]))
        if day is not None:
            out.append(day_found(m.start(), m.end(), day, True, Calendar(calendar)))
    return out


# Broadcast transcripts spell years out: "in nineteen ninety-one", "the year two thousand".
_UNITS_EN = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS_EN = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
             "seventeen", "eighteen", "nineteen")  # fmt: skip
_TENS_EN = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_SPELLED_NUMBER = (
    {w: i + 1 for i, w in enumerate(_UNITS_EN)}
    | {w: i + 10 for i, w in enumerate(_TEENS_EN)}
    | {w: (i + 2) * 10 for i, w in enumerate(_TENS_EN)}
)
_SPELLED_YEAR = re.compile(
    rf"\b(?:nineteen\s+(?:(?P<tens>{'|'.join(_TENS_EN)})(?:[\s-](?P<unit>{'|'.join(_UNITS_EN)}))?"
    rf"|(?P<teen>{'|'.join(_TEENS_EN)}))"
    rf"|the\s+year\s+two\s+thousand(?:\s+(?:and\s+)?(?P<n>{'|'.join(_UNITS_EN)}|ten))?)\b"
)
_PREFIXED_YEAR = re.compile(r"\b(?:mid|post|pre)-(?P<y>(?:1[0-9]|20)\d\d)(?![\w%/:-]|[.,]\d)")
_SEASON_OF = re.compile(r"\b(?:the\s+)?(?P<s>spring|summer|fall|autumn|winter)\s+of\s+$")
# "the fiscal year ended Jan. 31": a period that has ended, so the latest such day.
_ENDED = re.compile(r"\bended\s+$")
_THIS_YEAR_FA = normalize("امسال")
_YEAR_AFTER = {"last year": -1, "this year": 0, "next year": 1}
# Nowruz is the first day of the Jalali year: "نوروز ۱۴۰۲".
_NOWRUZ = re.compile(
    r"(?<!\w)" + normalize("نوروز") + r"\s+(?:" + normalize("سال") + r"\s+)?(?P<y>\d{4})(?!\d)"
)
# "until January", "by March": a deadline lies ahead.
_AHEAD = frozenset(map(normalize, ("until", "by", "through", "حتى", "تا")))
# "می" and "مه" (May) are also a verb prefix and "fog": only "ماه می" is the month.
_MAY_FA = frozenset(map(normalize, ("می", "مه")))


# "this year through August", "so far through June": a stretch up to a month that has passed.
_SO_FAR = re.compile(r"\b(?:this\s+year|so\s+far|year\s+to\s+date)\s+$")


def _deadline(r: Rules, f: str, start: int, pre: str) -> bool:
    """ "until March" lies ahead, but not the end of "from January until March" nor of "this
    year through August"."""
    return (
        pre in _AHEAD
        and not r.interval_open_inside.search(f, max(0, start - 40), start)
        and not _SO_FAR.search(f, max(0, start - 24), start)
    )


def _next_month(anchor: date, month: int) -> bool:
    """The month after the anchor's is more often the coming one ("in early November" in an
    October story) than one eleven months back."""
    return (month - anchor.month) % 12 == 1


def _jalali_year_of_month(anchor: date, month: int, shift: int, ahead: bool) -> int:
    """As :func:`year_of_month`, on the Jalali calendar: the latest such month up to the
    anchor's, the coming one when the clause looks ahead or it is next month."""
    j = jdatetime.date.fromgregorian(date=anchor)
    year, current = int(j.year), int(j.month)
    if shift < 0:
        return year if month < current else year - 1
    if shift > 0:
        return year if month > current else year + 1
    if month == current:
        return year
    if month < current:
        return year + 1 if ahead else year
    return year if ahead or month == current + 1 else year - 1


def _years(r: Rules, lang: str, f: str, anchor: date | None) -> list[Found]:
    out: list[Found] = []
    if lang == "en":
        spelled = "nineteen " in f or "two thousand" in f
        for m in _SPELLED_YEAR.finditer(f) if spelled else ():
            if m["tens"] or m["teen"]:
                number = _SPELLED_NUMBER[m["tens"] or m["teen"]]
                year = 1900 + number + _SPELLED_NUMBER.get(m["unit"] or "", 0)
            else:
                year = 2000 + _SPELLED_NUMBER.get(m["n"] or "", 0)
            season = _SEASON_OF.search(f, max(0, m.start() - 20), m.start())
            if season:  # "the winter of nineteen ninety-four"
                code = table(r.words.SEASONS)[season["s"]]
                out.append(Found(season.start(), m.end(), f"{year:04d}-{code}", Granularity.SEASON))
                continue
            out.append(Found(m.start(), m.end(), f"{year:04d}", Granularity.YEAR,
                             days=(date(year, 1, 1), date(year, 12, 31))))  # fmt: skip
        prefixed = "mid-" in f or "pre-" in f or "post-" in f
        for m in (
            _PREFIXED_YEAR.finditer(f) if prefixed else ()
        ):  # "mid-1996", "post-1959": the year
            year = int(m["y"])
            out.append(Found(m.start("y"), m.end(), m["y"], Granularity.YEAR,
                             days=(date(year, 1, 1), date(year, 12, 31))))  # fmt: skip
    for m in r.year.finditer(f):
        if not m["pre"] and r.count_after.match(f, m.end()):
            continue
        year, tail = int(m["y"]), key(m["tail"] or "").replace(" ", "")
        end = m.end() if tail else m.end("y")
        if (
            tail.startswith("هش")
            or tail.startswith("ه.ش")
            or (lang == "fa" and 1300 <= year <= 1450 and not tail.startswith("ه"))
        ):
            found = calendar_span(
                m.start(), end, cal.jalali_days(year, None), Calendar.JALALI, Granularity.YEAR
            )
        elif tail.startswith("ه") and 1300 <= year <= 1500:
            found = calendar_span(
                m.start(), end, cal.hijri_days(year, None), Calendar.HIJRI, Granularity.YEAR
            )
        elif 1900 <= year <= 2099 or (m["pre"] and 1000 <= year <= 2099):
            found = Found(
                m.start(),
                end,
                f"{year:04d}",
                Granularity.YEAR,
                days=(date(year, 1, 1), date(year, 12, 31)),
            )
        else:
            continue
        if found:
            out.append(found)
    for m in r.decade.finditer(f):
        d = m["d"] or m.groupdict().get("d2")
        groups = m.groupdict()
        if groups.get("word"):
            century = 19
            digit = table(r.words.DECADE_WORDS)[key(m["word"])]
        elif groups.get("c"):
            century, digit = int(m["c"]), int(d or 0)
        elif lang == "fa":
            century, digit = 13, int(d or 0)
        else:
            century, digit = 19, int(d or 0)
        if century in (13, 14):
            start_year = century * 100 + digit * 10
            first, last = cal.jalali_days(start_year, None), cal.jalali_days(start_year + 9, None)
            if first and last:
                out.append(
                    Found(
                        m.start(),
                        m.end(),
                        cal.span_value(first[0], last[1]),
                        Granularity.DECADE,
                        Calendar.JALALI,
                        False,
                        (first[0], last[1]),
                    )
                )
            continue
        out.append(Found(m.start(), m.end(), f"{century}{digit}", Granularity.DECADE))
    return out


def day_ranges(r: Rules, lang: str, folded: Folded, text: str, anchor: date | None) -> list[Found]:
    """ "3-5 November 2017", "بين 3 و 5 نوفمبر", "از ۱ تا ۵ آبان ۱۳۹۶"."""
    out: list[Found] = []
    for m in r.day_range.finditer(folded.text):
        options = r.month_options.get(key(m["m"]).rstrip(".")) or r.month_options.get(key(m["m"]))
        if not options or not cased(lang, folded, text, m.start("m")):
            continue
        year = int(m["y"]) if m["y"] else None
        calendar, month_number = pick_month(options, lang, year)
        if year is None:
            if anchor is None:
                continue
            year = {
                "gregorian": anchor.year,
                "jalali": cal.jalali_year(anchor),
                "hijri": cal.hijri_year(anchor),
            }[calendar]
        first = to_gregorian(calendar, year, month_number, int(m["d1"]))
        last = to_gregorian(calendar, year, month_number, int(m["d2"]))
        if first is None or last is None or first > last:
            continue
        out.append(
            Found(
                m.start(),
                m.end(),
                cal.span_value(first, last),
                Granularity.INTERVAL,
                Calendar(calendar),
                m["y"] is None,
                (first, last),
            )
        )
    return out
