"""Readers for the NER training and evaluation sets, and their conversion to our tokens.

Every reader gives :class:`Sentence` objects: the set's own tokens and its gold spans as token
ranges with our types (PER, ORG, LOC, FAC). :func:`aligned` joins the tokens with spaces and
labels *our* tokenisation of that text, so training sees exactly what :func:`recognize` sees
at run time.

Type mappings: re3d Person/Organisation/Location → PER/ORG/LOC; ArmanPersoNER pers/org/loc/fac
→ PER/ORG/LOC/FAC (pro, event dropped); Wojood PERS/ORG/GPE/LOC/FAC → PER/ORG/LOC/LOC/FAC, the
other Wojood types dropped *before* flattening, then nested spans flattened to the outermost
(``سكرتير اللجنة القومية العربية في نابلس`` is an occupation holding an ORG and a GPE: the
ORG and the GPE are kept).

re3d's BBC Online documents are CC BY-NC: :func:`re3d_bbc_filter` finds the CoNLL train
sentences that come from them (by their text, spaces removed, occurring in a BBC document of
``en_re3d_original``) so that a model we ship can be trained without them.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from .tokens import Token, tokenize

__all__ = [
    "Sentence",
    "read_conll",
    "read_wojood",
    "read_templates",
    "re3d_bbc_filter",
    "aligned",
    "RE3D_TYPES",
    "ARMAN_TYPES",
    "WOJOOD_TYPES",
]

RE3D_TYPES = {"Person": "PER", "Organisation": "ORG", "Location": "LOC"}
ARMAN_TYPES = {"pers": "PER", "org": "ORG", "loc": "LOC", "fac": "FAC"}
WOJOOD_TYPES = {"PERS": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "FAC"}
_QUOTES = str.maketrans("“”‘’", "\"\"''")


@dataclass(frozen=True, slots=True)
class Sentence:
    tokens: list[str]
    spans: list[tuple[int, int, str]]  # token start, token end (exclusive), type

    @property
    def text(self) -> str:
        return " ".join(self.tokens)

    def char_spans(self) -> list[tuple[int, int, str]]:
        starts, pos = [], 0
        for t in self.tokens:
            starts.append(pos)
            pos += len(t) + 1
        return [(starts[a], starts[b - 1] + len(self.tokens[b - 1]), k) for a, b, k in self.spans]


def _blocks(path: Path) -> Iterator[list[list[str]]]:
    block: list[list[str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split()
        if not cols:
            if block:
                yield block
            block = []
        else:
            block.append(cols)
    if block:
        yield block


def read_conll(path: Path, types: dict[str, str]) -> list[Sentence]:
    """A token-per-line IOB file (token first, tag last); types outside ``types`` dropped."""
    return [
        Sentence([cols[0] for cols in block], read_conll_block(block, types))
        for block in _blocks(path)
    ]


def read_conll_block(block: list[list[str]], types: dict[str, str]) -> list[tuple[int, int, str]]:
    """Token spans of one sentence's IOB tags (last column)."""
    spans: list[tuple[int, int, str]] = []
    start, kind = -1, ""
    for i, cols in enumerate([*block, ["", "O"]]):
        tag = cols[-1] if len(cols) > 1 else "O"
        prefix, _, label = tag.partition("-")
        mapped = types.get(label, "")
        if kind and (prefix != "I" or mapped != kind):
            spans.append((start, i, kind))
            kind = ""
        if mapped and (prefix == "B" or not kind):
            start, kind = i, mapped
    return spans


def read_wojood(path: Path) -> list[Sentence]:
    """Wojood's nested IOB (one column per nesting level), flattened to the outermost span of
    our types."""
    out = []
    for block in _blocks(path):
        tokens = [cols[0] for cols in block]
        found: list[tuple[int, int, str]] = []
        for level in range(1, max(len(cols) for cols in block)):
            column = [[cols[0], cols[level] if level < len(cols) else "O"] for cols in block]
            found += read_conll_block(column, WOJOOD_TYPES)
        found.sort(key=lambda s: (s[0], -s[1]))
        spans: list[tuple[int, int, str]] = []
        for s in found:
            if spans and s[0] < spans[-1][1]:
                continue  # nested in (or crossing) an outer span
            spans.append(s)
        out.append(Sentence(tokens, spans))
    return out


_SLOT = re.compile(r"\{(PER|ORG|LOC|FAC)(?:_([A-Z]+))?(?::([^{}]+))?\}")


