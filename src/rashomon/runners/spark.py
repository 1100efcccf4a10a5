"""The Spark runner: the document stages inside Apache Spark, written as Parquet.

``rashomon analyze --engine spark INPUT... --out DIR`` lets Spark read the inputs
(``binaryFile``: local folders, HDFS, S3, anything Spark reads), turns each file's bytes into
documents on the executors with the local runner's readers (:mod:`..stages.ingest.blobs`),
runs the pipeline over Arrow batches (``mapInPandas``; the pipeline and its models are built
once per Python worker) and writes one row per document under ``DIR/status=<status>/``.
``rashomon load DIR`` (:mod:`.load`) stores the rows and runs the corpus steps, so the store
ends up exactly as if the local runner had analysed the same inputs.

What makes the output equal to the local runner's: the same ids (origin path shown relative
to the driver's working directory, as the local runner shows it), the same site-lines
pre-pass (counted in Spark, first copy of a repeated text in the local runner's reading
order) and the same per-batch work (:func:`.local.process_batch`).

pyspark is imported only inside functions: the package works without it.
"""

from __future__ import annotations

import glob
import hashlib
import inspect
import json
import logging
import os
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from ..batching import batched
from ..corpus.dedup import DedupItem
from ..errors import ConfigError
from ..model import Document
from ..pipeline import DEFAULT_STAGES, Pipeline
from .local import DEFAULT_BATCH, build_pipeline, process_batch

if TYPE_CHECKING:
    import pandas as pd
    from pyspark.sql import DataFrame, SparkSession

logger = logging.getLogger(__name__)

DEFAULT_MASTER = "local[2]"
# One row per document: `order` is the local runner's reading order (input, path, position),
# `record` the document as serialize.document_to_record(raw=True) writes it, and the last three
# columns its deduplication signature (computed where the document was analysed).
OUTPUT_SCHEMA = (
    "order string, id string, lang string, status string, record string, "
    "text_hash string, signature binary, shingles int"
)
SAMPLE_SCHEMA = "order string, source string, digest string, keys array<string>"
FILES_PER_ARROW_BATCH = 16  # file bytes travel in the batch: keep it small


@dataclass(frozen=True, slots=True)
class SparkJob:
    """What an executor needs: plain data only, pickled into the task."""

    stage_names: tuple[str, ...]
    settings: dict[str, Any]
    cwd: str  # the driver's working directory: origin paths are shown relative to it
    batch_size: int = DEFAULT_BATCH
    key: str = field(init=False)

    def __post_init__(self) -> None:
        canonical = json.dumps([self.stage_names, self.settings], sort_keys=True, default=sorted)
        object.__setattr__(self, "key", hashlib.sha256(canonical.encode()).hexdigest())


@dataclass(slots=True)
class SparkSummary:
    out: str
    by_status: dict[str, int]
    seconds: float

    @property
    def documents(self) -> int:
        return sum(self.by_status.values())


