"""Whose a post is when its own words do not say: the side named before it ("من الجانب
البرتغالي"), a country in its clause, or the sentence's and the visit's context."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefer.arabic.lexicon import cue, fold_form, folded
from briefer.extract.demonyms import shared_side
from briefer.extract.posts import HOME, Post
from briefer.extract.reading import Reading
from briefer.extract.titles import organisation_nouns
from briefer.glossary.entries import Match

LIST_REACH = 20
"""Words a side may stand before a post of the list it opens."""
CONTRAST_REACH = 6
"""Words (a name, its commas) that may stand between two posts set against each other."""
KINDS = ("demonym", "country")
"""What names a post's country in its sentence, the surer first."""


def context_country(r: Reading, host: str | None, wire: str | None) -> str | None:
    """The country of a post that names none: the host abroad; at home, the visitors'
    country the sentence names ("وفدا أمنيا سنغاليا يقوده المدير العام …"), else that of
    the state agency whose wire tells of its own officials' visit (QNA, INA)."""
    if host is not None and host != HOME:
        return host
    # A demonym qualifies people or a body; a country's name may be only a place ("المعبر
    # الحدودي … مع جبل طارق، برفقة كاتب الدولة الإسباني").
    foreign = [m.entry.country for k in KINDS for m in r.of_kind(k) if m.entry.country]
    named = next((c for c in foreign if c != HOME), None)
    return named or (wire if wire != HOME else None)


def clause_country(r: Reading, post: Post, host: str | None, reach: int = 0) -> str | None:
    """A country other than the home side's and the host's named in the post's own words, up
    to the comma that ends them (or within reach words, when given): "ومدير إدارة أمن
    الفعاليات بوزارة الداخلية القطرية، العميد فلان" is Qatari at home; "وبرئيس مكتب التحقيقات
    في الجرائم السيبرانية بالشرطة الوطنية الكورية" Korean at an event abroad."""
    side = side_before(r, post)
    if side is not None:
        return side if side not in (HOME, host) else None
    stop = re.search(r"[،,.؛]", r.sentence.text[post.end :])
    end = post.end + stop.start() if stop else len(r.sentence.text)
    if reach:
        near = re.match(rf"(?:\W*\w+){{1,{reach}}}", r.sentence.text[post.end : end])
        end = post.end + near.end() if near else end
    named = [m for m in r.of_kind("demonym", "country") if post.end <= m.start < end]
    if host not in (None, HOME):
        # Abroad the clause may speak of other countries ("تناولت … في سوريا والعراق"): only a
        # body's own demonym ("بالشرطة الوطنية الكورية") or state tells the post's.
        named = [m for m in named if _of_a_body(r, m)]
    return next((m.entry.country for m in named if m.entry.country not in (None, HOME, host)), None)


def contrasted_home(r: Reading, post: Post, later: Sequence[Post], host: str | None) -> bool:
    """ "وقع وزير الإدماج الاقتصادي …، يونس السكوري، والوزيرة الإسبانية إلما سايث": at home,
    a post of no country set beside one of the same role that a foreign demonym marks ("و"
    and the role), the two alone, is the home side's."""
    if host != HOME or post.country is not None or not later:
        return False
    other = later[0]
    if other.role.id != post.role.id or other.demonym is None or other.home:
        return False
    # "بكل من وزير الأمن والحماية المدنية المالي، …، ووزير الأمن البوركينابي …، ووزير …": a
    # list of three is the visitors', whatever adjective the first one's country hides in.
    if len(later) > 1 and later[1].conjoined:
        return False
    between = r.sentence.text[post.end : other.start]
    joined = other.conjoined or r.sentence.text.startswith("و", other.start)
    return joined and len(between.split()) <= CONTRAST_REACH


def side_before(r: Reading, post: Post) -> str | None:
    """ "فيما شارك فيها من الجانب البرتغالي المدير الوطني …": the side named right before the
    post is its country; so it is for each post of the list the side opens ("ومثّل الجانب
    البرتغالي في جلسة العمل قائد الحرس …، والمدير الوطني …"), up to a clause break."""
    text = r.sentence.text
    before = [s for s in sides(r) if s.end <= post.start]
    if not before:
        return None
    between = text[before[-1].end : post.start]
    if re.fullmatch(r"\S*\s*", between):
        return before[-1].country
    broken = re.search(r"[.؛;:]", between) or cue("agreements", "clause_breaks").search(
        folded(between).text
    )
    if broken or len(between.split()) > LIST_REACH:
        return None
    return before[-1].country


@dataclass(frozen=True)
class Side:
    """ "من الجانب البرتغالي", "عن الجانب المغربي", "ومثّل الجانب البرتغالي": a side named, and
    the country its demonym names (None when the word after "الجانب" is no demonym)."""

    start: int
    end: int
    country: str | None


def sides(r: Reading) -> list[Side]:
    """The sides the sentence names, in order."""
    out = []
    for found in re.finditer(r"(?:من|عن|مثّ?ل|مثّ?لت)\s+الجانب\s+(\w+)", r.sentence.text):
        at = found.start(1)
        country = next((m.entry.country for m in r.of_kind("demonym") if m.start == at), None)
        out.append(Side(found.start(), found.end(), country))
    return out


def _of_a_body(r: Reading, m: Match) -> bool:
    """ "بالشرطة الوطنية الكورية", "بوزارة الداخلية القطرية": the demonym of a body the post is
    at ("ب" before one of the two words before it); "بشرطة عمان السلطانية", "بالنيابة العامة
    العليا لجمهورية كوريا": the state of a body, right after its word or joined to it by "ل"."""
    if m.entry.kind == "demonym":
        before = r.sentence.text[: m.start].split()[-2:]
        return any(w.startswith(("ب", "وب")) for w in before)
    if m.entry.kind != "country":
        return False
    last = r.sentence.text[: m.start].split()[-1:]
    return (bool(last) and _at_a_body(last[0])) or _genitive(r, m)


def _at_a_body(word: str) -> bool:
    """ "بشرطة", "بوزارة": "ب" and a body's word (titles.yaml organisations), so not a remit's
    ("بملف")."""
    bare = fold_form(re.sub(r"^و?ب", "", word)) if re.match(r"^و?ب", word) else ""
    known = organisation_nouns()
    return bool(bare) and (bare in known or "ال" + bare in known)


def _genitive(r: Reading, m: Match) -> bool:
    """The country's name is written with "ل" (of) joined to it: "لجمهورية كوريا"."""
    said = fold_form(r.sentence.text[m.start : m.end])
    names = {fold_form(a) for a in m.entry.arabic}
    return any(said in ("ل" + n, "ل" + n[1:]) for n in names)


def demonym_side(readings: Sequence[Reading], host: str | None) -> str | None:
    """The country a demonym two countries share stands for in this article (see
    demonyms.shared_side): the host abroad, else the one of them the article names."""
    return shared_side(host, [str(m.entry.country) for r in readings for m in r.of_kind("country")])
