"""Names that hold a place name but are no place: groups, people and news outlets.

A toponym inside another name is part of that name: "قوة القدس" and "نیروی قدس" are the Quds
Force, not Jerusalem; "دجلة اليوم" is a television channel, not the Tigris. The recogniser
marks most such names, but not all ("قوة القدس" may come back as a lone LOC "القدس"), so two
more sources are read here:

* the knowledge base's people and groups: every name of two words or more (a one-word alias
  such as "Sepah" is too often a word), unless the whole name is itself a gazetteer place or
  a word of it names a country or its people ("Iraqi troops", "دولت عراق": Iraq is meant);
* the document's own outlet: its ``source`` as written, and the agency a dateline names before
  its colon ("بغداد – دجلة اليوم:", "MOSUL, Iraq, July 10 (Meridian Wire) -"), wherever the
  text repeats it ("قال لـ«دجلة اليوم»").

A group name headed by a facility noun ("قاعدة عين الأسد الجوية", "پایگاه هوایی عین‌الاسد",
"Al Asad Air Base") is the other way round: the recogniser may call it a group, but it names a
place, and the place inside it counts (:func:`is_facility_name`).
"""

from __future__ import annotations

import re
from functools import cache

from ..entities.link.kb import default_kb
from .gazetteer import gazetteer
from .keys import strict_key
from .resolve import _demonyms

__all__ = ["group_name_spans", "outlet_spans", "is_facility_name"]

_WORD = re.compile(r"[^\W_](?:[\w\u200c]*\w)?", re.UNICODE)
_CLITICS = ("وب", "ول", "وف", "و", "ب", "ل", "ف")
_GROUP_TYPES = frozenset({"PER", "ORG"})
# The first word of an Arabic/Persian facility name (indefinite: "القاعدة" is al-Qaeda), the
# last of an English one
_FACILITY_FIRST = frozenset(
    str.split("قاعدة مطار معسكر ميناء پایگاه فرودگاه اردوگاه قرارگاه پادگان بندرگاه")
)
_FACILITY_LAST = frozenset(
    {"base", "airbase", "airport", "airfield", "camp", "port", "barracks", "dam", "crossing"}
)
# A dateline: up to two place names, a dash, the outlet, then a colon or the opening words
_DATELINE = re.compile(
    r"^[^\W\d_][^\d:;()\[\]«»\"\n–—-]{0,40}?\s+[-–—]+\s*"
    r"(?P<agency>[«\"]?[^\W\d_][^\d:;,،()\[\]«»\"\n–—-]{0,40}?[»\"]?)\s*:",
    re.MULTILINE,
)
_AGENCY_IN_BRACKETS = re.compile(
    r"^[A-Z][^\n()]{0,60}?\((?P<agency>[^\W\d_][^()\n\d]{1,40})\)\s*[-–—]", re.MULTILINE
)
_SLUG = re.compile(r"^[a-z0-9]+(?:[-_.][a-z0-9]+)*$")
_MAX_AGENCY_WORDS = 4
_CONNECTORS = frozenset({"of", "the", "and", "de", "al", "el"})


def _words(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), strict_key(m.group())) for m in _WORD.finditer(text)]


@cache
def _group_index() -> dict[str, tuple[tuple[str, ...], ...]]:
    """First word key → the word keys of every multi-word person or group name."""
    gaz = gazetteer()
    index: dict[str, set[tuple[str, ...]]] = {}
    for entity in default_kb().entities.values():
        if entity.type not in _GROUP_TYPES:
            continue
        for names in entity.names.values():
            for name in names:
                words = tuple(k for _, _, k in _words(name) if k)
                if len(words) < 2 or gaz.lookup_strict(name) or _names_country(name):
                    continue
                index.setdefault(words[0], set()).add(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()}


def _names_country(name: str) -> bool:
    """Whether a word of ``name`` is a country or its people: "Iraqi troops", "دولت عراق",
    "Iran's Foreign Ministry" say which country acts, and that country stays a place."""
    demonyms = _demonyms()
    for m in _WORD.finditer(name):
        word = re.sub(r"[’']s$", "", m.group())
        if demonyms.get(strict_key(word)) or any(
            e.feature_code == "PCLI" for e in gazetteer().lookup_strict(word)
        ):
            return True
    return False


def _first_keys(word: str) -> list[tuple[str, int]]:
    """A word's key as written and less an Arabic clitic ("لقوة"), with the clitic's length."""
    out = [(strict_key(word), 0)]
    for clitic in _CLITICS:
        if word.startswith(clitic) and len(word) - len(clitic) >= 3:
            out.append((strict_key(word[len(clitic) :]), len(clitic)))
    return out


def _find(
    words: list[tuple[int, int, str]], names: dict[str, tuple[tuple[str, ...], ...]], text: str
) -> list[tuple[int, int]]:
    """Spans of ``text`` where one of ``names`` (word keys by first word) is written, the
    first word possibly behind an Arabic clitic; the longest name wins."""
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        found = None
        for first, skip in _first_keys(text[words[i][0] : words[i][1]]):
            for name in names.get(first, ()):
                n = len(name)
                if tuple(w[2] for w in words[i + 1 : i + n]) == name[1:]:
                    found = (words[i][0] + skip, words[i + n - 1][1], n)
                    break
            if found:
                break
        if found:
            spans.append(found[:2])
            i += found[2]
        else:
            i += 1
    return spans


def group_name_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` writes a multi-word name of a person or group the knowledge base knows
    ("قوة القدس", "نیروی قدس سپاه", "Quds Force")."""
    return _find(_words(text), _group_index(), text)


def _outlet_names(text: str, source: str | None) -> set[str]:
    names = set()
    if source and not _SLUG.match(source):  # "dijla-today" is an id, not a written name
        names.add(source)
    for pattern in (_DATELINE, _AGENCY_IN_BRACKETS):
        for m in pattern.finditer(text):
            agency = m["agency"].strip('«»" ')
            words = agency.split()
            if 1 <= len(words) <= _MAX_AGENCY_WORDS and not any(
                w[:1].islower() and w not in _CONNECTORS for w in words
            ):  # "Meridian Wire", not "BEIRUT — Lebanon's president said:"
                names.add(agency)
    return names


def outlet_spans(text: str, source: str | None = None) -> list[tuple[int, int]]:
    """Where ``text`` writes the name of its own outlet: ``source`` as written, and the agency
    a dateline names ("بغداد – دجلة اليوم:"), wherever either recurs ("لـ«دجلة اليوم»")."""
    index: dict[str, set[tuple[str, ...]]] = {}
    for name in _outlet_names(text, source):
        words = tuple(k for _, _, k in _words(name) if k)
        if words:
            index.setdefault(words[0], set()).add(words)
    names = {k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()}
    return _find(_words(text), names, text) if names else []


def is_facility_name(surface: str) -> bool:
    """Whether a name is headed by a facility noun: "قاعدة عين الأسد الجوية", "پایگاه هوایی
    عین‌الاسد", "Al Asad Air Base" (a base, an airport, a camp, a dam, a crossing)."""
    words = surface.split()
    if len(words) < 2:
        return False
    return words[0] in _FACILITY_FIRST or words[-1].lower() in _FACILITY_LAST
