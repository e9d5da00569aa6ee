"""briefer glossary ..."""

from __future__ import annotations

import click


@click.group("glossary")
def command() -> None:
    """Maintain the terminology glossary: lint, lookup, missing, add, export, import."""
