"""Counterparts: who the principal met, named or by post (posts.py composes the titles)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from briefer.arabic.lexicon import cue, fold_form
from briefer.extract.facts import Counterpart, Evidence, Label, Named, UnknownName
from briefer.extract.posts import (
    HOME,
    PUNCTUATION,
    Post,
    organisation_label,
    read_posts,
    role_label,
    title_label,
)
from briefer.extract.reading import Reading, written
from briefer.glossary.entries import Entry, Match
from briefer.resources import data_table as table

MIN_NAME, MAX_NAME = 2, 4
"""An unknown name is two to four words: shorter is a common noun, longer a clause."""
MAX_ORGANISATION = 6


@dataclass(frozen=True)
class Name:
    """A person named next to a post: a glossary entry, or Arabic words the glossary lacks."""

    entry: Entry | None
    ar: str
    start: int
    end: int
    organisation: bool = False
    """The words name an organisation the glossary lacks ("لمجلس …" after a role)."""


def read_counterparts(
    readings: Sequence[Reading], principal: Named | None, day: date | None
) -> tuple[list[Counterpart], list[UnknownName]]:
    """Every counterpart of the article, merged across sentences, and the unknown names.

    day: the visit's first day when its year is known, to pick the glossary title a person
    held then.
    """
    found: list[Counterpart] = []
    unknown: list[UnknownName] = []
    principal_id = principal.id if principal else None
    for r in readings:
        consumed: set[int] = set()
        for post in read_posts(r):
            if post.home:
                continue
            name = _name_after(r, post) or _name_before(r, post, principal_id)
            if name and name.entry is None:
                unknown.append(UnknownName(name.ar, r.evidence(name.start, name.end)))
            if name and name.organisation:
                name = None
            if name and name.entry and name.entry.id == principal_id:
                continue
            if name and name.entry:
                consumed.add(name.start)
            span = (
                min(post.start, name.start if name else post.start),
                max(post.end, name.end if name else post.end),
            )
            found.append(_counterpart(post, name, r.evidence(*span)))
        found += _people(r, consumed, principal_id, day)
        unknown += _honorific_names(r) + _met_names(r)
        found = _references(r, found)
    return _merge(found), unknown


def name_written(text: str, m: Match) -> str:
    """A person's name as written, without the honorific some glossary forms include."""
    full = written(text, m)
    return full[_skip_honorifics(full, 0) :]


def _name_after(r: Reading, post: Post) -> Name | None:
    """The name after a post: "…، اللواء ركن طيار فارس خلف المزروعي"."""
    text = r.sentence.text
    at = post.end
    while at < len(text) and text[at] in ' "':
        at += 1
    comma = at < len(text) and text[at] in "،,"
    plain = len(text) - len(text[at + 1 if comma else at :].lstrip(" "))
    at = _skip_honorifics(text, plain)
    honoured = at > plain
    person = _person_at(r, at)
    if person is not None and person.prefix.startswith("و"):
        return None  # "… والدكتور فلان": a second person joined by "و", not this post's holder
    if person is not None:
        return Name(person.entry, name_written(text, person), person.start, person.end)
    if not comma and _genitive(text, at):
        return _unknown_organisation(r, at)
    return _unknown_name(r, at, bounded=not honoured and comma, vouched=honoured)


def _genitive(text: str, at: int) -> bool:
    """ "الأمين العام لمجلس …": a word with the preposition ل right after a role."""
    word = re.match(r"\w+", text[at:])
    return word is not None and word.group().startswith("ل") and len(word.group()) > 4


def _unknown_organisation(r: Reading, at: int) -> Name | None:
    """The organisation after a role that the glossary lacks, cited without its "ل"."""
    name = _unknown_name(r, at, bounded=False, vouched=True, longest=MAX_ORGANISATION)
    if name is None:
        return None
    # "لل" is "ل" + "ال": the organisation keeps its article.
    bare = "ال" + name.ar[2:] if name.ar.startswith("لل") else name.ar[1:]
    return replace(name, ar=bare, organisation=True)


