"""extract_claims and claim alignment on our own en/ar/fa sentences."""

from __future__ import annotations

import pytest

from rashomon.stages.claims import Claim, SpeakerKind, extract_claims
from rashomon.stages.claims.align import Relation, Slots, compare, numbers, slots
from rashomon.stages.events import EventType, extract_events


def mentions(text: str, names: dict[str, tuple[str, str]]) -> list[tuple[int, int, str, str]]:
    out = []
    for surface, (typ, key) in names.items():
        start = text.index(surface)
        out.append((start, start + len(surface), typ, key))
    return out


def one(text: str, lang: str, names: dict[str, tuple[str, str]] | None = None) -> Claim:
    claims = extract_claims(text, [(0, len(text), lang)], mentions(text, names or {}))
    assert len(claims) == 1
    return claims[0]


def cut(text: str, span: object) -> str | None:
    return None if span is None else text[span.start : span.end]  # type: ignore[attr-defined]


ATTRIBUTED = [
    # lang, sentence, speaker, cue, content, medium
    ("en", "Army spokesman Ali Mayhoub told Al-Ahed that the town was completely cleared.",
     "Ali Mayhoub", "told", "the town was completely cleared", "told Al-Ahed"),
    ("en", "The strike killed 12 civilians, the health ministry said in a statement.",
     "health ministry", "said", "The strike killed 12 civilians", "in a statement"),
    ("en", "According to the Syrian Observatory, fighting continued near the border.",
     "Syrian Observatory", "According to", "fighting continued near the border", None),
    ("ar", "وقال المتحدث باسم الجيش في بيان إن القوات دخلت المدينة فجرا.",
     "المتحدث باسم الجيش", "وقال", "القوات دخلت المدينة فجرا", "في بيان"),
    ("ar", "نقلت وكالة سانا عن قائد ميداني قوله إن الجيش سيطر على البوكمال.",
     "قائد ميداني", "نقلت", "الجيش سيطر على البوكمال", "وكالة سانا"),
    ("ar", "بحسب المرصد السوري، فإن الاشتباكات استمرت حتى المساء.",
     "المرصد السوري", "بحسب", "الاشتباكات استمرت حتى المساء", None),
    ("fa", "به گزارش خبرگزاری افق، سردار سلیمانی در خط مقدم حضور داشت.",
     "خبرگزاری افق", "به گزارش", "سردار سلیمانی در خط مقدم حضور داشت", None),
    ("fa", "سخنگوی وزارت خارجه روز دوشنبه در نشست خبری گفت: ایران در این حمله نقشی داشت.",
     "سخنگوی وزارت خارجه", "گفت", "ایران در این حمله نقشی داشت", "در نشست خبری"),
    ("fa", "یک فرمانده میدانی به خبرگزاری تسنیم گفت که داعش به سمت مرز گریخت.",
     "یک فرمانده میدانی", "گفت", "داعش به سمت مرز گریخت", "به خبرگزاری تسنیم"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "speaker", "cue", "content", "medium"), ATTRIBUTED)
def test_claims_speaker_cue_content_medium(
    lang: str, text: str, speaker: str, cue: str, content: str, medium: str | None
) -> None:
    c = one(text, lang)
    assert c.attributed
    assert speaker in (cut(text, c.speaker) or "")
    assert (cut(text, c.cue), cut(text, c.content), cut(text, c.medium)) == (cue, content, medium)
    assert cut(text, c.evidence) == text


def test_claims_speaker_takes_the_mention_key() -> None:
    text = "Army spokesman Ali Mayhoub told Al-Ahed that the town was cleared."
    c = one(text, "en", {"Ali Mayhoub": ("PER", "ali-mayhoub"), "Al-Ahed": ("ORG", "al-ahed")})
    assert (cut(text, c.speaker), c.speaker_entity) == ("Ali Mayhoub", "ali-mayhoub")
    assert c.speaker_kind is SpeakerKind.NAMED


UNNAMED = [
    ("en", "Sources confirmed that the commander was killed near the airport."),
    ("ar", "وأفادت مصادر محلية بأن المسلحين انسحبوا من البلدة."),
    ("fa", "منابع محلی گفتند که شبه‌نظامیان وارد شهر شدند."),
]


@pytest.mark.parametrize(("lang", "text"), UNNAMED)
def test_claims_anonymous_sources_are_unnamed(lang: str, text: str) -> None:
    c = one(text, lang)
    assert c.speaker_kind is SpeakerKind.UNNAMED and c.speaker_entity is None


