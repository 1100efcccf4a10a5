"""``entities.v1``: named entities of a document and their canonical identities.

Each stretch of sentences in one language is tagged by that language's recogniser
(:mod:`.ner`) and its mentions linked to canonical entities (:mod:`.link`), whose keys are the
same in every document, spelling and script, so entities meet across the corpus without a
global pass. Only names are kept: the English model also marks common nouns and pronouns
("the militants", "the city", "he"), which would become entities of their own. Sentences in a
language without a recogniser are left untagged.
Requires ``text`` and ``segments``; assigns ``mentions``.
"""

from __future__ import annotations

from typing import ClassVar

from ... import registry
from ...model import Document, Mention
from ...pipeline import DocumentStage
from .link import link_mentions
from .ner import recognize

LANGS = frozenset({"en", "ar", "fa"})


@registry.stages.register("entities.v1")
class EntityStage(DocumentStage):
    name: ClassVar[str] = "entities.v1"
    requires: ClassVar[tuple[str, ...]] = ("text", "segments")
    assigns: ClassVar[tuple[str, ...]] = ("mentions",)

    def process(self, doc: Document) -> None:
        mentions = []
        for start, end, lang in doc.language_runs():
            if lang not in LANGS:
                continue
            chunk = doc.text[start:end]
            spans = recognize(chunk, lang, named_only=True)
            links = link_mentions(chunk, lang, [(s.start, s.end, s.type) for s in spans])
            for span, link in zip(spans, links, strict=True):
                mentions.append(
                    Mention(
                        start + span.start,
                        start + span.end,
                        span.type,
                        link.key,
                        link.name,
                        lang,
                        span.score,
                        self.name,
                    )
                )
        doc.mentions = mentions
