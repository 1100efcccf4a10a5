"""The REST API and the pages, in process (TestClient) over a real SQLite store filled with
hand-built English, Arabic, Persian and hostile documents (``web_docs`` in conftest)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from fastapi.testclient import TestClient

from rashomon.api import ServeSettings, create_app, serve
from rashomon.errors import ConfigError
from rashomon.model import Document
from rashomon.store.sqlite import SQLiteStore

Docs = dict[str, Document]


def assert_error_shape(body: Any, status: int, code: str) -> None:
    assert set(body) == {"error"}
    assert set(body["error"]) == {"status", "code", "message"}
    assert body["error"]["status"] == status
    assert body["error"]["code"] == code
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]


# -- documents ---------------------------------------------------------------------------------
def test_api_documents_pages_through_everything(api_client: TestClient, web_docs: Docs) -> None:
    seen: list[str] = []
    for offset in range(0, 12, 3):
        body = api_client.get("/api/documents", params={"limit": 3, "offset": offset}).json()
        assert body["total"] == len(web_docs)
        assert (body["limit"], body["offset"]) == (3, offset)
        assert len(body["items"]) == min(3, len(web_docs) - offset)
        seen += [item["id"] for item in body["items"]]
    assert sorted(seen) == sorted(d.id for d in web_docs.values())


def test_api_documents_default_page_size_comes_from_settings(web_store: SQLiteStore) -> None:
    app = create_app(web_store, ServeSettings(page_size=4))
    with TestClient(app, base_url="http://127.0.0.1") as client:
        body = client.get("/api/documents").json()
    assert (len(body["items"]), body["limit"]) == (4, 4)


@pytest.mark.parametrize(
    ("params", "names"),
    [
        ({"lang": "ar"}, {"ar", "vocal"}),
        ({"source": "صحيفة الفرات"}, {"ar", "vocal"}),
        ({"status": "failed"}, {"failed"}),
        ({"status": "skipped"}, {"skipped"}),
        ({"date_from": "2017-11-10", "date_to": "2017-11-11"}, {"ar", "fa"}),
        ({"lang": "en", "date_to": "2017-12-31"}, {"en", "xss"}),
        ({"lang": "", "source": "", "status": "", "date_from": "", "date_to": ""}, None),
    ],
)
def test_api_documents_filters(
    api_client: TestClient, web_docs: Docs, params: dict[str, str], names: set[str] | None
) -> None:
    body = api_client.get("/api/documents", params=params).json()
    wanted = {web_docs[n].id for n in names} if names else {d.id for d in web_docs.values()}
    assert {item["id"] for item in body["items"]} == wanted
    assert body["total"] == len(wanted)


def test_api_document_record_has_every_field(api_client: TestClient, web_docs: Docs) -> None:
    doc = web_docs["ar"]
    record = api_client.get(f"/api/documents/{doc.id}").json()
    assert record["id"] == doc.id
    assert record["title"] == "القوات تدخل البوكمال"
    assert record["source"] == "صحيفة الفرات"
    assert (record["lang"], record["status"], record["encoding"]) == ("ar", "ok", "utf-8")
    assert (record["published"], record["published_from"]) == ("2017-11-10", "byline")
    assert record["path"] == "corpus/ar.txt"
    assert record["text"] == doc.text
    assert record["raw_text"] == doc.source_text
    assert [(s["start"], s["end"], s["lang"]) for s in record["segments"]] == [
        (s.start, s.end, s.lang) for s in doc.segments
    ]
    assert [r["text"] for r in record["removed"]] == ["انتظر من فضلك...", "أضف إلى المفضلة"]
    assert record["removed"][0]["reason"] == "ui-widget"
    assert record["duplicates"] == [
        {"id": web_docs["vocal"].id, "kind": "near", "similarity": 0.82}
    ]
    failed = api_client.get(f"/api/documents/{web_docs['failed'].id}").json()
    assert failed["errors"] == [
        {"kind": "binary", "message": "the file is binary, not text", "stage": "ingest.test.v1"}
    ]


# -- search ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("البوكمال", {"ar", "fa", "vocal"}),  # Arabic kaf finds the Persian keheh spelling
        ("البوکمال", {"ar", "fa", "vocal"}),  # and the other way round
        ("البُوكَمَال", {"ar", "fa", "vocal"}),  # vocalised query
        ("Bukamal", {"en"}),  # "Al-Bukamal" is indexed as al + bukamal
        ("al-bukamal", {"en"}),
        ("Euphrates", {"fa"}),
    ],
)
def test_api_search_folds_spelling_variants(
    api_client: TestClient, web_docs: Docs, query: str, expected: set[str]
) -> None:
    body = api_client.get("/api/search", params={"q": query}).json()
    found = {item["document"]["id"] for item in body["items"]}
    assert found == {web_docs[n].id for n in expected}
    assert body["total"] == len(expected)
    assert body["query"] == query


def test_api_search_items_carry_the_original_sentence(
    api_client: TestClient, web_docs: Docs
) -> None:
    body = api_client.get("/api/search", params={"q": "البوكمال", "lang": "fa"}).json()
    assert body["total"] == 1
    item = body["items"][0]
    assert item["document"]["id"] == web_docs["fa"].id
    assert item["sentence"] == "نیروها صبح پنجشنبه وارد شهر البوکمال شدند."  # not normalised
    assert item["sentence_lang"] == "fa"
    vocal = api_client.get("/api/search", params={"q": "البوكمال", "source": "صحيفة الفرات"})
    sentences = {i["sentence"] for i in vocal.json()["items"]}
    assert "وَصَلَتِ الأَخْبَارُ مِنَ البُوكَمَالِ مَسَاءً." in sentences


def test_api_search_pages(api_client: TestClient) -> None:
    first = api_client.get("/api/search", params={"q": "البوكمال", "limit": 2}).json()
    second = api_client.get("/api/search", params={"q": "البوكمال", "limit": 2, "offset": 2}).json()
    assert (len(first["items"]), len(second["items"]), first["total"]) == (2, 1, 3)
    ids = [i["document"]["id"] for i in first["items"] + second["items"]]
    assert len(set(ids)) == 3


# -- stats and runs ----------------------------------------------------------------------------
def test_api_stats_and_runs(api_client: TestClient, web_docs: Docs) -> None:
    stats = api_client.get("/api/stats").json()
    assert stats["documents"] == len(web_docs)
    assert stats["by_status"] == {"ok": 8, "failed": 1, "skipped": 1}
    assert stats["by_lang"] == {"en": 5, "ar": 2, "fa": 1}
    assert (stats["first_published"], stats["last_published"]) == ("2016-01-01", "2018-03-15")
    runs = api_client.get("/api/runs").json()["items"]
    assert runs[0]["command"] == "analyze corpus/"
    assert runs[0]["summary"]["failed"] == {"binary": 1}


def test_api_openapi_is_served_and_docs_need_no_cdn(api_client: TestClient) -> None:
    schema = api_client.get("/api/openapi.json").json()
    assert {
        "/api/documents",
        "/api/documents/{doc_id}",
        "/api/search",
        "/api/stats",
        "/api/runs",
    } <= set(schema["paths"])
    docs = api_client.get("/api/docs")
    assert docs.status_code == 200
    assert "/api/search" in docs.text
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", docs.text)
    assert api_client.get("/docs").status_code == 404


# -- errors: one shape on every path -----------------------------------------------------------
@pytest.mark.parametrize(
    ("method", "path", "status", "code"),
    [
        ("GET", "/api/documents/no-such-id", 404, "not_found"),
        ("GET", "/api/no/such/route", 404, "not_found"),
        ("GET", "/api", 404, "not_found"),
        ("GET", "/static/missing.css", 404, "not_found"),
        ("GET", "/api/documents?limit=0", 422, "invalid_request"),
        ("GET", "/api/documents?limit=201", 422, "invalid_request"),
        ("GET", "/api/documents?limit=abc", 422, "invalid_request"),
        ("GET", "/api/documents?offset=-1", 422, "invalid_request"),
        ("GET", "/api/documents?status=deleted", 422, "invalid_request"),
        ("GET", "/api/documents?date_from=yesterday", 422, "invalid_request"),
        ("GET", "/api/documents?date_to=2017-13-45", 422, "invalid_request"),
        ("GET", "/api/search", 422, "invalid_request"),
        ("GET", "/api/runs?limit=1000", 422, "invalid_request"),
        ("POST", "/api/documents", 405, "method_not_allowed"),
        ("PUT", "/api/documents/x", 405, "method_not_allowed"),
        ("DELETE", "/api/documents/x", 405, "method_not_allowed"),
        ("PATCH", "/", 405, "method_not_allowed"),
        ("OPTIONS", "/api/stats", 405, "method_not_allowed"),
    ],
)
def test_api_error_shape(
    api_client: TestClient, method: str, path: str, status: int, code: str
) -> None:
    response = api_client.request(method, path)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/json")
    assert_error_shape(response.json(), status, code)
    if status == 405:
        assert response.headers["allow"] == "GET, HEAD"


def test_api_422_names_the_parameter(api_client: TestClient) -> None:
    message = api_client.get("/api/documents?limit=999").json()["error"]["message"]
    assert message.startswith("limit:")


@pytest.mark.parametrize("path", ["/nope", "/documents/no-such-id", "/documents?limit=0"])
def test_pages_errors_are_html_pages(api_client: TestClient, path: str) -> None:
    response = api_client.get(path)
    assert response.status_code in (404, 422)
    assert response.headers["content-type"].startswith("text/html")
    assert f"Error {response.status_code}" in response.text


class _BrokenStore:
    """A store whose every read fails, for the 500 path."""

    def __getattr__(self, name: str) -> Any:
        def fail(*args: Any, **kwargs: Any) -> Any:
            raise RuntimeError("disk on fire")

        return fail


@pytest.mark.parametrize("path", ["/api/stats", "/api/documents", "/"])
def test_api_500_has_the_error_shape(path: str) -> None:
    app = create_app(_BrokenStore())  # type: ignore[arg-type]
    with TestClient(app, base_url="http://127.0.0.1", raise_server_exceptions=False) as client:
        response = client.get(path)
    assert response.status_code == 500
    assert "disk on fire" not in response.text  # no internals leak
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "default-src 'self'" in response.headers["content-security-policy"]
    if path.startswith("/api"):
        assert_error_shape(response.json(), 500, "internal_error")
    else:
        assert "Error 500" in response.text


# -- token, host, headers ----------------------------------------------------------------------
@pytest.fixture
def token_client(web_store: SQLiteStore) -> Any:
    app = create_app(web_store, ServeSettings(host="0.0.0.0", token="s3cret"))  # noqa: S104
    with TestClient(app, base_url="http://analyst-box.lan:8000") as client:
        yield client


@pytest.mark.parametrize(
    "headers_or_query",
    [
        {},
        {"headers": {"Authorization": "Bearer wrong"}},
        {"params": {"token": "nope"}},
        {"headers": {"Authorization": "Basic s3cret"}},
    ],
)
@pytest.mark.parametrize("path", ["/api/stats", "/", "/static/style.css", "/api/nope"])
def test_api_401_without_the_token(
    token_client: TestClient, path: str, headers_or_query: dict[str, Any]
) -> None:
    response = token_client.get(path, **headers_or_query)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert response.headers["x-frame-options"] == "DENY"
    assert_error_shape(response.json(), 401, "unauthorized")


def test_api_token_by_header_query_or_cookie(token_client: TestClient) -> None:
    bearer = token_client.get("/api/stats", headers={"Authorization": "Bearer s3cret"})
    assert bearer.status_code == 200
    assert token_client.get("/api/stats", params={"token": "s3cret"}).status_code == 200
    page = token_client.get("/", params={"token": "s3cret"})
    assert page.status_code == 200
    cookie = page.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    # the page's stylesheet and links then work with the cookie alone
    assert token_client.get("/static/style.css").status_code == 200
    assert token_client.get("/documents").status_code == 200


def test_api_foreign_host_is_refused_without_token(web_store: SQLiteStore) -> None:
    """A DNS-rebinding page cannot read a loopback server: the Host header must be local."""
    with TestClient(create_app(web_store), base_url="http://attacker.example") as client:
        response = client.get("/api/stats")
    assert response.status_code == 400
    assert_error_shape(response.json(), 400, "bad_host")


@pytest.mark.parametrize(
    ("host", "token", "ok"),
    [
        ("127.0.0.1", None, True),
        ("localhost", None, True),
        ("::1", None, True),
        ("127.0.0.2", None, True),
        ("0.0.0.0", None, False),
        ("192.168.1.5", None, False),
        ("example.org", None, False),
        ("0.0.0.0", "t0ken", True),
    ],
)
def test_api_serve_refuses_public_bind_without_token(
    web_store: SQLiteStore, host: str, token: str | None, ok: bool, monkeypatch: Any
) -> None:
    import uvicorn

    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append(kw))
    settings = ServeSettings(host=host, port=0, token=token)  # port 0: never taken
    if ok:
        serve(web_store, settings)
        assert calls and calls[0]["host"] == host
    else:
        with pytest.raises(ConfigError, match="without a token"):
            serve(web_store, settings)
        assert not calls


def test_api_serve_says_when_the_port_is_taken(web_store: SQLiteStore) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(ConfigError, match=f"cannot listen on 127.0.0.1:{port}.*--port"):
            serve(web_store, ServeSettings(port=port))


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/documents",
        "/search?q=x",
        "/api/documents",
        "/api/stats",
        "/static/style.css",
        "/api/nope",
        "/nope",
        "/api/docs",
        "/api/openapi.json",
    ],
)
def test_api_security_headers_everywhere(api_client: TestClient, path: str) -> None:
    headers = api_client.get(path).headers
    csp = headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "no-referrer"
    assert headers["x-frame-options"] == "DENY"


def test_api_head_answers_without_body(api_client: TestClient) -> None:
    response = api_client.head("/api/stats")
    assert response.status_code == 200
    assert response.content == b""
    assert response.headers["x-frame-options"] == "DENY"
    assert api_client.head("/static/style.css").status_code == 200


# -- search facets -----------------------------------------------------------------------------
BUKAMAL_FACETS = {
    "lang": {"ar": 2, "fa": 1},
    "source": {"صحيفة الفرات": 2, "خبرگزاری نمونه": 1},
    "year": {"2017": 3},
    "counted": 3,
}


class _FakeIndex:
    """A semantic index that finds one English filler report for any query."""

    def __init__(self, doc_id: str) -> None:
        self.doc_id = doc_id

    def search(self, query: str) -> list[tuple[str, float]]:
        return [(self.doc_id, 0.5)]


@pytest.mark.parametrize("mode", ["text", "hybrid"])
def test_api_search_facets_count_every_match_not_the_page(
    api_client: TestClient, mode: str
) -> None:
    body = api_client.get("/api/search", params={"q": "البوكمال", "mode": mode, "limit": 1})
    assert len(body.json()["items"]) == 1
    assert body.json()["facets"] == BUKAMAL_FACETS
    narrowed = api_client.get("/api/search", params={"q": "البوكمال", "mode": mode, "lang": "ar"})
    assert narrowed.json()["facets"]["lang"] == {"ar": 2}
    assert narrowed.json()["facets"]["year"] == {"2017": 2}


def test_api_search_hybrid_facets_count_the_fused_union(
    api_client: TestClient, web_docs: Docs, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rashomon.corpus import semantic

    monkeypatch.setattr(semantic, "semantic_index", lambda store: _FakeIndex(web_docs["en1"].id))
    body = api_client.get("/api/search", params={"q": "البوكمال", "limit": 2}).json()
    assert body["total"] == 4
    assert body["facets"] == {
        "lang": {"ar": 2, "en": 1, "fa": 1},
        "source": {"صحيفة الفرات": 2, "Euphrates Wire": 1, "خبرگزاری نمونه": 1},
        "year": {"2017": 3, "2018": 1},
        "counted": 4,
    }
    fa_only = api_client.get("/api/search", params={"q": "البوكمال", "lang": "fa"}).json()
    assert (fa_only["total"], fa_only["facets"]["lang"]) == (1, {"fa": 1})
