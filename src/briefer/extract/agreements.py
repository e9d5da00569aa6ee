"""Agreements: memoranda, agreements, protocols and commitments, with status and parties."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from briefer.arabic.lexicon import cue, folded, forms, phrase_pattern
from briefer.arabic.numbers import find_numbers
from briefer.documents import Block
from briefer.extract.facts import Agreement, Label, Party, UnknownName
from briefer.extract.reading import Reading, written
from briefer.extract.topics import topic_label, topics_in
from briefer.glossary.entries import Match
from briefer.glossary.phrase import adjective
from briefer.resources import data_table as table

STATUSES = ("signed", "agreed", "discussed")
COUNTS = {"one": 1, "two": 2, "many": 0}


@lru_cache(maxsize=1)
def _separator() -> re.Pattern[str]:
    """What separates parties in a list: commas, "و", "من جهة (أخرى)"."""
    sides = sorted(forms("agreements", "party_sides"), key=len, reverse=True)
    return re.compile("|".join([*map(re.escape, sides), "،", ",", r"\sو\s*"]))


@lru_cache(maxsize=1)
def _opener() -> re.Pattern[str]:
    """Where a party list starts: "بين", "مع"."""
    words = "|".join(map(re.escape, forms("agreements", "party_open")))
    return re.compile(rf"(?:^|\s)(?:{words})\s")


@dataclass(frozen=True)
class Mention:
    """A document word in a sentence: "مذكرتي تفاهم" (mou, two), "هذه الاتفاقية" (mou?, 1)."""

    kind: str
    count: int
    """1, 2, or 0 for an unstated plural."""
    start: int
    end: int
    """Offsets in the folded sentence."""
    definite: bool
    """"مذكرة التفاهم", "هذه الاتفاقية": an agreement already named."""


@dataclass(frozen=True)
class Clause:
    """The part of the text that describes one agreement: its parties and its subject."""

    reading: Reading
    start: int
    end: int
    """Offsets in the folded sentence."""
    opened: bool = False
    """The clause is the subject itself ("تم الاتفاق على" + subject), no cue word needed."""


def read_agreements(readings: Sequence[Reading]) -> tuple[list[Agreement], list[UnknownName]]:
    """Every agreement of the article in order of first mention, and unknown party names."""
    found: list[Agreement] = []
    unknown: list[UnknownName] = []
    for i, r in enumerate(readings):
        if r.article.paragraphs[r.sentence.paragraph].kind is not Block.BODY:
            continue
        for mention in _mentions(r):
            status = _status(r, mention.start)
            if mention.definite and found:
                found[-1] = _restated(found[-1], r, mention)
                continue
            if status is None:
                continue
            clauses = _clauses(r, mention, readings[i + 1 : i + 2])
            for clause in clauses:
                agreement, missing = _agreement(mention.kind, status, True, clause, r, mention)
                found.append(agreement)
                unknown += missing
        commitment = _commitment(r)
        if commitment is not None:
            clause = Clause(r, commitment, len(r.folded), opened=True)
            agreement, missing = _agreement("agreement", "agreed", False, clause, r, None)
            found.append(agreement)
            unknown += missing
    return found, unknown


def _mentions(r: Reading) -> list[Mention]:
    """The document words of a sentence, outside any commitment phrase ("تم الاتفاق على")."""
    blocked = [(m.start(), m.end()) for m in cue("agreements", "commitments").finditer(r.folded)]
    anaphora = cue("agreements", "anaphora")
    out = []
    for kind, groups in table("agreements")["kinds"].items():
        for count_name, spellings in groups.items():
            pattern = phrase_pattern(tuple(str(s) for s in spellings))
            for m in pattern.finditer(r.folded):
                if any(a < m.end() and m.start() < b for a, b in blocked):
                    continue
                before = r.folded[max(0, m.start() - 8) : m.start()]
                definite = bool(anaphora.search(before)) or any(
                    w.startswith(("ال", "لل", "بال")) for w in m.group().split()
                )
                count = COUNTS[count_name] or _stated_count(r, m.start())
                out.append(Mention(str(kind), count, m.start(), m.end(), definite))
    return _longest(out)


def _longest(mentions: list[Mention]) -> list[Mention]:
    """Overlapping mentions keep the longest ("اتفاقية تعاون" over "اتفاقية")."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda x: (x.start, -(x.end - x.start))):
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out


