"""Development figures for the publication-date stage, with weak gold (never the measure set).

Pages: ``extraction/page-signal_subset/input`` and ``extraction/cleaneval-final_subset/input``
(any other HTML under ``extraction/`` except the measure-only ``scrapinghub_aeb`` and
``trafilatura_eval``). A page's evidence lies in three independent zones: its URL (the
CleanEval ``<text id>``, ``link rel=canonical`` or ``og:url``), its head metadata (JSON-LD and
date meta tags) and its visible body. The weak gold is a date two zones agree on: URL == head,
or URL/head == a date some body strategy finds (so the gold favours no one body strategy).
Each page is then judged with one agreeing non-body zone hidden (the URL when the URL gave the
gold, the head metadata when the head did), so every strategy must find the gold from the
*other* evidence. Prints, per strategy, accuracy where it answers and coverage; for the stage,
accuracy per ``DateSource`` it chose; and the stage's time per page.

    python benchmarks/dev_dates.py [--eval-dir ../shared/eval] [--verbose]
"""

from __future__ import annotations

import argparse
import gzip
import os
import re
import sys
import time
import warnings
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from trafilatura.utils import decode_file

from rashomon.model import ContentKind, Document, InputFormat, Origin
from rashomon.stages.clean import CleanExtract
from rashomon.stages.dates import PublicationDates, page
from rashomon.stages.dates.parse import date_part, find_dates

ROOT = Path(__file__).resolve().parent.parent
MEASURE_ONLY = {"scrapinghub_aeb", "trafilatura_eval"}
_TEXT_ID = re.compile(r'^\s*<text id="([^"]+)"[^>]*>', re.IGNORECASE)
_URL_TAGS = re.compile(
    r"<(?:link[^>]*rel=[\"']?canonical|meta[^>]*property=[\"']?og:url)[^>]*>", re.IGNORECASE
)
_JSON_LD = re.compile(r"<script[^>]*application/ld\+json.*?</script>", re.IGNORECASE | re.DOTALL)
_DATE_META = re.compile(
    r"<meta[^>]*(?:name|property|itemprop)=[\"']?[^\"'>]*(?:date|time|publish|created|issued)"
    r"[^>]*>",
    re.IGNORECASE,
)
_DATE_ITEMPROP = re.compile(r"itemprop=[\"']?date\w*[\"']?", re.IGNORECASE)

# Pages where the strategies disagree, labelled by reading the page (the date under the
# headline or in the dateline; "Last Updated" where that is the only article date). Pages
# with no clear publication date (calendars, index pages, reference pages) are left out.
# The last six of page-signal were "agreed" by two body strategies that both read the
# masthead's today's-date banner: weak body agreement is checked by reading where it matters.
ADJUDICATED = {
    "cleaneval-final_subset/181.html.gz": "2004-07-06",
    "cleaneval-final_subset/257.html.gz": "2002-05-07",
    "cleaneval-final_subset/382.html.gz": "2003-04-14",
    "cleaneval-final_subset/439.html.gz": "2004-12-20",
    "cleaneval-final_subset/589.html.gz": "2004-12-06",
    "cleaneval-final_subset/635.html.gz": "2005-01-31",
    "cleaneval-final_subset/650.html.gz": "2003-12-22",
    "cleaneval-final_subset/661.html.gz": "2005-06-04",
    "cleaneval-final_subset/667.html.gz": "2005-05-06",
    "cleaneval-final_subset/701.html.gz": "2005-02-04",
    "cleaneval-final_subset/768.html.gz": "2005-02-01",
    "cleaneval-final_subset/782.html.gz": "2006-03-22",
    "page-signal_subset/022b482d-88d7-4951-a3c8-d7248db02989.html.gz": "2008-01-09",
    "page-signal_subset/1b3baca6-e75b-47ad-8e92-4bd95b18fd3d.html.gz": "2008-01-08",
    "page-signal_subset/234b1541-c17b-4432-8c62-0709093acdb5.html.gz": "2008-01-08",
    "page-signal_subset/46402eeb-0c75-4da3-85d1-41b45244224b.html.gz": "2007-12-28",
    "page-signal_subset/4e3ee06c-ab52-417e-9eb7-9248e9ec7250.html.gz": "2007-12-31",
    "page-signal_subset/5e5b9e2e-f9ab-4a43-a28b-3bc0336776cf.html.gz": "2008-01-15",
    "page-signal_subset/7b47de5a-5f34-4a34-8cf7-ce8b55b9d1ab.html.gz": "2008-01-11",
    "page-signal_subset/9f873f81-0ee8-49ea-bdb0-6b5b49730aef.html.gz": "2008-01-13",
    "page-signal_subset/c61a5b06-67ad-4549-bc8d-4a97b9cc54d1.html.gz": "2008-01-18",
    "page-signal_subset/16334064-8cc1-4ec6-ba74-e8c976c18913.html.gz": "2008-01-11",
    "page-signal_subset/6cce0f94-914d-45e5-9177-0f863aacc003.html.gz": "2008-01-09",
    "page-signal_subset/d22d490a-95fe-41f9-a270-e4477a5ff358.html.gz": "2007-12-30",
    "page-signal_subset/6f9799e1-42e2-44f7-80ac-48d333b3128f.html.gz": "2008-01-08",
    "page-signal_subset/9858dfc5-821b-4005-9a4f-d49ae977696e.html.gz": "2008-01-11",
    "page-signal_subset/b1385525-6ebe-461d-b696-1df4c331ac18.html.gz": "2008-01-13",
    "page-signal_subset/b7248afb-e008-4543-8551-f528763ac2f0.html.gz": "2008-01-09",
    "page-signal_subset/be60a2a5-72f9-4f0d-a86d-6f1e3a3615bc.html.gz": "2007-12-31",
    "page-signal_subset/c7592d94-b244-4995-bc53-553614804b87.html.gz": "2008-01-10",
    "page-signal_subset/d4376471-2b83-4215-a48e-a424d15f7227.html.gz": "2008-01-02",
    "page-signal_subset/d6b20c9f-8611-42fd-a6b3-bc90d70e7f8a.html.gz": "2008-01-11",
    "page-signal_subset/dff661fd-0107-4e0a-b3a1-b6933e8734e3.html.gz": "2008-01-14",
}
NO_DATE = {"cleaneval-final_subset/259.html.gz"}  # a monthly archive of blog posts


