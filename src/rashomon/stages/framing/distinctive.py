"""Outlet-specific terms: the words and word pairs one outlet uses far more often than the
other outlets telling the same story in the same language.

The lexicon (:mod:`.lexicon`) only finds the loaded terms we thought to write down; this finds
the rest from the story itself ("fighters" where others write "militants"). It is learned at
read time from the story's documents, nothing is trained or shipped.

Each outlet's counts are set against those of the other outlets of the story in the same
language (comparing words across languages says nothing) with the weighted log-odds ratio under
an informative Dirichlet prior (Monroe, Colaresi & Quinn, "Fightin' Words", Political Analysis
2008). For a term ``w``, the outlet's count ``y_i`` out of ``n_i`` tokens, the other outlets'
``y_j`` out of ``n_j``, and a prior ``a_w`` out of ``a_0``::

    delta = log((y_i + a_w) / (n_i + a_0 - y_i - a_w)) - log((y_j + a_w) / (n_j + a_0 - y_j - a_w))
    var   = 1 / (y_i + a_w) + 1 / (y_j + a_w)
    z     = delta / sqrt(var)

The prior is the language's own word frequencies in the story, weighted ``a_0 = PRIOR_SHARE``
times its token count: it pulls the rare words, whose raw log-odds are noise, toward zero, so a
word one outlet writes twice and the others never does not outrank one it writes twenty times.
A fixed ``a_0`` would drown a short story's counts and barely touch a long one's; a quarter of
the evidence shrinks the rare words and leaves the frequent ones to speak. A term is kept when
``z >= MIN_Z`` (about p < 0.05, one-sided would be 1.64: we stay stricter) and the outlet used
it at least ``MIN_COUNT`` times.

Terms are words of letters only (digits and punctuation split them; combining marks, ZWNJ and
tatweel stay inside), folded with :func:`rashomon.text.normalize.normalize` to count, less the
stop words of the sentence's language; word pairs are two such words with only spaces between.
Each term is shown as the outlet writes it most often (folding turns Persian "ی" into Arabic
"ي", which a reader should not see). Names are kept: which name an outlet uses is part of how
it frames the story.

Requires the documents' text, sentences (with their language) and outlet; assigns nothing.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from ...model import Document
from ...text.normalize import normalize
from ..clean import stopwords

MIN_Z = 1.96
MIN_COUNT = 2
TOP_K = 8
PRIOR_SHARE = 0.25  # a_0 as a share of the language's tokens in the story

# A word: letters, with the marks, joiners and tatweel that may sit inside Arabic-script words.
_WORDS = re.compile(r"(?:[^\W\d_]|[\u064b-\u065f\u0670\u0640\u200c\u200d\u0300-\u036f])+")
_LETTERS = re.compile(r"[^\W\d_]+")
# Beside the cleaner's function words: the Persian light-verb forms that half of all compound
# verbs end in, too common to say anything about an outlet.
_FA_VERBS = frozenset(
    ["کردند", "کردن", "کردیم", "کنیم", "شدند", "شدن", "شود", "اند", "هست", "هستند", "بودند"]
)
_STOP: dict[str, frozenset[str]] = {
    lang: frozenset(normalize(w) for w in words)
    for lang, words in (
        ("en", stopwords.EN),
        ("ar", stopwords.AR),
        ("fa", stopwords.FA | _FA_VERBS),
    )
}
_STOP_ANY = frozenset().union(*_STOP.values())


@dataclass(frozen=True, slots=True)
class DistinctiveTerm:
    """A term one outlet uses far more than the other outlets of the story in its language."""

    outlet: str
    lang: str
    term: str  # a word, or two words joined by a space, as the outlet writes it most often
    key: str  # the same, normalised (what was counted)
    count: int  # times the outlet used it
    others: int  # times the other outlets of the language used it, together
    z: float
    document: str  # the first document of the outlet that uses it
    sentence: str  # the sentence there


@dataclass(frozen=True, slots=True)
class OutletDistinctive:
    """An outlet's distinctive terms, and which of its languages had another outlet to compare
    with (an outlet alone in its languages has no terms, for want of a comparison)."""

    outlet: str
    compared: tuple[str, ...]  # languages with at least one other outlet in the story
    alone: tuple[str, ...]  # languages the outlet alone writes in, within the story
    terms: tuple[DistinctiveTerm, ...]


@lru_cache(maxsize=1 << 16)
def _fold(word: str) -> str:
    return normalize(word)  # words repeat: folding each once saves most of the time


def terms_of(sentence: str, lang: str) -> Iterator[tuple[str, str]]:
    """(normalised, as written) for the terms of one sentence: its content words, each
    followed by its pair with the content word before it when only spaces lie between."""
    stop = _STOP.get(lang, _STOP_ANY)
    previous: tuple[str, str, int] | None = None
    for m in _WORDS.finditer(sentence):
        word = _fold(m.group())
        if word in stop or len(word) < 2 or not _LETTERS.fullmatch(word):
            previous = None
            continue
        yield word, m.group()
        if previous is not None and not sentence[previous[2] : m.start()].strip():
            yield f"{previous[0]} {word}", f"{previous[1]} {m.group()}"
        previous = (word, m.group(), m.end())


def _sentences(doc: Document) -> Iterator[tuple[str, str]]:
    """(language, text) of each sentence; the whole text in the document's language when it
    has no sentences."""
    if not doc.segments:
        if doc.text:
            yield doc.lang or "", doc.text
        return
    for s in doc.segments:
        yield s.lang or doc.lang or "", doc.text[s.start : s.end]


def _z(y_i: int, n_i: int, y_j: int, n_j: int, a_w: float, a_0: float) -> float:
    """Monroe et al.'s z-score of the log-odds ratio of a term, outlet ``i`` against the rest."""
    delta = math.log((y_i + a_w) / (n_i + a_0 - y_i - a_w)) - math.log(
        (y_j + a_w) / (n_j + a_0 - y_j - a_w)
    )
    return delta / math.sqrt(1.0 / (y_i + a_w) + 1.0 / (y_j + a_w))


