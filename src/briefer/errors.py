"""The exception tree: user errors print one clear line; bugs keep their traceback.

And the failure rule of every command that reads articles (skip_failures): an article that
cannot be read or extracted is reported with its reason, and the others go on.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")
R = TypeVar("R")


class BrieferError(Exception):
    """An error the user can fix; the message names the file and the remedy."""

    def __init__(self, message: str, path: Path | str | None = None, line: int | None = None):
        self.path = Path(path) if path is not None else None
        self.line = line
        self.reason = message
        super().__init__(self._format())

    def _format(self) -> str:
        if self.path is None:
            return self.reason
        shown = shown_path(self.path)
        where = f"{shown}:{self.line}" if self.line is not None else shown
        return f"{where}: {self.reason}"


CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def shown_path(path: Path | str) -> str:
    """The path as one line: a newline or other control character in a file name escaped."""
    return CONTROL.sub(lambda m: repr(m.group())[1:-1], str(path))


class ConfigError(BrieferError):
    """The configuration file is missing a value or has a bad one."""


class IngestError(BrieferError):
    """An article cannot be read; the build skips it and reports why."""


class GlossaryError(BrieferError):
    """The glossary is invalid; the build stops before writing any note."""


class ModelError(BrieferError):
    """A translation model is missing, broken or cannot be installed."""


class TranslationMemoryError(BrieferError):
    """The translation memory cannot be read or written."""


class BuildError(BrieferError):
    """The build as a whole cannot go on."""


class WriteError(BrieferError):
    """A file cannot be written (disk full, read-only file system, permissions)."""


E = TypeVar("E", bound=BrieferError)


def skip_failures(
    items: Iterable[T], step: Callable[[T], R], failure: type[E]
) -> tuple[list[R], list[E]]:
    """step(item) for every item; one that fails is logged ("skipped …"), kept, and passed over."""
    done: list[R] = []
    failures: list[E] = []
    for item in items:
        try:
            done.append(step(item))
        except failure as exc:
            log.warning("skipped %s", exc)
            failures.append(exc)
    return done, failures


class PublishError(BrieferError):
    """Signing, bundling or sending the notes cannot go on; nothing is over-shared."""
