"""CRF features of a sentence's tokens: word, affix and shape features, Arabic proclitics and
Persian ZWNJ parts, our cue-word lists (:mod:`.lang`), gazetteer matches and the names the
model remembers from its training data (:mod:`.memory`), in a two-token window; English
sentences in headline case are flagged, since their capitals say little.

Letter variants (ي/ی, ك/ک, hamza seats, ة, diacritics, tatweel, ZWNJ) are folded with
:func:`rashomon.text.normalize.normalize` for the features only; tokens keep their offsets.
Place names come from the places gazetteer (GeoNames, countrystatecity, our curated list):
countries, provinces, cities of 15,000 people or more and our curated places, matched as the
longest run of up to four tokens whose strict keys concatenate to a gazetteer key, in three
tiers (countries and provinces, cities of 100,000 or more, smaller cities) because many
Arabic and Persian words are also the name of some small town.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from ....text.normalize import normalize
from ...places.keys import strict_key
from ...places.lang import ar as places_ar
from ...places.lang import en as places_en
from ...places.lang import fa as places_fa
from .lang import ar, en, fa, words
from .tokens import Token, is_arabic, proclitic

__all__ = ["Lexicon", "core", "lexicon", "memory_key", "sentence_features", "strip_proclitic"]

_MAX_GRAM = 4
# Function words and common words that are also the name of some place somewhere (Persian
# دوشنبه is Monday before it is Dushanbe, مرکزی "central" before the Markazi province),
# compared as strict keys.
_STOP_WORDS = words(
    "the and for but not was are from with that this said will has had have its his her"
    " they which who one two new all may can she him our out see war day man men"
    " على الى إلى عن من في مع هذا هذه التي الذي كان قال بين بعد قبل حتى كل انه ايضا"
    " خبر دور"
    " که این آن برای با از به را تا در هم یک دو بود شد گفت است"
    " کند کرد کنند کردند داد دادند آورد گرفت رفت آمد ماند دید دارد دارند"
    " خبر دور بار تازه بسته پیشین اقدام شمال جنوب شرق غرب راهی جامعه آیین رأی رای روی"
    " میدان آرا جان نان بهار بندر ولایت دارو مردان سینه آستانه پولی ورود بشری بیان بالا"
    " برده زنده دوری مرکزی دوشنبه قبلی مسئله مساله اندیشه سالم روان اردو تولید مالی کاری"
    " نیم ما میادین مبارک کیلو اما باید فرهنگ فرهنگی اقتصادی میلادی جمهوری اکنون"
)
_STOP = frozenset(strict_key(w) for w in _STOP_WORDS) | _STOP_WORDS


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Normalised cue words and gazetteer keys shared by every language."""

    titles: frozenset[str]
    org_cues: frozenset[str]
    loc_cues: frozenset[str]
    names: frozenset[str]
    demonyms: frozenset[str]
    places: dict[str, str]  # strict key -> "A" (country, province, curated), "P" (city of
    # 100,000 or more), "p" (smaller city)

    def known(self, word: str) -> bool:
        """Whether an Arabic word (proclitics removed) is a name we know: a proclitic before
        it may be split off."""
        key = _norm(word)
        return key in self.names or strict_key(word) in self.places


def _norm_all(*sets: frozenset[str] | dict[str, str]) -> frozenset[str]:
    out: set[str] = set()
    for s in sets:
        for w in s:
            n = _norm(w)
            out.add(n)
            if n.startswith("ال") and len(n) > 3:
                out.add(n[2:])
    return frozenset(out)


def _load_places() -> dict[str, str]:
    from ...places.gazetteer import gazetteer

    con = gazetteer()._con
    rows = con.execute(
        "SELECT n.key, MIN(CASE WHEN p.fclass = 'A' OR p.source NOT IN ('geonames') THEN 'A' "
        "WHEN p.pop >= 100000 THEN 'P' ELSE 'p' END) FROM names n JOIN places p USING (row) "
        "WHERE p.fclass = 'A' OR p.pop >= 15000 OR p.source NOT IN ('geonames') GROUP BY n.key"
    )
    return {k: c for k, c in rows if len(k) >= 3 and k not in _STOP}


