"""Shared fixtures. Test data is written by us; outside data is read from ../shared."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from rashomon.store import open_store
from rashomon.store.sqlite import SQLiteStore

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SQLiteStore]:
    db = open_store(tmp_path / "test.db")
    assert isinstance(db, SQLiteStore)
    yield db
    db.close()


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    path = SHARED / "seeds"
    if not path.is_dir():
        pytest.skip(f"seed documents not found at {path} (they live in ../shared/seeds)")
    return path


@pytest.fixture(scope="session")
def eval_dir() -> Path:
    path = Path(os.environ.get("RASHOMON_EVAL_DIR", SHARED / "eval"))
    if not path.is_dir():
        pytest.skip(f"outside evaluation data not found at {path}; set RASHOMON_EVAL_DIR")
    return path


@pytest.fixture(scope="session")
def demo_dir() -> Path:
    return REPO / "data" / "demo"
