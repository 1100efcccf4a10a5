"""``time.expressions.v1``: every temporal expression of a document, as :class:`TimeMention`.

Each stretch of sentences in one language is read with that language's rules, anchored on the
document's publication date (its fetch date when it has none), so a mixed Persian and English
article gets both kinds right. Requires ``text``, ``segments`` and ``published``; assigns
``times``.
"""

from __future__ import annotations

from typing import ClassVar

from ... import registry
from ...model import Document, TimeMention
from ...pipeline import DocumentStage
from .find import find_times

_LANGS = frozenset({"en", "ar", "fa"})


@registry.stages.register("time.expressions.v1")
class TimeExpressions(DocumentStage):
    name: ClassVar[str] = "time.expressions.v1"
    requires: ClassVar[tuple[str, ...]] = ("text", "segments", "published")
    assigns: ClassVar[tuple[str, ...]] = ("times",)

    def process(self, doc: Document) -> None:
        anchor = doc.anchor_date
        times = []
        for start, end, lang in doc.language_runs():
            if lang not in _LANGS:
                continue
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
