"""Browser fixtures: one headless Debian Chromium per test session (started on first use),
a fresh context and page per test, with every request, dialog and console error recorded.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


@dataclass
class Tab:
    """A page and what it did: request URLs, dialogs opened, console and script errors."""

    page: Any
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@pytest.fixture(scope="session")
def chromium() -> Iterator[Any]:
    if not CHROMIUM.exists() and not shutil.which("chromium"):
        pytest.skip(f"Chromium not found at {CHROMIUM}: apt-get install -y chromium")
    from playwright.sync_api import sync_playwright

    playwright = sync_playwright().start()
    try:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=ARGS
        )
        yield browser
        browser.close()
    finally:
        playwright.stop()


@pytest.fixture
def tab(chromium: Any) -> Iterator[Tab]:
    """A fresh page in its own context (no shared cookies or cache between tests)."""
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    tab = Tab(page)
    page.on("request", lambda request: tab.requests.append(request.url))
    page.on("pageerror", lambda exc: tab.errors.append(str(exc)))
    page.on("console", lambda msg: tab.errors.append(msg.text) if msg.type == "error" else None)

    def on_dialog(dialog: Any) -> None:
        tab.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    yield tab
    context.close()


@pytest.fixture
def browser_page(tab: Tab) -> tuple[Any, list[str], list[str]]:
    """The page, the URLs of every request it makes, and the dialogs it opens."""
    return tab.page, tab.requests, tab.dialogs


@pytest.fixture
def told_docs(web_store: Any, annotated_docs: dict[str, Any]) -> dict[str, Any]:
    """``annotated_docs`` with a claim by the Syrian Arab Army and a visit event in the
    English and Arabic documents (the Arabic claim hedged), saved again to the store."""
    from rashomon.model import Claim, Event

    for key, said, trigger in (
        ("en", "Qassem Soleimani visited Al-Bukamal", "visited"),
        ("ar", "زار قاسم سليماني مدينة البوكمال", "زار"),
    ):
        doc = annotated_docs[key]
        start, size = doc.text.index(said), len(doc.text)
        speaker = {"speaker": "Syrian Arab Army", "speaker_entity": "org:saa"}
        doc.claims = [
            Claim(start, start + len(said), 0, size, "named", hedged=key == "ar", **speaker)
        ]
        at = doc.text.index(trigger)
        doc.events = [Event("visit", at, at + len(trigger), 0, size, actors=["per:soleimani"])]
        web_store.save([doc])
    return annotated_docs
