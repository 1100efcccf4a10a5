"""Schema migrations, applied in order and recorded in the ``migrations`` table."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime

Migration = Callable[[sqlite3.Connection], None]
MIGRATIONS: list[tuple[str, Migration]] = []


def migration(fn: Migration) -> Migration:
    name = fn.__name__
    if any(existing == name for existing, _ in MIGRATIONS):
        raise ValueError(f"duplicate migration {name}")
    MIGRATIONS.append((name, fn))
    return fn


@migration
def m001_documents(db: sqlite3.Connection) -> None:
    _script(
        db,
        """
        CREATE TABLE documents (
            id TEXT PRIMARY KEY,
            path TEXT, record INTEGER, url TEXT,
            format TEXT NOT NULL, content TEXT NOT NULL,
            source TEXT, title TEXT, author TEXT,
            published TEXT, published_from TEXT, published_confidence REAL,
            fetched TEXT, lang TEXT, lang_confidence REAL,
            status TEXT NOT NULL, encoding TEXT,
            text TEXT NOT NULL DEFAULT '', source_text TEXT NOT NULL DEFAULT '',
            text_hash TEXT,
            stages TEXT NOT NULL DEFAULT '[]', hints TEXT NOT NULL DEFAULT '{}',
            run_id INTEGER, stored_at TEXT NOT NULL
        );
        CREATE INDEX documents_lang ON documents(lang);
        CREATE INDEX documents_source ON documents(source);
        CREATE INDEX documents_published ON documents(published);
        CREATE INDEX documents_status ON documents(status);
        CREATE INDEX documents_text_hash ON documents(text_hash);
        CREATE TABLE raw (doc_id TEXT PRIMARY KEY, bytes BLOB NOT NULL);
        CREATE TABLE segments (
            doc_id TEXT NOT NULL, idx INTEGER NOT NULL, start INTEGER NOT NULL,
            "end" INTEGER NOT NULL, lang TEXT, confidence REAL, stage TEXT,
            PRIMARY KEY (doc_id, idx)
        );
        CREATE TABLE removed (
            doc_id TEXT NOT NULL, idx INTEGER NOT NULL, start INTEGER NOT NULL,
            "end" INTEGER NOT NULL, reason TEXT NOT NULL, stage TEXT,
            PRIMARY KEY (doc_id, idx)
        );
        CREATE TABLE doc_errors (
            doc_id TEXT NOT NULL, idx INTEGER NOT NULL, kind TEXT NOT NULL,
            message TEXT NOT NULL, stage TEXT, PRIMARY KEY (doc_id, idx)
        );
        CREATE INDEX doc_errors_kind ON doc_errors(kind);
        CREATE TABLE duplicates (
            doc_id TEXT NOT NULL, other_id TEXT NOT NULL, kind TEXT NOT NULL,
            similarity REAL NOT NULL, PRIMARY KEY (doc_id, other_id)
        );
        CREATE TABLE minhashes (doc_id TEXT PRIMARY KEY, signature BLOB NOT NULL);
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY AUTOINCREMENT, started TEXT NOT NULL, finished TEXT,
            command TEXT NOT NULL, summary TEXT NOT NULL DEFAULT '{}'
        );
        CREATE VIRTUAL TABLE docs_fts USING fts5(
            doc_id UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2'
        );
        """,
    )


@migration
def m002_minhash_sizes(db: sqlite3.Connection) -> None:
    # near-duplicate containment needs each shingle set's size next to its signature
    db.execute("ALTER TABLE minhashes ADD COLUMN shingles INTEGER NOT NULL DEFAULT 0")


@migration
def m003_entities_places_times_stories(db: sqlite3.Connection) -> None:
    _script(
        db,
        """
        CREATE TABLE mentions (
            doc_id TEXT NOT NULL, idx INTEGER NOT NULL, start INTEGER NOT NULL,
            "end" INTEGER NOT NULL, text TEXT NOT NULL, type TEXT NOT NULL,
            linked TEXT, entity TEXT, lang TEXT, score REAL, stage TEXT,
            PRIMARY KEY (doc_id, idx)
        );
        CREATE INDEX mentions_entity ON mentions(entity);
        CREATE INDEX mentions_linked ON mentions(linked);
        CREATE TABLE entities (
            key TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL
        );
        CREATE TABLE entity_overrides (
            from_key TEXT NOT NULL, surface TEXT NOT NULL, to_key TEXT NOT NULL,
            created TEXT NOT NULL, PRIMARY KEY (from_key, surface)
        );
        CREATE TABLE places (
            doc_id TEXT NOT NULL, idx INTEGER NOT NULL, start INTEGER NOT NULL,
            "end" INTEGER NOT NULL, text TEXT NOT NULL, name TEXT NOT NULL, place_id TEXT,
            lat REAL, lon REAL, country TEXT, feature TEXT, score REAL, runner_up TEXT,
            runner_up_score REAL, stage TEXT, PRIMARY KEY (doc_id, idx)
        );
        CREATE INDEX places_place ON places(place_id);
        CREATE TABLE times (
            doc_id TEXT NOT NULL, idx INTEGER NOT NULL, start INTEGER NOT NULL,
            "end" INTEGER NOT NULL, text TEXT NOT NULL, value TEXT, granularity TEXT NOT NULL,
            calendar TEXT NOT NULL, relative INTEGER NOT NULL, stage TEXT,
            PRIMARY KEY (doc_id, idx)
        );
        CREATE TABLE vectors (doc_id TEXT PRIMARY KEY, model TEXT NOT NULL, vector BLOB NOT NULL);
        ALTER TABLE documents ADD COLUMN story TEXT;
        CREATE INDEX documents_story ON documents(story);
        """,
    )


@migration
def m004_claims_events(db: sqlite3.Connection) -> None:
    # the fields queried across documents get columns; the whole annotation is in ``data``
    _script(
        db,
        """
        CREATE TABLE claims (
            doc_id TEXT NOT NULL, idx INTEGER NOT NULL, speaker_kind TEXT NOT NULL,
            speaker_entity TEXT, negated INTEGER NOT NULL, hedged INTEGER NOT NULL, lang TEXT,
            data TEXT NOT NULL, PRIMARY KEY (doc_id, idx)
        );
        CREATE INDEX claims_speaker ON claims(speaker_entity);
        CREATE TABLE events (
            doc_id TEXT NOT NULL, idx INTEGER NOT NULL, type TEXT NOT NULL, place TEXT,
            date TEXT, data TEXT NOT NULL, PRIMARY KEY (doc_id, idx)
        );
        CREATE INDEX events_type ON events(type);
        CREATE INDEX events_date ON events(date);
        """,
    )


@migration
def m005_claim_links(db: sqlite3.Connection) -> None:
    # links are replaced story by story; claim_link_stories records what each was made from
    _script(
        db,
        """
        CREATE TABLE claim_links (
            story TEXT NOT NULL, doc_a TEXT NOT NULL, claim_a INTEGER NOT NULL,
            doc_b TEXT NOT NULL, claim_b INTEGER NOT NULL, relation TEXT NOT NULL,
            confidence REAL NOT NULL, reasons TEXT NOT NULL,
            PRIMARY KEY (story, doc_a, claim_a, doc_b, claim_b)
        );
        CREATE TABLE claim_link_stories (
            story TEXT PRIMARY KEY, signature TEXT NOT NULL, aligned_at TEXT NOT NULL
        );
        """,
    )


@migration
def m006_frames(db: sqlite3.Connection) -> None:
    # loaded terms and technique spans (framing.v1); kind + label are counted per outlet
    _script(
        db,
        """
        CREATE TABLE frames (
            doc_id TEXT NOT NULL, idx INTEGER NOT NULL, kind TEXT NOT NULL, start INTEGER NOT NULL,
            "end" INTEGER NOT NULL, label TEXT NOT NULL, detail TEXT NOT NULL, score REAL NOT NULL,
            stage TEXT NOT NULL, PRIMARY KEY (doc_id, idx)
        );
        """,
    )


def _script(db: sqlite3.Connection, sql: str) -> None:
    # executescript() would commit the surrounding migration transaction; run statements one by one
    for statement in sql.split(";"):
        if statement.strip():
            db.execute(statement)


def apply(db: sqlite3.Connection) -> list[str]:
    """Apply pending migrations, all in one transaction, and return the names applied: a run
    killed while migrating leaves the schema as it was, never half of the new tables (a
    reader would find some missing)."""
    db.execute("BEGIN IMMEDIATE")
    try:
        db.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT)")
        done = {row[0] for row in db.execute("SELECT name FROM migrations")}
        applied = []
        for name, fn in MIGRATIONS:
            if name in done:
                continue
            fn(db)
            db.execute(
                "INSERT INTO migrations VALUES (?, ?)",
                (name, datetime.now(UTC).isoformat(timespec="seconds")),
            )
            applied.append(name)
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    return applied
