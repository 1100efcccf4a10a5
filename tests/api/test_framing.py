"""The story framing view: naming choices per outlet for entities at least two outlets
name, loaded terms and persuasion techniques counted per outlet, the terms one outlet uses far
more than the others in its language, how each outlet portrays a person or group (API and
page), the outlet page's framing profile and the document page's framing highlights from the
frames the ``framing.v1`` stage stored, and hostile text escaped."""

from __future__ import annotations

import re
from dataclasses import replace

from fastapi.testclient import TestClient

from rashomon.model import Document, Mention, Origin, Segment
from rashomon.stages.framing.stage import FramingStage
from rashomon.store.sqlite import SQLiteStore

Docs = dict[str, Document]


def retold(
    doc: Document, name: str, text: str, source: str, mentions: list[tuple[str, str, str]]
) -> Document:
    """A copy of ``doc`` (same story and date) with new text (a sentence ends at a full stop
    before a space), outlet and mentions, each (surface, type, key) at every place
    ``surface`` occurs."""
    spans = [
        (m.start(), m.end(), kind, key)
        for s, kind, key in mentions
        for m in re.finditer(re.escape(s), text)
    ]
    sentences = [m.span() for m in re.finditer(r"\S.*?(?:\.(?=\s|$)|$)", text)]
    return replace(
        doc,
        id=f"framing-{name}",
        origin=Origin(path=f"annotated/framing-{name}.txt"),
        raw=text.encode("utf-8"),
        source_text=text,
        text=text,
        source=source,
        segments=[Segment(a, b, doc.lang or "en", 0.99, "test.v1") for a, b in sentences],
        mentions=[
            Mention(a, b, kind, key, None, doc.lang, 0.9, "test.v1") for a, b, kind, key in spans
        ],
        places=[],
        times=[],
    )


def test_story_framing_names_and_loaded_terms(
    api_client: TestClient, web_store: SQLiteStore, annotated_docs: Docs
) -> None:
    army, soleimani = "org:saa", "per:soleimani"
    web_store.save(
        [
            retold(
                annotated_docs["en"],
                "en",
                "Regime forces entered Al-Bukamal as militias loyal to Qassem Soleimani followed.",
                "Levant Monitor",
                [("Regime forces", "ORG", army), ("Qassem Soleimani", "PER", soleimani)],
            ),
            retold(
                annotated_docs["ar"],
                "ar",
                "أعلن الجيش السوري تحرير البوكمال من الإرهابيين.",
                "صحيفة الفرات",
                [("الجيش السوري", "ORG", army)],
            ),
        ]
    )
    data = api_client.get("/api/stories/s-bukamal/framing").json()
    assert data["categories"] == ["glorifying", "delegitimising", "euphemism", "religious"]
    outlets = {o["outlet"]: o for o in data["outlets"]}
    assert outlets["Levant Monitor"]["categories"]["delegitimising"] == 2  # regime, militias
    ar = outlets["صحيفة الفرات"]
    assert ar["categories"]["glorifying"] == 1 and ar["categories"]["delegitimising"] == 1
    example = next(x for x in ar["examples"] if x["term"] == "تحرير")
    assert example["sentence"] == "أعلن الجيش السوري تحرير البوكمال من الإرهابيين."
    assert example["href"] == "/documents/framing-ar"
    # persuasion techniques (the shipped rules): "regime forces", "militias" call names;
    # "liberation" is loaded language
    assert outlets["Levant Monitor"]["techniques"]["name_calling"] == 2
    assert ar["techniques"] == {"loaded_language": 1, "name_calling": 1}

    entities = {e["entity"]: e for e in data["entities"]}
    naming = {o["outlet"]: o for o in entities[army]["outlets"]}
    assert {"Euphrates Wire", "Levant Monitor", "صحيفة الفرات"} <= set(naming)
    assert naming["Levant Monitor"]["names"] == [{"text": "Regime forces", "count": 1}]
    assert naming["Levant Monitor"]["stance"]["label"] == "negative"  # "Regime forces"
    # proximity cannot tell that "the terrorists" are another group: both cues are counted
    # and shown, and the label says the evidence is mixed
    ar_stance = naming["صحيفة الفرات"]["stance"]
    assert [(x["term"], x["polarity"]) for x in ar_stance["spans"]] == [
        ("تحرير", "positive"),
        ("الإرهابيين", "negative"),
    ]
    assert ar_stance["label"] == "mixed"
    assert any(n["text"] == "الجيش السوري" for n in naming["صحيفة الفرات"]["names"])
    near_ar = {t["term"]: t["category"] for t in naming["صحيفة الفرات"]["near"]}
    assert near_ar.get("تحرير") == "glorifying"
    near_en = {
        t["term"]
        for t in {o["outlet"]: o for o in entities[soleimani]["outlets"]}["Levant Monitor"]["near"]
    }
    assert "militias" in near_en
    # Al-Bukamal is named by three outlets in the fixtures; an entity one outlet names is left out.
    assert all(len(e["outlets"]) >= 2 for e in data["entities"])

    page = api_client.get("/stories/s-bukamal").text
    assert "How each outlet tells it" in page
    assert 'dir="auto">تحرير</a>' in page
    assert "name calling" in page


