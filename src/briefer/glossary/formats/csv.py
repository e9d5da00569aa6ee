"""CSV exchange for spreadsheets: one row per entry, lists joined by " | ".

A cell a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage
return, or their full-width forms) is written with a leading apostrophe, as is a cell
starting with an apostrophe; reading takes one leading apostrophe off every cell, so the
round trip gives back the text exactly.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

from briefer.errors import GlossaryError
from briefer.glossary.entries import CLDR_FILE, LANGS, Entry
from briefer.glossary.formats.yaml import title_data
from briefer.glossary.match import Glossary
from briefer.glossary.validate import RENDERING_KEYS

CSV_FIELDS = (
    "id",
    "kind",
    "country",
    "arabic",
    *(f"{lang}_{key}" for lang in LANGS for key in RENDERING_KEYS),
    "titles",
    "note",
    "source",
    "review",
    "checked",
    "file",
)
LIST_SEPARATOR = " | "
FORMULA_STARTS = tuple("=+-@\t\r'\uff1d\uff0b\uff0d\uff20")
"""First characters that make a spreadsheet read a cell as a formula (and the apostrophe)."""


def export(glossary: Glossary) -> str:
    """The glossary's own entries as one CSV row each (CLDR-only countries left out)."""
    out = io.StringIO()
    # Rows end in CRLF (RFC 4180): the writer quotes a cell holding any character of the line
    # end, so a lone carriage return in a note is quoted, and reads back, as well.
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, lineterminator="\r\n")
    writer.writeheader()
    for entry in own_entries(glossary):
        writer.writerow({k: _inert(v) for k, v in _csv_row(entry).items()})
    return out.getvalue()


def _inert(cell: str) -> str:
    """The cell as text a spreadsheet shows, never runs: an apostrophe before a formula."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def _text(cell: str | None) -> str:
    """The text of a cell as _inert wrote it."""
    cell = cell or ""
    return cell[1:] if cell.startswith("'") else cell


def own_entries(glossary: Glossary) -> list[Entry]:
    return [e for e in glossary.entries.values() if e.file != CLDR_FILE]


def _csv_row(entry: Entry) -> dict[str, str]:
    row = {
        "id": entry.id,
        "kind": entry.kind,
        "country": entry.country or "",
        "arabic": LIST_SEPARATOR.join(entry.arabic),
        "note": entry.note or "",
        "source": entry.source or "",
        "review": entry.review,
        "checked": entry.checked or "",
        "file": entry.file.name,
    }
    for lang in LANGS:
        for key, value in asdict(entry.rendering(lang)).items():
            row[f"{lang}_{key}"] = _cell(value)
    row["titles"] = LIST_SEPARATOR.join(
        ";".join([t.en, t.fr, _cell(t.valid_from), _cell(t.valid_to)]) for t in entry.titles
    )
    return row


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def parse(text: str, source: Path) -> list[dict[str, Any]]:
    """Entry mappings (YAML shape) read from CSV text; rows are checked when written."""
    reader = csv.DictReader(io.StringIO(text))
    try:
        fields = reader.fieldnames or []
        missing = [f for f in ("id", "kind", "arabic", "en_full", "fr_full") if f not in fields]
        if missing:
            raise GlossaryError(
                f"CSV lacks column(s) {', '.join(missing)}; export a file to see the expected "
                "header",
                source,
                1,
            )
        rows = [({k: _text(v) for k, v in row.items() if k}, reader.line_num) for row in reader]
    except csv.Error as exc:
        raise GlossaryError(
            f"not valid CSV ({exc}); export a file to see the expected shape",
            source,
            reader.line_num or None,
        ) from exc
    return [_from_row(row, source, line) for row, line in rows]


def _from_row(row: Mapping[str, str], source: Path, line: int) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": row["id"],
        "kind": row["kind"],
        "_line": line,
        "_file": row.get("file") or "",
    }
    if row.get("country"):
        data["country"] = row["country"]
    data["arabic"] = [f.strip() for f in row["arabic"].split(LIST_SEPARATOR.strip()) if f.strip()]
    for lang in LANGS:
        data[lang] = {
            key: _uncell(row.get(f"{lang}_{key}", ""), key, source, line) for key in RENDERING_KEYS
        }
    if row.get("titles"):
        data["titles"] = [
            _title_from(t, source, line) for t in row["titles"].split(LIST_SEPARATOR.strip())
        ]
    for key in ("note", "source", "review", "checked"):
        if row.get(key):
            data[key] = row[key]
    return data


def _uncell(value: str, key: str, source: Path, line: int) -> Any:
    if key in ("article", "elided", "plural"):
        if value not in ("yes", "no", ""):
            raise GlossaryError(f"column {key} must be yes or no, not {value!r}", source, line)
        return value == "yes"
    return value or None


def _title_from(text: str, source: Path, line: int) -> dict[str, Any]:
    parts = text.strip().split(";")
    if len(parts) != 4:
        raise GlossaryError("a title must read 'en;fr;from;to'", source, line)
    try:
        start = date.fromisoformat(parts[2]) if parts[2] else None
        end = date.fromisoformat(parts[3]) if parts[3] else None
    except ValueError as exc:
        raise GlossaryError(f"bad title date ({exc}); write YYYY-MM-DD", source, line) from exc
    return title_data(parts[0], parts[1], start, end)
