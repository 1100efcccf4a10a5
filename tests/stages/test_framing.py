"""Loaded terms from our own lexicon, in English, Arabic and Persian: categories, lemmas,
Arabic proclitics and plurals, Persian plurals written with or without ZWNJ, and offsets
that point back to the original text whatever folding did."""

from __future__ import annotations

import pytest

from rashomon.stages.framing import CATEGORIES, entries, loaded_terms


def found(text: str, lang: str) -> list[tuple[str, str, str]]:
    terms = loaded_terms(text, lang)
    for t in terms:
        assert text[t.start : t.end] == t.term  # offsets are exact in the original text
    return [(t.term, t.category, t.lemma) for t in terms]


@pytest.mark.parametrize("lang", ["en", "ar", "fa"])
def test_lexicon_covers_each_language_and_category(lang: str) -> None:
    rows = entries(lang)
    assert 40 <= len(rows) <= 80
    assert {e.category for e in rows} == set(CATEGORIES)


def test_english_terms_with_case_and_multiword_forms() -> None:
    text = (
        "Regime forces shelled the town; residents mourned their Martyrs. "
        "It was collateral damage, a spokesman said, after the crusaders left."
    )
    assert found(text, "en") == [
        ("Regime forces", "delegitimising", "regime"),
        ("Martyrs", "glorifying", "martyr"),
        ("collateral damage", "euphemism", "collateral damage"),
        ("crusaders", "religious", "crusader"),
    ]


def test_english_needs_whole_words() -> None:
    assert found("The regimental band played; the heroin seizure was large.", "en") == []


def test_arabic_clitics_article_and_plurals() -> None:
    text = (
        "قال إن الإرهابيين والميليشيات هاجموا المدينة، "
        "وبالمقاومة سقط الشهداء، وللنظام السوري رواية أخرى."
    )
    assert found(text, "ar") == [
        ("الإرهابيين", "delegitimising", "إرهابي"),
        ("والميليشيات", "delegitimising", "ميليشيا"),
        ("وبالمقاومة", "glorifying", "مقاومة"),
        ("الشهداء", "glorifying", "شهيد"),
        ("وللنظام السوري", "delegitimising", "النظام السوري"),
    ]


def test_arabic_diacritics_and_hamza_variants_keep_offsets() -> None:
    text = "وَصَفَ البيان المسلحين بأنهم ارهابيون تكفيريون."
    assert found(text, "ar") == [
        ("ارهابيون", "delegitimising", "إرهابي"),
        ("تكفيريون", "delegitimising", "تكفيري"),
    ]
    voweled = "سقط الشَّهِيدُ في القصف."
    (term,) = loaded_terms(voweled, "ar")
    assert (term.term, term.lemma) == ("الشَّهِيدُ", "شهيد")


def test_arabic_plain_system_is_not_loaded() -> None:
    assert found("أعلنت الوزارة عن نظام جديد للتسجيل.", "ar") == []


def test_persian_plurals_with_and_without_zwnj() -> None:
    text = "تکفیری‌ها و تکفیریها از شهر رانده شدند و مدافعان‌حرم و مدافعان حرم شهیدان را یاد کردند."
    assert found(text, "fa") == [
        ("تکفیری\u200cها", "delegitimising", "تکفیری"),
        ("تکفیریها", "delegitimising", "تکفیری"),
        ("مدافعان\u200cحرم", "religious", "مدافعان حرم"),
        ("مدافعان حرم", "religious", "مدافعان حرم"),
        ("شهیدان", "glorifying", "شهید"),
    ]


def test_persian_arabic_letter_variants_and_compounds() -> None:
    # Arabic yeh and kaf where Persian ones are expected, and a ZWNJ compound with a space.
    text = "نیروهای شبه نظامی پس از آزادسازی شهر، رژيم را مقصر دانستند."
    assert found(text, "fa") == [
        ("شبه نظامی", "delegitimising", "شبه‌نظامی"),
        ("آزادسازی", "glorifying", "آزادسازی"),
        ("رژيم", "delegitimising", "رژیم"),
    ]


def test_unknown_language_and_empty_text() -> None:
    assert loaded_terms("terrorists", "de") == []
    assert loaded_terms("", "en") == []


def test_excluded_phrases_are_not_loaded() -> None:
    assert (
        found("Counter-Terrorism Service units and counter terrorism police moved in.", "en") == []
    )
    text = "قال فريق التحرير إن المحتجين في ساحة التحرير رفضوا الإرهاب."
    assert found(text, "ar") == [("الإرهاب", "delegitimising", "إرهابي")]
