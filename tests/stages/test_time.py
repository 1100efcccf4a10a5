"""find_times on our own en/ar/fa sentences, anchored on Sunday 19 November 2017."""

from __future__ import annotations

from datetime import date

import pytest

from rashomon.stages.time import Calendar, Granularity, find_times

ANCHOR = date(2017, 11, 19)  # a Sunday

EN: list[tuple[str, list[tuple[str, str]]]] = [
    ("The talks ended yesterday in Geneva.", [("yesterday", "2017-11-18")]),
    ("Protests continued today across the city.", [("today", "2017-11-19")]),
    ("Troops entered the town last Sunday.", [("last Sunday", "2017-11-12")]),
    ("The minister spoke on Sunday.", [("Sunday", "2017-11-19")]),
    ("He resigned on Thursday after the vote.", [("Thursday", "2017-11-16")]),
    ("The summit was held last week.", [("last week", "2017-W45")]),
    ("The bridge collapsed two days ago.", [("two days ago", "2017-11-17")]),
    ("Elections are due next month.", [("next month", "2017-12")]),
    ("Fighting broke out earlier this month.", [("earlier this month", "2017-11")]),
    (
        "The siege lasted from June to the end of August 2014.",
        [("from June to the end of August 2014", "2014-06/2014-08-31")],
    ),
    ("The blast happened at 10:30 a.m. local time.", [("10:30 a.m.", "2017-11-19T10:30")]),
    ("The city was captured on 19 November 2017.", [("19 November 2017", "2017-11-19")]),
    ("The accord was signed on Nov. 19, 2017, in Vienna.", [("Nov. 19, 2017", "2017-11-19")]),
    ("The war began in March 2011.", [("March 2011", "2011-03")]),
    ("The dam was finished in 1998.", [("1998", "1998")]),
    ("The region boomed in the 1990s.", [("the 1990s", "199")]),
    ("Prices rose sharply in September.", [("September", "2017-09")]),
    ("Output fell in the third quarter.", [("the third quarter", "2017-Q3")]),
    ("Three years ago the port reopened.", [("Three years ago", "2014")]),
    ("Inflation rose last year.", [("last year", "2016")]),
    (
        "The ceasefire held between June and August 2014.",
        [("between June and August 2014", "2014-06/2014-08")],
    ),
    ("The trial opens next Tuesday.", [("next Tuesday", "2017-11-21")]),
    ("He was detained for three weeks.", [("for three weeks", "P3W")]),
]
EN_NEGATIVE = [
    "We said we may march to the square.",
    "The 5 soldiers and 2,000 civilians fled, according to 1 official.",
    "She may visit the camp; they march at dawn.",
    "Sun and wind shaped the dunes; we met Jan and Sat Singh.",
    "A 6-year-old boy was among the wounded.",
    "Room 1204 was searched, and 3,500 files were seized.",
]
AR: list[tuple[str, list[tuple[str, str]]]] = [
    ("قتل ثلاثة أشخاص أمس في حلب.", [("أمس", "2017-11-18")]),
    ("وصل الوفد منذ 3 أيام إلى القاهرة.", [("منذ 3 أيام", "2017-11-16")]),
    ("عقد الاجتماع يوم الأحد في بيروت.", [("يوم الأحد", "2017-11-19")]),
    ("التقى الوزير نظيره يوم الخميس.", [("يوم الخميس", "2017-11-16")]),
    ("أعلنت الحكومة الأسبوع الماضي خطة جديدة.", [("الأسبوع الماضي", "2017-W45")]),
    ("ستجرى الانتخابات الشهر المقبل.", [("الشهر المقبل", "2017-12")]),
    ("ارتفعت الأسعار العام الماضي.", [("العام الماضي", "2016")]),
    ("سقطت المدينة في 19 نوفمبر 2017.", [("19 نوفمبر 2017", "2017-11-19")]),
    ("جرى التوقيع في 19 تشرين الثاني 2017 في دمشق.", [("19 تشرين الثاني 2017", "2017-11-19")]),
    ("صدر القرار في ١٩ نوفمبر ٢٠١٧.", [("١٩ نوفمبر ٢٠١٧", "2017-11-19")]),
    ("وقع الاتفاق في 1 ربيع الأول 1439 هـ.", [("1 ربيع الأول 1439 هـ", "2017-11-19")]),
    ("استمر الحصار بين يونيو وأغسطس 2014.", [("بين يونيو وأغسطس 2014", "2014-06/2014-08")]),
    ("انطلقت الحملة مطلع الشهر الجاري.", [("مطلع الشهر الجاري", "2017-11")]),
    ("اندلعت الحرب في مارس 2011.", [("مارس 2011", "2011-03")]),
    ("تأسس الحزب عام 1998.", [("عام 1998", "1998")]),
    ("ازدهرت المدينة في التسعينيات.", [("التسعينيات", "199")]),
    ("غادر الوفد منذ يومين.", [("منذ يومين", "2017-11-17")]),
    ("وقع الانفجار الساعة 10:30 صباحا.", [("الساعة 10:30 صباحا", "2017-11-19T10:30")]),
    ("أغلق المعبر البارحة.", [("البارحة", "2017-11-18")]),
    ("تتوقف المحادثات هذا الأسبوع.", [("هذا الأسبوع", "2017-W46")]),
    ("سيزور الرئيس باريس الأسبوع المقبل.", [("الأسبوع المقبل", "2017-W47")]),
    ("أعلن الجيش اليوم السيطرة على البلدة.", [("اليوم", "2017-11-19")]),
    ("تراجعت الصادرات في أكتوبر.", [("أكتوبر", "2017-10")]),
]
AR_NEGATIVE = [
    "مارس الجيش ضغوطا كبيرة على السكان.",
    "قال أحد المسؤولين إن 5 جنود قتلوا.",
    "وصل 2500 لاجئ إلى المخيم.",
    "كان الأب يحمل طفله.",
]
FA: list[tuple[str, list[tuple[str, str]]]] = [
    ("این حادثه دیروز در تهران رخ داد.", [("دیروز", "2017-11-18")]),
    ("وزیر هفته گذشته به مسکو رفت.", [("هفته گذشته", "2017-W45")]),
    ("هیئت ۲ روز پیش به کابل رسید.", [("۲ روز پیش", "2017-11-17")]),
    ("نشست روز یکشنبه برگزار شد.", [("روز یکشنبه", "2017-11-19")]),
    ("زلزله در ۲۸ آبان ۱۳۹۶ رخ داد.", [("۲۸ آبان ۱۳۹۶", "2017-11-19")]),
    ("این قانون در سال ۱۳۹۶ تصویب شد.", [("سال ۱۳۹۶", "2017-03-21/2018-03-20")]),
    ("قرارداد در ۱۹ نوامبر ۲۰۱۷ امضا شد.", [("۱۹ نوامبر ۲۰۱۷", "2017-11-19")]),
    ("انتخابات ماه آینده برگزار می‌شود.", [("ماه آینده", "2017-11-22/2017-12-21")]),
    ("قیمت‌ها سال گذشته افزایش یافت.", [("سال گذشته", "2016-03-20/2017-03-20")]),
    ("امروز مجلس تشکیل جلسه داد.", [("امروز", "2017-11-19")]),
    ("سفیر سه هفته پیش احضار شد.", [("سه هفته پیش", "2017-W43")]),
    (
        "جنگ از خرداد تا مرداد ۱۳۹۶ ادامه داشت.",
        [("از خرداد تا مرداد ۱۳۹۶", "2017-05-22/2017-08-22")],
    ),
    ("این شهر در آبان ۱۳۹۶ آزاد شد.", [("آبان ۱۳۹۶", "2017-10-23/2017-11-21")]),
    ("امسال بارندگی کم بود.", [("امسال", "2017-03-21/2018-03-20")]),
    ("انفجار ساعت ۱۰:۳۰ صبح رخ داد.", [("ساعت ۱۰:۳۰ صبح", "2017-11-19T10:30")]),
    ("دولت این هفته لایحه را فرستاد.", [("این هفته", "2017-W46")]),
    ("رئیس‌جمهور روز پنجشنبه سخنرانی کرد.", [("روز پنجشنبه", "2017-11-16")]),
    ("هیئت هفته آینده به ژنو می‌رود.", [("هفته آینده", "2017-W47")]),
    ("این گروه در دهه ۱۳۶۰ تأسیس شد.", [("دهه ۱۳۶۰", "1981-03-21/1991-03-20")]),
    ("او دو ماه پیش استعفا داد.", [("دو ماه پیش", "2017-08-23/2017-09-22")]),
    ("کارخانه در ماه مهر تعطیل شد.", [("ماه مهر", "2017-09-23/2017-10-22")]),
    ("حادثه در ۲۸ آبان رخ داد.", [("۲۸ آبان", "2017-11-19")]),
]
FA_NEGATIVE = [
    "او مهر نامه را زد و تیر شلیک کرد.",
    "۵ سرباز و ۲۵۰۰ غیرنظامی زخمی شدند.",
    "ما می خواهیم برویم.",
]

