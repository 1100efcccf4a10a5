"""Toponym resolution: pick the gazetteer entry a name means in its document.

Features of each candidate, combined by hand-set weights (a small log-linear score, not
trained on any evaluation set): population prior, feature class (countries, provinces and
towns before sites, water and terrain unless a word such as "base" or "river" is in or next
to the name), strict or loose name match, the document's country evidence (country names,
demonyms and province names in its text) and the distance to the document's other places.
A name's own mention is not evidence for itself (عمان in a text about Jordan does not vote
for Oman). Names that are both a country or province and a city (الكويت, عمان/Amman, الرياض,
جيبوتي, طهران) are decided by the words next to the mention: a city word (مدينة, العاصمة,
شهر, پایتخت, "city", a port) before it or "City"/عاصمة after it picks the populated place, a
country word (دولة, سلطنة, کشور, "country") the country, a province word (محافظة, استان,
"province") the province; without one, a province loses to its same-named city of 100,000 or
more, and a country whose only evidence is its own name loses its prior where another
candidate lies in a country the text does speak of (Amman when Jordan is mentioned).
A demonym ("Syrian", "سوري", "آمریکایی") resolves to its country; a people without a country
("Kurdish") and a name with no candidate give a :class:`Resolution` without coordinates, never
nothing.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from .gazetteer import Entry, Gazetteer, gazetteer
from .keys import strict_key
from .lang import ar, en, fa

__all__ = ["Context", "Resolution", "resolve", "resolve_all", "demonym_country"]

_POSSESSIVE = re.compile(r"[’']s$")
_WORD = re.compile(r"[\w.’'\-]+", re.UNICODE)
_SITE_HINTS = {
    "S": (
        "base",
        "airbase",
        "airport",
        "camp",
        "crossing",
        "border",
        "station",
        "dam",
        "field",
        "قاعدة",
        "مطار",
        "معبر",
        "مخيم",
        "پایگاه",
        "فرودگاه",
        "گذرگاه",
        "اردوگاه",
    ),
    "H": (
        "river",
        "lake",
        "sea",
        "gulf",
        "bay",
        "dam",
        "نهر",
        "بحر",
        "بحيرة",
        "رود",
        "دریا",
        "دریاچه",
        "خلیج",
    ),
    "T": ("mount", "mountain", "mountains", "hill", "valley", "desert", "جبل", "كوه", "کوه"),
}
# Words right before a mention (after a preposition) or right after it that say what kind
# of place it is; Arabic words are also matched without a prefix و/ب/ل/ف or the article.
_CITY_BEFORE = frozenset(
    {"city", "town", "capital", "port", "مدينة", "المدينة", "عاصمة", "العاصمة", "بلدة"}
    | {"ميناء", "مرفأ", "شهر", "پایتخت", "بندر", "بلده", "شهرستان"}
)
_CITY_AFTER = frozenset({"city", "عاصمة", "العاصمة", "پایتخت"})
_COUNTRY_BEFORE = frozenset(
    {"country", "kingdom", "sultanate", "republic", "state", "دولة", "سلطنة", "مملكة"}
    | {"المملكة", "جمهورية", "الجمهورية", "إمارة", "امارة", "کشور", "جمهوری", "پادشاهی"}
    | {"سلطان‌نشین", "سلطاننشین"}
)
_PROVINCE_BEFORE = frozenset(
    {"province", "governorate", "region", "محافظة", "ولاية", "منطقة", "إقليم", "اقليم"}
    | {"استان", "ولایت"}
)
_PREPOSITIONS = frozenset(
    {"in", "at", "to", "of", "from", "the", "near", "في", "إلى", "الى", "من", "قرب", "نحو"}
    | {"على", "عن", "در", "به", "از", "نزدیک", "تا"}
)
_CITY_OF_PROVINCE_POP = 100_000
_CLASS_PRIOR = {"PCLI": 2.2, "CONT": 1.6, "ADM1": 0.9, "ADM1H": 0.6, "PPLC": 0.5, "RGN": 0.8}
_FCLASS_PRIOR = {"A": 0.6, "P": 0.0, "L": 0.3, "S": -0.6, "H": -0.6, "T": -0.6}
_NEAR_KM = 300.0
# Weights of the score's features, set by hand on our English development set
# (benchmarks/data/geo_dev_en.tsv) and the Arabic/Persian tests, never on the outside sets.
_W_POP = 2.0
_W_PRIMARY = 0.8
_W_LOOSE = 1.5
_W_ADMIN = 0.8
_W_COUNTRY = 1.2
_W_WINDOW = 0.8
_W_FOLLOWER = 1.5
_W_ANCHOR = 1.2
_ANCHOR_MARGIN = 0.0
_W_PICKED_COUNTRY = 0.3
_W_PICKED_ADMIN = 0.3


def _strict_demonyms() -> dict[str, str]:
    table: dict[str, str] = {}
    for word, cc in en.DEMONYMS.items():
        table[strict_key(word)] = cc
    for word, cc in ar.DEMONYMS.items():
        for form in (word, word + "ة", word + "ون", word + "ين"):
            table[strict_key(form)] = cc
            table[strict_key("ال" + form)] = cc
    for word, cc in fa.DEMONYMS.items():
        for form in (word, word + "ها", word + "\u200cها"):
            table[strict_key(form)] = cc
    return table


@cache
def _demonyms() -> dict[str, str]:
    return _strict_demonyms()


def demonym_country(word: str) -> str | None:
    """'Syrian' → 'SY', 'السورية' → 'SY', 'Kurdish' → '' (a people), 'Paris' → None."""
    return _demonyms().get(strict_key(word))


def haversine_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + (
        math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


@dataclass
class Context:
    """What a document says about where it is: country evidence (code → weight) and anchor
    points (other places' coordinates, with the name key they came from)."""

    text: str = ""
    countries: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))
    anchors: list[tuple[str, float, float]] = field(default_factory=list)
    sources: list[tuple[str, str, float]] = field(default_factory=list)  # (key, cc, weight)
    # US states named in the text ((country, admin1) → weight): a town in a named state wins
    # over its namesakes elsewhere in the country ("Gainesville" in a story about Georgia)
    admins: defaultdict[tuple[str, str], float] = field(default_factory=lambda: defaultdict(float))

    def countries_without(self, key: str) -> dict[str, float]:
        """The country evidence less what the name ``key`` itself contributed."""
        own = [(cc, w) for k, cc, w in self.sources if k == key]
        if not own:
            return self.countries
        out = dict(self.countries)
        for cc, w in own:
            out[cc] = out.get(cc, 0.0) - w
        return {cc: w for cc, w in out.items() if w > 1e-9}

    @classmethod
    def from_text(cls, text: str, gaz: Gazetteer | None = None) -> Context:
        """Scan the text for country names, demonyms and province names (1–3 word n-grams;
        Latin words must be capitalised; Arabic words also without a prefix و/ب/ل/ف)."""
        evidence = _evidence(gaz or gazetteer())
        demonyms = _demonyms()
        ctx = cls(text=text)
        matches = list(_WORD.finditer(text))
        words = [_POSSESSIVE.sub("", m.group()).strip(".’'-") for m in matches]
        abbrevs = _state_abbreviations()
        for i, w in enumerate(words):
            if not w or (w.isascii() and not w[0].isupper()):
                continue
            raw = matches[i]
            if (
                raw.group().endswith(".")
                and text[max(0, raw.start() - 2) : raw.start()] == ", "
                and (code := abbrevs.get(strict_key(raw.group()))) is not None
            ):
                ctx.countries["US"] += 0.5  # "Gainesville, Ga."
                ctx.admins[("US", code)] += 1.0
                continue
            forms = [w]
            if not w.isascii() and len(w) > 3 and w[0] in "وبلف":
                forms.append(w[1:])
            for n in (3, 2):
                forms.append(" ".join(words[i : i + n]))
            for form in forms:
                key = strict_key(form)
                if (cc := demonyms.get(key)) is not None:
                    if cc:
                        ctx.countries[cc] += 1.0
                        ctx.sources.append((key, cc, 1.0))
                    break
                if key in evidence:
                    cc, weight, lat, lon, admin1 = evidence[key]
                    ctx.countries[cc] += weight
                    ctx.sources.append((key, cc, weight))
                    if admin1:
                        ctx.admins[(cc, admin1)] += 1.0
                    if weight < 1.0 and lat is not None and lon is not None:
                        ctx.anchors.append((key, lat, lon))
                    break
        return ctx


