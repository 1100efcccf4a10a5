"""Store fixtures: every store test runs on SQLite and on PostgreSQL.

PostgreSQL is a throwaway server started once per session on 127.0.0.1 (a free port, fsync off,
in a temporary directory deleted at the end) from the binaries of the PyPI package ``pgserver``
(PostgreSQL 16 with pgvector), else Debian's ``/usr/lib/postgresql/*/bin`` (no pgvector: vectors
fall back to bytea). ``RASHOMON_TEST_POSTGRES=postgresql://...`` uses an existing server instead.
Each test gets a schema of its own, dropped afterwards. Without a server the PostgreSQL half of
each test is skipped, saying why.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from rashomon.store import Store, open_store

BACKENDS = ["sqlite", "postgres"]


def _bindir() -> Path | None:
    spec = importlib.util.find_spec("pgserver")  # not imported: it warns at import time
    if spec is not None and spec.submodule_search_locations:
        for location in spec.submodule_search_locations:
            path = Path(location) / "pginstall" / "bin"
            if (path / "initdb").exists():
                return path
    debian = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    return debian[-1].parent if debian else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class _Server:
    """initdb + pg_ctl in a temporary directory; as root, run as ``nobody`` (postgres refuses
    to run as root)."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.home = Path(tempfile.mkdtemp(prefix="rashomon-pg-"))
        self.user = "nobody" if os.geteuid() == 0 else None
        if self.user:
            shutil.chown(self.home, self.user)
        self.data = self.home / "data"
        self.port = 0

    def _run(self, *args: str) -> None:
        done = subprocess.run(
            [str(self.bindir / args[0]), *args[1:]],
            capture_output=True,
            text=True,
            user=self.user,
            timeout=60,
            check=False,
        )
        if done.returncode:
            raise RuntimeError(f"{args[0]} failed: {done.stderr.strip() or done.stdout.strip()}")

    def start(self) -> str:
        self._run("initdb", "-D", str(self.data), "--auth=trust", "-U", "postgres",
                  "--encoding=UTF8", "--no-sync")  # fmt: skip
        for _ in range(3):  # another process may take the free port first
            self.port = _free_port()
            options = f"-h 127.0.0.1 -p {self.port} -k {self.home} -F -c max_connections=200"
            try:
                self._run("pg_ctl", "-D", str(self.data), "-l", str(self.home / "log"), "-w",
                          "-o", options, "start")  # fmt: skip
                return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"
            except RuntimeError:
                continue
        raise RuntimeError(f"postgres did not start: {(self.home / 'log').read_text()[-500:]}")

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.home, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A superuser URL of a PostgreSQL server for this session (skips when there is none)."""
    psycopg: Any = pytest.importorskip("psycopg", reason="psycopg is not installed")
    given = os.environ.get("RASHOMON_TEST_POSTGRES")
    if given:
        yield given
        return
    bindir = _bindir()
    if bindir is None:
        pytest.skip("no PostgreSQL server: pip install pgserver, or set RASHOMON_TEST_POSTGRES")
    server = _Server(bindir)
    try:
        url = server.start()
    except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
        server.stop()
        pytest.skip(f"could not start PostgreSQL from {bindir}: {exc}")
    try:
        # once, in public, as a server's administrator would
        with psycopg.connect(url, autocommit=True) as db, contextlib.suppress(psycopg.Error):
            db.execute("CREATE EXTENSION IF NOT EXISTS vector")
        yield url
    finally:
        server.stop()


@pytest.fixture
def postgres_schema_url(postgres_url: str) -> Iterator[str]:
    """A URL whose tables land in a fresh schema, dropped after the test."""
    import psycopg

    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(postgres_url, autocommit=True) as db:
        db.execute(f"CREATE SCHEMA {schema}")
    options = quote(f"-csearch_path={schema}")  # pgvector stays in public: off the path
    sep = "&" if "?" in postgres_url else "?"
    yield f"{postgres_url}{sep}options={options}"
    with psycopg.connect(postgres_url, autocommit=True) as db:
        db.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a store of each backend lives: a SQLite file path or a PostgreSQL URL."""
    if request.param == "postgres":
        return str(request.getfixturevalue("postgres_schema_url"))
    return str(tmp_path / "test.db")


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    db = open_store(store_url)
    yield db
    db.close()
