"""The translation memory: approved translations in TMX 1.4b files under tm/.

Lookup is by the normalised Arabic source (whitespace collapsed, the glossary's matching
fold), never by tuid. Exact matches replace machine translation; fuzzy matches are only
offered for review.
"""

from __future__ import annotations

import difflib
import hashlib
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.parsers import expat
from xml.sax.saxutils import escape, quoteattr

from briefer import __version__
from briefer.arabic.fold import fold
from briefer.arabic.text import normalize
from briefer.errors import TranslationMemoryError
from briefer.files import write_atomic

log = logging.getLogger(__name__)

SOURCE_LANG = "ar"
XML_LANG = "xml:lang"
SPACES = re.compile(r"\s+")


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

    def target(self, lang: str) -> str | None:
        """The translation into lang, or None."""
        return dict(self.targets).get(lang)


@dataclass(frozen=True)
class FuzzyMatch:
    """A near match offered for review, with its similarity (0..1)."""

    score: float
    source: str
    target: str


@dataclass(frozen=True)
class ImportReport:
    """What an import changed."""

    file: Path
    added: int
    updated: int
    unchanged: int


def key(text: str) -> str:
    """The lookup form of a source sentence: normalised, folded, whitespace collapsed."""
    return SPACES.sub(" ", fold(normalize(text).text).text).strip()


class Memory:
    """Every unit of the tm/ directory, indexed by normalised source."""

    def __init__(self, units: Sequence[Unit]):
        self.units: tuple[Unit, ...] = tuple(units)
        self._index: dict[str, Unit] = {}
        for unit in self.units:
            k = key(unit.source)
            previous = self._index.get(k)
            # A later file overrides an earlier one, language by language.
            merged = dict(previous.targets) if previous else {}
            merged.update(unit.targets)
            self._index[k] = Unit(
                unit.source,
                tuple(sorted(merged.items())),
                unit.tuid,
                unit.article,
                unit.sentence,
                unit.file,
                unit.line,
            )
        self._words = {k: k.split() for k in self._index}
        digest = hashlib.sha256()
        for k in sorted(self._index):
            digest.update(repr((k, self._index[k].targets)).encode("utf-8"))
        self.version: str = digest.hexdigest()

    def exact(self, source: str, lang: str) -> str | None:
        """The approved translation of source into lang, matched after normalisation."""
        unit = self._index.get(key(source))
        return unit.target(lang) if unit else None

    def fuzzy(
        self, source: str, lang: str, threshold: float = 0.75, limit: int = 3
    ) -> list[FuzzyMatch]:
        """Units similar to source (word-level score >= threshold, exact excluded), best first."""
        wanted = key(source)
        words = wanted.split()
        found = []
        for k, unit in self._index.items():
            target = unit.target(lang)
            if target is None or k == wanted:
                continue
            matcher = difflib.SequenceMatcher(None, words, self._words[k], autojunk=False)
            # The cheap upper bounds rule out most units before the quadratic ratio().
            if matcher.real_quick_ratio() < threshold or matcher.quick_ratio() < threshold:
                continue
            score = matcher.ratio()
            if score >= threshold:
                found.append(FuzzyMatch(round(score, 3), unit.source, target))
        found.sort(key=lambda m: (-m.score, m.source))
        return found[:limit]

    def find(self, source: str) -> Unit | None:
        """The unit whose source matches after normalisation, targets merged across files."""
        return self._index.get(key(source))

    def pairs(self) -> dict[tuple[str, str], int]:
        """How many segments each language pair has, e.g. {("ar", "en"): 87}."""
        counts: dict[tuple[str, str], int] = {}
        for unit in self._index.values():
            for lang, _ in unit.targets:
                counts[(SOURCE_LANG, lang)] = counts.get((SOURCE_LANG, lang), 0) + 1
        return dict(sorted(counts.items()))

    def merged_units(self) -> list[Unit]:
        """One unit per distinct source, in first-seen order, targets merged."""
        return list(self._index.values())


def load(directory: Path) -> Memory:
    """Read every *.tmx of directory (sorted by name); a missing directory is an empty memory."""
    units: list[Unit] = []
    if directory.is_dir():
        for path in sorted(directory.glob("*.tmx")):
            units += read_tmx(path)
    memory = Memory(units)
    log.debug("memory: %d units from %s", len(memory.merged_units()), directory)
    return memory


