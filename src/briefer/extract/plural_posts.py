"""Posts named once for several countries, in the plural or the dual: "مباحثات مع المفتشين
العامين للشرطة في كل من جمهورية ملاوي وجمهورية زامبيا", "وزيري الداخلية الأوزبكي والبيلاروسي".
Each country of the list holds the post, in the list's order, so that names told "respectively"
after it go to them. Plural and dual forms: data/titles.yaml ("pl"); list openers and state
words: data/cues.yaml (country_list_openers, state_words)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from briefer.arabic.lexicon import fold_form
from briefer.extract.facts import Counterpart, Evidence
from briefer.extract.posts import PUNCTUATION, Post, read_organisation
from briefer.extract.reading import Reading, skip_space
from briefer.extract.reference import role_entry
from briefer.extract.titles import role_pattern
from briefer.glossary.entries import Entry, Match
from briefer.resources import data_table as table

LIST_GAP = 2
"""Words besides "و" and a state's word that may stand between two countries of the list:
"التوغولية والشرطة الجمهورية البنينية" (each country's own body)."""


def plural_posts(r: Reading) -> list[Post]:
    """One post per country listed after each plural or dual role of the sentence."""
    out: list[Post] = []
    mapped = r.fold_map
    for found in _pattern().finditer(mapped.text):
        group = "form" if found.group("form") else "fused"
        form = found.group("form") or "ال" + found.group("fused")[1:]
        start, end = mapped.source_span(found.start(group), found.end(group))
        role = role_entry(_forms()[form])
        if role is not None:
            out += _one_each(r, role, start, end)
    return out


def named_elsewhere(met: Sequence[Counterpart], shared: set[Evidence]) -> list[Counterpart]:
    """The counterparts met, less an unnamed one read only from a plural post whose country
    has someone named elsewhere ("مع وزراء الأمن في كل من مالي وبوركينا فاسو والنيجر", then
    each minister by name, his title said another way): he is that person, said before."""
    named = {c.country for c in met if c.name is not None}
    return [
        c
        for c in met
        if c.name is not None or not set(c.evidence) <= shared or c.country not in named
    ]


def _one_each(r: Reading, role: Entry, start: int, end: int) -> list[Post]:
    """The posts of the countries listed after a plural role ending at offset end: none
    unless two or more."""
    text = r.sentence.text
    stop = PUNCTUATION.search(text, end)
    limit = stop.start() if stop else len(text)
    places = [m for m in r.of_kind("country", "demonym") if end <= m.start < limit]
    organisation = _organisation(r, end, places[0].start if places else limit)
    at = organisation[1] if organisation else end
    listed: list[Match] = []
    shared = True
    for m in places:
        # "الأوزبكي والبيلاروسي": the "و" may be the match's own.
        joined = "و " if m.prefix.startswith("و") else ""
        gap = _gap_words(joined + text[at : m.start], first=not listed)
        if gap is None or (not listed and gap) or len(gap) > LIST_GAP:
            break
        shared = shared and not gap
        listed.append(m)
        at = m.end
    if len(listed) < 2:
        return []
    orgs = (organisation[0],) if organisation and shared else ()
    template = Post(role, None, orgs, None, "", start, end, 0, shared=True)
    return [_of(r, template, m) for m in listed]


def _of(r: Reading, template: Post, m: Match) -> Post:
    """The template post held in the country of match m (a country's name or a demonym)."""
    if m.entry.kind == "demonym":
        written = r.sentence.text[m.term_start : m.end]
        return replace(template, demonym=m.entry, demonym_ar=written, end=m.end)
    return replace(template, located=m.entry.country, end=m.end)


def _organisation(r: Reading, at: int, limit: int) -> tuple[Entry, int] | None:
    """The body of the role, right after it: one the glossary knows or one it lacks."""
    start = skip_space(r.sentence.text, at)
    known = next((m for m in r.of_kind("organisation") if m.start == start), None)
    if known is not None:
        return known.entry, known.end
    return read_organisation(r, at, limit)


def _gap_words(gap: str, first: bool) -> list[str] | None:
    """The words between two items of the list that are neither "و" nor a state's word, or
    None when the gap breaks the list: before the first item only an opener ("في كل من")
    may stand; before each later one, "و"."""
    words = [fold_form(w) for w in gap.split()]
    if first:
        opener = _openers().search(" ".join(words))
        words = " ".join(words)[opener.end() :].split() if opener else words
    elif not words or not words[0].startswith("و"):
        return None
    else:
        words = [words[0][1:], *words[1:]] if len(words[0]) > 1 else words[1:]
    return [w for w in words if w and _bare(w) not in _state_words()]


def _bare(word: str) -> str:
    return word[1:] if word[:1] in "بل" and word[1:] in _state_words() else word


@cache
def _state_words() -> frozenset[str]:
    return frozenset(fold_form(str(w)) for w in table("cues")["state_words"])


@cache
def _openers() -> re.Pattern[str]:
    forms: Sequence[str] = [fold_form(str(w)) for w in table("cues")["country_list_openers"]]
    body = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"^(?:{body})(?!\w)")


@cache
def _forms() -> dict[str, str]:
    """Each folded plural or dual form, with the singular form of its role."""
    out: dict[str, str] = {}
    for spec in table("titles")["roles"].values():
        singular = str((spec.get("m") or [""])[0])
        out.update({fold_form(str(f)): singular for f in spec.get("pl") or ()})
    return out


@cache
def _pattern() -> re.Pattern[str]:
    return role_pattern(_forms())
