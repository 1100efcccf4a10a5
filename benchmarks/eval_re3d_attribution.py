"""Measure the attribution of ``extract_claims`` on re3d's relations (measure only).

re3d (``ner/en_re3d_original``) annotates eleven relation types between entity spans, each with
a trigger span (``begin``/``end``, the words that express it). None of the types is
attribution: ``CommWith`` is contact of any kind (met, discussed, signed an agreement with),
``Likes``/``Dislikes`` are stance by any means (supported, conducted airstrikes against), and
the other eight (CoLocated, FightingAgainst, BelongsTo, HasAttrOf, IsSynonymOf, InChargeOf,
AlliesOf, Apart) have nothing to do with speech. So the gold here is the relations of those
three types whose trigger holds a verb of saying (:data:`SPEECH`, a general list of English
reporting verbs written without looking at what our rules catch): "Peter Cook told
reporters", "the army was quoted as warning", "the United States strongly condemns ISIL",
"Syria has accused Israel".
Only CommWith, Likes and Dislikes are read (:data:`KINDS`): the other types cannot be said
by definition. What is said is the sentence holding the trigger.

Inputs to the extractor: the document's text, sentences from
``rashomon.stages.sentences.split_spans`` (all English), and mentions: by default re3d's gold
entities (Person → PER, Organisation → ORG, Location → LOC, the rest MISC; key = lowercased
surface); ``--predicted`` uses ``rashomon.stages.entities.ner.recognize`` instead. The English
NER model was trained on re3d's CoNLL train split, so with ``--predicted`` the figures are also
given for the gold found in sentences of re3d's CoNLL test split only (``held-out``).

The relation's source entity is the speaker for Likes/Dislikes ("the United States condemns
ISIL"); CommWith is symmetric in re3d (most are marked both ways round: "Anas tells me" has
Anas → me and me → Anas), so there either end may be the speaker.

Scoring, by sentence: ``extract_claims`` gives at most one claim a sentence, so the unit is a
gold sentence, one holding the trigger of at least one speech relation. It is found when an
attributed claim of that sentence (speaker kind not ``outlet``) has a speaker span
(``speaker``, or ``antecedent``, a pronoun's resolution) overlapping a possible speaker span of
one of its relations. re3d marks only some relations (between entities its annotators chose),
so an attributed claim in a sentence without gold is not necessarily wrong: precision is over
the attributed claims in gold sentences (one whose speaker matches none is a false positive).
The attributed claims elsewhere are counted, not scored. Where the extractor raises on a
document it is run sentence by sentence and the sentences it raises on are left out (counted).

Usage: ``.venv/bin/python benchmarks/eval_re3d_attribution.py [--predicted] [--limit N]
[--errors]`` (``--limit``: the first N documents of each source).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from rashomon.stages.claims import Claim, extract_claims
from rashomon.stages.sentences import split_spans

EVAL_DIR = Path(
    os.environ.get("RASHOMON_EVAL_DIR", Path(__file__).resolve().parents[1] / "../shared/eval")
)
ROOT = EVAL_DIR / "ner/en_re3d_original"
CONLL_TEST = EVAL_DIR / "ner/en_re3d_conll/data/re3d/CONLL-format/data/test/re3d-test.conll"

# English verbs (and their forms) that report speech or a spoken stance.
SPEECH = re.compile(
    r"\b(?:say|says|said|saying|tell|tells|told|telling|ask|asks|asked|asking|quote[sd]?|"
    r"quoting|urge[sd]?|urging|warn|warns|warned|warning|announce[sd]?|announcing|"
    r"accuse[sd]?|accusing|condemn|condemns|condemned|condemning|claim|claims|claimed|"
    r"claiming|convey|conveys|conveyed|state[sd]|stating|speak|speaks|spoke|spoken|speaking|"
    r"den(?:y|ies|ied|ying)|insist(?:s|ed|ing)?|declare[sd]?|declaring|stress(?:es|ed|ing)?|"
    r"call(?:s|ed)? (?:for|on)|welcome[sd]?|welcoming|commend(?:s|ed)?|prais(?:e|es|ed|ing)|"
    r"criticis(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)|reject(?:s|ed)?|report(?:s|ed)?|"
    r"added|explain(?:s|ed)?|confirm(?:s|ed)?|raised? (?:these |the )?concerns?)\b",
    re.IGNORECASE,
)
KINDS = ("CommWith", "Likes", "Dislikes")  # the only types that can be said
TYPES = {"Person": "PER", "Organisation": "ORG", "Location": "LOC"}


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, o: PRF) -> None:
        self.tp, self.fp, self.fn = self.tp + o.tp, self.fp + o.fp, self.fn + o.fn

    def line(self) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (tp {self.tp}, fp {self.fp}, fn {self.fn})"


def _lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(x) for x in path.read_text("utf-8-sig").splitlines() if x.strip()]


def _squash(text: str) -> str:
    return "".join(text.split())


def test_blob() -> str:
    """re3d's CoNLL test sentences, spaces removed, one a line (to tell held-out gold)."""
    if not CONLL_TEST.is_file():
        return ""
    out, cur = [], []
    for line in CONLL_TEST.read_text("utf-8").splitlines():
        cols = line.split()
        if cols:
            cur.append(cols[0])
        elif cur:
            out.append("".join(cur))
            cur = []
    out.append("".join(cur))
    return "\n".join(out)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _speakers(c: Claim) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in (c.speaker, c.antecedent) if s is not None]


