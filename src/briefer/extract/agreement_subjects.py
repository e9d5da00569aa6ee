"""What an agreement is about: the words of its purpose or subject clause as written, up to
the comma that ends the clause or the party list after it, with the labels of the topics they
name. Word lists: data/agreements.yaml (party_open, subject_goes_on, object_open, predicates)."""

from __future__ import annotations

import re

from briefer.arabic.lexicon import cue
from briefer.extract.agreement_cues import COMMA, REFER, ROLES, WORD
from briefer.extract.agreement_parties import party_list
from briefer.extract.facts import Label
from briefer.extract.reading import Reading
from briefer.extract.topics import topic_label, topics_in


def purpose(r: Reading, start: int, end: int) -> Label | None:
    """A document's purpose clause from `start`, up to a party list after it ("… بين
    المديرية …"). A commitment's object is not cut there: "التنسيق بين …" is all of it."""
    stop = subject_end(r, start, end)
    for m in cue("agreements", "party_open").finditer(r.folded, start, stop):
        if party_list(r, m.end(), stop):
            return subject_of(r, start, m.start())
    return subject_of(r, start, stop)


def subject_of(r: Reading, start: int, stop: int) -> Label | None:
    """The words of [start, stop) as written, and the labels of the topics they name."""
    a, b = r.fold_map.source_span(start, stop)
    ar = r.sentence.text[a:b].strip(" ،,؛.")
    if not ar:
        return None
    names = topics_in(r.folded[start:stop])
    if not names:
        return Label(None, None, ar)
    en = [topic_label(n)[0] for n in names]
    fr = [topic_label(n)[1] for n in names]
    return Label(_join(en, "and"), _join(fr, "et"), ar)


def subject_end(r: Reading, start: int, end: int) -> int:
    """The first comma that ends the clause: not one before a coordinated item or a purpose
    ("، وإنشاء …", "، من أجل …"), one before another clause ("، تنص على …", "، وعلى …")."""
    text = r.folded
    goes_on = cue("agreements", "subject_goes_on")
    stops = cue("agreements", "object_open")
    for comma in COMMA.finditer(text, start, end):
        rest = text[comma.end() : end].lstrip()
        word = WORD.match(rest)
        if goes_on.match(rest):
            continue
        if word and word.group().startswith("و") and not _cue_word(rest, stops):
            continue
        return comma.start()
    return end


def _cue_word(rest: str, stops: re.Pattern[str]) -> bool:
    """The word that opens `rest` is a stop or a predicate word ("وعلى", "وقعها")."""
    word = WORD.match(rest)
    if word is None:
        return True
    patterns = [stops, *(cue("agreements", f"predicate.{role}") for role in (*ROLES, REFER))]
    matches = [p.match(rest) for p in patterns]
    return any(m is not None and m.end() >= word.end() for m in matches)


def _join(items: list[str], conjunction: str) -> str:
    if len(items) == 1:
        return items[0]
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"
