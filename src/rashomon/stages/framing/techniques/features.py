"""Features for the two trained parts: the span tagger (a CRF over our tokens, one sentence at
a time) and the technique classifier (a bag of strings for a span in its document).

Words are folded with :func:`rashomon.text.normalize.normalize` (case, Arabic-script variants,
diacritics), tokens come from the NER tokenizer (:mod:`rashomon.stages.entities.ner.tokens`),
and both parts see where our own rules fire (:mod:`.rules`: lexicon terms and cue phrases), so
a model trained on outside data builds on what we ship rather than beside it.

What tells techniques apart given the span is mostly its words (loaded language is one or two
charged words, name calling a noun phrase, doubt a question or "so-called", a slogan a short
sentence), how much of the sentence it covers, punctuation around it, and -- for repetition --
how often the same words recur in the document, which no single span shows.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ....text.normalize import normalize
from ...entities.ner.tokens import Token, tokenize
from .rules import Hit, rule_hits

_QUOTES = frozenset("\"'“”‘’«»")


@dataclass
class DocContext:
    """What span and token features need from the whole document, computed once."""

    text: str
    lang: str
    sentences: list[tuple[int, int]]
    hits: list[Hit]
    words: Counter[str]  # folded word counts over the document
    folded: str  # the folded document (for counting repeated phrases)
    # Folded texts of the spans being labelled together (the gold spans when classifying
    # given spans, the tagger's spans otherwise): a phrase that is itself a span more than
    # once in a document is most often there for repetition.
    peers: Counter[str] = field(default_factory=Counter)

    @classmethod
    def build(cls, text: str, sentences: list[tuple[int, int]], lang: str) -> DocContext:
        words = Counter(normalize(t.text) for t in tokenize(text) if t.text[0].isalnum())
        return cls(text, lang, sentences, rule_hits(text, lang), words, normalize(text))

    def sentence_of(self, pos: int) -> tuple[int, int]:
        for s, e in self.sentences:
            if s <= pos < e:
                return s, e
        return pos, pos


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if n <= edge:
            return str(edge)
    return f">{edges[-1]}"


def _shape(word: str) -> str:
    if word.isdigit():
        return "d"
    if not word[0].isalnum():
        return "p"
    if word.isupper() and len(word) > 1:
        return "X"
    if word[0].isupper():
        return "Xx"
    if word.isascii():
        return "x"
    return "a"  # a script without case


def span_features(ctx: DocContext, start: int, end: int) -> list[str]:
    """A bag of strings for the span ``ctx.text[start:end]``."""
    text = ctx.text
    tokens = [t for t in tokenize(text, start, end)]
    words = [normalize(t.text) for t in tokens if t.text[0].isalnum()]
    # Words and word pairs count twice against character n-grams (better on PTC's check fold).
    out = [f"w={w}" for w in words] * 2
    out += [f"b={a}_{b}" for a, b in zip(words, words[1:], strict=False)] * 2
    for w in words[:40]:
        padded = f" {w} "
        out += [f"c={padded[i : i + 4]}" for i in range(len(padded) - 3)]
    if words:
        out += [f"first={words[0]}", f"last={words[-1]}"]
        out.append("rep_words=" + _bucket(min(ctx.words[w] for w in words), (1, 2, 4)))
        out.append("max_rep_word=" + _bucket(max(ctx.words[w] for w in words), (1, 2, 4, 8)))
    out.append("len=" + _bucket(len(words), (1, 2, 3, 5, 8, 12, 20, 30)))
    phrase = normalize(text[start:end])
    if phrase:
        out.append("rep=" + _bucket(ctx.folded.count(phrase), (1, 2, 3, 5)))
        out.append("peers=" + _bucket(ctx.peers[phrase], (1, 2, 3, 5)))
    s, e = ctx.sentence_of(start)
    if e > s:
        cover = (min(end, e) - start) / (e - s)
        out.append("cover=" + _bucket(int(cover * 10), (1, 3, 6, 8, 9)))
        if start - s <= 1:
            out.append("at_sentence_start")
        if e - end <= 2:
            out.append("at_sentence_end")
        before = [normalize(t.text) for t in tokenize(text, max(s, start - 40), start)]
        out += [f"prev={w}" for w in before[-2:]]
        if text[s:e].rstrip().endswith("?"):
            out.append("sentence?")
    span = text[start:end]
    for mark, name in (("!", "bang"), ("?", "question"), ('"', "quote"), ("“", "quote")):
        if mark in span:
            out.append(f"has_{name}")
    if start > 0 and text[start - 1] in _QUOTES:
        out.append("quoted_before")
    if end < len(text) and text[end] in _QUOTES:
        out.append("quoted_after")
    shapes = {_shape(t.text) for t in tokens}
    out += [f"shape={x}" for x in shapes]
    for h in ctx.hits:
        if h.start < end and start < h.end:
            out.append(f"rule={h.technique}")
        elif s <= h.start < e:
            out.append(f"srule={h.technique}")
    return out


def set_peers(ctx: DocContext, spans: list[tuple[int, int]]) -> None:
    ctx.peers = Counter(normalize(ctx.text[s:e]) for s, e in set(spans))


def sentence_tokens(ctx: DocContext, start: int, end: int) -> list[Token]:
    return tokenize(ctx.text, start, end)


def token_features(ctx: DocContext, tokens: list[Token]) -> list[list[str]]:
    """CRF features for one sentence's tokens."""
    words = [normalize(t.text) for t in tokens]
    n = len(words)
    sent = ctx.text[tokens[0].start : tokens[-1].end] if tokens else ""
    sent_feats = [f for mark, f in (("!", "s!"), ("?", "s?")) if mark in sent]
    marks: list[set[str]] = [set() for _ in tokens]
    for h in ctx.hits:
        for i, t in enumerate(tokens):
            if t.start < h.end and h.start < t.end:
                marks[i].add(h.technique)
    quote = False
    out = []
    for i, (t, w) in enumerate(zip(tokens, words, strict=True)):
        if t.text in _QUOTES or t.text == '"':
            quote = not quote
        f = [
            f"w={w}",
            f"p3={w[:3]}",
            f"s3={w[-3:]}",
            f"s2={w[-2:]}",
            f"shape={_shape(t.text)}",
            "rep=" + _bucket(ctx.words[w], (1, 2, 4, 8)),
            *sent_feats,
        ]
        if re.fullmatch(r"[وف](?:ال|[بلك]ال?)?\w{3,}", w) and ctx.lang != "en":
            f.append(f"stem={w[1:]}")
        if quote:
            f.append("in_quote")
        for d in (-2, -1, 1, 2):
            j = i + d
            f.append(f"w{d}={words[j]}" if 0 <= j < n else f"w{d}=<none>")
        f.append(f"bg-1={words[i - 1] if i else '<s>'}_{w}")
        f += [f"rule={m}" for m in marks[i]]
        for d in (-1, 1):
            j = i + d
            if 0 <= j < n:
                f += [f"rule{d}={m}" for m in marks[j]]
        out.append(f)
    return out


def sentence_bag(ctx: DocContext, start: int, end: int) -> list[str]:
    """A bag of strings for a whole sentence (which techniques does it use?)."""
    words = [normalize(t.text) for t in tokenize(ctx.text, start, end) if t.text[0].isalnum()]
    out = [f"w={w}" for w in words]
    out += [f"b={a}_{b}" for a, b in zip(words, words[1:], strict=False)]
    for w in words[:60]:
        padded = f" {w} "
        out += [f"c={padded[i : i + 4]}" for i in range(len(padded) - 3)]
    out.append("len=" + _bucket(len(words), (3, 6, 10, 15, 25, 40)))
    sentence = ctx.text[start:end]
    out += [
        f"has_{n}" for m, n in (("!", "bang"), ("?", "question"), ('"', "quote")) if m in sentence
    ]
    out += [f"rule={h.technique}" for h in ctx.hits if start <= h.start < end]
    out += ["rep_word" for w in set(words) if len(w) > 3 and ctx.words[w] >= 3]
    return out
