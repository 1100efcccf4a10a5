"""Exports: documents as JSONL (one object per document), CSV and Parquet; and the corpus-level
tables built across documents: ``entities`` and ``stories`` (JSONL) and ``geojson`` (every
resolved place mention as a point feature).

Every document format carries the same fields; CSV holds the nested lists (segments, removed
spans, errors, duplicates, mentions, places, times) as JSON strings, Parquet as typed nested
columns.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO, Any

from .batching import batched
from .errors import ConfigError
from .model import Document
from .serialize import claim_record, document_to_record, place_record
from .store.base import DocumentFilter, Store

DOCUMENT_FORMATS = ("jsonl", "csv", "parquet")
ANNOTATION_FORMATS = ("events-csv", "claims-csv")  # one row per event / claim
CORPUS_FORMATS = ("entities", "stories", "geojson")
FORMATS = DOCUMENT_FORMATS + ANNOTATION_FORMATS + CORPUS_FORMATS
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
    "story",
)
NESTED_FIELDS = (
    "segments", "removed", "errors", "duplicates", "mentions", "places", "times", "claims",
    "events",
)  # fmt: skip
# ACLED's column layout first, then ours (evidence down to the characters)
EVENT_COLUMNS = (
    "event_date", "event_type", "sub_event_type", "actor1", "actor2", "location", "latitude",
    "longitude", "source", "notes", "rashomon_type", "plover", "weapon", "actors", "targets",
    "lang", "document", "evidence_start", "evidence_end", "trigger",
)  # fmt: skip
CLAIM_COLUMNS = (
    "document", "source", "published", "lang", "speaker_kind", "speaker", "speaker_entity",
    "cue", "medium", "hedged", "negated", "text", "evidence", "start", "end",
)  # fmt: skip


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
            (
                "mentions",
                pa.list_(
                    pa.struct(
                        [
                            *span,
                            *_strings("text", "type", "entity", "name", "lang"),
                            ("score", pa.float64()),
                            ("stage", pa.string()),
                        ]
                    )
                ),
            ),
            (
                "places",
                pa.list_(
                    pa.struct(
                        [
                            *span,
                            *_strings("text", "name", "place_id"),
                            ("lat", pa.float64()),
                            ("lon", pa.float64()),
                            *_strings("country", "feature"),
                            ("score", pa.float64()),
                            ("runner_up", pa.string()),
                            ("runner_up_score", pa.float64()),
                            ("stage", pa.string()),
                        ]
                    )
                ),
            ),
            (
                "times",
                pa.list_(
                    pa.struct(
                        [
                            *span,
                            *_strings("text", "value", "granularity", "calendar"),
                            ("relative", pa.bool_()),
                            ("stage", pa.string()),
                        ]
                    )
                ),
            ),
            ("claims", pa.list_(_claim_struct())),
            ("events", pa.list_(_event_struct())),
        ]
    )


def _claim_struct() -> Any:
    import pyarrow as pa

    ints = [(n, pa.int64()) for n in ("start", "end", "evidence_start", "evidence_end")]
    flags = [("hedged", pa.bool_()), ("negated", pa.bool_())]
    return pa.struct(
        [
            *ints,
            *_strings("speaker_kind", "speaker", "speaker_entity", "cue", "medium"),
            *flags,
            *_strings("lang", "stage", "text", "evidence"),
        ]
    )


def _event_struct() -> Any:
    import pyarrow as pa

    ints = [
        (n, pa.int64()) for n in ("trigger_start", "trigger_end", "evidence_start", "evidence_end")
    ]
    return pa.struct(
        [
            ("type", pa.string()),
            *ints,
            *_strings("acled_type", "acled_sub_type", "plover"),
            ("actors", pa.list_(pa.string())),
            ("targets", pa.list_(pa.string())),
            *_strings(
                "place", "place_name", "date", "weapon", "lang", "stage", "trigger", "evidence"
            ),
        ]
    )


def _strings(*names: str) -> list[tuple[str, Any]]:
    import pyarrow as pa

    return [(name, pa.string()) for name in names]


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


def write_events_csv(docs: Iterable[Document], out: IO[str]) -> int:
    """One row per event, ACLED's columns first: ``actor1``/``actor2`` are the first actor and
    target by display name, ``notes`` the sentence that tells it."""
    writer = csv.DictWriter(out, fieldnames=EVENT_COLUMNS)
    writer.writeheader()
    n = 0
    for doc in docs:
        names = {m.entity: m.name or doc.text[m.start : m.end] for m in doc.mentions if m.entity}
        coords = {p.place_id: (p.lat, p.lon) for p in doc.places if p.place_id}
        for e in doc.events:
            lat, lon = coords.get(e.place or "", (None, None))
            actors = [names.get(a, a) for a in e.actors]
            targets = [names.get(t, t) for t in e.targets]
            writer.writerow(
                {
                    "event_date": e.date or "",
                    "event_type": e.acled_type,
                    "sub_event_type": e.acled_sub_type,
                    "actor1": actors[0] if actors else "",
                    "actor2": targets[0] if targets else "",
                    "location": e.place_name or "",
                    "latitude": lat if lat is not None else "",
                    "longitude": lon if lon is not None else "",
                    "source": doc.source or "",
                    "notes": doc.text[e.evidence_start : e.evidence_end],
                    "rashomon_type": e.type,
                    "plover": e.plover,
                    "weapon": e.weapon or "",
                    "actors": json.dumps(e.actors, ensure_ascii=False),
                    "targets": json.dumps(e.targets, ensure_ascii=False),
                    "lang": e.lang or "",
                    "document": doc.id,
                    "evidence_start": e.evidence_start,
                    "evidence_end": e.evidence_end,
                    "trigger": doc.text[e.trigger_start : e.trigger_end],
                }
            )
            n += 1
    return n


def write_claims_csv(docs: Iterable[Document], out: IO[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=CLAIM_COLUMNS)
    writer.writeheader()
    n = 0
    for doc in docs:
        for c in doc.claims:
            record = claim_record(doc, c)
            row = {k: record.get(k) for k in CLAIM_COLUMNS if k in record}
            row |= {
                "document": doc.id,
                "source": doc.source,
                "published": doc.published.iso() if doc.published else None,
            }
            writer.writerow(row)
            n += 1
    return n


def write_entities(store: Store, out: IO[str]) -> int:
    """One line per canonical entity: names per language and script, aliases with counts,
    the linker keys merged into it, mention and document counts, first and last seen."""
    n = 0
    offset = 0
    while True:
        page, _ = store.entities(limit=500, offset=offset)
        if not page:
            return n
        for summary in page:
            detail = store.entity(summary.key)
            if detail is None:
                continue
            names: dict[str, list[str]] = {}
            for name in detail.names:
                names.setdefault(name.lang or "?", [])
                if name.text not in names[name.lang or "?"]:
                    names[name.lang or "?"].append(name.text)
            record = {
                "id": summary.key,
                "type": summary.type,
                "name": summary.name,
                "names": names,
                "aliases": [
                    {"text": a.text, "lang": a.lang, "script": a.script, "count": a.count}
                    for a in detail.names
                ],
                "linked_as": detail.linked_as,
                "mentions": summary.mentions,
                "documents": summary.documents,
                "first_seen": summary.first_seen,
                "last_seen": summary.last_seen,
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
        offset += len(page)


def write_stories(store: Store, out: IO[str]) -> int:
    """One line per story: its documents, languages, outlets and time span."""
    n = 0
    offset = 0
    while True:
        page, _ = store.stories(limit=500, offset=offset)
        if not page:
            return n
        for summary in page:
            found = store.story(summary.id)
            docs = found[1] if found else []
            record = {
                "id": summary.id,
                "title": summary.title,
                "documents": [
                    {
                        "id": d.id,
                        "lang": d.lang,
                        "source": d.source,
                        "title": d.title,
                        "published": d.published,
                    }  # fmt: skip
                    for d in docs
                ],
                "languages": summary.languages,
                "sources": summary.sources,
                "first_published": summary.first_published,
                "last_published": summary.last_published,
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
        offset += len(page)


def write_geojson(store: Store, out: IO[str], filt: DocumentFilter | None = None) -> int:
    """A FeatureCollection with one point per resolved place mention (unresolved toponyms have
    no coordinates and are left out here; they are in the document export)."""
    out.write('{"type": "FeatureCollection", "features": [\n')
    n = 0
    for doc in store.iter_documents(filt or DocumentFilter(status="ok")):
        for place in doc.places:
            if place.lat is None or place.lon is None:
                continue
            feature = {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [place.lon, place.lat]},
                "properties": {
                    "document": doc.id,
                    "source": doc.source,
                    "lang": doc.lang,
                    "published": doc.published.iso() if doc.published else None,
                    **place_record(doc, place),
                },  # fmt: skip
            }
            out.write((",\n" if n else "") + json.dumps(feature, ensure_ascii=False))
            n += 1
    out.write("\n]}\n")
    return n


def export(
    docs: Iterable[Document], fmt: str, out: str | Path | None, stdout: IO[str] | None = None
) -> int:
    """Write ``docs`` in ``fmt`` to the file ``out`` (or ``stdout`` for text formats)."""
    if fmt == "events-csv":
        return _to_text(lambda handle: write_events_csv(docs, handle), out, stdout)
    if fmt == "claims-csv":
        return _to_text(lambda handle: write_claims_csv(docs, handle), out, stdout)
    if fmt not in DOCUMENT_FORMATS:
        raise ConfigError(
            f"unknown document format {fmt!r}; choose one of {', '.join(DOCUMENT_FORMATS)}"
        )
    if fmt == "parquet":
        if out in (None, "-"):
            raise ConfigError(
                "Parquet is binary: give a file with --out, e.g. --out corpus.parquet"
            )
        return write_parquet(docs, Path(out))  # type: ignore[arg-type]
    writer = write_jsonl if fmt == "jsonl" else write_csv
    return _to_text(lambda handle: writer(docs, handle), out, stdout)


def export_corpus(
    store: Store,
    fmt: str,
    out: str | Path | None,
    stdout: IO[str] | None = None,
    filt: DocumentFilter | None = None,
) -> int:
    """Write a corpus-level table (``entities``, ``stories``, ``geojson``)."""
    if fmt == "entities":
        return _to_text(lambda handle: write_entities(store, handle), out, stdout)
    if fmt == "stories":
        return _to_text(lambda handle: write_stories(store, handle), out, stdout)
    if fmt == "geojson":
        return _to_text(lambda handle: write_geojson(store, handle, filt), out, stdout)
    raise ConfigError(f"unknown corpus format {fmt!r}; choose one of {', '.join(CORPUS_FORMATS)}")


def _to_text(
    write: Callable[[IO[str]], int], out: str | Path | None, stdout: IO[str] | None
) -> int:
    if out in (None, "-"):
        return write(stdout or io.StringIO())
    with Path(out).open("w", encoding="utf-8", newline="") as handle:  # type: ignore[arg-type]
        return write(handle)
