"""``framing.v1``: a document's loaded terms and persuasion-technique spans, stored with it
(:class:`rashomon.model.Frame`), so that outlet profiles, story comparisons and exports count
them without running the detectors again on every read (technique detection costs ~15 ms a
document).

Requires ``text`` and ``segments`` (each sentence is read in its own language); assigns
``frames``. Stance cues are not stored: :func:`.stance.stance_cues` derives them when read.
"""

from __future__ import annotations

from typing import ClassVar

from ... import registry
from ...model import Document, Frame
from ...pipeline import DocumentStage
from .document import STAGE, techniques_in, terms_in


@registry.stages.register(STAGE)
class FramingStage(DocumentStage):
    name: ClassVar[str] = STAGE
    requires: ClassVar[tuple[str, ...]] = ("text", "segments")
    assigns: ClassVar[tuple[str, ...]] = ("frames",)

    def process(self, doc: Document) -> None:
        terms = [
            Frame("term", t.start, t.end, t.category, t.lemma, 1.0, self.name)
            for t in terms_in(doc)
        ]
        spans = [
            Frame("technique", t.start, t.end, t.technique, t.source, round(t.score, 4), self.name)
            for t in techniques_in(doc)
        ]
        doc.frames = sorted(terms + spans, key=lambda f: (f.start, f.end, f.kind, f.label))
