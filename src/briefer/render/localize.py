"""Localisation of the notes: dates, date ranges, numbers, country names and lists, via Babel.

Every function takes an explicit Babel Locale (never the process locale), so a French note is
French whatever machine builds it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import TYPE_CHECKING, Any

from babel import Locale
from babel.dates import format_date
from babel.lists import format_list
from babel.numbers import format_decimal, format_percent

from briefer.errors import BuildError
from briefer.glossary.phrase import phrase
from briefer.resources import data_table

if TYPE_CHECKING:
    from briefer.glossary.entries import Entry
    from briefer.glossary.match import Glossary

# EDTF's "?" marks a date whose year was narrowed rather than written ("2025-01-28?").
EDTF_DAY = re.compile(r"^(?P<y>\d{4}|XXXX)(?:-(?P<m>\d{2}|XX)(?:-(?P<d>\d{2}|XX))?)?(?P<q>\?)?$")
PLACEHOLDER_YEAR = 2000  # a leap year, so "XXXX-02-29" formats; never printed
_ARTICLES = ("the ", "le ", "la ", "les ", "l’", "l'")
VOWELS = frozenset("aeiouyàâäéèêëîïôöùûüæœAEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜÆŒ")


@dataclass(frozen=True)
class PartialDate:
    """An EDTF calendar date whose year, month or day may be unknown ("XXXX-01-28")."""

    year: int | None
    month: int | None
    day: int | None
    uncertain: bool = False
    """EDTF "?": the year is a likely one, printed with a question mark ("2025?")."""

    def as_date(self) -> date:
        """A date for formatting; unknown fields are filled but never printed."""
        return date(self.year or PLACEHOLDER_YEAR, self.month or 1, self.day or 1)


def parse_edtf(value: str) -> PartialDate:
    """Read an EDTF day such as "2025-09-18", "XXXX-01-28", "2025-01-28?" or "2025-09"."""
    match = EDTF_DAY.match(value.strip())
    if not match:
        raise BuildError(f"not an EDTF date: {value!r}; expected YYYY-MM-DD or XXXX-MM-DD")
    y, m, d = match["y"], match["m"], match["d"]
    return PartialDate(
        int(y) if y and y != "XXXX" else None,
        int(m) if m and m != "XX" else None,
        int(d) if d and d != "XX" else None,
        match["q"] is not None,
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
        return self._partial(parse_edtf(value), parse_edtf(value))

    def day_range(self, start: str | None, end: str | None, running: bool = False) -> str | None:
        """An EDTF range in the house style, whatever the CLDR release's interval spacing.

        Tables and titles: "18–20 September 2025", "30 April–2 May 2025". Running text
        (running=True) follows the language: French "du 18 au 20 septembre 2025".
        """
        styles = _data()["date_ranges"][self.lang]
        if not start or not end or start == end:
            single = self.day(start or end)
            if single is None or not running:
                return single
            key = "running_day" if parse_edtf(start or end or "").day else "running_month"
            return str(styles[key]).format(day=single)
        first, last = parse_edtf(start), parse_edtf(end)
        # Months without days ("September–October 2025") read the same in prose and tables.
        pattern = styles["running_span" if running and first.day else "span"]
        return str(pattern).format(first=self._partial(first, last), last=self.day(end))

    def _partial(self, value: PartialDate, until: PartialDate) -> str:
        """value without the fields it shares with until ("18" of "18–20 September 2025")."""
        same_year = value.year == until.year
        same_month = same_year and value.month == until.month and value != until
        fields = ""
        if value.day:
            fields += "d"
        if value.month and not (same_month and value.day):
            fields += "M"
        if value.year and not (same_year and value != until):
            fields += "y"
        if not fields:
            fields = "y"
        # A narrowed year is shown apart, as uncertain: "28–29 January [2025?]".
        narrowed = value.uncertain and "y" in fields and fields != "y"
        shown = fields.replace("y", "") if narrowed else fields
        text = format_date(value.as_date(), _data()["date_patterns"][shown], locale=self.locale)
        if narrowed:
            text += str(_data()["uncertain_year"]).format(year=value.year)
        elif value.uncertain and "y" in fields:
            text += "?"
        elif value.year is None and value == until:
            # Said once, after the last date: "19–21 September [year not stated]".
            text += str(_data()["unknown_year"][self.lang])
        if value.day == 1:
            first = _data()["first_day"].get(self.lang)
            text = re.sub(r"^1(?!\d)", first, text) if first else text
        return text

    def date(self, value: date) -> str:
        """A full calendar date: "23 November 2026", "1er novembre 2026"."""
        return self._partial(
            PartialDate(value.year, value.month, value.day),
            PartialDate(value.year, value.month, value.day),
        )

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


@cache
def words(lang: str) -> dict[str, Any]:
    """The notes' words in one language (data/notes.yaml): UI labels and sentence patterns,
    with the language's spaces before punctuation (French "Sources : …" with a no-break space).
    """
    try:
        section: dict[str, Any] = _notes()[lang]
    except KeyError as exc:
        raise BuildError(f"no note wording for language {lang!r}; add it to notes.yaml") from exc
    spaces = _data().get("spaces_before", {}).get(lang) or {}
    result: dict[str, Any] = _spaced(section, spaces)
    return result


def _spaced(value: Any, spaces: Mapping[str, str]) -> Any:
    """value with each " :" (etc.) given the space of the spaces table, in every string."""
    if isinstance(value, str):
        for mark, space in spaces.items():
            value = value.replace(f" {mark}", f"{space}{mark}")
        return value
    if isinstance(value, Mapping):
        return {k: _spaced(v, spaces) for k, v in value.items()}
    if isinstance(value, list):
        return [_spaced(v, spaces) for v in value]
    return value


def plural_form(forms: Any, count: int, localizer: Localizer) -> str:
    """Pick the form of a {one: …, other: …} mapping for a count; a plain string is itself."""
    if isinstance(forms, str):
        return forms
    return str(forms.get(localizer.plural(count)) or forms["other"])
