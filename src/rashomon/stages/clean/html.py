"""Main-content extraction from HTML pages.

The page is parsed once; the same lxml tree gives the page's visible text (one block per
line: the document's ``source_text``), trafilatura's extraction of the article body (fast
mode, comments excluded), and the title/author/site-name metadata. When trafilatura returns
too little, its full cascade runs in recall mode, then our own paragraph-density pick; when
its fast pass returns (nearly) the whole page, the full cascade runs without recall bias.
Trafilatura's paragraphs are aligned with the visible lines, and the body is made of those
lines as the page shows them (trafilatura's text drops the zero-width non-joiner that
separates Persian word parts). The line filter of :mod:`.lines` then takes the headline,
bylines, datelines, share bars and similar furniture out of the body's lines; the block
classifier of :mod:`.blocks` may overrule trafilatura where it is confident (off by default,
see :data:`CLASSIFY`). Source lines that are not part of the body are reported with the
region they sat in (``navigation``, ``footer``, ``comments``), the line filter's or the
classifier's reason, or ``outside-main-content``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from lxml import etree
from lxml.html import (
    HtmlComment,
    HtmlElement,
    HtmlElementClassLookup,
    HtmlEntity,
    HtmlProcessingInstruction,
    fromstring,
)
from trafilatura import bare_extraction
from trafilatura.metadata import (
    examine_meta,
    extract_meta_json,
    extract_sitename,
    extract_title,
)
from trafilatura.utils import DOCTYPE_TAG, FAULTY_HTML, is_dubious_html, repair_faulty_html

from ...text.urls import url_host
from ..dates.parse import find_dates
from .blocks import BlockModel, decide, features, load_model
from .lines import body_like, byline_name, classify, split_lines

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
ANCHOR = 64  # characters (no spaces): a line this long anchors the alignment with the body
MIN_BODY = 250  # characters; less than this from the fast pass triggers the fallbacks
WHOLE_PAGE = 0.9  # share of the page's visible text: a fast-pass body this large is the page


def _parser() -> etree.HTMLParser:
    """trafilatura's HTML parser settings, with lxml.html's element classes looked up in C.

    lxml.html's own lookup is a Python method called for every element proxy lxml creates,
    about half a million calls over 181 pages (trafilatura walks the tree several times);
    a namespace lookup with a default fallback gives the same classes without the call."""
    lookup = etree.ElementNamespaceClassLookup(
        etree.ElementDefaultClassLookup(
            element=HtmlElement,
            comment=HtmlComment,
            pi=HtmlProcessingInstruction,
            entity=HtmlEntity,
        )
    )
    by_tag = lookup.get_namespace(None)
    # form, input, label...: a private table of lxml's; without it those are plain elements
    special = getattr(HtmlElementClassLookup, "_default_element_classes", {})
    for tag, cls in special.items():
        by_tag[tag] = cls
    parser = etree.HTMLParser(
        collect_ids=False,
        default_doctype=False,
        encoding="utf-8",
        remove_comments=True,
        remove_pis=True,
    )
    parser.set_element_class_lookup(lookup)
    return parser


_PARSER = _parser()


@dataclass(slots=True)
class PageLine:
    text: str
    region: str | None
    container: HtmlElement | None = None  # the innermost element around the whole line
    link: float = 0.0  # share of the line's characters inside links


@dataclass(slots=True)
class Extraction:
    lines: list[PageLine]
    body: list[str]  # paragraphs of the article body
    title: str | None = None
    author: str | None = None
    sitename: str | None = None
    keep: list[bool] = field(default_factory=list)  # per line: part of the body
    # per line, why the block classifier or the line filter overruled trafilatura
    overruled: list[str | None] = field(default_factory=list)
    dateline: str | None = None  # a dated line the line filter took out of the body


def parse(markup: str) -> HtmlElement | None:
    """The page as trafilatura's ``load_html`` reads a string (same repairs, same fallback to
    bytes, same rejection of a non-HTML text), parsed by :data:`_PARSER`."""
    beginning = markup[:50].lower()
    dubious = is_dubious_html(beginning)
    markup = repair(markup, beginning)
    tree: HtmlElement | None = None
    as_bytes = False
    try:
        tree = fromstring(markup, parser=_PARSER)
    except ValueError:  # "Unicode strings with encoding declaration are not supported."
        tree, as_bytes = _parse_bytes(markup), True
    except Exception:  # noqa: BLE001 - an unparsable page is a page without HTML
        logger.debug("lxml could not parse the page", exc_info=True)
    if (tree is None or len(tree) < 1) and not as_bytes:
        tree = _parse_bytes(markup)
    if tree is not None and dubious and len(tree) < 2:
        return None  # not (well-formed) HTML at all
    return tree


# What trafilatura's repair_faulty_html deletes (INVALID_XML_CHARS): U+FFFE, U+FFFF and the
# C0 controls but tab and newlines, these as UTF-8 bytes (never part of a multi-byte sequence).
_INVALID_XML_BYTES = bytes([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])


def repair(markup: str, beginning: str) -> str:
    """trafilatura's ``repair_faulty_html(markup, beginning)``, the same string.

    Its regex filter of invalid XML characters scans a 170 kB page in ~0.5 ms and nearly
    always finds nothing; finding that out with str and bytes methods takes half as long.
    Where there is nothing to delete, only its fixes of the first lines are left to do."""
    data = markup.encode("utf-8", "surrogatepass")
    if (
        "\ufffe" in markup
        or "\uffff" in markup
        or len(data.translate(None, _INVALID_XML_BYTES)) != len(data)
    ):
        return repair_faulty_html(markup, beginning)
    if "doctype" in beginning:
        firstline, _, rest = markup.partition("\n")
        markup = DOCTYPE_TAG.sub("", firstline, count=1) + "\n" + rest
    for line in markup[:4096].splitlines()[:4]:
        if "<html" in line and line.endswith("/>"):
            return FAULTY_HTML.sub(r"\1>", markup, count=1)
    return markup


def _parse_bytes(markup: str) -> HtmlElement | None:
    try:
        return fromstring(markup.encode("utf8", "surrogatepass"), parser=_PARSER)
    except Exception:  # noqa: BLE001 - as load_html: no tree
        logger.debug("lxml could not parse the page as bytes", exc_info=True)
        return None


def _attr_region(attrs: str) -> str | None:
    """The region an element's lower-cased ``"class id role"`` names, if any."""
    if "navigation" in attrs:
        return "navigation"
    for word, region in REGION_WORDS:
        if word in attrs:
            return region
    return None


