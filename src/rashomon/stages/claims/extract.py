"""``extract_claims``: attributed statements and the outlet's own assertions, per sentence.

One attribution per sentence, found from its first cue that yields a frame:

* an "according to" phrase ("according to X", "بحسب X", "به گزارش X", "به نقل از X"): the
  speaker runs to the next clause boundary; the content is the rest of the sentence (or what
  came before, when the phrase closes the sentence);
* a verb of saying. Where the speaker stands depends on the language's order: English and
  Persian put it before the verb ("X said that ...", "X گفت: ..."), Arabic mostly after it
  ("وقال X إن ..."), with the subject-first order ("X قال إن") as fallback. English also has the
  trailing frames ("..., the ministry said." / "..., said the ministry."); a Persian verb at the
  end of its clause has its content between speaker and verb ("X حمله را تکذیب کرد").

The speaker is the mention (person first, then organisation) in the speaker's region closest to
the verb; an anonymous-source noun ("sources", "مصادر", "منابع") without a named person makes
it unnamed; a pronoun, or no subject at all (Arabic and Persian drop it: "وأضاف أن ..."), is
resolved to the speaker of a recent attributed claim when that was a person, else to the nearest
preceding person mention. Sentences without a cue are the outlet's own claims.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from .claim import Claim, SpeakerKind
from .lang import LANGUAGES
from .rules import Rules, rules, verb_flag, verb_form
from .spans import MentionIn, SegmentIn, Sentence, Span, sentences

__all__ = ["extract_claims"]

_ACTORS = ("PER", "ORG")
_RECENT = 3  # sentences within which a dropped subject continues the last speaker
_WORD = re.compile(r"\w[\w'’-]*")
_PUNCT = " \t\n.,،;؛:!?\"'“”«»()[]-–—…"
# Where a Persian subject without a mention ends: the adjuncts and objects that follow it.
_FA_ADJUNCT = re.compile(
    r" (?:روز|امروز|ديروز|در|با|ضمن|طي|پس از|بعد از|نيز|همچنين|اين|ان|هرگونه|هر گونه)(?!\w)"
)
_FA_OBJECT = re.compile(r"(?<!\w)را(?!\w)")
_NARROW = {"نقل", "نقلت"}  # "نقلت X عن Y": X is the medium, Y the speaker


@dataclass(frozen=True, slots=True)
class _Mention:
    fs: int  # folded, sentence-local offsets
    fe: int
    type: str
    key: str | None
    span: Span


@dataclass(slots=True)
class _Frame:
    cue: tuple[int, int]
    flag: str
    content: tuple[int, int]
    speaker: tuple[int, int] | None  # None: the subject is dropped
    medium: tuple[int, int] | None = None
    opened: bool = False  # a complementizer opened the content


def extract_claims(
    text: str,
    segments: Iterable[SegmentIn],
    mentions: Iterable[MentionIn] = (),
    *,
    outlet_claims: bool = True,
) -> list[Claim]:
    """Claims of ``text``, one per sentence, in order.

    ``segments`` are the sentences ``(start, end, lang)``; sentences in a language other than
    en/ar/fa are skipped. ``mentions`` ``(start, end, type, entity_key)`` name the speakers and
    resolve pronouns; without them a speaker is the trimmed words in the speaker's place.
    ``outlet_claims=False`` leaves out the sentences without attribution.
    """
    ms = sorted(mentions)
    out: list[Claim] = []
    for s in sentences(text, segments):
        if s.lang not in LANGUAGES:
            continue
        r = rules(s.lang)
        local = [
            _Mention(s.fpos(a), s.fpos(b - 1) + 1, t, k, Span(a, b))
            for a, b, t, k in ms
            if s.start <= a and b <= s.end
        ]
        frame = _frame(s, r, local)
        if frame is not None:
            out.append(_claim(s, r, frame, local, ms, out))
        elif outlet_claims and _asserts(s):
            a, b = _trim(s.folded.text, 0, len(s.folded.text), r, filler=False)
            out.append(_finish(s, r, Claim(s.span(a, b), Span(s.start, s.end), s.index,
                                          s.lang, SpeakerKind.OUTLET), ""))  # fmt: skip
    return out


def _asserts(s: Sentence) -> bool:
    f = s.folded.text.rstrip()
    return len(_WORD.findall(f)) >= 4 and not f.endswith(("?", "؟"))


def _frame(s: Sentence, r: Rules, local: list[_Mention]) -> _Frame | None:
    f = s.folded.text
    cues = [(m.start(), 0, m) for m in r.sources.finditer(f)]
    cues += [(m.start(), 1, m) for m in r.verbs.finditer(f)]
    for _, kind, m in sorted(cues, key=lambda c: (c[0], c[1])):
        frame = (
            _source_frame(f, r, m)
            if kind == 0
            else _verb_frame(f, r, m, local, verb_flag(r, m.group()))
        )
        if frame is None or frame.content[1] <= frame.content[0]:
            continue
        if kind == 1 and verb_form(r, m.group()) in r.need_opener and not frame.opened:
            continue
        return frame
    return None


def _source_frame(f: str, r: Rules, m: re.Match[str]) -> _Frame | None:
    c0, c1 = m.span()
    end = _boundary_after(f, c1, r)
    speaker = _trim(f, c1, end, r)
    if speaker[0] >= speaker[1]:
        return None
    after = _past_boundary(f, end, r)
    opener = r.opener.match(f, after)
    rest = _trim(f, opener.end() if opener else after, len(f), r, filler=False)
    # "..., according to X." leaves nothing after the speaker: the content came before
    content = rest if rest[0] < rest[1] else _trim(f, 0, c0, r, filler=False)
    return _Frame((c0, c1), "", content, speaker, _media(f, r, c0, end))


def _verb_frame(f: str, r: Rules, m: re.Match[str], local: list[_Mention], flag: str) -> _Frame:
    c0, c1 = m.span()
    if r.order == "right":
        return _right_frame(f, r, m, local, flag)
    lb = _boundary_before(f, c0, r)
    left = _trim(f, lb, c0, r)
    p, medium = _skip_medium(f, r, c0, c1)
    p = _skip_filler(f, r, p)
    opener = r.opener.match(f, p)
    if opener:
        p = opener.end()
    content = _trim(f, p, len(f), r, filler=False)
    if r.lang == "en" and left[0] >= left[1] and lb > 0:
        if not opener and len(_WORD.findall(f[content[0] : content[1]])) <= 6:
            # "..., said the ministry."
            return _Frame((c0, c1), flag, _trim(f, 0, lb, r, filler=False), content, medium)
        lb2 = _boundary_before(f, max(lb - 1, 0), r)  # "The spokesman, Ali Mayhoub, said"
        left = _trim(f, lb2, max(lb - 1, lb2), r)
    if left[0] < left[1]:
        left = _cut_medium(f, r, left, medium)
    if content[0] >= content[1] or (not opener and _few_words(f, content) and lb > 0):
        if lb > 0:  # "..., the ministry said (in a statement)."
            return _Frame((c0, c1), flag, _trim(f, 0, lb, r, filler=False), left, medium)
        speaker = _left_speaker(f, r, left, local)
        # Persian verb at the end of its clause: "X حمله را تکذیب کرد".
        between = _trim(f, speaker[1] if speaker else 0, c0, r, filler=False)
        return _Frame((c0, c1), flag, between, speaker, medium)
    speaker = _left_speaker(f, r, left, local) if left[0] < left[1] else None
    return _Frame((c0, c1), flag, content, speaker, medium, opened=opener is not None)


def _right_frame(f: str, r: Rules, m: re.Match[str], local: list[_Mention], flag: str) -> _Frame:
    c0, c1 = m.span()
    bound = _boundary_after(f, c1, r)
    start, medium = c1, None
    if m.group().lstrip("وف") in _NARROW or m.group() in _NARROW:
        an = re.compile(r"(?<!\w)عن(?!\w)").search(f, c1, bound)
        if an:
            medium, start = (c1 + 1, an.start()), an.end()
    opener = _opener_after(f, r, start, bound, skip_an=medium is None)
    stop = opener.start() if opener else bound
    region = _trim(f, start, stop, r)
    if region[0] < region[1]:
        media = _media(f, r, region[0], stop)
        if media:
            medium = medium or media
            region = _trim(f, region[0], media[0], r) if media[0] > region[0] else region
    if opener:
        content = _trim(f, opener.end(), len(f), r, filler=False)
    elif region[0] < region[1]:
        head = _head(f, region, local)
        region, content = head, _trim(f, head[1], len(f), r, filler=False)
    else:
        content = _trim(f, c1, len(f), r, filler=False)
    opened = opener is not None
    if region[0] < region[1]:
        return _Frame((c0, c1), flag, content, _cap(f, region, 5, first=True), medium, opened)
    left = _trim(f, _boundary_before(f, c0, r), c0, r)
    if left[0] < left[1]:  # subject first: "المتحدث باسم الجيش قال إن ..."
        return _Frame((c0, c1), flag, content, _cap(f, left, 5, first=False), medium, opened)
    return _Frame((c0, c1), flag, content, None, medium, opened)


def _opener_after(f: str, r: Rules, start: int, bound: int, skip_an: bool) -> re.Match[str] | None:
    for op in re.finditer(r"(?<!\w)(?:ف?ب?ان|عن)(?!\w)|:", f[:bound]):
        if op.start() < start:
            continue
        if op.group() == "عن" and not skip_an:
            continue
        return r.opener.match(f, op.start()) or op
    return None


def _head(f: str, region: tuple[int, int], local: list[_Mention]) -> tuple[int, int]:
    """Without a complementizer ("أعلن الجيش السوري تحرير ..."), the subject is the mention
    right after the verb, or the first word and the words with the article that follow it."""
    first = [m for m in local if region[0] <= m.fs < region[0] + 2 and m.fe <= region[1]]
    if first:
        return region[0], first[0].fe
    words = list(_WORD.finditer(f, region[0], region[1]))
    end = words[0].end()
    for w in words[1:]:
        if not w.group().startswith("ال"):
            break
        end = w.end()
    return region[0], end


def _left_speaker(
    f: str, r: Rules, left: tuple[int, int], local: list[_Mention]
) -> tuple[int, int] | None:
    if left[0] >= left[1]:
        return None
    if r.lang == "fa":  # subject first; adjuncts ("روز یکشنبه", "در ...", "با ...") follow it
        inside = [m for m in local if left[0] <= m.fs and m.fe <= left[1] and m.type in _ACTORS]
        if inside and not r.unnamed.search(f, left[0], inside[0].fs):
            return left[0], inside[0].fe
        stop = _FA_ADJUNCT.search(f, left[0], left[1])
        if stop:
            return _cap(f, (left[0], stop.start()), 6, first=True)
        if _FA_OBJECT.search(f, left[0], left[1]):  # "X ... را تکذیب کرد": X is short
            return _cap(f, left, 2, first=True)
        return _cap(f, left, 6, first=True)
    return _cap(f, left, 6, first=False)


def _claim(
    s: Sentence,
    r: Rules,
    frame: _Frame,
    local: list[_Mention],
    ms: list[MentionIn],
    earlier: list[Claim],
) -> Claim:
    f = s.folded.text
    evidence = Span(s.start, s.end)
    content = s.span(*frame.content)
    cue = s.span(*frame.cue)
    medium = None
    if frame.medium:
        ma, mb = _trim(f, *frame.medium, r, filler=False)
        medium = s.span(ma, mb) if ma < mb else None
    base = Claim(content, evidence, s.index, s.lang, SpeakerKind.NAMED, cue=cue, medium=medium)
    if frame.speaker is None or frame.speaker[0] >= frame.speaker[1]:  # '..." said.': none
        return _finish(s, r, _resolve(base, None, "sg", ms, earlier, cue), frame.flag)
    a, b = frame.speaker
    span = s.span(a, b)
    words = f[a:b]
    named = [m for m in local if m.fs < b and a < m.fe]
    persons = [m for m in named if m.type == "PER"]
    if r.unnamed.search(words) and not persons:
        claim = replace(base, speaker_kind=SpeakerKind.UNNAMED, speaker=span)
    elif words in r.pronouns:
        claim = _resolve(base, span, r.pronouns[words], ms, earlier, cue)
    elif named:
        near = _closest(persons or [m for m in named if m.type in _ACTORS] or named, frame, r)
        claim = replace(base, speaker=near.span, speaker_entity=near.key)
    else:
        claim = replace(base, speaker=span)
    return _finish(s, r, claim, frame.flag)


def _closest(cands: list[_Mention], frame: _Frame, r: Rules) -> _Mention:
    return min(cands, key=lambda m: min(abs(m.fs - frame.cue[1]), abs(frame.cue[0] - m.fe)))


def _resolve(
    base: Claim,
    pronoun: Span | None,
    number: str,
    ms: list[MentionIn],
    earlier: list[Claim],
    cue: Span,
) -> Claim:
    """A pronoun or dropped subject: the last speaker when it was a person speaking within the
    last few sentences, else the nearest person mentioned before the cue."""
    last = next((c for c in reversed(earlier) if c.attributed), None)
    recent = last is not None and base.segment - last.segment <= _RECENT
    if recent and last is not None and last.speaker_kind is SpeakerKind.NAMED:
        person = last.speaker_entity is None or any(
            m[2] == "PER" and last.speaker is not None and (m[0], m[1]) == _pair(last.speaker)
            for m in ms
        )
        if person or number == "pl":
            ante = last.antecedent or last.speaker
            return replace(base, speaker=pronoun, speaker_entity=last.speaker_entity,
                            antecedent=ante)  # fmt: skip
    types = ("PER",) if number == "sg" else ("PER", "ORG")
    before = [m for m in ms if m[1] <= cue.start and m[2] in types]
    if pronoun is not None:
        before = [m for m in before if m[1] <= pronoun.start]
    if before:
        m = max(before, key=lambda m: m[1])
        return replace(base, speaker=pronoun, speaker_entity=m[3], antecedent=Span(m[0], m[1]))
    return replace(base, speaker_kind=SpeakerKind.PRONOUN, speaker=pronoun)


def _pair(span: Span) -> tuple[int, int]:
    return span.start, span.end


def _finish(s: Sentence, r: Rules, claim: Claim, flag: str) -> Claim:
    f = s.folded.text
    a, b = s.fpos(claim.content.start), s.fpos(claim.content.end - 1) + 1
    negated = bool(r.negations.search(f, a, b)) != (flag == "neg")
    hedges = tuple(s.original(*h.span()) for h in r.hedges.finditer(f))
    if flag == "hedge" and claim.cue is not None:
        hedges += (s.raw[claim.cue.start - s.start : claim.cue.end - s.start],)
    return replace(claim, negated=negated, hedged=bool(hedges), hedges=hedges)


# --- spans on the folded sentence --------------------------------------------------------


def _boundary_before(f: str, pos: int, r: Rules) -> int:
    last = 0
    for m in r.boundary.finditer(f, 0, pos):
        last = m.end()
    return last


def _boundary_after(f: str, pos: int, r: Rules) -> int:
    m = r.boundary.search(f, pos)
    return m.start() if m else len(f)


def _past_boundary(f: str, pos: int, r: Rules) -> int:
    m = r.boundary.match(f, pos)
    return m.end() if m else pos


def _trim(f: str, a: int, b: int, r: Rules, *, filler: bool = True) -> tuple[int, int]:
    while a < b and f[a] in _PUNCT:
        a += 1
    while b > a and f[b - 1] in _PUNCT:
        b -= 1
    if not filler:
        return a, b
    changed = True
    while changed and a < b:
        changed = False
        first = _WORD.match(f, a)
        if first and first.end() <= b and first.group() in r.filler:
            a, changed = first.end(), True
        words = list(_WORD.finditer(f, a, b))
        if words and words[-1].group() in r.filler:
            b, changed = words[-1].start(), True
        while a < b and f[a] in _PUNCT:
            a += 1
        while b > a and f[b - 1] in _PUNCT:
            b -= 1
    return (a, b) if a < b else (a, a)


def _cap(f: str, span: tuple[int, int], n: int, *, first: bool) -> tuple[int, int]:
    """At most ``n`` words of a speaker without a mention: the first or the last ones."""
    words = list(_WORD.finditer(f, span[0], span[1]))
    if len(words) <= n:
        return span
    return (span[0], words[n - 1].end()) if first else (words[-n].start(), span[1])


def _few_words(f: str, span: tuple[int, int]) -> bool:
    return len(_WORD.findall(f[span[0] : span[1]])) <= 3


def _media(f: str, r: Rules, lo: int, hi: int) -> tuple[int, int] | None:
    found = [m.span() for p in r.media for m in [p.search(f, lo, max(hi, lo))] if m]
    return min(found) if found else None


def _skip_medium(f: str, r: Rules, c0: int, c1: int) -> tuple[int, tuple[int, int] | None]:
    """After the verb: a medium phrase starting at the verb ("told Al-Ahed") or right after it
    ("said in a statement")."""
    for p in r.media:
        m = p.match(f, c0) or p.match(f, c1 + 1 if c1 < len(f) and f[c1] == " " else c1)
        if m:
            return m.end(), m.span()
    return c1, _media(f, r, 0, c0)


def _cut_medium(
    f: str, r: Rules, left: tuple[int, int], medium: tuple[int, int] | None
) -> tuple[int, int]:
    if medium and left[0] <= medium[0] < left[1]:
        cut = _trim(f, left[0], medium[0], r)
        if cut[0] < cut[1]:
            return cut
    return left


def _skip_filler(f: str, r: Rules, p: int) -> int:
    while True:
        w = _WORD.match(f, p + 1 if p < len(f) and f[p] == " " else p)
        if not w or w.group() not in r.filler or w.group() in ("that", "كه"):
            return p
        p = w.end()
