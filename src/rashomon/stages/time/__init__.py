"""Temporal expressions in en/ar/fa news text, as a library (not yet a pipeline stage).

:func:`find_times` finds explicit dates (through the dates layer,
:mod:`rashomon.stages.dates.parse`), months with and without a year, years, decades, quarters
and seasons, relative expressions anchored on the publication date ("yesterday",
"last Sunday", "منذ 3 أيام", "هفته گذشته"), intervals ("from June to the end of August 2014"),
times of day, durations and sets, in the Gregorian, Jalali and Hijri calendars, and returns
:class:`TimeExpression` views (character offsets) into the text with ISO 8601 values.
"""

from __future__ import annotations

from .expression import Calendar, Granularity, TimeExpression
from .find import find_times

__all__ = ["Calendar", "Granularity", "TimeExpression", "find_times"]
