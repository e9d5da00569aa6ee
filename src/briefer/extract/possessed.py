"""A post named by its possessive after a body the principal visited: "زار حموشي إدارة مكافحة
المخدرات …، حيث التقى مديرها العميد فلان" met that body's director, "… مقر إدارة التحقيقات
الجنائية، حيث قدم له مديرها عرضا" its unnamed director. The possessive forms come from the
role nouns of data/titles.yaml ("مدير" -> "مديرها", "مديرة" -> "مديرتها", "مديرته")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from briefer.arabic.lexicon import cue, fold_form
from briefer.extract.names import holds_clause, name_from
from briefer.extract.posts import Post, modifier_before, read_organisation, serves_no_country
from briefer.extract.reading import Reading
from briefer.extract.reference import role_entry
from briefer.extract.unknown_names import Name
from briefer.glossary.entries import Entry
from briefer.resources import data_table as table

ANCHORS = ("visit_objects", "visit_nouns", "delegations", "moves", "body_reports", "seats")
"""The cues after which the body visited is named."""
SAID_BEFORE = 2
"""Sentences back in which a meeting's possessive ("مع مديرها العام") finds the body visited."""


def read_possessed(r: Reading, said: Sequence[Reading] = ()) -> list[tuple[Post, Name | None]]:
    """The posts of the sentence named by a possessive of the body visited, with the name
    that introduces their holder, if any. The body is named in the sentence, after a visit's
    anchor; or, for a meeting told after the visit ("حل بالمقر العام للمديرية العامة للأمن"
    then "عقد حموشي جلسة عمل مع مديرها العام، فلان"), in one of the sentences said before."""
    # "استقبل بمقر المديرية العامة وفدا … يقوده مديرها": the body is the one after the anchor
    # nearest before the possessive.
    ends = _anchor_ends(r)
    earlier = _visited_before(said) if r.has("cues", "possessed_meeting") else None
    if not ends and earlier is None:
        return []
    out = []
    for found in _pattern().finditer(r.folded, ends[0] if ends else 0):
        noun = found.group("role")
        noun = noun[:-1] + "ه" if noun.endswith("ت") else noun  # "مديرتها": "مديرة"
        role = _role(noun, found.group("general"))
        start, end = r.fold_map.source_span(found.start(), found.end())
        anchors = [e for e in ends if e <= found.start()]
        body = earlier
        if anchors:
            body = _visited_body(r, _origin(r, anchors[-1]), start) or earlier
        if role is None or body is None or (found.group("his") and not _his(r, found, body)):
            continue
        modifier = modifier_before(r.sentence.text, start)[0]
        # "بمقر الأمانة العامة للمنظمة الدولية للشرطة الجنائية، بدعوة من أمينها العام": the
        # head of a body of no one country serves none.
        post = Post(
            role, modifier, (body,), None, "", start, end, 0, international=serves_no_country(body)
        )
        name = name_from(r, end)
        if name is not None and (name.organisation or not _introduced(r, end, name)):
            name = None
        out.append((post, name))
    return out


def _anchor_ends(r: Reading) -> list[int]:
    return sorted(m.end() for k in ANCHORS for m in cue("cues", k).finditer(r.folded))


def _origin(r: Reading, folded_end: int) -> int:
    """The sentence offset of an anchor's folded end (the last character's, at the end)."""
    return r.fold_map.origin[min(folded_end, len(r.folded) - 1)]


def _visited_before(said: Sequence[Reading]) -> Entry | None:
    """The body the principal went to in the last sentences said ("حل بالمقر العام للمديرية
    العامة للأمن"), the nearest first."""
    for s in reversed(said[-SAID_BEFORE:]):
        ends = _anchor_ends(s)
        if ends:
            body = _visited_body(s, _origin(s, ends[-1]), len(s.sentence.text))
            if body is not None:
                return body
    return None


def _introduced(r: Reading, end: int, name: Name) -> bool:
    """ "مديرها العميد فلان", "يقوده أمينها العام فلان.": an honorific or a comma introduces the
    holder, or the name ends the clause, or a meeting verb follows it; "مديرها عرضا" goes on
    with the sentence."""
    if name.entry is not None or holds_clause(r, end, name):
        return True
    # "أن مديرها تيرانس كول استقبل …": the name, then the verb it is the subject of.
    after = re.match(r"\s*(\w+)", r.sentence.text[name.end :])
    return (
        after is not None
        and cue("cues", "meeting").fullmatch(fold_form(after.group(1))) is not None
    )


def _visited_body(r: Reading, at: int, limit: int) -> Entry | None:
    """The first organisation between the visit verb and the possessive: a glossary match or
    one read from its words ("زار حموشي، في اليوم ذاته، مقر إدارة التحقيقات الجنائية")."""
    text = r.sentence.text
    known = [m for m in r.of_kind("organisation") if at <= m.start < limit]
    for w in re.finditer(r"\S+", text[at:limit]):
        begin = at + w.start()
        if known and known[0].start <= begin:
            return known[0].entry
        bare = fold_form(w.group())
        if bare in _places() or cue("cues", "seat_adjectives").fullmatch(bare):
            continue  # "المقر المركزي للشرطة الوطنية": the seat and its adjective
        found = read_organisation(r, begin, limit)
        if found is not None and len(found[0].arabic[0].split()) > 1:
            return found[0]
    return known[0].entry if known else None


def _his(r: Reading, found: re.Match[str], body: Entry) -> bool:
    """ "مديره العام" of "جهاز التحقيقات": the masculine possessive, written "ه" (not the "ة"
    of "مديرة", which the fold makes alike), of a body whose head noun is masculine (not in
    ة: "الوكالة" has "رئيسها")."""
    written = r.sentence.text[r.fold_map.origin[found.start("his")]]
    words = fold_form(body.arabic[0]).split()
    return written == "ه" and bool(words) and not words[0].endswith("ه")


@cache
def _places() -> frozenset[str]:
    """Words that name a building, not a body: "مقر"."""
    return frozenset(fold_form(str(w)) for w in table("cues")["construct_heads"])


def _role(noun: str, general: str | None) -> Entry | None:
    """ "مديرها" is a director; "أمينها العام", "مديرتها التنفيذية" the post the noun makes with
    its adjective."""
    if general is None:
        return role_entry(noun)
    return role_entry(f"{noun} {general.removeprefix('ال')}") or role_entry(f"ال{noun} {general}")


@cache
def _pattern() -> re.Pattern[str]:
    """ "مديرها", "مديرتها", "أمينها العام", "مديرتها التنفيذية": a role noun with the possessive
    "ها", and the adjective of a two-word role after it ("أمين" is a role only with one)."""
    nouns, adjectives = [], []
    for gender in ("m", "f"):
        for spec in table("titles")["roles"].values():
            for f in spec.get(gender) or ():
                words = fold_form(str(f)).split()
                noun = words[0].removeprefix("ال")
                nouns.append(noun[:-1] + "ت" if gender == "f" and noun.endswith("ه") else noun)
                if len(words) == 2 and words[1].startswith("ال"):
                    adjectives.append(words[1])
    alternation = "|".join(sorted(set(nouns), key=len, reverse=True))
    adjective = "|".join(sorted(set(adjectives), key=len, reverse=True))
    # "مديرته" (a woman, the masculine body's) too; "مديره" only of a masculine body, since it
    # may be the principal's own director.
    possessive = r"(?:ها|(?<=ت)ه|(?P<his>ه))"
    return re.compile(
        rf"(?<!\w)و?(?P<role>{alternation}){possessive}(?:\s+(?P<general>{adjective}))?(?!\w)"
    )
