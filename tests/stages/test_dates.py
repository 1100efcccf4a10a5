from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from rashomon.model import ContentKind, DateSource, Document, InputFormat, Origin
from rashomon.stages.dates import PublicationDates
from rashomon.stages.dates.byline import labelled, near_title
from rashomon.stages.dates.lead import lead_date
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
        "19 نوفمبر/تشرين الثاني 2017",
        "١٩ نوفمبر (تشرين الثاني) ٢٠١٧",
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


# -- the day of writing stated in the lead (stages/dates/lead.py) -----------------------------

AR_TODAY = (
    "دير الزور – مراسلنا: أعلن مصدر عسكري اليوم الأحد ١ ربيع الأول ١٤٣٩هـ الموافق ١٩ تشرين "
    "الثاني ٢٠١٧ أن وحدات الجيش أعادت الأمن إلى مدينة البوكمال بشكل كامل."
)
MORE = "\n\nThe second paragraph adds what the field commanders said about the assault."


@pytest.mark.parametrize(
    "text",
    [
        "The army said today, Sunday, Nov. 19, 2017, that it had cleared the town of militants.",
        "Today (Sunday 19 November 2017) the army said it had cleared the town of militants.",
        AR_TODAY,
        "أعلن مصدر عسكري اليوم الأحد ١ ربيع الأول ١٤٣٩هـ أن وحدات الجيش دخلت البوكمال بالكامل.",
        "قالت مصادر محلية اليوم 19 نوفمبر/تشرين الثاني 2017 إن الجيش دخل المدينة بعد معارك.",
        "به گزارش خبرگزاری، رزمندگان مقاومت امروز یکشنبه 1396/08/28 شهر البوکمال را پاکسازی کردند.",
        "به گزارش افق پارس، رزمندگان مقاومت بامداد امروز یکشنبه ۲۸ آبان ۱۳۹۶ وارد البوکمال شدند.",
        # "yesterday, <date>": the article is a day later.
        "The funeral was held on Sunday for the fighters who were killed yesterday, 18 November "
        "2017, near the border town.",
        "شيّع الآلاف، اليوم الأحد، ضحايا الغارة التي وقعت فجر أمس السبت ١٨ تشرين الثاني ٢٠١٧ "
        "قرب الحدود.",
        # A dateline that opens the first paragraph.
        "DAMASCUS, Nov. 19, 2017 (Meridian Wire) - The Syrian army said it had retaken the town.",
        "دمشق – ١٩ تشرين الثاني ٢٠١٧ (سانا) – أعلنت القيادة العامة للجيش تحرير مدينة البوكمال.",
    ],
)
def test_lead_date_day_of_writing(text: str) -> None:
    found = lead_date(text + MORE)
    assert found is not None and found.value == NOV19
    assert found.weekday is not False and not found.year_inferred


def test_lead_date_prefers_stated_gregorian_equivalent() -> None:
    # 1 Rabi' I 1439 converts to 19 November too; the stated equivalent wins where they differ.
    text = AR_TODAY.replace("١٩ تشرين", "٢٠ تشرين").replace("الأحد", "الاثنين")
    found = lead_date(text)
    assert found is not None and found.value == date(2017, 11, 20) and found.weekday is True


def test_lead_date_source_and_confidence() -> None:
    today = run(doc(AR_TODAY + MORE)).published
    dateline = run(doc("DAMASCUS, Nov. 19, 2017 (Agency) - The army retook the town." + MORE))
    assert today is not None and today.source is DateSource.TEXT and today.value == NOV19
    assert dateline.published is not None and dateline.published.source is DateSource.BYLINE
    # Below every kind of metadata (the URL, at 0.85, is the least trusted).
    assert today.confidence < 0.85 and dateline.published.confidence < 0.85


def test_lead_date_weekday_contradiction_lowers_confidence() -> None:
    agreed = run(doc(AR_TODAY)).published
    wrong = run(doc(AR_TODAY.replace("الأحد", "الخميس"))).published
    assert agreed is not None and wrong is not None and wrong.value == agreed.value == NOV19
    assert wrong.confidence < agreed.confidence
    found = lead_date("امروز دوشنبه ۲۸ آبان ۱۳۹۶ رزمندگان مقاومت وارد شهر البوکمال شدند.")
    assert found is not None and found.weekday is False


