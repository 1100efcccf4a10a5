"""Exports: documents as JSONL (one object per document), CSV and Parquet; and the corpus-level
tables built across documents: ``entities`` and ``stories`` (JSONL) and ``geojson`` (every
resolved place mention as a point feature).

Every document format carries the same fields; CSV holds the nested lists (segments, removed
spans, errors, duplicates, mentions, places, times) as JSON strings, Parquet as typed nested
columns.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from .batching import batched
from .errors import ConfigError
from .model import Document
from .serialize import claim_record, document_to_record, place_record
from .store.base import DocumentFilter, Store

if TYPE_CHECKING:
    from .corpus.claim_links import ClaimStatuses

DOCUMENT_FORMATS = ("jsonl", "csv", "parquet")
ANNOTATION_FORMATS = ("events-csv", "claims-csv")  # one row per event / claim
CORPUS_FORMATS = ("entities", "stories", "geojson", "story-events", "claim-links", "sources")
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
# one row per incident of a story, merged across its documents (corpus/event_merge.py): the
# ACLED columns hold the agreed values only; what each outlet says is in the JSON columns
STORY_EVENT_COLUMNS = (
    "event_date", "event_type", "sub_event_type", "actor1", "actor2", "location", "latitude",
    "longitude", "source", "notes", "story", "event_id", "rashomon_type", "plover", "outlets",
    "languages", "n_reports", "conflicts", "dates", "actors", "targets", "places", "figures",
    "evidence_ids",
)  # fmt: skip
CLAIM_COLUMNS = (
    "document", "source", "published", "lang", "speaker_kind", "speaker", "speaker_entity",
    "cue", "medium", "hedged", "negated", "text", "evidence", "start", "end", "status",
)  # fmt: skip


def export_record(doc: Document) -> dict[str, Any]:
    record = document_to_record(doc)
    return {key: record[key] for key in (*SCALAR_FIELDS, *NESTED_FIELDS)}


def write_jsonl(docs: Iterable[Document], out: IO[str], *, raw: bool = False) -> int:
    """One document per line. ``raw=True`` writes the full record instead, with the raw input
    (base64), the decoded source text, the stages run and the reader's hints: a backup that
    ``rashomon import`` (:mod:`rashomon.importer`) restores exactly."""
    n = 0
    for doc in docs:
        record = document_to_record(doc, raw=True) if raw else export_record(doc)
        if not raw:
            record["frames"] = frames_with_stance(doc)
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    return n


def frames_with_stance(doc: Document) -> dict[str, list[dict[str, Any]]]:
    """How the document frames what it tells: its loaded terms and persuasion-technique spans
    (stored by the ``framing.v1`` stage, :mod:`rashomon.stages.framing`) and the stance cues
    they give toward the people and groups it names (derived now, from the mentions' current
    entities), each with offsets into ``text``."""
    from .stages.framing.document import framing_of
    from .stages.framing.stance import stance_cues

    terms, techniques = framing_of(doc)
    text = doc.text
    return {
        "loaded_terms": [
            {"start": t.start, "end": t.end, "text": text[t.start : t.end],
             "category": t.category, "lemma": t.lemma}
            for t in terms
        ],
        "techniques": [
            {"start": t.start, "end": t.end, "text": text[t.start : t.end],
             "technique": t.technique, "score": round(t.score, 4), "source": t.source}
            for t in techniques
        ],
        "stance": [
            {"entity": c.entity, "start": c.start, "end": c.end, "text": c.term,
             "cue": c.cue, "polarity": c.polarity}
            for c in stance_cues(doc, terms, techniques)
        ],
    }  # fmt: skip


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


def write_claims_csv(
    docs: Iterable[Document], out: IO[str], statuses: ClaimStatuses | None = None
) -> int:
    """One row per claim; ``status`` (corroborated / contradicted / both / unique, from the
    claim-links step) where ``statuses`` are given and the document is in a story."""
    from .corpus.claim_links import UNIQUE

    writer = csv.DictWriter(out, fieldnames=CLAIM_COLUMNS)
    writer.writeheader()
    n = 0
    for doc in docs:
        for i, c in enumerate(doc.claims):
            record = claim_record(doc, c)
            row = {k: record.get(k) for k in CLAIM_COLUMNS if k in record}
            row |= {
                "document": doc.id,
                "source": doc.source,
                "published": doc.published.iso() if doc.published else None,
            }
            if statuses is not None and doc.story:
                row["status"] = statuses.get((doc.id, i), UNIQUE).label
            writer.writerow(row)
            n += 1
    return n


def write_claim_links(store: Store, out: IO[str]) -> int:
    """One line per link between two claims of a story (:mod:`rashomon.corpus.claim_links`):
    the story, the relation with its confidence and reasons, and for each claim its document,
    index, outlet, language, text and sentence."""
    n = 0
    story = ""
    docs: dict[str, Document | None] = {}  # documents of the story being written, read once
    for story_id, link in store.iter_claim_links():
        if story_id != story:
            story, docs = story_id, {}
        ends = []
        for doc_id, index in ((link.doc_a, link.claim_a), (link.doc_b, link.claim_b)):
            if doc_id not in docs:
                docs[doc_id] = store.get(doc_id)
            doc = docs[doc_id]
            claim = doc.claims[index] if doc is not None and index < len(doc.claims) else None
            text = doc.text if doc is not None else ""
            ends.append(
                {
                    "document": doc_id,
                    "claim": index,
                    "outlet": doc.source if doc is not None else None,
                    "lang": (claim.lang if claim else None) or (doc.lang if doc else None),
                    "text": text[claim.start : claim.end] if claim else None,
                    "evidence": text[claim.evidence_start : claim.evidence_end] if claim else None,
                }
            )
        record = {
            "story": story_id,
            "relation": link.relation,
            "confidence": link.confidence,
            "reasons": list(link.reasons),
            "a": ends[0],
            "b": ends[1],
        }
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
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


def write_sources(store: Store, out: IO[str], filt: DocumentFilter | None = None) -> int:
    """One line per outlet: its profile (:func:`rashomon.corpus.profiles.source_profiles`)."""
    from .corpus.profiles import source_profiles

    n = 0
    for profile in source_profiles(store, filt):
        out.write(json.dumps(profile, ensure_ascii=False) + "\n")
        n += 1
    return n


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


def write_story_events(store: Store, out: IO[str]) -> int:
    """One row per merged event of every story (:func:`rashomon.corpus.event_merge.merge_events`):
    ACLED's columns with the values the outlets agree on (empty where they conflict), then the
    story, the outlets and languages reporting it, and per detail every value with the outlets
    that give it (JSON), the conflicting details and the evidence ids (``<document>#event-<i>``,
    the document page's anchors)."""
    from .corpus.event_merge import Detail, merge_events

    def told(detail: Detail, names: dict[str, str]) -> str:
        values = {names.get(r.value, r.name): list(r.outlets) for r in detail.values}
        return json.dumps(values, ensure_ascii=False) if values else ""

    writer = csv.DictWriter(out, fieldnames=STORY_EVENT_COLUMNS)
    writer.writeheader()
    n = offset = 0
    while True:
        page, _ = store.stories(limit=500, offset=offset)
        if not page:
            return n
        offset += len(page)
        for summary in page:
            found = store.story(summary.id)
            docs = [d for d in (store.get(s.id) for s in (found[1] if found else [])) if d]
            names: dict[str, str] = {}
            coords: dict[str, tuple[float | None, float | None]] = {}
            for doc in sorted(docs, key=lambda d: d.id):
                for m in doc.mentions:
                    if m.entity:
                        names.setdefault(m.entity, m.name or doc.text[m.start : m.end])
                for p in doc.places:
                    if p.place_id:
                        coords.setdefault(p.place_id, (p.lat, p.lon))
            for e in merge_events(docs):
                place = e.place.consensus[0] if e.place.consensus else ""
                lat, lon = coords.get(place, (None, None))
                place_name = next((r.name for r in e.place.values if r.value == place), "")
                writer.writerow(
                    {
                        "event_date": e.date.consensus[0] if e.date.consensus else "",
                        "event_type": e.acled_type,
                        "sub_event_type": e.acled_sub_type,
                        "actor1": names.get(e.actors.consensus[0], e.actors.consensus[0])
                        if e.actors.consensus
                        else "",
                        "actor2": names.get(e.targets.consensus[0], e.targets.consensus[0])
                        if e.targets.consensus
                        else "",
                        "location": place_name,
                        "latitude": lat if lat is not None else "",
                        "longitude": lon if lon is not None else "",
                        "source": "; ".join(e.outlets),
                        "notes": e.reports[0].text if e.reports else "",
                        "story": summary.id,
                        "event_id": e.id,
                        "rashomon_type": e.type,
                        "plover": e.plover,
                        "outlets": json.dumps(list(e.outlets), ensure_ascii=False),
                        "languages": " ".join(e.languages),
                        "n_reports": len(e.reports),
                        "conflicts": " ".join(e.conflicts),
                        "dates": told(e.date, {}),
                        "actors": told(e.actors, names),
                        "targets": told(e.targets, names),
                        "places": told(e.place, {}),
                        "figures": told(e.figures, {}),
                        "evidence_ids": " ".join(r.ref for r in e.reports),
                    }
                )
                n += 1


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
    docs: Iterable[Document],
    fmt: str,
    out: str | Path | None,
    stdout: IO[str] | None = None,
    store: Store | None = None,
    raw: bool = False,
) -> int:
    """Write ``docs`` in ``fmt`` to the file ``out`` (or ``stdout`` for text formats);
    ``store``, where given, adds each claim's status to ``claims-csv``; ``raw`` makes
    ``jsonl`` a full backup (see :func:`write_jsonl`)."""
    if raw and fmt != "jsonl":
        raise ConfigError("--raw (a full backup) is written as --format jsonl only")
    if fmt == "events-csv":
        return _to_text(lambda handle: write_events_csv(docs, handle), out, stdout)
    if fmt == "claims-csv":
        from .corpus.claim_links import corpus_statuses

        statuses = corpus_statuses(store) if store is not None else None
        return _to_text(lambda handle: write_claims_csv(docs, handle, statuses), out, stdout)
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
    if fmt == "jsonl":
        return _to_text(lambda handle: write_jsonl(docs, handle, raw=raw), out, stdout)
    return _to_text(lambda handle: write_csv(docs, handle), out, stdout)


