"""Places: gazetteer lookup across spellings and scripts, and resolution in context.

The first use builds the gazetteer index in the user cache (~20 s once); later runs open it.
"""

from __future__ import annotations

import pytest

from rashomon.model import Document, InputFormat, Mention, Origin
from rashomon.stages.places import Context, demonym_country, gazetteer, resolve, resolve_all
from rashomon.stages.places.resolve import haversine_km
from rashomon.stages.places.spot import spot_toponyms
from rashomon.stages.places.stage import toponym_spans

BUKAMAL = (34.45, 40.92)


def _near(lat: float | None, lon: float | None, point: tuple[float, float], km: float) -> bool:
    return lat is not None and lon is not None and haversine_km((lat, lon), point) <= km


@pytest.mark.parametrize(
    "name",
    [
        "Al-Bukamal",
        "Albu Kamal",
        "Abu Kamal",
        "Bukamal",
        "Bu Kamal",
        "البوكمال",
        "البوکمال",
        "أبو كمال",
    ],
)
def test_places_bukamal_spellings_meet(name: str) -> None:
    r = resolve(name, Context.from_text("Fighting on the Syrian side of the border."))
    assert r.entry is not None and r.entry.id == "174448"
    assert _near(r.lat, r.lon, BUKAMAL, 5)


def test_places_al_qaim_in_border_story_is_iraqi_town() -> None:
    text = "Syrian troops took Al-Bukamal while Iraqi forces advanced on al-Qaim across the border."
    r = resolve("al-Qaim", Context.from_text(text))
    assert r.entry is not None and r.entry.country == "IQ"
    assert _near(r.lat, r.lon, (34.39, 41.0), 25)


@pytest.mark.parametrize("name", ["آمرلي", "آمرلی", "Amerli", "Amirli"])
def test_places_amerli_not_amreli_with_iraq_context(name: str) -> None:
    text = "حاصرت داعش بلدة آمرلي في محافظة صلاح الدين شمال العراق"
    r = resolve(name, Context.from_text(text))
    assert r.entry is not None and r.entry.id == "rashomon:amerli"
    assert _near(r.lat, r.lon, (34.72, 44.59), 5)


def test_places_runner_up_recorded() -> None:
    r = resolve("آمرلي", Context.from_text("قوات عراقية في صلاح الدين"))
    assert r.runner_up is not None and r.runner_up.country == "IN"
    assert r.score > r.runner_up_score and r.candidates >= 2


@pytest.mark.parametrize(
    ("word", "cc"),
    [
        ("Syrian", "SY"),
        ("سوري", "SY"),
        ("السورية", "SY"),
        ("سوری", "SY"),
        ("Iraqi", "IQ"),
        ("العراقيين", "IQ"),
        ("Iranian", "IR"),
        ("ایرانی", "IR"),
        ("American", "US"),
        ("أمريكي", "US"),
        ("آمریکایی", "US"),
        ("Lebanese", "LB"),
        ("Russian", "RU"),
        ("Kurdish", ""),
        ("Paris", None),
    ],
)
def test_places_demonyms_map_to_country(word: str, cc: str | None) -> None:
    assert demonym_country(word) == cc


def test_places_demonym_resolves_to_country_and_people_to_no_place() -> None:
    syrian = resolve("Syrian")
    assert syrian.entry is not None and syrian.entry.feature_code == "PCLI"
    assert _near(syrian.lat, syrian.lon, (35.0, 38.0), 200)
    kurdish = resolve("Kurdish")
    assert kurdish.entry is None and kurdish.lat is None and kurdish.country == ""


@pytest.mark.parametrize(
    ("name", "point"),
    [
        ("Syria", (35.0, 38.0)),
        ("سوریه", (35.0, 38.0)),
        ("العراق", (33.0, 44.0)),
        ("Iran", (32.0, 53.0)),
    ],
)
def test_places_country_has_coordinates(name: str, point: tuple[float, float]) -> None:
    r = resolve(name)
    assert r.entry is not None and r.entry.feature_code == "PCLI"
    assert _near(r.lat, r.lon, point, 300)


@pytest.mark.parametrize("name", ["Diyala", "ديالى", "Saladin", "صلاح الدين"])
def test_places_province_resolves(name: str) -> None:
    r = resolve(name, Context.from_text("Iraqi forces in the province"))
    assert r.entry is not None and r.entry.country == "IQ" and r.lat is not None


@pytest.mark.parametrize("name", ["Xqzzyville", "قرية_غير_معروفة"])
def test_places_unknown_name_kept_without_coordinates(name: str) -> None:
    r = resolve(name)
    assert r.name == name and r.entry is None and r.lat is None and not r.resolved


def test_places_base_hint_prefers_site() -> None:
    r = resolve("Ain al-Asad", window="rockets hit the Ain al-Asad air base in Anbar")
    assert r.entry is not None and r.entry.feature_class == "S"


def test_places_gazetteer_lookup_folds_scripts() -> None:
    gaz = gazetteer()
    ids = {e.id for e, _ in gaz.lookup("البوکمال")}
    assert "174448" in ids


