"""Documents to plain records and back: the one mapping used by the store, the exports and
the process/Spark runners (workers get plain data, never store handles)."""

from __future__ import annotations

import base64
from dataclasses import asdict, fields
from datetime import date, datetime
from typing import Any

from .model import (
    Claim,
    ContentKind,
    DateSource,
    DocError,
    DocStatus,
    Document,
    DupKind,
    DuplicateLink,
    Event,
    Frame,
    InputFormat,
    Mention,
    Origin,
    PlaceMention,
    PublicationDate,
    RemovedSpan,
    Segment,
    TimeMention,
)


def parse_when(value: str) -> date | datetime:
    """ISO date or datetime string back to the type it was written from."""
    return datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)


def document_fields(doc: Document) -> dict[str, Any]:
    """The document's own fields as JSON-ready values, up to ``text``; no annotation lists."""
    return {
        "id": doc.id,
        "path": doc.origin.path,
        "record": doc.origin.record,
        "url": doc.url or doc.origin.url,
        "format": doc.format.value,
        "content": doc.content.value,
        "source": doc.source,
        "title": doc.title,
        "author": doc.author,
        "published": doc.published.iso() if doc.published else None,
        "published_from": doc.published.source.value if doc.published else None,
        "published_confidence": doc.published.confidence if doc.published else None,
        "fetched": doc.fetched.isoformat() if doc.fetched else None,
        "lang": doc.lang,
        "lang_confidence": doc.lang_confidence,
        "status": doc.status.value,
        "encoding": doc.encoding,
        "text": doc.text,
    }


def document_to_record(doc: Document, *, raw: bool = False) -> dict[str, Any]:
    """A JSON-ready dict. ``raw=True`` adds the input bytes (base64) and decoded source text."""
    record = document_fields(doc)
    record |= {
        "segments": [
            {
                "start": s.start,
                "end": s.end,
                "lang": s.lang,
                "confidence": s.lang_confidence,
                "stage": s.stage,
            }
            for s in doc.segments
        ],
        "removed": [
            {
                "start": r.start,
                "end": r.end,
                "reason": r.reason,
                "stage": r.stage,
                "text": doc.source_text[r.start : r.end],
            }
            for r in doc.removed
        ],
        "errors": [{"kind": e.kind, "message": e.message, "stage": e.stage} for e in doc.errors],
        "duplicates": [
            {"id": d.other_id, "kind": d.kind.value, "similarity": round(d.similarity, 4)}
            for d in doc.duplicates
        ],
        "mentions": [mention_record(doc, m) for m in doc.mentions],
        "places": [place_record(doc, p) for p in doc.places],
        "times": [time_record(doc, t) for t in doc.times],
        "claims": [claim_record(doc, c) for c in doc.claims],
        "events": [event_record(doc, e) for e in doc.events],
        "frames": frames_record(doc),
        "story": doc.story,
        "stages": list(doc.stages),
        "hints": dict(doc.hints),
    }
    if raw:
        record["raw"] = base64.b64encode(doc.raw).decode("ascii")
        record["source_text"] = doc.source_text
    return record


def mention_record(doc: Document, m: Mention) -> dict[str, Any]:
    return {
        "start": m.start,
        "end": m.end,
        "text": doc.text[m.start : m.end],
        "type": m.type,
        "entity": m.entity,
        "name": m.name,
        "lang": m.lang,
        "score": round(m.score, 4),
        "stage": m.stage,
    }


def place_record(doc: Document, p: PlaceMention) -> dict[str, Any]:
    return {
        "start": p.start,
        "end": p.end,
        "text": doc.text[p.start : p.end],
        "name": p.name,
        "place_id": p.place_id,
        "lat": p.lat,
        "lon": p.lon,
        "country": p.country,
        "feature": p.feature,
        "score": round(p.score, 4),
        "runner_up": p.runner_up,
        "runner_up_score": round(p.runner_up_score, 4),
        "stage": p.stage,
    }


def time_record(doc: Document, t: TimeMention) -> dict[str, Any]:
    return {
        "start": t.start,
        "end": t.end,
        "text": doc.text[t.start : t.end],
        "value": t.value,
        "granularity": t.granularity,
        "calendar": t.calendar,
        "relative": t.relative,
        "stage": t.stage,
    }


def claim_record(doc: Document, c: Claim) -> dict[str, Any]:
    return {
        **asdict(c),
        "text": doc.text[c.start : c.end],
        "evidence": doc.text[c.evidence_start : c.evidence_end],
    }


def event_record(doc: Document, e: Event) -> dict[str, Any]:
    return {
        **asdict(e),
        "trigger": doc.text[e.trigger_start : e.trigger_end],
        "evidence": doc.text[e.evidence_start : e.evidence_end],
    }


