"""The local runner: read inputs, run the document stages inline or in a process pool, store
each batch atomically, then run the corpus steps on what was new: deduplication, then
stories (embedding and incremental clustering, :mod:`rashomon.corpus.story_step`).

Resumable and idempotent: document ids are content hashes of (origin, bytes), and a document
already stored (and not failed) is not processed again, so an interrupted run picks up where it
stopped and a repeated run adds nothing. Workers get plain documents and stage names, never a
store handle; the inline executor runs the very same function.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from ..batching import batched
from ..corpus.dedup import DedupItem, dedup_item, link_duplicates, unlinked_items
from ..model import ContentKind, DocStatus, Document
from ..pipeline import DEFAULT_STAGES, Pipeline
from ..stages.ingest.sources import read_inputs
from ..store import Store
from .progress import NullReporter, Reporter

logger = logging.getLogger(__name__)

DEFAULT_BATCH = 32


@dataclass(slots=True)
class RunSummary:
    run_id: int
    seen: int = 0
    stored: int = 0
    unchanged: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    failed: Counter[str] = field(default_factory=Counter)
    languages: Counter[str] = field(default_factory=Counter)
    exact_duplicates: int = 0
    near_duplicates: int = 0
    stories: int = 0  # stories in the corpus after the run
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "run_id": self.run_id,
            "seen": self.seen,
            "stored": self.stored,
            "unchanged": self.unchanged,
            "skipped": dict(self.skipped),
            "failed": dict(self.failed),
            "languages": dict(self.languages),
            "exact_duplicates": self.exact_duplicates,
            "near_duplicates": self.near_duplicates,
            "stories": self.stories,
            "seconds": round(self.seconds, 3),
        }

    def count(self, doc: Document) -> None:
        if doc.status is DocStatus.OK:
            self.stored += 1
            self.languages[doc.lang or "und"] += 1
        else:
            reason = doc.errors[-1].kind if doc.errors else "unknown"
            (self.skipped if doc.status is DocStatus.SKIPPED else self.failed)[reason] += 1


class InlineExecutor(Executor):
    """Runs submitted work at once in this process: the pool's code path without a pool."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as exc:  # noqa: BLE001 - handed to the caller through the future
            future.set_exception(exc)
        return future


_worker_pipeline: Pipeline | None = None


def _init_worker(stage_names: tuple[str, ...], settings: dict[str, Any]) -> None:
    """Build the pipeline once per worker process (models load lazily inside the stages)."""
    global _worker_pipeline
    _worker_pipeline = build_pipeline(stage_names, settings)


def _process_batch(docs: list[Document]) -> tuple[list[Document], list[DedupItem]]:
    if _worker_pipeline is None:
        raise RuntimeError("worker used before _init_worker()")
    return process_batch(_worker_pipeline, docs)


def process_batch(
    pipeline: Pipeline, docs: list[Document]
) -> tuple[list[Document], list[DedupItem]]:
    """Run the pipeline over one batch, and sign its texts for deduplication (shared with the
    Spark runner's executors)."""
    docs = pipeline(docs)
    return docs, [dedup_item(doc) for doc in docs if doc.ok and doc.text]


def build_pipeline(stage_names: Sequence[str], settings: dict[str, Any]) -> Pipeline:
    from .. import registry

    stages = []
    for name in stage_names:
        cls = registry.stages.get(name)
        options = settings.get(name, {})
        stages.append(cls(**options) if options else cls())
    return Pipeline(stages)


def learn_site_lines(inputs: Sequence[str]) -> tuple[dict[str, frozenset[str]], int]:
    """Pre-pass: lines repeated across documents of one source, and the number of documents."""
    from ..stages.clean import SiteLines
    from ..stages.ingest import DecodeStage

    decode = DecodeStage()
    site_lines, total = SiteLines(), 0
    for doc in read_inputs(inputs):
        total += 1
        sample = site_line_sample(doc, decode)
        if sample:
            site_lines.add(*sample)
    return site_lines.learned(), total


def site_line_sample(
    doc: Document, decode: Callable[[list[Document]], list[Document]]
) -> tuple[str, str] | None:
    """What the site-lines pre-pass learns from one read document: (source, decoded text) for
    a plain-text document of a known source, else None."""
    source = doc.source
    if doc.ok and doc.content is ContentKind.TEXT and source and doc.raw:
        [decoded] = decode([doc])  # one it cannot decode is recorded by the main pass
        if decoded.ok:
            return source, decoded.source_text
    return None


