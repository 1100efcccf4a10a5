"""The block classifier: is a line of the page's visible text part of the article body?

A page's visible text comes one block per line (:func:`.html.visible_lines`); each block is
described by what distinguishes prose from page furniture in any language: its length, the
share of its characters inside links, punctuation and function words (our en/ar/fa lists in
:mod:`.stopwords`), capitalised words (menus are Title Case), its tag and the tags and
class/id words around it (``nav``, ``comment``, ``related``, ``share``...), its place on the
page, whether trafilatura kept it and what its neighbours look like. A logistic regression
over these (trained by :mod:`.train` on CleanEval and page-signal pages only, weights in
``block_model.json``) gives each block a probability of being body text; :mod:`.html` uses it
to overrule trafilatura where the model is confident.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from .stopwords import ALL as STOPWORDS

if TYPE_CHECKING:
    from .html import PageLine

MODEL_PATH = Path(__file__).with_name("block_model.json")

_WORD = re.compile(r"\w+")
_PUNCT = frozenset(".,;:!?،؛؟«»\"'()")
_TERMINAL = (".", "!", "?", "؟", '"', "”", "»", "۔", ":", ")")
CONTAINER_TAGS = ("p", "li", "td", "div", "h", "a", "span", "blockquote", "dd", "pre")
ANCESTOR_TAGS = ("li", "table", "form", "header", "nav", "footer", "aside", "article", "main")
# Words in class/id attributes (substrings, lower case) that say what a region is for.
ATTR_WORDS = (
    "content", "article", "body", "story", "entry", "post", "text", "main",
    "comment", "nav", "menu", "footer", "header", "sidebar", "related", "share", "social",
    "widget", "ad", "promo", "tag", "breadcrumb", "byline", "author", "date", "meta",
    "caption", "copyright", "subscribe", "newsletter", "login", "search", "popular",
    "recommend", "more", "teaser", "list", "title", "link", "banner", "toolbar", "print",
)  # fmt: skip
REGIONS = ("navigation", "footer", "comments", "sidebar")
ATTR_DEPTH = 12  # ancestors whose class/id words count


def feature_names() -> list[str]:
    return [
        "log_chars", "log_words", "link", "punct_per_word", "terminal", "stopwords",
        "digits", "capitalised", "position", "trafilatura", "prev_trafilatura",
        "next_trafilatura", "near_trafilatura", "prev_link", "next_link", "prev_log_chars",
        "next_log_chars", "depth", "traf_x_link", "traf_x_log_chars",
        *(f"tag_{t}" for t in CONTAINER_TAGS),
        *(f"in_{t}" for t in ANCESTOR_TAGS),
        *(f"attr_{w}" for w in ATTR_WORDS),
        *(f"region_{r}" for r in REGIONS),
    ]  # fmt: skip


@dataclass(slots=True)
class _Context:
    """What a line's container says about it; shared by the lines of one container."""

    tag: str
    ancestors: frozenset[str]
    attrs: tuple[float, ...]
    depth: float


def _context(el: object, cache_: dict[int, _Context]) -> _Context:
    key = id(el)
    found = cache_.get(key)
    if found is not None:
        return found
    tag = str(getattr(el, "tag", "")) if el is not None else ""
    tag = "h" if len(tag) == 2 and tag[0] == "h" and tag[1].isdigit() else tag
    tags: set[str] = set()
    words: list[str] = []
    depth = 0
    node = el
    while node is not None:
        get = getattr(node, "get", None)
        node_tag = getattr(node, "tag", None)
        if isinstance(node_tag, str):
            tags.add(node_tag)
        if get is not None and depth < ATTR_DEPTH:
            words.append(f"{get('class') or ''} {get('id') or ''}".lower())
        depth += 1
        node = node.getparent()  # type: ignore[attr-defined]
    joined = " ".join(words)
    attrs = tuple(1.0 if w in joined else 0.0 for w in ATTR_WORDS)
    ctx = _Context(tag, frozenset(tags), attrs, min(depth, 40) / 20.0)
    cache_[key] = ctx
    return ctx


def _text_features(text: str) -> tuple[float, float, float, float, float, float, float]:
    words = _WORD.findall(text)
    n = len(words) or 1
    punct = sum(ch in _PUNCT for ch in text)
    stop = sum(w.lower() in STOPWORDS for w in words)
    digits = sum(ch.isdigit() for ch in text)
    capitalised = sum(w[0].isupper() for w in words)
    return (
        math.log1p(len(text)),
        math.log1p(len(words)),
        punct / n,
        1.0 if text.endswith(_TERMINAL) else 0.0,
        stop / n,
        digits / max(1, len(text)),
        capitalised / n,
    )


