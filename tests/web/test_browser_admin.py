"""The analyst's corrections on the entity page in a real headless Chromium: merging an
entity into another found by name, undoing it, and no form at all when the server is
read-only (``rashomon serve`` without ``--admin``)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import Any
from urllib.parse import urlsplit

import pytest

from rashomon.api import create_app
from rashomon.model import Document, Mention
from rashomon.store import open_store
from rashomon.store.sqlite import SQLiteStore

pytestmark = pytest.mark.browser

Docs = dict[str, Document]


def _add_suleimani(store: SQLiteStore, docs: Docs) -> None:
    """The Persian document once more, linked by a worse linker to a second key."""
    fa = docs["fa"]
    [mention] = [m for m in fa.mentions if m.type == "PER"]
    other = replace(fa, mentions=[Mention(mention.start, mention.end, "PER", "per:suleimani")])
    other.id = "suleimani-copy"
    store.save([other])


@contextmanager
def _serve_read_only(store: SQLiteStore) -> Iterator[str]:
    """The app over the store opened read-only, as ``rashomon serve`` opens it without
    ``--admin``, on a free loopback port."""
    import uvicorn

    readonly = open_store(store.path, readonly=True)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    config = uvicorn.Config(create_app(readonly), log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started and thread.is_alive() and time.monotonic() < deadline:
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
        readonly.close()


def _documents(page: Any) -> str:
    return str(page.locator(".doc-head .byline").inner_text())


def test_browser_admin_merges_an_entity_and_undoes_it(
    live_server: str, tab: Any, web_store: SQLiteStore, annotated_docs: Docs
) -> None:
    _add_suleimani(web_store, annotated_docs)
    page = tab.page
    page.goto(live_server + "/entities/per%3Asuleimani")
    page.fill("#merge-query", "Qasem")
    page.wait_for_selector("#merge-target[data-ready='1']")
    page.select_option("#merge-target", "per:soleimani")
    page.click("#merge-form button[type=submit]")
    page.wait_for_url("**/entities/per%3Asoleimani")
    assert "in 4 documents" in _documents(page)
    assert web_store.overrides() == [("per:suleimani", "", "per:soleimani")]
    page.goto(live_server + "/entities/per%3Asuleimani")  # the merged key leads to its target
    assert page.url.endswith("/entities/per%3Asoleimani")

    undo = page.locator("button.undo-merge[data-from='per:suleimani']")
    with page.expect_navigation():
        undo.click()
    assert "in 3 documents" in _documents(page)
    assert page.locator("button.undo-merge").count() == 0
    assert web_store.overrides() == []
    assert {urlsplit(url).hostname for url in tab.requests} == {"127.0.0.1"}
    assert not tab.errors, tab.errors


def test_browser_admin_form_is_absent_without_admin(
    tab: Any, web_store: SQLiteStore, annotated_docs: Docs
) -> None:
    page = tab.page
    with _serve_read_only(web_store) as base:
        page.goto(base + "/entities/per%3Asoleimani")
        assert page.locator("h1").inner_text() == "Qasem Soleimani"
        assert page.locator("#merge-form, button.undo-merge, script[src*=admin]").count() == 0
        status = page.evaluate(
            """() => fetch("/api/admin/entities/merge", {method: "POST",
                 headers: {"Content-Type": "application/json"},
                 body: JSON.stringify({from: "org:saa", to: "per:soleimani"})})
               .then(r => r.status)"""
        )
    assert status == 403
    assert web_store.overrides() == []
