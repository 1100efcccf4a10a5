"""English expressions whose value depends on more than the publication date: the date the story
last named ("the following year", "at 10 p.m."), the period an earnings story reports on, and
the tense of the clause. Our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from rashomon.stages.time import find_times

CASES: list[tuple[date, str, str, str]] = [
    # Told from the date the story last named, not from the publication date.
    (
        date(1998, 4, 18),
        "He was promoted on May 22, 1995, and the following year he was sent to Paris.",
        "the following year",
        "1996",
    ),
    (
        date(1999, 3, 2),
        "The mill opened in 1988. Later that year it was sold.",
        "Later that year",
        "1988",
    ),
    (
        date(1989, 10, 30),
        "The index fell sharply on Friday and ended 4% below the previous Friday.",
        "the previous Friday",
        "1989-10-20",
    ),
    (
        date(1999, 4, 19),
        "The doctor was killed on Oct. 23, 1998. He was shot at 10 p.m. in his kitchen.",
        "10 p.m.",
        "1998-10-23T22:00",
    ),
    (
        date(1989, 10, 30),
        "Tokyo shares fell on Friday. Dealers placed buy orders in the morning.",
        "the morning",
        "1989-10-27TMO",
    ),
    # Earnings stories: the reported quarter, and the period compared with a year before.
    (
        date(1989, 10, 26),
        "The mill posted a profit for the fiscal-first quarter ended Sept. 30. A year earlier "
        "it had a loss of $2 million.",
        "A year earlier",
        "1988-Q1",
    ),
    (
        date(1989, 10, 26),
        "Third-quarter net rose 5%. For the nine months, net was $40 million, up from $31 "
        "million a year earlier.",
        "a year earlier",
        "1988",
    ),
    (
        date(1989, 10, 31),
        "The split could be effective as early as next year's first quarter.",
        "next year's first quarter",
        "1990-Q1",
    ),
    (
        date(1989, 10, 31),
        "The chain reported sales of $59 million in the fiscal year ended Jan. 31.",
        "Jan. 31",
        "1989-01-31",
    ),
    # Tense: a past verb after the future one, a plan in the past perfect.
    (
        date(2000, 4, 5),
        "Officials will hand the boy to his father, who has waited since the boy was rescued "
        "in late November.",
        "late November",
        "1999-11",
    ),
    (
        date(1989, 10, 30),
        "The offer had been scheduled to expire at midnight Friday.",
        "midnight Friday",
        "1989-10-27T24:00",
    ),
    (
        date(1989, 10, 27),
        "Sales were flat this year through August, the fund said.",
        "through August",
        "1989-08",
    ),
    # Spelled-out and prefixed years, "one day" ahead, "a week or so ago".
    (
        date(1998, 2, 23),
        "Prices have doubled since the winter of nineteen ninety-four.",
        "the winter of nineteen ninety-four",
        "1994-WI",
    ),
    (
        date(1998, 1, 15),
        "The rebels signed a truce in nineteen ninety-one.",
        "nineteen ninety-one",
        "1991",
    ),
    (date(1998, 2, 19), "The camp was abandoned in mid-1996.", "1996", "1996"),
    (
        date(1998, 2, 5),
        "The pledge to halve unemployment by the year two thousand was dropped.",
        "the year two thousand",
        "2000",
    ),
    (
        date(1998, 3, 3),
        "Analysts say the party will one day lead the government.",
        "one day",
        "FUTURE_REF",
    ),
    (
        date(1991, 2, 25),
        "A week or so ago, the general picked the date.",
        "A week or so ago",
        "1991-W08",
    ),
]


@pytest.mark.parametrize(("anchor", "sentence", "text", "value"), CASES)
def test_value_in_context(anchor: date, sentence: str, text: str, value: str) -> None:
    found = {t.text: t.value for t in find_times(sentence, "en", anchor)}
    assert found.get(text) == value, found


def test_anaphora_without_a_named_date_keeps_the_publication_date() -> None:
    """With no date named before it, "the following year" is counted from the anchor."""
    found = find_times("The plant will close the following year.", "en", date(2017, 11, 19))
    assert [(t.text, t.value) for t in found] == [("the following year", "2018")]
