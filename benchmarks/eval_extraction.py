"""Measure the clean and date stages on outside data (measure only: never tune on these sets).

(a) Article-body F1 on ``extraction/scrapinghub_aeb`` (181 pages), scored the way that
    benchmark's ``evaluate.py`` does: text tokenised with ``re.findall(r"\\w+")``, 4-token
    shingles counted as a multiset, per page TP/FP/FN normalised to sum to 1, precision
    averaged over pages with TP+FP>0, recall over pages with TP+FN>0, F1 the harmonic mean of
    the two averages (no bootstrap). Our clean stage and ``trafilatura.extract(html,
    include_comments=False)`` (the benchmark's own trafilatura runner) run on the same pages in
    the same process; pages/s is wall time of each over all pages.
(b) Publication-date exact match (date part, YYYY-MM-DD) on
    ``extraction/trafilatura_eval/evaldata_subset.json`` entries that have a gold date. Its
    ``html/`` files are renamed ``<hash>.html.gz``; each entry is matched to its page by its
    must-contain snippets and title (a unique match for every entry).

    python benchmarks/eval_extraction.py --json out.json [--eval-dir ../shared/eval] [--limit N]
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import os
import re
import sys
import time
import warnings
from collections import Counter
from pathlib import Path
from statistics import mean

import trafilatura
from trafilatura.utils import decode_file

from rashomon.model import ContentKind, Document, InputFormat, Origin
from rashomon.stages.clean import CleanExtract
from rashomon.stages.dates import PublicationDates

ROOT = Path(__file__).resolve().parent.parent
_TOKEN = re.compile(r"\w+", re.UNICODE | re.MULTILINE | re.IGNORECASE | re.DOTALL)


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    return Counter(
        tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i : i + n]
    )


def tp_fp_fn(true: str, pred: str) -> tuple[float, float, float]:
    t, p = shingles(true), shingles(pred)
    tp = fp = fn = 0.0
    for key in t.keys() | p.keys():
        tc, pc = t.get(key, 0), p.get(key, 0)
        tp += min(tc, pc)
        fp += max(0, pc - tc)
        fn += max(0, tc - pc)
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (tp, fp, fn)


def prf(scores: list[tuple[float, float, float]]) -> dict[str, float]:
    def precision(tp: float, fp: float, fn: float) -> float:
        return 1.0 if fp == fn == 0 else 0.0 if tp == fp == 0 else tp / (tp + fp)

    def recall(tp: float, fp: float, fn: float) -> float:
        return 1.0 if fp == fn == 0 else 0.0 if tp == fn == 0 else tp / (tp + fn)

    p = mean(precision(*s) for s in scores if s[0] + s[1] > 0)
    r = mean(recall(*s) for s in scores if s[0] + s[2] > 0)
    return {"f1": 2 * p * r / (p + r) if p + r else 0.0, "precision": p, "recall": r}


def _gunzip(path: Path) -> bytes:
    with gzip.open(path) as f:
        return f.read()


def html_doc(key: str, markup: str, url: str | None = None) -> Document:
    return Document(
        id=key,
        origin=Origin(path=f"{key}.html", url=url),
        format=InputFormat.HTML,
        content=ContentKind.HTML,
        raw=markup.encode("utf-8", "surrogatepass"),
        markup=markup,
        url=url,
    )


def eval_aeb(folder: Path, limit: int | None) -> dict[str, float]:
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    keys = sorted(truth)[:limit]
    pages = {k: _gunzip(folder / "html" / f"{k}.html.gz").decode("utf8") for k in keys}
    stage = CleanExtract()
    start = time.perf_counter()
    docs = [stage([html_doc(k, pages[k])])[0] for k in keys]
    ours_s = time.perf_counter() - start
    start = time.perf_counter()
    theirs = {k: trafilatura.extract(pages[k], include_comments=False) or "" for k in keys}
    traf_s = time.perf_counter() - start
    ours = prf([tp_fp_fn(truth[k]["articleBody"], d.text) for k, d in zip(keys, docs, strict=True)])
    traf = prf([tp_fp_fn(truth[k]["articleBody"], theirs[k]) for k in keys])
    return {
        "aeb_pages": len(keys),
        "aeb_f1": ours["f1"],
        "aeb_precision": ours["precision"],
        "aeb_recall": ours["recall"],
        "aeb_pages_per_s": len(keys) / ours_s,
        "trafilatura_f1": traf["f1"],
        "trafilatura_precision": traf["precision"],
        "trafilatura_recall": traf["recall"],
        "trafilatura_pages_per_s": len(keys) / traf_s,
    }


def _match_pages(entries: dict[str, dict], folder: Path) -> dict[str, str]:
    pages = {
        p.name: html.unescape(_gunzip(p).decode("utf-8", "replace"))
        for p in sorted(folder.glob("*.html.gz"))
    }
    matched: dict[str, str] = {}
    for url, entry in entries.items():
        snippets = [*entry.get("with", []), *([entry["title"]] if entry.get("title") else [])]
        best = max(pages, key=lambda name: sum(s in pages[name] for s in snippets))
        matched[url] = best
    return matched


def eval_dates(folder: Path, limit: int | None) -> dict[str, float]:
    entries = json.loads((folder / "evaldata_subset.json").read_text(encoding="utf-8"))
    entries = dict(sorted(entries.items())[:limit]) if limit else entries
    files = _match_pages(entries, folder / "html")
    clean, dates = CleanExtract(), PublicationDates()
    hits = total = 0
    for url, entry in entries.items():
        if not entry.get("date"):
            continue
        total += 1
        raw = _gunzip(folder / "html" / files[url])
        doc = dates(clean([html_doc(files[url], decode_file(raw), url)]))[0]
        if doc.published is not None and doc.published.value.isoformat()[:10] == entry["date"]:
            hits += 1
    return {"date_pages": total, "date_exact": hits / total if total else 0.0}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    default = os.environ.get("RASHOMON_EVAL_DIR") or str(ROOT.parent / "shared" / "eval")
    parser.add_argument("--eval-dir", default=default, type=Path)
    parser.add_argument("--json", dest="json_out", type=Path, help="write the figures here")
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages")
    args = parser.parse_args(argv)
    base = args.eval_dir / "extraction"
    if not base.is_dir():
        print(f"no evaluation data at {base}; pass --eval-dir or set RASHOMON_EVAL_DIR")
        return 2
    warnings.simplefilter("ignore", DeprecationWarning)
    results = {**eval_aeb(base / "scrapinghub_aeb", args.limit)}
    results.update(eval_dates(base / "trafilatura_eval", args.limit))
    print(f"{'metric':<28}{'value':>10}")
    for key, value in results.items():
        print(f"{key:<28}{value:>10.3f}" if isinstance(value, float) else f"{key:<28}{value:>10}")
    if args.json_out:
        args.json_out.write_text(json.dumps({"extraction": results}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
