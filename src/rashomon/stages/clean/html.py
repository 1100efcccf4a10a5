"""Main-content extraction from HTML pages.

The page is parsed once; the same lxml tree gives the page's visible text (one block per
line: the document's ``source_text``), trafilatura's extraction of the article body (fast
mode, comments excluded), and the title/author/site-name metadata. When trafilatura returns
too little, its full cascade runs in recall mode, then our own paragraph-density pick. Source
lines that are not part of the body are reported with the region they sat in (``navigation``,
``footer``, ``comments``) or ``outside-main-content``.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from lxml import etree
from lxml.html import HtmlElement
from trafilatura import bare_extraction
from trafilatura.metadata import (
    examine_meta,
    extract_meta_json,
    extract_sitename,
    extract_title,
)
from trafilatura.utils import load_html

from .lines import byline_name

logger = logging.getLogger(__name__)

SKIP = frozenset((
    "script", "style", "noscript", "template", "head", "svg", "math", "iframe", "object",
    "embed", "canvas", "select", "option", "textarea", "button", "input", "datalist", "map",
    "audio", "video", "picture", "source", "title", "meta", "link",
))  # fmt: skip
BLOCK = frozenset((
    "address", "article", "aside", "blockquote", "body", "br", "dd", "details", "dialog",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
    "h4", "h5", "h6", "header", "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section",
    "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "caption", "center",
))  # fmt: skip
REGION_TAGS = {"nav": "navigation", "footer": "footer", "aside": "sidebar", "menu": "navigation"}
REGION_WORDS = (
    ("comment", "comments"),
    ("footer", "footer"),
    ("navbar", "navigation"),
    ("nav", "navigation"),
    ("menu", "navigation"),
    ("breadcrumb", "navigation"),
    ("sidebar", "sidebar"),
)
MIN_BODY = 250  # characters; less than this from the fast pass triggers the fallbacks
_SPACE = re.compile(r"\s+")


@dataclass(slots=True)
class PageLine:
    text: str
    region: str | None


@dataclass(slots=True)
class Extraction:
    lines: list[PageLine]
    body: list[str]  # paragraphs of the article body
    title: str | None = None
    author: str | None = None
    sitename: str | None = None
    keep: list[bool] = field(default_factory=list)  # per line: part of the body


def parse(markup: str) -> HtmlElement | None:
    try:
        return load_html(markup)
    except (ValueError, TypeError, etree.ParserError):
        return None


def _region(el: HtmlElement) -> str | None:
    found = REGION_TAGS.get(el.tag)
    if found:
        return found
    attrs = f"{el.get('class', '')} {el.get('id', '')} {el.get('role', '')}".lower()
    if attrs.strip():
        if "navigation" in attrs:
            return "navigation"
        for word, region in REGION_WORDS:
            if word in attrs:
                return region
    return None


def visible_lines(tree: HtmlElement) -> list[PageLine]:
    """The page's visible text, one block per line, with the region each block sat in."""
    lines: list[PageLine] = []
    buf: list[str] = []
    regions: list[tuple[HtmlElement, str]] = []

    def flush() -> None:
        if buf:
            text = _SPACE.sub(" ", "".join(buf)).strip()
            buf.clear()
            if text:
                lines.append(PageLine(text, regions[-1][1] if regions else None))

    walker = etree.iterwalk(tree, events=("start", "end"))
    for event, el in walker:
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if tag in SKIP:
                walker.skip_subtree()
                continue
            if tag in BLOCK:
                flush()
            region = _region(el)
            if region and not (regions and regions[-1][1] == "comments"):
                regions.append((el, region))
            if el.text:
                buf.append(el.text)
        else:
            if tag in BLOCK:
                flush()
            if regions and regions[-1][0] is el:
                regions.pop()
            if el.tail:
                buf.append(el.tail)
    flush()
    return lines


def _body_paragraphs(text: str | None) -> list[str]:
    if not text:
        return []
    return [p for p in (_SPACE.sub(" ", line).strip() for line in text.splitlines()) if p]