_Evidence = dict[str, tuple[str, float, float | None, float | None, str]]
# Countries whose province codes in countrystatecity are GeoNames' admin1 codes too
_SAME_ADMIN_CODES = frozenset({"US"})


@cache
def _evidence_cached(path: str) -> _Evidence:
    gaz = gazetteer()
    out: _Evidence = {}
    for key, e in gaz.admin_names():
        if len(key) < 3 or e.feature_code not in ("PCLI", "ADM1", "ADM1H"):
            continue
        weight = 1.0 if e.feature_code == "PCLI" else 0.5
        admin1 = e.admin1 if e.feature_code == "ADM1" and e.country in _SAME_ADMIN_CODES else ""
        if key not in out or out[key][1] < weight:
            out[key] = (e.country, weight, e.lat, e.lon, admin1)
    return out


def _evidence(gaz: Gazetteer) -> _Evidence:
    return _evidence_cached(str(gaz.path))


@dataclass(frozen=True)
class Resolution:
    """The place a name was resolved to, its score and the runner-up (for an analyst to
    correct); ``entry`` is None, and there are no coordinates, where nothing fits."""

    name: str
    entry: Entry | None
    score: float = 0.0
    runner_up: Entry | None = None
    runner_up_score: float = 0.0
    candidates: int = 0
    country: str | None = None  # a demonym's country, or the entry's

    @property
    def lat(self) -> float | None:
        return self.entry.lat if self.entry else None

    @property
    def lon(self) -> float | None:
        return self.entry.lon if self.entry else None

    @property
    def resolved(self) -> bool:
        return self.entry is not None and self.entry.lat is not None


