"""Measure ``rashomon.corpus.event_merge.merge_events``: which events of a story are the same
incident.

Gold: ``benchmarks/data/event_merge_gold.jsonl``, written by us, one line per incident of a
story. Two parts:

* ``claims_gold``: over the events of our own claims/events gold set
  (``benchmarks/data/claims_gold.jsonl``, 15 stories of three short articles), listing events
  as ``<article id>#<index in the article's gold events>``; every gold event is in exactly one
  incident.
* ``demo``: over the events ``narrative.v1`` extracts from two stories of the demo corpus
  (``data/demo``: Al-Bukamal 2017, 9 articles; the Baghdad strike 2020, 8 articles), each named
  by its article (manifest path and record), type, trigger and the start of its sentence.
  Events that are not events (a "protest" read into a drone) or only background ("he led the
  battles from Amerli to Al-Bukamal") are left out. These long articles tell many incidents
  of one type (Al-Bukamal, Deir ez-Zor, Rawa and Al-Qaim all "taken"), which the short
  articles of the claims gold hardly do. Dev only: it was read while writing the rule.
 What counts as one incident: the same happening in the
world — a town taken and the fighting that won it, a strike and the deaths it caused, a
visit and the meeting held on it; the air strikes of another party in support, civilians
killed in the course of a battle, threats and statements by different speakers are incidents
of their own. Splits follow the claims gold (``dev`` stories were looked at while writing the
merge rule; ``test`` stories are measured only).

Each article becomes a :class:`~rashomon.model.Document` (its outlet, language, story, gold
mentions with their keys, gold times, gold LOC/FAC mentions as places) and the story's
documents are merged. Two inputs:

* ``gold`` events: the annotated ones (type, roles, place, date) — the merge rule alone;
* ``extracted`` events (default also): what ``narrative.v1`` extracts from the same inputs; an
  extracted event stands for the gold event of the same type in the same sentence
  (one-to-one, as in ``eval_claims.py``). Pairs are scored over the gold events so found; the
  others are counted apart.

Score: pairwise "same incident" precision/recall/F1 over every pair of scored events of a
story, by kind of pair: within one document, across documents of one language, across
languages. Baseline for scale: every event of a story with the same type is one incident.

Throughput (``--speed``): events merged per second in one story made of every gold article
repeated (with fresh ids) until it holds 12,000 events, one process.

Demo part (``--demo``): analyses ``data/demo`` (about 15 s; ``--demo-db PATH`` reuses a store
already analysed with ``rashomon analyze``) and merges each story as the pipeline grouped it.

Usage: ``.venv/bin/python benchmarks/eval_event_merge.py [--split dev|test|all]
[--errors] [--speed] [--demo [--demo-db PATH]]`` (``--errors`` lists dev mistakes only,
never the held-out ones).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from itertools import combinations
from pathlib import Path
from typing import Any

from rashomon.corpus.event_merge import merge_events
from rashomon.model import (
    Document,
    Event,
    InputFormat,
    Mention,
    Origin,
    PlaceMention,
    Segment,
    TimeMention,
)
from rashomon.stages.events import EventType, acled, plover
from rashomon.stages.narrative import NarrativeStage
from rashomon.stages.sentences import split_spans

DATA = Path(__file__).resolve().parent / "data"
CLAIMS_GOLD = DATA / "claims_gold.jsonl"
MERGE_GOLD = DATA / "event_merge_gold.jsonl"
KINDS = ("within-document", "same-language", "cross-language")


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def line(self) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (tp {self.tp}, fp {self.fp}, fn {self.fn})"


def occurrences(text: str, surface: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(surface), text)]


def trigger_at(text: str, trigger: str) -> tuple[int, int]:
    word, _, nth = trigger.partition("#")
    start = occurrences(text, word)[int(nth or 1) - 1]
    return start, start + len(word)


def document(a: dict[str, Any]) -> Document:
    """The article with its gold mentions, places and times, as the pipeline would hold it."""
    text, lang = a["text"], a["lang"]
    taken: list[tuple[int, int]] = []
    mentions = []
    for surface, typ, key in sorted(a["mentions"], key=lambda m: -len(m[0])):
        for i in occurrences(text, surface):
            j = i + len(surface)
            if not any(s < j and i < e for s, e in taken):
                taken.append((i, j))
                mentions.append(Mention(i, j, typ, key, surface, lang))
    mentions.sort(key=lambda m: m.start)
    places = [
        PlaceMention(m.start, m.end, m.name or "", m.entity, score=10.0)
        for m in mentions
        if m.type in ("LOC", "FAC")
    ]
    times = [
        TimeMention(i, i + len(surface), value, "day")
        for surface, value in a["times"]
        for i in occurrences(text, surface)
    ]
    return Document(
        id=a["id"],
        origin=Origin(path=a["id"]),
        format=InputFormat.TEXT,
        text=text,
        source=a["outlet"],
        lang=lang,
        segments=[Segment(s, e, lang) for s, e in split_spans(text)],
        mentions=mentions,
        places=places,
        times=sorted(times, key=lambda t: t.start),
        story=a["story"],
    )


def gold_events(doc: Document, a: dict[str, Any]) -> list[Event]:
    out = []
    for g in a["events"]:
        start, end = trigger_at(doc.text, g["trigger"])
        seg = next(s for s in doc.segments if s.start <= start < s.end)
        kind = EventType(g["type"])
        acled_type, acled_sub = acled(kind)
        category, _ = plover(kind)
        out.append(
            Event(
                g["type"],
                start,
                end,
                seg.start,
                seg.end,
                acled_type,
                acled_sub,
                category,
                list(g["actor"]),
                list(g["target"]),
                g["place"],
                g["place"],
                g["date"],
                lang=doc.lang,
            )  # fmt: skip
        )
    return out


def match(doc: Document, a: dict[str, Any], found: list[Event]) -> dict[int, int]:
    """Gold event index -> extracted event index: same type, same sentence, one-to-one, the
    nearest trigger first."""
    out: dict[int, int] = {}
    used: set[int] = set()
    for gi, g in enumerate(a["events"]):
        start, _ = trigger_at(doc.text, g["trigger"])
        seg = next(s for s in doc.segments if s.start <= start < s.end)
        here = [
            (abs(e.trigger_start - start), k)
            for k, e in enumerate(found)
            if k not in used and e.type == g["type"] and seg.start <= e.trigger_start < seg.end
        ]
        if here:
            _, k = min(here)
            used.add(k)
            out[gi] = k
    return out


def kind_of(a: str, b: str, lang: dict[str, str]) -> str:
    if a == b:
        return "within-document"
    return "same-language" if lang[a] == lang[b] else "cross-language"


def score(
    story_docs: list[Document],
    scored: dict[str, str],
    predicted: dict[str, str],
    scores: dict[str, PRF],
    errors: list[str] | None,
) -> None:
    """``scored``: gold event ref -> gold incident; ``predicted``: gold event ref -> group."""
    lang = {d.id: d.lang or "" for d in story_docs}
    for x, y in combinations(sorted(scored), 2):
        kind = kind_of(x.split("#")[0], y.split("#")[0], lang)
        same_gold = scored[x] == scored[y]
        same_found = predicted[x] == predicted[y]
        for key in (kind, "all"):
            s = scores[key]
            s.tp += same_gold and same_found
            s.fp += same_found and not same_gold
            s.fn += same_gold and not same_found
        if errors is not None and same_gold != same_found:
            what = "SPLIT" if same_gold else "JOINED"
            errors.append(f"  {what} {x} / {y} ({scored[x]} / {scored[y]})")


def load() -> tuple[dict[str, list[dict[str, Any]]], dict[str, str], dict[str, str]]:
    stories: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for line in CLAIMS_GOLD.read_text(encoding="utf-8").splitlines():
        a = json.loads(line)
        stories[a["story"]].append(a)
    incident: dict[str, str] = {}
    split: dict[str, str] = {}
    for line in MERGE_GOLD.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["corpus"] != "claims_gold":
            continue
        split[row["story"]] = row["split"]
        for ref in row["events"]:
            incident[ref] = row["incident"]
    return stories, incident, split


def same_type(docs: Iterable[Document]) -> dict[str, str]:
    return {f"{d.id}#{i}": e.type for d in docs for i, e in enumerate(d.events)}


def merged_groups(docs: Iterable[Document]) -> dict[str, str]:
    return {f"{r.doc_id}#{r.index}": m.id for m in merge_events(docs) for r in m.reports}


def evaluate(
    which: str, mode: str, grouping: Callable[[list[Document]], dict[str, str]], show: bool
) -> tuple[dict[str, PRF], int, int]:
    stories, incident, split = load()
    scores: dict[str, PRF] = defaultdict(PRF)
    found = total = 0
    stage = NarrativeStage()
    for story, articles in sorted(stories.items()):
        if which != "all" and split[story] != which:
            continue
        docs, refs = [], {}  # gold ref -> the ref of the event that stands for it
        for a in articles:
            doc = document(a)
            if mode == "gold":
                doc.events = gold_events(doc, a)
                pairs = {gi: gi for gi in range(len(a["events"]))}
            else:
                stage.process(doc)
                pairs = match(doc, a, doc.events)
            for gi, k in pairs.items():
                refs[f"{a['id']}#{gi}"] = f"{a['id']}#{k}"
            total += len(a["events"])
            found += len(pairs)
            docs.append(doc)
        groups = grouping(docs)
        predicted = {gold: groups[ref] for gold, ref in refs.items()}
        scored = {gold: incident[gold] for gold in refs}
        errors: list[str] | None = [] if show and split[story] == "dev" else None
        score(docs, scored, predicted, scores, errors)
        if errors:
            print(story, *errors, sep="\n")
    return scores, found, total


def speed(target: int = 12_000) -> None:
    stories, _, _ = load()
    base = []
    for articles in stories.values():
        for a in articles:
            doc = document(a)
            doc.events = gold_events(doc, a)
            base.append(doc)
    docs: list[Document] = []
    n = 0
    while sum(len(d.events) for d in docs) < target:
        docs += [replace(d, id=f"{d.id}-{n}", story="big") for d in base]
        n += 1
    events = sum(len(d.events) for d in docs)
    start = time.process_time()
    merged = merge_events(docs)
    took = time.process_time() - start
    print(f"speed: {events} events in {len(docs)} documents -> {len(merged)} merged events in "
          f"{took:.2f} CPU-s ({events / took:,.0f} events/s)")  # fmt: skip


def demo(db: str | None) -> None:
    import tempfile

    from rashomon.cli import DEMO_INPUTS
    from rashomon.runners.local import analyze
    from rashomon.stages.sources import load_aliases
    from rashomon.store import open_store

    root = Path(__file__).resolve().parents[1] / "data" / "demo"
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(db) if db else Path(tmp) / "demo.db")
        if not db:
            analyze([str(root / name) for name in DEMO_INPUTS], store,
                    sources=load_aliases(root / "sources.json"))  # fmt: skip
        docs = list(store.iter_documents())
        store.close()
    by_origin = {
        (Path(d.origin.path or "").resolve().relative_to(root).as_posix(), d.origin.record): d
        for d in docs
    }
    stories: dict[str, list[Document]] = defaultdict(list)
    for d in docs:
        stories[d.story or d.id].append(d)
    gold: dict[str, dict[str, str]] = defaultdict(dict)  # gold story -> event ref -> incident
    total = 0
    for line in MERGE_GOLD.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["corpus"] != "demo":
            continue
        for g in row["events"]:
            total += 1
            d = by_origin.get((g["path"], g["record"]))
            for i, e in enumerate(d.events if d else ()):
                said = " ".join(d.text[e.evidence_start : e.evidence_end].split())  # type: ignore[union-attr]
                if (e.type, d.text[e.trigger_start : e.trigger_end]) == (  # type: ignore[union-attr]
                    g["type"], g["trigger"]
                ) and said.startswith(g["sentence"]):  # fmt: skip
                    gold[row["story"]][f"{d.id}#{i}"] = row["incident"]  # type: ignore[union-attr]
                    break
    found = sum(len(refs) for refs in gold.values())
    for name, grouping in (("merge_events", merged_groups), ("same-type", same_type)):
        predicted: dict[str, str] = {}
        for story_id, members in stories.items():
            predicted |= {ref: f"{story_id}/{g}" for ref, g in grouping(members).items()}
        scores: dict[str, PRF] = defaultdict(PRF)
        for refs in gold.values():
            score(docs, refs, predicted, scores, None)
        print(f"[demo, dev] extracted events ({found}/{total} gold events found), {name}")
        for kind in (*KINDS, "all"):
            if scores[kind].tp + scores[kind].fp + scores[kind].fn:
                print(f"  {kind:16} {scores[kind].line()}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("dev", "test", "all"), default="all")
    parser.add_argument("--errors", action="store_true", help="list dev mistakes (gold events)")
    parser.add_argument("--speed", action="store_true")
    parser.add_argument("--demo", action="store_true", help="also score the demo-corpus part")
    parser.add_argument("--demo-db", help="an analysed demo store to reuse (with --demo)")
    args = parser.parse_args(argv)
    splits = ("dev", "test") if args.split == "all" else (args.split,)
    for split in splits:
        for mode in ("gold", "extracted"):
            for name, grouping in (("merge_events", merged_groups), ("same-type", same_type)):
                show = args.errors and mode == "gold" and name == "merge_events"
                scores, found, total = evaluate(split, mode, grouping, show)
                print(f"[{split}] {mode} events ({found}/{total} gold events scored), {name}")
                for kind in (*KINDS, "all"):
                    if scores[kind].tp + scores[kind].fp + scores[kind].fn:
                        print(f"  {kind:16} {scores[kind].line()}")
    if args.demo:
        demo(args.demo_db)
    if args.speed:
        speed()
    return 0


if __name__ == "__main__":
    sys.exit(main())
