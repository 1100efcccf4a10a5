"""The slot rules for two claims of one story (:func:`rashomon.stages.claims.align.compare`
with ``same_story``): opposite judgements of one act, actors of one state, role swaps."""

from __future__ import annotations

import pytest

from rashomon.stages.claims.align import Relation, Slots, compare, sides
from rashomon.stages.claims.judgements import planned, stances, victims
from rashomon.stages.events import EventType

STRIKE = EventType.REMOTE
TAKEN = EventType.TERRITORY


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The Pentagon said the strike was a defensive action.", {"legit:+"}),
        ("He called the strike an aggression on Iraqi sovereignty.", {"legit:-"}),
        ("وصف الغارة بأنها عدوان سافر", {"legit:-"}),
        ("این حمله را اقدامی دفاعی خواند", {"legit:+"}),
        ("The shelling was not a mistake.", {"intent:+"}),
        ("قصف المواقع كان بالخطأ", {"intent:-"}),
        ("بمباران عمدی بود", {"intent:+"}),
        ("The army liberated the town.", {"held:+"}),
        ("نیروهایش این حمله را دفع کردند", {"held:-"}),
        ("وقال في خطاب إن القوات تقدمت", set()),  # "خطاب" (a speech) is no "خطأ"
    ],
)
def test_align_stances_in_three_languages(text: str, found: set[str]) -> None:
    assert stances(text) == found


def test_align_opposite_judgements_of_one_act_in_one_story_contradict() -> None:
    # "the strike was a defensive action" / "called the strike an aggression": no shared name
    defensive = Slots(STRIKE, stances=frozenset({"legit:+"}))
    aggression = Slots(STRIKE, parties=frozenset({"abdul-mahdi"}), stances=frozenset({"legit:-"}))
    found = compare(defensive, aggression, same_story=True)
    assert found.relation is Relation.CONTRADICTS
    assert "opposite judgements: legit:+/legit:-" in found.reasons
    # out of a story nothing says they tell one act
    assert compare(defensive, aggression).relation is Relation.UNRELATED


def test_align_the_kind_of_event_alone_corroborates_nothing() -> None:
    # a story tells many strikes: two of them with nothing else in common are not one act
    a = Slots(STRIKE, parties=frozenset({"us"}))
    b = Slots(STRIKE, parties=frozenset({"irgc"}))
    assert compare(a, b, same_story=True).relation is Relation.UNRELATED
    # a date or place that tells them apart keeps them apart
    dated = Slots(TAKEN, "2017-11-09", actors=frozenset({"syrian-army"}))
    other = Slots(TAKEN, "2017-11-19", actors=frozenset({"irgc"}))
    assert compare(dated, other, same_story=True).relation is Relation.UNRELATED
    undated = Slots(TAKEN, None, None, frozenset({"syrian-army"}))
    assert compare(undated, other, same_story=True).relation is Relation.CONTRADICTS


def test_align_organs_of_one_state_are_one_actor_rival_forces_are_not() -> None:
    assert sides()["irgc"][0] == sides()["iran"][0] == "iran"
    irgc = Slots(STRIKE, "2020-01-08", "ain-al-asad", frozenset({"irgc"}))
    iran = Slots(STRIKE, "2020-01-08", "ain-al-asad", frozenset({"iran"}))
    found = compare(irgc, iran)
    assert found.relation is Relation.CORROBORATES and "same side acting" in found.reasons
    # who took the town is what allied outlets dispute: the army or the IRGC's militias
    army = Slots(TAKEN, None, "albukamal", frozenset({"syrian-army"}))
    militia = Slots(TAKEN, None, None, frozenset({"hezbollah", "irgc"}))
    assert compare(army, militia, same_story=True).relation is Relation.CONTRADICTS


def test_align_a_role_swap_needs_two_full_frames() -> None:
    full = Slots(STRIKE, "2016-09-17", actors=frozenset({"us"}), targets=frozenset({"syrian-army"}))
    # word order put the target first: "مواضع ارتش سوریه را هدف قرار داد"
    misread = Slots(STRIKE, "2016-09-17", actors=frozenset({"syrian-army"}))
    assert compare(full, misread).relation is Relation.CORROBORATES
    swapped = Slots(STRIKE, "2016-09-17", actors=frozenset({"syrian-army"}),
                    targets=frozenset({"us"}))  # fmt: skip
    assert compare(full, swapped).relation is Relation.CONTRADICTS


