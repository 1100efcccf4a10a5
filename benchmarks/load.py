"""Load test: concurrent clients on the web UI and REST API while a large ingest writes.

Usage: python benchmarks/load.py [--seconds 120] [--clients 50] [--docs 10000] [--batch-size 8]
                                [--nice 10] [--workdir DIR] [--json OUT]

1. Generates ``--docs`` documents from the demo corpus (``benchmarks/gen_corpus.py``).
2. Analyses the demo corpus into a fresh SQLite store, so that every page has something to
   show (documents, stories, entities, places).
3. Starts ``rashomon serve`` on 127.0.0.1 (read-only, as analysts run it) and
   ``rashomon analyze --batch-size 8`` (small batches: many write transactions) over the
   generated corpus into the same store, under ``nice``: on a small machine the ingest would
   otherwise starve the server, and the point is to see whether readers are ever blocked by
   the writer, not who wins the CPU.
4. Holds ``--clients`` concurrent clients (asyncio + httpx, one request after another each)
   for ``--seconds``, each request a random route kind: the overview, the document list, a
   document page, the story list, a story page, the entity list, an entity page, text search,
   semantic search (when the API offers it), the map data; UI page or JSON API at random. Ids
   are taken from the API's listings, refreshed as the ingest adds documents.
5. Stops the ingest (it need not have finished) and the server, then reports p50/p95/p99
   latency per route kind and overall, the number of 5xx responses and of transport errors,
   and the number of "database is locked" anywhere: server log, ingest log, response bodies.
   Exits 1 when any 5xx or "database is locked" was seen.

Everything listens and connects on 127.0.0.1 only; the client ignores proxy settings.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gen_corpus import generate  # noqa: E402 - a sibling script, not a package

REPO = Path(__file__).resolve().parents[1]
LOCKED = "database is locked"
QUERIES = ("Mosul", "Soleimani", "البوكمال", "سلیمانی", "Baghdad airport", "Amirli siege")


@dataclass(slots=True)
class Ids:
    """Ids seen in the API's listings, for the page requests."""

    documents: list[str] = field(default_factory=list)
    stories: list[str] = field(default_factory=list)
    entities: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Tally:
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    statuses: dict[int, int] = field(default_factory=lambda: defaultdict(int))
    server_errors: list[str] = field(default_factory=list)
    transport_errors: list[str] = field(default_factory=list)
    locked_in_responses: int = 0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _rashomon(*args: str) -> list[str]:
    return [sys.executable, "-m", "rashomon.cli", *args]


def _request(kind: str, ids: Ids, semantic: bool, rng: random.Random) -> str | None:
    """The path of one request of ``kind`` (UI page or API at random), or None when there is
    no id to ask for yet."""
    ui = rng.random() < 0.5
    q = quote(rng.choice(QUERIES))
    if kind == "overview":
        return "/" if ui else "/api/stats"
    if kind == "documents":
        return f"/documents?offset={rng.randrange(0, 200, 50)}" if ui else "/api/documents"
    if kind == "stories":
        return "/stories" if ui else "/api/stories"
    if kind == "entities":
        return "/entities" if ui else "/api/entities"
    if kind == "map":
        return "/map" if ui else "/api/places"
    if kind == "search-text":
        return f"/search?q={q}" if ui else f"/api/search?q={q}"
    if kind == "search-semantic":
        return f"/api/search?q={q}&mode=semantic" if semantic else None
    pool = {"document": ids.documents, "story": ids.stories, "entity": ids.entities}[kind]
    if not pool:
        return None
    key = quote(rng.choice(pool), safe="")
    prefix = {"document": "documents", "story": "stories", "entity": "entities"}[kind]
    return f"/{prefix}/{key}" if ui else f"/api/{prefix}/{key}"


KINDS = (
    "overview",
    "documents",
    "document",
    "stories",
    "story",
    "entities",
    "entity",
    "search-text",
    "search-semantic",
    "map",
)


async def _client(
    n: int,
    http: httpx.AsyncClient,
    ids: Ids,
    semantic: bool,
    deadline: float,
    tally: Tally,
) -> None:
    rng = random.Random(n)
    while time.monotonic() < deadline:
        kind = rng.choice(KINDS)
        path = _request(kind, ids, semantic, rng)
        if path is None:
            continue
        start = time.perf_counter()
        try:
            response = await http.get(path)
        except httpx.HTTPError as exc:
            tally.transport_errors.append(f"{path}: {type(exc).__name__} {exc}")
            continue
        tally.latencies[kind].append(time.perf_counter() - start)
        tally.statuses[response.status_code] += 1
        if response.status_code >= 500:
            tally.server_errors.append(f"{response.status_code} {path}: {response.text[:300]}")
        if LOCKED in response.text:
            tally.locked_in_responses += 1


async def _refresh_ids(http: httpx.AsyncClient, ids: Ids, deadline: float) -> None:
    """Keep the id pools current: newly ingested documents and stories get asked for too."""
    while time.monotonic() < deadline:
        try:
            for attr, path, key in (
                ("documents", "/api/documents?limit=100", "id"),
                ("stories", "/api/stories?limit=100", "id"),
                ("entities", "/api/entities?limit=100", "key"),
            ):
                response = await http.get(path)
                if response.status_code == 200:
                    found = [item[key] for item in response.json()["items"]]
                    if found:
                        setattr(ids, attr, sorted(set(getattr(ids, attr)) | set(found)))
        except httpx.HTTPError:
            pass
        await asyncio.sleep(5)


