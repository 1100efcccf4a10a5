"""Merging a story's events across documents: one incident once, every outlet with what it
says, disagreements side by side. Sentences here are our own; the demo test analyses
``data/demo`` (also ours)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from rashomon.corpus.event_merge import MergedEvent, merge_events
from rashomon.export import export_corpus
from rashomon.model import Document, Event, InputFormat, Origin, PlaceMention
from rashomon.store.sqlite import SQLiteStore

SYRIA = PlaceMention(0, 0, "Syria", "163843", country="SY", feature="A/PCLI")
BUKAMAL = PlaceMention(0, 0, "Al-Bukamal", "174448", country="SY", feature="P/PPL")
RAWA = PlaceMention(0, 0, "Rawa", "92004", country="IQ", feature="P/PPL")


def doc(
    doc_id: str,
    outlet: str,
    lang: str,
    text: str,
    events: list[dict[str, object]],
    places: tuple[PlaceMention, ...] = (),
) -> Document:
    """A document whose events are given by trigger word; each event's evidence is the
    sentence holding its trigger."""
    out = []
    for e in events:
        trigger = str(e.pop("trigger"))
        at = text.index(trigger)
        start = text.rfind(". ", 0, at) + 2 if ". " in text[:at] else 0
        end = text.find(". ", at)
        end = len(text) if end < 0 else end + 1
        out.append(Event(trigger_start=at, trigger_end=at + len(trigger), evidence_start=start,
                         evidence_end=end, lang=lang, **e))  # type: ignore[arg-type]  # fmt: skip
    return Document(
        id=doc_id,
        origin=Origin(path=doc_id),
        format=InputFormat.TEXT,
        text=text,
        source=outlet,
        lang=lang,
        events=out,
        places=list(places),
        story="s",
    )


def taken(**kw: object) -> dict[str, object]:
    return {"type": "territory-taken", "place": "174448", "place_name": "Al-Bukamal", **kw}


def only(merged: list[MergedEvent], n_reports: int) -> MergedEvent:
    found = [m for m in merged if len(m.reports) == n_reports]
    assert len(found) == 1, [(m.type, len(m.reports)) for m in merged]
    return found[0]


def test_event_merge_keeps_conflicting_dates_side_by_side_with_their_outlets() -> None:
    en = doc("en", "Courier", "en", "The army liberated Al-Bukamal on 19 November.",
             [taken(trigger="liberated", actors=["org:saa"], targets=["org:isis"],
                    date="2017-11-19")], (BUKAMAL,))  # fmt: skip
    fa = doc("fa", "Kheibar", "fa", "ارتش سوریه البوکمال را آزاد کرد.",
             [taken(trigger="آزاد کرد", actors=["org:saa"], date="2017-11-19")],
             (BUKAMAL,))  # fmt: skip
    ar = doc("ar", "Barada", "ar", "حرر الجيش مدينة البوكمال اليوم.",
             [taken(trigger="حرر", actors=["org:saa"], date="2017-11-09")], (BUKAMAL,))  # fmt: skip
    (m,) = merge_events([en, fa, ar])
    assert m.type == "territory-taken"
    assert m.outlets == ("Barada", "Courier", "Kheibar") and m.languages == ("ar", "en", "fa")
    dates = {r.value: r.outlets for r in m.date.values}
    assert dates == {"2017-11-19": ("Courier", "Kheibar"), "2017-11-09": ("Barada",)}
    assert m.date.conflict and m.date.consensus == () and m.conflicts == ("date",)
    assert m.place.consensus == ("174448",) and m.actors.consensus == ("org:saa",)
    assert [r.ref for r in m.reports] == ["ar#event-0", "en#event-0", "fa#event-0"]


def test_event_merge_keeps_two_towns_or_far_apart_dates_apart() -> None:
    a = doc("a", "A", "en", "The army took Al-Bukamal.",
            [taken(trigger="took", date="2017-11-19")], (BUKAMAL,))  # fmt: skip
    b = doc("b", "B", "en", "Iraqi forces took Rawa.",
            [taken(trigger="took", place="92004", date="2017-11-19")], (RAWA,))  # fmt: skip
    c = doc("c", "C", "en", "The army took Al-Bukamal years ago.",
            [taken(trigger="took", date="2014-06-01")], (BUKAMAL,))  # fmt: skip
    merged = merge_events([a, b, c])
    assert sorted(len(m.reports) for m in merged) == [1, 1, 1]
    assert [m.date.consensus for m in merged] == [("2014-06-01",), ("2017-11-19",), ("2017-11-19",)]


def test_event_merge_a_country_fits_its_town_and_the_town_stands() -> None:
    a = doc("a", "A", "en", "The army took Al-Bukamal.",
            [taken(trigger="took", date="2017-11-19")], (BUKAMAL,))  # fmt: skip
    b = doc("b", "B", "en", "Government forces won in Syria.",
            [taken(trigger="won", place="163843", place_name="Syria", date="2017-11-19")],
            (SYRIA,))  # fmt: skip
    (m,) = merge_events([b, a])
    assert m.place.consensus == ("174448",) and not m.place.conflict
    assert {r.value: r.outlets for r in m.place.values} == {"174448": ("A",), "163843": ("B",)}


def test_event_merge_figures_per_outlet_and_roleless_events_join_their_document() -> None:
    a = doc("a", "Monitor", "en",
            "Russian strikes on Al-Bukamal killed 47 civilians. The strikes went on.",
            [{"type": "killing", "trigger": "killed", "place": "174448", "date": "2017-11-19"},
             {"type": "remote-violence", "trigger": "strikes went"}], (BUKAMAL,))  # fmt: skip
    b = doc("b", "Gazette", "en", "No civilian was killed in Al-Bukamal.",
            [{"type": "killing", "trigger": "killed", "place": "174448", "date": "2017-11-19"}],
            (BUKAMAL,))  # fmt: skip
    (m,) = merge_events([a, b])
    assert len(m.reports) == 3 and m.type == "killing"
    assert {r.value: r.outlets for r in m.figures.values} == {"0": ("Gazette",), "47": ("Monitor",)}
    assert m.figures.conflict and m.conflicts == ("figures",)


def test_event_merge_is_deterministic_whatever_the_input_order() -> None:
    docs = [
        doc(
            f"d{i}",
            f"O{i % 3}",
            "en",
            "The army took Al-Bukamal. Clashes went on.",
            [taken(trigger="took", date="2017-11-19"), {"type": "battle", "trigger": "Clashes"}],
            (BUKAMAL,),
        )  # fmt: skip
        for i in range(6)
    ]
    first = merge_events(docs)
    assert first == merge_events(list(reversed(docs)))
    assert len(first) == 1 and len(first[0].reports) == 12


# -- the story page and API ---------------------------------------------------------------------
def test_story_page_and_api_show_merged_events_with_dates_side_by_side(
    api_client: TestClient, web_store: SQLiteStore, annotated_docs: dict[str, Document]
) -> None:
    en, ar, bad = annotated_docs["en"], annotated_docs["ar"], annotated_docs["hostile"]
    visit = {"type": "visit-meeting", "actors": ["per:soleimani"], "place": "gn:Abu Kamal"}
    for d, trigger, day in ((en, "visited", "2017-11-19"), (ar, "زار", "2017-11-09")):
        at = d.text.index(trigger)
        d.events = [Event(trigger_start=at, trigger_end=at + len(trigger), evidence_start=0,
                          evidence_end=len(d.text), date=day, lang=d.lang, **visit)]  # type: ignore[arg-type]  # fmt: skip
    bad.events = [Event("<b>meet</b>", 0, 5, 0, len(bad.text), actors=["<img src=x onerror=1>"])]
    web_store.save([en, ar, bad])
    html = api_client.get("/stories/s-bukamal").text
    section = html[html.index('id="merged-events"') : html.index('id="events-claims"')]
    assert section.count("<tr data-event=") == 1 and "⚠ outlets disagree" in section
    assert '2017-11-19</bdi> <span class="sub">— Euphrates Wire' in section
    assert '2017-11-09</bdi> <span class="sub">— صحيفة الفرات' in section
    assert f'href="/documents/{ar.id}#event-0" dir="auto" lang="ar"' in section
    body = api_client.get("/api/stories/s-bukamal").json()
    (event,) = body["events"]
    assert event["conflicts"] == ["date"] and event["languages"] == ["ar", "en"]
    assert {v["text"]: v["outlets"] for v in event["date"]["values"]} == {
        "2017-11-19": ["Euphrates Wire"],
        "2017-11-09": ["صحيفة الفرات"],
    }
    assert event["actors"]["consensus"] == ["per:soleimani"]
    narrative = api_client.get("/api/stories/s-bukamal/narrative").json()
    assert narrative["merged_events"] == body["events"]
    hostile = api_client.get("/stories/s-hostile").text
    assert "<b>meet" not in hostile and "&lt;img src=x onerror=1&gt;" in hostile
    out = io.StringIO()
    assert export_corpus(web_store, "story-events", None, stdout=out) == 2
    row = next(r for r in csv.DictReader(io.StringIO(out.getvalue())) if r["story"] == "s-bukamal")
    assert (row["event_date"], row["actor1"], row["conflicts"], row["n_reports"]) == (
        "", "Qasem Soleimani", "date", "2"
    )  # fmt: skip
    assert json.loads(row["dates"]) == {
        "2017-11-19": ["Euphrates Wire"],
        "2017-11-09": ["صحيفة الفرات"],
    }
    assert row["evidence_ids"] == f"{en.id}#event-0 {ar.id}#event-0"  # by outlet


# -- the demo corpus ---------------------------------------------------------------------------
@pytest.fixture(scope="module")
def demo_stories(demo_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> list[list[Document]]:
    from rashomon.cli import DEMO_INPUTS
    from rashomon.runners.local import analyze
    from rashomon.stages.sources import load_aliases
    from rashomon.store import open_store

    store = open_store(tmp_path_factory.mktemp("merge") / "demo.db")
    analyze([str(demo_dir / name) for name in DEMO_INPUTS], store,
            sources=load_aliases(demo_dir / "sources.json"))  # fmt: skip
    by_story: dict[str, list[Document]] = {}
    for d in store.iter_documents():
        by_story.setdefault(d.story or d.id, []).append(d)
    store.close()
    return list(by_story.values())


def _largest(stories: list[list[Document]], place: str, kind: str) -> MergedEvent:
    found = [m for docs in stories for m in merge_events(docs)
             if m.type == kind and m.place.consensus == (place,)]  # fmt: skip
    assert found, f"no {kind} event at {place}"
    return max(found, key=lambda m: len(m.reports))


@pytest.mark.slow
def test_demo_albukamal_tellings_in_three_languages_are_one_event(
    demo_stories: list[list[Document]],
) -> None:
    m = _largest(demo_stories, "174448", "territory-taken")  # Ālbū Kamāl
    assert {"ar", "en", "fa"} <= set(m.languages) and len(m.outlets) >= 4
    actors = {r.value: r for r in m.actors.values}
    assert {"ar", "fa"} <= set(actors["rashomon:syrian-arab-army"].languages)
    # the planted disagreement: Barada Gazette's 9 November against the final 19 November
    dates = {r.value: set(r.outlets) for r in m.date.values}
    assert {"Kheibar News Agency", "Forward Ops Journal"} <= dates["2017-11-19"]
    assert "Barada Gazette" in dates["2017-11-09"] and "date" in m.conflicts


@pytest.mark.slow
def test_demo_baghdad_strike_keeps_forward_ops_washington_date_beside_the_others(
    demo_stories: list[list[Document]],
) -> None:
    m = _largest(demo_stories, "98182", "killing")  # Baghdad
    assert {"ar", "en", "fa"} <= set(m.languages)
    assert "rashomon:qasem-soleimani" in {r.value for r in m.targets.values}
    dates = {r.value: set(r.outlets) for r in m.date.values}
    assert dates["2020-01-02"] == {"Forward Ops Journal"}
    assert len(dates["2020-01-03"]) >= 3 and m.date.conflict