def _name_before(r: Reading, post: Post, principal_id: str | None) -> Name | None:
    """The name before a post: "محمود ديميرتاش، مدير …", "بفيصل شهكار، رئيس …"."""
    text = r.sentence.text
    before = text[: post.start].rstrip()
    comma = before.endswith(("،", ","))
    before = before[:-1].rstrip() if comma else before
    for m in r.of_kind("person"):
        # "التقى حموشي مدير …": without a comma the principal before a post is its subject.
        if m.end == len(before) and (comma or m.entry.id != principal_id):
            return Name(m.entry, name_written(text, m), m.start, m.end)
    chunk_start = max((p.end() for p in PUNCTUATION.finditer(before)), default=0)
    anchors = [cue("cues", "honorifics"), cue("cues", "meeting")]
    starts = [
        a.end()
        for pattern in anchors
        for a in pattern.finditer(r.fold_map.text)
        if chunk_start <= r.fold_map.origin[a.start()] < len(before)
    ]
    if not starts:
        return None
    at = r.fold_map.origin[min(max(starts), len(r.fold_map.origin) - 1)]
    at = _skip_honorifics(text, at)
    name = _unknown_name(r, at, bounded=False, limit=len(before), vouched=True)
    return name if name and name.end == len(before) else None


def _skip_honorifics(text: str, at: int) -> int:
    """Move past spaces and honorifics or ranks ("الدكتور", "اللواء ركن طيار")."""
    honorifics = cue("cues", "honorifics")
    while True:
        while at < len(text) and text[at] == " ":
            at += 1
        word = re.match(r"[\w.]+", text[at:])
        if not word or not honorifics.fullmatch(fold_form(word.group())):
            return at
        at += word.end()


def _person_at(r: Reading, at: int) -> Match | None:
    """A glossary person whose term starts at offset at (proclitics allowed)."""
    for m in r.of_kind("person"):
        if m.start <= at < m.end:
            return m
    return None


def _unknown_name(
    r: Reading,
    at: int,
    bounded: bool,
    limit: int | None = None,
    vouched: bool = False,
    longest: int | None = None,
) -> Name | None:
    """Two to four name-like words from at, up to punctuation, a glossary term or a stop word.

    bounded: the name must fill its comma-delimited chunk (no honorific vouches for it).
    vouched: an honorific or meeting word stands before it; otherwise a first word with the
    article ("الأكثر خبرة") is a description, not a name.
    """
    text = r.sentence.text
    stop = PUNCTUATION.search(text, at)
    end = min(stop.start() if stop else len(text), limit or len(text))
    for m in r.matches:
        if at < m.start < end or (m.start <= at < m.end):
            end = min(end, max(m.start, at))
    not_names = {fold_form(w) for w in table("cues")["not_names"]}
    taken: list[re.Match[str]] = []
    for word in re.finditer(r"\w+", text[at:end]):
        folded_word = fold_form(word.group())
        if folded_word in not_names or folded_word.startswith("و") or word.group().isdigit():
            break
        taken.append(word)
    if not MIN_NAME <= len(taken) <= (longest or MAX_NAME):
        return None
    if not vouched and fold_form(taken[0].group()).startswith("ال"):
        return None
    name_end = at + taken[-1].end()
    if bounded and text[name_end:end].strip():
        return None
    return Name(None, text[at + taken[0].start() : name_end], at + taken[0].start(), name_end)


def _honorific_names(r: Reading) -> list[UnknownName]:
    """Names after an honorific ("السيد", "الدكتور") that the glossary does not know."""
    out = []
    for h in cue("cues", "honorifics").finditer(r.fold_map.text):
        at = _skip_honorifics(r.sentence.text, r.fold_map.origin[h.start()])
        if _person_at(r, at):
            continue
        name = _unknown_name(r, at, bounded=False, vouched=True)
        if name:
            out.append(UnknownName(name.ar, r.evidence(name.start, name.end)))
    return out