CASES = (
    [("en", text, gold) for text, gold in EN]
    + [("ar", text, gold) for text, gold in AR]
    + [("fa", text, gold) for text, gold in FA]
)
NEGATIVES = (
    [("en", text) for text in EN_NEGATIVE]
    + [("ar", text) for text in AR_NEGATIVE]
    + [("fa", text) for text in FA_NEGATIVE]
)


@pytest.mark.parametrize(("lang", "text", "gold"), CASES)
def test_find_times_values_and_offsets(lang: str, text: str, gold: list[tuple[str, str]]) -> None:
    found = find_times(text, lang, ANCHOR)
    assert [(t.text, t.value) for t in found] == gold
    for expression, (surface, _) in zip(found, gold, strict=True):
        assert expression.start == text.index(surface)
        assert expression.end == expression.start + len(surface)
        assert text[expression.start : expression.end] == expression.text


@pytest.mark.parametrize(("lang", "text"), NEGATIVES)
def test_find_times_traps_are_not_times(lang: str, text: str) -> None:
    assert find_times(text, lang, ANCHOR) == []


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "The raid came on Sunday.", "2017-11-19"),
        ("ar", "بدأت الغارات يوم الأحد.", "2017-11-19"),
        ("fa", "حمله روز یکشنبه آغاز شد.", "2017-11-19"),
        ("en", "The vote was held on Wednesday.", "2017-11-22"),
    ],
)
def test_find_times_weekday_points_back_from_the_anchor(lang: str, text: str, value: str) -> None:
    wednesday = date(2017, 11, 22)  # Sunday is the 19th, not the 26th
    assert [t.value for t in find_times(text, lang, wednesday)] == [value]


