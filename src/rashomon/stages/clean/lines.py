"""Line-level boilerplate filter for text that was already extracted from a page.

Each non-empty line of the source text is either body or junk with a reason (``ui-widget``,
``navigation``, ``byline``, ``dateline``, ``credit``, ``partnership-note``, ``related-list``,
``comment-form``, ``counter``, ``copy-protection``, ``language-switcher``, ``share-widget``,
``live-label``, ``ticker``, ``footer``, ``spam``, ``duplicate-line``, ``repeated-site-line``,
``title``, ``masthead``, ``section-kicker``, ``source-credit``). Works line by line on folded
text (:func:`rashomon.text.normalize.normalize`), so the same rules cover en, ar and fa; the
vocabulary lives in ``lang/<iso>.py`` and the widget patterns in :mod:`.patterns`. Bylines,
datelines and the masthead found among the junk are kept as metadata.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field

from ...text.normalize import normalize
from ..dates.parse import find_date_spans, find_dates, find_relative
from . import lang, patterns
from .patterns import COPY_WORDS, LANGUAGE_WORDS, TERMINAL

__all__ = ["TERMINAL", "Line", "Verdict", "classify", "line_key", "split_lines"]

_TRIM = " \t\u200c\u200f\u200e.:;,!?؟|/\\-–—_*•·«»\"'“”()[]{}<>"
_WORD = re.compile(r"\w+")
_SEPARATORS = re.compile(r"[\s|/·•,،:]+")
_LOWER_START = re.compile(r"^[a-z]")
_DIGIT = re.compile(r"\d")
# Where a masthead's name ends and its tagline begins: "Echo of the South — Voice of ...".
_TAGLINE_SPLIT = re.compile(r"\s+[—–\-|:]\s+|\s*[؛|]\s*|\s*\.\.+\s*")


@dataclass(slots=True)
class Line:
    start: int  # offsets of the stripped line in the source text
    end: int
    text: str
    key: str  # folded, for comparisons
    core: str  # folded, punctuation trimmed at both ends
    tokens: list[str]  # words of the folded text
    reason: str | None = None

    @property
    def words(self) -> int:
        return len(self.tokens)


@dataclass(slots=True)
class Verdict:
    lines: list[Line]
    title: str | None = None
    author: str | None = None
    dateline: str | None = None
    masthead: str | None = None  # the outlet's name from a masthead line above the title
    removed: list[Line] = field(default_factory=list)

    @property
    def kept(self) -> list[Line]:
        return [line for line in self.lines if line.reason is None]


def line_key(text: str) -> str:
    """:func:`normalize` of a line. ASCII needs none of its Unicode folding (NFKC and the
    Arabic-script table leave it as it is), only case and spaces, which is 10x cheaper."""
    if text.isascii():
        return " ".join(text.lower().split())
    return normalize(text)


def split_lines(source_text: str) -> list[Line]:
    lines: list[Line] = []
    pos = 0
    for raw in source_text.splitlines(keepends=True):
        stripped = raw.strip()
        if stripped:
            start = pos + raw.index(stripped[0])
            key = line_key(stripped)
            tokens = _WORD.findall(key)
            lines.append(
                Line(start, start + len(stripped), stripped, key, key.strip(_TRIM), tokens)
            )
        pos += len(raw)
    return lines


def _folded(attr: str) -> frozenset[str]:
    folded = {normalize(p).strip(_TRIM) for p in lang.merged(attr)}
    # Folding drops the ZWNJ that Persian often writes instead of a space.
    return frozenset(folded | {p.replace(" ", "") for p in folded if not p.isascii()})


def _prefix_re(words: Collection[str]) -> re.Pattern[str]:
    # A ticker label stands alone or is set off from its headline: "عاجل: ...", "Breaking |".
    return re.compile(rf"^(?:{patterns.alternation(sorted(words, key=len, reverse=True))})"
                      r"(?:$|\s*[:：|\-–—]\s*)")  # fmt: skip


UI = _folded("UI_WIDGET")
RELATED = _folded("RELATED_HEADINGS")
COMMENT_HEADINGS = _folded("COMMENT_HEADINGS")
COMMENT_FORM = _folded("COMMENT_FORM")
COMMENT_PREFIXES = tuple(_folded("COMMENT_FORM_PREFIXES"))
COPY_RE = re.compile(patterns.alternation(sorted(_folded("COPY_PROTECTION"), key=len)))
SHARE = _folded("SHARE")
TICKER_RE = _prefix_re(_folded("TICKER"))
LANGUAGES = _folded("LANGUAGES")
SPAM_RE = re.compile(rf"(?<!\w)(?:{patterns.alternation(patterns.phrases('SPAM'))})(?!\w)")
ICON_RE = re.compile(
    r"^(?:" + "|".join(sorted(lang.en.ICON_PREFIXES, key=len, reverse=True)) + r")(?=[A-Z\s]|$)"
)
BYLINE_RE = re.compile(
    r"^(?:"
    + "|".join(re.escape(normalize(w)) for w in lang.merged("BYLINE"))
    + r")\s*[:：]?\s+(?P<name>.+)$"
)


def headline_like(line: Line) -> bool:
    return len(line.text) <= 200 and not line.text.rstrip("\"'”»)").endswith(TERMINAL)


def body_like(line: Line) -> bool:
    ends = line.text.rstrip("\"'”»)").endswith(TERMINAL)
    return len(line.text) >= 200 or (ends and line.words >= 6)


def _short(line: Line) -> bool:
    return len(line.text) <= 160 and (not body_like(line) or line.words <= 15)


def _tokens_in(core: str, vocabulary: frozenset[str]) -> bool:
    tokens = [t for t in _SEPARATORS.split(core) if t]
    return bool(tokens) and all(t in vocabulary for t in tokens)


def byline_name(text: str, key: str | None = None) -> str | None:
    """The name in a byline ("By Mohammad Eid", "بقلم: ..."), in its original spelling."""
    match = BYLINE_RE.match(line_key(text) if key is None else key)
    if not match or len(_WORD.findall(text)) > 8 or text.endswith(TERMINAL):
        return None
    n = len(match["name"].split())
    name = " ".join(text.split()[-n:]).strip(_TRIM)
    return name or None


def _dateline(line: Line) -> bool:
    if body_like(line):
        return False
    if line.words > 10:
        # A Hijri date with its Gregorian equivalent is a dozen words by itself: count the
        # words besides the dates ("كتب ... الاثنين 28 جمادى الآخرة 1443 هـ الموافق ...").
        if line.words > 30 or not _DIGIT.search(line.key):
            return False
        spans = find_date_spans(line.text)
        dated = sum(len(_WORD.findall(line.text[start:end])) for start, end, _ in spans)
        return bool(spans) and line.words - dated <= 10
    if _DIGIT.search(line.key) and find_dates(line.text):
        return True
    # "منذ 3 أيام", "yesterday"; a longer line that merely says "today" is a headline.
    return line.words <= 4 and find_relative(line.text) is not None


def _related_heading(line: Line) -> bool:
    if line.words > 6 or not headline_like(line):
        return False
    return line.core in RELATED or patterns.RELATED_PREFIX_RE.match(line.core) is not None


def _pattern_reason(line: Line) -> str | None:
    core, text, tokens, n = line.core, line.text, line.tokens, line.words
    if not core:
        return "ui-widget"
    if core in UI or ICON_RE.match(text):
        return "ui-widget"
    if n > 40:  # a paragraph: no widget is this long
        return None
    if core in patterns.LIVE:
        return "live-label"
    if len(core) <= 160 and not COPY_WORDS.isdisjoint(tokens) and COPY_RE.search(core):
        return "copy-protection"
    if patterns.COUNTER_RE.match(core):
        return "counter"
    if core in COMMENT_HEADINGS or core.startswith(COMMENT_PREFIXES):
        return "comment-form"
    if 0 < n <= 8 and tokens[0] in LANGUAGE_WORDS and _tokens_in(core, LANGUAGES):
        return "language-switcher"
    if n <= 12 and (core in SHARE or patterns.share_widget(core, tokens)):
        return "share-widget"
    if patterns.follow_widget(core, tokens):
        return "share-widget"
    if n <= 24 and (nav := patterns.navigation(text, n, UI)) is not None:
        return nav
    if TICKER_RE.match(core) and (n <= 3 or not body_like(line)):
        return "ticker"
    if patterns.update_stamp(core, n):
        return "dateline"
    if patterns.credit(core, n):
        return "credit"
    if patterns.partnership(core, n):
        return "partnership-note"
    if patterns.footer(core, tokens):
        return "footer"
    return None


def classify(
    lines: list[Line],
    *,
    title_hint: str | None = None,
    site_keys: Collection[str] = (),
) -> Verdict:
    """Give every junk line its reason; lines left with ``reason=None`` are the body."""
    verdict = Verdict(lines)
    mode: str | None = None  # "related-list" / "comment-form" while inside such a block
    seen: set[str] = set()
    for line in lines:
        reason = None
        if line.key in site_keys:
            reason = "repeated-site-line"
        elif line.key in seen:
            reason = "duplicate-line"
        else:
            reason = _pattern_reason(line)
        if reason is None and mode == "related-list" and _short(line):
            # A headline of the list, even one that reads like a byline ("Report: ...").
            reason = "related-list"
        if reason is None and line.words <= 8 and (name := byline_name(line.text, line.key)):
            reason = "byline"
            verdict.author = verdict.author or name
        if reason == "credit" and verdict.author is None:
            verdict.author = patterns.credit_author(line.text)
        if _related_heading(line):
            # Also when the heading is a repeated site line: its list still follows.
            reason, mode = reason or "related-list", "related-list"
        elif reason == "comment-form":
            mode = "comment-form"
        elif reason is None and mode is not None:
            if mode == "comment-form" and (line.core in COMMENT_FORM or _short(line)):
                reason = mode
            else:
                mode = None
        if reason is None and _dateline(line):
            reason = "dateline"
        seen.add(line.key)
        line.reason = reason
    verdict.dateline = _pick_dateline(lines)
    _mark_spam(lines)
    _mark_title(verdict, title_hint)
    verdict.removed = [line for line in lines if line.reason]
    return verdict


def _pick_dateline(lines: list[Line]) -> str | None:
    """The first dropped line with an absolute date, else the first with a relative one."""
    dated = [line for line in lines if line.reason in ("dateline", "ui-widget", "byline")]
    for line in dated:
        if find_dates(line.text):
            return line.text
    for line in dated:
        if find_relative(line.text) is not None:
            return line.text
    return None


def _mark_spam(lines: list[Line]) -> None:
    """An injected advert: gambling/adult words, or calls to action ("order now", "اتصل
    الآن") with an offer or a product, in a line that shares few words with the article."""
    body = [line for line in lines if line.reason is None]
    flagged: list[tuple[Line, int, int]] = []
    for line in body:
        if line.words > 80 or patterns.COMMERCIAL_WORDS.isdisjoint(line.tokens):
            continue
        hits = len({m.group(0) for m in SPAM_RE.finditer(line.key)})
        offers = len({m.group(0) for m in patterns.CTA_RE.finditer(line.key)})
        if hits or offers:
            products = len({m.group(0) for m in patterns.PRODUCT_RE.finditer(line.key)})
            flagged.append((line, hits, offers + products))
    if not flagged:
        return
    vocabulary: Counter[str] = Counter()
    own_words = {}
    for line in body:
        own_words[id(line)] = own = {w for w in line.tokens if len(w) > 3}
        vocabulary.update(own)
    for line, hits, commercial in flagged:
        own = own_words[id(line)]
        shared = sum(1 for w in own if vocabulary[w] > 1)
        overlap = shared / max(len(own), 1)
        if hits >= 2 or (hits and overlap < 0.25) or (commercial >= 2 and overlap < 0.4):
            line.reason = "spam"


def _mark_title(verdict: Verdict, title_hint: str | None) -> None:
    """The title is kept as metadata, not body. It is the last headline of the header (the
    lines above the first paragraph): what sits above it is masthead, tagline or kicker, a
    short line between it and the body is the credit of a wire agency."""
    header: list[Line] = []
    for line in verdict.lines:
        if line.reason is None and body_like(line):
            break
        header.append(line)
    following = {id(a): b for a, b in zip(verdict.lines, verdict.lines[1:], strict=False)}

    def wrapped(line: Line) -> bool:  # a hard-wrapped paragraph's first line is no headline
        after = following.get(id(line))
        return after is not None and after.reason is None and bool(_LOWER_START.match(after.text))

    candidates = [
        line for line in header if line.reason is None and headline_like(line) and not wrapped(line)
    ]
    title_line: Line | None = None
    if title_hint:
        hint = line_key(title_hint)
        title_line = next((line for line in candidates if line.key == hint), None)
        verdict.title = title_hint
    else:
        repeated = {line.key for line in header if line.reason == "duplicate-line"}
        title_line = next((line for line in candidates if line.key in repeated), None)
        if title_line is None:
            title_line = next((line for line in reversed(candidates) if line.words >= 3), None)
        if title_line is not None:
            verdict.title = title_line.text
    if title_line is None:
        return
    title_line.reason = "title"
    at = header.index(title_line)
    above = [line for line in header[:at] if line.reason is None]
    for line in above:
        line.reason = "section-kicker"
    if above and above[0].words <= 8:
        first = above[0]
        first.reason = "masthead"
        verdict.masthead = _TAGLINE_SPLIT.split(first.text, maxsplit=1)[0].strip(_TRIM)
    for line in header[at + 1 :]:
        if line.reason is None and headline_like(line) and line.words <= 5:
            line.reason = "source-credit"