# Our own Arabic and Persian gold set (issue 10): news-style sentences we wrote, one row a
# toponym: (sentence, toponym, lat, lon). Coordinates are the city centres (rounded to 0.01°);
# a row where the text means a country has the country's centroid. Rows with the same name
# and different places test the country/province vs capital readings (الكويت, عمان, الرياض,
# جيبوتي, طرابلس). Measured 202/202 within 161 km (دولة الكويت missed while the country record
# held countrystatecity's point, 29.5 N 45.75 E; the curated list now gives GeoNames').
AR_FA_GOLD = [
    ("سيطر الجيش السوري على مدينة البوكمال قرب الحدود العراقية", "البوكمال", 34.45, 40.92),
    ("دخلت القوات العراقية بلدة القائم على الحدود مع سوريا", "القائم", 34.39, 41.0),
    ("فك الحصار عن آمرلي في محافظة صلاح الدين العراقية", "آمرلي", 34.72, 44.59),
    ("قصفت الطائرات مواقع في دمشق وريفها", "دمشق", 33.51, 36.29),
    ("اشتباكات عنيفة في أحياء حلب الشرقية في سوريا", "حلب", 36.2, 37.16),
    ("انفجار سيارة مفخخة في بغداد العاصمة العراقية", "بغداد", 33.34, 44.4),
    ("انطلقت عملية تحرير الموصل في العراق", "الموصل", 36.34, 43.13),
    ("تظاهرات في البصرة جنوب العراق", "البصرة", 30.51, 47.78),
    ("زار الوفد أربيل عاصمة إقليم كردستان العراق", "أربيل", 36.19, 44.01),
    ("توتر في كركوك بعد الاستفتاء في العراق", "كركوك", 35.47, 44.39),
    ("قالت مصادر في بيروت إن الحكومة اللبنانية اجتمعت", "بيروت", 33.89, 35.5),
    ("وصل الوزير إلى عمان في زيارة رسمية إلى الأردن", "عمان", 31.95, 35.93),
    ("عقد الاجتماع في القاهرة بحضور وزراء مصريين", "القاهرة", 30.04, 31.24),
    ("أعلنت الرياض أن السعودية سترد", "الرياض", 24.69, 46.72),
    ("سيطر الحوثيون على صنعاء في اليمن", "صنعاء", 15.35, 44.21),
    ("معارك في ريف حمص الشرقي السوري", "حمص", 34.73, 36.72),
    ("تقدمت القوات السورية نحو حماة", "حماة", 35.13, 36.75),
    ("قصف على إدلب شمال غرب سوريا", "إدلب", 35.93, 36.63),
    ("طرد التنظيم من الرقة في سوريا", "الرقة", 35.95, 39.01),
    ("فك الحصار عن مدينة دير الزور السورية", "دير الزور", 35.34, 40.14),
    ("دمر التنظيم آثار تدمر في سوريا", "تدمر", 34.56, 38.28),
    ("زار الرئيس اللاذقية على الساحل السوري", "اللاذقية", 35.52, 35.78),
    ("زار الحجاج النجف في العراق", "النجف", 32.0, 44.34),
    ("ملايين الزوار في كربلاء العراقية", "كربلاء", 32.62, 44.02),
    ("استعادت القوات العراقية تكريت", "تكريت", 34.6, 43.68),
    ("معارك الفلوجة في الأنبار العراقية", "الفلوجة", 33.35, 43.78),
    ("عادت العائلات إلى الرمادي في العراق", "الرمادي", 33.42, 43.3),
    ("سقطت صواريخ على قاعدة عين الأسد في الأنبار", "عين الأسد", 33.79, 42.44),
    ("قوات أمريكية في التنف على الحدود السورية", "التنف", 33.5, 38.65),
    ("نیروهای سوری وارد شهر البوکمال شدند", "البوکمال", 34.45, 40.92),
    ("حصار آمرلی در استان صلاح الدین عراق شکسته شد", "آمرلی", 34.72, 44.59),
    ("رئیس جمهور در تهران سخنرانی کرد", "تهران", 35.69, 51.42),
    ("نمایشگاه در اصفهان ایران برگزار شد", "اصفهان", 32.65, 51.67),
    ("زائران به مشهد ایران رفتند", "مشهد", 36.3, 59.6),
    ("زلزله در تبریز ایران", "تبریز", 38.08, 46.29),
    ("جشنواره در شیراز ایران", "شیراز", 29.61, 52.53),
    ("هیئت ایرانی به دمشق سوریه سفر کرد", "دمشق", 33.51, 36.29),
    ("نیروهای عراقی در موصل پیشروی کردند", "موصل", 36.34, 43.13),
    ("انفجار در بغداد عراق", "بغداد", 33.34, 44.4),
    ("نبرد حلب در سوریه ادامه دارد", "حلب", 36.2, 37.16),
    ("سیل در اهواز ایران", "اهواز", 31.32, 48.67),
    ("مراسم در قم ایران برگزار شد", "قم", 34.64, 50.88),
    ("زلزله در کرمانشاه ایران", "کرمانشاه", 34.31, 47.07),
    ("وزیر خارجه به بیروت لبنان رفت", "بیروت", 33.89, 35.5),
    ("نشست در آنکارا ترکیه برگزار شد", "آنکارا", 39.93, 32.86),
    ("دیدار در مسکو روسیه", "مسکو", 55.76, 37.62),
    ("انفجار در کابل افغانستان", "کابل", 34.53, 69.17),
    ("نیروهای ویژه در دیرالزور سوریه", "دیرالزور", 35.34, 40.14),
    # — Syria
    ("تظاهرات في مدينة درعا جنوب سوريا", "درعا", 32.62, 36.1),
    ("احتجاجات في السويداء جنوب سوريا", "السويداء", 32.71, 36.57),
    ("رست سفن روسية في ميناء طرطوس السوري", "طرطوس", 34.89, 35.89),
    ("اشتباكات بين القوات الكردية والجيش السوري في القامشلي", "القامشلي", 37.05, 41.22),
    ("هجوم على سجن في مدينة الحسكة شمال شرق سوريا", "الحسكة", 36.5, 40.75),
    ("دخلت القوات التركية منبج في ريف حلب", "منبج", 36.53, 37.95),
    ("عملية عسكرية تركية في عفرين شمال سوريا", "عفرين", 36.51, 36.87),
    ("معركة عين العرب كوباني على الحدود التركية السورية", "كوباني", 36.89, 38.35),
    ("دخلت فصائل المعارضة جرابلس بدعم تركي شمال حلب", "جرابلس", 36.82, 38.01),
    ("قصف على مدينة الميادين في ريف دير الزور", "الميادين", 35.02, 40.45),
    ("هجوم كيميائي على دوما في الغوطة الشرقية قرب دمشق", "دوما", 33.57, 36.4),
    ("سيطرت القوات التركية على مدينة الباب شرق حلب", "الباب", 36.37, 37.52),
    ("معارك في سراقب بريف إدلب", "سراقب", 35.86, 36.8),
    ("قصف على معرة النعمان في ريف إدلب", "معرة النعمان", 35.65, 36.67),
    ("نزوح من تل أبيض على الحدود السورية التركية", "تل أبيض", 36.7, 38.95),
    ("دخل الجيش التركي رأس العين في شمال سوريا", "رأس العين", 36.85, 40.07),
    # — Iraq
    ("احتجاجات في الناصرية جنوب العراق", "الناصرية", 31.04, 46.26),
    ("قطع طريق في العمارة بمحافظة ميسان العراقية", "العمارة", 31.84, 47.14),
    ("انفجار في مدينة الكوت العراقية", "الكوت", 32.51, 45.82),
    ("تفجير انتحاري في الحلة جنوب بغداد", "الحلة", 32.48, 44.42),
    ("تظاهرات في السماوة في محافظة المثنى العراقية", "السماوة", 31.31, 45.28),
    ("احتجاجات في الديوانية العراقية", "الديوانية", 31.99, 44.93),
    ("هجوم في بعقوبة مركز محافظة ديالى", "بعقوبة", 33.75, 44.64),
    ("زار الوفد مرقد سامراء في العراق", "سامراء", 34.2, 43.87),
    ("استعادت القوات العراقية مصفاة بيجي", "بيجي", 34.93, 43.49),
    ("انطلقت معركة تلعفر غرب الموصل", "تلعفر", 36.37, 42.45),
    ("انتخابات في السليمانية بإقليم كردستان العراق", "السليمانية", 35.56, 45.44),
    ("وصل النازحون إلى دهوك في كردستان العراق", "دهوك", 36.87, 43.0),
    ("حرر المقاتلون الأكراد سنجار في العراق", "سنجار", 36.32, 41.87),
    ("صد هجوم على سد حديثة في الأنبار العراقية", "حديثة", 34.14, 42.38),
    ("وصلت شحنة إلى ميناء أم قصر العراقي", "أم قصر", 30.03, 47.95),
    ("زلزال قرب خانقين في محافظة ديالى العراقية", "خانقين", 34.35, 45.39),
    # — Lebanon
    ("اشتباكات في طرابلس شمال لبنان", "طرابلس", 34.44, 35.83),
    ("غارة إسرائيلية قرب صيدا جنوب لبنان", "صيدا", 33.56, 35.37),
    ("قصف إسرائيلي على مدينة صور في جنوب لبنان", "صور", 33.27, 35.2),
    ("غارات على بعلبك في البقاع اللبناني", "بعلبك", 34.01, 36.21),
    ("نزوح من النبطية في جنوب لبنان", "النبطية", 33.38, 35.48),
    ("اجتماع في زحلة في البقاع اللبناني", "زحلة", 33.85, 35.9),
    # — Yemen
    ("انتقلت الحكومة اليمنية إلى عدن", "عدن", 12.79, 45.03),
    ("معارك قرب ميناء الحديدة اليمني", "الحديدة", 14.8, 42.95),
    ("حصار مدينة تعز في اليمن", "تعز", 13.58, 44.02),
    ("هجوم حوثي على مأرب في اليمن", "مأرب", 15.46, 45.32),
    ("سيطر التحالف على المكلا في حضرموت اليمنية", "المكلا", 14.54, 49.12),
    ("غارات جوية على صعدة معقل الحوثيين في اليمن", "صعدة", 16.94, 43.76),
    # — Gulf
    ("استضافت الدوحة محادثات السلام في قطر", "الدوحة", 25.29, 51.53),
    ("افتتح المعرض في دبي بالإمارات", "دبي", 25.2, 55.27),
    ("وقع الاتفاق في أبوظبي عاصمة الإمارات", "أبوظبي", 24.45, 54.38),
    ("تظاهرات في المنامة عاصمة البحرين", "المنامة", 26.23, 50.59),
    ("زار الوزير مسقط عاصمة سلطنة عمان", "مسقط", 23.59, 58.41),
    ("وصل الحجاج إلى مطار جدة في السعودية", "جدة", 21.49, 39.19),
    ("توافد الحجاج إلى مكة المكرمة في السعودية", "مكة", 21.42, 39.83),
    ("هجوم صاروخي على الدمام شرق السعودية", "الدمام", 26.43, 50.1),
    # — country vs capital
    ("زار الأمير مدينة الكويت والتقى بالمسؤولين", "الكويت", 29.37, 47.98),
    ("وقعت دولة الكويت اتفاقية مع العراق والسعودية", "الكويت", 29.5, 47.75),
    ("اجتمع وزراء خارجية سلطنة عمان وقطر والإمارات", "عمان", 21.0, 57.0),
    ("تظاهرة أمام السفارة الإسرائيلية في عمان الأردنية", "عمان", 31.95, 35.93),
    ("قال مسؤول أردني في عمان إن الحدود مغلقة", "عمان", 31.95, 35.93),
    ("انعقدت القمة في مدينة الرياض بحضور قادة الخليج", "الرياض", 24.69, 46.72),
    ("انفجار في العاصمة بغداد", "بغداد", 33.34, 44.4),
    ("رست سفينة حربية في ميناء جيبوتي", "جيبوتي", 11.59, 43.15),
    ("وقعت الصين وجيبوتي والصومال اتفاقا", "جيبوتي", 11.8, 42.6),
    ("عقدت القمة الأمريكية الكورية في سنغافورة", "سنغافورة", 1.29, 103.85),
    # — Jordan, Palestine
    ("مظاهرات في الزرقاء الأردنية", "الزرقاء", 32.07, 36.09),
    ("استقبل مخيم في إربد شمال الأردن لاجئين سوريين", "إربد", 32.56, 35.85),
    ("وصلت السفينة إلى ميناء العقبة الأردني", "العقبة", 29.53, 35.01),
    ("مواجهات في المسجد الأقصى في القدس", "القدس", 31.78, 35.22),
    ("غارات إسرائيلية على قطاع غزة", "غزة", 31.5, 34.47),
    ("اجتمعت القيادة الفلسطينية في رام الله", "رام الله", 31.9, 35.2),
    ("صفارات الإنذار في تل أبيب", "تل أبيب", 32.08, 34.78),
    ("قصف على خان يونس جنوب قطاع غزة", "خان يونس", 31.34, 34.31),
    ("اقتحام مخيم جنين في الضفة الغربية", "جنين", 32.46, 35.3),
    ("مواجهات في نابلس بالضفة الغربية", "نابلس", 32.22, 35.26),
    # — Egypt, Libya, Sudan, Turkey
    ("غرق مركب قبالة الإسكندرية في مصر", "الإسكندرية", 31.2, 29.92),
    ("معارك في بنغازي شرق ليبيا", "بنغازي", 32.12, 20.07),
    ("اشتباكات في العاصمة الليبية طرابلس", "طرابلس", 32.89, 13.19),
    ("انطلقت القوات من مصراتة الليبية", "مصراتة", 32.38, 15.09),
    ("اشتباكات في الخرطوم عاصمة السودان", "الخرطوم", 15.5, 32.56),
    ("لاجئون سوريون في غازي عنتاب التركية", "غازي عنتاب", 37.07, 37.38),
    ("عقد المؤتمر في إسطنبول بتركيا", "إسطنبول", 41.01, 28.98),
    # — World capitals
    ("قال مسؤول في واشنطن إن الإدارة الأمريكية ستفرض عقوبات", "واشنطن", 38.9, -77.04),
    ("عقد الاجتماع في لندن بحضور وزراء بريطانيين", "لندن", 51.51, -0.13),
    ("استضافت باريس مؤتمر المانحين في فرنسا", "باريس", 48.86, 2.35),
    ("أعلن الكرملين في موسكو موقف روسيا", "موسكو", 55.76, 37.62),
    ("زار الوزير بكين لإجراء محادثات مع المسؤولين الصينيين", "بكين", 39.9, 116.41),
    ("انطلقت المفاوضات في جنيف برعاية الأمم المتحدة", "جنيف", 46.2, 6.14),
    ("محادثات نووية في فيينا", "فيينا", 48.21, 16.37),
    ("صوت مجلس الأمن في نيويورك", "نيويورك", 40.71, -74.01),
    ("زار الرئيس برلين للقاء المستشار الألماني", "برلين", 52.52, 13.4),
    ("قصف روسي على كييف عاصمة أوكرانيا", "كييف", 50.45, 30.52),
    # — Persian: Iran
    ("تظاهرات در تهران پایتخت ایران", "تهران", 35.69, 51.42),
    ("آتش‌سوزی در کرج نزدیک تهران", "کرج", 35.84, 50.94),
    ("باران شدید در رشت در استان گیلان", "رشت", 37.28, 49.58),
    ("گردشگران در یزد ایران", "یزد", 31.9, 54.37),
    ("زلزله در کرمان ایران", "کرمان", 30.28, 57.08),
    ("حمله به پاسگاه در زاهدان در سیستان و بلوچستان", "زاهدان", 29.5, 60.86),
    ("نفتکش در بندرعباس لنگر انداخت", "بندرعباس", 27.18, 56.27),
    ("نیروگاه اتمی بوشهر در جنوب ایران", "بوشهر", 28.97, 50.84),
    ("تجمع در ارومیه در آذربایجان غربی", "ارومیه", 37.55, 45.08),
    ("همایش در همدان ایران برگزار شد", "همدان", 34.8, 48.51),
    ("اعتراضات در سنندج در استان کردستان ایران", "سنندج", 35.31, 47.0),
    ("کارخانه در اراک در استان مرکزی", "اراک", 34.09, 49.69),
    ("زلزله در قزوین ایران", "قزوین", 36.27, 50.0),
    ("سیل در ساری در مازندران", "ساری", 36.56, 53.06),
    ("سیل در گرگان در استان گلستان", "گرگان", 36.84, 54.44),
    ("یادبود آزادسازی خرمشهر در خوزستان", "خرمشهر", 30.44, 48.17),
    ("پالایشگاه آبادان در خوزستان ایران", "آبادان", 30.34, 48.3),
    ("موشک‌باران دزفول در جنگ ایران و عراق", "دزفول", 32.38, 48.4),
    ("بندر چابهار در جنوب شرق ایران", "چابهار", 25.29, 60.64),
    ("تأسیسات هسته‌ای نطنز در ایران", "نطنز", 33.51, 51.92),
    ("فرش‌های کاشان ایران", "کاشان", 33.98, 51.44),
    ("جشنواره در زنجان ایران", "زنجان", 36.67, 48.48),
    ("برف در اردبیل در شمال غرب ایران", "اردبیل", 38.25, 48.29),
    ("سیل در خرم‌آباد در لرستان", "خرم‌آباد", 33.49, 48.36),
    ("آرامگاه خیام در نیشابور ایران", "نیشابور", 36.21, 58.8),
    ("مسابقات در شهر سمنان ایران", "سمنان", 35.57, 53.4),
    # — Persian: country vs capital
    ("انفجار در شهر تهران", "تهران", 35.69, 51.42),
    ("هیئت ایرانی در شهر کویت با مقامات کویتی دیدار کرد", "کویت", 29.37, 47.98),
    ("وزیر خارجه به عمان سفر کرد تا با مقامات عمانی دیدار کند", "عمان", 21.0, 57.0),
    ("کشور عمان میان ایران و آمریکا میانجیگری کرد", "عمان", 21.0, 57.0),
    # — Persian: Afghanistan
    ("طالبان هرات افغانستان را گرفتند", "هرات", 34.35, 62.2),
    ("انفجار در قندهار افغانستان", "قندهار", 31.61, 65.71),
    ("نبرد در مزار شریف در شمال افغانستان", "مزار شریف", 36.71, 67.11),
    ("حمله در جلال‌آباد در شرق افغانستان", "جلال‌آباد", 34.43, 70.45),
    ("طالبان وارد قندوز افغانستان شدند", "قندوز", 36.73, 68.86),
    ("بوداهای بامیان در افغانستان", "بامیان", 34.82, 67.83),
    ("درگیری در غزنی افغانستان", "غزنی", 33.55, 68.42),
    ("نبرد لشکرگاه در هلمند افغانستان", "لشکرگاه", 31.59, 64.37),
    # — Persian: Iraq, Syria, Lebanon, Gulf
    ("زائران ایرانی به نجف عراق رسیدند", "نجف", 32.0, 44.34),
    ("راهپیمایی اربعین به کربلا در عراق", "کربلا", 32.62, 44.02),
    ("اعتراضات در بصره عراق", "بصره", 30.51, 47.78),
    ("حمله پهپادی به اربیل در اقلیم کردستان عراق", "اربیل", 36.19, 44.01),
    ("انتخابات در سلیمانیه عراق", "سلیمانیه", 35.56, 45.44),
    ("درگیری در حمص سوریه", "حمص", 34.73, 36.72),
    ("پایگاه روسی در لاذقیه سوریه", "لاذقیه", 35.52, 35.78),
    ("حمله به ادلب سوریه", "ادلب", 35.93, 36.63),
    ("مذاکرات در دوحه قطر", "دوحه", 25.29, 51.53),
    ("نمایشگاه در دبی امارات", "دبی", 25.2, 55.27),
    ("وزیر خارجه ایران به ریاض عربستان رفت", "ریاض", 24.69, 46.72),
    ("مذاکرات غیرمستقیم در مسقط", "مسقط", 23.59, 58.41),
    ("تظاهرات در منامه بحرین", "منامه", 26.23, 50.59),
    ("حمله اسرائیل به غزه", "غزه", 31.5, 34.47),
    # — Persian: world
    ("مقامات در واشنگتن تحریم‌های تازه را اعلام کردند", "واشنگتن", 38.9, -77.04),
    ("سفارت ایران در لندن", "لندن", 51.51, -0.13),
    ("نشست در پاریس فرانسه", "پاریس", 48.86, 2.35),
    ("سفر رئیس جمهور به پکن چین", "پکن", 39.9, 116.41),
    ("مذاکرات هسته‌ای در ژنو سوئیس", "ژنو", 46.2, 6.14),
    ("مذاکرات وین درباره برجام", "وین", 48.21, 16.37),
    ("سخنرانی در سازمان ملل در نیویورک", "نیویورک", 40.71, -74.01),
    ("دیدار در استانبول ترکیه", "استانبول", 41.01, 28.98),
    ("نشست سران در باکو آذربایجان", "باکو", 40.41, 49.87),
    ("سفر وزیر به ایروان ارمنستان", "ایروان", 40.18, 44.51),
    ("اجلاس شانگهای در دوشنبه تاجیکستان", "دوشنبه", 38.56, 68.79),
    ("گفتگو در اسلام‌آباد پاکستان", "اسلام‌آباد", 33.69, 73.06),
    ("دیدار در برلین آلمان", "برلین", 52.52, 13.4),
]


