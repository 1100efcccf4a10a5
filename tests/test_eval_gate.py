"""The evaluation gate: every quality figure we publish is a floor that must hold.

Floors live in ``benchmarks/floors.json`` (per stage, set and language); the figures are
measured here by the same functions the benchmark scripts print, on the outside data in
``../shared/eval`` (``$RASHOMON_EVAL_DIR``). A score below its floor fails. Raise a floor when a
change improves a score; never lower one without saying why in the change.
"""

from __future__ import annotations

import importlib.util
import json
import sys
import warnings
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
FLOORS: dict[str, Any] = json.loads((BENCH / "floors.json").read_text(encoding="utf-8"))


def flatten(tree: dict[str, Any], prefix: str = "") -> dict[str, float]:
    flat: dict[str, float] = {}
    for key, value in tree.items():
        if key.startswith("_"):
            continue
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(flatten(value, name + "."))
        else:
            flat[name] = float(value)
    return flat


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@cache
def measure(group: str, eval_dir: Path) -> dict[str, float]:
    if group == "langid":
        lid = load("eval_langid")
        sets = {
            "lingua_sentences": lid.lingua_items(eval_dir, "sentences"),
            "lingua_word_pairs": lid.lingua_items(eval_dir, "word-pairs"),
            "ntrex_full": lid.ntrex_items(eval_dir, "lid_ntrex_sentences.tsv"),
            "ntrex_4word": lid.ntrex_items(eval_dir, "lid_ntrex_short.tsv"),
        }
        return {
            f"langid.{name}.{lang}": acc
            for name, items in sets.items()
            for lang, acc in lid.score(items)[0].items()
        }
    if group == "extraction":
        ext = load("eval_extraction")
        base = eval_dir / "extraction"
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            figures = {
                **ext.eval_aeb(base / "scrapinghub_aeb", None),
                **ext.eval_dates(base / "trafilatura_eval", None),
            }
        return {f"extraction.{k}": v for k, v in figures.items()}
    if group == "places":
        geo = load("eval_geocoding")
        base = eval_dir / "geoparsing" / "gritta_pragmatic_guide" / "data"
        sets = {
            "GeoWebNews": (base / "GWN.xml", "gwn"),
            "TR-News": (base / "Corpora" / "TR-News.xml", "gaz"),
            "LGL": (base / "Corpora" / "lgl.xml", "gaz"),
        }
        figures: dict[str, float] = {}
        for label, (path, kind) in sets.items():
            result = geo.evaluate(geo._corpus(path, kind))
            figures[f"places.{label}.within_161km"] = float(result["within_161km"])
            figures[f"places.{label}.exact_id"] = float(result["exact_id"])
        return figures
    if group == "time":
        tim = load("eval_time")
        tim.ROOT = eval_dir / "temporal" / "TempEval3_TBAQ" / "data" / "TBAQ-cleaned"
        held_out = tim.score(tim.split()[1], errors=False)
        return {
            "time.tbaq_held_out.relaxed_f1": held_out["F1"],
            "time.tbaq_held_out.value_accuracy": held_out["value"],
        }
    raise KeyError(group)


@pytest.mark.eval
@pytest.mark.slow
@pytest.mark.parametrize(("metric", "floor"), sorted(flatten(FLOORS).items()))
def test_eval_gate_floor_holds(metric: str, floor: float, eval_dir: Path) -> None:
    score = measure(metric.split(".")[0], eval_dir)[metric]
    assert score >= floor, f"{metric} = {score:.4f} dropped below its floor {floor}"
