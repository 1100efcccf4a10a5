"""The UI in a real headless Chromium (Debian's, through Playwright): navigation, text
direction, revealing removed boilerplate, searching, no request leaving 127.0.0.1, and no
script running from hostile article text."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from rashomon.model import Document

SCREENSHOT = Path("/tmp/rashomon_doc.png")

pytestmark = pytest.mark.browser


def test_browser_walkthrough(
    live_server: str, browser_page: Any, web_docs: dict[str, Document]
) -> None:
    page, requests, dialogs = browser_page
    page.goto(live_server + "/")
    assert page.locator("h1").inner_text() == "Corpus overview"
    assert page.locator("link[rel=stylesheet]").count() == 1
    # the stylesheet applied (so static files are served and allowed by the CSP)
    assert page.eval_on_selector("main", "e => getComputedStyle(e).maxWidth") != "none"

    # overview -> documents list (filtered by language) -> the Persian document
    page.click("a[href='/documents?lang=fa']")
    page.wait_for_url("**/documents?lang=fa")
    page.click("td.title a")
    page.wait_for_url(f"**/documents/{web_docs['fa'].id}")
    rtl = page.locator("span.seg[lang=fa]").first
    assert rtl.evaluate("e => getComputedStyle(e).direction") == "rtl"
    para = page.locator(".text .body p").first
    assert para.evaluate("e => getComputedStyle(e).direction") == "rtl"
    assert para.evaluate("e => getComputedStyle(e).textAlign") in ("right", "start")
    english = page.locator("span.seg[lang=en]").first
    assert english.evaluate("e => getComputedStyle(e).direction") == "ltr"
    assert page.locator("h1").evaluate("e => getComputedStyle(e).direction") == "rtl"  # dir=auto

    # the Arabic document: removed boilerplate hidden until asked for
    page.goto(live_server + f"/documents/{web_docs['ar'].id}")
    removed = page.locator("details.removed")
    assert not removed.locator("pre").first.is_visible()
    removed.locator("summary").click()
    assert removed.locator("pre").first.is_visible()
    assert "انتظر من فضلك..." in removed.inner_text()
    page.locator("details.raw summary").click()
    assert page.locator("details.raw del").first.is_visible()
    page.screenshot(path=str(SCREENSHOT), full_page=True)

    # search from the search box: Persian spelling in the query finds the Arabic spelling
    page.fill("#quick-q", "البوکمال")
    page.press("#quick-q", "Enter")
    page.wait_for_url("**/search?q=*")
    assert page.locator("li.result").count() == 3
    assert page.locator("li.result mark").first.is_visible()
    snippet = page.locator("p.snippet").first
    assert snippet.evaluate("e => getComputedStyle(e).direction") == "rtl"

    assert requests, "no requests recorded"
    hosts = {urlsplit(url).hostname for url in requests}
    assert hosts == {"127.0.0.1"}, requests
    assert not dialogs


def test_browser_hostile_document_runs_no_script(
    live_server: str, browser_page: Any, web_docs: dict[str, Document]
) -> None:
    page, requests, dialogs = browser_page
    xss = web_docs["xss"]
    page.goto(live_server + f"/documents/{xss.id}")
    page.locator("details.removed summary").click()
    page.locator("details.raw summary").click()
    page.goto(live_server + "/search?q=alert")
    page.goto(live_server + "/documents")
    page.goto(live_server + f"/documents/{xss.id}")
    page.wait_for_timeout(300)  # give any injected handler (onerror, onload) time to fire
    assert not dialogs
    assert page.locator("h1").inner_text().startswith("<script>alert(1)</script> {{ 7*7 }}")
    text = page.locator(".text .body").inner_text()
    assert "<img src=x onerror=alert(1)>" in text and "<script>alert(1)</script>" in text
    assert page.locator("main script, main img, main svg").count() == 0
    assert page.locator(".unsafe-url").inner_text() == "javascript:alert(1)"
    assert page.locator("a[href^='javascript']").count() == 0
    assert {urlsplit(url).hostname for url in requests} == {"127.0.0.1"}
