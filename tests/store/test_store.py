"""The stores, SQLite and PostgreSQL alike: lossless round trips, idempotent writes,
normalised search, concurrency, entity merges, stories, places and vectors.

The ``store`` and ``store_url`` fixtures (tests/store/conftest.py) run each test on both
backends; the PostgreSQL half skips, saying why, where no server can be started."""

from __future__ import annotations

import random
import sqlite3
import struct
import threading
from contextlib import closing
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from rashomon.errors import StoreError
from rashomon.model import (
    Claim,
    ContentKind,
    DateSource,
    DocError,
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
    document_id,
)
from rashomon.store import DocumentFilter, Store, migrations, open_store
from rashomon.store.base import ClaimLink
from rashomon.store.sqlite import SQLiteStore

FA = "ارتش سوریه شهر البوکمال را از داعش پس گرفت."
AR = "حرر الجيش السوري مدينة البُوكَمَال من تنظيم داعش."
EN = "The Syrian army took Albu Kamal from ISIS."


def make_doc(
    text: str, lang: str, path: str, published: date | None = None, source: str = "Outlet"
) -> Document:
    raw = ("No Script\n" + text).encode()
    origin = Origin(path=path)
    doc = Document(
        id=document_id(origin, raw),
        origin=origin,
        format=InputFormat.TEXT,
        content=ContentKind.TEXT,
        raw=raw,
        encoding="utf-8",
        source_text=raw.decode(),
        text=text,
        source=source,
        title=text[:20],
        lang=lang,
        lang_confidence=0.99,
    )
    doc.segments = [Segment(0, len(text), lang, 0.99, "sentences.rules.v1")]
    doc.removed = [RemovedSpan(0, 9, "ui-widget", "clean.extract.v1")]
    if published:
        doc.published = PublicationDate(published, DateSource.META, 0.9)
    doc.stages = ["ingest.decode.v1", "clean.extract.v1"]
    return doc


