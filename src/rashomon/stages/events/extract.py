"""``extract_events``: events from sentences, with roles filled from the mentions, places and
times inside each sentence.

Triggers are found per language (:mod:`.lang`) on folded text. A sentence gives at most one
event per type; a killing absorbs the strike that caused it ("killed in a drone strike" is one
killing, its weapon recorded) and territory taken absorbs the fighting that won it.

Roles come from position relative to the trigger, following each language's word order:

* actor: English takes the nearest person or group before the trigger (the agent after "by" in a
  passive: "was liberated by X"); Arabic takes the group after a verb-first trigger, or the one
  before it in subject-first sentences; Persian takes the first group of the clause that is not
  inside a prepositional phrase or marked as object by را. Groups joined by "and"/"و"/"," are
  all actors. Where no group stands there, a country right next to the trigger ("a U.S. drone
  strike", "حمله پهپادی آمریکا") acts.
* target: for territory, the group after "from"/"من"/"از"; for a killing, the person named; for
  others, the group after the trigger (Persian: before را, or after "به"/"علیه"/"با").
* place: a place (or LOC/FAC mention) of the sentence not already a role, preferring the object
  of a territory trigger, then the nearest after the trigger.
* time: the time expression of the sentence nearest the trigger.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from ..claims.rules import rules as claim_rules
from ..claims.spans import (
    MentionIn,
    PlaceIn,
    SegmentIn,
    Sentence,
    TimeIn,
    alternation,
    sentences,
)
from .event import Argument, Event
from .lang import LANGUAGES
from .ontology import EventType, Weapon

__all__ = ["extract_events"]

_ACTOR = ("ORG", "PER")
_PLACE = ("LOC", "FAC")
_LOC_TARGETS = (EventType.THREAT,)  # "warned Iran" (a visited country is the place)
# One event of a type absorbs the other when both are in the sentence.
_ABSORBS = {
    EventType.KILLING: (EventType.REMOTE, EventType.BATTLE),
    EventType.TERRITORY: (EventType.BATTLE, EventType.REMOTE),
    EventType.CIVILIANS: (EventType.KILLING,),
}
_JOIN = re.compile(r"^\s*(?:,|،|and|&|along with|together with|with|و|as well as)\s*(?:و\s*)?$")
_BOUNDARY = re.compile(r"[;؛:!?\"“”«»]|, (?:while|but|as|and|after)\b|،")


@dataclass(frozen=True, slots=True)
class _Arg:
    fs: int  # folded, sentence-local offsets
    fe: int
    type: str
    key: str | None
    start: int
    end: int

    def argument(self) -> Argument:
        return Argument(self.start, self.end, self.key)


@dataclass(frozen=True, slots=True)
class _Lexicon:
    lang: str
    triggers: tuple[tuple[EventType, re.Pattern[str]], ...]
    ambiguous: re.Pattern[str]
    intransitive: re.Pattern[str]
    weapons: tuple[tuple[re.Pattern[str], Weapon], ...]
    loser: re.Pattern[str]
    by: re.Pattern[str]
    obj: re.Pattern[str] | None
    place_prep: re.Pattern[str]
    opponent: re.Pattern[str]
    passive: re.Pattern[str] | None


@cache
def _lexicon(lang: str) -> _Lexicon:
    m = LANGUAGES[lang]

    def tail(words: tuple[str, ...], gap: str = "") -> re.Pattern[str]:  # a word just before
        return re.compile(rf"{alternation(words)}\s*{gap}$")

    return _Lexicon(
        lang=lang,
        triggers=tuple(
            (EventType(k), re.compile(alternation(v, m.PREFIX, m.SUFFIX)))
            for k, v in m.TRIGGERS.items()
        ),
        ambiguous=re.compile(alternation(m.AMBIGUOUS, m.PREFIX, m.SUFFIX)),
        intransitive=re.compile(alternation(m.INTRANSITIVE, m.PREFIX, m.SUFFIX)),
        weapons=tuple(
            (re.compile(alternation((w,), m.PREFIX)), Weapon(v)) for w, v in m.WEAPONS.items()
        ),  # fmt: skip
        loser=tail(m.LOSER, r"(?:\w+\s+)?"),  # "from the Islamic State", "من تنظيم داعش"
        by=tail(m.BY),
        obj=re.compile(rf"^\s*{alternation(m.OBJECT)}") if m.OBJECT else None,
        place_prep=tail(m.PLACE_PREP, r"(?:\w+\s+)?"),  # "على قاعدة عين الأسد"
        opponent=tail(m.OPPONENT, r"(?:\w+\s+)?"),
        passive=re.compile(rf"{alternation(m.PASSIVE)}\s+(?:\w+\s+)?$") if m.PASSIVE else None,
    )


def extract_events(
    text: str,
    segments: Iterable[SegmentIn],
    mentions: Iterable[MentionIn] = (),
    times: Iterable[TimeIn] = (),
    places: Iterable[PlaceIn] = (),
) -> list[Event]:
    """Events of ``text`` in order, one per sentence and type.

    ``segments`` are the sentences ``(start, end, lang)`` (other languages than en/ar/fa are
    skipped); ``mentions`` ``(start, end, type, entity_key)`` fill actors and targets,
    ``places`` ``(start, end, place_id)`` and LOC/FAC mentions the place, ``times``
    ``(start, end, iso_value)`` the time. Without them an event still has its type, trigger and
    evidence.
    """
    ms, ts, ps = sorted(mentions), sorted(times), sorted(places)
    out: list[Event] = []
    armed = False  # a weapon named earlier makes a later "the attack" remote violence
    for s in sentences(text, segments):
        if s.lang not in LANGUAGES:
            continue
        lex = _lexicon(s.lang)
        args = _arguments(s, ms, ps)
        local_times = [(s.fpos(a), a, b, t) for a, b, t in ts if s.start <= a and b <= s.end]
        armed = armed or any(p.search(s.folded.text) for p, _ in lex.weapons)
        found, absorbed = _triggers(s, lex, armed)
        for kind, (fs, fe) in found.items():
            near = [span for k, span in absorbed.items() if k in _ABSORBS.get(kind, ())]
            out.append(_event(s, lex, kind, [(fs, fe), *near], args, local_times))
    return out


_Found = dict[EventType, tuple[int, int]]


def _triggers(s: Sentence, lex: _Lexicon, armed: bool) -> tuple[_Found, _Found]:
    """The first trigger of each type, and those absorbed by another type's event."""
    found: _Found = {}
    for kind, pattern in lex.triggers:
        m = pattern.search(s.folded.text)
        if m:
            found[kind] = m.span()
    attack = lex.ambiguous.search(s.folded.text)
    if attack:
        found.setdefault(EventType.REMOTE if armed else EventType.BATTLE, attack.span())
    absorbed: _Found = {}
    for kind, others in _ABSORBS.items():
        if kind in found:
            for other in others:
                if other in found:
                    absorbed[other] = found.pop(other)
    return dict(sorted(found.items(), key=lambda kv: kv[1])), absorbed


