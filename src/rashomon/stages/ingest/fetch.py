"""Polite HTTP fetching of article URLs and RSS/Atom feeds (``rashomon analyze --urls FILE``).

Polite means: an honest user agent, timeouts, robots.txt obeyed per host, a delay between
requests to one host, and a few retries with back-off on timeouts and 429/5xx answers. A feed
URL (RSS or Atom) is expanded into its entries' links. Every URL that cannot be fetched becomes
a failed document saying why, so the run goes on and the summary shows it.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from ... import __version__
from ...model import ContentKind, Document, InputFormat, Origin
from .readers import MAX_DOCUMENT_BYTES, failed_document, make_document

logger = logging.getLogger(__name__)

USER_AGENT = f"Rashomon/{__version__} (news-narrative research; +https://rashomon.invalid/bot)"
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml")


@dataclass
class FetchSettings:
    timeout: float = 15.0
    retries: int = 2
    backoff: float = 1.0
    delay_per_host: float = 1.0
    user_agent: str = USER_AGENT
    max_bytes: int = MAX_DOCUMENT_BYTES


@dataclass
class Fetcher:
    settings: FetchSettings = field(default_factory=FetchSettings)
    _robots: dict[str, RobotFileParser | None] = field(default_factory=dict)
    _last_hit: dict[str, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.client = httpx.Client(
            headers={"User-Agent": self.settings.user_agent},
            timeout=self.settings.timeout,
            follow_redirects=True,
            max_redirects=5,
        )

    def close(self) -> None:
        self.client.close()

    def allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        host = f"{parts.scheme}://{parts.netloc}"
        if host not in self._robots:
            parser: RobotFileParser | None = RobotFileParser()
            try:
                response = self._get(urljoin(host, "/robots.txt"))
                if response.status_code in (401, 403):
                    parser.disallow_all = True  # type: ignore[union-attr]
                elif response.status_code >= 400:
                    parser = None  # no robots.txt: everything allowed
                else:
                    parser.parse(response.text.splitlines())  # type: ignore[union-attr]
            except httpx.HTTPError:
                parser = None
            self._robots[host] = parser
        robots = self._robots[host]
        return robots is None or robots.can_fetch(self.settings.user_agent, url)

    def _get(self, url: str) -> httpx.Response:
        host = urlsplit(url).netloc
        wait = self._last_hit.get(host, 0.0) + self.settings.delay_per_host - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        attempt = 0
        while True:
            self._last_hit[host] = time.monotonic()
            try:
                response = self.client.get(url)
                if response.status_code not in (429, 500, 502, 503, 504):
                    return response
                if attempt >= self.settings.retries:
                    return response
            except (httpx.TimeoutException, httpx.TransportError):
                if attempt >= self.settings.retries:
                    raise
            attempt += 1
            time.sleep(self.settings.backoff * 2 ** (attempt - 1))

    def fetch(self, url: str) -> Iterator[Document]:
        """The document at ``url``, or one document per entry when it is a feed."""
        origin = Origin(url=url)
        if urlsplit(url).scheme not in ("http", "https"):
            yield failed_document(origin, InputFormat.URL, "bad-url", f"not an http(s) URL: {url}")
            return
        if not self.allowed(url):
            yield failed_document(
                origin,
                InputFormat.URL,
                "robots-disallowed",
                f"robots.txt of {urlsplit(url).netloc} disallows {url}",
            )
            return
        try:
            response = self._get(url)
        except httpx.HTTPError as exc:
            yield failed_document(
                origin,
                InputFormat.URL,
                "fetch-error",
                f"could not fetch {url}: {type(exc).__name__}: {exc}",
            )
            return
        if response.status_code >= 400:
            yield failed_document(
                origin, InputFormat.URL, "http-error", f"{url} answered HTTP {response.status_code}"
            )
            return
        ctype = response.headers.get("content-type", "")
        body = response.content
        if ctype.lower().startswith(FEED_TYPES) or body.lstrip()[:200].lower().startswith(
            (b"<?xml", b"<rss", b"<feed")
        ):
            yield from self._feed(url, body)
            return
        yield self._document(url, body, ctype)

    def _document(
        self, url: str, body: bytes, ctype: str, hints: dict[str, str] | None = None
    ) -> Document:
        origin = Origin(url=url)
        if len(body) > self.settings.max_bytes:
            return failed_document(
                origin, InputFormat.URL, "too-large", f"{url} is larger than the size limit"
            )
        kind = ContentKind.TEXT if ctype.lower().startswith("text/plain") else ContentKind.HTML
        all_hints = {"content_type": ctype, **(hints or {})}
        return make_document(
            origin, InputFormat.URL, body, kind, url=url, fetched=datetime.now(UTC), hints=all_hints
        )

    def _feed(self, feed_url: str, body: bytes) -> Iterator[Document]:
        import feedparser

        feed = feedparser.parse(body)
        for entry in feed.entries:
            link = entry.get("link")
            if not link:
                continue
            link = urljoin(feed_url, link)
            hints = {
                k: v
                for k, v in (
                    ("title", entry.get("title")),
                    ("date", entry.get("published") or entry.get("updated")),
                    ("author", entry.get("author")),
                )
                if v
            }
            for doc in self.fetch(link):
                doc.hints.update({k: v for k, v in hints.items() if k not in doc.hints})
                doc.hints.setdefault("feed", feed_url)
                yield doc


def fetch_urls(lines: Iterable[str], settings: FetchSettings | None = None) -> Iterator[Document]:
    """Fetch each non-blank, non-comment line of ``lines`` as a URL."""
    fetcher = Fetcher(settings or FetchSettings())
    try:
        for line in lines:
            url = line.strip()
            if url and not url.startswith("#"):
                yield from fetcher.fetch(url)
    finally:
        fetcher.close()
