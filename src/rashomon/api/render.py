"""View helpers for the pages: text split into paragraphs and language-coloured segments,
removed spans laid over the source text, safe links, search highlights.

Everything here returns plain strings and flags; the templates escape all of it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import quote, urlencode, urlsplit

from ..model import Document, RemovedSpan
from ..text.normalize import normalize

if TYPE_CHECKING:
    from .views import Mark

RTL_LANGS = frozenset(
    ("ar", "fa", "ur", "ps", "ckb", "he", "yi", "dv", "sd")
    + ("ug", "prs", "arz", "azb", "mzn", "glk", "lrc", "bal", "ks")
)
LANG_NAMES = {
    "en": "English",
    "ar": "Arabic",
    "fa": "Persian",
    "ur": "Urdu",
    "ps": "Pashto",
    "ckb": "Sorani Kurdish",
    "he": "Hebrew",
    "fr": "French",
    "ru": "Russian",
    "tr": "Turkish",
    "und": "undetermined",
}
_COLOURED = ("en", "ar", "fa", "ur", "ps", "ckb", "he")
DATE_SOURCES = {
    "input": "given with the input",
    "json-ld": "JSON-LD metadata",
    "meta": "an HTML meta tag",
    "url": "the URL",
    "byline": "the byline",
    "text": "the article text",
    "relative": "a relative date (e.g. '3 days ago') anchored on the fetch time",
}
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
# Words as the reader sees them: letters plus the marks that normalisation removes.
_WORD = re.compile(r"[\w\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d]+")
_QUERY_TOKEN = re.compile(r"\w+")


def lang_class(lang: str | None) -> str:
    """A CSS class from a fixed list (a language code is data, never a class name)."""
    return f"lang-{lang}" if lang in _COLOURED else "lang-other"


def lang_name(lang: str | None) -> str:
    if not lang:
        return "unknown"
    return LANG_NAMES.get(lang, lang)


def direction(lang: str | None) -> str:
    return "rtl" if lang in RTL_LANGS else "ltr"


@dataclass(frozen=True, slots=True)
class Run:
    """Text inside a piece, highlighted when ``mark`` is set (an entity, place or time) and
    wrapped in the ``overlays`` that cover it (claims, events: these may overlap each other
    and the entity marks, so they nest outside them). ``anchors`` are the ids of the overlays
    that begin here, so a link can jump to the sentence."""

    text: str
    mark: Mark | None = None
    overlays: tuple[Mark, ...] = ()
    anchors: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of text inside a paragraph: a segment (with a language) or text between them,
    cut into highlighted and plain runs."""

    text: str
    lang: str | None = None
    runs: tuple[Run, ...] = ()

    @property
    def dir(self) -> str:
        return direction(self.lang) if self.lang else "auto"

    @property
    def css(self) -> str:
        return lang_class(self.lang) if self.lang else "gap"


