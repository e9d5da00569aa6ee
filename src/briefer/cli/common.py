"""What every command shares: clean user errors, logging on stderr, the common options."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from briefer.errors import BrieferError

if TYPE_CHECKING:
    from rich.console import Console

F = TypeVar("F", bound=Callable[..., Any])

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def user_errors(func: F) -> F:
    """Print a BrieferError as one line on stderr and exit 1; real bugs keep their traceback."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except BrieferError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(1)

    return wrapper  # type: ignore[return-value]


# Libraries whose info and warnings are about their own internals, not the user's documents.
CHATTY_LIBRARIES = ("weasyprint", "fontTools", "argostranslate", "stanza", "ctranslate2")


def stderr_console() -> Console:
    """The console for logs, progress and summaries: stderr, so stdout stays for data."""
    from rich.console import Console

    return Console(stderr=True)


def setup_logging(quiet: bool) -> None:
    """briefer's warnings and errors to stderr, its info too unless --quiet: through rich on a
    terminal; elsewhere (a pipe, a log file) one plain line per message, never wrapped."""
    handler: logging.Handler
    if sys.stderr.isatty():
        from rich.logging import RichHandler

        console = stderr_console()
        handler = RichHandler(console=console, show_time=False, show_path=False, markup=False)
    else:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    logging.basicConfig(level=logging.WARNING, handlers=[handler], force=True)
    logging.getLogger("briefer").setLevel(logging.WARNING if quiet else logging.INFO)
    for name in CHATTY_LIBRARIES:
        logging.getLogger(name).setLevel(logging.ERROR)


config_option = click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Configuration file (default: briefer.toml in the current directory, if present).",
)

beam_size_option = click.option(
    "--beam-size",
    type=click.IntRange(1, 16),
    default=None,
    help="Beam size of machine translation (default 2).",
)

threads_option = click.option(
    "--threads",
    type=click.IntRange(0, 256),
    default=None,
    help="CPU threads per translation batch (default 0: one; more batches run at once "
    "instead, see build --workers).",
)
