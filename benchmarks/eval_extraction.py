"""Measure the clean and date stages on outside data (measure only: never tune on these sets).

(a) Article-body F1 on ``extraction/scrapinghub_aeb`` (181 pages), scored the way that
    benchmark's ``evaluate.py`` does: text tokenised with ``re.findall(r"\\w+")``, 4-token
    shingles counted as a multiset, per page TP/FP/FN normalised to sum to 1, precision
    averaged over pages with TP+FP>0, recall over pages with TP+FN>0, F1 the harmonic mean of
    the two averages (no bootstrap). Our clean stage and ``trafilatura.extract(html,
    include_comments=False)`` (the benchmark's own trafilatura runner) run on the same pages in
    the same process; pages/s is wall time of each over all pages.
    Throughput: our clean + date stages against ``trafilatura.extract`` alone, same pages, same
    process, best of ``--rounds`` timings each (the ratio is ours / theirs in pages/s).
(b) On ``extraction/trafilatura_eval/evaldata_subset.json`` (181 pages): publication-date exact
    match (date part, YYYY-MM-DD) on entries with a gold date; must-contain snippets found and
    must-not-contain snippets absent in the body text (pooled over snippets, as trafilatura's
    own comparison script counts them); title and author exact match (whitespace collapsed) on
    entries with a gold value, ours beside ``trafilatura.bare_extraction`` (favor_precision,
    comments excluded) on the same pages. Its ``html/`` files are renamed ``<hash>.html.gz``;
    each entry is matched to its page by its must-contain snippets and title (a unique match
    for every entry).

(c) Our own Arabic and Persian pages (``data/extraction/pages/{ar,fa}``, 30 each, written by us,
    CC0): body F1 by the same scorer, and publication-date exact match with the page's crawl
    time as the fetch date; per language and split (odd pages develop, even pages held out),
    trafilatura beside ours. These need no outside data (``--own-only`` runs only them).

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
from datetime import datetime
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


def eval_aeb(
    folder: Path, limit: int | None, rounds: int = 1, classify: bool | None = None
) -> dict[str, float]:
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    keys = sorted(truth)[:limit]
    pages = {k: _gunzip(folder / "html" / f"{k}.html.gz").decode("utf8") for k in keys}
    stage, dates = CleanExtract(classify=classify), PublicationDates()
    ours_s = traf_s = float("inf")
    docs: list[Document] = []
    theirs: dict[str, str] = {}
    for _ in range(rounds):  # interleaved, so both see the same machine load
        start = time.perf_counter()
        docs = [dates(stage([html_doc(k, pages[k])]))[0] for k in keys]
        ours_s = min(ours_s, time.perf_counter() - start)
        start = time.perf_counter()
        theirs = {k: trafilatura.extract(pages[k], include_comments=False) or "" for k in keys}
        traf_s = min(traf_s, time.perf_counter() - start)
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
        "throughput_ratio": traf_s / ours_s,
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


def _same(gold: str | list[str], got: str | None) -> bool:
    """Exact match, whitespace collapsed; a list of gold authors is read as "A; B"."""
    wanted = "; ".join(gold) if isinstance(gold, list) else gold
    return " ".join(wanted.split()) == " ".join((got or "").split())


def _snippets(entry: dict, text: str) -> tuple[int, int, int, int]:
    """(must-contain found, of, must-not-contain absent, of) in one body text."""
    with_, without = entry.get("with", []), entry.get("without", [])
    return (
        sum(s in text for s in with_),
        len(with_),
        sum(s not in text for s in without),
        len(without),
    )


def eval_trafilatura_set(
    folder: Path, limit: int | None, classify: bool | None = None
) -> dict[str, float]:
    entries = json.loads((folder / "evaldata_subset.json").read_text(encoding="utf-8"))
    entries = dict(sorted(entries.items())[:limit]) if limit else entries
    files = _match_pages(entries, folder / "html")
    clean, dates = CleanExtract(classify=classify), PublicationDates()
    date_hits = date_total = 0
    ours_snip, traf_snip = [0, 0, 0, 0], [0, 0, 0, 0]
    meta: dict[str, list[int]] = {k: [0, 0, 0] for k in ("title", "author")}  # ours, theirs, of
    for url, entry in entries.items():
        markup = decode_file(_gunzip(folder / "html" / files[url]))
        doc = dates(clean([html_doc(files[url], markup, url)]))[0]
        theirs = trafilatura.bare_extraction(
            markup, url=url, include_comments=False, favor_precision=True, with_metadata=True
        )
        for acc, text in ((ours_snip, doc.text), (traf_snip, getattr(theirs, "text", "") or "")):
            for i, n in enumerate(_snippets(entry, text)):
                acc[i] += n
        for key, counts in meta.items():
            if entry.get(key):
                counts[0] += _same(entry[key], getattr(doc, key))
                counts[1] += _same(entry[key], getattr(theirs, key, None))
                counts[2] += 1
        if entry.get("date"):
            date_total += 1
            got = doc.published
            date_hits += got is not None and got.value.isoformat()[:10] == entry["date"]
    results: dict[str, float] = {
        "date_pages": date_total,
        "date_exact": date_hits / date_total if date_total else 0.0,
    }
    for name, acc in (("", ours_snip), ("trafilatura_", traf_snip)):
        results[f"{name}must_contain"] = acc[0] / max(1, acc[1])
        results[f"{name}must_not_contain"] = acc[2] / max(1, acc[3])
    for key, (ours, traf, of) in meta.items():
        results[f"{key}_pages"] = of
        results[f"{key}_exact"] = ours / max(1, of)
        results[f"trafilatura_{key}_exact"] = traf / max(1, of)
    return results


eval_dates = eval_trafilatura_set  # the evaluation gate's name for it


def eval_own_pages(
    folder: Path = ROOT / "data" / "extraction" / "pages", classify: bool | None = None
) -> dict[str, float]:
    """Body F1 and date exact match on our ar/fa pages, per language and split."""
    clean, dates = CleanExtract(classify=classify), PublicationDates()
    results: dict[str, float] = {}
    for lang in ("ar", "fa"):
        golds = [
            json.loads(line)
            for line in (folder / lang / "gold.jsonl").read_text(encoding="utf-8").splitlines()
        ]
        for split in ("dev", "held_out"):
            ours, theirs, hits, n = [], [], 0, 0
            for gold in golds:
                if gold["split"] != split:
                    continue
                markup = (folder / lang / gold["file"]).read_text(encoding="utf-8")
                doc = html_doc(f"{lang}/{gold['file']}", markup, gold["url"])
                doc.fetched = datetime.fromisoformat(gold["crawled"])
                doc = dates(clean([doc]))[0]
                truth = "\n".join(gold["body"])
                ours.append(tp_fp_fn(truth, doc.text))
                extracted = trafilatura.extract(markup, include_comments=False) or ""
                theirs.append(tp_fp_fn(truth, extracted))
                got = doc.published
                hits += got is not None and got.value.isoformat()[:10] == gold["date"]
                n += 1
            results[f"{lang}_{split}_pages"] = n
            results[f"{lang}_{split}_body_f1"] = prf(ours)["f1"]
            results[f"{lang}_{split}_trafilatura_f1"] = prf(theirs)["f1"]
            results[f"{lang}_{split}_date_exact"] = hits / n if n else 0.0
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    default = os.environ.get("RASHOMON_EVAL_DIR") or str(ROOT.parent / "shared" / "eval")
    parser.add_argument("--eval-dir", default=default, type=Path)
    parser.add_argument("--json", dest="json_out", type=Path, help="write the figures here")
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages")
    parser.add_argument("--rounds", type=int, default=1, help="timing rounds (best is kept)")
    parser.add_argument("--own-only", action="store_true", help="only our ar/fa pages")
    parser.add_argument(
        "--classify",
        choices=("default", "on", "off"),
        default="default",
        help="the block classifier (stages/clean/blocks.py): as shipped, forced on or off",
    )
    args = parser.parse_args(argv)
    base = args.eval_dir / "extraction"
    warnings.simplefilter("ignore", DeprecationWarning)
    results: dict[str, float] = {}
    classify = {"default": None, "on": True, "off": False}[args.classify]
    if not args.own_only:
        if not base.is_dir():
            print(f"no evaluation data at {base}; pass --eval-dir or set RASHOMON_EVAL_DIR")
            return 2
        results.update(eval_aeb(base / "scrapinghub_aeb", args.limit, args.rounds, classify))
        results.update(eval_trafilatura_set(base / "trafilatura_eval", args.limit, classify))
    results.update(eval_own_pages(classify=classify))
    print(f"{'metric':<28}{'value':>10}")
    for key, value in results.items():
        print(f"{key:<28}{value:>10.3f}" if isinstance(value, float) else f"{key:<28}{value:>10}")
    if args.json_out:
        args.json_out.write_text(json.dumps({"extraction": results}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