def test_places_ar_fa_gold_within_161km() -> None:
    hits = []
    for sentence, name, lat, lon in AR_FA_GOLD:
        (r,) = resolve_all([name], Context.from_text(sentence), windows=[sentence])
        hits.append(_near(r.lat, r.lon, (lat, lon), 161))
    misses = [g[1] for g, ok in zip(AR_FA_GOLD, hits, strict=True) if not ok]
    share = sum(hits) / len(hits)
    assert len(AR_FA_GOLD) >= 150
    assert share >= 0.99, (share, misses)


@pytest.mark.parametrize(
    ("sentence", "name", "code", "cc"),
    [
        ("وصل الوزير إلى عمان في زيارة رسمية إلى الأردن", "عمان", "PPL", "JO"),
        ("اجتمع وزراء خارجية سلطنة عمان وقطر والإمارات", "عمان", "PCLI", "OM"),
        ("زار الأمير مدينة الكويت والتقى بالمسؤولين", "الكويت", "PPL", "KW"),
        ("وقعت دولة الكويت اتفاقية مع العراق", "الكويت", "PCLI", "KW"),
        ("هیئت ایرانی در شهر کویت با مقامات کویتی دیدار کرد", "کویت", "PPL", "KW"),
        ("أعلنت الرياض أن السعودية سترد", "الرياض", "PPL", "SA"),
        ("انتخابات مجلس محافظة الرياض", "الرياض", "ADM1", "SA"),
        ("رست سفينة حربية في ميناء جيبوتي", "جيبوتي", "PPL", "DJ"),
        ("وقعت الصين وجيبوتي والصومال اتفاقا", "جيبوتي", "PCLI", "DJ"),
        ("Talks in Kuwait City", "Kuwait", "PPL", "KW"),
    ],
)
def test_places_country_or_capital_by_context(sentence: str, name: str, code: str, cc: str) -> None:
    (r,) = resolve_all([name], Context.from_text(sentence), windows=[sentence])
    assert r.entry is not None and r.entry.country == cc
    assert r.entry.feature_code == code or (code == "PPL" and r.entry.feature_class == "P")
    assert r.runner_up is not None and r.runner_up.feature_code != r.entry.feature_code


