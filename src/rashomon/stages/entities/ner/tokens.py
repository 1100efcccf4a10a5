"""Tokens with character offsets, and the Arabic proclitics a name span must not start with.

A token is a run of letters, digits and combining marks; ZWNJ/ZWJ and tatweel stay inside
(Persian ``ایران‌ی``, ``می‌گوید`` are one token each), and so do an apostrophe or a dot between
two letters (``O'Neill``, ``U.S``). A hyphen is a token of its own (``Al - Bukamal``), as in
the English training data; spans still run from the first letter to the last. A final dot
stays with a single capital (``J.``), a dotted acronym (``U.S.``) or a known abbreviation
(``Gen.``). Every other non-space character is a token of its own. Offsets always index the
text as given: nothing is normalised here.

Arabic glues the conjunctions و ف, the prepositions ب ل ك and the article ال to the word.
:func:`proclitic` says how many leading characters of a token are such proclitics *outside* a
name: the article stays inside (``والجيش`` → the span starts at ``الجيش``), the conjunction or
preposition before it does not. A bare one-letter proclitic before a word without the article
(``وبغداد``) is stripped only where the rest is a known name, because many names start with
those letters (وليد، فراس، بشار، كركوك).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["Token", "tokenize", "proclitic", "is_arabic"]

_MARKS = "\u0640\u064b-\u065f\u0670\u06d6-\u06ed\u200c\u200d"
_WORD = re.compile(
    rf"[^\W_](?:[\w{_MARKS}]|['’.](?=[^\W_]))*"
    rf"|[{_MARKS}]+"  # stray marks: kept as a token so nothing is lost
    r"|\S",
)
_ABBREV = frozenset(
    {"mr", "mrs", "ms", "dr", "gen", "col", "lt", "maj", "sgt", "capt", "brig", "adm", "cmdr"}
    | {"gov", "sen", "rep", "st", "mt", "ft", "pres", "prof", "rev", "jr", "sr", "co", "corp"}
    | {"inc", "ltd", "no", "vol"}
)
_ARABIC = re.compile("[\u0600-\u06ff]")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    out: list[Token] = []
    stop = len(text) if end is None else end
    for m in _WORD.finditer(text, start, stop):
        s, e = m.span()
        word = m.group()
        if (
            e < stop
            and text[e] == "."
            and word[0].isalpha()
            and word.isascii()
            and ((len(word) == 1 and word.isupper()) or "." in word or word.lower() in _ABBREV)
        ):
            e += 1
            word += "."
        if out and s < out[-1].end:  # the dot was taken by the previous token
            continue
        out.append(Token(s, e, word))
    return out


def is_arabic(word: str) -> bool:
    return _ARABIC.match(word) is not None


_ART = re.compile("^([وف]?[بكل]?)ال(?=..)")
_LL = re.compile("^([وف]?)لل(?=..)")
_ONE = re.compile("^([وف][بكل]?|[بكل])(?=...)")


def proclitic(word: str, known: Callable[[str], bool] | None = None) -> int:
    """Number of leading characters of ``word`` that are proclitics outside a name (0 if none).

    ``known(rest)`` says whether the rest of the word is a known name; without it only the
    certain cases (a proclitic before the article) are split.
    """
    if (m := _ART.match(word)) is not None:
        return len(m.group(1))
    if (m := _LL.match(word)) is not None:  # لل = ل + ال with the alif dropped
        return len(m.group(1)) + 1
    if known is not None and (m := _ONE.match(word)) is not None:
        for n in range(len(m.group(1)), 0, -1):
            if known(word[n:]) and not known(word):
                return n
    return 0
