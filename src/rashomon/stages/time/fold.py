"""Fold a text as :func:`rashomon.text.normalize.normalize` does, keeping where each folded
character came from, so matches on the folded text point back to exact original offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from ...text.normalize import normalize

# Folding is per character: a text repeats few distinct ones, so each is folded once.
_char = cache(normalize)


@dataclass(frozen=True, slots=True)
class Folded:
    text: str
    origin: list[int]  # origin[i]: the index in the original text of folded character i
    ends: list[int]  # ends[i]: where folded character i ends there, with the marks folded away

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.origin[start], self.ends[end - 1]


_RUN = re.compile(r"\S+")


@lru_cache(maxsize=1 << 16)
def _word(word: str) -> tuple[str, tuple[int, ...] | None, tuple[int, ...] | None]:
    """A non-ASCII word folded, with where each folded character starts and ends in it (None
    for both when that is one to one, as for most Arabic and Persian words). News repeats its
    words, so each is folded once."""
    out: list[str] = []
    origin: list[int] = []
    ends: list[int] = []
    last = " "
    for i, ch in enumerate(word):
        piece = _char(ch)
        if not piece and last != " ":
            ends[-1] = i + 1  # a tatweel or a diacritic stays with its letter
        for part in piece:
            out.append(part)
            origin.append(i)
            ends.append(i + 1)
            last = part
    folded = "".join(out)
    if origin == list(range(len(word))) and ends == list(range(1, len(word) + 1)):
        return folded, None, None
    return folded, tuple(origin), tuple(ends)


def fold(text: str) -> Folded:
    out: list[str] = []
    origin: list[int] = []
    ends: list[int] = []
    last = " "  # the last folded character: no space opens the text or doubles one
    gap = 0  # where the whitespace before the current run starts
    for run in _RUN.finditer(text):
        start, end = run.span()
        if last != " ":
            out.append(" ")
            origin.append(gap)
            ends.append(gap + 1)
            last = " "
        word = run.group()
        if word.isascii():  # the common case in English, folded a whole word at a time
            folded, rel_origin, rel_ends = word.lower(), None, None
        else:
            folded, rel_origin, rel_ends = _word(word)
        if folded:
            out.append(folded)
            if rel_origin is None or rel_ends is None:
                origin.extend(range(start, end))
                ends.extend(range(start + 1, end + 1))
            else:
                origin.extend([start + o for o in rel_origin])
                ends.extend([start + e for e in rel_ends])
            last = folded[-1]
        gap = end
    if last == " " and out:
        out.pop()
        origin.pop()
        ends.pop()
    return Folded("".join(out), origin, ends)
