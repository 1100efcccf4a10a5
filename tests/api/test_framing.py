"""The story framing view: naming choices per outlet for entities at least two outlets
name, loaded terms and persuasion techniques counted per outlet (API and page), and hostile
text escaped."""

from __future__ import annotations

from dataclasses import replace

from fastapi.testclient import TestClient

from rashomon.model import Document, Mention, Origin, Segment
from rashomon.store.sqlite import SQLiteStore

Docs = dict[str, Document]


def retold(
    doc: Document, name: str, text: str, source: str, mentions: list[tuple[str, str, str]]
) -> Document:
    """A copy of ``doc`` (same story and date) with new text, outlet and mentions, each
    (surface, type, key) found by ``text.index``."""
    spans = [(text.index(s), text.index(s) + len(s), kind, key) for s, kind, key in mentions]
    return replace(
        doc,
        id=f"framing-{name}",
        origin=Origin(path=f"annotated/framing-{name}.txt"),
        raw=text.encode("utf-8"),
        source_text=text,
        text=text,
        source=source,
        segments=[Segment(0, len(text), doc.lang or "en", 0.99, "test.v1")],
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
