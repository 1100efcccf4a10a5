"""A backup a user can trust (issue #14): ``rashomon export --raw`` then ``rashomon import``
into a fresh store (SQLite -> PostgreSQL -> SQLite) reproduces every document, annotation,
duplicate link and story, and the exports of the three stores are the same bytes."""

from __future__ import annotations

import gzip
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from click.testing import CliRunner

from rashomon.cli import DEMO_INPUTS, main
from rashomon.runners.local import analyze
from rashomon.serialize import document_to_record
from rashomon.stages.sources import load_aliases
from rashomon.store import Store, open_store


def _store_fixtures() -> ModuleType:
    """tests/store/conftest.py (the throwaway PostgreSQL server), as pytest names it."""
    name = "tests.store.conftest"
    if name not in sys.modules:
        path = Path(__file__).parent / "store" / "conftest.py"
        spec = importlib.util.spec_from_file_location(name, path)
        assert spec is not None and spec.loader is not None
        sys.modules[name] = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(sys.modules[name])
    return sys.modules[name]


postgres_url = _store_fixtures().postgres_url
postgres_schema_url = _store_fixtures().postgres_schema_url


@pytest.fixture(scope="module")
def demo_db(demo_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("roundtrip") / "demo.db"
    store = open_store(db)
    try:
        analyze(
            [str(demo_dir / name) for name in DEMO_INPUTS],
            store,
            sources=load_aliases(demo_dir / "sources.json"),
        )
    finally:
        store.close()
    return db


def _cli(*args: str) -> str:
    done = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert done.exit_code == 0, done.output
    return done.output


def _backup(db: str, out: Path) -> bytes:
    _cli("export", "--db", db, "--raw", "--out", str(out))
    return out.read_bytes()


def _reads(db: str) -> dict[str, Any]:
    """What users read of a store: documents with everything, entities, stories."""
    store: Store = open_store(db, readonly=True)
    try:
        return {
            "documents": [document_to_record(d, raw=True) for d in store.iter_documents()],
            "entities": store.entities(limit=100_000),
            "stories": store.stories(limit=100_000),
            "assignments": store.story_assignments(),
            "stats": store.stats(),
        }
    finally:
        store.close()


def _round_trip(source: str, middle: str, tmp_path: Path) -> None:
    first = _backup(source, tmp_path / "first.jsonl")
    _cli("import", str(tmp_path / "first.jsonl"), "--db", middle)
    second = _backup(middle, tmp_path / "second.jsonl")
    end = str(tmp_path / "end.db")
    _cli("import", str(tmp_path / "second.jsonl"), "--db", end)
    third = _backup(end, tmp_path / "third.jsonl")
    assert first == second == third
    records = [json.loads(line) for line in first.decode().splitlines()]
    assert len(records) >= 30 and all(r["raw"] and r["source_text"] for r in records)
    assert any(r["duplicates"] for r in records) and all(r["story"] for r in records)
    reads = _reads(source)
    assert _reads(middle) == reads
    assert _reads(end) == reads


@pytest.mark.slow
def test_sqlite_backup_restores_every_document_exactly(demo_db: Path, tmp_path: Path) -> None:
    _round_trip(str(demo_db), str(tmp_path / "middle.db"), tmp_path)


@pytest.mark.slow
def test_backup_through_postgres_and_back_is_the_same_corpus(
    demo_db: Path, postgres_schema_url: str, tmp_path: Path
) -> None:
    _round_trip(str(demo_db), postgres_schema_url, tmp_path)


@pytest.mark.slow
def test_import_reports_bad_lines_and_goes_on(demo_db: Path, tmp_path: Path) -> None:
    good = _backup(str(demo_db), tmp_path / "backup.jsonl").decode().splitlines()
    broken = dict(json.loads(good[1]))
    del broken["format"]
    wrong_kind = dict(json.loads(good[2]), status="lost")
    lines = [good[0], "{not json", "[1, 2]", json.dumps(broken), json.dumps(wrong_kind), good[3]]
    backup = tmp_path / "mixed.jsonl.gz"
    backup.write_bytes(gzip.compress("\n".join(lines).encode()))
    db = tmp_path / "restored.db"
    done = CliRunner().invoke(main, ["import", str(backup), "--db", str(db)])
    assert done.exit_code == 1
    assert "Imported 2 documents" in done.stdout
    errors = done.stderr.splitlines()
    assert [e.split(":")[1].strip() for e in errors] == ["line 2", "line 3", "line 4", "line 5"]
    assert "not JSON" in errors[0] and "no format" in errors[2] and "'lost'" in errors[3]
    again = CliRunner().invoke(main, ["import", str(backup), "--db", str(db)])
    assert "Imported 0 documents" in again.stdout and "2 already there" in again.stdout
