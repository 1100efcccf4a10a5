"""``time.expressions.v1``: every temporal expression of a document, as :class:`TimeMention`.

Each stretch of sentences in one language is read with that language's rules, so a mixed
Persian and English article gets both kinds right. Relative expressions ("yesterday", "last
Sunday", "9 November") are anchored on the publication date, else the fetch date, else — for
an undated page — the latest explicit full date the text itself gives (the report's own
reference day, as a reader would take it). That day is only the earliest the report can have
been written, so it gives no year to a day named without one ("July 10", "١٠ تموز") unless
the day falls in the month up to it ("9 November" beside "19 November 2017": the same
stretch of news); any other such day keeps no value, as the text does not say which July.
Requires ``text``, ``segments`` and ``published``; assigns ``times``.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import ClassVar

from ... import registry
from ...model import Document, TimeMention
from ...pipeline import DocumentStage
from ..dates.parse import find_dates, find_day_months
from .expression import Granularity
from .find import find_times

_LANGS = frozenset({"en", "ar", "fa"})
NEAR_DAYS = 31  # a year-less day this close before the text's latest date shares its year


@registry.stages.register("time.expressions.v1")
class TimeExpressions(DocumentStage):
    name: ClassVar[str] = "time.expressions.v1"
    requires: ClassVar[tuple[str, ...]] = ("text", "segments", "published")
    assigns: ClassVar[tuple[str, ...]] = ("times",)

    def process(self, doc: Document) -> None:
        runs = [r for r in doc.language_runs() if r[2] in _LANGS]
        anchor = doc.anchor_date
        inferred = anchor is None
        if inferred:
            anchor = _latest_explicit_day(doc.text, runs)
        times = []
        for start, end, lang in runs:
            for t in find_times(doc.text[start:end], lang, anchor):
                value = t.value
                if inferred and anchor and value and t.relative and _yearless_day(t.text):
                    value = value if _just_before(value, anchor) else None
                times.append(
                    TimeMention(
                        start + t.start,
                        start + t.end,
                        value,
                        t.granularity.value,
                        t.calendar.value,
                        t.relative,
                        self.name,
                    )
                )
        doc.times = times


def _just_before(value: str, anchor: date) -> bool:
    """Whether the day ``value`` starts with lies in the ``NEAR_DAYS`` up to ``anchor``."""
    try:
        day = date.fromisoformat(value[:10])
    except ValueError:
        return False
    return timedelta(0) <= anchor - day <= timedelta(days=NEAR_DAYS)


def _yearless_day(surface: str) -> bool:
    """Whether ``surface`` names a day of a month but no year ("July 10", "۱۳ دی")."""
    return bool(find_day_months(surface)) and not find_dates(surface)


def _latest_explicit_day(text: str, runs: list[tuple[int, int, str]]) -> date | None:
    days = [
        date.fromisoformat(t.value)
        for start, end, lang in runs
        for t in find_times(text[start:end], lang, None)
        if t.granularity is Granularity.DAY and not t.relative and t.value and len(t.value) == 10
    ]
    return max(days, default=None)
