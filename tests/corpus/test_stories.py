"""Incremental story clustering and cross-lingual ranking. Report sentences are our own."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from functools import partial

import numpy as np
import pytest

from rashomon.corpus.embed import Embedder
from rashomon.corpus.stories import (
    StoryClusterer,
    StoryConfig,
    StoryItem,
    anchors,
    cluster,
    rank,
    story_id,
    story_item,
)
from rashomon.corpus.stories.block import BlockSearch
from rashomon.corpus.stories.cluster import scene_places
from rashomon.corpus.stories.index import AutoIndex, ExactIndex
from rashomon.corpus.stories.retrieval import skeleton
from rashomon.model import (
    DateSource,
    Document,
    DupKind,
    DuplicateLink,
    InputFormat,
    Mention,
    Origin,
    PlaceMention,
    PublicationDate,
    Segment,
    TimeMention,
)

KERMAN_EN = (
    "Twin blasts kill dozens at memorial in Kerman",
    "Two explosions tore through a crowd gathered near the tomb of Qassem Soleimani in Kerman "
    "on Wednesday, on the anniversary of his death. Officials said more than 80 people died. "
    "The Islamic State group later claimed the bombing.",
)
KERMAN_FA = (
    "دو انفجار در کرمان ده‌ها کشته بر جا گذاشت",
    "دو انفجار چهارشنبه در میان جمعیتی که در سالگرد درگذشت قاسم سلیمانی نزدیک مزار او در "
    "کرمان جمع شده بودند، بیش از ۸۰ کشته بر جا گذاشت. داعش بعدتر مسئولیت حمله را پذیرفت.",
)
FLOOD_EN = (
    "Floods cut roads in southern Iraq",
    "Heavy rain flooded farmland and cut the main highway between Basra and Nasiriyah on "
    "Sunday. Farmers said the wheat harvest was lost in several villages.",
)


def _unit(v: np.ndarray) -> np.ndarray:
    return (v / np.linalg.norm(v)).astype(np.float32)


def _synthetic(n_stories: int = 12, per_story: int = 4, seed: int = 3) -> list[StoryItem]:
    """Documents around well-separated story centres, in three languages, dated by story."""
    rng = np.random.default_rng(seed)
    langs = ("en", "ar", "fa")
    shift = {lang: rng.normal(size=384) * 0.6 for lang in langs}
    items = []
    for s in range(n_stories):
        centre = rng.normal(size=384)
        for j in range(per_story):
            lang = langs[j % 3]
            vec = _unit(centre + shift[lang] + 0.3 * rng.normal(size=384))
            day = date(2020, 1, 1 + 2 * s)
            items.append(StoryItem(f"s{s}-{j}", lang, vec, day))
    order = rng.permutation(len(items))
    return [items[i] for i in order]


def _priors(items: list[StoryItem]) -> dict[str, np.ndarray]:
    """Language means of the generated documents, as the development set provides them."""
    langs = {i.lang for i in items}
    return {lang: np.mean([i.vector for i in items if i.lang == lang], axis=0) for lang in langs}


def test_stories_english_and_persian_reports_of_one_event_join(embedder: Embedder) -> None:
    vecs = embedder.embed_documents(
        [
            (t, x, [], lang)
            for (t, x), lang in ((KERMAN_EN, "en"), (KERMAN_FA, "fa"), (FLOOD_EN, "en"))
        ]
    )
    clusterer = StoryClusterer()
    day = date(2024, 1, 3)
    kerman_en = clusterer.add(StoryItem("kerman.en", "en", vecs[0], day))
    kerman_fa = clusterer.add(StoryItem("kerman.fa", "fa", vecs[1], day))
    flood = clusterer.add(StoryItem("flood.en", "en", vecs[2], day))
    assert kerman_fa == kerman_en
    assert flood != kerman_en


def test_stories_same_place_a_year_apart_are_two_stories() -> None:
    vec = _unit(np.random.default_rng(0).normal(size=384))
    clusterer = StoryClusterer()
    first = clusterer.add(StoryItem("palmyra-2016", "en", vec, date(2016, 3, 27)))
    again = clusterer.add(StoryItem("palmyra-2016b", "ar", vec, date(2016, 3, 28)))
    later = clusterer.add(StoryItem("palmyra-2017", "en", vec, date(2017, 3, 2)))
    assert again == first
    assert later != first


def test_stories_recover_synthetic_stories_in_any_order() -> None:
    items = _synthetic()
    clusterer = StoryClusterer(priors=_priors(items))
    for item in items:
        clusterer.add(item)
    groups = sorted(sorted(m) for m in clusterer.stories().values())
    expected = sorted(
        sorted(i.doc_id for i in items if i.doc_id.split("-")[0] == s)
        for s in {i.doc_id.split("-")[0] for i in items}
    )
    assert groups == expected


def test_stories_restore_then_add_equals_adding_all() -> None:
    items = _synthetic(seed=5)
    whole = StoryClusterer(priors=_priors(items))
    assigned = [(item, whole.add(item)) for item in items]
    assert len(whole.stories()) > 1
    resumed = StoryClusterer(priors=_priors(items))
    resumed.restore(assigned[:20])
    for item in items[20:]:
        resumed.add(item)
    assert resumed.stories() == whole.stories()


def test_stories_ids_are_deterministic_and_named_after_the_first_document() -> None:
    items = _synthetic(n_stories=4, seed=7)
    runs = []
    for _ in range(2):
        clusterer = StoryClusterer(priors=_priors(items))
        runs.append([clusterer.add(item) for item in items])
    assert runs[0] == runs[1]
    assert runs[0][0] == story_id(items[0].doc_id)
    assert clusterer.add(items[0]) == runs[0][0]  # adding again changes nothing


def test_stories_a_copy_joins_its_original_story() -> None:
    rng = np.random.default_rng(1)
    clusterer = StoryClusterer()
    original = clusterer.add(StoryItem("wire", "en", _unit(rng.normal(size=384)), date(2020, 1, 8)))
    copy = StoryItem(
        "reprint", "en", _unit(rng.normal(size=384)), date(2020, 3, 1), duplicate_of="wire"
    )
    assert clusterer.add(copy) == original


@pytest.mark.parametrize(
    ("latin", "arabic_script"),
    [("Trump", "ترامپ"), ("Soleimani", "سليماني"), ("Guterres", "غوتيريش"), ("Mosul", "الموصل")],
)
def test_retrieval_skeleton_matches_names_across_scripts(latin: str, arabic_script: str) -> None:
    assert skeleton(latin) == skeleton(arabic_script)


def test_retrieval_anchors_read_persian_digits_and_separators() -> None:
    assert anchors("۲٬۷۵۰ تن و ۱۷۶ سرنشین").numbers == {"2750", "176"}
    assert anchors("2,750 tonnes and 176 people").numbers == {"2750", "176"}


def test_retrieval_rank_breaks_ties_with_shared_numbers() -> None:
    vec = _unit(np.ones(384))
    cands = np.stack([vec, vec, vec])
    texts = [
        "Officials counted 12 dead.",
        "Officials counted 176 dead.",
        "Officials counted 40 dead.",
    ]
    idx, _ = rank(vec[None, :], cands, ["مقتل ۱۷۶ شخصاً"], texts, top=3)
    assert idx[0, 0] == 1


def test_stories_hnsw_index_finds_the_same_stories_as_exact_search() -> None:
    pytest.importorskip("usearch")
    items = _synthetic(seed=11)
    found = []
    for mode in ("exact", "hnsw"):
        clusterer = StoryClusterer(StoryConfig(index=mode), priors=_priors(items))
        for item in items:
            clusterer.add(item)
        found.append(clusterer.stories())
    assert found[0] == found[1]


def _crowded(n: int = 240, seed: int = 2) -> list[StoryItem]:
    """Many documents around nearby centres within a month: every candidate search matters."""
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(n // 6, 384))
    langs = ("en", "ar", "fa")
    items = []
    for i in range(n):
        vec = _unit(centres[rng.integers(len(centres))] + 1.2 * rng.normal(size=384))
        items.append(StoryItem(f"d{i}", langs[i % 3], vec, date(2021, 5, 1 + i % 28)))
    return items


@pytest.mark.parametrize("switch_at", [None, 40])
def test_stories_add_many_equals_adding_one_by_one(
    switch_at: int | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    if switch_at is not None:  # a language's index turns into an HNSW graph mid-block
        pytest.importorskip("usearch")
        monkeypatch.setattr(cluster, "AutoIndex", partial(AutoIndex, switch_at=switch_at))
    items = _crowded()
    items.insert(140, items[10])  # a document seen before: its story, nothing new
    one = StoryClusterer(priors=_priors(items))
    expected = [one.add(item) for item in items]
    many = StoryClusterer(priors=_priors(items))
    many.restore(zip(items[:30], expected[:30], strict=True))
    assert expected[:30] + many.add_many(items[30:]) == expected
    assert 10 < len(many.stories()) < len(items) - 10  # the decisions were not all alike


def test_stories_block_search_ranks_as_the_exact_index() -> None:
    """Each block document's full ranking, while the language means move within the block."""
    rng = np.random.default_rng(4)
    langs = ["en", "fa"] * 30
    raw = [2.0 * rng.normal(size=384) + (3.0 if lang == "fa" else 0.0) for lang in langs]
    vecs = np.stack([_unit(v) for v in raw])
    priors = {"en": rng.normal(size=384) * 0.1, "fa": rng.normal(size=384) * 0.1}
    earlier = 40  # stored before the block; the last 20 documents are the block
    sums = {lang: vecs[:earlier][np.array(langs[:earlier]) == lang].sum(axis=0) for lang in priors}
    counts = {lang: langs[:earlier].count(lang) for lang in priors}
    indexes = {lang: ExactIndex(384) for lang in priors}
    for p in range(earlier):
        indexes[langs[p]].add(p, vecs[p])
    search = BlockSearch(
        {lang: index.items() for lang, index in indexes.items()},
        vecs[earlier:],
        [float(np.linalg.norm(v)) for v in raw[earlier:]],
        langs[earlier:],
        priors,
        sums,
        counts,
        prior_weight=30.0,
    )
    for i, lang in enumerate(langs[earlier:]):
        pos = earlier + i
        mean = (30.0 * priors[lang] + sums[lang]) / (30.0 + counts[lang])
        query = _unit(raw[pos] - mean)
        for other in priors:
            index = ExactIndex(384)
            for p in range(pos):
                if langs[p] == other:
                    index.add(p, vecs[p])
            expected, _ = index.search(query, len(index))
            assert search.search(i, lang, other, len(index)).tolist() == expected.tolist()
        search.stored(i, pos, lang)
        sums[lang] = sums[lang] + vecs[pos]
        counts[lang] += 1


