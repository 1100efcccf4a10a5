"""extract_events on our own en/ar/fa sentences, and the ontology's mapping."""

from __future__ import annotations

import pytest

from rashomon.stages.events import MAPPING, Event, EventType, Weapon, extract_events

Names = dict[str, tuple[str, str]]


def spans(text: str, names: Names) -> list[tuple[int, int, str, str]]:
    out = []
    for surface, (typ, key) in names.items():
        start = text.index(surface)
        out.append((start, start + len(surface), typ, key))
    return out


def events(text: str, lang: str, names: Names, times: dict[str, str] | None = None) -> list[Event]:
    ms = spans(text, names)
    places = [(s, e, k) for s, e, t, k in ms if t in ("LOC", "FAC")]
    ts = [(s, e, k) for s, e, _, k in spans(text, {t: ("", v) for t, v in (times or {}).items()})]
    return extract_events(text, [(0, len(text), lang)], ms, ts, places)


def roles(e: Event) -> tuple[str, list[str | None], list[str | None], str | None, str | None]:
    place = e.place.key if e.place else None
    return e.type.value, [a.key for a in e.actors], [a.key for a in e.targets], place, e.date


ALBUKAMAL = [
    ("en", "The Syrian army and its allies liberated Al-Bukamal from ISIS on 19 November 2017.",
     {"Syrian army": ("ORG", "syrian-army"), "Al-Bukamal": ("LOC", "albukamal"),
      "ISIS": ("ORG", "isis")}, {"19 November 2017": "2017-11-19"}),
    ("ar", "حرر الجيش السوري وحلفاؤه مدينة البوكمال من تنظيم داعش في 19 تشرين الثاني 2017.",
     {"الجيش السوري": ("ORG", "syrian-army"), "البوكمال": ("LOC", "albukamal"),
      "داعش": ("ORG", "isis")}, {"19 تشرين الثاني 2017": "2017-11-19"}),
    ("fa", "ارتش سوریه و متحدانش در ۲۸ آبان ۱۳۹۶ البوکمال را از داعش آزاد کردند.",
     {"ارتش سوریه": ("ORG", "syrian-army"), "البوکمال": ("LOC", "albukamal"),
      "داعش": ("ORG", "isis")}, {"۲۸ آبان ۱۳۹۶": "2017-11-19"}),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "names", "times"), ALBUKAMAL)
def test_events_albukamal_is_one_event_in_three_languages(
    lang: str, text: str, names: Names, times: dict[str, str]
) -> None:
    found = events(text, lang, names, times)
    assert [roles(e) for e in found] == [
        ("territory-taken", ["syrian-army"], ["isis"], "albukamal", "2017-11-19")
    ]
    e = found[0]
    assert e.acled[0] == "Battles" and e.plover[0] == "FIGHT"
    assert text[e.evidence.start : e.evidence.end] == text


KILLING = [
    ("en", "A U.S. drone strike killed Qassem Soleimani near Baghdad airport.",
     {"U.S.": ("LOC", "us"), "Qassem Soleimani": ("PER", "soleimani"),
      "Baghdad airport": ("FAC", "baghdad-airport")}),
    ("ar", "استشهد قائد قوة القدس قاسم سليماني في غارة أمريكية قرب مطار بغداد.",
     {"قوة القدس": ("ORG", "quds-force"), "قاسم سليماني": ("PER", "soleimani"),
      "مطار بغداد": ("FAC", "baghdad-airport")}),
    ("fa", "سردار قاسم سلیمانی در حمله پهپادی آمریکا در نزدیکی فرودگاه بغداد ترور شد.",
     {"قاسم سلیمانی": ("PER", "soleimani"), "آمریکا": ("LOC", "us"),
      "فرودگاه بغداد": ("FAC", "baghdad-airport")}),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "names"), KILLING)
def test_events_killed_in_a_strike_is_one_killing(lang: str, text: str, names: Names) -> None:
    (e,) = events(text, lang, names)
    assert e.type is EventType.KILLING and e.weapon is Weapon.AIR
    assert [a.key for a in e.targets] == ["soleimani"]
    assert e.place is not None and e.place.key == "baghdad-airport"
    assert e.acled == ("Explosions/Remote violence", "Air/drone strike")
    assert "quds-force" not in [a.key for a in e.actors]  # the victim's title, not the killer


