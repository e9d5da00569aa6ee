"""briefer extract."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from briefer import config as config_mod
from briefer.cli.common import CONTEXT, config_option, setup_logging, user_errors

if TYPE_CHECKING:
    from rich.table import Table

    from briefer.extract.facts import Facts, Visit


@click.command("extract", context_settings=CONTEXT)
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path, exists=True))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "table"]),
    default="json",
    show_default=True,
    help="JSON for tools and templates, a table for reading.",
)
@click.option(
    "--visits",
    is_flag=True,
    help="Group the articles into visits and print the merged visits instead.",
)
@click.option("--quiet", "-q", is_flag=True, help="Print only warnings and errors on stderr.")
@config_option
@user_errors
def command(
    paths: tuple[Path, ...], fmt: str, visits: bool, quiet: bool, config_path: Path | None
) -> None:
    """Extract the facts of each visit from the Arabic articles, with their evidence.

    PATH is an article file or a directory of *.txt articles (default: the seeds directory).
    Every fact cites the sentence it comes from (Sentence.index, headline = 0).

    Examples:

      briefer extract seeds/ --format json

      briefer extract seeds/ --visits --format table
    """
    from briefer.extract import extract_paths
    from briefer.extract.visits import group_visits

    if fmt == "table":
        # The rich log handler writes to stdout; JSON output must stay parseable, so with JSON
        # warnings go to stderr through Python's last-resort handler instead.
        setup_logging(quiet)
    config = config_mod.load(config_path)
    result = extract_paths(list(paths) or [config.seeds], config)
    if visits:
        grouped = group_visits(result.facts)
        _emit([v.to_json() for v in grouped], fmt, lambda: _visits_table(grouped))
    else:
        _emit([f.to_json() for f in result.facts], fmt, lambda: _facts_table(result.facts))
    if result.failures:
        sys.exit(1)


def _emit(data: list[dict[str, Any]], fmt: str, table: Any) -> None:
    if fmt == "json":
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    from rich.console import Console

    Console(width=max(160, Console().width)).print(table())


def _facts_table(facts: list[Facts]) -> Table:
    from rich.table import Table

    table = Table(title="Facts per article", show_lines=True)
    for name in ("Article", "Where", "When"):
        table.add_column(name, no_wrap=True)
    for name in ("Event", "Counterparts", "Agreements", "Topics"):
        table.add_column(name, overflow="fold", ratio=1)
    for f in facts:
        table.add_row(
            f.article,
            _where(f),
            _when(f),
            f.event.en if f.event else "-",
            _counterparts(f),
            _agreements(f),
            ", ".join(f.topics) or "-",
        )
    return table


def _visits_table(visits: list[Visit]) -> Table:
    from rich.table import Table

    table = Table(title="Visits", show_lines=True)
    for name in ("Visit", "Sources", "Where", "When"):
        table.add_column(name, no_wrap=True)
    for name in ("Counterparts", "Agreements", "Conflicts"):
        table.add_column(name, overflow="fold", ratio=1)
    for v in visits:
        conflicts = "; ".join(
            f"{c.field}: {json.dumps(c.values, ensure_ascii=False)}" for c in v.conflicts
        )
        table.add_row(
            v.id,
            "\n".join([str(v.sources), *v.articles]),
            _where(v.facts),
            _when(v.facts),
            _counterparts(v.facts),
            _agreements(v.facts),
            conflicts or "-",
        )
    return table


def _where(f: Facts) -> str:
    city = f.city.en if f.city else "-"
    return f"{city} ({f.host_country or '?'})"


def _when(f: Facts) -> str:
    if not f.start:
        return "-"
    return f.start if f.start == f.end else f"{f.start} ..\n{f.end}"


def _counterparts(f: Facts) -> str:
    lines = []
    for c in f.counterparts:
        name = (
            c.name.en
            if c.name
            else (f"{c.name_ar} (not in glossary)" if c.name_ar else "(unnamed)")
        )
        lines.append(f"{name}, {c.title.en}")
    return "\n".join(lines) or "-"


def _agreements(f: Facts) -> str:
    lines = [
        f"{a.kind} {a.status}: " + (", ".join(p.en or p.ar for p in a.parties) or "-")
        for a in f.agreements
    ]
    count = f.bilateral_meetings_count
    if count is not None:
        lines.append(f"{count} bilateral meetings")
    return "\n".join(lines) or "-"