@dataclass
class Page:
    name: str
    markup: str
    url: str | None


@dataclass
class Case:
    page: Page
    gold: date
    zones: tuple[str, ...]  # the two zones that agree
    hidden: str  # the zone hidden from the strategies


def load_pages(base: Path) -> list[Page]:
    pages: list[Page] = []
    for folder in sorted(p for p in base.iterdir() if p.is_dir() and p.name not in MEASURE_ONLY):
        for path in sorted(folder.rglob("*.htm*")):
            raw = path.read_bytes()
            raw = gzip.decompress(raw) if path.suffix == ".gz" else raw
            markup = decode_file(raw)
            match = _TEXT_ID.match(markup)
            url = match[1] if match else None
            if match:
                markup = markup[match.end() :]
            tree = page.parse(markup)
            if tree is not None and url is None:
                found = tree.xpath(
                    '//link[@rel="canonical"]/@href|//meta[@property="og:url"]/@content'
                )
                url = str(found[0]) if found else None
            pages.append(Page(f"{folder.name}/{path.name}", markup, url))
    return pages


def hide(p: Page, zone: str) -> Page:
    if zone == "url":
        return Page(p.name, _URL_TAGS.sub("", p.markup), None)
    if zone == "head":
        markup = _DATE_ITEMPROP.sub("", _DATE_META.sub("", _JSON_LD.sub("", p.markup)))
        return Page(p.name, markup, p.url)
    return p


def html_doc(p: Page) -> Document:
    return Document(
        id=p.name,
        origin=Origin(path=p.name, url=p.url),
        format=InputFormat.HTML,
        content=ContentKind.HTML,
        raw=p.markup.encode("utf-8", "surrogatepass"),
        markup=p.markup,
        url=p.url,
    )


def _day(value: date | datetime | None) -> date | None:
    return None if value is None else date_part(value)


def _first_lines(doc: Document) -> date | None:
    lines = [line for line in doc.text.splitlines() if line.strip()][:3]
    found = find_dates("\n".join(lines))
    return found[0][1].value if found else None


TODAY = datetime.now(UTC).date()


def strategies() -> dict[str, Callable[[Page, Document], date | None]]:
    def tree(p: Page):  # noqa: ANN202 - lxml tree
        return page.parse(p.markup)

    return {
        "json_ld": lambda p, d: _day(page.json_ld(tree(p))),
        "meta": lambda p, d: _day(page.meta(tree(p))),
        "url": lambda p, d: page.from_url(p.url),
        "htmldate_fast": lambda p, d: page.htmldate_search(tree(p), p.url, TODAY, False),
        "htmldate_extensive": lambda p, d: page.htmldate_search(tree(p), p.url, TODAY, True),
        "text_first_lines": lambda p, d: _first_lines(d),
    }