@cache
def _site_hint_keys() -> dict[str, frozenset[str]]:
    return {cls: frozenset(strict_key(h) for h in hints) for cls, hints in _SITE_HINTS.items()}


def _hint_classes(name: str, window: str) -> set[str]:
    words = {strict_key(w) for w in _WORD.findall(f"{name} {window}".lower())}
    return {cls for cls, keys in _site_hint_keys().items() if words & keys}


def _bare(word: str) -> list[str]:
    """A word and, for Arabic script, the word less a prefix و/ب/ل/ف and the article."""
    w = word.lower()
    forms = [w]
    if not w.isascii() and len(w) > 3 and w[0] in "وبلف":
        forms.append(w[1:])
    return forms + [f[2:] for f in forms if f.startswith("ال") and len(f) > 4]


def _kind_cues(name: str, window: str) -> set[str]:
    """What the words next to the mention say it is: {"P"} a city, {"PCLI"} a country,
    {"ADM1"} a province; empty where the name is not found in the window or nothing says."""
    words = _WORD.findall(window)
    target = strict_key(name)
    n = len(_WORD.findall(name)) or 1
    for i in range(len(words) - n + 1):
        span = " ".join(words[i : i + n])
        if not any(strict_key(f) == target for f in _bare(span)):
            continue
        cues: set[str] = set()
        j = i - 1
        while j >= 0 and j >= i - 3 and any(f in _PREPOSITIONS for f in _bare(words[j])):
            j -= 1
        before = set(_bare(words[j])) if j >= 0 else set()
        after = set(_bare(words[i + n])) if i + n < len(words) else set()
        if before & _CITY_BEFORE or after & _CITY_AFTER:
            cues.add("P")
        if before & _COUNTRY_BEFORE:
            cues.add("PCLI")
        if before & _PROVINCE_BEFORE:
            cues.add("ADM1")
        return cues
    return set()


@dataclass(frozen=True)
class _Local:
    """What the words right around one mention say: countries named in its window, and the
    country or US state of a ", Texas" / ", Ga." right after it (the strongest cue news gives)."""

    countries: frozenset[str] = frozenset()
    follower_cc: str = ""
    follower_admin: str = ""


_NO_LOCAL = _Local()
_EFFECTIVE_POP = {"ADM1": 100_000, "ADM1H": 20_000, "ADM2": 20_000, "ADMD": 20_000}


@cache
def _key(name: str) -> str:
    return strict_key(name)


