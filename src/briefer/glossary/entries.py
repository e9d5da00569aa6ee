"""The glossary's entries: every Arabic form of a name and its English and French renderings."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from briefer.errors import shown_path

LANGS = ("en", "fr")
CLDR_FILE = Path("<CLDR>")
"""Entry.file of country entries that come from CLDR alone."""


REVIEW_STATUSES = ("approved", "provisional")
PROVISIONAL = "provisional"


@dataclass(frozen=True)
class Rendering:
    """One language's rendering of an entry."""

    full: str
    short: str | None = None
    acronym: str | None = None
    gender: str | None = None
    """French grammatical gender, "f" or "m"; None in English."""
    article: bool = False
    """The name takes a definite article in running text ("la Direction", "l'Espagne")."""
    elided: bool = False
    """French: the article elides to l' before the full form."""
    feminine: str | None = None
    """Adjectives (demonyms): the French feminine form, e.g. "espagnole"."""
    plural: bool = False
    """French: the name is plural ("les Émirats arabes unis")."""

    @property
    def first_mention(self) -> str:
        """The full form with the acronym in brackets, when there is one."""
        if self.acronym and self.acronym != self.full:
            return f"{self.full} ({self.acronym})"
        return self.full

    @property
    def later_mention(self) -> str:
        """The acronym, else the short form, else the full form."""
        return self.acronym or self.short or self.full

    @property
    def forms(self) -> tuple[str, ...]:
        """Every accepted written form, first mention first, without repeats."""
        seen = (self.first_mention, self.full, self.short, self.acronym)
        return tuple(dict.fromkeys(f for f in seen if f))


@dataclass(frozen=True)
class Title:
    """A post held by a person, with an optional period of validity."""

    en: str
    fr: str
    valid_from: date | None = None
    valid_to: date | None = None

    def covers(self, day: date) -> bool:
        """True when the post was held on day."""
        after = self.valid_from is None or self.valid_from <= day
        before = self.valid_to is None or day <= self.valid_to
        return after and before


@dataclass(frozen=True)
class Entry:
    """One glossary entry: every Arabic form of a name and its renderings."""

    id: str
    kind: str
    arabic: tuple[str, ...]
    en: Rendering
    fr: Rendering
    country: str | None = None
    titles: tuple[Title, ...] = ()
    note: str | None = None
    source: str | None = None
    review: str = "approved"
    """"approved", or "provisional": not yet checked against an authoritative source."""
    checked: str | None = None
    """Who checked the entry and against what, or what a provisional entry still lacks."""
    file: Path = field(default=CLDR_FILE, compare=False)
    line: int = field(default=0, compare=False)

    @property
    def provisional(self) -> bool:
        """Whether the entry is still to be checked (notes mark what they render from it)."""
        return self.review == PROVISIONAL

    def rendering(self, lang: str) -> Rendering:
        """The rendering in "en" or "fr"."""
        if lang not in LANGS:
            raise KeyError(f"no rendering in {lang!r}; the glossary holds {', '.join(LANGS)}")
        return self.en if lang == "en" else self.fr

    def title_at(self, day: date | None, lang: str) -> str | None:
        """The title held on day (the latest-starting one if several), or the current one."""
        if day is None:
            held = [t for t in self.titles if t.valid_to is None]
        else:
            held = [t for t in self.titles if t.covers(day)]
        if not held:
            return None
        latest = max(held, key=lambda t: t.valid_from or date.min)
        return latest.en if lang == "en" else latest.fr


@dataclass(frozen=True)
class Match:
    """One glossary entry found in a text; offsets are into the string given to match()."""

    entry: Entry
    start: int
    """Start of the span, proclitics included."""
    end: int
    term_start: int
    """Where the term proper starts, after the proclitics."""
    prefix: str
    """The proclitic letters consumed, e.g. "ول", "بال", "لل", or ""."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong in the glossary files, with where it is and how to fix it."""

    path: Path
    line: int | None
    entry_id: str | None
    what: str
    fix: str

    def __str__(self) -> str:
        where = f"{shown_path(self.path)}:{self.line}" if self.line else shown_path(self.path)
        who = f" [{self.entry_id}]" if self.entry_id else ""
        return f"{where}:{who} {self.what}; {self.fix}"
