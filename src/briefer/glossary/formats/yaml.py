"""The glossary's own format: YAML files read with the line of every key, and written tidy.

A person editing by hand finds each entry where its kind says (KIND_FILES), keys in schema
order, defaults left out, the file's top comments kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from briefer.files import FileRefused, read_utf8
from briefer.glossary.countries import cldr_entry
from briefer.glossary.entries import LANGS, Entry, Problem, Rendering
from briefer.glossary.phrase import vowel_initial
from briefer.glossary.rules import rules
from briefer.glossary.validate import RENDERING_KEYS, RawEntry

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
MAX_FILE_BYTES = 50_000_000
"""A glossary or exchange file larger than this is refused (10,000 entries take ~3 MB)."""
GLOSSARY_FILE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*\.yaml")
"""The name of a file the glossary reads (*.yaml, no folder, not hidden)."""
# A CAT tool may drop the subject field; the id's prefix still tells the kind.
ID_PREFIX_KINDS = {"org": "organisation", **{kind: kind for kind in KIND_FILES}}


# libyaml when present: the pure-Python parser dominates load time otherwise.
LineLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_file(path: Path, problems: list[Problem]) -> list[RawEntry]:
    """The raw entries of one YAML file, noting syntax and shape problems."""
    try:
        text = read_utf8(path, MAX_FILE_BYTES)
    except FileRefused as exc:
        fix = "save it as UTF-8" if str(exc).startswith("not UTF-8") else "remove it or fix it"
        problems.append(Problem(path, exc.line, None, str(exc), fix))
        return []
    loader = LineLoader(text)
    try:
        root = loader.get_single_node()
    except yaml.YAMLError as exc:
        line, problem = _syntax_error(exc, text)
        problems.append(
            Problem(
                path,
                line,
                None,
                f"not valid YAML: {problem}",
                "fix the syntax there (indentation, quotes, a missing colon)",
            )
        )
        return []
    finally:
        loader.dispose()
    if root is None:
        return []
    shared = _shared_node(root)
    if shared is not None:
        problems.append(
            Problem(
                path,
                shared.start_mark.line + 1,
                None,
                "a value used again through a YAML alias (&name ... *name)",
                "write the value out where it is used; the glossary reads no aliases",
            )
        )
        return []
    if not isinstance(root, yaml.SequenceNode):
        problems.append(
            Problem(
                path,
                root.start_mark.line + 1,
                None,
                "the file is not a list of entries",
                "start each entry with '- id: ...'",
            )
        )
        return []
    return [raw for node in root.value if (raw := _raw_entry(path, node, loader, problems))]


def _raw_entry(
    path: Path, node: yaml.Node, loader: Any, problems: list[Problem]
) -> RawEntry | None:
    line = node.start_mark.line + 1
    if not isinstance(node, yaml.MappingNode):
        problems.append(
            Problem(
                path,
                line,
                None,
                "an entry is not a mapping",
                "write the entry as 'id: ...', 'kind: ...' lines",
            )
        )
        return None
    values: dict[str, Any] = {}
    lines: dict[str, int] = {}
    form_lines: tuple[int, ...] = ()
    for key_node, value_node in node.value:
        key = str(loader.construct_object(key_node, deep=True))
        if key in values:
            problems.append(
                Problem(
                    path,
                    key_node.start_mark.line + 1,
                    None,
                    f"key {key!r} given twice in one entry",
                    "keep one of them",
                )
            )
        lines[key] = key_node.start_mark.line + 1
        try:
            values[key] = loader.construct_object(value_node, deep=True)
        except (yaml.YAMLError, ValueError) as exc:
            problems.append(
                Problem(
                    path,
                    lines[key],
                    None,
                    f"cannot read {key!r} ({_one_line(exc)})",
                    "fix the value (dates are YYYY-MM-DD)",
                )
            )
        if key == "arabic" and isinstance(value_node, yaml.SequenceNode):
            form_lines = tuple(n.start_mark.line + 1 for n in value_node.value)
    return RawEntry(path, line, values, lines, form_lines)


def _syntax_error(exc: yaml.YAMLError, text: str) -> tuple[int | None, str]:
    """The line and the one-line reason of a YAML syntax error (a control character too)."""
    if isinstance(exc, yaml.MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        return (mark.line + 1 if mark else None), str(exc.problem)
    if isinstance(exc, yaml.reader.ReaderError):
        line = text.count("\n", 0, exc.position) + 1
        return line, f"character {chr(exc.character)!r} ({exc.reason})"
    return None, _one_line(exc)


def _one_line(exc: Exception) -> str:
    """The reason of a YAML error without the mark lines PyYAML appends."""
    problem = getattr(exc, "problem", None) or getattr(exc, "reason", None) or str(exc)
    return " ".join(str(problem).split())


def _shared_node(root: yaml.Node) -> yaml.Node | None:
    """A node reached twice: an alias, which would make a small file expand without bound
    (nine lists of nine aliases each are 387 million strings)."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            return node
        seen.add(id(node))
        if isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            stack.extend(n for pair in node.value for n in pair)
    return None


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
        data["titles"] = [title_data(t.en, t.fr, t.valid_from, t.valid_to) for t in entry.titles]
    for key in ("note", "source"):
        value = getattr(entry, key)
        if value and not (base and value == getattr(base, key)):
            data[key] = value
    if entry.review != "approved":
        data["review"] = entry.review
    if entry.checked:
        data["checked"] = entry.checked
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


def title_data(en: str, fr: str, start: date | None, end: date | None) -> dict[str, Any]:
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
