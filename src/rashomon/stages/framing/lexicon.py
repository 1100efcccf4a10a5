"""Loaded terms in English, Arabic and Persian, from a lexicon we write
(``data/framing/lexicon.tsv``, CC0).

A term is *loaded* when choosing it over a plainer word takes a side: "martyr" or "terrorist"
for a man killed, "liberation" or "fall" for a town taken. Each term has one category
(``glorifying``, ``delegitimising``, ``euphemism``, ``religious``) so a view can count them
per outlet without judging which outlet is right. Rows of the ``exclude`` category name
phrases in which a listed form is not loaded ("counter-terrorism", "ساحة التحرير"); a match
inside one is dropped.

Matching runs on text folded as :func:`rashomon.text.normalize.normalize` folds it (case,
Arabic-script letter variants, diacritics, tatweel, ZWNJ), keeping where each folded character
came from (:mod:`rashomon.stages.time.fold`), so every term points back to exact offsets in the
original text. Inflection the lexicon does not list is added here: Arabic proclitics (و ف ب ل
ك, the article ال and لل) before a word, and Persian plural and ezafe endings (ها، های، ان،
ی) after it, since ZWNJ is folded away both ``رژیم‌ها`` and ``رژیمها`` match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ...text.normalize import normalize
from ..time.fold import fold

LEXICON = Path(__file__).resolve().parents[4] / "data" / "framing" / "lexicon.tsv"
CATEGORIES = ("glorifying", "delegitimising", "euphemism", "religious")
LANGS = ("en", "ar", "fa")


@dataclass(frozen=True, slots=True)
class Entry:
    lang: str
    category: str
    lemma: str
    forms: tuple[str, ...]  # the lemma first, then the listed forms, as written


@dataclass(frozen=True, slots=True)
class Term:
    start: int  # offsets in the original text
    end: int
    term: str  # the original text between them
    category: str
    lemma: str


EXCLUDE = "exclude"  # rows naming phrases in which a listed form is not loaded


@cache
def entries(lang: str) -> tuple[Entry, ...]:
    """The lexicon's entries for one language (empty for a language it does not cover)."""
    return tuple(e for e in _rows(lang) if e.category != EXCLUDE)


@cache
def _rows(lang: str) -> tuple[Entry, ...]:
    out: list[Entry] = []
    for line in LEXICON.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        row_lang, category, lemma, forms = (line.split("\t") + [""])[:4]
        if row_lang != lang:
            continue
        if category not in CATEGORIES and category != EXCLUDE:
            raise ValueError(f"{LEXICON}: unknown category {category!r} for {lemma!r}")
        listed = [f.strip() for f in forms.split("|") if f.strip()]
        out.append(Entry(lang, category, lemma, (lemma, *listed)))
    return tuple(out)


# Arabic: a conjunction, then a preposition with or without the article, or the article alone.
_AR_PREFIX = r"(?:[وف]?(?:[بكل]?ال|لل|[بكل])?)"
_AR_ARTICLE = r"(?:[وف]?(?:[بكل]?ال|لل))"  # for forms listed with their article
_FA_SUFFIX = r"(?:هايي|هاي|ها|ان|ي)?"


def _form_pattern(folded: str, lang: str) -> str:
    words = folded.split()
    if lang == "fa":
        # Compounds are written with a space, a ZWNJ (folded away) or nothing.
        return r"\s?".join(re.escape(w) for w in words) + _FA_SUFFIX
    prefix = ""
    if lang == "ar":
        prefix = _AR_PREFIX
        if words[0].startswith("ال") and len(words[0]) > 3:  # listed with its article
            prefix, words[0] = _AR_ARTICLE, words[0][2:]
    return prefix + r"\s+".join(re.escape(w) for w in words)


@cache
def _matcher(lang: str) -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    """One alternation for a language, longest forms first so "holy shrine defenders" wins
    over a shorter form inside it; each form's group name leads back to its entry."""
    forms: dict[str, tuple[str, str]] = {}  # folded form -> (category, lemma)
    for entry in entries(lang):
        for form in entry.forms:
            forms.setdefault(normalize(form), (entry.category, entry.lemma))
    ordered = sorted(forms, key=len, reverse=True)
    index = {f"f{i}": forms[f] for i, f in enumerate(ordered)}
    alternation = "|".join(f"(?P<f{i}>{_form_pattern(f, lang)})" for i, f in enumerate(ordered))
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)"), index


@cache
def _excluded(lang: str) -> re.Pattern[str] | None:
    """Phrases in which a form is not loaded: "counter-terrorism" names a kind of unit,
    "ساحة التحرير" a square in Baghdad, "فريق التحرير" an editorial team."""
    forms = {normalize(f) for e in _rows(lang) if e.category == EXCLUDE for f in e.forms}
    if not forms:
        return None
    ordered = sorted(forms, key=len, reverse=True)
    alternation = "|".join(_form_pattern(f, lang) for f in ordered)
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)")


def loaded_terms(text: str, lang: str) -> list[Term]:
    """The loaded terms in ``text`` (written in ``lang``: en, ar or fa; none for another
    language), in order, with exact original offsets."""
    if lang not in LANGS or not text:
        return []
    pattern, index = _matcher(lang)
    if not index:
        return []
    folded = fold(text)
    exclude = _excluded(lang)
    blocked = [m.span() for m in exclude.finditer(folded.text)] if exclude else []
    out: list[Term] = []
    for m in pattern.finditer(folded.text):
        name = m.lastgroup
        if name is None or any(a < m.end() and m.start() < b for a, b in blocked):
            continue
        category, lemma = index[name]
        start, end = folded.span(*m.span())
        out.append(Term(start, end, text[start:end], category, lemma))
    return out
