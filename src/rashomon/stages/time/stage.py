"""``time.expressions.v1``: every temporal expression of a document, as :class:`TimeMention`.

Each stretch of sentences in one language is read with that language's rules, so a mixed
Persian and English article gets both kinds right. Relative expressions ("yesterday", "last
Sunday", "9 November") are anchored on the publication date, else the fetch date, else — for
an undated page — the latest explicit full date the text itself gives (the report's own
reference day, as a reader would take it). Requires ``text``, ``segments`` and ``published``;
assigns ``times``.
"""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from ... import registry
from ...model import Document, TimeMention
from ...pipeline import DocumentStage
from .expression import Granularity
from .find import find_times

_LANGS = frozenset({"en", "ar", "fa"})


@registry.stages.register("time.expressions.v1")
class TimeExpressions(DocumentStage):
    name: ClassVar[str] = "time.expressions.v1"
    requires: ClassVar[tuple[str, ...]] = ("text", "segments", "published")
    assigns: ClassVar[tuple[str, ...]] = ("times",)

    def process(self, doc: Document) -> None:
        runs = [r for r in doc.language_runs() if r[2] in _LANGS]
        anchor = doc.anchor_date or _latest_explicit_day(doc.text, runs)
        times = []
        for start, end, lang in runs:
            for t in find_times(doc.text[start:end], lang, anchor):
                times.append(
                    TimeMention(
                        start + t.start,
                        start + t.end,
                        t.value,
                        t.granularity.value,
                        t.calendar.value,
                        t.relative,
                        self.name,
                    )
                )
        doc.times = times


def _latest_explicit_day(text: str, runs: list[tuple[int, int, str]]) -> date | None:
    days = [
        date.fromisoformat(t.value)
        for start, end, lang in runs
        for t in find_times(text[start:end], lang, None)
        if t.granularity is Granularity.DAY and not t.relative and t.value and len(t.value) == 10
    ]
    return max(days, default=None)