def test_align_a_town_taken_contradicts_its_attack_repelled_there_only() -> None:
    taken = Slots(TAKEN, None, "albukamal", stances=frozenset({"held:+"}))
    repelled = Slots(EventType.BATTLE, None, "albukamal", stances=frozenset({"held:-"}))
    found = compare(taken, repelled, same_story=True)
    assert found.relation is Relation.CONTRADICTS
    assert "opposite judgements: held:+/held:-" in found.reasons
    # a counter-attack repelled somewhere else says nothing of the town
    elsewhere = Slots(EventType.BATTLE, None, "t2-station", stances=frozenset({"held:-"}))
    assert compare(taken, elsewhere, same_story=True).relation is Relation.UNRELATED


def test_align_tolls_of_different_people_are_two_counts() -> None:
    assert victims("۹ غیرنظامی نیز جان باختند") == {"civilians"}
    assert victims("killing 33 soldiers") == victims("34 جنديا") == {"combatants"}
    soldiers = Slots(EventType.KILLING, numbers=frozenset({6}), casualties=True,
                     victims=frozenset({"combatants"}))  # fmt: skip
    no_civilians = Slots(EventType.KILLING, numbers=frozenset({0}), casualties=True,
                         negated=True, victims=frozenset({"civilians"}))  # fmt: skip
    assert compare(soldiers, no_civilians, same_story=True).relation is Relation.UNRELATED
    # who was killed, told without figures, is the dispute itself
    fighters = Slots(EventType.KILLING, "2017-04-07", casualties=True,
                     victims=frozenset({"combatants"}))  # fmt: skip
    civilians = Slots(EventType.CIVILIANS, "2017-04-07", casualties=True,
                      victims=frozenset({"civilians"}))  # fmt: skip
    found = compare(fighters, civilians, same_story=True)
    assert found.relation is Relation.CONTRADICTS
    assert "different victims: civilians/combatants" in found.reasons


def test_align_a_threat_is_not_the_act_it_threatens() -> None:
    # "further strikes would follow" / "Tehran denied that it had carried out the strike"
    threat = Slots(STRIKE, planned=True)
    denial = Slots(STRIKE, negated=True)
    assert compare(threat, denial, same_story=True).relation is Relation.UNRELATED
    assert compare(Slots(STRIKE), denial, same_story=True).relation is Relation.CONTRADICTS
    assert planned("He warned that further strikes would follow.")
    assert planned("سپاه گفت که حملات ادامه خواهد داشت")
    assert not planned("سيطرت القوات على المدينة")  # "سيطرت" is no future "س"


def test_align_one_frame_with_another_date_and_place_is_one_act_disputed() -> None:
    # the coalition on the Syrian army, a day and a hill apart: the dispute, not two acts
    a = Slots(STRIKE, "2016-09-17", "jabal-tharda", frozenset({"coalition"}),
              frozenset({"syrian-army"}))  # fmt: skip
    b = Slots(STRIKE, "2016-09-16", "deir-ezzor-airport", frozenset({"coalition"}),
              frozenset({"syrian-army"}))  # fmt: skip
    assert compare(a, b, same_story=True).relation is Relation.CONTRADICTS
    other = Slots(STRIKE, "2016-09-16", "deir-ezzor-airport", frozenset({"isis"}))
    assert compare(a, other, same_story=True).relation is Relation.UNRELATED


def test_align_a_count_both_give_is_an_anchor() -> None:
    # "only 23 missiles reached the base" / "23 صاروخا فقط وصلت": no event found in the second
    missiles = Slots(STRIKE, numbers=frozenset({23}))
    found = compare(missiles, Slots(numbers=frozenset({23})), same_story=True)
    assert found.relation is Relation.CORROBORATES and "same figure" in found.reasons
    # one is no rare count, and a toll is not a count of missiles
    assert compare(missiles, Slots(numbers=frozenset({1}))).relation is Relation.UNRELATED
    toll = Slots(numbers=frozenset({23}), casualties=True)
    assert compare(missiles, toll).relation is Relation.UNRELATED
