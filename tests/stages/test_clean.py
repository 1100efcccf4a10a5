from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from lxml import etree
from trafilatura.utils import load_html, repair_faulty_html

from rashomon.model import ContentKind, DocStatus, Document, InputFormat, Origin
from rashomon.stages.clean import CleanExtract, SiteLines
from rashomon.stages.clean import html as html_extract

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"
BODY_EN = (
    "The army said on Sunday that its forces had entered the town after a week of heavy "
    "fighting, and that engineers were clearing the roads of mines left behind."
)
BODY_AR = "وقال الجيش يوم الأحد إن قواته دخلت المدينة بعد أسبوع من المعارك العنيفة مع التنظيم."
BODY_FA = "ارتش سوریه اعلام کرد که نیروهایش پس از یک هفته درگیری سنگین وارد شهر شده‌اند."


def text_doc(source_text: str, **kwargs: object) -> Document:
    return Document(
        id="x",
        origin=Origin(path="t.txt"),
        format=InputFormat.TEXT,
        content=ContentKind.TEXT,
        source_text=source_text,
        **kwargs,  # type: ignore[arg-type]
    )


def html_doc(markup: str, url: str | None = None) -> Document:
    return Document(
        id="h",
        origin=Origin(path="p.html"),
        format=InputFormat.HTML,
        content=ContentKind.HTML,
        raw=markup.encode(),
        markup=markup,
        url=url,
    )


def run(doc: Document, stage: CleanExtract | None = None) -> Document:
    return (stage or CleanExtract())([doc])[0]


def removed_lines(doc: Document) -> dict[str, str]:
    return {doc.source_text[r.start : r.end]: r.reason for r in doc.removed}


# Every junk line of each seed with its reason; every other non-empty line is body.
GOLD = {
    "000_39e6519a3ab44302.txt": {
        "No Script": "ui-widget",
        "Please Wait...": "ui-widget",
        "First Martyrdom Anniversary of Hajj Qassem Soleimani, Hajj Abu Mahdi al-Muhandis, "
        "and their Companions": "section-kicker",
        "Al-Bukamal Celebrates Martyr Soleimani: The Day He Raced the Americans to Liberate "
        "the City": "title",  # its repetition on line 10 is a duplicate-line
        "folder_openVoices access_time 24 days ago": "ui-widget",
        "starAdd to favorites": "ui-widget",
        "By Mohammad Eid": "byline",
    },
    "002_be64e3cf2ae7094a.txt": {},
    "003_d5e5b88a55785a5f.txt": {
        'بازدید سردار سلیمانی از رزمندگان نُجَباء در "البوکمال" سوریه +تصاویر': "title",
        "آخرین اخبار": "related-list",
    },
}


@pytest.mark.parametrize("name", sorted(GOLD))
def test_clean_seed_gold(name: str) -> None:
    path = SEEDS / name
    if not path.exists():
        pytest.skip(f"seed {path} is absent (it lives in ../shared/seeds next to the repo)")
    source = path.read_text(encoding="utf-8")
    doc = run(text_doc(source))
    assert doc.status is DocStatus.OK
    reasons = [(doc.source_text[r.start : r.end], r.reason) for r in doc.removed]
    gold = GOLD[name]
    expected = list(gold.items())
    if name.startswith("000"):
        title = next(t for t, r in gold.items() if r == "title")
        expected.insert(4, (title, "duplicate-line"))
    assert sorted(reasons) == sorted(expected)
    body = [
        line.strip() for line in source.splitlines() if line.strip() and line.strip() not in gold
    ]
    assert doc.text.split("\n\n") == body
    assert all(r.stage == "clean.extract.v1" for r in doc.removed)


def test_clean_seed_metadata() -> None:
    path = SEEDS / "000_39e6519a3ab44302.txt"
    if not path.exists():
        pytest.skip(f"seed {path} is absent")
    doc = run(text_doc(path.read_text(encoding="utf-8")))
    assert doc.author == "Mohammad Eid"
    assert doc.title and doc.title.startswith("Al-Bukamal Celebrates")
    assert "24 days ago" in doc.hints["dateline"]
    assert "Everything here evokes the memory of martyr Soleimani" in doc.text.split("\n\n")
    assert "Between two eras" in doc.text.split("\n\n")


