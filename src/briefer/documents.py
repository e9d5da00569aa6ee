"""The typed objects that flow forward through the pipeline."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import Enum, StrEnum
from pathlib import Path


class Block(StrEnum):
    """What a paragraph is in the article's structure."""

    HEADLINE = "headline"
    HEADING = "heading"
    BODY = "body"


@dataclass(frozen=True)
class Sentence:
    """One sentence of an article, the unit of translation and of evidence."""

    index: int
    """Stable position in the article (0 = first sentence, headline included); cited as evidence."""
    text: str
    """The normalised text (see briefer.arabic.text.normalize)."""
    start: int
    """Offset of the sentence in Article.text."""
    end: int
    """End offset (exclusive) in Article.text."""
    source_start: int
    """Offset of the sentence in Article.original, the decoded file as written."""
    source_end: int
    """End offset (exclusive) in Article.original."""
    paragraph: int
    """Index of the paragraph holding the sentence."""


@dataclass(frozen=True)
class Paragraph:
    """A block of the article: the headline, a subheading or a body paragraph."""

    index: int
    kind: Block
    sentences: tuple[Sentence, ...]

    @property
    def text(self) -> str:
        """The paragraph's normalised text, sentences joined by a space."""
        return " ".join(s.text for s in self.sentences)


@dataclass(frozen=True)
class DroppedLine:
    """A line removed at ingestion as page furniture, kept for the report."""

    line: int
    text: str
    rule: str


@dataclass(frozen=True)
class Article:
    """One source article, read, normalised and segmented."""

    id: str
    """The file stem, e.g. "000_d774277871ac2776"."""
    path: Path
    checksum: str
    """SHA-256 of the raw bytes, hex."""
    encoding: str
    """The encoding the file was read with, e.g. "utf-8", "utf-16", "cp1256"."""
    original: str
    """The decoded file, unchanged: the text that offsets of kind source_* point into."""
    text: str
    """The normalised text; Sentence.start/end point into it."""
    origin: tuple[int, ...] = field(repr=False)
    """origin[i] is the offset in original of text[i] (one extra entry for the end)."""
    outlet: str | None
    byline: str | None
    paragraphs: tuple[Paragraph, ...]
    dropped: tuple[DroppedLine, ...] = ()

    @property
    def headline(self) -> str | None:
        """The headline's text, or None when the article has none."""
        for p in self.paragraphs:
            if p.kind is Block.HEADLINE:
                return p.text
        return None

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        """Every sentence in reading order; sentences[i].index == i."""
        return tuple(s for p in self.paragraphs for s in p.sentences)

    @property
    def body(self) -> tuple[Paragraph, ...]:
        """The paragraphs after the headline (subheadings and body)."""
        return tuple(p for p in self.paragraphs if p.kind is not Block.HEADLINE)

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of Article.text to the same span of Article.original."""
        if start >= end:
            return self.origin[start], self.origin[start]
        return self.origin[start], self.origin[end - 1] + 1


class Origin(StrEnum):
    """Where a translated sentence came from, so notes can say how much is machine output."""

    MEMORY = "memory"
    MACHINE = "machine"
    UNTRANSLATED = "untranslated"


class TermStatus(StrEnum):
    """What happened to one glossary term of a sentence in translation."""

    APPLIED = "applied"
    REPAIRED = "repaired"
    FAILED = "failed"


@dataclass(frozen=True)
class TermCheck:
    """One glossary term found in a source sentence, and whether its rendering made it through."""

    entry_id: str
    sentence: int
    rendering: str
    status: TermStatus


@dataclass(frozen=True)
class TranslatedSentence:
    """The translation of one Sentence into one language."""

    index: int
    """The source Sentence.index."""
    source: str
    target: str
    origin: Origin
    problems: tuple[str, ...] = ()


@dataclass(frozen=True)
class Translation:
    """One article in one target language, sentence by sentence, with its glossary QA."""

    article_id: str
    lang: str
    sentences: tuple[TranslatedSentence, ...]
    terms: tuple[TermCheck, ...] = ()
    suggestions: tuple[str, ...] = ()
    """Fuzzy memory matches offered for review, never used silently."""
    model_version: str | None = None
    """The Argos package version used, or None when no sentence needed the machine."""


def tally(kinds: Iterable[Enum], found: Iterable[Enum]) -> dict[str, int]:
    """How many of each kind were found, every kind listed (0 when none), in the kinds' order."""
    counts = {kind.value: 0 for kind in kinds}
    for kind in found:
        counts[kind.value] += 1
    return counts


def origins(translations: Iterable[Translation]) -> dict[str, int]:
    """Translated sentences by origin: memory, machine, untranslated."""
    return tally(Origin, (s.origin for t in translations for s in t.sentences))


def term_statuses(translations: Iterable[Translation]) -> dict[str, int]:
    """Glossary terms by QA status: applied, repaired, failed."""
    return tally(TermStatus, (c.status for t in translations for c in t.terms))
