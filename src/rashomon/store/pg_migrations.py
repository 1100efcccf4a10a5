"""Schema migrations of the PostgreSQL store, named after their SQLite twins in
:mod:`.migrations` so that one name means one schema change in both backends.

Every text column is ``COLLATE "C"``: ordering by id, path, date or key is then byte order, as
in SQLite, whatever locale the server's database was created with. Full-text search keeps a
``tsvector`` per document built from *normalised* tokens (see :mod:`.postgres`). Vectors are a
pgvector ``vector`` column where the extension can be created, else raw ``bytea``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime

import psycopg

logger = logging.getLogger(__name__)

Migration = Callable[[psycopg.Connection], None]
MIGRATIONS: list[tuple[str, Migration]] = []
T = 'TEXT COLLATE "C"'
LOCK_KEY = 0x7261_7368  # pg_advisory_xact_lock: two processes migrating at once take turns


def migration(fn: Migration) -> Migration:
    name = fn.__name__
    if any(existing == name for existing, _ in MIGRATIONS):
        raise ValueError(f"duplicate migration {name}")
    MIGRATIONS.append((name, fn))
    return fn


@migration
def m001_documents(db: psycopg.Connection) -> None:
    _script(
        db,
        f"""
        CREATE TABLE documents (
            id {T} PRIMARY KEY,
            path {T}, record BIGINT, url {T},
            format {T} NOT NULL, content {T} NOT NULL,
            source {T}, title {T}, author {T},
            published {T}, published_from {T}, published_confidence DOUBLE PRECISION,
            fetched {T}, lang {T}, lang_confidence DOUBLE PRECISION,
            status {T} NOT NULL, encoding {T},
            text {T} NOT NULL DEFAULT '', source_text {T} NOT NULL DEFAULT '',
            text_hash {T},
            stages JSONB NOT NULL DEFAULT '[]', hints JSON NOT NULL DEFAULT '{{}}',
            run_id BIGINT, stored_at {T} NOT NULL
        );
        CREATE INDEX documents_lang ON documents(lang);
        CREATE INDEX documents_source ON documents(source);
        CREATE INDEX documents_published ON documents(published);
        CREATE INDEX documents_status ON documents(status);
        CREATE INDEX documents_text_hash ON documents(text_hash);
        CREATE TABLE raw (doc_id {T} PRIMARY KEY, bytes BYTEA NOT NULL);
        CREATE TABLE segments (
            doc_id {T} NOT NULL, idx INTEGER NOT NULL, start INTEGER NOT NULL,
            "end" INTEGER NOT NULL, lang {T}, confidence DOUBLE PRECISION, stage {T},
            PRIMARY KEY (doc_id, idx)
        );
        CREATE TABLE removed (
            doc_id {T} NOT NULL, idx INTEGER NOT NULL, start INTEGER NOT NULL,
            "end" INTEGER NOT NULL, reason {T} NOT NULL, stage {T},
            PRIMARY KEY (doc_id, idx)
        );
        CREATE TABLE doc_errors (
            doc_id {T} NOT NULL, idx INTEGER NOT NULL, kind {T} NOT NULL,
            message {T} NOT NULL, stage {T}, PRIMARY KEY (doc_id, idx)
        );
        CREATE INDEX doc_errors_kind ON doc_errors(kind);
        CREATE TABLE duplicates (
            doc_id {T} NOT NULL, other_id {T} NOT NULL, kind {T} NOT NULL,
            similarity DOUBLE PRECISION NOT NULL, PRIMARY KEY (doc_id, other_id)
        );
        CREATE TABLE minhashes (doc_id {T} PRIMARY KEY, signature BYTEA NOT NULL);
        CREATE TABLE runs (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, started {T} NOT NULL,
            finished {T}, command {T} NOT NULL, summary JSON NOT NULL DEFAULT '{{}}'
        );
        CREATE TABLE docs_fts (doc_id {T} PRIMARY KEY, words TSVECTOR NOT NULL);
        CREATE INDEX docs_fts_words ON docs_fts USING GIN (words);
        """,
    )


@migration
def m002_minhash_sizes(db: psycopg.Connection) -> None:
    db.execute("ALTER TABLE minhashes ADD COLUMN shingles INTEGER NOT NULL DEFAULT 0")


@migration
def m003_entities_places_times_stories(db: psycopg.Connection) -> None:
    _script(
        db,
        f"""
        CREATE TABLE mentions (
            doc_id {T} NOT NULL, idx INTEGER NOT NULL, start INTEGER NOT NULL,
            "end" INTEGER NOT NULL, text {T} NOT NULL, type {T} NOT NULL,
            linked {T}, entity {T}, lang {T}, score DOUBLE PRECISION, stage {T},
            PRIMARY KEY (doc_id, idx)
        );
        CREATE INDEX mentions_entity ON mentions(entity);
        CREATE INDEX mentions_linked ON mentions(linked);
        CREATE TABLE entities (key {T} PRIMARY KEY, name {T} NOT NULL, type {T} NOT NULL);
        CREATE TABLE entity_overrides (
            from_key {T} NOT NULL, surface {T} NOT NULL, to_key {T} NOT NULL,
            created {T} NOT NULL, PRIMARY KEY (from_key, surface)
        );
        CREATE TABLE places (
            doc_id {T} NOT NULL, idx INTEGER NOT NULL, start INTEGER NOT NULL,
            "end" INTEGER NOT NULL, text {T} NOT NULL, name {T} NOT NULL, place_id {T},
            lat DOUBLE PRECISION, lon DOUBLE PRECISION, country {T}, feature {T},
            score DOUBLE PRECISION, runner_up {T}, runner_up_score DOUBLE PRECISION, stage {T},
            PRIMARY KEY (doc_id, idx)
        );
        CREATE INDEX places_place ON places(place_id);
        CREATE TABLE times (
            doc_id {T} NOT NULL, idx INTEGER NOT NULL, start INTEGER NOT NULL,
            "end" INTEGER NOT NULL, text {T} NOT NULL, value {T}, granularity {T} NOT NULL,
            calendar {T} NOT NULL, relative BOOLEAN NOT NULL, stage {T},
            PRIMARY KEY (doc_id, idx)
        );
        ALTER TABLE documents ADD COLUMN story {T};
        CREATE INDEX documents_story ON documents(story);
        """,
    )
    vector = "BYTEA"
    try:
        with db.transaction():  # a savepoint: lacking the extension must not undo the rest
            db.execute("CREATE EXTENSION IF NOT EXISTS vector")
        vector = f"{vector_schema(db)}.vector"  # it may live in a schema not on search_path
    except psycopg.Error as exc:
        logger.info("pgvector is not available (%s); vectors are stored as bytea", exc)
    db.execute(
        f"CREATE TABLE vectors (doc_id {T} PRIMARY KEY, model {T} NOT NULL, "
        f"vector {vector} NOT NULL)"
    )


@migration
def m004_claims_events(db: psycopg.Connection) -> None:
    _script(
        db,
        f"""
        CREATE TABLE claims (
            doc_id {T} NOT NULL, idx INTEGER NOT NULL, speaker_kind {T} NOT NULL,
            speaker_entity {T}, negated BOOLEAN NOT NULL, hedged BOOLEAN NOT NULL, lang {T},
            data JSONB NOT NULL, PRIMARY KEY (doc_id, idx)
        );
        CREATE INDEX claims_speaker ON claims(speaker_entity);
        CREATE TABLE events (
            doc_id {T} NOT NULL, idx INTEGER NOT NULL, type {T} NOT NULL, place {T},
            date {T}, data JSONB NOT NULL, PRIMARY KEY (doc_id, idx)
        );
        CREATE INDEX events_type ON events(type);
        CREATE INDEX events_date ON events(date);
        """,
    )


@migration
def m005_claim_links(db: psycopg.Connection) -> None:
    _script(
        db,
        f"""
        CREATE TABLE claim_links (
            story {T} NOT NULL, doc_a {T} NOT NULL, claim_a INTEGER NOT NULL,
            doc_b {T} NOT NULL, claim_b INTEGER NOT NULL, relation {T} NOT NULL,
            confidence DOUBLE PRECISION NOT NULL, reasons {T} NOT NULL,
            PRIMARY KEY (story, doc_a, claim_a, doc_b, claim_b)
        );
        CREATE TABLE claim_link_stories (
            story {T} PRIMARY KEY, signature {T} NOT NULL, aligned_at {T} NOT NULL
        );
        """,
    )


def vector_schema(db: psycopg.Connection) -> str | None:
    """The quoted schema pgvector is installed in, or None without pgvector."""
    row = db.execute(
        "SELECT quote_ident(n.nspname) FROM pg_extension e "
        "JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'vector'"
    ).fetchone()
    return str(row[0]) if row else None


@migration
def m006_frames(db: psycopg.Connection) -> None:
    _script(
        db,
        f"""
        CREATE TABLE frames (
            doc_id {T} NOT NULL, idx INTEGER NOT NULL, kind {T} NOT NULL, start INTEGER NOT NULL,
            "end" INTEGER NOT NULL, label {T} NOT NULL, detail {T} NOT NULL,
            score DOUBLE PRECISION NOT NULL, stage {T} NOT NULL, PRIMARY KEY (doc_id, idx)
        );
        """,
    )


def _script(db: psycopg.Connection, sql: str) -> None:
    for statement in sql.split(";"):
        if statement.strip():
            db.execute(statement)


def apply(db: psycopg.Connection) -> list[str]:
    """Apply pending migrations, all in one transaction under an advisory lock, and return the
    names applied: a run killed while migrating leaves the schema as it was."""
    applied = []
    with db.transaction():
        db.execute("SELECT pg_advisory_xact_lock(%s)", (LOCK_KEY,))
        db.execute(f"CREATE TABLE IF NOT EXISTS migrations (name {T} PRIMARY KEY, applied_at {T})")
        done = {row[0] for row in db.execute("SELECT name FROM migrations")}
        for name, fn in MIGRATIONS:
            if name in done:
                continue
            fn(db)
            db.execute(
                "INSERT INTO migrations VALUES (%s, %s)",
                (name, datetime.now(UTC).isoformat(timespec="seconds")),
            )
            applied.append(name)
    return applied