@pytest.mark.parametrize(
    ("junk", "reason", "body"),
    [
        ("No Script", "ui-widget", BODY_EN),
        ("Error: Content is protected !!", "copy-protection", BODY_EN),
        ("1,234 views", "counter", BODY_EN),
        ("تعداد بازدید: ۱۲۳", "counter", BODY_FA),
        ("عدد المشاهدات: ٤٥", "counter", BODY_AR),
        ("English | العربية | فارسی", "language-switcher", BODY_EN),
        ("Facebook Twitter WhatsApp Telegram", "share-widget", BODY_EN),
        ("Your email address will not be published. Required fields are marked *",
         "comment-form", BODY_EN),
        ("لن يتم نشر عنوان بريدك الإلكتروني", "comment-form", BODY_AR),
        ("عاجل", "ticker", BODY_AR),
        ("کپی ممنوع است", "copy-protection", BODY_FA),
        ("طباعة", "ui-widget", BODY_AR),
        ("نسخه چاپی", "ui-widget", BODY_FA),
        ("Jan 06 2021", "dateline", BODY_EN),
        ("۲۸ آبان ۱۳۹۶ - ۱۲:۳۰", "dateline", BODY_FA),
        # widgets in three scripts, written for these tests
        ("Share via Facebook | X | Telegram | Email", "share-widget", BODY_EN),
        ("مشاركة: واتساب | تلغرام | البريد الإلكتروني", "share-widget", BODY_AR),
        ("هم‌رسانی در: ایتا | بله | واتس‌اپ", "share-widget", BODY_FA),
        ("Follow our desk on WhatsApp for live updates", "share-widget", BODY_EN),
        ("Sign up for the Morning Brief newsletter", "share-widget", BODY_EN),
        ("تابعونا على تيليجرام", "share-widget", BODY_AR),
        ("ما را در اینستاگرام و تلگرام دنبال کنید", "share-widget", BODY_FA),
        ("World  Politics  Economy  Science  Culture", "navigation", BODY_EN),
        ("News • Sport • Weather • Travel", "navigation", BODY_EN),
        ("أخبار | رياضة | فنون | منوعات", "navigation", BODY_AR),
        ("اخبار  ورزشی  فرهنگی  اقتصادی", "navigation", BODY_FA),
        ("Log in | Register", "ui-widget", BODY_EN),
        ("12.5k views", "counter", BODY_EN),
        ("4 min read", "counter", BODY_EN),
        ("٣٬٤٥٦ قراءة", "counter", BODY_AR),
        ("۱۲٬۳۴۵ بازدید", "counter", BODY_FA),
        ("Last updated: 08:15 GMT", "dateline", BODY_EN),
        ("تاريخ النشر: ١٥:٣٠", "dateline", BODY_AR),
        ("زمان انتشار: ۰۹:۴۵", "dateline", BODY_FA),
        ("Writing by Omar Haddad; Editing by Lena Park", "credit", BODY_EN),
        ("This story was produced in partnership with the Harbour Review.",
         "partnership-note", BODY_EN),
        ("نُشر هذا التقرير بالتعاون مع مجلة الوادي.", "partnership-note", BODY_AR),
        ("این گزارش با همکاری ماهنامه کاروان منتشر شده است.", "partnership-note", BODY_FA),
        ("Watch live", "live-label", BODY_EN),
        ("بث مباشر", "live-label", BODY_AR),
        ("پخش مستقیم", "live-label", BODY_FA),
        ("المحتوى محمي من النسخ", "copy-protection", BODY_AR),
        ("محتوای این صفحه محافظت شده است", "copy-protection", BODY_FA),
        ("Copyright 2024 Harbour Review", "footer", BODY_EN),
        ("تمامی حقوق این سایت محفوظ است", "footer", BODY_FA),
    ],
)  # fmt: skip
def test_clean_line_reason(junk: str, reason: str, body: str) -> None:
    doc = run(text_doc(f"{body}\n\n{junk}\n\n{body[:60]} again, and more words follow here."))
    assert removed_lines(doc) == {junk: reason}
    assert junk not in doc.text


@pytest.mark.parametrize(
    ("byline", "author", "body"),
    [("By Mohammad Eid", "Mohammad Eid", BODY_EN), ("بقلم: علي حسن", "علي حسن", BODY_AR),
     ("نویسنده: مریم احمدی", "مریم احمدی", BODY_FA)],
)  # fmt: skip
def test_clean_byline_becomes_author(byline: str, author: str, body: str) -> None:
    doc = run(text_doc(f"{byline}\n{body}"))
    assert doc.author == author
    assert removed_lines(doc) == {byline: "byline"}


