"""The embedded SQLite store (the default).

WAL journal, one writer connection guarded by a lock (each write is ``BEGIN IMMEDIATE`` ... COMMIT,
so a document and all its annotations land together or not at all), and one read connection
per thread, so the UI reads while an analysis writes. Full-text search uses FTS5 over
*normalised* text (:func:`rashomon.text.normalize.normalize`), because FTS5 alone does not fold
Arabic/Persian spelling variants; queries are normalised the same way.
"""

from __future__ import annotations

import contextlib
import json
import logging
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..errors import StoreError
from ..model import Document, DuplicateLink, content_hash
from ..serialize import document_fields, frame_groups, record_to_document
from ..stages.language.scripts import profile
from ..text.normalize import normalize
from . import migrations
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
    "claims", "events", "frames",
)  # fmt: skip
PAGE_SIZE = 16384  # bytes, for databases created from now on
# Which of an entity's mentions names and types it: a place type first, then a person, an
# organisation, any other; then the shortest name, then the first in code-point order. An
# order-free rule, so that a resumed run, a Spark load or a restored backup (documents stored
# in another order) give every entity the same name and type.
ENTITY_ROW_RANK = (
    "(CASE {t}.type WHEN 'LOC' THEN 0 WHEN 'PER' THEN 1 WHEN 'ORG' THEN 2 ELSE 3 END, "
    "{t}.type, length({t}.name), {t}.name)"
)
_UPSERT_ENTITY = (
    "INSERT INTO entities VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET name = excluded.name, "
    f"type = excluded.type WHERE {ENTITY_ROW_RANK.format(t='excluded')} "
    f"< {ENTITY_ROW_RANK.format(t='entities')}"
)


def _fts_rowid(doc_id: str) -> int:
    """The document's full-text row, derived from its hex id so that replacing a document
    finds its old row by rowid instead of scanning the index."""
    try:
        return int(doc_id[:15], 16)
    except ValueError:  # ids made by hand rather than by document_id()
        return int(content_hash(doc_id.encode(), 15), 16)


