"""Exports of stored documents: JSONL (one object per document), CSV and Parquet.

Every format carries the same fields; CSV holds the nested lists (segments, removed spans,
errors, duplicates) as JSON strings, Parquet as typed nested columns.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from .batching import batched
from .errors import ConfigError
from .model import Document
from .serialize import document_to_record

FORMATS = ("jsonl", "csv", "parquet")
SCALAR_FIELDS = (
    "id",
    "path",
    "record",
    "url",
    "format",
    "source",
    "title",
    "author",
    "published",
    "published_from",
    "published_confidence",
    "fetched",
    "lang",
    "lang_confidence",
    "status",
    "encoding",
    "text",
)
NESTED_FIELDS = ("segments", "removed", "errors", "duplicates")


def export_record(doc: Document) -> dict[str, Any]:
    record = document_to_record(doc)
    return {key: record[key] for key in (*SCALAR_FIELDS, *NESTED_FIELDS)}


def write_jsonl(docs: Iterable[Document], out: IO[str]) -> int:
    n = 0
    for doc in docs:
        out.write(json.dumps(export_record(doc), ensure_ascii=False) + "\n")
        n += 1
    return n


def write_csv(docs: Iterable[Document], out: IO[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=[*SCALAR_FIELDS, *NESTED_FIELDS])
    writer.writeheader()
    n = 0
    for doc in docs:
        record = export_record(doc)
        for key in NESTED_FIELDS:
            record[key] = json.dumps(record[key], ensure_ascii=False)
        writer.writerow(record)
        n += 1
    return n


def _parquet_schema() -> Any:
    import pyarrow as pa

    span = [("start", pa.int64()), ("end", pa.int64())]
    return pa.schema(
        [
            (
                name,
                pa.int64()
                if name == "record"
                else pa.float64()
                if name.endswith("confidence")
                else pa.string(),
            )
            for name in SCALAR_FIELDS
        ]
        + [
            (
                "segments",
                pa.list_(
                    pa.struct(
                        [
                            *span,
                            ("lang", pa.string()),
                            ("confidence", pa.float64()),
                            ("stage", pa.string()),
                        ]
                    )
                ),
            ),
            (
                "removed",
                pa.list_(
                    pa.struct(
                        [
                            *span,
                            ("reason", pa.string()),
                            ("stage", pa.string()),
                            ("text", pa.string()),
                        ]
                    )
                ),
            ),
            (
                "errors",
                pa.list_(
                    pa.struct(
                        [("kind", pa.string()), ("message", pa.string()), ("stage", pa.string())]
                    )
                ),
            ),
            (
                "duplicates",
                pa.list_(
                    pa.struct(
                        [("id", pa.string()), ("kind", pa.string()), ("similarity", pa.float64())]
                    )
                ),
            ),
        ]
    )


def write_parquet(docs: Iterable[Document], path: Path, batch_size: int = 1000) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _parquet_schema()
    n = 0
    with pq.ParquetWriter(path, schema) as writer:
        for chunk in batched((export_record(d) for d in docs), batch_size):
            writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
            n += len(chunk)
        if n == 0:
            writer.write_table(pa.Table.from_pylist([], schema=schema))
    return n


def export(
    docs: Iterable[Document], fmt: str, out: str | Path | None, stdout: IO[str] | None = None
) -> int:
    """Write ``docs`` in ``fmt`` to the file ``out`` (or ``stdout`` for text formats)."""
    if fmt not in FORMATS:
        raise ConfigError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        if out in (None, "-"):
            raise ConfigError(
                "Parquet is binary: give a file with --out, e.g. --out corpus.parquet"
            )
        return write_parquet(docs, Path(out))  # type: ignore[arg-type]
    writer = write_jsonl if fmt == "jsonl" else write_csv
    if out in (None, "-"):
        return writer(docs, stdout or io.StringIO())
    with Path(out).open("w", encoding="utf-8", newline="") as handle:  # type: ignore[arg-type]
        return writer(docs, handle)
