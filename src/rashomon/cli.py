"""The command line: thin commands over library functions.

Every error Rashomon raises on purpose becomes a one-line message that says how to fix it.
"""

from __future__ import annotations

import functools
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

# Story clustering and semantic search do many small matrix-vector products, which OpenBLAS's
# thread pool makes several times costlier, not faster (4x the CPU at 5,000 documents, and
# time growing far faster than the corpus): one BLAS thread, unless the user says otherwise.
# Set before anything imports numpy.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from . import __version__  # noqa: E402
from .errors import RashomonError
from .store import DocumentFilter, open_store

F = TypeVar("F", bound=Callable[..., Any])
DEFAULT_DB = "rashomon.db"
DEMO_DIR = Path(__file__).resolve().parents[2] / "data" / "demo"
DEMO_INPUTS = ("txt", "html", "warc", "jsonl")


def db_option(fn: F) -> F:
    return click.option(
        "--db",
        "db",
        default=DEFAULT_DB,
        show_default=True,
        help="SQLite database file (created if missing).",
    )(fn)


def filter_options(fn: F) -> F:
    for option in (
        click.option("--lang", help="Only documents in this language (en, ar, fa...)."),
        click.option("--source", help="Only documents from this outlet."),
        click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Published on/after."),
        click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Published on/before."),
    ):
        fn = option(fn)
    return fn


def _filter(lang: str | None, source: str | None, since: Any, until: Any) -> DocumentFilter:
    return DocumentFilter(
        lang=lang,
        source=source,
        status="ok",
        date_from=since.date() if since else None,
        date_to=until.date() if until else None,
    )


def friendly_errors(fn: F) -> F:
    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except RashomonError as exc:
            raise click.ClickException(str(exc)) from exc

    return wrapper  # type: ignore[return-value]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="rashomon")
@click.option("-v", "--verbose", count=True, help="More log output (-v info, -vv debug).")
def main(verbose: int) -> None:
    """Rashomon: who says what happened, and how, across English, Arabic and Persian news.

    \b
    Example:
      rashomon analyze data/demo/txt --db corpus.db
      rashomon serve --db corpus.db
    """
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")


@main.command()
@click.argument("paths", nargs=-1)
@db_option
@click.option(
    "--urls",
    "urls_file",
    type=click.Path(exists=True, dir_okay=False),
    help="File with one URL or RSS/Atom feed URL per line, fetched over HTTP.",
)
@click.option(
    "--sources",
    "sources_file",
    type=click.Path(exists=True, dir_okay=False),
    help="Outlet alias table (JSON: canonical name -> aliases, any script, or domains).",
)
@click.option("--workers", default=1, show_default=True, help="Worker processes.")
@click.option("--batch-size", default=32, show_default=True, help="Documents per batch.")
@click.option("--quiet", is_flag=True, help="No progress bar.")
@click.option(
    "--no-stories",
    is_flag=True,
    help="Skip embedding and story clustering this time (a later run catches up).",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "spark"]),
    default="local",
    show_default=True,
    help="spark: run the document stages in Apache Spark and write Parquet to --out "
    "(then 'rashomon load'); needs pip install 'rashomon[spark]' and Java 17.",
)
@click.option("--master", default="local[2]", show_default=True, help="Spark master URL.")
@click.option("--out", "out_dir", help="Output folder of --engine spark (Parquet).")
@click.pass_context
@friendly_errors
def analyze(
    ctx: click.Context,
    paths: tuple[str, ...],
    db: str,
    urls_file: str | None,
    sources_file: str | None,
    workers: int,
    batch_size: int,
    quiet: bool,
    no_stories: bool,
    engine: str = "local",
    master: str = "local[2]",
    out_dir: str | None = None,
) -> None:
    """Read articles and analyse them into the database.

    PATHS are files, folders (read recursively), globs or '-' for standard input, in any of
    these formats: .txt (already-extracted page text), .html/.htm, .warc/.warc.gz,
    .jsonl/.jsonl.gz, RSS/Atom feeds (.rss, .atom, or .xml sniffed as a feed: one document per
    item). Re-running on the same input adds nothing; an interrupted run resumes.

    \b
    Example:
      rashomon analyze ../shared/seeds data/demo/html 'crawl/*.warc.gz' --db corpus.db
      rashomon analyze articles/ --sources outlets.json --db corpus.db
      rashomon analyze --engine spark articles/ --out analysed/ && rashomon load analysed/
    """
    if not paths and not urls_file:
        raise click.UsageError(
            "name at least one PATH or --urls FILE, e.g. "
            "'rashomon analyze articles/ --db corpus.db'"
        )
    if engine == "spark":
        _analyze_spark(ctx, paths, out_dir, master, sources_file, urls_file, batch_size)
        return
    from .runners.local import analyze as run_analysis
    from .runners.progress import NullReporter, RichReporter
    from .stages.sources import load_aliases

    sources = load_aliases(sources_file) if sources_file else None

    documents = None
    if urls_file:
        from .stages.ingest.fetch import fetch_urls

        documents = [*_read_paths(paths), *fetch_urls(Path(urls_file).read_text().splitlines())]
    store = open_store(db)
    try:
        reporter = NullReporter() if quiet or not sys.stderr.isatty() else RichReporter()
        summary = run_analysis(
            list(paths),
            store,
            documents=documents,
            workers=workers,
            batch_size=batch_size,
            reporter=reporter,
            command=" ".join(["analyze", *paths]),
            sources=sources,
            stories=not no_stories,
        )
    finally:
        store.close()
    _print_summary(summary.as_dict(), db)


