"""Readers: turn input paths into documents carrying raw bytes and their origin.

A reader never interprets content beyond what it needs to split a container into records
(WARC response records, JSONL lines); decoding and extraction are stages. A container that
breaks half-way (truncated gzip, malformed WARC) yields the records read so far and then a
failed document that says what broke, so nothing already read is lost and the run goes on.
"""

from __future__ import annotations

import gzip
import json
import logging
import re
import zlib
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from ... import registry
from ...model import ContentKind, Document, InputFormat, Origin, document_id
from .decode import without_surrogates

logger = logging.getLogger(__name__)

MAX_DOCUMENT_BYTES = 20 * 1024 * 1024  # larger inputs are skipped with a recorded reason
TEXT_TYPES = ("text/plain",)


def make_document(
    origin: Origin,
    fmt: InputFormat,
    raw: bytes,
    content: ContentKind = ContentKind.TEXT,
    **fields: Any,
) -> Document:
    return Document(
        id=document_id(origin, raw), origin=origin, format=fmt, content=content, raw=raw, **fields
    )


def failed_document(
    origin: Origin, fmt: InputFormat, kind: str, message: str, raw: bytes = b""
) -> Document:
    doc = make_document(origin, fmt, raw or f"{kind}:{message}".encode())
    doc.raw = raw
    doc.fail(kind, message, "ingest")
    return doc


def skipped_document(
    origin: Origin, fmt: InputFormat, kind: str, message: str, marker: bytes
) -> Document:
    doc = make_document(origin, fmt, marker)
    doc.raw = b""
    doc.skip(kind, message, "ingest")
    return doc


def _open_maybe_gzip(path: Path) -> BinaryIO:
    with path.open("rb") as probe:
        magic = probe.read(2)
    if magic == b"\x1f\x8b":
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return path.open("rb")


def _too_large(path: Path, fmt: InputFormat, origin: Origin) -> Document | None:
    size = path.stat().st_size
    if size > MAX_DOCUMENT_BYTES and fmt in (InputFormat.TEXT, InputFormat.HTML):
        mib = size / 1024 / 1024
        return skipped_document(
            origin,
            fmt,
            "too-large",
            f"{mib:.0f} MiB is over the {MAX_DOCUMENT_BYTES // 1024 // 1024} MiB limit for one "
            "document; split it or raise the limit",
            marker=f"too-large:{size}:{path.stat().st_mtime_ns}".encode(),
        )
    return None


@registry.readers.register("reader.text.v1")
def read_text(path: Path, display: str) -> Iterator[Document]:
    origin = Origin(path=display)
    yield _too_large(path, InputFormat.TEXT, origin) or make_document(
        origin, InputFormat.TEXT, path.read_bytes(), ContentKind.TEXT, source=path.parent.name
    )


@registry.readers.register("reader.html.v1")
def read_html(path: Path, display: str) -> Iterator[Document]:
    origin = Origin(path=display)
    yield _too_large(path, InputFormat.HTML, origin) or make_document(
        origin, InputFormat.HTML, path.read_bytes(), ContentKind.HTML
    )


@registry.readers.register("reader.jsonl.v1")
def read_jsonl(path: Path, display: str) -> Iterator[Document]:
    """One document per line; fields ``text`` or ``html``, optional url/title/date/source/author.

    The stored raw bytes are the line itself; a line that is not a JSON object becomes a
    failed document with the line kept.
    """
    record, read = -1, 0
    try:
        with _open_maybe_gzip(path) as stream:
            for record, line in enumerate(stream):
                if not line.strip():
                    continue
                read += 1
                yield _jsonl_document(line.rstrip(b"\r\n"), Origin(path=display, record=record))
        if not read:
            yield skipped_document(
                Origin(path=display),
                InputFormat.JSONL,
                "empty",
                "the JSONL file has no records (no non-blank lines)",
                marker=b"empty-jsonl",
            )
    except (EOFError, OSError, zlib.error) as exc:
        yield failed_document(
            Origin(path=display, record=record + 1),
            InputFormat.JSONL,
            "truncated-gzip",
            f"compressed stream broke after {record + 1} lines ({exc}); lines before it were read",
        )


def _jsonl_document(line: bytes, origin: Origin) -> Document:
    if len(line) > MAX_DOCUMENT_BYTES:
        return skipped_document(
            origin,
            InputFormat.JSONL,
            "too-large",
            "JSONL line over the size limit",
            marker=line[:4096],
        )
    try:
        obj = json.loads(line)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        return failed_document(
            origin, InputFormat.JSONL, "malformed-jsonl", f"line is not valid JSON: {exc}", raw=line
        )
    if not isinstance(obj, dict):
        return failed_document(
            origin, InputFormat.JSONL, "malformed-jsonl", "line is JSON but not an object", raw=line
        )
    has_html = isinstance(obj.get("html"), str) and not isinstance(obj.get("text"), str)
    if not isinstance(obj.get("text"), str) and not has_html:
        return failed_document(
            origin,
            InputFormat.JSONL,
            "missing-field",
            "record has neither a 'text' nor an 'html' string field",
            raw=line,
        )
    hints = {
        k: without_surrogates(str(obj[k]))
        for k in ("title", "date", "author", "source", "url")
        if obj.get(k) not in (None, "")
    }
    url = hints.get("url")
    return make_document(
        Origin(path=origin.path, record=origin.record, url=url),
        InputFormat.JSONL,
        line,
        ContentKind.HTML if has_html else ContentKind.TEXT,
        url=url,
        hints=hints,
        source=hints.get("source"),
    )


