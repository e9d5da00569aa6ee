"""briefer glossary ..."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from briefer.cli.common import config_option, setup_logging, user_errors

if TYPE_CHECKING:
    from briefer.extract.proposals import Proposal

glossary_option = click.option(
    "--glossary",
    "glossary_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Glossary directory (default: the 'glossary' setting, glossary/).",
)


def _directory(glossary_dir: Path | None, config_path: Path | None) -> Path:
    from briefer import config as config_mod

    return glossary_dir or config_mod.load(config_path).glossary


@click.group("glossary")
def command() -> None:
    """Maintain the terminology glossary: lint, lookup, missing, add, export, import.

    Example: briefer glossary lint
    """


@command.command()
@glossary_option
@config_option
@user_errors
def lint(glossary_dir: Path | None, config_path: Path | None) -> None:
    """Check every glossary file; list each problem with file:line, entry and fix.

    Exit status 1 when there is any problem. Then lists the provisional entries (review:
    provisional), each with what it still lacks.

    Example: briefer glossary lint --glossary glossary/
    """
    from briefer.glossary.entries import CLDR_FILE
    from briefer.glossary.load import read
    from briefer.glossary.match import Glossary

    directory = _directory(glossary_dir, config_path)
    entries, problems = read(directory)
    for problem in problems:
        click.echo(str(problem), err=True)
    if problems:
        click.echo(f"{len(problems)} problem(s) in {directory}", err=True)
        sys.exit(1)
    own = sum(1 for e in entries.values() if e.file != CLDR_FILE)
    version = Glossary(entries).version[:12]
    click.echo(
        f"{directory}: {own} entries, {len(entries) - own} more countries from CLDR; "
        f"no problems (version {version})"
    )
    provisional = sorted((e for e in entries.values() if e.provisional), key=lambda e: e.id)
    if provisional:
        click.echo(f"{len(provisional)} provisional entries (notes mark what they render):")
    for entry in provisional:
        click.echo(f"  {entry.file.name}:{entry.line} {entry.id}: {entry.checked}")


@command.command()
@click.argument("text")
@glossary_option
@config_option
@user_errors
def lookup(text: str, glossary_dir: Path | None, config_path: Path | None) -> None:
    """Show which entries match TEXT (Arabic), where, and how they are rendered.

    Example: briefer glossary lookup "وللمديرية العامة للأمن الوطني"
    """
    from briefer.glossary.load import load

    loaded = load(_directory(glossary_dir, config_path))
    matches = loaded.match(text)
    if not matches:
        click.echo("no entry matches")
    for m in matches:
        entry = m.entry
        prefix = f" (proclitics '{m.prefix}')" if m.prefix else ""
        click.echo(
            f"{m.start}-{m.end} {text[m.start : m.end]}{prefix} -> {entry.id} [{entry.kind}]"
        )
        click.echo(f"    en: {entry.en.first_mention}    fr: {entry.fr.first_mention}")


@command.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path, exists=True))
@click.option("--limit", type=int, default=0, help="Show only the first N candidates (0: all).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    help="text (default), or json: one object per candidate.",
)
@glossary_option
@config_option
@user_errors
def missing(
    paths: tuple[Path, ...],
    limit: int,
    fmt: str,
    glossary_dir: Path | None,
    config_path: Path | None,
) -> None:
    """List likely names of people and organisations that no entry covers, most frequent first.

    PATHS are article files or directories of *.txt (default: the seeds directory). Each
    candidate comes with the sentence it was first seen in and a proposed entry: for a person,
    a romanization in the usage of the country the article states next to the name (none is
    guessed), the title extraction reads, a free id, and the 'briefer glossary add' command
    that adds it as provisional, to check before running. An organisation gets a command when
    its words render literally. An article that cannot be read is reported and skipped, and
    the exit code is 1.

    Example: briefer glossary missing seeds/
    """
    from briefer import config as config_mod
    from briefer.extract.proposals import propose
    from briefer.glossary.load import load
    from briefer.ingest import load_rules, read_paths

    setup_logging(quiet=True)
    config = config_mod.load(config_path)
    loaded = load(glossary_dir or config.glossary)
    result = read_paths(list(paths) or [config.seeds], load_rules(config.ingest_rules))
    found = propose(result.articles, loaded, glossary_dir)
    shown = found[:limit] if limit else found
    if fmt == "json":
        click.echo(json.dumps([_json(p) for p in shown], ensure_ascii=False, indent=2))
    else:
        for p in shown:
            _echo(p)
        click.echo(f"{len(found)} uncovered name(s) in {len(result.articles)} article(s)")
    if result.failures:
        sys.exit(1)


def _echo(p: Proposal) -> None:
    """One candidate: count, Arabic and reason; where it was seen; the proposal; the command."""
    c = p.candidate
    click.echo(f"{c.count:>3}  {c.text}  ({c.reason})")
    click.echo(f"     {c.article}#{c.sentence}: {' '.join(c.context.split())}")
    if p.kind == "person":
        facts = [f"{p.en} ({p.convention})", f"country: {p.country or 'not stated'}"]
        if p.title:
            facts.append(f"title: {p.title.en}")
        click.echo("     proposed: " + "; ".join(facts))
    if p.command:
        click.echo(f"     {p.command}")


def _json(p: Proposal) -> dict[str, Any]:
    """A candidate and its proposal as one JSON object."""
    c = p.candidate
    return {
        "arabic": c.text,
        "kind": p.kind,
        "reason": c.reason,
        "count": c.count,
        "article": c.article,
        "sentence": c.sentence,
        "context": c.context,
        "en": p.en,
        "fr": p.fr,
        "convention": p.convention,
        "country": p.country,
        "title_en": p.title.en if p.title else None,
        "title_fr": p.title.fr if p.title else None,
        "id": p.id,
        "argv": list(p.argv) if p.argv else None,
        "command": p.command,
    }


@command.command()
@click.option("--id", "entry_id", required=True, help="Stable id, e.g. person.demirtas.")
@click.option(
    "--kind",
    required=True,
    help="person, organisation, role, place, event, country, demonym or term.",
)
@click.option("--arabic", "arabic", multiple=True, help="An Arabic form (repeat for each form).")
@click.option("--en", "en_full", help="English full form.")
@click.option("--fr", "fr_full", help="French full form.")
@click.option("--en-short", help="English short form.")
@click.option("--fr-short", help="French short form.")
@click.option("--en-acronym", help="English acronym.")
@click.option("--fr-acronym", help="French acronym.")
@click.option("--gender", type=click.Choice(["f", "m"]), help="French grammatical gender.")
@click.option(
    "--article/--no-article",
    default=None,
    help="Whether the name takes an article (default: by kind).",
)
@click.option("--feminine", help="French feminine form (demonyms).")
@click.option("--country", help="ISO 3166-1 alpha-2 code, e.g. TR.")
@click.option("--title-en", help="English title (people).")
@click.option("--title-fr", help="French title (people).")
@click.option("--title-from", type=click.DateTime(["%Y-%m-%d"]), help="Title valid from.")
@click.option("--title-to", type=click.DateTime(["%Y-%m-%d"]), help="Title valid until.")
@click.option("--note", help="A note for translators.")
@click.option("--source", help="Where the spelling comes from.")
@click.option(
    "--provisional",
    is_flag=True,
    help="Not yet checked against an authoritative source: notes mark what they render from it.",
)
@click.option("--checked", help="Who checked the entry and against what (or what is missing).")
@glossary_option
@config_option
@user_errors
def add(glossary_dir: Path | None, config_path: Path | None, **options: Any) -> None:
    """Add an entry, checked against the whole glossary before its file is rewritten.

    The entry goes into the file for its kind (people.yaml, organisations.yaml, ...), sorted
    by id, with the file's top comments kept.

    Example: briefer glossary add --id person.yildiz --kind person --arabic "سلامي يلدز"
    --en "Selami Yıldız" --fr "Selami Yıldız" --country TR
    """
    from briefer.glossary import edit

    setup_logging(quiet=False)
    entry = edit.add(_directory(glossary_dir, config_path), _entry_values(options))
    click.echo(f"added {entry.id} to {entry.file}")


def _entry_values(o: dict[str, Any]) -> dict[str, Any]:
    """The YAML mapping of an entry from the add command's options."""
    values: dict[str, Any] = {"id": o["entry_id"], "kind": o["kind"]}
    if o["country"]:
        values["country"] = o["country"]
    if o["arabic"]:
        values["arabic"] = list(o["arabic"])
    for lang in ("en", "fr"):
        rendering = {
            "full": o[f"{lang}_full"],
            "short": o[f"{lang}_short"],
            "acronym": o[f"{lang}_acronym"],
        }
        if lang == "fr":
            rendering.update(gender=o["gender"], feminine=o["feminine"])
        if o["article"] is not None:
            rendering["article"] = o["article"]
        if rendering["full"] or o["kind"] != "country":
            values[lang] = {k: v for k, v in rendering.items() if v is not None}
    if o["title_en"] or o["title_fr"]:
        values["titles"] = [
            {
                "en": o["title_en"],
                "fr": o["title_fr"],
                "from": _day(o["title_from"]),
                "to": _day(o["title_to"]),
            }
        ]
    for key in ("note", "source", "checked"):
        if o[key]:
            values[key] = o[key]
    if o["provisional"]:
        values["review"] = "provisional"
    return values


