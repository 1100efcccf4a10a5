"""Read documents from bytes already in memory, with the very readers that read files.

Distributed engines hand a worker a file's name and bytes, not a local path (Spark's
``binaryFile`` source reads local folders, HDFS, S3...). :class:`Blob` is the small part of
:class:`pathlib.Path` the registered readers use (name, parent name, ``open``, ``read_bytes``,
``stat``), over those bytes, so a file read this way gives the same documents, ids and
failures as when the local runner reads it from disk.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import cast

from ...model import Document
from .sources import IGNORED_NAMES, IGNORED_SUFFIXES, read_file

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class BlobStat:
    st_size: int
    st_mtime_ns: int


class Blob(io.BytesIO):
    """A file's bytes standing in for its path. Also a binary stream, because ``gzip.open``
    takes either a name or a stream; so open each Blob with ``gzip`` at most once."""

    def __init__(self, path: str, data: bytes, mtime_ns: int = 0) -> None:
        super().__init__(data)
        self._data = data
        self._mtime_ns = mtime_ns
        self._path = PurePosixPath(path)
        self.name = self._path.name

    @property
    def parent(self) -> PurePosixPath:
        return self._path.parent

    def open(self, mode: str = "rb") -> io.BytesIO:
        if mode != "rb":
            raise ValueError(f"a Blob opens only for binary reading, not {mode!r}")
        return io.BytesIO(self._data)

    def read_bytes(self) -> bytes:
        return self._data

    def stat(self) -> BlobStat:
        return BlobStat(len(self._data), self._mtime_ns)


def walked_file_wanted(name: str) -> bool:
    """Whether a file met while walking a folder is read, by the local runner's rule."""
    if name in IGNORED_NAMES or name.startswith("."):
        return False
    return not name.lower().endswith(IGNORED_SUFFIXES)


def read_blob(path: str, display: str, data: bytes, mtime_ns: int = 0) -> Iterator[Document]:
    """Every document in one file given as bytes (``path`` is its POSIX path or URI path,
    ``display`` the path recorded on its documents); a broken file becomes a failed document,
    as :func:`rashomon.stages.ingest.sources.read_file` makes it."""
    yield from read_file(cast(Path, Blob(path, data, mtime_ns)), display)
