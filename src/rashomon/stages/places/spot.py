"""Toponym spotting backed by the gazetteer: where in a text are place names?

Precise rather than greedy, because the lead combines these spans with the NER's LOC/FAC
spans: a span is kept only where the gazetteer holds the name *and* the name is a plausible
place in running text.

English: the longest run of capitalised words (1–4, inner "of"/"and"/"de"/"el"/"al"/"es"
allowed, "St." and "U.S."-style abbreviations kept whole) whose strict key names a gazetteer
place. A match must be a country, continent, region, province, county, water body or curated
place, a town of some size (the smaller the town, the more a preposition such as "in" or
"near" before it must vouch for it) or a demonym ("Syrian"). Words that are places only by
accident ("May", "Police", "Mobile", titles, weekdays) are on a stop-list; a single word inside a
longer capitalised name ("Jackson" in "Andrew Jackson", "Mr. Lincoln") is not a place; state
abbreviations ("Ga.", "TX") count only after "Town,".

Arabic and Persian: 1–3 word n-grams, tried as written and less a clitic prefix (و ب ل ف and
their combinations with the article ال) or a Persian suffix (ها, ‌های, ‌ی, را); demonyms
(سوري, العراقية, ایرانی) are spans too. A span never includes the clitic. So many short words
are also some town's name that a name needs more than a gazetteer hit: function words ("كان",
"وأن", "اگر") are never a place nor part of one; frequent common words ("خبر", "مدينة", "جان")
are not a one-word place unless a place noun ("مدينة", "شهر") or the town's own country
("دوشنبه تاجیکستان") vouches for them; a town of three letters needs a cue before it (a
preposition such as "في" or "در", a ب/ل clitic) or to be a large city.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from .gazetteer import Entry, Gazetteer, gazetteer
from .keys import strict_key
from .lang import ar, en, fa
from .resolve import _demonyms

__all__ = ["spot_toponyms"]

_LATIN_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|\w+(?:[-’']\w+)*\.?", re.UNICODE)
_POSSESSIVE = re.compile(r"[’']s$")
_ARTICLE_HYPHEN = re.compile(r"(?:al|el|ad|ar|as|at|az|an|ash|ed|er|es|ez|ud)-[A-Z]")
# Arabic-script letters, less the comma, semicolon, question mark and full stop ("الزور،")
_ARABIC_TOKEN = re.compile(
    r"[\u0600-\u060b\u060d-\u061a\u061c-\u061e\u0620-\u06d3\u06d5-\u06ff\u200c]+"
)
_CONNECTORS = frozenset({"of", "and", "de", "del", "da", "do", "el", "al", "es", "ez", "la", "le"})
_LOCATIVE = frozenset(
    {"in", "at", "near", "from", "to", "into", "toward", "towards", "across", "outside"}
    | {"inside", "around", "via", "through", "between", "of", "off", "on", "north", "south"}
    | {"east", "west", "northern", "southern", "eastern", "western", "central", "and"}
)
_TITLES = frozenset(
    {"mr", "mrs", "ms", "dr", "sir", "lord", "lady", "president", "senator", "sen", "rep"}
    | {"governor", "gov", "mayor", "minister", "general", "gen", "col", "judge", "king"}
    | {"queen", "prince", "princess", "sheikh", "imam", "pope", "saint", "coach", "chief"}
)
_FUNCTION_WORDS = frozenset(
    {"the", "a", "an", "in", "on", "at", "of", "by", "for", "with", "but", "and", "or", "if"}
    | {"as", "from", "to", "near", "into", "across", "when", "while", "after", "before"}
)
_PLACE_KIND_WORDS = frozenset(
    {"province", "governorate", "county", "region", "district", "state", "city", "oblast"}
    | {"department", "prefecture", "parish", "borough", "municipality", "area", "valley"}
    | {"mountains", "river", "island", "islands", "peninsula", "coast", "border"}
)
# Capitalised words after a place name that make it part of another name ("Manchester
# United", "Wall Street", "Boston Globe"); other stop-list words after it ("Baghdad Police",
# "Syria Monday") leave the place standing
_NAME_PARTS = frozenset(
    {"united", "street", "times", "post", "globe", "journal", "herald", "tribune", "news"}
    | {"daily", "press", "bank", "university", "college", "school", "hospital", "church"}
    | {"team", "city", "road", "avenue", "square", "park", "hall", "center", "centre"}
)
_MAX_WORDS = 4
_ABBREV_LEN = 4  # "Ga", "Tenn", "US", "UAE": short keys count only in the right places
_TOWN_POP = 15_000  # a town this size is a place wherever it is written
_TOWN_POP_AFTER_PREP = 1_000  # ...or this size after "in", "near", "from"
_BIG_TOWN_POP = 100_000  # a sentence's first word must name a place this size (or an area)
_AR_TOWN_POP = 20_000
_AR_BIG_TOWN_POP = 100_000  # a short one-word town this size needs no cue before it
_AR_SHORT = 3  # letters: "كان", "وان", "جان" are words first
_SIGNIFICANT_CODES = frozenset({"PCLI", "CONT", "ADM1", "ADM1H", "ADM2", "ADMD", "RGN"})
_AR_PREFIXES = ("وبال", "وال", "بال", "فال", "لل", "وب", "ول", "وف", "و", "ب", "ل", "ف")
_FA_SUFFIXES = ("\u200cهای", "\u200cها", "های", "ها", "\u200cی", "\u200cای", "را")


@cache
def _stop_words() -> frozenset[str]:
    return frozenset(strict_key(w) for w in en.SPOT_STOP_WORDS)


def _significant(cands: list[Entry], *, after_prep: bool, min_pop: int = _TOWN_POP) -> bool:
    for e in cands:
        if e.lat is None:
            continue
        if e.feature_code in _SIGNIFICANT_CODES or e.id.startswith("rashomon:"):
            return True
        if e.feature_class == "P" and e.population >= (
            _TOWN_POP_AFTER_PREP if after_prep else min_pop
        ):
            return True
    return False


def _exact(gaz: Gazetteer, surface: str) -> list[Entry]:
    return gaz.lookup_strict(surface)


def _candidates(gaz: Gazetteer, surface: str) -> list[Entry]:
    """Exact matches, and a loose match only where it names an area ("Anbar" → "Al Anbar") or
    a city ("Qamishli" → "Al Qāmishlī")."""
    return [
        e
        for e, exact in gaz.lookup(surface)
        if exact
        or (e.feature_class == "A" and e.feature_code != "ADM2")
        or e.population >= _BIG_TOWN_POP
    ]


def _sentence_start(text: str, toks: list[tuple[int, int, str]], i: int) -> bool:
    if i <= 0:
        return True
    gap = text[toks[i - 1][1] : toks[i][0]].strip()
    return toks[i - 1][2].endswith(".") or gap[-1:] in (".", "!", "?", ":", "—", '"', "“")


def _is_capitalised(tok: str, at_line_start: bool) -> bool:
    if not tok[0].isupper():
        return bool(_ARTICLE_HYPHEN.match(tok))  # "ez-Zor" in "Deir ez-Zor"
    if tok.isupper() and len(tok.strip(".")) > _ABBREV_LEN:
        return at_line_start  # "GAINESVILLE, Ga." datelines, not all-caps headlines
    return True


def _spot_latin(text: str, gaz: Gazetteer) -> list[tuple[int, int]]:
    toks = []
    for m in _LATIN_TOKEN.finditer(text):
        tok, end = m.group(), m.end()
        if p := _POSSESSIVE.search(tok):  # "Georgia's": the name is "Georgia"
            tok, end = tok[: p.start()], m.start() + p.start()
        toks.append((m.start(), end, tok))
    demonyms = _demonyms()
    stop = _stop_words()
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(toks):
        start, _, tok = toks[i]
        line_start = start == 0 or text[max(0, start - 1)] == "\n" or text[:start].strip() == ""
        if not _is_capitalised(tok, line_start):
            i += 1
            continue
        prev_tok = toks[i - 1][2] if i else ""
        prev = prev_tok.lower().rstrip(".")
        sentence_start = _sentence_start(text, toks, i)
        prev_cap = (
            not sentence_start
            and prev_tok[:1].isupper()
            and text[toks[i - 1][1] : start] == " "
            and prev not in _FUNCTION_WORDS
            and not (_sentence_start(text, toks, i - 1) and prev.endswith(("ing", "ed", "ly")))
        )
        # "Bank of America", "University of Texas": the name belongs to an organisation
        of_org = (
            prev == "of"
            and i >= 2
            and toks[i - 2][2][:1].isupper()
            and toks[i - 2][2].lower() not in _PLACE_KIND_WORDS
            and (not _sentence_start(text, toks, i - 2) or strict_key(toks[i - 2][2]) in stop)
        )
        found = None
        for n in range(min(_MAX_WORDS, len(toks) - i), 0, -1):
            words = toks[i : i + n]
            last = words[-1][2]
            if not _is_capitalised(last, line_start) or any(
                not (_is_capitalised(w[2], line_start) or w[2] in _CONNECTORS) for w in words
            ):
                continue
            if any(
                text[a[1] : b[0]] not in (" ", "-") for a, b in zip(words, words[1:], strict=False)
            ):
                continue
            end = words[-1][1]
            ends: tuple[int, ...] = (end,)
            if text[end - 1] == ".":  # "Tbilisi." ends a sentence; "Ga." and "U.S." are names
                ends = (
                    (end, end - 1)
                    if len(strict_key(text[start:end])) <= _ABBREV_LEN
                    else (end - 1,)
                )
            for e_end in ends:
                surface = text[start:e_end]
                key = strict_key(surface)
                if not key or key in stop:
                    continue
                if demonyms.get(key) or strict_key(surface) in _continent_keys():
                    found = (start, e_end, n)
                    break
                short = len(key) <= _ABBREV_LEN
                if short and not _short_ok(surface, text, start, toks, i):
                    continue
                if len(key) <= 3 and sentence_start and not surface.replace(".", "").isupper():
                    continue  # "Her campaign...", "Its ..."
                cands = _candidates(gaz, surface)
                if not cands:
                    continue
                after_prep = prev in _LOCATIVE
                nxt = toks[i + n] if i + n < len(toks) else None
                if (
                    nxt
                    and nxt[2][:1].isupper()
                    and text[e_end : nxt[0]] == " "
                    and nxt[2].lower().rstrip(".") not in _PLACE_KIND_WORDS
                    and (strict_key(nxt[2]) not in stop or strict_key(nxt[2]) in _NAME_PARTS)
                ) or of_org:
                    continue  # "Paris Hilton", "New York Times", "Bank of America"
                if n == 1 and not after_prep:
                    if prev in _TITLES or prev_cap:
                        continue  # "Mr. Lincoln", "Andrew Jackson"
                    if sentence_start and (
                        tok.lower() in _common_lower(text)
                        or not _significant(cands, after_prep=False, min_pop=_BIG_TOWN_POP)
                    ):
                        continue  # "Hurricane warnings...": a capitalised common word
                if _significant(cands, after_prep=after_prep or n > 1):
                    found = (start, e_end, n)
                    break
            if found:
                break
        if found:
            out.append((found[0], found[1]))
            i += found[2]
        else:
            i += 1
    return out


@cache
def _continent_keys() -> frozenset[str]:
    return frozenset(strict_key(w) for w in en.CONTINENT_ADJECTIVES)


def _common_lower(text: str) -> set[str]:
    return {m.group() for m in re.finditer(r"\b[a-z]+\b", text)}


def _short_ok(
    surface: str, text: str, start: int, toks: list[tuple[int, int, str]], i: int
) -> bool:
    """A short key ("US", "UK", "Ga.", "TX") only as an all-caps or dotted abbreviation, and a
    state abbreviation only right after "Town, "."""
    letters = surface.replace(".", "")
    if not (letters.isupper() or "." in surface):
        return len(letters) >= 3  # an ordinary short name: "Ohio", "Iowa", "Rome"
    if surface in en.COUNTRY_ABBREVIATIONS:
        return True
    return i >= 1 and text[start - 2 : start] == ", "


# Words before an Arabic/Persian name that vouch for it: prepositions ("في", "در") and place
# nouns ("مدينة", "شهر"); keyed like the names
_AR_CUES = frozenset(
    str.split(
        """
    في من الى إلى على عن قرب نحو داخل خارج حول باتجاه جنوب شمال شرق غرب وسط مدينة بلدة قرية
    محافظة منطقة ريف مخيم ناحية قضاء مدينه
    در به از تا نزدیک سوی داخل شهر شهرستان استان روستای روستا منطقه بخش
    """
    )
)
_AR_PLACE_NOUNS = frozenset(
    str.split("مدينة بلدة قرية محافظة ناحية قضاء مدينه شهر شهرستان استان روستای روستا")
)


@cache
def _ar_word_sets() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(function words, common words, cues, place nouns), keyed like gazetteer names."""

    def keyed(words: frozenset[str]) -> frozenset[str]:
        return frozenset(strict_key(w) for w in words)

    return (
        keyed(ar.FUNCTION_WORDS | fa.FUNCTION_WORDS),
        keyed(ar.COMMON_WORDS | fa.COMMON_WORDS),
        keyed(_AR_CUES),
        keyed(_AR_PLACE_NOUNS),
    )


