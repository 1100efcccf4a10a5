"""``extract_events``: events from sentences, with roles filled from the mentions, places and
times inside each sentence.

Triggers are found per language (:mod:`.lang`) on folded text. A sentence gives at most one
event per type; a killing absorbs the strike that caused it ("killed in a drone strike" is one
killing, its weapon recorded) and territory taken absorbs the fighting that won it.

Roles come from position relative to the trigger, following each language's word order:

* actor: English takes the nearest person or group before the trigger (the agent after "by"
  in a passive: "was liberated by X"); Arabic (verb-subject order) takes the group a few words
  after a verb-first trigger ("حررت وحدات من الجيش": a part of the army is the army acting,
  not the loser of the town), or the one before it in subject-first sentences; Persian takes
  the first group of the clause that is not inside a prepositional phrase or marked as object
  by را. Groups joined by "and"/"و"/"," are all actors. Where no group stands there, a country
  right next to the trigger ("a U.S. drone strike", "حمله پهپادی آمریکا") acts, by its entity
  key (``geo:<id>``), never its place id. Who reports the event ("..., the Pentagon said")
  fills no role.
* target: for territory, the group after "from"/"من"/"از"; for a killing, the person named; for
  others, the group after the trigger (Persian: before را, or after "به"/"علیه"/"با").
* place: a place (or LOC/FAC mention) of the sentence not already a role, resolved ones first,
  preferring the object of a territory trigger, then the nearest after the trigger.

The mentions are what a recogniser gives: pronoun mentions ("its allies") are dropped and a
title split from its name keeps only the name.
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
_VS_GAP = 3  # words at most between an attack word and the group it belongs to
_VS_REACH = 5  # words at most between an Arabic verb and its subject ("حررت وحدات من الجيش")
_BOUNDARY = re.compile(r"[;؛:!?\"“”«»]|, (?:while|but|as|and|after)\b|،")


@dataclass(frozen=True, slots=True)
class _Arg:
    fs: int  # folded, sentence-local offsets
    fe: int
    type: str
    key: str | None  # entity key: what an actor or target is called
    start: int
    end: int
    place: str | None = None  # place id: what the place role is called

    def argument(self) -> Argument:
        return Argument(self.start, self.end, self.key)

    def place_argument(self) -> Argument:
        return Argument(self.start, self.end, self.place or self.key)


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
    partitive: re.Pattern[str]
    pronoun: re.Pattern[str]
    subject_stop: re.Pattern[str] | None


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
        partitive=re.compile(
            rf"{alternation(m.PARTITIVE)}\s+{alternation(m.LOSER)}\s*(?:\w+\s+)?$"
        ),  # "وحدات من الجيش"
        subject_stop=re.compile(alternation(m.SUBJECT_STOP, "[وف]?")) if m.SUBJECT_STOP else None,
        pronoun=re.compile(alternation(m.PRONOUNS)),  # used with .match at the mention
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
        args = _arguments(s, lex, ms, ps)
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


def _arguments(s: Sentence, lex: _Lexicon, ms: list[MentionIn], ps: list[PlaceIn]) -> list[_Arg]:
    """The role fillers of a sentence. A resolved place keeps the mention's entity key for the
    actor and target roles (a country acting is an entity, ``geo:<id>``) and its place id for
    the place role; a toponym no mention covers is called ``geo:<id>`` when it acts. Pronoun
    mentions ("its allies") are left out, and of two names with only a space between
    ("تنظيم" "داعش", a title before a name) the second, the more specific, stands."""
    args: list[_Arg] = []
    for a, b, t, k in ms:
        if not (s.start <= a and b <= s.end):
            continue
        x = _Arg(s.fpos(a), s.fpos(b - 1) + 1, t, k, a, b)
        if lex.pronoun.match(s.folded.text, x.fs):
            continue
        prev = args[-1] if args else None
        if (
            prev
            and prev.type in _ACTOR
            and t in _ACTOR
            and not s.folded.text[prev.fe : x.fs].strip()
        ):
            args.pop()
        args.append(x)
    for a, b, pid in ps:
        if not (s.start <= a and b <= s.end):
            continue
        same = [x for x in args if x.start < b and a < x.end]
        for x in same:  # the place id names the place better than the mention's key
            if x.type in _PLACE:
                key = x.key or (f"geo:{pid}" if pid else None)
                args[args.index(x)] = _Arg(x.fs, x.fe, x.type, key, x.start, x.end, pid or x.key)
        if not same:
            fs, fe = s.fpos(a), s.fpos(b - 1) + 1
            args.append(_Arg(fs, fe, "LOC", f"geo:{pid}" if pid else None, a, b, pid))
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
    actors, targets, speakers = _roles(f, lex, kind, spans, inside)
    used = {id(a) for a in actors + targets + speakers}  # who tells it is no place either
    free = [a for a in inside if id(a) not in used]
    every = [a for a in args if id(a) not in used]
    place = None  # a resolved place anywhere in the sentence beats an unresolved one nearby
    for cands in ([a for a in free if a.place], [a for a in every if a.place], free, every):
        place = place or _place(f, lex, kind, fs, fe, cands)
    time = None
    if local_times:
        _, start, end, value = min(local_times, key=lambda t: abs(t[0] - fs))
        time = Argument(start, end, value)
    weapon = next((w for p, w in lex.weapons if p.search(f)), None)
    return Event(
        kind, s.span(fs, fe), s.span(0, len(f)) if f else s.span(0, 0), s.index, s.lang,
        tuple(a.argument() for a in actors), tuple(a.argument() for a in targets),
        place.place_argument() if place else None, time, weapon,
    )  # fmt: skip


def _clause(f: str, fs: int, fe: int) -> tuple[int, int]:
    lo = 0
    for m in _BOUNDARY.finditer(f, 0, fs):
        lo = m.end()
    after = _BOUNDARY.search(f, fe)
    return lo, after.start() if after else len(f)


def _roles(
    f: str, lex: _Lexicon, kind: EventType, spans: list[tuple[int, int]], inside: list[_Arg]
) -> tuple[list[_Arg], list[_Arg], list[_Arg]]:
    fs, fe = spans[0]
    talk = claim_rules(lex.lang)
    groups = [a for a in inside if a.type in _ACTOR or (kind in _LOC_TARGETS and a.fs >= fe)]
    speakers = [a for a in inside if _speaker(f, a, fs, talk)]
    before = [a for a in groups if a.fe <= fs and a not in speakers]
    after = [a for a in groups if a.fs >= fe]
    passive = bool(lex.passive and lex.passive.search(f[:fs]))
    losers = [a for a in groups if _loser(f, a, lex)]
    actor: _Arg | None = None
    if lex.lang == "en":
        if passive:
            actor = next((a for a in after if lex.by.search(f[: a.fs])), None)
        else:
            actor = before[-1] if before else None
    elif lex.lang == "ar":
        free = [a for a in after if not _preposed(f, a, lex) and a not in losers
                and _subject_reach(f, fe, a, lex)]  # fmt: skip
        near_before = [a for a in before if len(f[a.fe : fs].split()) <= 3]
        actor = near_before[-1] if near_before else (free[0] if free else None)
    else:
        free = [a for a in before if not _preposed(f, a, lex) and not _object(f, a, lex)]
        actor = free[0] if free else None
    if kind is EventType.KILLING:
        if (
            actor is not None
            and lex.intransitive.match(f, fs)
            and (actor.fs >= fe or (lex.lang == "fa" and not _owns_attack(f, actor, spans)))
        ):  # "مقتل قائد فيلق القدس قاسم سليماني": all that follows is the victim; Persian
            actor = None  # puts it first: "۸۰ نظامی آمریکایی ... کشته شدند"
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
    for n, (cs, ce) in enumerate(spans if actor is None else ()):
        pool = [a for a in inside if a not in targets and a not in speakers]
        victim = n == 0 and kind is EventType.KILLING and lex.intransitive.match(f, cs)
        if kind is EventType.TERRITORY or victim or lex.lang == "en":
            pool = [a for a in pool if a.fe <= min(cs, spans[0][0])]  # after it: the place taken,
        actor = actor or _country_actor(f, cs, ce, pool, lex)  # the one killed, an English object
    actors = _coordinated(f, actor, [a for a in inside if a not in speakers]) if actor else []
    return actors, [t for t in targets if t not in actors], speakers


def _subject_reach(f: str, fe: int, a: _Arg, lex: _Lexicon) -> bool:
    """Near enough after a verb-first trigger to be its subject: a few words (titles: "أطلقها
    المرجع الديني الأعلى السيد علي السيستاني"), none of which starts another clause."""
    gap = f[fe : a.fs]
    stop = lex.subject_stop
    return len(gap.split()) <= _VS_REACH and not (stop and stop.search(gap))


def _owns_attack(f: str, a: _Arg, spans: list[tuple[int, int]]) -> bool:
    """The group whose strike it was: "در حمله پهپادی ارتش آمریکا ... به شهادت رسید"."""
    return any(ce <= a.fs and len(f[ce : a.fs].split()) <= _VS_GAP for _, ce in spans[1:])


def _speaker(f: str, a: _Arg, fs: int, talk: Any) -> bool:
    """A group that reports the event rather than takes part in it: a verb of saying stands
    between it and the trigger or right after it, or an "according to" phrase introduces it."""
    if a.fe <= fs and talk.verbs.search(f, a.fe, fs):
        return True
    if a.fs > fs and talk.verbs.match(f[a.fe :].lstrip()):
        return True  # "American aircraft struck ..., the Pentagon said."
    return any(m.end() >= a.fs - 12 and m.end() <= a.fs for m in talk.sources.finditer(f, 0, a.fs))


def _loser(f: str, a: _Arg, lex: _Lexicon) -> bool:
    """ "from ISIS", but not "units from the army" (a part of it, which acts)."""
    return bool(lex.loser.search(f[: a.fs]) and not lex.partitive.search(f[: a.fs]))


def _preposed(f: str, a: _Arg, lex: _Lexicon) -> bool:
    """A group inside a prepositional phrase ("from ISIS", "من داعش", "از داعش", "با ...")."""
    return bool(_loser(f, a, lex) or lex.opponent.search(f[: a.fs])
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
