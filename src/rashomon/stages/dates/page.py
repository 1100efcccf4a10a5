"""Machine-readable date evidence in a page: JSON-LD, meta tags and microdata, the URL,
and htmldate's search of the page (whose provenance we work out ourselves)."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

from htmldate import find_date
from lxml import etree
from lxml.html import HtmlElement
from trafilatura.utils import load_html

from .parse import date_part, find_compact, parse_any

logger = logging.getLogger(__name__)

# Publication (not modification) dates, most specific first.
META_NAMES = (
    "article:published_time", "og:article:published_time", "og:published_time",
    "published_time", "article.published", "article:published", "datepublished",
    "rnews:datepublished", "pubdate", "publishdate", "publish-date", "publish_date",
    "publication_date", "originalpublicationdate", "article_date_original", "sailthru.date",
    "parsely-pub-date", "cxenseparse:recs:publishtime", "dc.date.issued", "dcterms.issued",
    "dc.date.created", "dcterms.created", "dc.date", "dcterms.date", "citation_publication_date",
    "citation_date", "date", "date.release", "release_date", "og:pubdate",
)  # fmt: skip
_META_RANK = {name: i for i, name in enumerate(META_NAMES)}
_JSONLD_KEYS = ("datePublished", "dateCreated", "uploadDate")
_ARTICLE_TYPES = ("article", "posting", "report", "newsarticle", "webpage", "video")
_URL_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})[/_-]([01]?\d)[/_-]([0-3]?\d)(?!\d)")


def parse(markup: str) -> HtmlElement | None:
    try:
        return load_html(markup)
    except (ValueError, TypeError, etree.ParserError):
        return None


def _typed(obj: dict[str, Any]) -> bool:
    kind = obj.get("@type", "")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(any(t in str(k).lower() for t in _ARTICLE_TYPES) for k in kinds)


def _walk(obj: Any) -> Iterator[dict[str, Any]]:
    if isinstance(obj, dict):
        yield obj
        for value in obj.values():
            if isinstance(value, dict | list):
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
            for rank, key in enumerate(_JSONLD_KEYS):
                value = obj.get(key)
                if not isinstance(value, str):
                    continue
                parsed = parse_any(value)
                if parsed is None:
                    continue
                score = rank * 2 + (0 if _typed(obj) else 1)
                if best is None or score < best[0]:
                    best = (score, parsed)
    return best[1] if best else None


def meta(tree: HtmlElement) -> date | datetime | None:
    best: tuple[int, date | datetime] | None = None
    for el in tree.iter("meta", "time", "span", "div", "abbr"):
        if el.tag == "meta":
            key = (el.get("property") or el.get("name") or el.get("itemprop") or "").lower()
            value = el.get("content")
        else:
            if (el.get("itemprop") or "").lower() != "datepublished":
                continue
            key, value = "datepublished", el.get("datetime") or el.get("content") or el.text
        rank = _META_RANK.get(key.strip())
        if rank is None or not value or (best is not None and rank >= best[0]):
            continue
        parsed = parse_any(value)
        if parsed is not None:
            best = (rank, parsed)
    return best[1] if best else None


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
