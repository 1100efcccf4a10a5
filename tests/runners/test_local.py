"""The local runner end to end: real stages, a real store, broken input, re-runs and resumes."""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

import pytest

from rashomon.model import DocStatus
from rashomon.runners.local import analyze
from rashomon.store.sqlite import SQLiteStore

WIRE = (
    "Syrian government forces and allied fighters entered the eastern town of Albu Kamal on "
    "Sunday after days of fighting with Islamic State militants, a military source said. The "
    "town on the Euphrates near the Iraqi border was the group's last significant urban "
    "stronghold in Syria. Engineers began clearing mines left in the streets, the source added, "
    "while residents who had fled to the desert started to return to the outskirts of the town."
)


def bad_corpus(root: Path) -> Path:
    bad = root / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "junk.txt").write_bytes(bytes(range(256)) * 50)
    (bad / "arabic-cp1256.txt").write_bytes(
        "حرر الجيش السوري مدينة البوكمال من تنظيم داعش بعد معارك عنيفة استمرت أياماً.".encode(
            "cp1256"
        )
    )
    (bad / "utf16.txt").write_bytes(
        "The army entered the town after a week of heavy fighting.".encode("utf-16")
    )
    (bad / "nobody.html").write_bytes(b"<html><head><title>x</title></head></html>")
    (bad / "only-boilerplate.txt").write_text(
        "No Script\n\nPlease Wait...\n\nstarAdd to favorites\n\nShare on Facebook Twitter\n"
    )
    (bad / "broken.jsonl").write_text(
        '{"text": "The army entered the town after a week."}\n{broken\n'
    )
    payload = gzip.compress(
        b"".join(
            json.dumps(
                {"text": f"Line {i}: the army entered the town after a week of fighting."}
            ).encode()
            + b"\n"
            for i in range(2000)
        )
    )
    (bad / "cut.jsonl.gz").write_bytes(payload[: len(payload) // 2])
    (bad / "bad.warc").write_bytes(b"WARC/1.0\r\nnot a header\r\n\r\n")
    (bad / "surrogate.jsonl").write_text(  # JSON may carry a lone surrogate: unencodable text
        '{"text": "The army entered the town \\ud800 after a week of fighting.", '
        '"title": "Lone \\udc00 surrogate"}\n'
    )
    with (bad / "huge.txt").open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)
    return bad


def wire_copies(root: Path) -> Path:
    wire = root / "wire"
    for outlet, extra in (("a", ""), ("b", " Officials did not comment on casualties."), ("c", "")):
        (wire / outlet).mkdir(parents=True)
        (wire / outlet / "story.txt").write_text(
            f"Army enters Albu Kamal\n\n{WIRE}{extra}\n", encoding="utf-8"
        )
    (wire / "b" / "story.txt").write_text(
        f"Syrian forces retake Albu Kamal\n\n{WIRE.replace('Sunday', 'Sunday morning')}"
        " Officials did not comment on casualties.\n",
        encoding="utf-8",
    )
    return wire


@pytest.mark.slow
def test_local_bad_input_never_stops_the_run(
    tmp_path: Path, store: SQLiteStore, seeds_dir: Path
) -> None:
    bad = bad_corpus(tmp_path)
    summary = analyze([str(seeds_dir), str(bad)], store)

    assert summary.stored >= 3 + 4  # seeds, cp1256, utf-16, jsonl line, readable gzip lines
    assert summary.failed["binary"] == 1 and summary.failed["malformed-jsonl"] == 1
    assert summary.failed["truncated-gzip"] == 1 and summary.failed["malformed-warc"] == 1
    assert summary.skipped["empty"] == 1 and summary.skipped["too-large"] == 1
    assert sum(summary.skipped.values()) >= 4  # + the body-less page and the boilerplate file
    docs = {
        Path(d.origin.path or "").name + (f"#{d.origin.record}" if d.origin.record else ""): d
        for d in store.iter_documents()
    }
    assert docs["arabic-cp1256.txt"].lang == "ar" and docs["utf16.txt"].lang == "en"
    assert docs["only-boilerplate.txt"].status is DocStatus.SKIPPED
    assert docs["surrogate.jsonl"].ok and "\ufffd" in docs["surrogate.jsonl"].text
    assert docs["nobody.html"].status is DocStatus.SKIPPED
    for doc in store.iter_documents():
        if doc.status is not DocStatus.OK:
            assert doc.errors and doc.errors[-1].message  # every failure says why


@pytest.mark.slow
def test_local_rerun_adds_nothing_and_resumes(
    tmp_path: Path, store: SQLiteStore, seeds_dir: Path
) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(seeds_dir, corpus / "seeds")
    first = analyze([str(corpus)], store)
    assert first.stored == 3
    again = analyze([str(corpus)], store)
    assert (again.stored, again.unchanged) == (0, 3)
    wire = wire_copies(corpus)  # new input next to the old: only the new is processed
    resumed = analyze([str(corpus)], store)
    assert (resumed.stored, resumed.unchanged) == (3, 3)
    assert store.stats().documents == 6
    assert wire.exists()


@pytest.mark.slow
def test_local_links_wire_copies_as_duplicates(tmp_path: Path, store: SQLiteStore) -> None:
    wire = wire_copies(tmp_path)
    summary = analyze([str(wire)], store)
    assert (summary.exact_duplicates, summary.near_duplicates) == (1, 2)
    docs = {Path(d.origin.path or "").parent.name: d for d in store.iter_documents()}
    links = {
        name: {(link.other_id, link.kind.value) for link in d.duplicates}
        for name, d in docs.items()
    }
    assert (docs["c"].id, "exact") in links["a"] and (docs["a"].id, "exact") in links["c"]
    assert {other for other, _ in links["b"]} == {docs["a"].id, docs["c"].id}
    assert all(kind == "near" for _, kind in links["b"])


@pytest.mark.slow
def test_local_process_pool_equals_inline(tmp_path: Path, seeds_dir: Path) -> None:
    from rashomon.export import export_record
    from rashomon.store import open_store

    wire = wire_copies(tmp_path)
    results = []
    for workers in (1, 2):
        db = open_store(tmp_path / f"w{workers}.db")
        analyze([str(seeds_dir), str(wire)], db, workers=workers, batch_size=2)
        results.append([export_record(d) for d in db.iter_documents()])
        db.close()
    assert results[0] == results[1]


@pytest.mark.slow
def test_local_killed_run_resumes_without_loss_or_duplicates(
    tmp_path: Path, seeds_dir: Path
) -> None:
    import os
    import signal
    import sqlite3
    import subprocess
    import sys
    import time

    corpus = tmp_path / "corpus"
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir.glob("*.txt"))]
    for i in range(300):
        outlet = corpus / f"outlet{i % 7}"
        outlet.mkdir(parents=True, exist_ok=True)
        (outlet / f"{i}.txt").write_text(f"{texts[i % len(texts)]}\n\nReport number {i}.\n")
    db = tmp_path / "k.db"
    command = [
        sys.executable,
        "-m",
        "rashomon.cli",
        "analyze",
        str(corpus),
        "--db",
        str(db),
        "--quiet",
        "--batch-size",
        "8",
    ]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # kill it once some, not all, documents are stored
        time.sleep(0.05)
        if db.exists():
            try:
                stored = sqlite3.connect(db).execute("SELECT count(*) FROM documents").fetchone()[0]
            except sqlite3.OperationalError:
                continue
            if stored >= 40:
                break
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    partial = sqlite3.connect(db).execute("SELECT count(*) FROM documents").fetchone()[0]
    assert 0 < partial < 300, "the run must be interrupted part-way for this test to mean much"

    finished = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert finished.returncode == 0, finished.stderr
    assert f"unchanged:  {partial}" in finished.stdout
    db_conn = sqlite3.connect(db)
    assert db_conn.execute("SELECT count(*), count(DISTINCT path) FROM documents").fetchone() == (
        300,
        300,
    )
    incomplete = db_conn.execute(
        "SELECT count(*) FROM documents d WHERE status = 'ok' AND (NOT EXISTS "
        "(SELECT 1 FROM segments s WHERE s.doc_id = d.id) OR NOT EXISTS "
        "(SELECT 1 FROM raw r WHERE r.doc_id = d.id))"
    ).fetchone()[0]
    assert incomplete == 0
