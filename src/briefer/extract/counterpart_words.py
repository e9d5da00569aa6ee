"""Counterpart words: "نظيره الإسباني" (his Spanish counterpart) refers to the counterpart of that
country, named or not, and adds one when the article has none yet."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from briefer.arabic.lexicon import cue, fold_form
from briefer.arabic.romanize import romanize
from briefer.extract.facts import Counterpart, Label
from briefer.extract.mentions import COUNTERPART
from briefer.extract.names import holds_clause, name_from
from briefer.extract.reading import Reading
from briefer.extract.unknown_names import Name
from briefer.glossary.entries import Match
from briefer.resources import data_table as table
from briefer.resources import home_country

HOME = home_country()
# A counterpart word reaches a demonym this many characters on ("نظيره الإسباني").
REFERENCE_REACH = 40


def read_references(r: Reading, found: list[Counterpart]) -> list[Counterpart]:
    """ "نظيره الإسباني": the same-country counterpart, or a new one when none is known."""
    words = cue("cues", "counterpart_words")
    out = list(found)
    for ref in words.finditer(r.fold_map.text):
        at = r.fold_map.origin[ref.start()]
        demonyms = _referred(r, at)
        # Joined demonyms with words between them have their names there (_referred).
        paired = len(demonyms) > 1 and all(_gap(r, a, b) for a, b in pairwise(demonyms))
        for i, demonym in enumerate(demonyms):
            if demonym.entry.country not in (None, HOME):
                alone = len(demonyms) == 1 or paired
                # A name the next demonym ends holds its place in the list.
                listed = paired and i < len(demonyms) - 1
                out = _reference_to(r, out, at, demonym, alone, listed)
    return out


def _referred(r: Reading, at: int) -> list[Match]:
    """The demonyms a counterpart word points at: "نظيره الإسباني", and "نظيريه الأردني
    والتونسي" (each joined by "و")."""
    demonyms = [m for m in r.of_kind("demonym") if m.start >= at]
    if not demonyms or demonyms[0].start - at >= REFERENCE_REACH:
        return []
    out = [demonyms[0]]
    for m in demonyms[1:]:
        # "ونظيراه الإسباني فلان والبرتغالية فلانة": each demonym may have its name after it.
        gap = _gap(r, out[-1], m)
        joined = m.prefix.startswith("و") and (not gap or _name_between(r, out[-1], m))
        if not joined:
            break
        out.append(m)
    return out


def _gap(r: Reading, first: Match, second: Match) -> str:
    """What stands between two demonyms, spaces stripped."""
    return r.sentence.text[first.end : second.start].strip()


def _name_between(r: Reading, first: Match, second: Match) -> bool:
    """A name fills all that stands between two demonyms: "الإسباني فلان والبرتغالية"."""
    name = name_from(r, first.end)
    if name is None or name.end > second.start or name.organisation:
        return False
    return not r.sentence.text[name.end : second.start].strip()


def _placed_after(r: Reading, name: Name) -> bool:
    """ "نظيره الإسباني فلان في مقر الشرطة": where they met follows the name."""
    after = re.match(r"\s*(\S+)", r.sentence.text[name.end :])
    return (
        after is not None
        and cue("cues", "location").fullmatch(fold_form(after.group(1))) is not None
    )


def _reference_to(
    r: Reading, found: list[Counterpart], at: int, demonym: Match, alone: bool, listed: bool
) -> list[Counterpart]:
    """The counterpart one demonym after a counterpart word refers to, added or joined."""
    out = list(found)
    name = name_from(r, demonym.end) if alone else None
    if name is not None and (name.organisation or name.entry is not None):
        name = None
    # "نظيره الإسباني، الفريق فلان", "بنظيره الإسباني فلان، في مقر …": a comma or an
    # honorific introduces the name, or it fills the clause or ends where the place of the
    # meeting is told; "وأكد نظيره الإسباني أهمية التعاون" goes on with the sentence.
    if name is not None and not (
        listed or holds_clause(r, demonym.end, name) or _placed_after(r, name)
    ):
        name = None
    end = name.end if name else demonym.end
    cited = r.evidence(at, end)
    country = str(demonym.entry.country)
    same = [
        i
        for i, c in enumerate(out)
        if c.country == country and (name is None or c.name_ar == name.ar)
    ]
    if same:
        c = out[same[0]]
        out[same[0]] = replace(c, evidence=(*c.evidence, cited))
        return out
    unnamed = [
        i
        for i, c in enumerate(out)
        if c.country == country
        and c.name_ar is None
        and any(e.sentence == r.sentence.index for e in c.evidence)
    ]
    if name is not None and len(unnamed) == 1:
        # "ووقع وزير الداخلية … ونظيراه الإسباني فلان": the name of the one post of that
        # country this sentence gives (a post of another sentence may be another person's).
        c = out[unnamed[0]]
        spelled = romanize(name.ar, country).latin
        named = replace(c, name=Label(spelled, spelled), name_ar=name.ar, key=f"name|{name.ar}")
        out[unnamed[0]] = replace(
            named, evidence=(*c.evidence, cited), unverified=("name", *c.unverified)
        )
        return out
    spec = table("cues")["counterpart_role"]
    role = Label(str(spec["en"]), str(spec["fr"]))
    key = f"{COUNTERPART}|{country}"
    latin = romanize(name.ar, country).latin if name else None
    out.append(
        Counterpart(
            Label(latin, latin) if latin else None,
            name.ar if name else None,
            role,
            None,
            country,
            role,
            f"name|{name.ar}" if name else key,
            key,
            (cited,),
            ("name",) if name else (),
        )
    )
    return out
