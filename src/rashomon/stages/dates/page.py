"""Machine-readable date evidence in a page: JSON-LD, meta tags and microdata, the URL,
and htmldate's search of the page (whose provenance we work out ourselves)."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from typing import Any

from htmldate import find_date
from lxml import etree
from lxml.html import HtmlElement
from trafilatura.utils import load_html

from .parse import date_part, find_compact, parse_any

logger = logging.getLogger(__name__)

# Publication (not modification) dates, most specific first; generic names ("date",
# "created", "timestamp") last, since some sites fill them with the page's build time.
META_NAMES = (
    "article:published_time", "og:article:published_time", "og:published_time",
    "article:published_date", "article:published", "og:article:published", "article.published",
    "article:post_date", "article:publicationdate", "published_time", "publish_time",
    "datepublished", "date_published", "rnews:datepublished", "og:datepublished",
    "og:publish_date", "og:pubdate", "pubdate", "publishdate", "publish-date", "publish_date",
    "published-date", "published_date", "publisheddate", "publication_date",
    "originalpublicationdate", "article_date_original", "dcsext.articlefirstpublished",
    "sailthru.date", "parsely-pub-date", "cxenseparse:recs:publishtime", "bt:pubdate",
    "vr:published_time", "shareaholic:article_published_time", "mediator_published_time",
    "twt-published-at", "analyticsattributes.articledate", "displaydate", "dateposted",
    "pdate", "dc.date.issued", "dcterms.issued", "dc.date.publication", "dc.date.created",
    "dcterms.created", "dc.created", "dc:created", "dc.date", "dcterms.date", "dc:date",
    "citation_publication_date", "citation_date", "article.created", "date_created",
    "datecreated", "content_create_date", "release_date", "date.release", "og:regdate",
    "doc_date", "date", "created", "timestamp",
)  # fmt: skip
_META_RANK = {name: i for i, name in enumerate(META_NAMES)}
_JSONLD_KEYS = ("datePublished", "dateCreated", "uploadDate")
# JSON-LD types, best first: the article itself, then the page that holds it, then media.
_TYPE_RANKS = (
    ("article", "posting", "report", "news", "blog", "review"),
    ("webpage", "page", "creativework"),
    ("video", "audio", "podcast", "episode", "media"),
)
_UNTYPED = len(_TYPE_RANKS)
# Types whose dates are never the page's: readers' comments, people, places, things on sale.
_OTHER_TYPES = ("comment", "answer", "question", "person", "organization", "place", "product")
# Keys that lead to *other* works (related stories, comments, citations), not the page's own.
_ELSEWHERE = frozenset({
    "comment", "comments", "review", "reviews", "relatedlink", "relatedlinks", "mentions",
    "citation", "ispartof", "hasPart".lower(), "itemlistelement", "subjectof", "workexample",
    "isbasedon", "author", "creator", "publisher", "sourceorganization", "about", "image",
    "thumbnail", "associatedmedia", "recipeinstructions", "sharedcontent",
})  # fmt: skip
_NOT_MAIN = re.compile(r"comment|related|sidebar|widget|recommend|teaser|more-|footer", re.I)
_URL_YEAR = re.compile(r"/((?:19|20)\d{2})(?:/([01]?\d))?(?=/)")
_URL_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})[/_-]([01]?\d)[/_-]([0-3]?\d)(?!\d)")


def parse(markup: str) -> HtmlElement | None:
    try:
        return load_html(markup)
    except (ValueError, TypeError, etree.ParserError):
        return None


def _type_rank(obj: dict[str, Any]) -> int | None:
    """Rank of a JSON-LD object's ``@type`` (lower is better); None for types to ignore."""
    kind = obj.get("@type", "")
    kinds = [str(k).lower() for k in (kind if isinstance(kind, list) else [kind])]
    if any(w in k for k in kinds for w in _OTHER_TYPES):  # before "news" finds NewsMediaOrg…
        return None
    for rank, words in enumerate(_TYPE_RANKS):
        if any(w in k for k in kinds for w in words):
            return rank
    return _UNTYPED


def _walk(obj: Any) -> Iterator[dict[str, Any]]:
    """The objects of a JSON-LD block that describe this page (``@graph`` members and their
    main entities), skipping branches that describe other works."""
    if isinstance(obj, dict):
        yield obj
        for key, value in obj.items():
            if isinstance(value, dict | list) and key.lower() not in _ELSEWHERE:
                yield from _walk(value)
    elif isinstance(obj, list):
        for item in obj:
            yield from _walk(item)


