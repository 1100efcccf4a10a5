"""Overview, outlet pages and the narrative views: top stories and run errors on the
overview, an outlet's profile (page and API), a story's events, claim matrix and related
stories, and claim/event highlights on the document page — with hostile claim text escaped.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from rashomon.api import narrative
from rashomon.model import Claim, Document, Event, Origin
from rashomon.store.sqlite import SQLiteStore

Docs = dict[str, Document]


def span(doc: Document, surface: str) -> tuple[int, int]:
    start = doc.text.index(surface)
    return start, start + len(surface)


def claim(doc: Document, surface: str, **kw: Any) -> Claim:
    start, end = span(doc, surface)
    return Claim(start, end, 0, len(doc.text), lang=doc.lang, stage="test.v1", **kw)


def event(doc: Document, trigger: str, **kw: Any) -> Event:
    start, end = span(doc, trigger)
    return Event(
        trigger_start=start, trigger_end=end, evidence_start=0, evidence_end=len(doc.text), **kw
    )


@pytest.fixture
def told(web_store: SQLiteStore, annotated_docs: Docs) -> Docs:
    """The annotated documents with claims and events, and a later story about Soleimani."""
    en, ar, fa, bad = (annotated_docs[k] for k in ("en", "ar", "fa", "hostile"))
    army = {"speaker_kind": "named", "speaker_entity": "org:saa"}
    en.claims = [
        claim(en, "Qassem Soleimani visited Al-Bukamal", speaker="Syrian Arab Army", **army)
    ]
    ar.claims = [claim(ar, "زار قاسم سليماني مدينة البوكمال", cue="بحسب", hedged=True, **army)]
    fa.claims = [claim(fa, "قاسم سلیمانی", speaker_kind="outlet", negated=True)]
    visit = {"type": "visit", "actors": ["per:soleimani"], "place_name": "Abu Kamal"}
    en.events = [event(en, "visited", date="2017-11-19", **visit)]
    ar.events = [event(ar, "زار", date="2017-11", **visit)]
    fa.events = [event(fa, "بازدید کرد", **visit)]
    bad.claims = [claim(bad, "<script>alert(3)</script>", speaker_kind="named", speaker="<i>x</i>")]
    bad.events = [event(bad, "Talks", type="<b>meet</b>", actors=["<img src=x onerror=alert(8)>"])]
    later = replace(fa, id="later-fa", origin=Origin(path="later.txt"), story="s-later")
    later.claims, later.events = [], []
    web_store.save([en, ar, fa, bad, later])
    return {**annotated_docs, "later": later}


# -- overview ----------------------------------------------------------------------------------
def test_overview_shows_top_stories_run_errors_and_outlet_links(
    api_client: TestClient, told: Docs
) -> None:
    html = api_client.get("/").text
    top = html[html.index('aria-label="top stories"') : html.index('aria-label="latest runs"')]
    assert top.index("/stories/s-bukamal") < top.index("/stories/s-hostile")  # largest first
    assert "/outlets/Euphrates%20Wire" in top and 'lang-fa" title="Persian">fa 1' in top
    assert "2 errors" in html  # the fixture's run skipped one document and failed on one
    assert html.count('class="outlet" href="/outlets/') >= 4


# -- outlets -----------------------------------------------------------------------------------
def test_api_outlet_profile(api_client: TestClient, told: Docs) -> None:
    body = api_client.get("/api/outlets/" + quote("خبرگزاری نمونه")).json()
    assert body["languages"] == {"fa": body["documents"]}
    assert body["volume"]["2017-11"] == 3  # the web fixture's, the story's and the later one
    top = {(e["key"], e["name"], e["documents"]) for e in body["entities"][:2]}
    assert top == {("per:soleimani", "Qasem Soleimani", 2), ("loc:albukamal", "Abu Kamal", 2)}
    assert {s["story"]["id"]: s["documents"] for s in body["stories"]} == {
        "s-bukamal": 1,
        "s-later": 1,
    }
    assert {d["id"] for d in body["latest"]} >= {told["fa"].id, "later-fa"}
    missing = api_client.get("/api/outlets/nobody")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"


def test_outlet_page_escapes_a_hostile_name_and_links_out(
    api_client: TestClient, told: Docs
) -> None:
    name = told["hostile"].source or ""
    html = api_client.get("/outlets/" + quote(name, safe="")).text
    assert "<b>Evil" not in html and "&lt;b&gt;Evil&lt;/b&gt; Wire" in html
    assert "/stories/s-hostile" in html and f"/documents/{told['hostile'].id}" in html
    page = api_client.get("/outlets/Euphrates%20Wire").text
    assert (
        "/entities/per%3Asoleimani" in page and 'class="bars timeline-bars outlet-volume"' in page
    )


# -- story: events, claim matrix, related ------------------------------------------------------
def test_claim_matrix_rows_by_speaker_and_event_columns_by_outlet(told: Docs) -> None:
    matrix = narrative.claim_matrix([told["en"], told["ar"], told["fa"]])
    assert sorted(matrix.outlets) == sorted(["Euphrates Wire", "صحيفة الفرات", "خبرگزاری نمونه"])
    army, outlet = matrix.rows
    assert (army.key, army.speaker.text, army.event_type) == (
        "entity:org:saa|visit",
        "Syrian Arab Army",
        "visit",
    )
    assert army.speaker.href == "/entities/org%3Asaa"
    cells = {o: [(c.stance, c.hedged) for c in cs] for o, cs in army.cells.items()}
    assert cells == {"Euphrates Wire": [("asserts", False)], "صحيفة الفرات": [("asserts", True)]}
    assert "خبرگزاری نمونه" not in army.cells  # silent
    assert outlet.speaker.text == "the outlet itself"
    assert [c.stance for c in outlet.cells["خبرگزاری نمونه"]] == ["denies"]
    assert outlet.cells["خبرگزاری نمونه"][0].href == f"/documents/{told['fa'].id}#claim-0"


def test_story_page_events_matrix_and_related(api_client: TestClient, told: Docs) -> None:
    html = api_client.get("/stories/s-bukamal").text
    section = html[html.index('id="events-claims"') : html.index('aria-label="timeline"')]
    rows = re.findall(r"<tr>\s*<td class=\"num\">([^<]*)</td>", section)
    assert rows == ["2017-11", "2017-11-19", "—"]  # by date, undated last
    assert section.count('href="/entities/per%3Asoleimani"') == 3  # the actor, linked
    assert f'href="/documents/{told["en"].id}#event-0"' in section
    matrix = section[section.index('class="docs matrix"') :]
    assert matrix.count("stance-asserts") == 2 and matrix.count("stance-denies") == 1
    assert matrix.count("stance stance-asserts hedged") == 1 and matrix.count("— silent") == 3
    related = html[html.index('aria-label="related stories"') :]
    assert "/stories/s-later" in related and "Qasem Soleimani" in related
    assert "/stories/s-hostile" not in related


def test_story_page_escapes_hostile_claims_and_events(api_client: TestClient, told: Docs) -> None:
    html = api_client.get("/stories/s-hostile").text
    assert "<script>alert" not in html and "<img src=x" not in html and "<b>meet" not in html
    assert "&lt;img src=x onerror=alert(8)&gt;" in html and "&lt;i&gt;x&lt;/i&gt;" in html


# -- document: claim and event layers ----------------------------------------------------------
def test_document_page_claim_and_event_layers(api_client: TestClient, told: Docs) -> None:
    html = api_client.get(f"/documents/{told['ar'].id}").text
    assert 'id="layer-claim" checked' in html and 'id="layer-event" checked' in html
    claim_span = re.search(
        r'<span class="hl hl-claim" title="([^"]*)" data-value="hedged" id="claim-0">', html
    )
    assert claim_span and "Syrian Arab Army asserts · hedged · cue: بحسب" in claim_span.group(1)
    assert (
        'class="hl hl-event" title="event: visit · actors: Qasem Soleimani · at Abu Kamal' in html
    )
    # the entity marks still link inside the claim
    inside = html[html.index('id="claim-0"') :]
    assert inside.index('href="/entities/per%3Asoleimani"') < inside.index("</p>")
    hostile = api_client.get(f"/documents/{told['hostile'].id}").text
    assert "<script>alert" not in hostile and "&lt;i&gt;x&lt;/i&gt; asserts" in hostile


def test_api_story_narrative_mirrors_the_page(api_client: TestClient, told: Docs) -> None:
    body = api_client.get("/api/stories/s-bukamal/narrative").json()
    assert [e["date"] for e in body["events"]] == ["2017-11", "2017-11-19", None]
    assert body["events"][0]["actors"] == [
        {"text": "Qasem Soleimani", "entity": "/entities/per%3Asoleimani"}
    ]
    army = body["claims"][0]
    assert (army["speaker"]["text"], army["event_type"]) == ("Syrian Arab Army", "visit")
    assert army["cells"]["صحيفة الفرات"][0]["hedged"] is True
    assert [r["story"]["id"] for r in body["related"]] == ["s-later"]
    missing = api_client.get("/api/stories/nope/narrative")
    assert missing.status_code == 404 and set(missing.json()) == {"error"}


def test_a_claim_across_segments_and_entities_keeps_one_anchor(told: Docs) -> None:
    from rashomon.api import render, views
    from rashomon.model import Segment

    doc = told["en"]
    cut = doc.text.index(" visited")  # the claim starts in one segment and ends in the next
    doc.segments = [Segment(0, cut, "en"), Segment(cut, len(doc.text), "ar")]
    runs = [
        r
        for p in render.paragraphs(doc, views.marks(doc), views.overlays(doc))
        for piece in p.pieces
        for r in piece.runs
    ]
    claimed = [r for r in runs if any(o.layer == "claim" for o in r.overlays)]
    assert "".join(r.text for r in claimed) == "Qassem Soleimani visited Al-Bukamal"
    assert [r.anchors for r in runs if r.anchors] == [("claim-0",), ("event-0",)]
    assert {r.mark.layer for r in claimed if r.mark} == {"person", "place"}
