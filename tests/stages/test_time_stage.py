"""The time stage: temporal expressions of a whole document, per language, with an anchor."""

from __future__ import annotations

from datetime import date

from rashomon.model import (
    ContentKind,
    DateSource,
    Document,
    InputFormat,
    Origin,
    PublicationDate,
    Segment,
)
from rashomon.stages.time.stage import TimeExpressions

FA = "ارتش سوریه روز یکشنبه ۲۸ آبان ۱۳۹۶ وارد البوکمال شد."
EN = "Two days ago the army entered the town."


def _doc(text: str, segments: list[Segment], published: date | None) -> Document:
    doc = Document("d", Origin(path="x.txt"), InputFormat.TEXT, ContentKind.TEXT, text=text)
    doc.segments = segments
    doc.lang = segments[0].lang
    if published:
        doc.published = PublicationDate(published, DateSource.META)
    return doc


def test_time_stage_reads_each_language_with_its_rules_and_offsets() -> None:
    text = f"{FA} {EN}"
    doc = _doc(
        text, [Segment(0, len(FA), "fa"), Segment(len(FA) + 1, len(text), "en")], date(2017, 11, 21)
    )
    [doc] = TimeExpressions()([doc])
    found = {text[t.start : t.end]: t for t in doc.times}
    day = found["روز یکشنبه ۲۸ آبان ۱۳۹۶"]  # the weekday beside its date is one expression
    assert day.value == "2017-11-19" and day.calendar == "jalali"
    assert found["Two days ago"].value == "2017-11-19" and found["Two days ago"].relative
    assert doc.stages == ["time.expressions.v1"]


def test_time_stage_anchors_an_undated_page_on_its_own_latest_date() -> None:
    text = "On 19 November 2017 the army entered Al-Bukamal. Two days ago it crossed the river."
    [doc] = TimeExpressions()([_doc(text, [Segment(0, len(text), "en")], None)])
    values = {text[t.start : t.end]: t.value for t in doc.times}
    assert values["Two days ago"] == "2017-11-17"


def test_time_stage_undated_text_gives_no_year_to_a_distant_yearless_day() -> None:
    # No publication date: the latest date the text states is only the earliest day of
    # writing, so "July 10" could be in 2016 or 2017; "Oct. 9", ten days before it, is not.
    text = (
        "MOSUL, Iraq, July 10 (Wire) - The prime minister declared victory. The offensive "
        "began on Oct. 17, 2016. The army first entered the city on Oct. 9."
    )
    doc = _doc(text, [Segment(0, len(text), "en")], None)
    [doc] = TimeExpressions()([doc])
    found = {text[t.start : t.end]: t.value for t in doc.times}
    assert found["July 10"] is None
    assert found["Oct. 17, 2016"] == "2016-10-17"
    assert found["Oct. 9"] == "2016-10-09"


def test_time_stage_dated_text_still_resolves_yearless_days() -> None:
    text = "The army entered the city on July 10."
    doc = _doc(text, [Segment(0, len(text), "en")], date(2017, 7, 11))
    [doc] = TimeExpressions()([doc])
    assert [t.value for t in doc.times] == ["2017-07-10"]
