"""The value type of the time library: one temporal expression, a view into its text."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Granularity(enum.StrEnum):
    TIME = "time"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    SEASON = "season"
    YEAR = "year"
    DECADE = "decade"
    INTERVAL = "interval"
    DURATION = "duration"  # "three years": value is an ISO 8601 duration (P3Y)
    SET = "set"  # "daily": value is the period (P1D)
    REFERENCE = "reference"  # "now", "recently": TimeML PRESENT_REF / PAST_REF / FUTURE_REF


class Calendar(enum.StrEnum):
    GREGORIAN = "gregorian"
    JALALI = "jalali"
    HIJRI = "hijri"


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """``text[start:end]`` and what it means. ``value`` is ISO 8601 (``2017-11-19``,
    ``2017-W46``, ``2014-06/2014-08-31``, ``P3Y``), or a TimeML extension where ISO has no
    form (``1989-Q3``, ``1989-H2``, ``1998-SU``, ``1991-W08-WE``, ``PRESENT_REF``,
    ``2017-11-19TMO``), or None when the
    expression cannot be normalised (a relative one without an anchor). A Jalali or Hijri
    month or year is given as the interval of Gregorian days it covers."""

    start: int
    end: int
    text: str
    value: str | None
    granularity: Granularity
    calendar: Calendar = Calendar.GREGORIAN
    relative: bool = False
