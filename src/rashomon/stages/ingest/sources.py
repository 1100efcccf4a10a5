"""Expand what the user named (files, folders, globs, ``-``) into documents, in a stable order."""

from __future__ import annotations

import glob
import logging
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from ... import registry
from ...model import Document, InputFormat, Origin
from . import feeds  # noqa: F401 - registers reader.feed.v1
from .readers import failed_document, read_stdin, relative_display, sniff_format

logger = logging.getLogger(__name__)

# Files we never treat as articles when walking a folder.
IGNORED_NAMES = {".DS_Store", "Thumbs.db"}
IGNORED_SUFFIXES = (".py", ".md", ".json", ".pyc", ".csv", ".parquet", ".db", ".sqlite")


def expand(inputs: Iterable[str]) -> Iterator[Path | str]:
    """Yield files (sorted within each folder or glob), ``"-"`` for stdin, or the missing name."""
    for item in inputs:
        if item == "-":
            yield "-"
            continue
        path = Path(item)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.name in IGNORED_NAMES or child.name.startswith("."):
                    continue
                if child.name.lower().endswith(IGNORED_SUFFIXES):
                    continue
                yield child
        elif path.is_file():
            yield path
        elif glob.has_magic(item):
            matches = sorted(Path(p) for p in glob.glob(item, recursive=True))
            yield from (p for p in matches if p.is_file())
            if not matches:
                yield item
        else:
            yield item


def read_inputs(inputs: Iterable[str]) -> Iterator[Document]:
    """Every document in the named inputs; unreadable inputs become failed documents."""
    for item in expand(inputs):
        if item == "-":
            yield from read_stdin(sys.stdin.buffer)
        elif isinstance(item, str):
            yield failed_document(
                Origin(path=item),
                InputFormat.TEXT,
                "not-found",
                f"no such file, folder or glob match: {item}",
            )
        else:
            yield from read_file(item)


def read_file(path: Path, display: str | None = None) -> Iterator[Document]:
    """Every document in one file (``display``: the path recorded on them, by default the
    path relative to the working directory); a broken file becomes a failed document."""
    display = display or relative_display(path)
    try:
        reader = registry.readers.get(sniff_format(path))
        yield from reader(path, display)
    except OSError as exc:
        yield failed_document(
            Origin(path=display), InputFormat.TEXT, "unreadable", f"cannot read file: {exc}"
        )
    except Exception as exc:  # noqa: BLE001 - a reader bug on one file must not stop the run
        logger.warning("reader failed on %s", display, exc_info=True)
        yield failed_document(
            Origin(path=display),
            InputFormat.TEXT,
            "reader-error",
            f"the reader stopped on this file ({type(exc).__name__}: {exc}); "
            "documents read before it were kept",
        )