def test_places_own_mention_is_not_its_own_evidence() -> None:
    ctx = Context.from_text("وصل الوزير إلى عمان")
    assert ctx.countries.get("OM", 0.0) > 0 and ctx.countries_without("عمان").get("OM", 0) == 0


def test_places_curated_alias_rows_add_names_to_geonames_places() -> None:
    ids = {e.id for e, _ in gazetteer().lookup("واشنگتن")}
    assert ids == {"4140963"}


# --- coverage added for issue 10's English measurements: country points, aliases, states,
# counties, continents, the ", State" cue, and spotting.


@pytest.mark.parametrize(
    ("name", "point"),
    [
        ("United States", (39.76, -98.5)),  # GeoNames' country point, not countrystatecity's
        ("U.S.", (39.76, -98.5)),
        ("America", (39.76, -98.5)),
        ("Britain", (54.76, -2.70)),
        ("Canada", (60.11, -113.64)),
    ],
)
def test_places_country_aliases_and_geonames_points(name: str, point: tuple[float, float]) -> None:
    r = resolve(name)
    assert r.entry is not None and r.entry.feature_code == "PCLI"
    assert _near(r.lat, r.lon, point, 20)


@pytest.mark.parametrize(
    ("sentence", "name", "point"),
    [
        ("A tornado hit Paris, Texas, on Sunday.", "Paris", (33.66, -95.56)),
        ("Storms moved east toward Portland, Maine, overnight.", "Portland", (43.66, -70.26)),
        ("Police in Springfield, Massachusetts, arrested two men.", "Springfield", (42.10, -72.59)),
        ("Fishermen in Alexandria, Egypt, reported rough seas.", "Alexandria", (31.20, 29.92)),
        ("Reporters filed from Albany, N.Y., on Friday.", "Albany", (42.65, -73.76)),
    ],
)
def test_places_state_or_country_after_comma_decides(
    sentence: str, name: str, point: tuple[float, float]
) -> None:
    (r,) = resolve_all([name], Context.from_text(sentence), windows=[sentence])
    assert _near(r.lat, r.lon, point, 30)


