"""Counterparts: who the principal met, with titles composed from glossary entries."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from briefer.arabic.lexicon import cue, fold_form, folded
from briefer.arabic.romanize import romanize
from briefer.documents import Block
from briefer.extract.facts import Counterpart, Evidence, Label, Named, UnknownName
from briefer.extract.posts import (
    HOME,
    PUNCTUATION,
    Post,
    is_unknown,
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
MAX_WORDS = 8
"""A name's words with its particles: "عبدالعزيز بن سعود بن نايف بن عبدالعزيز" is six."""


@cache
def _waw_names() -> frozenset[str]:
    """Given names that begin with "و", which is otherwise the conjunction."""
    return frozenset(fold_form(str(w)) for w in table("cues")["waw_names"])


def _joined_word(folded_word: str) -> bool:
    """A word that starts another phrase: "والمدير" (and the director), "بالوزارة" (at the
    ministry), "للشرطة". "وليد", "ولد" begin with the same letter and are names."""
    return folded_word.startswith(("وال", "بال", "لل"))


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
    readings: Sequence[Reading],
    principal: Named | None,
    day: date | None,
    host: str | None = None,
    background: frozenset[int] = frozenset(),
    international: frozenset[str] = frozenset(),
) -> tuple[list[Counterpart], list[UnknownName]]:
    """Every counterpart of the article, merged across sentences, and the unknown names.

    day: the visit's first day when its year is known, to pick the glossary title a person
    held then. host: where the visit took place, the country of a post that names none
    abroad. background: sentences that are not about the visit; nobody there is met.
    international: the English names of bodies that serve no one country (INTERPOL, the
    UN): a person whose title names one serves no country, whatever his nationality.
    """
    found: list[Counterpart] = []
    unknown: list[UnknownName] = []
    principal_id = principal.id if principal else None
    skip = {str(role) for role in table("cues")["not_counterparts"]}
    for r in readings:
        if r.sentence.index in background:
            continue
        consumed: set[int] = set()
        taken: set[tuple[int, int]] = set()
        context = _context_country(r, host)
        posts = read_posts(r)
        for i, post in enumerate(posts):
            if post.home or post.role.id in skip or _absorbed(r, post, posts[i + 1 : i + 2]):
                continue
            name = _holder(r, post, principal_id, taken)
            if name and name.entry is None:
                unknown.append(UnknownName(name.ar, r.evidence(name.start, name.end)))
            if name and name.organisation:
                name = None
            if name and name.entry and _own_side(name.entry, principal_id):
                continue
            at_home_unknown = host == HOME and post.country is None and not post.international
            if name is None and (_bare(post) or at_home_unknown):
                # At home an unnamed post with no country may be either side's.
                continue
            if name:
                taken.add((name.start, name.end))
            if name and name.entry:
                consumed.add(name.start)
            span = (
                min(post.start, name.start if name else post.start),
                max(post.end, name.end if name else post.end),
            )
            found.append(_counterpart(post, name, r.evidence(*span), context, day))
            # Organisations the glossary lacks are proposed for it, like names.
            unknown += [
                UnknownName(o.arabic[0], r.evidence(post.start, post.end))
                for o in post.organisations
                if is_unknown(o)
            ]
        found += _people(r, consumed, principal_id, day, international)
        unknown += _honorific_names(r) + _met_names(r)
        found = _references(r, found)
    headlines = frozenset(r.sentence.index for r in readings if _is_heading(r))
    return drop_headline_posts(_merge(found), headlines), unknown


def _is_heading(r: Reading) -> bool:
    return r.article.paragraphs[r.sentence.paragraph].kind is not Block.BODY


def name_written(text: str, m: Match) -> str:
    """A person's name as written, without the honorific some glossary forms include."""
    full = written(text, m)
    return full[_skip_honorifics(full, 0) :]


def _name_after(r: Reading, post: Post) -> Name | None:
    """The name after a post: "…، اللواء ركن طيار فارس خلف المزروعي"."""
    return _name_from(r, post.end)


def _name_from(r: Reading, end: int) -> Name | None:
    """The name that follows offset end, past a complement, a comma and honorifics."""
    text = r.sentence.text
    at = _past_complement(text, end)
    # "… لحرس الحدود والسواحل "فرونتكس" هانز ليتينز": an acronym in quotes restates the
    # organisation; the name follows it.
    restated = re.match(r'\s*"[^"]{1,30}"', text[at:])
    if restated:
        at += restated.end()
    quoted = False
    while at < len(text) and text[at] in ' "':
        quoted = quoted or text[at] == '"'
        at += 1
    comma = at < len(text) and text[at] in "،,"
    plain = len(text) - len(text[at + 1 if comma else at :].lstrip(" "))
    at = _skip_rank(r, _skip_honorifics(text, plain))
    honoured = at > plain
    person = _person_at(r, at)
    if person is not None and person.prefix.startswith("و"):
        return None  # "… والدكتور فلان": a second person joined by "و", not this post's holder
    if person is not None:
        return Name(person.entry, name_written(text, person), person.start, person.end)
    if not comma and _genitive(text, at):
        return _unknown_organisation(r, at)
    if quoted:
        return None  # "مكتب التحقيقات الفيدرالي "إف بي آي"": an acronym, not a name
    return _unknown_name(r, at, bounded=not honoured and comma, vouched=honoured)


