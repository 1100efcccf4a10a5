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

How realistic for the corpus steps. Real news has a roughly constant share of near-duplicate
pairs per document (wire reprints), and reports of different events rarely share a run of
words; reports of one event share some. Three things give the generated corpus that shape:

* *Generated events.* Document ``i`` belongs to generated event ``i // EVENT_DOCS``, so the
  number of events grows with the corpus (as it does with a corpus's time span).
* *Rewording.* All bodies come from about 400 demo sentences, which alone made the number of
  near-duplicate candidate pairs grow with n² (87x from 1,000 to 10,000 documents). So each
  generated event rewords its sentences consistently: a word of two letters or more (not a
  name, nor capitalised in Latin script) is swapped, with probability 1 / :data:`REWORD`, for
  another word of the same language's demo vocabulary, the swap depending only on the event
  and the word. Reports of one event
  share their wording; two events that draw the same demo sentence rarely share its 3-word
  shingles. The text stays in its language (word salad, but the corpus steps read words,
  names, numbers and dates, not sense) and the names stay.
* *Reprints.* A share :data:`REPRINT_SHARE` of documents are wire copies of an earlier
  generated document: its body (one paragraph dropped, or one added), its template and dates,
  another outlet variant and a new headline. The number of near-duplicate links then grows
  about linearly with n.

A corpus of ``n`` documents is a prefix of a larger one (same seed); a uniform sample of a
larger corpus would not do for scaling, since it keeps a share n² of its duplicate pairs.
:func:`generated_index` reads ``i`` back from a document's path or URL.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import random
import re
from collections.abc import Callable
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
EVENT_DOCS = 20  # consecutive documents that make one generated event
REWORD = 2  # one rewordable word in REWORD is swapped, consistently within an event
REPRINT_SHARE = 0.03  # documents that are wire copies of an earlier one
MAX_SHIFT_DAYS = 4 * 365
_SENTENCE_END = re.compile(r"(?<=[.!?؟])\s+")
_NUMBER = re.compile(r"(?<![\d.,/:-])\d{1,3}(?:,\d{3})+(?![\d,])|(?<![\d.,/:-])\d{2,}(?![\d.,/:])")
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-3]\d)\b")
_ISO_DATE = re.compile(r"\b(\d{4})([-/])(\d{2})\2(\d{2})\b")
_PARAGRAPH = re.compile(r"(<p\b[^>]*>)(.*?)(</p>)", re.S | re.I)
_TITLE = re.compile(r"(<(title|h1)\b[^>]*>)(.*?)(</\2>)", re.S | re.I)
_TAG = re.compile(r"<[^>]+>")
_WORD = re.compile(r"[^\W\d_]{2,}")


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


def vocabularies(pools: dict[tuple[str, str], list[str]]) -> dict[str, list[str]]:
    """Per language, the words a body may reword with: every word of two letters or more of
    its demo sentences that is not part of a name (and, in Latin script, not capitalised)."""
    name_words = {w for groups in NAMES.values() for g in groups for n in g for w in n.split()}
    words: dict[str, set[str]] = {}
    for (lang, _), pool in pools.items():
        for sentence in pool:
            words.setdefault(lang, set()).update(
                w for w in _WORD.findall(sentence) if _rewordable(w, name_words)
            )
    return {lang: sorted(found) for lang, found in words.items()}


def _rewordable(word: str, name_words: set[str]) -> bool:
    return word not in name_words and not word[:1].isupper()


