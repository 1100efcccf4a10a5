"""Write ``claims_gold.jsonl``: our own short news articles (CC0, written for this set) in
English, Arabic and Persian, each story told by several outlets that disagree (who took a town,
casualty figures, a strike claimed and denied), annotated with entity mentions, times, events
and attributed claims. The facts (names, places, dates) are public record; the sentences are
ours and the outlets are invented.

Run ``.venv/bin/python benchmarks/data/claims_gold_make.py`` to rebuild ``claims_gold.jsonl``
(dev and test articles), ``claims_gold_train.jsonl`` (train articles) and
``claims_gold_links.jsonl``; it checks that every annotated string occurs in its article.

``claims_gold_links.jsonl``: pairs of sentences (article id and a string inside the sentence)
and how the second stands to the first: ``corroborates`` (the same fact), ``contradicts``
(the same event told with a different actor, date, figure, or asserted by one and denied by
the other) or ``unrelated``. A link's split is that of its first article's story.

Split: the articles of the stories in ``DEV_STORIES`` are for development (rules were tuned
looking at them); those in ``TRAIN_STORIES`` were written later, to train the claim-link
classifier (:mod:`rashomon.stages.claims.train_links`; only their mentions and times are
annotated, their links are the labels); the others are held out, written after the rules and
measured only.

Annotation conventions (strings, resolved to offsets by ``benchmarks/eval_claims.py``):

* ``mentions``: surface string -> (type PER|ORG|LOC|FAC, canonical key); every occurrence of
  the string in the article is a mention. LOC and FAC mentions are also the article's places
  (their key is the place id).
* ``times``: surface string -> ISO 8601 value (as the time stage would give it).
* ``events``: one per sentence and type, wherever a sentence tells that the event happened
  (a later "the strike" counts again; an event said not to have happened does not): ``type``
  (see ``docs/events.md``), ``trigger`` (the first occurrence of the string; ``"word#2"``
  for the second), ``actor``/``target`` (lists of entity keys; the actor is the side that
  acts, the target the side acted on: the loser of a place, the person killed, the side
  attacked or met), ``place`` (a key) and ``date`` (the value of the sentence's time
  expression), each only when the sentence itself says it.
* ``claims``: one per sentence with an attribution: ``speaker`` (the words naming the speaker
  in that sentence: the pronoun itself for "he said"; null where Arabic or Persian drops the
  subject), ``entity`` (the speaker's key; a pronoun's is its antecedent's), ``kind``
  (``named`` or ``unnamed``), ``cue``, ``content`` (what is claimed, without the
  complementizer and the final stop), ``hedged`` (a hedging word in the sentence or a
  distancing verb such as "claimed"), ``negated`` (a denial verb, or a negation in the
  content; both together cancel out). Sentences without attribution are the outlet's own
  claims and are not listed.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
OUT = HERE / "claims_gold.jsonl"
# the train stories live apart: other benchmarks read claims_gold.jsonl as dev + test
TRAIN_OUT = HERE / "claims_gold_train.jsonl"
DEV_STORIES = {"albukamal-2017", "soleimani-2020", "ain-al-asad-2020", "amerli-2014", "kirkuk-2017"}
TRAIN_STORIES = {
    "shayrat-2017", "erbil-2022", "abqaiq-2019", "shebaa-2020", "tharda-2016", "balyun-2020",
    "tankers-2019", "kabul-airport-2021",
}  # fmt: skip


def split_of(story: str) -> str:
    """``train`` (the link classifier learns from it), ``dev`` (rules and the classifier's
    threshold tuned on it) or ``test`` (measured only)."""
    return "train" if story in TRAIN_STORIES else "dev" if story in DEV_STORIES else "test"


Article = dict[str, Any]
ARTICLES: list[Article] = []


def article(
    id: str,
    lang: str,
    story: str,
    outlet: str,
    text: str,
    mentions: dict[str, tuple[str, str]],
    times: dict[str, str] | None = None,
    events: list[dict[str, Any]] | None = None,
    claims: list[dict[str, Any]] | None = None,
) -> None:
    ARTICLES.append({
        "id": id, "lang": lang, "story": story, "outlet": outlet,
        "split": split_of(story),
        "text": " ".join(text.split()),
        "mentions": [[s, t, k] for s, (t, k) in mentions.items()],
        "times": [[s, v] for s, v in (times or {}).items()],
        "events": events or [], "claims": claims or [],
    })  # fmt: skip


def ev(type: str, trigger: str, actor: list[str] | None = None, target: list[str] | None = None,
       place: str | None = None, date: str | None = None) -> dict[str, Any]:  # fmt: skip
    return {"type": type, "trigger": trigger, "actor": actor or [], "target": target or [],
            "place": place, "date": date}  # fmt: skip


def cl(speaker: str | None, cue: str, content: str, entity: str | None = None,
       kind: str = "named", hedged: bool = False,
       negated: bool = False) -> dict[str, Any]:  # fmt: skip
    return {"speaker": speaker, "entity": entity, "kind": kind, "cue": cue, "content": content,
            "hedged": hedged, "negated": negated}  # fmt: skip


TT, RV, KI, BA, CV = (
    "territory-taken",
    "remote-violence",
    "killing",
    "battle",
    "violence-against-civilians",
)
VI, TH, PR, AG, AR = "visit-meeting", "statement-threat", "protest", "agreement", "arrest"

# --- Al-Bukamal, November 2017 (dev) -------------------------------------------------------

article(
    "albukamal-en-1",
    "en",
    "albukamal-2017",
    "Levant Courier",
    """The Syrian army and its allies liberated Al-Bukamal from ISIS on 19 November 2017.
    Army spokesman Ali Mayhoub told state television that the town was completely cleared of
    militants. He added that engineering units were removing mines from the streets. According
    to the Syrian Observatory for Human Rights, fighting continued on the eastern edge of the
    town.""",
    {
        "Syrian army": ("ORG", "syrian-army"),
        "Al-Bukamal": ("LOC", "albukamal"),
        "ISIS": ("ORG", "isis"),
        "Ali Mayhoub": ("PER", "ali-mayhoub"),
        "Syrian Observatory for Human Rights": ("ORG", "sohr"),
    },
    {"19 November 2017": "2017-11-19"},
    [ev(TT, "liberated", ["syrian-army"], ["isis"], "albukamal", "2017-11-19"), ev(BA, "fighting")],
    [
        cl("Ali Mayhoub", "told", "the town was completely cleared of militants", "ali-mayhoub"),
        cl("He", "added", "engineering units were removing mines from the streets", "ali-mayhoub"),
        cl(
            "the Syrian Observatory for Human Rights",
            "According to",
            "fighting continued on the eastern edge of the town",
            "sohr",
        ),
    ],
)
article(
    "albukamal-en-2",
    "en",
    "albukamal-2017",
    "Euphrates Monitor",
    """Iranian-backed militias took control of Al-Bukamal on Sunday, while regime troops stayed
    on the western outskirts. Local activists said Hezbollah fighters led the assault. The
    militias reportedly looted shops in the town centre. Damascus claimed that its own forces
    had captured the town.""",
    {
        "Al-Bukamal": ("LOC", "albukamal"),
        "Hezbollah": ("ORG", "hezbollah"),
        "Damascus": ("LOC", "syrian-government"),
    },
    {"Sunday": "2017-11-19"},
    [
        ev(TT, "took control", place="albukamal", date="2017-11-19"),
        ev(BA, "assault", ["hezbollah"]),
        ev(TT, "captured", ["syrian-government"], place="albukamal"),
    ],
    [
        cl("Local activists", "said", "Hezbollah fighters led the assault", kind="unnamed"),
        cl(
            "Damascus",
            "claimed",
            "its own forces had captured the town",
            "syrian-government",
            hedged=True,
        ),
    ],
)
article(
    "albukamal-ar-1",
    "ar",
    "albukamal-2017",
    "صحيفة الفرات",
    """حرر الجيش السوري وحلفاؤه مدينة البوكمال من تنظيم داعش يوم الأحد. وقال مصدر عسكري لوكالة
    سانا إن وحدات الهندسة بدأت بتفكيك العبوات الناسفة. وأضاف أن الإرهابيين فروا باتجاه
    البادية. ونفى المصدر مشاركة أي قوات أجنبية في المعركة.""",
    {
        "الجيش السوري": ("ORG", "syrian-army"),
        "البوكمال": ("LOC", "albukamal"),
        "داعش": ("ORG", "isis"),
        "سانا": ("ORG", "sana"),
    },
    {"يوم الأحد": "2017-11-19"},
    [ev(TT, "حرر", ["syrian-army"], ["isis"], "albukamal", "2017-11-19"), ev(BA, "المعركة")],
    [
        cl("مصدر عسكري", "وقال", "وحدات الهندسة بدأت بتفكيك العبوات الناسفة", kind="unnamed"),
        cl(None, "وأضاف", "الإرهابيين فروا باتجاه البادية", kind="unnamed"),
        cl("المصدر", "ونفى", "مشاركة أي قوات أجنبية في المعركة", kind="unnamed", negated=True),
    ],
)
article(
    "albukamal-ar-2",
    "ar",
    "albukamal-2017",
    "مرصد الشرق الحر",
    """سيطرت ميليشيات الحرس الثوري الإيراني على البوكمال بعد انسحاب داعش منها. وأفاد ناشطون
    بأن عناصر حزب الله قادوا الهجوم على المدينة. وبحسب شهود عيان، فإن قوات النظام لم تدخل
    الأحياء الشرقية. وزعم إعلام النظام أن الجيش وحده حرر المدينة.""",
    {
        "الحرس الثوري": ("ORG", "irgc"),
        "البوكمال": ("LOC", "albukamal"),
        "داعش": ("ORG", "isis"),
        "حزب الله": ("ORG", "hezbollah"),
        "الجيش": ("ORG", "syrian-army"),
    },
    {},
    [
        ev(TT, "سيطرت", ["irgc"], place="albukamal"),
        ev(BA, "الهجوم", ["hezbollah"]),
        ev(TT, "حرر", ["syrian-army"]),
    ],
    [
        cl("ناشطون", "وأفاد", "عناصر حزب الله قادوا الهجوم على المدينة", kind="unnamed"),
        cl(
            "شهود عيان",
            "وبحسب",
            "قوات النظام لم تدخل الأحياء الشرقية",
            kind="unnamed",
            negated=True,
        ),
        cl("إعلام النظام", "وزعم", "الجيش وحده حرر المدينة", hedged=True),
    ],
)
article(
    "albukamal-fa-1",
    "fa",
    "albukamal-2017",
    "خبرگزاری افق",
    """ارتش سوریه و متحدانش روز یکشنبه البوکمال را از داعش آزاد کردند. به گزارش خبرگزاری افق،
    سردار قاسم سلیمانی در خط مقدم نبرد حضور داشت. یک فرمانده میدانی گفت که تروریست‌ها به سمت
    مرز عراق گریختند. وی افزود: پاکسازی شهر ادامه دارد.""",
    {
        "ارتش سوریه": ("ORG", "syrian-army"),
        "البوکمال": ("LOC", "albukamal"),
        "داعش": ("ORG", "isis"),
        "قاسم سلیمانی": ("PER", "soleimani"),
        "خبرگزاری افق": ("ORG", "ofogh-news"),
        "عراق": ("LOC", "iraq"),
    },
    {"روز یکشنبه": "2017-11-19"},
    [
        ev(TT, "آزاد کردند", ["syrian-army"], ["isis"], "albukamal", "2017-11-19"),
        ev(BA, "نبرد"),
        ev(TT, "پاکسازی"),
    ],
    [
        cl(
            "خبرگزاری افق", "به گزارش", "سردار قاسم سلیمانی در خط مقدم نبرد حضور داشت", "ofogh-news"
        ),
        cl("یک فرمانده میدانی", "گفت", "تروریست‌ها به سمت مرز عراق گریختند", kind="unnamed"),
        cl("وی", "افزود", "پاکسازی شهر ادامه دارد", kind="unnamed"),
    ],
)
article(
    "albukamal-fa-2",
    "fa",
    "albukamal-2017",
    "پایگاه خبری شرق آزاد",
    """به ادعای رسانه‌های دولتی سوریه، ارتش این کشور البوکمال را تصرف کرده است. اما منابع محلی
    گفتند که نیروهای حزب الله و سپاه پاسداران کنترل شهر را در دست دارند. ساکنان شهر از غارت
    خانه‌ها توسط شبه‌نظامیان خبر دادند.""",
    {
        "سوریه": ("LOC", "syria"),
        "البوکمال": ("LOC", "albukamal"),
        "حزب الله": ("ORG", "hezbollah"),
        "سپاه پاسداران": ("ORG", "irgc"),
    },
    {},
    [ev(TT, "تصرف", place="albukamal"), ev(TT, "کنترل", ["hezbollah", "irgc"])],
    [
        cl(
            "رسانه‌های دولتی سوریه",
            "به ادعای",
            "ارتش این کشور البوکمال را تصرف کرده است",
            hedged=True,
        ),
        cl(
            "منابع محلی",
            "گفتند",
            "نیروهای حزب الله و سپاه پاسداران کنترل شهر را در دست دارند",
            kind="unnamed",
        ),
        cl("ساکنان شهر", "خبر دادند", "غارت خانه‌ها توسط شبه‌نظامیان", kind="unnamed"),
    ],
)

# --- Soleimani, January 2020 (dev) -----------------------------------------------------------

article(
    "soleimani-en-1",
    "en",
    "soleimani-2020",
    "Capitol Defense Daily",
    """A U.S. drone strike killed Quds Force commander Qassem Soleimani near Baghdad airport on
    3 January 2020. The Pentagon said in a statement that the strike was a defensive action.
    Officials said Abu Mahdi al-Muhandis was also killed in the convoy. President Trump warned
    Iran against retaliation.""",
    {
        "U.S.": ("LOC", "us"),
        "Quds Force": ("ORG", "quds-force"),
        "Qassem Soleimani": ("PER", "soleimani"),
        "Baghdad airport": ("FAC", "baghdad-airport"),
        "Pentagon": ("ORG", "pentagon"),
        "Abu Mahdi al-Muhandis": ("PER", "muhandis"),
        "Trump": ("PER", "trump"),
        "Iran": ("LOC", "iran"),
    },
    {"3 January 2020": "2020-01-03"},
    [
        ev(KI, "killed", ["us"], ["soleimani"], "baghdad-airport", "2020-01-03"),
        ev(RV, "strike#2"),
        ev(KI, "killed#2", target=["muhandis"]),
        ev(TH, "warned", ["trump"], ["iran"]),
    ],
    [
        cl("Pentagon", "said", "the strike was a defensive action", "pentagon"),
        cl(
            "Officials",
            "said",
            "Abu Mahdi al-Muhandis was also killed in the convoy",
            kind="unnamed",
        ),
    ],
)
article(
    "soleimani-ar-1",
    "ar",
    "soleimani-2020",
    "قناة المقاومة",
    """استشهد قائد قوة القدس الحاج قاسم سليماني في غارة أمريكية قرب مطار بغداد فجر الجمعة.
    وأكد الحرس الثوري في بيان أن الرد على الجريمة سيكون قاسيا. وقال الأمين العام لحزب الله
    حسن نصر الله إن القصاص العادل هو إخراج القوات الأمريكية من المنطقة. وتوعدت فصائل عراقية
    بالانتقام.""",
    {
        "قوة القدس": ("ORG", "quds-force"),
        "قاسم سليماني": ("PER", "soleimani"),
        "مطار بغداد": ("FAC", "baghdad-airport"),
        "الحرس الثوري": ("ORG", "irgc"),
        "حسن نصر الله": ("PER", "nasrallah"),
        "حزب الله": ("ORG", "hezbollah"),
    },
    {"فجر الجمعة": "2020-01-03TMO"},
    [
        ev(KI, "استشهد", target=["soleimani"], place="baghdad-airport", date="2020-01-03TMO"),
        ev(TH, "وتوعدت"),
    ],
    [
        cl("الحرس الثوري", "وأكد", "الرد على الجريمة سيكون قاسيا", "irgc"),
        cl(
            "حسن نصر الله",
            "وقال",
            "القصاص العادل هو إخراج القوات الأمريكية من المنطقة",
            "nasrallah",
        ),
    ],
)
article(
    "soleimani-ar-2",
    "ar",
    "soleimani-2020",
    "الخليج اليوم",
    """قتل قاسم سليماني قائد فيلق القدس بضربة جوية أمريكية في بغداد. وقالت وزارة الدفاع
    الأمريكية إن سليماني كان يخطط لهجمات على دبلوماسيين أمريكيين. ونقلت وكالة رويترز عن مسؤول
    عراقي قوله إن خمسة أشخاص آخرين قتلوا في الضربة.""",
    {
        "قاسم سليماني": ("PER", "soleimani"),
        "فيلق القدس": ("ORG", "quds-force"),
        "بغداد": ("LOC", "baghdad"),
        "وزارة الدفاع الأمريكية": ("ORG", "pentagon"),
        "سليماني": ("PER", "soleimani"),
        "رويترز": ("ORG", "reuters"),
    },
    {},
    [
        ev(KI, "قتل", target=["soleimani"], place="baghdad"),
        ev(RV, "لهجمات", ["soleimani"]),
        ev(KI, "قتلوا"),
    ],
    [
        cl(
            "وزارة الدفاع الأمريكية",
            "وقالت",
            "سليماني كان يخطط لهجمات على دبلوماسيين أمريكيين",
            "pentagon",
        ),
        cl("مسؤول عراقي", "ونقلت", "خمسة أشخاص آخرين قتلوا في الضربة", kind="unnamed"),
    ],
)
article(
    "soleimani-fa-1",
    "fa",
    "soleimani-2020",
    "خبرگزاری ایران‌نما",
    """سردار قاسم سلیمانی بامداد جمعه در حمله تروریستی آمریکا در نزدیکی فرودگاه بغداد به شهادت
    رسید. سپاه پاسداران در بیانیه‌ای اعلام کرد که انتقام سختی در انتظار جنایتکاران است. آیت الله
    خامنه‌ای سه روز عزای عمومی اعلام کرد. به گفته منابع عراقی، ابومهدی المهندس نیز در این حمله
    کشته شد.""",
    {
        "قاسم سلیمانی": ("PER", "soleimani"),
        "آمریکا": ("LOC", "us"),
        "فرودگاه بغداد": ("FAC", "baghdad-airport"),
        "سپاه پاسداران": ("ORG", "irgc"),
        "خامنه‌ای": ("PER", "khamenei"),
        "ابومهدی المهندس": ("PER", "muhandis"),
    },
    {"بامداد جمعه": "2020-01-03TMO"},
    [
        ev(KI, "به شهادت", ["us"], ["soleimani"], "baghdad-airport", "2020-01-03TMO"),
        ev(TH, "انتقام", ["irgc"]),
        ev(KI, "کشته شد", target=["muhandis"]),
    ],
    [
        cl("سپاه پاسداران", "اعلام کرد", "انتقام سختی در انتظار جنایتکاران است", "irgc"),
        cl("منابع عراقی", "به گفته", "ابومهدی المهندس نیز در این حمله کشته شد", kind="unnamed"),
    ],
)
article(
    "soleimani-en-2",
    "en",
    "soleimani-2020",
    "Gulf Ledger",
    """Iraqi Prime Minister Adil Abdul-Mahdi called the strike an aggression on Iraqi
    sovereignty. The Iraqi parliament voted to expel foreign troops on 5 January 2020.
    Washington denied that the strike violated any agreement with Baghdad. Thousands of
    mourners marched in Baghdad behind the coffins.""",
    {
        "Adil Abdul-Mahdi": ("PER", "abdul-mahdi"),
        "Iraqi parliament": ("ORG", "iraqi-parliament"),
        "Washington": ("LOC", "us"),
        "Baghdad": ("LOC", "baghdad"),
    },
    {"5 January 2020": "2020-01-05"},
    [ev(RV, "strike"), ev(RV, "strike#2"), ev(PR, "marched", place="baghdad")],
    [
        cl(
            "Washington",
            "denied",
            "the strike violated any agreement with Baghdad",
            "us",
            negated=True,
        )
    ],
)

# --- Ain al-Asad, January 2020 (dev) --------------------------------------------------------

article(
    "asad-fa-1",
    "fa",
    "ain-al-asad-2020",
    "خبرگزاری ایران‌نما",
    """نیروی هوافضای سپاه پاسداران بامداد چهارشنبه پایگاه عین‌الاسد را با ده‌ها موشک هدف قرار
    داد. به گزارش صدا و سیما، دست‌کم ۸۰ نظامی آمریکایی در این حمله کشته شدند. سپاه هشدار داد
    که هر پاسخی با واکنش کوبنده‌تری روبرو خواهد شد.""",
    {
        "سپاه پاسداران": ("ORG", "irgc"),
        "عین‌الاسد": ("FAC", "ain-al-asad"),
        "صدا و سیما": ("ORG", "irib"),
        "سپاه": ("ORG", "irgc"),
    },
    {"بامداد چهارشنبه": "2020-01-08TMO"},
    [
        ev(RV, "هدف قرار", ["irgc"], place="ain-al-asad", date="2020-01-08TMO"),
        ev(KI, "کشته شدند"),
        ev(TH, "هشدار", ["irgc"]),
    ],
    [
        cl("صدا و سیما", "به گزارش", "دست‌کم ۸۰ نظامی آمریکایی در این حمله کشته شدند", "irib"),
        cl("سپاه", "هشدار داد", "هر پاسخی با واکنش کوبنده‌تری روبرو خواهد شد", "irgc"),
    ],
)
article(
    "asad-en-1",
    "en",
    "ain-al-asad-2020",
    "Capitol Defense Daily",
    """Iran fired more than a dozen ballistic missiles at Ain al-Asad air base and Erbil on
    Wednesday. President Trump said that no Americans were harmed in the attack. Iranian state
    television claimed that 80 American soldiers had been killed. The Pentagon later confirmed
    that 109 troops were diagnosed with traumatic brain injuries.""",
    {
        "Iran": ("LOC", "iran"),
        "Ain al-Asad air base": ("FAC", "ain-al-asad"),
        "Erbil": ("LOC", "erbil"),
        "Trump": ("PER", "trump"),
        "Iranian state television": ("ORG", "irib"),
        "Pentagon": ("ORG", "pentagon"),
    },
    {"Wednesday": "2020-01-08"},
    [
        ev(RV, "fired", ["iran"], place="ain-al-asad", date="2020-01-08"),
        ev(RV, "attack"),
        ev(KI, "killed"),
    ],
    [
        cl("Trump", "said", "no Americans were harmed in the attack", "trump", negated=True),
        cl(
            "Iranian state television",
            "claimed",
            "80 American soldiers had been killed",
            "irib",
            hedged=True,
        ),
        cl(
            "Pentagon",
            "confirmed",
            "109 troops were diagnosed with traumatic brain injuries",
            "pentagon",
        ),
    ],
)
article(
    "asad-ar-1",
    "ar",
    "ain-al-asad-2020",
    "الخليج اليوم",
    """أطلقت إيران فجر الأربعاء صواريخ باليستية على قاعدة عين الأسد في الأنبار. ونفت واشنطن وقوع
    أي إصابات بين جنودها. وزعمت وسائل إعلام إيرانية أن الهجوم أوقع ثمانين قتيلا. وذكرت الحكومة
    العراقية أنها تلقت إشعارا مسبقا من طهران قبل القصف.""",
    {
        "إيران": ("LOC", "iran"),
        "عين الأسد": ("FAC", "ain-al-asad"),
        "الأنبار": ("LOC", "anbar"),
        "واشنطن": ("LOC", "us"),
        "الحكومة العراقية": ("ORG", "iraqi-government"),
        "طهران": ("LOC", "iran"),
    },
    {"فجر الأربعاء": "2020-01-08TMO"},
    [
        ev(RV, "أطلقت", ["iran"], place="ain-al-asad", date="2020-01-08TMO"),
        ev(RV, "الهجوم"),
        ev(RV, "القصف"),
    ],
    [
        cl("واشنطن", "ونفت", "وقوع أي إصابات بين جنودها", "us", negated=True),
        cl("وسائل إعلام إيرانية", "وزعمت", "الهجوم أوقع ثمانين قتيلا", hedged=True),
        cl("الحكومة العراقية", "وذكرت", "تلقت إشعارا مسبقا من طهران قبل القصف", "iraqi-government"),
    ],
)

# --- Amerli, August 2014 (dev) -----------------------------------------------------------------

article(
    "amerli-en-1",
    "en",
    "amerli-2014",
    "Kurdistan Line",
    """Peshmerga fighters and Iraqi troops broke the siege of Amerli on 31 August 2014 under
    U.S. air cover. American aircraft struck ISIS positions around the town, the Pentagon said.
    A Peshmerga commander told reporters that his men entered Amerli first. Residents said
    they had survived for weeks on bread and water.""",
    {
        "Peshmerga": ("ORG", "peshmerga"),
        "Amerli": ("LOC", "amerli"),
        "U.S.": ("LOC", "us"),
        "ISIS": ("ORG", "isis"),
        "Pentagon": ("ORG", "pentagon"),
    },
    {"31 August 2014": "2014-08-31"},
    [
        ev(TT, "broke the siege", ["peshmerga"], place="amerli", date="2014-08-31"),
        ev(RV, "struck", target=["isis"]),
        ev(TT, "entered", place="amerli"),
    ],
    [
        cl(
            "the Pentagon",
            "said",
            "American aircraft struck ISIS positions around the town",
            "pentagon",
        ),
        cl("A Peshmerga commander", "told", "his men entered Amerli first", kind="unnamed"),
        cl("Residents", "said", "they had survived for weeks on bread and water", kind="unnamed"),
    ],
)
article(
    "amerli-ar-1",
    "ar",
    "amerli-2014",
    "دجلة نيوز",
    """تمكنت القوات الأمنية وفصائل الحشد الشعبي من كسر حصار آمرلي يوم الأحد. وقال قائد ميداني
    في الحشد إن المقاتلين دخلوا المدينة بعد معارك عنيفة مع تنظيم داعش. ولم تشارك قوات البيشمركة
    في الهجوم بحسب مصادر أمنية.""",
    {
        "الحشد الشعبي": ("ORG", "pmf"),
        "آمرلي": ("LOC", "amerli"),
        "الحشد": ("ORG", "pmf"),
        "داعش": ("ORG", "isis"),
        "البيشمركة": ("ORG", "peshmerga"),
    },
    {"يوم الأحد": "2014-08-31"},
    [
        ev(TT, "كسر حصار", ["pmf"], place="amerli", date="2014-08-31"),
        ev(TT, "دخلوا"),
        ev(BA, "معارك", target=["isis"]),
    ],
    [
        cl(
            "قائد ميداني في الحشد",
            "وقال",
            "المقاتلين دخلوا المدينة بعد معارك عنيفة مع تنظيم داعش",
            kind="unnamed",
        ),
        cl(
            "مصادر أمنية",
            "بحسب",
            "ولم تشارك قوات البيشمركة في الهجوم",
            kind="unnamed",
            negated=True,
        ),
    ],
)
article(
    "amerli-fa-1",
    "fa",
    "amerli-2014",
    "خبرگزاری خط مقدم",
    """رزمندگان حشد الشعبی با حضور مستشاران ایرانی حصار آمرلی را شکستند. یک منبع آگاه گفت که
    سردار سلیمانی شخصا عملیات را هدایت کرد. آمریکا ادعا کرد که حملات هوایی این کشور نقش اصلی را
    داشته است.""",
    {
        "حشد الشعبی": ("ORG", "pmf"),
        "آمرلی": ("LOC", "amerli"),
        "سلیمانی": ("PER", "soleimani"),
        "آمریکا": ("LOC", "us"),
    },
    {},
    [ev(TT, "حصار", ["pmf"], place="amerli"), ev(RV, "حملات هوایی", ["us"])],
    [
        cl("یک منبع آگاه", "گفت", "سردار سلیمانی شخصا عملیات را هدایت کرد", kind="unnamed"),
        cl("آمریکا", "ادعا کرد", "حملات هوایی این کشور نقش اصلی را داشته است", "us", hedged=True),
    ],
)

# --- Kirkuk, October 2017 (dev) ----------------------------------------------------------------

article(
    "kirkuk-en-1",
    "en",
    "kirkuk-2017",
    "Tigris Wire",
    """Iraqi forces took control of Kirkuk from the Peshmerga on 16 October 2017. Prime Minister
    Haider al-Abadi said the operation restored federal authority over the city. Kurdish
    officials accused Baghdad of launching an attack with Iranian help. The Peshmerga withdrew
    without a fight, according to local residents.""",
    {
        "Kirkuk": ("LOC", "kirkuk"),
        "Peshmerga": ("ORG", "peshmerga"),
        "Haider al-Abadi": ("PER", "abadi"),
        "Baghdad": ("LOC", "iraqi-government"),
    },
    {"16 October 2017": "2017-10-16"},
    [
        ev(TT, "took control", target=["peshmerga"], place="kirkuk", date="2017-10-16"),
        ev(BA, "attack", ["iraqi-government"]),
    ],
    [
        cl(
            "Haider al-Abadi",
            "said",
            "the operation restored federal authority over the city",
            "abadi",
        ),
        cl(
            "Kurdish officials",
            "accused",
            "Baghdad of launching an attack with Iranian help",
            kind="unnamed",
        ),
        cl(
            "local residents",
            "according to",
            "The Peshmerga withdrew without a fight",
            kind="unnamed",
        ),
    ],
)
article(
    "kirkuk-ar-1",
    "ar",
    "kirkuk-2017",
    "دجلة نيوز",
    """بسطت القوات الاتحادية سيطرتها على كركوك بعد انسحاب البيشمركة يوم الاثنين. وأكد العبادي أن
    العملية جرت دون إراقة دماء. في المقابل، اتهم مسؤولون أكراد الحشد الشعبي بحرق منازل في
    طوزخورماتو.""",
    {
        "كركوك": ("LOC", "kirkuk"),
        "البيشمركة": ("ORG", "peshmerga"),
        "العبادي": ("PER", "abadi"),
        "الحشد الشعبي": ("ORG", "pmf"),
        "طوزخورماتو": ("LOC", "tuz-khurmatu"),
    },
    {"يوم الاثنين": "2017-10-16"},
    [
        ev(TT, "سيطرتها", place="kirkuk", date="2017-10-16"),
        ev(CV, "بحرق", ["pmf"], place="tuz-khurmatu"),
    ],
    [
        cl("العبادي", "وأكد", "العملية جرت دون إراقة دماء", "abadi"),
        cl("مسؤولون أكراد", "اتهم", "الحشد الشعبي بحرق منازل في طوزخورماتو", kind="unnamed"),
    ],
)
article(
    "kirkuk-fa-1",
    "fa",
    "kirkuk-2017",
    "پایگاه خبری زاگرس",
    """نیروهای عراقی روز دوشنبه کنترل کرکوک را از پیشمرگه پس گرفتند. مقامات کرد گفتند که
    شبه‌نظامیان حشد الشعبی در عملیات حضور داشتند. دولت بغداد حضور نیروهای ایرانی را تکذیب
    کرد.""",
    {
        "کرکوک": ("LOC", "kirkuk"),
        "پیشمرگه": ("ORG", "peshmerga"),
        "حشد الشعبی": ("ORG", "pmf"),
        "دولت بغداد": ("ORG", "iraqi-government"),
    },
    {"روز دوشنبه": "2017-10-16"},
    [ev(TT, "کنترل", target=["peshmerga"], place="kirkuk", date="2017-10-16")],
    [
        cl("مقامات کرد", "گفتند", "شبه‌نظامیان حشد الشعبی در عملیات حضور داشتند", kind="unnamed"),
        cl("دولت بغداد", "تکذیب کرد", "حضور نیروهای ایرانی", "iraqi-government", negated=True),
    ],
)

# --- Mosul, July 2017 (held out) ---------------------------------------------------------------

article(
    "mosul-en-1",
    "en",
    "mosul-2017",
    "Tigris Wire",
    """Prime Minister Haider al-Abadi declared victory over Islamic State in Mosul on 10 July
    2017. Iraqi commanders said the last pockets of resistance in the Old City had been
    cleared. Amnesty International said that thousands of civilians were killed during the
    battle. The Iraqi government rejected the figure as exaggerated.""",
    {
        "Haider al-Abadi": ("PER", "abadi"),
        "Islamic State": ("ORG", "isis"),
        "Mosul": ("LOC", "mosul"),
        "Amnesty International": ("ORG", "amnesty"),
        "Iraqi government": ("ORG", "iraqi-government"),
    },
    {"10 July 2017": "2017-07-10"},
    [
        ev(TT, "declared victory", ["abadi"], ["isis"], "mosul", "2017-07-10"),
        ev(TT, "cleared"),
        ev(KI, "killed"),
    ],
    [
        cl(
            "Iraqi commanders",
            "said",
            "the last pockets of resistance in the Old City had been cleared",
            kind="unnamed",
        ),
        cl(
            "Amnesty International",
            "said",
            "thousands of civilians were killed during the battle",
            "amnesty",
        ),
        cl(
            "The Iraqi government",
            "rejected",
            "the figure as exaggerated",
            "iraqi-government",
            negated=True,
        ),
    ],
)
article(
    "mosul-ar-1",
    "ar",
    "mosul-2017",
    "العراق اليوم",
    """أعلن رئيس الوزراء حيدر العبادي من الموصل تحرير المدينة بالكامل من عصابات داعش. وقال
    المتحدث باسم العمليات المشتركة إن القوات الأمنية قتلت مئات الإرهابيين في المدينة القديمة.
    وأشاد العبادي بدور الحشد الشعبي في المعركة.""",
    {
        "حيدر العبادي": ("PER", "abadi"),
        "الموصل": ("LOC", "mosul"),
        "داعش": ("ORG", "isis"),
        "العبادي": ("PER", "abadi"),
        "الحشد الشعبي": ("ORG", "pmf"),
    },
    {},
    [ev(TT, "تحرير", ["abadi"], ["isis"], "mosul"), ev(KI, "قتلت"), ev(BA, "المعركة")],
    [
        cl("حيدر العبادي", "أعلن", "من الموصل تحرير المدينة بالكامل من عصابات داعش", "abadi"),
        cl(
            "المتحدث باسم العمليات المشتركة",
            "وقال",
            "القوات الأمنية قتلت مئات الإرهابيين في المدينة القديمة",
        ),
    ],
)
article(
    "mosul-fa-1",
    "fa",
    "mosul-2017",
    "خبرگزاری افق",
    """حیدر العبادی نخست‌وزیر عراق روز دوشنبه آزادی کامل موصل از چنگ داعش را اعلام کرد. به گزارش
    خبرنگار افق، نیروهای حشد الشعبی نقش تعیین‌کننده‌ای در نبرد داشتند. یک مقام عراقی گفت که
    شمار تلفات غیرنظامیان هنوز روشن نیست.""",
    {
        "حیدر العبادی": ("PER", "abadi"),
        "عراق": ("LOC", "iraq"),
        "موصل": ("LOC", "mosul"),
        "داعش": ("ORG", "isis"),
        "حشد الشعبی": ("ORG", "pmf"),
    },
    {"روز دوشنبه": "2017-07-10"},
    [ev(TT, "آزادی", ["abadi"], ["isis"], "mosul", "2017-07-10"), ev(BA, "نبرد")],
    [
        cl("حیدر العبادی", "اعلام کرد", "آزادی کامل موصل از چنگ داعش", "abadi"),
        cl("خبرنگار افق", "به گزارش", "نیروهای حشد الشعبی نقش تعیین‌کننده‌ای در نبرد داشتند"),
        cl(
            "یک مقام عراقی",
            "گفت",
            "شمار تلفات غیرنظامیان هنوز روشن نیست",
            kind="unnamed",
            negated=True,
        ),
    ],
)

# --- Palmyra, March 2016 (held out) ------------------------------------------------------------

article(
    "palmyra-en-1",
    "en",
    "palmyra-2016",
    "Levant Courier",
    """Syrian government forces recaptured Palmyra from Islamic State on 27 March 2016 with
    Russian air support. The Russian defence ministry said its jets had carried out dozens of
    sorties around the city. Activists claimed that the militants had blown up several
    ancient monuments before withdrawing.""",
    {
        "Syrian government forces": ("ORG", "syrian-army"),
        "Palmyra": ("LOC", "palmyra"),
        "Islamic State": ("ORG", "isis"),
        "Russian defence ministry": ("ORG", "russian-mod"),
    },
    {"27 March 2016": "2016-03-27"},
    [
        ev(TT, "recaptured", ["syrian-army"], ["isis"], "palmyra", "2016-03-27"),
        ev(RV, "sorties", ["russian-mod"]),
    ],
    [
        cl(
            "The Russian defence ministry",
            "said",
            "its jets had carried out dozens of sorties around the city",
            "russian-mod",
        ),
        cl(
            "Activists",
            "claimed",
            "the militants had blown up several ancient monuments before withdrawing",
            kind="unnamed",
            hedged=True,
        ),
    ],
)
article(
    "palmyra-ar-1",
    "ar",
    "palmyra-2016",
    "صحيفة الفرات",
    """استعاد الجيش العربي السوري مدينة تدمر الأثرية من تنظيم داعش الإرهابي يوم الأحد. وأكد
    مصدر عسكري أن وحدات الهندسة تعمل على تفكيك الألغام في المدينة. ولفت المصدر إلى أن الطيران
    الروسي قدم دعما كبيرا للعملية.""",
    {
        "الجيش العربي السوري": ("ORG", "syrian-army"),
        "تدمر": ("LOC", "palmyra"),
        "داعش": ("ORG", "isis"),
    },
    {"يوم الأحد": "2016-03-27"},
    [ev(TT, "استعاد", ["syrian-army"], ["isis"], "palmyra", "2016-03-27")],
    [
        cl("مصدر عسكري", "وأكد", "وحدات الهندسة تعمل على تفكيك الألغام في المدينة", kind="unnamed"),
        cl("المصدر", "ولفت", "الطيران الروسي قدم دعما كبيرا للعملية", kind="unnamed"),
    ],
)
article(
    "palmyra-fa-1",
    "fa",
    "palmyra-2016",
    "پایگاه خبری شرق آزاد",
    """ارتش سوریه با پشتیبانی جنگنده‌های روسیه شهر تاریخی پالمیرا را از داعش پس گرفت. به گفته
    دیده‌بان حقوق بشر سوریه، بیش از ۴۰۰ تن از شبه‌نظامیان داعش در این نبرد کشته شدند. مسکو این
    پیروزی را نتیجه حملات هوایی خود دانست.""",
    {
        "ارتش سوریه": ("ORG", "syrian-army"),
        "روسیه": ("LOC", "russia"),
        "پالمیرا": ("LOC", "palmyra"),
        "داعش": ("ORG", "isis"),
        "دیده‌بان حقوق بشر سوریه": ("ORG", "sohr"),
        "مسکو": ("LOC", "russia"),
    },
    {},
    [
        ev(TT, "پس گرفت", ["syrian-army"], ["isis"], "palmyra"),
        ev(KI, "کشته شدند"),
        ev(RV, "حملات هوایی", ["russia"]),
    ],
    [
        cl(
            "دیده‌بان حقوق بشر سوریه",
            "به گفته",
            "بیش از ۴۰۰ تن از شبه‌نظامیان داعش در این نبرد کشته شدند",
            "sohr",
        )
    ],
)

# --- Aleppo, December 2016 (held out) ----------------------------------------------------------

article(
    "aleppo-en-1",
    "en",
    "aleppo-2016",
    "Euphrates Monitor",
    """Government forces and allied militias took full control of eastern Aleppo on 22 December
    2016. The United Nations said it had received reports that 82 civilians were executed by
    pro-government fighters. Moscow dismissed the reports as propaganda. Thousands of rebels
    and civilians left the city in green buses.""",
    {"Aleppo": ("LOC", "aleppo"), "United Nations": ("ORG", "un"), "Moscow": ("LOC", "russia")},
    {"22 December 2016": "2016-12-22"},
    [ev(TT, "took full control", place="aleppo", date="2016-12-22"), ev(CV, "executed")],
    [
        cl(
            "The United Nations",
            "said",
            "it had received reports that 82 civilians were executed by pro-government fighters",
            "un",
        ),
        cl("Moscow", "dismissed", "the reports as propaganda", "russia", negated=True),
    ],
)
article(
    "aleppo-ar-1",
    "ar",
    "aleppo-2016",
    "صحيفة الفرات",
    """أعلنت القيادة العامة للجيش عودة الأمن والاستقرار إلى مدينة حلب بعد تحريرها من الإرهاب.
    ونفى مصدر رسمي الأنباء عن إعدامات ميدانية في الأحياء الشرقية. وخرج آلاف المواطنين إلى
    الشوارع احتفالا بالنصر.""",
    {"القيادة العامة للجيش": ("ORG", "syrian-army"), "حلب": ("LOC", "aleppo")},
    {},
    [ev(TT, "تحريرها", place="aleppo"), ev(PR, "خرج")],
    [
        cl(
            "القيادة العامة للجيش",
            "أعلنت",
            "عودة الأمن والاستقرار إلى مدينة حلب بعد تحريرها من الإرهاب",
            "syrian-army",
        ),
        cl(
            "مصدر رسمي",
            "ونفى",
            "الأنباء عن إعدامات ميدانية في الأحياء الشرقية",
            kind="unnamed",
            hedged=True,
            negated=True,
        ),
    ],
)
article(
    "aleppo-fa-1",
    "fa",
    "aleppo-2016",
    "خبرگزاری خط مقدم",
    """شهر حلب پس از چهار سال به طور کامل آزاد شد. فرمانده نیروهای مدافع حرم گفت که
    رزمندگان مقاومت در کنار ارتش سوریه جنگیدند. رسانه‌های غربی مدعی شدند که غیرنظامیان در
    شرق حلب اعدام شده‌اند.""",
    {"حلب": ("LOC", "aleppo"), "ارتش سوریه": ("ORG", "syrian-army")},
    {},
    [ev(TT, "آزاد شد", place="aleppo"), ev(CV, "اعدام", place="aleppo")],
    [
        cl("فرمانده نیروهای مدافع حرم", "گفت", "رزمندگان مقاومت در کنار ارتش سوریه جنگیدند"),
        cl("رسانه‌های غربی", "مدعی شدند", "غیرنظامیان در شرق حلب اعدام شده‌اند", hedged=True),
    ],
)

# --- Deir ez-Zor, September 2017 (held out) ----------------------------------------------------

article(
    "deir-en-1",
    "en",
    "deir-ezzor-2017",
    "Levant Courier",
    """Syrian troops broke the three-year siege of Deir ez-Zor on 5 September 2017. President
    Bashar al-Assad congratulated the soldiers in a telephone call. A commander said the
    advance came after heavy clashes with ISIS along the desert road.""",
    {
        "Deir ez-Zor": ("LOC", "deir-ezzor"),
        "Bashar al-Assad": ("PER", "assad"),
        "ISIS": ("ORG", "isis"),
    },
    {"5 September 2017": "2017-09-05"},
    [
        ev(TT, "broke the", place="deir-ezzor", date="2017-09-05"),
        ev(BA, "clashes", target=["isis"]),
    ],
    [
        cl(
            "A commander",
            "said",
            "the advance came after heavy clashes with ISIS along the desert road",
            kind="unnamed",
        )
    ],
)
article(
    "deir-ar-1",
    "ar",
    "deir-ezzor-2017",
    "مرصد الشرق الحر",
    """دخلت قوات النظام إلى مدينة دير الزور بعد معارك مع تنظيم داعش استمرت أسابيع. وقال ناشطون إن
    غارات روسية قتلت عشرات المدنيين في ريف المدينة. ولم يصدر أي تعليق من موسكو على هذه
    الاتهامات.""",
    {"دير الزور": ("LOC", "deir-ezzor"), "داعش": ("ORG", "isis"), "موسكو": ("LOC", "russia")},
    {},
    [ev(TT, "دخلت", place="deir-ezzor"), ev(KI, "قتلت", ["russia"])],
    [cl("ناشطون", "وقال", "غارات روسية قتلت عشرات المدنيين في ريف المدينة", kind="unnamed")],
)
article(
    "deir-fa-1",
    "fa",
    "deir-ezzor-2017",
    "خبرگزاری افق",
    """محاصره سه ساله دیرالزور توسط ارتش سوریه شکسته شد. به گزارش خبرنگار اعزامی افق، مستشاران
    ایرانی در طراحی این عملیات نقش داشتند. یک منبع نظامی افزود که داعش در جنوب شهر عقب‌نشینی
    کرده است.""",
    {
        "دیرالزور": ("LOC", "deir-ezzor"),
        "ارتش سوریه": ("ORG", "syrian-army"),
        "داعش": ("ORG", "isis"),
    },
    {},
    [ev(TT, "محاصره", ["syrian-army"], place="deir-ezzor")],
    [
        cl("خبرنگار اعزامی افق", "به گزارش", "مستشاران ایرانی در طراحی این عملیات نقش داشتند"),
        cl("یک منبع نظامی", "افزود", "داعش در جنوب شهر عقب‌نشینی کرده است", kind="unnamed"),
    ],
)

# --- Tikrit, March-April 2015 (held out) -------------------------------------------------------

article(
    "tikrit-en-1",
    "en",
    "tikrit-2015",
    "Tigris Wire",
    """Iraqi forces and Shiite militias retook Tikrit from Islamic State on 31 March 2015. U.S.
    warplanes bombed militant positions in the city centre during the final days. Militia
    leaders insisted that the airstrikes were not needed. Local officials later accused some
    fighters of looting and burning houses.""",
    {"Tikrit": ("LOC", "tikrit"), "Islamic State": ("ORG", "isis"), "U.S.": ("LOC", "us")},
    {"31 March 2015": "2015-03-31"},
    [
        ev(TT, "retook", target=["isis"], place="tikrit", date="2015-03-31"),
        ev(RV, "bombed", ["us"]),
        ev(RV, "airstrikes"),
        ev(CV, "looting"),
    ],
    [
        cl(
            "Militia leaders",
            "insisted",
            "the airstrikes were not needed",
            kind="unnamed",
            negated=True,
        ),
        cl(
            "Local officials",
            "accused",
            "some fighters of looting and burning houses",
            kind="unnamed",
        ),
    ],
)
article(
    "tikrit-ar-1",
    "ar",
    "tikrit-2015",
    "العراق اليوم",
    """حررت القوات الأمنية وفصائل الحشد الشعبي مدينة تكريت من سيطرة داعش. وأكد هادي العامري أن
    النصر تحقق بسواعد عراقية دون مساعدة أمريكية. من جهتها، قالت واشنطن إن ضرباتها الجوية مهدت
    الطريق لاقتحام المدينة.""",
    {
        "الحشد الشعبي": ("ORG", "pmf"),
        "تكريت": ("LOC", "tikrit"),
        "داعش": ("ORG", "isis"),
        "هادي العامري": ("PER", "amiri"),
        "واشنطن": ("LOC", "us"),
    },
    {},
    [ev(TT, "حررت", ["pmf"], ["isis"], "tikrit"), ev(RV, "ضرباتها", ["us"])],
    [
        cl("هادي العامري", "وأكد", "النصر تحقق بسواعد عراقية دون مساعدة أمريكية", "amiri"),
        cl("واشنطن", "قالت", "ضرباتها الجوية مهدت الطريق لاقتحام المدينة", "us"),
    ],
)
article(
    "tikrit-fa-1",
    "fa",
    "tikrit-2015",
    "خبرگزاری خط مقدم",
    """رزمندگان حشد الشعبی و ارتش عراق شهر تکریت را به طور کامل آزاد کردند. هادی العامری گفت:
    این پیروزی بدون کمک آمریکا به دست آمد. گویا شماری از فرماندهان داعش در جریان عملیات
    دستگیر شده‌اند.""",
    {
        "حشد الشعبی": ("ORG", "pmf"),
        "ارتش عراق": ("ORG", "iraqi-army"),
        "تکریت": ("LOC", "tikrit"),
        "هادی العامری": ("PER", "amiri"),
        "آمریکا": ("LOC", "us"),
        "داعش": ("ORG", "isis"),
    },
    {},
    [
        ev(TT, "آزاد کردند", ["pmf", "iraqi-army"], place="tikrit"),
        ev(AR, "دستگیر", target=["isis"]),
    ],
    [cl("هادی العامری", "گفت", "این پیروزی بدون کمک آمریکا به دست آمد", "amiri")],
)

# --- T-4 airbase strike, April 2018 (held out) -------------------------------------------------

article(
    "t4-en-1",
    "en",
    "t4-2018",
    "Capitol Defense Daily",
    """Missiles struck the T-4 airbase in Homs province early on 9 April 2018. Russia's defence
    ministry said two Israeli F-15 jets carried out the attack from Lebanese airspace. Israel
    did not comment on the strike. Iranian media reported that seven Iranian military
    advisers were killed.""",
    {
        "T-4 airbase": ("FAC", "t4-airbase"),
        "Homs": ("LOC", "homs"),
        "Russia's defence ministry": ("ORG", "russian-mod"),
        "Israel": ("LOC", "israel"),
    },
    {"9 April 2018": "2018-04-09"},
    [
        ev(RV, "struck", place="t4-airbase", date="2018-04-09"),
        ev(RV, "attack#1"),
        ev(RV, "strike"),
        ev(KI, "killed"),
    ],
    [
        cl(
            "Russia's defence ministry",
            "said",
            "two Israeli F-15 jets carried out the attack from Lebanese airspace",
            "russian-mod",
        ),
        cl("Iranian media", "reported", "seven Iranian military advisers were killed"),
    ],
)
article(
    "t4-ar-1",
    "ar",
    "t4-2018",
    "صحيفة الفرات",
    """تصدت الدفاعات الجوية السورية لعدوان صاروخي استهدف مطار التيفور في ريف حمص فجر الاثنين.
    وقالت القيادة العامة إن الدفاعات أسقطت عددا من الصواريخ. واتهمت دمشق إسرائيل بالوقوف وراء
    العدوان.""",
    {
        "مطار التيفور": ("FAC", "t4-airbase"),
        "حمص": ("LOC", "homs"),
        "القيادة العامة": ("ORG", "syrian-army"),
        "دمشق": ("LOC", "syrian-government"),
        "إسرائيل": ("LOC", "israel"),
    },
    {"فجر الاثنين": "2018-04-09TMO"},
    [ev(RV, "استهدف", place="t4-airbase", date="2018-04-09TMO")],
    [
        cl("القيادة العامة", "وقالت", "الدفاعات أسقطت عددا من الصواريخ", "syrian-army"),
        cl("دمشق", "واتهمت", "إسرائيل بالوقوف وراء العدوان", "syrian-government"),
    ],
)
article(
    "t4-fa-1",
    "fa",
    "t4-2018",
    "خبرگزاری ایران‌نما",
    """جنگنده‌های رژیم صهیونیستی پایگاه هوایی تیفور در سوریه را بمباران کردند. به گزارش
    ایران‌نما، هفت مستشار نظامی ایرانی در این حمله به شهادت رسیدند. یک مقام اسرائیلی گفته است
    که تل‌آویو حضور نظامی ایران در سوریه را تحمل نخواهد کرد.""",
    {
        "رژیم صهیونیستی": ("ORG", "israel"),
        "پایگاه هوایی تیفور": ("FAC", "t4-airbase"),
        "سوریه": ("LOC", "syria"),
        "ایران‌نما": ("ORG", "irannama"),
        "تل‌آویو": ("LOC", "israel"),
        "ایران": ("LOC", "iran"),
    },
    {},
    [ev(RV, "بمباران", ["israel"], place="t4-airbase"), ev(KI, "به شهادت")],
    [
        cl(
            "ایران‌نما",
            "به گزارش",
            "هفت مستشار نظامی ایرانی در این حمله به شهادت رسیدند",
            "irannama",
        ),
        cl(
            "یک مقام اسرائیلی",
            "گفته است",
            "تل‌آویو حضور نظامی ایران در سوریه را تحمل نخواهد کرد",
            kind="unnamed",
            negated=True,
        ),
    ],
)

# --- Baghdad protests, October 2019 (held out) --------------------------------------------------

article(
    "protest-en-1",
    "en",
    "baghdad-protests-2019",
    "Gulf Ledger",
    """Thousands of protesters gathered in Tahrir Square in Baghdad on 1 October 2019 to
    denounce corruption and unemployment. Security forces fired live ammunition at the crowds,
    witnesses said. The health ministry said that two people were killed on the first day.
    Rights groups put the toll much higher.""",
    {
        "Tahrir Square": ("LOC", "tahrir-square"),
        "Baghdad": ("LOC", "baghdad"),
        "health ministry": ("ORG", "iraq-health-ministry"),
    },
    {"1 October 2019": "2019-10-01"},
    [
        ev(PR, "protesters", place="tahrir-square", date="2019-10-01"),
        ev(CV, "fired"),
        ev(KI, "killed"),
    ],
    [
        cl(
            "witnesses",
            "said",
            "Security forces fired live ammunition at the crowds",
            kind="unnamed",
        ),
        cl(
            "The health ministry",
            "said",
            "two people were killed on the first day",
            "iraq-health-ministry",
        ),
    ],
)
article(
    "protest-ar-1",
    "ar",
    "baghdad-protests-2019",
    "العراق اليوم",
    """خرج آلاف المتظاهرين في ساحة التحرير وسط بغداد للمطالبة بالإصلاح. وأكدت قيادة عمليات بغداد
    أن القوات الأمنية لم تستخدم الرصاص الحي ضد المحتجين. واتهم رئيس الوزراء عادل عبد المهدي
    مندسين بالاعتداء على القوات الأمنية.""",
    {
        "ساحة التحرير": ("LOC", "tahrir-square"),
        "بغداد": ("LOC", "baghdad"),
        "قيادة عمليات بغداد": ("ORG", "baghdad-ops"),
        "عادل عبد المهدي": ("PER", "abdul-mahdi"),
    },
    {},
    [ev(PR, "المتظاهرين", place="tahrir-square")],
    [
        cl(
            "قيادة عمليات بغداد",
            "وأكدت",
            "القوات الأمنية لم تستخدم الرصاص الحي ضد المحتجين",
            "baghdad-ops",
            negated=True,
        ),
        cl("عادل عبد المهدي", "واتهم", "مندسين بالاعتداء على القوات الأمنية", "abdul-mahdi"),
    ],
)
article(
    "protest-fa-1",
    "fa",
    "baghdad-protests-2019",
    "خبرگزاری افق",
    """تظاهرات در بغداد و شهرهای جنوبی عراق ادامه دارد. سخنگوی دولت عراق گفت که گروه‌هایی
    وابسته به خارج در صفوف معترضان نفوذ کرده‌اند. به ادعای برخی رسانه‌ها، دست‌کم ۱۰۰ نفر در
    این اعتراضات کشته شده‌اند.""",
    {
        "بغداد": ("LOC", "baghdad"),
        "عراق": ("LOC", "iraq"),
        "دولت عراق": ("ORG", "iraqi-government"),
    },
    {},
    [ev(PR, "تظاهرات", place="baghdad"), ev(PR, "معترضان"), ev(KI, "کشته")],
    [
        cl("سخنگوی دولت عراق", "گفت", "گروه‌هایی وابسته به خارج در صفوف معترضان نفوذ کرده‌اند"),
        cl(
            "برخی رسانه‌ها",
            "به ادعای",
            "دست‌کم ۱۰۰ نفر در این اعتراضات کشته شده‌اند",
            kind="unnamed",
            hedged=True,
        ),
    ],
)

# --- Kataib Hezbollah raid, June 2020 (held out) -----------------------------------------------

article(
    "raid-en-1",
    "en",
    "kh-raid-2020",
    "Capitol Defense Daily",
    """Iraq's Counter-Terrorism Service arrested 14 members of Kataib Hezbollah in southern
    Baghdad on 25 June 2020. Officials said the men were preparing rocket attacks on the Green
    Zone. Kataib Hezbollah denied any involvement in the attacks. Most of the detainees were
    released days later.""",
    {
        "Counter-Terrorism Service": ("ORG", "cts"),
        "Kataib Hezbollah": ("ORG", "kataib-hezbollah"),
        "Baghdad": ("LOC", "baghdad"),
        "Green Zone": ("LOC", "green-zone"),
    },
    {"25 June 2020": "2020-06-25"},
    [
        ev(AR, "arrested", ["cts"], ["kataib-hezbollah"], "baghdad", "2020-06-25"),
        ev(RV, "rocket attacks"),
        ev(RV, "attacks#2"),
    ],
    [
        cl(
            "Officials",
            "said",
            "the men were preparing rocket attacks on the Green Zone",
            kind="unnamed",
        ),
        cl(
            "Kataib Hezbollah",
            "denied",
            "any involvement in the attacks",
            "kataib-hezbollah",
            negated=True,
        ),
    ],
)
article(
    "raid-ar-1",
    "ar",
    "kh-raid-2020",
    "دجلة نيوز",
    """اعتقل جهاز مكافحة الإرهاب عددا من عناصر كتائب حزب الله في منطقة الدورة جنوب بغداد. وقالت
    الكتائب في بيان إن المداهمة تخدم مصالح الاحتلال الأمريكي. وأفادت مصادر أمنية بأن القيادي
    المعتقل يشتبه بتورطه في قصف السفارة.""",
    {
        "جهاز مكافحة الإرهاب": ("ORG", "cts"),
        "كتائب حزب الله": ("ORG", "kataib-hezbollah"),
        "الدورة": ("LOC", "dora"),
        "بغداد": ("LOC", "baghdad"),
        "الكتائب": ("ORG", "kataib-hezbollah"),
    },
    {},
    [ev(AR, "اعتقل", ["cts"], ["kataib-hezbollah"], "dora"), ev(RV, "قصف")],
    [
        cl("الكتائب", "وقالت", "المداهمة تخدم مصالح الاحتلال الأمريكي", "kataib-hezbollah"),
        cl(
            "مصادر أمنية",
            "وأفادت",
            "القيادي المعتقل يشتبه بتورطه في قصف السفارة",
            kind="unnamed",
            hedged=True,
        ),
    ],
)
article(
    "raid-fa-1",
    "fa",
    "kh-raid-2020",
    "خبرگزاری خط مقدم",
    """نیروهای ضد تروریسم عراق شماری از رزمندگان کتائب حزب الله را در بغداد بازداشت کردند.
    کتائب حزب الله در بیانیه‌ای این اقدام را خدمت به اشغالگران آمریکایی خواند. منابع آگاه گفتند
    همه بازداشت‌شدگان روز بعد آزاد شدند.""",
    {"کتائب حزب الله": ("ORG", "kataib-hezbollah"), "بغداد": ("LOC", "baghdad")},
    {"روز بعد": "2020-06-26"},
    [ev(AR, "بازداشت", target=["kataib-hezbollah"], place="baghdad")],
    [cl("منابع آگاه", "گفتند", "همه بازداشت‌شدگان روز بعد آزاد شدند", kind="unnamed")],
)

# --- Rouhani in Baghdad, March 2019 (held out) --------------------------------------------------

article(
    "visit-en-1",
    "en",
    "rouhani-visit-2019",
    "Tigris Wire",
    """Iranian President Hassan Rouhani visited Baghdad on 11 March 2019 on his first official
    trip to Iraq. He met Prime Minister Adil Abdul-Mahdi and signed agreements on trade and
    railways. Washington warned Baghdad against deepening economic ties with Tehran. Rouhani
    told reporters that the two neighbours could never be separated.""",
    {
        "Hassan Rouhani": ("PER", "rouhani"),
        "Baghdad": ("LOC", "baghdad"),
        "Iraq": ("LOC", "iraq"),
        "Adil Abdul-Mahdi": ("PER", "abdul-mahdi"),
        "Washington": ("LOC", "us"),
        "Tehran": ("LOC", "iran"),
        "Rouhani": ("PER", "rouhani"),
    },
    {"11 March 2019": "2019-03-11"},
    [
        ev(VI, "visited", ["rouhani"], place="baghdad", date="2019-03-11"),
        ev(VI, "met", target=["abdul-mahdi"]),
        ev(AG, "agreements"),
        ev(TH, "warned", ["us"], ["baghdad"]),
    ],
    [cl("Rouhani", "told", "the two neighbours could never be separated", "rouhani", negated=True)],
)
article(
    "visit-ar-1",
    "ar",
    "rouhani-visit-2019",
    "الخليج اليوم",
    """وصل الرئيس الإيراني حسن روحاني إلى بغداد في زيارة رسمية تستمر ثلاثة أيام. والتقى روحاني
    رئيس الوزراء عادل عبد المهدي وبحثا تعزيز التبادل التجاري. وقال مراقبون إن الزيارة تهدف إلى
    الالتفاف على العقوبات الأمريكية.""",
    {
        "حسن روحاني": ("PER", "rouhani"),
        "بغداد": ("LOC", "baghdad"),
        "روحاني": ("PER", "rouhani"),
        "عادل عبد المهدي": ("PER", "abdul-mahdi"),
    },
    {"ثلاثة أيام": "P3D"},
    [
        ev(VI, "زيارة", ["rouhani"], place="baghdad"),
        ev(VI, "والتقى", ["rouhani"], ["abdul-mahdi"]),
        ev(VI, "الزيارة"),
    ],
    [cl("مراقبون", "وقال", "الزيارة تهدف إلى الالتفاف على العقوبات الأمريكية", kind="unnamed")],
)
article(
    "visit-fa-1",
    "fa",
    "rouhani-visit-2019",
    "خبرگزاری افق",
    """حسن روحانی رئیس‌جمهور ایران روز دوشنبه وارد بغداد شد و با عادل عبدالمهدی دیدار کرد. دو
    طرف چندین سند همکاری در زمینه تجارت و راه‌آهن امضا کردند. روحانی در نشست خبری گفت که
    روابط تهران و بغداد قابل مقایسه با روابط عراق و آمریکا نیست.""",
    {
        "حسن روحانی": ("PER", "rouhani"),
        "ایران": ("LOC", "iran"),
        "بغداد": ("LOC", "baghdad"),
        "عادل عبدالمهدی": ("PER", "abdul-mahdi"),
        "روحانی": ("PER", "rouhani"),
        "تهران": ("LOC", "iran"),
        "عراق": ("LOC", "iraq"),
        "آمریکا": ("LOC", "us"),
    },
    {"روز دوشنبه": "2019-03-11"},
    [ev(VI, "دیدار", ["rouhani"], ["abdul-mahdi"], "baghdad", "2019-03-11"), ev(AG, "امضا")],
    [
        cl(
            "روحانی",
            "گفت",
            "روابط تهران و بغداد قابل مقایسه با روابط عراق و آمریکا نیست",
            "rouhani",
            negated=True,
        )
    ],
)

# --- Sochi agreement on Idlib, September 2018 (held out) ----------------------------------------

article(
    "sochi-en-1",
    "en",
    "sochi-2018",
    "Euphrates Monitor",
    """Russia and Turkey agreed on 17 September 2018 to create a demilitarised zone around
    Idlib. Vladimir Putin said the deal would prevent a humanitarian catastrophe. Opposition
    commanders said they doubted that Damascus would respect the agreement. The Syrian
    government reportedly massed troops on the edges of the province days earlier.""",
    {
        "Russia": ("LOC", "russia"),
        "Turkey": ("LOC", "turkey"),
        "Idlib": ("LOC", "idlib"),
        "Vladimir Putin": ("PER", "putin"),
        "Damascus": ("LOC", "syrian-government"),
        "Syrian government": ("ORG", "syrian-government"),
    },
    {"17 September 2018": "2018-09-17"},
    [
        ev(AG, "agreed", ["russia", "turkey"], place="idlib", date="2018-09-17"),
        ev(AG, "deal"),
        ev(AG, "agreement"),
    ],
    [
        cl("Vladimir Putin", "said", "the deal would prevent a humanitarian catastrophe", "putin"),
        cl(
            "Opposition commanders",
            "said",
            "they doubted that Damascus would respect the agreement",
            kind="unnamed",
        ),
    ],
)
article(
    "sochi-ar-1",
    "ar",
    "sochi-2018",
    "مرصد الشرق الحر",
    """توصلت روسيا وتركيا في سوتشي إلى اتفاق لإقامة منطقة منزوعة السلاح في إدلب. وقال قيادي في
    المعارضة إن الفصائل لن تسلم سلاحها الثقيل. وتحدثت أنباء عن قصف مدفعي لقوات النظام على ريف
    إدلب رغم الاتفاق.""",
    {
        "روسيا": ("LOC", "russia"),
        "تركيا": ("LOC", "turkey"),
        "سوتشي": ("LOC", "sochi"),
        "إدلب": ("LOC", "idlib"),
    },
    {},
    [ev(AG, "اتفاق", ["russia", "turkey"], place="sochi"), ev(RV, "قصف", place="idlib")],
    [
        cl(
            "قيادي في المعارضة",
            "وقال",
            "الفصائل لن تسلم سلاحها الثقيل",
            kind="unnamed",
            negated=True,
        )
    ],
)
article(
    "sochi-fa-1",
    "fa",
    "sochi-2018",
    "پایگاه خبری زاگرس",
    """پوتین و اردوغان در سوچی درباره ایجاد منطقه حائل در ادلب به توافق رسیدند. وزیر دفاع
    روسیه گفت که عملیات نظامی علیه ادلب انجام نخواهد شد. دمشق ظاهراً از این توافق رضایت کامل
    ندارد.""",
    {
        "پوتین": ("PER", "putin"),
        "اردوغان": ("PER", "erdogan"),
        "سوچی": ("LOC", "sochi"),
        "ادلب": ("LOC", "idlib"),
        "روسیه": ("LOC", "russia"),
        "دمشق": ("LOC", "syrian-government"),
    },
    {},
    [ev(AG, "توافق", ["putin", "erdogan"], place="sochi"), ev(AG, "توافق#2")],
    [cl("وزیر دفاع روسیه", "گفت", "عملیات نظامی علیه ادلب انجام نخواهد شد", negated=True)],
)


# --- training stories (split "train"): written for the link classifier, after dev and test -----
# Each tells one incident with planted disagreements (a date, a toll, who attacked whom, a
# denial, a hedge); only mentions and times are annotated (the links below are the labels).

article(
    "shayrat-en-1",
    "en",
    "shayrat-2017",
    "Gulf Tribune",
    """The United States fired 59 Tomahawk missiles at the Shayrat airbase on 7 April 2017. The
    Pentagon said the strike destroyed aircraft and fuel depots. Defense Secretary James Mattis
    said no civilians were killed in the attack. He added that Russia had been warned before
    the missiles struck.""",
    {
        "United States": ("ORG", "us"),
        "Shayrat airbase": ("FAC", "shayrat-airbase"),
        "Pentagon": ("ORG", "pentagon"),
        "James Mattis": ("PER", "mattis"),
        "Russia": ("LOC", "russia"),
    },
    {"7 April 2017": "2017-04-07"},
)
article(
    "shayrat-en-2",
    "en",
    "shayrat-2017",
    "Damascus Daily",
    """American warships attacked the Shayrat airbase near Homs on 7 April 2017. The Syrian
    army said nine civilians, including four children, were killed in nearby villages.
    According to the army, only 23 missiles reached the base. Russian officials said the strike
    violated international law.""",
    {
        "Shayrat airbase": ("FAC", "shayrat-airbase"),
        "Homs": ("LOC", "homs"),
        "Syrian army": ("ORG", "syrian-army"),
        "American": ("ORG", "us"),
    },
    {"7 April 2017": "2017-04-07"},
)
article(
    "shayrat-ar-1",
    "ar",
    "shayrat-2017",
    "صحيفة البعث",
    """شنت الولايات المتحدة عدوانا صاروخيا على مطار الشعيرات فجر يوم الجمعة 7 نيسان 2017. وقال
    الجيش السوري إن تسعة مدنيين بينهم أربعة أطفال قتلوا في القرى المجاورة. وأضاف أن 23 صاروخا
    فقط وصلت إلى المطار. ونفت وزارة الدفاع الروسية أن تكون الضربة قد دمرت الطائرات.""",
    {
        "الولايات المتحدة": ("ORG", "us"),
        "مطار الشعيرات": ("FAC", "shayrat-airbase"),
        "الجيش السوري": ("ORG", "syrian-army"),
        "وزارة الدفاع الروسية": ("ORG", "russian-mod"),
    },
    {"يوم الجمعة 7 نيسان 2017": "2017-04-07"},
)
article(
    "shayrat-fa-1",
    "fa",
    "shayrat-2017",
    "خبرگزاری شرق",
    """آمریکا روز جمعه ۱۸ فروردین با ۵۹ موشک تاماهاک پایگاه هوایی الشعیرات را هدف قرار داد. ارتش
    سوریه اعلام کرد که شش نظامی در این حمله کشته شدند. به گفته مقامات سوری، ۹ غیرنظامی نیز در
    روستاهای اطراف جان باختند. پنتاگون گفت که هیچ غیرنظامی در این حمله کشته نشد.""",
    {
        "آمریکا": ("ORG", "us"),
        "پایگاه هوایی الشعیرات": ("FAC", "shayrat-airbase"),
        "ارتش سوریه": ("ORG", "syrian-army"),
        "پنتاگون": ("ORG", "pentagon"),
    },
    {"روز جمعه ۱۸ فروردین": "2017-04-07"},
)
article(
    "erbil-en-1",
    "en",
    "erbil-2022",
    "Kurdistan Post",
    """Twelve ballistic missiles struck Erbil early on 13 March 2022. The Kurdistan Regional
    Government said the missiles hit a private house and a television station. Prime Minister
    Masrour Barzani said no one was killed. He denied that any Israeli base existed in the
    city.""",
    {
        "Erbil": ("LOC", "erbil"),
        "Kurdistan Regional Government": ("ORG", "krg"),
        "Masrour Barzani": ("PER", "masrour-barzani"),
        "Israeli": ("ORG", "israel"),
    },
    {"13 March 2022": "2022-03-13"},
)
article(
    "erbil-en-2",
    "en",
    "erbil-2022",
    "Tehran Observer",
    """The Revolutionary Guards attacked an Israeli strategic centre in Erbil on 13 March 2022.
    The Guards said the centre was destroyed. Local sources reportedly said two Israeli officers
    were killed. Kurdish officials claimed the target was a civilian home.""",
    {
        "Revolutionary Guards": ("ORG", "irgc"),
        "Guards": ("ORG", "irgc"),
        "Israeli": ("ORG", "israel"),
        "Erbil": ("LOC", "erbil"),
    },
    {"13 March 2022": "2022-03-13"},
)
article(
    "erbil-ar-1",
    "ar",
    "erbil-2022",
    "وكالة الرافدين",
    """سقطت 12 صاروخا باليستيا على أربيل فجر الأحد 13 آذار 2022. وقالت حكومة إقليم كردستان إن
    الصواريخ أصابت منزلا مدنيا. وأكد رئيس الوزراء مسرور بارزاني أنه لم يقتل أحد في الهجوم.
    وأعلن الحرس الثوري مسؤوليته عن الهجوم على أربيل.""",
    {
        "أربيل": ("LOC", "erbil"),
        "حكومة إقليم كردستان": ("ORG", "krg"),
        "مسرور بارزاني": ("PER", "masrour-barzani"),
        "الحرس الثوري": ("ORG", "irgc"),
    },
    {"الأحد 13 آذار 2022": "2022-03-13"},
)
article(
    "erbil-fa-1",
    "fa",
    "erbil-2022",
    "خبرگزاری سپهر",
    """سپاه پاسداران بامداد یکشنبه ۲۲ اسفند مرکز راهبردی اسرائیل در اربیل را با موشک هدف قرار داد.
    سپاه اعلام کرد که این مرکز به طور کامل نابود شد. به گزارش منابع محلی، دو افسر اسرائیلی در
    این حمله کشته شدند. سپاه گفت که حملات بعدی در راه است.""",
    {
        "سپاه پاسداران": ("ORG", "irgc"),
        "سپاه": ("ORG", "irgc"),
        "اسرائیل": ("ORG", "israel"),
        "اربیل": ("LOC", "erbil"),
    },
    {"یکشنبه ۲۲ اسفند": "2022-03-13"},
)
article(
    "abqaiq-en-1",
    "en",
    "abqaiq-2019",
    "Sanaa Herald",
    """The Houthis attacked the Aramco facilities in Abqaiq with ten drones on 14 September
    2019. A Houthi spokesman, Yahya Saree, said the operation was launched from Yemen. He warned
    that further strikes would follow.""",
    {
        "Houthis": ("ORG", "houthis"),
        "Houthi": ("ORG", "houthis"),
        "Aramco": ("ORG", "aramco"),
        "Abqaiq": ("LOC", "abqaiq"),
        "Yahya Saree": ("PER", "yahya-saree"),
        "Yemen": ("LOC", "yemen"),
    },
    {"14 September 2019": "2019-09-14"},
)
article(
    "abqaiq-en-2",
    "en",
    "abqaiq-2019",
    "Atlantic Ledger",
    """Iran attacked the Saudi oil plant at Abqaiq on 14 September 2019, US officials said.
    Secretary of State Mike Pompeo said there was no evidence the attack came from Yemen. He
    said Iran launched the drones and cruise missiles. Tehran denied that it had carried out the
    strike.""",
    {
        "Iran": ("ORG", "iran"),
        "Tehran": ("ORG", "iran"),
        "Abqaiq": ("LOC", "abqaiq"),
        "Mike Pompeo": ("PER", "pompeo"),
        "Yemen": ("LOC", "yemen"),
    },
    {"14 September 2019": "2019-09-14"},
)
article(
    "abqaiq-ar-1",
    "ar",
    "abqaiq-2019",
    "قناة المسيرة",
    """استهدفت القوات اليمنية منشآت أرامكو في بقيق بعشر طائرات مسيرة يوم السبت 14 أيلول 2019.
    وقال المتحدث العسكري يحيى سريع إن العملية انطلقت من اليمن. ونفت إيران أي دور لها في
    الهجوم.""",
    {
        "القوات اليمنية": ("ORG", "houthis"),
        "أرامكو": ("ORG", "aramco"),
        "بقيق": ("LOC", "abqaiq"),
        "يحيى سريع": ("PER", "yahya-saree"),
        "اليمن": ("LOC", "yemen"),
        "إيران": ("ORG", "iran"),
    },
    {"يوم السبت 14 أيلول 2019": "2019-09-14"},
)
article(
    "abqaiq-fa-1",
    "fa",
    "abqaiq-2019",
    "روزنامه ایران امروز",
    """حوثی‌ها روز شنبه ۲۳ شهریور تأسیسات آرامکو در ابقیق را با ده پهپاد هدف قرار دادند. عباس
    موسوی سخنگوی وزارت خارجه ایران گفت که ایران در این حمله نقشی نداشت. مایک پمپئو مدعی شد که
    ایران این حمله را انجام داده است.""",
    {
        "حوثی‌ها": ("ORG", "houthis"),
        "آرامکو": ("ORG", "aramco"),
        "ابقیق": ("LOC", "abqaiq"),
        "عباس موسوی": ("PER", "abbas-mousavi"),
        "ایران": ("ORG", "iran"),
        "مایک پمپئو": ("PER", "pompeo"),
    },
    {"روز شنبه ۲۳ شهریور": "2019-09-14"},
)
article(
    "shebaa-en-1",
    "en",
    "shebaa-2020",
    "Galilee Times",
    """Hezbollah fighters attacked Israeli troops near Shebaa Farms on 27 July 2020. The Israeli
    army said its soldiers repelled the infiltration and no soldiers were hurt. Prime Minister
    Benjamin Netanyahu warned Hezbollah that it was playing with fire.""",
    {
        "Hezbollah": ("ORG", "hezbollah"),
        "Israeli troops": ("ORG", "israel"),
        "Israeli army": ("ORG", "israel"),
        "Shebaa Farms": ("LOC", "shebaa-farms"),
        "Benjamin Netanyahu": ("PER", "netanyahu"),
    },
    {"27 July 2020": "2020-07-27"},
)
article(
    "shebaa-en-2",
    "en",
    "shebaa-2020",
    "Beirut Voice",
    """Israeli troops shelled Hezbollah positions near Shebaa Farms on 27 July 2020. Hezbollah
    said in a statement that its fighters did not take part in any clash. The group said the
    Israeli army was fighting an imaginary enemy.""",
    {
        "Hezbollah": ("ORG", "hezbollah"),
        "Israeli troops": ("ORG", "israel"),
        "Israeli army": ("ORG", "israel"),
        "Shebaa Farms": ("LOC", "shebaa-farms"),
    },
    {"27 July 2020": "2020-07-27"},
)
article(
    "shebaa-ar-1",
    "ar",
    "shebaa-2020",
    "قناة المنار",
    """قصف جيش الاحتلال الإسرائيلي مواقع حزب الله في محيط مزارع شبعا يوم الاثنين 27 تموز 2020.
    وقال حزب الله في بيان إن مقاتليه لم يشاركوا في أي اشتباك. وأضاف البيان أن العدو كان يقاتل
    أشباحا.""",
    {
        "جيش الاحتلال الإسرائيلي": ("ORG", "israel"),
        "حزب الله": ("ORG", "hezbollah"),
        "مزارع شبعا": ("LOC", "shebaa-farms"),
    },
    {"يوم الاثنين 27 تموز 2020": "2020-07-27"},
)
article(
    "shebaa-fa-1",
    "fa",
    "shebaa-2020",
    "خبرگزاری نور",
    """رزمندگان حزب الله روز دوشنبه ۶ مرداد به نظامیان اسرائیلی در مزارع شبعا حمله کردند. ارتش
    اسرائیل اعلام کرد که نیروهایش این حمله را دفع کردند. حزب الله هرگونه درگیری را تکذیب کرد.""",
    {
        "حزب الله": ("ORG", "hezbollah"),
        "نظامیان اسرائیلی": ("ORG", "israel"),
        "ارتش اسرائیل": ("ORG", "israel"),
        "مزارع شبعا": ("LOC", "shebaa-farms"),
    },
    {"روز دوشنبه ۶ مرداد": "2020-07-27"},
)
article(
    "tharda-en-1",
    "en",
    "tharda-2016",
    "Coalition Bulletin",
    """Coalition aircraft struck Syrian army positions near Deir ez-Zor airport on 17 September
    2016. The US military said the strike was a mistake and was halted when Russia called. It
    said it had believed the targets were ISIS fighters.""",
    {
        "Coalition": ("ORG", "us-coalition"),
        "Syrian army": ("ORG", "syrian-army"),
        "Deir ez-Zor airport": ("FAC", "deir-ezzor-airport"),
        "US military": ("ORG", "us"),
        "Russia": ("LOC", "russia"),
        "ISIS": ("ORG", "isis"),
    },
    {"17 September 2016": "2016-09-17"},
)
article(
    "tharda-en-2",
    "en",
    "tharda-2016",
    "Syria Today",
    """American warplanes bombed Syrian army positions on Jabal Tharda on 17 September 2016,
    killing 62 soldiers. The Syrian army said ISIS fighters attacked the hill minutes after the
    raid. The army claimed the strike was deliberate.""",
    {
        "American": ("ORG", "us-coalition"),
        "Syrian army": ("ORG", "syrian-army"),
        "Jabal Tharda": ("LOC", "jabal-tharda"),
        "ISIS": ("ORG", "isis"),
    },
    {"17 September 2016": "2016-09-17"},
)
article(
    "tharda-ar-1",
    "ar",
    "tharda-2016",
    "وكالة الشام",
    """قصفت طائرات التحالف الأمريكي مواقع الجيش السوري في جبل الثردة يوم السبت 17 أيلول 2016. وقال
    مصدر عسكري إن 83 جنديا قتلوا في الغارات. وأضاف أن داعش هاجم المواقع بعد الغارات مباشرة.""",
    {
        "التحالف الأمريكي": ("ORG", "us-coalition"),
        "الجيش السوري": ("ORG", "syrian-army"),
        "جبل الثردة": ("LOC", "jabal-tharda"),
        "داعش": ("ORG", "isis"),
    },
    {"يوم السبت 17 أيلول 2016": "2016-09-17"},
)
article(
    "tharda-fa-1",
    "fa",
    "tharda-2016",
    "خبرگزاری پارس نو",
    """هواپیماهای ائتلاف آمریکا روز ۲۶ شهریور مواضع ارتش سوریه در نزدیکی فرودگاه دیرالزور را
    بمباران کردند. وزارت دفاع روسیه گفت که ۶۲ نظامی سوری کشته شدند. به گفته ارتش سوریه، این حمله
    عمدی بود.""",
    {
        "ائتلاف آمریکا": ("ORG", "us-coalition"),
        "ارتش سوریه": ("ORG", "syrian-army"),
        "فرودگاه دیرالزور": ("FAC", "deir-ezzor-airport"),
        "وزارت دفاع روسیه": ("ORG", "russian-mod"),
    },
    {"روز ۲۶ شهریور": "2016-09-16"},
)

article(
    "balyun-en-1",
    "en",
    "balyun-2020",
    "Anatolia Wire",
    """Syrian government aircraft struck Turkish troops in Balyun in Idlib on 27 February 2020,
    killing 33 soldiers. Turkish officials said the army retaliated against Syrian positions.
    President Recep Tayyip Erdogan said the attack would not go unanswered.""",
    {
        "Syrian government": ("ORG", "syrian-government"),
        "Turkish troops": ("ORG", "turkish-army"),
        "Balyun": ("LOC", "balyun"),
        "Idlib": ("LOC", "idlib"),
        "Recep Tayyip Erdogan": ("PER", "erdogan"),
    },
    {"27 February 2020": "2020-02-27"},
)
article(
    "balyun-en-2",
    "en",
    "balyun-2020",
    "Moscow Herald",
    """Turkish soldiers were killed in Idlib on 27 February 2020 while embedded with militant
    groups, the Russian defence ministry said. The ministry said Russian aircraft did not carry
    out any strikes in the area. It added that Ankara had not informed Moscow of the positions
    of its troops.""",
    {
        "Turkish soldiers": ("ORG", "turkish-army"),
        "Idlib": ("LOC", "idlib"),
        "Russian defence ministry": ("ORG", "russian-mod"),
        "Ankara": ("ORG", "turkey"),
        "Moscow": ("ORG", "russia"),
    },
    {"27 February 2020": "2020-02-27"},
)
article(
    "balyun-ar-1",
    "ar",
    "balyun-2020",
    "قناة الشام",
    """قتل 34 جنديا تركيا في غارات جوية على بليون في إدلب يوم الخميس 27 شباط 2020. وقالت وزارة
    الدفاع الروسية إن الطائرات الروسية لم تنفذ أي غارات في المنطقة. وأعلن الجيش التركي أنه قصف
    مواقع الجيش السوري ردا على الهجوم.""",
    {
        "بليون": ("LOC", "balyun"),
        "إدلب": ("LOC", "idlib"),
        "وزارة الدفاع الروسية": ("ORG", "russian-mod"),
        "الجيش التركي": ("ORG", "turkish-army"),
        "الجيش السوري": ("ORG", "syrian-army"),
    },
    {"يوم الخميس 27 شباط 2020": "2020-02-27"},
)
article(
    "balyun-fa-1",
    "fa",
    "balyun-2020",
    "خبرگزاری آسیا",
    """هواپیماهای ارتش سوریه روز پنجشنبه ۸ اسفند نظامیان ترکیه را در ادلب بمباران کردند. مقامات
    ترکیه اعلام کردند که ۳۳ سرباز ترک کشته شدند. ارتش ترکیه گفت که مواضع ارتش سوریه را هدف قرار
    داده است.""",
    {
        "ارتش سوریه": ("ORG", "syrian-army"),
        "نظامیان ترکیه": ("ORG", "turkish-army"),
        "ارتش ترکیه": ("ORG", "turkish-army"),
        "ادلب": ("LOC", "idlib"),
    },
    {"روز پنجشنبه ۸ اسفند": "2020-02-27"},
)
article(
    "tankers-en-1",
    "en",
    "tankers-2019",
    "Atlantic Ledger",
    """Iran attacked two oil tankers in the Gulf of Oman on 13 June 2019, Secretary of State Mike
    Pompeo said. The US military released a video that it said showed Iranian boats removing a
    mine from one of the ships. The crews of both tankers were rescued.""",
    {
        "Iran": ("ORG", "iran"),
        "Gulf of Oman": ("LOC", "gulf-of-oman"),
        "Mike Pompeo": ("PER", "pompeo"),
        "US military": ("ORG", "us"),
    },
    {"13 June 2019": "2019-06-13"},
)
article(
    "tankers-en-2",
    "en",
    "tankers-2019",
    "Tehran Observer",
    """Two tankers caught fire in the Gulf of Oman on 13 June 2019. Iran denied any involvement in
    the attacks and said its navy rescued 44 sailors. The Japanese operator of one tanker said the
    crew saw flying objects before the blast.""",
    {
        "Iran": ("ORG", "iran"),
        "Gulf of Oman": ("LOC", "gulf-of-oman"),
    },
    {"13 June 2019": "2019-06-13"},
)
article(
    "tankers-ar-1",
    "ar",
    "tankers-2019",
    "صحيفة الخليج",
    """تعرضت ناقلتا نفط لهجوم في خليج عمان يوم الخميس 13 حزيران 2019. واتهمت الولايات المتحدة
    إيران بتنفيذ الهجوم. وقالت الشركة اليابانية المشغلة إن البحارة شاهدوا أجساما طائرة قبل
    الانفجار.""",
    {
        "خليج عمان": ("LOC", "gulf-of-oman"),
        "الولايات المتحدة": ("ORG", "us"),
        "إيران": ("ORG", "iran"),
    },
    {"يوم الخميس 13 حزيران 2019": "2019-06-13"},
)
article(
    "tankers-fa-1",
    "fa",
    "tankers-2019",
    "خبرگزاری دریا",
    """دو نفتکش روز پنجشنبه ۲۳ خرداد در دریای عمان دچار حادثه شدند. سخنگوی وزارت خارجه ایران
    ادعای آمریکا را رد کرد و گفت ایران هیچ نقشی در این حادثه نداشت. نیروی دریایی ایران ۴۴ ملوان
    را نجات داد.""",
    {
        "دریای عمان": ("LOC", "gulf-of-oman"),
        "ایران": ("ORG", "iran"),
        "آمریکا": ("ORG", "us"),
    },
    {"روز پنجشنبه ۲۳ خرداد": "2019-06-13"},
)
article(
    "kabul-en-1",
    "en",
    "kabul-airport-2021",
    "Kabul Times",
    """A suicide bomber attacked crowds outside Kabul airport on 26 August 2021, killing at least
    170 Afghans and 13 American troops. The Islamic State claimed responsibility for the
    bombing. The Pentagon said a second explosion hit the Baron Hotel.""",
    {
        "Kabul airport": ("FAC", "kabul-airport"),
        "Islamic State": ("ORG", "isis"),
        "Pentagon": ("ORG", "pentagon"),
        "Baron Hotel": ("FAC", "baron-hotel"),
    },
    {"26 August 2021": "2021-08-26"},
)
article(
    "kabul-en-2",
    "en",
    "kabul-airport-2021",
    "Frontier Post",
    """At least 60 people were killed in two blasts outside Kabul airport on 26 August 2021, health
    officials said. The Taliban said their guards were among the dead. The Pentagon later said
    there had been no second explosion at the Baron Hotel.""",
    {
        "Kabul airport": ("FAC", "kabul-airport"),
        "Taliban": ("ORG", "taliban"),
        "Pentagon": ("ORG", "pentagon"),
        "Baron Hotel": ("FAC", "baron-hotel"),
    },
    {"26 August 2021": "2021-08-26"},
)
article(
    "kabul-ar-1",
    "ar",
    "kabul-airport-2021",
    "وكالة آسيا",
    """قتل 170 مدنيا أفغانيا و13 جنديا أمريكيا في تفجير انتحاري قرب مطار كابل يوم الخميس 26 آب
    2021. وأعلن تنظيم داعش مسؤوليته عن التفجير. وقالت حركة طالبان إن عناصرها كانوا بين
    القتلى.""",
    {
        "مطار كابل": ("FAC", "kabul-airport"),
        "داعش": ("ORG", "isis"),
        "طالبان": ("ORG", "taliban"),
    },
    {"يوم الخميس 26 آب 2021": "2021-08-26"},
)
article(
    "kabul-fa-1",
    "fa",
    "kabul-airport-2021",
    "خبرگزاری هامون",
    """در انفجار انتحاری روز پنجشنبه ۴ شهریور در نزدیکی فرودگاه کابل دست کم ۶۰ نفر کشته شدند.
    داعش مسئولیت این انفجار را بر عهده گرفت. پنتاگون گفت که انفجار دومی در هتل بارون رخ
    نداد.""",
    {
        "فرودگاه کابل": ("FAC", "kabul-airport"),
        "داعش": ("ORG", "isis"),
        "پنتاگون": ("ORG", "pentagon"),
        "هتل بارون": ("FAC", "baron-hotel"),
    },
    {"روز پنجشنبه ۴ شهریور": "2021-08-26"},
)

# --- claim links: pairs of sentences (article id, a string inside the sentence) ------------------

C, X, U = "corroborates", "contradicts", "unrelated"
LINKS: list[tuple[tuple[str, str], tuple[str, str], str]] = [
    # Al-Bukamal: the same liberation in three languages; who took it is disputed
    (("albukamal-en-1", "liberated Al-Bukamal"), ("albukamal-ar-1", "حرر الجيش السوري"), C),
    (("albukamal-en-1", "liberated Al-Bukamal"), ("albukamal-fa-1", "آزاد کردند"), C),
    (("albukamal-ar-1", "حرر الجيش السوري"), ("albukamal-fa-1", "آزاد کردند"), C),
    (("albukamal-en-1", "liberated Al-Bukamal"), ("albukamal-en-2", "took control"), X),
    (("albukamal-en-1", "liberated Al-Bukamal"), ("albukamal-ar-2", "سيطرت ميليشيات"), X),
    (("albukamal-fa-1", "آزاد کردند"), ("albukamal-fa-2", "کنترل شهر"), X),
    (("albukamal-ar-1", "ونفى المصدر"), ("albukamal-ar-2", "قادوا الهجوم"), X),
    (("albukamal-en-1", "liberated Al-Bukamal"), ("soleimani-en-1", "drone strike"), U),
    # Soleimani
    (("soleimani-en-1", "drone strike"), ("soleimani-ar-1", "استشهد"), C),
    (("soleimani-en-1", "drone strike"), ("soleimani-fa-1", "به شهادت"), C),
    (("soleimani-ar-2", "قتل قاسم"), ("soleimani-fa-1", "به شهادت"), C),
    (("soleimani-en-1", "al-Muhandis was also"), ("soleimani-fa-1", "ابومهدی المهندس نیز"), C),
    (("soleimani-en-1", "defensive action"), ("soleimani-en-2", "an aggression"), X),
    # Ain al-Asad: the casualty figures
    (("asad-fa-1", "۸۰ نظامی"), ("asad-en-1", "no Americans"), X),
    (("asad-fa-1", "۸۰ نظامی"), ("asad-ar-1", "ونفت واشنطن"), X),
    (("asad-en-1", "Iran fired"), ("asad-ar-1", "أطلقت إيران"), C),
    (("asad-fa-1", "هدف قرار"), ("asad-en-1", "Iran fired"), C),
    (("asad-en-1", "80 American soldiers"), ("asad-fa-1", "۸۰ نظامی"), C),
    (("asad-en-1", "80 American soldiers"), ("asad-en-1", "no Americans"), X),
    # Amerli: who broke the siege
    (("amerli-en-1", "broke the siege"), ("amerli-ar-1", "كسر حصار"), X),
    (("amerli-ar-1", "ولم تشارك"), ("amerli-en-1", "broke the siege"), X),
    (("amerli-en-1", "broke the siege"), ("amerli-fa-1", "شکستند"), X),
    (("amerli-ar-1", "كسر حصار"), ("amerli-fa-1", "شکستند"), C),
    # Kirkuk
    (("kirkuk-en-1", "took control of Kirkuk"), ("kirkuk-fa-1", "کنترل کرکوک"), C),
    (("kirkuk-en-1", "took control of Kirkuk"), ("kirkuk-ar-1", "بسطت"), C),
    (("kirkuk-fa-1", "تکذیب"), ("kirkuk-fa-1", "حضور داشتند"), U),
    (("kirkuk-en-1", "took control of Kirkuk"), ("amerli-en-1", "broke the siege"), U),
    # Mosul
    (("mosul-en-1", "declared victory"), ("mosul-ar-1", "تحرير المدينة"), C),
    (("mosul-en-1", "declared victory"), ("mosul-fa-1", "آزادی کامل"), C),
    (("mosul-en-1", "thousands of civilians"), ("mosul-en-1", "rejected the figure"), X),
    # Palmyra
    (("palmyra-en-1", "recaptured Palmyra"), ("palmyra-ar-1", "استعاد الجيش"), C),
    (("palmyra-en-1", "recaptured Palmyra"), ("palmyra-fa-1", "پس گرفت"), C),
    # Aleppo: executions claimed and denied
    (("aleppo-en-1", "82 civilians"), ("aleppo-ar-1", "ونفى مصدر رسمي"), X),
    (("aleppo-en-1", "took full control"), ("aleppo-fa-1", "آزاد شد"), C),
    (("aleppo-ar-1", "ونفى مصدر رسمي"), ("aleppo-fa-1", "اعدام شده"), X),
    # Deir ez-Zor
    (("deir-en-1", "broke the three-year siege"), ("deir-fa-1", "محاصره سه ساله"), C),
    (("deir-en-1", "broke the three-year siege"), ("deir-ar-1", "دخلت قوات النظام"), C),
    # Tikrit: whose air power
    (("tikrit-en-1", "warplanes bombed"), ("tikrit-ar-1", "دون مساعدة أمريكية"), X),
    (("tikrit-ar-1", "حررت القوات"), ("tikrit-fa-1", "آزاد کردند"), C),
    (("tikrit-ar-1", "ضرباتها الجوية"), ("tikrit-en-1", "warplanes bombed"), C),
    # T-4
    (("t4-en-1", "F-15 jets"), ("t4-fa-1", "بمباران"), C),
    (("t4-en-1", "seven Iranian"), ("t4-fa-1", "هفت مستشار"), C),
    # Baghdad protests: live fire and the toll
    (("protest-en-1", "fired live ammunition"), ("protest-ar-1", "لم تستخدم"), X),
    (("protest-en-1", "two people were killed"), ("protest-fa-1", "۱۰۰ نفر"), X),
    # Kataib Hezbollah raid
    (("raid-en-1", "arrested 14"), ("raid-ar-1", "اعتقل جهاز"), C),
    (("raid-en-1", "arrested 14"), ("raid-fa-1", "بازداشت کردند"), C),
    (("raid-en-1", "preparing rocket attacks"), ("raid-en-1", "denied any involvement"), X),
    # Rouhani in Baghdad
    (("visit-en-1", "visited Baghdad"), ("visit-ar-1", "في زيارة"), C),
    (("visit-en-1", "He met"), ("visit-fa-1", "دیدار کرد"), C),
    # Sochi
    (("sochi-en-1", "agreed on"), ("sochi-ar-1", "إلى اتفاق"), C),
    (("sochi-en-1", "agreed on"), ("sochi-fa-1", "به توافق رسیدند"), C),
    # different stories
    (("mosul-en-1", "declared victory"), ("palmyra-en-1", "recaptured Palmyra"), U),
    (("t4-en-1", "Missiles struck"), ("asad-en-1", "Iran fired"), U),
    (("protest-ar-1", "المتظاهرين"), ("visit-ar-1", "في زيارة"), U),
    # --- train split (the link classifier's own pairs) ---
    # Shayrat: the toll and what the strike destroyed
    (("shayrat-en-1", "fired 59 Tomahawk"), ("shayrat-fa-1", "۵۹ موشک"), C),
    (("shayrat-en-1", "fired 59 Tomahawk"), ("shayrat-ar-1", "شنت الولايات المتحدة"), C),
    (("shayrat-en-2", "American warships attacked"), ("shayrat-en-1", "fired 59 Tomahawk"), C),
    (("shayrat-en-1", "no civilians were killed"), ("shayrat-en-2", "nine civilians"), X),
    (("shayrat-en-1", "no civilians were killed"), ("shayrat-ar-1", "تسعة مدنيين"), X),
    (("shayrat-en-2", "nine civilians"), ("shayrat-ar-1", "تسعة مدنيين"), C),
    (("shayrat-en-2", "nine civilians"), ("shayrat-fa-1", "۹ غیرنظامی"), C),
    (("shayrat-fa-1", "هیچ غیرنظامی"), ("shayrat-fa-1", "۹ غیرنظامی"), X),
    (("shayrat-en-2", "only 23 missiles"), ("shayrat-ar-1", "23 صاروخا"), C),
    (("shayrat-en-1", "destroyed aircraft"), ("shayrat-ar-1", "ونفت وزارة"), X),
    (("shayrat-en-1", "Russia had been warned"), ("shayrat-en-2", "violated international"), U),
    (("shayrat-fa-1", "شش نظامی"), ("shayrat-en-1", "no civilians were killed"), U),
    # Erbil: what was hit, and whether anyone died
    (("erbil-en-1", "Twelve ballistic"), ("erbil-ar-1", "سقطت 12"), C),
    (("erbil-en-1", "Twelve ballistic"), ("erbil-fa-1", "هدف قرار داد"), C),
    (("erbil-en-2", "attacked an Israeli"), ("erbil-fa-1", "هدف قرار داد"), C),
    (("erbil-ar-1", "وأعلن الحرس"), ("erbil-en-2", "attacked an Israeli"), C),
    (("erbil-en-1", "no one was killed"), ("erbil-fa-1", "دو افسر"), X),
    (("erbil-en-1", "no one was killed"), ("erbil-en-2", "two Israeli officers"), X),
    (("erbil-ar-1", "لم يقتل أحد"), ("erbil-en-2", "two Israeli officers"), X),
    (("erbil-en-1", "no one was killed"), ("erbil-ar-1", "لم يقتل أحد"), C),
    (("erbil-en-1", "hit a private house"), ("erbil-ar-1", "منزلا مدنيا"), C),
    (("erbil-en-1", "hit a private house"), ("erbil-en-2", "civilian home"), C),
    (("erbil-en-1", "denied that any Israeli"), ("erbil-en-2", "attacked an Israeli"), X),
    (("erbil-fa-1", "حملات بعدی"), ("erbil-en-1", "hit a private house"), U),
    (("erbil-en-2", "centre was destroyed"), ("erbil-fa-1", "نابود شد"), C),
    # Abqaiq: who launched the drones
    (("abqaiq-en-1", "Houthis attacked"), ("abqaiq-ar-1", "استهدفت القوات"), C),
    (("abqaiq-en-1", "Houthis attacked"), ("abqaiq-fa-1", "هدف قرار دادند"), C),
    (("abqaiq-en-1", "Houthis attacked"), ("abqaiq-en-2", "Iran attacked"), X),
    (("abqaiq-en-2", "Iran attacked"), ("abqaiq-ar-1", "استهدفت القوات"), X),
    (("abqaiq-en-2", "Iran launched the drones"), ("abqaiq-fa-1", "نقشی نداشت"), X),
    (("abqaiq-en-2", "Tehran denied"), ("abqaiq-fa-1", "نقشی نداشت"), C),
    (("abqaiq-ar-1", "ونفت إيران"), ("abqaiq-en-2", "Iran launched the drones"), X),
    (("abqaiq-en-1", "launched from Yemen"), ("abqaiq-en-2", "no evidence"), X),
    (("abqaiq-en-1", "launched from Yemen"), ("abqaiq-ar-1", "انطلقت من اليمن"), C),
    (("abqaiq-fa-1", "مدعی شد"), ("abqaiq-en-2", "Iran launched the drones"), C),
    (("abqaiq-en-1", "further strikes"), ("abqaiq-en-2", "Tehran denied"), U),
    # Shebaa Farms: who attacked whom, and whether there was a clash at all
    (("shebaa-en-1", "Hezbollah fighters attacked"), ("shebaa-en-2", "Israeli troops shelled"), X),
    (("shebaa-en-1", "Hezbollah fighters attacked"), ("shebaa-fa-1", "حمله کردند"), C),
    (("shebaa-en-1", "Hezbollah fighters attacked"), ("shebaa-ar-1", "لم يشاركوا"), X),
    (("shebaa-en-2", "did not take part"), ("shebaa-ar-1", "لم يشاركوا"), C),
    (("shebaa-en-2", "Israeli troops shelled"), ("shebaa-ar-1", "قصف جيش"), C),
    (("shebaa-fa-1", "حمله کردند"), ("shebaa-ar-1", "قصف جيش"), X),
    (("shebaa-fa-1", "تکذیب"), ("shebaa-en-2", "did not take part"), C),
    (("shebaa-fa-1", "تکذیب"), ("shebaa-en-1", "Hezbollah fighters attacked"), X),
    (("shebaa-en-1", "playing with fire"), ("shebaa-en-2", "imaginary enemy"), U),
    (("shebaa-en-1", "repelled the infiltration"), ("shebaa-fa-1", "دفع کردند"), C),
    # Jabal Tharda: the date, the toll, mistake or design
    (("tharda-en-1", "Coalition aircraft struck"), ("tharda-en-2", "American warplanes"), C),
    (("tharda-en-1", "Coalition aircraft struck"), ("tharda-ar-1", "قصفت طائرات"), C),
    (("tharda-en-1", "Coalition aircraft struck"), ("tharda-fa-1", "بمباران کردند"), X),
    (("tharda-ar-1", "قصفت طائرات"), ("tharda-fa-1", "بمباران کردند"), X),
    (("tharda-en-2", "killing 62 soldiers"), ("tharda-ar-1", "83 جنديا"), X),
    (("tharda-en-2", "killing 62 soldiers"), ("tharda-fa-1", "۶۲ نظامی"), C),
    (("tharda-ar-1", "83 جنديا"), ("tharda-fa-1", "۶۲ نظامی"), X),
    (("tharda-en-1", "was a mistake"), ("tharda-en-2", "was deliberate"), X),
    (("tharda-en-2", "was deliberate"), ("tharda-fa-1", "عمدی بود"), C),
    (("tharda-en-2", "ISIS fighters attacked"), ("tharda-ar-1", "داعش هاجم"), C),
    (("tharda-en-1", "believed the targets"), ("tharda-ar-1", "داعش هاجم"), U),
    # Balyun: the toll, and whose aircraft
    (("balyun-en-1", "killing 33 soldiers"), ("balyun-fa-1", "۳۳ سرباز"), C),
    (("balyun-en-1", "killing 33 soldiers"), ("balyun-ar-1", "34 جنديا"), X),
    (("balyun-fa-1", "۳۳ سرباز"), ("balyun-ar-1", "34 جنديا"), X),
    (("balyun-en-1", "aircraft struck"), ("balyun-fa-1", "بمباران کردند"), C),
    (("balyun-en-2", "did not carry"), ("balyun-ar-1", "لم تنفذ"), C),
    (("balyun-en-2", "did not carry"), ("balyun-en-1", "aircraft struck"), U),
    (("balyun-en-1", "retaliated against"), ("balyun-ar-1", "قصف مواقع"), C),
    (("balyun-ar-1", "قصف مواقع"), ("balyun-fa-1", "هدف قرار داده"), C),
    (("balyun-en-1", "not go unanswered"), ("balyun-en-2", "had not informed"), U),
    (("balyun-en-2", "while embedded"), ("balyun-en-1", "killing 33 soldiers"), C),
    # Gulf of Oman tankers: who attacked them
    (("tankers-en-1", "Iran attacked two"), ("tankers-en-2", "Iran denied any"), X),
    (("tankers-en-1", "Iran attacked two"), ("tankers-fa-1", "رد کرد"), X),
    (("tankers-ar-1", "واتهمت الولايات"), ("tankers-en-1", "Iran attacked two"), C),
    (("tankers-ar-1", "واتهمت الولايات"), ("tankers-fa-1", "رد کرد"), X),
    (("tankers-en-2", "Iran denied any"), ("tankers-fa-1", "رد کرد"), C),
    (("tankers-en-2", "flying objects"), ("tankers-ar-1", "أجساما طائرة"), C),
    (("tankers-en-2", "Iran denied any"), ("tankers-fa-1", "۴۴ ملوان"), C),
    (("tankers-en-1", "crews of both"), ("tankers-en-2", "Iran denied any"), C),
    (("tankers-en-1", "released a video"), ("tankers-en-2", "flying objects"), X),
    (("tankers-en-2", "caught fire"), ("tankers-ar-1", "تعرضت ناقلتا"), C),
    (("tankers-en-1", "released a video"), ("tankers-fa-1", "۴۴ ملوان"), U),
    # Kabul airport: the toll and the second blast
    (("kabul-en-1", "killing at least 170"), ("kabul-ar-1", "170 مدنيا"), C),
    (("kabul-en-1", "killing at least 170"), ("kabul-en-2", "At least 60 people"), X),
    (("kabul-en-1", "killing at least 170"), ("kabul-fa-1", "۶۰ نفر"), X),
    (("kabul-en-2", "At least 60 people"), ("kabul-fa-1", "۶۰ نفر"), C),
    (("kabul-ar-1", "170 مدنيا"), ("kabul-fa-1", "۶۰ نفر"), X),
    (("kabul-en-1", "Islamic State claimed"), ("kabul-ar-1", "وأعلن تنظيم داعش"), C),
    (("kabul-en-1", "Islamic State claimed"), ("kabul-fa-1", "مسئولیت این انفجار"), C),
    (("kabul-en-1", "second explosion hit"), ("kabul-en-2", "no second explosion"), X),
    (("kabul-en-1", "second explosion hit"), ("kabul-fa-1", "انفجار دومی"), X),
    (("kabul-en-2", "no second explosion"), ("kabul-fa-1", "انفجار دومی"), C),
    (("kabul-en-2", "guards were among"), ("kabul-ar-1", "عناصرها كانوا"), C),
    (("kabul-en-2", "guards were among"), ("kabul-en-1", "Islamic State claimed"), U),
    # different stories
    (("tharda-en-1", "Coalition aircraft struck"), ("shayrat-en-1", "fired 59 Tomahawk"), U),
    (("erbil-en-1", "Twelve ballistic"), ("abqaiq-en-1", "Houthis attacked"), U),
    (("shebaa-ar-1", "قصف جيش"), ("tharda-ar-1", "قصفت طائرات"), U),
    (("abqaiq-fa-1", "هدف قرار دادند"), ("erbil-fa-1", "هدف قرار داد"), U),
    (("shayrat-en-2", "nine civilians"), ("erbil-en-2", "two Israeli officers"), U),
]
LINKS_OUT = HERE / "claims_gold_links.jsonl"


def _check(a: Article) -> None:
    text = a["text"]
    for surface, *_ in a["mentions"] + a["times"]:
        if surface not in text:
            raise ValueError(f"{a['id']}: {surface!r} not in the text")
    for e in a["events"]:
        word, _, nth = e["trigger"].partition("#")
        if len(re.findall(re.escape(word), text)) < int(nth or 1):
            raise ValueError(f"{a['id']}: trigger {e['trigger']!r} not in the text")
    for c in a["claims"]:
        for key in ("speaker", "content", "cue"):
            if c[key] is not None and c[key] not in text:
                raise ValueError(f"{a['id']}: {key} {c[key]!r} not in the text")


def main() -> None:
    for path, train in ((OUT, False), (TRAIN_OUT, True)):
        with path.open("w", encoding="utf-8") as out:
            mine = [a for a in ARTICLES if (a["split"] == "train") == train]
            for a in mine:
                _check(a)
                out.write(json.dumps(a, ensure_ascii=False) + "\n")
        print(f"wrote {len(mine)} articles to {path}")
    texts = {a["id"]: a for a in ARTICLES}
    with LINKS_OUT.open("w", encoding="utf-8") as out:
        for first, second, relation in LINKS:
            for doc, inside in (first, second):
                if inside not in texts[doc]["text"]:
                    raise ValueError(f"link: {inside!r} not in {doc}")
            split = split_of(texts[first[0]]["story"])
            row = {"a": first, "b": second, "relation": relation, "split": split}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(LINKS)} links to {LINKS_OUT}")


if __name__ == "__main__":
    main()
