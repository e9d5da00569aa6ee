"""The note's wording composed from a visit's facts: its title, names, posts and labels.

The patterns live in briefer/data/notes.yaml; this module picks them and fills them with
names, places and dates phrased by the glossary (articles, French elision and contraction)
and by Babel (dates, lists). Every function reads the typed facts (extract.facts).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from briefer.extract.facts import (
    Agreement,
    Counterpart,
    Facts,
    Named,
    Party,
)
from briefer.render.localize import Localizer, words
from briefer.render.provisional import Provisional, provisional
from briefer.resources import home_country

if TYPE_CHECKING:
    from briefer.glossary.entries import Entry
    from briefer.glossary.match import Glossary

UNVERIFIED = "†"
"""Marks a name read from the article, not found in the glossary (romanized or literal)."""


class Bilingual(Protocol):
    """A fact named in both note languages: a Label, a Named entry, a City, a Party."""

    @property
    def en(self) -> str | None: ...

    @property
    def fr(self) -> str | None: ...


@dataclass(frozen=True)
class Phrasing:
    """What composing a sentence in one language needs: locale, words and glossary."""

    loc: Localizer
    words: Mapping[str, Any]
    glossary: Glossary | None
    marks: Provisional = Provisional(None, ())
    """The renderings of provisional glossary entries, which the note marks ‡."""

    @classmethod
    def for_lang(cls, lang: str, glossary: Glossary | None) -> Phrasing:
        """The phrasing of one note language."""
        return cls(Localizer.for_lang(lang), words(lang), glossary, provisional(glossary, lang))

    @property
    def lang(self) -> str:
        """The note language."""
        return self.loc.lang

    def entry(self, entry_id: str | None) -> Entry | None:
        """The glossary entry of an id, or None when there is no glossary or no such entry."""
        if self.glossary is None or not entry_id:
            return None
        try:
            return self.glossary.get(entry_id)
        except KeyError:
            return None

    def text(self, value: Bilingual | None) -> str:
        """A fact's name in this language, else in English; None gives ""."""
        if value is None:
            return ""
        return (value.fr if self.lang == "fr" else value.en) or value.en or ""

    def named_entry(self, named: Named | None) -> Entry | None:
        """The glossary entry of the principal or event, when the glossary has it."""
        return self.entry(named.id if named is not None else None)


def capitalise(sentence: str) -> str:
    """Upper-case the first letter only ("a memorandum…" -> "A memorandum…")."""
    return sentence[:1].upper() + sentence[1:]


def principal(facts: Facts, ph: Phrasing) -> tuple[str, str]:
    """The principal's name, and the name after "of" ("of Abdellatif …", "d'Abdellatif …")."""
    name = ph.text(facts.principal) or ph.words["ui"]["not_reported"]
    entry = ph.named_entry(facts.principal)
    return name, ph.loc.entry_phrase(entry, name, ph.words["prepositions"]["of"])


def event_phrases(facts: Facts, ph: Phrasing) -> dict[str, str]:
    """The event in running text: bare (with article), after "de" and after "à"."""
    event = facts.event
    if event is None:
        return {}
    entry = ph.named_entry(event)
    # Without a glossary entry the article is unknown; English event names mostly take "the".
    name = (
        ph.text(event)
        if entry is not None
        else ph.words["unknown_event"].format(event=ph.text(event))
    )
    preps = ph.words["prepositions"]
    return {
        "event": ph.loc.entry_phrase(entry, name),
        "of_event": ph.loc.entry_phrase(entry, name, preps["of"]),
        "at_event": ph.loc.entry_phrase(entry, name, preps["at"]),
    }


def is_hosted(facts: Facts, ph: Phrasing) -> bool:
    """Whether the principal is at home (an event hosted in the principal's own country)."""
    return facts.host_country in (None, home_of(facts, ph)) and facts.event is not None


def is_reception(facts: Facts, ph: Phrasing) -> bool:
    """Whether the principal received visitors at home (no event): not a visit of his."""
    return facts.host_country == home_of(facts, ph) and facts.event is None


def place(facts: Facts, ph: Phrasing) -> str:
    """The city, else the host country's name, else ""."""
    city = ph.text(facts.city)
    code = facts.host_country
    return city or (ph.loc.country_name(code, ph.glossary) if code else "")


def title(facts: Facts, ph: Phrasing) -> tuple[str, str]:
    """The note's title and its place-and-dates line."""
    patterns = ph.words["title"]
    name, of_name = principal(facts, ph)
    code = facts.host_country
    fields = {"principal": name, "of_principal": of_name, **event_phrases(facts, ph)}
    if is_hosted(facts, ph):
        main = patterns["hosted"].format(**fields)
    elif is_reception(facts, ph):
        main = _reception_title(facts, ph, fields)
    elif code:
        main = patterns["visit"].format(
            country=ph.loc.country_phrase(code, ph.glossary),
            in_country=ph.loc.in_country(code, ph.glossary),
            **fields,
        )
    else:
        main = patterns["no_country"].format(**fields)
    dates = ph.loc.day_range(facts.start, facts.end)
    # The title names the host country already; the second line adds only the city.
    abroad = code and not is_hosted(facts, ph) and not is_reception(facts, ph)
    where = ph.text(facts.city) if abroad else place(facts, ph)
    place_dates = (
        patterns["place_dates"].format(place=where, dates=dates)
        if where and dates
        else where or dates or ""
    )
    return main, place_dates


