"""Geocoding quality given the gold toponym spans: share within 161 km, exact GeoNames id, coverage.

Corpora (measure only, GPL-3.0 / research data: nothing derived from them is shipped or tuned
on): GeoWebNews (GWN.xml), TR-News and LGL from ``geoparsing/gritta_pragmatic_guide``. The
context of each toponym is its article's text.

    .venv/bin/python benchmarks/eval_geocoding.py [--eval-dir ../shared/eval] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from rashomon.stages.places import Context, resolve_all
from rashomon.stages.places.resolve import haversine_km

ROOT = Path(__file__).resolve().parents[1]
WINDOW = 40


@dataclass
class Gold:
    start: int
    end: int
    name: str
    lat: float
    lon: float
    geonameid: str | None


def _corpus(path: Path, kind: str) -> list[tuple[str, list[Gold]]]:
    docs = []
    for art in ET.parse(path).getroot().iter("article"):
        text = art.findtext("text") or ""
        golds = []
        for t in art.iter("toponym"):
            if kind == "gwn":
                lat, lon = t.findtext("latitude"), t.findtext("longitude")
                if not lat or not lon:
                    continue
                gid = (t.findtext("geonamesID") or "").strip() or None
                name = t.findtext("extractedName") or ""
            else:
                tag = t.find("gaztag")
                if tag is None or tag.findtext("lat") is None:
                    continue
                lat, lon = tag.findtext("lat"), tag.findtext("lon")
                gid, name = tag.get("geonameid"), t.findtext("phrase") or ""
            start, end = int(t.findtext("start") or 0), int(t.findtext("end") or 0)
            golds.append(Gold(start, end, name, float(lat or 0), float(lon or 0), gid))
        docs.append((text, golds))
    return docs


def evaluate(docs: list[tuple[str, list[Gold]]]) -> dict[str, float | int]:
    n = within = exact = with_id = covered = 0
    for text, golds in docs:
        if not golds:
            continue
        ctx = Context.from_text(text)
        names = [text[g.start : g.end] or g.name for g in golds]
        windows = [text[max(0, g.start - WINDOW) : g.end + WINDOW] for g in golds]
        for g, r in zip(golds, resolve_all(names, ctx, windows=windows), strict=True):
            n += 1
            if r.resolved and r.lat is not None and r.lon is not None:
                covered += 1
                within += haversine_km((r.lat, r.lon), (g.lat, g.lon)) <= 161
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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--eval-dir",
        type=Path,
        default=Path(os.environ.get("RASHOMON_EVAL_DIR", ROOT.parent / "shared/eval")),
    )
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    args = ap.parse_args(argv)
    base = args.eval_dir / "geoparsing" / "gritta_pragmatic_guide" / "data"
    if not base.is_dir():
        print(f"no geoparsing data at {base}; pass --eval-dir", file=sys.stderr)
        return 2
    sets = {
        "GeoWebNews": (base / "GWN.xml", "gwn"),
        "TR-News": (base / "Corpora" / "TR-News.xml", "gaz"),
        "LGL": (base / "Corpora" / "lgl.xml", "gaz"),
    }
    results = {}
    for label, (path, kind) in sets.items():
        t = time.perf_counter()
        results[label] = evaluate(_corpus(path, kind)) | {
            "seconds": round(time.perf_counter() - t, 1)
        }
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        for label, r in results.items():
            print(f"{label:11} " + "  ".join(f"{k}={v}" for k, v in r.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
