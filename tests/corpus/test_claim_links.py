"""The claim-links step (:mod:`rashomon.corpus.claim_links`): claims of one story set side by
side across documents and languages, and each claim's standing in its story.

The seed pages (``../shared/seeds``, real pages kept outside the repository) and the demo
corpus go through the real pipeline; the unit tests build documents by hand, with our own
sentences."""

from __future__ import annotations

import csv
import io
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from rashomon.corpus.claim_links import (
    ClaimStatus,
    StoryClaim,
    align_claims,
    candidate_pairs,
    claim_statuses,
    story_claims,
    update_claim_links,
)
from rashomon.export import export, export_corpus
from rashomon.model import Claim, Document, Event, InputFormat, Mention, Origin
from rashomon.runners.local import analyze
from rashomon.stages.claims.align import Relation, Slots, compare
from rashomon.stages.events import EventType
from rashomon.store import Store, open_store
from rashomon.store.base import ClaimLink

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"
DEMO = ROOT / "data" / "demo"
# one outlet per seed page: 000 is Al-Ahed (en), 002 an Arabic, 003 a Persian + English page
SEED_OUTLETS = {"000": "al-ahed", "002": "arabic-outlet", "003": "nujaba"}


def _analysed(tmp: Path, files: dict[str, Path], story: str) -> Store:
    """Each file under a folder named after its outlet, analysed into one story."""
    for outlet, path in files.items():
        (tmp / outlet).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, tmp / outlet / path.name)
    store = open_store(tmp / "store.db")
    analyze([str(tmp / outlet) for outlet in files], store, stories=False)
    store.set_stories([(d.id, story) for d in store.iter_documents()])
    return store


def _status(store: Store, story: str) -> dict[tuple[str, str], ClaimStatus]:
    """(outlet, claim text) -> status, for every claim of the story."""
    docs = list(store.iter_documents())
    found = claim_statuses(store.claim_links(story), {d.id: d.source or "?" for d in docs})
    return {
        (d.source or "?", d.text[c.start : c.end]): found.get((d.id, i), ClaimStatus())
        for d in docs
        for i, c in enumerate(d.claims)
    }


def _find(status: dict[tuple[str, str], ClaimStatus], outlet: str, words: str) -> ClaimStatus:
    [hit] = [s for (o, text), s in status.items() if o == outlet and words in text]
    return hit


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    if not SEEDS.is_dir():
        pytest.skip(f"the seed pages are not here ({SEEDS})")
    files = {outlet: next(SEEDS.glob(f"{n}_*.txt")) for n, outlet in SEED_OUTLETS.items()}
    store = _analysed(tmp_path_factory.mktemp("seeds"), files, "albukamal")
    update_claim_links(store, vectors=False)
    yield store
    store.close()


@pytest.mark.slow
def test_claim_links_seeds_shared_claims_corroborate_across_languages(seeds: Store) -> None:
    status = _status(seeds, "albukamal")
    everyone = set(SEED_OUTLETS.values())
    # Al-Bukamal taken from Daesh by the Syrian army and its allies
    taken = [
        ("arabic-outlet", "حرروا يوم الأحد 19 نوفمبر 2017 مدينة البوكمال"),
        ("nujaba", "بیرون راندن تروریستهای تکفیری داعش"),
        ("al-ahed", "passed through and liberated every inch"),
    ]
    # Soleimani there: he entered the city (ar), he was among the fighters (fa), he passed
    # through it and used a house as his headquarters (en)
    present = [
        ("arabic-outlet", "دخول الجنرال سليماني منتصراً"),
        ("nujaba", "فرمانده نیروی قدس سپاه پاسداران در جمع رزمندگان"),
        ("al-ahed", "Soleimani used as the headquarters"),
    ]
    for outlet, words in taken + present:
        found = _find(status, outlet, words)
        assert found.corroborated_by == everyone - {outlet}, (outlet, words, found)
        assert not found.contradicted, (outlet, words, found)


