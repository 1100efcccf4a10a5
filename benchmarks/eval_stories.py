"""Measure story clustering (``rashomon.corpus.stories.StoryClusterer``): quality, speed, scale.

Quality is BCubed F1 (precision and recall per document, averaged over documents) of the
incremental clusterer fed documents one by one in three random orders (seeds 0, 1, 2), never
told how many stories there are. Sets:

* ``dev`` — data/devsets/stories/articles.jsonl (our own, 71 stories told separately in two or
  three of en/ar/fa, with hard negatives). The thresholds of ``StoryConfig`` were set here
  (``--tune`` prints the grid it was chosen from).
* ``demo`` — the demo corpus (data/demo, read through the real pipeline); gold is the
  manifest's ``event``.
* ``ntrex`` — NTREX-128 (``../shared/eval/parallel/NTREX-128``; measure only): each of the 123
  documents of ``DOCUMENT_IDS.tsv`` in English, Arabic and Persian is one story (369
  documents, no titles, no dates).

Other modes: ``--speed`` (what to embed: title + first k sentences vs all — dev F1, NTREX F1 and
documents/s of embedding + clustering, uncached), ``--scale`` (time and peak memory to cluster
10k and 100k generated vectors), ``--write-prior`` (rebuild the language prior means from the
dev set into src/rashomon/corpus/stories/prior.py).

Usage: ``.venv/bin/python benchmarks/eval_stories.py [--set dev,demo,ntrex]``
``[--speed | --scale | --tune | --write-prior]``
"""

from __future__ import annotations

import argparse
import base64
import json
import random
import resource
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_retrieval import NTREX, REPO, cached_embed  # noqa: E402

from rashomon.corpus.embed import LEAD_SENTENCES, document_pieces  # noqa: E402
from rashomon.corpus.stories import (  # noqa: E402
    StoryClusterer,
    StoryConfig,
    StoryItem,
    anchors,
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
        self.duplicate_of: str | None = None


def load_dev() -> list[Doc]:
    docs = []
    for line in DEVSET.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        pub = date.fromisoformat(r["published"])
        docs.append(Doc(r["id"], r["story"], r["lang"], r["title"], r["text"], published=pub))
    return docs


def load_ntrex() -> list[Doc]:
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


def load_demo() -> list[Doc]:
    import tempfile

    from rashomon.cli import DEMO_INPUTS
    from rashomon.runners.local import analyze
    from rashomon.stages.sources import load_aliases
    from rashomon.store import open_store

    manifest = [json.loads(x) for x in (DEMO / "manifest.jsonl").read_text().splitlines() if x]
    gold = {(m["path"], m["record"]): m["event"] for m in manifest}
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "demo.db")
        analyze(
            [str(DEMO / n) for n in DEMO_INPUTS], store, sources=load_aliases(DEMO / "sources.json")
        )
        docs = []
        for d in store.iter_documents():
            rel = Path(d.origin.path or "").resolve().relative_to(DEMO.resolve()).as_posix()
            item = story_item(d, np.zeros(1))
            spans = [(s.start, s.end) for s in d.segments]
            doc = Doc(d.id, gold[(rel, d.origin.record)], item.lang, d.title, d.text, spans)
            doc.published, doc.entities, doc.places = item.published, item.entities, item.places
            doc.duplicate_of = item.duplicate_of
            docs.append(doc)
        store.close()
    return docs


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
        item = StoryItem(d.id, d.lang, vecs[i], d.published, d.entities, d.places, d.duplicate_of)
        clusterer.add(
            item
            if use_links
            else replace(item, entities=frozenset(), places=frozenset(), duplicate_of=None)
        )
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
    return {"dev": load_dev, "demo": load_demo, "ntrex": load_ntrex}[name]()


def report(sets: list[str], config: StoryConfig, lead: int) -> None:
    print(f"lead={lead} {config}")
    print("| set | docs | gold stories | BCubed P / R / F1 (stories found), orders 0, 1, 2 |")
    print("|---|---|---|---|")
    for name in sets:
        docs = load(name)
        vecs = vectors(docs, lead)
        # the NER step's canonical entities are not available here: the names of the text
        # (romanised skeletons, rashomon.corpus.stories.anchors) stand in for them
        variants = [(" (vectors + dates)", False), (" (+ name anchors as entities, copies)", True)]
        for d in docs:
            pieces = document_pieces(d.title, d.text, d.spans, lead=lead)
            d.entities = anchors(" ".join(pieces)).names
        for label, use_links in variants:
            res = score(docs, vecs, config, use_links)
            cells = "; ".join(f"{p:.3f} / {r:.3f} / **{f:.3f}** ({n})" for p, r, f, n in res)
            print(f"| {name}{label} | {len(docs)} | {len({d.gold for d in docs})} | {cells} |")


def tune(lead: int, sets: list[str]) -> None:
    """Grid over the main settings on development sets (``dev``, ``demo``; never ``ntrex``).

    Each set is scored with name anchors as entities (as ``report`` does); ``dev`` is also
    scored without publication dates: without them the embedding threshold alone must separate
    the stories, so the chosen ``join`` should sit well inside the plateau of both.
    """
    if "ntrex" in sets:
        sys.exit("NTREX is measure only: tune on dev and demo")
    data = {}
    for name in sets:
        docs = load(name)
        for d in docs:
            d.entities = anchors(
                " ".join(document_pieces(d.title, d.text, d.spans, lead=lead))
            ).names
        data[name] = (docs, vectors(docs, lead))
        if name == "dev":
            nodates = [Doc(d.id, d.gold, d.lang, d.title, d.text, d.spans) for d in docs]
            data["dev-undated"] = (nodates, data[name][1])
    print("join undated_penalty date_weight entity_weight: mean BCubed F1 over 3 orders per set")
    for join in np.arange(0.22, 0.36, 0.02):
        for undated in (0.10, 0.14, 0.18):
            for dw in (0.25, 0.5):
                for ew in (0.0, 0.1, 0.2):
                    cfg = replace(
                        StoryConfig(),
                        join=float(join),
                        undated_penalty=undated,
                        date_weight=dw,
                        entity_weight=ew,
                    )
                    f1 = {k: np.mean([x[2] for x in score(*v, cfg)]) for k, v in data.items()}
                    cells = " ".join(f"{k} {v:.3f}" for k, v in f1.items())
                    print(f"{join:.2f} {undated:.2f} {dw:.2f} {ew:.1f}  {cells}", flush=True)


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
    mode.add_argument("--scale-one", type=int, help=argparse.SUPPRESS)
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
    elif args.write_prior:
        write_prior(args.lead)
    else:
        report(sets, StoryConfig(), args.lead)


if __name__ == "__main__":
    main()