def is_common_word(word: str, lang: str) -> bool:
    """Whether a one-word name is a word first: an Arabic or Persian function word or frequent
    common word that gazetteers also list as some small town ("كان", "خبر", "اگر"), as written
    or less a clitic, or an English word on the spotter's stop-list ("Western", "the South",
    "Jan")."""
    if lang in ("ar", "fa"):
        if not _ARABIC_TOKEN.fullmatch(word):
            return False
        function, common, _, _ = _ar_word_sets()
        return any(strict_key(f) in function | common for f, _, _ in _ar_forms(word, lang))
    words = word.split()
    if len(words) == 2 and words[0].lower() == "the":
        words = words[1:]
    return len(words) == 1 and strict_key(words[0]) in _stop_words()


def _is_function_word(word: str, lang: str) -> bool:
    function = _ar_word_sets()[0]
    return strict_key(word) in function or any(
        strict_key(f) in function for f, a, _ in _ar_forms(word, lang) if a
    )


@lru_cache(maxsize=1 << 16)
def _ar_forms(word: str, lang: str) -> tuple[tuple[str, int, int], ...]:
    """(form, start, end) within the word: as written, less a clitic, less a Persian suffix;
    a prefix that swallowed the article (بال، وال، لل) gives the form with ال restored, its span
    starting at the article's place."""
    forms = [(word, 0, len(word))]
    for p in _AR_PREFIXES:
        if word.startswith(p) and len(word) - len(p) >= 3:
            rest = word[len(p) :]
            if p.endswith("ال"):
                forms.append(("ال" + rest, len(p) - 2, len(word)))
            elif p == "لل":
                forms.append(("ال" + rest, 1, len(word)))
            forms.append((rest, len(p), len(word)))
    if lang == "fa":
        for form, a, b in list(forms):
            for s in _FA_SUFFIXES:
                if form.endswith(s) and len(form) - len(s) >= 3:
                    forms.append((form[: -len(s)], a, b - len(s)))
    return tuple(forms)


