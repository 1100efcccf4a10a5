"""Property tests: no input, however broken, raises out of a reader, the decoder or a stage."""

from __future__ import annotations

import gzip
import json
import re
import tempfile
import unicodedata
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rashomon.errors import InputError
from rashomon.model import ContentKind, DocStatus, Document, InputFormat, Origin, document_id
from rashomon.pipeline import Pipeline
from rashomon.stages.dates.lead import lead_date
from rashomon.stages.dates.parse import (
    date_part,
    find_date_spans,
    find_dates,
    find_relative,
    parse_any,
)
from rashomon.stages.ingest.decode import decode_bytes
from rashomon.stages.ingest.sources import read_file
from rashomon.stages.time.find import find_times
from rashomon.text.normalize import _FOLD, normalize

PIPELINE = Pipeline.from_names()
TEXT = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs",))
    | st.sampled_from(list("البوکمال سلیمانی\u200c\u0640ـ<>&;\n\n.؟،«»ßs\u0301\u00ad\u202b")),
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
    # the definition normalize() takes short cuts from (ASCII; nothing to fold; composed)
    folded = unicodedata.normalize("NFKC", text).translate(_FOLD).casefold()
    assert normalize(text) == re.sub(r"\s+", " ", unicodedata.normalize("NFKC", folded)).strip()


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


# --- containers built with their structure, then broken -----------------------------------

XML_TEXT = st.text(st.characters(exclude_categories=("Cs", "Cc")), min_size=1, max_size=60)
NON_READER_ERRORS = {"reader-error", "stage-error"}  # a safety net caught a bug


def _read_and_decode(path: Path) -> list[Document]:
    docs = DECODE(list(read_file(path)))
    assert docs, "an input gives at least one document or a recorded reason"
    for doc in docs:
        assert doc.ok or doc.errors
        assert not {e.kind for e in doc.errors} & NON_READER_ERRORS, doc.errors
    return docs


DECODE = Pipeline.from_names(["ingest.decode.v1"])
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
    max_leaves=8,
)


@FUZZ
@given(
    st.lists(
        st.dictionaries(
            st.sampled_from(["text", "html", "title", "date", "url", "source", "author"]),
            JSON_VALUES,
        ).map(json.dumps)
        | st.text(st.characters(exclude_characters="\n", exclude_categories=("Cs",)), max_size=40),
        max_size=5,
    ),
    st.booleans(),
)
def test_fuzz_jsonl_records_of_any_shape(lines: list[str], packed: bool) -> None:
    data = "\n".join(lines).encode("utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "records.jsonl"
        path.write_bytes(gzip.compress(data) if packed else data)
        docs = _read_and_decode(path)
    records = [i for i, line in enumerate(lines) if line.encode().strip()]
    # one document per non-blank line, each with its line number; an empty file says so
    assert [d.origin.record for d in docs] == (records or [None])


@FUZZ
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["response", "request", "metadata", "resource", ""]),
            st.binary(max_size=300) | TEXT.map(str.encode),
            st.sampled_from([0, 0, -1, 1, 1000]),  # Content-Length off by this much
            st.sampled_from(["2017-12-13T10:00:00Z", "0001-01-01T00:00:00Z", "x", ""]),
            st.booleans(),  # gzip the record
        ),
        min_size=1,
        max_size=3,
    ),
    st.integers(0, 4000),
)
def test_fuzz_warc_records_broken_every_way(
    records: list[tuple[str, bytes, int, str, bool]], cut: int
) -> None:
    data = b""
    for kind, body, delta, when, packed in records:
        payload = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + body
        head = (
            f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Date: {when}\r\n"
            "WARC-Target-URI: https://a.example/x\r\n"
            f"Content-Length: {max(0, len(payload) + delta)}\r\n\r\n"
        ).encode()
        record = head + payload + b"\r\n\r\n"
        data += gzip.compress(record) if packed else record
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "crawl.warc"
        path.write_bytes(data[: len(data) - cut] if cut < len(data) else data)
        _read_and_decode(path)