def analyze(
    inputs: Sequence[str],
    store: Store,
    *,
    documents: Iterable[Document] | None = None,
    stage_names: Sequence[str] = DEFAULT_STAGES,
    workers: int = 1,
    batch_size: int = DEFAULT_BATCH,
    reporter: Reporter | None = None,
    command: str = "analyze",
    sources: dict[str, list[str]] | None = None,
    stories: bool = True,
) -> RunSummary:
    """Analyse ``inputs`` (paths, folders, globs, ``-``) or ready-made ``documents``.

    ``sources`` is an outlet alias table (canonical name -> aliases), see
    :mod:`rashomon.stages.sources`. ``stories=False`` skips the stories step (embedding is
    the costliest corpus step; a later run with stories catches up on what was skipped)."""
    reporter = reporter or NullReporter()
    started = time.perf_counter()
    run_id = store.start_run(command)
    summary = RunSummary(run_id)
    if documents is None:
        site_lines, total = learn_site_lines(inputs) if "-" not in inputs else ({}, None)
        source: Iterable[Document] = read_inputs(inputs)
    else:
        materialised = list(documents)
        site_lines, total, source = {}, len(materialised), materialised
    settings: dict[str, Any] = {}
    if site_lines:
        settings["clean.extract.v1"] = {"site_lines": site_lines}
    if sources:
        settings["sources.aliases.v1"] = {"aliases": sources}
    names = tuple(stage_names)
    executor: Executor
    if workers > 1:
        executor = ProcessPoolExecutor(
            workers, initializer=_init_worker, initargs=(names, settings)
        )
    else:
        _init_worker(names, settings)
        executor = InlineExecutor()
    new_docs: list[DedupItem] = []
    reporter.start(total, "Analysing")
    try:
        seen_ids: set[str] = set()
        pending: list[Future[tuple[list[Document], list[DedupItem]]]] = []
        for batch in batched(source, batch_size):
            summary.seen += len(batch)
            done = store.completed_ids(d.id for d in batch) | seen_ids
            todo = []
            for doc in batch:
                if doc.id in done:
                    summary.unchanged += 1
                else:
                    seen_ids.add(doc.id)
                    todo.append(doc)
            reporter.advance(len(batch) - len(todo))
            if todo:
                pending.append(executor.submit(_process_batch, todo))
            while pending and (pending[0].done() or len(pending) > workers * 2):
                store_batch(store, pending.pop(0).result(), run_id, summary, new_docs, reporter)
        for future in pending:
            store_batch(store, future.result(), run_id, summary, new_docs, reporter)
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
        reporter.finish()
    run_corpus_steps(store, new_docs, summary, reporter, stories=stories)
    summary.seconds = time.perf_counter() - started
    store.finish_run(run_id, summary.as_dict())
    return summary


def run_corpus_steps(
    store: Store,
    new_docs: Iterable[DedupItem],
    summary: RunSummary,
    reporter: Reporter,
    *,
    stories: bool = True,
) -> None:
    """The corpus steps after the documents of a run are stored: deduplication of the new
    documents, then stories, then claim links in the stories that changed (shared with
    ``rashomon load``).

    After an interrupted run (the store's previous run never finished), the documents it
    stored but did not deduplicate are deduplicated now with the new ones; the stories step
    catches up by itself (documents without a vector or a story)."""
    items = list(new_docs)
    earlier = [run for run in store.runs(2) if run.id != summary.run_id]
    if earlier and earlier[0].finished is None:
        items += unlinked_items(store, exclude={item.id for item in items})
    dedup = link_duplicates(store, items)
    summary.exact_duplicates, summary.near_duplicates = dedup.exact, dedup.near
    if stories:
        from ..corpus.story_step import update_stories

        summary.stories = update_stories(store, reporter).stories
        from ..corpus.claim_links import update_claim_links

        update_claim_links(store, reporter)


def store_batch(
    store: Store,
    result: tuple[list[Document], list[DedupItem]],
    run_id: int,
    summary: RunSummary,
    new_docs: list[DedupItem],
    reporter: Reporter,
) -> None:
    """Store one analysed batch (``rashomon analyze`` and ``rashomon load``): the whole batch
    in one transaction, or, when the store refuses it, document by document, so one bad
    document costs only itself; count it and keep the new documents' signatures."""
    docs, signed = result
    try:
        store.save(docs, run_id)
    except Exception:  # noqa: BLE001 - find the document the store refuses, keep the others
        logger.warning("saving a batch failed; saving its documents one by one", exc_info=True)
        docs = [_save_one(store, doc, run_id) for doc in docs]
        failed = {doc.id for doc in docs if not doc.ok}
        signed = [item for item in signed if item.id not in failed]
    for doc in docs:
        summary.count(doc)
    new_docs.extend(signed)
    reporter.advance(len(docs))


def _save_one(store: Store, doc: Document, run_id: int) -> Document:
    try:
        store.save([doc], run_id)
        return doc
    except Exception as exc:  # noqa: BLE001 - recorded on the document below
        reason = f"the store refused the analysed document ({type(exc).__name__}: {exc})"
    bare = Document(
        id=doc.id,
        origin=doc.origin,
        format=doc.format,
        content=doc.content,
        raw=doc.raw,
        url=doc.url,
        errors=list(doc.errors),
    )
    bare.fail("store-error", reason, "store")
    store.save([bare], run_id)  # the raw input, at least, is kept
    return bare
