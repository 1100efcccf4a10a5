# ruff: noqa: E501 - paragraphs of text and HTML templates read better unbroken
"""Write the Arabic and Persian extraction test pages and their gold (deterministic).

    .venv/bin/python data/extraction/make_pages.py

Writes ``pages/{ar,fa}/NN.html`` and ``pages/{ar,fa}/gold.jsonl`` (one line per page: file,
url, title, body paragraphs, publication date, crawl time, template, how the date is shown,
split). Stories and page furniture come from :mod:`content` (our own text). Six templates
of different build (HTML5 article, div soup with ``<br>`` paragraphs, blog with comments,
table layout, portal with tabs and ticker, minimal AMP-like), and seven ways of stating the
date (JSON-LD, meta tag, URL, a visible Hijri/Jalali byline, a visible Gregorian byline in
the local month names, a relative "3 hours ago" against the crawl time, a labelled date with
an "updated" date beside it), crossed so that each template meets several date styles.
Pages carry the traps real pages have: today's date in the masthead, dated related-story
lists, readers' comments with later dates, a copyright year. Half the pages are for
development, half held out (``split`` in the gold; every template occurs in both halves).
"""

from __future__ import annotations

import json
import random
import sys
from datetime import date, datetime, timedelta
from html import escape
from pathlib import Path

import jdatetime
from hijridate import Gregorian

sys.path.insert(0, str(Path(__file__).parent))
from content import AR, AR_STORIES, FA, FA_STORIES  # noqa: E402

OUT = Path(__file__).parent / "pages"
PAGES = 30
AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
AR_MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
             "أكتوبر", "نوفمبر", "ديسمبر"]  # fmt: skip
LEVANT_MONTHS = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب",
                 "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"]  # fmt: skip
HIJRI_MONTHS = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
                "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"]  # fmt: skip
JALALI_MONTHS = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان",
                 "آذر", "دی", "بهمن", "اسفند"]  # fmt: skip
AR_WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
FA_WEEKDAYS = ["دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"]
DATE_STYLES = ("jsonld", "meta", "url", "local_calendar", "local_gregorian", "relative", "labelled")
DOMAINS = {"ar": ["alkhabar-today.example", "alwadi-news.example", "rafidain.example",
                  "sahel-news.example", "alfajr.example", "nakheel-agency.example"],
           "fa": ["sobh-news.example", "aftab-shargh.example", "alborz-news.example",
                  "khabar-emrooz.example", "zayandeh.example", "kavir-news.example"]}  # fmt: skip


def local_calendar(lang: str, day: date, digits: bool) -> str:
    if lang == "fa":
        j = jdatetime.date.fromgregorian(date=day)
        text = f"{FA_WEEKDAYS[day.weekday()]} {j.day} {JALALI_MONTHS[j.month - 1]} {j.year}"
        if digits:  # the numeric form news sites print: ۱۴۰۲/۰۸/۲۸
            text = f"{j.year}/{j.month:02d}/{j.day:02d}"
        return text.translate(FA_DIGITS)
    h = Gregorian(day.year, day.month, day.day).to_hijri()
    text = (
        f"{AR_WEEKDAYS[day.weekday()]} {h.day} {HIJRI_MONTHS[h.month - 1]} {h.year} هـ"
        f" الموافق {day.day} {AR_MONTHS[day.month - 1]} {day.year} م"
    )
    return text.translate(AR_DIGITS) if digits else text


def local_gregorian(lang: str, day: date, rng: random.Random) -> str:
    if lang == "fa":  # Gregorian dates on Persian pages are rare: Jalali with Latin digits
        j = jdatetime.date.fromgregorian(date=day)
        return f"{j.day} {JALALI_MONTHS[j.month - 1]} {j.year}"
    months = LEVANT_MONTHS if rng.random() < 0.5 else AR_MONTHS
    return f"{day.day} {months[day.month - 1]} {day.year}"


def relative(lang: str, hours: int) -> str:
    if lang == "fa":
        return f"{hours} ساعت پیش".translate(FA_DIGITS)
    return f"منذ {hours} ساعات"


