"""The framing gold sets written with inline marks by a maker script (the fresh set, now for
development, and the blind held-out set) are well formed and in step with their makers.
Nothing here runs the matcher: the sets are measured by ``benchmarks/eval_framing.py``."""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

DATA = Path(__file__).resolve().parents[3] / "benchmarks" / "data"
SETS = ("framing_gold_fresh", "framing_gold_blind")
CATEGORIES = {"glorifying", "delegitimising", "euphemism", "religious"}
LANGS = {"en", "ar", "fa"}
MIN_SPANS_PER_LANG = 100
_ZWNJ = "\u200c"


def _passages(name: str) -> list[dict]:
    with (DATA / f"{name}.jsonl").open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _maker(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"{name}_make", DATA / f"{name}_make.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _inside_word(ch: str) -> bool:
    return ch.isalnum() or ch in {_ZWNJ, "-", "'", "\u064b", "\u064c", "\u064d", "\u0651"}


@pytest.mark.parametrize("name", SETS)
def test_framing_gold_offsets_point_at_whole_words_of_their_surface(name: str) -> None:
    passages = _passages(name)
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


@pytest.mark.parametrize("name", SETS)
def test_framing_gold_has_enough_spans_of_every_category_per_language(name: str) -> None:
    passages = _passages(name)
    spans = Counter(p["lang"] for p in passages for _ in p["spans"])
    assert all(spans[lang] >= MIN_SPANS_PER_LANG for lang in LANGS), spans
    categories = {(p["lang"], s["category"]) for p in passages for s in p["spans"]}
    assert categories == {(lang, c) for lang in LANGS for c in CATEGORIES}
    # Passages without a loaded term (neutral wording, traps) keep precision honest.
    assert all(any(not p["spans"] for p in passages if p["lang"] == lang) for lang in LANGS)


@pytest.mark.parametrize("name", SETS)
def test_framing_gold_file_is_what_the_maker_writes(name: str) -> None:
    assert _maker(name).build() == _passages(name)
