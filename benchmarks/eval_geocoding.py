"""Geocoding quality given the gold toponym spans: share within 161 km, exact GeoNames id, coverage;
and end to end with our own spotting (--e2e): precision and recall of spotted toponyms.

Corpora (measure only, GPL-3.0 / research data: nothing derived from them is shipped or tuned
on): GeoWebNews (GWN.xml), TR-News and LGL from ``geoparsing/gritta_pragmatic_guide``. The
context of each toponym is its article's text. Our own sets: the English development set
``benchmarks/data/geo_dev_en.tsv`` (the only set we tune on) and the Arabic/Persian gold set in
``tests/stages/test_places.py`` (one gold toponym a sentence, so only recall end to end).

End to end, a spotted span counts when it overlaps a gold span and its resolution lies within
161 km of the gold point; spans overlapping gold toponyms that have no coordinates (GeoWebNews
demonyms, non-toponyms) count neither way.

    .venv/bin/python benchmarks/eval_geocoding.py [--eval-dir ../shared/eval] [--json] [--e2e]
    .venv/bin/python benchmarks/eval_geocoding.py --dev-only [--e2e]
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import sys
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from rashomon.stages.places import Context, resolve_all
from rashomon.stages.places.resolve import haversine_km
from rashomon.stages.places.spot import spot_toponyms

ROOT = Path(__file__).resolve().parents[1]
DEV_EN = ROOT / "benchmarks" / "data" / "geo_dev_en.tsv"
AR_FA_TESTS = ROOT / "tests" / "stages" / "test_places.py"
WINDOW = 40
KM = 161


@dataclass
class Gold:
    start: int
    end: int
    name: str
    lat: float | None
    lon: float | None
    geonameid: str | None


Doc = tuple[str, list[Gold]]


def dev_en(path: Path = DEV_EN) -> list[Doc]:
    """Our English development set: D rows (doc, text) and T rows (doc, toponym[#k], lat, lon,
    id); a toponym's span is its k-th whole-word occurrence, longer names placed first."""
    texts: dict[str, str] = {}
    rows: dict[str, list[list[str]]] = {}
    for line in path.read_text("utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        f = line.split("\t")
        if f[0] == "D":
            texts[f[1]] = f[2]
        elif f[0] == "T":
            rows.setdefault(f[1], []).append(f[2:])
    docs = []
    for doc, text in texts.items():
        taken: list[tuple[int, int]] = []
        golds = []
        for r in sorted(rows.get(doc, []), key=lambda r: -len(r[0].split("#")[0])):
            name, _, k = r[0].partition("#")
            spans = [
                (m.start(), m.end())
                for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!(?<=\.)\w|(?<!\.)\w)", text)
            ]
            # every occurrence outside a longer name, unless a "#k" row picks one
            chosen = (
                [spans[int(k) - 1]]
                if k
                else [(a, b) for a, b in spans if not any(x < b and a < y for x, y in taken)]
            )
            for a, b in chosen:
                taken.append((a, b))
                gid = r[3] if len(r) > 3 and r[3] else None
                golds.append(Gold(a, b, name, float(r[1]), float(r[2]), gid))
        docs.append((text, sorted(golds, key=lambda g: g.start)))
    return docs


def ar_fa_gold(path: Path = AR_FA_TESTS) -> list[Doc]:
    """The Arabic/Persian gold set kept with its test: one toponym a sentence, first occurrence."""
    tree = ast.parse(path.read_text("utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "AR_FA_GOLD":
            rows = ast.literal_eval(node.value)
            break
    else:
        raise SystemExit(f"no AR_FA_GOLD in {path}")
    docs = []
    for sentence, name, lat, lon in rows:
        i = sentence.index(name)
        docs.append((sentence, [Gold(i, i + len(name), name, lat, lon, None)]))
    return docs


def _corpus(path: Path, kind: str) -> list[tuple[str, list[Gold]]]:
    docs = []
    for art in ET.parse(path).getroot().iter("article"):
        text = art.findtext("text") or ""
        golds = []
        for t in art.iter("toponym"):
            if kind == "gwn":
                lat, lon = t.findtext("latitude"), t.findtext("longitude")
                if not lat or not lon:
                    s, e = int(t.findtext("start") or 0), int(t.findtext("end") or 0)
                    golds.append(Gold(s, e, t.findtext("extractedName") or "", None, None, None))
                    continue
                gid = (t.findtext("geonamesID") or "").strip() or None
                name = t.findtext("extractedName") or ""
            else:
                tag = t.find("gaztag")
                if tag is None or tag.findtext("lat") is None:
                    s, e = int(t.findtext("start") or 0), int(t.findtext("end") or 0)
                    golds.append(Gold(s, e, t.findtext("phrase") or "", None, None, None))
                    continue
                lat, lon = tag.findtext("lat"), tag.findtext("lon")
                gid, name = tag.get("geonameid"), t.findtext("phrase") or ""
            start, end = int(t.findtext("start") or 0), int(t.findtext("end") or 0)
            golds.append(Gold(start, end, name, float(lat or 0), float(lon or 0), gid))
        docs.append((text, golds))
    return docs


def evaluate(docs: list[Doc]) -> dict[str, float | int]:
    n = within = exact = with_id = covered = 0
    for text, all_golds in docs:
        golds = [g for g in all_golds if g.lat is not None]
        if not golds:
            continue
        ctx = Context.from_text(text)
        names = [text[g.start : g.end] or g.name for g in golds]
        windows = [text[max(0, g.start - WINDOW) : g.end + WINDOW] for g in golds]
        for g, r in zip(golds, resolve_all(names, ctx, windows=windows), strict=True):
            n += 1
            if r.resolved and r.lat is not None and r.lon is not None:
                covered += 1
                within += _near(r.lat, r.lon, g)
            if g.geonameid:
                with_id += 1
                exact += r.entry is not None and r.entry.id == g.geonameid
    return {
        "toponyms": n,
        "within_161km": round(within / n, 3) if n else 0.0,
        "exact_id": round(exact / with_id, 3) if with_id else 0.0,
        "with_gold_id": with_id,
        "coverage": round(covered / n, 3) if n else 0.0,
    }


def _near(lat: float, lon: float, g: Gold) -> bool:
    return (
        g.lat is not None and g.lon is not None and haversine_km((lat, lon), (g.lat, g.lon)) <= KM
    )


def evaluate_e2e(docs: list[Doc], lang: str = "en") -> dict[str, float | int]:
    """Spotting + resolution against the gold spans (see the module docstring)."""
    tp = fp = found_gold = n_gold = 0
    for text, golds in docs:
        located = [g for g in golds if g.lat is not None]
        n_gold += len(located)
        spans = spot_toponyms(text, lang)
        if not spans:
            continue
        names = [text[a:b] for a, b in spans]
        windows = [text[max(0, a - WINDOW) : b + WINDOW] for a, b in spans]
        res = resolve_all(names, Context.from_text(text), windows=windows)
        hit: set[int] = set()
        for (a, b), r in zip(spans, res, strict=True):
            over = [i for i, g in enumerate(golds) if g.start < b and a < g.end]
            if not over:
                fp += 1
                continue
            good = [
                i
                for i in over
                if golds[i].lat is not None
                and r.lat is not None
                and r.lon is not None
                and _near(r.lat, r.lon, golds[i])
            ]
            if good:
                tp += 1
                hit.update(good)
            elif any(golds[i].lat is not None for i in over):
                fp += 1
        found_gold += len(hit)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = found_gold / n_gold if n_gold else 0.0
    return {
        "gold": n_gold,
        "spotted_counted": tp + fp,
        "precision": round(p, 3),
        "recall": round(r, 3),
        "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
    }


def _lang(text: str) -> str:
    arabic = len(re.findall(r"[\u0600-\u06ff]", text))
    if arabic * 2 < len(re.findall(r"\w", text)):
        return "en"
    return "fa" if re.search("[پچژگ]", text) else "ar"


def throughput(repeat: int = 20) -> dict[str, float | int]:
    """Documents/s of spotting + resolution on the demo corpus's text files, each read
    ``repeat`` times in one process (the first round pays the cold lookups; the gazetteer index
    is built beforehand)."""
    files = sorted((ROOT / "data" / "demo" / "txt").rglob("*.txt"))
    texts = [f.read_text("utf-8") for f in files]
    Context.from_text("warm up")  # opens the index and loads the evidence table

    def one(text: str) -> int:
        lang = _lang(text)
        spans = spot_toponyms(text, lang)
        names = [text[a:b] for a, b in spans]
        wins = [text[max(0, a - WINDOW) : b + WINDOW] for a, b in spans]
        resolve_all(names, Context.from_text(text), windows=wins)
        return len(spans)

    t0 = time.perf_counter()
    places = sum(one(t) for t in texts)
    cold = time.perf_counter() - t0
    t1 = time.perf_counter()
    for _ in range(repeat):
        for t in texts:
            one(t)
    warm = time.perf_counter() - t1
    chars = sum(len(t) for t in texts)
    return {
        "docs": len(texts),
        "mean_chars": chars // max(1, len(texts)),
        "places_per_pass": places,
        "cold_docs_per_s": round(len(texts) / cold, 1),
        "warm_docs_per_s": round(len(texts) * repeat / warm, 1),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--eval-dir",
        type=Path,
        default=Path(os.environ.get("RASHOMON_EVAL_DIR", ROOT.parent / "shared/eval")),
    )
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--e2e", action="store_true", help="also spot the toponyms ourselves")
    ap.add_argument("--dev-only", action="store_true", help="only our own sets")
    ap.add_argument("--throughput", action="store_true", help="only documents/s on data/demo")
    args = ap.parse_args(argv)
    if args.throughput:
        print(json.dumps(throughput(), indent=2))
        return 0
    base = args.eval_dir / "geoparsing" / "gritta_pragmatic_guide" / "data"
    sets: dict[str, tuple[list[Doc], str]] = {
        "dev-en (own)": (dev_en(), "en"),
        "ar/fa (own)": (ar_fa_gold(), "ar"),
    }
    if not args.dev_only:
        if not base.is_dir():
            print(f"no geoparsing data at {base}; pass --eval-dir", file=sys.stderr)
            return 2
        sets["GeoWebNews"] = (_corpus(base / "GWN.xml", "gwn"), "en")
        sets["TR-News"] = (_corpus(base / "Corpora" / "TR-News.xml", "gaz"), "en")
        sets["LGL"] = (_corpus(base / "Corpora" / "lgl.xml", "gaz"), "en")
    results: dict[str, dict[str, float | int]] = {}
    for label, (docs, lang) in sets.items():
        t = time.perf_counter()
        results[label] = evaluate(docs) | {"seconds": round(time.perf_counter() - t, 1)}
        if args.e2e:
            if label.startswith("ar/fa"):
                fa = [d for d in docs if re.search("[پچژگکی]", d[0])]
                ar = [d for d in docs if d not in fa]
                e2e = {"ar": evaluate_e2e(ar, "ar"), "fa": evaluate_e2e(fa, "fa")}
                for lg, r in e2e.items():
                    results[label] |= {f"e2e_{lg}_recall": r["recall"]}
            else:
                r = evaluate_e2e(docs, lang)
                results[label] |= {f"e2e_{k}": v for k, v in r.items()}
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        for label, r in results.items():
            print(f"{label:11} " + "  ".join(f"{k}={v}" for k, v in r.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