def _stated_count(r: Reading, at: int) -> int:
    """ "ثلاث مذكرات تفاهم": the number written just before a plural document word."""
    before = r.folded[:at].rstrip()
    numbers = [n for n in find_numbers(before) if n.end == len(before)]
    return numbers[-1].value if numbers else 0


def _status(r: Reading, at: int) -> str | None:
    """The status cue that governs a mention: the first one before it, else one after it.

    "تم الاتفاق على توقيع اتفاقية" was agreed, not signed: the outer cue comes first.
    """
    cues = []
    for status in STATUSES:
        found = cue("agreements", f"status.{status}").finditer(r.folded)
        cues += [(m.start(), status) for m in found]
    before = sorted(c for c in cues if c[0] < at)
    if before:
        return before[0][1]
    after = {status for start, status in cues if start >= at}
    return next((s for s in STATUSES if s in after), None)


def _commitment(r: Reading) -> int | None:
    """Where an undocumented commitment's subject starts ("تم الاتفاق على" + …), if any."""
    found = cue("agreements", "commitments").search(r.folded)
    if found is None:
        return None
    if any(m.start > found.start() for m in _mentions(r)):
        return None
    return found.end()


def _clauses(r: Reading, mention: Mention, following: Sequence[Reading]) -> list[Clause]:
    """One clause per agreement: split by ordinals ("الأولى مع … والثانية مع …") if any."""
    ordinals = cue("agreements", "ordinals")
    for reading, start in [(r, mention.end), *[(f, 0) for f in following]]:
        marks = [m.start() for m in ordinals.finditer(reading.folded, start)]
        if mention.count >= 2 and len(marks) >= 2:
            ends = [*marks[1:], len(reading.folded)]
            return [Clause(reading, a, b) for a, b in zip(marks, ends, strict=True)]
    whole = Clause(r, mention.end, len(r.folded))
    return [whole] * max(1, mention.count)


def _agreement(
    kind: str, status: str, document: bool, clause: Clause, r: Reading, mention: Mention | None
) -> tuple[Agreement, list[UnknownName]]:
    parties, unknown = _parties(clause)
    cited = [
        r.folded_evidence(mention.start, mention.end)
        if mention
        else r.folded_evidence(clause.start, clause.end)
    ]
    if clause.reading is not r:
        cited.append(clause.reading.folded_evidence(clause.start, clause.end))
    agreement = Agreement(kind, status, tuple(parties), _subject(clause), document, tuple(cited))
    return agreement, unknown


def _restated(agreement: Agreement, r: Reading, mention: Mention) -> Agreement:
    """A later "هذه الاتفاقية" adds evidence, and the subject if the first gave none."""
    cited = (*agreement.evidence, r.folded_evidence(mention.start, mention.end))
    subject = agreement.subject or _subject(Clause(r, mention.end, len(r.folded)))
    return replace(agreement, evidence=cited, subject=subject)


def _parties(clause: Clause) -> tuple[list[Party], list[UnknownName]]:
    """The organisations of the clause's party list; parents ("التابعة ل…") left out."""
    r = clause.reading
    end = clause.end if clause.opened else (_subject_start(clause) or clause.end)
    lo, hi = r.fold_map.source_span(clause.start, end) if end > clause.start else (0, 0)
    orgs = [m for m in r.matches if m.entry.kind == "organisation" and lo <= m.start < hi]
    known = [(m.start, _party(r, m)) for m in orgs if not _affiliated(r, m)]
    unknown = _unknown_parties(r, lo, hi)
    # Order parties as written; unknown ones carry offsets in Article.original, so compare
    # them from the sentence's own start there.
    named = [(u.evidence.start - r.evidence().start, _unknown_party(r, u)) for u in unknown]
    return [p for _, p in sorted(known + named, key=lambda x: x[0])], unknown