def _trafilatura(tree: HtmlElement, url: str | None, fast: bool) -> list[str]:
    try:
        result = bare_extraction(
            tree, url=url, include_comments=False, fast=fast, favor_recall=not fast
        )
    except Exception:  # noqa: BLE001 - a trafilatura bug on one page must not stop the page
        logger.debug("trafilatura failed on %s", url, exc_info=True)
        return []
    return _body_paragraphs(getattr(result, "text", None))


def _density(lines: list[PageLine], tree: HtmlElement) -> list[str]:
    """The container with the most paragraph text, for pages trafilatura gives up on."""
    best, best_len = None, 0
    for parent in tree.iter("div", "article", "main", "section", "td", "body"):
        size = sum(len(p.text_content()) for p in parent.iterchildren("p"))
        if size > best_len:
            best, best_len = parent, size
    if best is None:
        return []
    return [
        t
        for p in best.iterchildren("p", "h2", "h3", "blockquote", "ul", "ol")
        if (t := _SPACE.sub(" ", p.text_content()).strip())
    ]


def _metadata(
    tree: HtmlElement, url: str | None, lines: list[PageLine]
) -> tuple[str | None, str | None, str | None]:
    try:
        meta = examine_meta(tree)
        if meta.author and " " not in meta.author:
            meta.author = None
        meta = extract_meta_json(tree, meta)
        title = meta.title or extract_title(tree)
        # trafilatura's own author search costs more than the whole extraction; a byline
        # among the first visible lines is what it finds on news pages anyway.
        author = meta.author or next(
            (name for line in lines[:80] if (name := byline_name(line.text))), None
        )
        sitename = meta.sitename or extract_sitename(tree)
    except Exception:  # noqa: BLE001 - metadata is optional, the body is not
        logger.debug("metadata extraction failed on %s", url, exc_info=True)
        return None, None, None
    if not sitename and url:
        sitename = urlsplit(url).hostname
        if sitename and sitename.startswith("www."):
            sitename = sitename[4:]
    if sitename:
        sitename = sitename.lstrip("@").strip() or None
    return title or None, author or None, sitename


def _align(lines: list[PageLine], body: list[str]) -> list[bool]:
    """Which page lines belong to the body, walking both in order."""
    joined = "\n".join(body)
    keep = [False] * len(lines)
    pos = 0
    for i, line in enumerate(lines):
        text = line.text
        found = joined.find(text, pos)
        if found < 0:
            continue
        # A short line ("Share", "Home") may occur by chance: accept it only right where the
        # body continues, or when it is a whole body paragraph.
        if len(text) < 40 and found - pos > 80:
            whole = (found == 0 or joined[found - 1] == "\n") and (
                found + len(text) == len(joined) or joined[found + len(text)] == "\n"
            )
            if not whole:
                continue
        keep[i] = True
        pos = found + len(text)
    return keep


def extract(markup: str, url: str | None, tree: HtmlElement | None = None) -> Extraction | None:
    """Everything the clean stage needs from one page, or None if it has no HTML body.

    ``tree`` is the page already parsed by :func:`parse` (trafilatura leaves it unchanged, so
    later stages may read it too)."""
    tree = tree if tree is not None else parse(markup)
    if tree is None:
        return None
    lines = visible_lines(tree)
    title, author, sitename = _metadata(tree, url, lines)
    body = _trafilatura(tree, url, fast=True)
    if sum(map(len, body)) < MIN_BODY:
        recall = _trafilatura(tree, url, fast=False)
        if sum(map(len, recall)) > sum(map(len, body)):
            body = recall
    if sum(map(len, body)) < MIN_BODY:
        dense = _density(lines, tree)
        if sum(map(len, dense)) > sum(map(len, body)):
            body = dense
    result = Extraction(lines, body, title, author, sitename)
    result.keep = _align(lines, body)
    return result
