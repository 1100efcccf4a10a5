"""Letter evidence: which script each letter belongs to, counted in one pass.

:func:`profile` counts the characters of a text once (``collections.Counter`` runs in C) and
then classifies only the distinct characters, each looked up once per process, so a sentence
costs a few microseconds. Only letters (``str.isalpha``) count: digits, punctuation and Arabic
diacritics tell nothing about the language.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

LATIN = "Latin"
ARABIC = "Arabic"
HEBREW = "Hebrew"
CYRILLIC = "Cyrillic"
DEVANAGARI = "Devanagari"
KANA = "Kana"
HAN = "Han"
OTHER = "Other"

# (first, last, script), sorted; the rest of the letters fall in OTHER.
_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0041, 0x024F, LATIN),
    (0x0370, 0x03FF, "Greek"),
    (0x0400, 0x052F, CYRILLIC),
    (0x0530, 0x058F, "Armenian"),
    (0x0590, 0x05FF, HEBREW),
    (0x0600, 0x06FF, ARABIC),
    (0x0750, 0x077F, ARABIC),
    (0x08A0, 0x08FF, ARABIC),
    (0x0900, 0x097F, DEVANAGARI),
    (0x0980, 0x09FF, "Bengali"),
    (0x0A00, 0x0A7F, "Gurmukhi"),
    (0x0A80, 0x0AFF, "Gujarati"),
    (0x0B80, 0x0BFF, "Tamil"),
    (0x0C00, 0x0C7F, "Telugu"),
    (0x0C80, 0x0CFF, "Kannada"),
    (0x0D00, 0x0D7F, "Malayalam"),
    (0x0D80, 0x0DFF, "Sinhala"),
    (0x0E00, 0x0E7F, "Thai"),
    (0x0E80, 0x0EFF, "Lao"),
    (0x0F00, 0x0FFF, "Tibetan"),
    (0x1000, 0x109F, "Myanmar"),
    (0x10A0, 0x10FF, "Georgian"),
    (0x1100, 0x11FF, "Hangul"),
    (0x1200, 0x139F, "Ethiopic"),
    (0x1780, 0x17FF, "Khmer"),
    (0x1E00, 0x1EFF, LATIN),
    (0x1F00, 0x1FFF, "Greek"),
    (0x3040, 0x30FF, KANA),
    (0x3130, 0x318F, "Hangul"),
    (0x3400, 0x4DBF, HAN),
    (0x4E00, 0x9FFF, HAN),
    (0xAC00, 0xD7AF, "Hangul"),
    (0xFB1D, 0xFB4F, HEBREW),
    (0xFB50, 0xFDFF, ARABIC),
    (0xFE70, 0xFEFF, ARABIC),
)

# Scripts written by (nearly) one language: no classifier needed.
SCRIPT_LANGUAGE = {
    "Greek": "el",
    "Armenian": "hy",
    HEBREW: "he",
    "Bengali": "bn",
    "Gurmukhi": "pa",
    "Gujarati": "gu",
    "Tamil": "ta",
    "Telugu": "te",
    "Kannada": "kn",
    "Malayalam": "ml",
    "Sinhala": "si",
    "Thai": "th",
    "Lao": "lo",
    "Tibetan": "bo",
    "Myanmar": "my",
    "Georgian": "ka",
    "Hangul": "ko",
    "Ethiopic": "am",
    "Khmer": "km",
    KANA: "ja",
    HAN: "zh",
}

# Letters only Yiddish writes in Hebrew script (double vav, vav-yod, double yod).
YIDDISH_LETTERS = "װױײ"


@lru_cache(maxsize=8192)
def script_of(char: str) -> str | None:
    """The script of a letter, or ``None`` for anything that is not a letter."""
    if not char.isalpha():
        return None
    cp = ord(char)
    lo, hi = 0, len(_RANGES) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        first, last, script = _RANGES[mid]
        if cp < first:
            hi = mid - 1
        elif cp > last:
            lo = mid + 1
        else:
            return script
    return OTHER


@dataclass(slots=True)
class Profile:
    """Character counts of a text and its letters per script."""

    chars: Counter[str]
    scripts: dict[str, int]
    letters: int

    @property
    def main_script(self) -> str | None:
        if not self.scripts:
            return None
        return max(self.scripts.items(), key=lambda kv: kv[1])[0]

    def share(self, script: str) -> float:
        return self.scripts.get(script, 0) / self.letters if self.letters else 0.0

    def count(self, letters: str) -> int:
        chars = self.chars
        return sum(chars[c] for c in letters if c in chars)


def profile(text: str) -> Profile:
    chars = Counter(text)
    scripts: dict[str, int] = {}
    letters = 0
    for char, n in chars.items():
        script = script_of(char)
        if script is not None:
            scripts[script] = scripts.get(script, 0) + n
            letters += n
    return Profile(chars, scripts, letters)
