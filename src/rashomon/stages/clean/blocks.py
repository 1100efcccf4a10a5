"""The block classifier: is a line of the page's visible text part of the article body?

A page's visible text comes one block per line (:func:`.html.visible_lines`); each block is
described by what distinguishes prose from page furniture in any language: its length, the
share of its characters inside links, punctuation and function words (our en/ar/fa lists in
:mod:`.stopwords`), capitalised words (menus are Title Case), its tag and the tags and
class/id words around it (``nav``, ``comment``, ``related``, ``share``...) and on its own box,
its place on the page and against trafilatura's body, whether trafilatura kept it, what the
lines within a few of it look like (links, length, function words) and what the lines sharing
its parent element look like (a menu's items, an article's paragraphs). Boosted depth-2 trees
over these (trained by :mod:`.train` on CleanEval and page-signal pages and the development
half of our own ar/fa pages, stored in ``block_model.json``) give each block a probability of
being body text; :mod:`.html` uses it to overrule trafilatura where the model is confident.
Trees rather than one linear score: a short line is body inside an article's paragraphs and
furniture among links, and trees learn such "it depends" without hand-made products.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
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
# Class/id words of the block's own container and its parent only: "comment" on the
# paragraph's own box says more than "comment" twelve levels up (a page-wide wrapper).
NEAR_WORDS = (
    "content", "article", "body", "story", "text", "entry", "comment", "nav", "menu",
    "footer", "related", "share", "social", "caption", "byline", "author", "date", "meta",
    "tag", "title", "promo", "more", "list", "copyright",
)  # fmt: skip
NEAR_DEPTH = 2
WINDOW = 3  # lines on each side whose text and links describe a block's neighbourhood
NEIGHBOUR_FEATURES = (
    "win_link", "win_log_chars", "win_stopwords", "win_terminal", "win_trafilatura",
    "group_trafilatura", "group_log_lines", "group_link", "before_body", "after_body",
    "body_position", "repeated", "log_children",
)  # fmt: skip


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
        *NEIGHBOUR_FEATURES,
        *(f"near_attr_{w}" for w in NEAR_WORDS),
    ]  # fmt: skip


@dataclass(slots=True)
class _Context:
    """What a line's container says about it; shared by the lines of one container."""

    tag: str
    ancestors: frozenset[str]
    attrs: tuple[float, ...]
    depth: float
    near: tuple[float, ...]
    children: float


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
    near_joined = " ".join(words[:NEAR_DEPTH])
    attrs = tuple(1.0 if w in joined else 0.0 for w in ATTR_WORDS)
    near = tuple(1.0 if w in near_joined else 0.0 for w in NEAR_WORDS)
    children = math.log1p(len(el)) if el is not None else 0.0  # type: ignore[arg-type]
    ctx = _Context(tag, frozenset(tags), attrs, min(depth, 40) / 20.0, near, children)
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
    hood = _neighbourhood(lines, kept, texts, kept_at)
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
            *hood[i], ctx.children,
            *ctx.near,
        ]  # fmt: skip
        rows[i] = row
    return rows


