"""Measure ``rashomon.stages.entities.link.link_mentions`` on our own cross-script gold set.

Data: ``benchmarks/data/linking_gold.tsv`` (written by us, CC0): names of people, groups and
places in English, Arabic and Persian, grouped by referent, with spellings the knowledge base
does not hold (other transliterations, titled forms, Arabic words with a proclitic و/ب/ل),
referents the knowledge base does not hold (``kb`` = ``n``) and short documents we wrote in
which a name comes back as a short form, an acronym or "the general". Rows that share a
``doc`` id are linked together as one document; the others alone.

Score: pairwise precision and recall of "same entity" over all pairs of gold mentions (a
pair is positive when both rows have the same ``group``; predicted positive when both got
the same key). Reported with the shipped knowledge base and with it switched off
(``KnowledgeBase.empty()``: keys come from the gazetteer and the romanised skeletons only),
overall and for the referents outside the knowledge base.

Throughput (``--speed``): mentions per second of ``link_mentions`` over the gold set, with
every cache cleared first (cold) and with warm caches (a corpus repeats its names).

Usage: ``.venv/bin/python benchmarks/eval_linking.py [--errors] [--speed]``
"""

from __future__ import annotations

import argparse
import csv
import itertools
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from rashomon.stages.entities.link import KnowledgeBase, link_mentions
from rashomon.stages.entities.link import _gazetteer_link as gazetteer_cache
from rashomon.stages.entities.link import _token_skeletons as token_skeletons
from rashomon.stages.entities.link import kb as kb_module
from rashomon.stages.entities.link import names as names_module

GOLD = Path(__file__).resolve().parent / "data" / "linking_gold.tsv"


@dataclass
class Row:
    group: str
    in_kb: bool
    type: str
    lang: str
    mention: str
    doc: str
    text: str


def read(path: Path = GOLD) -> list[Row]:
    with path.open(encoding="utf-8", newline="") as fh:
        lines = (ln for ln in fh if not ln.startswith("#"))
        return [
            Row(r["group"], r["kb"] == "y", r["type"], r["lang"], r["mention"], r["doc"], r["text"])
            for r in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
        ]


def link_all(rows: list[Row], kb: KnowledgeBase | None) -> list[str]:
    """The key each row's mention gets; rows of one ``doc`` are linked as one document."""
    keys: list[str] = [""] * len(rows)
    docs: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        if r.doc:
            docs[r.doc].append(i)
        else:
            keys[i] = link_mentions(r.mention, r.lang, [(0, len(r.mention), r.type)], kb=kb)[0].key
    for idx in docs.values():
        text, offsets, mentions = "", {}, []
        for i in idx:
            sentence = rows[i].text
            if sentence not in offsets:
                offsets[sentence] = len(text) + (1 if text else 0)
                text = f"{text} {sentence}" if text else sentence
            start = offsets[sentence] + sentence.index(rows[i].mention)
            mentions.append((start, start + len(rows[i].mention), rows[i].type))
        for i, link in zip(
            idx, link_mentions(text, rows[idx[0]].lang, mentions, kb=kb), strict=True
        ):
            keys[i] = link.key
    return keys


def pairwise(rows: list[Row], keys: list[str], subset: set[int] | None = None) -> dict[str, float]:
    tp = fp = fn = 0
    for i, j in itertools.combinations(range(len(rows)), 2):
        if subset is not None and not (i in subset or j in subset):
            continue
        same_gold = rows[i].group == rows[j].group
        same_key = keys[i] == keys[j]
        tp += same_gold and same_key
        fp += same_key and not same_gold
        fn += same_gold and not same_key
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return {"P": p, "R": r, "F1": 2 * p * r / (p + r) if p + r else 0.0, "pairs": tp + fn}


def errors(rows: list[Row], keys: list[str]) -> None:
    by_group: dict[str, set[str]] = defaultdict(set)
    by_key: dict[str, set[str]] = defaultdict(set)
    for r, k in zip(rows, keys, strict=True):
        by_group[r.group].add(k)
        by_key[k].add(r.group)
    for g, ks in sorted(by_group.items()):
        if len(ks) > 1:
            split = {
                k: [r.mention for r, k2 in zip(rows, keys, strict=True) if k2 == k and r.group == g]
                for k in ks
            }
            print(f"  split {g}: {split}")
    for k, gs in sorted(by_key.items()):
        if len(gs) > 1:
            print(f"  merged {k}: {sorted(gs)}")


def clear_caches() -> None:
    for fn in (
        names_module.clean,
        names_module.variants,
        names_module.skeleton,
        names_module.drop_articles,
        token_skeletons,
        gazetteer_cache,
    ):
        fn.cache_clear()
    kb_module.default_kb().lookup.cache_clear()  # type: ignore[attr-defined]


def speed(rows: list[Row], rounds: int = 5) -> tuple[int, float, float]:
    n = len(rows)
    cold = []
    for _ in range(rounds):
        clear_caches()
        t = time.perf_counter()
        link_all(rows, None)
        cold.append(time.perf_counter() - t)
    t = time.perf_counter()
    for _ in range(rounds):
        link_all(rows, None)
    warm = (time.perf_counter() - t) / rounds
    return n, n / min(cold), n / warm


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list split and merged groups")
    parser.add_argument("--speed", action="store_true", help="also measure mentions/s")
    args = parser.parse_args()
    rows = read()
    outside = {i for i, r in enumerate(rows) if not r.in_kb}
    groups, out_groups = len({r.group for r in rows}), len({rows[i].group for i in outside})
    print(f"gold: {len(rows)} mentions, {groups} referents ({out_groups} outside the KB)")
    for label, kb in (("with KB", None), ("KB off", KnowledgeBase.empty())):
        keys = link_all(rows, kb)
        s, o = pairwise(rows, keys), pairwise(rows, keys, outside)
        print(
            f"{label:8} pairwise P {s['P']:.3f} R {s['R']:.3f} F1 {s['F1']:.3f} "
            f"(positive pairs {s['pairs']})   outside-KB referents P {o['P']:.3f} R {o['R']:.3f}"
        )
        if args.errors:
            errors(rows, keys)
    if args.speed:
        n, cold, warm = speed(rows)
        print(
            f"speed: {n} mentions, {cold:,.0f} mentions/s cold caches, {warm:,.0f} warm (1 process)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
