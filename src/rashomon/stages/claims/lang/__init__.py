"""Attribution cues per language, looked up by the language code given to ``extract_claims``.

Each module is a list of our own cue words (facts of the language, not copied lists):

* ``VERBS``: verbs of saying, each with a flag: ``""`` plain, ``"neg"`` a denial ("denied",
  "نفى", "تکذیب کرد"), ``"hedge"`` a distancing verb ("claimed", "زعم", "ادعا کرد").
* ``NEED_OPENER``: verbs that report a claim only when a complementizer follows them.
* ``SOURCES``: "according to"-style phrases whose complement is the speaker.
* ``COMPLEMENTIZERS``: what opens the reported content ("that", "إن", "که", ":").
* ``UNNAMED``: nouns of anonymous sourcing ("sources", "مصادر", "منابع").
* ``PRONOUNS``: subject pronouns that stand for an earlier speaker.
* ``HEDGES``/``NEGATIONS``: words that hedge or negate the content.
* ``MEDIA``: regex fragments (on folded text) naming the medium ("in a statement", "لوكالة").
* ``ORDER``: where the speaker stands relative to the verb: ``"left"`` (English, Persian) or
  ``"right"`` (Arabic verb-subject order; a subject before the verb is still recognised).
* ``VERB_PREFIX``/``VERB_SUFFIX``: regex fragments glued to a verb (Arabic و/ف, Persian
  endings).
"""

from __future__ import annotations

from types import ModuleType

from . import ar, en, fa

LANGUAGES: dict[str, ModuleType] = {"en": en, "ar": ar, "fa": fa}
