"""Generate a large corpus from the demo corpus, varied so that every document is distinct.

Usage: python benchmarks/gen_corpus.py N OUT_DIR [--seed 14]

Each generated document takes one demo document as its *template* (a ``.txt`` page with its
scrape noise, an ``.html`` page, or a JSONL feed record; the WARC is left out) and keeps its
format, outlet and noise, but gets a new body: 6 to 14 sentences drawn from the demo documents
of the same language, three quarters about the template's event (at most half of what the
demo says about it) and the rest about the other events, in a new order, grouped into new
paragraphs. Within the sentences, place and person names are swapped for other real names
found in the demo corpus (same language, same kind), numbers are changed, years and the
template's dates are shifted by up to four years either way, and the outlet becomes one of
several numbered variants (``Zagros Line 3``, ``zagrosline3.example``). Ids differ because
paths and bytes do.

Deterministic: document ``i`` depends only on ``--seed`` and ``i``, so the first 1,000
documents of a 10,000-document corpus are the 1,000-document corpus.

How realistic for the corpus steps: two documents rarely share more than a sentence or two,
so near duplicates are rare (as in real news outside wire reprints), but since all bodies come
from about 400 demo sentences, the chance that two documents share a few sentences (an LSH
candidate pair) is higher than in real news and the number of such pairs grows with n², which
makes deduplication's measured growth a pessimistic one.
"""

from __future__ import annotations

import argparse
import html
import json
import random
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "data" / "demo"

# Real names that occur in the demo corpus, by language and kind; a name is swapped only for
# another of the same list.
NAMES: dict[str, list[list[str]]] = {
    "en": [
        ["Mosul", "Baghdad", "Erbil", "Amirli", "Kirkuk", "Raqqa", "Damascus", "Beirut"],
        ["Tehran", "Anbar", "Deir ez-Zor", "Albu Kamal"],
        ["Abadi", "Soleimani", "Trump", "Obama", "Khamenei"],
    ],
    "ar": [
        ["الموصل", "بغداد", "أربيل", "آمرلي", "البوكمال", "كربلاء", "النجف", "الميادين"],
        ["دمشق", "طهران", "الأنبار", "دير الزور"],
        ["العبادي", "سليماني", "ترامب", "خامنئي"],
    ],
    "fa": [
        ["موصل", "بغداد", "اربیل", "آمرلی", "البوکمال", "تکریت", "کرکوک", "نجف"],
        ["دمشق", "بیروت", "تهران", "کرمان", "انبار"],
        ["عبادی", "سلیمانی", "ترامپ"],
    ],
}
OUTLET_VARIANTS = 8
MAX_SHIFT_DAYS = 4 * 365
_SENTENCE_END = re.compile(r"(?<=[.!?؟])\s+")
_NUMBER = re.compile(r"(?<![\d.,/:-])\d{1,3}(?:,\d{3})+(?![\d,])|(?<![\d.,/:-])\d{2,}(?![\d.,/:])")
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-3]\d)\b")
_ISO_DATE = re.compile(r"\b(\d{4})([-/])(\d{2})\2(\d{2})\b")
_PARAGRAPH = re.compile(r"(<p\b[^>]*>)(.*?)(</p>)", re.S | re.I)
_TITLE = re.compile(r"(<(title|h1)\b[^>]*>)(.*?)(</\2>)", re.S | re.I)
_TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True, slots=True)
class Template:
    kind: str  # "txt" | "html" | "jsonl"
    lang: str
    event: str
    outlet: str
    domain: str
    title: str
    path: str
    content: str  # txt or html page, or one JSONL line
    body: tuple[str, ...]  # the body paragraphs, as plain text
    first_line: str  # the start of the body (paragraphs before it are page furniture)