def _count(store: Store, table: str) -> int:
    """Rows in one of the store's tables, read behind its back."""
    if isinstance(store, SQLiteStore):
        if table == "docs_fts":
            table = "docs_fts_docsize"  # one row per indexed document
        with closing(sqlite3.connect(store.path)) as lite:
            return int(lite.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    import psycopg

    from rashomon.store.postgres import PostgresStore

    assert isinstance(store, PostgresStore)
    with psycopg.connect(store.url) as db:
        row = db.execute(f"SELECT count(*) FROM {table}").fetchone()
    return int(row[0]) if row else 0


def test_store_round_trip_is_lossless(store: Store) -> None:
    doc = make_doc(FA, "fa", "a.txt", date(2017, 11, 19))
    doc.fetched = datetime(2017, 11, 20, 8, 0)
    doc.errors.append(DocError("note", "a recorded warning", "dates.publication.v1"))
    doc.hints = {"dateline": "۲۸ آبان ۱۳۹۶"}
    store.save([doc])
    got = store.get(doc.id)
    assert got is not None
    assert got.raw == doc.raw and got.source_text == doc.source_text and got.text == doc.text
    assert got.segments == doc.segments and got.removed == doc.removed
    assert got.errors == doc.errors and got.hints == doc.hints and got.stages == doc.stages
    assert got.published == doc.published and got.fetched == doc.fetched
    assert (got.origin, got.format, got.content, got.lang) == (
        doc.origin,
        doc.format,
        doc.content,
        "fa",
    )


def test_store_saving_twice_adds_nothing(store: Store) -> None:
    doc = make_doc(EN, "en", "a.txt")
    store.save([doc])
    store.save([doc])
    assert store.stats().documents == 1
    assert store.completed_ids([doc.id, "other"]) == {doc.id}
    assert _count(store, "segments") == 1 and _count(store, "docs_fts") == 1


def test_store_failed_documents_are_retried(store: Store) -> None:
    doc = make_doc(EN, "en", "a.txt")
    doc.fail("stage-error", "boom")
    store.save([doc])
    assert store.completed_ids([doc.id]) == set()


@pytest.mark.parametrize("query", ["البوكمال", "البوکمال", "البُوكَمَال", "Albu Kamal"])
def test_store_search_folds_arabic_and_persian_spellings(store: Store, query: str) -> None:
    store.save(
        [make_doc(FA, "fa", "fa.txt"), make_doc(AR, "ar", "ar.txt"), make_doc(EN, "en", "en.txt")]
    )
    hits, total = store.search(query)
    expected = {"Albu Kamal": {"en"}}.get(query, {"fa", "ar"})
    assert {h.summary.lang for h in hits} == expected and total == len(expected)
    assert all(h.snippet in (FA, AR, EN) for h in hits)  # snippets are original text


def test_store_search_ids_are_every_match_in_search_order(store: Store) -> None:
    docs = [make_doc(f"{AR} {i}", "ar", f"{i}.txt", source="A" if i % 2 else "B") for i in range(5)]
    store.save([*docs, make_doc(EN, "en", "en.txt")])
    hits, total = store.search("البوكمال", limit=10)
    ranked = store.search_ids("البوكمال")
    assert [doc_id for doc_id, _ in ranked] == [h.summary.id for h in hits] and total == 5
    assert [score for _, score in ranked] == pytest.approx([h.score for h in hits])
    assert store.search_ids("البوكمال", limit=2) == ranked[:2]
    only_a = store.search_ids("البوكمال", DocumentFilter(source="A"))
    assert {doc_id for doc_id, _ in only_a} == {d.id for d in docs if d.source == "A"}
    assert store.search_ids("   ") == []
    counts = store.facet_counts([*(doc_id for doc_id, _ in ranked), "missing"])
    assert sorted(counts, key=str) == [("ar", "A", None, 2), ("ar", "B", None, 3)]


def test_store_filters_and_paging(store: Store) -> None:
    docs = [
        make_doc(
            f"{EN} {i}", "en", f"{i}.txt", date(2017, 11, 10 + i), source="A" if i % 2 else "B"
        )
        for i in range(6)
    ]
    store.save(docs)
    page, total = store.list_documents(DocumentFilter(source="A"), limit=2)
    assert total == 3 and len(page) == 2
    assert [p.published for p in page] == ["2017-11-15", "2017-11-13"]  # newest first
    _, total = store.list_documents(
        DocumentFilter(date_from=date(2017, 11, 12), date_to=date(2017, 11, 13))
    )
    assert total == 2
    assert [d.id for d in store.iter_documents(DocumentFilter(lang="en"))] == [
        d.id for d in sorted(docs, key=lambda d: d.origin.path or "")
    ]


def test_store_duplicate_links_and_pending(store: Store) -> None:
    a, b = make_doc(EN, "en", "a.txt"), make_doc(FA, "fa", "b.txt")
    store.save([a, b])
    store.add_duplicates([(a.id, DuplicateLink(b.id, DupKind.NEAR, 0.8))])
    got = store.get(a.id)
    assert got is not None and got.duplicates == [DuplicateLink(b.id, DupKind.NEAR, 0.8)]
    assert store.pending("clean.extract.v1") == []
    assert store.pending("entities.v1") == sorted([a.id, b.id])


def test_store_reads_while_writing_never_lock(store_url: str) -> None:
    writer = open_store(store_url)
    reader = open_store(store_url, readonly=True)
    errors: list[Exception] = []
    stop = threading.Event()

    def read_loop() -> None:
        while not stop.is_set():
            try:
                reader.list_documents(limit=5)
                reader.search("army")
            except Exception as exc:  # noqa: BLE001 - collected and asserted below
                errors.append(exc)

    threads = [threading.Thread(target=read_loop) for _ in range(3)]
    for t in threads:
        t.start()
    for i in range(200):
        writer.save([make_doc(f"{EN} {i}", "en", f"{i}.txt")])
    stop.set()
    for t in threads:
        t.join()
    writer.close()
    reader.close()
    assert errors == []


def test_store_readonly_missing_database_says_how_to_fix(store_url: str) -> None:
    with pytest.raises(StoreError, match="rashomon analyze"):
        open_store(store_url, readonly=True)


def test_sqlite_new_database_has_large_pages(tmp_path: Path) -> None:
    open_store(tmp_path / "a.db").close()
    db = sqlite3.connect(tmp_path / "a.db")
    assert db.execute("PRAGMA page_size").fetchone()[0] == 16384
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_sqlite_migrations_are_recorded_once(tmp_path: Path) -> None:
    open_store(tmp_path / "m.db").close()
    open_store(tmp_path / "m.db").close()
    names = [
        r[0] for r in sqlite3.connect(tmp_path / "m.db").execute("SELECT name FROM migrations")
    ]
    assert names == [
        "m001_documents",
        "m002_minhash_sizes",
        "m003_entities_places_times_stories",
        "m004_claims_events",
        "m005_claim_links",
        "m006_frames",
    ]


def test_sqlite_migrations_are_all_or_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a run killed while migrating must leave no half schema for a reader to trip on
    def killed(db: sqlite3.Connection) -> None:
        db.execute("CREATE TABLE half_made (x)")
        raise KeyboardInterrupt

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, ("m999", killed)])
    with pytest.raises(KeyboardInterrupt):
        open_store(tmp_path / "m.db")
    tables = sqlite3.connect(tmp_path / "m.db").execute("SELECT name FROM sqlite_master")
    assert tables.fetchall() == []


