"""Train the claim-link model (:data:`rashomon.stages.claims.align.MODEL`) on our own pairs.

The labelled pairs are ``benchmarks/data/claims_gold_links.jsonl`` (written by
``benchmarks/data/claims_gold_make.py``: our own sentences, CC0). Each pair's two claims go
through the claim-links step's own path (the gold articles analysed by ``narrative.v1`` from
gold mentions and times, :func:`rashomon.corpus.claim_links.story_claims`), the readings that
:func:`~rashomon.stages.claims.align.compare_readings` would compare are turned into
:func:`~rashomon.stages.claims.align.pair_features`, and a multinomial logistic regression
(numpy, full-batch gradient descent, L2) is fitted on the ``train`` split. Its L2 strength and
the probability at which it overrules the rules are chosen on the ``dev`` split pooled with
the ``train`` pairs decided leave-one-story-out (27 dev pairs alone tell settings apart by a
pair or two), scored as ``benchmarks/eval_claims.py --links`` scores it (a gold pair that is
not a candidate counts as unrelated): contradiction F1 first, then accuracy; ties go to the
higher threshold (the rules alone at 1.01). The ``test`` split is never read.

Usage: ``.venv/bin/python -m rashomon.stages.claims.train_links [--out PATH]`` (a few
seconds; deterministic).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import numpy as np

from .align import (
    MODEL,
    RELATIONS,
    Alignment,
    LinkModel,
    Relation,
    Slots,
    best_readings,
    compare,
    decide,
    pair_features,
)

ROOT = Path(__file__).resolve().parents[4]
L2 = (0.01, 0.1, 0.3, 1.0, 3.0)
THRESHOLDS = (0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)  # 1.01: the rules alone


@dataclass(frozen=True, slots=True)
class Pair:
    a: tuple[Slots, ...]
    b: tuple[Slots, ...]
    cross_language: bool
    candidate: bool  # the claim-links step would decide it at all
    label: Relation
    story: str  # of its first claim: the unit of cross-validation
    same_story: bool = True  # both claims of one story (the claim-links step pairs no others)


def _eval_module() -> ModuleType:
    path = ROOT / "benchmarks" / "eval_claims.py"
    spec = importlib.util.spec_from_file_location("eval_claims", path)
    if spec is None or spec.loader is None:
        raise FileNotFoundError(path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    return module


def labelled_pairs(splits: tuple[str, ...]) -> dict[str, list[Pair]]:
    """The gold links of ``splits`` as pairs of claim readings, per split."""
    from ...corpus.claim_links import candidate_pairs, story_claims

    ev = _eval_module()
    docs = ev.gold_documents(False)
    by_story = defaultdict(list)
    for doc in docs.values():
        by_story[doc.story or ""].append(doc)
    claims = {}
    candidates = set()
    for members in by_story.values():
        found = story_claims(sorted(members, key=lambda d: d.id))
        for c in found:
            claims[(c.doc_id, c.index)] = c
        for i, j in candidate_pairs(found):
            candidates.add(((found[i].doc_id, found[i].index), (found[j].doc_id, found[j].index)))
    out: dict[str, list[Pair]] = defaultdict(list)
    for line in ev.LINKS.read_text(encoding="utf-8").splitlines():
        link = json.loads(line)
        if link["split"] not in splits:
            continue
        (da, ia), (db, ib) = link["a"], link["b"]
        ka, kb = (da, ev.claim_at(docs[da], ia)), (db, ev.claim_at(docs[db], ib))
        if ka not in claims or kb not in claims:
            raise ValueError(f"no claim at {link['a']} or {link['b']}")
        ca, cb = claims[ka], claims[kb]
        candidate = (ka, kb) in candidates or (kb, ka) in candidates
        out[link["split"]].append(Pair(ca.readings, cb.readings, docs[da].lang != docs[db].lang,
                                       candidate, Relation(link["relation"]),
                                       docs[da].story or "",
                                       docs[da].story == docs[db].story))  # fmt: skip
    return out


def features(p: Pair) -> list[float]:
    x, y = best_readings(p.a, p.b)
    return pair_features(x, y, compare(x, y, same_story=p.same_story), p.cross_language)


def fit(
    x: np.ndarray, y: np.ndarray, l2: float, steps: int = 3000, rate: float = 0.5
) -> np.ndarray:
    """Weights (relations x features) of a softmax regression; the bias (column 0) is not
    penalised."""
    n, d = x.shape
    w = np.zeros((len(RELATIONS), d))
    onehot = np.eye(len(RELATIONS))[y]
    mask = np.ones(d)
    mask[0] = 0.0
    for _ in range(steps):
        scores = x @ w.T
        scores -= scores.max(axis=1, keepdims=True)
        p = np.exp(scores)
        p /= p.sum(axis=1, keepdims=True)
        grad = (p - onehot).T @ x / n + l2 * w * mask
        w -= rate * grad
    return w


def predict(pairs: list[Pair], model: LinkModel | None) -> list[Relation]:
    out = []
    for p in pairs:
        if not p.candidate:
            out.append(Relation.UNRELATED)
            continue
        decided: Alignment = decide(
            p.a, p.b, cross_language=p.cross_language, same_story=p.same_story, model=model
        )
        out.append(decided.relation)
    return out


def scores(pairs: list[Pair], got: list[Relation]) -> tuple[float, float]:
    """(contradiction F1, accuracy)."""
    tp = sum(p.label is g is Relation.CONTRADICTS for p, g in zip(pairs, got, strict=True))
    fp = sum(
        g is Relation.CONTRADICTS and p.label is not g for p, g in zip(pairs, got, strict=True)
    )
    fn = sum(p.label is Relation.CONTRADICTS and g is not p.label
             for p, g in zip(pairs, got, strict=True))  # fmt: skip
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    right = sum(p.label is g for p, g in zip(pairs, got, strict=True))
    return f1, right / len(pairs) if pairs else 0.0


def cross_validated(
    pairs: list[Pair], x: np.ndarray, y: np.ndarray, l2: float, threshold: float
) -> list[Relation]:
    """Decisions on ``pairs`` of models fitted leaving out each pair's own story."""
    got: list[Relation] = [Relation.UNRELATED] * len(pairs)
    for story in sorted({p.story for p in pairs}):
        keep = np.array([p.story != story for p in pairs])
        w = fit(x[keep], y[keep], l2)
        model = LinkModel(tuple(tuple(float(v) for v in row) for row in w), threshold)
        held = [i for i, p in enumerate(pairs) if p.story == story]
        for i, rel in zip(held, predict([pairs[i] for i in held], model), strict=True):
            got[i] = rel
    return got  # fmt: skip


