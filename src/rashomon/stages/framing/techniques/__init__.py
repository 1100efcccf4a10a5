"""Persuasion techniques: spans of a document that use name calling, loaded language,
flag-waving, appeal to authority, exaggeration, doubt, causal oversimplification and the
rest (:data:`.labels.COMMON`), in English, Arabic and Persian.

Two sources, one output (:class:`TechniqueSpan`):

- ``"model"``: where a model has been built on this machine (``python -m
  rashomon.stages.framing.techniques.train``, from PTC for English and ArMPro for Arabic; both
  sets forbid redistribution or commercial use, so the model is built, never shipped), a CRF
  marks the spans and a linear classifier names their techniques (:mod:`.predict`);
- ``"rules"``: otherwise, and always for Persian (no Persian training or gold set exists), our
  own lexicon and cue phrases (:mod:`.rules`), shipped with the code.

Requires the document's text, sentence spans and language; assigns nothing by itself (the
pipeline decides where the spans go).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .features import DocContext
from .labels import COMMON
from .predict import load, model_dir
from .rules import rule_hits

__all__ = ["COMMON", "TechniqueSpan", "detect_techniques", "document_techniques", "model_dir"]


@dataclass(frozen=True, slots=True)
class TechniqueSpan:
    start: int  # offsets into the text given
    end: int
    technique: str  # a label of labels.COMMON
    score: float  # model: P(span) x P(technique | span); rules: a fixed value per source
    source: str  # "model" | "rules"


def detect_techniques(
    text: str,
    sentences: list[tuple[int, int]],
    lang: str,
    *,
    model_root: Path | None = None,
    use_model: bool = True,
) -> list[TechniqueSpan]:
    """Technique spans of ``text`` in ``lang`` ("en", "ar", "fa"), ordered by position.

    ``sentences`` are the document's sentence spans; the model tags one at a time.
    ``use_model=False`` gives the shipped rules even where a model was built (to compare);
    ``model_root`` looks for the model somewhere other than :func:`model_dir`."""
    if not text.strip():
        return []
    model = load(lang, model_root) if use_model else None
    if model is None:
        return [
            TechniqueSpan(h.start, h.end, h.technique, h.score, "rules")
            for h in rule_hits(text, lang)
        ]
    ctx = DocContext.build(text, sentences, lang)
    found = [
        TechniqueSpan(x.start, x.end, model.common(x.label), x.score, "model")
        for x in model.detect(ctx)
    ]
    return sorted(found, key=lambda t: (t.start, t.end, t.technique))


def document_techniques(
    text: str,
    sentences: list[tuple[int, int]],
    lang: str,
    *,
    model_root: Path | None = None,
    use_model: bool = True,
) -> dict[str, float]:
    """Which techniques a document (or paragraph) uses, each with a score: with a built model,
    the highest probability a sentence classifier gives it over the sentences, kept where it
    reaches the threshold tuned at build time; with the rules, the best rule hit's score.
    Coarser than :func:`detect_techniques` and surer of itself: it is what a per-outlet
    technique rate should count."""
    if not text.strip():
        return {}
    model = load(lang, model_root) if use_model else None
    out: dict[str, float] = {}
    if model is None:
        for h in rule_hits(text, lang):
            out[h.technique] = max(out.get(h.technique, 0.0), h.score)
        return out
    ctx = DocContext.build(text, sentences, lang)
    scores = model.sentence_scores(ctx)
    if not len(scores):
        return out
    best = scores.max(axis=0)
    for k, label in enumerate(model.sentence_model.classes):
        if best[k] >= model.sentence_threshold:
            common = model.common(label)
            out[common] = max(out.get(common, 0.0), round(float(best[k]), 4))
    return out
