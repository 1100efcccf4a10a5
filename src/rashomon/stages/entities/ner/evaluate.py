"""Exact span + type scoring of :func:`recognize` on token-annotated sentences.

Each sentence's tokens are joined with spaces and given to :func:`recognize`; a found span is
snapped to the set's tokens it touches (an Arabic span that leaves out a glued و is compared
with the gold token that includes it) and counts when start, end and type all match a gold
span. Micro P/R/F1 over PER/ORG/LOC with FAC counted as LOC (``fold_fac``), per type too.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from .corpora import Sentence

__all__ = ["Scores", "evaluate", "TYPES"]

TYPES = ("PER", "ORG", "LOC")


@dataclass
class Scores:
    types: tuple[str, ...] = TYPES
    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)

    def prf(self, kind: str | None = None) -> tuple[float, float, float]:
        keys = [kind] if kind else list(self.types)
        tp = sum(self.tp[k] for k in keys)
        fp = sum(self.fp[k] for k in keys)
        fn = sum(self.fn[k] for k in keys)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def gold(self, kind: str | None = None) -> int:
        keys = [kind] if kind else list(self.types)
        return sum(self.tp[k] + self.fn[k] for k in keys)


Span = tuple[int, int, str]


def _snap(s: Sentence, spans: Iterable[Span]) -> set[Span]:
    starts, pos = [], 0
    for t in s.tokens:
        starts.append(pos)
        pos += len(t) + 1
    out = set()
    for a, b, k in spans:
        i = bisect.bisect_right(starts, a) - 1
        j = bisect.bisect_right(starts, b - 1) - 1
        out.add((starts[i], starts[j] + len(s.tokens[j]), k))
    return out


def evaluate(
    sentences: Iterable[Sentence],
    tag: Callable[[str], list[Span]],
    fold_fac: bool = True,
    keep: Callable[[str], bool] | None = None,
) -> Scores:
    """Scores of ``tag`` (text → spans) on ``sentences``. ``keep(span_text)`` restricts both
    gold and found spans (e.g. to named mentions). Without ``fold_fac`` FAC is scored on its
    own beside PER/ORG/LOC."""
    types = TYPES if fold_fac else (*TYPES, "FAC")
    scores = Scores(types)

    def fold(spans: Iterable[Span], text: str) -> set[Span]:
        out = set()
        for a, b, k in spans:
            if fold_fac and k == "FAC":
                k = "LOC"
            if k in types and (keep is None or keep(text[a:b])):
                out.add((a, b, k))
        return out

    for s in sentences:
        text = s.text
        gold = fold(s.char_spans(), text)
        found = fold(_snap(s, tag(text)), text)
        for a, b, k in found:
            (scores.tp if (a, b, k) in gold else scores.fp)[k] += 1
        for _, _, k in gold - found:
            scores.fn[k] += 1
    return scores