def test_places_us_county_and_state_abbreviation() -> None:
    text = "GAINESVILLE, Ga. — Hall County commissioners met on Tuesday."
    county, state = resolve_all(["Hall County", "Ga."], Context.from_text(text), windows=[text] * 2)
    assert county.entry is not None and county.entry.feature_code == "ADM2"
    assert county.entry.admin1 == "GA"
    assert state.entry is not None and state.entry.id == "4197000"  # Georgia, the state


def test_places_continent_adjective_and_capital() -> None:
    eu = resolve("European")
    assert eu.entry is not None and eu.entry.feature_code == "CONT" and eu.entry.name == "Europe"
    (dc,) = resolve_all(["Washington"], Context.from_text("Lawmakers in Washington voted."))
    assert dc.entry is not None and dc.entry.feature_code == "PPLC"


def test_places_english_dev_set_floor() -> None:
    """Our own development set (benchmarks/data/geo_dev_en.tsv), given the gold spans:
    measured 0.963 within 161 km and end-to-end F1 0.963; this floor catches regressions."""
    import importlib.util
    import sys
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "benchmarks" / "eval_geocoding.py"
    spec = importlib.util.spec_from_file_location("eval_geocoding", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("eval_geocoding", mod)  # its dataclasses look themselves up there
    spec.loader.exec_module(mod)
    scores = mod.evaluate(mod.dev_en())
    assert scores["toponyms"] >= 300 and scores["within_161km"] >= 0.93
    assert mod.evaluate_e2e(mod.dev_en())["f1"] >= 0.92


def _spans(text: str, lang: str) -> list[str]:
    return [text[a:b] for a, b in spot_toponyms(text, lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "SPRINGFIELD, Ill. — The Illinois governor met mayors from Chicago and Peoria.",
            ["SPRINGFIELD", "Ill.", "Illinois", "Chicago", "Peoria"],
        ),
        ("Syrian troops entered Deir ez-Zor. Russia's envoy flew to Tbilisi.", None),
        ("Jackson Browne and Paris Hilton met Mr. Lincoln at the Boston Globe.", []),
        ("Bank of America cut jobs, Manchester United said, and Wall Street fell.", []),
        ("Hurricane warnings were raised in Miami and across the U.S. on Monday.", None),
    ],
)
def test_places_spot_english_is_precise(text: str, expected: list[str] | None) -> None:
    got = _spans(text, "en")
    if expected is None:
        names = {"Syrian", "Deir ez-Zor", "Russia", "Tbilisi", "Miami", "U.S."}
        assert got and set(got) <= names and "Hurricane" not in got
    else:
        assert got == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("قصفت الطائرات مواقع بين دمشق وبيروت", "ar", ["دمشق", "بيروت"]),
        ("وصل الوفد العراقي إلى بغداد", "ar", ["العراقي", "بغداد"]),
        ("نیروهای آمریکایی در بغداد مستقر شدند", "fa", ["آمریکایی", "بغداد"]),
        ("تظاهرات در تهران پایتخت ایران", "fa", ["تهران", "ایران"]),
    ],
)
def test_places_spot_arabic_persian_strips_clitics(
    text: str, lang: str, expected: list[str]
) -> None:
    assert _spans(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("كان الجيش في البوكمال", "ar", ["البوكمال"]),
        ("ونقل الخبر وأن القوات وصلت إلى المدينة", "ar", []),
        ("وصلت القوات إلى مدينة دير الزور، شرق سوريا", "ar", ["دير الزور", "سوريا"]),
        ("اگر جان مردم در خطر باشد اقدام می‌کنیم", "fa", []),
        ("مقامات این شهر خبر دادند", "fa", []),
        ("اجلاس در دوشنبه تاجیکستان برگزار شد", "fa", ["دوشنبه", "تاجیکستان"]),
        ("The talks ran from Jan. 5 to Oct 9 in Mosul.", "en", ["Mosul"]),
    ],
)
def test_places_spot_refuses_common_words(text: str, lang: str, expected: list[str]) -> None:
    assert _spans(text, lang) == expected


