"""The narrative views in a real headless Chromium: from the overview's top stories to a
story's claim matrix, a matrix cell jumping to its sentence in the document (the claim
highlighted, its layer toggleable, its tooltip naming speaker and hedging), and an outlet
page reached from the story — with no request beyond 127.0.0.1 and no script error."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.browser


def test_browser_overview_story_matrix_document_claim_and_outlet(
    live_server: str, tab: Any, told_docs: dict[str, Any]
) -> None:
    page = tab.page
    page.goto(live_server + "/")
    page.locator(".top-stories a[href='/stories/s-bukamal']").click()
    page.wait_for_url("**/stories/s-bukamal")
    hedged = page.locator("table.matrix a.stance.hedged")
    assert hedged.count() == 1 and "asserts" in hedged.inner_text()
    assert page.locator("table.matrix .silent").count() == 1  # the Persian outlet says nothing
    evidence = page.locator("table.events td.evidence a[lang=ar]")
    assert evidence.evaluate("e => getComputedStyle(e).direction") == "rtl"

    hedged.click()
    page.wait_for_url(f"**/documents/{told_docs['ar'].id}#claim-0")
    claim = page.locator("#claim-0")
    assert "Syrian Arab Army asserts · hedged" in (claim.get_attribute("title") or "")
    assert claim.evaluate("e => e.matches(':target')")
    assert claim.evaluate("e => getComputedStyle(e).direction") == "rtl"
    on = claim.evaluate("e => getComputedStyle(e).backgroundColor")
    page.uncheck("#layer-claim")
    assert claim.evaluate("e => getComputedStyle(e).backgroundColor") != on
    assert page.locator(".hl-claim a.ent-person").count() == 1  # entity links survive inside

    page.go_back()
    page.locator("table.matrix thead a.outlet", has_text="Euphrates Wire").click()
    page.wait_for_url("**/outlets/Euphrates%20Wire")
    assert page.locator(".outlet-entities a[href='/entities/per%3Asoleimani']").count() == 1
    assert {urlsplit(url).hostname for url in tab.requests} == {"127.0.0.1"}, tab.requests
    assert not tab.dialogs and not tab.errors, tab.errors
