"""The glossary's files: tidy YAML writing, and TBX-Basic and CSV exchange with CAT tools."""

from __future__ import annotations

import csv
import io
import logging
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from briefer.errors import GlossaryError
from briefer.files import write_atomic
from briefer.glossary import (
    CLDR_FILE,
    LANGS,
    RENDERING_KEYS,
    Entry,
    Glossary,
    Problem,
    RawEntry,
    Rendering,
    build_entry,
    cldr_entry,
    form_keys,
    read,
    rules,
    vowel_initial,
)

log = logging.getLogger(__name__)

# Which file of glossary/ holds each kind, so entries added from the command line land where
# a person editing by hand would look for them.
KIND_FILES = {
    "person": "people.yaml",
    "organisation": "organisations.yaml",
    "role": "roles.yaml",
    "place": "places.yaml",
    "event": "events.yaml",
    "country": "countries.yaml",
    "demonym": "countries.yaml",
    "term": "terms.yaml",
}
# A CAT tool may drop the subject field; the id's prefix still tells the kind.
ID_PREFIX_KINDS = {"org": "organisation", **{kind: kind for kind in KIND_FILES}}


# --------------------------------------------------------------------------- YAML


def to_data(entry: Entry) -> dict[str, Any]:
    """The entry as its tidy YAML mapping: keys in schema order, defaults left out."""
    base = cldr_entry(entry.country) if entry.kind == "country" and entry.country else None
    data: dict[str, Any] = {"id": entry.id, "kind": entry.kind}
    if entry.country and entry.kind != "country":
        data["country"] = entry.country
    forms = [f for f in entry.arabic if not base or f not in base.arabic]
    if forms:
        data["arabic"] = forms
    for lang in LANGS:
        rendering = _rendering_data(entry, lang, base)
        if rendering is not None:
            data[lang] = rendering
    if entry.titles:
        data["titles"] = [_title_data(t.en, t.fr, t.valid_from, t.valid_to) for t in entry.titles]
    for key in ("note", "source"):
        value = getattr(entry, key)
        if value and not (base and value == getattr(base, key)):
            data[key] = value
    return data


def _rendering_data(entry: Entry, lang: str, base: Entry | None) -> Any:
    r = entry.rendering(lang)
    values = asdict(r)
    default = asdict(base.rendering(lang)) if base else _defaults(entry.kind, lang, r)
    if base and values == default:
        return None
    out = {k: values[k] for k in RENDERING_KEYS if values[k] != default.get(k)}
    out["full"] = r.full
    out = {k: out[k] for k in RENDERING_KEYS if k in out}
    return out["full"] if list(out) == ["full"] else out


def _defaults(kind: str, lang: str, r: Rendering) -> dict[str, Any]:
    """The values a rendering gets when the YAML leaves them out."""
    article = bool(rules().kinds.get(kind, {}).get(lang, False))
    return {
        "short": None,
        "acronym": None,
        "gender": None,
        "article": article,
        "elided": lang == "fr" and r.article and vowel_initial(r.full),
        "feminine": None,
        "plural": False,
    }


def _title_data(en: str, fr: str, start: date | None, end: date | None) -> dict[str, Any]:
    data: dict[str, Any] = {"en": en, "fr": fr}
    if start:
        data["from"] = start
    if end:
        data["to"] = end
    return data


def dump(entries: Iterable[Entry], header: str = "") -> str:
    """Entries as tidy YAML, sorted by id, one blank line between entries."""
    blocks = [
        yaml.safe_dump([to_data(e)], allow_unicode=True, sort_keys=False, width=88)
        for e in sorted(entries, key=lambda e: e.id)
    ]
    return header + "\n".join(blocks)


def header_of(path: Path) -> str:
    """The comment lines at the top of a YAML file, kept when the file is rewritten."""
    if not path.exists():
        return ""
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines(keepends=True):
        if not (line.startswith("#") or not line.strip()):
            break
        lines.append(line)
    text = "".join(lines).rstrip("\n")
    return text + "\n\n" if text else ""


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


CSV_FIELDS = (
    "id",
    "kind",
    "country",
    "arabic",
    *(f"{lang}_{key}" for lang in LANGS for key in RENDERING_KEYS),
    "titles",
    "note",
    "source",
    "file",
)
LIST_SEPARATOR = " | "


