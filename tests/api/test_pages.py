"""The server-rendered pages: escaping of hostile article text, text direction, the
document view (segments, removed boilerplate, raw text, metadata), lists and search."""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser
from urllib.parse import parse_qs

import pytest
from fastapi.testclient import TestClient

from rashomon.model import Document

Docs = dict[str, Document]


class _Elements(HTMLParser):
    """Collects (tag, attributes, text) of every element, to check attributes structurally."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.texts: dict[int, str] = {}
        self._open: list[int] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))
        self._open.append(len(self.elements) - 1)
        self.texts[len(self.elements) - 1] = ""

    def handle_endtag(self, tag: str) -> None:
        for i in reversed(range(len(self._open))):
            if self.elements[self._open[i]][0] == tag:
                del self._open[i:]
                break

    def handle_data(self, data: str) -> None:
        for index in self._open:
            self.texts[index] += data


def parse(html: str) -> _Elements:
    parser = _Elements()
    parser.feed(html)
    return parser


def all_pages(docs: Docs) -> list[str]:
    return [
        "/",
        "/documents",
        "/documents?lang=en",
        "/search?q=alert",
        "/search?q=Beware",
        "/search?q=7",
        "/api/docs",
        *(f"/documents/{d.id}" for d in docs.values()),
    ]


# -- escaping ----------------------------------------------------------------------------------
def test_pages_escape_hostile_text_everywhere(api_client: TestClient, web_docs: Docs) -> None:
    for path in all_pages(web_docs):
        html = api_client.get(path).text
        assert "<script" not in html, path
        assert "<img" not in html, path
        assert "<svg" not in html, path
        assert "<b>Evil" not in html, path
        assert "javascript:" not in re.sub(r"<span class=\"unsafe-url\">javascript:", "", html)
        elements = parse(html)
        for tag, attrs in elements.elements:
            assert not any(name.startswith("on") for name in attrs), (path, tag, attrs)
            assert tag not in ("script", "iframe", "object", "embed"), path


def test_pages_show_hostile_text_literally(api_client: TestClient, web_docs: Docs) -> None:
    html = api_client.get(f"/documents/{web_docs['xss'].id}").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "{{ 7*7 }}" in html and "{% raw %}" in html  # template syntax is text, not code
    assert ">49<" not in html and " 49 " not in html
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in html  # in the removed boilerplate
    listing = api_client.get("/documents").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt; {{ 7*7 }} headline" in listing


def test_pages_javascript_url_is_plain_text(api_client: TestClient, web_docs: Docs) -> None:
    elements = parse(api_client.get(f"/documents/{web_docs['xss'].id}").text)
    hrefs = [attrs.get("href") or "" for tag, attrs in elements.elements if tag == "a"]
    assert not any(h.lower().startswith("javascript") for h in hrefs)
    shown = [
        elements.texts[i]
        for i, (tag, attrs) in enumerate(elements.elements)
        if attrs.get("class") == "unsafe-url"
    ]
    assert shown == ["javascript:alert(1)"]
    ok = parse(api_client.get(f"/documents/{web_docs['en'].id}").text)
    links = [
        a for tag, a in ok.elements if tag == "a" and a.get("href") == "https://example.org/news/1"
    ]
    assert links and "noopener" in (links[0].get("rel") or "")


def test_pages_load_nothing_from_elsewhere(api_client: TestClient, web_docs: Docs) -> None:
    for path in all_pages(web_docs):
        for tag, attrs in parse(api_client.get(path).text).elements:
            for name in ("src", "href", "action"):
                value = attrs.get(name) or ""
                if tag == "a" and name == "href":
                    continue  # a link the analyst may choose to follow, not a resource
                assert not re.match(r"(?i)([a-z][a-z0-9+.-]*:|//)", value), (path, tag, value)


# -- text direction and segments ---------------------------------------------------------------
@pytest.mark.parametrize(("name", "langs"), [("ar", {"ar"}), ("fa", {"fa", "en"}), ("en", {"en"})])
def test_pages_segments_carry_language_and_direction(
    api_client: TestClient, web_docs: Docs, name: str, langs: set[str]
) -> None:
    doc = web_docs[name]
    elements = parse(api_client.get(f"/documents/{doc.id}").text)
    segments = [
        (attrs, elements.texts[i])
        for i, (tag, attrs) in enumerate(elements.elements)
        if tag == "span" and "seg" in (attrs.get("class") or "").split()
    ]
    assert [text for _, text in segments] == [doc.segment_text(s) for s in doc.segments]
    assert {attrs["lang"] for attrs, _ in segments} == langs
    for attrs, _ in segments:
        expected = "rtl" if attrs["lang"] in ("ar", "fa") else "ltr"
        assert attrs["dir"] == expected
        assert f"lang-{attrs['lang']}" in (attrs.get("class") or "")
    titles = [attrs for tag, attrs in elements.elements if tag == "h1"]
    assert titles[0].get("dir") == "auto"


def test_pages_paragraphs_are_kept_with_their_direction(
    api_client: TestClient, web_docs: Docs
) -> None:
    elements = parse(api_client.get(f"/documents/{web_docs['fa'].id}").text)
    paragraphs = [
        attrs.get("dir")
        for tag, attrs in elements.elements
        if tag == "p" and attrs.get("dir") in ("rtl", "ltr")
    ]
    assert paragraphs == ["rtl", "ltr"]  # Persian paragraph, then the English one


def test_pages_legend_lists_languages(api_client: TestClient, web_docs: Docs) -> None:
    html = api_client.get(f"/documents/{web_docs['fa'].id}").text
    assert "Persian" in html and "English" in html
    assert 'id="colour-toggle"' in html


# -- document page ------------------------------------------------------------------------------
def test_pages_document_shows_removed_boilerplate_and_raw_text(
    api_client: TestClient, web_docs: Docs
) -> None:
    doc = web_docs["ar"]
    html = api_client.get(f"/documents/{doc.id}").text
    removed = html[html.index('<details class="card removed"') : html.index("</details>")]
    assert "2 spans" in removed
    assert "انتظر من فضلك..." in removed and "أضف إلى المفضلة" in removed
    assert "ui-widget" in removed
    raw = html[html.index('<details class="card raw"') :]
    assert '<del title="removed: ui-widget">انتظر من فضلك...</del>' in raw
    assert "دخلت القوات مدينة البوكمال صباح الخميس." in raw


def test_pages_document_metadata(api_client: TestClient, web_docs: Docs) -> None:
    html = api_client.get(f"/documents/{web_docs['ar'].id}").text
    assert "صحيفة الفرات" in html
    assert 'href="http://example.net/ar/2"' in html
    assert "2017-11-10" in html and "from the byline" in html
    assert "corpus/ar.txt" in html and "utf-8" in html
    vocal = web_docs["vocal"]
    assert f'href="/documents/{vocal.id}"' in html and "أخبار مسائية" in html  # duplicate linked
    failed = api_client.get(f"/documents/{web_docs['failed'].id}").text
    assert "binary" in failed and "the file is binary, not text" in failed
    en = api_client.get(f"/documents/{web_docs['en'].id}").text
    assert "Sam Reporter" in en and "JSON-LD metadata" in en


# -- overview, list, search ---------------------------------------------------------------------
def test_pages_overview(api_client: TestClient, web_docs: Docs) -> None:
    html = api_client.get("/").text
    assert "analyze corpus/" in html
    assert "boilerplate-only × 1" in html and "binary × 1" in html  # skip/failure reasons
    assert "2016-01-01 → 2018-03-15" in html
    assert "خبرگزاری نمونه" in html and "Persian" in html
    assert f'href="/documents/{web_docs["en0"].id}"' in html  # recent documents


def test_pages_documents_filters_and_paging(api_client: TestClient, web_docs: Docs) -> None:
    html = api_client.get("/documents", params={"limit": 3}).text
    assert "1–3 of 10" in html
    assert 'href="?limit=3&amp;offset=3" rel="next"' in html
    html = api_client.get("/documents", params={"lang": "ar", "date_from": ""}).text
    assert "1–2 of 2" in html
    assert '<option value="ar" selected>' in html
    second = api_client.get("/documents", params={"offset": 5, "limit": 5, "status": "ok"}).text
    assert 'rel="prev"' in second and "status=ok" in second


def test_pages_search_highlights_across_spellings(api_client: TestClient, web_docs: Docs) -> None:
    html = api_client.get("/search", params={"q": "البوكمال"}).text
    assert "1–3 of 3" in html
    assert "<mark>البوکمال</mark>" in html  # Persian spelling highlighted for an Arabic query
    assert "<mark>البُوكَمَالِ</mark>" in html  # and the vocalised one
    elements = parse(html)
    snippets = [
        a for tag, a in elements.elements if tag == "p" and "snippet" in (a.get("class") or "")
    ]
    assert {a["dir"] for a in snippets} == {"rtl"}
    empty = api_client.get("/search", params={"q": "nothing-like-this"}).text
    assert "Nothing matches" in empty
    assert "Search" in api_client.get("/search").text


def test_pages_search_facet_links_keep_the_query_and_remove_cleanly(
    api_client: TestClient,
) -> None:
    base = {"q": "البوكمال", "mode": "text", "date_to": "2017-12-31"}
    html = api_client.get("/search", params=base).text
    hrefs = [unescape(h) for h in re.findall(r'href="(\?[^"]*)"', html)]
    fa_link = next(h for h in hrefs if "lang=fa" in h)
    assert parse_qs(fa_link[1:]) == {k: [v] for k, v in {**base, "lang": "fa"}.items()}
    assert "خبرگزاری نمونه" in html and ">2</span>" in html  # the Arabic outlet's count
    narrowed = api_client.get("/search", params={**base, "lang": "fa"}).text
    assert "1–1 of 1" in narrowed
    chips = [unescape(h) for h in re.findall(r'class="chip" href="([^"]*)"', narrowed)]
    assert {frozenset(parse_qs(c[1:])) for c in chips} == {
        frozenset({"q", "mode", "date_to"}),  # removes the language, keeps the rest
        frozenset({"q", "mode", "lang"}),  # removes the end date
    }
    year = api_client.get("/search", params={**base, "date_from": "2017-01-01"}).text
    assert "year: <bdi" in year  # a one-year range reads as that year