_LOCK = threading.Lock()
_LEXICON: list[Lexicon] = []


def lexicon() -> Lexicon:
    """The process-wide lexicon (loads the gazetteer keys once, ~2 s)."""
    with _LOCK:
        if not _LEXICON:
            _LEXICON.append(
                Lexicon(
                    titles=_norm_all(en.TITLES, ar.TITLES, fa.TITLES),
                    org_cues=_norm_all(en.ORG_CUES, ar.ORG_CUES, fa.ORG_CUES),
                    loc_cues=_norm_all(en.LOC_CUES, ar.LOC_CUES, fa.LOC_CUES),
                    names=_norm_all(en.GIVEN_NAMES, ar.GIVEN_NAMES, fa.GIVEN_NAMES),
                    demonyms=_norm_all(places_en.DEMONYMS, places_ar.DEMONYMS, places_fa.DEMONYMS),
                    places=_load_places(),
                )
            )
        return _LEXICON[0]


@lru_cache(maxsize=65536)
def _norm(word: str) -> str:
    return normalize(word).replace(" ", "")


_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=65536)
def _shape(word: str) -> str:
    if is_arabic(word):
        return "A"
    out: list[str] = []
    for ch in word[:8]:
        c = "X" if ch.isupper() else "x" if ch.isalpha() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def strip_proclitic(word: str, lang: str, lex: Lexicon) -> tuple[str, str]:
    """(proclitics, rest) of an Arabic word; ("", word) elsewhere."""
    if lang != "ar" or not is_arabic(word):
        return "", word
    n = proclitic(word, lex.known)
    return word[:n], word[n:]


def core(word: str, lang: str, lex: Lexicon) -> str:
    """A word's normalised form without Arabic proclitics or article: the context-word feature
    and the key of the word clusters (:mod:`.clusters`)."""
    _, rest = strip_proclitic(word, lang, lex)
    key = _norm(rest)
    return key[2:] if key.startswith("ال") and len(key) > 3 else key


def _token_features(tok: Token, lang: str, lex: Lexicon) -> tuple[list[str], str, str]:
    """(own features, context word, context flags) of one token."""
    raw = tok.text
    w = _norm(raw)
    clitic, rest = strip_proclitic(raw, lang, lex)
    core = _norm(rest)
    feats = ["w=" + w, "sh=" + _shape(raw)]
    if clitic:
        feats.append("cl=" + clitic)
    if core.startswith("ال") and len(core) > 3:
        feats.append("al")
        core = core[2:]
    if lang == "fa" and "\u200c" in raw:
        parts = raw.split("\u200c")
        feats += ["zf=" + _norm(parts[0]), "zl=" + _norm(parts[-1])]
    if core != w:
        feats.append("c=" + core)
    n = len(core)
    for k in (2, 3, 4):
        if n > k:
            feats += [f"p{k}=" + core[:k], f"s{k}=" + core[-k:]]
    if raw[:1].isupper():
        feats.append("cap")
    if raw.isupper() and n > 1:
        feats.append("upper")
    if _DIGIT.search(raw):
        feats.append("digit")
    flags = ""
    if core in lex.titles or w in lex.titles:
        flags += "T"
    if core in lex.org_cues or w in lex.org_cues:
        flags += "O"
    if core in lex.loc_cues or w in lex.loc_cues:
        flags += "L"
    if core in lex.names:
        flags += "N"
    if core in lex.demonyms or w in lex.demonyms:
        flags += "D"
    for f in flags:
        feats.append("lx=" + f)
    return feats, core, flags