HEDGED = [
    ("en", "Residents said the militants reportedly looted the shops.", "reportedly"),
    ("en", "Damascus claimed that its forces had captured the town.", "claimed"),
    ("ar", "وقال ناشطون إن عناصر يُزعم أنهم من الحرس دخلوا المدينة.", "يُزعم"),
    ("ar", "وزعمت وسائل إعلام أن الهجوم أوقع عشرات القتلى.", "وزعمت"),
    ("fa", "منابع محلی گفتند که گویا شمار کشته‌ها به ده نفر رسیده است.", "گویا"),
    ("fa", "یک مقام محلی گفت که ظاهراً نیروها عقب‌نشینی کرده‌اند.", "ظاهراً"),
]


@pytest.mark.parametrize(("lang", "text", "hedge"), HEDGED)
def test_claims_hedging(lang: str, text: str, hedge: str) -> None:
    c = one(text, lang)
    assert c.hedged and hedge in c.hedges and not c.negated


NEGATED = [
    ("en", "The Pentagon denied that any U.S. troops were wounded.", True),
    ("en", "President Trump said that no Americans were harmed.", True),
    ("en", "The ministry denied that no warning had been given.", False),  # both cancel
    ("ar", "ونفت وزارة الدفاع أن تكون طائراتها قد قصفت السوق.", True),
    ("ar", "وأكدت قيادة العمليات أن القوات لم تستخدم الرصاص الحي.", True),
    ("fa", "سپاه پاسداران این حمله را تکذیب کرد.", True),
    ("fa", "وزیر دفاع گفت که عملیات نظامی انجام نخواهد شد.", True),
    ("fa", "وزیر دفاع گفت که عملیات نظامی انجام خواهد شد.", False),
]


@pytest.mark.parametrize(("lang", "text", "negated"), NEGATED)
def test_claims_polarity(lang: str, text: str, negated: bool) -> None:
    assert one(text, lang).negated is negated


@pytest.mark.parametrize(
    ("lang", "text", "pronoun"),
    [
        ("en", "Ali Mayhoub visited the front on Sunday. He said the army would advance.", "He"),
        ("ar", "زار علي محيوب الجبهة يوم الأحد. وأضاف أن الجيش سيتقدم.", None),
        ("fa", "علی محیوب روز یکشنبه از جبهه بازدید کرد. وی گفت که ارتش پیشروی می‌کند.", "وی"),
    ],
)
def test_claims_pronoun_resolves_to_the_preceding_person(
    lang: str, text: str, pronoun: str | None
) -> None:
    name = {"en": "Ali Mayhoub", "ar": "علي محيوب", "fa": "علی محیوب"}[lang]
    first = text.index(". ") + 1
    segments = [(0, first, lang), (first + 1, len(text), lang)]
    ms = mentions(text, {name: ("PER", "ali-mayhoub")})
    said = [c for c in extract_claims(text, segments, ms) if c.attributed]
    assert len(said) == 1
    c = said[0]
    assert (cut(text, c.speaker), c.speaker_entity) == (pronoun, "ali-mayhoub")
    assert cut(text, c.antecedent) == name


def test_claims_unresolved_pronoun_without_mentions() -> None:
    c = one("He said the army would advance before dawn.", "en")
    assert c.speaker_kind is SpeakerKind.PRONOUN and c.speaker_entity is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The army entered the town on Sunday after two weeks of fighting."),
        ("ar", "دخل الجيش المدينة يوم الأحد بعد أسبوعين من المعارك."),
        ("fa", "ارتش روز یکشنبه پس از دو هفته نبرد وارد شهر شد."),
    ],
)
def test_claims_unattributed_sentence_is_the_outlets(lang: str, text: str) -> None:
    c = one(text, lang)
    assert c.speaker_kind is SpeakerKind.OUTLET and c.speaker is None
    assert not extract_claims(text, [(0, len(text), lang)], outlet_claims=False)


def test_claims_threat_without_a_clause_is_no_report() -> None:
    text = "President Trump warned Iran against retaliation."
    assert one(text, "en").speaker_kind is SpeakerKind.OUTLET


def test_claims_offsets_point_into_the_document() -> None:
    text = "Intro line here now.\n\nوقال مصدر عسكري لوكالة سانا إن الوحدات بدأت التمشيط."
    start = text.index("وقال")
    claims = extract_claims(text, [(0, 20, "en"), (start, len(text), "ar"), (0, 3, "de")])
    assert [c.segment for c in claims] == [0, 1]
    c = claims[1]
    assert cut(text, c.content) == "الوحدات بدأت التمشيط"
    assert cut(text, c.medium) == "لوكالة سانا"
    assert c.speaker_kind is SpeakerKind.UNNAMED


