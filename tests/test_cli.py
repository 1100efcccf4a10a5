"""The command line: documented commands, analyse -> export round trip, one-line errors."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from rashomon.cli import main

REQUIRED = {
    "id",
    "path",
    "record",
    "url",
    "source",
    "title",
    "author",
    "published",
    "published_from",
    "lang",
    "text",
    "segments",
    "removed",
    "errors",
}


def test_cli_every_command_is_documented_with_an_example() -> None:
    runner = CliRunner()
    for name, command in main.commands.items():
        result = runner.invoke(main, [name, "--help"])
        assert result.exit_code == 0, name
        assert command.help and "Example:" in command.help, f"{name} needs an example"


@pytest.mark.slow
def test_cli_analyze_then_export_every_format(tmp_path: Path, seeds_dir: Path) -> None:
    runner = CliRunner()
    db = str(tmp_path / "c.db")
    result = runner.invoke(main, ["analyze", str(seeds_dir), "--db", db])
    assert result.exit_code == 0, result.output
    assert "stored:     3" in result.output and "languages:" in result.output

    out = runner.invoke(main, ["export", "--db", db, "--format", "jsonl"])
    records = [json.loads(line) for line in out.output.splitlines()]
    assert len(records) == 3 and all(set(r) >= REQUIRED for r in records)
    mixed = next(r for r in records if r["path"].endswith("003_d5e5b88a55785a5f.txt"))
    assert {s["lang"] for s in mixed["segments"]} >= {"fa", "en"}
    assert all(mixed["text"][s["start"] : s["end"]].strip() for s in mixed["segments"])
    assert any(r["reason"] for r in records[0]["removed"])
    # frames: loaded terms and technique spans with offsets into the text (seed 000 speaks
    # of the "liberation" of Al-Bukamal and of "martyr" Soleimani)
    en = next(r for r in records if r["path"].endswith(".txt") and r["lang"] == "en")
    terms = en["frames"]["loaded_terms"]
    assert {"glorifying"} <= {t["category"] for t in terms}
    assert all(en["text"][t["start"] : t["end"]] == t["text"] for t in terms)
    assert en["frames"]["techniques"]

    out = runner.invoke(main, ["export", "--db", db, "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(out.output)))
    assert len(rows) == 3 and json.loads(rows[0]["segments"])

    import pyarrow.parquet as pq

    parquet = tmp_path / "c.parquet"
    out = runner.invoke(main, ["export", "--db", db, "--format", "parquet", "--out", str(parquet)])
    assert out.exit_code == 0, out.output
    table = pq.read_table(parquet)
    assert table.num_rows == 3 and set(table.column_names) >= REQUIRED

    out = runner.invoke(main, ["search", "البوكمال", "--db", db])
    assert out.exit_code == 0 and out.output.startswith("2 documents match")


def test_cli_errors_are_one_line_with_a_fix(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["export", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        f"Error: no database at {tmp_path / 'none.db'}; run 'rashomon analyze ... --db "
        f"{tmp_path / 'none.db'}' first"
    ]
    result = runner.invoke(main, ["analyze", "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 2 and "name at least one PATH" in result.output


@pytest.mark.slow
def test_cli_reads_stdin_globs_and_urls(tmp_path: Path, http_server) -> None:  # noqa: ANN001
    runner = CliRunner()
    db = str(tmp_path / "c.db")
    for i in range(2):
        (tmp_path / f"p{i}.html").write_text(
            f"<html><body><article><p>{'The army entered the town after heavy fighting. ' * 8}"
            f"Report {i}.</p></article></body></html>",
            encoding="utf-8",
        )
    result = runner.invoke(
        main,
        ["analyze", str(tmp_path / "p*.html"), "-", "--db", db],
        input="حرر الجيش السوري مدينة البوكمال من تنظيم داعش بعد معارك.\n",
    )
    assert result.exit_code == 0, result.output
    assert "stored:     3" in result.output and "languages:  en 2, ar 1" in result.output

    urls = tmp_path / "urls.txt"
    urls.write_text(f"{http_server.url}/feed.xml\n{http_server.url}/private/page\n")
    result = runner.invoke(main, ["analyze", "--urls", str(urls), "--db", db])
    assert result.exit_code == 0, result.output
    assert "stored:     2" in result.output and "robots-disallowed 1" in result.output
    out = runner.invoke(main, ["export", "--db", db, "--lang", "ar"])
    records = [json.loads(line) for line in out.output.splitlines()]
    assert sorted((r["path"] or "", r["url"] or "") for r in records) == [
        ("", f"{http_server.url}/a"),
        ("", f"{http_server.url}/b"),
        ("-", ""),
    ]
