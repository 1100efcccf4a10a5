"""Compiled cue patterns per language (built once, from :mod:`.lang`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ...text.normalize import normalize
from .lang import LANGUAGES
from .spans import alternation

# Clause boundaries inside a sentence: punctuation and quotation marks.
_BOUNDARY = r"[,،;؛:\"“”«»()\[\]]| - | – | — "
# What may open the reported content after the speaker, per language (folded).
_OPENERS = {
    "en": r"(?:that|:)",
    "ar": r"(?:ف?ب?ان|:|عن)",
    "fa": r"(?:كه|:)",
}
# Words that are not the speaker though they stand in the speaker's place (folded).
_FILLER = {
    "en": (
        "and", "but", "also", "on", "in", "earlier", "later", "yesterday", "today", "tonight",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "then",
        "however", "meanwhile", "further", "had", "has", "have", "previously", "separately",
        "publicly", "again", "once", "too", "it", "was", "the", "late",
    ),
    "ar": (
        "و", "اليوم", "امس", "يوم", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس",
        "الجمعه", "السبت", "مساء", "صباح", "فجر", "ايضا", "كذلك", "بدوره", "بدورها", "قد",
        "من", "جهته", "جهتها", "ذلك", "في", "حين", "لاحقا", "اخر", "رسميا", "قوله", "قولها",
    ),
    "fa": (
        "و", "روز", "امروز", "ديروز", "يكشنبه", "دوشنبه", "سهشنبه", "چهارشنبه", "پنجشنبه",
        "جمعه", "شنبه", "نيز", "همچنين", "هم", "در", "ادامه", "اين", "باره", "پيش", "تر",
        "عصر", "صبح", "شب", "گذشته", "ضمن",
    ),
}  # fmt: skip


def fold_pattern(pattern: str) -> str:
    """Fold the Arabic-script letters of a regex written with ordinary spelling."""
    return "".join(ch if ch.isascii() else normalize(ch) for ch in pattern)


@dataclass(frozen=True, slots=True)
class Rules:
    lang: str
    order: str
    verbs: re.Pattern[str]
    verb_flags: dict[str, str]
    need_opener: frozenset[str]
    sources: re.Pattern[str]
    opener: re.Pattern[str]
    boundary: re.Pattern[str]
    unnamed: re.Pattern[str]
    pronouns: dict[str, str]
    hedges: re.Pattern[str]
    negations: re.Pattern[str]
    media: tuple[re.Pattern[str], ...]
    filler: frozenset[str]


@cache
def rules(lang: str) -> Rules:
    m = LANGUAGES[lang]
    negations = alternation(m.NEGATIONS, "(?:و|ف)?" if lang == "ar" else "")
    if hasattr(m, "NEGATIVE_VERB"):
        negations = f"{negations}|{fold_pattern(m.NEGATIVE_VERB)}"
    if lang == "en":
        negations += r"|n't(?!\w)"
    return Rules(
        lang=lang,
        order=m.ORDER,
        verbs=re.compile(alternation(m.VERBS, m.VERB_PREFIX, m.VERB_SUFFIX)),
        verb_flags={normalize(k): v for k, v in m.VERBS.items()},
        need_opener=frozenset(normalize(v) for v in m.NEED_OPENER),
        sources=re.compile(alternation(m.SOURCES, "", r"(?:ل|ل?ما)?")),
        opener=re.compile(rf"\s*{_OPENERS[lang]}(?!\w)\s*"),
        boundary=re.compile(_BOUNDARY),
        unnamed=re.compile(alternation(m.UNNAMED, "(?:ال|و|ل)?" if lang == "ar" else "")),
        pronouns={normalize(k): v for k, v in m.PRONOUNS.items()},
        hedges=re.compile(alternation(m.HEDGES, "(?:و)?" if lang == "ar" else "")),
        negations=re.compile(negations),
        media=tuple(re.compile(fold_pattern(p)) for p in m.MEDIA),
        filler=frozenset(_FILLER[lang]),
    )


def verb_form(r: Rules, matched: str) -> str:
    """The cue a matched verb form stands for (endings and proclitics stripped back)."""
    if matched in r.verb_flags:
        return matched
    return next((f for f in sorted(r.verb_flags, key=len, reverse=True) if f in matched), "")


def verb_flag(r: Rules, matched: str) -> str:
    """The flag of a matched verb form: ``""``, ``"neg"`` or ``"hedge"``."""
    return r.verb_flags.get(verb_form(r, matched), "")
