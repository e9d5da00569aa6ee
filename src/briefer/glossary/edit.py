"""Changing the glossary's files: an entry added, or entries imported, checked against the
whole glossary before anything is written."""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from briefer.errors import GlossaryError
from briefer.files import write_atomic, writing
from briefer.glossary.entries import CLDR_FILE, Entry, Problem
from briefer.glossary.formats.yaml import GLOSSARY_FILE, KIND_FILES, dump, header_of
from briefer.glossary.load import read
from briefer.glossary.match import form_keys
from briefer.glossary.validate import RawEntry, build_entry

log = logging.getLogger(__name__)


def _valid_entries(directory: Path) -> dict[str, Entry]:
    """The glossary's entries, refusing to go on from a glossary that does not pass lint."""
    entries, problems = read(directory)
    if problems:
        first = problems[0]
        raise GlossaryError(
            f"fix the glossary first ({len(problems)} problem(s), see 'briefer glossary lint'): "
            f"{first.what}",
            first.path,
            first.line,
        )
    return entries


def add(directory: Path, values: Mapping[str, Any]) -> Entry:
    """Validate a new entry against the whole glossary, then write it into its kind's file."""
    entries = _valid_entries(directory)
    kind = values.get("kind")
    target = directory / KIND_FILES.get(str(kind), "terms.yaml")
    raw = RawEntry(target, 0, dict(values), {}, ())
    found: list[Problem] = []
    entry = build_entry(raw, found)
    if entry and entry.id in entries and entries[entry.id].file != CLDR_FILE:
        found.append(
            Problem(
                target,
                None,
                entry.id,
                "an entry with this id exists",
                f"edit it in {entries[entry.id].file} or choose another id",
            )
        )
    if entry and not found:
        found.extend(_clashes(entry, entries))
    if found or entry is None:
        raise GlossaryError(f"entry not added: {found[0].what}; {found[0].fix}", target)
    same_file = [e for e in entries.values() if e.file == target]
    with writing(directory):
        write_atomic(target, dump([*same_file, entry], header_of(target)))
    log.info("added %s to %s", entry.id, target)
    return entry


def _clashes(entry: Entry, entries: Mapping[str, Entry]) -> list[Problem]:
    """The new entry's Arabic forms that another entry already claims (after folding)."""
    owner = {
        key: (other, form)
        for other in entries.values()
        if other.id != entry.id
        for form in other.arabic
        for key in form_keys(form)
    }
    problems = []
    for form in entry.arabic:
        clash = next((owner[key] for key in form_keys(form) if key in owner), None)
        if clash:
            problems.append(
                Problem(
                    entry.file,
                    None,
                    entry.id,
                    f"Arabic form '{form}' is already a form of {clash[0].id} ('{clash[1]}')",
                    f"keep it in {clash[0].id} only",
                )
            )
    return problems


# --------------------------------------------------------------------------- export / import


def import_entries(
    directory: Path, items: Sequence[Mapping[str, Any]], source: Path, replace_all: bool = False
) -> int:
    """Merge imported entries into the glossary (same id replaces), validated, then written.

    With replace_all, entries absent from the import are dropped.
    """
    current: dict[str, Entry] = {}
    if not replace_all and directory.is_dir():
        own = _valid_entries(directory).items()
        current = {k: e for k, e in own if e.file != CLDR_FILE}
    problems: list[Problem] = []
    for item in items:
        values = {k: v for k, v in item.items() if not k.startswith("_")}
        old = current.get(str(values.get("id")))
        given = str(item.get("_file") or "")
        if given and not GLOSSARY_FILE.fullmatch(given):
            problems.append(_bad_file_name(given, source, item))
            continue
        name = (
            given
            or (old.file.name if old else "")
            or KIND_FILES.get(str(values.get("kind")), "terms.yaml")
        )
        raw = RawEntry(directory / name, int(item.get("_line", 0)), values, {}, ())
        entry = build_entry(raw, problems)
        if entry:
            current[entry.id] = entry
    if problems:
        first = problems[0]
        raise GlossaryError(
            f"nothing imported: [{first.entry_id}] {first.what}; {first.fix} "
            f"({len(problems)} problem(s))",
            source,
            first.line or None,
        )
    _write_files(directory, list(current.values()))
    return len(items)


def _bad_file_name(name: str, source: Path, item: Mapping[str, Any]) -> Problem:
    """An entry whose file (TBX x-file, CSV file) the glossary would never read."""
    return Problem(
        source,
        int(item.get("_line", 0)) or None,
        str(item.get("id") or "?"),
        f"file {name!r} (CSV 'file', TBX 'x-file') is not a glossary file: the glossary reads "
        "only NAME.yaml files of its own directory",
        "give a name such as people.yaml, or leave it empty to use the file of the entry's kind",
    )


def _write_files(directory: Path, entries: Sequence[Entry]) -> None:
    """Write entries into their files, checking the result before replacing anything."""
    by_file: dict[Path, list[Entry]] = {}
    for entry in entries:
        by_file.setdefault(entry.file, []).append(entry)
    texts = {path: dump(group, header_of(path)) for path, group in by_file.items()}
    with tempfile.TemporaryDirectory() as scratch:
        for path, text in texts.items():
            (Path(scratch) / path.name).write_text(text, encoding="utf-8")
        problems = read(Path(scratch))[1]
    if problems:
        raise GlossaryError(
            f"nothing imported: {problems[0].what}; {problems[0].fix}",
            directory / problems[0].path.name,
            problems[0].line,
        )
    with writing(directory):
        for path, text in sorted(_first_pass(directory, by_file).items()):
            write_atomic(path, text)
        for path, text in sorted(texts.items()):
            write_atomic(path, text)
        for stale in sorted(set(directory.glob("*.yaml")) - set(texts)):
            write_atomic(stale, header_of(stale))


def _first_pass(directory: Path, by_file: Mapping[Path, Sequence[Entry]]) -> dict[Path, str]:
    """Files that gain entries, written with the entries they are about to lose still in.

    The files are replaced one by one; an entry that moves to another file (or is dropped)
    leaves its old file only once every file has its new entries, so a run stopped half-way
    leaves an entry twice (which lint reports) and never loses one. Empty when none moves.
    """
    old: dict[Path, list[Entry]] = {}
    for entry in entries_in(directory).values():
        old.setdefault(entry.file, []).append(entry)
    new_ids = {path: {e.id for e in group} for path, group in by_file.items()}
    leaving = {
        e.id for path, group in old.items() for e in group if e.id not in new_ids.get(path, ())
    }
    if not leaving:
        return {}
    texts = {}
    for path in set(by_file) | set(old):
        kept = [e for e in old.get(path, ()) if e.id not in new_ids.get(path, ())]
        texts[path] = dump([*by_file.get(path, ()), *kept], header_of(path))
    return texts


def entries_in(directory: Path) -> dict[str, Entry]:
    """The glossary's own entries (no CLDR-only countries), for comparisons."""
    return {k: e for k, e in read(directory)[0].items() if e.file != CLDR_FILE}
