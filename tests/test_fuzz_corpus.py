"""Replay every input the fuzzer ever broke something with (``tests/fuzz_corpus/<target>/``)
through its target: each must now give documents or typed per-document errors, and keep the
target's promises. ``benchmarks/fuzz.py`` adds a file here for every failure it finds."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(__file__).parent / "fuzz_corpus"


def _load_fuzz():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("rashomon_fuzz", ROOT / "benchmarks" / "fuzz.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


fuzz = _load_fuzz()


def _marks(path: Path) -> list[pytest.MarkDecorator]:
    return [pytest.mark.slow] if path.parent.name.startswith("pipeline") else []


CASES = [
    pytest.param(path, marks=_marks(path)) for path in sorted(CORPUS.glob("*/*")) if path.is_file()
]


def test_fuzz_corpus_targets_are_known() -> None:
    assert CASES, "the regression corpus is empty"
    assert {p.name for p in CORPUS.iterdir() if p.is_dir()} <= set(fuzz.TARGETS)


@pytest.mark.parametrize(
    "path", CASES, ids=[f"{c.values[0].parent.name}/{c.values[0].name[:10]}" for c in CASES]
)
def test_fuzz_corpus_input_is_handled(path: Path, tmp_path: Path) -> None:
    fuzz.replay(path.parent.name, path.read_bytes(), fuzz.Runner(tmp_path))
