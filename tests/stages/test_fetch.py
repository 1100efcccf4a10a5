"""The polite fetcher against a real HTTP server on 127.0.0.1 (no other address is contacted)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from rashomon.model import ContentKind, DocStatus
from rashomon.stages.ingest.fetch import FetchSettings, fetch_urls

PAGE = "<html><body><article><p>حرر الجيش السوري مدينة البوكمال.</p></article></body></html>"


class Handler(BaseHTTPRequestHandler):
    flaky_hits = 0
    seen_agents: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        Handler.seen_agents.append(self.headers.get("User-Agent", ""))
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        routes = {
            "/robots.txt": ("text/plain", "User-agent: *\nDisallow: /private/\n"),
            "/a": ("text/html; charset=utf-8", PAGE),
            "/b": ("text/html; charset=utf-8", PAGE.replace("البوكمال", "دير الزور")),
            "/feed.xml": ("application/rss+xml", (
                '<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>'
                f"<item><title>One</title><link>{base}/a</link>"
                "<pubDate>Sun, 19 Nov 2017 10:00:00 GMT</pubDate></item>"
                f"<item><title>Two</title><link>{base}/b</link></item></channel></rss>")),
        }
        if self.path == "/flaky":
            Handler.flaky_hits += 1
            if Handler.flaky_hits < 2:
                self.send_response(503)
                self.end_headers()
                return
            routes["/flaky"] = ("text/html", PAGE)
        if self.path not in routes:
            self.send_response(404)
            self.end_headers()
            return
        ctype, body = routes[self.path]
        data = body.encode()
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        return None


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


FAST = FetchSettings(timeout=5, retries=2, backoff=0.01, delay_per_host=0)


def test_fetch_pages_feeds_robots_and_retries(server: str) -> None:
    urls = [f"{server}/a", f"{server}/feed.xml", f"{server}/private/x", f"{server}/missing",
            f"{server}/flaky", "ftp://example.invalid/x", "# a comment", ""]
    docs = list(fetch_urls(urls, FAST))
    outcome = [(d.url or d.origin.url, d.status, d.errors[-1].kind if d.errors else "") for d in docs]
    assert outcome == [
        (f"{server}/a", DocStatus.OK, ""),
        (f"{server}/a", DocStatus.OK, ""),
        (f"{server}/b", DocStatus.OK, ""),
        (f"{server}/private/x", DocStatus.FAILED, "robots-disallowed"),
        (f"{server}/missing", DocStatus.FAILED, "http-error"),
        (f"{server}/flaky", DocStatus.OK, ""),
        ("ftp://example.invalid/x", DocStatus.FAILED, "bad-url"),
    ]
    assert docs[0].content is ContentKind.HTML and docs[0].raw == PAGE.encode()
    assert docs[0].fetched is not None
    assert docs[1].hints["title"] == "One" and "2017" in docs[1].hints["date"]
    assert docs[1].hints["feed"] == f"{server}/feed.xml"
    assert all(agent.startswith("Rashomon/") for agent in Handler.seen_agents)
