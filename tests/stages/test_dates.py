from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from rashomon.model import ContentKind, DateSource, Document, InputFormat, Origin
from rashomon.stages.dates import PublicationDates
from rashomon.stages.dates.byline import labelled, near_title
from rashomon.stages.dates.parse import find_dates, find_relative, parse_any

NOV19 = date(2017, 11, 19)
FETCHED = datetime(2017, 12, 13, 10, 0, tzinfo=UTC)
BODY = "The army entered the town after a week of fighting, a military source said today."


def doc(
    text: str = BODY,
    *,
    markup: str = "",
    url: str | None = None,
    hints: dict[str, str] | None = None,
    fetched: datetime | None = None,
    title: str | None = None,
) -> Document:
    return Document(
        id="x",
        origin=Origin(path="t.html" if markup else "t.txt"),
        format=InputFormat.HTML if markup else InputFormat.TEXT,
        content=ContentKind.HTML if markup else ContentKind.TEXT,
        markup=markup,
        source_text=text,
        text=text,
        url=url,
        hints=hints or {},
        fetched=fetched,
        title=title,
    )


def run(document: Document) -> Document:
    return PublicationDates()([document])[0]


@pytest.mark.parametrize(
    "text",
    [
        "Jan 06 2021",
        "19 November 2017",
        "November 19th, 2017",
        "19 نوفمبر 2017",
        "١٩ نوفمبر ٢٠١٧",
        "19 تشرين الثاني 2017",
        "الأحد ١٩ تشرين الثاني ٢٠١٧م",
        "۲۸ آبان ۱۳۹۶",
        "28 آبان 1396",
        "1396/08/28",
        "۱۳۹۶/۰۸/۲۸ - ۱۲:۳۰",
        "1 ربيع الأول 1439 هـ",
        "١ ربيع الاول ١٤٣٩هـ",
        "2017-11-19",
        "19/11/2017",
        "19 نوامبر 2017",
    ],
)
def test_parse_calendars_and_digits(text: str) -> None:
    found = find_dates(text)
    expected = date(2021, 1, 6) if text.startswith("Jan") else NOV19
    assert found and found[0][1].value == expected


@pytest.mark.parametrize(
    ("text", "ago"),
    [
        ("folder_openVoices access_time 24 days ago", timedelta(days=24)),
        ("منذ 3 أيام", timedelta(days=3)),
        ("منذ يومين", timedelta(days=2)),
        ("۲ روز پیش", timedelta(days=2)),
        ("yesterday", timedelta(days=1)),
        ("an hour ago", timedelta(hours=1)),
        ("٥ ساعات قبل", timedelta(hours=5)),
        ("The day before the battle", None),
    ],
)
def test_parse_relative(text: str, ago: timedelta | None) -> None:
    assert find_relative(text) == ago


def test_parse_any_iso_with_time() -> None:
    value = parse_any("2017-11-19T08:30:00+03:00")
    assert isinstance(value, datetime) and value.date() == NOV19


def _page(head: str = "", body: str = "") -> str:
    return f"<html><head>{head}</head><body><article><p>{BODY}</p>{body}</article></body></html>"


JSON_LD = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2017-11-19T09:00:00Z", "dateModified": "2017-12-01"}</script>'  # noqa: E501
META = '<meta property="article:published_time" content="2017-11-19T09:00:00+03:00">'


@pytest.mark.parametrize(
    ("document", "source"),
    [
        (doc(hints={"date": "2017-11-19"}), DateSource.INPUT),
        (doc(markup=_page(JSON_LD + META)), DateSource.JSON_LD),
        (doc(markup=_page(META)), DateSource.META),
        (doc(url="https://example.org/news/2017/11/19/albu-kamal.html"), DateSource.URL),
        (doc(hints={"dateline": "19 نوفمبر 2017"}), DateSource.BYLINE),
        (doc(markup=_page(body='<p class="date">Posted on <time>19 November 2017</time></p>')),
         DateSource.BYLINE),
        (doc("۲۸ آبان ۱۳۹۶\n" + BODY), DateSource.TEXT),
        (doc(hints={"dateline": "24 days ago"}, fetched=datetime(2017, 12, 13, tzinfo=UTC)),
         DateSource.RELATIVE),
    ],
)  # fmt: skip
def test_dates_provenance(document: Document, source: DateSource) -> None:
    published = run(document).published
    assert published is not None
    assert published.source is source
    value = published.value
    assert (value.date() if isinstance(value, datetime) else value) == NOV19


