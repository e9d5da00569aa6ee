"""Words of a person's name that the reference data would read as a place or a nationality:
a name after "بن" ("آل سعيد"), a surname in "و" ("واروبي"), a given name that begins like a
proclitic and a country ("كلاوس" is Klaus, not "ك" + Laos)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from briefer.arabic.lexicon import fold_form
from briefer.extract.name_shape import listed_name
from briefer.glossary.entries import Match
from briefer.resources import data_table

PLACE_KINDS = ("country", "place", "demonym")


def in_a_name(text: str, m: Match) -> bool:
    """A nationality after "بن", "ابن" or "أبو" ("مروان بن تركي آل سعيد"), or a place or a
    nationality behind a proclitic whose whole word is a name data/names.yaml lists ("كلاوس
    ديتر برانت")."""
    if m.prefix and m.entry.kind in PLACE_KINDS:
        return bool(re.fullmatch(r"\w+", text[m.start : m.end])) and listed_name(
            text[m.start : m.end]
        )
    if m.entry.kind != "demonym":
        return False
    before = text[: m.start].split()[-1:]
    return bool(before) and fold_form(before[0]) in _lineage_words()


def waw_surname(text: str, m: Match, matches: Sequence[Match]) -> bool:
    """ "وزير الأمن الداخلي، كيفن واروبي،", "ونقل الوزير واروبي": a surname that reads as "و"
    and a nationality ("Aruban"); as one, it would follow another ("فرنسي وإسباني،") or, after
    a word with the article, take the article itself."""
    if m.entry.kind != "demonym" or m.prefix != "و":
        return False
    before = re.search(r"(\w+)\s+$", text[: m.start])
    if before is None or any(d.end == before.end(1) for d in matches if d.entry.kind == "demonym"):
        return False
    closed = re.match(r"\s*(?:[،,.؛:]|$)", text[m.end :]) is not None
    return closed or before.group(1).startswith("ال")


@cache
def _lineage_words() -> frozenset[str]:
    return frozenset(fold_form(str(w)) for w in data_table("cues")["lineage_words"])
