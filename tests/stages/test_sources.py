"""Outlet identity: one canonical name across spellings, scripts, folders and domains."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rashomon.errors import ConfigError
from rashomon.model import Document, InputFormat, Origin
from rashomon.stages.sources import SourceAliases, load_aliases

TABLE = {
    "Pars Horizon": ["pars-horizon", "افق پارس", "parshorizon.example"],
    "Barada Gazette": ["جريدة بردى اليومية"],
}


def doc(source: str | None, url: str | None = None) -> Document:
    return Document(
        id="x", origin=Origin(path="a.txt"), format=InputFormat.TEXT, source=source, url=url
    )


@pytest.mark.parametrize(
    ("source", "url", "expected"),
    [
        ("pars-horizon", None, "Pars Horizon"),  # a folder slug
        ("PARS  HORIZON", None, "Pars Horizon"),  # case and spacing
        ("افق پارس", None, "Pars Horizon"),  # its own script
        ("جريدة بردى اليومية", None, "Barada Gazette"),
        ("جريده بردي اليوميه", None, "Barada Gazette"),  # folded spelling variants
        (None, "https://en.parshorizon.example/news/1", "Pars Horizon"),  # by domain
        ("Unknown Daily", "https://www.parshorizon.example/x", "Pars Horizon"),
        ("Unknown Daily", "https://elsewhere.example/x", "Unknown Daily"),  # left alone
        (None, None, None),
    ],
)
def test_sources_aliases_give_one_name(
    source: str | None, url: str | None, expected: str | None
) -> None:
    [out] = SourceAliases(TABLE)([doc(source, url)])
    assert out.source == expected
    if source and expected and source != expected:
        assert out.hints["source_as_given"] == source


def test_sources_without_a_table_change_nothing() -> None:
    [out] = SourceAliases()([doc("pars-horizon")])
    assert out.source == "pars-horizon" and out.hints == {}


def test_sources_conflicting_or_malformed_tables_say_how_to_fix(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="given for both"):
        SourceAliases({"A": ["same"], "B": ["Same"]})
    bad = tmp_path / "outlets.json"
    bad.write_text(json.dumps(["not", "an", "object"]))
    with pytest.raises(ConfigError, match="expected a JSON object like"):
        load_aliases(bad)
