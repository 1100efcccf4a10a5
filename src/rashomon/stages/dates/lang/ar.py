"""Arabic month names (Gregorian: Egyptian/Gulf, Levantine, Maghrebi; lunar Hijri) and
relative-date words. Written in the folded form of :func:`rashomon.text.normalize.normalize`
is not required: the parser folds these names itself."""

from __future__ import annotations

_GREGORIAN = (
    ("يناير", "كانون الثاني", "جانفي"),
    ("فبراير", "شباط", "فيفري"),
    ("مارس", "آذار"),
    ("أبريل", "ابريل", "إبريل", "نيسان", "أفريل", "افريل"),
    ("مايو", "أيار", "ايار", "ماي"),
    ("يونيو", "يونيه", "حزيران", "جوان"),
    ("يوليو", "يوليه", "تموز", "جويلية"),
    ("أغسطس", "اغسطس", "آب", "أوت", "اوت"),
    ("سبتمبر", "أيلول", "ايلول", "شتنبر"),
    ("أكتوبر", "اكتوبر", "تشرين الأول", "تشرين الاول"),
    ("نوفمبر", "تشرين الثاني", "نونبر"),
    ("ديسمبر", "كانون الأول", "كانون الاول", "دجنبر"),
)
_HIJRI = (
    ("محرم", "المحرم"),
    ("صفر",),
    ("ربيع الأول", "ربيع الاول", "ربيع أول"),
    ("ربيع الثاني", "ربيع الآخر", "ربيع الاخر", "ربيع ثاني"),
    ("جمادى الأولى", "جمادى الاولى", "جمادي الأولى", "جمادي الاول"),
    ("جمادى الآخرة", "جمادى الثانية", "جمادى الاخرة", "جمادي الآخر"),
    ("رجب",),
    ("شعبان",),
    ("رمضان",),
    ("شوال",),
    ("ذو القعدة", "ذي القعدة"),
    ("ذو الحجة", "ذي الحجة"),
)
MONTHS: dict[str, tuple[str, int]] = {
    **{name: ("gregorian", i) for i, names in enumerate(_GREGORIAN, 1) for name in names},
    **{name: ("hijri", i) for i, names in enumerate(_HIJRI, 1) for name in names},
}
UNITS: dict[str, str] = {
    "دقيقة": "minutes", "دقائق": "minutes", "دقيقه": "minutes",
    "ساعة": "hours", "ساعات": "hours", "ساعه": "hours",
    "يوم": "days", "أيام": "days", "ايام": "days",
    "أسبوع": "weeks", "اسبوع": "weeks", "أسابيع": "weeks", "اسابيع": "weeks",
    "شهر": "months", "أشهر": "months", "اشهر": "months", "شهور": "months",
    "سنة": "years", "سنوات": "years", "عام": "years", "أعوام": "years",
}  # fmt: skip
DUALS: dict[str, tuple[int, str]] = {
    "دقيقتين": (2, "minutes"), "ساعتين": (2, "hours"), "يومين": (2, "days"),
    "أسبوعين": (2, "weeks"), "اسبوعين": (2, "weeks"), "شهرين": (2, "months"),
    "سنتين": (2, "years"), "عامين": (2, "years"),
}  # fmt: skip
AGO_BEFORE: tuple[str, ...] = ("منذ", "قبل")
DAY_WORDS: dict[str, int] = {"اليوم": 0, "أمس": 1, "امس": 1, "البارحة": 1}
NUMBER_WORDS: dict[str, int] = {"ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "خمسة": 5}
HIJRI_MARKERS: tuple[str, ...] = ("هـ", "ه.", "هجري", "هجرية", "للهجرة")
RELATED_LABELS: tuple[str, ...] = (
    "اقرأ أيضا", "اقرأ أيضاً", "اقرأ ايضا", "مواضيع ذات صلة", "أخبار ذات صلة", "اخبار ذات صلة",
    "الأكثر قراءة", "المزيد",
)  # fmt: skip
PUBLISHED_LABELS: tuple[str, ...] = ("تاريخ النشر", "نشر في", "نشر بتاريخ", "نُشر في")
WEEKDAYS: dict[str, int] = {
    "الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الاربعاء": 2, "الخميس": 3,
    "الجمعة": 4, "السبت": 5, "الأحد": 6, "الاحد": 6,
}  # fmt: skip
# "١ ربيع الأول ١٤٣٩هـ الموافق ١٩ تشرين الثاني ٢٠١٧": the date after these is the same day.
EQUIVALENT: tuple[str, ...] = ("الموافق", "الموافق لـ")
DAY_NOUNS: tuple[str, ...] = ("يوم",)  # "اليوم يوم الأحد"
