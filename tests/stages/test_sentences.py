"""Sentence segmentation: exact offsets and the punctuation rules of en/ar/fa text."""

from __future__ import annotations

from pathlib import Path

import pytest

from rashomon import registry
from rashomon.model import Document, InputFormat, Origin
from rashomon.stages.sentences import SentenceStage, split_spans


def _doc(text: str) -> Document:
    return Document(id="x", origin=Origin(path="t.txt"), format=InputFormat.TEXT, text=text)


def _sentences(text: str) -> list[str]:
    doc = SentenceStage()([_doc(text)])[0]
    return [doc.text[s.start : s.end] for s in doc.segments]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Mr. Smith met Gen. Qassem S. Soleimani in Damascus. Dr. Jones stayed home.",
            ["Mr. Smith met Gen. Qassem S. Soleimani in Damascus.", "Dr. Jones stayed home."],
            id="titles-and-initials",
        ),
        pytest.param(
            "The U.S. and the U.N. agreed. The U.S. They left at 10 a.m. on Jan. 5.",
            ["The U.S. and the U.N. agreed.", "The U.S.", "They left at 10 a.m. on Jan. 5."],
            id="acronyms-and-months",
        ),
        pytest.param(
            "Tools, e.g. drones, were used. Room No. 5 was hit. The answer was No. He left.",
            [
                "Tools, e.g. drones, were used.",
                "Room No. 5 was hit.",
                "The answer was No.",
                "He left.",
            ],
            id="e.g.-and-No.",
        ),
        pytest.param(
            "Prices rose 3.5 percent. About 1,204 people fled. Visit www.example.com/a?b=1 now.",
            [
                "Prices rose 3.5 percent.",
                "About 1,204 people fled.",
                "Visit www.example.com/a?b=1 now.",
            ],
            id="numbers-and-urls",
        ),
        pytest.param(
            "Write to press.office@example.org. Then wait!",
            ["Write to press.office@example.org.", "Then wait!"],
            id="email",
        ),
        pytest.param(
            'He said: "We will win." Then he left. "Help!" she cried. Really?! Yes.',
            ['He said: "We will win."', "Then he left.", '"Help!" she cried.', "Really?!", "Yes."],
            id="closing-quotes-stay",
        ),
        pytest.param(
            "“The army… The people…” he said. It was over... The end.",
            ["“The army… The people…” he said.", "It was over...", "The end."],
            id="ellipsis-inside-quotes",
        ),
        pytest.param(
            "(They won.) [Then they left.] Done.",
            ["(They won.)", "[Then they left.]", "Done."],
            id="brackets",
        ),
        pytest.param(
            "قال المتحدث، إن القوات تقدمت. وأضاف: هل انتهت المعركة؟ نعم!",
            ["قال المتحدث، إن القوات تقدمت.", "وأضاف: هل انتهت المعركة؟", "نعم!"],
            id="arabic-comma-and-question",
        ),
        pytest.param(
            "انتهت المعركة.وقال القائد إنها «انتصار كبير.» ثم غادر",
            ["انتهت المعركة.", "وقال القائد إنها «انتصار كبير.»", "ثم غادر"],
            id="arabic-missing-space-and-guillemets",
        ),
        pytest.param(
            "نمی‌دانم چرا رفت؟ او می‌خواهد برگردد. کتاب‌هایش را برد",
            ["نمی‌دانم چرا رفت؟", "او می‌خواهد برگردد.", "کتاب‌هایش را برد"],
            id="persian-zwnj-never-splits",
        ),
        pytest.param(
            "ذهب الجيش إلى المدينة الكبيرة في الصباح الباكر؛ ثم عاد الجنود إلى قواعدهم في المساء.",
            [
                "ذهب الجيش إلى المدينة الكبيرة في الصباح الباكر؛",
                "ثم عاد الجنود إلى قواعدهم في المساء.",
            ],
            id="semicolon-between-full-clauses",
        ),
        pytest.param(
            "اشترى تفاحا؛ موزا؛ عنبا. ثم عاد",
            ["اشترى تفاحا؛ موزا؛ عنبا.", "ثم عاد"],
            id="semicolon-in-a-list",
        ),
        pytest.param(
            "میں نے کتاب پڑھی۔ وہ چلا گیا۔",
            ["میں نے کتاب پڑھی۔", "وہ چلا گیا۔"],
            id="urdu-full-stop",
        ),
    ],
)
def test_sentences_split_points(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Soleimani visits fighters in Albu Kamal\n\nThe commander arrived. He spoke.",
            ["Soleimani visits fighters in Albu Kamal", "The commander arrived.", "He spoke."],
            id="headline-then-paragraph",
        ),
        pytest.param(
            "Latest news\nFighters retake the town\nThe army said so.",
            ["Latest news", "Fighters retake the town", "The army said so."],
            id="headline-lines",
        ),
        pytest.param(
            "The commander, who arrived\non Monday, spoke to the fighters.",
            ["The commander, who arrived\non Monday, spoke to the fighters."],
            id="hard-wrapped-line-continues",
        ),
        pytest.param(
            "He spoke to the fighters of the\n\nbrigade about the battle.",
            ["He spoke to the fighters of the", "brigade about the battle."],
            id="never-across-paragraphs",
        ),
        pytest.param(
            "1. Retake the town\n2. Hold the border",
            ["1. Retake the town", "2. Hold the border"],
            id="numbered-list",
        ),
    ],
)
def test_sentences_lines_and_paragraphs(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


@pytest.mark.parametrize("text", ["", "   ", "\n\n \t\n", "\u200f \n"])
def test_sentences_blank_text_has_no_segments(text: str) -> None:
    assert _sentences(text) == []


def test_sentences_stage_assigns_undetermined_segments() -> None:
    doc = SentenceStage()([_doc("  One.  Two!\n\nThree?  ")])[0]
    assert doc.stages == ["sentences.rules.v1"]
    assert [(s.start, s.end) for s in doc.segments] == [(2, 6), (8, 12), (14, 20)]
    assert {(s.lang, s.stage) for s in doc.segments} == {("und", "sentences.rules.v1")}


def _assert_cover_once(text: str) -> None:
    spans = split_spans(text)
    covered = [False] * len(text)
    for start, end in spans:
        assert 0 <= start < end <= len(text)
        segment = text[start:end]
        assert segment == segment.strip(), segment
        assert "\n\n" not in segment.replace(" ", "")
        for i in range(start, end):
            assert not covered[i], "segments overlap"
            covered[i] = True
    assert spans == sorted(spans)
    missed = [text[i] for i, c in enumerate(covered) if not c and not text[i].isspace()]
    assert set(missed) <= {"\u200e", "\u200f", "\ufeff"}, missed  # bidi marks at the edges


@pytest.mark.parametrize(
    "text",
    [
        "Mr. A met B. C. Soleimani.\n\nانتهى.وقال «نعم.» ثم؛ لا\n  \nنمی‌دانم…  \n\n«»",
        "\u200f Title \u200f\n\n\tOne. Two…\r\nThree?! (Four.)",
    ],
)
def test_sentences_segments_cover_every_character_once(text: str) -> None:
    _assert_cover_once(text)


def test_sentences_seed_segments_cover_every_character_once(seeds_dir: Path) -> None:
    for path in sorted(seeds_dir.glob("*.txt")):
        _assert_cover_once(path.read_text(encoding="utf-8"))


def test_sentences_stage_contract() -> None:
    assert registry.stages.get("sentences.rules.v1") is SentenceStage
    assert SentenceStage.requires == ("text",)
    assert SentenceStage.assigns == ("segments",)
