"""The date a lead gives for its own day of writing.

Many pre-extracted articles state their date only in the lead sentence: "أعلن مصدر عسكري اليوم
الأحد ١ ربيع الأول ١٤٣٩هـ الموافق ١٩ تشرين الثاني ٢٠١٧", "امروز یکشنبه 1396/08/28", "said
today, Sunday, Nov. 19, 2017", or a dateline that opens the first paragraph ("DAMASCUS, Nov 19
(Agency) –", "دمشق – ١٩ تشرين الثاني ٢٠١٧:"). Any other date in the lead or deeper in the text
("On Sunday, 19 November 2017, the army declared...") is the date of an event, which may be
days before the article; so only these two forms count:

* a date right after a word for the day of writing ("today", "اليوم", "امروز"), or for the day
  before it ("yesterday", "أمس", "دیروز": the article is then a day later), with an optional
  weekday between them;
* a date right after the place name that opens the first paragraph, closed by a dash, a colon
  or the agency's name in parentheses.

The dateline is looked for only where the body opens, the "today" phrase only near the start of
the opening lines (up to and including the first real paragraph). Where a date is followed
by its equivalent in another calendar ("... ١٤٣٩هـ الموافق ١٩ تشرين الثاني ٢٠١٧"), the Gregorian
one is taken as stated, rather than converted. A date without a year ("today, Nov. 19") gets one
only from the windows the caller passes (a year in the URL, the days before the fetch date), and
only where that leaves one day; nothing else supplies a year. The stated weekday is checked
against the date and the result says whether it agreed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from ...text.normalize import normalize
from . import lang
from .parse import FoundDate, find_date_spans, find_day_months, in_window

LEAD_CHARS = 300  # the "today" phrase must start this near the start of a lead paragraph
LEAD_LINES = 3  # short opening lines (a kicker, a bare dateline) before the first paragraph
PARAGRAPH_WORDS = 12  # a line this long is the first paragraph: the lead ends with it

Window = tuple[date, date]


@dataclass(frozen=True, slots=True)
class LeadDate:
    value: date  # the day of writing
    dateline: bool  # found in a dateline, not after "today"
    weekday: bool | None  # whether the stated weekday fits the date; None where none is stated
    year_inferred: bool  # the text gave no year; a window supplied it


def _alternation(names: object) -> str:
    folded = sorted({normalize(str(n)) for n in names}, key=len, reverse=True)  # type: ignore[attr-defined]
    return "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in folded)


_B = r"(?<![\w])"
_E = r"(?![\w])"
_WEEKDAY_BY_FOLDED = {normalize(k): v for k, v in lang.WEEKDAYS.items()}
_DAY_BY_FOLDED = {normalize(k): v for k, v in lang.DAY_WORDS.items()}
_WEEKDAY = rf"(?:(?:{_alternation(lang.DAY_NOUNS)})\s+)?(?P<wd>{_alternation(lang.WEEKDAYS)}){_E}"
_EQUIV = rf"(?:{_alternation(lang.EQUIVALENT)})"
_GAP = r"\s*[,،(]?\s*"
# "في مثل هذا اليوم" is "on this day (years ago)": an anniversary, not the day of writing.
_TODAY = re.compile(
    rf"(?<!مثل )(?<!مثل هذا ){_B}(?P<w>{_alternation(lang.DAY_WORDS)}){_E}{_GAP}"
    rf"(?:{_WEEKDAY}{_GAP})?(?:{_EQUIV}\s*)?"
)
_PLACE = r"[^\W\d_][^\d,،:;()\[\]\-–—«»\"]{0,30}?"
_DATELINE = re.compile(
    rf"^{_PLACE}(?:\s*[,،]\s*{_PLACE})?\s*(?:[,،]|\s[-–—]+)\s*(?:{_WEEKDAY}\s*[,،]?\s*)?"
)
_DATELINE_END = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:[-–—:]|$)")
_EQUIVALENT = re.compile(rf"\s*(?:{_EQUIV})\s*(?:{_WEEKDAY}\s*[,،]?\s*)?")


def lead_paragraphs(text: str) -> list[str]:
    """The body's opening lines, up to and including its first real paragraph."""
    lead: list[str] = []
    for line in text.splitlines():
        if not line.strip():
            continue
        lead.append(line.strip())
        if len(line.split()) >= PARAGRAPH_WORDS or len(lead) == LEAD_LINES:
            break
    return lead


def lead_date(text: str, windows: list[Window] | None = None) -> LeadDate | None:
    """The day of writing that the opening of ``text`` states, or None.

    ``windows`` are ranges of days the article must fall in (from the URL, the fetch date);
    only they can give a year to a date stated without one.
    """
    lead = lead_paragraphs(text)
    for i, paragraph in enumerate(lead):
        found = (_dateline(paragraph, windows or []) if i == 0 else None) or _today(
            paragraph, windows or []
        )
        if found is not None:
            return found
    return None


def _today(paragraph: str, windows: list[Window]) -> LeadDate | None:
    folded = normalize(paragraph)
    for match in _TODAY.finditer(folded):
        if match.start() > LEAD_CHARS:
            break
        stated = _date_at(paragraph, folded, match.end(), windows)
        if stated is None:
            continue
        value, inferred = stated
        back = _DAY_BY_FOLDED[re.sub(r"\s+", " ", match["w"])]
        return LeadDate(value + timedelta(days=back), False, _weekday(match, value), inferred)
    return None


def _dateline(paragraph: str, windows: list[Window]) -> LeadDate | None:
    folded = normalize(paragraph)
    match = _DATELINE.match(folded)
    if match is None:
        return None
    stated = _date_at(paragraph, folded, match.end(), windows, closed=True)
    if stated is None:
        return None
    value, inferred = stated
    return LeadDate(value, True, _weekday(match, value), inferred)


def _weekday(match: re.Match[str], value: date) -> bool | None:
    name = match["wd"]
    if name is None:
        return None
    return _WEEKDAY_BY_FOLDED[re.sub(r"\s+", " ", name)] == value.weekday()


def _date_at(
    paragraph: str, folded: str, at: int, windows: list[Window], closed: bool = False
) -> tuple[date, bool] | None:
    """The date that starts at ``at`` in ``folded`` (and whether its year was inferred).

    ``closed``: the date must end its dateline (a dash, a colon, or the agency in brackets).
    """
    spans = find_date_spans(paragraph)
    for start, end, found in spans:
        if start != at:
            continue
        found, end = _equivalent(folded, spans, found, end)
        if closed and not _DATELINE_END.match(folded, end):
            return None
        return found.value, False
    for start, end, calendar, month, day in find_day_months(paragraph):
        if start != at:
            continue
        if closed and not _DATELINE_END.match(folded, end):
            return None
        value = _with_year(calendar, month, day, windows)
        return (value, True) if value is not None else None
    return None


def _equivalent(
    folded: str, spans: list[tuple[int, int, FoundDate]], found: FoundDate, end: int
) -> tuple[FoundDate, int]:
    """A date followed by "الموافق <date>": the Gregorian one of the two, as stated."""
    link = _EQUIVALENT.match(folded, end)
    if link is None:
        return found, end
    for start, other_end, other in spans:
        if start == link.end():
            if found.calendar != "gregorian" and other.calendar == "gregorian":
                return other, other_end
            return found, other_end
    return found, end


def _with_year(calendar: str, month: int, day: int, windows: list[Window]) -> date | None:
    if not windows:
        return None
    first = max(window[0] for window in windows)
    last = min(window[1] for window in windows)
    if first > last:
        return None
    days = in_window(calendar, month, day, first, last)
    return days[0] if len(days) == 1 else None
