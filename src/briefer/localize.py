"""Localisation of the notes: dates, date ranges, numbers, country names and lists, via Babel.

Every function takes an explicit Babel Locale (never the process locale), so a French note is
French whatever machine builds it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import TYPE_CHECKING, Any

from babel import Locale
from babel.dates import format_date, format_skeleton, parse_pattern
from babel.lists import format_list
from babel.numbers import format_decimal, format_percent

from briefer.errors import BuildError
from briefer.resources import data_table

if TYPE_CHECKING:
    from briefer.glossary import Entry, Glossary

EDTF_DAY = re.compile(r"^(?P<y>\d{4}|XXXX)(?:-(?P<m>\d{2}|XX)(?:-(?P<d>\d{2}|XX))?)?$")
# CLDR has interval patterns for abbreviated months only; widening MMM to MMMM is the
# adjustment CLDR's interval algorithm prescribes for a request with full month names.
ABBREVIATED_MONTH = re.compile(r"(?<![ML])([ML])\1\1(?!\1)")
PLACEHOLDER_YEAR = 2000  # a leap year, so "XXXX-02-29" formats; never printed
_ARTICLES = ("the ", "le ", "la ", "les ", "l'")
VOWELS = frozenset("aeiouyàâäéèêëîïôöùûüæœAEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜÆŒ")


@dataclass(frozen=True)
class PartialDate:
    """An EDTF calendar date whose year, month or day may be unknown ("XXXX-01-28")."""

    year: int | None
    month: int | None
    day: int | None

    @property
    def skeleton(self) -> str:
        """The CLDR skeleton naming exactly the known fields, with full month names."""
        fields = (
            ("y" if self.year else "") + ("MMMM" if self.month else "") + ("d" if self.day else "")
        )
        return fields or "y"

    def as_date(self) -> date:
        """A date for formatting; unknown fields are filled but never printed."""
        return date(self.year or PLACEHOLDER_YEAR, self.month or 1, self.day or 1)


def parse_edtf(value: str) -> PartialDate:
    """Read an EDTF day such as "2025-09-18", "XXXX-01-28" or "2025-09"."""
    match = EDTF_DAY.match(value.strip())
    if not match:
        raise BuildError(f"not an EDTF date: {value!r}; expected YYYY-MM-DD or XXXX-MM-DD")
    y, m, d = match["y"], match["m"], match["d"]
    return PartialDate(
        int(y) if y and y != "XXXX" else None,
        int(m) if m and m != "XX" else None,
        int(d) if d and d != "XX" else None,
    )


@cache
def _data() -> dict[str, Any]:
    return data_table("localize")


def locale_for(lang: str) -> Locale:
    """The Babel Locale used for notes in a language ("en" -> en_GB, "fr" -> fr_FR)."""
    try:
        return Locale.parse(_data()["locales"][lang])
    except KeyError as exc:
        known = ", ".join(_data()["locales"])
        raise BuildError(f"no locale for language {lang!r}; use one of {known}") from exc


@dataclass(frozen=True)
class Localizer:
    """Locale-sensitive formatting for one note language."""

    lang: str
    locale: Locale

    @classmethod
    def for_lang(cls, lang: str) -> Localizer:
        """The localiser of a note language."""
        return cls(lang, locale_for(lang))

    def day(self, value: str | None) -> str | None:
        """One EDTF day: "18 September 2025", "28 janvier" (no year), None when unknown."""
        if not value:
            return None
        when = parse_edtf(value)
        if when.year and when.month and when.day:
            return self.date(when.as_date())
        return format_skeleton(when.skeleton, when.as_date(), locale=self.locale)

    def day_range(self, start: str | None, end: str | None) -> str | None:
        """An EDTF range as CLDR intervals: "18–20 September 2025", "28–29 janvier"."""
        if not start or not end or start == end:
            return self.day(start or end)
        first, last = parse_edtf(start), parse_edtf(end)
        if first.skeleton != last.skeleton or not first.day:
            return self._fallback_interval(self.day(start) or "", self.day(end) or "")
        skeleton = "yMMMd" if first.year else "MMMd"
        return self._interval(skeleton, first.as_date(), last.as_date())

    def _interval(self, skeleton: str, first: date, last: date) -> str:
        formats = self.locale.interval_formats.get(skeleton) or {}
        for field, value in (
            ("y", first.year != last.year),
            ("M", first.month != last.month),
            ("d", first.day != last.day),
        ):
            if value and field in formats:
                pieces = [ABBREVIATED_MONTH.sub(r"\1\1\1\1", p) for p in formats[field]]
                return "".join(
                    parse_pattern(p).apply(d, self.locale)
                    for p, d in zip(pieces, (first, last), strict=True)
                )
        return self._fallback_interval(
            self.day(first.isoformat()) or "", self.day(last.isoformat()) or ""
        )

    def _fallback_interval(self, first: str, last: str) -> str:
        pattern = self.locale.interval_formats.get(None) or "{0} – {1}"
        return str(pattern).replace("{0}", first).replace("{1}", last)

    def date(self, value: date) -> str:
        """A full calendar date: "23 November 2026", "23 novembre 2026"."""
        return format_date(value, format="long", locale=self.locale)

    def number(self, value: int | float) -> str:
        """A number with the locale's grouping: "1,234" / "1 234"."""
        return format_decimal(value, locale=self.locale)

    def percent(self, share: float) -> str:
        """A share between 0 and 1 as a whole percentage: "75%" / "75 %"."""
        return format_percent(round(share, 2), locale=self.locale)

    def plural(self, count: int) -> str:
        """The CLDR plural category of a count ("one", "other"), for choosing a word form."""
        return str(self.locale.plural_form(count))

    def join(self, items: Sequence[str]) -> str:
        """A list in running text: "Spain, Germany and Portugal", "…, l'Allemagne et le …"."""
        items = [i for i in items if i]
        return format_list(items, style="standard", locale=self.locale) if items else ""

    def country_name(self, code: str, glossary: Glossary | None = None) -> str:
        """A country's name without article, from the glossary or CLDR: "Türkiye", "Turquie"."""
        if glossary is not None:
            return str(glossary.country(code).rendering(self.lang).full)
        return str(self.locale.territories.get(code.upper(), code.upper()))

    def country_phrase(self, code: str, glossary: Glossary | None = None) -> str:
        """A country's name as it stands in a sentence, with its article: "l'Espagne"."""
        if glossary is None:
            return self._guessed_article(self.country_name(code))
        from briefer.glossary import phrase

        return phrase(glossary.country(code), self.lang, "full")

    def _guessed_article(self, name: str) -> str:
        # Without the glossary's country grammar, French takes the common rule: l' before a
        # vowel, la for names in -e, le otherwise; English names go bare.
        rules = _data()["country_articles"].get(self.lang)
        if not rules or not name:
            return name
        if name[0] in VOWELS:
            return str(rules["elided"]) + name
        return str(rules["feminine"] if name.endswith("e") else rules["masculine"]) + name

    def countries(self, codes: Sequence[str], glossary: Glossary | None = None) -> str:
        """Countries in running text: "l'Espagne, l'Allemagne et le Portugal"."""
        return self.join([self.country_phrase(c, glossary) for c in codes])

    def in_country(self, code: str, glossary: Glossary | None = None) -> str:
        """Where something happens: "in Türkiye", "en Turquie", "au Maroc", "aux Émirats…"."""
        named = self.country_phrase(code, glossary)
        locatives: dict[str, str] = _data()["locatives"][self.lang]
        for article in sorted(locatives, key=len, reverse=True):
            if article and named.startswith(article):
                return locatives[article] + named[len(article) :]
        return locatives[""] + named

    def entry_phrase(
        self, entry: Entry | None, fallback: str, preposition: str | None = None
    ) -> str:
        """A glossary entry in running text, after an optional preposition ("de" -> "d'…")."""
        if entry is not None:
            from briefer.glossary import phrase

            return phrase(entry, self.lang, "full", preposition)
        return self.after(preposition, fallback) if preposition else fallback

    def count_word(self, count: int) -> str:
        """A small count in words ("two", "deux"), larger ones in digits."""
        names: list[str] = _data()["number_words"].get(self.lang, [])
        return names[count] if 0 <= count < len(names) else self.number(count)

    def organisation(self, name: str) -> str:
        """An organisation unknown to the glossary, with its article: "la Police nationale…"."""
        rules = _data()["organisation_articles"].get(self.lang) or {}
        if not name or any(name.lower().startswith(a) for a in _ARTICLES):
            return name
        if "article" in rules:
            return str(rules["article"]) + name
        first = name.split()[0].lower()
        if first[0] in VOWELS or first[0] == "h":
            return str(rules["elided_article"]) + name
        key = "feminine_article" if first in rules["feminine"] else "masculine_article"
        return str(rules[key]) + name

    def after(self, preposition: str, words: str, elides: bool | None = None) -> str:
        """A preposition before words, elided in French: ("de", "Abdellatif") -> "d'Abdellatif"."""
        elided = _data()["elisions"].get(self.lang, {}).get(preposition)
        if elides is None:
            elides = bool(words) and words[0] in VOWELS
        if elided and elides:
            return str(elided) + words
        return f"{preposition} {words}"


@cache
def _notes() -> dict[str, Any]:
    return data_table("notes")


def words(lang: str) -> dict[str, Any]:
    """The notes' words in one language (data/notes.yaml): UI labels and sentence patterns."""
    try:
        section: dict[str, Any] = _notes()[lang]
    except KeyError as exc:
        raise BuildError(f"no note wording for language {lang!r}; add it to notes.yaml") from exc
    return section


def home_country() -> str:
    """The principal's country when the glossary does not give it."""
    return str(_notes()["home_country"])


def plural_form(forms: Any, count: int, localizer: Localizer) -> str:
    """Pick the form of a {one: …, other: …} mapping for a count; a plain string is itself."""
    if isinstance(forms, str):
        return forms
    return str(forms.get(localizer.plural(count)) or forms["other"])