def _arguments(s: Sentence, ms: list[MentionIn], ps: list[PlaceIn]) -> list[_Arg]:
    args = [
        _Arg(s.fpos(a), s.fpos(b - 1) + 1, t, k, a, b)
        for a, b, t, k in ms
        if s.start <= a and b <= s.end
    ]
    for a, b, pid in ps:
        if not (s.start <= a and b <= s.end):
            continue
        same = [x for x in args if x.start < b and a < x.end]
        for x in same:  # the place id names the place better than the mention's key
            if x.type in _PLACE:
                args[args.index(x)] = _Arg(x.fs, x.fe, x.type, pid or x.key, x.start, x.end)
        if not same:
            args.append(_Arg(s.fpos(a), s.fpos(b - 1) + 1, "LOC", pid, a, b))
    return sorted(args, key=lambda x: x.fs)


def _event(
    s: Sentence,
    lex: _Lexicon,
    kind: EventType,
    spans: list[tuple[int, int]],
    args: list[_Arg],
    local_times: list[tuple[int, int, int, str | None]],
) -> Event:
    f = s.folded.text
    fs, fe = spans[0]
    lo, hi = _clause(f, fs, fe)
    inside = [a for a in args if lo <= a.fs and a.fe <= hi]
    actors, targets = _roles(f, lex, kind, spans, inside)
    used = {id(a) for a in actors + targets}
    place = _place(f, lex, kind, fs, fe, [a for a in inside if id(a) not in used])
    if place is None:
        place = _place(f, lex, kind, fs, fe, [a for a in args if id(a) not in used])
    time = None
    if local_times:
        _, start, end, value = min(local_times, key=lambda t: abs(t[0] - fs))
        time = Argument(start, end, value)
    weapon = next((w for p, w in lex.weapons if p.search(f)), None)
    return Event(
        kind, s.span(fs, fe), s.span(0, len(f)) if f else s.span(0, 0), s.index, s.lang,
        tuple(a.argument() for a in actors), tuple(a.argument() for a in targets),
        place.argument() if place else None, time, weapon,
    )  # fmt: skip


def _clause(f: str, fs: int, fe: int) -> tuple[int, int]:
    lo = 0
    for m in _BOUNDARY.finditer(f, 0, fs):
        lo = m.end()
    after = _BOUNDARY.search(f, fe)
    return lo, after.start() if after else len(f)


