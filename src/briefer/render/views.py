"""What the templates read: typed view objects, one per thing a note, digest or index shows.

Jinja reads their attributes; nothing reaches a template as a loose mapping but the words of
data/notes.yaml (ui).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from briefer import __version__
from briefer.documents import Origin

AUTHOR = "briefer"


def anchor(article_id: str, index: int) -> str:
    """The id of a sentence in a note's page, which the summary links to."""
    return f"s-{article_id}-{index}"


@dataclass(frozen=True)
class Passage:
    """A translated sentence quoted in the summary, with where it comes from."""

    text: str
    article: str
    sentence: int
    origin: Origin
    label: str = ""
    """As printed: "#13", or "2#13" when the note has several sources."""

    @property
    def anchor(self) -> str:
        """The id of the quoted sentence in the note's translation."""
        return anchor(self.article, self.sentence)


@dataclass(frozen=True)
class SummaryPoint:
    """One point of the summary, and the sentences it rests on."""

    text: str
    cited: tuple[tuple[str, int], ...]
    """(article id, sentence index) of each sentence it cites, in order."""


@dataclass(frozen=True)
class Reference:
    """A link from a summary point to the sentence it cites in the note's translation."""

    anchor: str
    """The id of the sentence in the page: "s-<article>-<index>"."""
    label: str
    """As printed: "#13", or "2#13" when the note has several sources."""
    title: str = ""
    """Its tooltip: "Evidence: sentence #13"."""


@dataclass(frozen=True)
class PointView:
    """A summary point as the template prints it, with its references."""

    text: str
    references: tuple[Reference, ...]


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
    anchor: str = ""
    """Its id in the page, which summary points link to."""


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
    number: int
    """Its place among the note's sources, from 1."""
    outlet: str
    file: str
    checksum: str
    headline: str
    headline_arabic: bool
    """The headline stayed untranslated and reads right to left."""
    headline_anchor: str
    """The id of the headline's first sentence ("" when the article has no headline)."""
    body: tuple[ParagraphView, ...]
    arabic: tuple[ParagraphView, ...]
    memory_share: str
    machine_share: str
    glossary_check: str
    translated: bool
    outlet_verified: bool = True
    """The outlet's Latin name comes from the data, not a proposed romanization (†)."""
    untranslated: tuple[int, int] = (0, 0)
    """How many of its sentences, headline included, stayed untranslated, and of how many."""


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
    visit_dates: str = ""
    """The visit's dates, printed unbroken after its place."""


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
    title_main: str
    title_separator: str
    """What joins the title and its place and dates (" — "), "" when there are none."""
    title_rest: str
    """The title's place and dates ("Ankara, 18–20 September 2025"), printed unbroken."""
    key_facts: tuple[tuple[str, str], ...]
    principal_title: str
    reported_by: str
    single_source: bool
    """Only one article reports the visit: there is nothing to compare, not agreement."""
    points: tuple[PointView, ...]
    passages: tuple[Passage, ...]
    counterparts: tuple[CounterpartRow, ...]
    agreements: tuple[AgreementRow, ...]
    articles: tuple[ArticleView, ...]
    conflicts: tuple[ConflictRow, ...]
    unknown_names: tuple[tuple[str, str], ...]
    """Names the glossary lacks: (Arabic as written, "article #sentence")."""
    has_machine: bool
    has_untranslated: bool
    has_unverified: bool
    has_provisional: bool = False
    """Some name is rendered from a provisional glossary entry (marked ‡)."""
    """Some name or organisation is read from the article, not the glossary (marked †)."""
    untranslated_articles: tuple[str, ...] = ()
    """Articles with sentences no memory or model could translate (said on page 1)."""


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
    """Visits with a year, in date order."""
    agreements: tuple[AgreementRow, ...]
    countries: tuple[CountryRow, ...]
    undated: tuple[TimelineRow, ...] = ()
    """Visits whose year the sources do not state, apart from the dated ones."""
    has_provisional: bool = False
    """Some name is rendered from a provisional glossary entry (marked ‡)."""


@dataclass(frozen=True)
class IndexEntry:
    """A visit's note in one language in index.html."""

    visit_id: str
    lang: str
    title: str
    untranslated: bool
    """Some sentences of its sources could not be translated."""


@dataclass(frozen=True)
class IndexSection:
    """index.html's part in one language: its words, digest, feed and notes."""

    lang: str
    ui: Mapping[str, Any]
    classification: str
    dated: tuple[IndexEntry, ...]
    """Notes of visits with a year, latest first."""
    undated: tuple[IndexEntry, ...]
    """Notes of visits whose year the sources do not state."""
    earlier: tuple[tuple[str, str], ...] = ()
    """The digest's other pages past one page (file stem, label), oldest first."""


@dataclass(frozen=True)
class IndexContext:
    """Everything index.html reads: a section per language built."""

    doc: DocumentMeta
    """In the first language built; the title names every language's."""
    ui: Mapping[str, Any]
    fonts: Mapping[str, str]
    page_counter: str
    sections: tuple[IndexSection, ...]
