"""Exact and near-duplicate detection across the corpus (a corpus step, incremental).

Exact duplicates share the same cleaned text (content hash). Near duplicates — wire copies
reprinted with a new headline, a paragraph dropped or added, the outlet's own lines around
them — are found with MinHash over word 3-gram shingles of the normalised text and an LSH
index, never by comparing all pairs. A reprint that drops or adds paragraphs has a modest
Jaccard similarity but a high *containment* (the share of the shorter text found in the
longer), so LSH gathers candidates at a low Jaccard threshold and the decision is made on the
containment estimated from the signatures and the shingle-set sizes. Duplicates are linked in
both directions, never dropped; a link's similarity is that containment.

The minhash table doubles as the record of what has been deduplicated: every document the
step has seen gets a row (an empty signature for a text too short to sign), written after its
links. A run killed after storing documents but before linking them leaves them without a row,
and the next run finds them (:func:`unlinked_items`) instead of taking them as done.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

import numpy as np
from datasketch import MinHash, MinHashLSH

from ..model import Document, DupKind, DuplicateLink
from ..store import DocumentFilter, Store
from ..text.normalize import normalize

logger = logging.getLogger(__name__)

NUM_PERM = 128
SHINGLE = 3
CANDIDATE_JACCARD = 0.3  # LSH threshold: gathers candidates only
NEAR_CONTAINMENT = 0.7  # share of the shorter text's shingles found in the longer one
MIN_WORDS = 20  # shorter texts give unstable signatures
SCHEME = "affine32"  # datasketch 2.x default; stored signatures must be read back alike


@dataclass(slots=True)
class Signature:
    minhash: MinHash
    size: int  # number of distinct shingles


@dataclass(slots=True)
class DedupResult:
    exact: int = 0
    near: int = 0


@cache
def _permutations() -> Any:
    """The permutation parameters of every signature: drawn once (datasketch draws them again
    for each MinHash it builds, which was most of the cost of reading signatures back)."""
    return MinHash(num_perm=NUM_PERM, seed=7, scheme=SCHEME).permutations


def signature(text: str) -> Signature | None:
    words = normalize(text).split()
    if len(words) < MIN_WORDS:
        return None
    shingles = {" ".join(words[i : i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}
    mh = MinHash(num_perm=NUM_PERM, seed=7, scheme=SCHEME, permutations=_permutations())
    mh.update_batch(sorted(shingles))
    return Signature(mh, len(shingles))


def containment(a: Signature, b: Signature) -> float:
    """|A ∩ B| / min(|A|, |B|), with the intersection estimated from the Jaccard estimate."""
    jaccard = float(a.minhash.jaccard(b.minhash))
    intersection = jaccard * (a.size + b.size) / (1.0 + jaccard)
    return min(1.0, intersection / max(1, min(a.size, b.size)))


def _from_stored(data: bytes, size: int) -> Signature:
    values = np.frombuffer(data, dtype=np.uint64)
    mh = MinHash(
        num_perm=NUM_PERM, seed=7, scheme=SCHEME, hashvalues=values, permutations=_permutations()
    )
    return Signature(mh, size)


@dataclass(frozen=True, slots=True)
class DedupItem:
    """What deduplication needs of one stored document: small enough to keep for a whole run,
    and computed where the document was analysed (in the worker process)."""

    id: str
    text_hash: str
    signature: bytes | None  # MinHash values; None for texts too short to sign
    size: int


def dedup_item(doc: Document) -> DedupItem:
    sig = signature(doc.text)
    if sig is None:
        return DedupItem(doc.id, doc.text_hash, None, 0)
    values = sig.minhash.hashvalues.astype(np.uint64).tobytes()
    return DedupItem(doc.id, doc.text_hash, values, sig.size)


def link_duplicates(store: Store, new_items: Iterable[DedupItem]) -> DedupResult:
    """Link each newly stored document (see :func:`dedup_item`) to earlier and new documents
    it duplicates."""
    result = DedupResult()
    items = sorted(new_items, key=lambda item: item.id)
    if not items:
        return result
    lsh = MinHashLSH(threshold=CANDIDATE_JACCARD, num_perm=NUM_PERM)
    known: dict[str, Signature] = {}
    new_ids = {item.id for item in items}
    for doc_id, data, size in store.minhashes():
        if doc_id not in new_ids and data:
            known[doc_id] = _from_stored(data, size)
            lsh.insert(doc_id, known[doc_id].minhash)
    seen: set[frozenset[str]] = set()
    signatures: list[tuple[str, bytes, int]] = []
    stored_links: list[tuple[str, DuplicateLink]] = []
    for item in items:
        links: dict[str, DuplicateLink] = {}
        owner = store.owner_of_text(item.text_hash, exclude=item.id)
        if owner:
            links[owner] = DuplicateLink(owner, DupKind.EXACT, 1.0)
        if item.signature is not None:
            sig = _from_stored(item.signature, item.size)
            for other in sorted(lsh.query(sig.minhash)):
                if other in links or other == item.id:
                    continue
                overlap = containment(sig, known[other])
                if overlap >= NEAR_CONTAINMENT:
                    links[other] = DuplicateLink(other, DupKind.NEAR, round(overlap, 4))
            known[item.id] = sig
            lsh.insert(item.id, sig.minhash)
        signatures.append((item.id, item.signature or b"", item.size))
        for link in links.values():
            pair = frozenset((item.id, link.other_id))
            if pair in seen:
                continue
            seen.add(pair)
            stored_links.append((item.id, link))
            stored_links.append((link.other_id, DuplicateLink(item.id, link.kind, link.similarity)))
            if link.kind is DupKind.EXACT:
                result.exact += 1
            else:
                result.near += 1
    store.add_duplicates(stored_links)  # links first: a signature row means "linked"
    store.save_minhashes(signatures)
    logger.info("dedup: %s exact and %s near-duplicate links", result.exact, result.near)
    return result


def unlinked_items(store: Store, exclude: set[str] | None = None) -> list[DedupItem]:
    """Stored OK documents with text that deduplication has not seen (no minhash row), signed
    again from their stored text: what a run killed before its dedup step left behind."""
    seen = {doc_id for doc_id, _, _ in store.minhashes()} | (exclude or set())
    todo: list[str] = []
    page, offset = 1000, 0
    while True:
        summaries, total = store.list_documents(DocumentFilter(status="ok"), page, offset)
        todo += [s.id for s in summaries if s.chars and s.id not in seen]
        offset += page
        if not summaries or offset >= total:
            break
    docs = (store.get(doc_id) for doc_id in todo)
    return [dedup_item(doc) for doc in docs if doc is not None and doc.ok and doc.text]
