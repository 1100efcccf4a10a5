"""Language of a short text from letter evidence first, classifiers second.

Order of evidence, cheapest and surest first:

1. Script. No letters: ``"und"``. A script one language writes (Hebrew, Greek, Thai...) needs
   nothing more. Latin, Cyrillic and Devanagari go to py3langid restricted to that script's
   languages, after an English fast path (a sentence with several words that only English
   uses as standalone words is English; one with several Roman-Urdu function words is Urdu).
   Latin-script scores are weighed by how common each
   language is in our news (:data:`LATIN_PRIOR`), and ı/ğ restrict them to Turkish/Azerbaijani.
2. Within the Arabic script, letters only some languages use: Urdu ے ٹ ڈ ڑ ں ہ, Pashto
   ټ ډ ړ ږ ښ ګ ڼ ځ څ ۍ (ې), Sorani ێ ڵ ڕ (ە ۆ), Uyghur ۇ ۈ ۋ (ى beside ە), Sindhi ٻ ڀ ٺ ڪ...
   A text dense in one group's letters is that language.
3. Persian vs Arabic: پ چ ژ گ ک ی ۀ and Persian digits against ة ى ي ك and Arabic-Indic digits,
   plus function words (folded so Persian typed with Arabic yeh/kaf, or without ZWNJ, still
   matches). Clear evidence on one side only decides.
4. What is left (mixed or no letter evidence, Urdu or Pashto words without their letters) goes
   to py3langid (Arabic-script languages) and lingua (ar/fa/ur), whose probabilities are
   weighed by the letter and word evidence: a long text without any Urdu letter is unlikely
   Urdu, one Persian function word makes Persian likelier, ی and ي in one text (two letters
   only Pashto tells apart) make Pashto likelier.

Dari and Tajik-in-Arabic-script are reported as Persian (``fa``): they share the script and
nearly all function words, and no library here tells them apart.
"""

from __future__ import annotations

import re

from .classifiers import Classifiers
from .lang import ar, ckb, en, fa, ps, sd, ug, ur
from .scripts import (
    ARABIC,
    HEBREW,
    LATIN,
    SCRIPT_LANGUAGE,
    YIDDISH_LETTERS,
    Profile,
    profile,
)

UND = "und"
# Short texts whose language a detector remembers (at most ~1 MB of text).
SEEN_TEXTS = 4096
SEEN_MAX_CHARS = 200

# Within an Arabic-script text, one group letter in this many letters is enough to decide.
MIN_GROUP_DENSITY = 1 / 60

_FOLD = str.maketrans(
    {"ي": "ی", "ى": "ی", "ك": "ک", "\u200c": None, "\u0640": None}
    | {chr(c): None for c in range(0x064B, 0x0653)}
)
# How often a Latin-script language turns up in the news this tool reads, relative to English:
# a short text the classifier finds as Turkmen as Turkish is Turkish.
LATIN_PRIOR = {"en": 1.0} | dict.fromkeys(
    ("fr", "de", "es", "it", "pt", "nl", "tr", "ku", "id", "ms", "az", "pl", "ro"), 0.5
)
LATIN_PRIOR_OTHER = 0.2

_TOKEN = re.compile(r"[^\W\d_]+")
_LATIN_TOKEN = re.compile(r"[a-z]+")
_AL_PREFIXES = ("ال", "وال", "بال", "فال", "لل")
_TURKIC_LETTERS = "ıİğĞ"  # dotless i and soft g: Turkish or Azerbaijani

# name -> (letters that decide it, letters that count once it is decided, function words)
_GROUPS: dict[str, tuple[str, str, frozenset[str]]] = {
    "ur": (ur.LETTERS, ur.SHARED_LETTERS, ur.FUNCTION_WORDS),
    "ps": (ps.LETTERS, ps.SHARED_LETTERS, ps.FUNCTION_WORDS),
    "ckb": (ckb.LETTERS, ckb.SHARED_LETTERS, ckb.FUNCTION_WORDS),
    "ug": (ug.LETTERS, "", ug.FUNCTION_WORDS),
    "sd": (sd.LETTERS, "", sd.FUNCTION_WORDS),
}