def export_csv(glossary: Glossary) -> str:
    """The glossary's own entries as one CSV row each (CLDR-only countries left out)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    for entry in _own(glossary):
        writer.writerow(_csv_row(entry))
    return out.getvalue()


def _own(glossary: Glossary) -> list[Entry]:
    return [e for e in glossary.entries.values() if e.file != CLDR_FILE]


def _csv_row(entry: Entry) -> dict[str, str]:
    row = {
        "id": entry.id,
        "kind": entry.kind,
        "country": entry.country or "",
        "arabic": LIST_SEPARATOR.join(entry.arabic),
        "note": entry.note or "",
        "source": entry.source or "",
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


def import_csv(text: str, source: Path) -> list[dict[str, Any]]:
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
    for key in ("note", "source"):
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
    return _title_data(parts[0], parts[1], start, end)


XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# Element names of a language section and of a term group, in TBX 2008 (martif, which CAT
# tools read) and in TBX 2019 (conceptEntry), so either imports.
ENTRY_TAGS = ("termEntry", "conceptEntry")
LANG_TAGS = ("langSet", "langSec")
TERM_TAGS = ("tig", "ntig", "termSec")


def export_tbx(glossary: Glossary) -> str:
    """The glossary's own entries as TBX-Basic (ISO 30042): one termEntry per entry."""
    import xml.etree.ElementTree as ET

    root = ET.Element("martif", {"type": "TBX-Basic", XML_LANG: "en"})
    header = ET.SubElement(root, "martifHeader")
    desc = ET.SubElement(ET.SubElement(header, "fileDesc"), "sourceDesc")
    ET.SubElement(desc, "p").text = "briefer terminology glossary"
    encoding = ET.SubElement(header, "encodingDesc")
    ET.SubElement(encoding, "p", {"type": "XCSURI"}).text = "TBXBasicXCSV02.xcs"
    body = ET.SubElement(ET.SubElement(root, "text"), "body")
    for entry in _own(glossary):
        _term_entry(body, entry)
    ET.indent(root, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _term_entry(body: Any, entry: Entry) -> None:
    import xml.etree.ElementTree as ET

    node = ET.SubElement(body, "termEntry", {"id": entry.id})
    _child(node, "descrip", "subjectField", entry.kind)
    if entry.country:
        _child(node, "descrip", "x-country", entry.country)
    if entry.note:
        ET.SubElement(node, "note").text = entry.note
    if entry.source:
        _child(node, "admin", "source", entry.source)
    _child(node, "admin", "x-file", entry.file.name)
    ar = ET.SubElement(node, "langSet", {XML_LANG: "ar"})
    for form in entry.arabic:
        _term(ar, form, "fullForm")
    for lang in LANGS:
        _lang_set(node, entry, lang)


def _lang_set(node: Any, entry: Entry, lang: str) -> None:
    import xml.etree.ElementTree as ET

    r = entry.rendering(lang)
    section = ET.SubElement(node, "langSet", {XML_LANG: lang})
    for t in entry.titles:
        start = t.valid_from.isoformat() if t.valid_from else ""
        end = t.valid_to.isoformat() if t.valid_to else ""
        _child(section, "descrip", "x-title", f"{t.en if lang == 'en' else t.fr}|{start}|{end}")
    tig = _term(section, r.full, "fullForm")
    if r.gender:
        _child(tig, "termNote", "grammaticalGender", "feminine" if r.gender == "f" else "masculine")
    for key in ("article", "elided", "plural"):
        _child(tig, "termNote", f"x-{key}", "yes" if getattr(r, key) else "no")
    if r.feminine:
        _child(tig, "termNote", "x-feminine", r.feminine)
    if r.short:
        _term(section, r.short, "shortForm")
    if r.acronym:
        _term(section, r.acronym, "acronym")


def _term(section: Any, text: str, kind: str) -> Any:
    import xml.etree.ElementTree as ET

    tig = ET.SubElement(section, "tig")
    ET.SubElement(tig, "term").text = text
    _child(tig, "termNote", "termType", kind)
    return tig


def _child(node: Any, tag: str, kind: str, text: str) -> None:
    import xml.etree.ElementTree as ET

    ET.SubElement(node, tag, {"type": kind}).text = text


def import_tbx(text: str, source: Path) -> list[dict[str, Any]]:
    """Entry mappings (YAML shape) read from TBX-Basic, 2008 (martif) or 2019 (tbx) layout."""
    import xml.etree.ElementTree as ET

    try:
        root = ET.fromstring(text)
    except ET.ParseError as exc:
        line = exc.position[0] if exc.position else None
        raise GlossaryError(f"not well-formed XML ({exc}); fix the file", source, line) from exc
    return [_from_entry(node, source) for node in root.iter() if _local(node.tag) in ENTRY_TAGS]


def _local(tag: Any) -> str:
    return str(tag).rpartition("}")[2]


def _children(node: Any, *names: str) -> list[Any]:
    return [c for c in node if _local(c.tag) in names]


def _from_entry(node: Any, source: Path) -> dict[str, Any]:
    descrips = {d.get("type"): d.text or "" for d in _children(node, "descrip")}
    admins = {a.get("type"): a.text or "" for a in _children(node, "admin")}
    data: dict[str, Any] = {
        "id": node.get("id") or "",
        "kind": descrips.get("subjectField") or _kind_of(node.get("id") or ""),
        "_file": admins.get("x-file", ""),
    }
    if descrips.get("x-country"):
        data["country"] = descrips["x-country"]
    titles: dict[str, list[list[str]]] = {}
    for section in _children(node, *LANG_TAGS):
        lang = section.get(XML_LANG) or section.get("lang") or ""
        terms = [(_term_text(t), _notes(t)) for t in _children(section, *TERM_TAGS)]
        if lang == "ar":
            data["arabic"] = [t for t, _ in terms if t]
        elif lang in LANGS:
            data[lang] = _rendering_from(terms)
            titles[lang] = [
                (d.text or "").split("|")
                for d in _children(section, "descrip")
                if d.get("type") == "x-title"
            ]
    if titles.get("en"):
        data["titles"] = [
            _title_data(en[0], fr[0], _date(en[1], source), _date(en[2], source))
            for en, fr in zip(titles["en"], titles.get("fr") or titles["en"], strict=False)
        ]
    notes = _children(node, "note")
    if notes and notes[0].text:
        data["note"] = notes[0].text
    if admins.get("source"):
        data["source"] = admins["source"]
    return data


def _kind_of(entry_id: str) -> str:
    """The kind an id's prefix implies ("org.dgsn" -> organisation), or ""."""
    return ID_PREFIX_KINDS.get(entry_id.partition(".")[0], "")


def _term_text(group: Any) -> str:
    found = next((n for n in group.iter() if _local(n.tag) == "term"), None)
    return (found.text or "").strip() if found is not None else ""


def _notes(group: Any) -> dict[str, str]:
    return {n.get("type"): n.text or "" for n in group.iter() if _local(n.tag) == "termNote"}


def _rendering_from(terms: Sequence[tuple[str, dict[str, str]]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for text, notes in terms:
        kind = notes.get("termType", "fullForm")
        if kind == "fullForm" and "full" not in out:
            out["full"] = text
            gender = notes.get("grammaticalGender")
            if gender:
                out["gender"] = "f" if gender.startswith("fem") else "m"
            for key in ("article", "elided", "plural"):
                if f"x-{key}" in notes:
                    out[key] = notes[f"x-{key}"] == "yes"
            if notes.get("x-feminine"):
                out["feminine"] = notes["x-feminine"]
        elif kind == "shortForm":
            out["short"] = text
        elif kind in ("acronym", "abbreviation"):
            out["acronym"] = text
    return out


def _date(text: str, source: Path) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError as exc:
        raise GlossaryError(f"bad title date {text!r}; write YYYY-MM-DD", source) from exc


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
        name = str(
            item.get("_file")
            or (old.file.name if old else "")
            or KIND_FILES.get(str(values.get("kind")), "terms.yaml")
        )
        raw = RawEntry(directory / Path(name).name, int(item.get("_line", 0)), values, {}, ())
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
    for path, text in sorted(texts.items()):
        write_atomic(path, text)
    for stale in sorted(set(directory.glob("*.yaml")) - set(texts)):
        write_atomic(stale, header_of(stale))


def entries_in(directory: Path) -> dict[str, Entry]:
    """The glossary's own entries (no CLDR-only countries), for comparisons."""
    return {k: e for k, e in read(directory)[0].items() if e.file != CLDR_FILE}