def test_places_recogniser_mentions_must_name_a_place() -> None:
    text = "Militants left the city and the Western front, then كان قصف in Tikrit."
    doc = Document(id="d", origin=Origin(path="d.txt"), format=InputFormat.TEXT, text=text)
    doc.lang = "en"

    def loc(surface: str) -> Mention:
        start = text.index(surface)
        return Mention(start, start + len(surface), "LOC", lang="ar" if surface == "كان" else "en")

    doc.mentions = [loc("the city"), loc("Western"), loc("كان"), loc("Tikrit")]
    assert [text[s:e] for s, e in sorted(toponym_spans(doc))] == ["Tikrit"]


def _places(
    text: str, lang: str, mentions: list[tuple[str, str]], source: str | None = None
) -> list[str]:
    """The resolved place ids of ``text`` after the places stage, given recogniser mentions
    as (surface, type)."""
    from rashomon.model import Segment
    from rashomon.stages.places.stage import PlaceStage

    doc = Document(id="d", origin=Origin(path="d.txt"), format=InputFormat.TEXT, text=text)
    doc.lang, doc.source = lang, source
    doc.segments = [Segment(0, len(text), lang)]
    doc.mentions = [
        Mention(text.index(s), text.index(s) + len(s), t, lang=lang) for s, t in mentions
    ]
    PlaceStage().process(doc)
    return [f"{text[p.start : p.end]}={p.place_id}" for p in doc.places]


