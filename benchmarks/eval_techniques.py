"""Measure persuasion-technique detection (``rashomon.stages.framing.techniques``) on PTC
(English) and ArMPro (Arabic), the built model beside the shipped rules.

Sets and splits (``$RASHOMON_EVAL_DIR``, default ``../shared/eval``, under ``propaganda/``):

* PTC (SemEval-2020 Task 11, ``semeval2020_task11_PTC/datasets``, train articles with gold):
  our fixed HELD-OUT slice is the articles whose id's SHA-1, as an integer, is 0 mod 5 (88 of
  371; ``techniques.corpora.ptc_held_out``); the model trains on the other 283. This is not the
  official SemEval test set (its gold is not public): figures are not comparable one to one.
* ArMPro: ``test`` split (1,326 paragraphs), measure only; the model trains on ``dev``.
* Persian: our own blind gold (``data/techniques_gold_fa.jsonl``, 90 passages, 168 spans,
  common labels; written before its author read the rules), measure only, no outside data
  (``--langs fa``). Persian has no model, so the shipped rules are scored: span identification,
  classification given gold spans and labelled spans as for PTC, per-label counts, and two
  trivial baselines (every gold span Loaded Language; each passage one predicted span).

Scores:

* PTC technique classification given gold spans (SemEval subtask TC): each gold span instance
  gets a label; spans with the same offsets and k labels get the model's k best distinct
  labels. Micro-F1 (= accuracy, as every instance gets exactly one prediction).
* span identification (SemEval subtask SI), our own implementation of the task's
  partial-overlap measure: gold spans of a document merged where they overlap (SI is binary),
  predicted spans likewise; P = sum over predicted s, gold t of |s∩t|/|s|, divided by the
  number of predicted spans; R the same with |t| and the number of gold spans; F1 of the two.
  Sums run over the whole set.
* labelled span F1: the same, but s and t count only where their (common) technique agrees.
* ArMPro paragraph-level multi-label micro-F1 over the 23 techniques (``no_technique``
  excluded from the label set; a paragraph with no predicted technique predicts none), two
  ways: the model's sentence classifier (what ``document_techniques`` returns), and the
  native labels of ``detect_techniques``'s spans; the rules' common labels are mapped back to
  ArMPro's. Beside it the majority baseline (every paragraph: Loaded Language).

Cost: CPU seconds per document of ``detect_techniques`` (one process, one core; the machine
is shared), and the peak resident memory of this process.

Usage::

    .venv/bin/python -m rashomon.stages.framing.techniques.train   # builds into the cache
    .venv/bin/python benchmarks/eval_techniques.py [--models DIR] [--tune] [--langs en,ar,fa]

``--tune`` scores the development folds (PTC "check", ArMPro "dev:check") with a model built
with ``train --tune``; without it the held-out PTC slice and ArMPro test are scored and no
per-example errors are ever printed.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import time
from collections import Counter
from pathlib import Path

import numpy as np

from rashomon.stages.framing.techniques import detect_techniques
from rashomon.stages.framing.techniques.corpora import Doc, Gold, armpro, ptc
from rashomon.stages.framing.techniques.features import DocContext
from rashomon.stages.framing.techniques.labels import ARMPRO, COMMON, PTC
from rashomon.stages.framing.techniques.predict import Model, load, model_dir

EVAL_DIR = Path(
    os.environ.get("RASHOMON_EVAL_DIR", Path(__file__).resolve().parents[1] / "../shared/eval")
)
DATA = EVAL_DIR / "propaganda"

Span = tuple[int, int, str]


def merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[list[int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


class Overlap:
    """Running sums of the SemEval partial-overlap precision and recall."""

    def __init__(self) -> None:
        self.p = self.r = 0.0
        self.n_pred = self.n_gold = 0

    def add(self, pred: list[tuple[int, int]], gold: list[tuple[int, int]]) -> None:
        self.n_pred += len(pred)
        self.n_gold += len(gold)
        for s, e in pred:
            for a, b in gold:
                inter = min(e, b) - max(s, a)
                if inter > 0:
                    self.p += inter / (e - s)
                    self.r += inter / (b - a)

    def prf(self) -> tuple[float, float, float]:
        p = self.p / self.n_pred if self.n_pred else 0.0
        r = self.r / self.n_gold if self.n_gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def add_labelled(score: Overlap, pred: list[Span], gold: list[Span]) -> None:
    for label in {x[2] for x in pred} | {x[2] for x in gold}:
        score.add(
            merge([(s, e) for s, e, x in pred if x == label]),
            merge([(s, e) for s, e, x in gold if x == label]),
        )


def classify_gold_spans(model: Model, docs: list[Doc]) -> float:
    """Micro-F1 of technique classification given PTC's gold spans."""
    right = total = 0
    for doc in docs:
        if not doc.spans:
            continue
        ctx = DocContext.build(doc.text, list(doc.sentences), "en")
        groups: dict[tuple[int, int], list[str]] = {}
        for g in doc.spans:
            groups.setdefault((g.start, g.end), []).append(g.label)
        keys = list(groups)
        scores = model.label_scores(ctx, keys)
        for key, row in zip(keys, scores, strict=True):
            gold = Counter(groups[key])
            guesses = [model.labeller.classes[k] for k in np.argsort(-row)[: len(groups[key])]]
            right += sum((gold & Counter(guesses)).values())
            total += len(groups[key])
    return right / total if total else 0.0


