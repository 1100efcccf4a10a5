"""The feed reader: RSS/RDF/Atom items become documents with the feed's title, link and date."""

from __future__ import annotations

import gzip
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from rashomon.cli import main
from rashomon.model import ContentKind, DateSource, DocStatus, InputFormat
from rashomon.stages.ingest.readers import sniff_feed, sniff_format
from rashomon.stages.ingest.sources import read_inputs
from rashomon.store import open_store

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>Harbour Ledger</title>
<link>https://harbour-ledger.example/</link>
<item>
<title>Ferry service resumes between the two river towns</title>
<link>https://harbour-ledger.example/2017/11/ferry-resumes</link>
<pubDate>Sun, 19 Nov 2017 23:30:00 +0300</pubDate>
<dc:creator>Mina Rahal</dc:creator>
<description>A short summary that the full text below replaces.</description>
<content:encoded><![CDATA[<p>The ferry between the two river towns carried its first
passengers in three months on Sunday, the port office said.</p><p>Crews repaired the landing
stage after the spring floods washed away its wooden piers, and the service will run twice a
day until the end of winter.</p>]]></content:encoded>
</item>
<item>
<title>افتتاح مكتبة عامة جديدة في وسط المدينة</title>
<link>https://harbour-ledger.example/ar/2017/11/library</link>
<pubDate>Mon, 20 Nov 2017 09:15:00 +0000</pubDate>
<description>&lt;p&gt;افتتحت البلدية يوم الاثنين مكتبة عامة جديدة في وسط المدينة تضم أكثر من
عشرة آلاف كتاب، وقال مدير المكتبة إن أبوابها ستبقى مفتوحة حتى ساعة متأخرة من المساء.&lt;/p&gt;
&lt;p&gt;وأضاف أن قاعة للأطفال ستفتتح في الربيع المقبل.&lt;/p&gt;</description>
</item>
<item>
<title>A headline without a body</title>
<link>https://harbour-ledger.example/2017/11/headline-only</link>
</item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>Harbour Ledger</title>
<entry>
<title>Night market returns to the old quay</title>
<link rel="alternate" href="https://harbour-ledger.example/2017/12/night-market"/>
<updated>2017-12-02T18:00:00+03:00</updated>
<content type="html">&lt;p&gt;Stalls selling grilled fish and tea lined the old quay on Saturday
for the first night market since the summer.&lt;/p&gt;</content>
</entry>
</feed>
"""


@pytest.mark.slow
def test_feeds_analyze_stores_items_with_titles_urls_and_dates(tmp_path: Path) -> None:
    feed = tmp_path / "ledger.rss"
    feed.write_text(RSS, encoding="utf-8")
    db = str(tmp_path / "c.db")
    result = CliRunner().invoke(main, ["analyze", str(feed), "--db", db, "--no-stories"])
    assert result.exit_code == 0, result.output
    store = open_store(db, readonly=True)
    try:
        docs = sorted(store.iter_documents(), key=lambda d: d.origin.record or 0)
    finally:
        store.close()
    assert [d.format for d in docs] == [InputFormat.FEED] * 3
    ferry, library, headline = docs
    assert ferry.ok and ferry.title == "Ferry service resumes between the two river towns"
    assert ferry.url == "https://harbour-ledger.example/2017/11/ferry-resumes"
    assert ferry.author == "Mina Rahal" and ferry.lang == "en"
    assert ferry.published is not None and ferry.published.source is DateSource.INPUT
    # the outlet's own day (23:30 at +03:00), not the day in UTC
    assert ferry.published.value.date() == date(2017, 11, 19)
    assert "first passengers in three months" in ferry.text and "short summary" not in ferry.text
    assert library.ok and library.lang == "ar" and library.title.startswith("افتتاح مكتبة")
    assert library.published is not None and library.published.value.date() == date(2017, 11, 20)
    assert headline.status is DocStatus.SKIPPED and headline.errors[0].kind == "empty"


def test_feeds_atom_rdf_and_gzip_are_read(tmp_path: Path) -> None:
    atom = tmp_path / "ledger.xml"
    atom.write_text(ATOM, encoding="utf-8")
    packed = tmp_path / "ledger"
    packed.write_bytes(gzip.compress(RSS.encode("utf-8")))
    assert sniff_format(atom) == sniff_format(packed) == "reader.feed.v1"
    [entry] = read_inputs([str(atom)])
    assert entry.content is ContentKind.HTML and entry.hints["date"] == "2017-12-02T18:00:00+03:00"
    assert entry.url == "https://harbour-ledger.example/2017/12/night-market"
    assert entry.origin.record == 0 and entry.source == "Harbour Ledger"
    assert [d.origin.record for d in read_inputs([str(packed)])] == [0, 1, 2]


@pytest.mark.parametrize(
    "data",
    [b"", b"<rss><channel><item><title>x", b"\x00\xff junk", gzip.compress(RSS.encode())[:90]],
    ids=["empty", "truncated", "binary", "broken-gzip"],
)
def test_feeds_malformed_feed_is_a_failed_document(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "bad.rss"
    path.write_bytes(data)
    docs = list(read_inputs([str(path)]))
    assert docs and all(not d.ok and d.errors for d in docs)
    assert {d.errors[0].kind for d in docs} <= {"malformed-feed", "empty"}


def test_feeds_never_fetch_or_open_what_the_input_names(tmp_path: Path) -> None:
    # feedparser.parse(b"/some/path") reads that file; the reader hands it a stream instead
    real = tmp_path / "real.rss"
    real.write_text(RSS, encoding="utf-8")
    path = tmp_path / "name.rss"
    path.write_bytes(str(real).encode())
    [doc] = read_inputs([str(path)])
    assert doc.errors[0].kind == "malformed-feed"


def test_feeds_external_entities_are_never_resolved(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("classified-token", encoding="utf-8")
    path = tmp_path / "xxe.rss"
    path.write_text(
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file://{secret}">]>'
        "<rss version='2.0'><channel><item><title>a &x; b</title><link>https://a.example/1</link>"
        "<description>&lt;p&gt;a body&lt;/p&gt; &x;</description></item></channel></rss>",
        encoding="utf-8",
    )
    [doc] = read_inputs([str(path)])
    assert b"classified-token" not in doc.raw
    assert "classified-token" not in " ".join(doc.hints.values())


@pytest.mark.parametrize("piece", [b"<?a?>", b"<!--a-->", b"<!--a--", b" "])
def test_feeds_sniffing_a_long_prolog_takes_linear_time(piece: bytes) -> None:
    # a prolog pattern that could split "<?a?><?a?>..." every possible way took 2**n steps
    assert not sniff_feed(piece * 500 + b"x")
    assert sniff_feed(piece * 3 + b"<rss version='2.0'>") is (piece != b"<!--a--")