# Classes fixed against TempEval-3's development part and our own ar/fa gold, each in a new
# sentence of ours (anchor: Sunday 19 November 2017 = 28 Aban 1396).
FIXED: list[tuple[str, str, list[tuple[str, str]]]] = [
    # A past verb right before the weekday wins over a later "would".
    ("en", "Officials said Friday that they would appeal.", [("Friday", "2017-11-17")]),
    # A bare month is the latest one up to the anchor, the coming one in the future tense.
    ("en", "The deal closed in January.", [("January", "2017-01")]),
    ("en", "The plant will reopen in March.", [("March", "2018-03")]),
    ("en", "Exports fell in July last year.", [("July last year", "2016-07")]),
    ("en", "Sales in the current fiscal year rose.", [("the current fiscal year", "2017")]),
    # A weekday next to the date it names is one expression.
    ("en", "Monday, Nov. 20, is a holiday.", [("Monday, Nov. 20", "2017-11-20")]),
    ("ar", "دعا الحزب إلى التظاهر يوم الثلاثاء 14 تشرين الثاني.",
     [("يوم الثلاثاء 14 تشرين الثاني", "2017-11-14")]),
    # TimeML weekends; an earnings story's "a year earlier" is the year-ago quarter.
    ("en", "The rally was held over the weekend.", [("the weekend", "2017-W46-WE")]),
    ("en", "Third-quarter profit rose to $5 million from $3 million a year earlier.",
     [("Third-quarter", "2017-Q3"), ("a year earlier", "2016-Q3")]),
    # Parts of the day before "today" and weekdays.
    ("ar", "قتل 4 أشخاص صباح اليوم.", [("صباح اليوم", "2017-11-19TMO")]),
    ("fa", "سیل بامداد امروز روستا را ویران کرد.", [("بامداد امروز", "2017-11-19TMO")]),
    # The Arabic future prefix points a weekday forward.
    ("ar", "سيصوت المجلس على القانون يوم الثلاثاء.", [("يوم الثلاثاء", "2017-11-21")]),
    # Quarters, stretches up to now, "for a month", first days, a day of a placed month.
    ("ar", "ارتفعت الصادرات في الربع الثالث من 2016.", [("الربع الثالث من 2016", "2016-Q3")]),
    ("ar", "تراجعت الليرة خلال الأسابيع الثلاثة الماضية.",
     [("الأسابيع الثلاثة الماضية", "P3W")]),
    ("fa", "قیمت‌ها در ۱۲ ماه گذشته دو برابر شد.", [("۱۲ ماه گذشته", "P12M")]),
    ("ar", "أعلنت الحكومة حالة الطوارئ لمدة شهر.", [("لمدة شهر", "P1M")]),
    ("ar", "افتتح الجسر في الأول من آذار.", [("الأول من آذار", "2017-03-01")]),
    ("fa", "مدارس از اول مهر باز شدند.", [("اول مهر", "2017-09-23")]),
    ("ar", "أطلق سراحه في 3 أيار الماضي.", [("3 أيار الماضي", "2017-05-03")]),
    # Persian relative months and years, seasons with a year and Nowruz are Jalali.
    ("fa", "ماه گذشته تورم کاهش یافت.", [("ماه گذشته", "2017-09-23/2017-10-22")]),
    ("fa", "دولت در مرداد امسال تشکیل شد.", [("مرداد امسال", "2017-07-23/2017-08-22")]),
    ("fa", "جلسه بعدی در خرداد برگزار می‌شود.", [("خرداد", "2018-05-22/2018-06-21")]),
    ("fa", "این نمایشگاه در بهار ۱۳۹۷ برگزار شد.", [("بهار ۱۳۹۷", "2018-03-21/2018-06-21")]),
    ("fa", "تعطیلات نوروز ۱۳۹۷ طولانی خواهد بود.", [("نوروز ۱۳۹۷", "2018-03-21")]),
    # A year-like number that counts people is not a year.
    ("ar", "وصل 2000 جندي إلى الحدود.", []),
    ("fa", "۱۳۵۰ نفر در این راهپیمایی شرکت کردند.", []),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "gold"), FIXED)