def _analyze_spark(
    ctx: click.Context,
    paths: tuple[str, ...],
    out_dir: str | None,
    master: str,
    sources_file: str | None,
    urls_file: str | None,
    batch_size: int,
) -> None:
    if not out_dir:
        raise click.UsageError("--engine spark writes Parquet: name a folder with --out DIR")
    if urls_file or ctx.get_parameter_source("db") is not click.core.ParameterSource.DEFAULT:
        raise click.UsageError(
            "--engine spark reads PATHS into --out; leave out --urls and --db, then "
            f"'rashomon load {out_dir} --db corpus.db'"
        )
    from .runners.spark import analyze_spark
    from .stages.sources import load_aliases

    summary = analyze_spark(
        list(paths),
        out_dir,
        master=master,
        sources=load_aliases(sources_file) if sources_file else None,
        batch_size=batch_size,
    )
    detail = ", ".join(f"{k} {v}" for k, v in sorted(summary.by_status.items()))
    click.echo(
        f"Analysed {summary.documents} documents ({detail or '-'}) in {summary.seconds:.1f} s "
        f"into {summary.out}"
    )
    click.echo(f"Store them with: rashomon load {out_dir} --db corpus.db")


@main.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False))
@db_option
@click.option("--batch-size", default=32, show_default=True, help="Documents per write.")
@click.option("--quiet", is_flag=True, help="No progress bar.")
@click.option("--no-stories", is_flag=True, help="Skip embedding and story clustering.")
@friendly_errors
def load(folder: str, db: str, batch_size: int, quiet: bool, no_stories: bool) -> None:
    """Load what 'analyze --engine spark' wrote into the database, then link duplicates and
    cluster stories. Loading the same folder again adds nothing.

    \b
    Example:
      rashomon load analysed/ --db corpus.db
    """
    from .runners.load import load as run_load
    from .runners.progress import NullReporter, RichReporter

    store = open_store(db)
    try:
        reporter = NullReporter() if quiet or not sys.stderr.isatty() else RichReporter()
        summary = run_load(
            folder,
            store,
            batch_size=batch_size,
            reporter=reporter,
            stories=not no_stories,
            command=f"load {folder}",
        )
    finally:
        store.close()
    _print_summary(summary.as_dict(), db)


def _read_paths(paths: tuple[str, ...]) -> list[Any]:
    from .stages.ingest.sources import read_inputs

    return list(read_inputs(paths)) if paths else []


def _print_summary(summary: dict[str, Any], db: str) -> None:
    echo = click.echo
    echo(f"Read {summary['seen']} documents in {summary['seconds']:.1f} s into {db}")
    echo(f"  stored:     {summary['stored']}")
    echo(f"  unchanged:  {summary['unchanged']} (already in the database)")
    for label, key in (("skipped", "skipped"), ("failed", "failed")):
        reasons = summary[key]
        total = sum(reasons.values())
        detail = ", ".join(f"{k} {v}" for k, v in sorted(reasons.items()))
        echo(f"  {label + ':':<11} {total}" + (f" ({detail})" if detail else ""))
    echo(f"  duplicates: {summary['exact_duplicates']} exact, {summary['near_duplicates']} near")
    echo(f"  stories:    {summary.get('stories', 0)} in the corpus")
    langs = ", ".join(
        f"{k} {v}" for k, v in sorted(summary["languages"].items(), key=lambda kv: (-kv[1], kv[0]))
    )
    echo(f"  languages:  {langs or '-'}")


