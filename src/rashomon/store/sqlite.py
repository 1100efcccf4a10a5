"""The embedded SQLite store (the default).

WAL journal, one writer connection guarded by a lock (each write is ``BEGIN IMMEDIATE`` ... COMMIT,
so a document and all its annotations land together or not at all), and one read connection
per thread, so the UI reads while an analysis writes. Full-text search uses FTS5 over
*normalised* text (:func:`rashomon.text.normalize.normalize`), because FTS5 alone does not fold
Arabic/Persian spelling variants; queries are normalised the same way.
"""

from __future__ import annotations

import json
import logging
import re
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..errors import StoreError
from ..model import Document, DuplicateLink, content_hash
from ..serialize import document_fields, record_to_document
from ..text.normalize import normalize
from . import migrations
from .base import CorpusStats, DocumentFilter, DocumentSummary, RunInfo, SearchHit

logger = logging.getLogger(__name__)

_SUMMARY_COLUMNS = (
    "d.id, d.title, d.source, d.lang, d.published, d.status, d.path, d.record, d.url, "
    "length(d.text), (SELECT count(*) FROM duplicates x WHERE x.doc_id = d.id)"
)
_TOKEN = re.compile(r"\w+", re.UNICODE)
EVERYTHING = DocumentFilter()
PAGE_SIZE = 16384  # bytes, for databases created from now on


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
                for doc in batch:
                    self._save_one(db, doc, run_id)

            self._write(work)

    def _save_one(self, db: sqlite3.Connection, doc: Document, run_id: int | None) -> None:
        rec = document_fields(doc)
        for table in ("segments", "removed", "doc_errors", "duplicates"):
            db.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc.id,))  # noqa: S608
        db.execute("DELETE FROM docs_fts WHERE rowid = ?", (_fts_rowid(doc.id),))
        db.execute(
            "INSERT OR REPLACE INTO documents VALUES "
            "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                doc.id,
                rec["path"],
                rec["record"],
                rec["url"],
                rec["format"],
                rec["content"],
                doc.source,
                doc.title,
                doc.author,
                rec["published"],
                rec["published_from"],
                rec["published_confidence"],
                rec["fetched"],
                doc.lang,
                doc.lang_confidence,
                doc.status.value,
                doc.encoding,
                doc.text,
                doc.source_text,
                doc.text_hash if doc.text else None,
                json.dumps(doc.stages),
                json.dumps(doc.hints, ensure_ascii=False),
                run_id,
                datetime.now(UTC).isoformat(timespec="seconds"),
            ),
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
        if doc.text:
            db.execute(
                "INSERT INTO docs_fts (rowid, doc_id, title, body) VALUES (?, ?, ?, ?)",
                (_fts_rowid(doc.id), doc.id, normalize(doc.title or ""), normalize(doc.text)),
            )

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
        row = self._reader.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return self._document(row) if row else None

    def _document(self, row: sqlite3.Row | tuple[Any, ...]) -> Document:
        db = self._reader
        (
            doc_id,
            path,
            record,
            url,
            fmt,
            content,
            source,
            title,
            author,
            published,
            published_from,
            published_confidence,
            fetched,
            lang,
            lang_confidence,
            status,
            encoding,
            text,
            source_text,
            _text_hash,
            stages,
            hints,
            _run,
            _stored,
        ) = row
        raw_row = db.execute("SELECT bytes FROM raw WHERE doc_id = ?", (doc_id,)).fetchone()
        rec: dict[str, Any] = {
            "id": doc_id,
            "path": path,
            "record": record,
            "url": url,
            "format": fmt,
            "content": content,
            "source": source,
            "title": title,
            "author": author,
            "published": published,
            "published_from": published_from,
            "published_confidence": published_confidence,
            "fetched": fetched,
            "lang": lang,
            "lang_confidence": lang_confidence,
            "status": status,
            "encoding": encoding,
            "text": text,
            "source_text": source_text,
            "stages": json.loads(stages),
            "hints": json.loads(hints),
            "segments": [
                {"start": s, "end": e, "lang": lg, "confidence": c, "stage": st}
                for s, e, lg, c, st in db.execute(
                    'SELECT start, "end", lang, confidence, stage FROM segments '
                    "WHERE doc_id = ? ORDER BY idx",
                    (doc_id,),
                )
            ],
            "removed": [
                {"start": s, "end": e, "reason": r, "stage": st}
                for s, e, r, st in db.execute(
                    'SELECT start, "end", reason, stage FROM removed WHERE doc_id = ? ORDER BY idx',
                    (doc_id,),
                )
            ],
            "errors": [
                {"kind": k, "message": m, "stage": st}
                for k, m, st in db.execute(
                    "SELECT kind, message, stage FROM doc_errors WHERE doc_id = ? ORDER BY idx",
                    (doc_id,),
                )
            ],
            "duplicates": [
                {"id": o, "kind": k, "similarity": sim}
                for o, k, sim in db.execute(
                    "SELECT other_id, kind, similarity FROM duplicates WHERE doc_id = ? "
                    "ORDER BY similarity DESC, other_id",
                    (doc_id,),
                )
            ],
        }
        doc = record_to_document(rec)
        doc.raw = raw_row[0] if raw_row else b""
        return doc

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
            f"SELECT {_SUMMARY_COLUMNS} FROM documents d WHERE {where} "  # noqa: S608
            "ORDER BY d.published IS NULL, d.published DESC, d.path, d.record LIMIT ? OFFSET ?",
            [*args, limit, offset],
        )
        return [DocumentSummary(*row) for row in rows], total

    def search(
        self, query: str, filt: DocumentFilter = EVERYTHING, limit: int = 20, offset: int = 0
    ) -> tuple[list[SearchHit], int]:
        tokens = _TOKEN.findall(normalize(query))
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
            f"SELECT {_SUMMARY_COLUMNS}, bm25(docs_fts, 0.0, 3.0, 1.0) AS rank {base} "
            "ORDER BY rank, d.id LIMIT ? OFFSET ?",
            [match, *args, limit, offset],
        ).fetchall()
        hits = []
        for row in rows:
            summary = DocumentSummary(*row[:-1])
            snippet, lang = self._snippet(summary.id, tokens)
            hits.append(SearchHit(summary, snippet, lang, -float(row[-1])))
        return hits, total

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
            words = set(_TOKEN.findall(normalize(sentence)))
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
