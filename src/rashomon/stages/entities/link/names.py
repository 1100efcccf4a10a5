"""Name forms for linking: titles off, clitics off, and a cross-script consonant skeleton.

A mention's surface goes through three steps:

1. :func:`clean` — normalised (:func:`rashomon.text.normalize.normalize`: Persian ی/ک and Arabic
   ي/ك, hamza seats, ة, diacritics, ZWNJ), Latin accents and apostrophes off, quotes and a
   possessive "'s" off, and leading titles stripped ("Major General", "Hajj", "سردار سرلشکر",
   "الشهيد القائد", "آیت‌الله"), repeatedly, as long as a name is left.
2. :func:`variants` — for Arabic script, the forms with a proclitic conjunction/preposition
   (و، ف، ب، ل، ك) and the article taken off ("وسليماني" → "سليماني", "لداعش" → "داعش",
   "بالبوكمال" → "البوكمال" → "بوكمال"); several forms, because "وليد" is a name and not و+ليد,
   and only a lookup can tell.
3. :func:`skeleton` — the consonant skeleton, the same for a name in Latin, Arabic or Persian
   script: vowels, w/v/y, ʿayn and hamza dropped (Arabic script does not write short vowels,
   and ا/و/ي are long vowels as often as consonants), letters folded into sound classes
   (q/k/g/gh/ق/ك/گ/غ → k, s/sh/ch/ص/س/ش/چ → s, th/ث/ت/ط → t, kh/x/خ → x,
   p/پ → b; d/z/dh/د/ذ/ز/ض/ظ → d, because ض/ذ/ظ are d, dh or z by language: "Fadl" but
   "Reza"), a word-final h/ه/ة off, doubled classes collapsed and articles (al-, el-, ال) and
   "Abu"/ابو kept as "b". "Qassem Soleimani", "Ghasem Soleymani", "Qasim Sulaimani" and
   "قاسم سلیمانی" all give "ksmslmn".

The skeleton is lossy on purpose ("Hassan" and "Hussein" are both h-s-n): it keys a name only
together with its type, and a knowledge-base match by skeleton must be unambiguous (see
:mod:`.kb`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ....text.normalize import normalize, strip_latin_accents

__all__ = [
    "clean",
    "drop_articles",
    "variants",
    "skeleton",
    "tokens",
    "is_title_only",
    "is_qualifier",
    "is_arabic_script",
]

_QUOTES = str.maketrans("", "", "\"“”«»„‘’'`´ʿʾ\u02bb\u02bc\u02bf\u02be()[]")
_SPLIT = re.compile(r"[\s\-_.,:;/+!?؟،؛]+")
_POSSESSIVE = re.compile(r"['’]s\b", re.IGNORECASE)
_ARABIC = re.compile(r"[\u0600-\u06FF]")
_PROCLITIC_ARTICLE = re.compile(r"^(?:[وف]?[بلك]?ال|[وف]?لل|وال)(?=...)")

# Titles, ranks and honorifics in their normalised form (normalize(): ی→ي, ک→ك, أ/إ/آ→ا, ة→ه,
# ZWNJ removed, lower case). Multi-word titles are matched as token sequences, longest first.
_TITLES_RAW = """
general gen major maj brigadier brig lieutenant lt lt-gen colonel col commander cmdr captain capt
sergeant sgt admiral adm marshal field corporal private
sheikh shaikh sheik shaykh sayyed sayyid sayed seyed seyyed syed sayid
haj hajj hajji haji hadj sardar martyr shahid shaheed the late imam mullah mufti cleric
ayatollah ayatullah grand hojatoleslam hojjatoleslam hujjat al-islam
president vice prime minister pm foreign defence defense interior secretary secretary-general
senator governor mayor king queen prince crown emir sultan
mr mrs ms miss dr doctor prof professor sir lord ambassador spokesman spokesperson chief leader
supreme commander-in-chief deputy head chairman chair speaker mp judge justice
الشهيد شهيد الحاج حاج حجي اللواء لواء العميد عميد الفريق فريق اول العقيد عقيد المقدم الرائد
النقيب الجنرال جنرال القائد قائد المشير الشيخ شيخ السيد سيد سماحه فخامه الرئيس رئيس
الوزراء وزير الخارجيه الدفاع الداخليه الامام امام اية ايه الله العظمي المرجع الملك الامير ولي
العهد الدكتور دكتور د السفير الاستاذ المتحدث باسم الناطق النائب الحجه حجه الاسلام
سردار سرلشكر سرتيپ سرهنگ سپهبد ژنرال سرلشگر دريادار امير حجت الاسلام والمسلمين حجتالاسلام
ايتالله ايت رهبر معظم انقلاب رييس جمهور رييسجمهور وزير امور خارجه دكتر اقاي اقا خانم
مرحوم فرمانده الراحل الراحله المرحوم الفقيد
"""

# A title word that is also a common name or name part: stripped only before another word
# that is not itself one of these ("Amir" is a name; "امير" a rank in Persian), never alone,
# and never when it would leave a single word that is a title.
_NAME_LIKE = frozenset({"امير", "sayed", "سيد", "chief", "head", "leader"})
# Words that keep their place: "Quds" in "Quds Force" is the name, not the title "فرمانده".
_DEMONYMS_BEFORE_TITLE = frozenset(
    {"us", "u.s", "american", "iranian", "iraqi", "syrian", "russian", "lebanese", "israeli"}
    | {"turkish", "saudi", "british", "french", "kurdish", "yemeni", "afghan", "pakistani"}
)
# A nationality or country right after a title belongs to the title: "الرئيس السوري بشار الأسد",
# "رئیس‌جمهور سوریه بشار اسد", "US President Donald Trump".
_AFTER_TITLE_RAW = """السوري الايراني العراقي الامريكي الاميركي الروسي اللبناني التركي السعودي
    الاسرائيلي الفلسطيني الاردني اليمني المصري الافغاني سوريه ايران عراق امريكا آمريكا روسيه
    لبنان تركيه اسرائيل us u.s american iranian iraqi syrian russian lebanese turkish"""
# Generic heads of group names: "گروه داعش", "تنظيم داعش", "حركة النجباء", "the IS group".
_ORG_HEADS_RAW = """تنظيم جماعة جماعه حركة ميليشيا ميليشيات مليشيا مليشيات فصيل فصائل عصابات
    گروه گروهك گروهک جنبش تروريستهاي تروریست‌های تروریستهای شبه‌نظامیان group militia"""


def _words(raw: str) -> frozenset[str]:
    return frozenset(normalize(w) for w in raw.split())


_TITLE_WORDS = _words(_TITLES_RAW)
_AFTER_TITLE = _words(_AFTER_TITLE_RAW)
_DEMONYM_TAILS = _AFTER_TITLE | {w + "ه" for w in _AFTER_TITLE if w.endswith("ي")}
_ORG_HEADS = _words(_ORG_HEADS_RAW)
# Words before a place name that say what kind of place it is ("مدينة البوكمال", "شهر
# البوکمال", "the town of Hajin"): tried without them after the literal form, because
# "محافظة دير الزور" (the governorate) is not the city.
_PLACE_HEADS = _words(
    """مدينه المدينه بلده قريه محافظه ريف منطقه ناحيه قضاء شهر شهرستان استان روستاي بخش
    city town village province governorate district"""
)
_ORG_TAILS = frozenset({"group", "militia", "militias", "terrorists", "fighters"})
_LATIN_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ed", "er"})
_LATIN_ARTICLES |= {"es", "ez", "ud", "ul", "ut", "ol", "od", "os", "the"}

# Sound classes. Latin digraphs first, then single letters; "" drops the letter.
_LATIN_DIGRAPHS = (
    ("kh", "x"),
    ("gh", "k"),
    ("sh", "s"),
    ("ch", "s"),
    ("zh", "j"),
    ("th", "t"),
    ("dh", "d"),
    ("ph", "f"),
    ("dj", "j"),
    ("ck", "k"),
    ("ts", "s"),
)
_LATIN = {
    "a": "",
    "e": "",
    "i": "",
    "o": "",
    "u": "",
    "y": "",
    "w": "",
    "v": "",
    "q": "k",
    "c": "k",
    "g": "k",
    "p": "b",
    "x": "x",
    "z": "d",
}
_ARABIC_CLASSES = {
    "ا": "",
    "و": "",
    "ي": "",
    "ع": "",
    "ء": "",
    "ب": "b",
    "پ": "b",
    "ت": "t",
    "ث": "t",
    "ط": "t",
    "ج": "j",
    "چ": "s",
    "ژ": "j",
    "ح": "h",
    "ه": "h",
    "خ": "x",
    "د": "d",
    "ذ": "d",
    "ز": "d",
    "ض": "d",
    "ظ": "d",
    "ر": "r",
    "س": "s",
    "ش": "s",
    "ص": "s",
    "ف": "f",
    "ق": "k",
    "ك": "k",
    "گ": "k",
    "غ": "k",
    "ل": "l",
    "م": "m",
    "ن": "n",
}


def is_arabic_script(text: str) -> bool:
    return bool(_ARABIC.search(text))


def tokens(name: str) -> list[str]:
    """Normalised, accent-free tokens of a name (quotes, brackets and a possessive 's off)."""
    folded = strip_latin_accents(normalize(_POSSESSIVE.sub("", name))).translate(_QUOTES)
    return [t for t in _SPLIT.split(folded) if t]


def is_qualifier(tok: str) -> bool:
    """A nationality or country word that can follow a group's name ("العراقية", "لبنان")."""
    return tok in _DEMONYM_TAILS


def _is_title(tok: str) -> bool:
    return tok in _TITLE_WORDS or (tok.startswith("و") and tok[1:] in _TITLE_WORDS)


def is_title_only(toks: tuple[str, ...]) -> bool:
    """True for "the general", "الشهيد القائد": a mention that names no one by itself."""
    return bool(toks) and all(_is_title(t) for t in toks)


@lru_cache(maxsize=65536)
def clean(name: str, person: bool = True) -> tuple[str, ...]:
    """The name's tokens with a leading "the" and, for a person, leading titles (and a
    demonym before a title) removed; a name that is all titles keeps them ("the general"
    stays "general", see :func:`is_title_only`)."""
    toks = tokens(name)
    if len(toks) > 1 and toks[0] == "the":
        toks = toks[1:]
    if not person:
        while len(toks) > 1 and toks[0] in _ORG_HEADS:
            toks = toks[1:]
        while len(toks) > 1 and toks[-1] in _ORG_TAILS:
            toks = toks[:-1]
        return tuple(toks)
    i = 0
    while i < len(toks) - 1:
        tok = toks[i]
        if tok in _DEMONYMS_BEFORE_TITLE and _is_title(toks[i + 1]):
            i += 1
            continue
        if i > 0 and _is_title(toks[i - 1]) and tok in _AFTER_TITLE:
            i += 1
            continue
        if not _is_title(tok):
            break
        if tok in _NAME_LIKE and len(toks) - i - 1 < 2 and not _is_title(toks[i + 1]):
            break  # "Amir Hatami": a name, not the rank امیر
        i += 1
    return tuple(toks[i:])


def _strip_proclitics(tok: str) -> list[str]:
    """Arabic proclitic readings of one token, the token itself first."""
    out = [tok]
    if len(tok) < 4 or not is_arabic_script(tok):
        return out
    rest = tok
    if rest[0] in "وف" and len(rest) > 3:
        rest = rest[1:]
        out.append(rest)
    if rest[0] in "بلك" and len(rest) > 3:
        if rest.startswith("لل") and len(rest) > 4:  # ل + ال
            out.append("ال" + rest[2:])
        rest2 = rest[1:]
        out.append(rest2)
        rest = rest2 if rest2.startswith("ال") else rest
    for form in list(out):
        if form.startswith("ال") and len(form) > 4:
            out.append(form[2:])
    seen: dict[str, None] = {}
    for form in out:
        seen.setdefault(form, None)
    return list(seen)


@lru_cache(maxsize=65536)
def variants(name: str, person: bool = True) -> tuple[tuple[str, ...], ...]:
    """Cleaned token tuples to try, most literal first: the cleaned name, then the readings
    with the first token's Arabic proclitics taken off, then without articles."""
    base = clean(name, person)
    if not base:
        return ()
    out: dict[tuple[str, ...], None] = {base: None}
    for first in _strip_proclitics(base[0])[1:]:
        stripped = clean(" ".join((first, *base[1:])), person)
        if stripped:
            out.setdefault(stripped, None)
    if not person:
        for form in list(out):
            rest = form[2:] if len(form) > 2 and form[1] == "of" else form[1:]
            if len(form) > 1 and form[0] in _PLACE_HEADS and rest:
                out.setdefault(rest, None)
    for form in list(out):
        if (bare := drop_articles(form)) != form:
            out.setdefault(bare, None)
    return tuple(out)


@lru_cache(maxsize=65536)
def drop_articles(toks: tuple[str, ...]) -> tuple[str, ...]:
    """The tokens without articles: "al", "el", "ad-"… as words, ال/al- as prefixes."""
    bare = tuple(_drop_article(t) for t in toks if t not in _LATIN_ARTICLES)
    return bare or toks


def _drop_article(tok: str) -> str:
    if tok.startswith("ال") and len(tok) > 4:
        return tok[2:]
    if tok.isascii() and tok.startswith(("al-", "el-")):
        return tok[3:]
    return tok


def _token_skeleton(tok: str) -> str:
    if tok.isascii():
        if tok in _LATIN_ARTICLES:
            return ""
        if tok in ("abu", "abou", "abo", "bu", "albu"):
            return "b"
        if tok.startswith("al") and len(tok) > 5 and tok[2:4] == "bu":  # "Albukamal"
            tok = tok[2:]
        word = tok
        for digraph, cls in _LATIN_DIGRAPHS:
            word = word.replace(digraph, cls)
        out = "".join(_LATIN.get(ch, ch) for ch in word if ch.isalpha())
    else:
        # the article, with a conjunction/preposition glued before it: "والمهندس", "للجيش"
        word = _PROCLITIC_ARTICLE.sub("", tok)
        if word.startswith("ال") and len(word) > 3:
            word = word[2:]
        if word in ("ابو", "ابي", "ابا", "بو", "البو"):
            return "b"
        if word.startswith("البو") and len(word) > 5:
            word = word[2:]
        if word.endswith("هاي") and len(word) > 5:  # Persian "خامنه‌ای" with the ZWNJ gone
            word = word[:-3] + "اي"
        out = "".join(
            _ARABIC_CLASSES.get(ch, ch if ch.isascii() and ch.isalnum() else "") for ch in word
        )
    out = re.sub(r"(.)\1+", r"\1", out)
    # a final h is ه/ة (often silent), ح or nothing: "Saleh"/صالح, "Fatemeh"/فاطمه
    return out[:-1] if len(out) > 1 and out.endswith("h") else out


@lru_cache(maxsize=65536)
def skeleton(toks: tuple[str, ...]) -> str:
    """The cross-script consonant skeleton of cleaned tokens. Word boundaries are not kept:
    "Albu Kamal" and "Al-Bukamal", "Hezbollah" and "حزب الله" are written apart or together."""
    return re.sub(r"(.)\1+", r"\1", "".join(_token_skeleton(t) for t in toks))