def rules_given_gold_spans(
    docs: list[Doc],
    lang: str = "en",
    native: dict[str, str] = PTC,
    majority: str = "Loaded_Language",
) -> float:
    """The rules as a classifier given gold spans: the technique of a rule hit inside the
    span, else the majority label (Loaded Language)."""
    back = {v: k for k, v in native.items()}
    right = total = 0
    for doc in docs:
        hits = detect_techniques(doc.text, list(doc.sentences), lang, use_model=False)
        for g in doc.spans:
            inside = [h.technique for h in hits if g.start <= h.start and h.end <= g.end]
            guess = back.get(inside[0], majority) if inside else majority
            right += guess == g.label
            total += 1
    return right / total if total else 0.0


def span_scores(
    docs: list[Doc], lang: str, mapping: dict[str, str], *, root: Path | None, use_model: bool
) -> tuple[Overlap, Overlap, list[set[str]], float]:
    """SI and labelled-span scores, each document's predicted native labels, CPU s/doc."""
    si, labelled = Overlap(), Overlap()
    paragraph_labels = []
    cpu = 0.0
    back = {v: k for k, v in mapping.items()}
    for doc in docs:
        t = time.process_time()
        found = detect_techniques(
            doc.text, list(doc.sentences), lang, model_root=root, use_model=use_model
        )
        cpu += time.process_time() - t
        si.add(
            merge([(x.start, x.end) for x in found]), merge([(g.start, g.end) for g in doc.spans])
        )
        pred = [(x.start, x.end, x.technique) for x in found]
        gold = [(g.start, g.end, mapping[g.label]) for g in doc.spans]
        add_labelled(labelled, pred, gold)
        paragraph_labels.append({back[x.technique] for x in found if x.technique in back})
    return si, labelled, paragraph_labels, cpu / max(len(docs), 1)


def multilabel_micro(pred: list[set[str]], gold: list[set[str]]) -> tuple[float, float, float]:
    tp = sum(len(p & g) for p, g in zip(pred, gold, strict=True))
    n_pred = sum(len(p) for p in pred)
    n_gold = sum(len(g) for g in gold)
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def fmt(prf: tuple[float, float, float]) -> str:
    return "P {:.3f} R {:.3f} F1 {:.3f}".format(*prf)


def sentence_paragraphs(docs: list[Doc], root: Path) -> tuple[list[set[str]], float]:
    """Each paragraph's ArMPro labels from the sentence classifier, and CPU s/paragraph."""
    model = load("ar", root)
    if model is None:
        return [], 0.0
    out = []
    cpu = time.process_time()
    for doc in docs:
        ctx = DocContext.build(doc.text, list(doc.sentences), "ar")
        scores = model.sentence_scores(ctx)
        best = scores.max(axis=0) if len(scores) else np.zeros(len(model.sentence_model.classes))
        classes = model.sentence_model.classes
        out.append({c for c, p in zip(classes, best, strict=True) if p >= model.sentence_threshold})
    return out, (time.process_time() - cpu) / max(len(docs), 1)