@pytest.mark.parametrize(
    ("text", "lang", "mentions", "place"),
    [
        ("أطلقت إيران صواريخ على قاعدة عين الأسد الجوية في الأنبار.", "ar",
         [("قاعدة عين الأسد الجوية", "ORG")], "قاعدة عين الأسد=rashomon:ain-al-asad"),
        ("سپاه به پایگاه هوایی عین الاسد در عراق حمله کرد.", "fa",
         [("پایگاه هوایی عین الاسد", "ORG")], "عین الاسد=rashomon:ain-al-asad"),
        ("Iran fired missiles at Al Asad Airbase in Anbar.", "en",
         [("Al Asad Airbase", "ORG")], "Al Asad Airbase=rashomon:ain-al-asad"),
        ("Missiles hit Ain al-Asad overnight.", "en", [], "Ain al-Asad=rashomon:ain-al-asad"),
    ],
)  # fmt: skip
def test_places_air_base_found_inside_a_facility_name_tagged_as_group(
    text: str, lang: str, mentions: list[tuple[str, str]], place: str
) -> None:
    assert place in _places(text, lang, mentions)


@pytest.mark.parametrize(
    ("text", "lang", "mentions"),
    [
        ("ارتقى قائد قوة القدس في حرس الثورة فجر اليوم.", "ar", [("القدس", "LOC")]),
        ("فرمانده نیروی قدس در بغداد کشته شد.", "fa", [("قدس", "LOC")]),
        ("The commander of the IRGC-Quds Force was killed in Baghdad.", "en", []),
    ],
)
def test_places_place_word_inside_a_known_group_name_is_no_place(
    text: str, lang: str, mentions: list[tuple[str, str]]
) -> None:
    found = _places(text, lang, mentions)
    assert not [p for p in found if p.endswith("=281184")]  # not Jerusalem
    assert lang == "ar" or any(p.endswith("=98182") for p in found)  # Baghdad stays


