"""The stage interface: build-time checks, contract checks, per-document failure isolation."""

from __future__ import annotations

import pickle
from typing import ClassVar

import pytest

from rashomon import registry
from rashomon.errors import InputError, PipelineError, RegistryError, SkipDocument
from rashomon.model import DocStatus, Document, InputFormat, Origin
from rashomon.pipeline import DEFAULT_STAGES, DocumentStage, Pipeline


class Upper(DocumentStage):
    name: ClassVar[str] = "test.upper.v1"
    requires: ClassVar[tuple[str, ...]] = ("text",)
    assigns: ClassVar[tuple[str, ...]] = ("title",)

    def process(self, doc: Document) -> None:
        if doc.text == "boom":
            raise ValueError("exploded")
        if doc.text == "skip":
            raise SkipDocument("nothing-left", "nothing left after cleaning")
        doc.title = doc.text.upper()


class Source(DocumentStage):
    name: ClassVar[str] = "test.source.v1"
    requires: ClassVar[tuple[str, ...]] = ("raw",)
    assigns: ClassVar[tuple[str, ...]] = ("text",)

    def process(self, doc: Document) -> None:
        doc.text = doc.raw.decode()


class Forgetful:
    name: ClassVar[str] = "test.forgetful.v1"
    requires: ClassVar[tuple[str, ...]] = ()
    assigns: ClassVar[tuple[str, ...]] = ()

    def __call__(self, docs: list[Document]) -> None:  # returns nothing: a contract breach
        return None


def doc(raw: str) -> Document:
    return Document(
        id=raw, origin=Origin(path=f"{raw}.txt"), format=InputFormat.TEXT, raw=raw.encode()
    )


def test_pipeline_checks_requires_at_build_time() -> None:
    with pytest.raises(PipelineError, match="requires text, which no earlier stage assigns"):
        Pipeline([Upper(), Source()])
    Pipeline([Source(), Upper()])  # the right order builds


def test_pipeline_isolates_failing_documents() -> None:
    docs = Pipeline([Source(), Upper()])([doc("ok"), doc("boom"), doc("skip")])
    assert [d.status for d in docs] == [DocStatus.OK, DocStatus.FAILED, DocStatus.SKIPPED]
    assert docs[0].title == "OK" and docs[0].stages == ["test.source.v1", "test.upper.v1"]
    assert docs[1].errors[0].kind == "stage-error" and "exploded" in docs[1].errors[0].message
    assert docs[2].errors[0].kind == "nothing-left" and docs[2].stages == ["test.source.v1"]


def test_pipeline_rejects_a_stage_that_does_not_return_documents() -> None:
    with pytest.raises(PipelineError, match="did you forget to return"):
        Pipeline([Forgetful()])([doc("a")])  # type: ignore[list-item]


def test_pipeline_errors_survive_pickling() -> None:
    err = InputError("binary", "the input is a PNG image", origin="x.png", stage="ingest")
    back = pickle.loads(pickle.dumps(err))
    assert (type(back), back.kind, back.message, back.origin) == (
        InputError,
        "binary",
        err.message,
        "x.png",
    )


def test_registry_is_pinned() -> None:
    assert registry.stages.names() == sorted(DEFAULT_STAGES)
    assert registry.readers.names() == [
        "reader.feed.v1",
        "reader.html.v1",
        "reader.jsonl.v1",
        "reader.text.v1",
        "reader.warc.v1",
    ]
    with pytest.raises(RegistryError, match="already registered"):
        registry.stages.register("clean.extract.v1")(Upper)
    with pytest.raises(RegistryError, match="needs a version suffix"):
        registry.stages.register("clean.extract")
    with pytest.raises(RegistryError, match="unknown stage 'nope.v1'; known: "):
        registry.stages.get("nope.v1")


def test_default_pipeline_builds() -> None:
    assert Pipeline.from_names().names == list(DEFAULT_STAGES)