def spark_session(master: str = DEFAULT_MASTER, *, memory: str = "1g") -> SparkSession:
    """A Spark session that talks to nobody but 127.0.0.1 (for a ``local[...]`` master), runs
    Python workers with this interpreter, has no web UI and logs only errors."""
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise ConfigError(
            "the Spark runner needs pyspark (and Java 17): pip install 'rashomon[spark]'"
        ) from exc
    # The Python workers must import rashomon: run them with this interpreter.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.master(master)
    if master.startswith("local"):  # a cluster's executors must reach the driver
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        builder = builder.config("spark.driver.host", "127.0.0.1").config(
            "spark.driver.bindAddress", "127.0.0.1"
        )
    spark = (
        builder.appName("rashomon")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.driver.memory", memory)
        .config("spark.pyspark.python", sys.executable)
        .config("spark.pyspark.driver.python", sys.executable)
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", str(FILES_PER_ARROW_BATCH))
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def analyze_spark(
    inputs: Sequence[str],
    out: str | Path,
    *,
    master: str = DEFAULT_MASTER,
    spark: SparkSession | None = None,
    stage_names: Sequence[str] = DEFAULT_STAGES,
    sources: dict[str, list[str]] | None = None,
    batch_size: int = DEFAULT_BATCH,
) -> SparkSummary:
    """Analyse ``inputs`` (paths, folders, globs or URIs Spark reads) into Parquet under
    ``out``, replacing an earlier output there. Uses ``spark`` when given (it is left
    running), else starts a session on ``master`` and stops it at the end."""
    if "-" in inputs:
        raise ConfigError("the Spark runner reads files, not standard input; name files")
    started = time.perf_counter()
    target = _output_dir(out)
    session = spark or spark_session(master)
    try:
        files, missing = _input_files(session, inputs)
        settings: dict[str, Any] = {}
        site_lines = _learn_site_lines(files, SparkJob(tuple(stage_names), {}, os.getcwd()))
        if site_lines:
            settings["clean.extract.v1"] = {"site_lines": site_lines}
        if sources:
            settings["sources.aliases.v1"] = {"aliases": sources}
        job = SparkJob(tuple(stage_names), settings, os.getcwd(), batch_size)
        rows = files.mapInPandas(partial(_analyse_frames, job), OUTPUT_SCHEMA)
        if missing:
            driver = session.createDataFrame(_driver_rows(job, missing), OUTPUT_SCHEMA)
            rows = rows.unionByName(driver)
        # Each file in reading order: `rashomon load` merges them to store documents in the
        # local runner's order (the first document to name an entity names it in the store).
        rows = rows.sortWithinPartitions("status", "order")
        rows.write.mode("overwrite").partitionBy("status").parquet(target)
        counts = session.read.parquet(target).groupBy("status").count().collect()
    finally:
        if spark is None:
            session.stop()
    by_status = {row["status"]: row["count"] for row in counts}
    return SparkSummary(target, by_status, time.perf_counter() - started)


def _output_dir(out: str | Path) -> str:
    """Spark replaces the output folder: refuse one that holds something else."""
    text = str(out)
    if urlsplit(text).scheme not in ("", "file"):
        return text
    path = Path(urlsplit(text).path if text.startswith("file:") else text).resolve()
    # What an earlier run, finished or not, leaves: status=... folders, _SUCCESS, _temporary.
    foreign = path.is_dir() and any(
        not child.name.startswith(("status=", "_", ".")) for child in path.iterdir()
    )
    if path.is_file() or foreign:
        raise ConfigError(
            f"{path} exists and is not an earlier Spark output; name a new or empty folder"
        )
    return str(path)


def _input_files(
    spark: SparkSession, inputs: Sequence[str]
) -> tuple[DataFrame, list[tuple[int, str]]]:
    """The inputs' files as one frame (path, modificationTime, content, input, walked), and
    the inputs that match nothing (they become failed documents, as in the local runner).

    Local paths are listed here by the local runner's own walk (Spark's would pass over files
    named ``_*``); URIs (``hdfs://``, ``s3a://``...) are walked by Spark, and the files it meets
    inside a named folder are filtered by the local runner's rule on the executors."""
    from pyspark.sql import functions as F

    from ..stages.ingest.sources import expand

    jvm: Any = spark.sparkContext._jvm
    conf: Any = spark.sparkContext._jsc.hadoopConfiguration()  # type: ignore[union-attr]
    frames: list[DataFrame] = []
    missing: list[tuple[int, str]] = []
    for number, item in enumerate(inputs):
        if urlsplit(item).scheme:
            hadoop_path = jvm.org.apache.hadoop.fs.Path(item)
            matches = hadoop_path.getFileSystem(conf).globStatus(hadoop_path)
            if not matches:
                missing.append((number, item))
                continue
            names = [item]
            walked = not glob.has_magic(item) and bool(matches[0].isDirectory())
        else:
            found = list(expand([item]))
            missing.extend((number, entry) for entry in found if isinstance(entry, str))
            files = [entry for entry in found if isinstance(entry, Path)]
            hidden = {str(f) for f in files if f.name.startswith(("_", "."))}
            if hidden:
                logger.warning(
                    "Spark does not read files named _* or .*; passed over %s: %s",
                    len(hidden),
                    ", ".join(sorted(hidden)[:5]),
                )
            names = [_literal(os.path.abspath(f)) for f in files if str(f) not in hidden]
            walked = False
        if not names:
            continue
        frame = (
            spark.read.format("binaryFile")
            .option("recursiveFileLookup", "true")
            .load(names)
            .select(
                "path",
                "modificationTime",
                "content",
                F.lit(number).alias("input"),
                F.lit(walked).alias("walked"),
            )
        )
        frames.append(frame)
    if not frames:
        schema = "path string, modificationTime timestamp, content binary, input int"
        return spark.createDataFrame([], schema + ", walked boolean"), missing
    union = frames[0]
    for frame in frames[1:]:
        union = union.unionByName(frame)
    return union, missing


def _literal(path: str) -> str:
    """A file name as Spark takes it literally (it reads names as Hadoop globs)."""
    return "".join(f"\\{c}" if c in "{}[]*?\\" else c for c in path)


# -- executors -------------------------------------------------------------------------------

_pipelines: dict[str, Pipeline] = {}


def _pipeline(job: SparkJob) -> Pipeline:
    """Built once per Python worker and settings (Spark reuses its workers between tasks)."""
    if job.key not in _pipelines:
        _pipelines[job.key] = build_pipeline(job.stage_names, job.settings)
    return _pipelines[job.key]


def _read_frame(frame: pd.DataFrame, cwd: str) -> Iterator[tuple[str, Document]]:
    """The documents in a frame of files, each with its place in the local reading order."""
    from ..stages.ingest.blobs import read_blob, walked_file_wanted

    for path, modified, content, number, walked in frame[
        ["path", "modificationTime", "content", "input", "walked"]
    ].itertuples(index=False):
        local, display = _paths(path, cwd)
        if walked and not walked_file_wanted(local.rsplit("/", 1)[-1]):
            continue
        # Path parts joined by NUL sort as pathlib sorts paths (by parts).
        order = f"{int(number):06d}\x01" + "\x00".join(local.split("/"))
        mtime_ns = int(modified.value) if hasattr(modified, "value") else 0
        for position, doc in enumerate(read_blob(local, display, bytes(content), mtime_ns)):
            yield f"{order}\x01{position:09d}", doc


def _paths(uri: str, cwd: str) -> tuple[str, str]:
    """A file's path as the readers see it, and as the local runner shows it."""
    parts = urlsplit(uri)
    if parts.scheme not in ("", "file"):
        return parts.path or uri, uri
    resolved = Path(parts.path).resolve()
    try:
        return parts.path, str(resolved.relative_to(Path(cwd).resolve()))
    except ValueError:
        return parts.path, str(resolved)


def _analyse_frames(job: SparkJob, frames: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
    import pandas as pd

    pipeline = _pipeline(job)
    for frame in frames:
        for chunk in batched(_read_frame(frame, job.cwd), job.batch_size):
            orders = [order for order, _ in chunk]
            docs, signed = process_batch(pipeline, [doc for _, doc in chunk])
            items = {item.id: item for item in signed}
            rows = [
                _row(order, doc, items.get(doc.id) if doc.ok and doc.text else None)
                for order, doc in zip(orders, docs, strict=True)
            ]
            yield pd.DataFrame(rows, columns=[c.split()[0] for c in OUTPUT_SCHEMA.split(", ")])


def _site_samples(job: SparkJob, frames: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
    """Per plain-text document of a known source: its distinct line keys (see
    :class:`..stages.clean.SiteLines`) and a digest of its text, to count each text once."""
    import pandas as pd

    from ..stages.clean import SiteLines
    from ..stages.ingest import DecodeStage
    from .local import site_line_sample

    decode = DecodeStage()
    for frame in frames:
        rows = []
        for order, doc in _read_frame(frame, job.cwd):
            sample = site_line_sample(doc, decode)
            if sample is None:
                continue
            one = SiteLines()
            one.add(*sample)
            keys = sorted(one.learned(min_docs=1).get(sample[0], ()))
            digest = hashlib.sha256(sample[1].encode("utf-8")).hexdigest()
            rows.append({"order": order, "source": sample[0], "digest": digest, "keys": keys})
        yield pd.DataFrame(rows, columns=["order", "source", "digest", "keys"])


def _learn_site_lines(files: DataFrame, job: SparkJob) -> dict[str, frozenset[str]]:
    """The local pre-pass (:func:`.local.learn_site_lines`) in Spark: line keys seen in at
    least ``min_docs`` distinct texts of one source; a text met twice counts once, for the
    source it is first read from."""
    from pyspark.sql import functions as F

    from ..stages.clean import SiteLines

    min_docs = inspect.signature(SiteLines.learned).parameters["min_docs"].default
    samples = files.mapInPandas(partial(_site_samples, job), SAMPLE_SCHEMA)
    first = samples.groupBy("digest").agg(
        F.min_by("source", "order").alias("source"), F.min_by("keys", "order").alias("keys")
    )
    counted = (
        first.select("source", F.explode("keys").alias("key"))
        .groupBy("source", "key")
        .count()
        .where(F.col("count") >= min_docs)
    )
    learned: dict[str, set[str]] = {}
    for row in counted.collect():
        learned.setdefault(row["source"], set()).add(row["key"])
    return {source: frozenset(keys) for source, keys in learned.items()}


def _row(order: str, doc: Document, item: DedupItem | None) -> tuple[Any, ...]:
    """A document as an output row (the columns of :data:`OUTPUT_SCHEMA`, in order)."""
    from ..serialize import document_to_record

    record = json.dumps(document_to_record(doc, raw=True))
    return (
        order,
        doc.id,
        doc.lang,
        doc.status.value,
        record,
        item.text_hash if item else None,
        item.signature if item else None,
        item.size if item else None,
    )


def _driver_rows(job: SparkJob, missing: list[tuple[int, str]]) -> list[tuple[Any, ...]]:
    """Inputs that match nothing become failed documents, as the local runner records them."""
    from ..stages.ingest.sources import read_inputs

    rows: list[tuple[Any, ...]] = []
    for number, item in missing:
        docs, _ = process_batch(_pipeline(job), list(read_inputs([item])))
        rows.extend(_row(f"{number:06d}\x01{i:09d}", doc, None) for i, doc in enumerate(docs))
    return rows
