"""Absolute expressions: dates (from the dates layer), months with and without a year, years
and decades, in the Gregorian, Jalali and Hijri calendars."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

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

    spans = find_date_spans(text) if normalize(text) == f else find_date_spans(f)
    for start, end, date_found in spans:
        out.append(day_found(start, end, date_found.value, False, Calendar(date_found.calendar)))
    for start, end, calendar, month_number, day_number in find_day_months(
        text if normalize(text) == f else f
    ):
        if not cased(lang, folded, text, start if lang != "en" else start) and not any(
            ch.isupper() for ch in text[folded.origin[start] : folded.origin[end - 1] + 1]
        ):
            continue
        if anchor is None:
            out.append(Found(start, end, None, Granularity.DAY, Calendar(calendar), True))
            continue
        near = in_window(
            calendar,
            month_number,
            day_number,
            anchor - timedelta(days=250),
            anchor + timedelta(days=120),
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
        if lang == "fa" and name in ("می", "مه") and pre != "ماه":
            continue
        calendar, month = pick_month(options, lang, None)
        if calendar == "hijri" and pre != "شهر":
            continue
        shift = {"last": -1, "this past": -1, "next": 1, "پارسال": -1}.get(pre or after, 0)
        shift = shift or table(w.SHIFT_AFTER).get(after, 0)
        if anchor is None:
            out.append(Found(m.start(), m.end(), None, Granularity.MONTH, Calendar(calendar), True))
            continue
        if calendar == "gregorian":
            if pre == "this" or (not shift and future(r, f, m.start(), m.end())):
                year = anchor.year if pre == "this" or month >= anchor.month else anchor.year + 1
            else:
                year = year_of_month(anchor, month, shift)
            out.append(
                month_found(m.start(), m.end(), year, month, True, guessed=True, edge=edge(m))
            )
        elif calendar == "jalali":
            jy = cal.jalali_year(anchor)
            days = cal.jalali_days(jy, month)
            if days and shift <= 0 and days[0] > anchor + timedelta(days=31):
                days = cal.jalali_days(jy - 1, month)
            found = calendar_span(
                m.start(), m.end(), days, Calendar.JALALI, Granularity.MONTH, True, edge(m)
            )
            out.extend([found] if found else [])
        else:
            hy = cal.hijri_year(anchor)
            days = cal.hijri_days(hy, month)
            if days and days[0] > anchor + timedelta(days=31):
                days = cal.hijri_days(hy - 1, month)
            found = calendar_span(m.start(), m.end(), days, Calendar.HIJRI, Granularity.MONTH, True)
            out.extend([found] if found else [])

    out.extend(_years(r, lang, f, anchor))
    return folded, out


def _years(r: Rules, lang: str, f: str, anchor: date | None) -> list[Found]:
    out: list[Found] = []
    for m in r.year.finditer(f):
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