class SQLiteStore:
    def __init__(self, path: Path, *, readonly: bool = False) -> None:
        self.path = path
        self.readonly = readonly
        if readonly and not path.exists():
            raise StoreError(f"no database at {path}; run 'rashomon analyze ... --db {path}' first")
        path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        self._write_lock = threading.Lock()
        self._writer: sqlite3.Connection | None = None
        if not readonly:
            self._writer = self._connect()
            # Only a new, empty database takes this (before WAL is on). Each document carries
            # its raw page (~170 kB of HTML): SQLite's advice for large BLOBs is 8-16 kB pages,
            # which here write a batch in a fifth less time than the default 4 kB.
            self._writer.execute(f"PRAGMA page_size = {PAGE_SIZE}")
            self._writer.execute("PRAGMA journal_mode=WAL")
            migrations.apply(self._writer)

    # -- connections -------------------------------------------------------------------------
    def _connect(self) -> sqlite3.Connection:
        try:
            db = sqlite3.connect(
                self.path, isolation_level=None, check_same_thread=False, timeout=30
            )
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open database {self.path}: {exc}") from exc
        db.execute("PRAGMA busy_timeout = 30000")
        db.execute("PRAGMA synchronous = NORMAL")
        return db

    @property
    def _reader(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None:
            db = self._connect()
            db.execute("PRAGMA query_only = 1")
            self._local.db = db
        return db

    def close(self) -> None:
        if self._writer is not None:
            self._writer.close()
            self._writer = None
        db = getattr(self._local, "db", None)
        if db is not None:
            db.close()
            self._local.db = None

    def _write(self, work: Any) -> None:
        if self._writer is None:
            raise StoreError("this store was opened read-only")
        with self._write_lock:
            db = self._writer
            db.execute("BEGIN IMMEDIATE")
            try:
                work(db)
            except BaseException:
                db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")

    # -- writes ------------------------------------------------------------------------------
    def save(self, docs: Iterable[Document], run_id: int | None = None) -> None:
        batch = list(docs)
        if batch:

            def work(db: sqlite3.Connection) -> None:
                overrides = _overrides(db)
                for doc in batch:
                    self._save_one(db, doc, run_id, overrides)

            self._write(work)

    def _save_one(
        self,
        db: sqlite3.Connection,
        doc: Document,
        run_id: int | None,
        overrides: dict[tuple[str, str], str],
    ) -> None:
        rec = document_fields(doc)
        for table in _ANNOTATION_TABLES:
            db.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc.id,))  # noqa: S608
        db.execute("DELETE FROM docs_fts WHERE rowid = ?", (_fts_rowid(doc.id),))
        row = {
            **{k: rec[k] for k in DOCUMENT_RECORD_COLUMNS},
            "text_hash": doc.text_hash if doc.text else None,
            "source_text": doc.source_text,
            "stages": json.dumps(doc.stages),
            "hints": json.dumps(doc.hints, ensure_ascii=False),
            "run_id": run_id,
            "stored_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "story": doc.story,
        }
        db.execute(
            f"INSERT OR REPLACE INTO documents ({', '.join(row)}) "  # noqa: S608
            f"VALUES ({', '.join('?' * len(row))})",
            list(row.values()),
        )
        db.execute("INSERT OR REPLACE INTO raw VALUES (?, ?)", (doc.id, doc.raw))
        db.executemany(
            "INSERT INTO segments VALUES (?,?,?,?,?,?,?)",
            [
                (doc.id, i, s.start, s.end, s.lang, s.lang_confidence, s.stage)
                for i, s in enumerate(doc.segments)
            ],
        )
        db.executemany(
            "INSERT INTO removed VALUES (?,?,?,?,?,?)",
            [(doc.id, i, r.start, r.end, r.reason, r.stage) for i, r in enumerate(doc.removed)],
        )
        db.executemany(
            "INSERT INTO doc_errors VALUES (?,?,?,?,?)",
            [(doc.id, i, e.kind, e.message, e.stage) for i, e in enumerate(doc.errors)],
        )
        self._insert_links(db, doc.id, doc.duplicates)
        self._insert_mentions(db, doc, overrides)
        db.executemany(
            "INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                (
                    doc.id,
                    i,
                    p.start,
                    p.end,
                    doc.text[p.start : p.end],
                    p.name,
                    p.place_id,
                    p.lat,
                    p.lon,
                    p.country,
                    p.feature,
                    p.score,
                    p.runner_up,
                    p.runner_up_score,
                    p.stage,
                )  # fmt: skip
                for i, p in enumerate(doc.places)
            ],
        )
        db.executemany(
            "INSERT INTO times VALUES (?,?,?,?,?,?,?,?,?,?)",
            [
                (
                    doc.id,
                    i,
                    t.start,
                    t.end,
                    doc.text[t.start : t.end],
                    t.value,
                    t.granularity,
                    t.calendar,
                    int(t.relative),
                    t.stage,
                )  # fmt: skip
                for i, t in enumerate(doc.times)
            ],
        )
        db.executemany(
            "INSERT INTO claims VALUES (?,?,?,?,?,?,?,?)",
            [
                (
                    doc.id,
                    i,
                    c.speaker_kind,
                    c.speaker_entity,
                    int(c.negated),
                    int(c.hedged),
                    c.lang,
                    json.dumps(asdict(c), ensure_ascii=False),
                )  # fmt: skip
                for i, c in enumerate(doc.claims)
            ],
        )
        db.executemany(
            "INSERT INTO events VALUES (?,?,?,?,?,?)",
            [
                (doc.id, i, e.type, e.place, e.date, json.dumps(asdict(e), ensure_ascii=False))
                for i, e in enumerate(doc.events)
            ],
        )
        db.executemany(
            "INSERT INTO frames VALUES (?,?,?,?,?,?,?,?,?)",
            [
                (doc.id, i, f.kind, f.start, f.end, f.label, f.detail, f.score, f.stage)
                for i, f in enumerate(doc.frames)
            ],
        )
        if doc.text:
            db.execute(
                "INSERT INTO docs_fts (rowid, doc_id, title, body) VALUES (?, ?, ?, ?)",
                (_fts_rowid(doc.id), doc.id, normalize(doc.title or ""), normalize(doc.text)),
            )

    @staticmethod
    def _insert_mentions(
        db: sqlite3.Connection, doc: Document, overrides: dict[tuple[str, str], str]
    ) -> None:
        rows = []
        for i, m in enumerate(doc.mentions):
            surface = doc.text[m.start : m.end]
            entity = effective_entity(overrides, m.entity, surface) if m.entity else None
            rows.append(
                (
                    doc.id,
                    i,
                    m.start,
                    m.end,
                    surface,
                    m.type,
                    m.entity,
                    entity,
                    m.lang,
                    m.score,
                    m.stage,
                )  # fmt: skip
            )
            if m.entity:  # see ENTITY_ROW_RANK: the same whatever order documents came in
                db.execute(_UPSERT_ENTITY, (m.entity, m.name or surface, m.type))
        db.executemany("INSERT INTO mentions VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)

    @staticmethod
    def _insert_links(db: sqlite3.Connection, doc_id: str, links: Iterable[DuplicateLink]) -> None:
        db.executemany(
            "INSERT OR REPLACE INTO duplicates VALUES (?,?,?,?)",
            [(doc_id, ln.other_id, ln.kind.value, ln.similarity) for ln in links],
        )

    def add_duplicates(self, links: Iterable[tuple[str, DuplicateLink]]) -> None:
        items = list(links)
        self._write(lambda db: [self._insert_links(db, doc_id, [ln]) for doc_id, ln in items])

    def save_minhashes(self, signatures: Iterable[tuple[str, bytes, int]]) -> None:
        items = list(signatures)
        self._write(
            lambda db: db.executemany(
                "INSERT OR REPLACE INTO minhashes (doc_id, signature, shingles) VALUES (?, ?, ?)",
                items,
            )
        )

    def start_run(self, command: str) -> int:
        ids: list[int] = []

        def work(db: sqlite3.Connection) -> None:
            cur = db.execute(
                "INSERT INTO runs (started, command) VALUES (?, ?)",
                (datetime.now(UTC).isoformat(timespec="seconds"), command),
            )
            ids.append(int(cur.lastrowid or 0))

        self._write(work)
        return ids[0]

    def finish_run(self, run_id: int, summary: dict[str, Any]) -> None:
        self._write(
            lambda db: db.execute(
                "UPDATE runs SET finished = ?, summary = ? WHERE id = ?",
                (
                    datetime.now(UTC).isoformat(timespec="seconds"),
                    json.dumps(summary, ensure_ascii=False),
                    run_id,
                ),
            )
        )

    # -- reads -------------------------------------------------------------------------------
    def completed_ids(self, ids: Iterable[str]) -> set[str]:
        """Ids already stored and not failed: these need no work on a re-run."""
        wanted = list(ids)
        found: set[str] = set()
        for i in range(0, len(wanted), 500):
            chunk = wanted[i : i + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._reader.execute(
                f"SELECT id FROM documents WHERE status != 'failed' AND id IN ({marks})",  # noqa: S608
                chunk,
            )
            found.update(row[0] for row in rows)
        return found

    def get(self, doc_id: str) -> Document | None:
        with self._snapshot() as db:
            cur = db.execute("SELECT * FROM documents WHERE id = ?", (doc_id,))
            row = cur.fetchone()
            if row is None:
                return None
            return self._document(dict(zip([c[0] for c in cur.description], row, strict=True)))

    @contextlib.contextmanager
    def _snapshot(self) -> Iterator[sqlite3.Connection]:
        """This thread's reader inside one read transaction: a document read in several
        SELECTs sees one state of the database, never its story from before a concurrent
        write and its duplicate links from after."""
        db = self._reader
        if db.in_transaction:  # already inside one
            yield db
            return
        db.execute("BEGIN")
        try:
            yield db
        finally:
            db.execute("COMMIT")

    def _document(self, row: dict[str, Any]) -> Document:
        db = self._reader
        doc_id = row["id"]
        raw_row = db.execute("SELECT bytes FROM raw WHERE doc_id = ?", (doc_id,)).fetchone()
        rec: dict[str, Any] = {k: row[k] for k in DOCUMENT_RECORD_COLUMNS}
        rec |= {
            "source_text": row["source_text"],
            "stages": json.loads(row["stages"]),
            "hints": json.loads(row["hints"]),
            "story": row["story"],
            "segments": self._rows(
                db,
                'SELECT start, "end", lang, confidence, stage FROM segments '
                "WHERE doc_id = ? ORDER BY idx",
                doc_id,
            ),
            "removed": self._rows(
                db,
                'SELECT start, "end", reason, stage FROM removed WHERE doc_id = ? ORDER BY idx',
                doc_id,
            ),
            "errors": self._rows(
                db,
                "SELECT kind, message, stage FROM doc_errors WHERE doc_id = ? ORDER BY idx",
                doc_id,
            ),
            "duplicates": self._rows(
                db,
                "SELECT other_id AS id, kind, similarity FROM duplicates WHERE doc_id = ? "
                "ORDER BY similarity DESC, other_id",
                doc_id,
            ),
            "mentions": self._rows(
                db,
                'SELECT m.start, m."end", m.type, m.entity, e.name, m.lang, m.score, m.stage '
                "FROM mentions m LEFT JOIN entities e ON e.key = m.entity "
                "WHERE m.doc_id = ? ORDER BY m.idx",
                doc_id,
            ),
            "places": self._rows(
                db,
                'SELECT start, "end", name, place_id, lat, lon, country, feature, score, '
                "runner_up, runner_up_score, stage FROM places WHERE doc_id = ? ORDER BY idx",
                doc_id,
            ),
            "times": self._rows(
                db,
                'SELECT start, "end", value, granularity, calendar, relative, stage FROM times '
                "WHERE doc_id = ? ORDER BY idx",
                doc_id,
            ),
            "claims": [
                json.loads(r[0])
                for r in db.execute(
                    "SELECT data FROM claims WHERE doc_id = ? ORDER BY idx", (doc_id,)
                )
            ],
            "events": [
                json.loads(r[0])
                for r in db.execute(
                    "SELECT data FROM events WHERE doc_id = ? ORDER BY idx", (doc_id,)
                )
            ],
            "frames": frame_groups(
                self._rows(
                    db,
                    'SELECT kind, start, "end", label, detail, score, stage FROM frames '
                    "WHERE doc_id = ? ORDER BY idx",
                    doc_id,
                )
            ),
        }
        doc = record_to_document(rec)
        doc.raw = raw_row[0] if raw_row else b""
        return doc

    @staticmethod
    def _rows(db: sqlite3.Connection, sql: str, *args: Any) -> list[dict[str, Any]]:
        cur = db.execute(sql, args)
        names = [c[0] for c in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur]

    @staticmethod
    def _where(filt: DocumentFilter) -> tuple[str, list[Any]]:
        clauses, args = ["1 = 1"], []
        for column, value in (
            ("d.lang", filt.lang),
            ("d.source", filt.source),
            ("d.status", filt.status),
        ):
            if value:
                clauses.append(f"{column} = ?")
                args.append(value)
        if filt.date_from:
            clauses.append("substr(d.published, 1, 10) >= ?")
            args.append(filt.date_from.isoformat())
        if filt.date_to:
            clauses.append("substr(d.published, 1, 10) <= ?")
            args.append(filt.date_to.isoformat())
        return " AND ".join(clauses), args

    def iter_documents(self, filt: DocumentFilter = EVERYTHING) -> Iterator[Document]:
        where, args = self._where(filt)
        ids = [
            r[0]
            for r in self._reader.execute(
                f"SELECT d.id FROM documents d WHERE {where} ORDER BY d.path, d.record, d.id",  # noqa: S608
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
        total = db.execute(f"SELECT count(*) FROM documents d WHERE {where}", args).fetchone()[0]  # noqa: S608
        rows = db.execute(
            f"SELECT {SUMMARY_COLUMNS} FROM documents d WHERE {where} "  # noqa: S608
            "ORDER BY d.published IS NULL, d.published DESC, d.path, d.record LIMIT ? OFFSET ?",
            [*args, limit, offset],
        )
        return [DocumentSummary(*row) for row in rows], total

    def search(
        self, query: str, filt: DocumentFilter = EVERYTHING, limit: int = 20, offset: int = 0
    ) -> tuple[list[SearchHit], int]:
        tokens = search_tokens(query)
        if not tokens:
            return [], 0
        match = " ".join('"' + t.replace('"', '""') + '"' for t in tokens)
        where, args = self._where(filt)
        db = self._reader
        base = (
            f"FROM docs_fts f JOIN documents d ON d.id = f.doc_id "  # noqa: S608
            f"WHERE docs_fts MATCH ? AND {where}"
        )
        total = db.execute(f"SELECT count(*) {base}", [match, *args]).fetchone()[0]
        rows = db.execute(
            f"SELECT {SUMMARY_COLUMNS}, bm25(docs_fts, 0.0, 3.0, 1.0) AS rank {base} "
            "ORDER BY rank, d.id LIMIT ? OFFSET ?",
            [match, *args, limit, offset],
        ).fetchall()
        hits = []
        for row in rows:
            summary = DocumentSummary(*row[:-1])
            snippet, lang = self._snippet(summary.id, tokens)
            hits.append(SearchHit(summary, snippet, lang, -float(row[-1])))
        return hits, total

    def search_ids(
        self, query: str, filt: DocumentFilter = EVERYTHING, limit: int = 5000
    ) -> list[tuple[str, float]]:
        """Every match of :meth:`search` (up to ``limit``) as (id, score), in its order,
        without summaries or snippets: what facet counts and rank fusion need."""
        tokens = search_tokens(query)
        if not tokens:
            return []
        match = " ".join('"' + t.replace('"', '""') + '"' for t in tokens)
        where, args = self._where(filt)
        rows = self._reader.execute(
            "SELECT d.id, bm25(docs_fts, 0.0, 3.0, 1.0) AS rank "  # noqa: S608
            "FROM docs_fts f JOIN documents d ON d.id = f.doc_id "
            f"WHERE docs_fts MATCH ? AND {where} ORDER BY rank, d.id LIMIT ?",
            [match, *args, limit],
        )
        return [(doc_id, -float(rank)) for doc_id, rank in rows]

    def frame_counts(self, filt: DocumentFilter = EVERYTHING) -> dict[tuple[str, str], int]:
        """(frame kind, label) -> how many the documents passing ``filt`` hold (loaded terms
        by category, technique spans by technique), counted in SQL."""
        where, args = self._where(filt)
        rows = self._reader.execute(
            "SELECT f.kind, f.label, count(*) FROM frames f "  # noqa: S608
            f"JOIN documents d ON d.id = f.doc_id WHERE {where} GROUP BY 1, 2",
            args,
        )
        return {(kind, label): n for kind, label, n in rows}

    def facet_counts(
        self, ids: Iterable[str]
    ) -> list[tuple[str | None, str | None, str | None, int]]:
        """(lang, source, year, count) over the given documents: the search facets, grouped
        here rather than from summaries (no text length or duplicate count to compute)."""
        wanted = list(dict.fromkeys(ids))
        rows: list[tuple[str | None, str | None, str | None, int]] = []
        for i in range(0, len(wanted), 500):
            chunk = wanted[i : i + 500]
            rows += self._reader.execute(
                "SELECT d.lang, d.source, substr(d.published, 1, 4), count(*) "  # noqa: S608
                f"FROM documents d WHERE d.id IN ({','.join('?' * len(chunk))}) GROUP BY 1, 2, 3",
                chunk,
            ).fetchall()
        return rows

    def summaries(
        self, ids: Iterable[str], filt: DocumentFilter = EVERYTHING
    ) -> list[DocumentSummary]:
        """Summaries of the given documents that pass ``filt``, in the order given."""
        wanted = list(dict.fromkeys(ids))
        where, args = self._where(filt)
        found: dict[str, DocumentSummary] = {}
        for i in range(0, len(wanted), 500):
            chunk = wanted[i : i + 500]
            marks = ",".join("?" * len(chunk))
            for row in self._reader.execute(
                f"SELECT {SUMMARY_COLUMNS} FROM documents d "  # noqa: S608
                f"WHERE d.id IN ({marks}) AND {where}",
                [*chunk, *args],
            ):
                found[row[0]] = DocumentSummary(*row)
        return [found[i] for i in wanted if i in found]

    def best_sentence(self, doc_id: str, query: str) -> tuple[str, str | None]:
        """The document's first sentence holding a query word, else its first sentence."""
        return self._snippet(doc_id, search_tokens(query))

    def _snippet(self, doc_id: str, tokens: list[str]) -> tuple[str, str | None]:
        text_row = self._reader.execute(
            "SELECT text FROM documents WHERE id = ?", (doc_id,)
        ).fetchone()
        text = text_row[0] if text_row else ""
        segments = self._reader.execute(
            'SELECT start, "end", lang FROM segments WHERE doc_id = ? ORDER BY idx', (doc_id,)
        )
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

        def counts(column: str, where: str = "1 = 1") -> dict[str, int]:
            rows = db.execute(
                f"SELECT coalesce({column}, '?'), count(*) FROM documents WHERE {where} "  # noqa: S608
                "GROUP BY 1 ORDER BY 2 DESC, 1"
            )
            return {str(k): int(v) for k, v in rows}

        first, last = db.execute(
            "SELECT min(substr(published, 1, 10)), max(substr(published, 1, 10)) FROM documents"
        ).fetchone()
        total = db.execute("SELECT count(*) FROM documents").fetchone()[0]
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
            "SELECT id, started, finished, command, summary FROM runs ORDER BY id DESC LIMIT ?",
            (limit,),
        )
        return [RunInfo(i, s, f, c, json.loads(summary)) for i, s, f, c, summary in rows]

    def owner_of_text(self, text_hash: str, exclude: str) -> str | None:
        """The earliest-stored other document with exactly this cleaned text."""
        row = self._reader.execute(
            "SELECT id FROM documents WHERE text_hash = ? AND id != ? AND status = 'ok' "
            "ORDER BY path, record, id LIMIT 1",
            (text_hash, exclude),
        ).fetchone()
        return row[0] if row else None

    def minhashes(self) -> Iterator[tuple[str, bytes, int]]:
        yield from self._reader.execute(
            "SELECT doc_id, signature, shingles FROM minhashes ORDER BY doc_id"
        )

    def pending(self, stage: str) -> list[str]:
        """OK documents that the named stage has not run on yet (for resumable later stages)."""
        rows = self._reader.execute(
            "SELECT id FROM documents WHERE status = 'ok' AND NOT EXISTS "
            "(SELECT 1 FROM json_each(documents.stages) WHERE value = ?) ORDER BY id",
            (stage,),
        )
        return [row[0] for row in rows]

    # -- entities ----------------------------------------------------------------------------
    def override_entity(self, from_key: str, to_key: str, surface: str = "") -> None:
        """Count ``from_key``'s mentions (all, or those written ``surface``) under ``to_key``."""
        if from_key == to_key:
            raise StoreError("an entity cannot be merged into itself")
        folded = surface_key(surface) if surface else ""

        def work(db: sqlite3.Connection) -> None:
            overrides = _overrides(db)
            if effective_entity(overrides, to_key, "") == from_key and not folded:
                raise StoreError(f"{to_key} is already merged into {from_key}; merging back loops")
            known = db.execute("SELECT name, type FROM entities WHERE key = ?", (from_key,))
            row = known.fetchone()
            if row is None:
                raise StoreError(f"no entity {from_key!r}")
            db.execute(
                "INSERT INTO entities VALUES (?, ?, ?) ON CONFLICT(key) DO NOTHING",
                (to_key, surface or row[0], row[1]),
            )
            db.execute(
                "INSERT OR REPLACE INTO entity_overrides VALUES (?, ?, ?, ?)",
                (from_key, folded, to_key, datetime.now(UTC).isoformat(timespec="seconds")),
            )
            _reapply_overrides(db)

        self._write(work)

    def remove_override(self, from_key: str, surface: str = "") -> None:
        folded = surface_key(surface) if surface else ""

        def work(db: sqlite3.Connection) -> None:
            cur = db.execute(
                "DELETE FROM entity_overrides WHERE from_key = ? AND surface = ?",
                (from_key, folded),
            )
            if cur.rowcount == 0:
                raise StoreError(
                    f"no override of {from_key!r}" + (f" for {surface!r}" if surface else "")
                )
            _reapply_overrides(db)

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
            clauses.append("e.type = ?")
            args.append(type)
        if query:
            clauses.append(
                "e.key IN (SELECT entity FROM mentions WHERE text LIKE ? UNION "
                "SELECT key FROM entities WHERE name LIKE ?)"
            )
            args += [f"%{query}%", f"%{query}%"]
        where = " AND ".join(clauses)
        db = self._reader
        total = db.execute(
            "SELECT count(DISTINCT e.key) FROM mentions m JOIN entities e ON e.key = m.entity "  # noqa: S608
            f"JOIN documents d ON d.id = m.doc_id WHERE {where}",
            args,
        ).fetchone()[0]
        rows = db.execute(
            f"{ENTITY_SUMMARY} WHERE {where} GROUP BY e.key "  # noqa: S608
            "ORDER BY count(DISTINCT m.doc_id) DESC, count(*) DESC, e.key LIMIT ? OFFSET ?",
            [*args, limit, offset],
        )
        return [EntitySummary(*row) for row in rows], total

    def entity(self, key: str) -> EntityDetail | None:
        db = self._reader
        row = db.execute(
            f"{ENTITY_SUMMARY} WHERE e.key = ? AND d.status = 'ok' GROUP BY e.key",
            (key,),  # noqa: S608
        ).fetchone()
        if row is None:
            return None
        names = [
            EntityName(text, lang, profile(text).main_script or "", n)
            for text, lang, n in db.execute(
                "SELECT text, lang, count(*) FROM mentions WHERE entity = ? "
                "GROUP BY text, lang ORDER BY count(*) DESC, text",
                (key,),
            )
        ]
        linked = [r[0] for r in db.execute(
            "SELECT DISTINCT linked FROM mentions WHERE entity = ? ORDER BY linked", (key,)
        )]  # fmt: skip
        timeline = {
            month: n
            for month, n in db.execute(
                "SELECT substr(d.published, 1, 7), count(*) FROM mentions m "
                "JOIN documents d ON d.id = m.doc_id "
                "WHERE m.entity = ? AND d.published IS NOT NULL "
                "GROUP BY 1 ORDER BY 1",
                (key,),
            )
        }
        docs = [
            DocumentSummary(*r)
            for r in db.execute(
                f"SELECT {SUMMARY_COLUMNS} FROM documents d WHERE d.id IN "  # noqa: S608
                "(SELECT doc_id FROM mentions WHERE entity = ?) "
                "ORDER BY d.published IS NULL, d.published DESC, d.id LIMIT 200",
                (key,),
            )
        ]
        related = []
        for r in db.execute(
            f"{ENTITY_SUMMARY} WHERE m.doc_id IN "  # noqa: S608
            "(SELECT doc_id FROM mentions WHERE entity = ?) AND e.key != ? "
            "GROUP BY e.key ORDER BY count(DISTINCT m.doc_id) DESC, count(*) DESC, e.key LIMIT 40",
            (key, key),
        ):
            summary = EntitySummary(*r)
            related.append((summary, summary.documents))
        return EntityDetail(EntitySummary(*row), names, linked, timeline, docs, related)

    # -- stories and vectors -------------------------------------------------------------------
    def save_vectors(self, items: Iterable[tuple[str, str, bytes]]) -> None:
        rows = list(items)
        self._write(
            lambda db: db.executemany("INSERT OR REPLACE INTO vectors VALUES (?, ?, ?)", rows)
        )

    def vector_count(self, model: str) -> int:
        sql = "SELECT count(*) FROM vectors WHERE model = ?"
        return int(self._reader.execute(sql, (model,)).fetchone()[0])

    def missing_vectors(self, model: str) -> list[str]:
        sql = MISSING_VECTORS.format("?")
        return [row[0] for row in self._reader.execute(sql, (model,))]

    def vectors(self, model: str) -> Iterator[tuple[str, bytes]]:
        yield from self._reader.execute(
            "SELECT doc_id, vector FROM vectors WHERE model = ? ORDER BY doc_id", (model,)
        )

    def set_stories(self, assignments: Iterable[tuple[str, str]]) -> None:
        rows = [(story, doc_id) for doc_id, story in assignments]
        self._write(lambda db: db.executemany("UPDATE documents SET story = ? WHERE id = ?", rows))

    def story_assignments(self) -> dict[str, str]:
        return dict(self._reader.execute("SELECT id, story FROM documents WHERE story IS NOT NULL"))

    def _story_summaries(self, where: str, args: list[Any]) -> list[StorySummary]:
        db = self._reader
        out = []
        for story, n, first, last in db.execute(
            "SELECT story, count(*), min(substr(published, 1, 10)), max(substr(published, 1, 10)) "  # noqa: S608
            f"FROM documents WHERE story IS NOT NULL AND {where} GROUP BY story "
            "ORDER BY count(*) DESC, max(published) DESC, story",
            args,
        ):
            counts = {
                col: dict(db.execute(
                    f"SELECT coalesce({col}, '?'), count(*) FROM documents WHERE story = ? "  # noqa: S608
                    "GROUP BY 1 ORDER BY 2 DESC, 1",
                    (story,),
                ).fetchall())
                for col in ("lang", "source")
            }  # fmt: skip
            title = db.execute(
                "SELECT title FROM documents WHERE story = ? AND title IS NOT NULL "
                "ORDER BY lang != 'en', published, id LIMIT 1",
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
        total = self._reader.execute(
            "SELECT count(DISTINCT story) FROM documents WHERE story IS NOT NULL"
        ).fetchone()[0]
        ids = [
            r[0]
            for r in self._reader.execute(
                "SELECT story FROM documents WHERE story IS NOT NULL GROUP BY story "
                "ORDER BY count(*) DESC, max(published) DESC, story LIMIT ? OFFSET ?",
                (limit, offset),
            )
        ]
        if not ids:
            return [], total
        marks = ",".join("?" * len(ids))
        return self._story_summaries(f"story IN ({marks})", ids), total

    def story(self, story_id: str) -> tuple[StorySummary, list[DocumentSummary]] | None:
        found = self._story_summaries("story = ?", [story_id])
        if not found:
            return None
        docs = [
            DocumentSummary(*r)
            for r in self._reader.execute(
                f"SELECT {SUMMARY_COLUMNS} FROM documents d WHERE d.story = ? "  # noqa: S608
                "ORDER BY d.published IS NULL, d.published, d.source, d.id",
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

        def work(db: sqlite3.Connection) -> None:
            db.execute("DELETE FROM claim_links WHERE story = ?", (story_id,))
            db.executemany(
                f"INSERT INTO claim_links (story, {CLAIM_LINK_COLUMNS}) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
            db.execute("DELETE FROM claim_link_stories WHERE story = ?", (story_id,))
            db.execute(
                "INSERT INTO claim_link_stories VALUES (?, ?, ?)", (story_id, signature, now)
            )

        self._write(work)

    def claim_links(self, story_id: str) -> list[ClaimLink]:
        rows = self._reader.execute(
            f"SELECT story, {CLAIM_LINK_COLUMNS} FROM claim_links WHERE story = ? "
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
        where, args = self._where(filt)
        rows = self._reader.execute(
            "SELECT p.place_id, p.name, p.lat, p.lon, p.country, p.feature, count(*), "  # noqa: S608
            "count(DISTINCT p.doc_id) FROM places p JOIN documents d ON d.id = p.doc_id "
            f"WHERE p.lat IS NOT NULL AND p.place_id IS NOT NULL AND d.status = 'ok' AND {where} "
            "GROUP BY p.place_id ORDER BY count(DISTINCT p.doc_id) DESC, p.place_id",
            args,
        )
        return [PlacePoint(*row) for row in rows]


def _overrides(db: sqlite3.Connection) -> dict[tuple[str, str], str]:
    return {(f, s): t for f, s, t in db.execute(OVERRIDES)}


def _reapply_overrides(db: sqlite3.Connection) -> None:
    """Recompute every stored mention's entity from its linked key and the overrides."""
    changes = reassigned(_overrides(db), db.execute(LINKED_MENTIONS).fetchall())
    db.executemany("UPDATE mentions SET entity = ? WHERE doc_id = ? AND idx = ?", changes)


def _claim_link(row: Any) -> tuple[str, ClaimLink]:
    story, doc_a, claim_a, doc_b, claim_b, relation, confidence, reasons = row
    link = ClaimLink(
        doc_a, int(claim_a), doc_b, int(claim_b), relation, float(confidence),
        tuple(json.loads(reasons)),
    )  # fmt: skip
    return story, link