class Rewording:
    """The word swaps of one generated event (see the module docstring)."""

    def __init__(self, seed: int, event: int, lang: str, vocabulary: list[str]) -> None:
        self.key = f"{seed}/{event}/{lang}/".encode()
        self.vocabulary = vocabulary
        self.names = {w for group in NAMES[lang] for n in group for w in n.split()}

    def __call__(self, text: str) -> str:
        return _WORD.sub(self._swap, text) if self.vocabulary else text

    def _swap(self, m: re.Match[str]) -> str:
        word = m.group(0)
        if not _rewordable(word, self.names):
            return word
        h = int.from_bytes(hashlib.blake2b(self.key + word.encode(), digest_size=8).digest())
        if h % REWORD:
            return word
        return self.vocabulary[(h // REWORD) % len(self.vocabulary)]


class Variation:
    """The random choices of one generated document."""

    def __init__(self, rng: random.Random, lang: str, reword: Rewording | None = None) -> None:
        self.rng = rng
        self.lang = lang
        self.shift = rng.randint(-MAX_SHIFT_DAYS, MAX_SHIFT_DAYS)
        self.outlet = rng.randint(1, OUTLET_VARIANTS)
        self.reword: Callable[[str], str] = reword or str

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
    """A new body for template ``t``: see the module docstring."""
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
    sentences = [v.reword(v.text(s)) for s in chosen]
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


@dataclass(frozen=True, slots=True)
class Composed:
    """What generated document ``i`` says, before it is rendered into its template."""

    template: Template
    variation: Variation
    title: str
    paragraphs: list[str]


class Composer:
    """Composes generated documents; document ``i`` depends only on the seed and ``i``."""

    def __init__(self, seed: int, templates: list[Template]) -> None:
        self.seed = seed
        self.templates = templates
        self.pools = sentence_pools(templates)
        self.vocabularies = vocabularies(self.pools)

    def original(self, i: int) -> Composed:
        """Document ``i`` as written from scratch (what a reprint of it copies)."""
        rng = random.Random(f"{self.seed}-{i}")
        t = rng.choice(self.templates)
        v = Variation(rng, t.lang, self._rewording(i, t.lang))
        paragraphs = body(rng, self.pools, t, v)
        return Composed(t, v, v.reword(v.text(t.title)), paragraphs)

    def compose(self, i: int) -> Composed:
        """Document ``i``: a reprint of an earlier original, or an original."""
        rng = random.Random(f"{self.seed}-reprint-{i}")
        if i == 0 or rng.random() >= REPRINT_SHARE:
            return self.original(i)
        j = rng.randrange(i)
        source = self.original(j)
        t = source.template
        v = Variation(rng, t.lang, self._rewording(j, t.lang))
        v.shift = source.variation.shift  # the same event on the same day
        paragraphs = list(source.paragraphs)
        if len(paragraphs) > 2 and rng.random() < 0.5:
            del paragraphs[rng.randrange(len(paragraphs))]
        else:  # the outlet's own line, added
            extra = body(rng, self.pools, t, v)[0]
            paragraphs.insert(rng.randint(0, len(paragraphs)), extra)
        return Composed(t, v, v.reword(v.text(t.title)), paragraphs)

    def _rewording(self, i: int, lang: str) -> Rewording:
        return Rewording(self.seed, i // EVENT_DOCS, lang, self.vocabularies.get(lang, []))


_INDEX_IN_PATH = re.compile(r"(?:^|/)(\d{6})-[^/]*$")
_INDEX_IN_URL = re.compile(r"-(\d+)$")


def generated_index(path: str | None, url: str | None) -> int | None:
    """The ``i`` of a generated document, from its file path (txt, html) or, for a feed
    record, its URL; None for anything else."""
    m = _INDEX_IN_PATH.search(path or "")
    if m and not (path or "").endswith(".jsonl"):
        return int(m.group(1))
    m = _INDEX_IN_URL.search(url or "")
    return int(m.group(1)) if m else None


def generate(n: int, out: Path, seed: int = 14) -> dict[str, int]:
    """Write ``n`` documents under ``out``; returns how many of each format."""
    composer = Composer(seed, load_templates())
    counts = {"txt": 0, "html": 0, "jsonl": 0}
    feeds: dict[str, list[str]] = {}
    for i in range(n):
        doc = composer.compose(i)
        t, v = doc.template, doc.variation
        path, content = render(i, t, doc.title, doc.paragraphs, v)
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
