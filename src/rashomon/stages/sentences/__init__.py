"""Sentence segmentation: ``sentences.rules.v1``.

Requires ``text`` (the cleaned article body, paragraphs separated by blank lines) and assigns
``segments``: one :class:`~rashomon.model.Segment` per sentence or headline, with exact
character offsets into ``doc.text``, surrounding whitespace excluded, in text order. Segments
never cross a paragraph break and every non-space character of the text lies in exactly one
segment. Their language is ``"und"`` until the language stage labels them.

The rules (English, Arabic and Persian punctuation, abbreviations, quotes, the Arabic
semicolon) are documented in :mod:`rashomon.stages.sentences.rules`.
"""

from __future__ import annotations

from ... import registry
from ...model import Document, Segment
from ...pipeline import DocumentStage
from .rules import split_spans

__all__ = ["SentenceStage", "split_spans"]


@registry.stages.register("sentences.rules.v1")
class SentenceStage(DocumentStage):
    """Split ``doc.text`` into sentence segments with regular expressions (no model)."""

    name = "sentences.rules.v1"
    requires = ("text",)
    assigns = ("segments",)

    def process(self, doc: Document) -> None:
        spans = split_spans(doc.text)
        doc.segments = [Segment(start, end, lang="und", stage=self.name) for start, end in spans]