def _unknown_party(r: Reading, name: UnknownName) -> Party:
    """A party the glossary lacks: its Arabic, and the country its demonym gives."""
    demonyms = [m for m in r.of_kind("demonym") if r.sentence.text[m.start : m.end] in name.ar]
    return Party(name.ar, None, None, demonyms[0].entry.country if demonyms else None)


def _party(r: Reading, m: Match) -> Party:
    """An organisation with the demonym that follows it: "الشرطة الوطنية النرويجية"."""
    demonym = next((d for d in r.of_kind("demonym") if 0 <= d.start - m.end <= 1), None)
    ar = written(r.sentence.text, m) + (r.sentence.text[m.end : demonym.end] if demonym else "")
    if demonym is None:
        return Party(ar, m.entry.en.full, m.entry.fr.full, m.entry.country)
    en = f"{adjective(demonym.entry, 'en', None)} {m.entry.en.full}"
    fr = f"{m.entry.fr.full} {adjective(demonym.entry, 'fr', m.entry.fr.gender)}"
    return Party(ar, en, fr, demonym.entry.country)


def _affiliated(r: Reading, m: Match) -> bool:
    """ "… التابعة لشرطة أبو ظبي": the organisation is the parent of the party before it."""
    before = r.sentence.text[max(0, m.start - 12) : m.start]
    return cue("agreements", "affiliation").search(folded(before).text) is not None


def _unknown_parties(r: Reading, lo: int, hi: int) -> list[UnknownName]:
    """Party-list segments ("بين X من جهة، و Y من جهة أخرى") that hold no glossary entry."""
    text = r.sentence.text
    opener = _opener().search(text[lo:hi])
    if opener is None:
        return []
    start = lo + opener.end()
    cuts = [(start + m.start(), start + m.end()) for m in _separator().finditer(text[start:hi])]
    bounds = [start, *[x for cut in cuts for x in cut], hi]
    known = [m for m in r.matches if m.entry.kind in ("organisation", "person", "place")]
    out = []
    for a, end in zip(bounds[::2], bounds[1::2], strict=True):
        parent = cue("agreements", "affiliation").search(folded(text[a:end]).text)
        b = a + folded(text[a:end]).origin[parent.start()] if parent else end
        segment = text[a:b].strip(" .")
        if not segment or any(m.start < b and a < m.end for m in known):
            continue
        if 2 <= len(segment.split()) <= 8:
            begin = text.index(segment, a)
            out.append(UnknownName(segment, r.evidence(begin, begin + len(segment))))
    return out


def _subject_start(clause: Clause) -> int | None:
    found = cue("agreements", "subject_open").search(
        clause.reading.folded, clause.start, clause.end
    )
    return found.start() if found else None


def _subject(clause: Clause) -> Label | None:
    """The purpose clause: its Arabic, and the labels of the topics it names."""
    r = clause.reading
    start = clause.start if clause.opened else _subject_start(clause)
    if start is None:
        return None
    span = r.folded[start : clause.end]
    if not span.strip(" ،,.؛"):
        return None
    names = topics_in(span)
    a, b = r.fold_map.source_span(start, clause.end)
    ar = r.sentence.text[a:b].strip(" ،,؛.")
    if not names:
        return Label(None, None, ar)
    en = [topic_label(n)[0] for n in names]
    fr = [topic_label(n)[1] for n in names]
    return Label(_join(en, "and"), _join(fr, "et"), ar)


def _join(items: list[str], conjunction: str) -> str:
    if len(items) == 1:
        return items[0]
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"