def _past_complement(text: str, at: int) -> int:
    """Past a short complement "بالوزارة ذاتها" between a post and ", NAME"."""
    found = re.match(r"\s+ب\w+(?:\s+\w+){0,2}(?=\s*[،,])", text[at:])
    return at + found.end() if found else at


def _skip_rank(r: Reading, at: int) -> int:
    """Past a role used as a rank before a name: "…، المفوض الرئيسي فلان" (a police rank),
    when a name, not an organisation, follows it."""
    role = next((m for m in r.of_kind("role") if m.start == at and not m.prefix), None)
    if role is None:
        return at
    after = _skip_honorifics(r.sentence.text, role.end)
    word = re.match(r"\w+", r.sentence.text[after:])
    if word is None or _joined_word(fold_form(word.group())):
        return at
    if fold_form(word.group()).startswith(("ال", "ل")) or any(m.start == after for m in r.matches):
        return at
    return after


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
    honorifics = cue("cues", "honorifics", proclitics=False)
    while True:
        while at < len(text) and text[at] == " ":
            at += 1
        rest = folded(text[at : at + 60])
        # Longest first, so "المراقب العام للشرطة" goes whole before "المراقب العام".
        found = honorifics.match(rest.text)
        if not found or (found.end() < len(rest.text) and rest.text[found.end()].isalnum()):
            return at
        at += rest.origin[found.end() - 1] + 1


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
    particles = {fold_form(w) for w in table("cues")["name_particles"]}
    taken: list[re.Match[str]] = []
    for word in re.finditer(r"\w+", text[at:end]):
        folded_word = fold_form(word.group())
        if folded_word in not_names or _joined_word(folded_word) or word.group().isdigit():
            break
        taken.append(word)
    # "خليفة بن حمد بن خليفة آل ثاني": particles do not count towards a name's length.
    size = sum(fold_form(w.group()) not in particles for w in taken)
    if not MIN_NAME <= size <= (longest or MAX_NAME) or len(taken) > MAX_WORDS:
        return None
    first = fold_form(taken[0].group())
    if not vouched and first.startswith("ال"):
        return None
    # "وعن الجانب", "وأعضاء لجنتها": a conjunction, not a name ("وليد" is one).
    if first.startswith("و") and first not in _waw_names():
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
    r: Reading,
    consumed: set[int],
    principal_id: str | None,
    day: date | None,
    international: frozenset[str],
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
        serves = None if any(body in en for body in international) else entry.country
        out.append(
            Counterpart(
                Label(entry.en.full, entry.fr.full),
                name_written(r.sentence.text, m),
                role,
                None,
                serves,
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
        name = _name_from(r, demonym.end)
        if name is not None and (name.organisation or name.entry is not None):
            name = None
        end = name.end if name else demonym.end
        cited = r.evidence(at, end)
        country = demonym.entry.country
        same = [
            i
            for i, c in enumerate(out)
            if c.country == country and (name is None or c.name_ar == name.ar)
        ]
        if same:
            c = out[same[0]]
            out[same[0]] = replace(c, evidence=(*c.evidence, cited))
            continue
        spec = table("cues")["counterpart_role"]
        role = Label(str(spec["en"]), str(spec["fr"]))
        key = f"counterpart|{country}"
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


def _glossary_title(entry: Entry | None, day: date | None) -> Label | None:
    """The title a glossary person held on the day of the visit, if the glossary gives one."""
    if entry is None:
        return None
    en, fr = entry.title_at(day, "en"), entry.title_at(day, "fr")
    return Label(en, fr) if en and fr else None


def _context_country(r: Reading, host: str | None) -> str | None:
    """The country of a post that names none: the host abroad; at home, the visitors'
    country the sentence names ("وفدا أمنيا سنغاليا يقوده المدير العام …")."""
    if host is not None and host != HOME:
        return host
    foreign = [m.entry.country for m in r.of_kind("demonym", "country") if m.entry.country]
    return next((c for c in foreign if c != HOME), None)


def _holder(
    r: Reading, post: Post, principal_id: str | None, taken: set[tuple[int, int]]
) -> Name | None:
    """Who holds the post: the name after it, else the one before it. The principal after a
    post is its object ("استقبل … وزير الداخلية، السيد حموشي"), not its holder; a name
    already given to another post of the sentence is not this one's."""
    before = _name_before(r, post, principal_id)
    # "فيصل شهكار، رئيس …": a person the glossary knows, right before the post, holds it.
    first = (before, _name_after(r, post)) if before and before.entry else None
    for name in first or (_name_after(r, post), before):
        if name is None or (name.start, name.end) in taken:
            continue
        if name.entry is not None and name.entry.id == principal_id:
            continue
        return name
    return None


def _own_side(entry: Entry, principal_id: str | None) -> bool:
    """The principal, or an official of the home country."""
    return entry.id == principal_id or entry.country == HOME


def _absorbed(r: Reading, post: Post, following: Sequence[Post]) -> bool:
    """One person's two posts in a row: "النائب الأول لرئيس مجلس الوزراء وزير الداخلية",
    "رئيس الشرطة الإيطالية - المدير العام للأمن العمومي فلان": the first is dropped, the
    second (which the name follows) speaks for both."""
    if not following or following[0].conjoined:
        return False
    gap = r.sentence.text[post.end : following[0].start]
    return not gap.strip(" -–—")


def _bare(post: Post) -> bool:
    """A generic role with nothing to say whose it is ("الرئيس", "المدير"): no one to name."""
    generic = {str(r) for r in table("cues")["generic_roles"]}
    return post.role.id in generic and not (post.organisations or post.demonym or post.located)


def _counterpart(
    post: Post, name: Name | None, cited: Evidence, context: str | None, day: date | None
) -> Counterpart:
    role = role_label(post)
    organisation = organisation_label(post)
    title = title_label(post)
    known = name.entry if name else None
    held = _glossary_title(known, day)
    if held is not None:
        # The glossary's title outranks the article's loose wording, which stays in evidence.
        role = title = held
        organisation = None
    country = post.country if post.country or post.international else context
    unverified = ("organisation",) if post.unverified else ()
    latin = None
    if name is not None and known is None:
        latin = romanize(name.ar, country).latin
        unverified = ("name", *unverified)
    return Counterpart(
        name=Label(known.en.full, known.fr.full)
        if known
        else Label(latin, latin)
        if latin
        else None,
        name_ar=name.ar if name else None,
        role=role,
        organisation=organisation,
        country=country,
        title=title,
        key=known.id if known else f"name|{name.ar}" if name else post.key,
        post=post.key,
        evidence=(cited,),
        unverified=unverified,
    )


def _merge(found: list[Counterpart]) -> list[Counterpart]:
    """One counterpart per person, or per post when unnamed; evidence joined, first order.
    A later "الوزير الكويتي" (a generic role and a country, no name, no organisation) is a
    reference back to that country's counterpart."""
    merged: list[Counterpart] = []
    for c in found:
        target = next((i for i, m in enumerate(merged) if _same(m, c)), None)
        if target is None:
            merged.append(c)
            continue
        merged[target] = merge_two(merged[target], c)
    # Unnamed mentions last, so that they join the person the article names, wherever
    # the name comes: "معالي وزير الداخلية" again, "الوزير الكويتي".
    named = [c for c in merged if c.name is not None]
    out = list(named)
    for c in (c for c in merged if c.name is None):
        target = next((i for i, m in enumerate(out) if _same_post(m, c)), None)
        if target is None and _reference(c):
            target = next((i for i, m in enumerate(out) if m.country == c.country), None)
        if target is None:
            out.append(c)
        else:
            out[target] = merge_two(out[target], c)
    return sorted(out, key=lambda c: min(c.evidence))


def drop_headline_posts(found: list[Counterpart], headlines: frozenset[int]) -> list[Counterpart]:
    """An unnamed post read only in a headline restates someone the body names: dropped
    when the body has a counterpart of that country."""
    body = {c.country for c in found if any(e.sentence not in headlines for e in c.evidence)}
    return [
        c
        for c in found
        if c.name is not None
        or any(e.sentence not in headlines for e in c.evidence)
        or c.country not in body
    ]


def _same_post(named: Counterpart, c: Counterpart) -> bool:
    role = (c.post or "").split("|")[0]
    return (
        named.country == c.country
        and c.country is not None
        and (named.post or "").split("|")[0] == role
        and (c.organisation is None or c.organisation.en is None)
    )


def _reference(c: Counterpart) -> bool:
    generic = {str(r) for r in table("cues")["generic_roles"]}
    role = c.post.split("|")[0] if c.post else ""
    bare = c.organisation is None or c.organisation.en is None
    return c.name is None and bare and c.country is not None and role in generic


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
