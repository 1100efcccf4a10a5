"""How a claim judges the act it tells, and whose dead or wounded its toll counts.

Two accounts of one strike seldom disagree on its date or place; they disagree on what it was:
deliberate or a mistake, a defensive action or an aggression, a town taken or an attack
repelled, civilians killed or only fighters. Outlets take opposite sides on these judgements,
and neither a date nor an entity key carries them, so they are read from the words of the claim
itself, in English, Arabic and Persian: :func:`stances` gives the judgements of the act,
:func:`victims` the groups a toll counts. :mod:`rashomon.stages.claims.align` puts them in a
claim's slots, where opposite judgements of one act (or tolls of different people) make two
claims contradict, and :mod:`rashomon.corpus.claim_links` blocks candidate pairs on them.

The word tables list whole words after :func:`rashomon.text.normalize.normalize`, inflections
written out: a stem would find "خطا" (a mistake) inside "خطاب" (a speech).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...text.normalize import normalize

__all__ = ["planned", "stances", "victims"]


def _whole_words(words: Iterable[str]) -> re.Pattern[str]:
    """One pattern for any of ``words`` (normalised) as whole words, the longest first."""
    alternatives = sorted({re.escape(normalize(w)) for w in words}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")


# How a claim judges the act it tells, on axes where outlets take opposite sides of one event:
# was it intended ("deliberate" / "a mistake"), was it legitimate ("a defensive action" / "an
# aggression", "a crime"), did the attack hold ("took the town" / "the attack was repelled").
# Whole words after normalisation, inflections listed (a stem would find "خطا" in "خطاب").
_STANCE_WORDS = {
    "intent:+": (
        "deliberate", "deliberately", "intentional", "intentionally", "on purpose",
        "premeditated", "متعمد", "متعمدا", "عمدا", "عن قصد", "مقصود", "عمدی", "عمدا",
        "آگاهانه", "از قصد",
    ),
    "intent:-": (
        "mistake", "mistaken", "mistakenly", "accident", "accidental", "accidentally",
        "unintended", "unintentional", "in error", "by error", "خطا", "بالخطا", "غير مقصود",
        "غير متعمد", "اشتباه", "اشتباهی", "اشتباها", "سهوا", "ناخواسته", "غیرعمد", "غیرعمدی",
    ),
    "legit:+": (
        "defensive", "self-defence", "self-defense", "legitimate", "lawful", "justified",
        "دفاعي", "دفاعيه", "دفاع عن النفس", "دفاعی", "دفاع مشروع",
    ),
    "legit:-": (
        "aggression", "act of aggression", "crime", "crimes", "criminal", "violation",
        "violations", "illegal", "terrorist attack", "act of terror", "عدوان", "العدوان",
        "عدوانا", "اعتداء", "الاعتداء", "جريمه", "الجريمه", "انتهاك", "انتهاكا", "غير شرعي",
        "غير قانوني", "تجاوز", "جنایت", "جنایتکارانه", "تروریستی", "نقض", "غیرقانونی",
    ),
    "held:+": (
        "captured", "seized", "liberated", "took control", "overran", "fell to", "سيطر",
        "سيطرت", "حرر", "حررت", "حرروا", "استعاد", "استعادت", "تصرف", "آزاد کرد", "آزاد کردند",
        "تصرف کرد", "تصرف کردند", "به تصرف",
    ),
    "held:-": (
        "repelled", "repulsed", "thwarted", "foiled", "beat back", "beaten back", "صد", "صدت",
        "تصدت", "تصدى", "احبط", "احبطت", "افشل", "افشلت", "دفع کرد", "دفع کردند", "دفع شد",
        "عقب راندند", "ناکام", "خنثی کرد", "خنثی کردند",
    ),
}  # fmt: skip
_STANCE = [(stance, _whole_words(words)) for stance, words in _STANCE_WORDS.items()]
_NEGATED_STANCE = re.compile(
    r"(?<!\w)(?:not|no|never|ليس|ليست|لم|غير|نه|نبود|نیست)\s+(?:a\s+|an\s+)?$"
)


# Who a toll counts: "nine civilians were killed" and "six soldiers were killed" are two
# counts, not two accounts of one; "the strike killed civilians" against "it killed only
# militants" is the dispute. Civilian words are matched first and blanked ("غیر نظامی").
_VICTIM_WORDS = {
    "civilians": (
        "civilian", "civilians", "residents", "children", "women", "families", "villagers",
        "passers-by", "مدني", "مدنيين", "مدنيون", "اطفال", "نساء", "سكان", "اهالي", "عائلات",
        "غيرنظامي", "غير نظامي", "غیرنظامیان", "کودکان", "زنان", "ساکنان", "مردم",
    ),
    "combatants": (
        "soldier", "soldiers", "troops", "fighters", "militants", "terrorists", "gunmen",
        "servicemen", "militiamen", "جندي", "جنديا", "جنود", "عسكري", "عسكريين", "عسكريا",
        "مقاتل", "مقاتلين", "مسلحين", "ارهابيين", "عناصر", "نظامي", "نظامیان", "سرباز",
        "سربازان", "شبه‌نظامی", "شبه‌نظامیان", "تروریست", "تروریست‌ها", "رزمندگان",
    ),
}  # fmt: skip
_VICTIMS = [(group, _whole_words(words)) for group, words in _VICTIM_WORDS.items()]


def victims(text: str) -> frozenset[str]:
    """Who a toll counts: ``"civilians"``, ``"combatants"``, both or neither."""
    said = normalize(text)
    out = set()
    for group, pattern in _VICTIMS:
        if pattern.search(said):
            out.add(group)
            said = pattern.sub(" ", said)
    return frozenset(out)


def stances(text: str) -> frozenset[str]:
    """How a text judges the act it tells: ``"intent:+"`` (deliberate), ``"intent:-"`` (a
    mistake), ``"legit:+"`` (defensive, lawful), ``"legit:-"`` (an aggression, a crime),
    ``"held:+"`` (ground taken), ``"held:-"`` (an attack repelled); a stance word right after a
    negation ("not a mistake") counts as the opposite one."""
    said = normalize(text)
    out = set()
    for stance, pattern in _STANCE:
        for m in pattern.finditer(said):
            if _NEGATED_STANCE.search(said[max(0, m.start() - 12) : m.start()]):
                axis, pole = stance.split(":")
                out.add(f"{axis}:{'-' if pole == '+' else '+'}")
            else:
                out.add(stance)
    return frozenset(out)


# What will or may happen is not what happened: "further strikes would follow" (a threat) and
# "Tehran denied that it had carried out the strike" speak of two different acts, one to come
# and one past, so neither the denial nor the figures of the one bear on the other. Modal and
# future words of the three languages (Arabic and Persian future particles and auxiliaries;
# the Arabic prefix "س" is left out: it begins too many other words, "سيطرت" among them),
# and words of planning ("plans for", "خطط", "برنامه ریزی‌های آتی": plans made for an act).
_PLANNED = _whole_words((
    "will", "would", "shall", "going to", "plans to", "planned to", "plan to", "intends to",
    "intend to", "vowed to", "threatened to", "threatens to", "ready to", "won't",
    "plans for", "preparations for", "upcoming",
    "سوف", "لن", "سيتم", "ستتواصل", "ستستمر", "سيستمر", "سترد", "سيرد", "ستدفع", "سيدفع",
    "خطط", "التحضير", "الاستعداد",
    "خواهد", "خواهند", "خواهیم", "خواهم", "قرار است", "در صورت", "آتی", "برنامه ریزی",
    "برنامه ریزیهای", "برنامه ریزی های", "برنامه‌ریزی", "برنامه‌ریزی‌های",
))  # fmt: skip


def planned(text: str) -> bool:
    """Whether a text tells what will or may happen (a threat, a warning, a plan) rather
    than what happened."""
    return _PLANNED.search(normalize(text)) is not None