def body_dates(p: Page, doc: Document) -> list[date]:
    """The dates the body strategies find with the URL and head hidden (one per strategy)."""
    bare = hide(hide(p, "url"), "head")
    tree = page.parse(bare.markup)
    dateline = find_dates(doc.hints.get("dateline", ""))
    found = [
        page.htmldate_search(tree, None, TODAY, False),
        page.htmldate_search(tree, None, TODAY, True),
        _first_lines(doc),
        dateline[0][1].value if dateline else None,
    ]
    return [d for d in found if d is not None]


def build_cases(pages: list[Page], clean: CleanExtract) -> list[Case]:
    cases: list[Case] = []
    for p in pages:
        doc = clean([html_doc(p)])[0]
        tree = page.parse(p.markup)
        if not doc.ok or tree is None:
            continue
        if p.name in NO_DATE:
            continue
        if p.name in ADJUDICATED:
            cases.append(Case(p, date.fromisoformat(ADJUDICATED[p.name]), ("read",), "none"))
            continue
        url = page.from_url(p.url)
        head = _day(page.json_ld(tree)) or _day(page.meta(tree))
        body = body_dates(p, doc)
        if url and head and url == head:
            cases.append(Case(p, url, ("url", "head"), "url"))
            cases.append(Case(p, url, ("url", "head"), "head"))
        elif url and url in body:
            cases.append(Case(p, url, ("url", "body"), "url"))
        elif head and head in body:
            cases.append(Case(p, head, ("head", "body"), "head"))
        elif not url and not head and len(body) >= 2 and len(set(body)) == 1:
            # Body strategies that look at different things (date markup, the text's first
            # lines) agree and nothing contradicts them: weak, but it guards against regressions.
            cases.append(Case(p, body[0], ("body", "body"), "none"))
    return cases


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    default = os.environ.get("RASHOMON_EVAL_DIR") or str(ROOT.parent / "shared" / "eval")
    parser.add_argument("--eval-dir", default=default, type=Path)
    parser.add_argument("--verbose", action="store_true", help="print every wrong answer")
    args = parser.parse_args(argv)
    base = args.eval_dir / "extraction"
    if not base.is_dir():
        print(f"no evaluation data at {base}; pass --eval-dir or set RASHOMON_EVAL_DIR")
        return 2
    warnings.simplefilter("ignore")
    clean, stage = CleanExtract(), PublicationDates()
    pages = load_pages(base)
    cases = build_cases(pages, clean)
    kinds = Counter(f"{'+'.join(c.zones)} hide {c.hidden}" for c in cases)
    print(f"{len(pages)} pages, {len(cases)} judged cases: {dict(kinds)}")

    per: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # name -> [answered, right]
    by_source: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    elapsed = 0.0
    for case in cases:
        shown = hide(case.page, case.hidden)
        doc = clean([html_doc(shown)])[0]
        for name, strategy in strategies().items():
            value = strategy(shown, doc)
            if value is not None and value <= TODAY:
                per[name][0] += 1
                per[name][1] += value == case.gold
        start = time.perf_counter()
        doc = stage([doc])[0]
        elapsed += time.perf_counter() - start
        got = doc.published
        source = got.source.value if got else "none"
        by_source[source][0] += 1
        right = got is not None and date_part(got.value) == case.gold
        by_source[source][1] += right
        per["stage"][0] += got is not None
        per["stage"][1] += right
        if args.verbose and not right:
            print(f"  {case.page.name} gold={case.gold} got={got} hidden={case.hidden}")

    total = len(cases) or 1
    head = f"{'strategy':<22}{'answered':>9}{'right':>7}{'precision':>11}{'coverage':>10}"
    print(f"\n{head}{'exact':>8}")
    for name, (answered, right) in per.items():
        prec = right / answered if answered else 0.0
        row = f"{name:<22}{answered:>9}{right:>7}{prec:>11.3f}{answered / total:>10.3f}"
        print(f"{row}{right / total:>8.3f}")
    print(f"\n{'stage source':<22}{'chosen':>9}{'right':>7}")
    for source, (chosen, right) in sorted(by_source.items()):
        print(f"{source:<22}{chosen:>9}{right:>7}")
    print(f"\nstage time: {1000 * elapsed / total:.2f} ms/page")
    return 0


if __name__ == "__main__":
    sys.exit(main())
