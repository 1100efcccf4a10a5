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
    assert terms("منتقدان به برچسب «تروریست» برای معترضان اعتراض کردند.", "fa") == []


def test_persian_martyr_in_a_place_name_or_a_date_is_plain() -> None:
    assert terms("خیابان شهید بهشتی و بیمارستان شهدای تجریش بازسازی شدند.", "fa") == []
    assert terms("سالروز شهادت حضرت علی تعطیل است و دو نفر علیه او شهادت دادند.", "fa") == []
    assert terms("او در بیمارستان شهید شد.", "fa") == ["شهید"]
    assert terms("فرمانده به شهادت رسید.", "fa") == ["به شهادت رسید"]


def test_persian_champion_and_sport_are_plain() -> None:
    assert terms("کشتی‌گیر ایرانی قهرمان جهان شد و جام قهرمانی را برد.", "fa") == []
    assert terms("تیم ملی فوتبال برابر ولز مقاومت خوبی نشان داد.", "fa") == []
    assert terms("مردم از قهرمانان کوبانی تجلیل کردند.", "fa") == ["قهرمانان"]


def test_persian_resistance_withstanding_plural_and_group_names() -> None:
    assert terms("پل برای مقاومت در برابر سیل ساخته شد.", "fa") == []
    assert terms("مقاومت محصول در برابر خشکی بیشتر شد.", "fa") == []
    assert terms("این طرح با مقاومت‌ها روبه‌رو شد.", "fa") == []
    assert terms("کتائب گفت مقاومت اسلامی عراق به حملات ادامه می‌دهد.", "fa") == []
    assert terms("المنار گفت مقاومت اسلامی پاسخ داد.", "fa") == ["مقاومت اسلامی"]
    assert terms("محور مقاومت در برابر آمریکا ایستاد.", "fa") == ["محور مقاومت"]


def test_persian_liberalised_prices_and_released_prisoners_are_plain() -> None:
    assert terms("اقتصاددانان درباره آزادسازی تدریجی قیمت بنزین هشدار دادند.", "fa") == []
    assert terms("آنها خواستار آزادسازی همه زندانیان شدند و او از زندان آزاد شد.", "fa") == []
    assert terms("عبادی آزادسازی موصل را اعلام کرد.", "fa") == ["آزادسازی"]


def test_persian_aggression_not_rape_or_exceeding() -> None:
    assert terms("دمای هوا از ۴۰ درجه تجاوز کرد.", "fa") == []
    assert terms("او به تجاوز جنسی متهم شد و متجاوز از صد سال عمر کرد.", "fa") == []
    text = "ایران تجاوز اسرائیل به لبنان و تجاوزات هوایی را محکوم کرد."
    assert terms(text, "fa") == ["تجاوز", "تجاوزات"]


def test_persian_neutralised_only_of_people() -> None:
    assert terms("پلیس یک بمب را در ایستگاه خنثی کرد و کشور موضع خنثی دارد.", "fa") == []
    assert terms("ارتش تلاش تروریست‌ها برای حمله را خنثی کرد.", "fa") == ["تروریست‌ها"]
    assert terms("پلیس گفت هر دو مهاجم در محل خنثی شدند.", "fa") == ["خنثی"]
    assert terms("وزارت دفاع گفت ۲۳ نفر بی‌اثر شده‌اند.", "fa") == ["بی‌اثر"]


def test_persian_plain_senses_named_by_phrase_or_context() -> None:
    text = (
        "رژیم‌های غذایی و رژیم گرفتن، نرخ اشغال هتل‌ها، سلاح‌های کشتار جمعی، صید افراطی، "
        "بقایای کشتی و پاکسازی سواحل از لکه‌های نفتی."
    )
    assert terms(text, "fa") == []
    text = "ارتش شهر را از تروریست‌ها پاکسازی کرد و بقایای رژیم بعث و اشغال کرکوک را محکوم کرد."
    assert terms(text, "fa") == ["تروریست‌ها", "پاکسازی", "بقایای", "رژیم بعث", "اشغال"]


def test_persian_firm_action_only_against_protesters() -> None:
    assert terms("دادستان گفت با گرانفروشان برخورد قاطع می‌شود.", "fa") == []
    assert terms("پلیس گفت با معترضان برخورد قاطع شد.", "fa") == ["برخورد قاطع"]


def test_persian_crime_is_plain_criminal_is_loaded() -> None:
    assert terms("عامل جنایت در تهران دستگیر شد.", "fa") == []
    assert terms("آمریکای جنایتکار تاوان خواهد داد.", "fa") == ["جنایتکار"]


def test_persian_endings_and_new_rows() -> None:
    text = (
        "از حماسه‌ای بزرگ و شهدایمان گفتند، جاویدنامان را گرامی داشتند و رافضی‌ها و دواعش را"
        " نکوهیدند."
    )
    assert terms(text, "fa") == ["حماسه‌ای", "شهدایمان", "جاویدنامان", "رافضی‌ها", "دواعش"]
