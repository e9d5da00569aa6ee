"""CSV exchange for spreadsheets: one row per entry, lists joined by " | "."""

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


def export(glossary: Glossary) -> str:
    """The glossary's own entries as one CSV row each (CLDR-only countries left out)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    for entry in own_entries(glossary):
        writer.writerow(_csv_row(entry))
    return out.getvalue()


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
    missing = [
        f
        for f in ("id", "kind", "arabic", "en_full", "fr_full")
        if f not in (reader.fieldnames or [])
    ]
    if missing:
        raise GlossaryError(
            f"CSV lacks column(s) {', '.join(missing)}; export a file to see the expected header",
            source,
            1,
        )
    return [_from_row(row, source, n) for n, row in enumerate(reader, start=2)]


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
