"""TMX 1.4b, the translation memory's file format: read with expat (errors name the line),
written atomically, briefer's article and sentence kept in x-briefer props, every other
<prop> (a reviser's x-review note, a tool's own) kept as it was.

Read strictly, so nothing is dropped without a word: a language code must be a well-formed
tag (en, fr-CA), an entity must be defined in the file (an external entity, which names a
file, is refused), a segment holds plain text (inline markup such as <bpt> or <ph> is
refused). Written so that reading gives back exactly what was written: attributes quoted,
"&", "<", ">" and carriage returns escaped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from xml.parsers import expat
from xml.sax.saxutils import escape, quoteattr

from briefer import __version__
from briefer.errors import TranslationMemoryError
from briefer.files import FileRefused, read_regular, write_atomic

SOURCE_LANG = "ar"
XML_LANG = "xml:lang"
LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*")
BRIEFER_PROPS = ("x-briefer-article", "x-briefer-sentence")
"""The props briefer reads into Unit fields; any other is kept in Unit.props."""
MAX_BYTES = 200_000_000
"""A TMX file larger than this is refused (a memory of a million segments is ~300 MB)."""


@dataclass(frozen=True)
class Unit:
    """One translation unit: an Arabic sentence and its approved translations."""

    source: str
    targets: tuple[tuple[str, str], ...]
    """(language, text) pairs, sorted by language."""
    tuid: str | None = None
    article: str | None = None
    sentence: int | None = None
    file: Path | None = None
    line: int | None = None
    props: tuple[tuple[str, str], ...] = ()
    """Other <prop> elements, (type, text) in file order: a reviser's notes (x-review)."""

    def target(self, lang: str) -> str | None:
        """The translation into lang, or None."""
        return dict(self.targets).get(lang)


class _TmxReader:
    """Collects units from a TMX file with expat, keeping line numbers for errors."""

    def __init__(self, path: Path):
        self.path = path
        self.units: list[Unit] = []
        self.parser = expat.ParserCreate()
        self.parser.StartElementHandler = self.start
        self.parser.EndElementHandler = self.end
        self.parser.CharacterDataHandler = self.text
        self.parser.SkippedEntityHandler = self.skipped_entity
        self.parser.ExternalEntityRefHandler = self.external_entity
        self.root_seen = False
        self.tu: dict[str, object] | None = None
        self.lang: str | None = None
        self.prop: str | None = None
        self.buffer: list[str] | None = None

    def error(self, message: str) -> TranslationMemoryError:
        return TranslationMemoryError(message, self.path, self.parser.CurrentLineNumber)

    def start(self, name: str, attrs: dict[str, str]) -> None:
        if not self.root_seen:
            if name != "tmx":
                raise self.error(f"root element is <{name}>, expected <tmx>; not a TMX file")
            self.root_seen = True
        elif self.buffer is not None:
            raise self.error(
                f"<{name}> inside a segment: the memory holds plain text; remove the markup "
                "(export the file from the CAT tool without tags)"
            )
        elif name == "tu":
            self.tu = {
                "line": self.parser.CurrentLineNumber,
                "tuid": attrs.get("tuid"),
                "segs": {},
                "props": [],
            }
        elif name == "tuv" and self.tu is not None:
            tag = attrs.get(XML_LANG) or attrs.get("lang") or ""
            if not tag:
                raise self.error('<tuv> without xml:lang; add xml:lang="ar", "en" or "fr"')
            if not LANGUAGE_TAG.fullmatch(tag):
                raise self.error(
                    f"xml:lang {tag!r} is not a language code; write a code such as "
                    '"ar", "en" or "fr"'
                )
            self.lang = re.split("[-_]", tag)[0].lower()
        elif name == "seg" and self.lang is not None:
            self.buffer = []
        elif name == "prop" and self.tu is not None:
            self.prop, self.buffer = attrs.get("type", ""), []

    def skipped_entity(self, name: str, is_parameter: bool) -> None:
        raise self.error(
            f"entity &{name}; is not defined in the file (its text would be lost); write "
            "the character it stands for"
        )

    def external_entity(
        self, context: str, base: str | None, system_id: str | None, public_id: str | None
    ) -> int:
        raise self.error(
            f"entity &{context}; stands for the file {system_id!r}, which briefer never reads "
            "(its text would be lost); write the text it stands for"
        )

    def text(self, data: str) -> None:
        if self.buffer is not None:
            self.buffer.append(data)

    def end(self, name: str) -> None:
        if name == "seg" and self.tu is not None and self.lang and self.buffer is not None:
            self.tu["segs"][self.lang] = "".join(self.buffer).strip()  # type: ignore[index]
            self.buffer = None
        elif name == "prop" and self.tu is not None and self.buffer is not None:
            text = "".join(self.buffer).strip()
            self.tu["props"].append((self.prop, text))  # type: ignore[attr-defined]
            self.buffer = None
        elif name == "tuv":
            self.lang = None
        elif name == "tu" and self.tu is not None:
            self.units.append(self.unit(self.tu))
            self.tu = None

    def unit(self, tu: dict[str, object]) -> Unit:
        segs: dict[str, str] = tu["segs"]  # type: ignore[assignment]
        every: list[tuple[str, str]] = tu["props"]  # type: ignore[assignment]
        props = dict(every)
        line = int(tu["line"])  # type: ignore[call-overload]
        if not segs.get(SOURCE_LANG):
            raise TranslationMemoryError(
                'translation unit without an Arabic <tuv xml:lang="ar"> segment; add it',
                self.path,
                line,
            )
        targets = tuple(sorted((k, v) for k, v in segs.items() if k != SOURCE_LANG and v))
        sentence = props.get("x-briefer-sentence")
        return Unit(
            segs[SOURCE_LANG],
            targets,
            tu["tuid"],  # type: ignore[arg-type]
            props.get("x-briefer-article"),
            int(sentence) if sentence and sentence.isdigit() else None,
            self.path,
            line,
            tuple((k, v) for k, v in every if k not in BRIEFER_PROPS),
        )