def load_templates(demo: Path = DEMO) -> list[Template]:
    feed = (demo / "jsonl" / "demo-feed.jsonl").read_text(encoding="utf-8").splitlines()
    templates = []
    for line in (demo / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        kind, lang = entry["format"], entry["lang"]
        start = entry["body_first_line"][:30]
        if kind not in ("txt", "html", "jsonl") or lang not in NAMES:
            continue
        if kind == "jsonl":
            content = feed[entry["record"]]
            record = json.loads(content)
            body = (
                _paragraphs(record["text"])
                if "text" in record
                else _html_body(record["html"], start)
            )
        else:
            content = (demo / entry["path"]).read_text(encoding="utf-8")
            if kind == "txt":
                junk = set(entry["junk_lines"]) | {entry["title"]}
                body = [ln.strip() for ln in content.splitlines() if ln.strip() not in junk]
                body = [ln for ln in body if ln]
            else:
                body = _html_body(content, start)
        templates.append(
            Template(
                kind,
                lang,
                entry["event"],
                entry["outlet"],
                entry["outlet_domain"],
                entry["title"],
                entry["path"],
                content,
                tuple(body),
                start,
            )
        )
    return templates


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def _html_body(page: str, start: str) -> list[str]:
    return [html.unescape(_TAG.sub("", m.group(2))).strip() for m in _body_slots(page, start)]


def _body_slots(page: str, start: str) -> list[re.Match[str]]:
    """The ``<p>`` elements of the article body: from the one that starts the body on, those
    long enough to be prose."""
    slots: list[re.Match[str]] = []
    for m in _PARAGRAPH.finditer(page):
        text = html.unescape(_TAG.sub("", m.group(2))).strip()
        if (slots or text.startswith(start)) and len(text) >= 60:
            slots.append(m)
    return slots


def sentence_pools(templates: list[Template]) -> dict[tuple[str, str], list[str]]:
    pools: dict[tuple[str, str], list[str]] = {}
    for t in templates:
        pool = pools.setdefault((t.lang, t.event), [])
        for paragraph in t.body:
            pool += [s for s in _SENTENCE_END.split(paragraph) if len(s.split()) >= 5]
    return {key: sorted(set(pool)) for key, pool in pools.items()}


class Variation:
    """The random choices of one generated document."""

    def __init__(self, rng: random.Random, lang: str) -> None:
        self.rng = rng
        self.lang = lang
        self.shift = rng.randint(-MAX_SHIFT_DAYS, MAX_SHIFT_DAYS)
        self.outlet = rng.randint(1, OUTLET_VARIANTS)

    def text(self, sentence: str) -> str:
        for names in NAMES[self.lang]:
            for name in names:
                if name in sentence and self.rng.random() < 0.5:
                    sentence = sentence.replace(name, self.rng.choice(names))
        sentence = _NUMBER.sub(self._number, sentence)
        return _YEAR.sub(lambda m: str(int(m.group(1)) + round(self.shift / 365)), sentence)

    def _number(self, match: re.Match[str]) -> str:
        value = int(match.group(0).replace(",", ""))
        if 1900 <= value <= 2039:  # a year: shifted with the dates, not scaled
            return match.group(0)
        new = max(2, round(value * self.rng.uniform(0.5, 1.8)))
        return f"{new:,}" if "," in match.group(0) else str(new)

    def dates(self, page: str) -> str:
        def shifted(m: re.Match[str]) -> str:
            try:
                day = date(int(m.group(1)), int(m.group(3)), int(m.group(4)))
            except ValueError:
                return m.group(0)
            day += timedelta(days=self.shift)
            return f"{day.year:04d}{m.group(2)}{day.month:02d}{m.group(2)}{day.day:02d}"

        return _ISO_DATE.sub(shifted, page)

    def outlet_name(self, name: str) -> str:
        return f"{name} {self.outlet}"

    def domain(self, domain: str) -> str:
        stem, _, rest = domain.partition(".")
        return f"{stem}{self.outlet}.{rest}"


def body(
    rng: random.Random, pools: dict[tuple[str, str], list[str]], t: Template, v: Variation
) -> list[str]:
    own = pools[(t.lang, t.event)]
    others = [
        s
        for (lang, event), p in sorted(pools.items())
        if lang == t.lang and event != t.event
        for s in p
    ]
    count = rng.randint(6, 14)
    n_own = min(len(own) // 2, round(count * 0.75))  # at most half: copies stay rare
    chosen = rng.sample(own, n_own) + rng.sample(others, count - n_own)
    rng.shuffle(chosen)
    sentences = [v.text(s) for s in chosen]
    paragraphs, i = [], 0
    while i < len(sentences):
        size = rng.randint(1, 3)
        paragraphs.append(" ".join(sentences[i : i + size]))
        i += size
    return paragraphs


def render(i: int, t: Template, title: str, paragraphs: list[str], v: Variation) -> tuple[str, str]:
    """(relative path, content) of generated document ``i``."""
    slug = Path(t.path).stem.split("-", 1)[-1][:40]
    if t.kind == "txt":
        lines = t.content.splitlines()
        body_lines = set(t.body)
        first = next(k for k, ln in enumerate(lines) if ln.strip() in body_lines)
        head = [title if ln.strip() == t.title else ln for ln in lines[:first]]
        tail = [ln for ln in lines[first:] if ln.strip() and ln.strip() not in body_lines]
        text = "\n".join([*head, "\n\n".join(paragraphs), "", *tail]) + "\n"
        text = text.replace(t.outlet, v.outlet_name(t.outlet))
        folder = Path(t.path).parent.name
        return f"txt/{folder}-{v.outlet}/{i:06d}-{slug}.txt", text
    if t.kind == "html":
        return f"html/{Path(t.path).parent.name}-{v.outlet}/{i:06d}-{slug}.html", _html_page(
            t.content, t, title, paragraphs, v
        )
    record = json.loads(t.content)
    record["title"] = title
    record["date"] = v.dates(record["date"])
    record["source"] = v.outlet_name(record["source"])
    record["url"] = v.dates(record["url"]).replace(t.domain, v.domain(t.domain)) + f"-{i}"
    if "text" in record:
        record["text"] = "\n\n".join(paragraphs)
    else:
        record["html"] = _html_page(record["html"], t, title, paragraphs, v)
    return f"jsonl/feed-{i // 1000:04d}.jsonl", json.dumps(record, ensure_ascii=False)


def _html_page(page: str, t: Template, title: str, paragraphs: list[str], v: Variation) -> str:
    slots = _body_slots(page, t.first_line)
    if not slots:
        return page
    pieces = paragraphs[: len(slots) - 1] + [" ".join(paragraphs[len(slots) - 1 :])]
    out, last = [], 0
    for k, m in enumerate(slots):
        out.append(page[last : m.start()])
        if k < len(pieces) and pieces[k]:
            out.append(m.group(1) + html.escape(pieces[k], quote=False) + m.group(3))
        last = m.end()
    out.append(page[last:])
    page = "".join(out)
    page = _TITLE.sub(lambda m: m.group(1) + html.escape(title, quote=False) + m.group(4), page)
    page = v.dates(page).replace(t.domain, v.domain(t.domain))
    return page.replace(t.outlet, v.outlet_name(t.outlet))


def generate(n: int, out: Path, seed: int = 14) -> dict[str, int]:
    """Write ``n`` documents under ``out``; returns how many of each format."""
    templates = load_templates()
    pools = sentence_pools(templates)
    counts = {"txt": 0, "html": 0, "jsonl": 0}
    feeds: dict[str, list[str]] = {}
    for i in range(n):
        rng = random.Random(f"{seed}-{i}")
        t = rng.choice(templates)
        v = Variation(rng, t.lang)
        paragraphs = body(rng, pools, t, v)
        path, content = render(i, t, v.text(t.title), paragraphs, v)
        counts[t.kind] += 1
        if t.kind == "jsonl":
            feeds.setdefault(path, []).append(content)
            continue
        target = out / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
    for path, lines in feeds.items():
        target = out / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of documents")
    parser.add_argument("out", type=Path, help="output folder (created)")
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args()
    counts = generate(args.n, args.out, args.seed)
    print(f"wrote {args.n} documents to {args.out}: {counts}")


if __name__ == "__main__":
    main()
