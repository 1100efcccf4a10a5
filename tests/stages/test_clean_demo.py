"""Gold check of the text line filter on the demo corpus (data/demo/manifest.jsonl).

Every txt entry lists its boilerplate lines (``junk_lines``) and its ``title``; every other
non-blank line is body. All demo txt documents go through the stage together, with the site
lines learned from them, as the local runner does.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from rashomon.model import ContentKind, DocStatus, Document, InputFormat, Origin
from rashomon.pipeline import Pipeline
from rashomon.stages.clean import CleanExtract, SiteLines

DEMO = Path(__file__).resolve().parents[2] / "data" / "demo"


def _entries() -> list[dict[str, object]]:
    manifest = DEMO / "manifest.jsonl"
    if not manifest.exists():
        return []
    records = [json.loads(line) for line in manifest.read_text(encoding="utf-8").splitlines()]
    return [r for r in records if r["format"] == "txt"]


ENTRIES = {str(entry["path"]): entry for entry in _entries()}


@cache
def _cleaned() -> dict[str, Document]:
    docs = []
    for path in ENTRIES:
        file = DEMO / path
        docs.append(
            Document(
                id=path,
                origin=Origin(path=str(file)),
                format=InputFormat.TEXT,
                content=ContentKind.TEXT,
                source_text=file.read_bytes().decode("utf-8"),
                source=file.parent.name,
            )
        )
    site = SiteLines()
    for doc in docs:
        site.add(doc.source or "", doc.source_text)
    pipeline = Pipeline([CleanExtract(site_lines=site.learned())])
    return {doc.id: doc for doc in pipeline(docs)}


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


@pytest.mark.parametrize("path", sorted(ENTRIES))
def test_clean_demo_gold(path: str) -> None:
    entry = ENTRIES[path]
    doc = _cleaned()[path]
    assert doc.status is DocStatus.OK, doc.errors
    removed = {doc.source_text[r.start : r.end] for r in doc.removed}
    junk = set(entry["junk_lines"])  # type: ignore[call-overload]
    title = entry["title"]
    kept = set(doc.text.split("\n\n"))
    missed = [line for line in junk if line not in removed or line in kept]
    assert missed == [], "junk lines kept"
    body = [line for line in _lines(doc.source_text) if line not in junk and line != title]
    lost = [line for line in body if line in removed]
    assert lost == [], "body lines removed"
    assert doc.title == title
    assert title not in kept


def test_clean_demo_metadata() -> None:
    if not ENTRIES:
        pytest.skip("data/demo is absent")
    docs = _cleaned()
    assert docs["txt/forward-ops/002-pentagon-109-troops-tbi-al-asad.txt"].author == (
        "Dana Whitfield"
    )
    sepidar = docs["txt/sepidar/001-koshte-shodan-soleimani.txt"]
    assert sepidar.hints["dateline"] == "۲ روز پیش"
    assert sepidar.source == "sepidar"  # the reader's source stays, whatever the masthead
