"""Crash safety of ``rashomon analyze`` (issue #14): SIGKILL at random moments, then resume.

A reference run analyses the demo corpus once, uninterrupted, and notes when each commit
happened. Then 50 runs are killed with SIGKILL at seeded random moments, in chains (two at a
time, one per core): each run of a chain re-runs ``analyze`` on the store the previous kill
left, so a chain works its way through the whole run (start-up, document batches,
deduplication, embedding, story clustering, claim links, the run record) and ends with an
uninterrupted run; then the next chain starts on a new store.
A kill moment is the start-up or one of the next three stretches between two commits (drawn
alike) and a moment within it as long as it lasted in the reference run; it is placed by the
store's progress (the commits seen so far) plus that delay, not by the clock alone, so kills
land in every phase however busy the machine is. After every kill the store must hold each
document once and complete (every document stage recorded, every annotation equal to the
reference run's), and the corpus steps' results all or nothing; after the final run the store
must equal the reference. Runs use ``--batch-size 4`` so that a run commits often.

Another test reads the store through the real API while an analysis writes to it and never
sees "database is locked".
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from rashomon.cli import DEMO_INPUTS
from rashomon.pipeline import DEFAULT_STAGES
from rashomon.serialize import document_to_record
from rashomon.store.sqlite import SQLiteStore

KILLS = 50
SEED = 14
# what the last commit seen in a store finished
STEPS = ("nothing", "document batches", "deduplication", "embedding", "story clustering",
         "claim links", "the run record")  # fmt: skip
CORPUS_STEP_FIELDS = ("duplicates", "story")  # written after the documents, by corpus steps
# one embedding thread: two runs share two cores without spinning, and every run embeds alike
ENV = {**os.environ, "OMP_NUM_THREADS": "1"}


@dataclass(slots=True)
class Snapshot:
    records: dict[str, dict[str, Any]]  # id -> record with the raw input and source text
    claim_links: dict[str, list[Any]]  # story -> links between its claims


def _command(demo_dir: Path, db: Path) -> list[str]:
    inputs = [str(demo_dir / name) for name in DEMO_INPUTS]
    sources = ["--sources", str(demo_dir / "sources.json")]
    flags = ["--db", str(db), "--quiet", "--batch-size", "4"]
    return [sys.executable, "-m", "rashomon.cli", "analyze", *inputs, *sources, *flags]


def _snapshot(db: Path) -> Snapshot:
    """Every stored document as a record, after checking the rows no record shows."""
    conn = sqlite3.connect(db)
    try:
        docs, origins, raw, orphans = conn.execute(
            "SELECT count(*), count(DISTINCT coalesce(path, '') || '#' || coalesce(record, '')), "
            "(SELECT count(*) FROM raw), "
            "(SELECT count(*) FROM segments WHERE doc_id NOT IN (SELECT id FROM documents)) "
            "FROM documents"
        ).fetchone()
        fts = conn.execute(
            "SELECT count(*) FROM documents d WHERE d.text != '' AND d.id NOT IN "
            "(SELECT doc_id FROM docs_fts)"
        ).fetchone()[0]
    finally:
        conn.close()
    assert docs == origins, "a document is stored twice"
    assert raw == docs, "a document row without its raw input, or the reverse"
    assert orphans == 0 and fts == 0, "annotations or search rows without their document"
    store = SQLiteStore(db, readonly=True)
    try:
        links: dict[str, list[Any]] = {}
        for story, link in store.iter_claim_links():
            links.setdefault(story, []).append(link)
        return Snapshot(
            {d.id: document_to_record(d, raw=True) for d in store.iter_documents()}, links
        )
    finally:
        store.close()


def _own(record: dict[str, Any]) -> dict[str, Any]:
    """The record without what depends on other documents: the corpus steps' duplicates and
    story, and each mention's entity name (the entity's, chosen over all its mentions)."""
    own = {k: v for k, v in record.items() if k not in CORPUS_STEP_FIELDS}
    own["mentions"] = [{k: v for k, v in m.items() if k != "name"} for m in record["mentions"]]
    return own


def _check_after_kill(db: Path, reference: Snapshot) -> None:
    found = _snapshot(db)
    assert set(found.records) <= set(reference.records)
    linked = stories = 0
    for doc_id, record in found.records.items():
        expected = reference.records[doc_id]
        if record["status"] == "ok":
            assert set(DEFAULT_STAGES) <= set(record["stages"]), doc_id
        assert _own(record) == _own(expected), doc_id
        assert record["duplicates"] in ([], expected["duplicates"]), doc_id
        assert record["story"] in (None, expected["story"]), doc_id
        linked += bool(record["duplicates"])
        stories += record["story"] is not None
    # a corpus step's results are written whole: all documents' or none
    assert linked in (0, sum(bool(r["duplicates"]) for r in reference.records.values()))
    assert stories in (0, len(found.records))
    for story, links in found.claim_links.items():  # each story's links are written whole
        assert links == reference.claim_links[story], story


def _progress(db: Path) -> tuple[int, str]:
    """How far the work in the store has come: a number that grows with every commit of a
    run (documents, then the corpus steps one after another), and the phase it stands for."""
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)
    except sqlite3.OperationalError:
        return 0, "before the store"
    try:
        docs, signed, vectors, stories, aligned, unfinished = conn.execute(
            "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM minhashes), "
            "(SELECT count(*) FROM vectors), (SELECT count(story) FROM documents), "
            "(SELECT count(*) FROM claim_link_stories), "
            "(SELECT count(*) FROM runs WHERE id = (SELECT max(id) FROM runs) "
            "AND finished IS NULL)"
        ).fetchone()
    except sqlite3.OperationalError:  # no schema yet
        return 0, "before the store"
    finally:
        conn.close()
    steps = [docs > 0, signed > 0, vectors > 0, stories > 0, aligned > 0, not unfinished]
    score = docs + 100 * sum(steps[1:4]) + aligned + 100 * steps[5]
    return score, STEPS[sum(steps)]


@dataclass(slots=True)
class Timeline:
    """When the reference run reached each progress score: (seconds, score, step), from the
    start."""

    events: list[tuple[float, int, str]]

    def working_on(self, score: int) -> str:
        """What a run whose store stands at ``score`` was busy with: the next commit's step."""
        return next((step for _, s, step in self.events if s > score), "exiting")

    def later(self, start: int) -> list[tuple[int, float]]:
        """The stretches between two commits still to come for a store at progress ``start``:
        (the score that opens it, how long it lasted in the reference run)."""
        pairs = zip(self.events[1:], self.events[2:], strict=False)
        return [(score, t_next - t) for (t, score, _), (t_next, _, _) in pairs if score > start]

    def moment(self, start: int, rng: random.Random) -> tuple[int, float]:
        """A random moment of a run that starts from progress ``start``: (the score to wait
        for, seconds after reaching it). The start-up (from the process start to its first
        commit) or one of the next three stretches between commits is drawn, all alike, then
        a moment within it as long as it lasted in the reference run: a store's kills walk
        through the whole write sequence, a few commits at a time."""
        score, length = rng.choice([(0, self.events[1][0]), *self.later(start)[:3]])
        return score, rng.uniform(0, length)


