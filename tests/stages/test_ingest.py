"""Readers and the decode stage: every input format, and broken input recorded, never raised."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from rashomon.model import ContentKind, DocStatus, InputFormat
from rashomon.pipeline import Pipeline
from rashomon.stages.ingest import DecodeStage
from rashomon.stages.ingest.sources import read_inputs

ARABIC = "احتفل أهالي مدينة البوكمال بذكرى تحريرها من تنظيم داعش."
PERSIAN = "ارتش سوریه شهر البوکمال را پس گرفت."


def warc_record(rec_type: str, url: str, payload: bytes) -> bytes:
    headers = (
        f"WARC/1.0\r\nWARC-Type: {rec_type}\r\nWARC-Target-URI: {url}\r\n"
        f"WARC-Date: 2017-11-20T08:00:00Z\r\nWARC-Record-ID: <urn:uuid:{rec_type}-{len(url)}>\r\n"
        f"Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(payload)}\r\n\r\n"
    )
    return gzip.compress(headers.encode() + payload + b"\r\n\r\n")


def write_warc(path: Path, pages: list[tuple[str, bytes]], truncate: int = 0) -> None:
    data = b""
    for url, body in pages:
        http = (
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
            + f"Content-Length: {len(body)}\r\n\r\n".encode()
        )
        data += warc_record("request", url, b"GET / HTTP/1.1\r\n\r\n")
        data += warc_record("response", url, http + body)
    path.write_bytes(data[: len(data) - truncate] if truncate else data)


def decoded(paths: list[str]) -> list:
    return Pipeline([DecodeStage()])(list(read_inputs(paths)))


def test_ingest_reads_folders_globs_and_formats(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text(ARABIC, encoding="utf-8")
    (tmp_path / "a" / "two.html").write_text(f"<html><body><p>{PERSIAN}</p></body></html>")
    lines = [
        json.dumps(
            {
                "text": ARABIC,
                "url": "https://x.example/1",
                "source": "X",
                "date": "2017-11-19",
                "title": "T",
            },
            ensure_ascii=False,
        ),
        json.dumps({"html": f"<p>{PERSIAN}</p>", "url": "https://x.example/2"}),
    ]
    with gzip.open(tmp_path / "c.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")
    write_warc(tmp_path / "d.warc.gz", [("https://y.example/p", b"<html><p>hello</p></html>")])

    docs = decoded([str(tmp_path / "a"), str(tmp_path / "*.gz")])

    assert [d.format for d in docs] == [
        InputFormat.TEXT,
        InputFormat.HTML,
        InputFormat.JSONL,
        InputFormat.JSONL,
        InputFormat.WARC,
    ]
    assert all(d.ok for d in docs)
    assert docs[0].source_text == ARABIC and docs[0].source == "a"
    assert PERSIAN in docs[1].markup
    assert docs[2].hints == {
        "title": "T",
        "date": "2017-11-19",
        "source": "X",
        "url": "https://x.example/1",
    }
    assert docs[2].origin.record == 0 and docs[3].origin.record == 1
    assert docs[3].content is ContentKind.HTML and PERSIAN in docs[3].markup
    assert docs[4].url == "https://y.example/p" and docs[4].fetched is not None
    assert docs[4].fetched.year == 2017


def test_ingest_ids_are_stable_and_content_addressed(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_text(ARABIC, encoding="utf-8")
    first = [d.id for d in read_inputs([str(path)])]
    assert first == [d.id for d in read_inputs([str(path)])]
    path.write_text(PERSIAN, encoding="utf-8")
    assert first != [d.id for d in read_inputs([str(path)])]


@pytest.mark.parametrize(
    ("name", "data", "encoding", "expected"),
    [
        ("cp1256.txt", ARABIC.encode("cp1256"), "cp1256", ARABIC),
        (
            "utf16.txt",
            "\ufeff".encode("utf-16-le") + PERSIAN.encode("utf-16-le"),
            "utf-16",
            PERSIAN,
        ),
        ("utf16-nobom.txt", PERSIAN.encode("utf-16-le"), "utf-16-le", PERSIAN),
        ("bom.txt", b"\xef\xbb\xbf" + ARABIC.encode(), "utf-8-sig", ARABIC),
        ("crlf.txt", b"line one\r\nline two", "utf-8", "line one\nline two"),
        ("mixed.txt", ARABIC.encode() * 20 + b"\xe9\xe8", "utf-8 (repaired)", ARABIC),
    ],
)
def test_ingest_decodes_encodings(
    tmp_path: Path, name: str, data: bytes, encoding: str, expected: str
) -> None:
    (tmp_path / name).write_bytes(data)
    [doc] = decoded([str(tmp_path / name)])
    assert doc.ok, doc.errors
    assert doc.encoding == encoding
    assert doc.source_text.startswith(expected)
    assert doc.raw == data  # the input is kept byte for byte


@pytest.mark.parametrize(
    ("name", "data", "status", "kind"),
    [
        ("empty.txt", b"", DocStatus.SKIPPED, "empty"),
        ("blank.txt", b" \n\t\n", DocStatus.SKIPPED, "empty"),
        ("junk.txt", bytes(range(256)) * 40, DocStatus.FAILED, "binary"),
        ("image.html", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, DocStatus.FAILED, "binary"),
        ("doc.txt", b"%PDF-1.4 rest", DocStatus.FAILED, "binary"),
    ],
)
def test_ingest_bad_input_is_recorded(
    tmp_path: Path, name: str, data: bytes, status: DocStatus, kind: str
) -> None:
    (tmp_path / name).write_bytes(data)
    [doc] = decoded([str(tmp_path / name)])
    assert doc.status is status
    assert doc.errors[-1].kind == kind and doc.errors[-1].message


def test_ingest_broken_containers_keep_what_was_read(tmp_path: Path) -> None:
    good = json.dumps({"text": ARABIC}, ensure_ascii=False)
    (tmp_path / "a.jsonl").write_text(
        "\n".join([good, "{not json", "[1, 2]", json.dumps({"title": "no text"}), good + " "]),
        encoding="utf-8",
    )
    payload = gzip.compress(
        "".join(
            json.dumps({"text": f"{ARABIC} {i * 7919 % 10007}"}) + "\n" for i in range(3000)
        ).encode()
    )
    (tmp_path / "b.jsonl.gz").write_bytes(payload[: len(payload) // 2])
    pages = [(f"https://z.example/{i}", f"<p>page {i}</p>".encode()) for i in range(3)]
    write_warc(tmp_path / "c.warc.gz", pages, truncate=40)
    (tmp_path / "d.warc").write_bytes(b"WARC/1.0\r\nthis is not a warc header\r\n\r\n")

    docs = decoded([str(tmp_path)])
    by_path: dict[str, list] = {}
    for doc in docs:
        by_path.setdefault(Path(doc.origin.path or "").name, []).append(doc)

    kinds = [d.errors[-1].kind if d.errors else "ok" for d in by_path["a.jsonl"]]
    assert kinds == ["ok", "malformed-jsonl", "malformed-jsonl", "missing-field", "ok"]
    assert by_path["a.jsonl"][1].raw == b"{not json"  # the broken line is kept
    gz = by_path["b.jsonl.gz"]
    assert gz[-1].errors[-1].kind == "truncated-gzip" and all(d.ok for d in gz[:-1])
    assert len(gz) > 1
    warc = by_path["c.warc.gz"]
    assert [d.ok for d in warc[:2]] == [True, True]
    assert warc[-1].errors[-1].kind == "malformed-warc"
    assert [d.errors[-1].kind for d in by_path["d.warc"]] == ["malformed-warc"]


def test_ingest_huge_file_is_skipped_without_reading(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: 200 MB on paper, nothing read
    [doc] = list(read_inputs([str(huge)]))
    assert doc.status is DocStatus.SKIPPED and doc.errors[0].kind == "too-large"
    assert "200 MiB" in doc.errors[0].message and doc.raw == b""


def test_ingest_missing_path_is_a_failed_document() -> None:
    [doc] = list(read_inputs(["/nonexistent/nothing-here.txt"]))
    assert doc.status is DocStatus.FAILED and doc.errors[0].kind == "not-found"