def json_ld(tree: HtmlElement) -> date | datetime | None:
    best: tuple[int, date | datetime] | None = None
    for script in tree.iterfind('.//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "", strict=False)
        except ValueError:
            continue
        for obj in _walk(data):
            type_rank = _type_rank(obj)
            if type_rank is None:
                continue
            for key_rank, key in enumerate(_JSONLD_KEYS):
                value = obj.get(key)
                if not isinstance(value, str):
                    continue
                parsed = parse_any(value)
                if parsed is None:
                    continue
                # The article's own dateCreated beats the enclosing page's datePublished.
                score = type_rank * len(_JSONLD_KEYS) + key_rank
                if best is None or score < best[0]:
                    best = (score, parsed)
    return best[1] if best else None


def meta(tree: HtmlElement) -> date | datetime | None:
    best: tuple[int, date | datetime] | None = None
    for el in tree.iter("meta", "time", "span", "div", "abbr", "p"):
        if el.tag == "meta":
            key = (el.get("property") or el.get("name") or el.get("itemprop") or "").lower()
            value = el.get("content")
        elif (el.get("itemprop") or "").lower() == "datepublished" and _in_main(el):
            key, value = "datepublished", el.get("datetime") or el.get("content") or el.text
        elif el.tag == "time" and el.get("pubdate") is not None and _in_main(el):
            key, value = "pubdate", el.get("datetime") or el.text
        else:
            continue
        rank = _META_RANK.get(key.strip())
        if rank is None or not value or (best is not None and rank >= best[0]):
            continue
        parsed = _meta_value(value)
        if parsed is not None:
            best = (rank, parsed)
    return best[1] if best else None


def _meta_value(value: str) -> date | datetime | None:
    value = value.strip()
    if value.isdigit():  # "20171119" (pdate), "20171119093000"
        return find_compact(value[:8]) if len(value) in (8, 12, 14) else None
    return parse_any(value)


def _in_main(el: HtmlElement) -> bool:
    """False for markup inside a comment, a related-stories list or a sidebar."""
    for parent in el.iterancestors():
        scope = (parent.get("itemtype") or "").rsplit("/", 1)[-1]
        if parent.get("itemscope") is not None and _type_rank({"@type": scope}) is None:
            return False
        if _NOT_MAIN.search(f"{parent.get('class', '')} {parent.get('id', '')}"):
            return False
    return True


def meta_values(tree: HtmlElement) -> set[date]:
    """Every date in the head's meta tags, whatever their name (for provenance checks)."""
    found: set[date] = set()
    for el in tree.iterfind(".//meta[@content]"):
        content = el.get("content", "")
        if 8 <= len(content) <= 40 and any(ch.isdigit() for ch in content):
            parsed = parse_any(content)
            if parsed is not None:
                found.add(date_part(parsed))
    return found


def from_url(url: str | None) -> date | None:
    if not url:
        return None
    match = _URL_DATE.search(url)
    if match:
        try:
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
    return find_compact(url.rsplit("?", 1)[0])


def year_window(url: str | None) -> tuple[date, date] | None:
    """The year (or month) a URL files its page under ("/2017/", "/2017/07/"), as a range."""
    match = _URL_YEAR.search(url or "")
    if match is None:
        return None
    year = int(match[1])
    month = int(match[2]) if match[2] and 1 <= int(match[2]) <= 12 else None
    if month is None:
        return date(year, 1, 1), date(year, 12, 31)
    following = date(year + month // 12, month % 12 + 1, 1)
    return date(year, month, 1), following - timedelta(days=1)


def htmldate_search(
    tree: HtmlElement, url: str | None, max_date: date, extensive: bool
) -> date | None:
    try:
        found = find_date(
            tree,
            extensive_search=extensive,
            original_date=True,
            url=url,
            max_date=max_date.isoformat(),
        )
    except Exception:  # noqa: BLE001 - htmldate errors on odd pages must not fail the document
        logger.debug("htmldate failed on %s", url, exc_info=True)
        return None
    if not found:
        return None
    try:
        return date.fromisoformat(found)
    except ValueError:
        return None
