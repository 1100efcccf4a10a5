"""The narrative stage: events and claims from a document's annotations, and their exports."""

from __future__ import annotations

import csv
import io

from rashomon.export import write_claims_csv, write_events_csv
from rashomon.model import (
    ContentKind,
    Document,
    InputFormat,
    Mention,
    Origin,
    PlaceMention,
    Segment,
    TimeMention,
)
from rashomon.serialize import document_to_record, record_to_document
from rashomon.stages.narrative import NarrativeStage
from rashomon.store.sqlite import SQLiteStore

EVENT = "The Syrian army and its allies liberated Al-Bukamal from ISIS on 19 November 2017."
CLAIM = "A military source told SANA that the town had been fully cleared."


def _mention(text: str, words: str, type_: str, key: str) -> Mention:
    start = text.index(words)
    return Mention(start, start + len(words), type_, key, words, "en")


def _doc() -> Document:
    text = f"{EVENT} {CLAIM}"
    doc = Document("n1", Origin(path="n.txt"), InputFormat.TEXT, ContentKind.TEXT, text=text)
    doc.source = "Barada Gazette"
    doc.segments = [Segment(0, len(EVENT), "en"), Segment(len(EVENT) + 1, len(text), "en")]
    doc.mentions = [
        _mention(text, "Syrian army", "ORG", "rashomon:syrian-arab-army"),
        _mention(text, "Al-Bukamal", "LOC", "geo:174448"),
        _mention(text, "ISIS", "ORG", "Q2429253"),
    ]
    day = text.index("19 November 2017")
    doc.times = [TimeMention(day, day + 16, "2017-11-19", "day")]
    town = text.index("Al-Bukamal")
    doc.places = [
        PlaceMention(town, town + 10, "Abu Kamal", "174448", 34.45, 40.92, "SY", score=5.0)
    ]
    return doc


def test_narrative_event_roles_carry_canonical_keys_and_export_acled_columns() -> None:
    [doc] = NarrativeStage()([_doc()])
    event = doc.events[0]
    assert (
        event.type == "territory-taken"
        and doc.text[event.trigger_start : event.trigger_end] == "liberated"
    )
    assert event.actors[0] == "rashomon:syrian-arab-army" and event.targets == ["Q2429253"]
    assert (event.place, event.place_name, event.date) == ("174448", "Abu Kamal", "2017-11-19")
    assert event.acled_type == "Battles"
    out = io.StringIO()
    assert write_events_csv([doc], out) >= 1
    row = next(csv.DictReader(io.StringIO(out.getvalue())))
    assert (row["event_date"], row["actor1"], row["actor2"]) == (
        "2017-11-19",
        "Syrian army",
        "ISIS",
    )
    assert (row["latitude"], row["longitude"], row["source"]) == (
        "34.45",
        "40.92",
        "Barada Gazette",
    )
    assert row["notes"] == EVENT


def test_narrative_claims_keep_speaker_and_round_trip() -> None:
    [doc] = NarrativeStage()([_doc()])
    [claim] = [c for c in doc.claims if c.speaker_kind != "outlet"]
    assert claim.speaker_kind == "unnamed" and claim.cue == "told"
    assert doc.text[claim.start : claim.end].startswith("the town had been fully cleared")
    assert record_to_document(document_to_record(doc)).claims == doc.claims
    out = io.StringIO()
    write_claims_csv([doc], out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert {r["speaker_kind"] for r in rows} >= {"unnamed"}


def test_narrative_annotations_survive_the_store(store: SQLiteStore) -> None:
    [doc] = NarrativeStage()([_doc()])
    doc.raw = doc.text.encode()
    store.save([doc])
    back = store.get(doc.id)
    assert back is not None and (back.claims, back.events) == (doc.claims, doc.events)


def test_narrative_a_country_acts_by_its_entity_key_and_a_doubtful_place_stays_empty() -> None:
    """A country the places stage resolved acts as ``geo:<id>`` (never the bare place id), and a
    common word taken for a far-away town (low gazetteer score) is no event place."""
    text = "A U.S. drone strike killed Soleimani and the van driver."
    doc = Document("n2", Origin(path="m.txt"), InputFormat.TEXT, ContentKind.TEXT, text=text)
    doc.segments = [Segment(0, len(text), "en")]
    doc.mentions = [_mention(text, "Soleimani", "PER", "rashomon:qasem-soleimani")]
    us, van = text.index("U.S."), text.index("van")
    doc.places = [
        PlaceMention(us, us + 4, "United States", "6252001", feature="A/PCLI", score=1.0),
        PlaceMention(van, van + 3, "Van", "298117", feature="P/PPL", score=2.5),
    ]
    [doc] = NarrativeStage()([doc])
    (event,) = doc.events
    assert (event.actors, event.targets) == (["geo:6252001"], ["rashomon:qasem-soleimani"])
    assert event.place is None
