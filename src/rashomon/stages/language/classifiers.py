"""Statistical classifiers behind the letter evidence, loaded lazily, once per process.

* py3langid (BSD-3-Clause): one model file, loaded once; a restricted identifier per script
  (Latin, Cyrillic, Arabic, Devanagari) shares its automaton, so a Latin sentence is never
  called Persian and restriction sharpens short-text decisions. Its ``sdh`` label is Sorani
  (``ckb`` here), ``arz``/``ary`` are Arabic dialects (``ar``). ~30 µs per sentence.
* lingua (Apache-2.0): only Arabic, Persian and Urdu, for the Arabic-script texts the letters
  leave open (~0.3 s and a few MB to load, ~100 µs per sentence). It has no Pashto or Sorani;
  all 75 languages preloaded would cost 1.26 GB, which is why it is restricted.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import Any

LATIN_LANGS = (
    "en fr de es it pt nl tr ku az id ms sw so ha pl ro cs sk hr bs sq hu fi sv da no et lv lt",
    "sl eu ca gl af cy ga is mt vi tl uz",
)  # no Turkmen (tk): out of scope here, and py3langid calls short Turkish lines Turkmen
CYRILLIC_LANGS = ("ru uk bg sr mk be kk ky mn tg tt ba",)
ARABIC_LANGS = ("ar arz ary fa ur ps sdh ug",)
DEVANAGARI_LANGS = ("hi mr ne",)

_SUBSETS = {
    "Latin": " ".join(LATIN_LANGS).split(),
    "Cyrillic": " ".join(CYRILLIC_LANGS).split(),
    "Arabic": " ".join(ARABIC_LANGS).split(),
    "Devanagari": " ".join(DEVANAGARI_LANGS).split(),
}

# py3langid labels -> ours (ISO 639-1 where one exists, else 639-3)
LABELS = {"sdh": "ckb", "arz": "ar", "ary": "ar", "hbo": "he", "nn": "no", "uzs": "uz"}

LINGUA_ISO = {"ARABIC": "ar", "PERSIAN": "fa", "URDU": "ur"}


@lru_cache(maxsize=1)
def _langid_model() -> tuple[Any, ...]:
    """py3langid's arrays, read once per process and shared (read-only) by every identifier."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE
    from py3langid.modelio import load_model

    return tuple(load_model(MODEL_DIR / MODEL_FILE))


class Classifiers:
    """Lazily loaded identifiers. Holds no model state when pickled."""

    def __init__(self) -> None:
        self._langid: dict[str, Any] = {}
        self._lingua: Any = None
        self._lock = threading.Lock()

    def __getstate__(self) -> dict[str, object]:
        # Not empty: pickle skips __setstate__ for a false state, leaving no attributes.
        return {"lazy": True}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__init__()  # type: ignore[misc]

    def langid(self, text: str, script: str) -> dict[str, float]:
        """py3langid probabilities over the languages of ``script``, labels mapped to ours."""
        ident = self._langid.get(script) or self._load_langid(script)
        scores: dict[str, float] = {}
        for label, p in ident.rank(text):
            lang = LABELS.get(label, label)
            scores[lang] = scores.get(lang, 0.0) + p
        return scores

    def lingua(self, text: str) -> dict[str, float]:
        """lingua confidences over ar / fa / ur."""
        if self._lingua is None:
            with self._lock:
                if self._lingua is None:
                    from lingua import Language, LanguageDetectorBuilder

                    self._lingua = LanguageDetectorBuilder.from_languages(
                        Language.ARABIC, Language.PERSIAN, Language.URDU
                    ).build()
        return {
            LINGUA_ISO[cv.language.name]: cv.value
            for cv in self._lingua.compute_language_confidence_values(text)
        }

    def _load_langid(self, script: str) -> Any:
        with self._lock:
            if script in self._langid:
                return self._langid[script]
            from py3langid.langid import LanguageIdentifier

            ptc, pc, classes, nextmove, row, output = _langid_model()
            ident = LanguageIdentifier(
                ptc, pc, classes, nextmove, output, norm_probs=True, tk_row=row
            )
            subset = _SUBSETS.get(script)
            if subset is not None:
                ident.set_languages(subset)
            self._langid[script] = ident
            return ident
