"""The bundled demo corpus end to end against its gold manifest (data/demo/manifest.jsonl)."""

from __future__ import annotations

import json
import re
from collections import Counter
from itertools import combinations
from pathlib import Path

import pytest

from rashomon.cli import DEMO_INPUTS
from rashomon.model import Document
from rashomon.runners.local import analyze
from rashomon.stages.sources import load_aliases
from rashomon.store.sqlite import SQLiteStore


@pytest.fixture(scope="module")
def analysed(
    demo_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[list[dict], dict[tuple[str, int | None], Document], Path]:
    from rashomon.store import open_store

    db = tmp_path_factory.mktemp("demo") / "demo.db"
    store = open_store(db)
    assert isinstance(store, SQLiteStore)
    analyze(
        [str(demo_dir / name) for name in DEMO_INPUTS],
        store,
        sources=load_aliases(demo_dir / "sources.json"),
    )
    lines = (demo_dir / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    manifest = [json.loads(line) for line in lines if line.strip()]
    docs = {}
    for doc in store.iter_documents():
        rel = Path(doc.origin.path or "").resolve().relative_to(demo_dir.resolve())
        docs[(rel.as_posix(), doc.origin.record)] = doc
    store.close()
    return manifest, docs, db


@pytest.mark.slow
def test_demo_every_article_is_stored_with_its_language(analysed: tuple) -> None:
    manifest, docs, _ = analysed
    assert len(docs) == len(manifest) >= 30
    wrong = [
        (m["path"], m["record"], docs[(m["path"], m["record"])].lang)
        for m in manifest
        if docs[(m["path"], m["record"])].lang != m["lang"].split("+")[0]
    ]
    assert wrong == []
    mixed = [docs[(m["path"], m["record"])] for m in manifest if "+" in m["lang"]]
    assert mixed and all({s.lang for s in d.segments} >= {"fa", "en"} for d in mixed)


@pytest.mark.slow
def test_demo_duplicates_are_linked_and_only_they(analysed: tuple) -> None:
    manifest, docs, _ = analysed
    key = {(m["path"], m["record"]): m for m in manifest}
    family: dict[str, set[str]] = {}  # wire original -> its reprints, exact original -> copy
    for (path, record), m in key.items():
        root = m["wire_of"] or m["exact_duplicate_of"]
        if root:
            family.setdefault(root, {root}).add(docs[(path, record)].id)
    by_path = {path: d.id for (path, record), d in docs.items() if record is None}
    groups = [{by_path.get(member, member) for member in members} for members in family.values()]
    expected = {frozenset(p) for g in groups for p in combinations(sorted(g), 2)}
    found = {frozenset((d.id, link.other_id)) for d in docs.values() for link in d.duplicates}
    assert found == expected


@pytest.mark.slow
def test_demo_every_document_names_its_outlet(analysed: tuple) -> None:
    manifest, docs, _ = analysed
    wrong = [
        (m["path"], docs[(m["path"], m["record"])].source, m["outlet"])
        for m in manifest
        if docs[(m["path"], m["record"])].source != m["outlet"]
    ]
    assert wrong == []


def _by_event(analysed: tuple) -> dict[str, list[Document]]:
    manifest, docs, _ = analysed
    events: dict[str, list[Document]] = {}
    for m in manifest:
        events.setdefault(m["event"], []).append(docs[(m["path"], m["record"])])
    return events


@pytest.mark.slow
def test_demo_stories_join_languages_and_keep_years_apart(analysed: tuple) -> None:
    """Each event's main story holds its reports in all three languages, and no two events
    share a main story, not even the Soleimani strike and the Ain al-Asad reprisal five days
    later (known miss: one reprisal report that names Baghdad in its lead joins the strike)."""
    events = _by_event(analysed)
    main = {}
    for event, docs in events.items():
        stories = Counter(d.story for d in docs)
        main[event], _ = stories.most_common(1)[0]
        assert main[event] is not None
        assert {d.lang for d in docs if d.story == main[event]} == {"en", "ar", "fa"}, event
    assert len(set(main.values())) == len(main) == 5


@pytest.mark.slow
def test_demo_entities_and_places_meet_across_scripts(analysed: tuple) -> None:
    _, docs, _ = analysed
    soleimani = {
        m.entity
        for d in docs.values()
        for m in d.mentions
        if m.type == "PER"
        and re.fullmatch(r"(Qa[s]+em |قاسم )?(Soleimani|سليماني|سلیمانی)", d.text[m.start : m.end])
    }
    assert soleimani == {"rashomon:qasem-soleimani"}
    bukamal = {
        (p.place_id, d.lang)
        for d in docs.values()
        for p in d.places
        if d.text[p.start : p.end] in ("Al-Bukamal", "Albu Kamal", "البوكمال", "البوکمال")
    }
    assert {pid for pid, _ in bukamal} == {"174448"} and {lang for _, lang in bukamal} == {
        "en",
        "ar",
        "fa",
    }


@pytest.mark.slow
def test_demo_english_query_finds_persian_and_arabic_reports(analysed: tuple) -> None:
    from fastapi.testclient import TestClient

    from rashomon.api import create_app
    from rashomon.store import open_store

    events = _by_event(analysed)
    bukamal = {d.id for d in events["albukamal-2017"]}
    query = "Syrian army retakes Albu Kamal from ISIS"
    store = open_store(analysed[2], readonly=True)
    try:
        with TestClient(create_app(store), base_url="http://127.0.0.1") as client:
            for mode in ("hybrid", "semantic"):
                for lang in ("fa", "ar"):
                    params = {"q": query, "lang": lang, "mode": mode, "limit": 2}
                    items = client.get("/api/search", params=params).json()["items"]
                    assert items and {i["document"]["id"] for i in items} <= bukamal, (mode, lang)
            # the words alone find no Persian report; the page says which mode it used
            params = {"q": query, "lang": "fa", "mode": "text"}
            assert client.get("/api/search", params=params).json()["items"] == []
            page = client.get("/search", params={"q": query, "mode": "semantic"}).text
            assert '<option value="semantic" selected>' in page
    finally:
        store.close()
