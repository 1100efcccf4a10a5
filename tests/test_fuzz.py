"""Property tests: no input, however broken, raises out of a reader, the decoder or a stage."""

from __future__ import annotations

import re
import tempfile
import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rashomon.errors import InputError
from rashomon.model import ContentKind, DocStatus, Document, InputFormat, Origin, document_id
from rashomon.pipeline import Pipeline
from rashomon.stages.ingest.decode import decode_bytes
from rashomon.stages.ingest.sources import read_file
from rashomon.text.normalize import _FOLD, normalize

PIPELINE = Pipeline.from_names()
TEXT = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs",))
    | st.sampled_from(list("البوکمال سلیمانی\u200c\u0640ـ<>&;\n\n.؟،«»")),
    max_size=400,
)
FUZZ = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@FUZZ
@given(st.binary(max_size=2000))
def test_fuzz_decode_returns_text_or_a_typed_error(data: bytes) -> None:
    try:
        text, encoding = decode_bytes(data)
    except InputError as exc:
        assert exc.kind and exc.message
    else:
        assert isinstance(text, str) and encoding
        text.encode("utf-8")  # storable


@FUZZ
@given(TEXT)
def test_fuzz_normalize_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


@FUZZ
@given(
    TEXT
    | st.text(st.sampled_from(list("Ab \t\n\u00a0\u2028\ufb01\u0130\u00df\u200e")), max_size=40)
)
def test_fuzz_normalize_fast_paths_change_nothing(text: str) -> None:
    # the definition normalize() takes short cuts from (ASCII; nothing to fold)
    folded = unicodedata.normalize("NFKC", text).translate(_FOLD).casefold()
    assert normalize(text) == re.sub(r"\s+", " ", folded).strip()


@FUZZ
@given(
    st.lists(
        st.one_of(TEXT, st.binary(max_size=300).map(lambda b: b.decode("latin-1"))), max_size=6
    ),
    st.sampled_from([".txt", ".html", ".jsonl", ".warc", ".jsonl.gz", ""]),
)
def test_fuzz_readers_and_pipeline_never_raise(lines: list[str], suffix: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{suffix}"
        path.write_bytes("\n".join(lines).encode("utf-8", "surrogatepass"))
        docs = PIPELINE(list(read_file(path)))
    for doc in docs:
        assert doc.status in DocStatus
        assert doc.ok or doc.errors  # a document that is not OK says why


@FUZZ
@given(TEXT, st.sampled_from([ContentKind.TEXT, ContentKind.HTML]))
def test_fuzz_stages_keep_offsets_inside_the_text(text: str, content: ContentKind) -> None:
    raw = (
        f"<html><body><p>{text}</p></body></html>" if content is ContentKind.HTML else text
    ).encode("utf-8")
    origin = Origin(path="fuzz")
    doc = Document(
        id=document_id(origin, raw),
        origin=origin,
        format=InputFormat.TEXT,
        content=content,
        raw=raw,
    )
    [doc] = PIPELINE([doc])
    for seg in doc.segments:
        assert 0 <= seg.start < seg.end <= len(doc.text)
    for span in doc.removed:
        assert 0 <= span.start <= span.end <= len(doc.source_text)