def _annotated(text: str, lang: str, path: str, name: str, key: str) -> Document:
    doc = make_doc(text, lang, path, date(2017, 11, 20))
    start = text.index(name)
    doc.mentions = [Mention(start, start + len(name), "PER", key, "Qasem Soleimani", lang, 0.9)]
    doc.places = [PlaceMention(0, 4, "Abu Kamal", "174448", 34.45, 40.92, "SY", "P/PPL", 2.1,
                               "rashomon:x", 0.4)]  # fmt: skip
    doc.times = [TimeMention(5, 9, "2017-11-19", "day", "gregorian", True, "time.expressions.v1")]
    doc.frames = [
        Frame("term", 0, 5, "glorifying", "سردار", 1.0, "framing.v1"),
        Frame("technique", 0, len(text), "name_calling", "rules", 0.55, "framing.v1"),
    ]
    doc.story = "s1"
    return doc


def test_store_annotations_round_trip_losslessly(store: Store) -> None:
    doc = _annotated("سردار قاسم سلیمانی در البوکمال", "fa", "a.txt", "قاسم سلیمانی", "Q1")
    store.save([doc])
    back = store.get(doc.id)
    assert back is not None
    assert (back.mentions, back.places, back.times, back.frames, back.story) == (
        doc.mentions,
        doc.places,
        doc.times,
        doc.frames,
        doc.story,
    )
    assert store.frame_counts(DocumentFilter(lang="fa")) == {
        ("technique", "name_calling"): 1,
        ("term", "glorifying"): 1,
    }
    assert store.frame_counts(DocumentFilter(lang="en")) == {}


def test_store_entity_merge_survives_rerun_and_can_be_undone(store: Store) -> None:
    fa = _annotated("سردار قاسم سلیمانی در البوکمال", "fa", "a.txt", "قاسم سلیمانی", "per:a")
    en = _annotated("General Qassem Soleimani visited", "en", "b.txt", "Qassem Soleimani", "per:b")
    store.save([fa, en])
    assert store.entities()[1] == 2
    store.override_entity("per:b", "per:a")
    assert [e.key for e in store.entities()[0]] == ["per:a"]
    store.save([en])  # a re-run writes the linker's key again: the merge still holds
    detail = store.entity("per:a")
    assert detail is not None and detail.summary.documents == 2
    assert {n.text for n in detail.names} == {"قاسم سلیمانی", "Qassem Soleimani"}
    assert detail.linked_as == ["per:a", "per:b"]
    with pytest.raises(StoreError, match="loops"):
        store.override_entity("per:a", "per:b")
    store.remove_override("per:b")
    assert store.entities()[1] == 2


def test_store_split_moves_one_surface_form_only(store: Store) -> None:
    a = _annotated("Hassan Nasrallah spoke", "en", "a.txt", "Hassan Nasrallah", "per:hassan")
    b = _annotated("Hassan Rouhani spoke", "en", "b.txt", "Hassan Rouhani", "per:hassan")
    store.save([a, b])
    store.override_entity("per:hassan", "per:rouhani", surface="hassan rouhani")
    rouhani = store.entity("per:rouhani")
    assert rouhani is not None and [n.text for n in rouhani.names] == ["Hassan Rouhani"]


