"""Month and weekday names, relative-date words and byline labels per language, merged for the
date parser."""

from __future__ import annotations

from . import ar, en, eu, fa

MONTHS: dict[str, tuple[str, int]] = {**eu.MONTHS, **en.MONTHS, **ar.MONTHS, **fa.MONTHS}
UNITS: dict[str, str] = {**en.UNITS, **ar.UNITS, **fa.UNITS}
AGO_BEFORE: tuple[str, ...] = ar.AGO_BEFORE
AGO_AFTER: tuple[str, ...] = en.AGO_AFTER + fa.AGO_AFTER
DAY_WORDS: dict[str, int] = {**en.DAY_WORDS, **ar.DAY_WORDS, **fa.DAY_WORDS}
NUMBER_WORDS: dict[str, int] = {**en.NUMBER_WORDS, **ar.NUMBER_WORDS, **fa.NUMBER_WORDS}
DUALS: dict[str, tuple[int, str]] = ar.DUALS
HIJRI_MARKERS: tuple[str, ...] = ar.HIJRI_MARKERS
JALALI_MARKERS: tuple[str, ...] = fa.JALALI_MARKERS
RELATED_LABELS: tuple[str, ...] = en.RELATED_LABELS + ar.RELATED_LABELS + fa.RELATED_LABELS
PUBLISHED_LABELS: tuple[str, ...] = en.PUBLISHED_LABELS + ar.PUBLISHED_LABELS + fa.PUBLISHED_LABELS
WEEKDAYS: dict[str, int] = {**en.WEEKDAYS, **ar.WEEKDAYS, **fa.WEEKDAYS}
EQUIVALENT: tuple[str, ...] = en.EQUIVALENT + ar.EQUIVALENT + fa.EQUIVALENT
DAY_NOUNS: tuple[str, ...] = en.DAY_NOUNS + ar.DAY_NOUNS + fa.DAY_NOUNS
