"""Stage ``clean.extract.v1``: the article body of each document, with what was dropped.

Requires ``content`` and ``raw`` (plus ``source_text`` for text input or ``markup`` for HTML,
from the decode stage). Assigns ``source_text`` (for HTML: the page's visible text, one block
per line), ``text`` (the body, paragraphs joined by a blank line), ``removed`` (spans of
``source_text`` that were dropped, with a reason), ``title``, ``author`` (from a byline or an
agency credit) and ``source`` (kept when the reader set it, else from the masthead).
Datelines found among the dropped lines go to ``hints["dateline"]`` for the date stage.

Text input goes through the line filter of :mod:`.lines`; HTML through :mod:`.html`.
Lines repeated across documents of one source (see :class:`SiteLines`) are dropped as
``repeated-site-line`` when the stage is given them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import ClassVar

from ... import registry
from ...errors import SkipDocument
from ...model import SCRATCH_HTML_TREE as HTML_TREE
from ...model import ContentKind, Document, RemovedSpan
from ...pipeline import DocumentStage
from . import html as html_extract
from .blocks import load_model
from .lines import TERMINAL, Line, classify, line_key, split_lines
from .site_lines import SiteLines

__all__ = ["CleanExtract", "SiteLines"]

_LOWER_START = re.compile(r"^[a-z]")


@registry.stages.register("clean.extract.v1")
class CleanExtract(DocumentStage):
    name: ClassVar[str] = "clean.extract.v1"
    requires: ClassVar[tuple[str, ...]] = ("content", "raw")
    assigns: ClassVar[tuple[str, ...]] = (
        "source_text", "text", "removed", "title", "author", "source",
    )  # fmt: skip

    def __init__(
        self, site_lines: Mapping[str, frozenset[str]] | None = None, classify: bool | None = None
    ) -> None:
        self.site_lines: dict[str, frozenset[str]] = dict(site_lines or {})
        # the block classifier (stages/clean/blocks.py) may overrule trafilatura: None keeps
        # the default of html.CLASSIFY, True/False forces it on or off
        self.classify = classify

    def process(self, doc: Document) -> None:
        if doc.content is ContentKind.HTML:
            self._html(doc)
        else:
            self._text(doc)

    def _text(self, doc: Document) -> None:
        lines = split_lines(doc.source_text)
        if not lines:
            raise SkipDocument("empty", "the document has no text")
        site_keys = self.site_lines.get(doc.source or "", frozenset())
        verdict = classify(lines, title_hint=doc.hints.get("title"), site_keys=site_keys)
        if not verdict.kept and site_keys:
            # Every line is known site text: more likely a re-scraped article than pure
            # boilerplate, so judge it on its own lines.
            lines = split_lines(doc.source_text)
            verdict = classify(lines, title_hint=doc.hints.get("title"))
        kept = verdict.kept
        if not kept:
            raise SkipDocument(
                "only-boilerplate",
                f"all {len(lines)} lines are boilerplate "
                f"({', '.join(sorted({line.reason or '' for line in lines}))})",
            )
        doc.text = _join(kept, doc.source_text)
        doc.removed = [
            RemovedSpan(line.start, line.end, line.reason or "", self.name)
            for line in verdict.removed
        ]
        doc.title = doc.hints.get("title") or verdict.title
        doc.author = doc.hints.get("author") or verdict.author
        doc.source = doc.source or verdict.masthead
        if verdict.dateline and "dateline" not in doc.hints:
            doc.hints["dateline"] = verdict.dateline

    def _html(self, doc: Document) -> None:
        if not doc.markup.strip():
            raise SkipDocument("no-body", "the HTML page is empty")
        tree = html_extract.parse(doc.markup)
        if tree is not None:
            doc.scratch[HTML_TREE] = tree  # the date stage reads the same parse
        if self.classify is None:
            page = html_extract.extract(doc.markup, doc.url, tree)
        else:
            model = load_model() if self.classify else None
            page = html_extract.extract(doc.markup, doc.url, tree, model=model)
        if page is None:
            raise SkipDocument("no-body", "the HTML could not be parsed into a page")
        if not page.lines:
            raise SkipDocument("no-body", "the HTML page has no visible text")
        doc.source_text = "\n".join(line.text for line in page.lines)
        if not page.body:
            raise SkipDocument("only-boilerplate", "no article body found on the page")
        site_keys = self.site_lines.get(doc.source or page.sitename or "", frozenset())
        removed: list[RemovedSpan] = []
        pos = 0
        for line, keep, overruled in zip(page.lines, page.keep, page.overruled, strict=True):
            end = pos + len(line.text)
            if not keep:
                reason = line.region or overruled or "outside-main-content"
                removed.append(RemovedSpan(pos, end, reason, self.name))
            pos = end + 1
        body = page.body
        if site_keys:
            body = [p for p in body if line_key(p) not in site_keys] or body
        doc.text = "\n\n".join(body)
        doc.removed = removed
        doc.title = doc.hints.get("title") or page.title
        doc.author = doc.hints.get("author") or page.author
        doc.source = doc.source or page.sitename
        if page.dateline and "dateline" not in doc.hints:
            doc.hints["dateline"] = page.dateline


def _join(kept: list[Line], source_text: str) -> str:
    """Body lines joined as paragraphs; a hard-wrapped line (no sentence end, the next line
    starting in lower case, nothing but a newline between them) continues its paragraph."""
    parts: list[str] = []
    for i, line in enumerate(kept):
        if i:
            prev = kept[i - 1]
            between = source_text[prev.end : line.start]
            wrapped = (
                between.count("\n") == 1
                and not prev.text.endswith(TERMINAL)
                and _LOWER_START.match(line.text) is not None
            )
            parts.append(" " if wrapped else "\n\n")
        parts.append(line.text)
    return "".join(parts)