@main.command()
@db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(
        [
            "jsonl",
            "csv",
            "parquet",
            "events-csv",
            "claims-csv",
            "entities",
            "stories",
            "geojson",
            "story-events",
            "claim-links",
            "sources",
        ]
    ),
    default="jsonl",
    show_default=True,
    help="Documents (jsonl, csv, parquet), one row per event (ACLED-like columns) or claim, "
    "or a corpus table: entities, stories, geojson, story-events (each story's events merged "
    "across outlets, CSV), claim-links (claims that corroborate or contradict each other, "
    "JSONL), sources (one profile per outlet: languages, volume, naming, loaded terms, "
    "techniques, stance cues, claims it alone makes; JSONL).",
)
@click.option("--out", default="-", show_default=True, help="Output file ('-' for stdout).")
@click.option(
    "--all",
    "include_all",
    is_flag=True,
    help="Include skipped and failed documents (with their errors).",
)
@click.option(
    "--raw",
    is_flag=True,
    help="A full backup (jsonl only): every document, whatever its status, with its raw "
    "input and decoded source text, which 'rashomon import' restores exactly.",
)
@filter_options
@friendly_errors
def export(
    db: str,
    fmt: str,
    out: str,
    include_all: bool,
    raw: bool,
    lang: str | None,
    source: str | None,
    since: Any,
    until: Any,
) -> None:
    """Export documents (JSONL, CSV, Parquet) or a corpus table: canonical entities
    with their names per language, stories, or places as GeoJSON.

    \b
    Example:
      rashomon export --db corpus.db --format parquet --out corpus.parquet --lang ar
      rashomon export --db corpus.db --format entities --out entities.jsonl
      rashomon export --db corpus.db --format geojson --out places.geojson
      rashomon export --db corpus.db --format story-events --out story-events.csv
      rashomon export --db corpus.db --format claim-links --out claim-links.jsonl
      rashomon export --db corpus.db --format sources --out outlets.jsonl
      rashomon export --db corpus.db --raw --out backup.jsonl.gz   # a full backup
    """
    from .export import CORPUS_FORMATS, export_corpus
    from .export import export as run_export

    filt = _filter(lang, source, since, until)
    if include_all or raw:
        filt = DocumentFilter(filt.lang, filt.source, None, filt.date_from, filt.date_to)
    store = open_store(db, readonly=True)
    try:
        if fmt in CORPUS_FORMATS:
            n = export_corpus(store, fmt, out, stdout=sys.stdout, filt=filt)
        else:
            n = run_export(
                store.iter_documents(filt), fmt, out, stdout=sys.stdout, store=store, raw=raw
            )
    finally:
        store.close()
    if out != "-":
        what = {
            "entities": "entities",
            "stories": "stories",
            "geojson": "place mentions",
            "events-csv": "events",
            "claims-csv": "claims",
            "story-events": "merged events",
            "claim-links": "claim links",
            "sources": "outlet profiles",
        }
        click.echo(f"Wrote {n} {what.get(fmt, 'documents')} to {out}", err=True)


@main.command("import")
@click.argument("file")
@db_option
@click.option("--batch-size", default=32, show_default=True, help="Documents per transaction.")
@friendly_errors
def import_(file: str, db: str, batch_size: int) -> None:
    """Restore documents from a JSONL backup made by 'rashomon export --raw' (plain or .gz,
    '-' for stdin): every document with its annotations, duplicate links and story, as they
    were exported; nothing is re-analysed. Documents already in the database are left alone.
    A bad line is reported with its number and skipped. Not in the backup, and made again by
    the next 'rashomon analyze' run: embeddings and claim links.

    \b
    Example:
      rashomon export --db corpus.db --raw --out backup.jsonl.gz
      rashomon import backup.jsonl.gz --db postgresql://localhost/rashomon
    """
    from .importer import import_jsonl

    if file != "-" and not Path(file).is_file():
        raise click.BadParameter(f"no file {file}", param_hint="FILE")
    store = open_store(db)
    try:
        summary = import_jsonl(file, store, batch_size=batch_size)
    finally:
        store.close()
    for error in summary.errors:
        click.echo(f"{file}: {error}", err=True)
    click.echo(
        f"Imported {summary.stored} documents from {file} into {db} "
        f"({summary.unchanged} already there, {len(summary.errors)} bad lines)"
    )
    if summary.without_raw:
        click.echo(
            f"  {summary.without_raw} documents have no raw input (exported without --raw)",
            err=True,
        )
    if summary.errors:
        sys.exit(1)


