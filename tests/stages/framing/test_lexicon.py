"""Precision rules of the loaded-term matcher: Arabic and Persian endings the lexicon does not
list, plain senses of "regime" and "resistance", proper names, and a word named rather than
used."""

from __future__ import annotations

from rashomon.stages.framing import loaded_terms


def terms(text: str, lang: str) -> list[str]:
    found = loaded_terms(text, lang)
    for t in found:
        assert text[t.start : t.end] == t.term
    return [t.term for t in found]


def test_arabic_tanween_dual_and_attached_pronouns() -> None:
    text = "قُتل إرهابياً، واستشهدا معاً، وواصل المخيم مقاومته ضد ميليشياته."
    assert terms(text, "ar") == ["إرهابياً", "واستشهدا", "مقاومته", "ميليشياته"]


def test_persian_attached_pronoun() -> None:
    assert terms("حماس گفت رزمندگانش عقب ننشستند.", "fa") == ["رزمندگانش"]


def test_regime_as_a_schedule_is_plain_as_a_government_loaded() -> None:
    plain = "The flow regime changed, and the regime of inspections was tightened."
    assert terms(plain, "en") == []
    assert terms("The regime of Omar al-Bashir fell; the regime of the mullahs is next.", "en") == [
        "regime",
        "regime",
    ]
    assert terms("رژیم غذایی بیماران مناسب نیست اما رژیم اسد سقوط کرد.", "fa") == ["رژیم اسد"]


def test_resistance_in_its_plain_senses() -> None:
    assert terms("The resistance of the bridge to the floods surprised engineers.", "en") == []
    assert terms("Members of the Resistance were shot by the Nazis in 1944.", "en") == []
    assert terms("The camp will continue its resistance.", "en") == ["resistance"]
    assert terms("بیماران در برابر وبا مقاومت می‌کنند و شهر مقاومت کرد.", "fa") == []
    assert terms("گروه‌های مقاومت وارد شهر شدند.", "fa") == ["مقاومت"]
    assert terms("فاجأت مقاومة الجسر للفيضان المهندسين.", "ar") == []


def test_proper_names_are_not_loaded() -> None:
    text = "An Islamic Jihad commander spoke in Martyrs' Square and Liberation Square."
    assert terms(text, "en") == []
    assert terms("تظاهروا في ساحة الشهداء وقالت حركة الجهاد الإسلامي إنها سترد.", "ar") == []
    assert terms("فرمانده جهاد اسلامی در میدان شهدا سخن گفت.", "fa") == []


def test_freed_hostages_and_a_word_named_not_used() -> None:
    assert terms("The liberation of the hostages took four days.", "en") == []
    assert terms('The word "martyr" means different things in Beirut.', "en") == []
    assert terms("واژه «شهید» معناهای متفاوتی دارد.", "fa") == []