def _score(
    e: Entry,
    exact: bool,
    ctx: Context,
    hints: set[str],
    key: str,
    countries: dict[str, float] | None = None,
    local: _Local = _NO_LOCAL,
    has_exact: bool = True,
) -> float:
    pop = e.population or (_EFFECTIVE_POP.get(e.feature_code, 0) if e.feature_class == "A" else 0)
    if e.feature_code == "ADM1" and not e.population and e.country != "US":
        pop = _EFFECTIVE_POP["ADM1H"]  # provinces elsewhere are often named after their city
    s = _W_POP * math.log10(pop + 10) / 7.0
    prior = _CLASS_PRIOR.get(e.feature_code, _FCLASS_PRIOR.get(e.feature_class, -0.3))
    if "P" in hints and e.feature_class == "A":
        prior = min(prior, 0.0)  # "the city of X": not the country or province X
    s += prior
    if e.feature_class in hints:
        s += 1.5
    if e.feature_code in hints or (e.feature_code == "ADM1H" and "ADM1" in hints):
        s += 1.5
    if exact:
        s += 0.6
        if _key(e.name) == key:
            s += _W_PRIMARY  # its own name, not one of its many alternate names
    elif has_exact and key.isascii():
        # a Latin spelling variant ("Columbia" ~ "Colombia") competing with places of exactly
        # this name; Arabic script differs by the article (کویت ~ الكويت) and keeps its chance
        s -= _W_LOOSE
    if e.lat is None:
        s -= 1.0
    if ctx.admins and e.admin1 and e.feature_code not in ("ADM1", "ADM1H"):
        top_admin = max(ctx.admins.values()) or 1.0
        s += _W_ADMIN * ctx.admins.get((e.country, e.admin1), 0.0) / top_admin
    countries = ctx.countries if countries is None else countries
    if countries and e.country:
        top = max(countries.values())
        share = countries.get(e.country, 0.0) / top
        s += _W_COUNTRY * share
    if e.country and e.country in local.countries:
        s += _W_WINDOW
    if local.follower_cc and e.country == local.follower_cc and e.feature_code != "PCLI":
        s += _W_FOLLOWER
        if local.follower_admin and e.admin1 == local.follower_admin:
            s += _W_FOLLOWER
    if ctx.anchors and e.lat is not None and e.lon is not None:
        dists = [haversine_km((e.lat, e.lon), (la, lo)) for k, la, lo in ctx.anchors if k != key]
        if dists:
            s += _W_ANCHOR * math.exp(-min(dists) / _NEAR_KM)
    return s


_FOLLOWER = re.compile(r",\s+((?:[A-Z][\w.’'-]*\s?){1,3})")


@lru_cache(maxsize=4096)  # each mention is resolved twice by resolve_all
def _local(name: str, window: str, key: str) -> _Local:
    if not window:
        return _NO_LOCAL
    wctx = Context.from_text(window)
    countries = frozenset(cc for cc in wctx.countries_without(key) if cc)
    follower_cc = follower_admin = ""
    i = window.find(name)
    if i >= 0 and (m := _FOLLOWER.match(window, i + len(name))):
        words = m.group(1).split()
        ev = _evidence_cached(str(gazetteer().path))
        abbrevs = _state_abbreviations()
        for n in range(len(words), 0, -1):
            k = strict_key(" ".join(words[:n]))
            if n == 1 and words[0].endswith(".") and k in abbrevs:
                follower_cc, follower_admin = "US", abbrevs[k]
                break
            if k in ev and k != key:
                follower_cc, _, _, _, follower_admin = ev[k]
                break
            if (cc := _demonyms().get(k)) and n == 1:
                follower_cc = cc
                break
    return _Local(countries, follower_cc, follower_admin)


@cache
def _state_abbreviations() -> dict[str, str]:
    return {
        strict_key(a): code
        for code, forms in en.US_STATE_ABBREVIATIONS.items()
        for a in forms
        if "." in a
    }


def _pair_bias(
    e: Entry, cands: list[tuple[Entry, bool]], countries: dict[str, float], hints: set[str]
) -> float:
    """Defaults for a name that is both an area and a city, where no word says which."""
    if e.feature_class != "A" or hints & {"P", "PCLI", "ADM1"}:
        return 0.0
    bias = 0.0
    if e.feature_code in ("ADM1", "ADM1H") and any(
        o.feature_class == "P" and o.country == e.country and o.population >= _CITY_OF_PROVINCE_POP
        for o, exact in cands
        if exact
    ):
        bias -= 0.6  # a province named after its capital: the city is meant
    if (
        e.feature_code == "PCLI"
        and countries
        and countries.get(e.country, 0.0) == 0.0
        and any(o.country != e.country and countries.get(o.country, 0.0) > 0 for o, _ in cands)
    ):
        bias -= 1.0  # the text speaks of another candidate's country, never of this one
    return bias


@cache
def _countries(path: str) -> dict[str, Entry]:
    return Gazetteer(Path(path)).countries()


@cache
def _continents(path: str) -> dict[str, Entry]:
    return {e.admin1: e for e in Gazetteer(Path(path)).by_code("CONT")}


