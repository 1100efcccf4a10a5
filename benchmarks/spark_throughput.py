"""Documents/s of the Spark runner (local[2]) against the local runner, on the demo corpus
repeated into ``--docs`` documents.

Each copy of a demo text or HTML file, and of the demo JSONL feed, goes to its own folder
(``copy-NNNN/<outlet>/``) with the paragraphs after the first line in a seeded shuffled order,
so every copy is a distinct document (new id, new text hash) of the same size and languages.
The WARC file is left out (its copies would only be exact duplicates).

Timed, each on the same generated corpus, stories off (the stories step is the same code after
either runner, see rashomon.runners.local.run_corpus_steps):

- local: ``analyze(..., workers=W, stories=False)``: document stages, store, deduplication;
- spark: Spark session start; ``analyze_spark`` (document stages, Parquet); the same again in
  the same session (warm: Python workers started, models loaded); ``load`` (store,
  deduplication).

Usage: python benchmarks/spark_throughput.py [--docs 1000] [--workers 2] [--master local[2]]
       [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from rashomon.runners.load import load
from rashomon.runners.local import analyze
from rashomon.runners.spark import analyze_spark, spark_session
from rashomon.store import open_store

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "data" / "demo"


def shuffled(text: str, rng: random.Random) -> str:
    head, _, body = text.partition("\n")
    paragraphs = [p for p in body.split("\n\n") if p.strip()]
    rng.shuffle(paragraphs)
    return head + "\n\n" + "\n\n".join(paragraphs) + "\n"


def generate(root: Path, docs: int, seed: int = 7) -> int:
    """Write about ``docs`` distinct documents under ``root``; returns how many."""
    rng = random.Random(seed)
    sources = sorted([*(DEMO / "txt").rglob("*.txt"), *(DEMO / "html").rglob("*.html")])
    feed = [line for line in (DEMO / "jsonl" / "demo-feed.jsonl").read_text().splitlines() if line]
    written, copy = 0, 0
    while written < docs:
        folder = root / f"copy-{copy:04d}"
        for path in sources:
            if written >= docs:
                break
            target = folder / path.parent.name / path.name
            target.parent.mkdir(parents=True, exist_ok=True)
            if path.suffix == ".txt":
                target.write_text(shuffled(path.read_text(encoding="utf-8"), rng), "utf-8")
            else:  # HTML pages stay as they are: their new path is enough for a new id
                shutil.copyfile(path, target)
            written += 1
        lines = []
        for line in feed[: max(0, docs - written)]:
            record = json.loads(line)
            if isinstance(record.get("text"), str):  # HTML records keep their page
                record["text"] = shuffled(record["text"], rng)
            lines.append(json.dumps(record, ensure_ascii=False))
        if lines:
            (folder / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
            written += len(lines)
        copy += 1
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=2, help="local runner processes")
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--json", type=Path, help="write the figures here too")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="rashomon-spark-bench-"))
    try:
        n = generate(work / "corpus", args.docs)
        corpus = [str(work / "corpus")]
        figures: dict[str, Any] = {"documents": n, "master": args.master}

        store = open_store(work / "local.db")
        started = time.perf_counter()
        summary = analyze(corpus, store, workers=args.workers, stories=False)
        local_s = time.perf_counter() - started
        store.close()
        figures["local"] = {"workers": args.workers, "seconds": round(local_s, 1)}
        figures["local"]["docs_per_s"] = round(summary.seen / local_s, 2)

        started = time.perf_counter()
        spark = spark_session(args.master)
        session_s = time.perf_counter() - started
        try:
            written = analyze_spark(corpus, work / "parquet", spark=spark)
            # Again in the same session: Python workers and their models are warm by now.
            warm = analyze_spark(corpus, work / "parquet-warm", spark=spark)
        finally:
            spark.stop()
        store = open_store(work / "spark.db")
        loaded = load(written.out, store, stories=False)
        store.close()
        figures["spark"] = {
            "session_start_s": round(session_s, 1),
            "analyse_s": round(written.seconds, 1),
            "load_s": round(loaded.seconds, 1),
            "analyse_docs_per_s": round(written.documents / written.seconds, 2),
            "warm_analyse_s": round(warm.seconds, 1),
            "warm_analyse_docs_per_s": round(warm.documents / warm.seconds, 2),
            "end_to_end_docs_per_s": round(
                written.documents / (session_s + written.seconds + loaded.seconds), 2
            ),
        }
        json.dump(figures, sys.stdout, indent=2)
        print()
        if args.json:
            args.json.write_text(json.dumps(figures, indent=2) + "\n")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
