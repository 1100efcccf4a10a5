"""The PostgreSQL store: the same :class:`~.base.Store` protocol on a server database.

Opened with ``open_store("postgresql://user@host/db")``; tables live in the connection's
first ``search_path`` schema (``?options=-csearch_path%3Drashomon,public`` picks another).
One writer connection guarded by a lock writes each batch of documents, with all their
annotations, in one transaction; documents are upserted first and in id order, so two
processes saving the same documents wait for each other instead of deadlocking; annotation
rows go in by COPY. Each thread reads on its own read-only connection, a whole document in
one snapshot.

Behaviour matches the SQLite store, read by read: ordering puts NULLs where SQLite does and
text columns sort in byte order (``COLLATE "C"``). Full-text search runs PostgreSQL's
``'simple'`` configuration over the same *normalised* word tokens the SQLite store indexes
(:func:`rashomon.text.normalize.normalize`, then ``\\w+``), joined by spaces so the server's
parser only sees plain words whatever its locale. The hits are SQLite's; their order may
differ, as ranking is ``ts_rank`` with the title weighted 3:1 where SQLite uses bm25.
Vectors use pgvector where the extension exists (``vector_type == "pgvector"``), else
``bytea``; both return the float32 bytes given, bit for bit.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import fields
from datetime import UTC, datetime
from typing import Any

import numpy as np
import psycopg
from psycopg.rows import dict_row
from psycopg.types.json import Json, Jsonb

from ..errors import StoreError
from ..model import Document, DuplicateLink
from ..serialize import document_fields, frame_groups, record_to_document
from ..stages.language.scripts import profile
from . import pg_migrations
from .base import (
    ClaimLink,
    CorpusStats,
    DocumentFilter,
    DocumentSummary,
    EntityDetail,
    EntityName,
    EntitySummary,
    PlacePoint,
    RunInfo,
    SearchHit,
    StoryFeatures,
    StorySummary,
)
from .overrides import effective_entity, reassigned, surface_key
from .sql import (
    CLAIM_LINK_COLUMNS,
    CLAIM_LINKS_ORDER,
    DOCUMENT_RECORD_COLUMNS,
    ENTITY_SUMMARY,
    EVERYTHING,
    LINKED_MENTIONS,
    MISSING_VECTORS,
    OVERRIDES,
    SUMMARY_COLUMNS,
    search_tokens,
)

logger = logging.getLogger(__name__)

_ANNOTATION_TABLES = (
    "segments", "removed", "doc_errors", "duplicates", "mentions", "places", "times",
    "claims", "events", "frames", "docs_fts",
)  # fmt: skip
_RANK_WEIGHTS = "{0.1, 0.1, 0.1, 0.3}"  # ts_rank weights D, C, B, A: body D, title A
_Conn = psycopg.Connection[Any]
# sqlite.ENTITY_ROW_RANK, compared in code-point order as SQLite and Python compare
_ENTITY_ROW_RANK = (
    "(CASE {t}.type WHEN 'LOC' THEN 0 WHEN 'PER' THEN 1 WHEN 'ORG' THEN 2 ELSE 3 END, "
    '{t}.type COLLATE "C", length({t}.name), {t}.name COLLATE "C")'
)
_UPSERT_ENTITY = (
    "INSERT INTO entities VALUES (%s, %s, %s) ON CONFLICT (key) DO UPDATE SET "
    f"name = EXCLUDED.name, type = EXCLUDED.type WHERE {_ENTITY_ROW_RANK.format(t='EXCLUDED')} "
    f"< {_ENTITY_ROW_RANK.format(t='entities')}"
)
_TYPE_RANK = {"LOC": 0, "PER": 1, "ORG": 2}


def _entity_rank(row: tuple[str, str, str]) -> tuple[int, str, int, str]:
    key, name, type_ = row
    return (_TYPE_RANK.get(type_, 3), type_, len(name), name)


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _fields(obj: object) -> dict[str, Any]:
    """``asdict`` without its deep copy (a third of a save's time): claims and events hold
    only strings, numbers and lists of strings."""
    names = _FIELD_NAMES.get(type(obj))
    if names is None:
        names = _FIELD_NAMES[type(obj)] = tuple(f.name for f in fields(obj))  # type: ignore[arg-type]
    return {name: getattr(obj, name) for name in names}


def _words(text: str) -> str:
    return " ".join(search_tokens(text))


def _redact(url: str) -> str:
    """The URL without its password, for error messages."""
    try:
        info = psycopg.conninfo.conninfo_to_dict(url)
    except psycopg.ProgrammingError:
        return "the given PostgreSQL URL"
    return f"{info.get('host', 'localhost')}:{info.get('port', 5432)}/{info.get('dbname', '')}"


class PostgresStore:
    def __init__(self, url: str, *, readonly: bool = False) -> None:
        self.url = url
        self.readonly = readonly
        self._local = threading.local()
        self._readers: list[_Conn] = []
        self._readers_lock = threading.Lock()
        self._write_lock = threading.Lock()
        self._writer: _Conn | None = None
        if readonly:
            db = self._reader
            if db.execute("SELECT to_regclass('migrations')").fetchone() == (None,):
                self.close()
                raise StoreError(
                    f"no Rashomon database at {_redact(url)}; "
                    f"run 'rashomon analyze ... --db {url}' first"
                )
        else:
            self._writer = self._connect()
            try:
                pg_migrations.apply(self._writer)
            except psycopg.Error as exc:
                self.close()
                raise StoreError(f"cannot migrate the database at {_redact(url)}: {exc}") from exc
        row = self._reader.execute(
            "SELECT t.typname FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid "
            "WHERE a.attrelid = to_regclass('vectors') AND a.attname = 'vector'"
        ).fetchone()
        self._vector_schema = pg_migrations.vector_schema(self._reader)
        pgvector = row is not None and row[0] == "vector" and self._vector_schema is not None
        self.vector_type = "pgvector" if pgvector else "bytea"

    # -- connections -------------------------------------------------------------------------
    def _connect(self) -> _Conn:
        try:
            return psycopg.connect(self.url, autocommit=True)
        except psycopg.Error as exc:
            raise StoreError(f"cannot connect to PostgreSQL at {_redact(self.url)}: {exc}") from exc

    @property
    def _reader(self) -> _Conn:
        db: _Conn | None = getattr(self._local, "db", None)
        if db is None or db.closed:
            db = self._connect()
            db.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
            # a multi-statement read (a whole document) sees one snapshot, never half a re-save
            db.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
            self._local.db = db
            with self._readers_lock:
                self._readers.append(db)
        return db

    def close(self) -> None:
        if self._writer is not None:
            self._writer.close()
            self._writer = None
        with self._readers_lock:
            for db in self._readers:
                db.close()
            self._readers.clear()
        self._local = threading.local()

    def _write(self, work: Callable[[psycopg.Cursor[Any]], object]) -> None:
        if self._writer is None:
            raise StoreError("this store was opened read-only")
        with self._write_lock, self._writer.transaction(), self._writer.cursor() as cur:
            work(cur)

    # -- writes ------------------------------------------------------------------------------
    def save(self, docs: Iterable[Document], run_id: int | None = None) -> None:
        batch = list(docs)
        if batch:
            self._write(lambda cur: self._save_batch(cur, batch, run_id))

    def _save_batch(
        self, cur: psycopg.Cursor[Any], batch: list[Document], run_id: int | None
    ) -> None:
        # saves run side by side, but never beside an analyst's merge (EXCLUSIVE): the
        # mentions saved here must count under the overrides that hold when they commit
        cur.execute("LOCK TABLE entity_overrides IN SHARE MODE")
        overrides = _overrides(cur)
        # the entity row's name and type: the same rule as SQLite's (ENTITY_ROW_RANK)
        entities: dict[str, tuple[str, str, str]] = {}
        for doc in batch:
            for m in doc.mentions:
                if m.entity:
                    row = (m.entity, m.name or doc.text[m.start : m.end], m.type)
                    old = entities.get(m.entity)
                    if old is None or _entity_rank(row) < _entity_rank(old):
                        entities[m.entity] = row
        latest = {doc.id: doc for doc in batch}  # a document given twice: the last one counts
        docs = [latest[i] for i in sorted(latest)]
        ids = [doc.id for doc in docs]
        stored_at = datetime.now(UTC).isoformat(timespec="seconds")
        rows = [self._document_row(doc, run_id, stored_at) for doc in docs]
        columns = list(rows[0])
        updates = ", ".join(f"{c} = EXCLUDED.{c}" for c in columns if c != "id")
        cur.executemany(
            f"INSERT INTO documents ({', '.join(columns)}) "
            f"VALUES ({', '.join(['%s'] * len(columns))}) "
            f"ON CONFLICT (id) DO UPDATE SET {updates}",
            [list(r.values()) for r in rows],
        )
        cur.executemany(
            "INSERT INTO raw VALUES (%s, %s) "
            "ON CONFLICT (doc_id) DO UPDATE SET bytes = EXCLUDED.bytes",
            [(doc.id, doc.raw) for doc in docs],
        )
        for table in _ANNOTATION_TABLES:
            cur.execute(f"DELETE FROM {table} WHERE doc_id = ANY(%s)", (ids,))
        if entities:
            cur.executemany(_UPSERT_ENTITY, [entities[k] for k in sorted(entities)])
        # COPY, not INSERT: the annotation rows were just deleted, and a batch has thousands
        tables: dict[str, list[Any]] = {}
        for doc in docs:
            for table, table_rows in _annotation_rows(doc, overrides).items():
                tables.setdefault(table, []).extend(table_rows)
        for table, table_rows in tables.items():
            if table_rows:
                with cur.copy(f"COPY {table} FROM STDIN") as copy:
                    for row in table_rows:
                        copy.write_row(row)
        cur.executemany(
            "INSERT INTO docs_fts VALUES "
            "(%s, setweight(to_tsvector('simple', %s), 'A') || to_tsvector('simple', %s))",
            [(doc.id, _words(doc.title or ""), _words(doc.text)) for doc in docs if doc.text],
        )
        self._insert_links(cur, [(doc.id, ln) for doc in docs for ln in doc.duplicates])

    @staticmethod
    def _document_row(doc: Document, run_id: int | None, stored_at: str) -> dict[str, Any]:
        rec = document_fields(doc)
        return {
            **{k: rec[k] for k in DOCUMENT_RECORD_COLUMNS},
            "text_hash": doc.text_hash if doc.text else None,
            "source_text": doc.source_text,
            "stages": Jsonb(doc.stages),
            "hints": Json(doc.hints, dumps=_dumps),
            "run_id": run_id,
            "stored_at": stored_at,
            "story": doc.story,
        }

    @staticmethod
    def _insert_links(cur: psycopg.Cursor[Any], links: list[tuple[str, DuplicateLink]]) -> None:
        if links:
            cur.executemany(
                "INSERT INTO duplicates VALUES (%s, %s, %s, %s) ON CONFLICT (doc_id, other_id) "
                "DO UPDATE SET kind = EXCLUDED.kind, similarity = EXCLUDED.similarity",
                [(doc_id, ln.other_id, ln.kind.value, ln.similarity) for doc_id, ln in links],
            )

    def add_duplicates(self, links: Iterable[tuple[str, DuplicateLink]]) -> None:
        items = sorted(links, key=lambda item: (item[0], item[1].other_id))
        self._write(lambda cur: self._insert_links(cur, items))

    def save_minhashes(self, signatures: Iterable[tuple[str, bytes, int]]) -> None:
        items = sorted(signatures)
        if items:
            self._write(
                lambda cur: cur.executemany(
                    "INSERT INTO minhashes (doc_id, signature, shingles) VALUES (%s, %s, %s) "
                    "ON CONFLICT (doc_id) DO UPDATE SET signature = EXCLUDED.signature, "
                    "shingles = EXCLUDED.shingles",
                    items,
                )
            )

    def start_run(self, command: str) -> int:
        ids: list[int] = []

        def work(cur: psycopg.Cursor[Any]) -> None:
            cur.execute(
                "INSERT INTO runs (started, command) VALUES (%s, %s) RETURNING id",
                (datetime.now(UTC).isoformat(timespec="seconds"), command),
            )
            row = cur.fetchone()
            ids.append(int(row[0]) if row else 0)

        self._write(work)
        return ids[0]

    def finish_run(self, run_id: int, summary: dict[str, Any]) -> None:
        self._write(
            lambda cur: cur.execute(
                "UPDATE runs SET finished = %s, summary = %s WHERE id = %s",
                (
                    datetime.now(UTC).isoformat(timespec="seconds"),
                    Json(summary, dumps=_dumps),
                    run_id,
                ),
            )
        )

    # -- reads -------------------------------------------------------------------------------
    def completed_ids(self, ids: Iterable[str]) -> set[str]:
        """Ids already stored and not failed: these need no work on a re-run."""
        rows = self._reader.execute(
            "SELECT id FROM documents WHERE status != 'failed' AND id = ANY(%s)", (list(ids),)
        )
        return {row[0] for row in rows}

    def get(self, doc_id: str) -> Document | None:
        with self._reader.transaction():
            cur = self._reader.cursor(row_factory=dict_row)
            row = cur.execute("SELECT * FROM documents WHERE id = %s", (doc_id,)).fetchone()
            return None if row is None else self._document(row)

    def _document(self, row: dict[str, Any]) -> Document:
        doc_id = row["id"]
        rows = self._rows
        raw_row = self._reader.execute("SELECT bytes FROM raw WHERE doc_id = %s", (doc_id,))
        raw = raw_row.fetchone()
        rec: dict[str, Any] = {k: row[k] for k in DOCUMENT_RECORD_COLUMNS}
        rec |= {
            "source_text": row["source_text"],
            "stages": row["stages"],
            "hints": row["hints"],
            "story": row["story"],
            "segments": rows(
                'SELECT start, "end", lang, confidence, stage FROM segments '
                "WHERE doc_id = %s ORDER BY idx",
                doc_id,
            ),
            "removed": rows(
                'SELECT start, "end", reason, stage FROM removed WHERE doc_id = %s ORDER BY idx',
                doc_id,
            ),
            "errors": rows(
                "SELECT kind, message, stage FROM doc_errors WHERE doc_id = %s ORDER BY idx", doc_id
            ),
            "duplicates": rows(
                "SELECT other_id AS id, kind, similarity FROM duplicates WHERE doc_id = %s "
                "ORDER BY similarity DESC, other_id",
                doc_id,
            ),
            "mentions": rows(
                'SELECT m.start, m."end", m.type, m.entity, e.name, m.lang, m.score, m.stage '
                "FROM mentions m LEFT JOIN entities e ON e.key = m.entity "
                "WHERE m.doc_id = %s ORDER BY m.idx",
                doc_id,
            ),
            "places": rows(
                'SELECT start, "end", name, place_id, lat, lon, country, feature, score, '
                "runner_up, runner_up_score, stage FROM places WHERE doc_id = %s ORDER BY idx",
                doc_id,
            ),
            "times": rows(
                'SELECT start, "end", value, granularity, calendar, relative, stage FROM times '
                "WHERE doc_id = %s ORDER BY idx",
                doc_id,
            ),
            "claims": [
                r["data"]
                for r in rows("SELECT data FROM claims WHERE doc_id = %s ORDER BY idx", doc_id)
            ],
            "events": [
                r["data"]
                for r in rows("SELECT data FROM events WHERE doc_id = %s ORDER BY idx", doc_id)
            ],
            "frames": frame_groups(
                rows(
                    'SELECT kind, start, "end", label, detail, score, stage FROM frames '
                    "WHERE doc_id = %s ORDER BY idx",
                    doc_id,
                )
            ),
        }
        doc = record_to_document(rec)
        doc.raw = bytes(raw[0]) if raw else b""
        return doc

    def _rows(self, sql: str, *args: Any) -> list[dict[str, Any]]:
        return self._reader.cursor(row_factory=dict_row).execute(sql, args).fetchall()

    @staticmethod
    def _where(filt: DocumentFilter) -> tuple[str, list[Any]]:
        clauses, args = ["TRUE"], []
        for column, value in (
            ("d.lang", filt.lang),
            ("d.source", filt.source),
            ("d.status", filt.status),
        ):
            if value:
                clauses.append(f"{column} = %s")
                args.append(value)
        if filt.date_from:
            clauses.append("substr(d.published, 1, 10) >= %s")
            args.append(filt.date_from.isoformat())
        if filt.date_to:
            clauses.append("substr(d.published, 1, 10) <= %s")
            args.append(filt.date_to.isoformat())
        return " AND ".join(clauses), args

    def iter_documents(self, filt: DocumentFilter = EVERYTHING) -> Iterator[Document]:
        where, args = self._where(filt)
        ids = [
            r[0]
            for r in self._reader.execute(
                f"SELECT d.id FROM documents d WHERE {where} "
                "ORDER BY d.path NULLS FIRST, d.record NULLS FIRST, d.id",
                args,
            )
        ]
        for doc_id in ids:
            doc = self.get(doc_id)
            if doc is not None:
                yield doc

    def list_documents(
        self, filt: DocumentFilter = EVERYTHING, limit: int = 50, offset: int = 0
    ) -> tuple[list[DocumentSummary], int]:
        where, args = self._where(filt)
        db = self._reader
        total = _one(db, f"SELECT count(*) FROM documents d WHERE {where}", args)
        rows = db.execute(
            f"SELECT {SUMMARY_COLUMNS} FROM documents d WHERE {where} "
            "ORDER BY d.published IS NULL, d.published DESC, d.path NULLS FIRST, "
            "d.record NULLS FIRST LIMIT %s OFFSET %s",
            [*args, limit, offset],
        )
        return [DocumentSummary(*row) for row in rows], total

    def search(
        self, query: str, filt: DocumentFilter = EVERYTHING, limit: int = 20, offset: int = 0
    ) -> tuple[list[SearchHit], int]:
        tokens = search_tokens(query)
        if not tokens:
            return [], 0
        where, args = self._where(filt)
        db = self._reader
        base = (
            "FROM docs_fts f JOIN documents d ON d.id = f.doc_id "
            f"WHERE f.words @@ plainto_tsquery('simple', %s) AND {where}"
        )
        words = " ".join(tokens)
        total = _one(db, f"SELECT count(*) {base}", [words, *args])
        rows = db.execute(
            f"SELECT {SUMMARY_COLUMNS}, ts_rank('{_RANK_WEIGHTS}', f.words, "
            "plainto_tsquery('simple', %s)) "
            f"AS rank {base} ORDER BY rank DESC, d.id LIMIT %s OFFSET %s",
            [words, words, *args, limit, offset],
        ).fetchall()
        hits = []
        for row in rows:
            summary = DocumentSummary(*row[:-1])
            snippet, lang = self._snippet(summary.id, tokens)
            hits.append(SearchHit(summary, snippet, lang, float(row[-1])))
        return hits, total

    def search_ids(
        self, query: str, filt: DocumentFilter = EVERYTHING, limit: int = 5000
    ) -> list[tuple[str, float]]:
        """Every match of :meth:`search` (up to ``limit``) as (id, score), in its order,
        without summaries or snippets: what facet counts and rank fusion need."""
        tokens = search_tokens(query)
        if not tokens:
            return []
        where, args = self._where(filt)
        words = " ".join(tokens)
        rows = self._reader.execute(
            f"SELECT d.id, ts_rank('{_RANK_WEIGHTS}', f.words, plainto_tsquery('simple', %s)) "
            "AS rank FROM docs_fts f JOIN documents d ON d.id = f.doc_id "
            f"WHERE f.words @@ plainto_tsquery('simple', %s) AND {where} "
            "ORDER BY rank DESC, d.id LIMIT %s",
            [words, words, *args, limit],
        ).fetchall()
        return [(doc_id, float(rank)) for doc_id, rank in rows]

    def frame_counts(self, filt: DocumentFilter = EVERYTHING) -> dict[tuple[str, str], int]:
        """(frame kind, label) -> how many the documents passing ``filt`` hold (loaded terms
        by category, technique spans by technique), counted in SQL."""
        where, args = self._where(filt)
        rows = self._reader.execute(
            "SELECT f.kind, f.label, count(*) FROM frames f "
            f"JOIN documents d ON d.id = f.doc_id WHERE {where} GROUP BY 1, 2",
            args,
        ).fetchall()
        return {(kind, label): int(n) for kind, label, n in rows}

    def facet_counts(
        self, ids: Iterable[str]
    ) -> list[tuple[str | None, str | None, str | None, int]]:
        """(lang, source, year, count) over the given documents: the search facets, grouped
        here rather than from summaries (no text length or duplicate count to compute)."""
        rows = self._reader.execute(
            "SELECT d.lang, d.source, substr(d.published, 1, 4), count(*) FROM documents d "
            "WHERE d.id = ANY(%s) GROUP BY 1, 2, 3",
            [list(dict.fromkeys(ids))],
        ).fetchall()
        return [(lang, source, year, int(n)) for lang, source, year, n in rows]

    def summaries(
        self, ids: Iterable[str], filt: DocumentFilter = EVERYTHING
    ) -> list[DocumentSummary]:
        """Summaries of the given documents that pass ``filt``, in the order given."""
        wanted = list(dict.fromkeys(ids))
        where, args = self._where(filt)
        found = {
            row[0]: DocumentSummary(*row)
            for row in self._reader.execute(
                f"SELECT {SUMMARY_COLUMNS} FROM documents d WHERE d.id = ANY(%s) AND {where}",
                [wanted, *args],
            )
        }
        return [found[i] for i in wanted if i in found]

    def best_sentence(self, doc_id: str, query: str) -> tuple[str, str | None]:
        """The document's first sentence holding a query word, else its first sentence."""
        return self._snippet(doc_id, search_tokens(query))

    def _snippet(self, doc_id: str, tokens: list[str]) -> tuple[str, str | None]:
        db = self._reader
        text_row = db.execute("SELECT text FROM documents WHERE id = %s", (doc_id,)).fetchone()
        text = text_row[0] if text_row else ""
        segments = db.execute(
            'SELECT start, "end", lang FROM segments WHERE doc_id = %s ORDER BY idx', (doc_id,)
        ).fetchall()
        first: tuple[str, str | None] | None = None
        for start, end, lang in segments:
            sentence = text[start:end]
            first = first or (sentence, lang)
            words = set(search_tokens(sentence))
            if any(t in words for t in tokens):
                return sentence, lang
        return first or (text[:200], None)

    def stats(self) -> CorpusStats:
        db = self._reader

        def counts(column: str, where: str = "TRUE") -> dict[str, int]:
            rows = db.execute(
                f"SELECT coalesce({column}, '?'), count(*) FROM documents WHERE {where} "
                "GROUP BY 1 ORDER BY 2 DESC, 1"
            )
            return {str(k): int(v) for k, v in rows}

        row = db.execute(
            "SELECT min(substr(published, 1, 10)), max(substr(published, 1, 10)), count(*) "
            "FROM documents"
        ).fetchone()
        first, last, total = row if row else (None, None, 0)
        return CorpusStats(
            total,
            counts("status"),
            counts("lang", "status = 'ok'"),
            counts("source", "status = 'ok'"),
            first,
            last,
        )

    def runs(self, limit: int = 20) -> list[RunInfo]:
        rows = self._reader.execute(
            "SELECT id, started, finished, command, summary FROM runs ORDER BY id DESC LIMIT %s",
            (limit,),
        )
        return [RunInfo(i, s, f, c, summary) for i, s, f, c, summary in rows]

    def owner_of_text(self, text_hash: str, exclude: str) -> str | None:
        """The earliest-stored other document with exactly this cleaned text."""
        row = self._reader.execute(
            "SELECT id FROM documents WHERE text_hash = %s AND id != %s AND status = 'ok' "
            "ORDER BY path NULLS FIRST, record NULLS FIRST, id LIMIT 1",
            (text_hash, exclude),
        ).fetchone()
        return row[0] if row else None

    def minhashes(self) -> Iterator[tuple[str, bytes, int]]:
        for doc_id, signature, shingles in self._reader.execute(
            "SELECT doc_id, signature, shingles FROM minhashes ORDER BY doc_id"
        ):
            yield doc_id, bytes(signature), shingles

    def pending(self, stage: str) -> list[str]:
        """OK documents that the named stage has not run on yet (for resumable later stages)."""
        rows = self._reader.execute(
            "SELECT id FROM documents WHERE status = 'ok' AND NOT (stages @> %s) ORDER BY id",
            (Jsonb([stage]),),
        )
        return [row[0] for row in rows]

    # -- entities ----------------------------------------------------------------------------
    def override_entity(self, from_key: str, to_key: str, surface: str = "") -> None:
        """Count ``from_key``'s mentions (all, or those written ``surface``) under ``to_key``."""
        if from_key == to_key:
            raise StoreError("an entity cannot be merged into itself")
        folded = surface_key(surface) if surface else ""

        def work(cur: psycopg.Cursor[Any]) -> None:
            cur.execute("LOCK TABLE entity_overrides IN EXCLUSIVE MODE")
            overrides = _overrides(cur)
            if effective_entity(overrides, to_key, "") == from_key and not folded:
                raise StoreError(f"{to_key} is already merged into {from_key}; merging back loops")
            row = cur.execute(
                "SELECT name, type FROM entities WHERE key = %s", (from_key,)
            ).fetchone()
            if row is None:
                raise StoreError(f"no entity {from_key!r}")
            cur.execute(
                "INSERT INTO entities VALUES (%s, %s, %s) ON CONFLICT (key) DO NOTHING",
                (to_key, surface or row[0], row[1]),
            )
            cur.execute(
                "INSERT INTO entity_overrides VALUES (%s, %s, %s, %s) "
                "ON CONFLICT (from_key, surface) DO UPDATE SET to_key = EXCLUDED.to_key, "
                "created = EXCLUDED.created",
                (from_key, folded, to_key, datetime.now(UTC).isoformat(timespec="seconds")),
            )
            _reapply_overrides(cur)

        self._write(work)

    def remove_override(self, from_key: str, surface: str = "") -> None:
        folded = surface_key(surface) if surface else ""

        def work(cur: psycopg.Cursor[Any]) -> None:
            cur.execute("LOCK TABLE entity_overrides IN EXCLUSIVE MODE")
            cur.execute(
                "DELETE FROM entity_overrides WHERE from_key = %s AND surface = %s",
                (from_key, folded),
            )
            if cur.rowcount == 0:
                raise StoreError(
                    f"no override of {from_key!r}" + (f" for {surface!r}" if surface else "")
                )
            _reapply_overrides(cur)

        self._write(work)

    def overrides(self) -> list[tuple[str, str, str]]:
        return [
            (f, s, t)
            for f, s, t in self._reader.execute(
                "SELECT from_key, surface, to_key FROM entity_overrides ORDER BY created, from_key"
            )
        ]

    def entities(
        self, type: str | None = None, query: str | None = None, limit: int = 50, offset: int = 0
    ) -> tuple[list[EntitySummary], int]:
        clauses, args = ["d.status = 'ok'"], []
        if type:
            clauses.append("e.type = %s")
            args.append(type)
        if query:
            # SQLite's LIKE ignores ASCII case and has no escape character; so does this
            clauses.append(
                "e.key IN (SELECT entity FROM mentions WHERE text ILIKE %s ESCAPE '' UNION "
                "SELECT key FROM entities WHERE name ILIKE %s ESCAPE '')"
            )
            args += [f"%{query}%", f"%{query}%"]
        where = " AND ".join(clauses)
        db = self._reader
        total = _one(
            db,
            "SELECT count(DISTINCT e.key) FROM mentions m JOIN entities e ON e.key = m.entity "
            f"JOIN documents d ON d.id = m.doc_id WHERE {where}",
            args,
        )
        rows = db.execute(
            f"{ENTITY_SUMMARY} WHERE {where} GROUP BY e.key "
            "ORDER BY count(DISTINCT m.doc_id) DESC, count(*) DESC, e.key LIMIT %s OFFSET %s",
            [*args, limit, offset],
        )
        return [EntitySummary(*row) for row in rows], total

    def entity(self, key: str) -> EntityDetail | None:
        db = self._reader
        row = db.execute(
            f"{ENTITY_SUMMARY} WHERE e.key = %s AND d.status = 'ok' GROUP BY e.key", (key,)
        ).fetchone()
        if row is None:
            return None
        names = [
            EntityName(text, lang, profile(text).main_script or "", n)
            for text, lang, n in db.execute(
                "SELECT text, lang, count(*) FROM mentions WHERE entity = %s "
                "GROUP BY text, lang ORDER BY count(*) DESC, text, lang NULLS FIRST",
                (key,),
            )
        ]
        linked = [r[0] for r in db.execute(
            "SELECT DISTINCT linked FROM mentions WHERE entity = %s ORDER BY linked NULLS FIRST",
            (key,),
        )]  # fmt: skip
        timeline = {
            month: n
            for month, n in db.execute(
                "SELECT substr(d.published, 1, 7), count(*) FROM mentions m "
                "JOIN documents d ON d.id = m.doc_id "
                "WHERE m.entity = %s AND d.published IS NOT NULL GROUP BY 1 ORDER BY 1",
                (key,),
            )
        }
        docs = [
            DocumentSummary(*r)
            for r in db.execute(
                f"SELECT {SUMMARY_COLUMNS} FROM documents d WHERE d.id IN "
                "(SELECT doc_id FROM mentions WHERE entity = %s) "
                "ORDER BY d.published IS NULL, d.published DESC, d.id LIMIT 200",
                (key,),
            )
        ]
        related = []
        for r in db.execute(
            f"{ENTITY_SUMMARY} WHERE m.doc_id IN "
            "(SELECT doc_id FROM mentions WHERE entity = %s) AND e.key != %s "
            "GROUP BY e.key ORDER BY count(DISTINCT m.doc_id) DESC, count(*) DESC, e.key LIMIT 40",
            (key, key),
        ):
            summary = EntitySummary(*r)
            related.append((summary, summary.documents))
        return EntityDetail(EntitySummary(*row), names, linked, timeline, docs, related)

    # -- stories and vectors -------------------------------------------------------------------
    def save_vectors(self, items: Iterable[tuple[str, str, bytes]]) -> None:
        rows: list[tuple[str, str, Any]] = []
        for doc_id, model, vector in sorted(items):
            if self.vector_type == "pgvector":
                if len(vector) % 4:
                    raise StoreError(f"the vector of {doc_id} is not float32 bytes")
                rows.append((doc_id, model, np.frombuffer(vector, dtype=np.float32).tolist()))
            else:
                rows.append((doc_id, model, vector))
        # a float32 widened to float8 and narrowed back to real is the same number: no loss
        value = (
            f"%s::real[]::{self._vector_schema}.vector" if self.vector_type == "pgvector" else "%s"
        )
        self._write(
            lambda cur: cur.executemany(
                f"INSERT INTO vectors VALUES (%s, %s, {value}) ON CONFLICT (doc_id) "
                "DO UPDATE SET model = EXCLUDED.model, vector = EXCLUDED.vector",
                rows,
            )
        )

    def vector_count(self, model: str) -> int:
        sql = "SELECT count(*) FROM vectors WHERE model = %s"
        return _one(self._reader, sql, (model,))

    def missing_vectors(self, model: str) -> list[str]:
        sql = MISSING_VECTORS.format("%s")
        return [row[0] for row in self._reader.execute(sql, (model,))]

    def vectors(self, model: str) -> Iterator[tuple[str, bytes]]:
        if self.vector_type == "bytea":
            sql = "SELECT doc_id, vector FROM vectors WHERE model = %s ORDER BY doc_id"
        else:  # pgvector's wire form: two int16 (dimensions, unused), then big-endian float4s
            sql = (
                f"SELECT doc_id, substring({self._vector_schema}.vector_send(vector) FROM 5) "
                "FROM vectors "
                "WHERE model = %s ORDER BY doc_id"
            )
        for doc_id, data in self._reader.execute(sql, (model,)):
            if self.vector_type == "bytea":
                yield doc_id, bytes(data)
            else:
                yield doc_id, np.frombuffer(data, dtype=">f4").astype(np.float32).tobytes()

    def set_stories(self, assignments: Iterable[tuple[str, str]]) -> None:
        rows = sorted((doc_id, story) for doc_id, story in assignments)
        if rows:
            self._write(
                lambda cur: cur.executemany(
                    "UPDATE documents SET story = %s WHERE id = %s",
                    [(story, doc_id) for doc_id, story in rows],
                )
            )

    def story_assignments(self) -> dict[str, str]:
        rows = self._reader.execute("SELECT id, story FROM documents WHERE story IS NOT NULL")
        return {doc_id: story for doc_id, story in rows}

    def _story_summaries(self, where: str, args: list[Any]) -> list[StorySummary]:
        db = self._reader
        out = []
        for story, n, first, last in db.execute(
            "SELECT story, count(*), min(substr(published, 1, 10)), max(substr(published, 1, 10)) "
            f"FROM documents WHERE story IS NOT NULL AND {where} GROUP BY story "
            "ORDER BY count(*) DESC, max(published) DESC NULLS LAST, story",
            args,
        ).fetchall():
            counts = {
                col: {
                    k: v
                    for k, v in db.execute(
                        f"SELECT coalesce({col}, '?'), count(*) FROM documents WHERE story = %s "
                        "GROUP BY 1 ORDER BY 2 DESC, 1",
                        (story,),
                    )
                }
                for col in ("lang", "source")
            }
            title = db.execute(
                "SELECT title FROM documents WHERE story = %s AND title IS NOT NULL "
                "ORDER BY lang != 'en' NULLS FIRST, published NULLS FIRST, id LIMIT 1",
                (story,),
            ).fetchone()
            out.append(
                StorySummary(
                    story,
                    title[0] if title else None,
                    n,
                    counts["lang"],
                    counts["source"],
                    first,
                    last,
                )  # fmt: skip
            )
        return out

    def stories(self, limit: int = 50, offset: int = 0) -> tuple[list[StorySummary], int]:
        total = _one(
            self._reader, "SELECT count(DISTINCT story) FROM documents WHERE story IS NOT NULL"
        )
        ids = [
            r[0]
            for r in self._reader.execute(
                "SELECT story FROM documents WHERE story IS NOT NULL GROUP BY story "
                "ORDER BY count(*) DESC, max(published) DESC NULLS LAST, story "
                "LIMIT %s OFFSET %s",
                (limit, offset),
            )
        ]
        if not ids:
            return [], total
        return self._story_summaries("story = ANY(%s)", [ids]), total

    def story(self, story_id: str) -> tuple[StorySummary, list[DocumentSummary]] | None:
        found = self._story_summaries("story = %s", [story_id])
        if not found:
            return None
        docs = [
            DocumentSummary(*r)
            for r in self._reader.execute(
                f"SELECT {SUMMARY_COLUMNS} FROM documents d WHERE d.story = %s "
                "ORDER BY d.published IS NULL, d.published, d.source NULLS FIRST, d.id",
                (story_id,),
            )
        ]
        return found[0], docs

    def story_features(self) -> dict[str, StoryFeatures]:
        """Every OK document's language, date, story, entity keys, place ids and copies."""
        db = self._reader
        grouped: dict[str, dict[str, set[str]]] = {"e": {}, "p": {}, "d": {}}
        for part, sql in (
            ("e", "SELECT DISTINCT doc_id, entity FROM mentions WHERE entity IS NOT NULL"),
            ("p", "SELECT DISTINCT doc_id, place_id FROM places WHERE place_id IS NOT NULL"),
            ("d", "SELECT doc_id, other_id FROM duplicates"),
        ):
            for doc_id, value in db.execute(sql):
                grouped[part].setdefault(doc_id, set()).add(value)
        return {
            doc_id: StoryFeatures(
                doc_id,
                lang,
                published,
                story,
                frozenset(grouped["e"].get(doc_id, ())),
                frozenset(grouped["p"].get(doc_id, ())),
                frozenset(grouped["d"].get(doc_id, ())),
            )
            for doc_id, lang, published, story in db.execute(
                "SELECT id, lang, published, story FROM documents WHERE status = 'ok' ORDER BY id"
            )
        }

    # -- claim links ---------------------------------------------------------------------------
    def set_claim_links(self, story_id: str, links: Iterable[ClaimLink], signature: str) -> None:
        rows = [
            (story_id, ln.doc_a, ln.claim_a, ln.doc_b, ln.claim_b, ln.relation, ln.confidence,
             json.dumps(list(ln.reasons), ensure_ascii=False))
            for ln in links
        ]  # fmt: skip
        now = datetime.now(UTC).isoformat(timespec="seconds")

        def work(cur: psycopg.Cursor[Any]) -> None:
            cur.execute("DELETE FROM claim_links WHERE story = %s", (story_id,))
            cur.executemany(
                f"INSERT INTO claim_links (story, {CLAIM_LINK_COLUMNS}) "
                "VALUES (%s, %s, %s, %s, %s, %s, %s, %s)",
                rows,
            )
            cur.execute("DELETE FROM claim_link_stories WHERE story = %s", (story_id,))
            cur.execute(
                "INSERT INTO claim_link_stories VALUES (%s, %s, %s)", (story_id, signature, now)
            )

        self._write(work)

    def claim_links(self, story_id: str) -> list[ClaimLink]:
        rows = self._reader.execute(
            f"SELECT story, {CLAIM_LINK_COLUMNS} FROM claim_links WHERE story = %s "
            + CLAIM_LINKS_ORDER,
            (story_id,),
        )
        return [_claim_link(row)[1] for row in rows]

    def iter_claim_links(self) -> Iterator[tuple[str, ClaimLink]]:
        rows = self._reader.execute(
            f"SELECT story, {CLAIM_LINK_COLUMNS} FROM claim_links " + CLAIM_LINKS_ORDER
        )
        for row in rows:
            yield _claim_link(row)

    def claim_link_signatures(self) -> dict[str, str]:
        rows = self._reader.execute("SELECT story, signature FROM claim_link_stories")
        return {story: signature for story, signature in rows}

    # -- places --------------------------------------------------------------------------------
    def place_points(self, filt: DocumentFilter = EVERYTHING) -> list[PlacePoint]:
        # SQLite takes name, coordinates, country and feature from any one mention of the
        # place (all carry the gazetteer's values); PostgreSQL needs an aggregate: min()
        where, args = self._where(filt)
        rows = self._reader.execute(
            "SELECT p.place_id, min(p.name), min(p.lat), min(p.lon), min(p.country), "
            "min(p.feature), count(*), count(DISTINCT p.doc_id) "
            "FROM places p JOIN documents d ON d.id = p.doc_id "
            f"WHERE p.lat IS NOT NULL AND p.place_id IS NOT NULL AND d.status = 'ok' AND {where} "
            "GROUP BY p.place_id ORDER BY count(DISTINCT p.doc_id) DESC, p.place_id",
            args,
        )
        return [PlacePoint(*row) for row in rows]


def _one(db: _Conn, sql: str, args: Iterable[Any] = ()) -> int:
    row = db.execute(sql, list(args)).fetchone()
    return int(row[0]) if row else 0


# fmt: off
def _annotation_rows(doc: Document, overrides: dict[tuple[str, str], str]) -> dict[str, list[Any]]:
    """The document's rows for each annotation table, in column order."""
    text = doc.text
    return {
        "segments": [(doc.id, i, s.start, s.end, s.lang, s.lang_confidence, s.stage)
                     for i, s in enumerate(doc.segments)],
        "removed": [(doc.id, i, r.start, r.end, r.reason, r.stage)
                    for i, r in enumerate(doc.removed)],
        "doc_errors": [(doc.id, i, e.kind, e.message, e.stage) for i, e in enumerate(doc.errors)],
        "mentions": [
            (doc.id, i, m.start, m.end, text[m.start : m.end], m.type, m.entity,
             effective_entity(overrides, m.entity, text[m.start : m.end]) if m.entity else None,
             m.lang, m.score, m.stage)
            for i, m in enumerate(doc.mentions)
        ],
        "places": [
            (doc.id, i, p.start, p.end, text[p.start : p.end], p.name, p.place_id, p.lat, p.lon,
             p.country, p.feature, p.score, p.runner_up, p.runner_up_score, p.stage)
            for i, p in enumerate(doc.places)
        ],
        "times": [
            (doc.id, i, t.start, t.end, text[t.start : t.end], t.value, t.granularity,
             t.calendar, t.relative, t.stage)
            for i, t in enumerate(doc.times)
        ],
        "claims": [
            (doc.id, i, c.speaker_kind, c.speaker_entity, c.negated, c.hedged, c.lang,
             Jsonb(_fields(c), dumps=_dumps))
            for i, c in enumerate(doc.claims)
        ],
        "events": [(doc.id, i, e.type, e.place, e.date, Jsonb(_fields(e), dumps=_dumps))
                   for i, e in enumerate(doc.events)],
        "frames": [(doc.id, i, f.kind, f.start, f.end, f.label, f.detail, f.score, f.stage)
                   for i, f in enumerate(doc.frames)],
    }
# fmt: on


def _overrides(cur: psycopg.Cursor[Any]) -> dict[tuple[str, str], str]:
    rows = cur.execute(OVERRIDES).fetchall()
    return {(f, s): t for f, s, t in rows}


def _reapply_overrides(cur: psycopg.Cursor[Any]) -> None:
    """Recompute every stored mention's entity from its linked key and the overrides."""
    changes = reassigned(_overrides(cur), cur.execute(LINKED_MENTIONS).fetchall())
    if changes:
        cur.executemany("UPDATE mentions SET entity = %s WHERE doc_id = %s AND idx = %s", changes)


def _claim_link(row: Any) -> tuple[str, ClaimLink]:
    story, doc_a, claim_a, doc_b, claim_b, relation, confidence, reasons = row
    link = ClaimLink(
        doc_a, int(claim_a), doc_b, int(claim_b), relation, float(confidence),
        tuple(json.loads(reasons)),
    )  # fmt: skip
    return story, link