class _TmxReader:
    """Collects units from a TMX file with expat, keeping line numbers for errors."""

    def __init__(self, path: Path):
        self.path = path
        self.units: list[Unit] = []
        self.parser = expat.ParserCreate()
        self.parser.StartElementHandler = self.start
        self.parser.EndElementHandler = self.end
        self.parser.CharacterDataHandler = self.text
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
        elif name == "tu":
            self.tu = {
                "line": self.parser.CurrentLineNumber,
                "tuid": attrs.get("tuid"),
                "segs": {},
                "props": {},
            }
        elif name == "tuv" and self.tu is not None:
            self.lang = (attrs.get(XML_LANG) or attrs.get("lang") or "").split("-")[0].lower()
            if not self.lang:
                raise self.error('<tuv> without xml:lang; add xml:lang="ar", "en" or "fr"')
        elif name == "seg" and self.lang is not None:
            self.buffer = []
        elif name == "prop" and self.tu is not None:
            self.prop, self.buffer = attrs.get("type", ""), []

    def text(self, data: str) -> None:
        if self.buffer is not None:
            self.buffer.append(data)

    def end(self, name: str) -> None:
        if name == "seg" and self.tu is not None and self.lang and self.buffer is not None:
            self.tu["segs"][self.lang] = "".join(self.buffer).strip()  # type: ignore[index]
            self.buffer = None
        elif name == "prop" and self.tu is not None and self.buffer is not None:
            self.tu["props"][self.prop] = "".join(self.buffer).strip()  # type: ignore[index]
            self.buffer = None
        elif name == "tuv":
            self.lang = None
        elif name == "tu" and self.tu is not None:
            self.units.append(self.unit(self.tu))
            self.tu = None

    def unit(self, tu: dict[str, object]) -> Unit:
        segs: dict[str, str] = tu["segs"]  # type: ignore[assignment]
        props: dict[str, str] = tu["props"]  # type: ignore[assignment]
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
        )


def read_tmx(path: Path) -> list[Unit]:
    """Parse one TMX file; raise TranslationMemoryError naming file and line when invalid."""
    reader = _TmxReader(path)
    try:
        with path.open("rb") as handle:
            reader.parser.ParseFile(handle)
    except expat.ExpatError as exc:
        raise TranslationMemoryError(
            f"not well-formed XML ({expat.errors.messages[exc.code]}); fix the markup",
            path,
            exc.lineno,
        ) from exc
    except OSError as exc:
        raise TranslationMemoryError(f"cannot read the file ({exc.strerror})", path) from exc
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
            out.append(f'      <prop type="x-briefer-article">{escape(unit.article)}</prop>')
        if unit.sentence is not None:
            out.append(f'      <prop type="x-briefer-sentence">{unit.sentence}</prop>')
        for lang, text in ((SOURCE_LANG, unit.source), *unit.targets):
            out.append(f'      <tuv xml:lang="{lang}"><seg>{escape(text)}</seg></tuv>')
        out.append("    </tu>")
    out += ["  </body>", "</tmx>", ""]
    return "\n".join(out)


def write_tmx(path: Path, units: Iterable[Unit]) -> None:
    """Write units to path atomically (temp file in the same directory, then rename)."""
    write_atomic(path, to_tmx(units))


def import_file(directory: Path, source: Path) -> ImportReport:
    """Validate a TMX file and merge it into directory/<its name> (its units win)."""
    incoming = read_tmx(source)
    if not incoming:
        raise TranslationMemoryError("no translation units (<tu>) found; nothing to import", source)
    existing = load(directory)
    target = directory / (source.stem + ".tmx")
    kept = Memory(read_tmx(target)).merged_units() if target.exists() else []
    by_key = {key(u.source): u for u in kept}
    added = updated = unchanged = 0
    for unit in Memory(incoming).merged_units():
        k = key(unit.source)
        before = existing.find(unit.source)
        if before is None:
            added += 1
        elif dict(before.targets) == {**dict(before.targets), **dict(unit.targets)}:
            unchanged += 1
        else:
            updated += 1
        old = by_key.get(k)
        merged = {**(dict(old.targets) if old else {}), **dict(unit.targets)}
        by_key[k] = Unit(
            unit.source, tuple(sorted(merged.items())), unit.tuid, unit.article, unit.sentence
        )
    write_tmx(target, by_key.values())
    return ImportReport(target, added, updated, unchanged)


def export(directory: Path, output: Path) -> int:
    """Write the whole memory, merged, to one TMX file; return the number of units."""
    units = load(directory).merged_units()
    write_tmx(output, units)
    return len(units)


def coverage(memory: Memory, sources: Sequence[str], langs: Sequence[str]) -> dict[str, float]:
    """Share of the given source sentences with an exact match, per language."""
    if not sources:
        return {lang: 0.0 for lang in langs}
    return {
        lang: sum(memory.exact(s, lang) is not None for s in sources) / len(sources)
        for lang in langs
    }