def export_corpus(
    store: Store,
    fmt: str,
    out: str | Path | None,
    stdout: IO[str] | None = None,
    filt: DocumentFilter | None = None,
) -> int:
    """Write a corpus-level table (one of :data:`CORPUS_FORMATS`)."""
    if fmt == "entities":
        return _to_text(lambda handle: write_entities(store, handle), out, stdout)
    if fmt == "stories":
        return _to_text(lambda handle: write_stories(store, handle), out, stdout)
    if fmt == "geojson":
        return _to_text(lambda handle: write_geojson(store, handle, filt), out, stdout)
    if fmt == "story-events":
        return _to_text(lambda handle: write_story_events(store, handle), out, stdout)
    if fmt == "claim-links":
        return _to_text(lambda handle: write_claim_links(store, handle), out, stdout)
    if fmt == "sources":
        return _to_text(lambda handle: write_sources(store, handle, filt), out, stdout)
    raise ConfigError(f"unknown corpus format {fmt!r}; choose one of {', '.join(CORPUS_FORMATS)}")


def _to_text(
    write: Callable[[IO[str]], int], out: str | Path | None, stdout: IO[str] | None
) -> int:
    if out in (None, "-"):
        return write(stdout or io.StringIO())
    if str(out).endswith(".gz"):  # no time stamp in the header: the same export, the same bytes
        with (
            gzip.GzipFile(out, "wb", mtime=0) as packed,  # type: ignore[arg-type]
            io.TextIOWrapper(packed, encoding="utf-8", newline="") as handle,
        ):
            return write(handle)
    with Path(out).open("w", encoding="utf-8", newline="") as handle:  # type: ignore[arg-type]
        return write(handle)