def _run(demo_dir: Path, db: Path) -> subprocess.Popen[bytes]:
    with db.with_suffix(".err").open("wb") as err:  # a file: a full pipe would stall the run
        return subprocess.Popen(_command(demo_dir, db), stdout=err, stderr=err, env=ENV)


def _wait(process: subprocess.Popen[bytes], db: Path) -> str:
    if process.wait(timeout=300) not in (0, -signal.SIGKILL):
        raise AssertionError(db.with_suffix(".err").read_text(errors="replace")[-3000:])
    return db.with_suffix(".err").read_text(errors="replace")


@pytest.fixture(scope="module")
def reference(
    demo_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Snapshot, Timeline]:
    db = tmp_path_factory.mktemp("reference") / "ref.db"
    started = time.monotonic()
    events = [(0.0, 0, STEPS[0])]
    process = _run(demo_dir, db)
    while process.poll() is None:
        score, step = _progress(db)
        if score != events[-1][1]:
            events.append((time.monotonic() - started, score, step))
        time.sleep(0.02)
    _wait(process, db)
    assert process.returncode == 0
    events.append((time.monotonic() - started, *_progress(db)))
    snapshot = _snapshot(db)
    assert len(snapshot.records) >= 30
    assert any(r["duplicates"] for r in snapshot.records.values())
    assert all(r["story"] for r in snapshot.records.values() if r["status"] == "ok")
    return snapshot, Timeline(events)


@dataclass(slots=True)
class Kills:
    """The kills still to make, shared by the chains, and where those made landed."""

    left: int
    landed: Counter[str] = field(default_factory=Counter)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def wanted(self) -> bool:
        with self.lock:
            return self.left > 0

    def made(self, phase: str) -> None:
        with self.lock:
            self.left -= 1
            self.landed[phase] += 1


def _chains(
    demo_dir: Path, folder: Path, kills: Kills, seed: int, timeline: Timeline, ref: Snapshot
) -> int:
    """Chains of killed runs, each into a new store, until no kill is wanted: a chain ends
    when only the run record is left to write, with a run to the end. The stores made."""
    rng = random.Random(seed)
    stores = 0
    while kills.wanted():
        stores += 1
        db = folder / f"crash{seed}-{stores}.db"
        start = 0
        while kills.wanted() and len(timeline.later(start)) > 1:
            score, delay = timeline.moment(start, rng)
            process = _run(demo_dir, db)
            deadline = time.monotonic() + 300
            while score and process.poll() is None and _progress(db)[0] < score:
                assert time.monotonic() < deadline, "the run made no progress for 5 minutes"
                time.sleep(0.02)
            try:
                process.wait(timeout=delay)
            except subprocess.TimeoutExpired:
                os.kill(process.pid, signal.SIGKILL)
                process.wait()
                now = _progress(db)[0]
                kills.made("start-up" if not score and now == start else timeline.working_on(now))
            _wait(process, db)
            if db.exists():
                _check_after_kill(db, ref)
            start = _progress(db)[0]
        done = subprocess.run(
            _command(demo_dir, db), capture_output=True, text=True, timeout=300, env=ENV
        )
        assert done.returncode == 0, done.stderr
        assert _snapshot(db) == ref
    return stores