def _ar_single_ok(cands: list[Entry], *, cued: bool, clitic: str, key: str) -> bool:
    """A short one-word Arabic/Persian name needs more than a gazetteer hit, as so many short
    words are some town's name: a country, province or curated place stands alone; a town of
    three letters needs a cue before it ("في", "من", "در", "شهر", a ب/ل clitic) or to be a
    large city."""
    if len(key) > _AR_SHORT:
        return _significant(cands, after_prep=False, min_pop=_AR_TOWN_POP)
    if any(
        e.lat is not None and (e.feature_code in _SIGNIFICANT_CODES or e.id.startswith("rashomon:"))
        for e in cands
    ):
        return True
    if cued or clitic.endswith(("ب", "ل", "بال", "لل")):
        return _significant(cands, after_prep=False, min_pop=_AR_TOWN_POP)
    return _significant(cands, after_prep=False, min_pop=_AR_BIG_TOWN_POP)


def _country_follows(
    gaz: Gazetteer, text: str, toks: list[tuple[int, int, str]], i: int, key: str
) -> bool:
    """Whether the word after token ``i`` names the country of a town called ``key``."""
    if i + 1 >= len(toks) or text[toks[i][1] : toks[i + 1][0]] != " ":
        return False
    countries = {e.country for e in gaz.lookup_strict(toks[i + 1][2]) if e.feature_code == "PCLI"}
    return bool(countries) and any(e.country in countries for e in gaz.lookup_strict(key))


