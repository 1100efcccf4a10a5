"""Named-entity recognition for English, Arabic and Persian: persons (PER), organisations
including armed groups and units (ORG), locations and geopolitical entities (LOC) and
facilities (FAC), with character offsets into the text given.

One linear-chain CRF per language (python-crfsuite) over our own tokens (:mod:`.tokens`) and
features (:mod:`.features`: words, affixes, shape, cue words, gazetteer places, names
remembered from the training data; word clusters, :mod:`.clusters`, where a model ships a
table), one sentence at a time (sentences from
:func:`rashomon.stages.sentences.rules.split_spans`). The models ship in ``models/``, each with
the names it remembers (``*.names.json``, :mod:`.memory`); :mod:`.train` rebuilds them:

- ``en.crfsuite``: re3d train split without its BBC Online sentences (CC BY-NC), and our own
  English news sentences (``data/ner/en_templates.txt`` filled from ``en_names.tsv``, CC0);
- ``ar.crfsuite``: Wojood's public sample, train + val (MIT), and our own Arabic news
  sentences (``data/ner/ar_templates.txt``, ``ar_news.txt`` filled from ``ar_names.tsv``, CC0),
  with lighter L1/L2 regularisation than the others (chosen by cross-validation);
- ``fa.crfsuite``: our own Persian news sentences only (``data/ner/fa_templates.txt``,
  ``fa_news.txt`` filled from ``fa_names.tsv``, CC0), written in ArmanPersoNER's conventions.

Types follow the training sets: re3d puts titles and determiners inside spans ("the Syrian Arab
Army", "Maj. Gen. Qassem Soleimani"); Wojood and ArmanPersoNER leave titles out.

ArmanPersoNER may not be redistributed; where a user has built ``ner/fa-arman.crfsuite`` in the
cache directory (``python -m rashomon.stages.entities.ner.train fa-arman``), Persian uses it.

A span never starts with an Arabic conjunction or preposition glued to the first word, but keeps
the article: in ``والجيش السوري`` the span is ``الجيش السوري``. ``score`` is the mean of the CRF's
marginal probabilities of the span's labels.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path

from ....cache import cache_dir
from ...sentences.rules import split_spans
from . import clusters, memory
from .features import Lexicon, lexicon, sentence_features, strip_proclitic
from .tokens import Token, tokenize

__all__ = ["EntitySpan", "recognize", "is_named", "model_path", "LANGS", "TYPES"]

logger = logging.getLogger(__name__)

LANGS = ("en", "ar", "fa")
TYPES = ("PER", "ORG", "LOC", "FAC")
MODELS = Path(__file__).resolve().parent / "models"
_MAX_TOKENS = 200  # longer "sentences" (tables, lists) are tagged in windows


@dataclass(frozen=True, slots=True)
class EntitySpan:
    start: int
    end: int
    type: str  # "PER" | "ORG" | "LOC" | "FAC"
    score: float  # mean marginal probability of the span's labels, in [0, 1]


def model_path(lang: str) -> Path:
    """The model ``recognize`` uses for ``lang``: for Persian a locally built ArmanPersoNER
    model where one exists, else the shipped one."""
    if lang == "fa":
        built = cache_dir() / "ner" / "fa-arman.crfsuite"
        if built.is_file():
            return built
    return MODELS / f"{lang}.crfsuite"


class _Tagger:
    """A crfsuite tagger; crfsuite taggers are not thread-safe, so calls take a lock."""

    def __init__(self, path: Path) -> None:
        import pycrfsuite

        self.path = path
        self.memory = memory.load(path)
        self.clusters = clusters.load(path)
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(path))
        self._lock = threading.Lock()

    def tag(self, features: list[list[str]]) -> tuple[list[str], list[float]]:
        with self._lock:
            self._tagger.set(features)
            labels = self._tagger.tag()
            marginals = [self._tagger.marginal(y, i) for i, y in enumerate(labels)]
        return labels, marginals


_TAGGERS: dict[Path, _Tagger] = {}
_LOCK = threading.Lock()


def _tagger(path: Path) -> _Tagger | None:
    with _LOCK:
        if path not in _TAGGERS:
            if not path.is_file():
                logger.warning("no NER model at %s", path)
                return None
            logger.info("loading the NER model %s", path)
            _TAGGERS[path] = _Tagger(path)
        return _TAGGERS[path]


def decode(
    tokens: list[Token], labels: list[str], marginals: list[float], lang: str, lex: Lexicon
) -> list[EntitySpan]:
    """BIO labels to spans; an I- label after O or another type opens a span. Punctuation at
    either end of a span is left out (a closing quote the tagger swept in)."""
    out: list[EntitySpan] = []
    start = -1
    kind = ""
    for i, label in enumerate([*labels, "O"]):
        prefix, _, k = label.partition("-")
        if kind and (prefix != "I" or k != kind):
            a, b = start, i
            while a < b and not tokens[a].text[0].isalnum():
                a += 1
            while b > a and not tokens[b - 1].text[0].isalnum():
                b -= 1
            if a < b:
                clitic, _ = strip_proclitic(tokens[a].text, lang, lex)
                probs = marginals[start:i]
                score = round(sum(probs) / len(probs), 4)
                begin = tokens[a].start + len(clitic)
                out.append(EntitySpan(begin, tokens[b - 1].end, kind, score))
            kind = ""
        if prefix in ("B", "I") and not kind:
            start, kind = i, k
    return out


def is_named(mention: str) -> bool:
    """Whether an English mention names something: a word other than a leading determiner
    starts with a capital ("the Syrian Arab Army", not "the militants", "he"). Arabic and
    Persian have no capitals, and their training sets mark names only: always true there."""
    if not any("a" <= ch.lower() <= "z" for ch in mention):
        return True
    words = mention.split()
    if words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    return any(w[:1].isupper() and w != "I" for w in words)


_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their"})


def recognize(
    text: str, lang: str, *, model: Path | None = None, named_only: bool = False
) -> list[EntitySpan]:
    """Entity spans of ``text`` in ``lang`` ("en", "ar", "fa"); any other language gives [].

    The English model, trained on re3d, also marks common-noun and pronoun mentions ("the
    city", "the militants", "he"); ``named_only`` keeps only the mentions :func:`is_named`
    accepts. ``model`` replaces :func:`model_path`'s choice (to compare models)."""
    if lang not in LANGS or not text.strip():
        return []
    tagger = _tagger(model or model_path(lang))
    if tagger is None:
        return []
    lex = lexicon()
    out: list[EntitySpan] = []
    for s, e in split_spans(text):
        tokens = tokenize(text, s, e)
        for w in range(0, len(tokens), _MAX_TOKENS):
            window = tokens[w : w + _MAX_TOKENS]
            features = sentence_features(window, lang, lex, tagger.memory, tagger.clusters)
            labels, marginals = tagger.tag(features)
            out += decode(window, labels, marginals, lang, lex)
    if named_only:
        out = [s for s in out if is_named(text[s.start : s.end])]
    return out
