"""briefer models ..."""

from __future__ import annotations

import click


@click.group("models")
def command() -> None:
    """Manage the offline Argos translation models: list, install, remove."""