def _day(value: Any) -> date | None:
    return value.date() if value else None


@command.command("export")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["tbx", "csv"]),
    required=True,
    help="TBX-Basic (ISO 30042) for CAT tools, or CSV for spreadsheets.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    required=True,
    help="File to write.",
)
@glossary_option
@config_option
@user_errors
def export_command(
    fmt: str, output: Path, glossary_dir: Path | None, config_path: Path | None
) -> None:
    """Write the glossary as TBX-Basic or CSV (countries known to CLDR alone are left out).

    Example: briefer glossary export --format tbx -o glossary.tbx
    """
    from briefer.files import write_atomic
    from briefer.glossary.formats import EXPORTERS
    from briefer.glossary.load import load

    loaded = load(_directory(glossary_dir, config_path))
    write_atomic(output, EXPORTERS[fmt](loaded))
    click.echo(f"wrote {output}")


@command.command("import")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.option(
    "--format", "fmt", type=click.Choice(["tbx", "csv"]), required=True, help="Format of FILE."
)
@click.option(
    "--replace", is_flag=True, help="Drop entries that FILE does not hold (default: merge by id)."
)
@glossary_option
@config_option
@user_errors
def import_command(
    file: Path, fmt: str, replace: bool, glossary_dir: Path | None, config_path: Path | None
) -> None:
    """Read entries from TBX-Basic or CSV into the glossary files, validated first.

    An entry with an id already in the glossary replaces it; nothing is written if any
    imported entry is invalid.

    Example: briefer glossary import --format csv glossary.csv
    """
    from briefer.errors import GlossaryError
    from briefer.files import FileRefused, read_utf8
    from briefer.glossary import edit
    from briefer.glossary.formats import PARSERS
    from briefer.glossary.formats.yaml import MAX_FILE_BYTES

    try:
        text = read_utf8(file, MAX_FILE_BYTES)
    except FileRefused as exc:
        message = f"{exc}; export a file to see what import reads"
        raise GlossaryError(message, file, exc.line) from exc
    items = PARSERS[fmt](text, file)
    count = edit.import_entries(_directory(glossary_dir, config_path), items, file, replace)
    click.echo(f"imported {count} entries from {file}")
