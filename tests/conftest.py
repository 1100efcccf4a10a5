"""Shared fixtures. Test data is written by us; outside data is read from ../shared."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from rashomon.store import open_store
from rashomon.store.sqlite import SQLiteStore

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SQLiteStore]:
    db = open_store(tmp_path / "test.db")
    assert isinstance(db, SQLiteStore)
    yield db
    db.close()


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    path = SHARED / "seeds"
    if not path.is_dir():
        pytest.skip(f"seed documents not found at {path} (they live in ../shared/seeds)")
    return path


@pytest.fixture(scope="session")
def eval_dir() -> Path:
    path = Path(os.environ.get("RASHOMON_EVAL_DIR", SHARED / "eval"))
    if not path.is_dir():
        pytest.skip(f"outside evaluation data not found at {path}; set RASHOMON_EVAL_DIR")
    return path


@pytest.fixture(scope="session")
def demo_dir() -> Path:
    return REPO / "data" / "demo"


# -- web UI and REST API (tests/api, tests/web) -----------------------------------------------
# Hand-built documents in English, Arabic and Persian, one hostile (XSS / template syntax), one
# failed, one skipped; imports are local so this block stays self-contained.

from typing import TYPE_CHECKING, Any  # noqa: E402 - keeps the web fixtures in one block

from rashomon.model import Document  # noqa: E402

if TYPE_CHECKING:  # imported in the fixture: a missing test dependency fails only API tests
    from fastapi.testclient import TestClient

WEB_XSS_TITLE = "<script>alert(1)</script> {{ 7*7 }} headline"


def _web_doc(
    name: str,
    paragraphs: list[list[tuple[str, str]]],
    *,
    boilerplate: tuple[str, ...] = (),
    **fields: Any,
) -> Document:
    """A Document whose text is the paragraphs (sentences joined by spaces, paragraphs by a
    blank line), segmented by sentence with the given languages; ``boilerplate`` lines
    precede the text in ``source_text`` and are recorded as removed spans."""
    from rashomon.model import InputFormat, Origin, RemovedSpan, Segment, document_id

    text, segments = "", []
    for p, para in enumerate(paragraphs):
        if p:
            text += "\n\n"
        for s, (sentence, lang) in enumerate(para):
            if s:
                text += " "
            segments.append(Segment(len(text), len(text) + len(sentence), lang, 0.99, "test.v1"))
            text += sentence
    source_text, removed = "", []
    for line in boilerplate:
        removed.append(
            RemovedSpan(
                len(source_text), len(source_text) + len(line), "ui-widget", "clean.test.v1"
            )
        )
        source_text += line + "\n"
    source_text += text
    raw = source_text.encode("utf-8")
    origin = Origin(path=f"corpus/{name}.txt")
    return Document(
        id=document_id(origin, raw),
        origin=origin,
        format=InputFormat.TEXT,
        raw=raw,
        encoding="utf-8",
        source_text=source_text,
        text=text,
        segments=segments,
        removed=removed,
        stages=["test.v1"],
        **fields,
    )


@pytest.fixture
def web_docs() -> dict[str, Document]:
    """The documents behind the web/API tests, by short name."""
    from datetime import date, datetime

    from rashomon.model import DateSource, DocStatus, DupKind, DuplicateLink, PublicationDate

    def when(day: str, source: DateSource = DateSource.META) -> PublicationDate:
        return PublicationDate(date.fromisoformat(day), source, 0.9)

    docs = {
        "en": _web_doc(
            "en",
            [
                [
                    ("Government forces entered Al-Bukamal on Thursday.", "en"),
                    ("A local official said the fighting lasted for hours.", "en"),
                ],
                [("Residents returned to the market two days later.", "en")],
            ],
            boilerplate=("Please Wait...", "starAdd to favorites"),
            title="Forces enter Al-Bukamal",
            source="Euphrates Wire",
            lang="en",
            lang_confidence=0.98,
            url="https://example.org/news/1",
            author="Sam Reporter",
            published=when("2017-11-09", DateSource.JSON_LD),
            fetched=datetime(2017, 11, 10, 8, 30),
        ),
        "ar": _web_doc(
            "ar",
            [
                [
                    ("دخلت القوات مدينة البوكمال صباح الخميس.", "ar"),
                    ("وقال مصدر محلي إن الاشتباكات استمرت ساعات.", "ar"),
                ],
                [("وعاد السكان إلى السوق بعد يومين.", "ar")],
            ],
            boilerplate=("انتظر من فضلك...", "أضف إلى المفضلة"),
            title="القوات تدخل البوكمال",
            source="صحيفة الفرات",
            lang="ar",
            lang_confidence=0.97,
            url="http://example.net/ar/2",
            published=when("2017-11-10", DateSource.BYLINE),
        ),
        "fa": _web_doc(
            "fa",
            [
                [
                    ("نیروها صبح پنجشنبه وارد شهر البوکمال شدند.", "fa"),
                    ("یک منبع محلی گفت درگیری‌ها چند ساعت ادامه داشت.", "fa"),
                ],
                [("The city lies on the Euphrates river.", "en")],
            ],
            title="ورود نیروها به البوکمال",
            source="خبرگزاری نمونه",
            lang="fa",
            lang_confidence=0.95,
            published=when("2017-11-11"),
        ),
        "vocal": _web_doc(
            "vocal",
            [[("وَصَلَتِ الأَخْبَارُ مِنَ البُوكَمَالِ مَسَاءً.", "ar")]],
            title="أخبار مسائية",
            source="صحيفة الفرات",
            lang="ar",
            published=when("2017-11-12"),
        ),
        "xss": _web_doc(
            "xss",
            [
                [
                    (
                        "Beware <img src=x onerror=alert(1)> and <script>alert(1)</script> here.",
                        "en",
                    ),
                    ("Template {{ 7*7 }} and {% raw %} stay literal.", "en"),
                ]
            ],
            boilerplate=("<script>alert(2)</script>",),
            title=WEB_XSS_TITLE,
            source="<b>Evil</b> Source",
            lang="en",
            url="javascript:alert(1)",
            author="{{ 7*7 }}",
            published=when("2016-01-01"),
            hints={"note": "<svg onload=alert(1)>"},
        ),
        "failed": _web_doc("failed", [], title=None, status=DocStatus.FAILED),
        "skipped": _web_doc("skipped", [], title="Only boilerplate", status=DocStatus.SKIPPED),
    }
    for i in range(3):
        docs[f"en{i}"] = _web_doc(
            f"en{i}",
            [[(f"Filler report number {i} about the river.", "en")]],
            title=f"Filler {i}",
            source="Euphrates Wire",
            lang="en",
            published=when(f"2018-0{i + 1}-15"),
        )
    docs["failed"].fail("binary", "the file is binary, not text", "ingest.test.v1")
    docs["skipped"].skip("boilerplate-only", "nothing left after cleaning", "clean.test.v1")
    docs["ar"].duplicates.append(DuplicateLink(docs["vocal"].id, DupKind.NEAR, 0.82))
    return docs


@pytest.fixture
def web_store(store: SQLiteStore, web_docs: dict[str, Document]) -> SQLiteStore:
    """The ``store`` fixture filled with ``web_docs`` and one finished run."""
    run_id = store.start_run("analyze corpus/")
    store.save(web_docs.values(), run_id)
    store.finish_run(
        run_id,
        {
            "seen": len(web_docs),
            "stored": len(web_docs) - 2,
            "unchanged": 0,
            "skipped": {"boilerplate-only": 1},
            "failed": {"binary": 1},
            "languages": {"en": 5, "ar": 2, "fa": 1},
        },
    )
    return store


@pytest.fixture
def api_client(web_store: SQLiteStore) -> Iterator[TestClient]:
    """An in-process client of the app over ``web_store`` (no token, loopback host)."""
    from fastapi.testclient import TestClient

    from rashomon.api import create_app

    with TestClient(create_app(web_store), base_url="http://127.0.0.1") as client:
        yield client


@pytest.fixture
def live_server(web_store: SQLiteStore) -> Iterator[str]:
    """The app served by uvicorn on 127.0.0.1 (free port) in a background thread; yields
    its base URL and stops the server when the test ends."""
    import socket
    import threading
    import time

    import uvicorn

    from rashomon.api import create_app

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(
        create_app(web_store), host="127.0.0.1", port=port, log_level="warning", lifespan="off"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


# -- a local HTTP server for the fetcher ----------------------------------------------------

PAGE = "<html><body><article><p>حرر الجيش السوري مدينة البوكمال.</p></article></body></html>"


class ArticleHandler(BaseHTTPRequestHandler):
    flaky_hits = 0
    seen_agents: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        ArticleHandler.seen_agents.append(self.headers.get("User-Agent", ""))
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        routes = {
            "/robots.txt": ("text/plain", "User-agent: *\nDisallow: /private/\n"),
            "/a": ("text/html; charset=utf-8", PAGE),
            "/b": ("text/html; charset=utf-8", PAGE.replace("البوكمال", "دير الزور")),
            "/feed.xml": (
                "application/rss+xml",
                (
                    '<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>'
                    f"<item><title>One</title><link>{base}/a</link>"
                    "<pubDate>Sun, 19 Nov 2017 10:00:00 GMT</pubDate></item>"
                    f"<item><title>Two</title><link>{base}/b</link></item></channel></rss>"
                ),
            ),
        }
        if self.path == "/flaky":
            ArticleHandler.flaky_hits += 1
            if ArticleHandler.flaky_hits < 2:
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


@dataclass
class LocalSite:
    url: str
    page: str
    user_agents: list[str]


@pytest.fixture
def http_server() -> Iterator[LocalSite]:
    """Articles, a feed, robots.txt and a flaky page on 127.0.0.1; stops after the test."""
    ArticleHandler.flaky_hits = 0
    ArticleHandler.seen_agents = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), ArticleHandler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield LocalSite(f"http://127.0.0.1:{httpd.server_address[1]}", PAGE, ArticleHandler.seen_agents)
    httpd.shutdown()
    httpd.server_close()


# -- the annotated corpus ------------------------------------------------------------------
# The annotated corpus behind the entity, story and map tests (API and browser): one event
# told in English, Arabic and Persian with its people, groups, places and dates, and a hostile
# document whose mention, place and title text is markup. It is added to ``web_store``, so
# ``api_client`` and ``live_server`` serve it.
from collections.abc import Sequence  # noqa: E402
from datetime import date  # noqa: E402

from rashomon.model import (  # noqa: E402
    DateSource,
    InputFormat,
    Mention,
    Origin,
    PlaceMention,
    PublicationDate,
    Segment,
    TimeMention,
    document_id,
)

HOSTILE_NAME = "<img src=x onerror=alert(5)>"
HOSTILE_TEXT = "<script>alert(3)</script>"


def _annotated_doc(
    name: str,
    text: str,
    lang: str,
    *,
    source: str,
    day: str,
    story: str,
    title: str,
    mentions: Sequence[tuple[str, str, str, str]],
    places: Sequence[tuple[str, str, float, float]] = (),
    times: Sequence[tuple[str, str, str]] = (),
) -> Document:
    """A one-sentence document; annotations are (surface, ...) found by ``text.index``."""
    raw = text.encode("utf-8")
    origin = Origin(path=f"annotated/{name}.txt")

    def span(surface: str) -> tuple[int, int]:
        start = text.index(surface)
        return start, start + len(surface)

    return Document(
        id=document_id(origin, raw),
        origin=origin,
        format=InputFormat.TEXT,
        raw=raw,
        encoding="utf-8",
        source_text=text,
        text=text,
        title=title,
        source=source,
        lang=lang,
        published=PublicationDate(date.fromisoformat(day), DateSource.META, 0.9),
        segments=[Segment(0, len(text), lang, 0.99, "test.v1")],
        mentions=[
            Mention(*span(surface), kind, key, canonical, lang, 0.9, "test.v1")
            for surface, kind, key, canonical in mentions
        ],
        places=[
            PlaceMention(*span(surface), gaz, f"gn:{gaz}", lat, lon, "SY", "P/PPL", 1.0)
            for surface, gaz, lat, lon in places
        ],
        times=[
            TimeMention(*span(surface), value, granularity, "gregorian", False, "test.v1")
            for surface, value, granularity in times
        ],
        story=story,
        stages=["test.v1"],
    )


@pytest.fixture
def annotated_docs(web_store: SQLiteStore) -> dict[str, Document]:
    """Adds the annotated documents to ``web_store`` and returns them by short name."""
    soleimani, army, bukamal = "per:soleimani", "org:saa", "loc:albukamal"
    docs = {
        "en": _annotated_doc(
            "en",
            "Qassem Soleimani visited Al-Bukamal on 19 November 2017, the Syrian Arab Army said.",
            "en",
            source="Euphrates Wire",
            day="2017-11-20",
            story="s-bukamal",
            title="Soleimani seen in Al-Bukamal",
            mentions=[
                ("Qassem Soleimani", "PER", soleimani, "Qasem Soleimani"),
                ("Al-Bukamal", "LOC", bukamal, "Abu Kamal"),
                ("Syrian Arab Army", "ORG", army, "Syrian Arab Army"),
            ],
            places=[("Al-Bukamal", "Abu Kamal", 34.45, 40.92)],
            times=[("19 November 2017", "2017-11-19", "day")],
        ),
        "ar": _annotated_doc(
            "ar",
            "زار قاسم سليماني مدينة البوكمال في تشرين الثاني 2017 بحسب الجيش السوري.",
            "ar",
            source="صحيفة الفرات",
            day="2017-11-20",
            story="s-bukamal",
            title="سليماني في البوكمال",
            mentions=[
                ("قاسم سليماني", "PER", soleimani, "Qasem Soleimani"),
                ("البوكمال", "LOC", bukamal, "Abu Kamal"),
                ("الجيش السوري", "ORG", army, "Syrian Arab Army"),
            ],
            places=[("البوكمال", "Abu Kamal", 34.45, 40.92)],
            times=[("تشرين الثاني 2017", "2017-11", "month")],
        ),
        "fa": _annotated_doc(
            "fa",
            "قاسم سلیمانی روز ۲۸ آبان ۱۳۹۶ از البوکمال بازدید کرد.",
            "fa",
            source="خبرگزاری نمونه",
            day="2017-11-21",
            story="s-bukamal",
            title="بازدید سلیمانی از البوکمال",
            mentions=[
                ("قاسم سلیمانی", "PER", soleimani, "Qasem Soleimani"),
                ("البوکمال", "LOC", bukamal, "Abu Kamal"),
            ],
            places=[("البوکمال", "Abu Kamal", 34.45, 40.92)],
            times=[("۲۸ آبان ۱۳۹۶", "2017-11-19", "day")],
        ),
        "hostile": _annotated_doc(
            "hostile",
            f"Talks with {HOSTILE_TEXT} and <img src=x onerror=alert(4)> in Deir <b>ez</b>-Zor.",
            "en",
            source="<b>Evil</b> Wire",
            day="2018-02-01",
            story="s-hostile",
            title="<script>alert(7)</script> talks",
            mentions=[(HOSTILE_TEXT, "PER", "per:<script>", HOSTILE_NAME)],
            places=[("Deir <b>ez</b>-Zor", "<svg onload=alert(6)>", 35.33, 40.14)],
            times=[("Talks", "2018-01-31", "day")],
        ),
    }
    web_store.save(docs.values())
    return docs