def _met_names(r: Reading) -> list[UnknownName]:
    """ "التقى … بالخبيرة الدولية لورا بيرتون": a name met, after "ب" and descriptors."""
    descriptors = cue("cues", "descriptors")
    out = []
    for met in cue("cues", "meeting").finditer(r.fold_map.text):
        after = r.sentence.text[r.fold_map.origin[met.end() - 1] + 1 :]
        offset = len(r.sentence.text) - len(after)
        words = list(re.finditer(r"\w+", after))[:5]
        first = next((w for w in words if w.group().startswith("ب")), None)
        if first is None:
            continue
        at = offset + first.start() + 1
        while True:
            word = re.match(r"\s*(\w+)", r.sentence.text[at:])
            if not word or not descriptors.fullmatch(fold_form(word.group(1))):
                break
            at += word.end()
        at = _skip_honorifics(r.sentence.text, at)
        if _person_at(r, at) or any(m.start <= at < m.end for m in r.matches):
            continue
        name = _unknown_name(r, at, bounded=False, vouched=True)
        if name:
            out.append(UnknownName(name.ar, r.evidence(name.start, name.end)))
    return out


def _people(
    r: Reading, consumed: set[int], principal_id: str | None, day: date | None
) -> list[Counterpart]:
    """Foreign people the glossary knows, named without a post: their title on that day."""
    out = []
    for m in r.of_kind("person"):
        entry = m.entry
        if m.start in consumed or entry.id == principal_id or entry.country == HOME:
            continue
        en, fr = entry.title_at(day, "en"), entry.title_at(day, "fr")
        if not en or not fr:
            continue
        role = Label(en, fr)
        out.append(
            Counterpart(
                Label(entry.en.full, entry.fr.full),
                name_written(r.sentence.text, m),
                role,
                None,
                entry.country,
                role,
                entry.id,
                None,
                (r.evidence(m.start, m.end),),
            )
        )
    return out


def _references(r: Reading, found: list[Counterpart]) -> list[Counterpart]:
    """ "نظيره الإسباني": the same-country counterpart, or a new one when none is known."""
    words = cue("cues", "counterpart_words")
    out = list(found)
    for ref in words.finditer(r.fold_map.text):
        at = r.fold_map.origin[ref.start()]
        demonym = next((m for m in r.of_kind("demonym") if 0 <= m.start - at < 40), None)
        if demonym is None or demonym.entry.country in (None, HOME):
            continue
        cited = r.evidence(at, demonym.end)
        same = [i for i, c in enumerate(out) if c.country == demonym.entry.country]
        if same:
            c = out[same[0]]
            out[same[0]] = replace(c, evidence=(*c.evidence, cited))
            continue
        spec = table("cues")["counterpart_role"]
        role = Label(str(spec["en"]), str(spec["fr"]))
        key = f"counterpart|{demonym.entry.country}"
        out.append(
            Counterpart(None, None, role, None, demonym.entry.country, role, key, key, (cited,))
        )
    return out


def _counterpart(post: Post, name: Name | None, cited: Evidence) -> Counterpart:
    role = role_label(post)
    organisation = organisation_label(post)
    title = title_label(post)
    known = name.entry if name else None
    return Counterpart(
        name=Label(known.en.full, known.fr.full) if known else None,
        name_ar=name.ar if name else None,
        role=role,
        organisation=organisation,
        country=post.country,
        title=title,
        key=known.id if known else post.key,
        post=post.key,
        evidence=(cited,),
    )


def _merge(found: list[Counterpart]) -> list[Counterpart]:
    """One counterpart per person, or per post when unnamed; evidence joined, first order."""
    merged: list[Counterpart] = []
    for c in found:
        target = next((i for i, m in enumerate(merged) if _same(m, c)), None)
        if target is None:
            merged.append(c)
            continue
        merged[target] = merge_two(merged[target], c)
    return merged


def _same(a: Counterpart, b: Counterpart) -> bool:
    if a.key == b.key:
        return True
    if a.name is not None and b.name is not None:
        return False
    return a.post is not None and a.post == b.post


def merge_two(a: Counterpart, b: Counterpart) -> Counterpart:
    """The two reports of one counterpart as one: the named one wins, evidence joined."""
    first, second = (a, b) if a.name is not None or b.name is None else (b, a)
    return replace(
        first,
        evidence=tuple(sorted(set(a.evidence) | set(b.evidence))),
        name_ar=first.name_ar or second.name_ar,
    )
