"""Publication dates on the demo corpus (data/demo), read through the real pipeline.

The gold here is not the manifest's ``published`` as such: it is that date where the document
itself states it (input field, page metadata, URL, byline, dateline, or a lead that gives the
day of writing), and ``None`` where the document gives no usable date. Each entry says where
the date is stated, or why there is none. Every ``None`` below is a document whose only dates
are those of events, relative ones ("24 days ago") with no fetch date to anchor them, or dates
without a year and nothing else to supply one: any date there would be a guess.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from rashomon.cli import DEMO_INPUTS
from rashomon.model import Document
from rashomon.runners.local import analyze
from rashomon.stages.dates.parse import date_part
from rashomon.store import open_store

pytestmark = pytest.mark.slow

DEMO = Path(__file__).resolve().parents[2] / "data" / "demo"
FEED = "jsonl/demo-feed.jsonl"
WARC = "warc/rashomon-demo.warc.gz"
Key = tuple[str, int | None]

GOLD: dict[Key, date | None] = {
    # -- txt: pre-extracted pages ---------------------------------------------------------------
    # Only "24 days ago" (no fetch date); "On Sunday, 19 November 2017" is the day Al-Bukamal
    # was declared cleared, and the article is from the 20th.
    ("txt/echo-of-the-south/001-how-the-resistance-won-the-race-to-al-bukamal.txt", None): None,
    # Byte-identical copy of the Barada story: lead "اليوم الأحد ١ ربيع الأول ١٤٣٩هـ الموافق ١٩
    # تشرين الثاني ٢٠١٧".
    ("txt/echo-of-the-south/002-aljaysh-yuharrir-albukamal-bilkamil.txt", None): date(2017, 11, 19),
    ("txt/barada-gazette/001-aljaysh-yuharrir-albukamal-bilkamil.txt", None): date(2017, 11, 19),
    # Only event dates ("Jan. 8", "the end of January") and "yesterday" with no date.
    ("txt/forward-ops/002-pentagon-109-troops-tbi-al-asad.txt", None): None,
    # "on Sunday, Aug. 31" is the day the siege was broken, has no year, and is not said to be
    # today (the article is from 1 September); "© Zagros Line 2014" is a copyright line.
    ("txt/zagros-line/001-amirli-siege-broken.txt", None): None,
    # Dateline "MOSUL, Iraq, July 10 (Meridian Wire)": no year, and no URL or fetch date.
    ("txt/meridian-wire/001-abadi-declares-victory-over-islamic-state-in-mosul.txt", None): None,
    # The reprint's stamp "Updated 10 July 2017 21:45".
    ("txt/rimal-international/001-mosul-freed-from-isis-as-abadi-declares-victory.txt", None):
        date(2017, 7, 10),
    # "فجر الجمعة 3 يناير (كانون الثاني) 2020" is the strike's date, not said to be today; the
    # only other date is "آخر تحديث: 12:40".
    ("txt/rimal-international/002-maqtal-qasem-soleimani.txt", None): None,
    # "منذ 3 أيام" (no fetch date) and the event's "يوم الأحد 19 نوفمبر/تشرين الثاني" (no year).
    ("txt/sharqiya-free/001-albukamal-tasqut-bayad-almilishiyat.txt", None): None,
    # "اليوم السبت ... فجر أمس الجمعة ٣ كانون الثاني ٢٠٢٠": yesterday was 3 January.
    ("txt/dijla-today/001-baghdad-tuwaddi-dahaya-darbat-almatar.txt", None): date(2020, 1, 4),
    # Lead "اليوم الأحد 31 آب 2014".
    ("txt/dijla-today/002-fakk-hisar-amerli.txt", None): date(2014, 8, 31),
    # "روز یکشنبه ۲۸ آبان ۱۳۹۶" / "on Sunday, Nov. 19, 2017": the day the city was cleared, not
    # said to be today (the same wording is a day before publication in Echo of the South).
    ("txt/pars-horizon/001-soleimani-albukamal-front-fa-en.txt", None): None,
    # Lead "بامداد امروز جمعه ۱۳ دی ۱۳۹۸".
    ("txt/pars-horizon/002-shahadat-sardar-soleimani.txt", None): date(2020, 1, 3),
    # "امروز ۹ شهریور ۱۳۹۸" opens the lead.
    ("txt/pars-horizon/003-panj-sal-pas-az-amerli.txt", None): date(2019, 8, 31),
    # Lead "امروز یکشنبه 1396/08/28".
    ("txt/kheibar/001-albukamal-azad-shod.txt", None): date(2017, 11, 19),
    # Lead "بامداد امروز چهارشنبه ۱۸ دی ۱۳۹۸" ("۲ روز پیش" has no fetch date).
    ("txt/kheibar/002-sili-sepah-be-einolasad.txt", None): date(2020, 1, 8),
    # "۲ روز پیش" (no fetch date) and the strike's "بامداد جمعه ۱۳ دی" (no year, not today).
    ("txt/sepidar/001-koshte-shodan-soleimani.txt", None): None,
    # -- html: complete pages -------------------------------------------------------------------
    ("html/forward-ops/us-drone-strike-baghdad-kills-quds-force-commander-soleimani.html", None):
        date(2020, 1, 3),  # JSON-LD NewsArticle
    ("html/zagros-line/iranian-missile-lands-near-erbil-airport.html", None):
        date(2020, 1, 8),  # article:published_time
    ("html/barada-gazette/wahadat-aljaysh-tuharrir-albukamal.html", None):
        date(2017, 11, 9),  # the canonical URL
    ("html/echo-of-the-south/istishhad-alqaid-soleimani-walmuhandis.html", None):
        date(2020, 1, 3),  # article:published_time
    ("html/sharqiya-free/nazihu-deir-ezzor-yuwazziun-alhalwa.html", None):
        date(2020, 1, 5),  # the visible byline
    ("html/kheibar/shekast-hesar-amerli.html", None):
        date(2014, 9, 1),  # the visible byline, in Jalali
    ("html/pars-horizon/azadsazi-mosul.html", None): date(2017, 7, 10),  # JSON-LD
    ("html/sepidar/revayat-rasmi-yek-hafte.html", None): date(2020, 1, 13),  # the canonical URL
    # -- warc: response records -----------------------------------------------------------------
    (WARC, 0): date(2017, 7, 11),  # article:published_time
    (WARC, 1): date(2020, 1, 8),  # JSON-LD
    (WARC, 2): date(2017, 11, 24),  # the URL
    (WARC, 3): date(2017, 7, 10),  # the visible byline
    # -- jsonl: every record carries its own ``date`` -------------------------------------------
    (FEED, 0): date(2017, 7, 11),
    (FEED, 1): date(2021, 1, 6),
    (FEED, 2): date(2017, 11, 20),
    (FEED, 3): date(2020, 1, 9),
    (FEED, 4): date(2017, 7, 11),
    (FEED, 5): date(2021, 1, 3),
    (FEED, 6): date(2017, 7, 12),
}  # fmt: skip


def _manifest() -> dict[Key, str]:
    lines = (DEMO / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    return {(e["path"], e["record"]): e["published"] for e in map(json.loads, filter(None, lines))}


@pytest.fixture(scope="module")
def analysed(tmp_path_factory: pytest.TempPathFactory) -> dict[Key, Document]:
    if not (DEMO / "manifest.jsonl").exists():
        pytest.skip("data/demo is absent")
    store = open_store(tmp_path_factory.mktemp("dates-demo") / "demo.db")
    try:
        analyze([str(DEMO / name) for name in DEMO_INPUTS], store)
        docs: dict[Key, Document] = {}
        for summary in store.iter_documents():
            doc = store.get(summary.id)
            assert doc is not None
            path = Path(doc.origin.path or "").resolve().relative_to(DEMO.resolve())
            docs[(path.as_posix(), doc.origin.record)] = doc
    finally:
        store.close()
    return docs


def test_dates_demo_gold_covers_manifest() -> None:
    manifest = _manifest()
    assert set(GOLD) == set(manifest)
    # A date we expect is always the manifest's: the gold only withholds dates, never moves them.
    moved = {key: day for key, day in GOLD.items() if day and day.isoformat() != manifest[key]}
    assert moved == {}


@pytest.mark.parametrize("key", sorted(GOLD, key=str), ids=lambda key: f"{key[0]}#{key[1]}")
def test_dates_demo_document(analysed: dict[Key, Document], key: Key) -> None:
    doc = analysed[key]
    published = date_part(doc.published.value) if doc.published else None
    assert published == GOLD[key]