def test_story_framing_unknown_story_is_404(api_client: TestClient) -> None:
    assert api_client.get("/api/stories/no-such-story/framing").status_code == 404


def test_story_framing_escapes_hostile_text(
    api_client: TestClient, web_store: SQLiteStore, annotated_docs: Docs
) -> None:
    hostile = annotated_docs["hostile"]
    surface = "<script>alert(3)</script>"
    web_store.save(
        [
            retold(
                hostile,
                "hostile",
                f"The terrorists <i onmouseover=alert(8)> met {surface} today.",
                "<u>Other</u> Wire",
                [(surface, "PER", "per:<script>")],
            )
        ]
    )
    data = api_client.get("/api/stories/s-hostile/framing").json()
    assert [e["entity"] for e in data["entities"]] == ["per:<script>"]
    page = api_client.get("/stories/s-hostile").text
    section = page[page.index('id="framing"') :]
    assert "<script>alert" not in section and "<i onmouseover" not in section
    assert "<u>Other</u>" not in section and "&lt;u&gt;Other&lt;/u&gt; Wire" in section
    assert "&lt;script&gt;alert(3)&lt;/script&gt;" in section
    assert "&lt;i onmouseover=alert(8)&gt;" in section  # the example sentence, escaped


# One event told by two English outlets in different words: "fighters" / "militants" and a
# heroic / terrorist brigade. The first sentence of one carries markup.
HARBOUR = (
    "The fighters of the Coastal Brigade held the bridge at dawn <b onclick=alert(9)>. "
    "Local fighters said the fighters would stay in Latakia. Residents brought bread to the "
    "fighters. The heroic Coastal Brigade lost two fighters near the harbour. Fighters from the "
    "hills joined the fighters in the evening. Supplies reached the fighters by boat."
)
RIDGE = (
    "The militants of the Coastal Brigade seized the bridge at dawn. Terrorist gunmen of the "
    "Coastal Brigade fired on the harbour in Latakia. Residents fled from the militants. "
    "Militants said the militants would stay. Militants from the hills joined the militants in "
    "the evening. Supplies reached the militants by boat."
)