def _gazetteer_tags(
    tokens: Sequence[Token], lang: str, lex: Lexicon, table: Mapping[str, str]
) -> list[str]:
    """Tags "<value>B"/"<value>I" where the longest match of ``table`` (strict key → value)
    starting at a token covers it, else "". With the places table the values are "A"
    (country, province), "P" (large city) and "p" (smaller city)."""
    keys = [strict_key(t.text) if t.text[:1].isalnum() else "" for t in tokens]
    tags = [""] * len(tokens)
    i = 0
    while i < len(tokens):
        first = tokens[i].text
        if not keys[i] or (lang == "en" and not first[:1].isupper()):
            i += 1
            continue
        _, rest = strip_proclitic(first, lang, lex)
        heads = [strict_key(rest) if rest != first else keys[i]]
        heads += [h[2:] for h in heads if h.startswith("ال") and len(h) > 4]
        found, kind = 0, ""
        last = i + 1  # a hyphen may join the parts of a name: Al-Bukamal, Deir ez-Zor
        while last < min(len(tokens), i + _MAX_GRAM + 1) and (
            keys[last] or tokens[last].text == "-"
        ):
            last += 1
        for j in range(last, i, -1):
            if not keys[j - 1]:
                continue
            tail = "".join(keys[i + 1 : j])
            kind = next((c for h in heads if h and (c := table.get(h + tail))), "")
            if kind:
                found = j - i
                break
        if found:
            tags[i] = kind + "B"
            for k in range(i + 1, i + found):
                tags[k] = kind + "I"
            i += found
        else:
            i += 1
    return tags


def memory_key(text: str, lang: str, lex: Lexicon) -> str:
    """The key under which a name is remembered: its strict key, proclitics removed."""
    _, rest = strip_proclitic(text, lang, lex)
    return strict_key(rest)


def sentence_features(
    tokens: Sequence[Token],
    lang: str,
    lex: Lexicon,
    memory: Mapping[str, str] | None = None,
    clusters: Mapping[str, tuple[str, ...]] | None = None,
) -> list[list[str]]:
    """One feature list per token, for pycrfsuite. ``memory`` maps names (:func:`memory_key`)
    seen in the training data to their usual type; ``clusters`` maps words (:func:`core`) to
    their cluster ids, one per granularity (:mod:`.clusters`)."""
    own: list[list[str]] = []
    cores: list[str] = []
    flags: list[str] = []
    for tok in tokens:
        f, c, fl = _token_features(tok, lang, lex)
        own.append(f)
        cores.append(c)
        flags.append(fl)
    # Headlines capitalise every word: capitals there say little about names.
    long_words = [t.text for t in tokens if len(t.text) > 3 and t.text[0].isalpha()]
    headline = (
        lang == "en"
        and len(long_words) >= 3
        and sum(w[0].isupper() for w in long_words) >= 0.6 * len(long_words)
    )
    gaz = _gazetteer_tags(tokens, lang, lex, lex.places)
    mem = _gazetteer_tags(tokens, lang, lex, memory) if memory else [""] * len(tokens)
    if memory:
        for i, tok in enumerate(tokens):
            if kind := memory.get("~" + memory_key(tok.text, lang, lex)):
                own[i].append("memw=" + kind)
    n = len(tokens)
    groups: list[tuple[str, ...]] = [()] * n
    if clusters:
        groups = [clusters.get(c, ()) for c in cores]
        for i, ids in enumerate(groups):
            own[i] += [f"k{g}=" + c for g, c in enumerate(ids)]
    out = []
    for i in range(n):
        feats = own[i]
        if headline:
            feats.append("headline")
            if "cap" in feats:
                feats.append("hcap")
        if gaz[i]:
            feats.append("gz=" + gaz[i])
        if mem[i]:
            feats.append("mem=" + mem[i])
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < n:
                feats.append(f"{d}w=" + cores[j])
                if abs(d) == 1:
                    feats.append(f"{d}sh=" + _shape(tokens[j].text))
                    feats += [f"{d}lx=" + f for f in flags[j]]
                    if gaz[j]:
                        feats.append(f"{d}gz=" + gaz[j])
                    if mem[j]:
                        feats.append(f"{d}mem=" + mem[j])
                    feats += [f"{d}k{g}=" + c for g, c in enumerate(groups[j])]
            elif abs(d) == 1:
                feats.append(f"{d}w=<s>")
        if i > 0:
            feats.append("bg-=" + cores[i - 1] + "|" + cores[i])
        if i + 1 < n:
            feats.append("bg+=" + cores[i] + "|" + cores[i + 1])
        out.append(feats)
    return out