def _rss(items: list[tuple[str, str, str]]) -> str:
    def esc(text: str) -> str:
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    body = "".join(
        f"<item><title>{esc(t)}</title><link>https://a.example/{i}</link>"
        f"<pubDate>{esc(d)}</pubDate><description>{esc('<p>' + b + '</p>')}</description></item>"
        for i, (t, d, b) in enumerate(items)
    )
    return (
        f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>{body}</channel></rss>"
    )


@FUZZ
@given(st.lists(st.tuples(XML_TEXT, TEXT, XML_TEXT), min_size=1, max_size=4))
def test_fuzz_feed_gives_one_document_per_item(items: list[tuple[str, str, str]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "news.rss"
        path.write_text(_rss(items), encoding="utf-8")
        docs = _read_and_decode(path)
    assert [d.origin.record for d in docs] == list(range(len(items)))
    for doc, (title, _, _) in zip(docs, items, strict=True):
        assert doc.format is InputFormat.FEED
        assert doc.hints.get("title") == (" ".join(title.split()) or None)


@FUZZ
@given(st.binary(max_size=600), st.integers(0, 400))
def test_fuzz_feed_bytes_mutated_into_a_feed(junk: bytes, at: int) -> None:
    data = _rss([("Ferry resumes", "Sun, 19 Nov 2017 23:30:00 +0300", "The ferry ran.")]).encode()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "news.rss"
        path.write_bytes(data[:at] + junk + data[at:])
        _read_and_decode(path)


# --- the date and time parsers -----------------------------------------------------------

DAYS = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))


@FUZZ
@given(
    TEXT | st.from_regex(r"[0-9٠-٩۰-۹]{1,5}[/\-. ][0-9]{1,2}[/\-. ][0-9٠-٩]{1,5}", fullmatch=True)
)
def test_fuzz_date_parsers_return_dates_inside_the_text(text: str) -> None:
    value = parse_any(text)
    assert value is None or isinstance(value, date)
    folded = normalize(text)
    for start, end, found in find_date_spans(text):
        assert 0 <= start < end <= len(folded) and isinstance(found.value, date)
    find_relative(text)
    lead_date(text, [(date(2017, 1, 1), date(2017, 12, 31))])


@FUZZ
@given(DAYS)
def test_fuzz_dates_written_every_way_parse_back(day: date) -> None:
    for written in (day.isoformat(), day.strftime("%d %B %Y"), day.strftime("%B %d, %Y")):
        value = parse_any(written)
        assert value is not None and date_part(value) == day
    assert find_dates(f"Published on {day.strftime('%d %b %Y')} by the desk")[0][1].value == day


@FUZZ
@given(
    TEXT,
    st.sampled_from(["en", "ar", "fa"]),
    st.none() | DAYS | st.sampled_from([date.min, date.max]),
)
def test_fuzz_time_expressions_stay_inside_the_text(text: str, lang: str, anchor: date) -> None:
    for found in find_times(text, lang, anchor):
        assert 0 <= found.start < found.end <= len(text)
        assert text[found.start : found.end] == found.text


@FUZZ
@given(
    st.integers(0, 10**7),
    st.sampled_from(["days", "weeks", "months", "years", "decades", "روز", "سال", "ماه", "عام"]),
    st.sampled_from(["ago", "later", "from now", "پیش", "بعد", ""]),
    st.sampled_from(["en", "ar", "fa"]),
    DAYS,
)
def test_fuzz_counted_units_far_from_the_anchor(
    count: int, unit: str, after: str, lang: str, anchor: date
) -> None:
    for text in (f"{count} {unit} {after}", f"منذ {count} {unit}"):
        for found in find_times(text, lang, anchor):
            assert text[found.start : found.end] == found.text


@FUZZ
@given(
    st.sampled_from(
        [("en", "from 3-5 November"), ("ar", "بين 3 و 5 نوفمبر"), ("fa", "از ۱ تا ۵ آبان")]
    ),
    DAYS,
)
def test_fuzz_year_less_day_ranges_on_any_anchor(case: tuple[str, str], anchor: date) -> None:
    # hijridate converts only 1924-2077; an anchor outside them must still work
    lang, text = case
    assert find_times(text, lang, anchor)