@cache
def _continent_adjectives() -> dict[str, str]:
    return {strict_key(w): code for w, code in en.CONTINENT_ADJECTIVES.items()}


_COUNTY_AFTER = re.compile(r"\b(County|Parish|Co\.)", re.UNICODE)


def _county_candidates(name: str, window: str, gaz: Gazetteer) -> list[tuple[Entry, bool]]:
    """ "Hall" in "... Hall County ...": the county, when the mention itself lacks the word."""
    m = re.search(re.escape(name) + r"\s+(County|Parish|Co\.)", window)
    if m is None or name.rstrip().endswith(("County", "Parish")):
        return []
    return [
        (e, exact) for e, exact in gaz.lookup(f"{name} {m.group(1)}") if e.feature_code == "ADM2"
    ]


def resolve(
    name: str, context: Context | None = None, *, window: str = "", gaz: Gazetteer | None = None
) -> Resolution:
    """Resolve one toponym; ``window`` is the text around the mention (for "base", "river")."""
    gaz = gaz or gazetteer()
    ctx = context or Context()
    key = strict_key(name)
    if (continent := _continent_adjectives().get(key)) is not None:
        entry = _continents(str(gaz.path)).get(continent)
        return Resolution(name, entry, 1.0, candidates=1, country="")
    cc = demonym_country(name)
    if cc is not None:
        if not cc:
            return Resolution(name, None, country="")
        entry = _countries(str(gaz.path)).get(cc) if cc else None
        return Resolution(name, entry, 1.0, candidates=1, country=cc)
    cands = gaz.lookup(name)
    if not cands and (bare := _POSSESSIVE.sub("", name)) != name:
        cands = gaz.lookup(bare)  # "Canada's"
    if window and _COUNTY_AFTER.search(window):
        cands = cands + _county_candidates(name, window, gaz)
    if not cands:
        return Resolution(name, None)
    hints = _hint_classes(name, window) | _kind_cues(name, window)
    if key in _state_abbreviations() and name.endswith("."):
        hints.add("ADM1")  # "Albany, N.Y.": the state, not New York City
    countries = ctx.countries_without(key)
    local = _local(name, window, key)
    has_exact = any(exact for _, exact in cands)
    scored = sorted(
        (
            (
                _score(e, exact, ctx, hints, key, countries, local, has_exact)
                + _pair_bias(e, cands, countries, hints),
                e,
            )
            for e, exact in cands
        ),
        key=lambda x: (-x[0], x[1].id),
    )
    best_score, best = scored[0]
    ru_score, ru = scored[1] if len(scored) > 1 else (0.0, None)
    return Resolution(name, best, best_score, ru, ru_score, len(cands), best.country or None)


def resolve_all(
    names: list[str],
    context: Context,
    *,
    windows: list[str] | None = None,
    gaz: Gazetteer | None = None,
) -> list[Resolution]:
    """Resolve a document's toponyms together: a first pass, then a second one in which the
    first-pass places serve as anchors (nearness to the document's other places) and their
    countries add to the country evidence (a local story's towns share a country)."""
    gaz = gaz or gazetteer()
    wins = windows or [""] * len(names)
    first = [resolve(n, context, window=w, gaz=gaz) for n, w in zip(names, wins, strict=True)]
    anchors = list(context.anchors)
    for r in first:
        if (
            r.resolved
            and r.entry is not None
            and r.entry.lat is not None
            and (r.runner_up is None or r.score - r.runner_up_score > _ANCHOR_MARGIN)
            and r.entry.feature_code not in ("PCLI", "CONT")
        ):
            anchors.append((strict_key(r.name), r.entry.lat, r.entry.lon or 0.0))
    countries = defaultdict(float, context.countries)
    sources = list(context.sources)
    admins = defaultdict(float, context.admins)
    for r in first:
        if r.entry is not None and r.entry.country and r.entry.feature_class == "P":
            countries[r.entry.country] += _W_PICKED_COUNTRY
            sources.append((strict_key(r.name), r.entry.country, _W_PICKED_COUNTRY))
            if r.entry.country in _SAME_ADMIN_CODES and r.entry.admin1:
                admins[(r.entry.country, r.entry.admin1)] += _W_PICKED_ADMIN
    ctx2 = Context(context.text, countries, anchors, sources, admins)
    return [resolve(n, ctx2, window=w, gaz=gaz) for n, w in zip(names, wins, strict=True)]
