"""Persian words for temporal expressions (month and weekday names come from the dates layer)."""

from __future__ import annotations

DAY_OFFSETS: dict[str, int] = {
    "امروز": 0, "دیروز": -1, "پریروز": -2, "فردا": 1, "پس فردا": 2, "پس‌فردا": 2,
    "امشب": 0, "دیشب": -1, "شب گذشته": -1,
}  # fmt: skip
REFERENCES: dict[str, str] = {
    "اکنون": "PRESENT_REF", "هم اکنون": "PRESENT_REF", "حالا": "PRESENT_REF",
    "در حال حاضر": "PRESENT_REF", "اخیرا": "PAST_REF", "اخیراً": "PAST_REF",
    "تاکنون": "PRESENT_REF", "تا کنون": "PRESENT_REF", "در آینده": "FUTURE_REF",
    "به زودی": "FUTURE_REF", "بزودی": "FUTURE_REF",
}  # fmt: skip
CAL_UNITS: dict[str, str] = {"هفته": "week", "ماه": "month", "سال": "year", "دهه": "decade"}
SHIFT_BEFORE: dict[str, int] = {"این": 0}
SHIFT_AFTER: dict[str, int] = {
    "گذشته": -1, "پیش": -1, "قبل": -1, "آینده": 1, "بعد": 1, "جاری": 0, "اخیر": -1,
}  # fmt: skip
EDGES: tuple[str, ...] = ("اوایل", "اواخر", "اواسط", "ابتدای", "پایان", "آغاز", "اول", "آخر")
WEEKDAY_BEFORE: dict[str, int] = {"روز": 0}
WEEKDAY_AFTER: dict[str, int] = {"گذشته": -1, "پیش": -1, "آینده": 1}
DAY_PARTS: dict[str, str] = {
    "صبح": "MO", "بامداد": "MO", "عصر": "AF", "شب": "NI", "ظهر": "AF", "بعدازظهر": "AF",
    "بعد از ظهر": "AF", "شامگاه": "EV",
}  # fmt: skip
NUMBERS: dict[str, int] = {
    "یک": 1, "دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6, "هفت": 7, "هشت": 8, "نه": 9,
    "ده": 10, "چند": 0,
}  # fmt: skip
UNITS: dict[str, str] = {
    "ثانیه": "S", "دقیقه": "MIN", "ساعت": "H", "روز": "D", "هفته": "W", "ماه": "M", "سال": "Y",
    "دهه": "DE", "قرن": "CE",
}  # fmt: skip
APPROXIMATELY: tuple[str, ...] = ("حدود", "حدودا", "تقریبا")
# Persian news tells what is scheduled in the present tense: "برگزار می‌شود", "به پایان می‌رسد".
FUTURE_TENSE: tuple[str, ...] = (
    "خواهد", "خواهند", "قرار است", "می‌شود", "می‌شوند", "می‌کند", "می‌کنند", "می‌رسد",
    "می‌دهد", "می‌دهند", "می‌رود", "می‌آید",
)  # fmt: skip
AGO_BEFORE: tuple[str, ...] = ()
AGO_AFTER: tuple[str, ...] = ("پیش", "قبل")
LATER_AFTER: tuple[str, ...] = ("بعد", "دیگر")
DURATION_BEFORE: tuple[str, ...] = ("به مدت", "طی", "در طول", "حدود")
SEASONS: dict[str, str] = {"بهار": "SP", "تابستان": "SU", "پاییز": "FA", "زمستان": "WI"}
QUARTERS: dict[str, int] = {}
SETS: dict[str, str] = {"روزانه": "P1D", "هر روز": "P1D", "سالانه": "P1Y", "هر سال": "P1Y"}
INTERVAL_OPEN: tuple[str, ...] = ("از", "بین")
INTERVAL_JOIN: tuple[str, ...] = ("تا", "و", "-")
YEAR_BEFORE: tuple[str, ...] = ("سال", "در سال")
CLOCK_AM: tuple[str, ...] = ("صبح", "بامداد")
CLOCK_PM: tuple[str, ...] = ("بعدازظهر", "بعد از ظهر", "عصر", "شب")
CLOCK_WORDS: dict[str, str] = {}
CLOCK_BEFORE: tuple[str, ...] = ("ساعت",)
DECADE_WORDS: dict[str, int] = {}
THIS_YEAR: dict[str, int] = {"امسال": 0, "پارسال": -1}

COUNTED: tuple[str, ...] = (
    "نفر", "تن", "کشته", "زخمی", "دلار", "تومان", "ریال", "کیلومتر", "متر", "خانوار", "خانه",
    "کودک", "نیرو", "سرباز", "مورد", "واحد",
)  # fmt: skip
QUARTER_NAMES: tuple[str, ...] = ()
QUARTER_ORDINALS: dict[str, int] = {}
SPAN_AFTER: tuple[str, ...] = ("گذشته", "اخیر", "آینده")