@pytest.mark.slow
def test_claim_links_seeds_what_one_outlet_says_is_unique(seeds: Store) -> None:
    status = _status(seeds, "albukamal")
    for outlet, words in [
        ("al-ahed", "He left a letter of apology to the house owners"),
        ("arabic-outlet", "أبو حسن العراقي"),  # the flight of Daesh's governor of the city
        ("arabic-outlet", "نحن سننتقم"),  # Soleimani's speech in Langarud
    ]:
        assert _find(status, outlet, words).unique, (outlet, words)


@pytest.mark.slow
def test_claim_links_aligns_only_stories_that_changed(seeds: Store) -> None:
    before = seeds.claim_links("albukamal")
    assert update_claim_links(seeds, vectors=False).stories == 0
    again = update_claim_links(seeds, vectors=False, stories=["albukamal"])
    assert again.stories == 1 and seeds.claim_links("albukamal") == before


@pytest.mark.slow
def test_claim_links_demo_casualty_claims_contradict(tmp_path: Path) -> None:
    """The planted disagreement over Ain al-Asad: Kheibar (fa) reports at least 80 US troops
    killed, Forward Ops (en) that no American was harmed."""
    files = {
        "kheibar": DEMO / "txt" / "kheibar" / "002-sili-sepah-be-einolasad.txt",
        "forward-ops": DEMO / "txt" / "forward-ops" / "002-pentagon-109-troops-tbi-al-asad.txt",
    }
    store = _analysed(tmp_path, files, "ain-al-asad")
    update_claim_links(store, vectors=False)
    status = _status(store, "ain-al-asad")
    # the outlets side by side (`rashomon export --format sources`): each counts the claim
    # the other contradicts, and its own words
    out = io.StringIO()
    assert export_corpus(store, "sources", None, stdout=out) == 2
    store.close()
    assert "forward-ops" in _find(status, "kheibar", "۸۰ نظامی").contradicted_by
    assert "kheibar" in _find(status, "forward-ops", "no Americans had been harmed").contradicted_by
    profiles = {p["outlet"]: p for p in map(json.loads, out.getvalue().splitlines())}
    assert profiles["kheibar"]["languages"] == {"fa": 1}
    assert profiles["forward-ops"]["languages"] == {"en": 1}
    for outlet in profiles.values():
        assert any("contradicted" in label for label in outlet["claims"]), outlet["claims"]
        assert outlet["naming"] and all(e["words"] for e in outlet["naming"])


def _doc(doc_id: str, source: str, text: str, event: str, key: str, name: str) -> Document:
    doc = Document(id=doc_id, origin=Origin(path=doc_id), format=InputFormat.TEXT)
    doc.text, doc.source, doc.lang = text, source, "en"
    at = text.index(name)
    doc.mentions = [Mention(at, at + len(name), "ORG", key)]
    doc.claims = [Claim(0, len(text), 0, len(text), "outlet", lang="en")]
    trigger = text.index(event)
    doc.events = [
        Event("territory-taken", trigger, trigger + len(event), 0, len(text), actors=[key],
              place="174448", date="2017-11-19")
    ]  # fmt: skip
    return doc


def test_claim_links_copies_and_one_outlets_own_reports_do_not_corroborate() -> None:
    docs = [
        _doc("a", "Courier", "The army took Al-Bukamal.", "took", "army", "army"),
        _doc("b", "Courier", "The army captured Al-Bukamal.", "captured", "army", "army"),
        _doc("c", "Monitor", "The army seized Al-Bukamal.", "seized", "army", "army"),
    ]
    claims = story_claims(docs)
    assert candidate_pairs(claims, copies=[("a", "c")]) == [(0, 1), (1, 2)]
    links = [
        ClaimLink("a", 0, "b", 0, "corroborates", 0.8),
        ClaimLink("b", 0, "c", 0, "corroborates", 0.8),
    ]
    found = claim_statuses(links, {d.id: d.source or "?" for d in docs})
    assert "a" not in {doc_id for doc_id, _ in found}  # its only link is to its own outlet
    assert found[("b", 0)].corroborated_by == {"Monitor"}
    assert found[("b", 0)].label == "corroborated"


