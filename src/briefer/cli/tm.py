"""briefer tm ..."""

from __future__ import annotations

from pathlib import Path

import click

from briefer import config as config_mod
from briefer.cli.common import config_option, user_errors


@click.group("tm")
def command() -> None:
    """Maintain the translation memory (TMX 1.4b files in tm/): import, export, stats.

    Example: briefer tm stats
    """


@command.command("import")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@config_option
@user_errors
def import_(file: Path, config_path: Path | None) -> None:
    """Validate a TMX file and merge it into tm/<its name> (its translations win there).

    Files of tm/ load in name order and the last wins: if a file loading after it translates
    an imported sentence otherwise, a warning names it and how to make the import win.

    Example: briefer tm import reviewed.tmx
    """
    from briefer.translate import memory

    config = config_mod.load(config_path)
    report = memory.import_file(config.tm, file)
    others = (
        f"; translations into {', '.join(report.other_languages)} left out (briefer writes "
        "en and fr)"
        if report.other_languages
        else ""
    )
    click.echo(
        f"{report.file}: {report.added} added, {report.updated} updated, "
        f"{report.unchanged} unchanged{others}"
    )
    for later, count in report.overridden:
        click.echo(
            f"warning: {count} imported translation(s) stay overridden by {later}, which loads "
            f"after {report.file.name} (files load in name order, the last wins); import the "
            f"file under a name that sorts after {later.name}, e.g. zz-{report.file.name}",
            err=True,
        )


@command.command("export")
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    required=True,
    help="The TMX file to write.",
)
@config_option
@user_errors
def export(output: Path, config_path: Path | None) -> None:
    """Write the whole memory, merged, to one TMX 1.4b file (for OmegaT, Trados, memoQ).

    Example: briefer tm export -o briefer-memory.tmx
    """
    from briefer.translate import memory

    config = config_mod.load(config_path)
    count = memory.export(config.tm, output)
    click.echo(f"wrote {count} translation unit(s) to {output}")


@command.command("stats")
@config_option
@user_errors
def stats(config_path: Path | None) -> None:
    """Segments per language pair, and how many seed sentences the memory covers.

    Example: briefer tm stats
    """
    from briefer.ingest import load_rules, read_articles
    from briefer.translate import memory

    config = config_mod.load(config_path)
    mem = memory.load(config.tm)
    pairs = mem.pairs()
    if not pairs:
        click.echo(f"the memory in {config.tm} is empty")
    for (src, tgt), count in pairs.items():
        click.echo(f"{src}->{tgt}: {count} segment(s)")
    if config.seeds.is_dir():
        articles = read_articles(config.seeds, load_rules(config.ingest_rules)).articles
        sources = [s.text for a in articles for s in a.sentences]
        for lang, share in memory.coverage(mem, sources, config_mod.LANGUAGES).items():
            click.echo(f"seed coverage {lang}: {share:.0%} of {len(sources)} sentence(s)")
