"""Measure ``rashomon.stages.time.find_times`` on TempEval-3 TBAQ (English TimeML).

Data: ``../shared/eval/temporal/TempEval3_TBAQ/data/TBAQ-cleaned/{TimeBank,AQUAINT}/*.tml``;
each file's ``<DCT>`` TIMEX3 value is the anchor, the TIMEX3 tags inside ``<TEXT>`` are the gold.

Split (fixed, deterministic): the 256 files sorted by their path relative to ``TBAQ-cleaned``;
file number ``i`` (from 0) is HELD OUT when ``i % 5 == 4`` (51 files), the other 205 are for
development. Rules were developed looking at the development part only.

Scores, per part:

* relaxed extraction P/R/F1: a found expression is right when it overlaps a gold TIMEX3 of any
  type (DATE, TIME, DURATION, SET); a gold TIMEX3 is recalled when a found one overlaps it;
* value accuracy: over gold DATE/TIME expressions that a found expression overlaps, the share
  whose gold value equals the found value (an interval counts when either end equals it).

Our own Arabic and Persian gold (``--own``): ``benchmarks/data/time_gold_{ar,fa}.tsv``, news
sentences we wrote with every temporal expression in them, its value, granularity and calendar
(built by ``benchmarks/data/time_gold_make.py``); ``time_gold_{ar,fa}_fresh.tsv`` were written
after the library was fixed against the first two and never used to fix it. Scored per
sentence the same relaxed way;
value accuracy there is exact (an interval must match as a whole) over all matched gold
expressions, durations and references included.

Throughput (``--speed``): documents per second of ``find_times`` on the demo articles
(``data/demo/txt``, 17 news articles, mostly Arabic and Persian, repeated), per CPU-second of
one process (one core; the machine is shared, so wall time is printed too but is not the
measure); ``find_times`` is pure Python with no shared state, so two cores give twice that.

Usage: ``.venv/bin/python benchmarks/eval_time.py [--errors dev|own] [--own] [--speed]``
(``--errors`` lists the misses of the development part or of our own gold, never of the
held-out part; with ``--errors dev`` the held-out part is not scored at all, so that looking at
the development errors does not show the held-out score each time).
"""

from __future__ import annotations

import argparse
import csv
import html
import os
import re
import sys
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from rashomon.stages.time import find_times

EVAL_DIR = Path(
    os.environ.get("RASHOMON_EVAL_DIR", Path(__file__).resolve().parents[1] / "../shared/eval")
)
ROOT = EVAL_DIR / "temporal/TempEval3_TBAQ/data/TBAQ-cleaned"
_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass
class Gold:
    start: int
    end: int
    kind: str
    value: str


@dataclass
class Doc:
    name: str
    text: str
    anchor: date
    gold: list[Gold] = field(default_factory=list)


def read(path: Path) -> Doc:
    raw = path.read_text(encoding="utf-8")
    dct = re.search(r"<DCT>\s*<TIMEX3[^>]*value=\"(\d{4})-?(\d{2})-?(\d{2})", raw)
    if dct is None:
        raise ValueError(f"{path}: no document creation time")
    body = raw[raw.index("<TEXT>") + len("<TEXT>") : raw.index("</TEXT>")]
    parts: list[str] = []
    gold: list[Gold] = []
    opened: list[tuple[int, dict[str, str]]] = []
    pos = 0
    length = 0
    for tag in _TAG.finditer(body):
        piece = html.unescape(body[pos : tag.start()])
        parts.append(piece)
        length += len(piece)
        pos = tag.end()
        if tag[2] != "TIMEX3":
            continue
        if tag[1]:
            start, attrs = opened.pop()
            value = re.sub(r"-W(\d)$", r"-W0\1", attrs.get("value", ""))  # ISO weeks: W07
            gold.append(Gold(start, length, attrs.get("type", ""), value))
        else:
            opened.append((length, dict(_ATTR.findall(tag[3]))))
    parts.append(html.unescape(body[pos:]))
    text = "".join(parts)
    anchor = date(int(dct[1]), int(dct[2]), int(dct[3]))
    return Doc(path.name, text, anchor, gold)


