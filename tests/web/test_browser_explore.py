"""Entities, stories and the map in a real headless Chromium: highlight layers that toggle,
names in Arabic and Persian laid out right to left, the co-occurrence graph, side-by-side
story columns with their timeline, and a map drawn from shipped country shapes, all without
a request beyond 127.0.0.1, a CSP violation or a script error, and with hostile mention
text shown as text."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import pytest

from rashomon.model import Document

pytestmark = pytest.mark.browser

Docs = dict[str, Document]


def background(locator: Any) -> str:
    return str(locator.evaluate("e => getComputedStyle(e).backgroundColor"))


def assert_clean(tab: Any) -> None:
    assert {urlsplit(url).hostname for url in tab.requests} == {"127.0.0.1"}, tab.requests
    assert not tab.dialogs
    assert not tab.errors, tab.errors


def test_browser_document_highlights_toggle_and_link_to_entities(
    live_server: str, tab: Any, annotated_docs: Docs
) -> None:
    page = tab.page
    page.goto(live_server + f"/documents/{annotated_docs['en'].id}")
    person, place = page.locator(".text .body a.ent-person"), page.locator(".text a.ent-place")
    assert background(person) != "rgba(0, 0, 0, 0)"
    page.uncheck("#layer-person")
    assert background(person) == "rgba(0, 0, 0, 0)"
    assert background(place) != "rgba(0, 0, 0, 0)"  # the other layers stay on
    assert page.locator(".text .body .ent-time").get_attribute("data-value") == "2017-11-19"
    page.wait_for_selector("div.map[data-ready='1']")  # the document's small map

    person.click()
    page.wait_for_url("**/entities/per%3Asoleimani")
    for lang in ("ar", "fa"):
        alias = page.locator(f".alias[lang={lang}]")
        assert alias.evaluate("e => getComputedStyle(e).direction") == "rtl"
    assert page.locator(".alias[lang=fa]").inner_text() == "قاسم سلیمانی"
    graph = page.wait_for_selector("#entity-graph[data-ready='1']")
    assert graph.get_attribute("data-nodes") == "3"
    assert page.locator("#entity-graph canvas").count() > 0
    assert_clean(tab)


def test_browser_hostile_mentions_render_as_text(
    live_server: str, tab: Any, annotated_docs: Docs
) -> None:
    page = tab.page
    page.goto(live_server + f"/documents/{annotated_docs['hostile'].id}")
    page.wait_for_selector("div.map[data-ready='1']")
    page.locator("path.leaflet-interactive").first.click(force=True)  # open the popup
    assert page.locator(".leaflet-popup-content b").inner_text() == "<svg onload=alert(6)>"
    assert page.locator(".text .body a.ent-person").inner_text() == "<script>alert(3)</script>"
    page.goto(live_server + "/stories/s-hostile")
    page.wait_for_selector("#story-timeline[data-ready='1']")
    assert "<script>alert(7)</script> talks" in page.locator(".vis-item-content").first.inner_text()
    page.wait_for_timeout(300)  # give any injected handler time to fire
    assert page.locator(".text script, .story-columns script, .story-columns img").count() == 0
    assert_clean(tab)


def test_browser_story_columns_per_language_and_outlet(
    live_server: str, tab: Any, annotated_docs: Docs
) -> None:
    page = tab.page
    page.goto(live_server + "/stories")
    page.click("a[href='/stories/s-bukamal']")
    page.wait_for_url("**/stories/s-bukamal")
    page.wait_for_selector(".story-col")  # evaluate_all() below does not wait for the page
    columns = page.locator(".story-col")
    assert sorted(columns.evaluate_all("cs => cs.map(c => c.lang)")) == ["ar", "en", "fa"]
    arabic = page.locator(".story-col[lang=ar] .lead")
    assert arabic.evaluate("e => getComputedStyle(e).direction") == "rtl"
    page.wait_for_selector("#story-timeline[data-ready='1']")
    assert page.locator("#story-timeline .vis-item").count() >= 4  # 3 documents + mentions
    page.click("text=per outlet")
    page.wait_for_url("**?by=source")
    outlets = page.locator(".story-col h2 bdi").all_inner_texts()
    assert sorted(outlets) == ["Euphrates Wire", "خبرگزاری نمونه", "صحيفة الفرات"]
    assert_clean(tab)


def test_browser_map_draws_countries_and_markers_offline(
    live_server: str, tab: Any, annotated_docs: Docs
) -> None:
    page = tab.page
    page.goto(live_server + "/map")
    box = page.wait_for_selector("div.map[data-ready='1']")
    assert int(box.get_attribute("data-countries-drawn") or 0) > 150
    assert page.locator(".leaflet-overlay-pane path").count() > 150
    assert box.get_attribute("data-markers") == "2"
    assert page.locator(".leaflet-tile").count() == 0  # no tile server
    page.goto(live_server + "/map?lang=fa")
    box = page.wait_for_selector("div.map[data-ready='1']")
    assert box.get_attribute("data-markers") == "1"
    assert_clean(tab)