@pytest.mark.parametrize(
    ("lang", "text", "names", "expected"),
    [
        ("en", "Iran fired missiles at Ain al-Asad air base.",
         {"Iran": ("LOC", "iran"), "Ain al-Asad air base": ("FAC", "ain-al-asad")},
         ("remote-violence", ["iran"], [], "ain-al-asad", None)),
        ("ar", "اعتقل جهاز مكافحة الإرهاب عناصر من كتائب حزب الله في بغداد.",
         {"جهاز مكافحة الإرهاب": ("ORG", "cts"), "كتائب حزب الله": ("ORG", "kh"),
          "بغداد": ("LOC", "baghdad")},
         ("arrest", ["cts"], ["kh"], "baghdad", None)),
        ("fa", "حسن روحانی در بغداد با عادل عبدالمهدی دیدار کرد.",
         {"حسن روحانی": ("PER", "rouhani"), "بغداد": ("LOC", "baghdad"),
          "عادل عبدالمهدی": ("PER", "abdul-mahdi")},
         ("visit-meeting", ["rouhani"], ["abdul-mahdi"], "baghdad", None)),
        ("en", "Thousands of protesters gathered in Tahrir Square.",
         {"Tahrir Square": ("LOC", "tahrir")}, ("protest", [], [], "tahrir", None)),
    ],
)  # fmt: skip
def test_events_types_and_roles(
    lang: str, text: str, names: Names, expected: tuple[object, ...]
) -> None:
    assert [roles(e) for e in events(text, lang, names)] == [expected]


def test_events_the_reporter_is_not_the_actor() -> None:
    text = "The Pentagon said that the strike destroyed the convoy."
    (e,) = events(text, "en", {"Pentagon": ("ORG", "pentagon")})
    assert e.type is EventType.REMOTE and e.actors == ()


def test_events_an_attack_without_weapons_is_a_battle() -> None:
    text = "Kurdish officials accused Baghdad of launching an attack on Kirkuk."
    assert [e.type for e in events(text, "en", {})] == [EventType.BATTLE]
    armed = "Militants launched an attack with rockets and mortars on the base."
    assert [e.type for e in events(armed, "en", {})] == [EventType.REMOTE]


def test_events_without_annotations_still_type_and_locate() -> None:
    text = "The town fell to the militants.\n\nNo event is told here at all."
    found = extract_events(text, [(0, 31, "en"), (33, len(text), "en"), (0, 5, "und")])
    assert [(e.type, e.segment, e.actors, e.place) for e in found] == [
        (EventType.TERRITORY, 0, (), None)
    ]
    assert text[found[0].trigger.start : found[0].trigger.end] == "fell to"


def test_events_every_type_maps_to_acled_and_plover() -> None:
    assert set(MAPPING) == set(EventType)
    assert all(acled and plover for acled, _, plover, _ in MAPPING.values())


def test_events_roles_hold_with_predicted_style_mentions() -> None:
    """What a recogniser gives, not what an annotator marks: a part of a force before "من"
    (Arabic verb-subject order), a pronoun mention, a title split from the name it qualifies,
    and a country resolved as a place whose entity key, not its place id, must act."""
    ar = "حررت وحدات من الجيش السوري مدينة البوكمال من تنظيم داعش."
    ar_names = {"الجيش السوري": ("ORG", "army"), "البوكمال": ("LOC", "albukamal"),
                "تنظيم": ("ORG", None), "داعش": ("ORG", "isis")}  # fmt: skip
    assert roles(events(ar, "ar", ar_names)[0])[:4] == (
        "territory-taken", ["army"], ["isis"], "albukamal",
    )  # fmt: skip
    en = "The Syrian army and its allies liberated Al-Bukamal from ISIS."
    en_names = {"Syrian army": ("ORG", "army"), "its allies": ("ORG", None),
                "Al-Bukamal": ("LOC", "albukamal"), "ISIS": ("ORG", "isis")}  # fmt: skip
    assert roles(events(en, "en", en_names)[0])[1] == ["army"]
    text = "A U.S. drone strike killed Soleimani near Baghdad."
    ms = [*spans(text, {"U.S.": ("LOC", "geo:6252001"), "Soleimani": ("PER", "soleimani")}),
          *spans(text, {"Baghdad": ("LOC", None)})]  # fmt: skip
    places = [(s, e, k.removeprefix("geo:") if k else "98182") for s, e, t, k in ms if t == "LOC"]
    (e,) = extract_events(text, [(0, len(text), "en")], ms, (), places)
    assert [a.key for a in e.actors] == ["geo:6252001"] and e.place and e.place.key == "98182"


def test_events_a_killing_names_no_killer_after_an_intransitive_trigger() -> None:
    text = "استشهد قائد قوة القدس قاسم سليماني في غارة قرب مطار بغداد."
    e = events(text, "ar", {"القدس": ("LOC", "geo:281184"), "قاسم سليماني": ("PER", "soleimani"),
                            "مطار بغداد": ("FAC", "airport")})[0]  # fmt: skip
    assert (e.actors, [a.key for a in e.targets]) == ((), ["soleimani"])
    assert e.place and e.place.key == "airport" and e.filled == 2
    fa = "دست‌کم ۸۰ نظامی آمریکایی در این حمله کشته شدند."
    (e,) = events(fa, "fa", {"نظامی آمریکایی": ("ORG", "us-troops")})
    assert e.actors == ()  # the Persian subject of a passive killing is who died


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A second explosion hit the Baron Hotel."),
        ("ar", "وأعلن تنظيم داعش مسؤوليته عن التفجير."),
        ("fa", "انفجار دومی در هتل بارون رخ داد."),
    ],
)
def test_events_an_explosion_is_remote_violence(lang: str, text: str) -> None:
    assert [e.type for e in events(text, lang, {})] == [EventType.REMOTE]
