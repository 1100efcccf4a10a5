#!/usr/bin/env python3
"""Build data/demo/warc/rashomon-demo.warc.gz from the pages in data/demo/warc_src/.

Deterministic: fixed crawl dates, record ids derived from the target URI, gzip members
written with mtime 0. Uses only the standard library (no warcio needed to write).

Layout: one ``warcinfo`` record, then for each page (sorted by file name) a ``response``
record (HTTP/1.1 200 headers + the HTML body); the page listed in REQUEST_FOR also gets a
``request`` record written just before its response. Response records are therefore
numbered 0..n-1 in file-name order, which is what data/demo/manifest.jsonl refers to.

Run:  python data/demo/build_warc.py
"""
from __future__ import annotations

import base64
import gzip
import hashlib
import re
import uuid
from datetime import datetime, timezone
from email.utils import format_datetime
from pathlib import Path
from urllib.parse import urlsplit

HERE = Path(__file__).resolve().parent
SRC = HERE / "warc_src"
OUT = HERE / "warc" / "rashomon-demo.warc.gz"

# Crawl time of each page (UTC). Not the publication date.
CRAWL_DATES = {
    "01-zagros-line-abadi-declares-victory-mosul.html": "2024-03-04T10:15:02Z",
    "02-pars-horizon-irgc-operation-martyr-soleimani.html": "2024-03-04T10:15:09Z",
    "03-sepidar-albukamal-hidden-costs.html": "2024-03-04T10:16:31Z",
    "04-dijla-today-abadi-yulin-tahrir-almosul.html": "2024-03-04T10:17:45Z",
}
DEFAULT_DATE = "2024-03-04T12:00:00Z"
REQUEST_FOR = {"02-pars-horizon-irgc-operation-martyr-soleimani.html"}
INFO_DATE = "2024-03-04T10:15:00Z"
USER_AGENT = "Mozilla/5.0 (compatible; rashomon-demo-crawler/1.0)"
NS = uuid.UUID("6f1d3c1e-8a53-4c7e-9d64-3f0b2a5e7c11")


def record_id(*parts: str) -> str:
    return f"<urn:uuid:{uuid.uuid5(NS, '|'.join(parts))}>"


def sha1_b32(data: bytes) -> str:
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode("ascii")


def canonical_url(html: str, name: str) -> str:
    for pattern in (r'<link rel="canonical" href="([^"]+)"',
                    r'<meta property="og:url" content="([^"]+)"'):
        m = re.search(pattern, html)
        if m:
            return m.group(1).replace("&amp;", "&")
    raise SystemExit(f"{name}: no canonical link or og:url to use as WARC-Target-URI")


def warc_record(headers: list[tuple[str, str]], block: bytes) -> bytes:
    head = "WARC/1.0\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers)
    head += f"Content-Length: {len(block)}\r\n\r\n"
    raw = head.encode("utf-8") + block + b"\r\n\r\n"
    return gzip.compress(raw, compresslevel=9, mtime=0)


def http_date(iso: str) -> str:
    dt = datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
    return format_datetime(dt, usegmt=True)


def main() -> None:
    pages = sorted(SRC.glob("*.html"))
    if not pages:
        raise SystemExit(f"no pages in {SRC}")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    chunks: list[bytes] = []

    info = (
        "software: rashomon data/demo/build_warc.py\r\n"
        "format: WARC File Format 1.0\r\n"
        "conformsTo: http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.0/\r\n"
        "description: Rashomon demo corpus; fictional outlets, CC0\r\n"
        f"isPartOf: rashomon-demo\r\n"
    ).encode("utf-8")
    chunks.append(warc_record([
        ("WARC-Type", "warcinfo"),
        ("WARC-Record-ID", record_id("warcinfo", OUT.name)),
        ("WARC-Date", INFO_DATE),
        ("WARC-Filename", OUT.name),
        ("Content-Type", "application/warc-fields"),
    ], info))

    for page in pages:
        body = page.read_bytes()
        html = body.decode("utf-8")
        url = canonical_url(html, page.name)
        date = CRAWL_DATES.get(page.name, DEFAULT_DATE)
        resp_id = record_id("response", url, date)
        if page.name in REQUEST_FOR:
            parts = urlsplit(url)
            target = parts.path + (f"?{parts.query}" if parts.query else "")
            req = (
                f"GET {target} HTTP/1.1\r\n"
                f"Host: {parts.netloc}\r\n"
                f"User-Agent: {USER_AGENT}\r\n"
                "Accept: text/html,application/xhtml+xml;q=0.9,*/*;q=0.8\r\n"
                "Accept-Language: en,fa;q=0.8,ar;q=0.7\r\n"
                "Connection: close\r\n\r\n"
            ).encode("utf-8")
            chunks.append(warc_record([
                ("WARC-Type", "request"),
                ("WARC-Record-ID", record_id("request", url, date)),
                ("WARC-Date", date),
                ("WARC-Target-URI", url),
                ("WARC-Concurrent-To", resp_id),
                ("Content-Type", "application/http; msgtype=request"),
                ("WARC-Block-Digest", sha1_b32(req)),
            ], req))
        http = (
            "HTTP/1.1 200 OK\r\n"
            f"Date: {http_date(date)}\r\n"
            "Server: nginx\r\n"
            "Content-Type: text/html; charset=utf-8\r\n"
            f"Content-Length: {len(body)}\r\n"
            "Cache-Control: max-age=300\r\n"
            "Connection: close\r\n\r\n"
        ).encode("ascii")
        block = http + body
        chunks.append(warc_record([
            ("WARC-Type", "response"),
            ("WARC-Record-ID", resp_id),
            ("WARC-Date", date),
            ("WARC-Target-URI", url),
            ("Content-Type", "application/http; msgtype=response"),
            ("WARC-Payload-Digest", sha1_b32(body)),
            ("WARC-Block-Digest", sha1_b32(block)),
        ], block))

    OUT.write_bytes(b"".join(chunks))
    print(f"wrote {OUT} ({len(pages)} response records)")


if __name__ == "__main__":
    main()
