"""Persuasion techniques: the shipped rules on our own en/ar/fa sentences, the model's
building blocks, and (where ../shared/eval is present) a tiny model built from PTC."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from rashomon.stages.framing.techniques import (
    COMMON,
    detect_techniques,
    document_techniques,
)
from rashomon.stages.framing.techniques.labels import ARMPRO, PTC
from rashomon.stages.framing.techniques.linear import Rows, train

EMPTY = Path("/nonexistent/rashomon-techniques")  # no model there: the rules answer


def _found(text: str, lang: str) -> set[tuple[str, str]]:
    spans = detect_techniques(text, [(0, len(text))], lang, model_root=EMPTY)
    assert all(s.source == "rules" for s in spans)
    return {(text[s.start : s.end], s.technique) for s in spans}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "The so-called ceasefire collapsed as regime forces shelled the town, "
            "an unprecedented attack on our nation, experts say.",
            {
                ("so-called", "doubt"),
                ("regime forces", "name_calling"),
                ("unprecedented", "exaggeration"),
                ("our nation", "flag_waving"),
                ("experts say", "appeal_to_authority"),
            },
        ),
        (
            "ar",
            "وقال المتحدث إن ما يسمى بالهدنة انهارت بعد قصف غير مسبوق على شعبنا، بحسب خبراء.",
            {
                ("ما يسمى", "doubt"),
                ("غير مسبوق", "exaggeration"),
                ("شعبنا", "flag_waving"),
                ("بحسب خبراء", "appeal_to_authority"),
            },
        ),
        (
            "fa",
            "به گفته کارشناسان این حمله بی‌سابقه رژیم به اصطلاح آتش‌بس را از میان برد.",
            {
                ("به گفته کارشناسان", "appeal_to_authority"),
                ("بی‌سابقه", "exaggeration"),
                ("رژیم", "name_calling"),
                ("به اصطلاح", "doubt"),
            },
        ),
    ],
    ids=["en", "ar", "fa"],
)
def test_rules_find_techniques_in_own_sentences(lang: str, text: str, expected: set) -> None:
    assert expected <= _found(text, lang)


def test_rules_leave_plain_reporting_alone() -> None:
    text = "The council met on Tuesday and approved the budget for the new school year."
    assert _found(text, "en") == set()
    assert detect_techniques("   ", [], "en") == []


def test_document_techniques_without_model_counts_rule_hits() -> None:
    text = "Experts say the so-called talks failed."
    found = document_techniques(text, [(0, len(text))], "en", model_root=EMPTY)
    assert set(found) == {"appeal_to_authority", "doubt"}


def test_native_labels_map_into_the_common_set() -> None:
    assert set(PTC.values()) <= set(COMMON)
    assert set(ARMPRO.values()) <= set(COMMON)
    assert len(PTC) == 14 and len(ARMPRO) == 23
    assert PTC["Name_Calling,Labeling"] == ARMPRO["Name_Calling-Labeling"] == "name_calling"


def test_linear_learns_separable_bags() -> None:
    bags = [["w=regime", "w=thugs"], ["w=experts", "w=say"]] * 20
    targets = np.array([[1, 0], [0, 1]] * 20, dtype=np.float32)
    model = train(Rows.build(bags), targets, ["name", "authority"], epochs=60)
    scores = model.scores(Rows.build([["w=thugs"], ["w=experts"], ["w=unseen"]]))
    assert scores[0].argmax() == 0 and scores[1].argmax() == 1
    assert abs(scores[2, 0] - scores[2, 1]) < abs(scores[0, 0] - scores[0, 1])


@pytest.mark.eval
def test_tiny_model_from_ptc_train_labels_spans(eval_dir: Path, tmp_path: Path) -> None:
    from rashomon.stages.framing.techniques.corpora import ptc, ptc_held_out
    from rashomon.stages.framing.techniques.train import build

    data = eval_dir / "propaganda"
    if not (data / "semeval2020_task11_PTC").is_dir():
        pytest.skip("PTC not found under the evaluation folder")
    build(data, "en", tmp_path, limit=12, iterations=15, epochs=60)
    docs = ptc(data, "train")[12:14]
    assert not any(ptc_held_out(d.id) for d in docs)
    doc = docs[0]
    spans = detect_techniques(doc.text, list(doc.sentences), "en", model_root=tmp_path)
    assert spans and all(s.source == "model" for s in spans)
    assert all(s.technique in COMMON and 0.0 <= s.score <= 1.0 for s in spans)
    assert all(0 <= s.start < s.end <= len(doc.text) for s in spans)