def read_tmx(path: Path) -> list[Unit]:
    """Parse one TMX file; raise TranslationMemoryError naming file and line when invalid."""
    reader = _TmxReader(path)
    try:
        reader.parser.Parse(read_regular(path, MAX_BYTES), True)
    except expat.ExpatError as exc:
        raise TranslationMemoryError(
            f"not well-formed XML ({expat.errors.messages[exc.code]}); fix the markup",
            path,
            exc.lineno,
        ) from exc
    except FileRefused as exc:
        raise TranslationMemoryError(f"{exc}; give a TMX file", path) from exc
    if not reader.root_seen:
        raise TranslationMemoryError("empty file; not a TMX file", path)
    return reader.units


def to_tmx(units: Iterable[Unit]) -> str:
    """Serialise units as a TMX 1.4b document."""
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<tmx version="1.4">',
        f'  <header creationtool="briefer" creationtoolversion="{__version__}" '
        'segtype="sentence" o-tmf="briefer"',
        '          adminlang="en" srclang="ar" datatype="plaintext"/>',
        "  <body>",
    ]
    for unit in units:
        out.append(f"    <tu tuid={quoteattr(unit.tuid)}>" if unit.tuid else "    <tu>")
        if unit.article:
            out.append(f'      <prop type="x-briefer-article">{_text(unit.article)}</prop>')
        if unit.sentence is not None:
            out.append(f'      <prop type="x-briefer-sentence">{int(unit.sentence)}</prop>')
        for kind, text in unit.props:
            out.append(f"      <prop type={quoteattr(kind)}>{_text(text)}</prop>")
        for lang, text in ((SOURCE_LANG, unit.source), *unit.targets):
            out.append(f"      <tuv xml:lang={quoteattr(lang)}><seg>{_text(text)}</seg></tuv>")
        out.append("    </tu>")
    out += ["  </body>", "</tmx>", ""]
    return "\n".join(out)


def _text(text: str) -> str:
    """Element text that reads back the same: a carriage return would be read as a newline."""
    return escape(text, {"\r": "&#13;"})


def write_tmx(path: Path, units: Iterable[Unit]) -> None:
    """Write units to path atomically (temp file in the same directory, then rename)."""
    write_atomic(path, to_tmx(units))
