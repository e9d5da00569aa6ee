"""briefer translate."""

from __future__ import annotations

import click


@click.group("translate")
def command() -> None:
    """Translate one article into English or French, with the glossary and memory applied."""
