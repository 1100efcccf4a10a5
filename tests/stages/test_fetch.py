"""The polite fetcher against a real HTTP server on 127.0.0.1 (no other address is contacted)."""

from __future__ import annotations

from rashomon.model import ContentKind, DocStatus
from rashomon.stages.ingest.fetch import FetchSettings, fetch_urls

FAST = FetchSettings(timeout=5, retries=2, backoff=0.01, delay_per_host=0)


def test_fetch_pages_feeds_robots_and_retries(http_server) -> None:  # noqa: ANN001
    site = http_server.url
    urls = [
        f"{site}/a",
        f"{site}/feed.xml",
        f"{site}/private/x",
        f"{site}/missing",
        f"{site}/flaky",
        "ftp://example.invalid/x",
        "# a comment",
        "",
    ]
    docs = list(fetch_urls(urls, FAST))
    outcome = [
        (d.url or d.origin.url, d.status, d.errors[-1].kind if d.errors else "") for d in docs
    ]
    assert outcome == [
        (f"{site}/a", DocStatus.OK, ""),
        (f"{site}/a", DocStatus.OK, ""),
        (f"{site}/b", DocStatus.OK, ""),
        (f"{site}/private/x", DocStatus.FAILED, "robots-disallowed"),
        (f"{site}/missing", DocStatus.FAILED, "http-error"),
        (f"{site}/flaky", DocStatus.OK, ""),
        ("ftp://example.invalid/x", DocStatus.FAILED, "bad-url"),
    ]
    assert docs[0].content is ContentKind.HTML and docs[0].raw == http_server.page.encode()
    assert docs[0].fetched is not None
    assert docs[1].hints["title"] == "One" and "2017" in docs[1].hints["date"]
    assert docs[1].hints["feed"] == f"{site}/feed.xml"
    assert all(agent.startswith("Rashomon/") for agent in http_server.user_agents)