def _fold_words(words: frozenset[str]) -> frozenset[str]:
    return frozenset(w.translate(_FOLD) for w in words)


_FA_WORDS = _fold_words(fa.FUNCTION_WORDS)
_AR_WORDS = _fold_words(ar.FUNCTION_WORDS)
_GROUP_WORDS = {name: _fold_words(words) for name, (_, _, words) in _GROUPS.items()}


def _confidence(evidence: float) -> float:
    """More pieces of independent evidence, surer; never certain."""
    return min(0.99, 1.0 - 0.5 ** (1.0 + evidence))


class Detector:
    """Detects the language of texts; picklable (classifiers reload lazily per process)."""

    def __init__(self) -> None:
        self.classifiers = Classifiers()
        # Pages of one site repeat lines (month names, captions, "Related articles"): a call
        # is deterministic, so each distinct text is worked out once per process.
        self._seen: dict[str, tuple[str, float, str | None]] = {}

    def __getstate__(self) -> dict[str, object]:
        # Neither the models nor the remembered calls travel to a worker process.
        return {"lazy": True}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__init__()  # type: ignore[misc]

    def forget(self) -> None:
        """Drop the remembered calls (a benchmark round then reads its texts as new)."""
        self._seen.clear()

    def detect(self, text: str) -> tuple[str, float]:
        lang, conf, _ = self.detect_with_script(text)
        return lang, conf

    def detect_with_script(self, text: str) -> tuple[str, float, str | None]:
        """``(language, confidence, main script)``; ``("und", 0.0, None)`` without letters."""
        if len(text) > SEEN_MAX_CHARS:  # long paragraphs rarely repeat
            return self._detect(text)
        found = self._seen.get(text)
        if found is None:
            found = self._detect(text)
            if len(self._seen) >= SEEN_TEXTS:
                self._seen.clear()  # atomic, unlike evicting one entry: detectors are shared
            self._seen[text] = found
        return found

    def _detect(self, text: str) -> tuple[str, float, str | None]:
        prof = profile(text)
        script = prof.main_script
        if script is None:
            return UND, 0.0, None
        if script == ARABIC:
            lang, conf = self._arabic(text, prof)
        elif script == LATIN:
            lang, conf = self._latin(text, prof)
        elif script == HEBREW:
            lang, conf = ("yi", 0.9) if prof.count(YIDDISH_LETTERS) else ("he", 0.99)
        elif script in SCRIPT_LANGUAGE:
            lang, conf = SCRIPT_LANGUAGE[script], 0.95
            if lang == "zh" and prof.scripts.get("Kana"):
                lang = "ja"
        else:
            lang, conf = self._classify(text, script)
        # Letters of other scripts (a name, a quote) make the call less sure.
        return lang, conf * (0.5 + 0.5 * prof.share(script)), script

    def _classify(self, text: str, script: str) -> tuple[str, float]:
        scores = self.classifiers.langid(text, script)
        lang = max(scores, key=scores.__getitem__)
        return lang, scores[lang]

    def _latin(self, text: str, prof: Profile) -> tuple[str, float]:
        words = _LATIN_TOKEN.findall(text.lower())
        hits = sum(1 for w in words if w in en.FUNCTION_WORDS)
        if hits >= 2 and hits >= 0.15 * len(words):
            return "en", _confidence(hits)
        roman_urdu = [w for w in words if w in ur.ROMAN_FUNCTION_WORDS]
        if (
            len(roman_urdu) >= 2
            and len(roman_urdu) >= 0.2 * len(words)
            and any(w in ur.ROMAN_CORE_WORDS for w in roman_urdu)
        ):
            return "ur", _confidence(len(roman_urdu) / 2)
        scores = self.classifiers.langid(text, LATIN)
        for lang in scores:
            scores[lang] *= LATIN_PRIOR.get(lang, LATIN_PRIOR_OTHER)
        if prof.count(_TURKIC_LETTERS):
            scores = {k: v for k, v in scores.items() if k in ("tr", "az")} or scores
        lang = max(scores, key=scores.__getitem__)
        return lang, scores[lang] / (sum(scores.values()) or 1.0)

    def _arabic(self, text: str, prof: Profile) -> tuple[str, float]:
        letters = prof.scripts.get(ARABIC, 0)
        group = self._group_letters(prof)
        ranked = sorted(group.items(), key=lambda kv: kv[1], reverse=True)
        best, best_score = ranked[0]
        second = ranked[1][1]
        dense = best_score >= letters * MIN_GROUP_DENSITY
        if best_score > 0 and best_score >= 2 * second and dense:
            return best, _confidence(best_score)
        tokens = _TOKEN.findall(text.translate(_FOLD))

        fa_letters, ar_letters = prof.count(fa.LETTERS), prof.count(ar.LETTERS)
        fa_words = sum(1 for t in tokens if t in _FA_WORDS)
        ar_words: float = sum(1 for t in tokens if t in _AR_WORDS)
        ar_words += 0.2 * sum(1 for t in tokens if len(t) > 3 and t.startswith(_AL_PREFIXES))
        group_words = {
            name: sum(1 for t in tokens if t in words) for name, words in _GROUP_WORDS.items()
        }
        fa_score = fa_letters + 1.5 * fa_words
        ar_score = ar_letters + 1.5 * ar_words
        pashto_yehs = all(prof.chars[y] for y in ps.YEHS)
        if best_score == 0 and not pashto_yehs and not any(group_words.values()):
            if fa_score > 0 and ar_score == 0:
                return "fa", _confidence(fa_score)
            if ar_score > 0 and fa_score == 0:
                return "ar", _confidence(ar_score)
            low, high = sorted((fa_score, ar_score))
            if low > 0 and high >= 3 * low:
                return ("fa" if fa_score > ar_score else "ar"), _confidence((high - low) / 2)
        scores = self._classifier_scores(text)
        for name, n in group.items():
            if n:
                scores[name] = scores.get(name, 0.0) * 2.0 ** min(n, 8) + 0.05
            elif letters >= 10:
                # Real Urdu, Sorani or Uyghur text of a few words nearly always shows its letters.
                scores[name] = scores.get(name, 0.0) * (0.5 if name == "ps" else 0.2)
        for name, n in group_words.items():
            scores[name] = scores.get(name, 0.0) * 2.0 ** min(n, 6)
        if pashto_yehs:
            scores["ps"] = scores.get("ps", 0.0) * 4.0
        # Persian-style letters (shared by Urdu, Pashto, Kurdish) speak against Arabic only.
        scores["ar"] = scores.get("ar", 0.0) * 2.0 ** (min(ar_letters, 8) - min(fa_letters, 8))
        scores["ar"] *= 2.0 ** min(ar_words, 6)
        scores["fa"] = scores.get("fa", 0.0) * 2.0 ** min(fa_words, 6)
        total = sum(scores.values()) or 1.0
        lang = max(scores, key=scores.__getitem__)
        return lang, min(0.99, scores[lang] / total)

    def _group_letters(self, prof: Profile) -> dict[str, float]:
        scores: dict[str, float] = {}
        for name, (own, shared, _) in _GROUPS.items():
            n = prof.count(own)
            scores[name] = 2.0 * n + (prof.count(shared) if n else 0)
        if prof.count(ug.VOWEL_I) and prof.count(ug.VOWELS_SHARED):
            scores["ug"] += 2.0 * prof.count(ug.VOWEL_I)
        if scores["ug"] == 0:
            # Without Uyghur's own letters, ې is Pashto's and ە ۆ are Sorani's.
            scores["ps"] += prof.count(ps.SHARED_LETTERS)
            if not scores["ckb"]:
                scores["ckb"] += prof.count(ckb.SHARED_LETTERS)
        return scores

    def _classifier_scores(self, text: str) -> dict[str, float]:
        scores = self.classifiers.langid(text, ARABIC)
        mass = sum(scores.get(k, 0.0) for k in ("ar", "fa", "ur"))
        if mass > 0:
            # lingua redistributes the ar/fa/ur share py3langid gave; both get a say.
            second = self.classifiers.lingua(text)
            for k in ("ar", "fa", "ur"):
                scores[k] = 0.5 * scores.get(k, 0.0) + 0.5 * mass * second.get(k, 0.0)
        return scores