@registry.readers.register("reader.warc.v1")
def read_warc(path: Path, display: str) -> Iterator[Document]:
    """HTML and plain-text ``response`` records; other records (requests, images...) are not
    articles and are passed over."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    number = -1
    try:
        with path.open("rb") as stream:
            records = 0
            for record in ArchiveIterator(stream, arc2warc=True):
                records += 1
                if record.rec_type is None:
                    raise ValueError("a record has no WARC-Type header")
                if record.rec_type != "response":
                    continue
                number += 1
                origin = Origin(
                    path=display,
                    record=number,
                    url=record.rec_headers.get_header("WARC-Target-URI"),
                )
                doc = _warc_document(record, origin)
                if getattr(record.raw_stream, "limit", 0) > 0:  # no Content-Length: no limit
                    raise ValueError(f"record {number} is cut short")
                yield doc
            if not records:
                raise ValueError("no WARC records found")
            if number < 0:
                yield skipped_document(
                    Origin(path=display),
                    InputFormat.WARC,
                    "no-articles",
                    f"the WARC file has {records} records but no 'response' record with a page",
                    marker=f"no-articles:{records}".encode(),
                )
    # warcio raises AttributeError on a response record without a WARC-Target-URI.
    except (ArchiveLoadFailed, AttributeError, EOFError, OSError, ValueError, zlib.error) as exc:
        yield failed_document(
            Origin(path=display, record=number + 1),
            InputFormat.WARC,
            "malformed-warc",
            f"WARC stream broke after {number + 1} response records ({exc}); "
            "records before it were read",
        )


def _warc_document(record: object, origin: Origin) -> Document:
    http = getattr(record, "http_headers", None)
    ctype = (http.get_header("Content-Type") or "") if http else ""
    raw = record.content_stream().read(MAX_DOCUMENT_BYTES + 1)  # type: ignore[attr-defined]
    fetched = _parse_warc_date(record.rec_headers.get_header("WARC-Date"))  # type: ignore[attr-defined]
    if len(raw) > MAX_DOCUMENT_BYTES:
        return skipped_document(
            origin,
            InputFormat.WARC,
            "too-large",
            "WARC record payload over the size limit",
            marker=raw[:4096],
        )
    kind = ContentKind.TEXT if ctype.lower().startswith(TEXT_TYPES) else ContentKind.HTML
    hints = {"content_type": ctype} if ctype else {}
    return make_document(
        origin, InputFormat.WARC, raw, kind, url=origin.url, fetched=fetched, hints=hints
    )


def _parse_warc_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def read_stdin(stream: BinaryIO) -> Iterator[Document]:
    raw = stream.read(MAX_DOCUMENT_BYTES + 1)
    origin = Origin(path="-")
    if len(raw) > MAX_DOCUMENT_BYTES:
        yield skipped_document(
            origin,
            InputFormat.TEXT,
            "too-large",
            "standard input over the size limit",
            marker=raw[:4096],
        )
        return
    kind = ContentKind.HTML if sniff_html(raw) else ContentKind.TEXT
    fmt = InputFormat.HTML if kind is ContentKind.HTML else InputFormat.TEXT
    yield make_document(origin, fmt, raw, kind)


def sniff_html(raw: bytes) -> bool:
    head = raw[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html", b"<head", b"<body")) or b"<html" in head


# Each piece of the prolog ends at its own first terminator, so a failed match backtracks in
# linear time ("<?a?>" repeated is not split every possible way).
_FEED_ROOT = re.compile(
    rb"(?:\s|<\?(?:[^?]|\?(?!>))*\?>|<!--(?:[^-]|-(?!->))*-->|<!doctype[^\[>]*(?:\[[^\]]*\])?\s*>)*"
    rb"<(?:rss|feed|rdf:rdf)[\s>/]",
    re.I,
)


def sniff_feed(raw: bytes) -> bool:
    """An RSS, RDF or Atom document: its root element, after the XML prolog, is a feed's."""
    head = raw[:2048].lstrip(b"\xef\xbb\xbf\xff\xfe").replace(b"\x00", b"")
    return _FEED_ROOT.match(head) is not None


def relative_display(path: Path) -> str:
    """The path as shown and stored: relative to the working directory when inside it."""
    resolved = path.resolve()
    try:
        return str(resolved.relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(resolved)


def sniff_format(path: Path) -> str:
    """Reader name for a file: by extension, else by its first bytes."""
    name = path.name.lower()
    for suffixes, reader in (
        ((".warc", ".warc.gz", ".arc", ".arc.gz"), "reader.warc.v1"),
        ((".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz"), "reader.jsonl.v1"),
        ((".html", ".htm", ".xhtml"), "reader.html.v1"),
        ((".txt", ".text"), "reader.text.v1"),
        ((".rss", ".atom"), "reader.feed.v1"),
    ):
        if name.endswith(suffixes):
            return reader
    try:
        with _open_maybe_gzip(path) as stream:
            head = stream.read(2048)
    except (OSError, EOFError, zlib.error):
        head = b""
    if head.startswith(b"WARC/"):
        return "reader.warc.v1"
    if head.lstrip().startswith(b"{"):
        return "reader.jsonl.v1"
    if sniff_feed(head):
        return "reader.feed.v1"
    return "reader.html.v1" if sniff_html(head) else "reader.text.v1"
