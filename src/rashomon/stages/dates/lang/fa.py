"""Persian month names (Solar Hijri / Jalali and Gregorian) and relative-date words."""

from __future__ import annotations

_JALALI = (
    ("فروردین",),
    ("اردیبهشت",),
    ("خرداد",),
    ("تیر",),
    ("مرداد", "امرداد"),
    ("شهریور",),
    ("مهر",),
    ("آبان",),
    ("آذر",),
    ("دی",),
    ("بهمن",),
    ("اسفند",),
)
_GREGORIAN = (
    ("ژانویه", "ژانویهٔ"),
    ("فوریه",),
    ("مارس",),
    ("آوریل", "آپریل"),
    ("مه", "می"),
    ("ژوئن",),
    ("ژوئیه", "جولای"),
    ("اوت", "آگوست"),
    ("سپتامبر",),
    ("اکتبر",),
    ("نوامبر",),
    ("دسامبر",),
)
MONTHS: dict[str, tuple[str, int]] = {
    **{name: ("gregorian", i) for i, names in enumerate(_GREGORIAN, 1) for name in names},
    **{name: ("jalali", i) for i, names in enumerate(_JALALI, 1) for name in names},
}
UNITS: dict[str, str] = {
    "دقیقه": "minutes", "ساعت": "hours", "روز": "days", "هفته": "weeks",
    "ماه": "months", "سال": "years",
}  # fmt: skip
AGO_AFTER: tuple[str, ...] = ("پیش", "قبل")
DAY_WORDS: dict[str, int] = {"امروز": 0, "دیروز": 1}
NUMBER_WORDS: dict[str, int] = {"یک": 1, "دو": 2, "سه": 3, "چند": 3}
JALALI_MARKERS: tuple[str, ...] = ("ه.ش", "هـ.ش", "شمسی", "خورشیدی")
RELATED_LABELS: tuple[str, ...] = (
    "بیشتر بخوانید", "مطالب مرتبط", "اخبار مرتبط", "مطالب پیشنهادی", "پربازدیدترین",
)  # fmt: skip
PUBLISHED_LABELS: tuple[str, ...] = ("تاریخ انتشار", "منتشر شده", "زمان انتشار")
WEEKDAYS: dict[str, int] = {
    "دوشنبه": 0, "سه‌شنبه": 1, "سه شنبه": 1, "چهارشنبه": 2, "پنجشنبه": 3, "پنج‌شنبه": 3,
    "پنج شنبه": 3, "جمعه": 4, "شنبه": 5, "یکشنبه": 6, "یک‌شنبه": 6, "یک شنبه": 6,
}  # fmt: skip
EQUIVALENT: tuple[str, ...] = ("مصادف با", "برابر با")
DAY_NOUNS: tuple[str, ...] = ("روز",)  # "امروز روز یکشنبه"
