"""A name that is a city of one country and the name of another ("عمان": Amman, Jordan's
capital, or Oman), read by the article: the city when the article names the city's country and
writes the other country nowhere else ("زيارة مرتقبة لحموشي إلى عمان" in an article about
Jordan). The forms are those of data/place_homographs.yaml (countries) whose city lies in
another country."""

from __future__ import annotations

import re
from dataclasses import replace

from briefer.arabic.lexicon import cue, fold_form
from briefer.extract import gazetteer as gazetteer_mod
from briefer.extract.reading import Reading
from briefer.extract.reference import city_match
from briefer.glossary.entries import Match

PLACES = ("country", "demonym")
LIST_JOIN = re.compile(r"\s*[،,]?\s*(?:و\s?)?")
"""What joins the names of a list: a comma, "و" or both."""


def cities_by_context(readings: list[Reading]) -> list[Reading]:
    """The readings with each such name read as its city where the article says so."""
    return [_with_cities(r, readings) for r in readings]


def _with_cities(r: Reading, readings: list[Reading]) -> Reading:
    if not r.of_kind("country"):
        return r  # the gazetteer is read again only where a country may be a city
    matches = list(r.matches)
    for p in gazetteer_mod.find(r.sentence.text):
        other = p.also_country
        if other is None or other == p.city.country:
            continue
        at = next((m for m in matches if (m.start, m.end) == (p.start, p.end)), None)
        if at is None or at.entry.country != other or _a_country_here(r, at):
            continue
        if _names(readings, p.city.country) and not _names(readings, other, p.form):
            matches[matches.index(at)] = city_match(p)
    return r if matches == list(r.matches) else replace(r, matches=tuple(matches))


def _a_country_here(r: Reading, at: Match) -> bool:
    """ "وسلطنة عمان": a state's word before it; "ألمانيا، إسبانيا، إيطاليا، بولونيا، روسيا":
    in a list of countries."""
    before = r.sentence.text[: at.start].split()
    if before and cue("cues", "state_words").fullmatch(fold_form(before[-1])):
        return True
    near = [m for m in r.of_kind(*PLACES) if m is not at]
    text = r.sentence.text
    return any(
        (m.end <= at.start and LIST_JOIN.fullmatch(text[m.end : at.start]))
        or (at.end <= m.start and LIST_JOIN.fullmatch(text[at.end : m.term_start]))
        for m in near
    )


def _names(readings: list[Reading], code: str, ambiguous: str = "") -> bool:
    """Whether the article names the country by a country or demonym match, the ambiguous
    form itself ("عمان" alone) not counted."""
    return any(
        m.entry.country == code and fold_form(r.sentence.text[m.term_start : m.end]) != ambiguous
        for r in readings
        for m in r.of_kind(*PLACES)
    )