def test_stories_story_item_reads_an_analysed_document() -> None:
    text = "Iraqi forces entered Tikrit on Tuesday. The flag was raised over the governorate."
    doc = Document(
        id="doc-1",
        origin=Origin(path="a.txt"),
        format=InputFormat.TEXT,
        title="Tikrit retaken",
        text=text,
        lang="en",
        published=PublicationDate(datetime(2015, 3, 31, 9, 0), DateSource.INPUT),
        mentions=[Mention(21, 27, "LOC", entity="geo:tikrit")],
        places=[PlaceMention(21, 27, "Tikrit", place_id="99131")],
        duplicates=[DuplicateLink("doc-0", DupKind.NEAR, 0.9)],
    )
    item = story_item(doc, np.ones(384, dtype=np.float32))
    assert item.published == date(2015, 3, 31)
    assert "geo:tikrit" in item.entities and "name:tkrt" in item.entities
    assert item.places == {"99131"} and item.duplicate_of == "doc-0"


def test_stories_scene_is_the_towns_and_sites_of_the_lead() -> None:
    text = (
        "A drone strike hit a convoy near Baghdad airport before dawn. "
        "Iraq's government called it a violation of sovereignty. "
        "Thousands later marched in Tehran."
    )
    at = text.index
    cut = [0, at("Iraq's"), at("Thousands"), len(text)]
    doc = Document(
        id="doc-2",
        origin=Origin(path="b.txt"),
        format=InputFormat.TEXT,
        text=text,
        segments=[Segment(a, b, "en") for a, b in zip(cut, cut[1:], strict=False)],
        places=[
            PlaceMention(
                at("Baghdad"), at("Baghdad") + 7, "Baghdad", place_id="98182", feature="P/PPLC"
            ),
            PlaceMention(at("Iraq"), at("Iraq") + 4, "Iraq", place_id="99237", feature="A/PCLI"),
            PlaceMention(at("Tehran"), at("Tehran") + 6, "Tehran", "112931", feature="P/PPLC"),
        ],
    )
    assert scene_places(doc) == {"98182"}  # not the country, not the later sentence
    assert story_item(doc, np.ones(384, dtype=np.float32)).scene == {"98182"}