def train(out: Path = MODEL) -> LinkModel:
    data = labelled_pairs(("train", "dev"))
    train_pairs, dev = data["train"], data["dev"]
    x = np.array([features(p) for p in train_pairs])
    y = np.array([RELATIONS.index(p.label) for p in train_pairs])
    rules_only = scores(dev, predict(dev, None))
    print(f"{len(train_pairs)} train pairs, {len(dev)} dev pairs; rules alone on dev: "
          f"contradiction F1 {rules_only[0]:.3f}, accuracy {rules_only[1]:.3f}")  # fmt: skip
    best: tuple[tuple[float, ...], LinkModel, float] | None = None
    for l2 in L2:
        w = fit(x, y, l2)
        weights = tuple(tuple(float(v) for v in row) for row in w)
        for threshold in THRESHOLDS:
            model = LinkModel(weights, threshold)
            on_dev = predict(dev, model)
            held = cross_validated(train_pairs, x, y, l2, threshold)
            f1, acc = scores(dev, on_dev)
            cv_f1, cv_acc = scores(train_pairs, held)
            pooled = scores(dev + train_pairs, on_dev + held)
            print(f"  l2 {l2:<5} threshold {threshold:<5} dev contradiction F1 {f1:.3f}, "
                  f"accuracy {acc:.3f}; train leave-one-story-out {cv_f1:.3f}, {cv_acc:.3f}; "
                  f"pooled {pooled[0]:.3f}, {pooled[1]:.3f}")  # fmt: skip
            # 27 dev pairs alone tell settings apart by a pair or two: the train stories,
            # each decided by a model that did not see it, are pooled with them
            key = (*pooled, threshold, l2)
            if best is None or key > best[0]:
                best = (key, model, l2)
    assert best is not None
    (_, _, threshold, l2), model, _ = best
    f1, acc = scores(dev, predict(dev, model))
    train_acc = scores(train_pairs, predict(train_pairs, model))[1]
    out.write_text(
        model.to_json(
            l2=l2,
            trained_on="benchmarks/data/claims_gold_links.jsonl, split train "
            f"({len(train_pairs)} pairs of our own sentences, CC0)",
            dev={"contradiction_f1": round(f1, 3), "accuracy": round(acc, 3)},
            command="python -m rashomon.stages.claims.train_links",
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"chose l2 {l2}, threshold {threshold}: dev contradiction F1 {f1:.3f}, accuracy "
          f"{acc:.3f} (train accuracy {train_acc:.3f}); wrote {out}")  # fmt: skip
    return model


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=MODEL)
    args = ap.parse_args(argv)
    train(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