def test_places_country_inside_a_group_name_stays_a_place() -> None:
    found = _places("Iraqi troops entered the town.", "en", [])
    assert any(p.startswith("Iraqi=") for p in found)


def test_places_outlet_named_in_the_dateline_is_no_place() -> None:
    # "Dijla Today" is a channel: its name holds the Tigris (دجلة) wherever the text repeats it
    text = (
        "بغداد – دجلة اليوم: شيّع آلاف العراقيين القتلى.\n"
        "وقال نائب لـ«دجلة اليوم» إن نهر دجلة ارتفع."
    )
    found = _places(text, "ar", [])
    assert sum(p.endswith("=rashomon:tigris") for p in found) == 1  # only the river itself
    assert any(p.startswith("بغداد=") for p in found)


def test_places_document_source_name_is_no_place() -> None:
    found = _places("Baghdad Today reported that protesters gathered in Basra.", "en", [],
                    source="Baghdad Today")  # fmt: skip
    assert [p.split("=")[0] for p in found] == ["Basra"]


def test_places_dateline_sentence_is_no_outlet_name() -> None:
    # A dash and a colon around a sentence do not make it an agency: Lebanon stays a place
    found = _places("BEIRUT — Lebanon's president said: the talks failed.", "en", [])
    assert any(p.startswith("Lebanon=") for p in found)