# --- alignment -----------------------------------------------------------------------------

TT = EventType.TERRITORY
ALBUKAMAL = Slots(TT, "2017-11-19", "albukamal", frozenset({"syrian-army"}), frozenset({"isis"}),
                  frozenset({"syrian-army", "isis"}))  # fmt: skip


def test_align_same_event_in_two_languages_corroborates() -> None:
    en = "The Syrian army liberated Al-Bukamal from ISIS on 19 November 2017."
    fa = "ارتش سوریه روز یکشنبه البوکمال را از داعش آزاد کرد."
    found = []
    for text, lang, (army, town, isis), when in (
        (en, "en", ("Syrian army", "Al-Bukamal", "ISIS"), "19 November 2017"),
        (fa, "fa", ("ارتش سوریه", "البوکمال", "داعش"), "روز یکشنبه"),
    ):
        names = {army: ("ORG", "syrian-army"), town: ("LOC", "albukamal"), isis: ("ORG", "isis")}
        ms = mentions(text, names)
        t0 = text.index(when)
        times = [(t0, t0 + len(when), "2017-11-19")]
        places = [(s, e, k) for s, e, t, k in ms if t == "LOC"]
        (event,) = extract_events(text, [(0, len(text), lang)], ms, times, places)
        (claim,) = extract_claims(text, [(0, len(text), lang)], ms)
        found.append(slots(text, event, claim, ms, times))
    a = compare(*found)
    assert a.relation is Relation.CORROBORATES
    assert {"same date", "same place", "same actor", "same target"} <= set(a.reasons)
    assert not found[0].numbers  # the date's digits are no figure


@pytest.mark.parametrize(
    ("other", "relation", "reason"),
    [
        (Slots(TT, "2017-11-09", "albukamal", frozenset({"syrian-army"})),
         Relation.CONTRADICTS, "same event, different date: 2017-11-19 vs 2017-11-09"),
        (Slots(TT, "2017-11", "albukamal", frozenset({"irgc"}), parties=frozenset({"irgc"})),
         Relation.CONTRADICTS, "different actor: syrian-army vs irgc"),
        (Slots(TT, None, "albukamal", frozenset({"isis"}), frozenset({"syrian-army"})),
         Relation.CONTRADICTS, "same party, opposite role: isis, syrian-army"),
        (Slots(TT, None, "albukamal", negated=True), Relation.CONTRADICTS,
         "one asserts what the other denies"),
        (Slots(EventType.PROTEST, "2017-11-19", "albukamal"), Relation.UNRELATED,
         "different events: territory-taken vs protest"),
        (Slots(TT, "2016-03-27", "palmyra"), Relation.UNRELATED, "different date and place"),
        (Slots(TT, None, "palmyra"), Relation.UNRELATED, "no shared place, date or party"),
        (Slots(TT, "2017-11", "albukamal", hedged=True), Relation.CORROBORATES, "hedged"),
    ],
)  # fmt: skip
def test_align_decides_from_slots_with_a_reason(
    other: Slots, relation: Relation, reason: str
) -> None:
    a = compare(ALBUKAMAL, other)
    assert a.relation is relation and reason in a.reasons and 0 < a.confidence < 1


def test_align_casualty_figures_in_three_scripts() -> None:
    assert numbers("80 American soldiers") == numbers("ثمانين جنديا") == numbers("۸۰ نظامی")
    strike = EventType.REMOTE
    iran = Slots(strike, None, "ain-al-asad", numbers=numbers("۸۰ نظامی آمریکایی کشته شدند"))
    us = Slots(strike, None, "ain-al-asad", numbers=numbers("no Americans were harmed"),
               negated=True)  # fmt: skip
    a = compare(iran, us)
    assert a.relation is Relation.CONTRADICTS
    assert "different figures: 80 vs 0" in a.reasons


def test_claims_quote_closed_by_a_bare_said_has_no_speaker_and_no_crash() -> None:
    # found on re3d: a quote, then "said." with no one named between them
    text = "\u201cWe are proud to fly this squadron again,\u201d said."
    [claim] = extract_claims(text, [(0, len(text), "en")])
    assert claim.speaker is None and text[claim.content.start : claim.content.end].startswith("We")
