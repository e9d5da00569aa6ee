"""briefer build."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from briefer import config as config_mod
from briefer.cli import config_option, setup_logging, user_errors


@click.command()
@click.option(
    "--lang",
    type=click.Choice(["en", "fr", "all"]),
    default="all",
    show_default=True,
    help="Language of the notes to write.",
)
@click.option(
    "--seeds",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Directory of the Arabic articles (*.txt). Default: seeds/.",
)
@click.option(
    "--out",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Directory the notes are written to. Default: out/.",
)
@click.option("--quiet", "-q", is_flag=True, help="Print only warnings, errors and the summary.")
@config_option
@user_errors
def build(
    lang: str, seeds: Path | None, out: Path | None, quiet: bool, config_path: Path | None
) -> None:
    """Build a briefing note per article and language from the seeds into out/.

    Example: briefer build --lang en

    A file that cannot be read is reported with the reason and skipped; the others still
    build, and the exit code is 1.
    """
    from rich.console import Console
    from rich.progress import Progress
    from rich.table import Table

    from briefer import build as pipeline

    setup_logging(quiet)
    config = config_mod.with_overrides(config_mod.load(config_path), seeds=seeds, out=out)
    languages = config_mod.LANGUAGES if lang == "all" else (lang,)
    console = Console(stderr=True)
    with Progress(console=console, disable=quiet, transient=True) as bar:
        task = bar.add_task("Building notes", total=pipeline.planned_steps(config, languages))
        report = pipeline.build(config, languages, lambda _: bar.advance(task))
    table = Table(title="briefer build", show_header=False)
    table.add_row("notes written", str(len(report.written)))
    table.add_row("files skipped", str(len(report.failures)))
    table.add_row("time", f"{report.seconds:.1f} s")
    console.print(table)
    for failure in report.failures:
        console.print(f"[red]skipped[/red] {failure}", markup=True, highlight=False)
    if report.failures:
        sys.exit(1)