def read_templates(
    templates: Path | Sequence[Path],
    names: Path,
    copies: int = 5,
    seed: int = 0,
    extra: dict[str, list[str]] | None = None,
) -> list[Sentence]:
    """Our own sentences with slots, each filled ``copies`` times by a seeded generator
    (deterministic) from ``names`` (TSV list, name) and ``extra`` (list → names).

    Slots: ``{PER}`` takes a name of the list PER; ``{ORG_DEM}`` takes a name of the list
    ``DEM`` (or ``ORG_DEM``) but marks it ORG, so one list can fill spans of several types
    (a country is a LOC where it is a place and an ORG where it acts: ``{ORG_COUNTRY}``);
    ``{ORG:شورای شهر}`` is that literal text marked ORG. Where ``names`` has GIVEN and
    SURNAME lists, half the ``{PER}`` persons are instead a given name with a family name, or
    a family name alone, so that the tagger learns the shape of a name beside the names
    listed; ``{PER_SUR}`` is always a family name alone (after a title: آقای احمدی), from SURNAME or
    the last word of a PER name."""
    by_type: dict[str, list[str]] = {}
    for line in names.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            kind, name = line.split("\t")
            by_type.setdefault(kind, []).append(name.strip())
    for kind, more in (extra or {}).items():
        by_type.setdefault(kind, []).extend(more)
    rng = random.Random(seed)

    def surname() -> str:
        """A listed family name or, where ``names`` has STEM and SUFFIX lists, one composed
        of a stem and a suffix (کریم + پور), so that the tagger cannot learn the listed names
        by heart and must read the context and the shape of the word."""
        if "STEM" in by_type and rng.random() < 0.5:
            suffix = rng.choice(by_type["SUFFIX"])
            joint = "\u200c" if len(suffix) > 1 and rng.random() < 0.5 else ""
            return rng.choice(by_type["STEM"]) + joint + suffix
        return rng.choice(by_type["SURNAME"])

    def fill(kind: str, sub: str | None, literal: str | None) -> str:
        if literal:
            return literal
        if sub == "SUR":  # a listed person's family name, or one of the SURNAME list
            if rng.random() < 0.6:
                return surname()
            return rng.choice(by_type["PER"]).split()[-1]
        if sub:
            return rng.choice(by_type[sub if sub in by_type else f"{kind}_{sub}"])
        if kind == "PER" and "GIVEN" in by_type:
            r = rng.random()
            if r < 0.35:
                return rng.choice(by_type["GIVEN"]) + " " + surname()
            if r < 0.5:  # a family name alone, as news text writes it after the first mention
                return surname()
            if r < 0.6 and "FOREIGN_GIVEN" in by_type:
                return rng.choice(by_type["FOREIGN_GIVEN"]) + " " + rng.choice(by_type["FOREIGN"])
            if r < 0.65 and "FOREIGN" in by_type:
                return rng.choice(by_type["FOREIGN"])
        if f"{kind}_HEAD" in by_type and rng.random() < 0.4:
            return composed(kind)
        return rng.choice(by_type[kind])

    def composed(kind: str) -> str:
        """An organisation or facility name composed of a head word and one or two modifiers
        (شورای + عالی + جوانان), sometimes with a place (… تهران)."""
        words = [rng.choice(by_type[f"{kind}_HEAD"])]
        words += rng.sample(by_type[f"{kind}_MOD"], rng.choice((1, 1, 2)))
        if "CITY" in by_type and rng.random() < 0.3:
            words.append(rng.choice(by_type["CITY"]))
        return " ".join(words)

    files = [templates] if isinstance(templates, Path) else list(templates)
    out = []
    for line in (line for f in files for line in f.read_text("utf-8").splitlines()):
        if not line.strip() or line.startswith("#"):
            continue
        variable = any(not m.group(3) for m in _SLOT.finditer(line))
        for _ in range(copies if variable else 1):
            text, chars, pos = "", [], 0
            for m in _SLOT.finditer(line):
                text += line[pos : m.start()]
                name = fill(m.group(1), m.group(2), m.group(3))
                chars.append((len(text), len(text) + len(name), m.group(1)))
                text += name
                pos = m.end()
            text += line[pos:]
            tokens = tokenize(text)
            spans = []
            for a, b, kind in chars:
                inside = [i for i, t in enumerate(tokens) if t.end > a and t.start < b]
                spans.append((inside[0], inside[-1] + 1, kind))
            out.append(Sentence([t.text for t in tokens], spans))
    return out


def re3d_bbc_filter(original: Path) -> Callable[[Sentence], bool]:
    """A predicate true for a re3d CoNLL sentence whose text occurs in a BBC Online document."""
    texts = []
    for line in (original / "BBC Online" / "documents.json").read_text("utf-8").splitlines():
        if line.strip():
            texts.append("".join(json.loads(line)["text"].split()).translate(_QUOTES))
    bbc = "\n".join(texts)

    def is_bbc(sentence: Sentence) -> bool:
        return "".join(sentence.tokens).translate(_QUOTES) in bbc

    return is_bbc


def aligned(sentences: Iterable[Sentence]) -> Iterator[tuple[list[Token], list[str]]]:
    """Our tokens of each sentence's text with BIO labels taken from the gold spans."""
    for s in sentences:
        text = s.text
        tokens = tokenize(text)
        labels = ["O"] * len(tokens)
        for start, end, kind in s.char_spans():
            first = True
            for i, t in enumerate(tokens):
                if t.start >= start and t.end <= end:
                    labels[i] = ("B-" if first else "I-") + kind
                    first = False
        yield tokens, labels
