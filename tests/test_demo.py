"""The bundled demo corpus end to end against its gold manifest (data/demo/manifest.jsonl)."""

from __future__ import annotations

import json
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
) -> tuple[list[dict], dict[tuple[str, int | None], Document]]:
    from rashomon.store import open_store

    store = open_store(tmp_path_factory.mktemp("demo") / "demo.db")
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
    return manifest, docs


@pytest.mark.slow
def test_demo_every_article_is_stored_with_its_language(analysed: tuple) -> None:
    manifest, docs = analysed
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
    manifest, docs = analysed
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
    manifest, docs = analysed
    wrong = [
        (m["path"], docs[(m["path"], m["record"])].source, m["outlet"])
        for m in manifest
        if docs[(m["path"], m["record"])].source != m["outlet"]
    ]
    assert wrong == []