def model_scores(root: Path) -> dict[str, float]:
    """The built models' held-out figures the evaluation gate holds (empty when no model was
    built under ``root``): PTC technique classification given gold spans and span
    identification F1; ArMPro test paragraph micro-F1 of the sentence classifier."""
    en, ar = load("en", root), load("ar", root)
    if en is None or ar is None:
        return {}
    docs = ptc(DATA, "held_out")
    si, _, _, _ = span_scores(docs, "en", PTC, root=root, use_model=True)
    paragraphs = armpro(DATA, "test")
    pred, _ = sentence_paragraphs(paragraphs, root)
    gold = [{g.label for g in d.spans} for d in paragraphs]
    return {
        "ptc_classification_f1": classify_gold_spans(en, docs),
        "ptc_span_f1": si.prf()[2],
        "armpro_sentence_f1": multilabel_micro(pred, gold)[2],
    }


def report_ptc(root: Path, tune: bool) -> None:
    docs = ptc(DATA, "check" if tune else "held_out")
    n_spans = sum(len(d.spans) for d in docs)
    where = "check fold" if tune else "held-out slice"
    print(f"PTC {where}: {len(docs)} articles, {n_spans} spans")
    model = load("en", root)
    tc = "technique classification given gold spans, micro-F1"
    if model is not None:
        cpu = time.process_time()
        f1 = classify_gold_spans(model, docs)
        per = (time.process_time() - cpu) / max(len(docs), 1)
        print(f"  model: {tc} {f1:.3f} ({per * 1000:.0f} ms CPU/article)")
    print(f"  rules: {tc} {rules_given_gold_spans(docs):.3f}")
    majority = sum(g.label == "Loaded_Language" for d in docs for g in d.spans) / max(n_spans, 1)
    print(f"  majority label (Loaded Language): {tc} {majority:.3f}")
    for name, use in (("model", True), ("rules", False)):
        if use and model is None:
            continue
        si, lab, _, cpu = span_scores(docs, "en", PTC, root=root, use_model=use)
        print(f"  {name}: span identification {fmt(si.prf())}")
        print(f"  {name}: labelled spans {fmt(lab.prf())}")
        print(f"  {name}: detect_techniques {cpu * 1000:.0f} ms CPU/article")


def report_armpro(root: Path, tune: bool) -> None:
    split = "dev:check" if tune else "test"
    docs = armpro(DATA, split)
    print(f"ArMPro {split}: {len(docs)} paragraphs, {sum(len(d.spans) for d in docs)} spans")
    gold = [{g.label for g in d.spans} for d in docs]
    majority = multilabel_micro([{"Loaded_Language"}] * len(docs), gold)
    print(f"  majority (Loaded Language everywhere): paragraph multilabel micro {fmt(majority)}")
    pred, cpu = sentence_paragraphs(docs, root)
    if pred:
        micro = fmt(multilabel_micro(pred, gold))
        print(f"  model, sentence classifier: paragraph multilabel micro {micro}")
        print(f"  model, sentence classifier: {cpu * 1000:.1f} ms CPU/paragraph")
    for name, use in (("model", True), ("rules", False)):
        if use and load("ar", root) is None:
            continue
        si, lab, pred, cpu = span_scores(docs, "ar", ARMPRO, root=root, use_model=use)
        print(f"  {name}, spans: paragraph multilabel micro {fmt(multilabel_micro(pred, gold))}")
        print(f"  {name}: span identification {fmt(si.prf())}")
        print(f"  {name}: labelled spans {fmt(lab.prf())}")
        print(f"  {name}: detect_techniques {cpu * 1000:.1f} ms CPU/paragraph")


FA_GOLD = Path(__file__).resolve().parent / "data" / "techniques_gold_fa.jsonl"
COMMON_IDENTITY = {label: label for label in COMMON}
SENTENCE_END = re.compile(r"[.!?؟؛]+")


def _sentences(text: str) -> tuple[tuple[int, int], ...]:
    """Rough sentence spans (the rules do not use them; the model would)."""
    out, pos = [], 0
    for m in SENTENCE_END.finditer(text):
        out.append((pos, m.end()))
        pos = m.end()
    if text[pos:].strip():
        out.append((pos, len(text)))
    return tuple(out)


def fa_gold(path: Path = FA_GOLD) -> list[Doc]:
    """Our blind Persian gold (``data/techniques_gold_fa_make.py``), labels already common."""
    docs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        spans = tuple(Gold(s["start"], s["end"], s["technique"]) for s in row["spans"])
        docs.append(Doc(row["id"], row["text"], _sentences(row["text"]), spans))
    return docs


