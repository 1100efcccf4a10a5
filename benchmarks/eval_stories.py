"""Measure story clustering (``rashomon.corpus.stories.StoryClusterer``): quality, speed, scale.

Quality is BCubed F1 (precision and recall per document, averaged over documents) of the
incremental clusterer fed documents one by one in three random orders (seeds 0, 1, 2), never
told how many stories there are. Every set is read through the real pipeline (analysed into a
temporary store, then :func:`story_item`), so the clusterer sees the canonical entities, name
anchors, places and scenes the product gives it; the analysed documents are cached under
``$RASHOMON_CACHE`` keyed by the input and the package's files. Each set is scored with
vectors and dates alone, then with everything. Sets:

* ``dev`` — data/devsets/stories/articles.jsonl (our own, 71 stories told separately in two or
  three of en/ar/fa, with hard negatives), read as a JSONL feed. ``dev-written``: the same as
  written (gold languages and dates, no entities). The settings of ``StoryConfig`` were set on
  ``dev`` and ``demo`` (``--tune`` prints the grid it was chosen from).
* ``demo`` — the demo corpus (data/demo); gold is the manifest's ``event``. Also scored without
  the pieces written a year or more after their event (anniversaries): by our rule they are
  stories of their own, so the event gold does not hold for them.
* ``ntrex`` — NTREX-128 (``../shared/eval/parallel/NTREX-128``; measure only): each of the 123
  documents of ``DOCUMENT_IDS.tsv`` in English, Arabic and Persian is one story (369
  documents, no titles, no dates).

Other modes: ``--speed`` (what to embed: title + first k sentences vs all — dev F1, NTREX F1 and
documents/s of embedding + clustering, uncached), ``--scale`` (time and peak memory to cluster
10k and 100k generated vectors), ``--write-prior`` (rebuild the language prior means from the
dev set into src/rashomon/corpus/stories/prior.py).

Usage: ``.venv/bin/python benchmarks/eval_stories.py [--set dev,demo,ntrex]``
``[--config JSON] [--speed | --scale | --tune | --write-prior]`` (``--config`` overrides
``StoryConfig`` fields, e.g. to score the settings before a change).
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import random
import resource
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_retrieval import CACHE, NTREX, REPO, cached_embed  # noqa: E402

from rashomon.corpus.embed import LEAD_SENTENCES, document_pieces  # noqa: E402
from rashomon.corpus.stories import (  # noqa: E402
    StoryClusterer,
    StoryConfig,
    StoryItem,
    story_item,
)

DEVSET = REPO / "data/devsets/stories/articles.jsonl"
DEMO = REPO / "data/demo"
PRIOR = REPO / "src/rashomon/corpus/stories/prior.py"
SEEDS = (0, 1, 2)


class Doc:
    """A document to cluster, with its gold story."""

    def __init__(
        self,
        doc_id: str,
        gold: str,
        lang: str,
        title: str | None,
        text: str,
        spans: Sequence[tuple[int, int]] = (),
        published: date | None = None,
    ) -> None:
        self.id, self.gold, self.lang, self.title, self.text = doc_id, gold, lang, title, text
        self.spans = list(spans)
        self.published = published
        self.entities: frozenset[str] = frozenset()
        self.places: frozenset[str] = frozenset()
        self.scene: frozenset[str] = frozenset()
        self.event_day: date | None = None
        self.duplicate_of: str | None = None

    def item(self, vector: np.ndarray) -> StoryItem:
        """What the clusterer gets for this document."""
        return StoryItem(
            self.id,
            self.lang,
            vector,
            self.published,
            self.entities,
            self.places,
            self.duplicate_of,
            self.scene,
            self.event_day,
        )


def load_dev() -> list[Doc]:
    """The dev set as written (gold language, title, date; no entities or places)."""
    docs = []
    for line in DEVSET.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        pub = date.fromisoformat(r["published"])
        docs.append(Doc(r["id"], r["story"], r["lang"], r["title"], r["text"], published=pub))
    return docs


def load_dev_pipeline() -> list[Doc]:
    """The dev set read through the real pipeline, as ``rashomon analyze`` reads a JSONL feed
    (language detected, dates parsed, entities linked, places resolved)."""
    records = [json.loads(x) for x in DEVSET.read_text(encoding="utf-8").splitlines() if x]

    def run(tmp: Path) -> tuple[list[str], dict[tuple[str, int | None], str]]:
        feed = tmp / "dev.jsonl"
        lines = [
            json.dumps({"title": r["title"], "text": r["text"], "date": r["published"]})
            for r in records
        ]
        feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
        gold = {(str(feed.resolve()), i): r["story"] for i, r in enumerate(records)}
        return [str(feed)], gold

    return _pipeline_docs("dev", DEVSET.read_bytes(), run)


def load_demo() -> list[Doc]:
    """The demo corpus read through the real pipeline; gold is the manifest's ``event``."""
    from rashomon.cli import DEMO_INPUTS

    manifest = [json.loads(x) for x in (DEMO / "manifest.jsonl").read_text().splitlines() if x]

    def run(tmp: Path) -> tuple[list[str], dict[tuple[str, int | None], str]]:
        gold = {(str((DEMO / m["path"]).resolve()), m["record"]): m["event"] for m in manifest}
        return [str(DEMO / n) for n in DEMO_INPUTS], gold

    key = b"".join(p.read_bytes() for p in sorted(DEMO.rglob("*")) if p.is_file())
    return _pipeline_docs("demo", key, run)


