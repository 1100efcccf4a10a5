"""The date in a page's byline, found in its visible text (one block per line).

A page shows many dates: today's date in the masthead ("Tuesday, January 15, 2008 Weather:
..."), dates of related stories in the sidebar, of comments, the copyright year. The one that
belongs to the article sits next to its headline, in the short lines between the title and the
first paragraph ("By John Ley / Last Updated: 7:08am GMT 10/01/2008"), or just above it, or
follows a label ("Published: ...", "تاريخ النشر"). This works on the text and title the clean
stage found, so it needs no second parse.
"""

from __future__ import annotations

import re
from datetime import date

from ...text.normalize import normalize
from . import lang
from .parse import find_date_spans, find_dates

BELOW = 6  # lines under the headline that may hold the byline
ABOVE = 2  # lines over it (kicker, date, author)
SHORT = 15  # words: a byline, not a paragraph
LEAD = 30  # characters: a dateline that opens the first paragraph ("Dec. 6, 2004 - ...")
MIN_TITLE = 15  # characters, so a short menu line does not pass for the headline
_SEPARATORS = re.compile(r"\s+[-|–—:·»]+\s+")
_RELATED = tuple(normalize(label) for label in lang.RELATED_LABELS)
_PUBLISHED = re.compile("|".join(re.escape(normalize(label)) for label in lang.PUBLISHED_LABELS))


def near_title(lines: list[str], title: str) -> date | None:
    """The first date in the byline lines around the headline."""
    start = _headline(lines, title.strip())
    if start is None:
        return None
    for line in lines[start + 1 : start + 1 + BELOW]:
        if _opens_related(line):
            break
        found = find_dates(line)
        if _short(line):
            if found:
                return found[0][1].value
            continue
        # The first paragraph: a date only counts as its dateline, and the byline is over.
        if found and found[0][0] < LEAD:
            return found[0][1].value
        break
    for line in reversed(lines[max(0, start - ABOVE) : start]):
        found = find_dates(line) if _short(line) else []
        if found:
            return found[0][1].value
    return None


def _short(line: str) -> bool:
    """A byline, not a paragraph: few words besides its dates (a Hijri date with its
    Gregorian equivalent, "الاثنين 28 جمادى الآخرة 1443 هـ الموافق 31 يناير 2022 م", is
    twelve words by itself)."""
    words = len(line.split())
    if words <= SHORT:
        return True
    if words > 3 * SHORT:
        return False
    dated = sum(len(line[start:end].split()) for start, end, _ in find_date_spans(line))
    return words - dated <= SHORT


def byline_lines(lines: list[str], title: str) -> list[str]:
    """The short lines around the headline, where a byline stands ("3 hours ago" included)."""
    start = _headline(lines, title.strip())
    if start is None:
        return []
    around = [*lines[max(0, start - ABOVE) : start], *lines[start + 1 : start + 1 + BELOW]]
    return [line for line in around if len(line.split()) <= SHORT]


def labelled(lines: list[str]) -> date | None:
    """The first date a short line introduces as the publication date ("Posted on ...")."""
    for line in lines:
        if len(line.split()) > SHORT:
            continue
        label = _PUBLISHED.search(normalize(line))
        if label is None:
            continue
        for position, found in find_dates(line):
            if position > label.start():
                return found.value
    return None


def _opens_related(line: str) -> bool:
    folded = normalize(line)
    return len(folded.split()) <= 6 and folded.startswith(_RELATED)


def _headline(lines: list[str], title: str) -> int | None:
    """Index of the line that carries the title (titles often add " - Site Name")."""
    # "Headline - Section - Site": the headline is the title's longest part.
    headline = max(_SEPARATORS.split(title), key=len).strip()
    if len(headline) < MIN_TITLE:
        return None
    for i, line in enumerate(lines):
        text = line.strip()
        if headline in text and len(text) <= 2 * len(headline) + LEAD:
            return i
        # A line inside the headline must be most of it: a short menu line is not it.
        if len(text) >= MIN_TITLE and text in headline and 2 * len(text) >= len(headline):
            return i
    return None
