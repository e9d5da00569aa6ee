"""The command line: parses arguments, calls library functions, turns errors into one line."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from briefer import __version__
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
    """briefer's warnings and errors to stderr through rich; its info too unless --quiet."""
    from rich.logging import RichHandler

    handler = RichHandler(console=stderr_console(), show_time=False, show_path=False, markup=False)
    logging.basicConfig(level=logging.WARNING, format="%(message)s", handlers=[handler], force=True)
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


@click.group(context_settings=CONTEXT)
@click.version_option(__version__, "--version", "-V", prog_name="briefer")
def main() -> None:
    """briefer: briefing notes from Arabic security-cooperation news, fully offline.

    Reads Arabic articles from seeds/, translates them into English and French with the
    terminology glossary and translation memory, extracts the facts of each visit, and
    writes a PDF briefing note per visit and language into out/.
    """


def _register() -> None:
    from briefer.cli import build as build_cli

    main.add_command(build_cli.build)
    from briefer.cli import publish as publish_cli  # distribution (issue 16)

    for command in (publish_cli.publish, publish_cli.verify, publish_cli.keys):
        main.add_command(command)
    for name in ("extract", "translate", "glossary", "tm", "models"):
        module = __import__(f"briefer.cli.{name}", fromlist=["command"])
        main.add_command(module.command)


_register()