def load_ntrex() -> list[Doc]:
    """NTREX-128 as written: each document in English, Arabic and Persian is one story."""
    root = NTREX / "NTREX-128"
    ids = (NTREX / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").split("\n")[:1997]
    files = {
        "en": "newstest2019-src.eng.txt",
        "ar": "newstest2019-ref.arb.txt",
        "fa": "newstest2019-ref.fas.txt",
    }
    docs = []
    for lang, name in files.items():
        lines = (root / name).read_text(encoding="utf-8").split("\n")[:1997]
        lines = [line.rstrip("\r") for line in lines]
        grouped: dict[str, list[str]] = defaultdict(list)
        for doc, line in zip(ids, lines, strict=True):
            grouped[doc.strip()].append(line)
        for doc, sents in grouped.items():
            text = "\n".join(sents)
            spans, at = [], 0
            for s in sents:
                spans.append((at, at + len(s)))
                at += len(s) + 1
            docs.append(Doc(f"{doc}.{lang}", doc, lang, None, text, spans))
    return docs


def load_ntrex_pipeline() -> list[Doc]:
    """NTREX documents through the real pipeline (one JSONL feed, no titles or dates)."""
    plain = load_ntrex()

    def run(tmp: Path) -> tuple[list[str], dict[tuple[str, int | None], str]]:
        feed = tmp / "ntrex.jsonl"
        feed.write_text(
            "".join(json.dumps({"text": d.text}) + "\n" for d in plain), encoding="utf-8"
        )
        return [str(feed)], {(str(feed.resolve()), i): d.gold for i, d in enumerate(plain)}

    key = "".join(d.text for d in plain).encode()
    return _pipeline_docs("ntrex", key, run)


def _pipeline_docs(
    name: str,
    content: bytes,
    inputs: Callable[[Path], tuple[list[str], dict[tuple[str, int | None], str]]],
) -> list[Doc]:
    """Analyse ``inputs`` into a temporary store (no stories step) and read each document back
    as the stories step sees it (:func:`story_item`, applied on reading, so a change to it
    needs no re-run). The analysed documents are cached on disk, keyed by the input and by
    every file of the package but the stories code (stages, models, gazetteers, dedup), so a
    changed stage re-runs it."""
    key = hashlib.sha1(content)
    for file in sorted((REPO / "src/rashomon").rglob("*")):
        if file.is_file() and not {"__pycache__", "stories"} & set(file.parts):
            key.update(file.relative_to(REPO).as_posix().encode() + file.read_bytes())
    path = CACHE / f"stories-pipeline-{name}-{key.hexdigest()[:12]}.json"
    if path.exists():
        return [_doc_from_json(r) for r in json.loads(path.read_text(encoding="utf-8"))]
    import tempfile

    from rashomon.runners.local import analyze
    from rashomon.serialize import document_to_record
    from rashomon.stages.sources import load_aliases
    from rashomon.store import DocumentFilter, open_store

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        paths, gold = inputs(Path(tmp))
        store = open_store(Path(tmp) / f"{name}.db")
        aliases = load_aliases(DEMO / "sources.json") if name == "demo" else None
        analyze(paths, store, sources=aliases, stories=False)
        for d in store.iter_documents(DocumentFilter(status="ok")):
            where = str(Path(d.origin.path or "").resolve())
            rows.append({"gold": gold[(where, d.origin.record)], "doc": document_to_record(d)})
        store.close()
    CACHE.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    return [_doc_from_json(r) for r in rows]


def _doc_from_json(r: dict[str, Any]) -> Doc:
    """A stored analysed document as the stories step reads it (:func:`story_item`)."""
    from rashomon.serialize import record_to_document

    d = record_to_document(r["doc"])
    item = story_item(d, np.zeros(1))
    spans = [(s.start, s.end) for s in d.segments]
    doc = Doc(d.id, r["gold"], item.lang, d.title, d.text, spans, item.published)
    doc.entities, doc.places, doc.duplicate_of = item.entities, item.places, item.duplicate_of
    doc.scene, doc.event_day = item.scene, item.event_day
    return doc


def vectors(docs: Sequence[Doc], lead: int) -> np.ndarray:
    """Pooled document vectors, from cached sentence vectors (the same pooling as Embedder)."""
    pieces = [document_pieces(d.title, d.text, d.spans, d.lang, lead=lead) for d in docs]
    # every sentence of every document, so that one cache entry serves every ``lead``
    every = sorted({p for d in docs for p in document_pieces(d.title, d.text, d.spans, lead=0)})
    table = dict(zip(every, cached_embed(every), strict=True))
    out = np.stack([np.mean([table[p] for p in ps], axis=0) for ps in pieces])
    return (out / np.linalg.norm(out, axis=1, keepdims=True)).astype(np.float32)


def cluster(
    docs: Sequence[Doc], vecs: np.ndarray, config: StoryConfig, seed: int, use_links: bool = True
) -> dict[str, str]:
    order = list(range(len(docs)))
    random.Random(seed).shuffle(order)
    clusterer = StoryClusterer(config)
    for i in order:
        d = docs[i]
        item = d.item(vecs[i])
        if not use_links:
            item = StoryItem(d.id, d.lang, vecs[i], d.published)
        clusterer.add(item)
    return {doc: sid for sid, members in clusterer.stories().items() for doc in members}


def bcubed(pred: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    by_pred: dict[str, set[str]] = defaultdict(set)
    by_gold: dict[str, set[str]] = defaultdict(set)
    for d, c in pred.items():
        by_pred[c].add(d)
    for d, g in gold.items():
        by_gold[g].add(d)
    p = r = 0.0
    for d in pred:
        same = by_pred[pred[d]] & by_gold[gold[d]]
        p += len(same) / len(by_pred[pred[d]])
        r += len(same) / len(by_gold[gold[d]])
    p, r = p / len(pred), r / len(pred)
    return p, r, 2 * p * r / (p + r)


def score(
    docs: Sequence[Doc], vecs: np.ndarray, config: StoryConfig, use_links: bool = True
) -> list[tuple[float, float, float, int]]:
    gold = {d.id: d.gold for d in docs}
    out = []
    for seed in SEEDS:
        pred = cluster(docs, vecs, config, seed, use_links)
        out.append((*bcubed(pred, gold), len(set(pred.values()))))
    return out


def load(name: str) -> list[Doc]:
    """A set as the product sees it: through the real pipeline (``dev-written``: the dev set
    as written, gold languages and dates, no entities or places)."""
    loaders = {
        "dev": load_dev_pipeline,
        "dev-written": load_dev,
        "demo": load_demo,
        "ntrex": load_ntrex_pipeline,
    }
    return loaders[name]()


def without_anniversaries(docs: Sequence[Doc], days: int = 300) -> list[Doc]:
    """``docs`` less the pieces written long after their event (anniversaries, retrospectives):
    by our rule they are stories of their own, so the demo's event gold does not hold there."""
    first: dict[str, int] = {}
    for d in docs:
        if d.published:
            first[d.gold] = min(first.get(d.gold, 10**9), d.published.toordinal())
    return [d for d in docs if not d.published or d.published.toordinal() - first[d.gold] < days]


def report(sets: list[str], config: StoryConfig, lead: int) -> None:
    print(f"lead={lead} {config}")
    print("| set | docs | gold stories | BCubed P / R / F1 (stories found), orders 0, 1, 2 |")
    print("|---|---|---|---|")
    for name in sets:
        docs = load(name)
        vecs = vectors(docs, lead)
        rows = [(name, docs, vecs)]
        if name == "demo":
            kept = without_anniversaries(docs)
            keep = [i for i, d in enumerate(docs) if d in kept]
            rows.append(("demo without anniversaries", kept, vecs[keep]))
        for label, part, pvecs in rows:
            for extra, use_links in ((" (vectors + dates)", False), ("", True)):
                res = score(part, pvecs, config, use_links)
                cells = "; ".join(f"{p:.3f} / {r:.3f} / **{f:.3f}** ({n})" for p, r, f, n in res)
                golds = len({d.gold for d in part})
                print(f"| {label}{extra} | {len(part)} | {golds} | {cells} |", flush=True)


def explain(sets: list[str], config: StoryConfig, lead: int, top: int = 3) -> None:
    """For each order, the documents placed in a story other than their gold story's main one
    (the story holding most of its documents) or in a story where another gold story is the
    majority, with the ``top`` candidate stories as they scored when the document arrived:
    each score's terms (:meth:`StoryClusterer.explain`) and which gold stories the candidate
    held then. Development sets only (never ``ntrex``)."""
    if any(name.startswith("ntrex") for name in sets):
        sys.exit("NTREX is measure only: explain dev and demo")
    for name in sets:
        docs = load(name)
        vecs = vectors(docs, lead)
        gold = {d.id: d.gold for d in docs}
        for seed in SEEDS:
            order = list(range(len(docs)))
            random.Random(seed).shuffle(order)
            clusterer = StoryClusterer(config)
            seen: dict[str, list[str]] = {}
            for i in order:
                d = docs[i]
                item = d.item(vecs[i])
                held = {sid: [gold[m] for m in ms] for sid, ms in clusterer.stories().items()}
                seen[d.id] = [
                    f"{sid[-6:]} {sum(t.values()):+.3f} = "
                    + " ".join(f"{k} {v:+.3f}" for k, v in t.items())
                    + f" | holds {dict(Counter(held[sid]))}"
                    for sid, t in sorted(
                        clusterer.explain(item).items(), key=lambda kv: -sum(kv[1].values())
                    )[:top]
                ]
                clusterer.add(item)
            pred = {doc: sid for sid, ms in clusterer.stories().items() for doc in ms}
            main = {
                g: Counter(pred[x] for x in gold if gold[x] == g).most_common(1)[0][0]
                for g in set(gold.values())
            }
            majority = {
                sid: Counter(gold[m] for m in ms).most_common(1)[0][0]
                for sid, ms in clusterer.stories().items()
            }
            print(f"## {name}, order {seed}: F1 {bcubed(pred, gold)[2]:.3f}")
            for i in order:
                d = docs[i]
                if pred[d.id] == main[d.gold] and majority[pred[d.id]] == d.gold:
                    continue
                when = d.published.isoformat() if d.published else "undated"
                day = d.event_day.isoformat() if d.event_day else "-"
                print(f"- {d.gold} {d.lang} {when} (event day {day}) {d.title!r}")
                print(f"  went to {pred[d.id][-6:]}; scene {sorted(d.scene)}")
                for line in seen[d.id] or ["no candidate story"]:
                    print(f"    {line}")


def tune(lead: int, sets: list[str]) -> None:
    """Grid over the main settings on development sets (``dev``, ``demo``; never ``ntrex``),
    read through the real pipeline with the entities and places the product gives.

    ``dev`` is also scored without publication dates (and so without event days): without
    them the embedding threshold alone must separate the stories, so the chosen ``join``
    should sit well inside the plateau of both. ``demo`` is scored without its anniversary
    pieces as well. (Earlier grids, over ``entity_saturation``, ``scene_mismatch`` and
    ``undated_penalty``, chose the values those keep.)
    """
    if any(name.startswith("ntrex") for name in sets):
        sys.exit("NTREX is measure only: tune on dev and demo")
    data = {}
    for name in sets:
        docs = load(name)
        data[name] = (docs, vectors(docs, lead))
        if name == "dev":
            nodates = [Doc(d.id, d.gold, d.lang, d.title, d.text, d.spans) for d in docs]
            for new, old in zip(nodates, docs, strict=True):
                new.entities, new.places, new.scene = old.entities, old.places, old.scene
            data["dev-undated"] = (nodates, data[name][1])
        if name == "demo":
            kept = without_anniversaries(docs)
            keep = [i for i, d in enumerate(docs) if d in kept]
            data["demo-1y"] = (kept, data[name][1][keep])
    print("join same_lang_offset day_mismatch scene_share: BCubed F1 min/mean over 3 orders")
    for join in np.arange(0.24, 0.35, 0.02):
        for offset in (0.0, 0.03, 0.05, 0.10):
            for day in (0.0, 0.1, 0.2, 0.3):
                for share in (0.5, 0.3):
                    cfg = replace(
                        StoryConfig(),
                        join=float(join),
                        same_lang_offset=offset,
                        day_mismatch=day,
                        scene_share=share,
                    )
                    cells = []
                    for k, v in data.items():
                        f1 = [x[2] for x in score(*v, cfg)]
                        cells.append(f"{k} {min(f1):.3f}/{np.mean(f1):.3f}")
                    head = f"{join:.2f} {offset:.2f} {day:.1f} {share:.1f}"
                    print(f"{head}  {'  '.join(cells)}", flush=True)


def speed(sets: list[str]) -> None:
    """Quality and throughput of what is embedded, on news-length documents.

    Throughput is measured on 24 NTREX documents (8 per language, 17 sentences on average:
    news length), embedded from scratch (no cache) and clustered; the dev set's reports have
    only 3–4 sentences, so beyond 4 its F1 cannot change.
    """
    from rashomon.corpus.embed import get_embedder

    dev = load_dev()
    ntrex = load_ntrex()
    emb = get_embedder()
    emb.embed(["warm-up"])
    sample = [d for lang in ("en", "ar", "fa") for d in ntrex if d.lang == lang][::15][:24]
    print(
        "| embedded | dev F1 (3 orders) | NTREX F1 (3 orders) | pieces/doc (NTREX)"
        " | docs/s (embed + cluster, NTREX) |"
    )
    print("|---|---|---|---|---|")
    for lead in (1, 2, 4, 8, 0):
        f_dev = [x[2] for x in score(dev, vectors(dev, lead), StoryConfig())]
        f_nt = [x[2] for x in score(ntrex, vectors(ntrex, lead), StoryConfig())]
        start = time.perf_counter()
        vecs = emb.embed_documents([(d.title, d.text, d.spans, d.lang) for d in sample], lead=lead)
        clusterer = StoryClusterer()
        for d, v in zip(sample, vecs, strict=True):
            clusterer.add(StoryItem(d.id, d.lang, v, d.published))
        rate = len(sample) / (time.perf_counter() - start)
        pieces = np.mean(
            [len(document_pieces(d.title, d.text, d.spans, lead=lead)) for d in sample]
        )
        what = f"title + first {lead}" if lead else "title + all sentences"
        fd = " ".join(f"{f:.3f}" for f in f_dev)
        fn = " ".join(f"{f:.3f}" for f in f_nt)
        print(f"| {what} | {fd} | {fn} | {pieces:.1f} | {rate:.1f} |", flush=True)


def scale_one(n: int, seed: int = 0) -> None:
    """Cluster ``n`` generated documents; prints seconds, peak RSS growth (MiB), stories."""
    rng = np.random.default_rng(seed)
    dim = 384
    langs = ["en", "ar", "fa"]
    lang_dir = {lang: rng.normal(size=dim) for lang in langs}
    n_stories = max(1, n // 3)
    centres = rng.normal(size=(n_stories, dim))
    days = rng.integers(0, 3 * 365, size=n_stories)
    base = date(2020, 1, 1).toordinal()
    which = rng.integers(0, n_stories, size=n)
    lang_of = rng.integers(0, 3, size=n)

    def vector(i: int) -> np.ndarray:
        v = 0.8 * lang_dir[langs[lang_of[i]]] + centres[which[i]] + 0.5 * rng.normal(size=dim)
        return (v / np.linalg.norm(v)).astype(np.float32)

    # language priors as a development set gives them: means of 1,000 documents like these
    sample = np.stack([vector(i) for i in range(min(n, 1000))])
    priors = {
        lang: sample[lang_of[: len(sample)] == k].mean(axis=0) for k, lang in enumerate(langs)
    }
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    clusterer = StoryClusterer(priors=priors)
    start = time.perf_counter()
    for i in range(n):
        day = date.fromordinal(base + int(days[which[i]]) + int(rng.integers(0, 3)))
        clusterer.add(StoryItem(f"d{i}", langs[lang_of[i]], vector(i), day))
    took = time.perf_counter() - start
    peak = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    print(
        json.dumps(
            {
                "n": n,
                "seconds": round(took, 1),
                "peak_rss_mib": round(peak),
                "stories": len(clusterer.stories()),
            }
        )
    )


def scale() -> None:
    print("| documents | seconds | docs/s | peak RSS growth (MiB) | stories (true) |")
    print("|---|---|---|---|---|")
    for n in (10_000, 100_000):
        out = subprocess.run(
            [sys.executable, __file__, "--scale-one", str(n)],
            capture_output=True,
            text=True,
            check=True,
        )
        r = json.loads(out.stdout.strip().splitlines()[-1])
        print(
            f"| {n:,} | {r['seconds']} | {n / r['seconds']:.0f} | {r['peak_rss_mib']}"
            f" | {r['stories']:,} ({n // 3:,}) |"
        )


def write_prior(lead: int) -> None:
    docs = load_dev()
    vecs = vectors(docs, lead)
    data = {}
    for lang in sorted({d.lang for d in docs}):
        mean = vecs[[i for i, d in enumerate(docs) if d.lang == lang]].mean(axis=0)
        data[lang] = base64.b64encode(mean.astype(np.float16).tobytes()).decode()
    text = PRIOR.read_text(encoding="utf-8")
    head = text[: text.index("_DATA: dict[str, str] = ")]
    body = "".join(
        f'    "{lang}": (\n'
        + "".join(f'        "{b64[i : i + 88]}"\n' for i in range(0, len(b64), 88))
        + "    ),\n"
        for lang, b64 in data.items()
    )
    tail = text[text.index("\n\n\n@cache") :]
    PRIOR.write_text(head + "_DATA: dict[str, str] = {\n" + body + "}" + tail, encoding="utf-8")
    print(f"wrote {PRIOR} ({', '.join(data)})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", default="dev,demo,ntrex")
    parser.add_argument("--lead", type=int, default=LEAD_SENTENCES)
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--speed", action="store_true")
    mode.add_argument("--scale", action="store_true")
    mode.add_argument("--tune", action="store_true")
    mode.add_argument("--write-prior", action="store_true")
    mode.add_argument("--explain", action="store_true")
    mode.add_argument("--scale-one", type=int, help=argparse.SUPPRESS)
    parser.add_argument(
        "--config",
        default="{}",
        help="StoryConfig fields to override, as JSON, e.g. '{\"join\": 0.26}'",
    )
    args = parser.parse_args()
    sets = args.set.split(",")
    if args.scale_one:
        scale_one(args.scale_one)
    elif args.speed:
        speed(sets)
    elif args.scale:
        scale()
    elif args.tune:
        tune(args.lead, sets)
    elif args.explain:
        explain(sets, replace(StoryConfig(), **json.loads(args.config)), args.lead)
    elif args.write_prior:
        write_prior(args.lead)
    else:
        report(sets, replace(StoryConfig(), **json.loads(args.config)), args.lead)


if __name__ == "__main__":
    main()