def _spot_arabic(text: str, gaz: Gazetteer, lang: str) -> list[tuple[int, int]]:
    toks = [(m.start(), m.end(), m.group()) for m in _ARABIC_TOKEN.finditer(text)]
    demonyms = _demonyms()
    _, common, cues, place_nouns = _ar_word_sets()
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(toks):
        found = None
        prev = strict_key(toks[i - 1][2]) if i and text[toks[i - 1][1] : toks[i][0]] == " " else ""
        for n in range(min(3, len(toks) - i), 0, -1):
            words = toks[i : i + n]
            gaps = [text[a[1] : b[0]] for a, b in zip(words, words[1:], strict=False)]
            if any(g not in (" ", "\u200c") for g in gaps):
                continue
            if n > 1 and any(_is_function_word(w[2], lang) for w in words):
                continue  # "به شهر" is not Behshahr, "بود و" not Bodø
            first_start, first_end, first = words[0]
            if n == 1 and _is_function_word(first, lang):
                break
            # "بالبنى" is "البنى" (structures) whatever the bare "بنى" names
            token_common = n == 1 and any(
                strict_key(f) in common for f, _, _ in _ar_forms(first, lang)
            )
            # "شهر خبر داد" is "the city reported", not "the city of Khobar"
            next_function = i + 1 < len(toks) and _is_function_word(toks[i + 1][2], lang)
            for form, a, b in _ar_forms(first, lang):
                if n > 1 and b != len(first):
                    continue  # a suffix only ends a name
                surface = form + text[first_end : words[-1][1]]
                key = strict_key(surface)
                if len(key) < 3:
                    continue
                end = words[-1][1] if n > 1 else first_start + b
                if n == 1 and demonyms.get(key):
                    found = (first_start + a, end, n)
                    break
                if (
                    n == 1
                    and token_common
                    and (prev not in place_nouns or next_function)
                    and not _country_follows(gaz, text, toks, i, key)
                ):
                    continue  # "خبر" is news; "مدينة الخبر" and "دوشنبه تاجیکستان" are places
                cands = _exact(gaz, surface)
                if not cands:
                    continue
                if n == 1:
                    ok = _ar_single_ok(cands, cued=prev in cues, clitic=first[:a], key=key)
                else:
                    ok = _significant(cands, after_prep=False, min_pop=_AR_TOWN_POP)
                if ok:
                    found = (first_start + a, end, n)
                    break
            if found:
                break
        if found:
            out.append((found[0], found[1]))
            i += found[2]
        else:
            i += 1
    return out


def spot_toponyms(text: str, lang: str) -> list[tuple[int, int]]:
    """Character spans (start, end) of the place names and demonyms in ``text``, in order.

    ``lang`` is "en", "ar" or "fa"; other languages written in Latin script are treated as
    English, in Arabic script as Arabic."""
    gaz = gazetteer()
    if lang in ("ar", "fa"):
        return _spot_arabic(text, gaz, lang)
    return _spot_latin(text, gaz)
