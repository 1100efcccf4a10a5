"""Load analysed documents written as Parquet (by the Spark runner) into a store, then run
the corpus steps on it: deduplication, then stories, as the local runner does after its
document stages (:func:`.local.run_corpus_steps`).

Needs only pyarrow, not Spark; rows are stored in the local runner's reading order (their
``order`` column), so that a load writes the store as the local runner would, batch for batch.
Idempotent like the local runner: a document already stored (and not failed) is passed over,
so loading the same folder twice adds nothing.
"""

from __future__ import annotations

import heapq
import json
import time
from collections.abc import Iterator
from operator import itemgetter
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from ..batching import batched
from ..corpus.dedup import DedupItem
from ..errors import ConfigError
from ..model import Document
from ..serialize import record_to_document
from ..store import Store
from .local import DEFAULT_BATCH, RunSummary, run_corpus_steps, store_batch
from .progress import NullReporter, Reporter

COLUMNS = ["order", "id", "record", "text_hash", "signature", "shingles"]


def load(
    folder: str | Path,
    store: Store,
    *,
    batch_size: int = DEFAULT_BATCH,
    reporter: Reporter | None = None,
    stories: bool = True,
    command: str = "load",
) -> RunSummary:
    """Store every document under ``folder`` (Parquet files as :func:`.spark.analyze_spark`
    writes them, each sorted by ``order``) in reading order, and run the corpus steps on the
    new ones."""
    files = parquet_files(folder)
    reporter = reporter or NullReporter()
    started = time.perf_counter()
    run_id = store.start_run(command)
    summary = RunSummary(run_id)
    new_docs: list[DedupItem] = []
    seen: set[str] = set()
    reporter.start(sum(pq.ParquetFile(f).metadata.num_rows for f in files), "Loading")
    try:
        rows = heapq.merge(*(_rows(f, batch_size) for f in files), key=itemgetter("order"))
        for batch in batched(rows, batch_size):
            summary.seen += len(batch)
            done = store.completed_ids(row["id"] for row in batch) | seen
            docs: list[Document] = []
            signed: list[DedupItem] = []
            for row in batch:
                if row["id"] in done:
                    summary.unchanged += 1
                    continue
                seen.add(row["id"])
                docs.append(record_to_document(json.loads(row["record"])))
                if row["text_hash"] is not None:
                    signed.append(
                        DedupItem(row["id"], row["text_hash"], row["signature"], row["shingles"])
                    )
            reporter.advance(len(batch) - len(docs))
            if docs:
                store_batch(store, (docs, signed), run_id, summary, new_docs, reporter)
    finally:
        reporter.finish()
    run_corpus_steps(store, new_docs, summary, reporter, stories=stories)
    summary.seconds = time.perf_counter() - started
    store.finish_run(run_id, summary.as_dict())
    return summary


def parquet_files(folder: str | Path) -> list[Path]:
    """The data files of a Spark output folder (not its hidden or ``_SUCCESS`` files)."""
    path = Path(folder)
    if not path.is_dir():
        raise ConfigError(f"{path} is not a folder; name the --out folder of a Spark run")
    files = sorted(
        f for f in path.rglob("*.parquet") if not f.name.startswith((".", "_")) and f.is_file()
    )
    for file in files:
        names = pq.ParquetFile(file).schema_arrow.names
        if not set(COLUMNS) <= set(names):
            raise ConfigError(f"{file} is not Rashomon Spark output (columns {names})")
    return files


def _rows(file: Path, batch_size: int) -> Iterator[dict[str, Any]]:
    """One file's rows, checked to be in reading order (a merge needs sorted inputs)."""
    last = ""
    for batch in pq.ParquetFile(file).iter_batches(batch_size, columns=COLUMNS):
        for row in batch.to_pylist():
            if row["order"] < last:
                raise ConfigError(f"{file} is not sorted by reading order; re-run the analysis")
            last = row["order"]
            yield row
