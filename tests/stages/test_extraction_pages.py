"""Article extraction and dates on our own Arabic and Persian pages (data/extraction/pages)."""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date, datetime
from pathlib import Path

import numpy as np
import pytest

from rashomon.model import ContentKind, DateSource, DocStatus, Document, InputFormat, Origin
from rashomon.stages.clean import CleanExtract
from rashomon.stages.clean.blocks import BlockModel, decide, feature_names, load_model
from rashomon.stages.dates import PublicationDates
from rashomon.stages.dates.byline import near_title

PAGES = Path(__file__).resolve().parents[2] / "data" / "extraction" / "pages"
_WORD = re.compile(r"\w+")


def gold(lang: str) -> list[dict[str, object]]:
    lines = (PAGES / lang / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def run(lang: str, entry: dict[str, object]) -> Document:
    markup = (PAGES / lang / str(entry["file"])).read_text(encoding="utf-8")
    doc = Document(
        id=str(entry["file"]),
        origin=Origin(path=str(entry["file"]), url=str(entry["url"])),
        format=InputFormat.HTML,
        content=ContentKind.HTML,
        raw=markup.encode(),
        markup=markup,
        url=str(entry["url"]),
        fetched=datetime.fromisoformat(str(entry["crawled"])),
    )
    return PublicationDates()(CleanExtract()([doc]))[0]


def f1(truth: str, got: str) -> float:
    def grams(text: str) -> Counter[tuple[str, ...]]:
        t = _WORD.findall(text)
        return Counter(tuple(t[i : i + 4]) for i in range(max(1, len(t) - 3)))

    a, b = grams(truth), grams(got)
    tp = sum((a & b).values())
    return 2 * tp / (sum(a.values()) + sum(b.values()))


# One page of each template per language (the held-out half is left to the benchmark).
@pytest.mark.parametrize("lang", ["ar", "fa"])
@pytest.mark.parametrize("template", range(6))
def test_own_pages_body_date_and_removed_spans(lang: str, template: int) -> None:
    entry = next(e for e in gold(lang) if e["template"] == template and e["split"] == "dev")
    doc = run(lang, entry)
    assert doc.status is DocStatus.OK, doc.errors
    body = list(entry["body"])  # type: ignore[call-overload]
    assert f1("\n".join(body), doc.text) >= 0.95
    assert doc.published is not None
    assert doc.published.value.isoformat()[:10] == entry["date"]
    # Every line of the page is either in the body or a removed span with its reason.
    removed = {doc.source_text[r.start : r.end] for r in doc.removed}
    assert all(r.reason for r in doc.removed)
    for line in doc.source_text.splitlines():
        assert (line in doc.text) or (line in removed), line
    for paragraph in body:
        assert paragraph not in removed


def test_persian_zero_width_non_joiner_kept() -> None:
    """trafilatura's text drops U+200C, which glues Persian words together; ours keeps it."""
    entry = gold("fa")[0]
    doc = run("fa", entry)
    assert "\u200c" in doc.text
    assert "تازه\u200cای" in doc.text


def test_shipped_block_model_matches_features() -> None:
    model = load_model()
    assert model is not None
    assert list(model.names) == feature_names()
    assert 0.0 <= model.drop_below <= model.add_above <= 1.01


def test_block_model_trees_route_rows_and_survive_json() -> None:
    """Depth-2 trees: root split, then the reached child's split (an unsplit child compares
    against +inf, so every row goes its left way); JSON keeps splits exact."""
    width = len(feature_names())
    model = BlockModel(
        tuple(feature_names()),
        np.array([[0, 1, 2], [3, 0, 0]]),
        np.array([[0.5, 0.5, 0.5], [1.0, np.inf, np.inf]]),
        np.array([[-1.0, 1.0, -2.0, 2.0], [0.0, 0.0, 0.5, 0.5]]),
        0.0,
        0.3,
        0.7,
    )
    rows = np.zeros((3, width))
    rows[1, 1] = 1.0  # root left, then right: +1
    rows[2, [0, 3]] = 1.0  # root right, column 2 low: -2; second tree right: +0.5
    expected = 1 / (1 + np.exp(-np.array([-1.0, 1.0, -1.5])))
    assert np.allclose(model.probabilities(rows), expected)
    again = BlockModel.from_json(json.loads(json.dumps(model.to_json())))
    assert np.allclose(again.probabilities(rows), expected)


def test_classifier_trims_edges_not_middle() -> None:
    kept = [False, True, True, True, True, False]
    probs = np.array([0.99, 0.05, 0.9, 0.05, 0.9, 0.1])
    why = decide(kept, probs, drop_below=0.2, add_above=0.95)
    assert why == ["classifier-body", "classifier-boilerplate", None, None, None, None]
    why = decide(kept, probs, drop_below=0.2, add_above=1.01, inside_below=0.1)
    assert why[3] == "classifier-boilerplate"


def test_byline_with_hijri_and_gregorian_dates() -> None:
    lines = [
        "اليوم الاثنين 20 رجب 1443 هـ الموافق 21 فبراير 2022 م",
        "مهرجان للتمور يجذب الزوار إلى واحة الأحساء",
        "كتب فاطمة الزهراني (وكالة النخيل للأنباء) الاثنين 28 جمادى الآخرة 1443 هـ "
        "الموافق 31 يناير 2022 م",
        "اختتم مهرجان التمور السنوي في الأحساء فعالياته بعد أسبوعين شهدا إقبالاً كبيراً.",
    ]
    assert near_title(lines, "مهرجان للتمور يجذب الزوار إلى واحة الأحساء") == date(2022, 1, 31)


def test_relative_byline_against_fetch_time() -> None:
    entry = next(e for e in gold("ar") if e["date_style"] == "relative")
    doc = run("ar", entry)
    assert doc.published is not None
    assert doc.published.source is DateSource.RELATIVE
