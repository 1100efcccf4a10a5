"""Regular expressions per language over folded text, built once from the word lists in
:mod:`.lang` and the month and weekday names of the dates layer."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from types import ModuleType
from typing import TypeVar

from ...text.normalize import normalize
from ..dates import lang as date_lang
from .lang import LANGUAGES

B = r"(?<![\w])"
# Arabic joins "and" and "in" to the next word: "وأغسطس", "بالأحد".
B_AR = r"(?:(?<![\w])|(?<=(?<![\w])[وب]))"
E = r"(?![\w])"
T = TypeVar("T")
# Latin abbreviations are left out of bare matches ("sun", "sat", "wed", "jan" are words too).
_LATIN_ABBREVIATIONS = frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec "  # noqa: SIM905 - a word list
    "mon tue tues wed thu thur thurs fri sat sun".split()
)


def fold_word(word: str) -> str:
    return normalize(word)


def alt(words: object) -> str:
    folded = sorted({fold_word(str(w)) for w in words if str(w)}, key=len, reverse=True)  # type: ignore[attr-defined]
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in folded)


_TABLES: dict[int, tuple[object, dict[str, object]]] = {}


def table(mapping: dict[str, T]) -> dict[str, T]:
    """``mapping`` with folded keys; the word lists are module constants, so kept by identity."""
    kept = _TABLES.get(id(mapping))
    if kept is None or kept[0] is not mapping:
        folded: dict[str, object] = {fold_word(k): v for k, v in mapping.items()}
        kept = (mapping, folded)
        _TABLES[id(mapping)] = kept
    return kept[1]  # type: ignore[return-value]


def key(text: str) -> str:
    return re.sub(r"\s+", " ", text)


# Arabic marks the future with a prefix: "سيعقد", "ستتسلم", "وسنرد" (not "سياسة", "ستة").
_AR_FUTURE = {
    "ar": r"|(?:(?<![\w])|(?<=(?<![\w])[وف]))س(?!ياس|يار|يطر|ت(?:ة|ين|ون|ار)|نة|نو|نين|يد|ينا|يول"
    r"|يف|ير|يا|نغ)[يتن]\w{3,}"
}


@dataclass(frozen=True)
class Rules:
    words: ModuleType
    month_options: dict[str, list[tuple[str, int]]]
    weekdays: dict[str, int]
    month_year: re.Pattern[str]
    bare_month: re.Pattern[str]
    year: re.Pattern[str]
    decade: re.Pattern[str]
    calendar_unit: re.Pattern[str]
    quarter: re.Pattern[str]
    season: re.Pattern[str]
    weekday: re.Pattern[str]
    day_word: re.Pattern[str]
    ago: re.Pattern[str]
    duration: re.Pattern[str]
    reference: re.Pattern[str]
    clock: re.Pattern[str]
    day_part: re.Pattern[str]
    sets: re.Pattern[str]
    day_range: re.Pattern[str]
    interval_open: re.Pattern[str]
    interval_join: re.Pattern[str]
    interval_open_inside: re.Pattern[str]
    this_year: re.Pattern[str]
    future: re.Pattern[str]
    first_day: re.Pattern[str]
    day_month_after: re.Pattern[str]
    count_after: re.Pattern[str]
    quarter_named: re.Pattern[str]
    duration_after: re.Pattern[str]


def _months(lang: str) -> dict[str, list[tuple[str, int]]]:
    options: dict[str, list[tuple[str, int]]] = {}
    for name, value in date_lang.MONTHS.items():
        folded = fold_word(name)
        if folded.isascii() != (lang == "en"):
            continue
        if folded in _LATIN_ABBREVIATIONS:
            folded += "."
        options.setdefault(folded, [])
        if value not in options[folded]:
            options[folded].append(value)
    return options


@cache
def rules(lang: str) -> Rules:
    w = LANGUAGES[lang]
    b = B_AR if lang == "ar" else B
    months = _months(lang)
    full_months = alt(k for k in months if not k.endswith("."))
    any_month = (
        alt(months).replace(r"\.", r"\.?") if lang == "en" else full_months
    )  # "Sept 30" is fine when a day follows
    weekdays = {
        fold_word(k): v
        for k, v in date_lang.WEEKDAYS.items()
        if fold_word(k).isascii() == (lang == "en") and fold_word(k) not in _LATIN_ABBREVIATIONS
    }
    edge = alt(w.EDGES)
    num = rf"(?:\d+(?:[.,]\d+)?|{alt(w.NUMBERS)})"
    units = alt(w.UNITS)
    era = r"(?P<tail>\s*(?:ه\.?\s*ش|ه\.?\s*ق|ه|م|ad|bc)(?![\w]))?"
    shift_before = alt({**w.SHIFT_BEFORE, **({"in": 0} if lang == "en" else {})})
    shift_after = alt(w.SHIFT_AFTER) or "(?!)"
    # A bare month needs one of these before it in ar/fa ("مارس" is also "he practised").
    month_pre = {
        "en": r"in|last|next|this|this past|early|late|mid-?|since|until|by|through",
        "ar": alt(["في", "شهر", "منذ", "حتى", "خلال", "بين", "من", "إلى", "الى", "مطلع", "أواخر",
                   "أوائل", "منتصف", "نهاية", "بداية"]),
        "fa": alt(["ماه", "در", "از", "تا", "اوایل", "اواخر", "اواسط", "پایان", "ابتدای"]),
    }[lang]  # fmt: skip
    clock_pre = alt(w.CLOCK_BEFORE) or "(?!)"
    ampm = alt(w.CLOCK_AM + w.CLOCK_PM)
    ampm_end = r"(?!\w)" if lang != "en" else r"(?:(?<=\.)|(?!\w))"
    if lang == "en":
        clock = (
            rf"{B}(?:(?P<h>\d{{1,2}})(?::(?P<mi>\d{{2}}))?\s*(?P<ap>{ampm}){ampm_end}"
            rf"|(?P<word>{alt(w.CLOCK_WORDS)}){E})"
        )
    else:
        clock = (
            rf"{B}(?:{clock_pre})\s+(?P<h>\d{{1,2}})(?::(?P<mi>\d{{2}}))?"
            rf"(?:\s*(?P<ap>{ampm}){E})?(?P<word>(?!))?"
        )
    decade_words = alt(w.DECADE_WORDS) or "(?!)"
    decade = {
        "en": rf"{B}(?:the\s+)?(?:(?P<c>1\d|20)(?P<d>\d)0'?s|'(?P<d2>\d)0s"
              rf"|(?P<word>{decade_words})){E}",
        "ar": rf"{B}(?:(?P<word>{decade_words})(?:\s+من\s+القرن\s+(?:الماضي|العشرين))?"
              rf"|(?:عقد|العقد)\s+(?P<c>1\d|20)(?P<d>\d)0(?:ات|يات)?){E}",
        "fa": rf"{B}دهه\s+(?:(?P<c>1\d|20)(?P<d>\d)0|(?P<d2>\d)0)"
              rf"(?:\s*(?:{alt(['میلادی', 'شمسی'])}))?{E}",
    }[lang]  # fmt: skip
    quarter = (
        rf"{B}(?:(?P<y1>(?:19|20)\d\d)\s+|fiscal\s+(?P<y0>(?:19|20)\d\d)\s+|the\s+)?"
        rf"(?:comparable\s+)?(?:(?P<shift>latest|last|current|previous|next|year-ago|"
        rf"year-earlier|same|fiscal)[\s-]+)?"
        rf"(?:(?P<q>{alt(w.QUARTERS) or '(?!)'})[\s-]+)?(?P<unit>quarter|half|period){E}"
        rf"(?:\s+of\s+(?:fiscal\s+)?(?P<y2>(?:19|20)\d\d){E})?"
        rf"(?P<ago>\s+a\s+year\s+(?:ago|earlier){E})?"  # "the quarter a year ago"
    )
    seasons = alt(w.SEASONS)
    season = {
        "en": rf"{B}(?:(?P<shift>this|last|next|this past|early|late|the)\s+)?(?P<s>{seasons})"
              rf"(?:\s+(?:of\s+)?(?P<y>\d{{4}}))?{E}",
        "ar": rf"{B}(?:(?P<shift>هذا)\s+)?(?P<s>{seasons})(?:\s+(?P<after>{shift_after})"
              rf"|\s+(?:عام\s+)?(?P<y>\d{{4}}))?{E}",
        "fa": rf"{B}(?:(?P<shift>{alt(['این'])})\s+)?(?P<s>{seasons})"
              rf"(?:\s+(?P<after>{shift_after}|امسال)"
              rf"|\s+(?:سال\s+)?(?P<y>\d{{4}}))?{E}",
    }[lang]  # fmt: skip
    wd_before = alt({**w.WEEKDAY_BEFORE, **({"on": 0} if lang == "en" else {})})
    wd_after = alt(w.WEEKDAY_AFTER) or "(?!)"
    parts = alt(w.DAY_PARTS)
    part_before = "" if lang == "en" else rf"(?:(?P<part0>{parts})\s+)?"
    weekday = (
        rf"{b}{part_before}(?:(?P<pre>{wd_before})\s+)?(?P<w>{alt(weekdays)})"
        rf"(?:\s+(?P<after>{wd_after}))?(?:\s+(?P<part>{parts}))?{E}"
    )
    day_word = (
        rf"{B}(?:(?P<edge>late|early|earlier|later)\s+)?{part_before}(?P<w>{alt(w.DAY_OFFSETS)})"
        rf"(?:\s+(?P<part>{parts}))?{E}"
    )
    ago_before = alt(w.AGO_BEFORE) or "(?!)"
    ago_after = alt(w.AGO_AFTER + w.LATER_AFTER) or "(?!)"
    ago = (
        rf"{B}(?:(?:{alt(w.APPROXIMATELY)})\s+)?(?:(?P<pre>{ago_before})\s+(?:(?P<n1>{num})\s+)?(?P<u1>{units})"
        rf"|(?P<n2>{num})[\s-]*(?P<u2>{units})(?:\s+or\s+so)?\s+(?P<post>{ago_after})){E}"
    )
    dur_pre = alt(w.DURATION_BEFORE) or "(?!)"
    duration = (
        rf"{B}(?:(?P<pre>{dur_pre})\s+)?(?:(?P<n>{num})[\s-]*)?(?P<u>{units})"
        rf"(?:[\s-]+long)?{E}(?![\s-]+old)"
    )
    this_year = alt(w.THIS_YEAR) or "(?!)"
    span_after = alt(w.SPAN_AFTER) or "(?!)"
    return Rules(
        words=w,
        month_options=months,
        weekdays=weekdays,
        month_year=re.compile(
            rf"{b}(?:(?P<edge>{edge})\s+)?(?:(?:of|the)\s+)?(?P<m>{full_months})\.?,?\s+"
            rf"(?:of\s+|عام\s+|سال\s+)?(?P<y>\d{{4}})(?!\d){era}"
        ),
        bare_month=re.compile(
            rf"{b}(?:(?P<pre>{month_pre}|{edge})\s+)?(?:(?:of|the)\s+)?(?P<m>{full_months})"
            rf"(?:\s+(?P<after>{shift_after}|امسال|پارسال|last\s+year|this\s+year|next\s+year))?"
            rf"{E}(?!\.?,?\s+\d)"
        ),
        year=re.compile(
            rf"(?<![\w$£€.,/-])(?:(?P<pre>{alt(w.YEAR_BEFORE)})\s+)?(?P<y>\d{{4}})(?![\w%/:-]|[.,]\d){era}"
        ),
        decade=re.compile(decade),
        calendar_unit=re.compile(
            rf"{B}(?:(?P<edge>{edge})\s+)?(?:(?P<shift>{shift_before})\s+)?(?:fiscal\s+)?"
            # "ابتدای سال ۱۳۹۷", "اواخر دهه ۱۹۹۰": the year or decade that follows says which
            rf"(?P<u>{alt(w.CAL_UNITS)})(?!-)(?!\s+\d)(?:\s+(?P<after>{shift_after}))?{E}"
        ),
        quarter=re.compile(quarter),
        season=re.compile(season),
        weekday=re.compile(weekday),
        day_word=re.compile(day_word),
        ago=re.compile(ago),
        duration=re.compile(duration),
        reference=re.compile(rf"{B}(?:{alt(w.REFERENCES)}){E}"),
        clock=re.compile(clock),
        day_part=re.compile(rf"{B}(?:this|{alt(w.SHIFT_BEFORE)})\s+(?P<part>{parts}){E}"),
        sets=re.compile(rf"{B}(?:{alt(w.SETS)}){E}"),
        day_range=re.compile(
            rf"{B}(?P<d1>\d{{1,2}})\s*(?:-|–|{alt(w.INTERVAL_JOIN)})\s*(?P<d2>\d{{1,2}})\s+"
            rf"(?P<m>{any_month})(?:,?\s+(?P<y>\d{{4}}))?{E}"
        ),
        interval_open=re.compile(rf"(?:{alt(w.INTERVAL_OPEN)})\s*$"),
        interval_open_inside=re.compile(rf"(?:{alt(w.INTERVAL_OPEN)})\s"),
        interval_join=re.compile(rf"^\s*(?:{alt(w.INTERVAL_JOIN)})\s*$"),
        future=re.compile(rf"{B}(?:{alt(w.FUTURE_TENSE)}){E}" + _AR_FUTURE.get(lang, "")),
        this_year=re.compile(rf"{B}(?P<w>{this_year}){E}"),
        # "الأول من نيسان", "اول مهر", "the first of May": the first day of that month.
        first_day=re.compile(
            {
                "en": rf"{B}the\s+first\s+of\s+(?P<m>{full_months})",
                "ar": rf"{b}(?:{alt(['اليوم'])}\s+)?(?:{alt(['الأول', 'أول'])})\s+من\s+"
                rf"(?:شهر\s+)?(?P<m>{full_months})",
                "fa": rf"{B}(?:{alt(['روز'])}\s+)?{alt(['اول'])}\s+(?:ماه\s+)?(?P<m>{full_months})",
            }[lang]
            + rf"(?:,?\s+(?:عام\s+|سال\s+)?(?P<y>\d{{4}})(?!\d){era})?{E}"
        ),
        # "11 نيسان الماضي": a day of the month that the word after places.
        day_month_after=re.compile(
            rf"{b}(?P<d>\d{{1,2}})\s+(?P<m>{full_months})\s+(?P<after>{shift_after}){E}"
        ),
        # A number that counts people or things is not a year: "2000 آخرين", "۱۴۰۰ نفر".
        count_after=re.compile(rf"\s*(?:{alt(w.COUNTED) or '(?!)'}){E}"),
        # "الربع الثالث", "الربع الأخير من 2014".
        quarter_named=re.compile(
            rf"{B}(?:{alt(w.QUARTER_NAMES) or '(?!)'})\s+(?P<q>{alt(w.QUARTER_ORDINALS) or '(?!)'})"
            rf"(?:\s+(?:من|في|عام)\s+(?:(?:عام|العام)\s+)?(?P<y>\d{{4}})(?!\d))?{E}"
        ),
        # "الأيام الخمسة الماضية", "الأسبوعين الماضيين", "۴۵ سال گذشته": a stretch up to now.
        duration_after=re.compile(
            {
                "en": "(?!)",
                "ar": rf"{B}ال(?P<u>{units})(?:\s+ال(?P<n>{num}))?\s+(?P<post>{span_after}){E}",
                "fa": rf"{B}(?P<n>{num})\s+(?P<u>{units})\s+(?P<post>{span_after}){E}",
            }[lang]
        ),
    )
