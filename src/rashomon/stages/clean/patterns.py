"""Widget patterns of the line filter, built from the vocabulary in ``lang/<iso>.py``.

Every pattern runs on folded text (:func:`rashomon.text.normalize.normalize`), except
:func:`navigation`, which needs the original spacing: a menu is a run of short items set apart
by pipes, bullets or runs of spaces, which folding collapses. A space inside a vocabulary
phrase also matches no space, because folding drops the ZWNJ that Persian writes there
("اشتراک‌گذاری" and "اشتراک گذاری" are one phrase).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...text.normalize import normalize
from ..dates.parse import find_dates, find_relative
from . import lang

TERMINAL = tuple(".!?؟…。")
# Any decimal digit (``\d`` covers every script), with thousands/decimal separators of
# Latin, Arabic (U+066B, U+066C) and Persian typing, and an optional k/m suffix.
NUMBER = r"\d(?:[\d.,٫٬'’]*\d)?(?:\s?[km])?"
TIME = re.compile(r"(?<!\d)\d{1,2}\s?[:٫]\s?\d{2}(?!\d)")
_SEPARATOR_CHARS = " \t|/·•,،:;-–—_*()[]"
# Not "»": Arabic and Persian quote with guillemets.
_MENU_SPLIT = re.compile(r"\s*[|•·›◦▪>]\s*|\s{2,}|\t")
_MENU_MARKS = ("|", "•", "·", "›", "◦", "▪", ">", "\t", "  ")
_WORD = re.compile(r"\w+")


def phrases(attr: str) -> list[str]:
    """Folded phrases of every language for ``attr``, longest first."""
    folded = {normalize(p).strip(" :") for p in lang.merged(attr)}
    return sorted((p for p in folded if p), key=len, reverse=True)


def alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s?") for w in words)


def _whole_words(attr: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation(phrases(attr))})(?![\w-])")


def _prefix(attr: str) -> re.Pattern[str]:
    return re.compile(rf"^(?:{alternation(phrases(attr))})(?![\w-])")


NETWORK_RE = _whole_words("NETWORKS")
_NETWORK_OR_CONNECTOR = re.compile(
    rf"(?<!\w)(?:{alternation(phrases('NETWORKS') + phrases('CONNECTORS'))})(?!\w)"
)
_SHARE_VERB = re.compile(rf"^(?:{alternation(phrases('SHARE_VERBS'))})(?!\w)\s*[:：]?")
_FOLLOW_START = _prefix("FOLLOW_VERBS")
_FOLLOW_END = re.compile(rf"(?<!\w)(?:{alternation(phrases('FOLLOW_VERBS'))})$")
_CHANNEL = _whole_words("CHANNELS")
_COUNTER_WORDS = alternation(phrases("COUNTER_WORDS") + phrases("READ_TIME"))
COUNTER_RE = re.compile(
    rf"^(?:{NUMBER}\s*(?:{_COUNTER_WORDS})"
    rf"|(?:(?:عدد|تعداد|number of|total|reading time|مدة القراءة)\s+)?(?:{_COUNTER_WORDS})"
    rf"\s*[:：(]?\s*{NUMBER}"
    rf"|(?:كد خبر|رمز الخبر|رقم الخبر|news code|news id|story id)\s*[:：]?\s*\d+)$"
)
_UPDATED = re.compile(rf"^(?:{alternation(phrases('UPDATED'))})(?!\w)\s*[:：\-–—]?\s*(?P<rest>.+)$")
BARE_TIME = re.compile(
    r"^\d{1,2}\s?[:٫]\s?\d{2}(?:\s?(?:am|pm|a\.m|p\.m|gmt|utc|ص|م|ق\.ظ|ب\.ظ))?\.?$"
)
_CREDIT_BY = [p for p in phrases("CREDITS") if p.endswith(" by")]
_CREDIT_COLON = [p for p in phrases("CREDITS") if not p.endswith(" by")]
CREDIT_RE = re.compile(
    rf"^\(?(?:(?:{alternation(_CREDIT_BY)})\s+\w|(?:{alternation(_CREDIT_COLON)})\s*[:：])"
)
_AUTHOR_CREDIT = re.compile(
    rf"^\(?(?:{alternation(phrases('AUTHOR_CREDITS'))})\s+(?P<name>[^;,()]+?)"
    r"(?:\s+in\s+[^;,()]*)?\s*(?:[;,()]|$)",
    re.IGNORECASE,
)
_SELF_REFERENCE = _prefix("SELF_REFERENCE")
_PARTNERSHIP = _whole_words("PARTNERSHIP")
RELATED_PREFIX_RE = _prefix("RELATED_PREFIXES")
_FOOTER = _whole_words("FOOTER")
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright\b|حقوق|کلیه حقوق)")
CTA_RE = _whole_words("CALL_TO_ACTION")
PRODUCT_RE = _whole_words("PRODUCTS")
LIVE = frozenset(phrases("LIVE"))


def words(text: str) -> int:
    return len(_WORD.findall(text))


def _keywords(*attrs: str) -> frozenset[str]:
    """The longest (rarest) word of each phrase, also as written without the ZWNJ space."""
    keywords = set()
    for attr in attrs:
        for phrase in phrases(attr):
            for form in (phrase, phrase.replace(" ", "")):
                keywords.add(max(_WORD.findall(form), key=len, default=""))
    return frozenset(keywords - {""})


# Cheap gates: a line whose words include none of a pattern's key words needs no regex run.
COMMERCIAL_WORDS = _keywords("SPAM", "CALL_TO_ACTION")
SHARE_WORDS = _keywords("NETWORKS", "SHARE_VERBS")
FOLLOW_WORDS = _keywords("FOLLOW_VERBS")
FOOTER_WORDS = _keywords("FOOTER") | {"copyright", "c", "حقوق"}
COPY_WORDS = _keywords("COPY_PROTECTION")
LANGUAGE_WORDS = frozenset(w for p in phrases("LANGUAGES") for w in _WORD.findall(p))


def share_widget(core: str, tokens: list[str]) -> bool:
    """An optional share verb, then nothing but network names, connectors and separators."""
    if SHARE_WORDS.isdisjoint(tokens):
        return False
    verb = _SHARE_VERB.match(core)
    rest = core[verb.end() :] if verb else core
    if verb and not rest.strip(_SEPARATOR_CHARS):
        return True
    if not NETWORK_RE.search(rest):
        return False
    return not _NETWORK_OR_CONNECTOR.sub(" ", rest).strip(_SEPARATOR_CHARS)


def follow_widget(core: str, tokens: list[str]) -> bool:
    """A follow/subscribe prompt ("Follow us on Telegram", "ما را در تلگرام دنبال کنید"): the
    verb opens (Persian: closes) a short line that names a network or a channel."""
    if len(tokens) > 14 or FOLLOW_WORDS.isdisjoint(tokens):
        return False
    if not (_FOLLOW_START.match(core) or _FOLLOW_END.search(core.rstrip(".!"))):
        return False
    return bool(NETWORK_RE.search(core) or _CHANNEL.search(core))


def navigation(text: str, n_words: int, vocabulary: frozenset[str]) -> str | None:
    """A menu: three or more short items set apart by pipes, bullets or runs of spaces, or
    two or more items that are all interface words ("Subscribe | Sign in")."""
    if not any(mark in text for mark in _MENU_MARKS):
        return None
    items = [item.strip() for item in _MENU_SPLIT.split(text)]
    items = [item for item in items if item]
    if len(items) < 2:
        return None
    if all(normalize(item).strip(_SEPARATOR_CHARS + ".") in vocabulary for item in items):
        return "ui-widget"
    if len(items) < 3 or text.endswith(TERMINAL) or n_words > 24:
        return None
    for item in items:
        if len(item) > 30 or words(item) > 3 or item.endswith(TERMINAL):
            return None
        first = item[0]
        if first.isascii() and first.isalpha() and not first.isupper():
            return None  # Latin menu items are capitalised; a sentence's words are not
    return "navigation"


def update_stamp(core: str, n_words: int) -> bool:
    """A publishing/update label and a time or date ("Updated 10 July 2017 21:45",
    "آخر تحديث: 12:40"), or a bare time."""
    if BARE_TIME.match(core):
        return True
    match = _UPDATED.match(core)
    if match is None or n_words > 10:
        return False
    rest = match["rest"]
    if not any(c.isdigit() for c in rest):
        return find_relative(rest) is not None
    return TIME.search(rest) is not None or bool(find_dates(rest))


def credit(core: str, n_words: int) -> bool:
    return n_words <= 30 and CREDIT_RE.match(core) is not None


def credit_author(text: str) -> str | None:
    """The reporter named by an agency credit ("Reporting by Jane Roe; Editing by ...")."""
    match = _AUTHOR_CREDIT.match(text)
    return match["name"].strip() if match else None


def partnership(core: str, n_words: int) -> bool:
    """A note on the article itself ("This article was published ... in partnership with
    ..."), in any of the three languages."""
    return (
        n_words <= 40
        and _SELF_REFERENCE.match(core) is not None
        and _PARTNERSHIP.search(core) is not None
    )


def footer(core: str, tokens: list[str]) -> bool:
    if len(tokens) > 15 or (FOOTER_WORDS.isdisjoint(tokens) and not core.startswith("©")):
        return False
    return _COPYRIGHT.match(core) is not None or _FOOTER.search(core) is not None
