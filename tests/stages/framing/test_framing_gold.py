"""The framing gold set (``benchmarks/data/framing_gold.jsonl``) is well formed: the offsets
``benchmarks/eval_framing.py`` scores against point at the marked words."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from rashomon.stages.framing.lexicon import CATEGORIES, LANGS

GOLD = Path(__file__).resolve().parents[3] / "benchmarks" / "data" / "framing_gold.jsonl"


def _passages() -> list[dict]:
    with GOLD.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def test_framing_gold_offsets_point_at_their_surface_strings() -> None:
    passages = _passages()
    assert len({p["id"] for p in passages}) == len(passages)
    for p in passages:
        assert p["lang"] in LANGS, p["id"]
        last = 0
        for s in p["spans"]:
            assert last <= s["start"] < s["end"] <= len(p["text"]), (p["id"], s)
            assert p["text"][s["start"] : s["end"]] == s["surface"], (p["id"], s)
            assert s["surface"] == s["surface"].strip(), (p["id"], s)
            assert s["category"] in CATEGORIES, (p["id"], s)
            last = s["end"]


def test_framing_gold_has_100_spans_per_language() -> None:
    counts = Counter(p["lang"] for p in _passages() for _ in p["spans"])
    assert all(counts[lang] >= 100 for lang in LANGS), counts