@pytest.mark.parametrize(
    ("heading", "headlines", "body"),
    [
        ("Similar post", ["Army enters Albu Kamal", "Talks resume in Geneva"], BODY_EN),
        ("أخبار ذات صلة", ["الجيش يدخل البوكمال", "استئناف المحادثات في جنيف"], BODY_AR),
        ("آخرین اخبار", ["ارتش وارد البوکمال شد", "ازسرگیری مذاکرات در ژنو"], BODY_FA),
    ],
)
def test_clean_related_list_removed(heading: str, headlines: list[str], body: str) -> None:
    doc = run(text_doc("\n\n".join([body, body[::-1], heading, *headlines])))
    assert removed_lines(doc) == {line: "related-list" for line in [heading, *headlines]}
    assert doc.text.split("\n\n") == [body, body[::-1]]


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("Residents said they shared videos of the shelling on WhatsApp and Telegram before "
         "the network went down.", BODY_EN),
        ("Follow-up talks on the ceasefire are expected next week, officials said.", BODY_EN),
        ("The ministry, in partnership with the Red Crescent, opened two clinics in the town.",
         BODY_EN),
        ("The government offered a 20% discount on fuel for farmers, the minister said.",
         BODY_EN),
        ("Live ammunition was fired at the crowd, witnesses said.", BODY_EN),
        ("Breaking the siege took eighty days", BODY_EN),
        ("وقال الأهالي إنهم تواصلوا عبر واتساب مع أقاربهم في المدينة المحاصرة طوال الأسبوع.",
         BODY_AR),
        ("وانخفضت أسعار الحبوب في الأسواق بعد موسم الحصاد، بحسب ما قال التجار.", BODY_AR),
        ("کاربران در تلگرام و اینستاگرام تصاویر انفجار را منتشر کردند و خواستار تحقیق شدند.",
         BODY_FA),
        ("A city in ruins", BODY_EN),  # a subheading inside the body
    ],
)  # fmt: skip
def test_clean_body_sentence_kept(sentence: str, body: str) -> None:
    doc = run(text_doc(f"{body}\n\n{sentence}\n\n{body[::-1]}"))
    assert doc.removed == []
    assert doc.text.split("\n\n") == [body, sentence, body[::-1]]


@pytest.mark.parametrize(
    ("spam", "body"),
    [
        ("Lose 10 kg in two weeks with our natural slimming capsules – order now and get free "
         "delivery!", BODY_EN),
        ("كريم تبييض فعال بسعر خاص لفترة محدودة، اطلب الآن عبر واتساب", BODY_AR),
        ("قرص لاغری گیاهی با تخفیف ویژه؛ همین حالا سفارش دهید و ارسال رایگان بگیرید", BODY_FA),
    ],
)  # fmt: skip
def test_clean_advert_with_call_to_action_removed(spam: str, body: str) -> None:
    doc = run(text_doc(f"{body}\n\n{spam}\n\n{body[::-1]}"))
    assert removed_lines(doc) == {spam: "spam"}


def test_clean_related_list_ends_at_paragraph() -> None:
    source = "\n".join(
        [BODY_EN, "", "Read also", "Talks resume in Geneva", "Aid convoy reaches the valley", "",
         PARAGRAPHS_EN[0]]
    )  # fmt: skip
    doc = run(text_doc(source))
    assert set(removed_lines(doc).values()) == {"related-list"}
    assert doc.text.split("\n\n") == [BODY_EN, PARAGRAPHS_EN[0]]


@pytest.mark.parametrize(
    ("source", "expected_source"), [(None, "Harbour Review"), ("harbour", "harbour")]
)
def test_clean_header_masthead_title_credit(source: str | None, expected_source: str) -> None:
    header = [
        "Harbour Review — News from the Coast",
        "World  Politics  Economy  Culture",
        "Storm Floods the Old Port as River Breaks Its Banks",
        "Coastline Wire",
        "Last updated: 14 March 2021 08:15",
    ]
    tail = "Writing by Omar Haddad; Editing by Lena Park"
    doc = run(text_doc("\n".join([*header, *PARAGRAPHS_EN[:2], tail]), source=source))
    assert removed_lines(doc) == {
        header[0]: "masthead", header[1]: "navigation", header[2]: "title",
        header[3]: "source-credit", header[4]: "dateline", tail: "credit",
    }  # fmt: skip
    assert doc.title == header[2]
    assert doc.source == expected_source
    assert doc.author == "Omar Haddad"
    assert doc.hints["dateline"] == header[4]
    assert doc.text.split("\n\n") == PARAGRAPHS_EN[:2]


