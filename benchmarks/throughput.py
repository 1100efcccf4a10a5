"""Throughput on this machine: HTML pages/s and pre-extracted text documents/s.

1. HTML: the ScrapingHub AEB pages (``../shared/eval/extraction/scrapinghub_aeb``) through
   trafilatura alone (``trafilatura.extract`` with its defaults) and through Rashomon's whole
   document pipeline plus the SQLite store (decode, clean, dates, sentences, language, save),
   in the same run, on the same pages. Goal: Rashomon >= 0.9x trafilatura alone.
2. Text: ``--text-docs`` pre-extracted text documents (the seeds and the demo corpus's text
   files, each copy made unique) through ``rashomon analyze`` (local runner, SQLite store).
   Goal: >= 200 documents/s.

Usage: python benchmarks/throughput.py [--eval-dir DIR] [--workers 2] [--json OUT]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from rashomon.model import ContentKind, Document, InputFormat, Origin, document_id
from rashomon.pipeline import Pipeline
from rashomon.runners.local import analyze
from rashomon.stages.language import LanguageStage
from rashomon.store import open_store

REPO = Path(__file__).resolve().parents[1]


def eval_dir_default() -> Path:
    return Path(os.environ.get("RASHOMON_EVAL_DIR", REPO.parent / "shared" / "eval"))


def aeb_pages(eval_dir: Path, limit: int | None = None) -> list[tuple[str, bytes]]:
    folder = eval_dir / "extraction" / "scrapinghub_aeb" / "html"
    files = sorted(folder.glob("*.html.gz"))[:limit]
    return [(f.name, gzip.decompress(f.read_bytes())) for f in files]


def bench_html(pages: list[tuple[str, bytes]], rounds: int = 3) -> dict[str, float]:
    import trafilatura

    texts = [raw.decode("utf-8", errors="replace") for _, raw in pages]
    pipeline = Pipeline.from_names()
    trafilatura.extract(texts[0])  # warm both sides before timing
    pipeline([_html_doc("warm", pages[0][1])])

    best_traf = best_ours = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for html in texts:
            trafilatura.extract(html)
        best_traf = min(best_traf, time.perf_counter() - start)

        _forget(pipeline)
        with tempfile.TemporaryDirectory() as tmp:
            store = open_store(Path(tmp) / "bench.db")
            start = time.perf_counter()
            docs = [_html_doc(name, raw) for name, raw in pages]
            for i in range(0, len(docs), 32):
                store.save(pipeline(docs[i : i + 32]))
            best_ours = min(best_ours, time.perf_counter() - start)
            store.close()
    n = len(pages)
    return {
        "pages": n,
        "trafilatura_pages_per_s": n / best_traf,
        "rashomon_pages_per_s": n / best_ours,
        "ratio": best_traf / best_ours,
    }


def _forget(pipeline: Pipeline) -> None:
    """Empty what stages remember from earlier documents (the language detector keeps short
    texts it has seen), so that every round reads the pages as new, as a real run does."""
    for stage in pipeline.stages:
        if isinstance(stage, LanguageStage):
            stage.detector.forget()


def bench_html_analyze(pages: list[tuple[str, bytes]], workers: int) -> float:
    """Pages/s of the whole ``rashomon analyze`` run (reading files, all stages, store, dedup)."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "pages"
        folder.mkdir()
        for name, raw in pages:
            (folder / name.removesuffix(".gz")).write_bytes(raw)
        store = open_store(Path(tmp) / "bench.db")
        start = time.perf_counter()
        summary = analyze([str(folder)], store, workers=workers, batch_size=16)
        seconds = time.perf_counter() - start
        store.close()
    return summary.seen / seconds


def _html_doc(name: str, raw: bytes) -> Document:
    origin = Origin(path=name)
    return Document(
        id=document_id(origin, raw),
        origin=origin,
        format=InputFormat.HTML,
        content=ContentKind.HTML,
        raw=raw,
    )


def make_text_corpus(root: Path, n: int) -> Path:
    sources = sorted((REPO.parent / "shared" / "seeds").glob("*.txt"))
    sources += sorted((REPO / "data" / "demo" / "txt").rglob("*.txt"))
    if not sources:
        sys.exit("no text documents found to build the benchmark corpus")
    bodies = [p.read_text(encoding="utf-8") for p in sources]
    for i in range(n):
        outlet = root / f"outlet{i % 20}"
        outlet.mkdir(parents=True, exist_ok=True)
        (outlet / f"{i}.txt").write_text(
            f"{bodies[i % len(bodies)]}\n\nRef {i}.\n", encoding="utf-8"
        )
    return root


def bench_text(n: int, workers: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        corpus = make_text_corpus(Path(tmp) / "corpus", n)
        store = open_store(Path(tmp) / "bench.db")
        start = time.perf_counter()
        summary = analyze([str(corpus)], store, workers=workers, batch_size=64)
        seconds = time.perf_counter() - start
        store.close()
    return {
        "documents": summary.stored,
        "workers": workers,
        "seconds": seconds,
        "docs_per_s": summary.stored / seconds,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=eval_dir_default())
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--text-docs", type=int, default=2000)
    parser.add_argument("--limit", type=int, default=None, help="AEB pages to use")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()

    results: dict[str, dict[str, float]] = {}
    if (args.eval_dir / "extraction" / "scrapinghub_aeb").is_dir():
        pages = aeb_pages(args.eval_dir, args.limit)
        results["html"] = bench_html(pages, rounds=3)
        for workers in sorted({1, args.workers}):
            results["html"][f"analyze_{workers}_workers_pages_per_s"] = bench_html_analyze(
                pages, workers
            )
    else:
        print(f"skipping HTML: no AEB pages under {args.eval_dir}", file=sys.stderr)
    results["text"] = bench_text(args.text_docs, args.workers)
    for part, figures in results.items():
        print(
            part
            + ": "
            + ", ".join(
                f"{k} {v:.3g}" if isinstance(v, float) else f"{k} {v}" for k, v in figures.items()
            )
        )
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
