"""English month names and relative-date words."""

from __future__ import annotations

_NAMES = (
    ("january", "jan"),
    ("february", "feb"),
    ("march", "mar"),
    ("april", "apr"),
    ("may",),
    ("june", "jun"),
    ("july", "jul"),
    ("august", "aug"),
    ("september", "sep", "sept"),
    ("october", "oct"),
    ("november", "nov"),
    ("december", "dec"),
)
MONTHS: dict[str, tuple[str, int]] = {
    name: ("gregorian", i) for i, names in enumerate(_NAMES, 1) for name in names
}
UNITS: dict[str, str] = {
    "minute": "minutes", "minutes": "minutes", "min": "minutes", "mins": "minutes",
    "hour": "hours", "hours": "hours", "hr": "hours", "hrs": "hours",
    "day": "days", "days": "days",
    "week": "weeks", "weeks": "weeks",
    "month": "months", "months": "months",
    "year": "years", "years": "years",
}  # fmt: skip
AGO_AFTER: tuple[str, ...] = ("ago",)
DAY_WORDS: dict[str, int] = {"today": 0, "yesterday": 1}
NUMBER_WORDS: dict[str, int] = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "few": 3}
# A line that opens a list of other stories ends the byline area.
RELATED_LABELS: tuple[str, ...] = (
    "also read", "related", "read more", "more from", "more on", "see also", "recommended",
    "you may also like", "most read", "most popular", "more stories", "latest news",
)  # fmt: skip
# Words that introduce the publication date ("Published: ..."), not an update.
PUBLISHED_LABELS: tuple[str, ...] = ("first published", "published", "posted", "date published")
# Weekday names (Monday = 0, as ``date.weekday()``), and words that give a date's equivalent
# in another calendar ("... corresponding to ...").
WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip
EQUIVALENT: tuple[str, ...] = ("corresponding to", "equivalent to")
DAY_NOUNS: tuple[str, ...] = ()