def split() -> tuple[list[Path], list[Path]]:
    files = sorted(ROOT.glob("*/*.tml"), key=lambda p: p.relative_to(ROOT).as_posix())
    dev = [p for i, p in enumerate(files) if i % 5 != 4]
    held_out = [p for i, p in enumerate(files) if i % 5 == 4]
    return dev, held_out


def score(paths: list[Path], errors: bool) -> dict[str, float]:
    found_n = found_ok = gold_n = gold_ok = value_n = value_ok = 0
    for path in paths:
        doc = read(path)
        found = find_times(doc.text, "en", doc.anchor)
        found_n += len(found)
        for item in found:
            if any(g.start < item.end and item.start < g.end for g in doc.gold):
                found_ok += 1
            elif errors:
                print(f"FP {doc.name}: {item.text!r} {item.value}")
        for g in doc.gold:
            gold_n += 1
            hits = [t for t in found if t.start < g.end and g.start < t.end]
            if not hits:
                if errors:
                    print(f"FN {doc.name}: {doc.text[g.start : g.end]!r} {g.kind} {g.value}")
                continue
            gold_ok += 1
            if g.kind not in ("DATE", "TIME"):
                continue
            value_n += 1
            values = (hits[0].value or "").split("/")
            if g.value in values or g.value == hits[0].value:
                value_ok += 1
            elif errors:
                print(f"VAL {doc.name} ({doc.anchor}): {doc.text[g.start:g.end]!r} gold {g.value} "
                      f"found {hits[0].text!r} {hits[0].value}")  # fmt: skip
    p = found_ok / found_n if found_n else 0.0
    r = gold_ok / gold_n if gold_n else 0.0
    return {
        "files": len(paths), "gold": gold_n, "P": p, "R": r,
        "F1": 2 * p * r / (p + r) if p + r else 0.0,
        "value": value_ok / value_n if value_n else 0.0, "values": value_n,
    }  # fmt: skip


REPO = Path(__file__).resolve().parents[1]
OWN = REPO / "benchmarks/data"
DEMO = REPO / "data/demo/txt"


def score_own(name: str, errors: bool) -> dict[str, float]:
    """Relaxed P/R and exact value accuracy on our own gold sentences ``time_gold_{name}.tsv``
    (``ar``, ``fa``, or ``ar_fresh``, ``fa_fresh``: the ones written after the fixes)."""
    lang = name.split("_")[0]
    sentences: dict[tuple[str, str], list[dict[str, str]]] = {}
    with (OWN / f"time_gold_{name}.tsv").open(encoding="utf-8") as rows:
        for row in csv.DictReader(rows, delimiter="\t", quoting=csv.QUOTE_NONE):
            items = sentences.setdefault((row["anchor"], row["sentence"]), [])
            if row["text"]:
                items.append(row)
    found_n = found_ok = gold_n = gold_ok = value_ok = calendar_ok = 0
    for (anchor, sentence), items in sentences.items():
        found = find_times(sentence, lang, date.fromisoformat(anchor))
        spans = []
        for item in items:
            start = sentence.index(item["text"])
            spans.append((start, start + len(item["text"])))
        found_n += len(found)
        for t in found:
            if any(a < t.end and t.start < b for a, b in spans):
                found_ok += 1
            elif errors:
                print(f"FP {lang} ({anchor}): {t.text!r} {t.value}  | {sentence}")
        for item, (a, b) in zip(items, spans, strict=True):
            gold_n += 1
            hits = sorted(
                (t for t in found if a < t.end and t.start < b),
                key=lambda t: min(b, t.end) - max(a, t.start),
                reverse=True,
            )
            if not hits:
                if errors:
                    print(f"FN {lang} ({anchor}): {item['text']!r} {item['value']}  | {sentence}")
                continue
            gold_ok += 1
            calendar_ok += hits[0].calendar == item["calendar"]
            if hits[0].value == item["value"]:
                value_ok += 1
            elif errors:
                print(f"VAL {lang} ({anchor}): {item['text']!r} gold {item['value']} found "
                      f"{hits[0].text!r} {hits[0].value}  | {sentence}")  # fmt: skip
    p = found_ok / found_n if found_n else 0.0
    r = gold_ok / gold_n if gold_n else 0.0
    return {
        "sentences": len(sentences), "gold": gold_n, "P": p, "R": r,
        "F1": 2 * p * r / (p + r) if p + r else 0.0,
        "value": value_ok / gold_ok if gold_ok else 0.0, "values": gold_ok,
        "calendar": calendar_ok / gold_ok if gold_ok else 0.0,
    }  # fmt: skip


