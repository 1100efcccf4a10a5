"""NER quality (exact span + type) and speed of ``rashomon.stages.entities.ner.recognize``.

Sets (test splits, measure only; nothing derived from them is trained or tuned on):

* re3d test (en), 200 sentences: shipped ``en`` model; overall and on *named mentions* (gold
  and found spans that contain a word starting with a capital letter);
* Wojood public sample test (ar): shipped ``ar`` model;
* ArmanPersoNER fold 3 (fa): the shipped ``fa`` default, and the model built from folds 1–2
  where it exists in the cache (``--build-arman`` builds it first, ~2 min).

Micro P/R/F1 over PER/ORG/LOC with FAC counted as LOC, per type, and FAC on its own (spans of
type FAC scored separately) for the sets that have it. Speed: documents per second of
``recognize`` over the demo corpus (``data/demo/txt``, 17 news-length articles in en/ar/fa,
five times), one process on one core: wall-clock and CPU-time rates.

    .venv/bin/python benchmarks/eval_ner.py [--eval-dir ../shared/eval] [--build-arman] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

from rashomon.stages.entities.ner import MODELS, recognize
from rashomon.stages.entities.ner.corpora import (
    ARMAN_TYPES,
    RE3D_TYPES,
    Sentence,
    read_conll,
    read_wojood,
)
from rashomon.stages.entities.ner.evaluate import Scores, evaluate
from rashomon.stages.entities.ner.train import default_out, train, training_data

ROOT = Path(__file__).resolve().parents[1]
_PERSIAN = re.compile("[پچژگکی]")
_ARABIC = re.compile("[\u0600-\u06ff]")

Span = tuple[int, int, str]


def _tagger(lang: str, model: Path | None) -> Callable[[str], list[Span]]:
    memo: dict[str, list[Span]] = {}

    def tag(text: str) -> list[Span]:
        if text not in memo:
            memo[text] = [(s.start, s.end, s.type) for s in recognize(text, lang, model=model)]
        return memo[text]

    return tag


def _report(scores: Scores) -> dict[str, object]:
    out: dict[str, object] = {}
    for kind in (*scores.types, None):
        p, r, f = scores.prf(kind)
        out[kind or "all"] = {
            "p": round(p, 3),
            "r": round(r, 3),
            "f1": round(f, 3),
            "gold": scores.gold(kind),
        }
    return out


def measure(
    sentences: list[Sentence], lang: str, model: Path | None = None, named: bool = False
) -> dict[str, object]:
    tag = _tagger(lang, model)
    t = time.perf_counter()
    result: dict[str, object] = {"sentences": len(sentences), **_report(evaluate(sentences, tag))}
    if any(k == "FAC" for s in sentences for _, _, k in s.spans):
        result["FAC"] = _report(evaluate(sentences, tag, fold_fac=False))["FAC"]
    if named:
        result["named"] = _report(
            evaluate(sentences, tag, keep=lambda text: any(w[:1].isupper() for w in text.split()))
        )["all"]
    result["seconds"] = round(time.perf_counter() - t, 1)
    return result


def _lang(text: str) -> str:
    if _PERSIAN.search(text):
        return "fa"
    return "ar" if _ARABIC.search(text) else "en"


def throughput(repeat: int = 5) -> dict[str, object]:
    docs = [p.read_text("utf-8") for p in sorted((ROOT / "data/demo/txt").rglob("*.txt"))]
    for text in docs[:3]:  # models and gazetteer keys load outside the timing
        recognize(text, _lang(text))
    langs = [_lang(text) for text in docs]
    t, cpu = time.perf_counter(), time.process_time()
    for _ in range(repeat):
        for text, lang in zip(docs, langs, strict=True):
            recognize(text, lang)
    seconds, cpu_seconds = time.perf_counter() - t, time.process_time() - cpu
    n = len(docs) * repeat
    return {
        "documents": n,
        "mean_chars": round(sum(map(len, docs)) / len(docs)),
        "docs_per_s": round(n / seconds, 1),
        "docs_per_cpu_s": round(n / cpu_seconds, 1),  # one core; steadier on a shared machine
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--eval-dir",
        type=Path,
        default=Path(os.environ.get("RASHOMON_EVAL_DIR", ROOT.parent / "shared/eval")),
    )
    ap.add_argument("--build-arman", action="store_true", help="build the Arman model first")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    args = ap.parse_args(argv)
    ner = args.eval_dir / "ner"
    if not ner.is_dir():
        print(f"no NER data at {ner}; pass --eval-dir", file=sys.stderr)
        return 2
    results: dict[str, object] = {}
    re3d = ner / "en_re3d_conll/data/re3d/CONLL-format/data/test/re3d-test.conll"
    results["re3d test (en)"] = measure(read_conll(re3d, RE3D_TYPES), "en", named=True)
    wojood = read_wojood(ner / "ar_wojood_sample/data/test.txt")
    results["Wojood test (ar)"] = measure(wojood, "ar")
    fold3 = read_conll(ner / "fa_ArmanPersoNER/test_fold3.txt", ARMAN_TYPES)
    results["Arman fold 3 (fa, shipped default)"] = measure(fold3, "fa", MODELS / "fa.crfsuite")
    arman = default_out("fa-arman")
    if args.build_arman:
        outside, own, _ = training_data("fa-arman", args.eval_dir, dev=False)
        train(outside, own, "fa", arman)
    if arman.is_file():
        results["Arman fold 3 (fa, built from folds 1-2)"] = measure(fold3, "fa", arman)
    results["throughput"] = throughput()
    if args.json:
        print(json.dumps(results, indent=2, ensure_ascii=False))
        return 0
    for label, r in results.items():
        print(label)
        assert isinstance(r, dict)
        for key, v in r.items():
            if isinstance(v, dict) and "f1" in v:
                print(
                    f"  {key:6} P {v['p']:.3f}  R {v['r']:.3f}  F1 {v['f1']:.3f}  gold {v['gold']}"
                )
            else:
                print(f"  {key}: {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