def test_dates_input_beats_page() -> None:
    published = run(doc(markup=_page(META), hints={"date": "2017-11-18"})).published
    assert published is not None and published.source is DateSource.INPUT


def test_dates_relative_needs_fetch_date() -> None:
    assert run(doc(hints={"dateline": "24 days ago"})).published is None


@pytest.mark.parametrize(
    "document",
    [
        doc(hints={"date": "2017-11-19"}, fetched=datetime(2017, 11, 1, tzinfo=UTC)),
        doc(markup=_page(META), fetched=datetime(2017, 11, 1, tzinfo=UTC)),
        doc("19 November 2099\n" + BODY),
    ],
)
def test_dates_future_rejected(document: Document) -> None:
    published = run(document).published
    latest = document.fetched.date() if document.fetched else datetime.now(UTC).date()
    if published is not None:
        value = published.value
        assert (value.date() if isinstance(value, datetime) else value) <= latest


def test_dates_future_falls_back_to_next_evidence() -> None:
    document = doc(
        "19 November 2017\n" + BODY,
        hints={"date": "2030-01-01"},
        fetched=FETCHED,
    )
    published = run(document).published
    assert published is not None and published.source is DateSource.TEXT
    assert published.value == NOV19


def _day(document: Document) -> tuple[date | None, DateSource | None]:
    published = run(document).published
    if published is None:
        return None, None
    value = published.value
    return (value.date() if isinstance(value, datetime) else value), published.source


def _ld(*objects: str) -> str:
    return "".join(f'<script type="application/ld+json">{o}</script>' for o in objects)


MODIFIED = '<meta property="article:modified_time" content="2017-12-01T10:00:00Z">'
UPDATED = '<meta property="og:updated_time" content="2017-12-01T10:00:00Z">'
WEBPAGE = '{"@type": "WebPage", "datePublished": "2017-12-01", "dateModified": "2017-12-02"}'
ARTICLE = '{"@type": "NewsArticle", "datePublished": "2017-11-19T09:00:00+03:00"}'
RELATED_LIST = (
    '{"@type": "ItemList", "itemListElement": [{"@type": "ListItem", "item": '
    '{"@type": "NewsArticle", "datePublished": "2017-12-01"}}]}'
)
COMMENTED = (
    '{"@type": "BlogPosting", "dateCreated": "2017-11-19", '
    '"comment": [{"@type": "Comment", "datePublished": "2017-12-01"}]}'
)


@pytest.mark.parametrize(
    ("head", "body", "source"),
    [
        # A modification date, wherever it stands, never beats the publication date.
        (MODIFIED + META, "", DateSource.META),
        (UPDATED + '<meta name="dateModified" content="2017-12-01">'
         + '<meta itemprop="datePublished" content="2017-11-19">', "", DateSource.META),
        # The article's own date beats the page's, whatever the order of the blocks.
        (_ld(WEBPAGE, ARTICLE), "", DateSource.JSON_LD),
        (_ld('{"@graph": [' + WEBPAGE + ", " + ARTICLE + "]}"), "", DateSource.JSON_LD),
        # Dates of related stories and readers' comments are not the page's.
        (_ld(RELATED_LIST, ARTICLE), "", DateSource.JSON_LD),
        (_ld(COMMENTED), "", DateSource.JSON_LD),
        ("", '<div class="related"><time itemprop="datePublished" datetime="2017-12-01">1 Dec'
             '</time></div><p>By A. Writer <time itemprop="datePublished" '
             'datetime="2017-11-19T08:00">19 Nov</time></p>', DateSource.META),
        ("", '<div itemscope itemtype="https://schema.org/Comment"><span itemprop="datePublished"'
             ' content="2017-12-01"></span></div><span itemprop="datePublished" '
             'content="2017-11-19"></span>', DateSource.META),
        ("", '<p>Posted <time pubdate datetime="2017-11-19">Sunday</time></p>', DateSource.META),
        ('<meta name="DC.date.issued" content="2017-11-19">', "", DateSource.META),
        ('<meta name="sailthru.date" content="2017-11-19 09:00:00">', "", DateSource.META),
        ('<meta name="parsely-pub-date" content="2017-11-19T09:00:00Z">', "", DateSource.META),
        ('<meta name="pdate" content="20171119">', "", DateSource.META),
        # The generic "date" loses to a specific publication name.
        ('<meta name="date" content="2017-12-01">' + META, "", DateSource.META),
    ],
)  # fmt: skip
def test_dates_page_evidence(head: str, body: str, source: DateSource) -> None:
    assert _day(doc(markup=_page(head, body))) == (NOV19, source)


