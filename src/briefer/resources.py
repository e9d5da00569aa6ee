"""briefer's own files inside the package: data/ read once by data_table(), fonts/ for the notes."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

PACKAGE = Path(__file__).resolve().parent


def home_country() -> str:
    """The country whose officials the articles follow (data/notes.yaml, home_country).

    Its officials are the principal's side: never counterparts, never a "country mentioned",
    never the host of a visit abroad; an event hosted there is one the principal hosts. The
    glossary's country of the principal, when it gives one, comes first in the notes.
    """
    return str(data_table("notes")["home_country"])


@cache
def data_table(name: str) -> dict[str, Any]:
    """A data file shipped with briefer, read once: data_table("calendar") is data/calendar.yaml.

    The mapping is shared by every caller; treat it as read-only.
    """
    data = yaml.safe_load((PACKAGE / "data" / f"{name}.yaml").read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"briefer/data/{name}.yaml: expected a mapping")
    return data