def test_story_framing_distinctive_terms_and_stance(
    api_client: TestClient, web_store: SQLiteStore, annotated_docs: Docs
) -> None:
    brigade, latakia = "org:coastal", "loc:latakia"
    base = replace(annotated_docs["en"], story="s-words")
    named = [("Coastal Brigade", "ORG", brigade), ("Latakia", "LOC", latakia)]
    web_store.save(
        [
            retold(base, "harbour", HARBOUR, "Harbour Post", named),
            retold(base, "ridge", RIDGE, "Ridge Daily", named),
            retold(replace(base, lang="fa"), "fa", "بریگاد ساحلی پل را گرفت.", "Pars Desk", []),
        ]
    )
    data = api_client.get("/api/stories/s-words/framing").json()
    outlets = {o["outlet"]: o for o in data["outlets"]}
    harbour = outlets["Harbour Post"]["distinctive"]
    assert [(t["term"], t["count"], t["others"], t["lang"]) for t in harbour] == [
        ("fighters", 8, 0, "en")
    ]
    assert harbour[0]["z"] >= 1.96 and harbour[0]["href"] == "/documents/framing-harbour"
    assert harbour[0]["sentence"].startswith("The fighters of the Coastal Brigade held")
    ridge = outlets["Ridge Daily"]["distinctive"]
    assert [(t["term"], t["count"], t["others"]) for t in ridge] == [("militants", 7, 0)]
    # words both outlets use ("Coastal Brigade", "bridge") are not distinctive; an outlet alone
    # in its language is compared with no one
    assert outlets["Harbour Post"]["alone_in"] == []
    pars = outlets["Pars Desk"]
    assert (pars["distinctive"], pars["alone_in"]) == ([], ["fa"])

    naming = {
        o["outlet"]: o for o in {e["entity"]: e for e in data["entities"]}[brigade]["outlets"]
    }
    positive = naming["Harbour Post"]["stance"]
    assert (positive["label"], positive["positive"], positive["negative"]) == ("positive", 1, 0)
    [span] = positive["spans"]
    assert (span["term"], span["cue"], span["polarity"]) == ("heroic", "glorifying", "positive")
    assert span["sentence"] == "The heroic Coastal Brigade lost two fighters near the harbour."
    assert span["href"] == "/documents/framing-harbour"
    negative = naming["Ridge Daily"]["stance"]
    # "Terrorist gunmen" is a loaded term and a name-calling span: counted once
    assert (negative["label"], negative["positive"], negative["negative"]) == ("negative", 0, 1)
    assert [(x["term"], x["cue"]) for x in negative["spans"]] == [("Terrorist", "delegitimising")]
    # a place is not portrayed: the terms near it frame the event
    places = {e["entity"]: e for e in data["entities"]}[latakia]["outlets"]
    assert [o["stance"] for o in places] == [None, None]

    page = api_client.get("/stories/s-words").text
    section = page[page.index('id="framing"') :]
    assert ">fighters</a>" in section and ">militants</a>" in section
    assert "no other outlet of this story writes in fa" in section
    assert ">heroic</a>" in section and ">Terrorist</a>" in section
    assert "not assessed for places" in section
    assert "<b onclick" not in section and "&lt;b onclick=alert(9)&gt;" in section


def test_outlet_profile_and_document_page_show_stored_framing(
    api_client: TestClient, web_store: SQLiteStore, annotated_docs: Docs
) -> None:
    army = "org:saa"
    docs = [
        retold(
            annotated_docs["en"],
            "monitor-1",
            "Regime forces shelled the town, and the militias <b>looted</b> it.",
            "Levant Monitor",
            [("Regime forces", "ORG", army)],
        ),
        retold(
            annotated_docs["en"],
            "monitor-2",
            "The heroic defenders of the city held out against the regime army.",
            "Levant Monitor",
            [("regime army", "ORG", army)],
        ),
    ]
    FramingStage()(docs)
    assert all(d.frames and d.stages[-1] == "framing.v1" for d in docs)
    web_store.save(docs)
    # what the store gives back is what the stage found, without running it again
    assert web_store.get("framing-monitor-1").frames == docs[0].frames  # type: ignore[union-attr]

    data = api_client.get("/api/outlets/Levant Monitor").json()
    # regime (twice), militias; heroic
    assert data["terms"] == {"delegitimising": 3, "glorifying": 1}
    assert data["techniques"]["name_calling"] >= 2
    [entity] = [e for e in data["entities"] if e["key"] == army]
    assert entity["stance_label"] == "negative" and entity["stance"]["negative"] == 2
    page = api_client.get("/outlets/Levant Monitor").text
    assert "How it frames" in page and "name calling" in page

    page = api_client.get("/documents/framing-monitor-1").text
    assert 'id="layer-delegitimising" checked' in page
    assert 'id="layer-technique" checked' in page
    assert 'class="hl hl-delegitimising" title="delegitimising term: regime"' in page
    assert "<b>looted</b>" not in page and "&lt;b&gt;looted&lt;/b&gt;" in page
