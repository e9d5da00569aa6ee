"""briefer tm ..."""

from __future__ import annotations

import click


@click.group("tm")
def command() -> None:
    """Maintain the translation memory (TMX): import, export, stats."""