def visible_lines(tree: HtmlElement) -> list[PageLine]:
    """The page's visible text, one block per line, with the region each block sat in."""
    # The hot loop of the clean stage (a few hundred elements a page): an element's region
    # comes from its tag, else from its class/id/role, read only when it has one.
    lines: list[PageLine] = []
    buf: list[str] = []
    add = buf.append
    regions: list[tuple[HtmlElement, str]] = []
    in_link = 0
    link_chars = 0  # characters of the buffer added inside <a>

    def flush(container: HtmlElement | None) -> None:
        nonlocal link_chars
        raw = "".join(buf)
        # the same as re.sub(r"\s+", " ", ...).strip(): both break on str.isspace()
        text = " ".join(raw.split())
        buf.clear()
        if text:
            link = min(1.0, link_chars / len(raw)) if link_chars else 0.0
            lines.append(PageLine(text, regions[-1][1] if regions else None, container, link))
        link_chars = 0

    walker = etree.iterwalk(tree, events=("start", "end"))
    for event, el in walker:
        tag = el.tag
        if tag.__class__ is not str:  # comment, entity
            tag = ""
        if event == "start":
            if tag in SKIP:
                walker.skip_subtree()
                continue
            if buf and tag in BLOCK:
                flush(el.getparent())
            if tag == "a":
                in_link += 1
            region = REGION_TAGS.get(tag)
            if region is None:
                get = el.get
                cls, ident, role = get("class"), get("id"), get("role")
                if cls or ident or role:
                    attrs = f"{cls or ''} {ident or ''} {role or ''}".lower()
                    if attrs.strip():
                        region = _attr_region(attrs)
            if region and not (regions and regions[-1][1] == "comments"):
                regions.append((el, region))
            if text := el.text:
                add(text)
                if in_link:
                    link_chars += len(text)
        else:
            if buf and tag in BLOCK:
                flush(el)
            if tag == "a" and in_link:
                in_link -= 1
            if regions and regions[-1][0] is el:
                regions.pop()
            if tail := el.tail:
                add(tail)
                if in_link:
                    link_chars += len(tail)
    if buf:
        flush(tree)
    return lines