def test_stories_a_story_set_in_one_place_pushes_away_a_report_from_another() -> None:
    """The Soleimani strike (Baghdad) and the missile reprisal on Ain al-Asad five days later
    are told with the same names; where each report says it happened keeps them apart."""
    rng = np.random.default_rng(5)
    base = rng.normal(size=384)
    clusterer = StoryClusterer(priors={})
    for k, lang in enumerate(("en", "ar")):
        vec = _unit(base + 0.3 * rng.normal(size=384))
        clusterer.add(
            StoryItem(f"strike.{lang}", lang, vec, date(2020, 1, 3 + k), scene=_scene("b"))
        )
    vec = _unit(base + 0.3 * rng.normal(size=384))
    here = StoryItem("x", "fa", vec, date(2020, 1, 5), scene=_scene("b"))
    elsewhere = StoryItem("y", "fa", vec, date(2020, 1, 5), scene=_scene("a"))
    [(story, near)] = clusterer.scores(here).items()
    far = clusterer.scores(elsewhere)[story]
    cfg = StoryConfig()
    assert near - far == pytest.approx(cfg.scene_weight + cfg.scene_mismatch)


def test_stories_one_report_is_not_yet_a_scene() -> None:
    vec = _unit(np.random.default_rng(6).normal(size=384))
    clusterer = StoryClusterer(priors={})
    clusterer.add(StoryItem("first", "en", vec, date(2020, 1, 8), scene=_scene("a")))
    other = clusterer.scores(StoryItem("y", "ar", vec, date(2020, 1, 8), scene=_scene("e")))
    none = clusterer.scores(StoryItem("z", "ar", vec, date(2020, 1, 8)))
    assert other == pytest.approx(none)


