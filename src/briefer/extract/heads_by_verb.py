"""A head told by a verb rather than a title: "يرلان صادقوف، الذي يرأس وكالة جمهورية كازاخستان
للرقابة المالية", "جان بول مونيانيزا، الذي يرأس جهاز المخابرات والأمن الوطني". The name before
the relative clause holds the head's post of the body right after the verb. Word list:
data/cues.yaml (heads_verbs).
"""

from __future__ import annotations

import re
from functools import cache

from briefer.arabic.lexicon import alternation, cue, fold_form, forms
from briefer.extract.names_before import name_before
from briefer.extract.posts import PUNCTUATION, Post, read_organisation, serves_no_country
from briefer.extract.reading import Reading
from briefer.extract.reference import role_entry
from briefer.extract.titles import unknown_organisation
from briefer.extract.unknown_names import Name
from briefer.glossary.entries import Entry

HEAD = "رئيس"
"""The role noun of the post a heading verb gives."""
MAX_WORDS = 7
"""Words of a body read across the state its name holds."""


def read_heads_by_verb(r: Reading, principal_id: str | None) -> list[tuple[Post, Name | None]]:
    """The posts the sentence tells by a heading verb after a name, with that name."""
    role = role_entry(HEAD)
    if role is None:
        return []
    out: list[tuple[Post, Name | None]] = []
    for found in _pattern().finditer(r.folded):
        # "وأشار فلان، الذي يقود قوة الشرطة، في تصريح": a speaker, whom a post said before
        # may name (holder_later); only a meeting told before the name makes him met here.
        before = r.folded[: found.start()]
        if not any(cue("cues", k).search(before) for k in ("reception", "meeting", "visit")):
            continue
        start = r.fold_map.origin[found.start()]
        at = r.fold_map.origin[min(found.end(), len(r.folded) - 1)]
        body = _body(r, at + len(r.sentence.text[at:]) - len(r.sentence.text[at:].lstrip()))
        if body is None:
            continue
        entry, end, located = body
        post = Post(
            role, None, (entry,), None, "", start, end, 0, located, serves_no_country(entry)
        )
        name = name_before(r, post, principal_id)
        if name is not None and not name.organisation:
            out.append((post, name))
    return out


def _body(r: Reading, at: int) -> tuple[Entry, int, str | None] | None:
    """The body right after offset at, its end, and the country its name holds: a glossary
    organisation, or one read from its words ("وكالة جمهورية كازاخستان للرقابة المالية": a
    head noun, the state, the rest up to the comma)."""
    known = next((m for m in r.of_kind("organisation") if m.start == at), None)
    if known is not None:
        return known.entry, known.end, None
    found = read_organisation(r, at, len(r.sentence.text))
    if found is None:
        return None
    if len(found[0].arabic[0].split()) > 1:
        return found[0], found[1], None
    text = r.sentence.text
    state = next((m for m in r.of_kind("country") if _just_after(r, found[1], m.start)), None)
    stop = PUNCTUATION.search(text, state.end) if state is not None else None
    if state is None or stop is None or len(text[at : stop.start()].split()) > MAX_WORDS:
        return None
    return unknown_organisation(text[at : stop.start()]), stop.start(), state.entry.country


def _just_after(r: Reading, end: int, start: int) -> bool:
    """Only a state word ("جمهورية") or nothing between offsets end and start."""
    gap = fold_form(r.sentence.text[end:start].strip())
    return start >= end and (not gap or cue("cues", "state_words").fullmatch(gap) is not None)


@cache
def _pattern() -> re.Pattern[str]:
    """ "، الذي يرأس", "، التي تتولى إدارة": a comma, a relative pronoun, a heading verb."""
    verbs = alternation(forms("cues", "heads_verbs"))
    return re.compile(rf"(?<=[،,])\s*(?:الذي|التي)\s+(?:{verbs})(?!\w)")