def _reception_title(facts: Facts, ph: Phrasing, fields: Mapping[str, str]) -> str:
    """ "Abdellatif Hammouchi receives the Director General of the Senegalese National Police"."""
    patterns = ph.words["title"]
    visitors = sorted(facts.counterparts, key=lambda p: not ph.text(p.name))
    if visitors:
        visitor = counterpart_phrase(visitors[0], ph)
        return str(patterns["reception"].format(visitor=visitor, **fields))
    foreign = [c for c in facts.countries_mentioned if c != facts.host_country]
    if foreign:
        entry = ph.glossary.country(foreign[0]) if ph.glossary is not None else None
        name = ph.loc.country_name(foreign[0], ph.glossary)
        origin = ph.loc.entry_phrase(entry, name, ph.words["prepositions"]["from"])
        return str(patterns["reception_from"].format(from_country=origin, **fields))
    return str(patterns["talks"].format(**fields))


def full_title(main: str, place_dates: str, ph: Phrasing) -> str:
    """ "Visit of … to Türkiye — Ankara, 18–20 September 2025"."""
    if not place_dates:
        return main
    return str(ph.words["title"]["full"].format(main=main, place_dates=place_dates))


def counterpart_phrase(person: Counterpart, ph: Phrasing) -> str:
    """One counterpart in running text: "Mahmut Demirtaş (Director of …)" or "the Director …"."""
    patterns = ph.words["summary"]
    role = counterpart_title(person, ph)
    name = ph.text(person.name)
    if name and "name" in person.unverified:
        name += UNVERIFIED
    if name:
        return str(patterns["counterpart"].format(name=name, title=role) if role else name)
    lowered = role[:1].lower() + role[1:] if ph.lang == "fr" else role
    the_title = ph.loc.after("le", lowered)
    phrase = str(patterns["unnamed_counterpart"].format(title=role, the_title=the_title))
    # A name the glossary lacks is given as written rather than dropped.
    return f"{phrase} ({person.name_ar})" if person.name_ar else phrase


def counterpart_title(person: Counterpart, ph: Phrasing) -> str:
    """The counterpart's post: the composed title, else role and organisation."""
    title = ph.text(person.title)
    if title:
        return title
    role, organisation = ph.text(person.role), ph.text(person.organisation)
    return f"{role}, {organisation}" if role and organisation else role or organisation


def party_entry(party: Party, ph: Phrasing) -> Entry | None:
    """The glossary entry of a party: its Arabic name matched whole."""
    if ph.glossary is None or not party.ar:
        return None
    arabic = party.ar.strip()
    matches = ph.glossary.match(arabic)
    # A party is an organisation or a country: "الإسباني" (of "الجانبين المغربي والإسباني")
    # is Spain's side, not the adjective "Spanish".
    whole = [
        m
        for m in matches
        if m.start == 0 and m.end == len(arabic) and m.entry.kind in ("organisation", "country")
    ]
    if whole:
        return whole[0].entry
    # A country named by its side or state word ("الجانب الإسباني", "جمهورية السنغال").
    country = ph.entry(f"country.{party.country}") if party.country else None
    return country if country is not None and country.en.full == party.en else None


def party_name(party: Party, ph: Phrasing) -> str:
    """A party's name in the note's language, or as written in Arabic when untranslated."""
    return ph.text(party) or party.ar


def parties_phrase(agreement: Agreement, ph: Phrasing, home: str) -> str:
    """The other parties of an agreement in running text, each with its article."""
    listed = agreement.parties
    parties = [(party_entry(p, ph), party_name(p, ph)) for p in listed]
    # "signed with …" names the partner: the principal's own side goes without saying.
    countries = [
        e.country if e is not None else p.country for p, (e, _) in zip(listed, parties, strict=True)
    ]
    others = [pt for pt, code in zip(parties, countries, strict=True) if code != home] or parties
    return ph.loc.join(
        [ph.loc.entry_phrase(e, t) if e is not None else ph.loc.organisation(t) for e, t in others]
    )


def home_of(facts: Facts, ph: Phrasing) -> str:
    """The principal's country: from the glossary, else the configured home country."""
    entry = ph.named_entry(facts.principal)
    return (entry.country if entry is not None else None) or home_country()


def event_label(event: Named | None, ph: Phrasing) -> str:
    """An event with the edition the sources give: "… Fair (IGEF 2025)"."""
    if event is None:
        return ""
    name, edition = ph.text(event), event.edition
    if not name or not edition or edition in name:
        return name
    entry = ph.entry(event.id)
    acronym = entry.rendering(ph.lang).acronym if entry is not None else None
    return f"{name} ({acronym} {edition})" if acronym else f"{name} ({edition})"
