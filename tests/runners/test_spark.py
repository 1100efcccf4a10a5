"""The Spark runner in local[2]: its Parquet, loaded, equals the local runner's store field for
field on the demo corpus, and bad inputs become per-document errors. Skipped without pyspark
or Java."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pyspark")
pytest.importorskip("pandas")
if shutil.which("java") is None:
    pytest.skip("the Spark runner needs Java (openjdk-17-jre-headless)", allow_module_level=True)

from click.testing import CliRunner  # noqa: E402

from rashomon.cli import DEMO_INPUTS, main  # noqa: E402
from rashomon.errors import ConfigError  # noqa: E402
from rashomon.runners.load import load  # noqa: E402
from rashomon.runners.local import analyze  # noqa: E402
from rashomon.runners.spark import analyze_spark, spark_session  # noqa: E402
from rashomon.serialize import document_to_record  # noqa: E402
from rashomon.stages.sources import load_aliases  # noqa: E402
from rashomon.store import Store, open_store  # noqa: E402


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    session = spark_session("local[2]")
    yield session
    session.stop()


def records(store: Store) -> dict[str, dict[str, Any]]:
    """Every stored document as its full plain record (raw bytes and source text included)."""
    return {doc.id: document_to_record(doc, raw=True) for doc in store.iter_documents()}


@pytest.mark.slow
def test_spark_demo_output_equals_the_local_runner(
    spark: Any, demo_dir: Path, tmp_path: Path
) -> None:
    inputs = [str(demo_dir / name) for name in DEMO_INPUTS]
    aliases = load_aliases(demo_dir / "sources.json")
    local_store = open_store(tmp_path / "local.db")
    spark_store = open_store(tmp_path / "spark.db")
    try:
        analyze(inputs, local_store, sources=aliases)
        written = analyze_spark(inputs, tmp_path / "parquet", spark=spark, sources=aliases)
        loaded = load(written.out, spark_store)
        expected, found = records(local_store), records(spark_store)
        assert written.documents == loaded.stored == len(expected) >= 30
        assert found.keys() == expected.keys()
        assert [k for k in expected if found[k] != expected[k]] == []
        assert spark_store.story_assignments() == local_store.story_assignments() != {}
        again = load(written.out, spark_store)
        assert (again.stored, again.unchanged) == (0, len(expected))
        assert records(spark_store) == expected
    finally:
        local_store.close()
        spark_store.close()


def test_spark_bad_inputs_are_recorded_per_document(spark: Any, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus" / "wire"
    corpus.mkdir(parents=True)
    (corpus / "junk.txt").write_bytes(bytes(range(256)) * 20)
    (corpus / "good.txt").write_text(
        "The army entered the town on Sunday after a week of heavy fighting, a source said.\n",
        encoding="utf-8",
    )
    (corpus / "feed.jsonl").write_bytes(
        b'{"text": "Residents returned to the town after the fighting ended."}\n'
        b'{"text": "broken line\n'
    )
    (corpus / "notes.md").write_text("not an article", encoding="utf-8")
    inputs = [str(tmp_path / "corpus"), str(tmp_path / "nowhere")]
    written = analyze_spark(inputs, tmp_path / "parquet", spark=spark)
    db = tmp_path / "spark.db"
    result = CliRunner().invoke(main, ["load", written.out, "--db", str(db), "--no-stories"])
    assert result.exit_code == 0, result.output
    assert "stored:     2" in result.output
    assert "failed:     3 (binary 1, malformed-jsonl 1, not-found 1)" in result.output
    local_store = open_store(tmp_path / "local.db")
    spark_store = open_store(db)
    try:
        analyze(inputs, local_store, stories=False)
        assert records(spark_store) == records(local_store)
    finally:
        local_store.close()
        spark_store.close()


def test_spark_refuses_to_replace_a_folder_of_other_files(spark: Any, tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(ConfigError, match="not an earlier Spark output"):
        analyze_spark([str(tmp_path)], tmp_path, spark=spark)
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "mine"
