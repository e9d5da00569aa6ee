"""briefer models ..."""

from __future__ import annotations

from pathlib import Path

import click

from briefer.cli.common import user_errors
from briefer.errors import ModelError


@click.group("models")
def command() -> None:
    """Manage the offline Argos translation models: list, install, remove.

    Packages live in argostranslate's package directory (set ARGOS_PACKAGES_DIR to move it).

    Example: briefer models install translate-ar_en-1_0.argosmodel
    """


@command.command("list")
@user_errors
def list_() -> None:
    """List the installed packages: languages, version, size and path.

    Example: briefer models list
    """
    from briefer.translate import packages

    found = packages.installed()
    if not found:
        click.echo(f"no translation package installed in {packages.packages_dir()}")
        return
    for m in found:
        click.echo(f"{m.from_code}->{m.to_code}  {m.version:<10} {m.size / 1e6:8.1f} MB  {m.path}")


@command.command("install")
@click.argument("source", nargs=-1, required=True)
@click.option(
    "--online",
    is_flag=True,
    help="Download the pair FROM TO from the Argos package index (needs a network).",
)
@user_errors
def install(source: tuple[str, ...], online: bool) -> None:
    """Install a package from a .argosmodel file, or with --online FROM TO from the index.

    Example: briefer models install translate-ar_en-1_0.argosmodel

    Example: briefer models install --online ar en
    """
    from briefer.translate import packages

    if online:
        if len(source) != 2:
            raise ModelError(
                "--online takes two language codes, e.g. briefer models install --online ar en"
            )
        model = packages.install_online(*source)
    else:
        if len(source) != 1:
            raise ModelError("give one .argosmodel file (or --online FROM TO)")
        model = packages.install_file(Path(source[0]))
    click.echo(f"installed {model.from_code}->{model.to_code} {model.version} in {model.path}")


@command.command("remove")
@click.argument("from_code", metavar="FROM")
@click.argument("to_code", metavar="TO")
@user_errors
def remove(from_code: str, to_code: str) -> None:
    """Remove the installed package of a language pair.

    Example: briefer models remove ar en
    """
    from briefer.translate import packages

    model = packages.remove(from_code, to_code)
    click.echo(f"removed {model.from_code}->{model.to_code} {model.version} from {model.path}")
