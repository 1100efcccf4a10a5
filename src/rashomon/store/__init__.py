"""Stores: the Store protocol and its backends. ``open_store`` picks one from a URL or path."""

from __future__ import annotations

from pathlib import Path

from ..errors import StoreError
from .base import CorpusStats, DocumentFilter, DocumentSummary, RunInfo, SearchHit, Store

__all__ = [
    "CorpusStats",
    "DocumentFilter",
    "DocumentSummary",
    "RunInfo",
    "SearchHit",
    "Store",
    "open_store",
]


def open_store(location: str | Path, *, readonly: bool = False) -> Store:
    """``rashomon.db`` or ``sqlite:///path`` opens SQLite (created and migrated if new);
    ``postgresql://user@host:port/dbname`` opens PostgreSQL (needs the ``postgres`` extra)."""
    text = str(location)
    if text.startswith(("postgres://", "postgresql://")):
        try:
            from .postgres import PostgresStore
        except ImportError as exc:
            raise StoreError(
                "the PostgreSQL store needs psycopg: pip install 'rashomon[postgres]'"
            ) from exc
        return PostgresStore(text, readonly=readonly)
    if text.startswith("sqlite:///"):
        text = text[len("sqlite:///") :]
    from .sqlite import SQLiteStore

    return SQLiteStore(Path(text), readonly=readonly)