def _roles(
    f: str, lex: _Lexicon, kind: EventType, spans: list[tuple[int, int]], inside: list[_Arg]
) -> tuple[list[_Arg], list[_Arg]]:
    fs, fe = spans[0]
    talk = claim_rules(lex.lang)
    groups = [a for a in inside if a.type in _ACTOR or (kind in _LOC_TARGETS and a.fs >= fe)]
    speakers = [a for a in groups if _speaker(f, a, fs, talk)]
    before = [a for a in groups if a.fe <= fs and a not in speakers]
    after = [a for a in groups if a.fs >= fe]
    passive = bool(lex.passive and lex.passive.search(f[:fs]))
    losers = [a for a in groups if lex.loser.search(f[: a.fs])]
    actor: _Arg | None = None
    if lex.lang == "en":
        if passive:
            actor = next((a for a in after if lex.by.search(f[: a.fs])), None)
        else:
            actor = before[-1] if before else None
    elif lex.lang == "ar":
        free = [a for a in after if not _preposed(f, a, lex) and a not in losers]
        near_before = [a for a in before if len(f[a.fe : fs].split()) <= 3]
        actor = near_before[-1] if near_before else (free[0] if free else None)
    else:
        free = [a for a in before if not _preposed(f, a, lex) and not _object(f, a, lex)]
        actor = free[0] if free else None
    if kind is EventType.KILLING:
        if actor is not None and actor.fs >= fe and lex.intransitive.match(f, fs):
            actor = None  # "مقتل قائد فيلق القدس قاسم سليماني": all that follows is the victim
        persons = [a for a in groups if a.type == "PER" and a is not actor]
        if actor is not None and actor.type == "PER" and not persons:
            persons, actor = [actor], None  # "Soleimani was killed": the one named dies
        targets = persons[:1]
        if actor is not None and targets and actor is targets[0]:
            actor = None
    elif kind is EventType.TERRITORY:
        targets = [a for a in losers if a is not actor][:1]
    else:
        rest = [a for a in (after if lex.lang != "fa" else before + after) if a is not actor]
        marked = [a for a in rest if _object(f, a, lex) or lex.opponent.search(f[: a.fs])]
        targets = (marked or rest)[:1]
    for cs, ce in spans if actor is None else ():
        pool = [a for a in inside if a not in targets and a not in speakers]
        if kind is EventType.TERRITORY:  # what follows "took control of" is the place
            pool = [a for a in pool if a.fe <= cs]
        actor = actor or _country_actor(f, cs, ce, pool, lex)
    actors = _coordinated(f, actor, inside) if actor else []
    return actors, [t for t in targets if t not in actors]


def _speaker(f: str, a: _Arg, fs: int, talk: Any) -> bool:
    """A group that reports the event rather than takes part in it: a verb of saying stands
    between it and the trigger, or an "according to" phrase introduces it."""
    if a.fe <= fs and talk.verbs.search(f, a.fe, fs):
        return True
    return any(m.end() >= a.fs - 12 and m.end() <= a.fs for m in talk.sources.finditer(f, 0, a.fs))


def _preposed(f: str, a: _Arg, lex: _Lexicon) -> bool:
    """A group inside a prepositional phrase ("from ISIS", "من داعش", "از داعش", "با ...")."""
    return bool(lex.loser.search(f[: a.fs]) or lex.opponent.search(f[: a.fs])
                or lex.place_prep.search(f[: a.fs]))  # fmt: skip


def _object(f: str, a: _Arg, lex: _Lexicon) -> bool:
    return bool(lex.obj and lex.obj.match(f, a.fe))


def _country_actor(f: str, fs: int, fe: int, inside: list[_Arg], lex: _Lexicon) -> _Arg | None:
    for a in inside:
        if a.type != "LOC" or _object(f, a, lex):
            continue
        gap = f[a.fe : fs] if a.fe <= fs else f[fe : a.fs]
        if len(gap.split()) <= 2 and not lex.place_prep.search(f[: a.fs]):
            return a
    return None


def _coordinated(f: str, actor: _Arg, inside: list[_Arg]) -> list[_Arg]:
    out = [actor]
    groups = [a for a in inside if a.type in _ACTOR or a is actor]
    i = groups.index(actor)
    for nxt in groups[i + 1 :]:
        if not _JOIN.match(f[out[-1].fe : nxt.fs]):
            break
        out.append(nxt)
    return out


def _place(
    f: str, lex: _Lexicon, kind: EventType, fs: int, fe: int, cands: list[_Arg]
) -> _Arg | None:
    places = [a for a in cands if a.type in _PLACE]
    if not places:
        return None
    if kind is EventType.TERRITORY:
        if lex.lang == "fa":
            obj = [a for a in places if _object(f, a, lex)]
            if obj:
                return obj[0]
        right = [a for a in places if a.fs >= fe and len(f[fe : a.fs].split()) <= 2]
        if right:
            return right[0]
    marked = [a for a in places if lex.place_prep.search(f[: a.fs])]
    pool = marked or places
    return min(pool, key=lambda a: (a.fs < fe, abs(a.fs - fe)))
