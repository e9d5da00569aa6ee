"""The glossary's file formats, one module per format (as translate-toolkit's storage/).

yaml is the glossary's own format; tbx (TBX-Basic, for CAT tools) and csv (for spreadsheets)
are the exchange formats, each with export(glossary) -> text and parse(text, source) -> entry
mappings in the YAML shape, checked when they are written.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from briefer.glossary.formats import csv, tbx
from briefer.glossary.match import Glossary

EXPORTERS: dict[str, Callable[[Glossary], str]] = {"tbx": tbx.export, "csv": csv.export}
PARSERS: dict[str, Callable[[str, Path], list[dict[str, Any]]]] = {
    "tbx": tbx.parse,
    "csv": csv.parse,
}
