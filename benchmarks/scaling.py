"""How the corpus steps' time grows with the corpus, and full-pipeline throughput.

Usage: python benchmarks/scaling.py [--sizes 1000,2000,5000,10000] [--embed-limit 1000]
           [--source-db DB | --all-stages] [--throughput 1000] [--workdir DIR] [--json OUT]

The corpus is generated from the demo corpus (``benchmarks/gen_corpus.py``, seed 14).

1. **Documents.** The largest corpus is analysed once into a source store by the document
   stages the corpus steps read (decode, clean, outlet, publication date, sentences, language;
   ``--all-stages`` runs the whole pipeline, which the machine may not afford at 10,000
   documents), or ``--source-db`` names a store analysed before with stories off. A corpus
   of ``n`` documents is the first ``n`` generated documents (``gen_corpus.generated_index``;
   id order for documents of another origin), which is the ``n``-document corpus the
   generator writes: a uniform sample of the largest corpus would keep only a share n² of its
   reprint pairs and events. It is copied into a fresh store without duplicate links and
   stories, as if a run had just stored them.
2. **Deduplication** (:func:`rashomon.corpus.dedup.link_duplicates`) of all ``n`` documents as
   new ones. Their MinHash signatures are computed before the clock starts, since a run
   computes them in the worker processes with the document stages.
3. **Stories.** Embedding is one model call per batch of 64 documents, linear by construction
   and dominated by the model: it is measured once (documents/s) over at most
   ``--embed-limit`` documents, cached (``vectors.npz`` in the work folder) and reused by every
   size. Documents beyond that limit get a *stand-in* vector: the model vector of an embedded
   document of the same language (one per generated event and language), plus the event's
   own random shift (shared by its reports) and Gaussian noise (cosine about 0.9 to the
   source), normalised: the reports of one event fall together as reports of one event
   would, and two events that drew the same model vector stay apart, as different events
   told in similar words do.
   With every vector present, :func:`rashomon.corpus.story_step.update_stories` does only the
   clustering part (read the documents, build story items, assign each to a story): that is
   timed, and so is the clusterer alone (``StoryClusterer.add_many`` over items built
   beforehand, as the step calls it). Each size also reports the benchmark process's peak
   resident memory so far (``peak_rss_mib``).
4. **Throughput.** ``rashomon analyze`` (all steps, stories included) over a fresh
   ``--throughput``-document corpus into an empty store: documents/s and the peak resident
   memory of that process (``os.wait4`` rusage).

The issue's bar: a 10x corpus may cost at most 12x the time (n log n), per corpus step.

BLAS threads: story clustering does many small matrix-vector products (the exact candidate
index, the average link). OpenBLAS spreads each over all cores, and on a small, busy machine
its threads cost more than they save: at 5,000 documents the clusterer took 15.7 CPU seconds
with OpenBLAS's default threads and 4.1 with ``OPENBLAS_NUM_THREADS=1``. Run this benchmark
both ways (the variable must be set before Python starts: numpy reads it on import).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gen_corpus import EVENT_DOCS, generate, generated_index  # noqa: E402 - a sibling script

from rashomon.corpus.dedup import dedup_item, link_duplicates  # noqa: E402
from rashomon.corpus.embed import DIM, document_input, get_embedder  # noqa: E402
from rashomon.corpus.stories import StoryClusterer, story_item  # noqa: E402
from rashomon.corpus.story_step import VECTOR_MODEL, update_stories  # noqa: E402
from rashomon.model import Document  # noqa: E402
from rashomon.pipeline import DEFAULT_STAGES  # noqa: E402
from rashomon.runners.local import analyze  # noqa: E402
from rashomon.store import DocumentFilter, Store, open_store  # noqa: E402

RASHOMON = [sys.executable, "-m", "rashomon.cli"]
SEED = 14
COPY_BATCH = 200
# what the corpus steps read: text, outlet, publication date, sentences (the lead), language
CORPUS_STEP_STAGES = DEFAULT_STAGES[: DEFAULT_STAGES.index("language.ensemble.v1") + 1]
STAND_IN_NOISE = (0.2346 / DIM) ** 0.5  # noise of squared norm 0.2346: cosine 0.9 to the source
EVENT_OFFSET = (0.5 / DIM) ** 0.5  # an event's own shift, squared norm 0.5


def analyse(corpus: Path, db: Path, *extra: str) -> tuple[float, float, int]:
    """Run ``rashomon analyze`` in a child process: (seconds, CPU seconds, peak resident memory
    in MiB). CPU seconds say what the run costs on a machine shared with other work."""
    start = time.perf_counter()
    child = subprocess.Popen(
        [*RASHOMON, "analyze", str(corpus), "--db", str(db), "--quiet", *extra],
        stdout=subprocess.DEVNULL,
    )
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"rashomon analyze {corpus} failed")
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss // 1024  # KiB on Linux


def source_documents(db: Path) -> dict[str, tuple[str, int | None]]:
    """Id -> (language, generated event) of every OK document, in the order they were
    generated (then by id); the event is None for a document the generator did not make."""
    store = open_store(db, readonly=True)
    found: list[tuple[float, str, str]] = []
    try:
        for d in store.iter_documents(DocumentFilter(status="ok")):
            index = generated_index(d.origin.path, d.url)
            found.append((float("inf") if index is None else index, d.id, d.lang or "und"))
    finally:
        store.close()
    return {
        doc_id: (lang, None if index == float("inf") else int(index) // EVENT_DOCS)
        for index, doc_id, lang in sorted(found)
    }


def stand_ins(docs: dict[str, tuple[str, int | None]], real: dict[str, bytes]) -> dict[str, bytes]:
    """A vector for every document of ``docs`` that has no model vector (see step 3)."""
    by_lang: dict[str, list[str]] = {}
    for doc_id in real:
        by_lang.setdefault(docs[doc_id][0], []).append(doc_id)
    out: dict[str, bytes] = {}
    for doc_id, (lang, event) in docs.items():
        if doc_id in real:
            continue
        pool = by_lang.get(lang) or [i for ids in by_lang.values() for i in ids]
        # the reports of one generated event in one language start from one model vector and
        # share the event's own offset, so two events drawing the same vector stay apart
        seed = f"{event}:{lang}" if event is not None else doc_id
        pick = np.random.default_rng(int(hashlib.sha1(seed.encode()).hexdigest()[:15], 16))
        vec = np.frombuffer(real[pool[int(pick.integers(len(pool)))]], dtype=np.float32).copy()
        if event is not None:
            shift = np.random.default_rng(event + 1).normal(0.0, EVENT_OFFSET, DIM)
            vec += shift.astype(np.float32)
        rng = np.random.default_rng(int(hashlib.sha1(doc_id.encode()).hexdigest()[:15], 16))
        vec += rng.normal(0.0, STAND_IN_NOISE, DIM).astype(np.float32)
        out[doc_id] = (vec / np.linalg.norm(vec)).astype(np.float32).tobytes()
    return out


def copy_documents(source: Path, ids: list[str], target: Store) -> list[Document]:
    """Copy documents into ``target`` as freshly stored: no links, no story yet."""
    src = open_store(source, readonly=True)
    docs: list[Document] = []
    try:
        for lo in range(0, len(ids), COPY_BATCH):
            batch = [d for d in (src.get(i) for i in ids[lo : lo + COPY_BATCH]) if d]
            for doc in batch:
                doc.duplicates = []
                doc.story = None
            target.save(batch)
            docs += batch
    finally:
        src.close()
    return docs


def cached_vectors(source: Path, ids: list[str], cache: Path) -> tuple[dict[str, bytes], float]:
    """Document vectors for ``ids`` (embedding what the cache lacks) and the embedding rate
    (documents/s; NaN when nothing had to be embedded)."""
    vectors: dict[str, bytes] = {}
    if cache.exists():
        with np.load(cache) as data:
            vectors = {k: data[k].tobytes() for k in data.files}
    todo = [i for i in ids if i not in vectors]
    rate = float("nan")
    if todo:
        src = open_store(source, readonly=True)
        embedder = get_embedder()
        start = time.perf_counter()
        try:
            for lo in range(0, len(todo), 64):
                docs = [d for d in (src.get(i) for i in todo[lo : lo + 64]) if d]
                vecs = embedder.embed_documents([document_input(d) for d in docs])
                for doc, vec in zip(docs, vecs, strict=True):
                    vectors[doc.id] = vec.astype(np.float32).tobytes()
        finally:
            src.close()
        rate = len(todo) / (time.perf_counter() - start)
        arrays = {k: np.frombuffer(v, dtype=np.float32) for k, v in vectors.items()}
        np.savez(cache, **arrays)  # type: ignore[arg-type]
    return {i: vectors[i] for i in ids}, rate


def measure(
    n: int, source: Path, ids: list[str], all_vectors: dict[str, bytes], work: Path
) -> dict[str, Any]:
    db = work / f"scale-{n}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    store = open_store(db)
    try:
        docs = copy_documents(source, ids[:n], store)
        with Clock() as sign:
            items = [dedup_item(d) for d in docs if d.text]
        with Clock() as dedup_time:
            dedup = link_duplicates(store, items)

        vectors = {i: all_vectors[i] for i in ids[:n]}
        store.save_vectors((i, VECTOR_MODEL, v) for i, v in vectors.items())
        with Clock() as stories_time:
            update = update_stories(store)

        # the clusterer alone, over the same items (read back with their links)
        stored = sorted(  # in the order update_stories uses: publication date, then id
            (
                (d.published.iso() if d.published else "9999", d.id),
                story_item(d, np.frombuffer(vectors[d.id], dtype=np.float32)),
            )
            for d in store.iter_documents(DocumentFilter(status="ok"))
            if d.id in vectors
        )
        clusterer = StoryClusterer()
        with Clock() as cluster_time:
            clusterer.add_many(item for _, item in stored)
    finally:
        store.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    return {
        "n": n,
        **sign.as_dict("sign"),
        **dedup_time.as_dict("dedup"),
        "near_links": dedup.near,
        "exact_links": dedup.exact,
        **stories_time.as_dict("stories_step"),
        **cluster_time.as_dict("clusterer"),
        "stories": update.stories,
        # the benchmark's own peak so far (sizes run smallest first, so this is the peak of
        # the sizes up to n, all steps and the source vectors included)
        "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
    }


class Clock:
    """Wall and CPU seconds of a block. On a machine shared with other work the wall time
    says more about the neighbours than about the code; the CPU time of this process does
    not (SQLite, numpy and usearch work in this process, so it is counted)."""

    def __enter__(self) -> Clock:
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall = time.perf_counter() - self.wall
        self.cpu = time.process_time() - self.cpu

    def as_dict(self, name: str) -> dict[str, float]:
        return {f"{name}_s": round(self.wall, 2), f"{name}_cpu_s": round(self.cpu, 2)}


def ratios(rows: list[dict[str, Any]]) -> dict[str, float]:
    """t(largest) / t(smallest) per step, and the corpus ratio it is to be read against."""
    first, last = rows[0], rows[-1]
    out = {"corpus_ratio": last["n"] / first["n"]}
    for step in ("dedup", "stories_step", "clusterer"):
        for unit in ("s", "cpu_s"):
            key = f"{step}_{unit}"
            out[key] = round(last[key] / max(first[key], 1e-3), 2)
    return out


def run(args: argparse.Namespace, work: Path) -> dict[str, Any]:
    sizes = sorted(int(s) for s in args.sizes.split(",") if s)
    result: dict[str, Any] = {"cpu_cores": os.cpu_count()}
    if args.throughput:
        corpus, db = work / f"corpus-{args.throughput}", work / "throughput.db"
        generate(args.throughput, corpus, seed=SEED)
        seconds, cpu, peak = analyse(corpus, db)
        result["throughput"] = {
            "documents": args.throughput,
            "seconds": round(seconds, 1),
            "cpu_seconds": round(cpu, 1),
            "docs_per_s": round(args.throughput / seconds, 2),
            "docs_per_cpu_s": round(args.throughput / cpu, 2),
            "peak_rss_mib": peak,
        }
        print(f"throughput: {result['throughput']}", file=sys.stderr)
    if not sizes:
        return result
    source = args.source_db
    if source is None:
        corpus, source = work / f"corpus-{sizes[-1]}", work / "source.db"
        if not source.exists():
            generate(sizes[-1], corpus, seed=SEED)
            stages = DEFAULT_STAGES if args.all_stages else CORPUS_STEP_STAGES
            partial = work / "source.partial.db"  # renamed once complete: reruns reuse it
            store = open_store(partial)
            start = time.perf_counter()
            try:
                analyze([str(corpus)], store, stage_names=stages, stories=False)
            finally:
                store.close()
            partial.rename(source)
            result["source_analysis"] = {
                "stages": list(stages),
                "seconds": round(time.perf_counter() - start, 1),
            }
    docs = source_documents(source)
    ids = list(docs)
    sizes = [n for n in sizes if n <= len(ids)]
    embed_ids = ids[: min(args.embed_limit, sizes[-1])]
    real, rate = cached_vectors(source, embed_ids, work / "vectors.npz")
    vectors = {**real, **stand_ins({i: docs[i] for i in ids[: sizes[-1]]}, real)}
    result["embedding"] = {
        "model_vectors": len(real),
        "stand_in_vectors": sizes[-1] - len(real),
        "docs_per_s": None if np.isnan(rate) else round(rate, 1),
    }
    print(f"embedding: {result['embedding']}", file=sys.stderr)
    rows = []
    for n in sizes:
        rows.append(measure(n, source, ids, vectors, work))
        print(rows[-1], file=sys.stderr)
    result["steps"] = rows
    result["ratios"] = ratios(rows) if len(rows) > 1 else {}
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,2000,5000,10000", help="'' for none")
    parser.add_argument("--source-db", type=Path, help="a store analysed with --no-stories")
    parser.add_argument("--all-stages", action="store_true", help="whole pipeline for the source")
    parser.add_argument("--embed-limit", type=int, default=1000, help="documents embedded for real")
    parser.add_argument("--throughput", type=int, default=0, help="documents (0: skip)")
    parser.add_argument("--workdir", type=Path, help="keep corpora, stores and vectors here")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    if args.workdir:
        args.workdir.mkdir(parents=True, exist_ok=True)
        result = run(args, args.workdir)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            result = run(args, Path(tmp))
    print(json.dumps(result, indent=2))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