@pytest.mark.slow
def test_analyze_killed_50_times_loses_nothing_and_stores_nothing_twice(
    demo_dir: Path, tmp_path: Path, reference: tuple[Snapshot, Timeline]
) -> None:
    snapshot, timeline = reference
    kills = Kills(KILLS)
    with ThreadPoolExecutor(2) as pool:  # two chains at a time, one per core
        futures = [
            pool.submit(_chains, demo_dir, tmp_path, kills, SEED + i, timeline, snapshot)
            for i in range(2)
        ]
        stores = sum(future.result() for future in futures)
    assert sum(kills.landed.values()) >= KILLS
    assert len(kills.landed) >= 5, f"the kills must land all over the run: {kills.landed}"
    print(
        f"reference run {timeline.events[-1][0]:.1f} s; {sum(kills.landed.values())} kills "
        f"over {stores} stores landed in: {dict(kills.landed)}"
    )


@dataclass(slots=True)
class Reads:
    done: int = 0
    totals: set[int] = field(default_factory=set)  # document counts the reads saw
    errors: list[str] = field(default_factory=list)


def _read(client: Any, stop: threading.Event, reads: Reads) -> None:
    """What the UI asks while a user browses: stats, a page of documents and one of them,
    a search, the stories."""
    paths = ["/api/stats", "/api/documents?limit=20", "/api/search?q=Kamal", "/api/stories"]
    while not stop.is_set():
        for path in paths:
            try:
                response = client.get(path)
            except Exception as exc:  # noqa: BLE001 - every failure is the finding
                reads.errors.append(f"{path}: {type(exc).__name__}: {exc}")
                continue
            reads.done += 1
            if response.status_code != 200:
                reads.errors.append(f"{path}: {response.status_code} {response.text[:200]}")
            elif path == "/api/stats":
                reads.totals.add(response.json()["documents"])
            elif path.startswith("/api/documents") and response.json()["items"]:
                doc_id = response.json()["items"][0]["id"]
                one = client.get(f"/api/documents/{doc_id}")
                reads.done += 1
                if one.status_code != 200:
                    reads.errors.append(f"document {doc_id}: {one.status_code} {one.text[:200]}")


@pytest.mark.slow
def test_api_reads_during_an_ingest_never_see_database_locked(
    demo_dir: Path, tmp_path: Path
) -> None:
    """Two API readers while ``analyze`` writes into the same file, until they have seen the
    document count grow three times (or the run ends)."""
    from fastapi.testclient import TestClient

    from rashomon.api import create_app

    db = tmp_path / "busy.db"
    SQLiteStore(db).close()  # the schema exists before the readers open it
    process = _run(demo_dir, db)
    store = SQLiteStore(db, readonly=True)
    reads, stop = Reads(), threading.Event()
    try:
        with TestClient(create_app(store), base_url="http://127.0.0.1") as client:
            readers = [threading.Thread(target=_read, args=(client, stop, reads)) for _ in "ab"]
            for reader in readers:
                reader.start()
            deadline = time.monotonic() + 120
            while process.poll() is None and len(reads.totals) < 4 and time.monotonic() < deadline:
                time.sleep(0.1)
            stop.set()
            for reader in readers:
                reader.join()
    finally:
        store.close()
        if process.poll() is None:
            process.kill()
        process.wait()
    assert reads.errors == []
    assert len(reads.totals) >= 3, f"the reads must overlap the writes: saw {reads.totals}"
    print(f"{reads.done} API reads during the ingest, document counts seen: {sorted(reads.totals)}")


@pytest.mark.slow
def test_documents_of_a_run_killed_before_its_dedup_are_linked_by_the_next_run(
    demo_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The bug the kills found: a re-run took documents stored before a kill as done, so
    the duplicates among them were never linked."""
    from rashomon.runners import local

    inputs = [str(demo_dir / name) for name in DEMO_INPUTS]
    store = SQLiteStore(tmp_path / "d.db")
    try:
        with monkeypatch.context() as patch:  # the run dies once its documents are stored
            patch.setattr(local, "link_duplicates", _die)
            with pytest.raises(SystemExit):
                local.analyze(inputs, store, stories=False)
        resumed = local.analyze(inputs, store, stories=False)
        assert resumed.stored == 0 and resumed.unchanged >= 30
        assert resumed.exact_duplicates + resumed.near_duplicates > 0
        again = local.analyze(inputs, store, stories=False)  # the previous run finished
        assert again.exact_duplicates + again.near_duplicates == 0
    finally:
        store.close()


def _die(*args: object) -> None:
    raise SystemExit("killed")
