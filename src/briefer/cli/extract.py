"""briefer extract."""

from __future__ import annotations

import click


@click.group("extract", invoke_without_command=False)
def command() -> None:
    """Extract the facts of each visit from the Arabic articles (dates, place, counterparts)."""