def _body_paragraphs(text: str | None) -> list[str]:
    if not text:
        return []
    return [p for p in (" ".join(line.split()) for line in text.splitlines()) if p]


def _trafilatura(
    tree: HtmlElement, url: str | None, fast: bool, recall: bool | None = None
) -> list[str]:
    try:
        result = bare_extraction(
            tree,
            url=url,
            include_comments=False,
            fast=fast,
            favor_recall=not fast if recall is None else recall,
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
        if (t := " ".join(p.text_content().split()))
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
        sitename = url_host(url)
        if sitename and sitename.startswith("www."):
            sitename = sitename[4:]
    if sitename:
        sitename = sitename.lstrip("@").strip() or None
    return title or None, author or None, sitename


# Deleted before comparing lines with trafilatura's text, which drops control characters
# (cp1252 quotes misread as C1 controls, for one) and some invisible marks.
_INVISIBLE = dict.fromkeys(
    [
        *range(0x20),
        0x7F,
        *range(0x80, 0xA0),
        0x200B,
        0x200C,
        0x200D,
        0x200E,
        0x200F,
        0xFEFF,
        0xAD,
        0x7C,
        0x5C,
    ]
)


def _compact(text: str) -> str:
    return "".join(text.split()).translate(_INVISIBLE)


def _anchors(candidates: list[tuple[int, int, int]]) -> dict[int, int]:
    """Line -> position for the longest (in characters) set of (line, position, length)
    candidates whose positions rise with the lines and do not overlap."""
    best: list[tuple[int, int]] = []  # per candidate: (total length, previous candidate)
    for k, (_, found, size) in enumerate(candidates):
        total, prev = size, -1
        for j in range(k):
            if candidates[j][1] + candidates[j][2] <= found and best[j][0] + size > total:
                total, prev = best[j][0] + size, j
        best.append((total, prev))
    chain: dict[int, int] = {}
    k = max(range(len(best)), key=lambda j: best[j][0]) if best else -1
    while k >= 0:
        chain[candidates[k][0]] = candidates[k][1]
        k = best[k][1]
    return chain


def _align(lines: list[PageLine], body: list[str]) -> list[bool]:
    """Which page lines belong to the body, walking both in order.

    Compared without whitespace: trafilatura breaks a block at ``<br>`` and joins inline
    elements with or without spaces where the visible text does otherwise."""
    starts: set[int] = set()
    ends: set[int] = set()
    parts: list[str] = []
    size = 0
    for paragraph in body:
        part = _compact(paragraph)
        starts.add(size)
        size += len(part)
        ends.add(size)
        parts.append(part)
    joined = "".join(parts)
    compact = [_compact(line.text) for line in lines]
    # Long lines occur once: they anchor the walk, so that a short line found far ahead (the
    # headline repeated under a related story) cannot make it skip the body.
    anchors = _anchors(
        [(i, found, len(text)) for i, text in enumerate(compact)
         if len(text) >= ANCHOR and (found := joined.find(text)) >= 0]
    )  # fmt: skip
    keep = [False] * len(lines)
    pos = 0
    limits: list[int] = []
    bound = len(joined)
    for i in range(len(lines) - 1, -1, -1):
        limits.append(bound)
        if i in anchors:
            bound = anchors[i]
    limits.reverse()
    for i, text in enumerate(compact):
        if not text:
            continue
        if i in anchors:
            keep[i] = True
            pos = anchors[i] + len(text)
            continue
        found = joined.find(text, pos, limits[i])
        if found < 0:
            continue
        # A short line ("Share", "Home") may occur by chance: accept it only right where the
        # body continues, or when it is a whole body paragraph.
        whole = found in starts and found + len(text) in ends
        if len(text) < 32 and found - pos > 64 and not whole:
            continue
        keep[i] = True
        pos = found + len(text)
    return keep


def _filter_lines(result: Extraction) -> None:
    """The text filter of :mod:`.lines` over the body's lines: the headline, bylines,
    datelines, share bars and newsletter prompts trafilatura keeps on some layouts."""
    kept_at = [i for i, k in enumerate(result.keep) if k]
    if not kept_at:
        return
    source = "\n".join(result.lines[i].text for i in kept_at)
    found = split_lines(source)
    if len(found) != len(kept_at):  # a line split differently: leave the body alone
        return
    verdict = classify(found, title_hint=result.title)
    if not verdict.kept:
        return
    # The masthead's today's date stands above the headline, the article's own date right
    # above its first paragraph: the dated line nearest the body's start is the dateline.
    first = next(
        (k for k, line in enumerate(found) if line.reason is None and body_like(line)), len(found)
    )
    dated = [
        line.text
        for line in found[:first]
        if line.reason in DATELINE_REASONS and find_dates(line.text)
    ]
    result.dateline = dated[-1] if dated else verdict.dateline
    result.author = result.author or verdict.author
    for i, line in zip(kept_at, found, strict=True):
        # A line said twice inside an article is mostly the article's own (a refrain, a
        # repeated "Q:"): on the development pages this reason was wrong more often than right.
        if line.reason and line.reason not in KEEP_REASONS:
            result.keep[i] = False
            result.overruled[i] = line.reason
    result.body = [line.text for line, k in zip(result.lines, result.keep, strict=True) if k]


def _overrule(result: Extraction, model: BlockModel) -> None:
    """Let the block classifier drop blocks trafilatura kept and add blocks it left out,
    where it is confident (thresholds chosen by cross-validation in :mod:`.train`)."""
    if not result.lines or not any(result.keep):
        return
    probs = model.probabilities(features(result.lines, result.keep))
    overruled = decide(result.keep, probs, model.drop_below, model.add_above, model.inside_below)
    keep = [k if why is None else not k for k, why in zip(result.keep, overruled, strict=True)]
    if not any(overruled) or not any(keep):
        return
    result.keep, result.overruled = keep, overruled
    result.body = [line.text for line, k in zip(result.lines, keep, strict=True) if k]


_SHIPPED = object()
# The shipped classifier is off by default. On held-out folds of the development pages it
# raises body F1 (CleanEval 0.862 -> 0.910, page-signal 0.906 -> 0.932, our ar/fa pages
# unchanged), but those sets call more of a page body than article-only benchmarks do, and
# on the AEB measure set it lowered F1 (0.967 -> 0.960, see benchmarks/README.md).
# ``CleanExtract(classify=True)`` or ``extract(..., model=load_model())`` turns it on.
CLASSIFY = False
LINE_FILTER = True
KEEP_REASONS = frozenset({"duplicate-line"})  # line-filter reasons not applied to HTML bodies
DATELINE_REASONS = frozenset({"dateline", "ui-widget", "byline"})


def extract(
    markup: str,
    url: str | None,
    tree: HtmlElement | None = None,
    model: BlockModel | None | object = _SHIPPED,
) -> Extraction | None:
    """Everything the clean stage needs from one page, or None if it has no HTML body.

    ``tree`` is the page already parsed by :func:`parse` (trafilatura leaves it unchanged, so
    later stages may read it too). ``model``: the block classifier that may overrule
    trafilatura; the shipped one by default, None for trafilatura's choice alone."""
    tree = tree if tree is not None else parse(markup)
    if tree is None:
        return None
    lines = visible_lines(tree)
    title, author, sitename = _metadata(tree, url, lines)
    body = _trafilatura(tree, url, fast=True)
    size = sum(map(len, body))
    if size > WHOLE_PAGE * sum(len(line.text) for line in lines) and size > MIN_BODY:
        # The fast pass found no article container and returned the page: the full cascade
        # (its fallback extractors compare candidates) picks the article out of it.
        full = _trafilatura(tree, url, fast=False, recall=False)
        if sum(map(len, full)) > MIN_BODY:
            body = full
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
    result.overruled = [None] * len(lines)
    if any(result.keep):
        # The body as the page shows it: trafilatura's text drops zero-width joiners and
        # non-joiners (which split Persian words) and other invisible characters.
        result.body = [line.text for line, k in zip(lines, result.keep, strict=True) if k]
    if LINE_FILTER:
        _filter_lines(result)
    classifier = (load_model() if CLASSIFY else None) if model is _SHIPPED else model
    if isinstance(classifier, BlockModel):
        _overrule(result, classifier)
    return result
