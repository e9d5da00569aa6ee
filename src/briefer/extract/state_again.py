"""A state said again by its word alone: "الذي يزور السلطنة حاليا" after "سلطنة عُمان" is
Oman. The word alone refers back to the one foreign state the article writes with that word
before its name; with none, or two ("سلطنة عُمان" and "سلطنة بروناي"), it stays unread. The
words are in data/cues.yaml (state_again)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from briefer.arabic.lexicon import fold_form, phrase_pattern
from briefer.extract.reading import Reading
from briefer.glossary.entries import Match
from briefer.resources import data_table, home_country

# What leads the word alone: "و", "ب", "ل" and the article, or "لل" fused.
PREFIX = re.compile(r"[وف]?(?:[بلك]?ال|لل)")


def states_again(readings: list[Reading]) -> list[Reading]:
    """The readings with each state word alone read as the state it refers back to."""
    states = _antecedents(readings)
    if not states:
        return readings
    return [_with_states(r, states) for r in readings]


def _antecedents(readings: list[Reading]) -> dict[str, Match]:
    """The folded word alone -> the country match it refers back to, where just one country
    of the article is written after the word's indefinite form ("سلطنة عُمان")."""
    found: dict[str, dict[str, Match]] = {}
    for r in readings:
        for m in r.of_kind("country"):
            before = r.sentence.text[: m.start].split()
            word = fold_form(before[-1]) if before and not m.prefix else ""
            for alone, written in _words().items():
                if word in {written, *(p + written for p in "وبل")}:
                    found.setdefault(alone, {}).setdefault(m.entry.country or "", m)
    return {
        alone: next(iter(codes.values()))
        for alone, codes in found.items()
        if len(codes) == 1 and home_country() not in codes and "" not in codes
    }


def _with_states(r: Reading, states: dict[str, Match]) -> Reading:
    added = []
    for alone, antecedent in states.items():
        for found in phrase_pattern((alone,)).finditer(r.folded):
            start, end = r.fold_map.source_span(found.start(), found.end())
            if not any(m.start < end and start < m.end for m in r.matches):
                added.append(_again(antecedent, r.sentence.text, start, end))
    if not added:
        return r
    matches = sorted((*r.matches, *added), key=lambda m: (m.start, -m.end))
    return replace(r, matches=tuple(matches))


def _again(antecedent: Match, text: str, start: int, end: int) -> Match:
    """The state's match at the word alone, its proclitics and article as the prefix, as the
    glossary writes "بالكويت" ("بال")."""
    lead = PREFIX.match(text[start:end])
    prefix = lead.group() if lead else ""
    return Match(antecedent.entry, start, end, start + len(prefix), prefix)


@cache
def _words() -> dict[str, str]:
    """The folded word alone -> the folded word written before a state's name."""
    table = data_table("cues")["state_again"]
    return {fold_form(str(alone)): fold_form(str(word)) for alone, word in table.items()}