def test_dates_stated_dates_outvote_one_another() -> None:
    # JSON-LD alone says 1 December; the meta tag and the URL agree on 19 November.
    document = doc(
        markup=_page(_ld('{"@type": "Article", "datePublished": "2017-12-01"}') + META),
        url="https://example.org/2017/11/19/albu-kamal.html",
    )
    published = run(document).published
    assert published is not None and published.source is DateSource.META
    assert published.confidence > 0.9


def test_dates_byline_settles_a_tie() -> None:
    document = doc(
        "Albu Kamal retaken\nBy A. Writer\n19 November 2017\n" + BODY,
        markup=_page(META.replace("2017-11-19", "2017-11-20")),
        url="https://example.org/2017/11/19/albu-kamal.html",
        title="Albu Kamal retaken - Example News",
    )
    assert _day(document) == (NOV19, DateSource.URL)


BANNER = "Tuesday, December 12, 2017 Weather: Hi 7°C"
NAV = ["Home", "World", "Middle East"]  # the masthead is some way above the headline
HEADLINE = "Army retakes Albu Kamal from the militants"


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # The masthead's today's date and the copyright year are not the article's.
        ([BANNER, *NAV, HEADLINE, "By A. Writer", "19 November 2017", BODY, "© 2017"], NOV19),
        ([BANNER, *NAV, HEADLINE, "By A. Writer | Last Updated: 7:08am GMT 19/11/2017"], NOV19),
        ([BANNER, *NAV, "Sunday 19 November 2017", "A. Writer", HEADLINE, BODY], NOV19),
        ([BANNER, *NAV, HEADLINE, "Nov. 19, 2017 - " + BODY], NOV19),
        # Related stories under the headline are not its byline.
        ([BANNER, *NAV, HEADLINE, "Also read", "Army enters Mayadin", "1 December 2017"], None),
        ([BANNER, *NAV, HEADLINE, BODY + " It was 1 December 2017."], None),
        (["Site menu", BODY, "19 November 2017"], None),
    ],
)
def test_byline_near_title(lines: list[str], expected: date | None) -> None:
    assert near_title(lines, HEADLINE + " - Example News") == expected


def test_byline_labelled() -> None:
    lines = [BANNER, "Related: 1 December 2017", "Published Date: 19 November 2017", BODY]
    assert labelled(lines) == NOV19
    assert labelled(["Last Updated: 1 December 2017"]) is None


def test_dates_byline_beats_masthead_date() -> None:
    text = "\n".join([BANNER, *NAV, HEADLINE, "By A. Writer", "Sunday, November 19, 2017", BODY])
    document = doc(text, markup=_page(body=f"<p>{BANNER}</p>"), title=HEADLINE)
    assert _day(document) == (NOV19, DateSource.BYLINE)


def test_dates_htmldate_fallback() -> None:
    markup = _page(body='<div class="post-meta"><span class="date">2017-11-19</span></div>')
    value, source = _day(doc(markup=markup))
    assert value == NOV19 and source in (DateSource.BYLINE, DateSource.TEXT)
