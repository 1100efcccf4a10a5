"""Train the block classifier (:mod:`.blocks`) and choose how far it may overrule trafilatura.

Training pages: ``extraction/cleaneval-final_subset`` and ``extraction/page-signal_subset``
(the development sets of the shared evaluation data; never the measure-only AEB or
trafilatura_eval pages). Gold body text: CleanEval's cleaned text (its ``<p>``/``<h>``/``<l>``
marks dropped); page-signal's ``x-nc-sel2`` ("full text") regions. A block is labelled body
when half or more of its 4-word shingles occur in the gold text (short blocks: when the
block's words occur in it as a run).

The model is a logistic regression fitted by full-batch gradient descent with L2 (numpy only).
The two thresholds (drop a block trafilatura kept below ``drop_below``; add one it left out
above ``add_above``) are chosen by 5-fold cross-validation over pages, maximising the mean of
the two sets' body F1 (the AEB scoring rule) computed on held-out folds. Rebuild with

    nice -n 10 .venv/bin/python -m rashomon.stages.clean.train [--eval-dir ../shared/eval]

which prints the cross-validated figures and writes ``block_model.json`` beside this file.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import pickle
import re
import warnings
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from lxml.html import fromstring
from trafilatura.utils import decode_file

from . import html as html_extract
from .blocks import MODEL_PATH, BlockModel, decide, feature_names, features

ROOT = Path(__file__).resolve().parents[4]
_WORD = re.compile(r"\w+")
_TEXT_ID = re.compile(r'^\s*<text id="([^"]+)"[^>]*>', re.IGNORECASE)
_CLEANEVAL_MARK = re.compile(r"^\s*<[phl]>", re.MULTILINE)
SETS = ("cleaneval-final_subset", "page-signal_subset")
FOLDS = 5
DROP_GRID = (0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5)
ADD_GRID = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99)
# The classifier overrules trafilatura only where, on held-out folds, it is right about this
# share of the characters it moves: the gold of these two sets marks less of a page as body
# than article-only benchmarks do, so a threshold that maximises their F1 drops too much.
DROP_PRECISION = 0.85
ADD_PRECISION = 0.9
INSIDE_GRID = (0.01, 0.02, 0.03, 0.05, 0.075, 0.1)
INSIDE_PRECISION = 0.95  # dropping from the middle of the body must be surer still


@dataclass
class Page:
    set_name: str
    name: str
    gold: str
    lines: list[str]
    traf_body: str  # trafilatura's own text, for the baseline
    kept: np.ndarray  # trafilatura's choice per line
    rows: np.ndarray
    labels: np.ndarray


def _gold_cleaneval(path: Path) -> str:
    text = path.read_text(encoding="utf-8", errors="replace")
    if text.startswith("URL:"):
        text = text.split("\n", 1)[1] if "\n" in text else ""
    return _CLEANEVAL_MARK.sub("", text)


def _gold_page_signal(path: Path) -> str:
    tree = fromstring(path.read_bytes())
    xpath = '//*[contains(@class,"x-nc-sel2")][not(ancestor::*[contains(@class,"x-nc-sel2")])]'
    return "\n".join(" ".join(el.text_content().split()) for el in tree.xpath(xpath))


def shingles(text: str) -> Counter[tuple[str, ...]]:
    tokens = _WORD.findall(text)
    return Counter(tuple(tokens[i : i + 4]) for i in range(max(1, len(tokens) - 3)) if tokens)


def page_prf(gold: str, pred: str) -> tuple[float | None, float | None]:
    """Per-page precision and recall by the AEB rule (None where undefined)."""
    t, p = shingles(gold), shingles(pred)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    if fp == fn == 0:
        return 1.0, 1.0
    precision = tp / (tp + fp) if tp + fp else None
    recall = tp / (tp + fn) if tp + fn else None
    return precision, recall


def f1(pairs: list[tuple[float | None, float | None]]) -> tuple[float, float, float]:
    ps = [p for p, _ in pairs if p is not None]
    rs = [r for _, r in pairs if r is not None]
    p = float(np.mean(ps)) if ps else 0.0
    r = float(np.mean(rs)) if rs else 0.0
    return (2 * p * r / (p + r) if p + r else 0.0), p, r


def label(lines: list[str], gold: str) -> np.ndarray:
    gold_shingles = set(shingles(gold))
    gold_run = " " + " ".join(_WORD.findall(gold)) + " "
    out = np.zeros(len(lines))
    for i, text in enumerate(lines):
        tokens = _WORD.findall(text)
        if len(tokens) >= 4:
            grams = [tuple(tokens[k : k + 4]) for k in range(len(tokens) - 3)]
            out[i] = sum(g in gold_shingles for g in grams) >= 0.5 * len(grams)
        elif tokens:
            out[i] = f" {' '.join(tokens)} " in gold_run
    return out


def load(eval_dir: Path) -> list[Page]:
    pages: list[Page] = []
    for set_name in SETS:
        folder = eval_dir / "extraction" / set_name
        for path in sorted((folder / "input").glob("*.html.gz")):
            stem = path.name.removesuffix(".html.gz")
            gold_path = folder / "GoldStandard" / f"{stem}.txt"
            if not gold_path.exists():
                continue
            markup = decode_file(gzip.decompress(path.read_bytes()))
            url = None
            if match := _TEXT_ID.match(markup):
                url, markup = match[1], markup[match.end() :]
            gold = (
                _gold_cleaneval(gold_path)
                if set_name.startswith("cleaneval")
                else _gold_page_signal(gold_path)
            )
            tree = html_extract.parse(markup)
            if tree is None or not gold.strip():
                continue
            page = html_extract.extract(markup, url, tree, model=None)
            if page is None or not page.lines:
                continue
            texts = [line.text for line in page.lines]
            pages.append(
                Page(
                    set_name,
                    stem,
                    gold,
                    texts,
                    "\n".join(page.body),
                    np.array(page.keep, dtype=bool),
                    features(page.lines, page.keep),
                    label(texts, gold),
                )
            )
    return pages


def fit(
    x: np.ndarray, y: np.ndarray, l2: float = 1e-3, steps: int = 600
) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    """Standardise, then gradient descent with Adam on the mean log loss plus L2."""
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    z = (x - mean) / scale
    w = np.zeros(z.shape[1])
    b = 0.0
    m_w, v_w, m_b, v_b = np.zeros_like(w), np.zeros_like(w), 0.0, 0.0
    lr, beta1, beta2 = 0.05, 0.9, 0.999
    for step in range(1, steps + 1):
        p = 1.0 / (1.0 + np.exp(-np.clip(z @ w + b, -30, 30)))
        g = p - y
        grad_w = z.T @ g / len(y) + l2 * w
        grad_b = float(g.mean())
        m_w = beta1 * m_w + (1 - beta1) * grad_w
        v_w = beta2 * v_w + (1 - beta2) * grad_w**2
        m_b = beta1 * m_b + (1 - beta1) * grad_b
        v_b = beta2 * v_b + (1 - beta2) * grad_b**2
        corr1, corr2 = 1 - beta1**step, 1 - beta2**step
        w -= lr * (m_w / corr1) / (np.sqrt(v_w / corr2) + 1e-8)
        b -= lr * (m_b / corr1) / (np.sqrt(v_b / corr2) + 1e-8)
    return mean, scale, w, b


def action_precision(
    pages: list[Page], held: list[np.ndarray], t: float, drop: bool, inside: bool = False
) -> float:
    """Share of the characters the classifier moves at threshold ``t`` that it moves rightly."""
    right = wrong = 0
    for p, probs in zip(pages, held, strict=True):
        sizes = np.array([len(x) for x in p.lines])
        if inside:
            why = decide(list(p.kept), probs, 0.0, 1.01, t)
        else:
            why = decide(list(p.kept), probs, t if drop else 0.0, 1.01 if drop else t)
        act = np.array([w is not None for w in why], dtype=bool)
        good = p.labels == (0 if drop else 1)
        right += int(sizes[act & good].sum())
        wrong += int(sizes[act & ~good].sum())
    return right / (right + wrong) if right + wrong else 0.0


def choose(
    page: Page, probs: np.ndarray, drop_below: float, add_above: float, inside: float = 0.0
) -> str:
    why = decide(list(page.kept), probs, drop_below, add_above, inside)
    keep = [k if w is None else not k for k, w in zip(page.kept, why, strict=True)]
    return "\n".join(t for t, k in zip(page.lines, keep, strict=True) if k)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    default = os.environ.get("RASHOMON_EVAL_DIR") or str(ROOT.parent / "shared" / "eval")
    parser.add_argument("--eval-dir", default=default, type=Path)
    parser.add_argument("--out", default=MODEL_PATH, type=Path)
    parser.add_argument("--cache", type=Path, help="keep the loaded pages here (pickle)")
    args = parser.parse_args(argv)
    warnings.simplefilter("ignore")
    if args.cache and args.cache.exists():
        pages = pickle.loads(args.cache.read_bytes())
    else:
        pages = load(args.eval_dir)
        if args.cache:
            args.cache.write_bytes(pickle.dumps(pages))
    print(f"{len(pages)} pages, {sum(len(p.lines) for p in pages)} blocks")
    rng = np.random.default_rng(13)
    fold_of = rng.permutation(len(pages)) % FOLDS
    held: list[np.ndarray] = [np.empty(0)] * len(pages)
    for fold in range(FOLDS):
        train = [p for p, f in zip(pages, fold_of, strict=True) if f != fold]
        mean, scale, w, b = fit(
            np.vstack([p.rows for p in train]), np.concatenate([p.labels for p in train])
        )
        for i, p in enumerate(pages):
            if fold_of[i] == fold:
                held[i] = 1.0 / (1.0 + np.exp(-np.clip(((p.rows - mean) / scale) @ w + b, -30, 30)))

    def score(
        drop_below: float, add_above: float, inside: float
    ) -> dict[str, tuple[float, float, float]]:
        return {
            s: f1([
                page_prf(p.gold, choose(p, held[i], drop_below, add_above, inside))
                for i, p in enumerate(pages)
                if p.set_name == s
            ])
            for s in SETS
        }  # fmt: skip

    base = {s: f1([page_prf(p.gold, p.traf_body) for p in pages if p.set_name == s]) for s in SETS}
    drop_below = max(
        (t for t in DROP_GRID if action_precision(pages, held, t, drop=True) >= DROP_PRECISION),
        default=0.0,
    )
    add_above = min(
        (t for t in ADD_GRID if action_precision(pages, held, t, drop=False) >= ADD_PRECISION),
        default=1.01,
    )
    inside_below = max(
        (
            t
            for t in INSIDE_GRID
            if action_precision(pages, held, t, drop=True, inside=True) >= INSIDE_PRECISION
        ),
        default=0.0,
    )
    chosen = score(drop_below, add_above, inside_below)
    for s in SETS:
        print(
            f"{s:<24} without classifier F1 {base[s][0]:.3f}"
            f" (P {base[s][1]:.3f} R {base[s][2]:.3f})"
            f"  with classifier {chosen[s][0]:.3f} (P {chosen[s][1]:.3f} R {chosen[s][2]:.3f})"
        )
    print(
        f"thresholds (5-fold CV): drop_below={drop_below} "
        f"(right {action_precision(pages, held, drop_below, drop=True):.3f} of characters), "
        f"add_above={add_above} "
        f"(right {action_precision(pages, held, add_above, drop=False):.3f}), "
        f"inside_below={inside_below} "
        f"(right {action_precision(pages, held, inside_below, drop=True, inside=True):.3f})"
    )
    mean, scale, w, b = fit(
        np.vstack([p.rows for p in pages]), np.concatenate([p.labels for p in pages])
    )
    model = BlockModel(
        tuple(feature_names()), mean, scale, w, b, drop_below, add_above, inside_below
    )
    args.out.write_text(json.dumps(model.to_json(), indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
