"""Progress reporting, injected into runners: stages and runners never print."""

from __future__ import annotations

import logging
from typing import Any, Protocol

logger = logging.getLogger(__name__)


class Reporter(Protocol):
    def start(self, total: int | None, description: str) -> None: ...
    def advance(self, n: int = 1) -> None: ...
    def finish(self) -> None: ...


class NullReporter:
    def start(self, total: int | None, description: str) -> None:
        return None

    def advance(self, n: int = 1) -> None:
        return None

    def finish(self) -> None:
        return None


class LogReporter:
    """Logs a line every ``every`` documents (for batch jobs without a terminal)."""

    def __init__(self, every: int = 1000) -> None:
        self.every = every
        self.done = 0
        self.total: int | None = None

    def start(self, total: int | None, description: str) -> None:
        self.total, self.done = total, 0
        logger.info("%s: %s documents", description, total if total is not None else "?")

    def advance(self, n: int = 1) -> None:
        before, self.done = self.done, self.done + n
        if before // self.every != self.done // self.every:
            logger.info("%s / %s documents", self.done, self.total or "?")

    def finish(self) -> None:
        logger.info("done: %s documents", self.done)


class RichReporter:
    """A rich progress bar on stderr (what the CLI uses on a terminal)."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self._progress = Progress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("docs"),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=False,
        )
        self._task: Any = None

    def start(self, total: int | None, description: str) -> None:
        self._progress.start()
        self._task = self._progress.add_task(description, total=total)

    def advance(self, n: int = 1) -> None:
        if self._task is not None:
            self._progress.advance(self._task, n)

    def finish(self) -> None:
        self._progress.stop()
