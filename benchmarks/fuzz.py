"""Fuzz every reader, the document pipeline, the normalisers and the date and time parsers.

Inputs come from seeded generators that know each format's structure: real documents from
``data/demo`` (with ``--seeds-dir``, also ``../shared/seeds``) re-encoded (UTF-16 with and
without BOMs, Windows-1256, cp1252, mixed), re-wrapped (WARC records with wrong lengths,
broken gzip, chunked bodies; JSONL with wrong types and broken JSON; RSS/Atom/RDF with junk
dates, entities and lying encodings; HTML nested thousands deep) and mutated byte by byte.
Every input goes through its target; a target must give documents or typed per-document
errors, never raise, and keep its promises (offsets inside the text, idempotent normalisation,
dates that are dates).

A failure is an exception out of a target, or one that a safety net caught (``reader-error``,
``stage-error``: a bug the run survived), or a broken promise. Each failing input is written
to ``tests/fuzz_corpus/<target>/<sha1>.bin``, which ``tests/test_fuzz_corpus.py`` replays.

Usage:
  python benchmarks/fuzz.py [--n 10000] [--seed 0] [--only text html ...] [--json OUT]
                            [--seeds-dir ../shared/seeds] [--no-save]
  python benchmarks/fuzz.py --atheris dates --n 20000   # coverage-guided, one target
Exits 1 when any input failed.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import gzip
import hashlib
import io
import json
import random
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "tests" / "fuzz_corpus"
MAX_INPUT = 400_000
SAFETY_NETS = {"reader-error", "stage-error"}  # errors that mean a caught bug, not bad input


class Problem(AssertionError):
    """A target broke a promise (as opposed to raising on its own)."""


# --------------------------------------------------------------------------- seeds


@dataclass
class Seeds:
    texts: list[str] = field(default_factory=list)
    pages: list[str] = field(default_factory=list)
    records: list[dict[str, object]] = field(default_factory=list)
    warcs: list[bytes] = field(default_factory=list)
    words: list[str] = field(default_factory=list)  # date and time vocabulary

    @classmethod
    def load(cls, extra: Path | None = None) -> Seeds:
        """The demo corpus (our own text), plus the ``.txt`` files in ``extra`` when given."""
        seeds = cls()
        demo = REPO / "data" / "demo"
        more = sorted(extra.glob("*.txt")) if extra else []
        for path in sorted(demo.glob("txt/*/*.txt")) + more:
            seeds.texts.append(path.read_text(encoding="utf-8", errors="replace")[:20000])
        for path in sorted(demo.glob("html/*/*.htm*")):
            seeds.pages.append(path.read_text(encoding="utf-8", errors="replace")[:60000])
        for path in sorted(demo.glob("jsonl/*.jsonl")):
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    seeds.records.append(json.loads(line))
        seeds.warcs = [p.read_bytes() for p in sorted(demo.glob("warc/*.warc*"))]
        seeds.words = _vocabulary()
        if not seeds.texts:
            seeds.texts = ["The army entered the town on 19 November 2017, a source said."]
        if not seeds.pages:
            seeds.pages = [f"<html><body><p>{seeds.texts[0]}</p></body></html>"]
        if not seeds.records:
            seeds.records = [{"text": seeds.texts[0], "title": "t", "date": "2017-11-19"}]
        return seeds


def _vocabulary() -> list[str]:
    """Every word the date and time rules know, so generated text reaches the rules."""
    from rashomon.stages.dates import lang as date_lang
    from rashomon.stages.time.lang import LANGUAGES

    words: set[str] = set()
    for module in [date_lang, *LANGUAGES.values()]:
        for value in vars(module).values():
            if isinstance(value, dict):
                words.update(k for k in value if isinstance(k, str))
            elif isinstance(value, tuple):
                words.update(v for v in value if isinstance(v, str))
    return sorted(words)


# --------------------------------------------------------------------------- mutation

ODD_CHARS = (
    "\u200c\u200d\u200e\u200f\u202b\u202e\u2066\u2069\u061c\u0640\u064e\u0651\u0670\ufeff"
    "\u00ad\u2028\u2029\r\n\t\x00\x0b\x0c\x1f\u0085\ufffd\u0130\u00df\ufb01\ufdfa\u2163"
    "\u0660\u0661\u0669\u06f0\u06f1\u06f9\u00a0\u3000\U0001f600\U00010000\u0301\u0338"
    "يیىكکةهأإآؤئ"
)
TOKENS = [
    b"<",
    b">",
    b"&",
    b"&#0;",
    b"&#x110000;",
    b"&nbsp;",
    b"&undefined;",
    b"<![CDATA[",
    b"]]>",
    b"<!--",
    b"-->",
    b"</p>",
    b"<p>",
    b"<script>",
    b"</html>",
    b"<?xml version='1.0'?>",
    b"\r\n\r\n",
    b"\x00",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\xfe\xff",
    b"\x1f\x8b",
    b"WARC/1.0\r\n",
    b"Content-Length: 99999999\r\n",
    b'{"text": ',
    b"\\ud800",
    b"\xd8\xa7",
    b"\xc3",
    b"\xe0\xa0",
    b"\xf0\x9f\x98",
]
ENCODINGS = [
    "utf-8",
    "utf-8-sig",
    "utf-16",
    "utf-16-le",
    "utf-16-be",
    "utf-32",
    "cp1256",
    "cp1252",
    "latin-1",
    "iso-8859-6",
    "cp720",
    "mac-arabic",
    "koi8-r",
    "shift_jis",
    "gb18030",
]
BOMS = [b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"]


def mutate_bytes(rng: random.Random, data: bytes, rounds: int | None = None) -> bytes:
    b = bytearray(data)
    for _ in range(rounds if rounds is not None else rng.randint(1, 6)):
        pos = rng.randint(0, len(b))
        op = rng.randrange(7)
        if op == 0 and b:
            b[rng.randrange(len(b))] = rng.randrange(256)
        elif op == 1:
            b[pos:pos] = rng.randbytes(rng.randint(1, 16))
        elif op == 2:
            del b[pos : pos + rng.randint(1, 300)]
        elif op == 3:
            chunk = b[pos : pos + rng.randint(1, 200)]
            b[pos:pos] = chunk * rng.randint(1, 30)
        elif op == 4:
            del b[pos:]
        else:
            b[pos:pos] = rng.choice(TOKENS)
    return bytes(b[:MAX_INPUT])


def mutate_text(rng: random.Random, text: str, seeds: Seeds) -> str:
    chars = list(text)
    for _ in range(rng.randint(0, 8)):
        pos = rng.randint(0, len(chars))
        op = rng.randrange(5)
        if op == 0:
            chars[pos:pos] = rng.choices(ODD_CHARS, k=rng.randint(1, 6))
        elif op == 1:
            chars[pos:pos] = " " + rng.choice(seeds.words) + " "
        elif op == 2:
            del chars[pos : pos + rng.randint(1, 80)]
        elif op == 3:
            chars[pos:pos] = [chr(rng.randint(0x20, 0x2FFFF)) for _ in range(rng.randint(1, 5))]
        else:
            chars[pos:pos] = chars[pos : pos + rng.randint(1, 100)] * rng.randint(1, 5)
    return "".join(c for c in chars if not 0xD800 <= ord(c) <= 0xDFFF)


def encode(rng: random.Random, text: str) -> bytes:
    """``text`` in a random encoding, sometimes mixed, sometimes behind a wrong BOM."""
    if rng.random() < 0.25:
        cuts = sorted(rng.sample(range(len(text) + 1), k=min(3, len(text) + 1)))
        parts = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
        out = b"".join(p.encode(rng.choice(ENCODINGS), errors="replace") for p in parts)
    else:
        out = text.encode(rng.choice(ENCODINGS), errors="replace")
    if rng.random() < 0.1:
        out = rng.choice(BOMS) + out
    return out


def date_string(rng: random.Random, seeds: Seeds) -> str:
    """Something shaped like a date, often not a valid one."""
    digits = rng.choice(["0123456789", "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹"])

    def num(n: int) -> str:
        return "".join(digits[int(c)] for c in str(n))

    parts: list[str] = []
    for _ in range(rng.randint(1, 7)):
        pick = rng.randrange(6)
        if pick == 0:
            parts.append(
                num(rng.choice([0, 1, 12, 13, 19, 29, 30, 31, 32, 99, rng.randint(0, 60)]))
            )
        elif pick == 1:
            year = rng.choice([0, 1, 999, 1300, 1396, 1439, 1900, 2017, 2999, 9999, 10000, 10**12])
            parts.append(num(year))
        elif pick == 2:
            parts.append(rng.choice(seeds.words))
        elif pick == 3:
            parts.append(
                rng.choice(["/", "-", ".", ",", ":", "T", "Z", "+03:30", " ", "ه.ش", "هـ"])
            )
        elif pick == 4:
            fmt = rng.choice(["%a, %d %b %Y %H:%M:%S %z", "%Y-%m-%dT%H:%M:%S%z", "%d %B %Y"])
            day = date.fromordinal(rng.randint(1, date.max.toordinal()))
            parts.append(datetime(day.year, day.month, day.day).strftime(fmt))
        else:
            parts.append(rng.choice(ODD_CHARS))
    return rng.choice([" ", "", "/"]).join(parts)


def time_text(rng: random.Random, seeds: Seeds) -> str:
    pieces = []
    for _ in range(rng.randint(1, 12)):
        pick = rng.random()
        if pick < 0.45:
            pieces.append(rng.choice(seeds.words))
        elif pick < 0.7:
            pieces.append(date_string(rng, seeds))
        elif pick < 0.85:
            text = rng.choice(seeds.texts)
            start = rng.randrange(max(1, len(text)))
            pieces.append(text[start : start + rng.randint(1, 300)])
        elif pick < 0.93:
            pieces.append(str(rng.choice([0, 1, 3, 10, 12, 24, 31, 60, 100, 1000, 99999])))
        else:
            pieces.append(time_phrase(rng))
    return mutate_text(rng, " ".join(pieces), seeds)


def time_phrase(rng: random.Random) -> str:
    """A count of units before or after the anchor, the kind of phrase the rules compute
    with: "3000 years ago", "منذ 9999 شهر", "۲۰ روز بعد"."""
    from rashomon.stages.time.lang import LANGUAGES

    words = rng.choice(list(LANGUAGES.values()))
    units = list(getattr(words, "UNITS", {})) or ["years"]
    count = rng.choice([0, 1, 2, 3, 11, 100, 999, 2017, 3000, 9999, 10**6, 10**12])
    number = (
        str(count)
        if rng.random() < 0.7
        else str(count).translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    )
    unit = rng.choice(units)
    before = [*getattr(words, "AGO_BEFORE", ()), *getattr(words, "DURATION_BEFORE", ()), ""]
    after = [*getattr(words, "AGO_AFTER", ()), *getattr(words, "LATER_AFTER", ()), ""]
    return f"{rng.choice(before)} {number} {unit} {rng.choice(after)}".strip()


# --------------------------------------------------------------------------- formats


def gen_text(rng: random.Random, seeds: Seeds) -> bytes:
    if rng.random() < 0.1:
        return rng.randbytes(rng.randint(0, 3000))
    text = mutate_text(rng, rng.choice(seeds.texts), seeds)
    data = encode(rng, text)
    return mutate_bytes(rng, data) if rng.random() < 0.4 else data


def gen_html(rng: random.Random, seeds: Seeds) -> bytes:
    page = rng.choice(seeds.pages)
    for _ in range(rng.randint(1, 4)):
        pos = rng.randint(0, len(page))
        op = rng.randrange(8)
        if op == 0:
            depth = rng.choice([50, 300, 1000, 5000, 20000])
            tag = rng.choice(["div", "span", "b", "table", "ul", "p"])
            page = page[:pos] + f"<{tag}>" * depth + "deep" + f"</{tag}>" * rng.randint(0, depth)
        elif op == 1:
            charset = rng.choice(["utf-8", "utf-16", "windows-1256", "x-junk", "", "utf-32", "ébc"])
            page = page[:pos] + f'<meta charset="{charset}">' + page[pos:]
        elif op == 2:
            page = page[:pos] + f"<script type='application/ld+json'>{_json_ld(rng, seeds)}"
            page += "</script>" + page[pos:]
        elif op == 3:
            prop = rng.choice(["article:published_time", "date", "pubdate", "og:updated_time"])
            page = page[:pos] + f'<meta property="{prop}" content="{date_string(rng, seeds)}">'
            page += page[pos:]
        elif op == 4:
            page = page.replace("</", "<", rng.randint(1, 50))
        elif op == 5:
            odd = ["<!--", "<![CDATA[", "<script>", "<style>", "<textarea>", "<svg><math>", "<"]
            page = page[:pos] + rng.choice(odd) + page[pos:]
        elif op == 6:
            page = page[:pos] + f"<p {'a=' * rng.randint(1, 5000)}>" + page[pos:]
        else:
            page = mutate_text(rng, page, seeds)
    data = encode(rng, page) if rng.random() < 0.3 else page.encode("utf-8")
    return mutate_bytes(rng, data) if rng.random() < 0.3 else data[:MAX_INPUT]


def _json_ld(rng: random.Random, seeds: Seeds) -> str:
    value: object = rng.choice(
        [date_string(rng, seeds), 2017, None, [], {"@value": "2017-11-19"}, ["2017", 3], 1e308]
    )
    obj: object = {"@type": rng.choice(["NewsArticle", ["Article"], 5]), "datePublished": value}
    for _ in range(rng.choice([0, 1, 5, 200])):
        obj = rng.choice([[obj], {"@graph": [obj]}, {"mainEntity": obj}])
    text = json.dumps(obj)
    return text[: rng.randint(0, len(text))] if rng.random() < 0.2 else text


def gen_warc(rng: random.Random, seeds: Seeds) -> bytes:
    if seeds.warcs and rng.random() < 0.2:
        return mutate_bytes(rng, rng.choice(seeds.warcs))
    records = []
    for _ in range(rng.randint(1, 4)):
        body = gen_html(rng, seeds) if rng.random() < 0.7 else gen_text(rng, seeds)
        ctype = rng.choice(
            ["text/html; charset=utf-8", "text/plain", "text/html; charset=x-junk", "image/png", ""]
        )
        http_headers = [f"Content-Type: {ctype}"]
        if rng.random() < 0.15:
            http_headers.append("Content-Encoding: gzip")
            body = gzip.compress(body)
            if rng.random() < 0.5:
                body = body[: rng.randint(0, len(body))]
        if rng.random() < 0.15:
            http_headers.append("Transfer-Encoding: chunked")
            body = b"%x\r\n" % rng.randint(0, len(body) + 9) + body + b"\r\n0\r\n\r\n"
        status = rng.choice([b"HTTP/1.1 200 OK", b"HTTP/1.1 404 Not Found", b"HTTP/9 x", b""])
        payload = status + b"\r\n" + "\r\n".join(http_headers).encode() + b"\r\n\r\n" + body
        length = len(payload) + rng.choice([0, 0, 0, -1, 1, -50, 10**6])
        wdate = rng.choice(
            ["2017-12-13T10:00:00Z", "9999-12-31T23:59:59Z", "0001-01-01T00:00:00Z", "junk", ""]
        )
        rtype = rng.choice(["response"] * 5 + ["request", "metadata", "warcinfo", "revisit", ""])
        head = (
            f"WARC/1.0\r\nWARC-Type: {rtype}\r\nWARC-Date: {wdate}\r\n"
            f"WARC-Target-URI: {rng.choice(['https://a.example/2017/11/19/x', 'junk', ''])}\r\n"
            f"WARC-Record-ID: <urn:uuid:{rng.getrandbits(64):x}>\r\n"
            "Content-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {max(length, 0)}\r\n\r\n"
        ).encode()
        record = head + payload + b"\r\n\r\n"
        records.append(gzip.compress(record) if rng.random() < 0.3 else record)
    data = b"".join(records)
    return mutate_bytes(rng, data) if rng.random() < 0.3 else data


WRONG_VALUES: list[object] = [
    None,
    0,
    -1,
    1.5e308,
    True,
    [],
    {},
    ["a"],
    {"a": 1},
    "",
    " ",
    "\ud800",
]


def gen_jsonl(rng: random.Random, seeds: Seeds) -> bytes:
    lines = []
    for _ in range(rng.randint(1, 6)):
        record = dict(rng.choice(seeds.records))
        if rng.random() < 0.3 and "text" in record:
            record["html"] = f"<html><body><p>{record.pop('text')}</p></body></html>"
        for key in rng.sample(["text", "html", "title", "date", "source", "author", "url"], 2):
            if rng.random() < 0.5:
                record[key] = rng.choice([*WRONG_VALUES, date_string(rng, seeds)])
        if isinstance(record.get("text"), str) and rng.random() < 0.5:
            record["text"] = mutate_text(rng, str(record["text"]), seeds)
        line = json.dumps(record, ensure_ascii=rng.random() < 0.5)
        pick = rng.random()
        if pick < 0.1:
            line = line[: rng.randint(0, len(line))]
        elif pick < 0.15:
            line = rng.choice(["[]", '"text"', "1", "null", "NaN", "{", '{"text": "\\ud800"}'])
        lines.append(line)
    data = rng.choice(["\n", "\r\n", "\n\n"]).join(lines).encode("utf-8", "surrogatepass")
    if rng.random() < 0.15:
        data = gzip.compress(data)
        if rng.random() < 0.5:
            data = data[: rng.randint(0, len(data))]
    return mutate_bytes(rng, data) if rng.random() < 0.25 else data


def gen_feed(rng: random.Random, seeds: Seeds) -> bytes:
    kind = rng.choice(["rss", "atom", "rdf"])
    items = []
    for _ in range(rng.randint(0, 5)):
        text = rng.choice(seeds.texts)[: rng.randint(0, 3000)]
        body = f"<p>{text}</p>"
        if rng.random() < 0.5:
            body = f"<![CDATA[{body}]]>"
        else:
            body = body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        when = rng.choice([date_string(rng, seeds), "Sun, 19 Nov 2017 23:30:00 +0300", ""])
        title = mutate_text(rng, text[:80], seeds).replace("<", "&lt;").replace("&", "&amp;")
        link = rng.choice(["https://a.example/2017/11/19/x", "/relative", "javascript:x", ""])
        if kind == "atom":
            items.append(
                f"<entry><title>{title}</title><link href='{link}'/><updated>{when}</updated>"
                f"<content type='{rng.choice(['html', 'text', 'xhtml', 'x'])}'>{body}</content>"
                "</entry>"
            )
        else:
            tag = "content:encoded" if rng.random() < 0.5 else "description"
            items.append(
                f"<item><title>{title}</title><link>{link}</link><pubDate>{when}</pubDate>"
                f"<dc:date>{when}</dc:date><{tag}>{body}</{tag}></item>"
            )
    entities = rng.choice(
        [
            "",
            '<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
            '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]>',
            '<!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
        ]
    )
    leak = "&x;" if "SYSTEM" in entities else ("&c;" if "ENTITY" in entities else "")
    body = "".join(items)
    ns = (
        'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"'
    )
    if kind == "atom":
        doc = f"<feed xmlns='http://www.w3.org/2005/Atom'><title>T{leak}</title>{body}</feed>"
    elif kind == "rdf":
        doc = (
            "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#' "
            f"xmlns='http://purl.org/rss/1.0/' {ns}><channel><title>T{leak}</title></channel>"
            f"{body}</rdf:RDF>"
        )
    else:
        doc = f"<rss version='2.0' {ns}><channel><title>T{leak}</title>{body}</channel></rss>"
    declared = rng.choice(["utf-8", "windows-1256", "utf-16", "x-junk", "iso-8859-1"])
    text = f"<?xml version='1.0' encoding='{declared}'?>{entities}{doc}"
    data = encode(rng, text) if rng.random() < 0.3 else text.encode("utf-8")
    return mutate_bytes(rng, data) if rng.random() < 0.3 else data


# --------------------------------------------------------------------------- targets


class Runner:
    """Runs one input through one target; raises on a failure. Inputs are written to ``tmp``."""

    def __init__(self, tmp: Path | None = None) -> None:
        self.own = tmp is None
        self.tmp = tmp or Path(tempfile.mkdtemp(prefix="rashomon-fuzz-"))

    def close(self) -> None:
        if self.own:
            for path in self.tmp.iterdir():
                path.unlink()
            self.tmp.rmdir()

    def read(self, data: bytes, suffix: str) -> list[object]:
        from rashomon.stages.ingest.sources import read_file

        path = self.tmp / f"input{suffix}"
        path.write_bytes(data)
        return list(read_file(path))

    def reader(self, suffix: str, full: bool) -> Callable[[bytes], None]:
        def run(data: bytes) -> None:
            docs = self.read(data, suffix)
            if not docs:
                raise Problem("the reader gave no document at all")
            docs = (full_pipeline() if full else decode_pipeline())(docs)
            for doc in docs:
                check_document(doc)

        return run


@functools.cache
def full_pipeline():  # type: ignore[no-untyped-def]
    """The default document stages, built once (models load once)."""
    from rashomon.pipeline import DEFAULT_STAGES
    from rashomon.runners.local import build_pipeline

    return build_pipeline(DEFAULT_STAGES, {})


@functools.cache
def decode_pipeline():  # type: ignore[no-untyped-def]
    from rashomon.pipeline import Pipeline

    return Pipeline.from_names(["ingest.decode.v1"])


def check_document(doc: object) -> None:
    from rashomon.model import Document

    if not isinstance(doc, Document):
        raise Problem(f"not a Document: {type(doc).__name__}")
    caught = [e for e in doc.errors if e.kind in SAFETY_NETS]
    if caught:
        raise Problem(f"caught by a safety net: {caught[0].kind}: {caught[0].message}")
    if any(e.message.startswith("the feed parser stopped") for e in doc.errors):
        raise Problem(f"feedparser raised: {doc.errors[0].message}")  # caught, but a bug
    if not doc.ok and not doc.errors:
        raise Problem(f"status {doc.status} without a reason")
    texts = (doc.markup, doc.source_text, doc.text, *doc.hints.values())
    if b"root:x:0:" in doc.raw or any("root:x:0:" in text for text in texts):
        raise Problem("an external entity was resolved (/etc/passwd is in the document)")
    for text in (doc.text, doc.source_text, doc.title or "", doc.url or ""):
        text.encode("utf-8")
    n = len(doc.text)
    spans = [(s.start, s.end) for s in doc.segments] + [(m.start, m.end) for m in doc.mentions]
    spans += [(t.start, t.end) for t in doc.times] + [(p.start, p.end) for p in doc.places]
    for start, end in spans:
        if not 0 <= start <= end <= n:
            raise Problem(f"span {start}:{end} outside text of {n} characters")
    for r in doc.removed:
        if not 0 <= r.start <= r.end <= len(doc.source_text):
            raise Problem(f"removed span {r.start}:{r.end} outside the source text")


def run_normalize(data: bytes) -> None:
    from rashomon.stages.time.fold import fold
    from rashomon.text.normalize import normalize, strip_latin_accents

    text = data.decode("utf-8", "replace")
    once = normalize(text)
    if normalize(once) != once:
        raise Problem("normalize is not idempotent")
    strip_latin_accents(text)
    folded = fold(text)
    if len(folded.origin) != len(folded.text) or len(folded.ends) != len(folded.text):
        raise Problem("fold keeps no origin for some folded characters")
    for i in range(0, len(folded.text), 7):
        start, end = folded.span(i, min(i + 5, len(folded.text)))
        if not 0 <= start < end <= len(text):
            raise Problem(f"fold maps {i} to {start}:{end} of {len(text)} characters")


def run_dates(data: bytes) -> None:
    from rashomon.stages.dates import page
    from rashomon.stages.dates.byline import byline_lines, labelled, near_title
    from rashomon.stages.dates.lead import lead_date
    from rashomon.stages.dates.parse import (
        find_compact,
        find_date_spans,
        find_day_months,
        find_relative,
        parse_any,
    )
    from rashomon.text.normalize import normalize

    text = data.decode("utf-8", "replace")
    value = parse_any(text)
    if value is not None and not isinstance(value, date):
        raise Problem(f"parse_any gave {type(value).__name__}")
    folded = normalize(text)  # find_date_spans counts in the folded text
    for start, end, found in find_date_spans(text):
        if not (0 <= start < end <= len(folded) and isinstance(found.value, date)):
            raise Problem(f"date span {start}:{end} outside the folded text")
    find_day_months(text)
    find_compact(text)
    find_relative(text)
    lines = text.splitlines()
    near_title(lines, lines[0] if lines else "")
    byline_lines(lines, "")
    labelled(lines)
    lead_date(text, [(date(2017, 1, 1), date(2017, 12, 31)), (date.min, date.max)])
    page.from_url(text)
    page.year_window(text)


def run_dates_page(data: bytes) -> None:
    from rashomon.stages.dates import page

    tree = page.parse(data.decode("utf-8", "replace"))
    if tree is None:
        return
    for value in (page.json_ld(tree), page.meta(tree)):
        if value is not None and not isinstance(value, date):
            raise Problem(f"page date of type {type(value).__name__}")
    page.meta_values(tree)
    page.htmldate_search(tree, "https://a.example/2017/11/19/x", date(2018, 1, 1), extensive=False)


def gen_time(rng: random.Random, seeds: Seeds) -> bytes:
    lang = rng.choice(["en", "ar", "fa"])
    anchor = rng.choice(
        ["", "2017-11-19", "1900-01-01", "0001-01-01", "9999-12-31", "2024-02-29", "2017-03-21"]
    )
    return f"{lang}|{anchor}\n{time_text(rng, seeds)}".encode("utf-8", "surrogatepass")


def run_time(data: bytes) -> None:
    from rashomon.stages.time.find import find_times

    head, _, text = data.decode("utf-8", "replace").partition("\n")
    lang, _, day = head.partition("|")
    if lang not in ("en", "ar", "fa"):
        return  # a mutated header is not a time-parser input
    try:
        anchor = date.fromisoformat(day) if day else None
    except ValueError:
        anchor = None
    for found in find_times(text, lang, anchor):
        if not (0 <= found.start < found.end <= len(text)):
            raise Problem(f"time span {found.start}:{found.end} outside the text")
        if text[found.start : found.end] != found.text:
            raise Problem("time expression text differs from its span")


@dataclass
class Target:
    generate: Callable[[random.Random, Seeds], bytes]
    run: Callable[[Runner], Callable[[bytes], None]]
    share: float


def _str_gen(
    make: Callable[[random.Random, Seeds], str],
) -> Callable[[random.Random, Seeds], bytes]:
    return lambda rng, seeds: make(rng, seeds).encode("utf-8", "surrogatepass")


TARGETS: dict[str, Target] = {
    "text": Target(gen_text, lambda r: r.reader(".txt", False), 0.10),
    "html": Target(gen_html, lambda r: r.reader(".html", False), 0.08),
    "warc": Target(gen_warc, lambda r: r.reader(".warc", False), 0.08),
    "jsonl": Target(gen_jsonl, lambda r: r.reader(".jsonl", False), 0.08),
    "feed": Target(gen_feed, lambda r: r.reader(".rss", False), 0.08),
    "sniff": Target(
        lambda rng, s: rng.choice([gen_text, gen_html, gen_jsonl, gen_feed, gen_warc])(rng, s),
        lambda r: r.reader("", False),
        0.05,
    ),
    "pipeline-text": Target(gen_text, lambda r: r.reader(".txt", True), 0.025),
    "pipeline-html": Target(gen_html, lambda r: r.reader(".html", True), 0.025),
    "pipeline-warc": Target(gen_warc, lambda r: r.reader(".warc", True), 0.015),
    "pipeline-jsonl": Target(gen_jsonl, lambda r: r.reader(".jsonl", True), 0.015),
    "pipeline-feed": Target(gen_feed, lambda r: r.reader(".rss", True), 0.015),
    "normalize": Target(
        _str_gen(lambda rng, s: mutate_text(rng, time_text(rng, s), s)),
        lambda r: run_normalize,
        0.1,
    ),
    "dates": Target(
        _str_gen(lambda rng, s: rng.choice([date_string, time_text])(rng, s)),
        lambda r: run_dates,
        0.15,
    ),
    "dates-page": Target(gen_html, lambda r: run_dates_page, 0.05),
    "time": Target(gen_time, lambda r: run_time, 0.15),
}


def replay(target: str, data: bytes, runner: Runner) -> None:
    """Run one stored input through its target (the regression corpus uses this)."""
    TARGETS[target].run(runner)(data)


# --------------------------------------------------------------------------- driver


@dataclass
class Tally:
    inputs: int = 0
    failures: int = 0
    seconds: float = 0.0
    first: str = ""


def save(target: str, data: bytes) -> Path:
    folder = CORPUS / target
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{hashlib.sha1(data).hexdigest()}.bin"  # noqa: S324 - a name, not security
    path.write_bytes(data)
    return path


def fuzz(
    n: int, seed: int, only: list[str] | None, save_crashes: bool, extra: Path | None = None
) -> dict[str, Tally]:
    import logging

    logging.disable(logging.WARNING)  # the readers log what they survive; we count it instead
    seeds = Seeds.load(extra)
    names = only or list(TARGETS)
    total_share = sum(TARGETS[name].share for name in names)
    runner = Runner()
    tallies: dict[str, Tally] = {}
    try:
        for name in names:
            target = TARGETS[name]
            count = max(1, round(n * target.share / total_share))
            rng = random.Random(f"{seed}:{name}")
            run = target.run(runner)
            tally = tallies[name] = Tally()
            started = time.perf_counter()
            for _ in range(count):
                data = target.generate(rng, seeds)[:MAX_INPUT]
                tally.inputs += 1
                try:
                    with contextlib.redirect_stderr(io.StringIO()):  # warcio's warnings
                        run(data)
                except Exception as exc:  # noqa: BLE001 - counting them is the point
                    tally.failures += 1
                    where = save(name, data) if save_crashes else None
                    if not tally.first:
                        tally.first = f"{type(exc).__name__}: {exc} ({where})"
                        traceback.print_exc(limit=-4, file=sys.stderr)
            tally.seconds = time.perf_counter() - started
            print(
                f"{name:15} {tally.inputs:6} inputs {tally.seconds:7.1f} s "
                f"{tally.failures:4} failures {tally.first[:160]}",
                flush=True,
            )
    finally:
        runner.close()
    return tallies


def fuzz_atheris(target: str, n: int, seed: int) -> None:
    """Coverage-guided fuzzing of one target with atheris (libFuzzer); failing inputs go to
    the regression corpus like the seeded run's. Never returns: libFuzzer exits."""
    import atheris

    seeds = Seeds.load()
    runner = Runner()
    run = TARGETS[target].run(runner)
    start_dir = Path(tempfile.mkdtemp(prefix="rashomon-atheris-"))
    rng = random.Random(seed)
    for i in range(50):
        (start_dir / f"seed{i}").write_bytes(TARGETS[target].generate(rng, seeds))

    def one(data: bytes) -> None:
        try:
            run(data)
        except Exception:
            save(target, data)
            raise

    atheris.instrument_all()
    atheris.Setup(
        [
            sys.argv[0],
            f"-runs={n}",
            f"-seed={seed}",
            "-max_len=200000",
            f"-artifact_prefix={start_dir}/",  # ours go to the corpus; libFuzzer's stay out of it
            str(start_dir),
        ],
        one,
    )
    atheris.Fuzz()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=10_000, help="inputs in all (default 10,000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--only", nargs="+", choices=list(TARGETS), help="these targets only")
    parser.add_argument("--no-save", action="store_true", help="do not write failing inputs")
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument("--atheris", choices=list(TARGETS), help="coverage-guided, one target")
    parser.add_argument(
        "--seeds-dir",
        type=Path,
        help="also mutate the .txt files here (e.g. ../shared/seeds); failing inputs made from "
        "them carry other people's sentences: cut them down to our own text before committing",
    )
    args = parser.parse_args()
    if args.atheris:
        fuzz_atheris(args.atheris, args.n, args.seed)
    started = time.perf_counter()
    tallies = fuzz(args.n, args.seed, args.only, not args.no_save, args.seeds_dir)
    inputs = sum(t.inputs for t in tallies.values())
    failures = sum(t.failures for t in tallies.values())
    seconds = time.perf_counter() - started
    print(
        f"{'total':15} {inputs:6} inputs {seconds:7.1f} s {failures:4} failures (seed {args.seed})"
    )
    if args.json:
        figures = {name: vars(t) for name, t in tallies.items()}
        args.json.write_text(json.dumps({"seed": args.seed, "targets": figures}, indent=2))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
