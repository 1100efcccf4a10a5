"""Exact and near-duplicate detection across the corpus (a corpus step, incremental).

Exact duplicates share the same cleaned text (content hash). Near duplicates — wire copies
reprinted with a new headline or a paragraph more or less — are found with MinHash over
word 3-gram shingles of the normalised text and an LSH index, never by comparing all pairs.
Duplicates are linked in both directions, never dropped.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
from datasketch import MinHash, MinHashLSH

from ..model import Document, DuplicateLink, DupKind
from ..store import Store
from ..text.normalize import normalize

logger = logging.getLogger(__name__)

NUM_PERM = 128
SHINGLE = 3
NEAR_THRESHOLD = 0.6  # estimated Jaccard of word 3-gram sets
MIN_WORDS = 20  # shorter texts give unstable signatures
SCHEME = "affine32"  # datasketch 2.x default; stored signatures must be read back alike


@dataclass(slots=True)
class DedupResult:
    exact: int = 0
    near: int = 0
    pairs: list[tuple[str, str, DupKind, float]] = field(default_factory=list)


def signature(text: str) -> MinHash | None:
    words = normalize(text).split()
    if len(words) < MIN_WORDS:
        return None
    shingles = {" ".join(words[i : i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}
    mh = MinHash(num_perm=NUM_PERM, seed=7, scheme=SCHEME)
    mh.update_batch(sorted(shingles))
    return mh


def _from_bytes(data: bytes) -> MinHash:
    return MinHash(num_perm=NUM_PERM, seed=7, scheme=SCHEME,
                   hashvalues=np.frombuffer(data, dtype=np.uint64))


def link_duplicates(store: Store, new_docs: Iterable[Document]) -> DedupResult:
    """Link each newly stored document to earlier and new documents it duplicates."""
    result = DedupResult()
    docs = sorted((d for d in new_docs if d.ok and d.text), key=lambda d: d.id)
    if not docs:
        return result
    lsh = MinHashLSH(threshold=NEAR_THRESHOLD, num_perm=NUM_PERM)
    known: dict[str, MinHash] = {}
    new_ids = {d.id for d in docs}
    for doc_id, data in store.minhashes():
        if doc_id not in new_ids:
            known[doc_id] = _from_bytes(data)
            lsh.insert(doc_id, known[doc_id])
    seen: set[frozenset[str]] = set()
    signatures: list[tuple[str, bytes]] = []
    stored_links: list[tuple[str, DuplicateLink]] = []
    for doc in docs:
        links: dict[str, DuplicateLink] = {}
        owner = store.owner_of_text(doc.text_hash, exclude=doc.id)
        if owner:
            links[owner] = DuplicateLink(owner, DupKind.EXACT, 1.0)
        mh = signature(doc.text)
        if mh is not None:
            for other in sorted(lsh.query(mh)):
                if other in links or other == doc.id:
                    continue
                similarity = float(mh.jaccard(known[other]))
                if similarity >= NEAR_THRESHOLD:
                    links[other] = DuplicateLink(other, DupKind.NEAR, similarity)
            known[doc.id] = mh
            lsh.insert(doc.id, mh)
            signatures.append((doc.id, mh.hashvalues.astype(np.uint64).tobytes()))
        for link in links.values():
            pair = frozenset((doc.id, link.other_id))
            if pair in seen:
                continue
            seen.add(pair)
            stored_links.append((doc.id, link))
            stored_links.append((link.other_id, DuplicateLink(doc.id, link.kind, link.similarity)))
            doc.duplicates.append(link)
            if link.kind is DupKind.EXACT:
                result.exact += 1
            else:
                result.near += 1
            result.pairs.append((doc.id, link.other_id, link.kind, link.similarity))
    store.save_minhashes(signatures)
    store.add_duplicates(stored_links)
    logger.info("dedup: %s exact and %s near-duplicate links", result.exact, result.near)
    return result
