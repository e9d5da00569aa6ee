"""Loading the glossary: every YAML file of the directory read, validated, merged with CLDR."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from briefer.errors import GlossaryError
from briefer.glossary.countries import cldr_countries, cldr_entry
from briefer.glossary.entries import CLDR_FILE, Entry, Problem
from briefer.glossary.formats.yaml import read_file
from briefer.glossary.match import Glossary, form_keys
from briefer.glossary.validate import RawEntry, build_entry, form_lines

log = logging.getLogger(__name__)


def load(directory: Path) -> Glossary:
    """Read and validate the glossary; GlossaryError lists every problem found."""
    entries, problems = read(directory)
    if problems:
        first = problems[0]
        rest = "".join(f"\n  {p}" for p in problems[1:])
        more = f" (and {len(problems) - 1} more problem(s):{rest})" if rest else ""
        who = f"[{first.entry_id}] " if first.entry_id else ""
        raise GlossaryError(f"{who}{first.what}; {first.fix}{more}", first.path, first.line)
    log.debug("glossary: %d entries from %s", len(entries), directory)
    return Glossary(entries)


def check(directory: Path) -> list[Problem]:
    """Every problem in the glossary files; empty when the glossary is valid."""
    return read(directory)[1]


def read(directory: Path) -> tuple[dict[str, Entry], list[Problem]]:
    """The entries of every *.yaml file in directory (CLDR countries merged in) and problems."""
    problems: list[Problem] = []
    if not directory.is_dir():
        problems.append(
            Problem(
                directory,
                None,
                None,
                "glossary directory not found",
                "create it or point the glossary setting at it",
            )
        )
        return {}, problems
    raws: list[RawEntry] = []
    for path in sorted(directory.glob("*.yaml")):
        raws.extend(read_file(path, problems))
    entries = _build(raws, problems)
    lines = {
        (raw.values.get("id"), form.strip()): line
        for raw in raws
        if isinstance(raw.values.get("arabic"), list)
        for form, line in zip(
            raw.values["arabic"], form_lines(raw, len(raw.values["arabic"])), strict=True
        )
        if isinstance(form, str)
    }
    _check_forms(entries.values(), lines, problems)
    problems.sort(key=lambda p: (str(p.path), p.line or 0))
    return entries, problems


def _build(raws: list[RawEntry], problems: list[Problem]) -> dict[str, Entry]:
    entries = {f"country.{code}": cldr_entry(code) for code in cldr_countries()}
    seen: dict[str, RawEntry] = {}
    for raw in raws:
        entry = build_entry(raw, problems)
        if entry is None:
            continue
        if entry.id in seen:
            first = seen[entry.id]
            problems.append(
                Problem(
                    raw.path,
                    raw.line,
                    entry.id,
                    f"duplicate id, already used at {first.path}:{first.line}",
                    "rename one entry or merge the two",
                )
            )
            continue
        seen[entry.id] = raw
        entries[entry.id] = entry
    return entries


def _check_forms(
    entries: Iterable[Entry], lines: Mapping[tuple[Any, str], int], problems: list[Problem]
) -> None:
    """Report an Arabic form (after folding) claimed by two entries."""
    owner: dict[tuple[bool, tuple[str, ...]], tuple[Entry, str]] = {}
    for entry in sorted(entries, key=lambda e: (e.file != CLDR_FILE, str(e.file), e.line)):
        for form in entry.arabic:
            for key in form_keys(form):
                other = owner.setdefault(key, (entry, form))
                if other[0].id != entry.id:
                    at = lines.get((other[0].id, other[1]), other[0].line)
                    where = "CLDR" if other[0].file == CLDR_FILE else f"{other[0].file}:{at}"
                    problems.append(
                        Problem(
                            entry.file,
                            lines.get((entry.id, form), entry.line),
                            entry.id,
                            f"Arabic form '{form}' is also a form of {other[0].id} "
                            f"('{other[1]}', {where})",
                            "keep the form in one entry only",
                        )
                    )
                    break