def _script_lang(text: str) -> str:
    if re.search("[پچژگکی]", text):
        return "fa"
    return "ar" if re.search("[\u0600-\u06ff]", text) else "en"


def speed(seconds: float = 5.0) -> tuple[int, float, float]:
    """Documents per second of ``find_times`` over the demo articles, repeated: per second of
    this process's CPU time (what one core gives, whatever else shares the machine) and per
    second of wall time."""
    docs = [(p.read_text(encoding="utf-8"), "") for p in sorted(DEMO.glob("*/*.txt"))]
    docs = [(text, _script_lang(text)) for text, _ in docs]
    anchor = date(2020, 1, 4)
    for text, lang in docs:  # warm the compiled rules
        find_times(text, lang, anchor)
    n = 0
    wall, cpu = time.perf_counter(), time.process_time()
    while time.process_time() - cpu < seconds:
        for text, lang in docs:
            find_times(text, lang, anchor)
        n += len(docs)
    return n, n / (time.process_time() - cpu), n / (time.perf_counter() - wall)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--errors", choices=["dev", "own"], help="list the development part's or own gold's misses"
    )
    parser.add_argument("--own", action="store_true", help="only our own ar/fa gold")
    parser.add_argument("--speed", action="store_true", help="also measure documents/s")
    args = parser.parse_args()
    if not args.own and args.errors != "own":
        if not ROOT.is_dir():
            print(f"TBAQ not found at {ROOT.resolve()}", file=sys.stderr)
            return 1
        dev, held_out = split()
        parts = [("dev", dev)] + ([] if args.errors == "dev" else [("held-out", held_out)])
        for name, paths in parts:
            s = score(paths, errors=args.errors == "dev" and name == "dev")
            print(
                f"{name:9} files {s['files']:3} gold {s['gold']:4}  relaxed P {s['P']:.3f} "
                f"R {s['R']:.3f} F1 {s['F1']:.3f}  value accuracy {s['value']:.3f} "
                f"(n={s['values']})"
            )
    for name in ("ar", "fa", "ar_fresh", "fa_fresh"):
        s = score_own(name, errors=args.errors == "own")
        print(
            f"own {name:11} sentences {s['sentences']:3} gold {s['gold']:4}  "
            f"relaxed P {s['P']:.3f} "
            f"R {s['R']:.3f} F1 {s['F1']:.3f}  value accuracy {s['value']:.3f} "
            f"(n={s['values']})  calendar {s['calendar']:.3f}"
        )
    if args.speed:
        files = list(DEMO.glob("*/*.txt"))
        size = sum(p.stat().st_size for p in files) // max(1, len(files))
        n, per_cpu, per_wall = speed()
        print(
            f"speed     {per_cpu:.0f} documents per CPU-second, one core ({per_wall:.0f}/s wall; "
            f"{n} demo articles of ~{size} bytes); two cores: ~{2 * per_cpu:.0f}/s"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
