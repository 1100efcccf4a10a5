"""Readers for the two outside persuasion-technique sets, and PTC's fixed held-out slice.

PTC (SemEval-2020 Task 11, English): ``semeval2020_task11_PTC/datasets/train-articles`` with
``train-task2-TC.labels`` (article id, technique, start, end). Only the 371 ``train`` articles
have gold; an article is HELD OUT when the SHA-1 of its id (the digits of ``articleNNN.txt``,
as a decimal string) taken as an integer is ``0 mod 5`` (:func:`ptc_held_out`): a fixed, about
20% slice that no training run, threshold or rule may look at. Everything else trains.

ArMPro (Arabic): ``ArMPro/dataset/text/V2/span/ArMPro_span_{dev,test}_V2.jsonl``, one
paragraph a line with its labelled spans. The copy we have holds no ``train`` split: the
``dev`` split is what we train on, ``test`` is measure only.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

PTC_DIR = Path("semeval2020_task11_PTC") / "datasets"
ARMPRO_SPAN = Path("ArMPro") / "dataset" / "text" / "V2" / "span"


@dataclass(frozen=True, slots=True)
class Gold:
    start: int
    end: int
    label: str  # the dataset's native label


@dataclass(frozen=True, slots=True)
class Doc:
    id: str
    text: str
    sentences: tuple[tuple[int, int], ...]
    spans: tuple[Gold, ...]


def _fold(key: str) -> int:
    return int(hashlib.sha1(key.encode()).hexdigest(), 16) % 5


def ptc_held_out(article_id: str) -> bool:
    """Whether a PTC article is in our fixed held-out slice (about one in five)."""
    return _fold(article_id) == 0


def _keep(key: str, part: str) -> bool:
    """Development folds inside the training data: ``check`` (fold 1) is scored while
    tuning, ``fit`` is the rest; the held-out fold 0 of PTC is in neither."""
    fold = _fold(key)
    return {"fit": fold != 1, "check": fold == 1}.get(part, True)


def _lines(text: str) -> tuple[tuple[int, int], ...]:
    """PTC gives one sentence a line (title, blank line, then the body)."""
    out = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            lead = len(line) - len(line.lstrip())
            out.append((pos + lead, pos + len(line.rstrip())))
        pos += len(line) + 1
    return tuple(out)


def ptc(data: Path, part: str) -> list[Doc]:
    """PTC articles with gold: ``part`` is "train" (minus the held-out slice), "held_out",
    or, for tuning inside "train", "fit" and "check"."""
    root = data / PTC_DIR
    spans: dict[str, list[Gold]] = {}
    for line in (root / "train-task2-TC.labels").read_text(encoding="utf-8").splitlines():
        if line.strip():
            art, label, s, e = line.split("\t")
            spans.setdefault(art, []).append(Gold(int(s), int(e), label))
    out = []
    for path in sorted((root / "train-articles").glob("article*.txt")):
        art = path.stem.removeprefix("article")
        held = ptc_held_out(art)
        if (part != "held_out" and held) or (part == "held_out" and not held):
            continue
        if not _keep(art, part):
            continue
        text = path.read_text(encoding="utf-8")
        gold = tuple(sorted(spans.get(art, []), key=lambda g: (g.start, g.end, g.label)))
        out.append(Doc(art, text, _lines(text), gold))
    return out


def armpro(data: Path, split: str) -> list[Doc]:
    """ArMPro paragraphs of ``split`` ("dev" or "test"; "dev:fit" and "dev:check" split dev by
    page for tuning), sentences from our own splitter."""
    from ...sentences.rules import split_spans

    split, _, part = split.partition(":")
    path = data / ARMPRO_SPAN / f"ArMPro_span_{split}_V2.jsonl"
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        if not _keep(row["page_id"], part):
            continue
        text = row["paragraph"]
        gold = tuple(
            Gold(int(x["start"]), int(x["end"]), x["technique"])
            for x in row["labels"]
            if 0 <= int(x["start"]) < int(x["end"]) <= len(text)
        )
        out.append(Doc(row["paragraph_id"], text, tuple(split_spans(text)), gold))
    return out
