"""Progress bars on stderr, one per build stage, silenced by --quiet."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from briefer.cli.common import stderr_console
from briefer.pipeline import Reporter


class Bars(Reporter):
    """A Reporter drawing a rich progress bar for each stage."""

    def __init__(self, progress: Any) -> None:
        self.progress = progress
        self.task: Any = None

    def stage(self, name: str, total: int) -> None:
        self.task = self.progress.add_task(name, total=total)

    def advance(self, label: str = "") -> None:
        if self.task is not None:
            self.progress.advance(self.task)


@contextmanager
def bars(quiet: bool) -> Iterator[Bars]:
    """Bars that disappear when done, or draw nothing at all when quiet."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn())
    with Progress(*columns, console=stderr_console(), disable=quiet, transient=True) as progress:
        yield Bars(progress)
