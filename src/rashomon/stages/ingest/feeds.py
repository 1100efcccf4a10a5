"""Feed reader: RSS 2.0, RSS 1.0 (RDF) and Atom files, one document per item or entry.

An item is an article the way a JSONL record is: its ``content:encoded`` (or Atom
``content``, else ``description``/``summary``) is the page, and its title, link, author and
publication date travel as ``hints``, so the clean stage keeps the feed's title and the dates
stage takes the feed's date as given with the input (``DateSource.INPUT``). The channel's
title is the outlet (``source``). A document's ``raw`` bytes are its item's body as UTF-8
(feedparser has decoded the feed and dropped scripts from the HTML); a feed that cannot be read
keeps its bytes whole in its failed document.

feedparser (a declared dependency) does the parsing: a strict SAX parser with external
entities off, and its forgiving parser for feeds that are not well-formed XML. The bytes are
handed over wrapped in a stream, because ``feedparser.parse`` given a bare string or bytes
may treat it as a URL to fetch or a file name to open. A file that yields no items at all
becomes one failed document saying why; an item without content is skipped with a reason.
"""

from __future__ import annotations

import gzip
import io
import logging
import re
import zlib
from collections.abc import Iterator, Mapping
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

from ... import registry
from ...errors import InputError
from ...model import ContentKind, Document, InputFormat, Origin
from .decode import decode_bytes, without_surrogates
from .readers import (
    MAX_DOCUMENT_BYTES,
    _open_maybe_gzip,
    failed_document,
    make_document,
    skipped_document,
)

logger = logging.getLogger(__name__)

HTML_TYPES = ("text/html", "application/xhtml+xml", "html", "xhtml")
_SPACES = re.compile(r"\s+")


@registry.readers.register("reader.feed.v1")
def read_feed(path: Path, display: str) -> Iterator[Document]:
    """One document per feed item; its record number is its position in the feed."""
    try:
        with _open_maybe_gzip(path) as stream:
            data = stream.read(MAX_DOCUMENT_BYTES + 1)
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
        yield _malformed(display, f"the compressed feed is broken ({exc})", b"")
        return
    if len(data) > MAX_DOCUMENT_BYTES:
        yield skipped_document(
            Origin(path=display),
            InputFormat.FEED,
            "too-large",
            f"the feed is over the {MAX_DOCUMENT_BYTES // 1024 // 1024} MiB limit; split it",
            marker=f"too-large:{path.stat().st_size}:{path.stat().st_mtime_ns}".encode(),
        )
        return
    yield from feed_documents(data, display)


def feed_documents(data: bytes, display: str) -> Iterator[Document]:
    """The items of the feed ``data`` read from ``display`` (a path or URL), as documents."""
    import feedparser

    try:
        try:
            parsed = feedparser.parse(io.BytesIO(data), sanitize_html=True)
        except Exception:  # noqa: BLE001 - retried below; a second failure is recorded
            # feedparser trips on a few kinds of junk (an XML declaration that is not ASCII or
            # names an encoding with NULs in it, "&#x110000;"): once more, as clean UTF-8.
            parsed = feedparser.parse(io.BytesIO(_repaired(data)), sanitize_html=True)
    except Exception as exc:  # noqa: BLE001 - feedparser's own bugs on junk must stay per file
        logger.warning("feedparser failed on %s", display, exc_info=True)
        yield _malformed(display, f"the feed parser stopped ({type(exc).__name__}: {exc})", data)
        return
    entries = _get(parsed, "entries") or []
    if not entries:
        why = _get(parsed, "bozo_exception")
        reason = f"it is not a well-formed feed ({why})" if why else "it has no items"
        yield _malformed(display, f"no feed items could be read: {reason}", data)
        return
    outlet = _clean(_get(_get(parsed, "feed") or {}, "title"))
    for record, entry in enumerate(entries):
        yield _item_document(entry, Origin(path=display, record=record), outlet)


