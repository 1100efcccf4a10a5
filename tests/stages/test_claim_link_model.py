"""The claim-link model (:mod:`rashomon.stages.claims.align`): the shipped weights load, and
the learnt decision sits on top of the slot rules without undoing what they guarantee."""

from __future__ import annotations

import numpy as np

from rashomon.stages.claims.align import (
    FEATURES,
    RELATIONS,
    LinkModel,
    Relation,
    Slots,
    compare_readings,
    decide,
    link_model,
    numbers,
)
from rashomon.stages.claims.train_links import fit
from rashomon.stages.events import EventType

STRIKE = Slots(type=EventType.REMOTE, date="2019-09-14", place="abqaiq",
               actors=frozenset({"houthis"}), parties=frozenset({"houthis"}))  # fmt: skip
DENIAL = Slots(parties=frozenset({"houthis"}), negated=True)
ELSEWHERE = Slots(type=EventType.PROTEST, date="2019-10-01", place="baghdad")


def _always(relation: Relation, p: float = 0.99) -> LinkModel:
    """A model whose bias alone gives ``relation`` probability ``p``."""
    rows = []
    for r in RELATIONS:
        bias = np.log(p) if r is relation else np.log((1 - p) / (len(RELATIONS) - 1))
        rows.append((float(bias),) + (0.0,) * (len(FEATURES) - 1))
    return LinkModel(tuple(rows), threshold=0.6)


def test_shipped_model_loads_for_the_current_features() -> None:
    model = link_model()
    assert model is not None
    assert len(model.weights) == len(RELATIONS)
    assert all(len(row) == len(FEATURES) for row in model.weights)
    assert 0.0 < model.threshold <= 1.01


def test_without_a_model_decide_is_the_rules() -> None:
    for a, b in ((STRIKE, DENIAL), (STRIKE, STRIKE), (STRIKE, ELSEWHERE)):
        assert decide([a], [b], model=None) == compare_readings([a], [b])


def test_a_denial_of_a_shared_party_contradicts_the_event_it_shares() -> None:
    # "Tehran denied any role" repeats no verb of the strike it denies
    decided = decide([STRIKE], [DENIAL], model=None)
    assert decided.relation is Relation.CONTRADICTS
    assert "one asserts what the other denies" in decided.reasons


def test_a_confident_model_overrules_the_rules_and_says_so() -> None:
    decided = decide([STRIKE], [STRIKE], model=_always(Relation.CONTRADICTS))
    assert decided.relation is Relation.CONTRADICTS
    assert decided.confidence == 0.99
    assert decided.reasons[0].startswith("link model: contradicts")
    # below its threshold it leaves the rules alone
    unsure = decide([STRIKE], [STRIKE], model=_always(Relation.CONTRADICTS, p=0.5))
    assert unsure.relation is Relation.CORROBORATES


def test_the_model_never_corroborates_what_the_rules_call_unrelated() -> None:
    assert compare_readings([STRIKE], [ELSEWHERE]).relation is Relation.UNRELATED
    decided = decide([STRIKE], [ELSEWHERE], model=_always(Relation.CORROBORATES))
    assert decided.relation is Relation.UNRELATED


def test_fit_learns_a_separable_rule() -> None:
    # feature 1 on: contradicts; off: corroborates (the bias column is 1 throughout)
    x = np.array([[1.0, 1.0], [1.0, 1.0], [1.0, 0.0], [1.0, 0.0]])
    y = np.array([1, 1, 0, 0])
    w = fit(x, y, l2=0.01, steps=500)
    assert list((x @ w.T).argmax(axis=1)) == [1, 1, 0, 0]


def test_no_one_is_none() -> None:
    assert numbers("no one was killed") == frozenset({0})
    assert numbers("one soldier was killed") == frozenset({1})
