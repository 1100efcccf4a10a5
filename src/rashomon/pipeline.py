"""Ordered, named document stages with a checked interface.

A stage is pure: it takes a batch of :class:`~rashomon.model.Document` and returns the same
documents with annotations added. It never touches the store, so batches can run inline, in a
process pool or inside Spark. ``requires`` and ``assigns`` name Document fields; building a
:class:`Pipeline` checks that every field a stage requires is given by the reader or assigned
by an earlier stage. A stage that fails on a batch is retried per document, and a document it
still fails on gets a recorded error while the others go on (so a stage that works on a whole
batch at once must leave a document as it found it when it raises, or be safe to run twice).
:class:`DocumentStage` catches per document itself.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from typing import ClassVar, Protocol, runtime_checkable

from . import registry
from .errors import InputError, PipelineError, SkipDocument
from .model import Document

logger = logging.getLogger(__name__)

# Fields every reader fills in before the first stage runs.
READER_FIELDS = frozenset({"id", "origin", "format", "content", "raw", "url", "fetched", "hints"})

DEFAULT_STAGES = (
    "ingest.decode.v1",
    "clean.extract.v1",
    "sources.aliases.v1",
    "dates.publication.v1",
    "sentences.rules.v1",
    "language.ensemble.v1",
    "time.expressions.v1",
    "entities.v1",
    "places.v1",
    "narrative.v1",
    "framing.v1",
)


@runtime_checkable
class Stage(Protocol):
    name: ClassVar[str]
    requires: ClassVar[tuple[str, ...]]
    assigns: ClassVar[tuple[str, ...]]

    def __call__(self, docs: list[Document]) -> list[Document]: ...


class DocumentStage:
    """Base for stages that work one document at a time; override :meth:`process`.

    Documents that are not OK (failed or skipped earlier) pass through untouched.
    """

    name: ClassVar[str] = ""
    requires: ClassVar[tuple[str, ...]] = ()
    assigns: ClassVar[tuple[str, ...]] = ()

    def __call__(self, docs: list[Document]) -> list[Document]:
        for doc in docs:
            if not doc.ok:
                continue
            try:
                self.process(doc)
            except SkipDocument as exc:
                doc.skip(exc.kind, exc.message, self.name)
            except InputError as exc:
                doc.fail(exc.kind, exc.message, self.name)
            except Exception as exc:  # noqa: BLE001 - one bad document must not stop the run
                logger.warning(
                    "stage %s failed on %s", self.name, doc.origin.label(), exc_info=True
                )
                doc.fail("stage-error", f"{self.name}: {type(exc).__name__}: {exc}", self.name)
            else:
                doc.stages.append(self.name)
        return docs

    def process(self, doc: Document) -> None:
        raise NotImplementedError(f"{type(self).__name__} must implement process()")


def check_order(stages: Sequence[Stage]) -> None:
    """Raise :class:`PipelineError` if a stage requires a field nothing before it assigns."""
    available = set(READER_FIELDS)
    seen: set[str] = set()
    for stage in stages:
        if stage.name in seen:
            raise PipelineError(f"stage {stage.name!r} appears twice in the pipeline")
        seen.add(stage.name)
        missing = [f for f in stage.requires if f not in available]
        if missing:
            raise PipelineError(
                f"stage {stage.name!r} requires {', '.join(missing)}, which no earlier stage "
                f"assigns; put a stage that assigns it before {stage.name!r}"
            )
        available.update(stage.assigns)


class Pipeline:
    def __init__(self, stages: Sequence[Stage]) -> None:
        check_order(stages)
        self.stages = list(stages)

    @classmethod
    def from_names(cls, names: Iterable[str] = DEFAULT_STAGES) -> Pipeline:
        return cls([registry.stages.get(name)() for name in names])

    @property
    def names(self) -> list[str]:
        return [stage.name for stage in self.stages]

    def __call__(self, docs: list[Document]) -> list[Document]:
        try:
            for stage in self.stages:
                docs = run_stage(stage, docs)
        finally:
            for doc in docs:
                doc.scratch.clear()
        return docs


def run_stage(stage: Stage, docs: list[Document]) -> list[Document]:
    try:
        out = _checked(stage, docs)
    except Exception:  # noqa: BLE001 - isolate the failing documents below
        logger.debug(
            "stage %s failed on a batch of %s; retrying per document", stage.name, len(docs)
        )
        out = []
        for doc in docs:
            try:
                out.extend(_checked(stage, [doc]))
            except PipelineError:
                raise
            except Exception as exc:  # noqa: BLE001 - one bad document must not stop the run
                doc.fail("stage-error", f"{stage.name}: {type(exc).__name__}: {exc}", stage.name)
                out.append(doc)
    return out


def _checked(stage: Stage, docs: list[Document]) -> list[Document]:
    out = stage(docs)
    if not isinstance(out, list) or len(out) != len(docs):
        raise PipelineError(
            f"stage {stage.name!r} returned {type(out).__name__} instead of the list of "
            f"{len(docs)} documents it was given; did you forget to return the documents?"
        )
    return out
