"""Stage ``dates.publication.v1``: when each document was published, and how we know.

Requires ``text`` and ``source_text``; also reads ``title``, ``hints`` (``date`` from the input,
``dateline`` from the clean stage), ``markup`` and ``url`` for pages, and ``fetched`` to anchor
relative dates. Assigns ``published``: a :class:`~rashomon.model.PublicationDate` whose
``source`` names the evidence, best first: the input's own date; what the page states about
itself (JSON-LD, meta tags, a date in the URL), where a date two of these agree on, or the one
the byline confirms, wins a disagreement; the dateline; the date around the headline, or one
labelled as published; htmldate's search of the page's date markup; the day of writing the
lead states ("اليوم الأحد ١٩ تشرين الثاني ٢٠١٧", "MOSUL, July 10, 2017 (Agency) -": see
:mod:`.lead`; a weekday that contradicts the date lowers the confidence); the first lines of the
text; relative expressions ("24 days ago") anchored on the fetch date (never without one);
last, htmldate's search of the whole page (often only a copyright year).
A date later than the fetch date (or today) is never accepted.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from functools import cache

from ... import registry
from ...model import SCRATCH_HTML_TREE as HTML_TREE
from ...model import ContentKind, DateSource, Document, PublicationDate
from ...pipeline import DocumentStage
from . import page
from .byline import byline_lines, labelled, near_title
from .lead import lead_date
from .parse import date_part, find_dates, find_relative, parse_any

__all__ = ["PublicationDates"]

logger = logging.getLogger(__name__)

EARLIEST = date(1900, 1, 1)
FIRST_LINES = 3
AGREED = 0.04  # confidence added when a second kind of evidence agrees
FETCH_WINDOW = timedelta(days=31)  # a year-less "today, Nov. 19" may take the fetch date's year
WEEKDAY_PENALTY = 0.2
INFERRED_YEAR_PENALTY = 0.1
Candidate = tuple[date | datetime | None, DateSource, float]


@registry.stages.register("dates.publication.v1")
class PublicationDates(DocumentStage):
    name = "dates.publication.v1"
    requires = ("text", "source_text")
    assigns = ("published",)

    def process(self, doc: Document) -> None:
        latest = date_part(doc.fetched) if doc.fetched else datetime.now(UTC).date()
        if latest < EARLIEST:  # a junk crawl date (a WARC-Date of year 1): nothing fits before it
            doc.published = None
            return
        for value, source, confidence in _candidates(doc, latest):
            if value is not None and _plausible(value, latest):
                doc.published = PublicationDate(value, source, confidence)
                return
        doc.published = None


def _plausible(value: date | datetime, latest: date) -> bool:
    return EARLIEST <= date_part(value) <= latest


def _candidates(doc: Document, latest: date) -> Iterator[Candidate]:
    """Evidence in order of trust; computed lazily so cheap evidence short-cuts the rest."""
    if doc.hints.get("date"):
        yield parse_any(doc.hints["date"]), DateSource.INPUT, 1.0
    tree = None
    if doc.content is ContentKind.HTML and doc.markup:
        tree = doc.scratch.get(HTML_TREE)
        if tree is None:
            tree = page.parse(doc.markup)
    head = _first_lines(doc.text if tree is not None else doc.source_text or doc.text)
    dateline = doc.hints.get("dateline", "")

    lines = doc.source_text.splitlines()

    @cache
    def byline() -> date | None:
        return near_title(lines, doc.title or "")

    def witness() -> date | None:
        """What the visible page says, to settle a disagreement among stated dates."""
        found = find_dates(dateline) if dateline else []
        return found[0][1].value if found else byline() or _first_date(head)

    stated: list[Candidate] = []
    if tree is not None:
        stated += [(page.json_ld(tree), DateSource.JSON_LD, 0.95)]
        stated += [(page.meta(tree), DateSource.META, 0.9)]
    stated.append((page.from_url(doc.url or doc.origin.url), DateSource.URL, 0.85))
    yield from _corroborated(stated, witness, latest)
    if dateline:
        yield _first_date(dateline), DateSource.BYLINE, 0.8
    yield byline(), DateSource.BYLINE, 0.8
    yield labelled(lines), DateSource.BYLINE, 0.75
    url = doc.url or doc.origin.url
    if tree is not None:
        found = page.htmldate_search(tree, url, latest, extensive=False)
        # htmldate does not say where it looked: a date in the head's meta tags is META,
        # otherwise it came from the page's visible date markup (the byline area).
        if found is not None:
            in_meta = found in page.meta_values(tree)
            yield found, (DateSource.META if in_meta else DateSource.BYLINE), 0.75
    yield from _lead(doc)
    yield _first_date(head), DateSource.TEXT, 0.6
    if doc.fetched is not None:
        around = byline_lines(lines, doc.title or "")
        yield from _relative(doc.fetched, [dateline, *_short_lines(head), *around])
    if tree is not None:
        # The whole-page search often ends on a copyright year (as 1 January): a last resort.
        yield page.htmldate_search(tree, url, latest, extensive=True), DateSource.TEXT, 0.4


def _corroborated(
    stated: list[Candidate], witness: Callable[[], date | None], latest: date
) -> list[Candidate]:
    """The page's statements about itself, best first. Where they disagree, a date that more
    of them give (counting the visible byline as one more voice) goes first; ties keep the
    order of trust. Agreement between two kinds of evidence raises the confidence."""
    valid = [(v, s, c) for v, s, c in stated if v is not None and _plausible(v, latest)]
    days = [date_part(v) for v, _, _ in valid]
    if len(set(days)) <= 1:
        bonus = AGREED if len(days) > 1 else 0.0
        return [(value, source, min(1.0, conf + bonus)) for value, source, conf in valid]
    seen = witness()
    votes = [days.count(day) + (day == seen) for day in days]
    order = sorted(range(len(valid)), key=lambda i: -votes[i])
    return [
        (valid[i][0], valid[i][1], min(1.0, valid[i][2] + AGREED * (votes[i] - 1))) for i in order
    ]


def _lead(doc: Document) -> Iterator[Candidate]:
    """The day of writing the lead states ("today, Sunday 19 November 2017", a dateline)."""
    windows = [window for window in [page.year_window(doc.url or doc.origin.url)] if window]
    if doc.fetched is not None:
        fetched = date_part(doc.fetched)
        windows.append((fetched - FETCH_WINDOW, fetched))
    found = lead_date(doc.text, windows)
    if found is None:
        return
    confidence = 0.75 if found.dateline else 0.7
    if found.weekday is False:  # "today, Monday 19 November 2017": one of the two is wrong
        logger.debug("lead date %s contradicts its weekday in %s", found.value, doc.origin.label())
        confidence -= WEEKDAY_PENALTY
    if found.year_inferred:
        confidence -= INFERRED_YEAR_PENALTY
    yield found.value, (DateSource.BYLINE if found.dateline else DateSource.TEXT), confidence


def _first_date(text: str) -> date | None:
    found = find_dates(text) if text else []
    return found[0][1].value if found else None


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
