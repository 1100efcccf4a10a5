"""English words for temporal expressions (month and weekday names come from the dates layer)."""

from __future__ import annotations

DAY_OFFSETS: dict[str, int] = {
    "today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0,
    "the day before yesterday": -2, "last night": -1, "the day after tomorrow": 2,
}  # fmt: skip
REFERENCES: dict[str, str] = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
    "at present": "PRESENT_REF", "nowadays": "PRESENT_REF", "these days": "PRESENT_REF",
    "recently": "PAST_REF", "the past": "PAST_REF", "in the past": "PAST_REF",
    "lately": "PAST_REF",
    "the future": "FUTURE_REF", "in the future": "FUTURE_REF", "the near future": "FUTURE_REF",
    "the near term": "FUTURE_REF", "the short term": "FUTURE_REF", "current": "PRESENT_REF",
    "then current": "PAST_REF", "then-current": "PAST_REF",
}  # fmt: skip
CAL_UNITS: dict[str, str] = {
    "week": "week", "month": "month", "year": "year", "quarter": "quarter",
    "decade": "decade", "weekend": "week",
}  # fmt: skip
SHIFT_BEFORE: dict[str, int] = {
    "this": 0, "the current": 0, "this past": -1, "last": -1, "the last": -1, "the past": -1,
    "past": -1, "previous": -1, "the previous": -1, "next": 1, "the next": 1, "the coming": 1,
    "this coming": 1, "the following": 1, "the latest": -1, "the": 0, "the full": 0,
}  # fmt: skip
SHIFT_AFTER: dict[str, int] = {}
EDGES: tuple[str, ...] = (
    "earlier this", "later this", "early", "late", "mid", "mid-", "earlier", "later",
    "the end of", "end of", "the beginning of", "beginning of", "the start of", "start of",
    "the middle of", "middle of", "the first half of", "the second half of",
)  # fmt: skip
WEEKDAY_BEFORE: dict[str, int] = {"last": -1, "this past": -1, "next": 1, "this coming": 1}
WEEKDAY_AFTER: dict[str, int] = {}
DAY_PARTS: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
}  # fmt: skip
NUMBERS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "a hundred": 100, "a couple of": 2, "a few": 0, "several": 0, "many": 0, "some": 0,
    "a half": 0, "half a": 0,
}  # fmt: skip
UNITS: dict[str, str] = {
    "minute": "MIN", "minutes": "MIN", "hour": "H", "hours": "H",
    "day": "D", "days": "D", "week": "W", "weeks": "W", "month": "M", "months": "M",
    "year": "Y", "years": "Y", "decade": "DE", "decades": "DE", "century": "CE",
    "centuries": "CE",
}  # fmt: skip
AGO_BEFORE: tuple[str, ...] = ()
APPROXIMATELY: tuple[str, ...] = (
    "nearly", "almost", "about", "roughly", "some", "more than", "less than", "over", "just",
    "barely", "only",
)  # fmt: skip
FUTURE_TENSE: tuple[str, ...] = (
    "will",
    "'ll",
    "scheduled",
    "is to",
    "are to",
    "is due",
    "are due",
    "plans to",
    "planned to",
    "planned a",
    "planning to",
    "plan to",
    "expected to",
    "expected in",
    "expects to",
    "to be",
    "would",
)
AGO_AFTER: tuple[str, ...] = ("ago", "earlier", "before")
LATER_AFTER: tuple[str, ...] = ("from now", "later", "hence")
DURATION_BEFORE: tuple[str, ...] = (
    "for", "the past", "the last", "the next", "the first", "the previous", "over the past",
    "in recent", "recent", "the coming", "within", "nearly", "almost", "about", "more than",
    "less than", "up to", "at least",
)  # fmt: skip
SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}  # fmt: skip
QUARTERS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}  # fmt: skip
SETS: dict[str, str] = {
    "daily": "P1D", "every day": "P1D", "each day": "P1D", "weekly": "P1W", "every week": "P1W",
    "monthly": "P1M", "every month": "P1M", "annually": "P1Y", "every year": "P1Y",
    "each year": "P1Y", "a year": "P1Y", "a day": "P1D", "per year": "P1Y", "hourly": "PT1H",
    "yearly": "P1Y",
}  # fmt: skip
INTERVAL_OPEN: tuple[str, ...] = ("from", "between")
INTERVAL_JOIN: tuple[str, ...] = ("to", "until", "till", "through", "and", "-", "–")
YEAR_BEFORE: tuple[str, ...] = ("in", "since", "by", "of", "from", "until", "fiscal", "year")
CLOCK_AM: tuple[str, ...] = ("a.m.", "am", "a.m")
CLOCK_PM: tuple[str, ...] = ("p.m.", "pm", "p.m")
CLOCK_WORDS: dict[str, str] = {"noon": "12:00", "midnight": "24:00"}
CLOCK_BEFORE: tuple[str, ...] = ()
DECADE_WORDS: dict[str, int] = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}  # fmt: skip
THIS_YEAR: dict[str, int] = {}

COUNTED: tuple[str, ...] = ()
QUARTER_NAMES: tuple[str, ...] = ()
QUARTER_ORDINALS: dict[str, int] = {}
SPAN_AFTER: tuple[str, ...] = ()
