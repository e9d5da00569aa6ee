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
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from briefer.arabic.fold import fold
from briefer.arabic.text import normalize
from briefer.config import LANGUAGES
from briefer.errors import TranslationMemoryError
from briefer.files import writing
from briefer.translate.tmx import SOURCE_LANG, Unit, read_tmx, write_tmx

log = logging.getLogger(__name__)

SPACES = re.compile(r"\s+")


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
    other_languages: tuple[str, ...] = ()
    """Languages of the file briefer does not translate into, left out of the memory."""
    overridden: tuple[tuple[Path, int], ...] = ()
    """Files sorting after this one that hold other translations of some imported sentences
    (those win in builds), with how many translations each overrides."""


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
                _notes(previous.props if previous else (), unit.props),
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


def import_file(directory: Path, source: Path) -> ImportReport:
    """Validate a TMX file and merge it into directory/<its name> (its translations win).

    A unit already in that file keeps its tuid and properties; translations into languages
    briefer does not write (TARGET_LANGS) are left out and reported.
    """
    incoming = read_tmx(source)
    if not incoming:
        raise TranslationMemoryError("no translation units (<tu>) found; nothing to import", source)
    others = sorted({lang for u in incoming for lang, _ in u.targets} - set(TARGET_LANGS))
    incoming = [_only_targets(u) for u in incoming]
    if not any(u.targets for u in incoming):
        raise TranslationMemoryError(
            f"no translation into {' or '.join(TARGET_LANGS)} found (only {', '.join(others)}); "
            "nothing to import",
            source,
        )
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
        identity = old or unit  # an existing unit keeps its id and properties
        by_key[k] = Unit(
            identity.source,
            tuple(sorted(merged.items())),
            identity.tuid,
            identity.article,
            identity.sentence,
            props=_notes(old.props, unit.props) if old else unit.props,
        )
    with writing(directory):
        write_tmx(target, by_key.values())
    overridden = _overridden(existing, target, incoming)
    return ImportReport(target, added, updated, unchanged, tuple(others), overridden)


def _overridden(
    existing: Memory, target: Path, incoming: Sequence[Unit]
) -> tuple[tuple[Path, int], ...]:
    """Files that load after target and translate an imported sentence otherwise (read once
    already: existing holds every unit with its file; the import wrote only target)."""
    later: dict[Path, list[Unit]] = {}
    for unit in existing.units:
        if unit.file is not None and unit.file.name > target.name:
            later.setdefault(unit.file, []).append(unit)
    found = []
    for path, units in later.items():
        memory = Memory(units)
        count = sum(
            1
            for unit in incoming
            for lang, text in unit.targets
            if memory.exact(unit.source, lang) not in (None, text)
        )
        if count:
            found.append((path, count))
    return tuple(found)


def _notes(
    kept: tuple[tuple[str, str], ...], incoming: tuple[tuple[str, str], ...]
) -> tuple[tuple[str, str], ...]:
    """kept's props, then those of incoming it does not already hold (a note is never lost)."""
    return kept + tuple(p for p in incoming if p not in kept)


TARGET_LANGS = LANGUAGES
"""The languages briefer translates into, the only ones an import keeps."""


def _only_targets(unit: Unit) -> Unit:
    return replace(unit, targets=tuple((k, v) for k, v in unit.targets if k in TARGET_LANGS))


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
