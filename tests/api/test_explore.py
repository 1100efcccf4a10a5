"""Entities, stories and places: the REST API (paging, filters, the error shape, analyst
merges through the admin endpoints and who may make them) and the pages (highlights that
link to entities or show values, hostile mention text escaped, working without the vendored
JavaScript)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from rashomon.api import ServeSettings, create_app, templating
from rashomon.model import Document, Mention
from rashomon.store import open_store
from rashomon.store.sqlite import SQLiteStore

Docs = dict[str, Document]
JSON = {"Content-Type": "application/json"}


def assert_error_shape(response: Any, status: int, code: str) -> None:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"status", "code", "message"}
    assert (body["error"]["status"], body["error"]["code"]) == (status, code)
    assert body["error"]["message"]


# -- entities ----------------------------------------------------------------------------------
def test_api_entities_page_through_everything(api_client: TestClient, annotated_docs: Docs) -> None:
    seen: list[str] = []
    for offset in range(0, 10, 3):
        page = api_client.get("/api/entities", params={"limit": 3, "offset": offset}).json()
        assert page["total"] == 4 and page["limit"] == 3
        seen += [e["key"] for e in page["items"]]
    assert sorted(seen) == ["loc:albukamal", "org:saa", "per:<script>", "per:soleimani"]


@pytest.mark.parametrize(
    ("params", "keys"),
    [
        ({"type": "PER"}, {"per:soleimani", "per:<script>"}),
        ({"type": "ORG"}, {"org:saa"}),
        ({"q": "سلیمانی"}, {"per:soleimani"}),  # a Persian spelling finds the entity
        ({"q": "Army"}, {"org:saa"}),
        ({"q": "nobody"}, set()),
    ],
)
def test_api_entities_filters(
    api_client: TestClient, annotated_docs: Docs, params: dict[str, str], keys: set[str]
) -> None:
    items = api_client.get("/api/entities", params=params).json()["items"]
    assert {e["key"] for e in items} == keys


def test_api_entity_has_names_per_language_timeline_and_related(
    api_client: TestClient, annotated_docs: Docs
) -> None:
    body = api_client.get("/api/entities/per:soleimani").json()
    assert body["entity"]["name"] == "Qasem Soleimani" and body["entity"]["documents"] == 3
    names = {(n["text"], n["lang"], n["script"]) for n in body["names"]}
    assert names == {
        ("Qassem Soleimani", "en", "Latin"),
        ("قاسم سليماني", "ar", "Arabic"),
        ("قاسم سلیمانی", "fa", "Arabic"),
    }
    assert body["timeline"] == {"2017-11": 3}
    assert {d["lang"] for d in body["documents"]} == {"en", "ar", "fa"}
    related = {r["entity"]["key"]: r["shared_documents"] for r in body["related"]}
    assert related == {"loc:albukamal": 3, "org:saa": 2}


# -- stories, places, documents ----------------------------------------------------------------
def test_api_stories_list_and_detail(api_client: TestClient, annotated_docs: Docs) -> None:
    first = api_client.get("/api/stories", params={"limit": 1}).json()
    second = api_client.get("/api/stories", params={"limit": 1, "offset": 1}).json()
    assert first["total"] == 2 and [s["id"] for s in first["items"] + second["items"]] == [
        "s-bukamal",
        "s-hostile",
    ]
    story = api_client.get("/api/stories/s-bukamal").json()
    assert story["story"]["languages"] == {"ar": 1, "en": 1, "fa": 1}
    by_lang = {d["document"]["lang"]: d for d in story["documents"]}
    assert by_lang["fa"]["lead"].startswith("قاسم سلیمانی روز")
    assert by_lang["ar"]["times"][0]["value"] == "2017-11"


def test_api_places_follow_the_document_filters(
    api_client: TestClient, annotated_docs: Docs
) -> None:
    everything = api_client.get("/api/places").json()
    assert everything["total"] == 2
    bukamal = everything["items"][0]
    assert (bukamal["name"], bukamal["lat"], bukamal["documents"]) == ("Abu Kamal", 34.45, 3)
    only_fa = api_client.get("/api/places", params={"lang": "fa"}).json()["items"]
    assert [(p["name"], p["documents"]) for p in only_fa] == [("Abu Kamal", 1)]
    assert api_client.get("/api/places", params={"date_from": "2018-01-01"}).json()["total"] == 1


def test_api_document_carries_mentions_places_times_and_story(
    api_client: TestClient, annotated_docs: Docs
) -> None:
    record = api_client.get(f"/api/documents/{annotated_docs['en'].id}").json()
    assert record["story"] == "s-bukamal"
    assert {m["text"]: m["entity"] for m in record["mentions"]}["Al-Bukamal"] == "loc:albukamal"
    assert record["places"][0]["lat"] == 34.45
    assert record["times"][0]["value"] == "2017-11-19"


def test_api_openapi_lists_the_new_endpoints(api_client: TestClient) -> None:
    paths = api_client.get("/api/openapi.json").json()["paths"]
    for path in ("/api/entities/{key}", "/api/stories/{story_id}", "/api/places"):
        assert set(paths[path]) == {"get"}
    assert set(paths["/api/admin/entities/merge"]) == {"post"}
    assert "/api/admin/entities/unmerge" in api_client.get("/api/docs").text


# -- errors ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("method", "path", "kwargs", "status", "code"),
    [
        ("GET", "/api/entities/no:such", {}, 404, "not_found"),
        ("GET", "/api/stories/no-such-story", {}, 404, "not_found"),
        ("GET", "/api/entities?type=WHO", {}, 422, "invalid_request"),
        ("GET", "/api/entities?limit=0", {}, 422, "invalid_request"),
        ("GET", "/api/stories?offset=-1", {}, 422, "invalid_request"),
        ("GET", "/api/places?date_from=soon", {}, 422, "invalid_request"),
        ("POST", "/api/entities", {}, 405, "method_not_allowed"),
        ("POST", "/api/admin/overrides", {"json": {}}, 405, "method_not_allowed"),
        ("PUT", "/api/admin/entities/merge", {"json": {}}, 405, "method_not_allowed"),
        (
            "POST",
            "/api/admin/entities/merge",
            {"data": {"from": "org:saa", "to": "per:soleimani"}},  # a form post
            415,
            "unsupported_media_type",
        ),
        (
            "POST",
            "/api/admin/entities/merge",
            {"json": {"from": "org:saa", "to": "x"}, "headers": {"Origin": "http://evil.test"}},
            403,
            "forbidden",
        ),
        (
            "POST",
            "/api/admin/entities/merge",
            {"json": {"from": "org:saa", "to": "x"}, "headers": {"Sec-Fetch-Site": "cross-site"}},
            403,
            "forbidden",
        ),
        (
            "POST",
            "/api/admin/entities/merge",
            {"json": {"from": "org:saa"}},
            422,
            "invalid_request",
        ),
        (
            "POST",
            "/api/admin/entities/merge",
            {"json": {"from": "no:such", "to": "org:saa"}},
            404,
            "not_found",
        ),
        (
            "POST",
            "/api/admin/entities/merge",
            {"json": {"from": "org:saa", "to": "org:saa"}},
            409,
            "conflict",
        ),
        ("POST", "/api/admin/entities/unmerge", {"json": {"from": "org:saa"}}, 409, "conflict"),
    ],
)
def test_api_explore_error_shape(
    api_client: TestClient,
    annotated_docs: Docs,
    method: str,
    path: str,
    kwargs: dict[str, Any],
    status: int,
    code: str,
) -> None:
    assert_error_shape(api_client.request(method, path, **kwargs), status, code)


# -- analyst merges ----------------------------------------------------------------------------
def _add_suleimani(store: SQLiteStore, docs: Docs) -> None:
    """The Persian document once more, linked by a worse linker to a second key."""
    from dataclasses import replace

    fa = docs["fa"]
    [mention] = [m for m in fa.mentions if m.type == "PER"]
    other = replace(fa, mentions=[Mention(mention.start, mention.end, "PER", "per:suleimani")])
    other.id = "suleimani-copy"
    store.save([other])


def test_api_merge_then_unmerge_round_trips(
    api_client: TestClient, web_store: SQLiteStore, annotated_docs: Docs
) -> None:
    _add_suleimani(web_store, annotated_docs)
    assert api_client.get("/api/entities/per:soleimani").json()["entity"]["documents"] == 3
    merged = api_client.post(
        "/api/admin/entities/merge",
        json={"from": "per:suleimani", "to": "per:soleimani"},
        headers={"Origin": "http://127.0.0.1", "Sec-Fetch-Site": "same-origin"},  # our pages
    )
    assert merged.status_code == 200
    assert merged.json()["items"] == [
        {"from": "per:suleimani", "surface": "", "to": "per:soleimani"}
    ]
    entity = api_client.get("/api/entities/per:soleimani").json()
    assert entity["entity"]["documents"] == 4
    assert entity["linked_as"] == ["per:soleimani", "per:suleimani"]
    assert api_client.get("/api/entities/per:suleimani").status_code == 404
    assert api_client.get("/api/admin/overrides").json()["items"][0]["from"] == "per:suleimani"

    undone = api_client.post("/api/admin/entities/unmerge", json={"from": "per:suleimani"})
    assert undone.status_code == 200 and undone.json()["items"] == []
    assert api_client.get("/api/entities/per:soleimani").json()["entity"]["documents"] == 3
    assert api_client.get("/api/entities/per:suleimani").json()["entity"]["documents"] == 1


def test_api_admin_needs_the_token_when_one_is_set(
    web_store: SQLiteStore, annotated_docs: Docs
) -> None:
    _add_suleimani(web_store, annotated_docs)
    app = create_app(web_store, ServeSettings(host="0.0.0.0", token="s3cret"))  # noqa: S104
    body = {"from": "per:suleimani", "to": "per:soleimani"}
    with TestClient(app, base_url="http://analyst-box.lan:8000") as client:
        refused = client.post("/api/admin/entities/merge", json=body)
        assert_error_shape(refused, 401, "unauthorized")
        assert web_store.overrides() == []
        auth = {"Authorization": "Bearer s3cret"}
        assert client.post("/api/admin/entities/merge", json=body, headers=auth).status_code == 200
    assert web_store.overrides() == [("per:suleimani", "", "per:soleimani")]


def test_api_admin_is_refused_on_a_read_only_store(
    web_store: SQLiteStore, annotated_docs: Docs
) -> None:
    readonly = open_store(web_store.path, readonly=True)
    try:
        with TestClient(create_app(readonly), base_url="http://127.0.0.1") as client:
            response = client.post(
                "/api/admin/entities/merge", json={"from": "org:saa", "to": "per:soleimani"}
            )
            assert client.get("/api/entities/org:saa").status_code == 200  # reads still work
    finally:
        readonly.close()
    assert_error_shape(response, 403, "forbidden")
    assert "read-only" in response.json()["error"]["message"]


# -- pages -------------------------------------------------------------------------------------
def test_pages_document_highlights_link_to_entities_and_show_values(
    api_client: TestClient, annotated_docs: Docs
) -> None:
    html = api_client.get(f"/documents/{annotated_docs['en'].id}").text
    assert (
        '<a class="ent ent-person" href="/entities/per%3Asoleimani" '
        'title="person: Qasem Soleimani">Qassem Soleimani</a>'
    ) in html
    assert 'data-value="34.450, 40.920">Al-Bukamal</a>' in html  # place: entity + coordinates
    assert 'title="time: 2017-11-19 (day)" data-value="2017-11-19">19 November 2017</span>' in html
    for layer in ("person", "org", "place", "time"):
        assert f'id="layer-{layer}" checked>' in html
    assert 'href="/stories/s-bukamal"' in html


def _new_pages(docs: Docs) -> list[str]:
    return [
        "/entities",
        "/entities?q=%3Cscript",
        "/entities/per%3Asoleimani",
        "/entities/per%3A%3Cscript%3E",
        "/stories",
        "/stories/s-hostile",
        "/stories/s-hostile?by=source",
        "/stories/s-bukamal",
        "/map",
        f"/documents/{docs['hostile'].id}",
        f"/documents/{docs['en'].id}",
    ]


def test_pages_hostile_mentions_are_escaped(api_client: TestClient, annotated_docs: Docs) -> None:
    from html.parser import HTMLParser

    class Tags(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.tags: list[tuple[str, dict[str, str | None]]] = []

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            self.tags.append((tag, dict(attrs)))

    for path in _new_pages(annotated_docs):
        response = api_client.get(path)
        assert response.status_code == 200, path
        html = response.text
        for needle in ("<img", "<svg", "<b>Evil", "<script>alert"):
            assert needle not in html, (path, needle)
        parser = Tags()
        parser.feed(html)
        for tag, attrs in parser.tags:
            assert not any(name.startswith("on") for name in attrs), (path, tag, attrs)
            if tag == "script":  # only our own files, never inline code
                assert (attrs.get("src") or "").startswith("/static/"), (path, attrs)
    hostile = api_client.get(f"/documents/{annotated_docs['hostile'].id}").text
    assert 'title="person: &lt;img src=x onerror=alert(5)&gt;">&lt;script&gt;alert(3)' in hostile


def test_pages_say_so_when_vendored_files_are_missing(
    api_client: TestClient, annotated_docs: Docs, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(templating, "VENDOR", tmp_path)
    for path in ("/map", "/entities/per%3Asoleimani", "/stories/s-bukamal"):
        html = api_client.get(path).text
        assert "/static/vendor/" not in html, path
        assert 'class="vendor-missing"' in html and "make setup" in html, path
    # what the pages show without the scripts is still there
    assert "Syrian Arab Army" in api_client.get("/entities/per%3Asoleimani").text
