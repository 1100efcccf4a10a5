"""Restore documents from a JSONL backup (``rashomon export --format jsonl --raw``) into a store.

The backup holds every document as :func:`rashomon.serialize.document_to_record` writes it,
with the raw input and the decoded source text: all its annotations, its duplicate links and
its story. Import stores those as they are (nothing is re-analysed or recomputed, so a restored
corpus reads exactly as the one exported) in batches, as one recorded run. It is idempotent
like ``analyze``: a document already stored (and not failed) is passed over.

What a backup does not hold, and how it comes back:

* document embeddings (semantic search, story clustering of later documents): the next
  ``rashomon analyze`` run embeds every document without a vector;
* claim links between the documents of a story: the next ``analyze`` run links them again;
* analysts' entity merges: the merged entity of each mention is kept, but not the merge
  itself, so it can no longer be undone;
* MinHash signatures for finding near copies among later documents are computed again here,
  from the stored text, without touching the duplicate links the backup holds.

A line that is not a document record is reported with its line number and skipped; the
import goes on.
"""

from __future__ import annotations

import gzip
import io
import json
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from .batching import batched
from .corpus.dedup import dedup_item
from .model import Document
from .runners.local import DEFAULT_BATCH
from .runners.progress import NullReporter, Reporter
from .serialize import record_to_document
from .store import Store


@dataclass(frozen=True, slots=True)
class LineError:
    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


@dataclass(slots=True)
class ImportSummary:
    run_id: int
    read: int = 0  # document records read
    stored: int = 0
    unchanged: int = 0  # already in the store
    without_raw: int = 0  # records exported without --raw: their input is not restored
    errors: list[LineError] = field(default_factory=list)
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "read": self.read,
            "stored": self.stored,
            "unchanged": self.unchanged,
            "without_raw": self.without_raw,
            "bad_lines": len(self.errors),
            "seconds": round(self.seconds, 3),
        }


def open_backup(path: str | Path) -> IO[str]:
    """The backup as text: '-' is standard input; gzip is recognised by its magic bytes."""
    if str(path) == "-":
        return io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8")
    with open(path, "rb") as probe:
        gzipped = probe.read(2) == b"\x1f\x8b"
    if gzipped:
        return io.TextIOWrapper(gzip.open(path, "rb"), encoding="utf-8")
    return open(path, encoding="utf-8")


def read_records(lines: IO[str], errors: list[LineError]) -> Iterator[tuple[int, Document]]:
    """(line number, document) for every good line; a bad one is added to ``errors``."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(LineError(number, f"not JSON ({exc.msg} at column {exc.colno})"))
            continue
        if not isinstance(record, dict):
            errors.append(LineError(number, f"not a document record (a JSON {_kind(record)})"))
            continue
        missing = [name for name in ("id", "format") if not record.get(name)]
        if missing:
            errors.append(LineError(number, f"not a document record (no {', '.join(missing)})"))
            continue
        try:
            yield number, record_to_document(record)
        except (KeyError, ValueError, TypeError) as exc:
            detail = f"field {exc}" if isinstance(exc, KeyError) else str(exc)
            errors.append(LineError(number, f"document {record['id']}: bad record ({detail})"))


def import_jsonl(
    path: str | Path,
    store: Store,
    *,
    batch_size: int = DEFAULT_BATCH,
    reporter: Reporter | None = None,
    command: str | None = None,
) -> ImportSummary:
    """Store every document of the JSONL backup at ``path`` (plain or gzip, '-' for stdin)."""
    reporter = reporter or NullReporter()
    started = time.perf_counter()
    run_id = store.start_run(command or f"import {path}")
    summary = ImportSummary(run_id)
    reporter.start(None, "Importing")
    with open_backup(path) as lines:
        for batch in batched(read_records(lines, summary.errors), batch_size):
            summary.read += len(batch)
            done = store.completed_ids(doc.id for _, doc in batch)
            todo = [(n, doc) for n, doc in batch if doc.id not in done]
            summary.unchanged += len(batch) - len(todo)
            _save(store, todo, run_id, summary)
            reporter.advance(len(batch))
    reporter.finish()
    summary.seconds = time.perf_counter() - started
    store.finish_run(run_id, summary.as_dict())
    return summary


def _save(
    store: Store, batch: list[tuple[int, Document]], run_id: int, summary: ImportSummary
) -> None:
    saved = [doc for _, doc in batch]
    try:
        store.save(saved, run_id)
    except Exception:  # noqa: BLE001 - find the document the store refuses, keep the others
        saved = []
        for number, doc in batch:
            try:
                store.save([doc], run_id)
                saved.append(doc)
            except Exception as exc:  # noqa: BLE001 - reported against its line
                reason = f"{type(exc).__name__}: {exc}"
                summary.errors.append(
                    LineError(number, f"document {doc.id}: the store refused it ({reason})")
                )
    summary.stored += len(saved)
    summary.without_raw += sum(1 for doc in saved if not doc.raw)
    signed = [dedup_item(doc) for doc in saved if doc.ok and doc.text]
    store.save_minhashes((s.id, s.signature or b"", s.size) for s in signed)


def _kind(value: object) -> str:
    return {list: "array", str: "string", int: "number", float: "number"}.get(type(value), "value")