LATER = (
    "The Quds Force commander was seen on the front line in the last days of the battle, and "
    "his pictures spread quickly on social media, the agency said on Sunday.\n\n"
)


@pytest.mark.parametrize(
    "text",
    [
        # A date deeper in the text is an event's, even after "today".
        LATER + "Today, 21 September 2017, is remembered as the day Soleimani gave a speech.",
        LATER + "On 21 September 2017, Soleimani gave a speech in Tehran.",
        LATER + "امروز ۲۸ آبان ۱۳۹۶ رزمندگان مقاومت شهر البوکمال را پاکسازی کردند.",
        # A date in the lead that is not said to be today's: the day of an event.
        "On Sunday, 19 November 2017, the army and its allies declared that Al-Bukamal had been "
        "cleared completely.",
        "سيطرت الميليشيات على مدينة البوكمال يوم الأحد 19 نوفمبر 2017 بعد انسحاب مقاتلي التنظيم.",
        "به گزارش افق پارس، رزمندگان مقاومت روز یکشنبه ۲۸ آبان ۱۳۹۶ شهر البوکمال را پاکسازی کردند.",
        "بغداد – «الرمال»: قُتل قائد فيلق القدس، فجر الجمعة 3 يناير (كانون الثاني) 2020، في غارة.",
        # "On this day" is an anniversary.
        "في مثل هذا اليوم 3 كانون الثاني 2020 قُتل قائد فيلق القدس قرب مطار بغداد الدولي.",
        # "Today" with no date after it; an outlet named "... Today".
        "بغداد – دجلة اليوم: شيّع آلاف العراقيين، اليوم السبت، جثامين ضحايا الغارة الأمريكية.",
        # A dateline whose date runs on into the sentence is not a dateline.
        "In Baghdad, 3 January 2020 began with a drone strike near the international airport.",
    ],
)
def test_lead_date_not_an_event_date(text: str) -> None:
    assert lead_date(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "MOSUL, Iraq, July 10 (Meridian Wire) - Iraqi Prime Minister al-Abadi declared victory.",
        "The militants' siege was broken today, Sunday, Aug. 31, after U.S. aircraft struck them.",
        "دمشق – ١٠ تموز (سانا) – أعلنت القيادة العامة للجيش أن العراق حرر مدينة الموصل بالكامل.",
        "قاسم سلیمانی بامداد امروز جمعه ۱۳ دی در حمله پهپادی آمریکا نزدیک فرودگاه بغداد کشته شد.",
    ],
)
def test_lead_date_no_year_no_guess(text: str) -> None:
    # Without a year in the text, nothing but the URL or the fetch date may supply one.
    assert lead_date(text) is None
    assert run(doc(text)).published is None


@pytest.mark.parametrize(
    ("text", "url", "fetched", "expected"),
    [
        ("MOSUL, Iraq, July 10 (Meridian Wire) - Al-Abadi declared victory over the militants.",
         "https://wire.example/world/2017/07/abadi-mosul.html", None, date(2017, 7, 10)),
        ("The militants' siege was broken today, Sunday, Aug. 31, after U.S. aircraft struck.",
         None, datetime(2014, 9, 2, 8, 0, tzinfo=UTC), date(2014, 8, 31)),
        ("قاسم سلیمانی بامداد امروز جمعه ۱۳ دی در حمله پهپادی آمریکا در نزدیکی فرودگاه کشته شد.",
         None, datetime(2020, 1, 5, tzinfo=UTC), date(2020, 1, 3)),
        # Fetched years later: the fetch date does not say which year.
        ("MOSUL, Iraq, July 10 (Meridian Wire) - Al-Abadi declared victory over the militants.",
         None, datetime(2024, 3, 4, tzinfo=UTC), None),
    ],
)  # fmt: skip
def test_lead_date_year_from_url_or_fetch(
    text: str, url: str | None, fetched: datetime | None, expected: date | None
) -> None:
    published = run(doc(text, url=url, fetched=fetched)).published
    if expected is None:
        assert published is None
        return
    assert published is not None and published.value == expected
    assert published.confidence < 0.7