def test_store_stories_and_place_points(store: Store) -> None:
    docs = [
        _annotated("قاسم سلیمانی در البوکمال", "fa", "a.txt", "قاسم سلیمانی", "Q1"),
        _annotated("Qassem Soleimani in Abu Kamal", "en", "b.txt", "Qassem Soleimani", "Q1"),
    ]
    store.save(docs)
    stories, total = store.stories()
    assert total == 1 and stories[0].documents == 2 and stories[0].languages == {"en": 1, "fa": 1}
    store.set_stories([(docs[1].id, "s2")])
    assert store.story_assignments() == {docs[0].id: "s1", docs[1].id: "s2"}
    [point] = store.place_points()
    assert (point.place_id, point.documents, point.lat) == ("174448", 2, 34.45)


def test_store_claim_links_are_replaced_story_by_story(store: Store) -> None:
    first = ClaimLink("d1", 0, "d2", 3, "corroborates", 0.75, ("same place", "same date"))
    clash = ClaimLink("d1", 1, "d3", 0, "contradicts", 0.7, ("different figures: 0 vs 47",))
    store.set_claim_links("s1", [first, clash], "sig-1")
    store.set_claim_links("s2", [ClaimLink("d4", 0, "d5", 0, "corroborates", 0.6)], "sig-2")
    assert store.claim_links("s1") == [first, clash]
    assert store.claim_link_signatures() == {"s1": "sig-1", "s2": "sig-2"}
    store.set_claim_links("s1", [clash], "sig-3")  # a re-alignment replaces, never adds
    assert store.claim_links("s1") == [clash]
    assert [story for story, _ in store.iter_claim_links()] == ["s1", "s2"]
    assert store.claim_link_signatures()["s1"] == "sig-3"
    assert store.claim_links("nothing") == []


def test_postgres_migrations_are_recorded_once_and_use_pgvector(postgres_schema_url: str) -> None:
    import psycopg

    from rashomon.store.postgres import PostgresStore

    open_store(postgres_schema_url).close()
    store = open_store(postgres_schema_url)
    assert isinstance(store, PostgresStore)
    kind = store.vector_type
    store.close()
    with psycopg.connect(postgres_schema_url) as db:
        names = [r[0] for r in db.execute("SELECT name FROM migrations ORDER BY name")]
        available = db.execute(
            "SELECT count(*) FROM pg_available_extensions WHERE name = 'vector'"
        ).fetchone()
    assert names == [
        "m001_documents",
        "m002_minhash_sizes",
        "m003_entities_places_times_stories",
        "m004_claims_events",
        "m005_claim_links",
        "m006_frames",
    ]
    # pgserver ships pgvector; Debian's own PostgreSQL has none, and vectors are bytea there
    assert kind == ("pgvector" if available == (1,) else "bytea")


def test_store_vectors_come_back_bit_for_bit(store: Store) -> None:
    rng = random.Random(7)
    values = [rng.uniform(-1, 1) * 10 ** rng.randint(-30, 3) for _ in range(384)]
    vector = struct.pack("384f", *values)
    store.save_vectors([("d1", "e5-small", vector), ("d2", "other", vector[:16])])
    store.save_vectors([("d2", "e5-small", vector[::-1][:16][::-1])])  # replaced, not added
    got = dict(store.vectors("e5-small"))
    assert got == {"d1": vector, "d2": vector[-16:]} and list(store.vectors("other")) == []


def test_store_knows_which_documents_still_need_a_vector(store: Store) -> None:
    a, b = make_doc(EN, "en", "a.txt"), make_doc(FA, "fa", "b.txt")
    failed = make_doc(AR, "ar", "c.txt")
    failed.fail("decode", "bad bytes")
    store.save([a, b, failed])
    assert store.missing_vectors("e5-small") == sorted([a.id, b.id])
    store.save_vectors([(a.id, "e5-small", struct.pack("4f", 1, 0, 0, 0))])
    assert store.missing_vectors("e5-small") == [b.id] and store.vector_count("e5-small") == 1
    assert store.vector_count("other") == 0


