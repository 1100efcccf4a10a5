"""Loaded terms and persuasion techniques of a whole document: each language run matched in
its own language, offsets in the document's text (a Persian article with an English
translation after it is read as Persian, then as English).

:func:`terms_in` and :func:`techniques_in` run the detectors; the ``framing.v1`` stage stores
what they find with the document, and :func:`framing_of` reads it back (or runs them, for a
document stored before that stage existed)."""

from __future__ import annotations

from collections import defaultdict

from ...model import Document
from .lexicon import Term, loaded_terms
from .techniques import TechniqueSpan, detect_techniques

STAGE = "framing.v1"


def terms_in(doc: Document) -> list[Term]:
    """Loaded terms of a document, each sentence matched in its own language (the document's
    when it has no sentences)."""
    spans: list[tuple[int, int, str]] = [(s.start, s.end, s.lang) for s in doc.segments]
    out: list[Term] = []
    for start, end, lang in spans or [(0, len(doc.text), doc.lang or "")]:
        for t in loaded_terms(doc.text[start:end], lang):
            out.append(Term(t.start + start, t.end + start, t.term, t.category, t.lemma))
    return out


def techniques_in(doc: Document) -> list[TechniqueSpan]:
    """Persuasion-technique spans of a document, each language's sentences in that language."""
    by_lang: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for s in doc.segments:
        by_lang[s.lang or doc.lang or ""].append((s.start, s.end))
    if not by_lang and doc.text:
        by_lang[doc.lang or ""].append((0, len(doc.text)))
    out: list[TechniqueSpan] = []
    for lang, sentences in by_lang.items():
        lo, hi = sentences[0][0], sentences[-1][1]
        local = [(a - lo, b - lo) for a, b in sentences]
        for t in detect_techniques(doc.text[lo:hi], local, lang):
            if any(a <= t.start < b for a, b in local):  # not text between two runs
                out.append(TechniqueSpan(t.start + lo, t.end + lo, t.technique, t.score, t.source))
    return sorted(out, key=lambda t: (t.start, t.end))


def framing_of(doc: Document) -> tuple[list[Term], list[TechniqueSpan]]:
    """The document's loaded terms and technique spans: as stored by the ``framing.v1`` stage
    when it ran on the document, else found now."""
    if STAGE not in doc.stages:
        return terms_in(doc), techniques_in(doc)
    text = doc.text
    terms = [
        Term(f.start, f.end, text[f.start : f.end], f.label, f.detail)
        for f in doc.frames
        if f.kind == "term"
    ]
    spans = [
        TechniqueSpan(f.start, f.end, f.label, f.score, f.detail)
        for f in doc.frames
        if f.kind == "technique"
    ]
    return terms, spans