def fa_scores(docs: list[Doc]) -> dict[str, float]:
    """The shipped rules (Persian has no model) and trivial baselines on the Persian gold."""
    si, lab, _, cpu = span_scores(docs, "fa", COMMON_IDENTITY, root=None, use_model=False)
    whole = Overlap()  # baseline: every passage is one predicted span
    for doc in docs:
        whole.add([(0, len(doc.text))], merge([(g.start, g.end) for g in doc.spans]))
    n_spans = sum(len(d.spans) for d in docs)
    loaded = sum(g.label == "loaded_language" for d in docs for g in d.spans)
    return {
        "classification_f1": rules_given_gold_spans(docs, "fa", COMMON_IDENTITY, "loaded_language"),
        "span_precision": si.prf()[0],
        "span_recall": si.prf()[1],
        "span_f1": si.prf()[2],
        "labelled_span_f1": lab.prf()[2],
        "baseline_classification_f1": loaded / max(n_spans, 1),
        "baseline_span_f1": whole.prf()[2],
        "cpu_ms_per_passage": cpu * 1000,
    }


def report_fa(path: Path = FA_GOLD) -> None:
    if not path.exists():
        print(f"Persian gold not found at {path}; build it with data/techniques_gold_fa_make.py")
        return
    docs = fa_gold(path)
    plain = [d for d in docs if not d.spans]
    print(
        f"own Persian gold (blind, measure only): {len(docs)} passages "
        f"({len(plain)} with no technique), {sum(len(d.spans) for d in docs)} spans"
    )
    sc = fa_scores(docs)
    tc = "technique classification given gold spans, micro-F1"
    print(f"  rules: {tc} {sc['classification_f1']:.3f}")
    base = sc["baseline_classification_f1"]
    print(f"  baseline (every gold span Loaded Language): {tc} {base:.3f}")
    si = (sc["span_precision"], sc["span_recall"], sc["span_f1"])
    print(f"  rules: span identification {fmt(si)}")
    base = sc["baseline_span_f1"]
    print(f"  baseline (each passage one span): span identification F1 {base:.3f}")
    print(f"  rules: labelled spans F1 {sc['labelled_span_f1']:.3f}")
    print(f"  rules: detect_techniques {sc['cpu_ms_per_passage']:.1f} ms CPU/passage")
    gold_n: Counter[str] = Counter()
    hit_n: Counter[str] = Counter()
    per_label: dict[str, Overlap] = {}
    fired_plain = touched = 0
    n_gold = sum(len(d.spans) for d in docs)
    for doc in docs:
        hits = detect_techniques(doc.text, list(doc.sentences), "fa", use_model=False)
        fired_plain += bool(hits) and not doc.spans
        touched += sum(any(h.start < g.end and g.start < h.end for h in hits) for g in doc.spans)
        gold_n.update(g.label for g in doc.spans)
        hit_n.update(h.technique for h in hits)
        for label in {g.label for g in doc.spans} | {h.technique for h in hits}:
            per_label.setdefault(label, Overlap()).add(
                merge([(h.start, h.end) for h in hits if h.technique == label]),
                merge([(g.start, g.end) for g in doc.spans if g.label == label]),
            )
    print(f"  rules: {touched} of {n_gold} gold spans overlap a rule hit (any label)")
    print(f"  rules fire in {fired_plain} of {len(plain)} passages with no technique")
    print(f"  {'label':28s} {'gold':>5s} {'rules':>5s}  labelled span P / R / F1")
    for label in sorted(per_label, key=lambda x: (-gold_n[x], x)):
        p, r, f = per_label[label].prf()
        print(f"  {label:28s} {gold_n[label]:5d} {hit_n[label]:5d}  {p:.3f} / {r:.3f} / {f:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--models", type=Path, default=None, help="default: <cache>/techniques")
    parser.add_argument("--tune", action="store_true", help="score the development folds")
    parser.add_argument("--langs", default="en,ar,fa", help="fa needs no outside data")
    args = parser.parse_args()
    root = args.models or model_dir()
    langs = args.langs.split(",")
    if "en" in langs:
        report_ptc(root, args.tune)
    if "ar" in langs:
        report_armpro(root, args.tune)
    if "fa" in langs:
        report_fa()
    print(f"peak memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