@main.command()
@click.argument("query")
@db_option
@click.option("--limit", default=10, show_default=True)
@click.option(
    "--mode",
    type=click.Choice(["hybrid", "text", "semantic"]),
    default="hybrid",
    show_default=True,
    help="text: words (normalised spelling); semantic: meaning, across languages; "
    "hybrid: both, fused.",
)
@filter_options
@friendly_errors
def search(
    query: str,
    db: str,
    limit: int,
    mode: str,
    lang: str | None,
    source: str | None,
    since: Any,
    until: Any,
) -> None:
    """Search the corpus: full text over normalised text (البوكمال also finds البوکمال)
    fused with cross-lingual semantic search (an English query finds Arabic and Persian
    reports).

    \b
    Example:
      rashomon search "Syrian army enters Albu Kamal" --db corpus.db --lang fa
    """
    from .corpus.semantic import search as run_search

    filt = _filter(lang, source, since, until)
    store = open_store(db, readonly=True)
    try:
        hits, total = run_search(store, query, filt, mode, limit=limit)
    finally:
        store.close()
    click.echo(f"{total} documents match {query!r}")
    for hit in hits:
        s = hit.summary
        click.echo(
            f"{s.id}  [{s.lang or '?'}] {s.source or '-'}  {s.published or '-'}  "
            f"{s.title or s.path}"
        )
        click.echo(f"    {hit.snippet[:200]}")


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True)
@click.option(
    "--token",
    envvar="RASHOMON_TOKEN",
    help="Required when binding to anything but 127.0.0.1 (env RASHOMON_TOKEN).",
)
@click.option(
    "--admin",
    is_flag=True,
    help="Open the database writable for the admin endpoints (entity merges and splits); "
    "without it the server is read-only.",
)
@friendly_errors
def serve(db: str, host: str, port: int, token: str | None, admin: bool) -> None:
    """Serve the web UI and REST API (OpenAPI at /api/openapi.json).

    \b
    Example:
      rashomon serve --db corpus.db --port 8000
      rashomon serve --db corpus.db --admin   # analysts may merge and split entities
    """
    from .api import serve as run_server
    from .api.settings import ServeSettings

    store = open_store(db, readonly=not admin)
    click.echo(f"Serving {db} on http://{host}:{port}/  (Ctrl+C stops)", err=True)
    try:
        run_server(store, ServeSettings(host=host, port=port, token=token))
    finally:
        store.close()


@main.command()
@click.option("--db", default="demo.db", show_default=True, help="Database for the demo.")
@click.option("--port", default=8000, show_default=True)
@click.option("--no-serve", is_flag=True, help="Only analyse the demo corpus.")
@click.pass_context
def demo(ctx: click.Context, db: str, port: int, no_serve: bool) -> None:
    """Analyse the bundled demo corpus and serve it on http://127.0.0.1:8000.

    \b
    Example:
      rashomon demo --port 8080
    """
    inputs = [str(DEMO_DIR / name) for name in DEMO_INPUTS if (DEMO_DIR / name).exists()]
    if not inputs:
        raise click.ClickException(f"demo corpus not found under {DEMO_DIR}")
    aliases = DEMO_DIR / "sources.json"
    ctx.invoke(
        analyze,
        paths=tuple(inputs),
        db=db,
        urls_file=None,
        sources_file=str(aliases) if aliases.exists() else None,
        workers=1,
        batch_size=32,
        quiet=False,
    )
    if not no_serve:
        ctx.invoke(serve, db=db, host="127.0.0.1", port=port, token=None)


@main.command()
@db_option
@friendly_errors
def stats(db: str) -> None:
    """Corpus statistics and the latest runs.

    \b
    Example:
      rashomon stats --db corpus.db
    """
    store = open_store(db, readonly=True)
    try:
        st = store.stats()
        runs = store.runs(5)
    finally:
        store.close()
    click.echo(f"{st.documents} documents; by status: {st.by_status}")
    click.echo(f"languages: {st.by_lang}")
    click.echo(f"sources: {st.by_source}")
    click.echo(f"published: {st.first_published or '?'} .. {st.last_published or '?'}")
    for run in runs:
        click.echo(
            f"run {run.id} {run.started} {run.command}: stored "
            f"{run.summary.get('stored', '?')}, failed {run.summary.get('failed', {})}, "
            f"skipped {run.summary.get('skipped', {})}"
        )


if __name__ == "__main__":
    main()