def features(lines: list[PageLine], kept: list[bool]) -> np.ndarray:
    """One row of :func:`feature_names` per line; ``kept``: trafilatura's choice per line."""
    n = len(lines)
    rows = np.zeros((n, len(feature_names())), dtype=np.float64)
    contexts: dict[int, _Context] = {}
    texts = [_text_features(line.text) for line in lines]
    kept_at = [i for i, k in enumerate(kept) if k]
    j = 0  # index into kept_at: the first kept line at or after i
    for i, line in enumerate(lines):
        log_chars, log_words, punct, terminal, stop, digits, caps = texts[i]
        while j < len(kept_at) and kept_at[j] < i:
            j += 1
        gaps = [abs(kept_at[k] - i) for k in (j - 1, j) if 0 <= k < len(kept_at)]
        near = math.log1p(min(gaps)) if gaps else 5.0
        traf = 1.0 if kept[i] else 0.0
        prev_ok, next_ok = i > 0, i + 1 < n
        ctx = _context(line.container, contexts)
        row = [
            log_chars, log_words, line.link, punct, terminal, stop, digits, caps,
            i / max(1, n - 1), traf,
            1.0 if prev_ok and kept[i - 1] else 0.0,
            1.0 if next_ok and kept[i + 1] else 0.0,
            near,
            lines[i - 1].link if prev_ok else 1.0,
            lines[i + 1].link if next_ok else 1.0,
            texts[i - 1][0] if prev_ok else 0.0,
            texts[i + 1][0] if next_ok else 0.0,
            ctx.depth, traf * line.link, traf * log_chars,
            *(1.0 if ctx.tag == t else 0.0 for t in CONTAINER_TAGS),
            *(1.0 if t in ctx.ancestors else 0.0 for t in ANCESTOR_TAGS),
            *ctx.attrs,
            *(1.0 if line.region == r else 0.0 for r in REGIONS),
        ]  # fmt: skip
        rows[i] = row
    return rows


@dataclass(frozen=True, slots=True)
class BlockModel:
    names: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    bias: float
    drop_below: float  # a block trafilatura kept is dropped under this probability (at its edges)
    add_above: float  # a block trafilatura left out is added over this probability
    inside_below: float = 0.0  # anywhere in trafilatura's body, dropped under this one

    def probabilities(self, rows: np.ndarray) -> np.ndarray:
        z = ((rows - self.mean) / self.scale) @ self.weights + self.bias
        return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))

    def to_json(self) -> dict[str, object]:
        return {
            "about": "rashomon block classifier: logistic regression, see stages/clean/train.py",
            "names": list(self.names),
            "mean": [round(float(x), 6) for x in self.mean],
            "scale": [round(float(x), 6) for x in self.scale],
            "weights": [round(float(x), 6) for x in self.weights],
            "bias": round(self.bias, 6),
            "drop_below": self.drop_below,
            "add_above": self.add_above,
            "inside_below": self.inside_below,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> BlockModel:
        names = tuple(str(x) for x in data["names"])
        if list(names) != feature_names():
            raise ValueError("block_model.json was trained on other features: retrain it")
        return cls(
            names,
            np.asarray(data["mean"], dtype=np.float64),
            np.asarray(data["scale"], dtype=np.float64),
            np.asarray(data["weights"], dtype=np.float64),
            float(data["bias"]),
            float(data["drop_below"]),
            float(data["add_above"]),
            float(data.get("inside_below", 0.0)),
        )


def decide(
    kept: list[bool],
    probs: np.ndarray,
    drop_below: float,
    add_above: float,
    inside_below: float = 0.0,
) -> list[str | None]:
    """Where the classifier overrules trafilatura: per line None, ``"classifier-boilerplate"``
    (trafilatura kept it, the classifier drops it) or ``"classifier-body"`` (the reverse).

    Boilerplate trafilatura keeps sits at the edges of its body (a share bar, a credit line,
    a "related" heading): confident boilerplate is trimmed from both ends, never taken out
    of the middle, where a short line is a subheading or a one-line paragraph, unless the
    classifier is nearly certain (under ``inside_below``: a share bar, a newsletter box)."""
    overruled: list[str | None] = [None] * len(kept)
    kept_at = [i for i, k in enumerate(kept) if k]
    for order in (kept_at, kept_at[::-1]):
        for i in order:
            if probs[i] >= drop_below:
                break
            overruled[i] = "classifier-boilerplate"
    for i in kept_at:
        if probs[i] < inside_below:
            overruled[i] = "classifier-boilerplate"
    for i, prob in enumerate(probs):
        if not kept[i] and prob > add_above:
            overruled[i] = "classifier-body"
    return overruled


@cache
def load_model(path: Path = MODEL_PATH) -> BlockModel | None:
    """The shipped model, or None where it is missing or stale (trafilatura alone then)."""
    try:
        return BlockModel.from_json(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError):
        return None