def _ranked(
    counts: dict[str, Counter[str]],
    outlet: str,
    lang: str,
    examples: dict[str, tuple[str, str]],
    written: dict[str, Counter[str]],
) -> list[DistinctiveTerm]:
    """The outlet's terms with ``z >= MIN_Z``, best first; words and word pairs are scored
    each against their own totals (they are different vocabularies)."""
    mine = counts[outlet]
    rest: Counter[str] = Counter()
    for other, c in counts.items():
        if other != outlet:
            rest.update(c)
    found: list[DistinctiveTerm] = []
    for pairs in (False, True):

        def vocab(c: Counter[str], pairs: bool = pairs) -> dict[str, int]:
            return {t: n for t, n in c.items() if (" " in t) == pairs}

        y_i, y_j = vocab(mine), vocab(rest)
        n_i, n_j = sum(y_i.values()), sum(y_j.values())
        total = n_i + n_j
        if not total:
            continue
        a_0 = PRIOR_SHARE * total
        for term, count in y_i.items():
            if count < MIN_COUNT:
                continue
            a_w = a_0 * (count + y_j.get(term, 0)) / total
            z = _z(count, n_i, y_j.get(term, 0), n_j, a_w, a_0)
            if z >= MIN_Z:
                document, sentence = examples[term]
                found.append(
                    DistinctiveTerm(
                        outlet=outlet,
                        lang=lang,
                        term=written[term].most_common(1)[0][0],
                        key=term,
                        count=count,
                        others=y_j.get(term, 0),
                        z=round(z, 2),
                        document=document,
                        sentence=sentence,
                    )
                )
    found.sort(key=lambda t: (-t.z, -t.count, t.key))
    # A word that only ever occurs inside one of the kept pairs adds nothing beside it.
    pairs_kept = [t for t in found if " " in t.key]
    return [
        t
        for t in found
        if " " in t.key
        or not any(t.key in p.key.split() and p.count == t.count for p in pairs_kept)
    ]


def distinctive_terms(docs: Iterable[Document], k: int = TOP_K) -> dict[str, OutletDistinctive]:
    """Per outlet (``doc.source``, ``"?"`` when unknown), its at most ``k`` most distinctive
    terms against the other outlets of the same documents in the same language."""
    counts: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    examples: dict[tuple[str, str], dict[str, tuple[str, str]]] = defaultdict(dict)
    written: dict[tuple[str, str], dict[str, Counter[str]]] = defaultdict(
        lambda: defaultdict(Counter)
    )
    outlets: set[str] = set()
    for doc in docs:
        outlet = doc.source or "?"
        outlets.add(outlet)
        for lang, sentence in _sentences(doc):
            found = list(terms_of(sentence, lang))
            if not found:
                continue
            counts[lang][outlet].update(term for term, _ in found)
            seen, surfaces = examples[(lang, outlet)], written[(lang, outlet)]
            for term, surface in found:
                surfaces[term][surface] += 1
                if term not in seen:
                    seen[term] = (doc.id, sentence.strip())
    out: dict[str, OutletDistinctive] = {}
    for outlet in sorted(outlets):
        langs = sorted(lang for lang, by in counts.items() if outlet in by)
        compared = tuple(lang for lang in langs if len(counts[lang]) >= 2)
        terms: list[DistinctiveTerm] = []
        for lang in compared:
            terms.extend(
                _ranked(
                    counts[lang], outlet, lang, examples[(lang, outlet)], written[(lang, outlet)]
                )
            )
        terms.sort(key=lambda t: (-t.z, -t.count, t.key))
        out[outlet] = OutletDistinctive(
            outlet=outlet,
            compared=compared,
            alone=tuple(lang for lang in langs if lang not in compared),
            terms=tuple(terms[:k]),
        )
    return out
