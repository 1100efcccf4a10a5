"""Calendar arithmetic for normalised values: month and week shifts, and the Gregorian days a
Jalali or Hijri month or year covers."""

from __future__ import annotations

from datetime import date, timedelta

import jdatetime
from hijridate import Gregorian, Hijri


def add_months(day: date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def week_value(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def month_days(year: int, month: int) -> tuple[date, date]:
    first = date(year, month, 1)
    y, m = add_months(first, 1)
    return first, date(y, m, 1) - timedelta(days=1)


def jalali_days(year: int, month: int | None) -> tuple[date, date] | None:
    """The Gregorian days of Jalali ``year`` (or of one month of it)."""
    try:
        if month is None:
            first = jdatetime.date(year, 1, 1).togregorian()
            after = jdatetime.date(year + 1, 1, 1).togregorian()
        else:
            first = jdatetime.date(year, month, 1).togregorian()
            nxt = (year, month + 1) if month < 12 else (year + 1, 1)
            after = jdatetime.date(nxt[0], nxt[1], 1).togregorian()
    except (ValueError, OverflowError):
        return None
    return first, after - timedelta(days=1)


def hijri_days(year: int, month: int | None) -> tuple[date, date] | None:
    """The Gregorian days of Hijri ``year`` (or of one month of it)."""
    try:
        start = Hijri(year, month or 1, 1)
        last_month = month or 12
        end = Hijri(year, last_month, Hijri(year, last_month, 1).month_length())
        return date(*start.to_gregorian().datetuple()), date(*end.to_gregorian().datetuple())
    except (ValueError, OverflowError):
        return None


def jalali_year(day: date) -> int:
    return int(jdatetime.date.fromgregorian(date=day).year)


def hijri_year(day: date) -> int:
    """The lunar Hijri year of ``day``. hijridate converts only 1343-1500 AH (1924-2077);
    outside them the year is estimated, and :func:`hijri_days` turns no such year into days."""
    try:
        return int(Gregorian(day.year, day.month, day.day).to_hijri().year)
    except OverflowError:
        return int((day.year - 622) * 33 / 32) + 1


def span_value(first: date, last: date) -> str:
    return f"{first.isoformat()}/{last.isoformat()}"


def jalali_shift(day: date, unit: str, shift: int) -> tuple[date, date] | None:
    """The Gregorian days of the Jalali month or year ``shift`` units from ``day``'s: Iranian
    news means "ماه گذشته" and "سال گذشته" on its own calendar."""
    j = jdatetime.date.fromgregorian(date=day)
    if unit == "year":
        return jalali_days(int(j.year) + shift, None)
    index = int(j.year) * 12 + int(j.month) - 1 + shift
    return jalali_days(index // 12, index % 12 + 1)