@dataclass(frozen=True, slots=True)
class Paragraph:
    dir: str
    pieces: list[Piece]


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph; paragraphs are separated by blank lines."""
    bounds, start = [], 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        if text[start : m.start()].strip():
            bounds.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        bounds.append((start, len(text)))
    return bounds


def _runs(
    text: str, start: int, end: int, marks: Sequence[Mark], overlays: Sequence[Mark] = ()
) -> tuple[Run, ...]:
    """``text[start:end]`` cut at the marks inside it (a mark crossing the edge is clipped)."""
    if overlays:
        return _layered_runs(text, start, end, marks, overlays)
    runs, cursor = [], start
    for mark in marks:
        a, b = max(mark.start, cursor), min(mark.end, end)
        if a >= b:
            continue
        if a > cursor:
            runs.append(Run(text[cursor:a]))
        runs.append(Run(text[a:b], mark))
        cursor = b
    if cursor < end:
        runs.append(Run(text[cursor:end]))
    return tuple(runs)


def _layered_runs(
    text: str, start: int, end: int, marks: Sequence[Mark], overlays: Sequence[Mark]
) -> tuple[Run, ...]:
    """Runs cut at every edge of the marks and overlays, each with the mark and overlays that
    cover all of it."""
    cuts = {start, end}
    for m in (*marks, *overlays):
        cuts.update(x for x in (m.start, m.end) if start < x < end)
    edges = sorted(cuts)
    runs = []
    for a, b in zip(edges, edges[1:], strict=False):
        mark = next((m for m in marks if m.start <= a and b <= m.end), None)
        over = tuple(o for o in overlays if o.start <= a and b <= o.end)
        anchors = tuple(o.anchor for o in over if o.anchor and o.start == a)
        runs.append(Run(text[a:b], mark, over, anchors))
    return tuple(runs)


def paragraphs(
    doc: Document, marks: Sequence[Mark] = (), overlays: Sequence[Mark] = ()
) -> list[Paragraph]:
    """The cleaned text, paragraph by paragraph, each cut into its language segments, and
    those into runs at the highlight ``marks`` (sorted, non-overlapping) under the
    ``overlays`` (claims and events, which may overlap)."""
    segments = sorted(doc.segments, key=lambda s: (s.start, s.end))
    text = doc.text

    def piece(a: int, b: int, lang: str | None = None) -> Piece:
        inside = [m for m in marks if m.start < b and a < m.end]
        over = [o for o in overlays if o.start < b and a < o.end]
        if not inside and not over:
            return Piece(text[a:b], lang)
        return Piece(text[a:b], lang, _runs(text, a, b, inside, over))

    out = []
    for p_start, p_end in paragraph_bounds(doc.text):
        pieces: list[Piece] = []
        rtl_chars = ltr_chars = 0
        cursor = p_start
        for seg in segments:
            start, end = max(seg.start, cursor), min(seg.end, p_end)
            if start >= end:
                continue
            if start > cursor:
                pieces.append(piece(cursor, start))
            pieces.append(piece(start, end, seg.lang or "und"))
            if direction(seg.lang) == "rtl":
                rtl_chars += end - start
            else:
                ltr_chars += end - start
            cursor = end
        if cursor < p_end:
            pieces.append(piece(cursor, p_end))
        if not rtl_chars and not ltr_chars:
            out.append(Paragraph("auto", pieces))
        else:
            out.append(Paragraph("rtl" if rtl_chars > ltr_chars else "ltr", pieces))
    return out


@dataclass(frozen=True, slots=True)
class LegendEntry:
    lang: str
    name: str
    css: str
    dir: str
    chars: int
    share: float


def legend(doc: Document) -> list[LegendEntry]:
    """Languages of the segments, most text first."""
    chars: Counter[str] = Counter()
    for seg in doc.segments:
        chars[seg.lang or "und"] += max(0, seg.end - seg.start)
    total = sum(chars.values()) or 1
    return [
        LegendEntry(lang, lang_name(lang), lang_class(lang), direction(lang), n, n / total)
        for lang, n in sorted(chars.items(), key=lambda kv: (-kv[1], kv[0]))
    ]


@dataclass(frozen=True, slots=True)
class SourcePiece:
    text: str
    removed: RemovedSpan | None = None


def source_pieces(doc: Document) -> list[SourcePiece]:
    """The source text with the removed spans marked (overlaps clipped, order kept)."""
    text = doc.source_text
    pieces, cursor = [], 0
    for span in sorted(doc.removed, key=lambda r: (r.start, r.end)):
        start, end = max(span.start, cursor), min(span.end, len(text))
        if start >= end:
            continue
        if start > cursor:
            pieces.append(SourcePiece(text[cursor:start]))
        pieces.append(SourcePiece(text[start:end], span))
        cursor = end
    if cursor < len(text):
        pieces.append(SourcePiece(text[cursor:]))
    return pieces


def http_url(url: str | None) -> str | None:
    """The URL if it is a plain http(s) link, else None (``javascript:`` and friends are
    shown as text, never as links)."""
    if not url or any(ord(ch) < 0x21 or ch in "\x7f<>\"'`\\" for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url


def doc_path(doc_id: str) -> str:
    """The page URL of a document (the id quoted as one path segment)."""
    return "/documents/" + quote(doc_id, safe="")


def query_string(params: dict[str, object], **changes: object) -> str:
    """``?a=1&b=2`` from params with changes applied; empty values are left out."""
    merged = {**params, **changes}
    kept = {k: str(v) for k, v in merged.items() if v not in (None, "")}
    return "?" + urlencode(kept) if kept else "?"


def highlight(sentence: str, query: str) -> list[tuple[str, bool]]:
    """The sentence cut into (text, matches) runs: a word matches when its normalised form
    is one of the normalised query words, so a vocalised or Persian-lettered spelling in the
    text lights up for a plain Arabic query."""
    wanted = set(_QUERY_TOKEN.findall(normalize(query)))
    runs: list[tuple[str, bool]] = []
    cursor = 0
    for m in _WORD.finditer(sentence):
        if wanted.intersection(_QUERY_TOKEN.findall(normalize(m.group()))):
            if m.start() > cursor:
                runs.append((sentence[cursor : m.start()], False))
            runs.append((m.group(), True))
            cursor = m.end()
    if cursor < len(sentence):
        runs.append((sentence[cursor:], False))
    return runs
