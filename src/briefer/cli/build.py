"""briefer build."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from briefer import config as config_mod
from briefer.cli.common import (
    beam_size_option,
    config_option,
    setup_logging,
    stderr_console,
    threads_option,
    user_errors,
)

if TYPE_CHECKING:
    from briefer.pipeline import BuildReport


@click.command("build")
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
@click.option(
    "--templates",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Directory of your own templates; a file there overrides the built-in one "
    "of the same name.",
)
@click.option(
    "--force", is_flag=True, help="Render every note, even those whose inputs did not change."
)
@click.option(
    "--allow-untranslated",
    is_flag=True,
    help="Go on when a sentence has neither a memory match nor an installed model; "
    "such sentences are kept in Arabic and marked.",
)
@beam_size_option
@threads_option
@click.option(
    "--workers",
    type=click.IntRange(1, 1024),
    default=None,
    help="Processes rendering notes and batches translated at once on this machine "
    "(default: its cores). The output is the same whatever the number.",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    default=None,
    help="Send translation batches and notes to the Dask cluster whose scheduler is at "
    "ADDRESS (e.g. tcp://10.0.0.5:8786; default: [cluster] scheduler in briefer.toml, "
    "else none). The notes are the same bytes as a local build's.",
)
@click.option(
    "--archive",
    metavar="BATCH",
    type=click.IntRange(1, 1_000_000),
    default=None,
    help="Archive mode: read, translate and extract BATCH articles at a time and keep only "
    "their facts, so memory stays flat however many articles there are (e.g. --archive 500).",
)
@click.option("--quiet", "-q", is_flag=True, help="Print only warnings, errors and the summary.")
@config_option
@user_errors
def command(
    lang: str,
    seeds: Path | None,
    out: Path | None,
    templates: Path | None,
    force: bool,
    allow_untranslated: bool,
    beam_size: int | None,
    threads: int | None,
    workers: int | None,
    scheduler: str | None,
    archive: int | None,
    quiet: bool,
    config_path: Path | None,
) -> None:
    """Build the briefing notes: a PDF per visit and language, digests and an index.

    \b
    Examples:
      briefer build --lang en
      briefer build --lang all --seeds my-articles/ --out /tmp/notes --force

    Articles that cannot be read are reported with the reason and skipped; the others still
    build, and the exit code is 1. A broken glossary or memory stops the build before any
    note is written.
    """
    from briefer import pipeline
    from briefer.cli.progress import bars
    from briefer.render import default_workers
    from briefer.translate.settings import Settings

    setup_logging(quiet)
    config = config_mod.with_overrides(
        config_mod.load(config_path), seeds=seeds, out=out, templates=templates
    )
    settings = config_mod.with_overrides(
        Settings(cache=config.cache, allow_untranslated=allow_untranslated),
        beam_size=beam_size,
        threads=threads,
    )
    languages = config_mod.LANGUAGES if lang == "all" else (lang,)
    options = pipeline.Options(
        languages=languages,
        force=force,
        translation=settings,
        workers=workers or default_workers(),
        scheduler=scheduler or config.cluster.scheduler,
        archive=archive,
    )
    with bars(quiet) as reporter:
        report = pipeline.build(config, options, reporter)
    _summary(report)
    if report.failures:
        sys.exit(1)


def _summary(report: BuildReport) -> None:
    """One table: what was written, skipped, how it was translated, what went wrong."""
    from rich.table import Table

    console = stderr_console()
    table = Table(title="briefer build", show_header=False, title_justify="left")
    table.add_row("files written", str(len(report.written)))
    table.add_row("unchanged, not rendered", str(len(report.skipped)))
    table.add_row("articles skipped", str(len(report.failures)))
    origins = report.origins
    table.add_row("sentences", ", ".join(f"{n} {k}" for k, n in origins.items()))
    table.add_row("glossary terms", ", ".join(f"{n} {k}" for k, n in report.terms.items()))
    table.add_row("warnings", str(len(report.warnings)))
    table.add_row("time", f"{report.seconds:.1f} s")
    console.print(table)
    # One line each, never wrapped: a reason is read, and grepped, as one line.
    for warning in report.warnings:
        console.print(f"warning: {warning}", markup=False, highlight=False, soft_wrap=True)
    for failure in report.failures:
        console.print(f"skipped: {failure}", markup=False, highlight=False, soft_wrap=True)
