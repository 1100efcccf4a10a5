"""Event triggers per language: our own word lists (facts of the language).

* ``TRIGGERS``: event type value -> words or phrases that announce it;
* ``WEAPONS``: weapon words -> ACLED remote-violence sub-type;
* ``AMBIGUOUS``: attack words that are remote violence with a weapon word in the sentence and
  a battle without one ("attack", "هجوم", "حمله");
* ``INTRANSITIVE``: killing triggers whose following person is the victim ("مقتل X");
* ``LOSER``: the preposition before the side that loses a place ("from", "من", "از");
* ``BY``: the preposition before the agent of a passive verb; ``OBJECT``: Persian را;
* ``PLACE_PREP``: prepositions that introduce a place; ``OPPONENT``: those introducing the
  other side of a clash, a meeting or an attack ("against", "with", "ضد", "با");
* ``PARTITIVE``: words for part of a force before ``LOSER`` ("وحدات من الجيش": the army acts);
* ``SUBJECT_STOP``: words past which a verb-first trigger's subject is not sought;
* ``PRONOUNS``: mentions that are, or start with, a pronoun ("its allies") fill no role;
* ``PREFIX``/``SUFFIX``: regex fragments glued to a trigger (Arabic clitics, Persian endings).
"""

from __future__ import annotations

from types import ModuleType

from . import ar, en, fa

LANGUAGES: dict[str, ModuleType] = {"en": en, "ar": ar, "fa": fa}