def _neighbourhood(
    lines: list[PageLine],
    kept: list[bool],
    texts: list[tuple[float, float, float, float, float, float, float]],
    kept_at: list[int],
) -> list[tuple[float, ...]]:
    """Per line: what the lines around it look like (links, length, function words, sentence
    ends, trafilatura's choice within :data:`WINDOW` lines), the same for the lines that
    share its parent element (a menu's items, an article's paragraphs), where it stands
    against trafilatura's body, and whether its text occurs elsewhere on the page."""
    n = len(lines)
    link = np.array([line.link for line in lines], dtype=np.float64)
    chars = np.array([t[0] for t in texts], dtype=np.float64)
    stop = np.array([t[4] for t in texts], dtype=np.float64)
    term = np.array([t[3] for t in texts], dtype=np.float64)
    keep = np.array(kept, dtype=np.float64)

    def window(values: np.ndarray) -> np.ndarray:
        sums = np.concatenate(([0.0], np.cumsum(values)))
        lo = np.maximum(np.arange(n) - WINDOW, 0)
        hi = np.minimum(np.arange(n) + WINDOW + 1, n)
        count = hi - lo - 1
        return (sums[hi] - sums[lo] - values) / np.maximum(count, 1)

    wins = [window(v) for v in (link, chars, stop, term, keep)]
    groups: dict[int, list[int]] = {}
    for i, line in enumerate(lines):
        parent = line.container.getparent() if line.container is not None else None
        groups.setdefault(id(parent), []).append(i)
    group_kept = np.zeros(n)
    group_size = np.zeros(n)
    group_link = np.zeros(n)
    for members in groups.values():
        group_kept[members] = keep[members].mean()
        group_size[members] = math.log1p(len(members))
        group_link[members] = link[members].mean()
    seen = Counter(line.text for line in lines)
    first, last = (kept_at[0], kept_at[-1]) if kept_at else (n, -1)
    span = max(1, last - first)
    return [
        (
            *(float(w[i]) for w in wins),
            float(group_kept[i]),
            float(group_size[i]),
            float(group_link[i]),
            1.0 if i < first else 0.0,
            1.0 if i > last else 0.0,
            min(1.0, max(0.0, (i - first) / span)),
            1.0 if seen[lines[i].text] > 1 else 0.0,
        )  # fmt: skip
        for i in range(n)
    ]


@dataclass(frozen=True, slots=True)
class BlockModel:
    """Boosted trees of depth two over :func:`feature_names` (trained by :mod:`.train`).

    Tree ``t`` sends a row left or right at its root (``features[t, 0]`` against
    ``thresholds[t, 0]``), then again at the child it reached (column 1 on the left, 2 on the
    right) and adds ``values[t, leaf]`` (leaves: left-left, left-right, right-left,
    right-right) to ``bias``; the sum is the log-odds that the block is body text. A child
    that does not split compares against +inf, so every row goes its left way."""

    names: tuple[str, ...]
    features: np.ndarray  # (trees, 3) column indices
    thresholds: np.ndarray  # (trees, 3) a row goes right where its value >= the threshold
    values: np.ndarray  # (trees, 4) what each leaf adds to the log-odds
    bias: float
    drop_below: float  # a block trafilatura kept is dropped under this probability (at its edges)
    add_above: float  # a block trafilatura left out is added over this probability
    inside_below: float = 0.0  # anywhere in trafilatura's body, dropped under this one

    def probabilities(self, rows: np.ndarray) -> np.ndarray:
        if not len(rows) or not len(self.values):
            return np.full(len(rows), 1.0 / (1.0 + math.exp(-self.bias)))
        trees = np.arange(len(self.values))
        right = rows[:, self.features[:, 0]] >= self.thresholds[:, 0]  # (rows, trees)
        child = np.where(right, 2, 1)
        column = self.features[trees, child]
        limit = self.thresholds[trees, child]
        below = np.take_along_axis(rows, column, axis=1) >= limit
        leaf = 2 * right + below
        z = self.values[trees, leaf].sum(axis=1) + self.bias
        return np.asarray(1.0 / (1.0 + np.exp(-np.clip(z, -30, 30))))

    def to_json(self) -> dict[str, object]:
        return {
            "about": "rashomon block classifier: boosted depth-2 trees, see stages/clean/train.py",
            "names": list(self.names),
            "features": self.features.tolist(),
            "thresholds": [
                [float(x) if math.isfinite(x) else "inf" for x in row]  # unrounded: exact splits
                for row in self.thresholds
            ],
            "values": [[round(float(x), 6) for x in row] for row in self.values],
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
            np.asarray(data["features"], dtype=np.intp).reshape(-1, 3),
            np.asarray(data["thresholds"], dtype=np.float64).reshape(-1, 3),
            np.asarray(data["values"], dtype=np.float64).reshape(-1, 4),
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
