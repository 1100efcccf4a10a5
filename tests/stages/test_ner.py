"""Named-entity recognition: offsets into the text as given, clitics and ZWNJ, obvious names."""

from __future__ import annotations

from pathlib import Path

import pytest

from rashomon.stages.entities.ner import EntitySpan, is_named, recognize
from rashomon.stages.entities.ner.corpora import Sentence, aligned, read_templates, read_wojood
from rashomon.stages.entities.ner.tokens import proclitic, tokenize


def _found(text: str, lang: str) -> dict[str, str]:
    return {text[s.start : s.end]: s.type for s in recognize(text, lang)}


@pytest.mark.parametrize(
    ("word", "expected"),
    [("والجيش", 1), ("بالعراق", 1), ("وبالعراق", 2), ("للجيش", 1), ("الجيش", 0), ("وليد", 0)],
)
def test_proclitic_keeps_the_article_and_names_starting_with_clitic_letters(
    word: str, expected: int
) -> None:
    assert proclitic(word) == expected


def test_tokenize_keeps_zwnj_words_whole_and_offsets_exact() -> None:
    text = "سپاه پاسداران انقلاب اسلامی می‌گوید: «نیروهای ایرانی‌ها»"
    tokens = tokenize(text)
    assert all(text[t.start : t.end] == t.text for t in tokens)
    assert [t.text for t in tokens if "\u200c" in t.text] == ["می‌گوید", "ایرانی‌ها"]


def test_tokenize_english_abbreviations_and_hyphens() -> None:
    words = [t.text for t in tokenize("Maj. Gen. Qassem Soleimani reached Al-Bukamal (U.S. said).")]
    assert words[:5] == ["Maj.", "Gen.", "Qassem", "Soleimani", "reached"]
    assert words[5:8] == ["Al", "-", "Bukamal"]  # as in the English training data
    assert "U.S." in words


def test_recognize_arabic_span_excludes_the_conjunction_but_keeps_the_article() -> None:
    text = "قال مصدر عسكري إن والجيش السوري تقدم نحو البوكمال، وأكد أن قاسم سليماني زار دمشق."
    spans = recognize(text, "ar")
    assert all(0 <= s.start < s.end <= len(text) and 0 <= s.score <= 1 for s in spans)
    found = {text[s.start : s.end]: s.type for s in spans}
    assert found.get("الجيش السوري") == "ORG"
    assert found.get("قاسم سليماني") == "PER"
    assert not any(name.startswith("و") for name in found)


@pytest.mark.parametrize(
    ("text", "lang", "name", "kind"),
    [
        (
            "Iranian commander Qassem Soleimani was killed in a US strike near Baghdad airport.",
            "en",
            "Qassem Soleimani",
            "PER",
        ),
        (
            "Syrian troops entered Al-Bukamal on Thursday after heavy fighting.",
            "en",
            "Al-Bukamal",
            "LOC",
        ),
        ("أعلن الجيش العراقي أن قاسم سليماني وصل إلى بغداد.", "ar", "قاسم سليماني", "PER"),
        ("فرمانده سپاه پاسداران روز شنبه به دمشق سفر کرد.", "fa", "سپاه پاسداران", "ORG"),
    ],
)
def test_recognize_obvious_names_in_our_sentences(
    text: str, lang: str, name: str, kind: str
) -> None:
    found = _found(text, lang)
    assert any(name in span and t == kind for span, t in found.items()), found


def test_recognize_persian_zwnj_word_stays_inside_the_span() -> None:
    text = "به گزارش خبرگزاری‌ها، سردار قاسم سلیمانی در سوریه بود."
    spans = recognize(text, "fa")
    assert all(text[s.start : s.end] == text[s.start : s.end].strip() for s in spans)
    for s in spans:  # no span starts or ends inside a ZWNJ-joined word
        assert s.start == 0 or not text[s.start - 1].isalpha() and text[s.start - 1] != "\u200c"
        assert s.end == len(text) or text[s.end] not in "\u200c" and not text[s.end].isalpha()


def test_recognize_unknown_language_or_empty_text_gives_nothing() -> None:
    assert recognize("Qassem Soleimani", "de") == []
    assert recognize("   ", "en") == []


def test_entity_span_is_frozen() -> None:
    span = EntitySpan(0, 4, "PER", 0.9)
    with pytest.raises(AttributeError):
        span.start = 1  # type: ignore[misc]


def test_aligned_labels_our_tokens_from_gold_token_spans() -> None:
    sentence = Sentence(["وقال", "الجيش", "السوري", "."], [(1, 3, "ORG")])
    [(tokens, labels)] = aligned([sentence])
    assert [t.text for t in tokens] == ["وقال", "الجيش", "السوري", "."]
    assert labels == ["O", "B-ORG", "I-ORG", "O"]


