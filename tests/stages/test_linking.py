"""Entity linking: one key per referent across spellings, scripts and documents."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from rashomon.stages.entities.link import (
    KnowledgeBase,
    entity_names,
    link_mentions,
)


def _keys(names: list[tuple[str, str]], kb: KnowledgeBase | None = None) -> set[str]:
    return {link_mentions(n, "", [(0, len(n), t)], kb=kb)[0].key for n, t in names}


@pytest.mark.parametrize("kb", [None, KnowledgeBase.empty()], ids=["kb", "no-kb"])
def test_linking_soleimani_spellings_meet(kb: KnowledgeBase | None) -> None:
    names = [
        "Qasem Soleimani",
        "Qassem Suleimani",
        "Qasim Sulaimani",
        "Major General Qasem Soleymani",
    ]
    names += ["قاسم سليماني", "سردار سرلشکر «قاسم سلیمانی»", "الشهيد القائد قاسم سليماني"]
    assert len(_keys([(n, "PER") for n in names], kb)) == 1


@pytest.mark.parametrize(
    ("names", "type_"),
    [
        (
            [
                "Daesh",
                "ISIS",
                "ISIL",
                "Islamic State",
                "داعش",
                "لداعش",
                "تنظيم الدولة",
                "دولت اسلامی",
            ],
            "ORG",
        ),
        (
            [
                "Syrian army",
                "Syrian Arab Army",
                "الجيش السوري",
                "والجيش العربي السوري",
                "ارتش سوریه",
            ],
            "ORG",
        ),
        (["IRGC", "Islamic Revolutionary Guard Corps", "سپاه پاسداران", "الحرس الثوري"], "ORG"),
        (["Al-Bukamal", "Albu Kamal", "Abu Kamal", "البوكمال", "بالبوكمال", "البوکمال"], "LOC"),
    ],
)
def test_linking_kb_aliases_across_scripts(names: list[str], type_: str) -> None:
    assert len(_keys([(n, type_) for n in names])) == 1


def test_linking_short_form_follows_the_full_name_in_its_document() -> None:
    text = "Councillor Mohammad Soleimani opened a school. Soleimani said it has 300 pupils."
    spans = [(m.start(), m.end(), "PER") for m in re.finditer(r"(Mohammad )?Soleimani", text)]
    full, short = link_mentions(text, "en", spans)
    assert full.key == short.key == "per:mhmdslmn"
    assert full.kb_id is None
    alone = link_mentions("Soleimani", "en", [(0, 9, "PER")])[0]
    assert alone.key != full.key and alone.kb_id is not None


def test_linking_title_only_and_acronym_corefer() -> None:
    text = "Hossein Hamadani met the Syrian Democratic Forces (SDF). The general left."
    spans = [
        (0, 16, "PER"),
        (25, 49, "ORG"),
        (51, 54, "ORG"),
        (text.index("The general"), 69, "PER"),
    ]
    person, group, acronym, general = link_mentions(text, "en", spans, kb=KnowledgeBase.empty())
    assert general.key == person.key == "per:hsnhmdn"
    assert acronym.key == group.key


def test_linking_distinct_people_stay_apart() -> None:
    names = [
        "Bashar al-Assad",
        "Hafez al-Assad",
        "Maher al-Assad",
        "Qasem Soleimani",
        "Zeinab Soleimani",
    ]
    assert len(_keys([(n, "PER") for n in names])) == len(names)


def test_linking_kb_names_per_language() -> None:
    text = "سردار قاسم سلیمانی"
    links = link_mentions(text, "fa", [(0, len(text), "PER")])
    names = entity_names(links[0].key)
    assert names["en"][0] == "Qasem Soleimani" and "قاسم سلیمانی" in names["fa"]
    assert entity_names("per:nobody") == {}


_SEED_PATTERNS = {
    "soleimani": (
        "PER",
        r"(?:Qassem |Qasem |قاسم )?(?:Soleimani|Soleymani|سليماني|سلیمانی)",
    ),
    "daesh": ("ORG", r"Daesh|داعش"),
    "syrian-army": ("ORG", r"Syrian army|الجيش السوري|ارتش سوریه"),
    "bukamal": ("LOC", r"Al-Bukamal|Albu Kamal|البوكمال|البوکمال"),
}


def test_linking_seed_mentions_link_to_one_entity_each(seeds_dir: Path) -> None:
    keys: dict[str, set[str]] = {name: set() for name in _SEED_PATTERNS}
    for prefix in ("000", "002", "003"):
        path = next(seeds_dir.glob(f"{prefix}_*.txt"))
        text = path.read_text(encoding="utf-8")
        spans, names = [], []
        for name, (type_, pattern) in _SEED_PATTERNS.items():
            for m in re.finditer(pattern, text):
                spans.append((m.start(), m.end(), type_))
                names.append(name)
        for name, link in zip(names, link_mentions(text, "", spans), strict=True):
            keys[name].add(link.key)
    assert all(len(found) == 1 for found in keys.values()), keys
    assert len({next(iter(found)) for found in keys.values()}) == len(keys)


def test_linking_lone_title_is_not_shared_across_documents() -> None:
    one = link_mentions("The general spoke.", "en", [(0, 11, "PER")])[0]
    two = link_mentions("The general left.", "en", [(0, 11, "PER")])[0]
    assert one.key != two.key and one.kb_id is None