def test_clean_spam_paragraph_removed() -> None:
    spam = "Best online casino bonuses and free spins, play slots now at our partner site!"
    doc = run(text_doc(f"{BODY_EN}\n\n{spam}\n\nThe engineers said the roads would reopen soon."))
    assert removed_lines(doc) == {spam: "spam"}


def test_clean_title_hint_removes_title_line() -> None:
    doc = run(
        text_doc(f"Army enters the town\n\n{BODY_EN}", hints={"title": "Army enters the town"})
    )
    assert doc.title == "Army enters the town"
    assert removed_lines(doc) == {"Army enters the town": "title"}
    assert doc.text == BODY_EN


def test_clean_only_boilerplate_skipped() -> None:
    doc = run(text_doc("No Script\nPlease Wait...\nstarAdd to favorites\n"))
    assert doc.status is DocStatus.SKIPPED
    assert doc.errors[0].kind == "only-boilerplate"


def test_clean_site_lines_learned_and_removed() -> None:
    footer = "Example News Agency, the voice of the valley since 1990"
    site = SiteLines()
    for i in range(3):
        site.add("example", f"Story number {i} is here with its own words.\n{footer}\n")
    site.add("example", f"Story number 0 is here with its own words.\n{footer}\n")  # re-scrape
    learned = site.learned(min_docs=3)
    assert learned == {
        "example": frozenset({"example news agency, the voice of the valley since 1990"})
    }
    assert site.learned(min_docs=4) == {}
    stage = CleanExtract(site_lines=learned)
    doc = run(text_doc(f"{BODY_EN}\n{footer}", source="example"), stage)
    assert removed_lines(doc) == {footer: "repeated-site-line"}
    other = run(text_doc(f"{BODY_EN}\n{footer}", source="other"), stage)
    assert other.removed == []


def test_clean_stage_is_picklable() -> None:
    stage = CleanExtract(site_lines={"example": frozenset({"x"})})
    assert pickle.loads(pickle.dumps(stage)).site_lines == stage.site_lines
    assert pickle.loads(pickle.dumps(CleanExtract())).site_lines == {}


def test_clean_hard_wrapped_lines_joined() -> None:
    doc = run(text_doc(f"{BODY_EN[:70]}\n{BODY_EN[70:]}\n\nSecond paragraph ends here."))
    assert doc.text == f"{BODY_EN[:70]} {BODY_EN[70:]}\n\nSecond paragraph ends here."


PARAGRAPHS_EN = [
    "Syrian government forces and their allies entered the town of Albu Kamal on Sunday, "
    "the last major stronghold of the militants in the country, a military source said.",
    "The source said engineering units were clearing mines and explosive devices left in the "
    "streets, while residents who had fled the fighting began to return to their homes.",
    "A monitoring group said clashes continued on the outskirts of the town, where militants "
    "had retreated toward the river, and that air strikes hit positions to the east.",
    "Analysts said the capture of the town would allow the forces to link up with units on "
    "the Iraqi side of the border and to open the main highway between the two countries.",
]
PARAGRAPHS_AR = [
    "دخلت القوات السورية وحلفاؤها مدينة البوكمال يوم الأحد، وهي آخر معقل رئيسي للتنظيم في "
    "البلاد، بحسب ما أفاد مصدر عسكري لوكالة الأنباء.",
    "وقال المصدر إن وحدات الهندسة تعمل على تفكيك الألغام والعبوات الناسفة التي خلفها التنظيم "
    "في الشوارع، فيما بدأ الأهالي الذين نزحوا بالعودة إلى منازلهم.",
    "وذكر مرصد أن الاشتباكات استمرت على أطراف المدينة حيث انسحب المسلحون باتجاه النهر، وأن "
    "غارات جوية استهدفت مواقعهم في الجهة الشرقية من المدينة.",
    "ويرى محللون أن السيطرة على المدينة تسمح للقوات بالالتقاء مع الوحدات على الجانب العراقي "
    "من الحدود وفتح الطريق الرئيسي بين البلدين.",
]