async def _hammer(base: str, clients: int, seconds: float) -> tuple[Tally, bool]:
    tally = Tally()
    ids = Ids()
    # idle connections are dropped before uvicorn's 5 s keep-alive timeout closes them under
    # a request on its way (a client-side race, not a server failure)
    limits = httpx.Limits(
        max_connections=clients + 1, max_keepalive_connections=clients + 1, keepalive_expiry=4
    )
    async with httpx.AsyncClient(
        base_url=base, trust_env=False, limits=limits, timeout=120
    ) as http:
        schema = (await http.get("/api/openapi.json")).json()
        params = schema["paths"].get("/api/search", {}).get("get", {}).get("parameters", [])
        semantic = any(p.get("name") == "mode" for p in params)
        deadline = time.monotonic() + seconds
        refresher = asyncio.create_task(_refresh_ids(http, ids, deadline))
        await asyncio.sleep(0)  # let the first listing fill the pools
        await asyncio.gather(
            *(_client(n, http, ids, semantic, deadline, tally) for n in range(clients))
        )
        await refresher
    return tally, semantic


def _wait_ready(base: str, server: subprocess.Popen[bytes], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit(f"the server exited with {server.returncode}")
        try:
            httpx.get(base + "/api/stats", trust_env=False, timeout=5)
            return
        except httpx.HTTPError:
            time.sleep(0.3)
    sys.exit(f"the server did not answer within {seconds} s")


def _stop(process: subprocess.Popen[bytes], sig: int = signal.SIGTERM) -> None:
    if process.poll() is None:
        process.send_signal(sig)
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def summarise(tally: Tally, seconds: float) -> dict[str, Any]:
    rows = {}
    everything = [v for values in tally.latencies.values() for v in values]
    for kind, values in sorted(tally.latencies.items()) + [("all", everything)]:
        rows[kind] = {
            "requests": len(values),
            "p50_ms": round(1000 * percentile(values, 50), 1),
            "p95_ms": round(1000 * percentile(values, 95), 1),
            "p99_ms": round(1000 * percentile(values, 99), 1),
        }
    return {
        "routes": rows,
        "requests_per_s": round(len(everything) / seconds, 1),
        "statuses": dict(sorted(tally.statuses.items())),
        "server_errors_5xx": len(tally.server_errors),
        "transport_errors": len(tally.transport_errors),
        "first_errors": (tally.server_errors + tally.transport_errors)[:5],
    }


def _stored(db: Path) -> int:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])


def run(args: argparse.Namespace, work: Path) -> dict[str, Any]:
    corpus, db = work / "corpus", work / "load.db"
    generate(args.docs, corpus, seed=args.seed)
    demo = REPO / "data" / "demo"
    subprocess.run(
        _rashomon("analyze", *(str(demo / d) for d in ("txt", "html", "jsonl")), "--db", str(db))
        + ["--quiet", "--sources", str(demo / "sources.json")],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    before = _stored(db)
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    server_log, ingest_log = work / "server.log", work / "ingest.log"
    with server_log.open("wb") as slog, ingest_log.open("wb") as ilog:
        server = subprocess.Popen(
            _rashomon("serve", "--db", str(db), "--port", str(port)),
            stdout=slog,
            stderr=subprocess.STDOUT,
        )
        ingest = None
        try:
            _wait_ready(base, server)
            ingest = subprocess.Popen(
                ["nice", "-n", str(args.nice), *_rashomon("analyze", str(corpus))]
                + ["--db", str(db), "--quiet", "--batch-size", str(args.batch_size)],
                stdout=ilog,
                stderr=subprocess.STDOUT,
            )
            started = time.perf_counter()
            tally, semantic = asyncio.run(_hammer(base, args.clients, args.seconds))
            elapsed = time.perf_counter() - started
            ingest_finished = ingest.poll() is not None
        finally:
            if ingest is not None:
                _stop(ingest, signal.SIGKILL)  # as a crash would: the store must cope
            _stop(server)
    logs = server_log.read_text(errors="replace") + ingest_log.read_text(errors="replace")
    result = summarise(tally, elapsed)
    result.update(
        {
            "clients": args.clients,
            "seconds": round(elapsed, 1),
            "semantic_search": semantic,
            "ingest_documents": args.docs,
            "ingest_batch_size": args.batch_size,
            "ingested_during_test": _stored(db) - before,
            "ingest_finished": ingest_finished,
            "database_locked": logs.count(LOCKED) + tally.locked_in_responses,
            "cpu_cores": os.cpu_count(),
        }
    )
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=120)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--docs", type=int, default=10_000, help="documents in the ingest")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--nice", type=int, default=10, help="niceness of the ingest process")
    parser.add_argument(
        "--batch-size", type=int, default=8, help="ingest batch: one write transaction each"
    )
    parser.add_argument("--workdir", type=Path, help="keep the store and logs here")
    parser.add_argument("--json", type=Path, help="write the results here")
    args = parser.parse_args()
    if args.workdir:
        args.workdir.mkdir(parents=True, exist_ok=True)
        result = run(args, args.workdir)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            result = run(args, Path(tmp))
    print(json.dumps(result, indent=2, ensure_ascii=False))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2, ensure_ascii=False))
    if result["server_errors_5xx"] or result["database_locked"]:
        sys.exit(1)


if __name__ == "__main__":
    main()
