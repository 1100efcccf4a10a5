"""The shipped default: persuasion techniques found by rules we wrote, no outside data.

- loaded language and name calling from our loaded-term lexicon (:mod:`..lexicon`): a
  ``delegitimising`` term labels its target (name calling), a ``glorifying`` or ``religious``
  one colours it (loaded language), a ``euphemism`` plays it down (the minimisation half of
  exaggeration/minimisation);
- doubt, appeal to authority, exaggeration, flag-waving, appeal to fear, causal
  oversimplification, false dilemma, thought-terminating clichés and slogans from cue phrases
  per language (``../data/technique_cues.tsv``, CC0).

Persian uses its own lexicon rows and cues; it has no gold set to measure them on. Cues are
matched on text folded as :func:`rashomon.text.normalize.normalize` folds it, keeping the
original offsets (:mod:`rashomon.stages.time.fold`). Scores are fixed per source: a rule has
no probability, only a measured precision (``benchmarks/eval_techniques.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ....text.normalize import normalize
from ...time.fold import fold
from ..lexicon import loaded_terms

CUES = Path(__file__).resolve().parents[1] / "data" / "technique_cues.tsv"
LANGS = ("en", "ar", "fa")

LEXICON_TECHNIQUE = {
    "delegitimising": "name_calling",
    "glorifying": "loaded_language",
    "religious": "loaded_language",
    "euphemism": "exaggeration",
}
LEXICON_SCORE = 0.6
CUE_SCORE = 0.5


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    technique: str  # a common label (labels.COMMON)
    score: float


def _cue_pattern(cue: str, lang: str) -> str:
    words = normalize(cue).split()
    parts = [r"\w+" if w == "*" else re.escape(w) for w in words]
    # Persian compounds are written with a space, a ZWNJ (folded away) or nothing.
    sep = r"\s?" if lang == "fa" else r"\s+"
    prefix = "[وف]?" if lang == "ar" else ""
    return prefix + sep.join(parts)


@cache
def _cues(lang: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    by_technique: dict[str, list[str]] = {}
    for line in CUES.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        row_lang, technique, cue = line.split("\t")[:3]
        if row_lang == lang:
            by_technique.setdefault(technique, []).append(cue)
    out = []
    for technique, cues in by_technique.items():
        ordered = sorted(cues, key=len, reverse=True)
        alternation = "|".join(_cue_pattern(c, lang) for c in ordered)
        out.append((re.compile(rf"(?<!\w)(?:{alternation})(?!\w)"), technique))
    return tuple(out)


def cue_hits(text: str, lang: str) -> list[Hit]:
    """Cue-phrase hits of ``text`` (whole text, original offsets)."""
    if lang not in LANGS or not text:
        return []
    folded = fold(text)
    out = []
    for pattern, technique in _cues(lang):
        for m in pattern.finditer(folded.text):
            start, end = folded.span(*m.span())
            out.append(Hit(start, end, technique, CUE_SCORE))
    return out


def lexicon_hits(text: str, lang: str) -> list[Hit]:
    return [
        Hit(t.start, t.end, LEXICON_TECHNIQUE[t.category], LEXICON_SCORE)
        for t in loaded_terms(text, lang)
        if t.category in LEXICON_TECHNIQUE
    ]


def rule_hits(text: str, lang: str) -> list[Hit]:
    """All rule hits in ``text``, ordered by position."""
    hits = lexicon_hits(text, lang) + cue_hits(text, lang)
    return sorted(hits, key=lambda h: (h.start, h.end, h.technique))