@pytest.mark.slow
def test_claim_links_export_names_both_claims_and_claims_csv_says_their_status(
    seeds: Store,
) -> None:
    out = io.StringIO()
    n = export_corpus(seeds, "claim-links", None, stdout=out)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert n == len(records) == len(seeds.claim_links("albukamal"))
    langs = {
        frozenset((r["a"]["lang"], r["b"]["lang"]))
        for r in records
        if r["relation"] == "corroborates"
    }
    assert {frozenset(p) for p in (("en", "ar"), ("en", "fa"), ("ar", "fa"))} <= langs
    first = records[0]
    assert first["story"] == "albukamal" and first["reasons"]
    assert first["a"]["text"] in first["a"]["evidence"]
    table = io.StringIO()
    export(seeds.iter_documents(), "claims-csv", None, stdout=table, store=seeds)
    rows = list(csv.DictReader(io.StringIO(table.getvalue())))
    apology = next(r for r in rows if "letter of apology" in r["text"])
    assert apology["status"] == "unique"
    assert {r["status"] for r in rows} >= {"unique", "corroborated"}


@pytest.mark.slow
def test_claim_links_story_matrix_rows_are_aligned_claims(seeds: Store) -> None:
    from fastapi.testclient import TestClient

    from rashomon.api import create_app

    with TestClient(create_app(seeds), base_url="http://127.0.0.1") as client:
        body = client.get("/api/stories/albukamal/narrative").json()
    outlets = set(SEED_OUTLETS.values())
    assert set(body["outlets"]) == outlets
    rows = body["claims"]
    top = rows[0]  # the claim most outlets assert comes first: told by all three
    assert top["status"].startswith("corroborated")
    assert {
        o for o, cells in top["cells"].items() if any(c["cell"] == "asserts" for c in cells)
    } == outlets
    assert all("#claim-" in c["href"] for cells in top["cells"].values() for c in cells)
    # a quote only one outlet carries is a row of its own; the outlet's own sentences that
    # nobody else speaks to are left out
    [speech] = [r for r in rows if "نحن سننتقم" in r["text"]]
    assert speech["status"] == "unique" and list(speech["cells"]) == ["arabic-outlet"]
    assert not [r for r in rows if "letter of apology" in r["text"]]


def test_claim_links_a_toll_denied_contradicts_a_toll_given() -> None:
    killed = Slots(numbers=frozenset({80}), casualties=True, parties=frozenset({"us"}))
    unharmed = Slots(numbers=frozenset({0}), casualties=True, negated=True)
    missiles = Slots(numbers=frozenset({12}), parties=frozenset({"us"}))
    assert compare(killed, unharmed).relation is Relation.CONTRADICTS
    assert compare(killed, killed).relation is Relation.CORROBORATES
    # a count of missiles is no count of the dead, and a shared name alone says nothing
    assert compare(killed, missiles).relation is Relation.UNRELATED


def _said(doc_id: str, speaker: str, readings: Slots) -> StoryClaim:
    keys = frozenset({"s:", "t:violence"} | {"j:" + x.split(":")[0] for x in readings.stances})
    return StoryClaim(doc_id, 0, doc_id, "en", speaker, "", (readings,), keys)


def test_claim_links_one_story_pairs_claims_that_share_no_name() -> None:
    """ "The strike was a defensive action" (the Pentagon) and "called the strike an
    aggression" (the Iraqi prime minister), one language, no name in common; and, inside one
    report, a named speaker set against an unnamed voice."""
    strike = EventType.REMOTE
    claims = [
        _said("a", "pentagon", Slots(strike, stances=frozenset({"legit:+"}))),
        _said("b", "", Slots(strike, stances=frozenset({"legit:-"}))),
        _said("b", "abdul-mahdi", Slots(strike, stances=frozenset({"legit:-"}))),
        _said("b", "", Slots(strike)),  # the outlet twice in one report: never a pair
    ]
    assert candidate_pairs(claims) == [(0, 1), (0, 2), (0, 3), (1, 2), (2, 3)]
    found = align_claims(claims)
    assert {(ln.claim_a, ln.doc_b, ln.relation) for ln in found} >= {
        (0, "b", Relation.CONTRADICTS.value)
    }