def score(
    text: str,
    relations: list[dict[str, object]],
    entities: list[dict[str, object]],
    predicted: bool,
    held: str,
    counts: Counter[str],
    errors: list[str] | None,
) -> tuple[PRF, PRF]:
    """(all gold, held-out gold) of one document."""
    segments = [(s, e, "en") for s, e in split_spans(text)]

    def sentence(pos: int) -> int:
        return next((i for i, (s, e, _) in enumerate(segments) if s <= pos < e), -1)

    gold: dict[int, set[frozenset[tuple[int, int]]]] = {}
    for r in relations:
        if r["type"] not in KINDS or not SPEECH.search(str(r["value"])):
            continue
        counts[f"gold relations {r['type']}"] += 1
        i = sentence(int(str(r["begin"])))
        ends = [(int(str(r["sourceBegin"])), int(str(r["sourceEnd"])))]
        if r["type"] == "CommWith":  # symmetric: re3d marks it either way round
            ends.append((int(str(r["targetBegin"])), int(str(r["targetEnd"]))))
        if i >= 0:
            gold.setdefault(i, set()).add(frozenset(ends))
    if predicted:
        from rashomon.stages.entities.ner import recognize

        mentions = [(m.start, m.end, m.type, text[m.start : m.end].lower())
                    for m in recognize(text, "en")]  # fmt: skip
    else:
        mentions = [
            (b, e, TYPES.get(str(m["type"]), "MISC"), str(m["value"]).lower())
            for m in entities
            for b, e in [(int(str(m["begin"])), int(str(m["end"])))]
        ]
    claims = [c for c in extract_claims(text, segments, mentions) if c.attributed]
    counts["attributed claims"] += len(claims)
    every, heldout = PRF(), PRF()
    for i, relations_here in gold.items():
        ends = [e for g in relations_here for e in g]
        found = [c for c in claims if c.segment == i]
        right = [c for c in found if any(_overlaps(e, s) for e in ends for s in _speakers(c))]
        prf = PRF(tp=min(1, len(right)), fn=0 if right else 1, fp=len(found) - min(1, len(right)))
        every.add(prf)
        if bool(held) and _squash(text[segments[i][0] : segments[i][1]])[:60] in held:
            heldout.add(prf)
            counts["held-out gold sentences"] += 1
        if not right and errors is not None:
            said = [text[a:b] for c in found for a, b in _speakers(c)]
            gs = sorted({text[a:b] for a, b in ends})
            errors.append(f"MISS {gs} (found {said}): "
                          f"{text[segments[i][0] : segments[i][1]].strip()[:200]!r}")  # fmt: skip
        counts["attributed claims in gold sentences"] += len(found)
        counts["gold sentences"] += 1
        counts["gold relations (deduplicated)"] += len(relations_here)
    return every, heldout


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--predicted", action="store_true", help="NER mentions, not gold entities")
    ap.add_argument("--limit", type=int, default=0, help="first N documents of each source")
    ap.add_argument("--errors", action="store_true", help="list the gold attributions missed")
    args = ap.parse_args(argv)
    if not ROOT.is_dir():
        print(f"re3d not found at {ROOT} (set RASHOMON_EVAL_DIR)", file=sys.stderr)
        return 1
    held = test_blob() if args.predicted else ""
    total, total_held, counts = PRF(), PRF(), Counter[str]()
    errors: list[str] | None = [] if args.errors else None
    for source in sorted(p for p in ROOT.iterdir() if p.is_dir()):
        docs = _lines(source / "documents.json")
        if args.limit:
            docs = docs[: args.limit]
        rels, ents = _lines(source / "relations.json"), _lines(source / "entities.json")
        mine, mine_held = PRF(), PRF()
        for d in docs:
            doc_id = d["_id"]
            every, heldout = score(
                str(d["text"]),
                [r for r in rels if r["documentId"] == doc_id],
                [e for e in ents if e["documentId"] == doc_id],
                args.predicted,
                held,
                counts,
                errors,
            )
            mine.add(every)
            mine_held.add(heldout)
        total.add(mine)
        total_held.add(mine_held)
        print(f"{source.name:45s} ({len(docs):2d} docs)  {mine.line()}")
    mentions = "NER (recognize)" if args.predicted else "gold re3d entities"
    print(f"{'overall, mentions: ' + mentions:52s}  {total.line()}")
    if args.predicted:
        print(f"{'held-out (CoNLL test sentences)':52s}  {total_held.line()}")
    for k, v in sorted(counts.items()):
        print(f"  {k}: {v}")
    for e in errors or []:
        print(e)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
