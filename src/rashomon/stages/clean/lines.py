"""Line-level boilerplate filter for text that was already extracted from a page.

Each non-empty line of the source text is either body or junk with a reason (``ui-widget``,
``byline``, ``dateline``, ``related-list``, ``comment-form``, ``counter``, ``copy-protection``,
``language-switcher``, ``share-widget``, ``ticker``, ``spam``, ``duplicate-line``,
``repeated-site-line``, ``title``, ``section-kicker``). Works line by line on folded text
(:func:`rashomon.text.normalize.normalize`), so the same rules cover en, ar and fa; the
vocabulary lives in ``lang/<iso>.py``. Bylines and datelines found among the junk are kept as
metadata.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field

from ...text.normalize import normalize
from ..dates.parse import find_dates, find_relative
from . import lang

TERMINAL = tuple(".!?؟…。")
_TRIM = " \t\u200c\u200f\u200e.:;,!?؟|/\\-–—_*•·«»\"'“”()[]{}<>"
_WORD = re.compile(r"\w+")
_SEPARATORS = re.compile(r"[\s|/·•,،:]+")
_LOWER_START = re.compile(r"^[a-z]")


@dataclass(slots=True)
class Line:
    start: int  # offsets of the stripped line in the source text
    end: int
    text: str
    key: str  # folded, for comparisons
    core: str  # folded, punctuation trimmed at both ends
    reason: str | None = None

    @property
    def words(self) -> int:
        return len(_WORD.findall(self.text))


@dataclass(slots=True)
class Verdict:
    lines: list[Line]
    title: str | None = None
    author: str | None = None
    dateline: str | None = None
    removed: list[Line] = field(default_factory=list)

    @property
    def kept(self) -> list[Line]:
        return [line for line in self.lines if line.reason is None]


def line_key(text: str) -> str:
    return normalize(text)


def split_lines(source_text: str) -> list[Line]:
    lines: list[Line] = []
    pos = 0
    for raw in source_text.splitlines(keepends=True):
        stripped = raw.strip()
        if stripped:
            start = pos + raw.index(stripped[0])
            key = line_key(stripped)
            lines.append(Line(start, start + len(stripped), stripped, key, key.strip(_TRIM)))
        pos += len(raw)
    return lines


def _folded(attr: str) -> frozenset[str]:
    return frozenset(normalize(p).strip(_TRIM) for p in lang.merged(attr))


def _prefix_re(words: Collection[str]) -> re.Pattern[str]:
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"^(?:{alts})(?![\w])")


UI = _folded("UI_WIDGET")
RELATED = _folded("RELATED_HEADINGS")
COMMENT_HEADINGS = _folded("COMMENT_HEADINGS")
COMMENT_FORM = _folded("COMMENT_FORM")
COMMENT_PREFIXES = tuple(_folded("COMMENT_FORM_PREFIXES"))
COPY = tuple(_folded("COPY_PROTECTION"))
SHARE = _folded("SHARE")
TICKER_RE = _prefix_re(_folded("TICKER"))
LANGUAGES = _folded("LANGUAGES")
SPAM_RE = re.compile(
    r"(?<![\w])(?:"
    + "|".join(re.escape(w) for w in sorted(_folded("SPAM"), key=len, reverse=True))
    + r")(?![\w])"
)
_COUNTER_WORDS = "|".join(re.escape(w) for w in _folded("COUNTER_WORDS"))
COUNTER_RE = re.compile(
    rf"^(?:[\d.,]+\s*k?\s*(?:{_COUNTER_WORDS})"
    rf"|(?:(?:عدد|تعداد|number of|total)\s+)?(?:{_COUNTER_WORDS})\s*[:：]?\s*[\d.,]+k?"
    rf"|(?:كد خبر|رمز الخبر|news code|news id)\s*[:：]?\s*\d+)$"
)
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


def byline_name(text: str) -> str | None:
    """The name in a byline ("By Mohammad Eid", "بقلم: ..."), in its original spelling."""
    match = BYLINE_RE.match(line_key(text))
    if not match or len(_WORD.findall(text)) > 8 or text.endswith(TERMINAL):
        return None
    n = len(match["name"].split())
    name = " ".join(text.split()[-n:]).strip(_TRIM)
    return name or None


def _dateline(line: Line) -> bool:
    if line.words > 10 or body_like(line):
        return False
    return bool(find_dates(line.text)) or find_relative(line.text) is not None


def _pattern_reason(line: Line) -> str | None:
    core, text = line.core, line.text
    if not core:
        return "ui-widget"
    if core in UI or ICON_RE.match(text):
        return "ui-widget"
    if len(core) <= 160 and any(p in core for p in COPY):
        return "copy-protection"
    if COUNTER_RE.match(core):
        return "counter"
    if core in COMMENT_HEADINGS or core.startswith(COMMENT_PREFIXES):
        return "comment-form"
    if line.words <= 8 and _tokens_in(core, LANGUAGES):
        return "language-switcher"
    if line.words <= 10 and (core in SHARE or _tokens_in(core, SHARE)):
        return "share-widget"
    if TICKER_RE.match(core) and (line.words <= 3 or not body_like(line)):
        return "ticker"
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
        elif (name := byline_name(line.text)) is not None:
            reason = "byline"
            verdict.author = verdict.author or name
        else:
            reason = _pattern_reason(line)
        if reason is None and line.core in RELATED and line.words <= 6:
            reason, mode = "related-list", "related-list"
        elif reason == "comment-form":
            mode = "comment-form"
        elif reason is None and mode is not None:
            if mode == "comment-form" and line.core in COMMENT_FORM or _short(line):
                reason = mode
            else:
                mode = None
        if reason is None and _dateline(line):
            reason = "dateline"
        seen.add(line.key)
        line.reason = reason
        if (
            verdict.dateline is None
            and reason in ("dateline", "ui-widget", "byline")
            and (find_dates(line.text) or find_relative(line.text) is not None)
        ):
            verdict.dateline = line.text
    _mark_spam(lines)
    _mark_title(verdict, title_hint)
    verdict.removed = [line for line in lines if line.reason]
    return verdict


def _mark_spam(lines: list[Line]) -> None:
    """An injected advert shares almost no words with the article around it."""
    body = [line for line in lines if line.reason is None]
    for line in body:
        hits = {m.group(0) for m in SPAM_RE.finditer(line.key)}
        if not hits:
            continue
        own = {w for w in _WORD.findall(line.key) if len(w) > 3}
        rest = {
            w for other in body if other is not line for w in _WORD.findall(other.key) if len(w) > 3
        }
        overlap = len(own & rest) / max(len(own), 1)
        if len(hits) >= 2 or overlap < 0.25:
            line.reason = "spam"


def _mark_title(verdict: Verdict, title_hint: str | None) -> None:
    """The title is kept as metadata, not body; short lines above it are section kickers."""
    header: list[Line] = []
    for line in verdict.lines:
        if line.reason is None and body_like(line):
            break
        header.append(line)
    following = {id(a): b for a, b in zip(verdict.lines, verdict.lines[1:], strict=False)}
    candidates = [
        line
        for line in header
        if line.reason is None
        and headline_like(line)
        # a hard-wrapped paragraph's first line is no headline
        and not _LOWER_START.match(following[id(line)].text if id(line) in following else "")
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
            title_line = next((line for line in candidates if line.words >= 3), None)
        if title_line is not None:
            verdict.title = title_line.text
    if title_line is None:
        return
    title_line.reason = "title"
    for line in candidates:
        if line is title_line:
            break
        line.reason = "section-kicker"
