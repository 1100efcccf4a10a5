"""Latency of every page and REST endpoint of the web UI on a large store.

Usage: python benchmarks/ui_latency.py [--docs 10000] [--seed 14] [--db STORE]
           [--requests 20] [--max-p95 500] [--json OUT]

The store is generated, not analysed: analysing 10,000 documents takes far longer than the
measurement. Each synthetic :class:`~rashomon.model.Document` is an English, Arabic or
Persian report of a few sentences of our own, with entity mentions (of a tenth as many
entities as documents, drawn with a skew so that a few are named very often, as in news),
resolved places, dated time expressions, an attributed claim and an event, loaded terms and
technique spans stored by the ``framing.v1`` stage, an outlet, a publication date and a story
(about 30 documents a story). Deterministic with ``--seed``.
With ``--db``, an existing store is reused (and built there first when the file does not
exist).

Every page and every ``GET`` endpoint of the OpenAPI schema is requested ``--requests`` times
through an in-process client (FastAPI's ``TestClient``: no network, no uvicorn), each time
for another document, entity, story or outlet where the route takes one, after one untimed
warm-up request. The table gives p50 and p95 per route in milliseconds; the exit status is 1
when a route fails or its p95 is above ``--max-p95``. On a shared machine the figures are
upper bounds.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi.testclient import TestClient

from rashomon.api import create_app
from rashomon.model import (
    Claim,
    DateSource,
    Document,
    Event,
    InputFormat,
    Mention,
    Origin,
    PlaceMention,
    PublicationDate,
    Segment,
    TimeMention,
    document_id,
)
from rashomon.stages.framing.stage import FramingStage
from rashomon.store import Store, open_store

STAGE = "bench.synthetic.v1"
FRAMING = FramingStage()
EPOCH = date(2022, 1, 1)
DAYS = 730
BATCH = 500

# Names per language for each synthetic entity kind; an entity's name in a language is the
# base name with its number, so the same entity is written differently per script.
KINDS = {
    "PER": {"en": "Minister Karimi", "ar": "الوزير كريمي", "fa": "وزیر کریمی"},
    "ORG": {"en": "Northern Council", "ar": "المجلس الشمالي", "fa": "شورای شمال"},
    "LOC": {"en": "Port Town", "ar": "مدينة الميناء", "fa": "شهر بندر"},
}
DIGITS = {"en": "0123456789", "ar": "٠١٢٣٤٥٦٧٨٩", "fa": "۰۱۲۳۴۵۶۷۸۹"}
# One report: {a} and {b} are entities, {p} a place, {d} a date; our own sentences.
TEMPLATES = {
    "en": (
        "{a} met {b} in {p} on {d}, officials said. "
        "The talks covered water, trade and the road to the border. "
        "{b} said the meeting was useful and promised another round soon. "
        "Local traders in {p} reported longer queues at the crossing. "
        "Opponents of {a} called the talks a surrender to terrorists."
    ),
    "ar": (
        "التقى {a} مع {b} في {p} يوم {d} بحسب مسؤولين. "
        "تناولت المحادثات المياه والتجارة والطريق إلى الحدود. "
        "وقال {b} إن اللقاء كان مفيدا ووعد بجولة أخرى قريبا. "
        "وأفاد تجار في {p} بطوابير أطول عند المعبر. "
        "ووصف معارضون لـ{a} المحادثات بأنها استسلام للإرهابيين."
    ),
    "fa": (
        "{a} روز {d} در {p} با {b} دیدار کرد. "
        "این گفتگو درباره آب، تجارت و جاده مرز بود. "
        "{b} گفت که دیدار سودمند بود و وعده دور دیگری داد. "
        "بازرگانان {p} از صف‌های طولانی‌تر در گذرگاه خبر دادند. "
        "مخالفان {a} این گفتگو را تسلیم در برابر تروریست‌ها خواندند."
    ),
}
CUES = {"en": "said", "ar": "وقال", "fa": "گفت"}
TRIGGERS = {"en": "met", "ar": "التقى", "fa": "دیدار"}
LANGS = ("en", "en", "ar", "fa")  # English half the corpus, as in the demo


def _number(n: int, lang: str) -> str:
    return "".join(DIGITS[lang][int(c)] for c in str(n))


@dataclass(frozen=True, slots=True)
class Entity:
    key: str
    type: str
    number: int

    def name(self, lang: str) -> str:
        return f"{KINDS[self.type][lang]} {_number(self.number, lang)}"


def _entities(n_docs: int) -> list[Entity]:
    count = max(30, n_docs // 10)
    types = tuple(KINDS)
    return [Entity(f"{types[i % 3].lower()}:synthetic-{i}", types[i % 3], i) for i in range(count)]


def _pick(rng: random.Random, pool: list[Entity]) -> Entity:
    """Skewed towards the first entities: a few are named everywhere, most rarely."""
    return pool[min(len(pool) - 1, int(rng.paretovariate(1.2)) - 1)]


def synthetic_document(i: int, seed: int, entities: list[Entity]) -> Document:
    """Document ``i`` of the corpus; depends only on ``seed`` and ``i``."""
    rng = random.Random(f"{seed}:{i}")
    lang = LANGS[rng.randrange(len(LANGS))]
    people = [e for e in entities if e.type != "LOC"]
    places = [e for e in entities if e.type == "LOC"]
    a = _pick(rng, people)
    b = _pick(rng, [e for e in people if e != a])
    p = _pick(rng, places)
    published = EPOCH + timedelta(days=rng.randrange(DAYS))
    told = published - timedelta(days=1)
    d = _number(told.day, lang) + "/" + _number(told.month, lang) + "/" + _number(told.year, lang)
    surfaces = {"a": a.name(lang), "b": b.name(lang), "p": p.name(lang), "d": d}
    text = TEMPLATES[lang].format(**surfaces)

    def span(key: str, after: int = 0) -> tuple[int, int]:
        start = text.index(surfaces[key], after)
        return start, start + len(surfaces[key])

    a0, a1 = span("a")
    b0, b1 = span("b")
    b2, b3 = span("b", b1)
    p0, p1 = span("p")
    p2, p3 = span("p", p1)
    d0, d1 = span("d")
    first_end = text.index(". ") + 1
    third_start = text.index(". ", first_end) + 2
    third_end = text.index(". ", third_start) + 1
    trigger = text.index(TRIGGERS[lang])
    outlet = f"Synthetic {lang.upper()} Wire {rng.randrange(12)}"
    origin = Origin(path=f"synthetic/{i:06d}.txt")
    raw = text.encode("utf-8")
    place_id, lat, lon = f"rashomon:synthetic-{p.number}", 30 + p.number % 10, 40 + p.number % 15
    spans = [((a0, a1), a), ((b0, b1), b), ((b2, b3), b), ((p0, p1), p), ((p2, p3), p)]
    claim = Claim(
        third_start,
        third_end,
        third_start,
        third_end,
        "named",
        speaker=surfaces["b"],
        speaker_entity=b.key,
        cue=CUES[lang],
        hedged=rng.random() < 0.2,
        lang=lang,
        stage=STAGE,
    )
    event = Event(
        "meet",
        trigger,
        trigger + len(TRIGGERS[lang]),
        0,
        first_end,
        actors=[a.key],
        targets=[b.key],
        place=place_id,
        place_name=p.name("en"),
        date=told.isoformat(),
        lang=lang,
        stage=STAGE,
    )
    doc = Document(
        id=document_id(origin, raw),
        origin=origin,
        format=InputFormat.TEXT,
        raw=raw,
        encoding="utf-8",
        source_text=text,
        text=text,
        title=f"{surfaces['a']} — {surfaces['b']} ({_number(i, lang)})",
        source=outlet,
        lang=lang,
        lang_confidence=0.99,
        published=PublicationDate(published, DateSource.META, 0.9),
        segments=[Segment(0, len(text), lang, 0.99, STAGE)],
        mentions=[
            Mention(s, e, x.type, x.key, x.name("en"), lang, 0.9, STAGE) for (s, e), x in spans
        ],
        places=[
            PlaceMention(s, e, p.name("en"), place_id, lat, lon, "SY", "P/PPL", 0.9, stage=STAGE)
            for s, e in ((p0, p1), (p2, p3))
        ],
        times=[TimeMention(d0, d1, told.isoformat(), "day", "gregorian", False, STAGE)],
        claims=[claim],
        events=[event],
        story=f"s-synthetic-{rng.randrange(DAYS // 2)}",
        stages=[STAGE],
    )
    FRAMING([doc])  # stored frames, as an analysed document has them
    return doc


def build_store(path: Path, n_docs: int, seed: int) -> Store:
    store = open_store(path)
    entities = _entities(n_docs)
    run_id = store.start_run(f"benchmarks/ui_latency.py --docs {n_docs} --seed {seed}")
    started = time.perf_counter()
    for lo in range(0, n_docs, BATCH):
        store.save(
            (synthetic_document(i, seed, entities) for i in range(lo, min(n_docs, lo + BATCH))),
            run_id,
        )
    store.finish_run(run_id, {"seen": n_docs, "stored": n_docs, "synthetic": True})
    print(f"built {n_docs} documents in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return store


# -- the routes ----------------------------------------------------------------------------
PAGES = (
    "/",
    "/documents",
    "/documents/{doc_id}",
    "/search?q={query}",
    "/entities",
    "/entities/{key}",
    "/stories",
    "/stories/{story_id}",
    "/outlets/{name}",
    "/map",
    "/api/docs",
)


@dataclass(frozen=True, slots=True)
class Samples:
    """Twenty of each thing a route can take, spread over the corpus."""

    doc_id: list[str]
    key: list[str]
    story_id: list[str]
    name: list[str]
    query: list[str]

    def fill(self, route: str, i: int) -> str:
        def one(match: re.Match[str]) -> str:
            values: list[str] = getattr(self, match.group(1).split(":")[0])
            return quote(values[i % len(values)], safe="")

        return re.sub(r"\{([a-z_:]+)\}", one, route)


def samples(store: Store, k: int) -> Samples:
    _, total = store.list_documents(limit=1)
    step = max(1, total // k)
    doc_ids = [store.list_documents(limit=1, offset=o)[0][0].id for o in range(0, total, step)]
    entities, _ = store.entities(limit=k * 3)
    stories, _ = store.stories(limit=k * 3)
    outlets = sorted({s.source for s in store.summaries(doc_ids[: k * 3]) if s.source})
    names = [e.name for e in entities[:k]]
    return Samples(
        doc_ids[:k],
        [e.key for e in entities[::3]][:k] or ["none"],
        [s.id for s in stories[::3]][:k] or ["none"],
        outlets or ["none"],
        [*names[:5], "talks", "الحدود", "مرز", "Port Town"],
    )


def api_routes(client: TestClient) -> list[str]:
    """Every GET route of the OpenAPI schema, with a query for the search."""
    spec = client.get("/api/openapi.json").json()
    routes = ["/api/openapi.json"]
    for path, methods in sorted(spec["paths"].items()):
        if "get" in methods:
            routes.append(path + ("?q={query}" if path.endswith("/search") else ""))
    return routes


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def measure(client: TestClient, route: str, samples: Samples, n: int) -> dict[str, Any]:
    client.get(samples.fill(route, n))  # warm-up, untimed
    times, failures = [], []
    for i in range(n):
        url = samples.fill(route, i)
        started = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - started) * 1000)
        if response.status_code != 200:
            failures.append(f"{url}: {response.status_code}")
    return {
        "route": route,
        "p50_ms": round(percentile(times, 0.5), 1),
        "p95_ms": round(percentile(times, 0.95), 1),
        "max_ms": round(max(times), 1),
        "failures": failures,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--db", type=Path, help="reuse this store (built there if missing)")
    parser.add_argument("--requests", type=int, default=20)
    parser.add_argument("--max-p95", type=float, default=500.0, help="milliseconds")
    parser.add_argument("--json", type=Path, help="write the results here")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as work:
        path = args.db or Path(work) / "ui.db"
        store = open_store(path, readonly=True) if path.exists() else None
        if store is None:
            build_store(path, args.docs, args.seed).close()
            store = open_store(path, readonly=True)
        try:
            with TestClient(create_app(store), base_url="http://127.0.0.1") as client:
                picks = samples(store, args.requests)
                routes = [*PAGES, *api_routes(client)]
                results = [measure(client, r, picks, args.requests) for r in routes]
            stats = store.stats()
        finally:
            store.close()

    print(f"{'route':<42} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    bad = []
    for r in results:
        over = r["p95_ms"] > args.max_p95
        flag = " FAIL" if r["failures"] else (" SLOW" if over else "")
        print(f"{r['route']:<42} {r['p50_ms']:>8} {r['p95_ms']:>8} {r['max_ms']:>8}{flag}")
        if r["failures"] or over:
            bad.append(r)
    for r in bad:
        for failure in r["failures"][:3]:
            print(f"  {failure}", file=sys.stderr)
    if args.json:
        summary = {"documents": stats.documents, "requests": args.requests, "routes": results}
        args.json.write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    if bad:
        print(f"{len(bad)} route(s) failed or had p95 above {args.max_p95} ms", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
