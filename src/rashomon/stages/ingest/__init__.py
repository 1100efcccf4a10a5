"""Ingest: readers for every input format, and the decode stage.

Stage ``ingest.decode.v1`` requires the reader's ``raw`` bytes and ``content`` kind, and
assigns ``encoding`` plus ``source_text`` (text content) or ``markup`` (HTML content). JSONL
records are unpacked here: their ``text`` or ``html`` field becomes the content.
"""

from __future__ import annotations

import json
from typing import ClassVar

from ... import registry
from ...errors import InputError, SkipDocument
from ...model import ContentKind, Document, InputFormat
from ...pipeline import DocumentStage
from . import readers, sources
from .decode import decode_bytes, without_surrogates

__all__ = ["DecodeStage", "readers", "sources"]


@registry.stages.register("ingest.decode.v1")
class DecodeStage(DocumentStage):
    name: ClassVar[str] = "ingest.decode.v1"
    requires: ClassVar[tuple[str, ...]] = ("raw", "content")
    assigns: ClassVar[tuple[str, ...]] = ("encoding", "source_text", "markup")

    def process(self, doc: Document) -> None:
        if doc.format is InputFormat.JSONL:
            text = _jsonl_payload(doc)
            doc.encoding = "utf-8"
        else:
            text, doc.encoding = decode_bytes(doc.raw, doc.hints.get("content_type"))
        if doc.content is ContentKind.HTML:
            doc.markup = text
        else:
            doc.source_text = text


def _jsonl_payload(doc: Document) -> str:
    try:
        obj = json.loads(doc.raw)
    except ValueError as exc:  # readers already reject these; kept for records built by hand
        raise InputError("malformed-jsonl", f"record is not valid JSON: {exc}") from None
    field = "html" if doc.content is ContentKind.HTML else "text"
    value = obj.get(field) if isinstance(obj, dict) else None
    if not isinstance(value, str) or not value.strip():
        raise SkipDocument("empty", f"the record's {field!r} field is empty")
    return without_surrogates(value).replace("\r\n", "\n").replace("\r", "\n")