def banner(lang: str, crawl: datetime) -> str:
    """The masthead's today's date: the crawl day, never the article's."""
    words = AR if lang == "ar" else FA
    return f"{words['today']} {local_calendar(lang, crawl.date(), digits=False)}"


def build(lang: str, i: int, rng: random.Random) -> tuple[str, dict[str, object]]:
    words = AR if lang == "ar" else FA
    stories = AR_STORIES if lang == "ar" else FA_STORIES
    title, reporter, paragraphs = stories[i % len(stories)]
    template = i % 6
    style = DATE_STYLES[(i + i // 6) % len(DATE_STYLES)]
    site = words["site"][(i + 2) % len(words["site"])]
    domain = DOMAINS[lang][(i + 2) % len(DOMAINS[lang])]
    published = datetime(2021, 3, 1, 8) + timedelta(days=37 * i + rng.randint(0, 20),
                                                    hours=rng.randint(0, 12))  # fmt: skip
    if style == "relative":
        hours = rng.randint(2, 9)
        crawl = published + timedelta(hours=hours, minutes=rng.randint(0, 50))
    else:
        hours = 0
        crawl = published + timedelta(days=rng.randint(1, 40), hours=rng.randint(0, 10))
    day = published.date()
    slug = f"news/{100000 + 7919 * i}"
    url = f"https://www.{domain}/{day:%Y/%m/%d}/{slug}" if style == "url" else (
        f"https://www.{domain}/{slug}")  # fmt: skip

    head = [f"<title>{escape(title)} - {escape(site)}</title>",
            f'<meta property="og:site_name" content="{escape(site)}">',
            f'<meta property="og:title" content="{escape(title)}">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">']  # fmt: skip
    if style == "jsonld":
        data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                "datePublished": published.isoformat() + "+03:00",
                "dateModified": (published + timedelta(days=2)).isoformat() + "+03:00",
                "author": {"@type": "Person", "name": reporter},
                "publisher": {"@type": "Organization", "name": site}}  # fmt: skip
        head.append('<script type="application/ld+json">'
                    f"{json.dumps(data, ensure_ascii=False)}</script>")  # fmt: skip
    if style == "meta":
        head.append(
            f'<meta property="article:published_time" content="{published:%Y-%m-%dT%H:%M}">'
        )
        head.append('<meta property="article:modified_time" '
                    f'content="{published + timedelta(days=3):%Y-%m-%dT%H:%M}">')  # fmt: skip

    # what the byline says about the date
    if style == "relative":
        shown = relative(lang, hours)
    elif style == "local_gregorian":
        shown = local_gregorian(lang, day, rng)
    elif style == "labelled":
        updated = day + timedelta(days=rng.randint(1, 5))
        shown = (f"{words['published'][i % 3]} {local_calendar(lang, day, digits=True)}"
                 f" | {words['updated']} {local_calendar(lang, updated, digits=True)}")  # fmt: skip
    else:  # jsonld, meta, url and local_calendar all show the local calendar too
        shown = local_calendar(lang, day, digits=i % 2 == 0)
    by = words["by"][i % len(words["by"])]
    byline = f"{by} {reporter}" if i % 3 else f"{by} {reporter} ({site})"

    related_days = [day - timedelta(days=rng.randint(3, 60)) for _ in range(4)]
    related = rng.sample(words["related"], 4)
    nav = "".join(f'<li><a href="/section/{k}">{escape(n)}</a></li>'
                  for k, n in enumerate(words["nav"]))  # fmt: skip
    ticker = " | ".join(rng.sample(words["ticker"], 3))
    share = "".join(f'<a class="share-{k}" href="#">{escape(s)}</a>'
                    for k, s in enumerate(words["share"]))  # fmt: skip
    related_html = "".join(
        f'<li><a href="/news/{rng.randint(1000, 9999)}">{escape(r)}</a>'
        f'<span class="date">{local_calendar(lang, d, digits=True)}</span></li>'
        for r, d in zip(related, related_days, strict=True)
    )
    comments = "".join(
        f'<div class="comment"><span class="comment-author">{escape(n)}</span>'
        f'<span class="comment-date">{local_calendar(lang, crawl.date(), digits=True)}</span>'
        f"<p>{escape(c)}</p></div>"
        for n, c in zip(("Ali_88", "سامي", "نور"), rng.sample(words["comments"], 3), strict=True)
    )
    form = (f'<form class="comment-form"><label>{words["form"][0]}</label><input name="n">'
            f'<label>{words["form"][1]}</label><input name="e">'
            f'<textarea placeholder="{words["form"][2]}"></textarea>'
            f'<button>{words["form"][3]}</button></form>')  # fmt: skip
    footer_links = " | ".join(words["footer"][:-1])
    copyright_ = f"© {crawl.year} {site} - {words['footer'][-1]}"
    tags = " ".join(f'<a href="/tag/{k}">{escape(w)}</a>'
                    for k, w in enumerate(title.split()[:3]))  # fmt: skip
    body_p = "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    mast = banner(lang, crawl)
    rel_title = words["related_title"][i % len(words["related_title"])]
    com_title = words["comments_title"][i % len(words["comments_title"])]

    if template == 0:  # HTML5 article
        body = f"""<header class="site-header"><div class="top-bar">{mast}</div>
<a class="logo" href="/">{escape(site)}</a><nav class="main-nav"><ul>{nav}</ul></nav></header>
<div class="breaking-ticker"><span>{ticker}</span></div>
<main><article class="article">
<h1 class="headline">{escape(title)}</h1>
<div class="article-meta"><span class="author">{escape(byline)}</span>
<time class="published">{shown}</time></div>
<figure><img src="/img/{i}.jpg" alt=""><figcaption>{words["caption"]}</figcaption></figure>
<div class="article-body">{body_p}</div>
<div class="tags">{words["tags"]} {tags}</div>
<div class="share-bar">{share}</div>
</article>
<aside class="related"><h3>{rel_title}</h3><ul>{related_html}</ul></aside>
<section id="comments"><h3>{com_title}</h3>{comments}{form}</section></main>
<footer class="site-footer"><p>{footer_links}</p><p>{copyright_}</p></footer>"""
    elif template == 1:  # div soup, <br> paragraphs
        brs = "<br><br>\n".join(escape(p) for p in paragraphs)
        body = f"""<div id="wrapper"><div class="hdr"><div class="date-today">{mast}</div>
<div class="logo">{escape(site)}</div></div>
<div class="menu-top"><ul>{nav}</ul></div>
<div class="row"><div class="col-md-8">
<div class="news-title"><h2>{escape(title)}</h2></div>
<div class="news-info">{escape(byline)} - {shown}</div>
<div class="social-share">{share}</div>
<div class="news-text">{brs}</div>
<div class="newsletter-box">{words["newsletter"]}</div>
<div class="more-news"><b>{rel_title}</b><ul>{related_html}</ul></div>
</div><div class="col-md-4 sidebar"><div class="widget"><h4>{words["related_title"][2]}</h4>
<ol>{"".join(f'<li><a href="#">{escape(r)}</a></li>' for r in rng.sample(words["related"], 5))}</ol></div></div></div>
<div class="copyright">{copyright_}</div></div>"""
    elif template == 2:  # blog with comments
        body = f"""<div class="container"><div class="blog-header"><h1 class="blog-title">{escape(site)}</h1>
<p class="blog-description">{mast}</p></div>
<div class="navbar"><ul>{nav}</ul></div>
<div class="post"><h2 class="post-title">{escape(title)}</h2>
<p class="post-meta">{shown} · {escape(byline)}</p>
<div class="entry-content">{body_p}</div>
<p class="post-tags">{words["tags"]} {tags}</p></div>
<div class="comments-area"><h3>{com_title} (3)</h3>{comments}{form}</div>
<div class="sidebar"><h4>{rel_title}</h4><ul>{related_html}</ul>
<p class="subscribe">{words["newsletter"]}</p></div>
<div class="footer">{footer_links}<br>{copyright_}</div></div>"""
    elif template == 3:  # old table layout
        rows = "\n".join(f'<tr><td class="txt">{escape(p)}</td></tr>' for p in paragraphs)
        body = f"""<table width="100%" class="layout"><tr><td colspan="2" class="top">{escape(site)} — {mast}</td></tr>
<tr><td class="menu" width="20%"><ul>{nav}</ul></td>
<td class="main" width="80%"><table class="story"><tr><td class="ttl"><b>{escape(title)}</b></td></tr>
<tr><td class="info">{escape(byline)} &nbsp; {shown}</td></tr>
{rows}
<tr><td class="print"><a href="#">{words["share"][-1]}</a> | <a href="#">{words["share"][-2]}</a></td></tr></table>
<table class="related"><tr><td><b>{rel_title}</b><ul>{related_html}</ul></td></tr></table></td></tr>
<tr><td colspan="2" class="bottom">{footer_links} — {copyright_}</td></tr></table>"""
    elif template == 4:  # portal with ticker and tabs
        body = f"""<div class="page"><div class="toolbar"><span>{mast}</span> <a href="#">{words["form"][3]}</a></div>
<div class="marquee-news"><marquee>{ticker}</marquee></div>
<nav><ul class="menu">{nav}</ul></nav>
<div class="breadcrumb"><a href="/">{words["nav"][0]}</a> » <a href="/s">{words["nav"][1 + i % 5]}</a></div>
<div class="content-area"><div class="news-content">
<span class="news-id">{"کد خبر" if lang == "fa" else "رقم الخبر"}: {100000 + 7919 * i}</span>
<h1>{escape(title)}</h1><div class="lead-meta"><span class="reporter">{escape(byline)}</span>
<span class="pub-date">{shown}</span></div>
<div class="body">{body_p}</div></div>
<div class="tabs"><div class="tab"><h4>{words["related_title"][2]}</h4><ul>{related_html}</ul></div>
<div class="tab"><h4>{words["related_title"][4]}</h4><ul>{"".join(f'<li><a href="#">{escape(r)}</a></li>' for r in rng.sample(words["related"], 4))}</ul></div></div>
<div id="comments">{form}</div></div>
<footer><div class="footer-links">{footer_links}</div><div>{copyright_}</div></footer></div>"""
    else:  # minimal, AMP-like
        body = f"""<header><a href="/">{escape(site)}</a></header>
<h1>{escape(title)}</h1>
<div class="byline">{escape(byline)}</div><div class="dateline">{shown}</div>
{body_p}
<div class="amp-share">{share}</div>
<section class="related-posts"><h2>{rel_title}</h2><ul>{related_html}</ul></section>
<footer><small>{copyright_}</small></footer>"""

    direction = 'dir="rtl"'
    markup = (f'<!DOCTYPE html>\n<html lang="{lang}" {direction}><head><meta charset="utf-8">'
              f'{"".join(head)}</head>\n<body class="rtl">\n{body}\n</body></html>\n')  # fmt: skip
    gold = {
        "file": f"{i + 1:02d}.html",
        "url": url,
        "title": title,
        "author": reporter,
        "body": paragraphs,
        "date": day.isoformat(),
        "crawled": crawl.isoformat(),
        "template": template,
        "date_style": style,
        "split": "dev" if (i + i // 6) % 2 == 0 else "held_out",
    }
    return markup, gold


def main() -> int:
    for lang in ("ar", "fa"):
        rng = random.Random(f"rashomon-{lang}")
        folder = OUT / lang
        folder.mkdir(parents=True, exist_ok=True)
        golds = []
        for i in range(PAGES):
            markup, gold = build(lang, i, rng)
            (folder / str(gold["file"])).write_text(markup, encoding="utf-8")
            golds.append(json.dumps(gold, ensure_ascii=False))
        (folder / "gold.jsonl").write_text("\n".join(golds) + "\n", encoding="utf-8")
        print(f"{lang}: {PAGES} pages in {folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
