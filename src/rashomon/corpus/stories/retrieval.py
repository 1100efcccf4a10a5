"""Cross-lingual retrieval of sentences or documents: CSLS scores, re-ranked on shared anchors.

Plain cosine similarity between multilingual embeddings suffers from *hubness*: a few
candidates sit close to everything and are everybody's nearest neighbour. CSLS (cross-domain
similarity local scaling, Conneau et al. 2018) subtracts each side's mean similarity to its
``k`` nearest neighbours on the other side::

    csls(q, c) = 2 cos(q, c) - r_C(q) - r_Q(c)

``r_Q(c)`` needs a set of queries in the query language. With a batch of queries (evaluation,
de-duplication across languages) they are that set; a single search query passes
``cand_hubness`` (computed once per corpus, e.g. against the other languages' sentences) or
gets ``r_Q = 0``, which leaves the ranking by cosine with the query's own term constant.

The best candidates by CSLS are then re-ranked on *anchors* the texts share whatever their
language: numbers (Persian and Arabic-Indic digits read as Western ones, thousands separators
dropped) and names compared by a consonant skeleton of their romanisation (anyascii), which
survives the missing short vowels of Arabic and Persian script: "Trump", "ترامب" and
"ترامپ" all become ``trmb``. Only capitalised Latin-script words count as names; every
Arabic-script word does (the script has no capitals).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from anyascii import anyascii

CSLS_K = 4
RERANK_DEPTH = 16  # candidates (by CSLS) that the anchors may re-order
NUMBER_WEIGHT = 0.1  # weights chosen on our dev set (benchmarks/eval_retrieval.py --set dev)
NAME_WEIGHT = 0.15
MUTUAL_WEIGHT = 0.1
MIN_CENTRE = 32  # rows a side needs before its own mean is a fair language mean

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_WORD = re.compile(r"[^\W\d_]+")
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")
_DIGRAPHS = (("gh", "g"), ("kh", "k"), ("sh", "s"), ("th", "s"), ("dh", "z"), ("ch", "j"))
_LETTERS = str.maketrans({"p": "b", "v": "f", "q": "k", "c": "k", "x": "ks", "j": "j"})
_DROP = re.compile(r"[aeiouwy'`^]")
_REPEAT = re.compile(r"(.)\1+")


@dataclass(frozen=True, slots=True)
class Anchors:
    numbers: frozenset[str]
    names: frozenset[str]


def anchors(text: str) -> Anchors:
    """Numbers and name skeletons of ``text`` (see the module docstring)."""
    latin = anyascii(text)
    numbers = set()
    for m in _NUMBER.finditer(latin):
        value = m.group().replace(",", "")
        if value.strip("0"):
            numbers.add(value.rstrip(".").lstrip("0") or "0")
    names = set()
    for m in _WORD.finditer(text):
        word = m.group()
        if not _ARABIC_SCRIPT.search(word) and not word[:1].isupper():
            continue
        skel = skeleton(word)
        if len(skel) >= 3:
            names.add(skel)
    return Anchors(frozenset(numbers), frozenset(names))


def skeleton(word: str) -> str:
    """A romanised consonant skeleton: ``skeleton("Soleimani") == skeleton("سليماني")``."""
    # Arabic-script words often carry the article; the Latin spelling usually drops it
    if word.startswith("ال") and len(word) > 4:
        word = word[2:]
    s = anyascii(word).lower().rstrip("h")  # a final -ah / ة is often written either way
    for a, b in _DIGRAPHS:
        s = s.replace(a, b)
    s = _DROP.sub("", s.translate(_LETTERS))
    return _REPEAT.sub(r"\1", re.sub(r"[^a-z]", "", s))


def csls(
    query_vecs: np.ndarray,
    cand_vecs: np.ndarray,
    k: int = CSLS_K,
    cand_hubness: np.ndarray | None = None,
) -> np.ndarray:
    """The ``(n_queries, n_candidates)`` CSLS matrix for unit-length vectors."""
    sims = query_vecs @ cand_vecs.T
    r_c = _topk_mean(sims, k)  # each query's closeness to its nearest candidates
    if cand_hubness is None:
        cand_hubness = _topk_mean(sims.T, k) if len(query_vecs) > k else np.zeros(len(cand_vecs))
    return 2 * sims - r_c[:, None] - cand_hubness[None, :]


def rank(
    query_vecs: np.ndarray,
    cand_vecs: np.ndarray,
    query_texts: Sequence[str] | None = None,
    cand_texts: Sequence[str] | None = None,
    *,
    top: int = 10,
    k: int = CSLS_K,
    query_mean: np.ndarray | None = None,
    cand_mean: np.ndarray | None = None,
    cand_hubness: np.ndarray | None = None,
    depth: int = RERANK_DEPTH,
    mutual_weight: float = MUTUAL_WEIGHT,
    number_weight: float = NUMBER_WEIGHT,
    name_weight: float = NAME_WEIGHT,
) -> tuple[np.ndarray, np.ndarray]:
    """Best ``top`` candidates per query: ``(indices, scores)``, each ``(n_queries, top)``.

    Vectors are unit-length rows (:class:`rashomon.corpus.embed.Embedder`), one language per
    side. Steps, each switched off by a zero weight or a missing input:

    1. *centring*: each side minus its language's mean vector (``query_mean``/``cand_mean``;
       a side of at least :data:`MIN_CENTRE` rows without one uses its own mean), which removes
       the "which language" direction shared by all vectors of a side;
    2. CSLS with ``k`` neighbours (:func:`csls`);
    3. with a batch of queries, ``mutual_weight`` for a candidate whose own best query (by
       CSLS) is this query — the mutual-nearest-neighbour criterion of bitext mining;
    4. with texts on both sides, anchor bonuses on the best ``depth`` candidates.
    """
    q = _centred(np.atleast_2d(np.asarray(query_vecs, dtype=np.float32)), query_mean)
    c = _centred(np.atleast_2d(np.asarray(cand_vecs, dtype=np.float32)), cand_mean)
    scores = csls(q, c, k=k, cand_hubness=cand_hubness)
    if mutual_weight and len(q) > k:
        best_query = scores.argmax(axis=0)
        scores[best_query, np.arange(c.shape[0])] += mutual_weight
    top = min(top, c.shape[0])
    depth = max(min(depth, c.shape[0]), top)
    best = np.argsort(-scores, axis=1, kind="stable")[:, :depth]
    best_scores = np.take_along_axis(scores, best, axis=1)
    if query_texts is not None and cand_texts is not None:
        cand_anchors: dict[int, Anchors] = {}
        for i, text in enumerate(query_texts):
            qa = anchors(text)
            for j, cand in enumerate(best[i].tolist()):
                ca = cand_anchors.get(cand)
                if ca is None:
                    ca = cand_anchors[cand] = anchors(cand_texts[cand])
                best_scores[i, j] += number_weight * _dice(qa.numbers, ca.numbers)
                best_scores[i, j] += name_weight * _dice(qa.names, ca.names)
        order = np.argsort(-best_scores, axis=1, kind="stable")
        best = np.take_along_axis(best, order, axis=1)
        best_scores = np.take_along_axis(best_scores, order, axis=1)
    return best[:, :top], best_scores[:, :top]


def _centred(m: np.ndarray, mean: np.ndarray | None) -> np.ndarray:
    if mean is None:
        if len(m) < MIN_CENTRE:
            return m
        mean = m.mean(axis=0)
    out = m - np.asarray(mean, dtype=np.float32)
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    return np.asarray(out / np.maximum(norms, 1e-9), dtype=np.float32)


def _dice(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def _topk_mean(sims: np.ndarray, k: int) -> np.ndarray:
    k = max(1, min(k, sims.shape[1]))
    part = np.partition(sims, sims.shape[1] - k, axis=1)[:, sims.shape[1] - k :]
    return np.asarray(part.mean(axis=1))
