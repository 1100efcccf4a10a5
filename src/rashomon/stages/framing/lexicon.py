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
ك, the article ال and لل) before a word and, after it, the accusative ـاً, a verb's dual or
plural ending (استشهدا، استشهدوا) and the attached pronouns (ميليشياته، مقاومته: a final ة is
written ت before them); Persian plural and ezafe endings (ها، های، ان، ی) and the attached
ـش/ـشان (رزمندگانش); since ZWNJ is folded away both ``رژیم‌ها`` and ``رژیمها`` match.

Precision rules beyond the ``exclude`` rows: a word named rather than used ('the word
"martyr"', «واژه «شهید) is not a term; "liberation" of hostages is a rescue; and the two words
with a common plain sense, "regime" (a schedule or a pattern: "the regime of inspections") and
"resistance"/مقاومت/مقاومة (of a material, a body or a microbe, the verb "resist", the
Second World War movements), are dropped in the contexts :func:`_plain_sense` describes.
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
# Arabic endings after a word: accusative tanween (ـاً, its vowel folded away) or a verb's dual or
# plural ending, and the attached pronouns; a final taa marbuta is written ت before a pronoun.
_AR_PRONOUN = r"(?:هما|هم|هن|ها|ه|كم|نا)"
_AR_SUFFIX = rf"(?:وا|ا|{_AR_PRONOUN})?"
# Persian: plural or ezafe endings, then an attached third-person pronoun (ـش، ـشان).
_FA_SUFFIX = r"(?:(?:هاي|ها|ان)?(?:شان|ش)|هايي|هاي|ها|ان|ي)?"


def _form_pattern(folded: str, lang: str) -> str:
    words = folded.split()
    if lang == "fa":
        # Compounds are written with a space, a ZWNJ (folded away) or nothing.
        return r"\s?".join(re.escape(w) for w in words) + _FA_SUFFIX
    if lang != "ar":
        return r"\s+".join(re.escape(w) for w in words)
    prefix = _AR_PREFIX
    if words[0].startswith("ال") and len(words[0]) > 3:  # listed with its article
        prefix, words[0] = _AR_ARTICLE, words[0][2:]
    *head, last = (re.escape(w) for w in words)
    if last.endswith("ه"):  # taa marbuta, folded to ه: مقاومة, مقاومته
        last = rf"{last[:-1]}(?:ه|ت{_AR_PRONOUN})"
    else:
        last += _AR_SUFFIX
    return prefix + r"\s+".join([*head, last])


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
        if _mentioned(folded.text, m.start()) or _plain_sense(lemma, text, start, end):
            continue
        out.append(Term(start, end, text[start:end], category, lemma))
    return out


# A word named rather than used: 'the word "martyr"', «واژه «شهید, كلمة "شهيد".
_MENTION = re.compile(
    r"(?<!\w)(?:word|words|term|terms|label|"
    + normalize("كلمة|كلمه|مصطلح|لفظ|واژه|اصطلاح")
    + r")\s*[\"'“‘«]\s*$"
)


def _mentioned(folded: str, start: int) -> bool:
    return _MENTION.search(folded, max(0, start - 20), start) is not None


# Words with a plain sense that the exclude rows cannot name by a fixed phrase. "regime of" a
# lower-case common noun is a schedule ("the regime of inspections"), of a name or a ruler a
# government ("the regime of Omar al-Bashir", "the regime of the mullahs"); "resistance to"
# and "resistance of the bridge to the floods" are physical or medical, and near a mention of
# the Second World War the word names the wartime movements. Persian مقاومت with a light verb
# (مقاومت کرد، مقاومت می‌کنند) is the verb "resist", and after در برابر ("against", in the same
# clause) it is too; Arabic مقاومة X لـY is "the resistance of X to Y".
_RULERS = re.compile(
    r"(?:mullahs?|ayatollahs?|generals|colonels|junta|late|former|deposed|ousted|toppled|"
    r"president|king|shah|dictator|tyrant|sultan|emir|military|army)"
)
_REGIME_OF = re.compile(r"\s+of\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?([A-Za-z][\w-]*)")
_RESISTANCE_TO = re.compile(r"\s+(?:of\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:\w+\s+){0,2}\w+\s+)?to\b")
_WARTIME = re.compile(
    r"second world war|world war ii\b|\bww2\b|\bwwii\b|\bnazis?\b|\bvichy\b|\bgestapo\b|"
    + normalize("جنگ جهانی دوم|نازی|الحرب العالمية الثانية|النازي|النازية")
)
_FA_LIGHT_VERB = re.compile(normalize(r"(?:ن?می\s?|ن)?(?:کن|کرد)"))
_FA_AGAINST = re.compile(normalize(r"در برابر|در مقابل"))
_AR_OF_TO = re.compile(r"ال\w+(?:\s+ال\w+)?\s+(?:لل|ل)\w")
# Freeing hostages is a rescue, not a town "liberated": "the liberation of the 17 hostages".
_HOSTAGES = re.compile(
    r"(?:of\s+)?(?:\S+\s+){0,2}"
    + normalize(
        r"(?:the\s+)?(?:hostages?|captives?|abductees?|kidnapped|"
        r"(?:ال)?(?:رهائن|رهينه|رهينة|مختطفين|مخطوفين|محتجزين)|گروگان)"
    )
)
_CLAUSE_END = re.compile(r"[.!?؟;؛،,\n]")


def _plain_sense(lemma: str, text: str, start: int, end: int) -> bool:
    after = text[end : end + 60]
    if lemma in ("liberation", "تحرير", "آزادسازی"):
        return _HOSTAGES.match(normalize(after)) is not None
    if lemma == "regime":
        m = _REGIME_OF.match(after)
        word = m.group(1) if m else ""
        return word[:1].islower() and not _RULERS.fullmatch(word)
    if lemma not in ("resistance", "مقاومت", "مقاومة"):
        return False
    if _WARTIME.search(normalize(text[max(0, start - 250) : end + 250])):
        return True
    if lemma == "resistance":
        return text[start:end].lower() == "resistance" and _RESISTANCE_TO.match(after) is not None
    if lemma == "مقاومت":
        before = _CLAUSE_END.split(normalize(text[max(0, start - 80) : start]))[-1]
        return bool(_FA_LIGHT_VERB.match(normalize(after)) or _FA_AGAINST.search(before))
    return text[start:end] == "مقاومة" and _AR_OF_TO.match(normalize(after)) is not None
