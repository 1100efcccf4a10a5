"""Measure language identification (``rashomon.stages.language.detect``) on outside data.

Sets (read from ``--eval-dir``, default ``$RASHOMON_EVAL_DIR`` or ``../shared/eval`` from the
repository root; nothing is copied into the repository):

* ``langid/lingua_testdata/language-testdata/{sentences,word-pairs}/<iso>.txt``: one text a line,
  for ar, fa, ur, en, he, tr.
* ``langid/ntrex_derived/lid_ntrex_sentences.tsv`` (whole news lines) and ``lid_ntrex_short.tsv``
  (their first four words): columns lang, line_no, doc_id, text. Measure only. Scores are keyed
  by the file's ISO 639-3 labels; Dari (``prs``) counts as correct when called ``fa``, because
  the detector reports Persian and Dari as one macro-language.

Both sets are for measuring only: no rule or threshold was written against their lines.
Also measures the speed of the sentence and language stages on documents of 25 sentences built
from the lingua sentences (en, ar, fa). Usage::

    .venv/bin/python benchmarks/eval_langid.py --json /tmp/langid.json
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path

from rashomon.model import Document, InputFormat, Origin
from rashomon.stages.language import LanguageStage, detect
from rashomon.stages.sentences import SentenceStage

REPO = Path(__file__).resolve().parents[1]
LINGUA_LANGS = ("ar", "fa", "ur", "en", "he", "tr")
# ntrex label -> the code detect() answers with
NTREX_EXPECTED = {
    "arb": "ar",
    "fas": "fa",
    "prs": "fa",
    "urd": "ur",
    "pus": "ps",
    "ckb": "ckb",
    "kmr": "ku",
    "heb": "he",
    "tur": "tr",
    "eng": "en",
    "snd": "sd",
    "uig": "ug",
}
# (set, languages, floor); snd, uig and kmr are measured but not languages we aim for.
GOALS = (
    ("lingua_sentences", LINGUA_LANGS, 0.995),
    ("ntrex_full", ("arb", "fas", "urd", "eng", "heb", "tur"), 0.995),
    ("ntrex_4word", ("fas", "prs", "urd", "pus", "ckb"), 0.95),
)


def default_eval_dir() -> Path:
    return Path(os.environ.get("RASHOMON_EVAL_DIR", REPO.parent / "shared" / "eval"))


def score(items: list[tuple[str, str]]) -> tuple[dict[str, float], dict[str, Counter[str]]]:
    """Accuracy per gold label of ``(gold label, text)`` pairs, and what each was called."""
    called: dict[str, Counter[str]] = {}
    right: Counter[str] = Counter()
    for gold, text in items:
        lang, _ = detect(text)
        called.setdefault(gold, Counter())[lang] += 1
        right[gold] += lang == NTREX_EXPECTED.get(gold, gold)
    acc = {gold: right[gold] / sum(c.values()) for gold, c in called.items()}
    return acc, called


def lingua_items(root: Path, split: str) -> list[tuple[str, str]]:
    items = []
    for lang in LINGUA_LANGS:
        path = root / "langid/lingua_testdata/language-testdata" / split / f"{lang}.txt"
        lines = path.read_text(encoding="utf-8").splitlines()
        items += [(lang, line) for line in lines if line.strip()]
    return items


def ntrex_items(root: Path, name: str) -> list[tuple[str, str]]:
    path = root / "langid/ntrex_derived" / name
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [(row[0], row[-1]) for row in rows[1:] if row and row[-1].strip()]


def throughput(root: Path, per_doc: int = 25, repeat: int = 3) -> dict[str, float]:
    """Speed of both stages on ~25-sentence documents (best of ``repeat`` runs, one core)."""
    texts: list[str] = []
    for lang in ("en", "ar", "fa"):
        path = root / "langid/lingua_testdata/language-testdata/sentences" / f"{lang}.txt"
        lines = path.read_text(encoding="utf-8").splitlines()
        texts += ["\n\n".join(lines[i : i + per_doc]) for i in range(0, len(lines), per_doc)]
    words = sum(len(t.split()) for t in texts)
    sentences, language = SentenceStage(), LanguageStage()
    language(sentences([_doc(texts[0])]))  # load the classifiers outside the clock
    split_s = label_s = float("inf")
    for _ in range(repeat):
        language.detector.forget()  # every round reads the texts as new, as a real run does
        docs = [_doc(t) for t in texts]
        start = time.perf_counter()
        sentences(docs)
        split_s = min(split_s, time.perf_counter() - start)
        start = time.perf_counter()
        language(docs)
        label_s = min(label_s, time.perf_counter() - start)
    segments = sum(len(d.segments) for d in docs)
    return {
        "documents": len(texts),
        "words_per_doc": round(words / len(texts)),
        "segments_per_doc": round(segments / len(texts), 1),
        "sentences_docs_per_s_at_400_words": round(len(texts) / split_s * words / len(texts) / 400),
        "language_segments_per_s": round(segments / label_s),
        "language_ms_per_400_words": round(label_s / words * 400 * 1e3, 3),
    }


def _doc(text: str) -> Document:
    return Document(id="b", origin=Origin(path="bench"), format=InputFormat.TEXT, text=text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--eval-dir", type=Path, default=default_eval_dir())
    parser.add_argument("--json", type=Path, help="write the scores here")
    args = parser.parse_args(argv)
    root: Path = args.eval_dir
    if not (root / "langid").is_dir():
        print(
            f"no langid data under {root}; pass --eval-dir or set RASHOMON_EVAL_DIR",
            file=sys.stderr,
        )
        return 2

    sets = {
        "lingua_sentences": lingua_items(root, "sentences"),
        "lingua_word_pairs": lingua_items(root, "word-pairs"),
        "ntrex_full": ntrex_items(root, "lid_ntrex_sentences.tsv"),
        "ntrex_4word": ntrex_items(root, "lid_ntrex_short.tsv"),
    }
    results: dict[str, dict[str, float]] = {}
    for name, items in sets.items():
        acc, called = score(items)
        results[name] = {k: round(v, 4) for k, v in acc.items()}
        print(f"\n{name} ({len(items)} texts)")
        for gold in acc:
            others = ", ".join(f"{k}:{n}" for k, n in called[gold].most_common(4))
            print(f"  {gold:4} {acc[gold]:.4f}   called: {others}")

    goals = {}
    print("\ngoals")
    for name, langs, floor in GOALS:
        for lang in langs:
            value = results[name].get(lang, 0.0)
            goals[f"{name}/{lang}"] = {"floor": floor, "score": value, "met": value >= floor}
            verdict = "ok" if value >= floor else "MISSED"
            print(f"  {name:17} {lang:4} {value:.4f} >= {floor}  {verdict}")

    speed = throughput(root)
    print("\nthroughput (one core):")
    for key, value in speed.items():
        print(f"  {key:36} {value}")
    if args.json:
        out = {"langid": results, "goals": goals, "throughput": speed}
        args.json.write_text(json.dumps(out, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