def test_store_runs_minhashes_and_text_owners(store: Store) -> None:
    run = store.start_run("rashomon analyze data/demo")
    a, b = make_doc(EN, "en", "a.txt", date(2017, 11, 19)), make_doc(EN, "en", "b.txt")
    store.save([b, a], run_id=run)
    store.finish_run(run, {"documents": 2, "note": "ساده"})
    [info] = store.runs()
    assert (info.id, info.command, info.summary) == (run, "rashomon analyze data/demo",
                                                     {"documents": 2, "note": "ساده"})  # fmt: skip
    assert info.finished is not None
    store.save_minhashes([(b.id, b"\x01\x02", 7), (a.id, b"\x03", 5)])
    store.save_minhashes([(a.id, b"\x04", 6)])
    assert list(store.minhashes()) == sorted([(a.id, b"\x04", 6), (b.id, b"\x01\x02", 7)])
    assert store.owner_of_text(a.text_hash, exclude=b.id) == a.id
    assert store.owner_of_text(a.text_hash, exclude=a.id) == b.id
    stats = store.stats()
    assert (stats.documents, stats.by_lang, stats.first_published) == (2, {"en": 2}, "2017-11-19")
    assert store.best_sentence(a.id, "army") == (EN, "en")
    assert [s.id for s in store.summaries([b.id, "missing", a.id])] == [b.id, a.id]


def _full(text: str, lang: str, path: str, key: str) -> Document:
    """A document with every kind of annotation, claims and events included."""
    doc = _annotated(text, lang, path, text.split()[1], key)
    doc.claims = [Claim(0, 9, 0, len(text), "named", "سلیمانی", key, "گفت", None, True, False,
                        lang, "claims.v1")]  # fmt: skip
    doc.events = [Event("attack", 0, 4, 0, len(text), "Battles", "Armed clash", "FIGHT",
                        [key], ["per:x"], "174448", "Abu Kamal", "2017-11-19", None, lang,
                        "events.v1")]  # fmt: skip
    doc.duplicates = [DuplicateLink("other", DupKind.EXACT, 1.0)]
    return doc


def _view(store: Store) -> dict[str, Any]:
    """Everything the protocol reads, for comparing backends."""
    ids = [d.id for d in store.iter_documents()]
    return {
        "documents": [store.get(i) for i in ids],
        "list": store.list_documents(limit=10),
        "search": [(h.summary, h.snippet, h.snippet_lang) for h in store.search("سلیمانی")[0]],
        "stats": store.stats(),
        "entities": store.entities(),
        "entity": store.entity("per:a"),
        "entity_search": store.entities(query="SOLEIMANI"),
        "stories": store.stories(),
        "story": store.story("s1"),
        "features": store.story_features(),
        "places": store.place_points(),
        "pending": store.pending("entities.v1"),
        "overrides": store.overrides(),
        "completed": store.completed_ids([*ids, "nope"]),
        "frames": store.frame_counts(),
    }


def test_store_backends_agree_read_for_read(tmp_path: Path, postgres_schema_url: str) -> None:
    docs = [
        _full("سردار سلیمانی در البوکمال بود", "fa", "a.txt", "per:a"),
        _full("General Soleimani visited Albu Kamal", "en", "b.txt", "per:b"),
        _full("اللواء سليماني في البوكمال", "ar", "c.txt", "per:a"),
    ]
    docs[2].published = None
    views = []
    for url in (str(tmp_path / "s.db"), postgres_schema_url):
        store = open_store(url)
        store.save(docs)
        store.override_entity("per:b", "per:a")
        store.set_stories([(docs[2].id, "s2")])
        views.append(_view(store))
        store.close()
    sqlite = views[0]
    assert sqlite["documents"][0].claims == docs[0].claims
    assert sqlite["documents"][1].events == docs[1].events
    assert len(sqlite["search"]) == 2 and sqlite["entity_search"][1] == 1
    assert sqlite["entities"][1] == 1 and len(sqlite["stories"][0]) == 2
    for part in views[0]:
        assert views[0][part] == views[1][part], part
