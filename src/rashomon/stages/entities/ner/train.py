"""Build the NER models from their data; deterministic (crfsuite's L-BFGS, fixed settings).

Usage (from the repository root)::

    python -m rashomon.stages.entities.ner.train en-re3d    # models/en.crfsuite
    python -m rashomon.stages.entities.ner.train ar-wojood  # models/ar.crfsuite
    python -m rashomon.stages.entities.ner.train fa-own     # models/fa.crfsuite
    python -m rashomon.stages.entities.ner.train fa-arman   # <cache>/ner/fa-arman.crfsuite

``--eval-dir`` (default ``$RASHOMON_EVAL_DIR`` or ``../shared/eval``) holds the outside sets;
``--out`` overrides where the model goes. Only training splits are read: re3d train without
its BBC Online sentences, Wojood train + val, ArmanPersoNER folds 1 and 2. ``--dev`` instead
trains on part of the training data and prints scores on the rest (Wojood: train → val;
Arman: fold 1 → fold 2; re3d: the last fifth of the train sentences held out; our own Persian
sentences → Arman fold 1), for choosing settings; ``--folds N`` cross-validates on the outside
training data (N contiguous folds, each held out in turn), steadier than Wojood's small val.
The shipped Persian default is trained on our own sentences only (``data/ner/fa_templates.txt``
and ``fa_news.txt`` filled from ``fa_names.tsv``, plus one round of self-training on our own
Persian prose: :func:`self_trained`); the English and Arabic models add our own sentences
(``data/ner/en_*``, ``ar_*``) to the outside training data.
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from ....cache import cache_dir
from . import clusters, memory
from .corpora import (
    ARMAN_TYPES,
    RE3D_TYPES,
    Sentence,
    aligned,
    re3d_bbc_filter,
    read_conll,
    read_templates,
    read_wojood,
)
from .evaluate import TYPES, Scores, evaluate
from .features import Lexicon, core, lexicon, sentence_features

logger = logging.getLogger(__name__)

REPO = Path(__file__).resolve().parents[5]
MODELS = Path(__file__).resolve().parent / "models"
OWN = REPO / "data" / "ner"
OWN_FA = ((OWN / "fa_templates.txt", OWN / "fa_news.txt"), OWN / "fa_names.tsv")
OWN_AR = ((OWN / "ar_templates.txt", OWN / "ar_news.txt"), OWN / "ar_names.tsv")
OWN_EN = (OWN / "en_templates.txt", OWN / "en_names.tsv")

PARAMS: dict[str, dict[str, float]] = {
    "en": {"c1": 0.1, "c2": 0.1, "max_iterations": 150, "feature.minfreq": 1},
    # chosen by 4-fold cross-validation on Wojood train + val (micro F1 0.787 at 0.1/0.1)
    "ar": {"c1": 0.02, "c2": 0.02, "max_iterations": 150, "feature.minfreq": 1},
    "fa": {"c1": 0.05, "c2": 0.1, "max_iterations": 150, "feature.minfreq": 1},
}


def _eval_dir(arg: str | None) -> Path:
    return Path(arg or os.environ.get("RASHOMON_EVAL_DIR") or REPO.parent / "shared" / "eval")


def re3d_train(eval_dir: Path) -> list[Sentence]:
    ner = eval_dir / "ner"
    train = read_conll(
        ner / "en_re3d_conll/data/re3d/CONLL-format/data/train/re3d-train.conll", RE3D_TYPES
    )
    is_bbc = re3d_bbc_filter(ner / "en_re3d_original")
    return [s for s in train if not is_bbc(s)]


def wojood(eval_dir: Path, split: str) -> list[Sentence]:
    return read_wojood(eval_dir / "ner" / "ar_wojood_sample" / "data" / f"{split}.txt")


def arman(eval_dir: Path, fold: int) -> list[Sentence]:
    return read_conll(eval_dir / "ner" / "fa_ArmanPersoNER" / f"test_fold{fold}.txt", ARMAN_TYPES)


def country_names(lang: str) -> list[str]:
    """Country names in ``lang`` from countrystatecity (ODbL; facts), for {LOC} slots."""
    import countrystatecity_countries as csc

    data = Path(csc.__file__).parent / "data" / "countries.json"
    return sorted(
        {
            c["translations"][lang]
            for c in json.loads(data.read_text("utf-8"))
            if (c.get("translations") or {}).get(lang)
        }
    )


def training_data(
    name: str, eval_dir: Path, dev: bool
) -> tuple[list[Sentence], list[Sentence], list[Sentence]]:
    """(outside training sentences, our own sentences, held-out sentences) for a model; the
    held-out part is empty unless ``dev``."""
    if name == "en-re3d":
        data = re3d_train(eval_dir)
        own = read_templates(*OWN_EN, copies=2)
        if dev:
            cut = len(data) * 4 // 5
            return data[:cut], own, data[cut:]
        return data, own, []
    if name == "ar-wojood":
        own = read_templates(*OWN_AR, copies=2)
        if dev:
            return wojood(eval_dir, "train"), own, wojood(eval_dir, "val")
        return wojood(eval_dir, "train") + wojood(eval_dir, "val"), own, []
    if name == "fa-arman":
        if dev:
            return arman(eval_dir, 1), [], arman(eval_dir, 2)
        return arman(eval_dir, 1) + arman(eval_dir, 2), [], []
    if name == "fa-own":
        countries = country_names("fa")
        own = read_templates(*OWN_FA, copies=4, extra={"LOC": countries})
        own += self_trained(own, "fa", own_prose_fa()) * 2
        return [], own, (arman(eval_dir, 1) if dev else [])
    raise ValueError(f"unknown model {name!r}")


_PERSIAN = re.compile("[پچژگ]")


def own_prose_fa() -> list[str]:
    """Persian prose written for this project, without NER labels: the demo corpus's Persian
    articles and the Persian sentences of the time and claims gold sets (``benchmarks/data``;
    they measure other stages, not NER)."""
    texts = [
        p.read_text("utf-8")
        for p in sorted((REPO / "data" / "demo" / "txt").rglob("*.txt"))
        if _PERSIAN.search(p.read_text("utf-8"))
    ]
    data = REPO / "benchmarks" / "data"
    for path in sorted(data.glob("time_gold_fa*.tsv")):
        with path.open(encoding="utf-8") as f:
            texts += [row["sentence"] for row in csv.DictReader(f, delimiter="\t")]
    claims = data / "claims_gold.jsonl"
    if claims.is_file():
        for line in claims.read_text("utf-8").splitlines():
            if line.strip() and (doc := json.loads(line)).get("lang") == "fa":
                texts.append(doc["text"])
    return texts


def self_trained(
    own: Sequence[Sentence], lang: str, texts: Sequence[str], threshold: float = 0.8
) -> list[Sentence]:
    """Sentences of ``texts`` labelled by a model trained on ``own`` (one round of
    self-training), kept where every span found has a score of at least ``threshold``: real
    prose beside the filled templates, mostly teaching which ordinary words are not names.
    Deterministic, like the training itself."""
    import tempfile

    from ...sentences.rules import split_spans
    from . import _Tagger, decode
    from .tokens import tokenize

    lex = lexicon()
    out: list[Sentence] = []
    with tempfile.TemporaryDirectory() as tmp:
        tagger = _Tagger(train([], own, lang, Path(tmp) / "seed.crfsuite"))
        seen: set[str] = set()
        for text in texts:
            for s, e in split_spans(text):
                tokens = tokenize(text, s, e)
                key = text[s:e]
                if len(tokens) < 4 or key in seen or not _PERSIAN.search(key):
                    continue
                seen.add(key)
                labels, marg = tagger.tag(
                    sentence_features(tokens, lang, lex, tagger.memory, tagger.clusters)
                )
                spans = decode(tokens, labels, marg, lang, lex)
                if any(span.score < threshold for span in spans):
                    continue
                index = {t.start: i for i, t in enumerate(tokens)}
                ends = {t.end: i + 1 for i, t in enumerate(tokens)}
                token_spans = []
                for span in spans:
                    a = max(i for st, i in index.items() if st <= span.start)
                    token_spans.append((a, ends[span.end], span.type))
                out.append(Sentence([t.text for t in tokens], token_spans))
    return out


def cluster_vocabulary(sentences: Sequence[Sentence], lang: str, lex: Lexicon) -> list[str]:
    """The words to cluster: those of the training sentences and of our name lists
    (``data/ner/<lang>_names.tsv``), in their feature form (:func:`features.core`)."""
    words = {t for s in sentences for t in s.tokens}
    names = OWN / f"{lang}_names.tsv"
    if names.is_file():
        for line in names.read_text("utf-8").splitlines():
            if "\t" in line and not line.startswith("#"):
                words.update(line.split("\t")[1].split())
    keys = {core(w, lang, lex) for w in words if w[:1].isalpha()}
    return sorted(k for k in keys if len(k) > 1)


def train(
    outside: Sequence[Sentence],
    own: Sequence[Sentence],
    lang: str,
    out: Path,
    params: dict[str, float] | None = None,
    word_clusters: bool = False,
) -> Path:
    """Train a CRF on ``outside`` + ``own`` sentences and write it to ``out``, with the names
    remembered from ``outside`` beside it (:mod:`.memory`; our own sentences are filled from
    name lists, so their names would teach the CRF that every name is remembered).

    ``word_clusters`` adds the E5 word clusters of :mod:`.clusters` (off by default: in
    cross-validation on Wojood and re3d train they changed micro F1 by less than 0.01)."""
    import pycrfsuite

    lex = lexicon()
    half = len(outside) // 2
    first, second = outside[:half], outside[half:]
    whole = memory.build(outside, lang, lex)
    parts = [
        (first, memory.build(second, lang, lex)),
        (second, memory.build(first, lang, lex)),
        (own, whole),
    ]
    table: clusters.Clusters = {}
    if word_clusters:
        table = clusters.build(cluster_vocabulary([*outside, *own], lang, lex))
    trainer = pycrfsuite.Trainer(verbose=False)
    for sentences, names in parts:
        for tokens, labels in aligned(sentences):
            if tokens:
                trainer.append(sentence_features(tokens, lang, lex, names, table), labels)
    trainer.select("lbfgs")
    trainer.set_params({**PARAMS[lang], **(params or {})})
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(f".tmp{os.getpid()}")
    trainer.train(str(tmp))
    os.replace(tmp, out)
    if whole:
        memory.save(whole, out)
    else:
        memory.path_for(out).unlink(missing_ok=True)
    if table:
        clusters.save(table, out)
    else:
        clusters.path_for(out).unlink(missing_ok=True)
    return out


def score(model: Path, held: Sequence[Sentence], lang: str) -> Scores:
    """Exact span + type scores of ``model`` on held-out sentences."""
    from . import _Tagger, decode
    from .tokens import tokenize

    tagger = _Tagger(model)
    lex = lexicon()

    def tag(text: str) -> list[tuple[int, int, str]]:
        tokens = tokenize(text)
        if not tokens:
            return []
        feats = sentence_features(tokens, lang, lex, tagger.memory, tagger.clusters)
        labels, marg = tagger.tag(feats)
        return [(s.start, s.end, s.type) for s in decode(tokens, labels, marg, lang, lex)]

    return evaluate(held, tag)


def cross_validate(
    outside: Sequence[Sentence],
    own: Sequence[Sentence],
    lang: str,
    folds: int,
    params: dict[str, float] | None = None,
    word_clusters: bool = False,
) -> Scores:
    """Scores summed over ``folds`` contiguous folds of the outside training data, each held
    out in turn from a model trained on the rest and our own sentences: steadier than one small
    development split for choosing features and settings."""
    import tempfile

    total = Scores()
    for f in range(folds):
        a, b = len(outside) * f // folds, len(outside) * (f + 1) // folds
        with tempfile.TemporaryDirectory() as tmp:
            rest = [*outside[:a], *outside[b:]]
            path = train(rest, own, lang, Path(tmp) / "cv.crfsuite", params, word_clusters)
            part = score(path, outside[a:b], lang)
        for counter, more in ((total.tp, part.tp), (total.fp, part.fp), (total.fn, part.fn)):
            counter.update(more)
    return total


def _print_scores(scores: Scores) -> None:
    for kind in (*TYPES, None):
        p, r, f = scores.prf(kind)
        print(f"{kind or 'all':4} P {p:.3f} R {r:.3f} F1 {f:.3f} (gold {scores.gold(kind)})")


def default_out(name: str) -> Path:
    if name == "fa-arman":
        return cache_dir() / "ner" / "fa-arman.crfsuite"
    return MODELS / f"{LANG[name]}.crfsuite"


LANG = {"en-re3d": "en", "ar-wojood": "ar", "fa-arman": "fa", "fa-own": "fa"}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m rashomon.stages.entities.ner.train",
        description="Build an NER model. Example: ... train ar-wojood --eval-dir ../shared/eval",
    )
    parser.add_argument("model", choices=sorted(LANG))
    parser.add_argument("--eval-dir", help="the outside evaluation sets (../shared/eval)")
    parser.add_argument("--out", type=Path, help="where to write the model")
    parser.add_argument("--dev", action="store_true", help="train on part, score the rest")
    parser.add_argument("--c1", type=float)
    parser.add_argument("--c2", type=float)
    parser.add_argument("--clusters", action="store_true", help="add E5 word-cluster features")
    parser.add_argument("--folds", type=int, help="cross-validate on the training data instead")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    lang = LANG[args.model]
    params = {k: v for k, v in (("c1", args.c1), ("c2", args.c2)) if v is not None}
    if args.folds:
        outside, own, _ = training_data(args.model, _eval_dir(args.eval_dir), False)
        scores = cross_validate(outside, own, lang, args.folds, params, args.clusters)
        _print_scores(scores)
        return 0
    outside, own, held = training_data(args.model, _eval_dir(args.eval_dir), args.dev)
    if not args.dev:
        out = train(outside, own, lang, args.out or default_out(args.model), params, args.clusters)
        size = out.stat().st_size
        print(f"{args.model}: {len(outside)} + {len(own)} sentences -> {out} ({size:,} bytes)")
        return 0
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = train(outside, own, lang, Path(tmp) / "dev.crfsuite", params, args.clusters)
        _print_scores(score(path, held, lang))
        print(f"model size {path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
