"""Normalisation for matching and search only; stored text is never altered.

Folds the spelling variants that make the same Arabic-script word look different
(ي/ی/ى, ك/ک, hamza seats, ة, diacritics, tatweel, ZWNJ and directional marks) and
Persian/Arabic-Indic digits, and case-folds Latin script. ``normalize("البوکمال")``
equals ``normalize("البوكمال")`` and ``normalize("میشود") == normalize("می‌شود")``.
"""

from __future__ import annotations

import re
import unicodedata

_FOLD: dict[int, int | str | None] = {}


def _build() -> None:
    pairs = {
        "ی": "ي",
        "ى": "ي",
        "ې": "ي",
        "ۍ": "ي",
        "ئ": "ي",
        "ک": "ك",
        "ڪ": "ك",
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ٲ": "ا",
        "ٳ": "ا",
        "ؤ": "و",
        "ۀ": "ه",
        "ة": "ه",
        "ە": "ه",
        "ہ": "ه",
        "ھ": "ه",
    }
    for src, dst in pairs.items():
        _FOLD[ord(src)] = dst
    for i in range(10):
        _FOLD[0x0660 + i] = str(i)  # Arabic-Indic digits
        _FOLD[0x06F0 + i] = str(i)  # Persian (extended Arabic-Indic) digits
    removed = [0x0640, 0x200C, 0x200D, 0x200E, 0x200F, 0x061C, 0x00AD, 0xFEFF]
    removed += list(range(0x064B, 0x0660))  # harakat, shadda, sukun, hamza marks
    removed += list(range(0x0610, 0x061B)) + [0x0670] + list(range(0x06D6, 0x06EE))
    removed += list(range(0x202A, 0x202F)) + list(range(0x2066, 0x206A))
    for cp in removed:
        _FOLD[cp] = None


_build()
# str.translate looks every character up in _FOLD: check first that one occurs (most Latin text
# has none).
_FOLDED = re.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(_FOLD)) + "]")


def normalize(text: str) -> str:
    """Fold a text for matching: same length semantics are not kept (characters are removed)."""
    # Whitespace runs become one space and the ends are trimmed: " ".join(split()) is
    # re.sub(r"\s+", " ", ...).strip(), both break on str.isspace().
    if text.isascii():  # NFKC and _FOLD leave ASCII as it is; casefold() is lower() there
        return " ".join(text.lower().split())
    text = unicodedata.normalize("NFKC", text)
    if _FOLDED.search(text):
        text = text.translate(_FOLD)
    text = text.casefold()
    # A mark folded away ("s\u00ad\u0301") or a case fold ("ß\u0301" -> "ss\u0301") can leave a
    # letter and its combining accent apart; composing them again keeps normalize idempotent.
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    return " ".join(text.split())


def strip_latin_accents(text: str) -> str:
    """'Ālbū Kamāl' -> 'Albu Kamal' (for matching romanised names)."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch) or ord(ch) >= 0x0600)
