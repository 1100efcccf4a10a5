"""Language identification: ``language.ensemble.v1``.

Requires ``text`` and ``segments``; assigns ``lang`` and ``segments`` (each segment's ``lang``
and ``lang_confidence``). The document's ``lang`` is the language covering most of its
characters; when several languages each cover a large share (an original and its translation),
it is the one the document opens with (see :func:`_primary`).

Codes are ISO 639-1 where one exists, else 639-3 (``ckb`` for Sorani); ``"und"`` for text
without letters. Dari is reported as Persian ``fa`` (one macro-language here). How a language
is decided — script, distinctive letters, function words, then py3langid and lingua — is
documented in :mod:`rashomon.stages.language.ensemble`.
"""

from __future__ import annotations

import re

from ... import registry
from ...model import Document, Segment
from ...pipeline import DocumentStage
from .ensemble import UND, Detector
from .lang import en
from .scripts import LATIN

__all__ = ["Detector", "LanguageStage", "detect"]

# A segment with fewer letters than this and a weak call takes its neighbours' language.
SHORT_SEGMENT_LETTERS = 16
WEAK_CONFIDENCE = 0.9
# A paragraph called this surely (single script, strong evidence) labels all its sentences at
# once; anything less sure is decided sentence by sentence. Most of a news page is long
# single-language paragraphs, so this saves most classifier calls without losing mixed text.
PARAGRAPH_CONFIDENCE = 0.9
# In a document whose confidently labelled paragraphs are this English, a short Latin-only
# line with an English function word is English.
ENGLISH_SHARE = 0.9
_WORD = re.compile(r"[a-z]+")
_BEYOND_LATIN = re.compile("[\u0250-\U0010ffff]")
# A language must cover this share of a document's characters to be its language.
PRIMARY_SHARE = 0.35

_default: Detector | None = None


def detect(text: str) -> tuple[str, float]:
    """Language of ``text`` and a confidence in [0, 1]; ``("und", 0.0)`` without letters.

    >>> detect("این کتاب را خواندم")[0]
    'fa'
    """
    global _default
    if _default is None:
        _default = Detector()
    return _default.detect(text)


@registry.stages.register("language.ensemble.v1")
class LanguageStage(DocumentStage):
    """Label every segment and the document with a language (picklable; models load lazily)."""

    name = "language.ensemble.v1"
    requires = ("text", "segments")
    assigns = ("lang", "segments")

    def __init__(self, detector: Detector | None = None) -> None:
        self.detector = detector or Detector()

    def process(self, doc: Document) -> None:
        scripts: list[str | None] = [None] * len(doc.segments)
        undecided: list[int] = []
        for start, end, members in _paragraphs(doc):
            if len(members) > 1:
                lang, conf, script = self.detector.detect_with_script(doc.text[start:end])
                if script is not None and conf >= PARAGRAPH_CONFIDENCE:
                    for i in members:
                        doc.segments[i].lang, doc.segments[i].lang_confidence = lang, conf
                        scripts[i] = script
                    continue
            undecided.extend(members)
        english = _mostly_english(doc, [i for i, sc in enumerate(scripts) if sc is not None])
        for i in undecided:
            seg = doc.segments[i]
            text = doc.text[seg.start : seg.end]
            if english and _english_words(text):
                # A short line of an English article with an English function word and no other
                # script (a caption, a list item) needs no classifier.
                seg.lang, seg.lang_confidence, scripts[i] = "en", 0.8, LATIN
                continue
            seg.lang, seg.lang_confidence, scripts[i] = self.detector.detect_with_script(text)
        _smooth(doc, scripts)
        if doc.segments:
            doc.lang, doc.lang_confidence = _primary(doc.segments)
        else:
            doc.lang, doc.lang_confidence = self.detector.detect(doc.text[:4000])


def _mostly_english(doc: Document, decided: list[int]) -> bool:
    """Whether the sentences labelled so far are (nearly) all English."""
    chars = sum(doc.segments[i].end - doc.segments[i].start for i in decided)
    english = sum(
        doc.segments[i].end - doc.segments[i].start for i in decided if doc.segments[i].lang == "en"
    )
    return chars > 0 and english >= ENGLISH_SHARE * chars


def _english_words(text: str) -> bool:
    if not text.isascii() and any(ch.isalpha() for ch in _BEYOND_LATIN.findall(text)):
        return False  # a letter of another script
    return any(word in en.FUNCTION_WORDS for word in _WORD.findall(text.lower()))


def _paragraphs(doc: Document) -> list[tuple[int, int, list[int]]]:
    """Segments grouped by the blank-line-separated paragraph they start in:
    ``(start, end, segment indexes)``."""
    groups: list[tuple[int, int, list[int]]] = []
    for i, seg in enumerate(doc.segments):
        if groups and "\n\n" not in doc.text[groups[-1][1] : seg.start]:
            start, _, members = groups[-1]
            groups[-1] = (start, seg.end, [*members, i])
        else:
            groups.append((seg.start, seg.end, [i]))
    return groups


def _smooth(doc: Document, scripts: list[str | None]) -> None:
    """Give short, weakly called segments (a dateline, "+ Photos") their neighbours' language
    when both neighbours agree and are written in the same script."""
    segs = doc.segments
    for i, seg in enumerate(segs):
        if seg.lang == UND or seg.lang_confidence >= WEAK_CONFIDENCE:
            continue
        text = doc.text[seg.start : seg.end]
        if sum(map(str.isalpha, text)) >= SHORT_SEGMENT_LETTERS:
            continue
        near = [j for j in (i - 1, i + 1) if 0 <= j < len(segs) and segs[j].lang != UND]
        if not near or any(scripts[j] != scripts[i] for j in near):
            continue
        langs = {segs[j].lang for j in near}
        if len(langs) == 1 and seg.lang not in langs:
            seg.lang = langs.pop()
            seg.lang_confidence = min(segs[j].lang_confidence for j in near) * 0.8


def _primary(segments: list[Segment]) -> tuple[str, float]:
    """The document's language: of the languages covering at least :data:`PRIMARY_SHARE` of
    the labelled characters, the one the text opens with. Mixed documents are nearly always an
    original followed by its translation (seed 003: Persian, then a longer English version),
    and the original is the document's language; segments keep the detail. The confidence is
    the confidence-weighted share of characters in that language."""
    chars: dict[str, int] = {}
    weighted: dict[str, float] = {}
    first: dict[str, int] = {}
    for i, seg in enumerate(segments):
        if seg.lang == UND:
            continue
        n = seg.end - seg.start
        chars[seg.lang] = chars.get(seg.lang, 0) + n
        weighted[seg.lang] = weighted.get(seg.lang, 0.0) + n * seg.lang_confidence
        first.setdefault(seg.lang, i)
    if not chars:
        return UND, 0.0
    total = sum(chars.values())
    major = [lang for lang, n in chars.items() if n >= PRIMARY_SHARE * total]
    lang = min(major, key=first.__getitem__) if major else max(chars, key=chars.__getitem__)
    return lang, weighted[lang] / total
