"""A linear classifier over hashed string features, trained full-batch with Adam in numpy.

Features are strings ("w=regime", "c=ion ") hashed with CRC-32 into ``2**20`` buckets, so no
vocabulary is stored; a trained model keeps only the buckets its training data touched
(sorted, looked up with ``searchsorted``) and their weights. ``softmax`` picks one class per
example (technique of a given span); ``sigmoid`` scores each class on its own (multi-label).
Full-batch training is exact and fast here: the gradient of the sparse product is a
``reduceat`` over the non-zeros sorted by bucket, computed once.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

BUCKETS = 1 << 20


def hash_features(features: Sequence[str]) -> np.ndarray:
    """Bucket ids of a bag of features (duplicates kept: a repeated feature counts more)."""
    return np.fromiter(
        (zlib.crc32(f.encode("utf-8")) % BUCKETS for f in features),
        dtype=np.int64,
        count=len(features),
    )


@dataclass
class Rows:
    """A sparse matrix in CSR form with rows L2-normalised (so long spans do not dominate)."""

    indptr: np.ndarray
    indices: np.ndarray
    data: np.ndarray

    @classmethod
    def build(cls, bags: Sequence[Sequence[str]]) -> Rows:
        indptr = [0]
        idx: list[np.ndarray] = []
        vals: list[np.ndarray] = []
        for bag in bags:
            ids, counts = np.unique(hash_features([*bag, "bias"]), return_counts=True)
            v = counts.astype(np.float32)
            v /= np.sqrt((v * v).sum())
            idx.append(ids)
            vals.append(v)
            indptr.append(indptr[-1] + len(ids))
        return cls(
            np.asarray(indptr, dtype=np.int64),
            np.concatenate(idx) if idx else np.zeros(0, np.int64),
            np.concatenate(vals) if vals else np.zeros(0, np.float32),
        )

    def __len__(self) -> int:
        return len(self.indptr) - 1

    def with_dense(self, vectors: np.ndarray, scale: float = 1.0) -> Rows:
        """These rows with a dense vector appended to each (columns ``BUCKETS + i``, above
        every hashed bucket): sentence-embedding features beside the sparse ones."""
        n, dim = vectors.shape
        counts = np.diff(self.indptr)
        indptr = np.r_[0, np.cumsum(counts + dim)].astype(np.int64)
        indices = np.empty(indptr[-1], np.int64)
        data = np.empty(indptr[-1], np.float32)
        dense_cols = BUCKETS + np.arange(dim, dtype=np.int64)
        for i in range(n):
            a, b = self.indptr[i], self.indptr[i + 1]
            o = indptr[i]
            indices[o : o + b - a] = self.indices[a:b]
            data[o : o + b - a] = self.data[a:b]
            indices[o + b - a : indptr[i + 1]] = dense_cols
            data[o + b - a : indptr[i + 1]] = vectors[i] * scale
        return Rows(indptr, indices, data)


@dataclass
class Linear:
    classes: tuple[str, ...]
    buckets: np.ndarray  # sorted bucket ids with a weight row
    weights: np.ndarray  # (len(buckets), len(classes)) float32
    loss: str  # "softmax" | "sigmoid"

    def scores(self, rows: Rows) -> np.ndarray:
        """Class probabilities, one row per example."""
        pos = np.searchsorted(self.buckets, rows.indices)
        pos = np.minimum(pos, len(self.buckets) - 1)
        known = self.buckets[pos] == rows.indices
        contrib = self.weights[pos] * (rows.data * known)[:, None]
        z = _segment_sum(contrib, rows.indptr, len(self.classes))
        return _activate(z, self.loss)

    def save(self, path: Path) -> None:
        with path.open("wb") as f:
            np.savez_compressed(
                f,
                classes=np.asarray(self.classes),
                buckets=self.buckets,
                weights=self.weights.astype(np.float16),
                loss=np.asarray(self.loss),
            )

    @classmethod
    def load(cls, path: Path) -> Linear:
        with np.load(path) as z:
            return cls(
                tuple(str(c) for c in z["classes"]),
                z["buckets"],
                z["weights"].astype(np.float32),
                str(z["loss"]),
            )


def _segment_sum(contrib: np.ndarray, indptr: np.ndarray, width: int) -> np.ndarray:
    out = np.zeros((len(indptr) - 1, width), dtype=np.float32)
    nonempty = indptr[:-1] < indptr[1:]
    if contrib.shape[0]:
        sums = np.add.reduceat(contrib, indptr[:-1][nonempty], axis=0)
        out[nonempty] = sums
    return out


def _activate(z: np.ndarray, loss: str) -> np.ndarray:
    if loss == "softmax":
        z = z - z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return np.asarray(e / e.sum(axis=1, keepdims=True))
    return np.asarray(1.0 / (1.0 + np.exp(-z)))


def train(
    rows: Rows,
    targets: np.ndarray,
    classes: Sequence[str],
    *,
    loss: str = "softmax",
    l2: float = 1e-4,
    epochs: int = 300,
    lr: float = 0.05,
    class_weight: np.ndarray | None = None,
) -> Linear:
    """Fit weights to ``targets`` (n, classes) in [0, 1]: a row of one-hot (or spread) class
    probabilities for softmax, independent 0/1 labels for sigmoid."""
    buckets, local = np.unique(rows.indices, return_inverse=True)
    order = np.argsort(local, kind="stable")
    starts = np.flatnonzero(np.r_[True, np.diff(local[order]) != 0])
    row_of = np.repeat(np.arange(len(rows)), np.diff(rows.indptr))
    n, k = targets.shape
    w = np.zeros((len(buckets), k), dtype=np.float32)
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    weight = np.ones((n, 1), np.float32) if class_weight is None else class_weight[:, None]
    b1, b2 = 0.9, 0.999
    for t in range(1, epochs + 1):
        z = _segment_sum(w[local] * rows.data[:, None], rows.indptr, k)
        g_rows = (_activate(z, loss) - targets) * weight / n
        g_nnz = (g_rows[row_of] * rows.data[:, None])[order]
        grad = np.add.reduceat(g_nnz, starts, axis=0) + l2 * w
        m = b1 * m + (1 - b1) * grad
        v = b2 * v + (1 - b2) * grad * grad
        w -= lr * (m / (1 - b1**t)) / (np.sqrt(v / (1 - b2**t)) + 1e-8)
    return Linear(tuple(classes), buckets, w, loss)
