"""The fresh, blind framing gold set (``benchmarks/data/framing_gold_fresh.jsonl``) is well
formed and in step with the marked passages of its maker script. Nothing here runs the
matcher: the set is measured only, by ``benchmarks/eval_framing.py``."""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path
from types import ModuleType

DATA = Path(__file__).resolve().parents[3] / "benchmarks" / "data"
GOLD = DATA / "framing_gold_fresh.jsonl"
CATEGORIES = {"glorifying", "delegitimising", "euphemism", "religious"}
LANGS = {"en", "ar", "fa"}
MIN_SPANS_PER_LANG = 100
_ZWNJ = "\u200c"


def _passages() -> list[dict]:
    with GOLD.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _maker() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "framing_gold_fresh_make", DATA / "framing_gold_fresh_make.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _inside_word(ch: str) -> bool:
    return ch.isalnum() or ch in {_ZWNJ, "-", "'", "\u064b", "\u064c", "\u064d", "\u0651"}


def test_framing_gold_fresh_offsets_point_at_whole_words_of_their_surface() -> None:
    passages = _passages()
    assert len({p["id"] for p in passages}) == len(passages)
    for p in passages:
        assert p["lang"] in LANGS, p["id"]
        text = p["text"]
        last = 0
        for s in p["spans"]:
            assert last <= s["start"] < s["end"] <= len(text), (p["id"], s)
            assert text[s["start"] : s["end"]] == s["surface"], (p["id"], s)
            assert s["surface"] == s["surface"].strip(), (p["id"], s)
            assert s["category"] in CATEGORIES, (p["id"], s)
            before = text[s["start"] - 1] if s["start"] else " "
            after = text[s["end"]] if s["end"] < len(text) else " "
            assert not _inside_word(before) and not _inside_word(after), (p["id"], s)
            last = s["end"]


def test_framing_gold_fresh_has_enough_spans_of_every_category_per_language() -> None:
    passages = _passages()
    spans = Counter(p["lang"] for p in passages for _ in p["spans"])
    assert all(spans[lang] >= MIN_SPANS_PER_LANG for lang in LANGS), spans
    categories = {(p["lang"], s["category"]) for p in passages for s in p["spans"]}
    assert categories == {(lang, c) for lang in LANGS for c in CATEGORIES}
    # Passages without a loaded term (neutral wording, traps) keep precision honest.
    assert all(any(not p["spans"] for p in passages if p["lang"] == lang) for lang in LANGS)


def test_framing_gold_fresh_file_is_what_the_maker_writes() -> None:
    assert _maker().build() == _passages()