def frames_record(doc: Document) -> dict[str, list[dict[str, Any]]]:
    """The document's stored frames, loaded terms and technique spans apart (the JSONL export
    adds the stance cues derived from them)."""
    text = doc.text
    return {
        "loaded_terms": [
            {"start": f.start, "end": f.end, "text": text[f.start : f.end], "category": f.label,
             "lemma": f.detail, "stage": f.stage}
            for f in doc.frames
            if f.kind == "term"
        ],
        "techniques": [
            {"start": f.start, "end": f.end, "text": text[f.start : f.end], "technique": f.label,
             "score": f.score, "source": f.detail, "stage": f.stage}
            for f in doc.frames
            if f.kind == "technique"
        ],
    }  # fmt: skip


def frame_groups(rows: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Stored frame rows (``kind, start, end, label, detail, score, stage``) in the grouping of
    :func:`frames_record`, for :func:`record_to_document`."""
    return {
        "loaded_terms": [
            {"start": r["start"], "end": r["end"], "category": r["label"], "lemma": r["detail"],
             "stage": r["stage"]}
            for r in rows
            if r["kind"] == "term"
        ],
        "techniques": [
            {"start": r["start"], "end": r["end"], "technique": r["label"], "score": r["score"],
             "source": r["detail"], "stage": r["stage"]}
            for r in rows
            if r["kind"] == "technique"
        ],
    }  # fmt: skip


def _frames(record: dict[str, Any]) -> list[Frame]:
    groups = record.get("frames") or {}
    frames = [
        Frame("term", t["start"], t["end"], t["category"], t.get("lemma", ""), 1.0,
              t.get("stage", ""))
        for t in groups.get("loaded_terms", [])
    ] + [
        Frame("technique", t["start"], t["end"], t["technique"], t.get("source", ""),
              t.get("score", 1.0), t.get("stage", ""))
        for t in groups.get("techniques", [])
    ]  # fmt: skip
    return sorted(frames, key=lambda f: (f.start, f.end, f.kind, f.label))


_CLAIM_FIELDS = tuple(f.name for f in fields(Claim))
_EVENT_FIELDS = tuple(f.name for f in fields(Event))


def record_to_document(record: dict[str, Any]) -> Document:
    published = None
    if record.get("published"):
        published = PublicationDate(
            parse_when(record["published"]),
            DateSource(record["published_from"]),
            record.get("published_confidence") or 1.0,
        )
    return Document(
        id=record["id"],
        origin=Origin(record.get("path"), record.get("record"), record.get("url")),
        format=InputFormat(record["format"]),
        content=ContentKind(record.get("content") or "text"),
        raw=base64.b64decode(record["raw"]) if record.get("raw") else b"",
        encoding=record.get("encoding"),
        source_text=record.get("source_text") or "",
        text=record.get("text") or "",
        url=record.get("url"),
        source=record.get("source"),
        title=record.get("title"),
        author=record.get("author"),
        fetched=datetime.fromisoformat(record["fetched"]) if record.get("fetched") else None,
        published=published,
        lang=record.get("lang"),
        lang_confidence=record.get("lang_confidence") or 0.0,
        segments=[
            Segment(s["start"], s["end"], s["lang"], s.get("confidence", 1.0), s.get("stage", ""))
            for s in record.get("segments", [])
        ],
        removed=[
            RemovedSpan(r["start"], r["end"], r["reason"], r.get("stage", ""))
            for r in record.get("removed", [])
        ],
        errors=[
            DocError(e["kind"], e["message"], e.get("stage", "")) for e in record.get("errors", [])
        ],
        status=DocStatus(record.get("status") or "ok"),
        duplicates=[
            DuplicateLink(d["id"], DupKind(d["kind"]), d["similarity"])
            for d in record.get("duplicates", [])
        ],
        mentions=[
            Mention(
                m["start"],
                m["end"],
                m["type"],
                m.get("entity"),
                m.get("name"),
                m.get("lang"),
                m.get("score", 1.0),
                m.get("stage", ""),
            )
            for m in record.get("mentions", [])
        ],
        places=[
            PlaceMention(
                p["start"],
                p["end"],
                p["name"],
                p.get("place_id"),
                p.get("lat"),
                p.get("lon"),
                p.get("country"),
                p.get("feature"),
                p.get("score", 0.0),
                p.get("runner_up"),
                p.get("runner_up_score", 0.0),
                p.get("stage", ""),
            )
            for p in record.get("places", [])
        ],
        times=[
            TimeMention(
                t["start"],
                t["end"],
                t.get("value"),
                t["granularity"],
                t.get("calendar", "gregorian"),
                bool(t.get("relative", False)),
                t.get("stage", ""),
            )
            for t in record.get("times", [])
        ],
        claims=[
            Claim(**{k: c[k] for k in _CLAIM_FIELDS if k in c}) for c in record.get("claims", [])
        ],
        events=[
            Event(**{k: e[k] for k in _EVENT_FIELDS if k in e}) for e in record.get("events", [])
        ],
        frames=_frames(record),
        story=record.get("story"),
        stages=list(record.get("stages", [])),
        hints=dict(record.get("hints") or {}),
    )