def page(title: str, paragraphs: list[str], lang: str = "en", direction: str = "ltr") -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="{lang}" dir="{direction}"><head><title>{title} | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="og:title" content="{title}">
<script>var tracking = "never shown";</script><style>p {{ color: red }}</style></head>
<body>
<nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/world">World news</a></li>
<li><a href="/sport">Sport pages</a></li></ul></nav>
<div class="ad-banner">Buy the best phones today with a big discount offer</div>
<article><h1>{title}</h1>
<p class="byline">By Jane Smith</p>
{body}
</article>
<div id="comments" class="comments-area"><h3>3 Comments</h3>
<div class="comment"><p>Reader one thinks this is a completely wrong report about it.</p></div>
</div>
<footer class="site-footer"><p>Copyright 2021 Example News. All rights reserved.</p>
<p>Contact us at the newsroom for corrections and tips.</p></footer>
</body></html>"""


@pytest.mark.parametrize(
    ("paragraphs", "lang", "direction"),
    [(PARAGRAPHS_EN, "en", "ltr"), (PARAGRAPHS_AR, "ar", "rtl")],
)
def test_clean_html_main_content(paragraphs: list[str], lang: str, direction: str) -> None:
    title = "Forces enter Albu Kamal" if lang == "en" else "القوات تدخل البوكمال"
    doc = run(html_doc(page(title, paragraphs, lang, direction)))
    assert doc.status is DocStatus.OK, doc.errors
    for paragraph in paragraphs:
        assert paragraph in doc.text
    for junk in ("Home", "Sport pages", "completely wrong report", "All rights reserved",
                 "never shown", "color: red"):  # fmt: skip
        assert junk not in doc.text
    assert "never shown" not in doc.source_text and "color: red" not in doc.source_text
    assert doc.title == title
    assert doc.source == "Example News"
    removed = removed_lines(doc)
    assert removed["Home"] == "navigation"
    assert removed["Copyright 2021 Example News. All rights reserved."] == "footer"
    assert removed["Reader one thinks this is a completely wrong report about it."] == "comments"
    assert removed["Buy the best phones today with a big discount offer"] == "outside-main-content"
    for paragraph in paragraphs:
        assert paragraph in doc.source_text.splitlines()
        assert paragraph not in removed


def test_clean_html_source_from_domain() -> None:
    markup = page("Forces enter Albu Kamal", PARAGRAPHS_EN).replace(
        '<meta property="og:site_name" content="Example News">', ""
    )
    doc = run(html_doc(markup, url="https://www.example.org/2017/11/19/story.html"))
    assert doc.source in ("Example News", "example.org")


@pytest.mark.parametrize("markup", ["", "   ", "<html><body></body></html>"])
def test_clean_html_without_body_skipped(markup: str) -> None:
    doc = run(html_doc(markup))
    assert doc.status is DocStatus.SKIPPED
    assert doc.errors[0].kind in ("no-body", "only-boilerplate")


TRAFILATURA_INPUTS = [
    "<html><body><p>One</p></body></html>",
    "<!DOCTYPE html/>\n<html><body><form><input name=q><select><option>a</select>"
    "<textarea>t</textarea><label>l</label></form></body></html>",
    '<?xml version="1.0" encoding="utf-8"?><html><body><p>declared</p></body></html>',
    "<html lang=en />\n<body><p>self-closed html</p></body>",
    "<html><body><p>controls \x01\x0b\x1f and \ufffe\uffff removed</p></body></html>",
    "<p>a fragment</p>",
    "plain text, no markup",
    "<HTML><BODY><DIV CLASS=X>upper case</DIV></BODY></HTML>",
]


@pytest.mark.parametrize("markup", TRAFILATURA_INPUTS)
def test_clean_html_parse_reads_pages_as_trafilatura_does(markup: str) -> None:
    ours, theirs = html_extract.parse(markup), load_html(markup)
    assert html_extract.repair(markup, markup[:50].lower()) == repair_faulty_html(
        markup, markup[:50].lower()
    )
    if theirs is None:
        assert ours is None
        return
    assert ours is not None
    assert etree.tostring(ours) == etree.tostring(theirs)
    assert [type(el) for el in ours.iter()] == [type(el) for el in theirs.iter()]