def test_stories_event_day_and_lead_date_come_from_the_lead() -> None:
    """The event day is the first day the lead names (relative days resolved against the
    publication date); a document without a publication date is dated by a full date its lead
    states, never by a relative day (nothing to resolve it against)."""
    text = "Missiles struck the base early on Wednesday. It was the reply to the strike of Friday."
    cut = [0, text.index("It was"), len(text)]
    at = text.index

    def doc(published: PublicationDate | None, times: list[TimeMention]) -> Document:
        return Document(
            id="doc-3",
            origin=Origin(path="c.txt"),
            format=InputFormat.TEXT,
            text=text,
            published=published,
            segments=[Segment(a, b, "en") for a, b in zip(cut, cut[1:], strict=False)],
            times=times,
        )

    wednesday = TimeMention(
        at("Wednesday"), at("Wednesday") + 9, "2020-01-08", "day", relative=True
    )
    friday = TimeMention(at("Friday"), at("Friday") + 6, "2020-01-03", "day", relative=True)
    dated = doc(PublicationDate(datetime(2020, 1, 13), DateSource.INPUT), [friday, wednesday])
    item = story_item(dated, np.ones(384, dtype=np.float32))
    assert item.published == date(2020, 1, 13) and item.event_day == date(2020, 1, 8)
    undated = story_item(doc(None, [wednesday]), np.ones(384, dtype=np.float32))
    assert undated.published is None and undated.event_day is None
    stated = replace(wednesday, value="2020-01-08T01:20", relative=False)
    item = story_item(doc(None, [stated]), np.ones(384, dtype=np.float32))
    assert item.published == date(2020, 1, 8) == item.event_day


def test_stories_event_day_keeps_apart_a_reprisal_reported_alongside() -> None:
    """Reports of a strike name its day; a report of the reprisal five days later, with the
    same names and scene, is pushed away, and a report written a week after the strike that
    names its day is drawn in."""
    rng = np.random.default_rng(7)
    base = rng.normal(size=384)
    clusterer = StoryClusterer(priors={})
    strike = date(2020, 1, 3)
    for lang in ("en", "ar"):
        vec = _unit(base + 0.3 * rng.normal(size=384))
        clusterer.add(StoryItem(f"strike.{lang}", lang, vec, strike, event_day=strike))
    vec = _unit(base + 0.3 * rng.normal(size=384))
    on = date(2020, 1, 8)
    reprisal = StoryItem("reprisal", "fa", vec, on, event_day=on)
    week_later = StoryItem("later", "fa", vec, on, event_day=date(2020, 1, 4))
    [(story, far)] = clusterer.scores(reprisal).items()
    near = clusterer.scores(week_later)[story]
    cfg = StoryConfig()
    assert near - far == pytest.approx(cfg.day_weight + cfg.day_mismatch)
    terms = clusterer.explain(reprisal)[story]
    assert sum(terms.values()) == pytest.approx(far) and terms["day"] == -cfg.day_mismatch


def test_stories_an_event_with_two_sites_has_both_as_its_scene() -> None:
    """Missiles fell on Ain al-Asad and on Erbil: two reports name Erbil, one Ain al-Asad. A
    fourth that names only Ain al-Asad still meets the story's scene."""
    rng = np.random.default_rng(8)
    base = rng.normal(size=384)
    clusterer = StoryClusterer(priors={})
    day = date(2020, 1, 8)
    for k, (lang, site) in enumerate((("en", "erbil"), ("ar", "erbil"), ("fa", "asad"))):
        vec = _unit(base + 0.3 * rng.normal(size=384))
        clusterer.add(StoryItem(f"r{k}", lang, vec, day, scene=_scene(site)))
    vec = _unit(base + 0.3 * rng.normal(size=384))
    [terms] = clusterer.explain(StoryItem("x", "fa", vec, day, scene=_scene("asad"))).values()
    assert terms["scene"] == StoryConfig().scene_weight


def _scene(*places: str) -> frozenset[str]:
    return frozenset(places)
