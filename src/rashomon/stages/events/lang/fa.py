"""Persian event triggers (the matcher allows the personal and perfect endings after them)."""

from __future__ import annotations

PREFIX = ""
SUFFIX = r"(?:ند|ه است|ه اند|هاند|ه|ی)?"

TRIGGERS: dict[str, tuple[str, ...]] = {
    "territory-taken": (
        "آزاد کرد", "آزاد کردند", "آزاد شد", "آزادسازی", "آزاد سازی", "تصرف کرد", "تصرف",
        "کنترل", "سیطره", "بازپس گرفت", "پس گرفت", "وارد شد", "وارد شدند", "پاکسازی",
        "اشغال کرد", "سقوط", "شکستند", "شکسته شد",
    ),
    "remote-violence": (
        "حمله پهپادی", "حمله موشکی", "حملات هوایی", "حمله هوایی", "موشک", "موشکی", "بمباران",
        "گلوله‌باران",
        "هدف قرار داد", "هدف قرار دادند", "شلیک کرد", "شلیک", "پهپادی", "انفجار",
        "انفجارها", "بمب‌گذاری", "بمب گذاری", "منفجر شد", "منفجر کرد", "عملیات انتحاری",
    ),
    "violence-against-civilians": ("کشتار", "قتل عام", "اعدام", "ربود", "ربودند"),
    "killing": (
        "ترور", "کشته شد", "کشته شدند", "کشته", "به شهادت رسید", "به شهادت رسیدند", "شهادت",
        "کشت", "کشتند", "هلاکت", "به هلاکت رسید",
    ),
    "battle": ("درگیری", "درگیری‌ها", "نبرد", "جنگ", "درگیر شدند", "زد و خورد"),
    "visit-meeting": ("دیدار", "دیدار کرد", "سفر", "بازدید", "ملاقات", "گفتگو کرد", "مذاکره"),
    "statement-threat": ("تهدید", "تهدید کرد", "هشدار", "هشدار داد", "انتقام", "انتقام سخت"),
    "protest": ("تظاهرات", "اعتراض", "اعتراضات", "تجمع", "راهپیمایی", "معترضان"),
    "agreement": ("توافق", "توافقنامه", "آتش‌بس", "آتش بس", "امضا کرد", "امضا", "قرارداد"),
    "arrest": ("بازداشت", "بازداشت کرد", "دستگیر", "دستگیر کرد", "دستگیر شد"),
}  # fmt: skip
WEAPONS: dict[str, str] = {
    "پهپاد": "air/drone strike", "پهپادی": "air/drone strike", "هوایی": "air/drone strike",
    "جنگنده": "air/drone strike", "موشک": "shelling/artillery/missile attack",
    "موشکی": "shelling/artillery/missile attack", "توپخانه": "shelling/artillery/missile attack",
    "خمپاره": "shelling/artillery/missile attack", "بمب کنار جاده": "remote explosive/landmine/IED",
    "خودروی بمب‌گذاری": "remote explosive/landmine/IED", "انفجار": "remote explosive/landmine/IED",
    "انتحاری": "remote explosive/landmine/IED",
}  # fmt: skip
AMBIGUOUS: tuple[str, ...] = ("حمله", "حملات", "تهاجم")
INTRANSITIVE: tuple[str, ...] = (
    "کشته شد", "کشته شدند", "به شهادت رسید", "به شهادت رسیدند", "شهادت", "کشته", "ترور",
    "به هلاکت رسید", "هلاکت",
)  # fmt: skip
LOSER: tuple[str, ...] = ("از",)
BY: tuple[str, ...] = ("توسط", "به دست")
OBJECT: tuple[str, ...] = ("را",)
PLACE_PREP: tuple[str, ...] = ("در", "نزدیک", "به", "شهر", "منطقه")
OPPONENT: tuple[str, ...] = ("با", "علیه", "به")
# "نیروهایی از ارتش": units of the army, not the side that loses.
PARTITIVE: tuple[str, ...] = ("نیروهایی", "واحدهایی", "یگان‌هایی", "رزمندگانی", "گروهی")
PRONOUNS: tuple[str, ...] = ("او", "آنها", "آن‌ها", "ایشان", "وی", "ما")
SUBJECT_STOP: tuple[str, ...] = ()  # the subject comes first
PASSIVE: tuple[str, ...] = ()
