"""Fold a text as :func:`rashomon.text.normalize.normalize` does, keeping where each folded
character came from, so matches on the folded text point back to exact original offsets."""

from __future__ import annotations

from dataclasses import dataclass

from ...text.normalize import normalize


@dataclass(frozen=True, slots=True)
class Folded:
    text: str
    origin: list[int]  # origin[i]: the index in the original text of folded character i
    ends: list[int]  # ends[i]: where folded character i ends there, with the marks folded away

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.origin[start], self.ends[end - 1]


def fold(text: str) -> Folded:
    out: list[str] = []
    origin: list[int] = []
    ends: list[int] = []
    for i, ch in enumerate(text):
        if ch.isspace():
            if out and out[-1] != " ":
                out.append(" ")
                origin.append(i)
                ends.append(i + 1)
            continue
        piece = ch.lower() if ch.isascii() else normalize(ch)
        if not piece and out and out[-1] != " ":
            ends[-1] = i + 1  # a tatweel or a diacritic stays with its letter
        for part in piece:
            out.append(part)
            origin.append(i)
            ends.append(i + 1)
    if out and out[-1] == " ":
        out.pop()
        origin.pop()
        ends.pop()
    return Folded("".join(out), origin, ends)