def test_find_times_fixed_classes(lang: str, text: str, gold: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in find_times(text, lang, ANCHOR)] == gold


def test_find_times_future_tense_weekday_points_forward() -> None:
    found = find_times("The council will meet on Tuesday.", "en", ANCHOR)
    assert [t.value for t in found] == ["2017-11-21"]


def test_find_times_granularity_calendar_and_relative() -> None:
    (jalali,) = find_times("در ۲۸ آبان ۱۳۹۶", "fa", ANCHOR)
    assert (jalali.granularity, jalali.calendar, jalali.relative) == (
        Granularity.DAY, Calendar.JALALI, False,
    )  # fmt: skip
    (hijri,) = find_times("في 1 ربيع الأول 1439 هـ", "ar", ANCHOR)
    assert hijri.calendar == Calendar.HIJRI
    (week,) = find_times("last week", "en", ANCHOR)
    assert (week.granularity, week.relative) == (Granularity.WEEK, True)
    (span,) = find_times("from June to the end of August 2014", "en", ANCHOR)
    assert span.granularity == Granularity.INTERVAL


def test_find_times_without_anchor_keeps_relative_unresolved() -> None:
    found = find_times("Yesterday, not on 19 November 2017.", "en", None)
    assert [(t.text, t.value) for t in found] == [
        ("Yesterday", None), ("19 November 2017", "2017-11-19"),
    ]  # fmt: skip


def test_find_times_rejects_an_unknown_language() -> None:
    with pytest.raises(ValueError, match="en, ar, fa"):
        find_times("today", "de", ANCHOR)


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # A part of the day before a stated date is that part of the date, anchor or not; a
        # second month name in brackets (Levantine and Egyptian names side by side) is no break
        (
            "ar",
            "قُتل قائد الفيلق فجر الجمعة 3 يناير (كانون الثاني) 2020، في غارة جوية",
            "2020-01-03TMO",
        ),
        (
            "ar",
            "قُتل قائد الفيلق فجر الجمعة 3 كانون الثاني (يناير) 2020 في غارة جوية",
            "2020-01-03TMO",
        ),
        ("ar", "وصل الوفد مساء الخميس 17 تشرين الأول 2019 إلى أنقرة", "2019-10-17TEV"),
        ("fa", "فرمانده بامداد جمعه ۱۳ دی ۱۳۹۸ در حمله پهپادی کشته شد", "2020-01-03TMO"),
        ("en", "He was killed on Friday morning, Jan. 3, 2020, near the airport.", "2020-01-03TMO"),
    ],
)
@pytest.mark.parametrize("anchor", [None, date(2020, 1, 4)])
def test_find_times_part_of_day_beside_a_full_date(
    lang: str, text: str, value: str, anchor: date | None
) -> None:
    assert [t.value for t in find_times(text, lang, anchor)] == [value]
