"""Clues to where the visit is that are not a destination nor a location word: the home
side's envoy to a country attending, a town the gazetteer lacks before its country's demonym,
the country of a city landed in before moving on, a place inside an organisation's name (which
places nothing)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from briefer.arabic.lexicon import cue, folded
from briefer.extract.destinations import landed_cities
from briefer.extract.facts import Evidence
from briefer.extract.posts import read_posts
from briefer.extract.reading import Reading
from briefer.glossary.entries import Match
from briefer.resources import data_table as table
from briefer.resources import home_country

HOME = home_country()


@dataclass(frozen=True)
class Place:
    """A candidate for where the visit happened, with how strongly the text says so."""

    country: str
    city: tuple[Reading, Match] | None
    """The city named, when the candidate is a city."""
    evidence: Evidence
    strength: int
    """3 destination, 2 reception at home, 1 location, 0 dateline."""


def inside_organisation(r: Reading, m: Match) -> bool:
    """ "شرطة أبو ظبي": a place named inside an organisation's name does not place the visit."""
    return any(
        o.start <= m.start and m.end <= o.end and o is not m for o in r.of_kind("organisation")
    )


def landed_in(r: Reading) -> list[Place]:
    """The country of a city the principal landed in before moving on ("حل بمطار حيدر علييف
    الدولي بباكو، قبل أن ينتقل جوا إلى قبالة"): where the visit is, not its city."""
    cities = [m for m in landed_cities(r) if m.entry.country]
    return [Place(str(m.entry.country), None, r.evidence(m.start, m.end), 1) for m in cities[:1]]


def envoy_posted(r: Reading) -> list[Place]:
    """ "وحضر اللقاء سفير المملكة المغربية لدى مملكة البحرين": the home side's envoy to a
    country attends, so the meeting is there (as a location: a place the text names wins)."""
    envoys = {str(role) for role in table("cues")["envoys"]}
    posting = cue("cues", "envoy_posting")
    states = cue("cues", "state_words")
    out = []
    if not any(m.entry.id in envoys for m in r.of_kind("role")):
        return []  # most sentences name no envoy: their posts need not be read
    for post in read_posts(r):
        if post.role.id not in envoys or post.country != HOME:
            continue
        after = [m for m in r.of_kind("country", "place") if m.start >= post.end]
        if not after or after[0].entry.country in (None, HOME):
            continue
        gap = folded(r.sentence.text[post.end : after[0].start]).text.split()
        gap = [w for w in gap if not states.fullmatch(w)]
        # "لدى مملكة البحرين", "في عمان", "بالرباط"
        posted = len(gap) == 1 and posting.fullmatch(gap[0]) is not None
        if posted or (not gap and "ب" in after[0].prefix):
            # "سفيرة المملكة المغربية ببرلين": his post's city is not said to be the meeting's.
            m = after[0]
            out.append(Place(str(m.entry.country), None, r.evidence(m.start, m.end), 1))
    return out


def unnamed_city(r: Reading) -> list[Match]:
    """ "إلى مدينة سان لويس السنغالية": a town the gazetteer does not hold (or holds as a
    namesake abroad), after a city word and before its country's demonym: the country is the
    demonym's ("مدينة سان لوي، شمال السنغال": or the country after a direction); the city
    stays unnamed."""
    out = []
    for m in r.of_kind("demonym", "country"):
        before = folded(r.sentence.text[max(0, m.start - 40) : m.start]).text.split()[-4:]
        if m.entry.kind == "country" and not (before and _direction(before[-1])):
            continue
        words_before = [w for w in before if cue("cues", "city_words").fullmatch(w)]
        named = [p for p in r.of_kind("place") if 0 < m.start - p.end <= 2]
        if words_before and not named and m.entry.country and not inside_organisation(r, m):
            out.append(m)
    return out


def _direction(folded_word: str) -> bool:
    return folded_word.rstrip("،,") in _directions()


@cache
def _directions() -> frozenset[str]:
    return frozenset(str(w) for w in table("place_cues")["directions"])
