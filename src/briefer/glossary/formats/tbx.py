"""TBX-Basic (ISO 30042) exchange with CAT tools: written as TBX 2008, read as 2008 or 2019."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from briefer.errors import GlossaryError
from briefer.glossary.entries import LANGS, Entry
from briefer.glossary.formats.csv import own_entries
from briefer.glossary.formats.yaml import ID_PREFIX_KINDS, title_data
from briefer.glossary.match import Glossary

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# Element names of a language section and of a term group, in TBX 2008 (martif, which CAT
# tools read) and in TBX 2019 (conceptEntry), so either imports.
ENTRY_TAGS = ("termEntry", "conceptEntry")
LANG_TAGS = ("langSet", "langSec")
TERM_TAGS = ("tig", "ntig", "termSec")
PROCESS_STATUS = {"approved": "finalized", "provisional": "provisionallyProcessed"}
REVIEW_OF = {v: k for k, v in PROCESS_STATUS.items()} | {"unprocessed": "provisional"}


def export(glossary: Glossary) -> str:
    """The glossary's own entries as TBX-Basic (ISO 30042): one termEntry per entry."""
    import xml.etree.ElementTree as ET

    root = ET.Element("martif", {"type": "TBX-Basic", XML_LANG: "en"})
    header = ET.SubElement(root, "martifHeader")
    desc = ET.SubElement(ET.SubElement(header, "fileDesc"), "sourceDesc")
    ET.SubElement(desc, "p").text = "briefer terminology glossary"
    encoding = ET.SubElement(header, "encodingDesc")
    ET.SubElement(encoding, "p", {"type": "XCSURI"}).text = "TBXBasicXCSV02.xcs"
    body = ET.SubElement(ET.SubElement(root, "text"), "body")
    for entry in own_entries(glossary):
        _term_entry(body, entry)
    ET.indent(root, space="  ")
    # A carriage return in text is written as a reference: a parser reads a literal one as \n.
    document = ET.tostring(root, encoding="unicode").replace("\r", "&#13;")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + document + "\n"


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
    # TBX's processStatus: provisionallyProcessed for an entry still to check, else finalized.
    _child(node, "admin", "processStatus", PROCESS_STATUS[entry.review])
    if entry.checked:
        _child(node, "admin", "x-checked", entry.checked)
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


def parse(text: str, source: Path) -> list[dict[str, Any]]:
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
            title_data(en[0], fr[0], _date(en[1], source), _date(en[2], source))
            for en, fr in zip(titles["en"], titles.get("fr") or titles["en"], strict=False)
        ]
    notes = _children(node, "note")
    if notes and notes[0].text:
        data["note"] = notes[0].text
    if admins.get("source"):
        data["source"] = admins["source"]
    status = admins.get("processStatus")
    if status:
        data["review"] = REVIEW_OF.get(status, status)
    if admins.get("x-checked"):
        data["checked"] = admins["x-checked"]
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
