"""Arabic event triggers (the matcher allows و/ف/ب/ل and the article before them)."""

from __future__ import annotations

PREFIX = "(?:و|ف)?(?:ب|ل)?(?:ال)?"
SUFFIX = "(?:ها|هم|وا)?"

TRIGGERS: dict[str, tuple[str, ...]] = {
    "territory-taken": (
        "حرر", "حررت", "يحرر", "تحرر", "تحرير", "سيطر", "سيطرت", "يسيطر", "تسيطر", "سيطرة",
        "استعاد", "استعادت", "يستعيد", "استعادة", "انتزع", "انتزعت", "دخل", "دخلت", "دخول",
        "سقطت بيد", "سقوط", "طرد", "طردت", "كسر حصار", "فك حصار", "كسر الحصار", "فك الحصار",
    ),
    "remote-violence": (
        "غارة", "غارات", "قصف", "قصفت", "يقصف", "ضربة", "ضربات", "استهدف", "استهدفت",
        "استهداف", "صاروخ", "صواريخ", "صاروخية", "أطلق", "أطلقت", "انفجار", "انفجارات",
        "تفجير", "تفجيرات", "انفجر", "انفجرت", "فجرت",
    ),
    "violence-against-civilians": (
        "مجزرة", "مجازر", "أعدم", "أعدمت", "إعدام", "إعدامات", "خطف", "اختطف", "حرق", "إحراق",
    ),
    "killing": (
        "قتل", "قتلت", "مقتل", "اغتيال", "اغتال", "اغتالت", "استشهاد", "استشهد", "ارتقى",
        "تصفية",
    ),
    "battle": ("اشتباكات", "اشتباك", "اشتبك", "اشتبكت", "معارك", "معركة", "مواجهات"),
    "visit-meeting": (
        "زار", "زارت", "زيارة", "التقى", "التقت", "لقاء", "استقبل", "استقبلت", "اجتمع",
        "اجتماع", "محادثات",
    ),
    "statement-threat": ("هدد", "هددت", "تهديد", "توعد", "توعدت", "حذر", "حذرت", "انتقام", "ثأر"),
    "protest": (
        "تظاهر", "تظاهرة", "مظاهرة", "مظاهرات", "متظاهرون", "متظاهرين", "احتجاج",
        "احتجاجات", "محتجون", "اعتصام", "مسيرة",
    ),
    "agreement": ("اتفاق", "اتفاقية", "هدنة", "وقف إطلاق النار", "وقع", "وقعت", "تسوية"),
    "arrest": ("اعتقل", "اعتقلت", "اعتقال", "احتجز", "احتجزت", "القبض", "توقيف", "أوقف"),
}  # fmt: skip
WEAPONS: dict[str, str] = {
    "غارة": "air/drone strike", "غارات": "air/drone strike", "طائرة مسيرة": "air/drone strike",
    "مسيرة": "air/drone strike", "الطيران": "air/drone strike", "جوية": "air/drone strike",
    "صاروخ": "shelling/artillery/missile attack", "صواريخ": "shelling/artillery/missile attack",
    "قصف مدفعي": "shelling/artillery/missile attack", "قذائف": "shelling/artillery/missile attack",
    "عبوة ناسفة": "remote explosive/landmine/IED", "مفخخة": "remote explosive/landmine/IED",
    "انفجار": "remote explosive/landmine/IED", "تفجير": "remote explosive/landmine/IED",
    "انتحاري": "remote explosive/landmine/IED",
}  # fmt: skip
AMBIGUOUS: tuple[str, ...] = ("هجوم", "هجمات", "اعتداء")
INTRANSITIVE: tuple[str, ...] = ("استشهد", "استشهاد", "مقتل", "ارتقى", "اغتيال")
LOSER: tuple[str, ...] = ("من",)
BY: tuple[str, ...] = ("من قبل", "على يد", "بيد")
OBJECT: tuple[str, ...] = ()
PLACE_PREP: tuple[str, ...] = ("في", "قرب", "بالقرب من", "على", "داخل", "مدينة", "بلدة", "إلى")
OPPONENT: tuple[str, ...] = ("ضد", "مع", "على", "استهدف", "استهدفت")
# "وحدات من الجيش": units of the army; the army acts (verb-subject order), it loses nothing.
PARTITIVE: tuple[str, ...] = (
    "وحدات", "وحدة", "قوات", "عناصر", "مقاتلون", "مقاتلي", "جنود", "فصائل", "كتائب", "مجموعة",
)  # fmt: skip
PRONOUNS: tuple[str, ...] = ("هو", "هي", "هم", "هن", "نحن")
# Words after which a verb's subject is no longer sought (verb-subject order): "سيطرت على
# كركوك بعد انسحاب البيشمركة" (the Peshmerga withdrew; they did not take the city).
SUBJECT_STOP: tuple[str, ...] = ("بعد", "قبل", "عقب", "إثر", "منذ", "حتى", "بسبب", "لكن")
PASSIVE: tuple[str, ...] = ()
