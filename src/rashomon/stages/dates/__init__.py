"""Stage ``dates.publication.v1``: when each document was published, and how we know.

Requires ``text`` and ``source_text``; also reads ``hints`` (``date`` from the input,
``dateline`` from the clean stage), ``markup`` and ``url`` for pages, and ``fetched`` to anchor
relative dates. Assigns ``published``: a :class:`~rashomon.model.PublicationDate` whose
``source`` names the evidence, best first: the input's own date, JSON-LD, meta tags, the URL,
the byline/dateline, htmldate's search of the page, the first lines of the text, then relative
expressions ("24 days ago") anchored on the fetch date (never without one). A date later than
the fetch date (or today) is never accepted.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

from ... import registry
from ...model import ContentKind, DateSource, Document, PublicationDate
from ...pipeline import DocumentStage
from . import page
from .parse import date_part, find_dates, find_relative, parse_any

__all__ = ["PublicationDates"]

EARLIEST = date(1900, 1, 1)
FIRST_LINES = 3
Candidate = tuple[date | datetime | None, DateSource, float]


@registry.stages.register("dates.publication.v1")
class PublicationDates(DocumentStage):
    name = "dates.publication.v1"
    requires = ("text", "source_text")
    assigns = ("published",)

    def process(self, doc: Document) -> None:
        latest = date_part(doc.fetched) if doc.fetched else datetime.now(UTC).date()
        for value, source, confidence in _candidates(doc):
            if value is not None and EARLIEST <= date_part(value) <= latest:
                doc.published = PublicationDate(value, source, confidence)
                return
        doc.published = None


def _candidates(doc: Document) -> Iterator[Candidate]:
    """Evidence in order of trust; computed lazily so cheap evidence short-cuts the rest."""
    if doc.hints.get("date"):
        yield parse_any(doc.hints["date"]), DateSource.INPUT, 1.0
    tree = None
    if doc.content is ContentKind.HTML and doc.markup:
        tree = page.parse(doc.markup)
    if tree is not None:
        yield page.json_ld(tree), DateSource.JSON_LD, 0.95
        yield page.meta(tree), DateSource.META, 0.9
    yield page.from_url(doc.url or doc.origin.url), DateSource.URL, 0.85
    dateline = doc.hints.get("dateline", "")
    if dateline:
        found = find_dates(dateline)
        yield (found[0][1].value if found else None), DateSource.BYLINE, 0.8
    if tree is not None:
        yield from _htmldate(doc, tree)
    head = _first_lines(doc.text if tree is not None else doc.source_text or doc.text)
    found = find_dates(head)
    yield (found[0][1].value if found else None), DateSource.TEXT, 0.6
    if doc.fetched is not None:
        yield from _relative(doc.fetched, [dateline, *_short_lines(head)])


def _htmldate(doc: Document, tree: object) -> Iterator[Candidate]:
    latest = date_part(doc.fetched) if doc.fetched else datetime.now(UTC).date()
    url = doc.url or doc.origin.url
    found = page.htmldate_search(tree, url, latest, extensive=False)  # type: ignore[arg-type]
    if found is not None:
        # htmldate does not say where it looked: a date in the head's meta tags is META,
        # otherwise it came from the page's visible date markup (the byline area).
        in_meta = found in page.meta_values(tree)  # type: ignore[arg-type]
        yield found, (DateSource.META if in_meta else DateSource.BYLINE), 0.75
    yield page.htmldate_search(tree, url, latest, extensive=True), DateSource.TEXT, 0.5  # type: ignore[arg-type]


def _relative(fetched: datetime, texts: list[str]) -> Iterator[Candidate]:
    for text in texts:
        ago = find_relative(text) if text else None
        if ago is not None:
            when = fetched - ago
            # "3 days ago" is only as precise as a day; "2 hours ago" keeps the time.
            yield (when if ago < timedelta(days=1) else when.date()), DateSource.RELATIVE, 0.5


def _first_lines(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()][:FIRST_LINES]
    return "\n".join(lines)


def _short_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if len(line.split()) <= 10]
