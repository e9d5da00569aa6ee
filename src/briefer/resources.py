"""Where briefer's own templates and data live, installed or in a source checkout."""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent


def builtin_dir(name: str) -> Path:
    """A directory shipped with briefer: inside the installed package, else the source tree."""
    packaged = PACKAGE / name
    if packaged.is_dir():
        return packaged
    return PACKAGE.parents[1] / name
