"""SQL both backends share: the columns of a document summary, the columns written straight
from :func:`rashomon.serialize.document_fields`, the entity summary query, and how search
text is cut into tokens. Placeholders differ (``?`` / ``%s``), so only placeholder-free
fragments live here."""

from __future__ import annotations

import re

from ..text.normalize import normalize
from .base import DocumentFilter

EVERYTHING = DocumentFilter()

SUMMARY_COLUMNS = (
    "d.id, d.title, d.source, d.lang, d.published, d.status, d.path, d.record, d.url, "
    "length(d.text), (SELECT count(*) FROM duplicates x WHERE x.doc_id = d.id)"
)

# documents columns written straight from serialize.document_fields()
DOCUMENT_RECORD_COLUMNS = (
    "id", "path", "record", "url", "format", "content", "source", "title", "author",
    "published", "published_from", "published_confidence", "fetched", "lang",
    "lang_confidence", "status", "encoding", "text",
)  # fmt: skip

ENTITY_SUMMARY = (
    "SELECT e.key, e.name, e.type, count(*), count(DISTINCT m.doc_id), "
    "min(substr(d.published, 1, 10)), max(substr(d.published, 1, 10)) "
    "FROM mentions m JOIN entities e ON e.key = m.entity JOIN documents d ON d.id = m.doc_id "
)

OVERRIDES = "SELECT from_key, surface, to_key FROM entity_overrides"
LINKED_MENTIONS = "SELECT doc_id, idx, linked, text, entity FROM mentions WHERE linked IS NOT NULL"

# OK documents without a vector of the model given as the one parameter
MISSING_VECTORS = (
    "SELECT id FROM documents WHERE status = 'ok' AND id NOT IN "
    "(SELECT doc_id FROM vectors WHERE model = {}) ORDER BY id"
)

CLAIM_LINK_COLUMNS = "doc_a, claim_a, doc_b, claim_b, relation, confidence, reasons"
CLAIM_LINKS_ORDER = "ORDER BY story, doc_a, claim_a, doc_b, claim_b"

_TOKEN = re.compile(r"\w+", re.UNICODE)


def search_tokens(text: str) -> list[str]:
    """The words of ``text`` as the full-text index holds them (normalised spelling)."""
    return _TOKEN.findall(normalize(text))
