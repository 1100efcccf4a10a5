"""URLs as untrusted input: a page's URL comes from the crawl, a JSONL field or a feed item,
and may be anything."""

from __future__ import annotations

from urllib.parse import urlsplit


def url_host(url: str) -> str | None:
    """The lower-cased host of ``url``, or None where it has none or is not a valid URL
    (``urlsplit`` raises on a broken bracketed host such as ``https://[x``)."""
    try:
        return urlsplit(url).hostname
    except ValueError:
        return None