_XML_DECLARATION = re.compile(r"<\?xml[^>]*>")
_CHARREF = re.compile(r"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));")


def _repaired(data: bytes) -> bytes:
    """The feed as clean UTF-8: decoded as the decode stage would, without XML declarations
    (which may name another encoding) or NULs, character references to no character replaced."""
    try:
        text, _ = decode_bytes(data)
    except InputError:
        text = data.decode("utf-8", "replace")
    text = _XML_DECLARATION.sub("", text.replace("\x00", ""))
    return _CHARREF.sub(_charref, text).encode("utf-8", "replace")


def _charref(match: re.Match[str]) -> str:
    digits = match[1] or match[2]
    value = int(digits, 16 if match[1] else 10) if len(digits) <= 8 else -1
    valid = 0 < value <= 0x10FFFF and not 0xD800 <= value <= 0xDFFF
    return match[0] if valid else "&#xFFFD;"


def _malformed(display: str, message: str, data: bytes) -> Document:
    return failed_document(Origin(path=display), InputFormat.FEED, "malformed-feed", message, data)


def _item_document(entry: Mapping[str, Any], origin: Origin, outlet: str | None) -> Document:
    url = _clean(_get(entry, "link"))
    hints = {
        key: value
        for key, value in (
            ("title", _clean(_get(entry, "title"))),
            ("date", _date_hint(entry)),
            ("author", _clean(_get(entry, "author"))),
            ("source", outlet),
            ("url", url),
        )
        if value
    }
    origin = Origin(path=origin.path, record=origin.record, url=url)
    body, kind = _content(entry)
    if not body.strip():
        doc = skipped_document(
            origin,
            InputFormat.FEED,
            "empty",
            "the feed item has no content, only a headline and link; fetch the link with "
            "'rashomon analyze --urls FILE' to read the article",
            marker=f"empty-item:{url or ''}:{hints.get('title', '')}".encode(),
        )
        doc.url, doc.hints = url, hints
        return doc
    return make_document(
        origin,
        InputFormat.FEED,
        body.encode("utf-8"),
        kind,
        url=url,
        hints=hints,
        source=outlet,
    )


def _content(entry: Mapping[str, Any]) -> tuple[str, ContentKind]:
    """The fullest body the item carries: content (HTML first), else its summary."""
    options: list[Mapping[str, Any]] = [
        c for c in _get(entry, "content") or [] if isinstance(c, Mapping)
    ]
    options.sort(key=lambda c: not str(c.get("type", "")).startswith(HTML_TYPES))
    detail = _get(entry, "summary_detail")
    if isinstance(detail, Mapping):
        options.append(detail)
    elif isinstance(summary := _get(entry, "summary"), str):
        options.append({"value": summary, "type": "text/html"})
    for option in options:
        value = option.get("value")
        if isinstance(value, str) and value.strip():
            plain = str(option.get("type", "")).lower() == "text/plain"
            return without_surrogates(value), ContentKind.TEXT if plain else ContentKind.HTML
    return "", ContentKind.HTML


def _date_hint(entry: Mapping[str, Any]) -> str | None:
    """The item's date as the feed wrote it; an RFC 822 date (RSS) becomes ISO 8601 with its
    own offset, so the day is the one the outlet meant, not the day in UTC."""
    for key in ("published", "updated", "created"):
        value = _clean(_get(entry, key))
        if not value:
            continue
        try:
            return parsedate_to_datetime(value).isoformat()
        except (TypeError, ValueError, IndexError, OverflowError):
            return value
    return None


def _get(mapping: Mapping[str, Any], key: str) -> Any:
    """The key as feedparser stored it: its own ``get`` maps old names to new ones ("updated"
    to "published") with a DeprecationWarning."""
    return dict.get(mapping, key) if isinstance(mapping, dict) else mapping.get(key)


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    text = _SPACES.sub(" ", without_surrogates(value)).strip()
    return text or None
