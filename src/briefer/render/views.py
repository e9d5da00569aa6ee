"""What the templates read: typed view objects, one per thing a note, digest or index shows.

Jinja reads their attributes; nothing reaches a template as a loose mapping but the words of
data/notes.yaml (ui).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from briefer import __version__
from briefer.documents import Origin

if TYPE_CHECKING:
    pass

AUTHOR = "briefer"


@dataclass(frozen=True)
class Passage:
    """A translated sentence quoted in the summary, with where it comes from."""

    text: str
    article: str
    sentence: int
    origin: Origin


@dataclass(frozen=True)
class DocumentMeta:
    """What every page of a document shows around its content, and its PDF metadata."""

    lang: str
    title: str
    subtitle: str
    subject: str
    keywords: tuple[str, ...]
    created: str
    """ISO 8601 build time, from SOURCE_DATE_EPOCH or the sources."""
    built: str
    """The build date as the reader sees it: "23 November 2026"."""
    classification: str
    sources_line: str
    author: str = AUTHOR
    generator: str = f"briefer {__version__}"


@dataclass(frozen=True)
class SentenceView:
    """One sentence as printed: its text, where it came from, its language."""

    index: int
    text: str
    origin: str
    lang: str


@dataclass(frozen=True)
class ParagraphView:
    """A printed paragraph: "headline", "heading" or "body", and its sentences."""

    kind: str
    sentences: tuple[SentenceView, ...]

    @property
    def arabic_only(self) -> bool:
        """Whether every sentence stayed in Arabic, so the paragraph reads right to left."""
        return bool(self.sentences) and all(s.lang == "ar" for s in self.sentences)


@dataclass(frozen=True)
class ArticleView:
    """One source article as the note shows it: translation, Arabic text and its QA."""

    id: str
    outlet: str
    file: str
    checksum: str
    headline: str
    headline_arabic: bool
    """The headline stayed untranslated and reads right to left."""
    body: tuple[ParagraphView, ...]
    arabic: tuple[ParagraphView, ...]
    memory_share: str
    machine_share: str
    glossary_check: str
    translated: bool


@dataclass(frozen=True)
class CounterpartRow:
    """A counterpart in the counterparts table."""

    name: str
    name_ar: str
    """The name as written in Arabic, when the glossary lacks it."""
    title: str
    organisation: str
    country: str


@dataclass(frozen=True)
class AgreementRow:
    """An agreement in the agreements tables (the digest fills in the visit)."""

    kind: str
    parties: str
    subject: str
    status: str
    visit: str = ""


@dataclass(frozen=True)
class ConflictRow:
    """A fact the sources disagree on, and what each says."""

    field: str
    values: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class NoteContext:
    """Everything note.html reads: one visit in one language."""

    doc: DocumentMeta
    ui: Mapping[str, Any]
    fonts: Mapping[str, str]
    page_counter: str
    visit_id: str
    key_facts: tuple[tuple[str, str], ...]
    principal_title: str
    reported_by: str
    bullets: tuple[str, ...]
    passages: tuple[Passage, ...]
    counterparts: tuple[CounterpartRow, ...]
    agreements: tuple[AgreementRow, ...]
    articles: tuple[ArticleView, ...]
    conflicts: tuple[ConflictRow, ...]
    unknown_names: tuple[tuple[str, str], ...]
    """Names the glossary lacks: (Arabic as written, "article #sentence")."""
    has_machine: bool
    has_untranslated: bool


@dataclass(frozen=True)
class TimelineRow:
    """A visit in the digest's timeline."""

    visit_id: str
    dates: str
    title: str
    place: str
    event: str
    sources: int


@dataclass(frozen=True)
class CountryRow:
    """A country in the digest's counts."""

    code: str
    name: str
    hosted: int
    mentioned: int


@dataclass(frozen=True)
class DigestContext:
    """Everything digest.html reads: all visits in one language."""

    doc: DocumentMeta
    ui: Mapping[str, Any]
    fonts: Mapping[str, str]
    page_counter: str
    timeline: tuple[TimelineRow, ...]
    agreements: tuple[AgreementRow, ...]
    countries: tuple[CountryRow, ...]


@dataclass(frozen=True)
class IndexEntry:
    """A visit in index.html, with its title and note files in each language."""

    visit_id: str
    titles: tuple[tuple[str, str], ...]
    """(lang, title) pairs."""


@dataclass(frozen=True)
class IndexContext:
    """Everything index.html reads."""

    langs: tuple[str, ...]
    headings: tuple[tuple[str, str], ...]
    entries: tuple[IndexEntry, ...]
    digests: tuple[tuple[str, str], ...]
    built: str