def test_read_wojood_flattens_to_the_outermost_of_our_types(tmp_path: Path) -> None:
    path = tmp_path / "w.txt"
    path.write_text(
        "مراسلة O\nسكرتير B-OCC\nاللجنة I-OCC B-ORG\nالعربية I-OCC I-ORG\nفي I-OCC\n"
        "نابلس I-OCC B-GPE\n\nمجلس B-ORG\nالأمن I-ORG B-ORG\n",
        encoding="utf-8",
    )
    first, second = read_wojood(path)
    assert first.spans == [(2, 4, "ORG"), (5, 6, "LOC")]
    assert second.spans == [(0, 2, "ORG")]


def test_read_templates_fills_slots_deterministically_and_keeps_glued_words(
    tmp_path: Path,
) -> None:
    templates = tmp_path / "t.txt"
    names = tmp_path / "n.tsv"
    templates.write_text("# ours\nالتقى {PER} و{PER} في {LOC}.\n", encoding="utf-8")
    names.write_text("PER\tقاسم سليماني\nPER\tهادي العامري\nLOC\tالبوكمال\n", encoding="utf-8")
    first = read_templates(templates, names, copies=2, seed=3)
    assert first == read_templates(templates, names, copies=2, seed=3)
    assert len(first) == 2
    for sentence in first:
        texts = [" ".join(sentence.tokens[a:b]) for a, b, _ in sentence.spans]
        assert texts[1].startswith("و")  # the glued conjunction is in the gold token
        assert [k for _, _, k in sentence.spans] == ["PER", "PER", "LOC"]


@pytest.mark.parametrize(
    ("mention", "named"),
    [
        ("the Syrian Arab Army", True),
        ("Al-Bukamal", True),
        ("the militants", False),
        ("The city", False),
        ("he", False),
        ("قاسم سليماني", True),
    ],
)
def test_is_named_separates_names_from_common_noun_mentions(mention: str, named: bool) -> None:
    assert is_named(mention) is named


def test_read_templates_sub_lists_and_literal_spans(tmp_path: Path) -> None:
    templates = tmp_path / "t.txt"
    names = tmp_path / "n.tsv"
    templates.write_text("سفیر {ORG_COUNTRY} با {ORG:وزارت کشور} در {LOC} دیدار کرد.\n", "utf-8")
    names.write_text("COUNTRY\tآمریکا\nLOC\tتهران\n", encoding="utf-8")
    [sentence] = read_templates(templates, names, copies=1)
    spans = [(" ".join(sentence.tokens[a:b]), k) for a, b, k in sentence.spans]
    assert spans == [("آمریکا", "ORG"), ("وزارت کشور", "ORG"), ("تهران", "LOC")]


def test_english_person_span_starts_at_the_title_not_at_the_lead_words() -> None:
    text = (
        "Field sources say Major General Qasem Soleymani, commander of the Quds Force, was "
        "present among the fighters."
    )
    people = [text[s.start : s.end] for s in recognize(text, "en") if s.type == "PER"]
    assert people == ["Major General Qasem Soleymani"]


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("قال اللواء قاسم سليماني إن المعركة انتهت.", "ar", "قاسم سليماني"),
        ("آقای احمدی امروز به مشهد سفر کرد.", "fa", "احمدی"),
    ],
)
def test_titles_stay_outside_arabic_and_persian_person_spans(
    text: str, lang: str, name: str
) -> None:
    assert _found(text, lang).get(name) == "PER"


def test_persian_common_words_that_are_also_place_names_are_not_places() -> None:
    text = "نشست بعدی روز دوشنبه برگزار می‌شود و مسئله مالی هنوز حل نشده است."
    assert _found(text, "fa") == {}


def test_word_clusters_round_trip_and_mark_tokens_and_neighbours(tmp_path: Path) -> None:
    import numpy as np

    from rashomon.stages.entities.ner import clusters
    from rashomon.stages.entities.ner.features import lexicon, sentence_features

    x = np.array([[1.0, 0.0], [0.99, 0.14], [0.0, 1.0], [0.14, 0.99]], dtype=np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    assign = clusters.kmeans(x, 2)
    assert assign[0] == assign[1] != assign[2] == assign[3]
    model = tmp_path / "m.crfsuite"
    clusters.save({"محمد": ("3", "41"), "بغداد": ("7", "90")}, model)
    table = clusters.load(model)
    assert table["محمد"] == ("3", "41")
    text = "وصل محمد إلى بغداد"
    feats = sentence_features(tokenize(text), "ar", lexicon(), None, table)
    assert {"k0=3", "k1=41"} <= set(feats[1]) and "k0=7" in feats[3]
    assert {"-1k0=3", "1k0=7"} <= set(feats[2])  # إلى: no cluster of its own, its neighbours'
    assert not any(f.startswith("k0=") for f in feats[2])
