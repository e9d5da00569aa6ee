"""A post named by its possessive after a body the principal visited: "زار حموشي إدارة مكافحة
المخدرات …، حيث التقى مديرها العميد فلان" met that body's director, "… مقر إدارة التحقيقات
الجنائية، حيث قدم له مديرها عرضا" its unnamed director. The possessive forms come from the
role nouns of data/titles.yaml ("مدير" -> "مديرها", "مديرة" -> "مديرتها")."""

from __future__ import annotations

import re
from functools import cache

from briefer.arabic.lexicon import cue, fold_form
from briefer.extract.names import introduced, name_from
from briefer.extract.posts import Post, read_organisation
from briefer.extract.reading import Reading
from briefer.extract.reference import role_entry
from briefer.extract.unknown_names import Name
from briefer.glossary.entries import Entry
from briefer.resources import data_table as table


def read_possessed(r: Reading) -> list[tuple[Post, Name | None]]:
    """The posts of the sentence named by a possessive of the body visited, with the name
    that introduces their holder, if any."""
    visit = cue("cues", "visit_objects").search(r.folded)
    if visit is None:
        return []
    at = r.fold_map.origin[min(visit.end(), len(r.folded) - 1)]
    out = []
    for found in _pattern().finditer(r.folded, visit.end()):
        noun = found.group("role")
        noun = noun[:-1] + "ه" if noun.endswith("ت") else noun  # "مديرتها": "مديرة"
        general = found.group("general")
        role = (general and role_entry(f"{noun} {general.removeprefix('ال')}")) or role_entry(noun)
        start, end = r.fold_map.source_span(found.start(), found.end())
        body = _visited_body(r, at, start)
        if role is None or body is None:
            continue
        post = Post(role, None, (body,), None, "", start, end, 0)
        name = name_from(r, end)
        if name is not None and (name.organisation or not _introduced(r, end, name)):
            name = None
        out.append((post, name))
    return out


def _introduced(r: Reading, end: int, name: Name) -> bool:
    """ "مديرها العميد فلان": an honorific or a comma introduces the holder; "مديرها عرضا"
    goes on with the sentence."""
    return name.entry is not None or introduced(r, end, name.start)


def _visited_body(r: Reading, at: int, limit: int) -> Entry | None:
    """The first organisation between the visit verb and the possessive: a glossary match or
    one read from its words ("زار حموشي، في اليوم ذاته، مقر إدارة التحقيقات الجنائية")."""
    text = r.sentence.text
    known = [m for m in r.of_kind("organisation") if at <= m.start < limit]
    for w in re.finditer(r"\S+", text[at:limit]):
        begin = at + w.start()
        if known and known[0].start <= begin:
            return known[0].entry
        if fold_form(w.group()) in _places():
            continue
        found = read_organisation(r, begin, limit)
        if found is not None and len(found[0].arabic[0].split()) > 1:
            return found[0]
    return known[0].entry if known else None


@cache
def _places() -> frozenset[str]:
    """Words that name a building, not a body: "مقر"."""
    return frozenset(fold_form(str(w)) for w in table("cues")["construct_heads"])


@cache
def _pattern() -> re.Pattern[str]:
    """ "مديرها", "مديرتها", "رئيسها العام": a role noun with the possessive "ها"."""
    forms = []
    for spec in table("titles")["roles"].values():
        for f in spec.get("m") or ():
            forms += (
                [fold_form(str(f))] if " " not in str(f) and not str(f).startswith("ال") else []
            )
        for f in spec.get("f") or ():
            form = fold_form(str(f))
            if " " not in form and not form.startswith("ال") and form.endswith("ه"):
                forms.append(form[:-1] + "ت")
    alternation = "|".join(sorted(set(forms), key=len, reverse=True))
    return re.compile(rf"(?<!\w)و?(?P<role>{alternation})ها(?:\s+(?P<general>العام|العامه))?(?!\w)")
