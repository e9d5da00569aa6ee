"""The mentions of one counterpart joined: one per person, or per post when unnamed; a later
unnamed mention ("الوزير الكويتي", "نظيره الإسباني") joined to the person the article names."""

from __future__ import annotations

from collections.abc import Set
from dataclasses import replace
from functools import cache

from briefer.extract.facts import Counterpart, Evidence
from briefer.resources import data_table as table

# The post of one called "نظيره" (his counterpart) and nothing more.
COUNTERPART = "counterpart"
# The post of "المسؤول" (the official), a description rather than a post.
OFFICIAL = "role.official"
# The key of a counterpart the glossary knows begins with its kind.
PERSON = "person."


OVERREAD = 2
"""Words a name read in a headline may run on past its end ("لمحاصرة طريق")."""


def merge(found: list[Counterpart], attended: Set[Evidence] = frozenset()) -> list[Counterpart]:
    """One counterpart per person, or per post when unnamed; evidence joined, first order.
    A later "الوزير الكويتي" (a generic role and a country, no name, no organisation) is a
    reference back to that country's counterpart, one met rather than one who only attended
    (whose evidence is all in attended): "اللقاء مع المسؤول الإيطالي" is with the Italian met,
    not the minister who opened the summit."""
    merged: list[Counterpart] = []
    for c in found:
        target = next((i for i, m in enumerate(merged) if _same(m, c)), None)
        if target is None:
            merged.append(c)
            continue
        merged[target] = merge_two(merged[target], c)
    # Unnamed mentions last, so that they join the person the article names, wherever
    # the name comes: "معالي وزير الداخلية" again, "الوزير الكويتي".
    out: list[Counterpart] = []
    for c in (c for c in merged if c.name is not None):
        target = next((i for i, m in enumerate(out) if _by_surname(c, m)), None)
        longer = next((i for i, m in enumerate(out) if _overread(m, c)), None)
        if longer is not None:
            out[longer] = merge_two(c, out[longer])
        elif target is None:
            out.append(c)
        else:
            out[target] = merge_two(out[target], c)
    for c in (c for c in merged if c.name is None):
        met = not set(c.evidence) <= attended
        # Whom a mention of someone met may be without a second look: anyone but those who
        # only attended.
        eligible = [i for i, m in enumerate(out) if not (met and set(m.evidence) <= attended)]
        # One who only attended is not met under a post that names a body his did not: "رئيس
        # جمهورية الدومينيكان" who opened the event is not "رئيس المديرية الوطنية …" met.
        same = [
            i for i, m in enumerate(out) if i in eligible or _unorganised(c) or not _unorganised(m)
        ]
        target = next((i for i in same if _any_post(out[i], c)), None)
        if target is None and (_reference(c) or _description(c)):
            # Whom the mention refers to: one met first, else one who attended and is met now.
            referred = [i for i, m in enumerate(out) if _refers_to(c, m)]
            target = next(iter([i for i in referred if i in eligible] or referred), None)
        if target is None:
            target = next((i for i, m in enumerate(out) if _surname_read_as_body(c, m)), None)
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


def _any_post(named: Counterpart, c: Counterpart) -> bool:
    """An unnamed mention of the named one's post, or of another post he holds: "سعادة وزير
    الداخلية" after "الشيخ فلان وزير الداخلية قائد قوة الأمن الداخلي"."""
    return any(_same_post(replace(named, post=key), c) for key in (named.post, *named.also))


def _same_post(named: Counterpart, c: Counterpart) -> bool:
    """An unnamed mention of the named one's post: "أما اللقاء مع المدير العام للشرطة الوطنية"
    after "المدير العام للشرطة الوطنية الدومينيكانية، فلان" (its body named again, short)."""
    role = (c.post or "").split("|")[0]
    named_role = (named.post or "").split("|")[0]
    if _modifier(named) != _modifier(c):
        return False  # "نائبة المفوض العام" is not the Commissioner General
    if c.country is None and named.country is not None and _head_noun(c):
        # "وأكد مدير المكتب، في كلمة بالمناسبة" after "مدير المكتب المركزي … السنغالي، فلان":
        # the body said again by its head noun alone, in a later sentence.
        later = min(c.evidence).sentence > min(named.evidence).sentence
        return later and role == named_role and (_unorganised(named) or _same_body(named, c))
    if named.country != c.country:
        return False
    if c.country is None:
        # "مدير الجريمة السيبرانية بالمنظمة" after "مدير الجريمة السيبرانية بالأنتربول": an
        # international post said again without its body, in a later sentence.
        later = min(c.evidence).sentence > min(named.evidence).sentence
        body = _unorganised(c) or _same_body(named, c)
        return later and role == named_role and body and not _unorganised(named)
    # "قائد الدرك السنغالي" in a headline, "القائد الأعلى للدرك الوطني السنغالي، الجنرال فلان"
    # in the body: the generic form of the named one's title, of the same body.
    if named_role != role:
        return bool(role) and named_role.startswith(role + "-") and _same_body(named, c)
    # "القائد العام للشرطة البيروفية" and "القائد العام لهذا الجهاز، الجنرال فلان": the named
    # mention's body is said by a demonstrative, the unnamed one names it.
    return _unorganised(c) or _unorganised(named) or _same_body(named, c)


def _modifier(c: Counterpart) -> str:
    """The role modifier of the post ("نائب", "مساعد"), folded for gender."""
    parts = (c.post or "").split("|")
    if len(parts) < 2 or not parts[0].startswith("role."):
        return ""  # "counterpart|FR": a reference by "نظيره", no modifier
    return parts[1].removesuffix("ة")


def _same_body(named: Counterpart, c: Counterpart) -> bool:
    a, b = named.organisation, c.organisation
    if a is None or b is None:
        return False
    if a.en and a.en == b.en:
        return True
    # "مصلحة الشرطة المالاوية" and "الشرطة المالاوية": the body's head noun said or left out.
    if not (a.ar and b.ar):
        return False
    return a.ar.startswith(b.ar) or _headed(a.ar, b.ar) or _head_again(a.ar, b.ar)


def _head_again(a: str, b: str) -> bool:
    """ "المدير العام للوكالة" after "المدير العام لوكالة التحقيقات الفيدرالية": the body's head
    noun alone, with the article, names it again."""
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return " " not in shorter and shorter.startswith("ال") and longer.split()[0] == shorter[2:]


def _head_noun(c: Counterpart) -> bool:
    """The post's body is a head noun alone, with the article: "المكتب", "الوكالة"."""
    o = c.organisation
    return o is not None and bool(o.ar) and " " not in str(o.ar) and str(o.ar).startswith("ال")


def _headed(a: str, b: str) -> bool:
    """One body's name is the other's with a head noun before it."""
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return longer.endswith(" " + shorter) and len(longer.split()) == len(shorter.split()) + 1


@cache
def generic_roles() -> frozenset[str]:
    """The ids of roles that name anyone of a country ("الوزير", "المسؤول"), no post of his
    own (cues.yaml generic_roles)."""
    return frozenset(str(r) for r in table("cues")["generic_roles"])


def _reference(c: Counterpart) -> bool:
    """A generic role and a country, or "نظيره الفرنسي": someone the article names."""
    generic = generic_roles() | {COUNTERPART}
    role = c.post.split("|")[0] if c.post else ""
    if _modifier(c):
        return False  # "نائبة المفوض العام المكلفة بالتكوين" is the deputy, not him again
    return c.name is None and _unorganised(c) and c.country is not None and role in generic


def _unorganised(c: Counterpart) -> bool:
    """No organisation named: "رئيس جهاز الاستخبارات الأمنية البرتغالي" names one, unknown
    to the glossary (its Arabic kept), and is another post than the Portuguese minister."""
    o = c.organisation
    return o is None or (o.en is None and not o.ar)


def _refers_to(c: Counterpart, named: Counterpart) -> bool:
    """An unnamed mention refers back to a named counterpart of its country, unless both
    stand in one sentence: "مع وزير حماية المواطن اليوناني، و قائد الشرطة اليونانية، فلان"
    lists two people."""
    together = {e.sentence for e in c.evidence} & {e.sentence for e in named.evidence}
    apposed = (c.post or "").startswith(COUNTERPART)  # "نظيره الإسباني، المدير …، فلان"
    # "… فلان، وزير الداخلية …، في إطار الزيارة التي قام بها المسؤول النيجري": an official
    # described after the name is he.
    after = _description(c) and min(c.evidence) > min(named.evidence)
    return named.country == c.country and (apposed or after or not together)


def _by_surname(c: Counterpart, named: Counterpart) -> bool:
    """ "واستعرض الوزير حيدان احتياجات …", "الوزير هب الريح": a generic role and a name the
    glossary lacks that opens with the surname (its last word or words) of a counterpart of
    that country named in full is him again."""
    role = (c.post or "").split("|")[0]
    if c.key.startswith(PERSON) or role not in generic_roles() or not _unorganised(c):
        return False
    words, full = (c.name_ar or "").split(), (named.name_ar or "").split()
    same_country = c.country in (None, named.country)
    # "الوزير هب الريح" after "زياد هب الريح": a surname of two words.
    surname = any(words[:k] == full[-k:] for k in range(1, len(full)))
    return len(full) > 1 and bool(words) and surname and same_country


def _surname_read_as_body(c: Counterpart, named: Counterpart) -> bool:
    """ "الوزير الحجار": a role and one word the glossary lacks, read as a body's name, that
    is the surname of a counterpart of that country named in full is him again."""
    o, full = c.organisation, (named.name_ar or "").split()
    if o is None or o.en is not None or not o.ar or len(o.ar.split()) != 1 or len(full) < 2:
        return False
    return o.ar == full[-1] and c.country in (None, named.country)


def _overread(longer: Counterpart, c: Counterpart) -> bool:
    """ "مباحثات مع الوزير كارلوس نيغرو لمحاصرة …" in a headline, "كارلوس نيغرو" in the body:
    a name the glossary lacks that is another's of the country and a word or two more was
    read on past its end; the shorter is the name."""
    if longer.key.startswith(PERSON) or c.key.startswith(PERSON):
        return False
    words, more = (c.name_ar or "").split(), (longer.name_ar or "").split()
    same = longer.country == c.country and len(words) > 1
    return same and 0 < len(more) - len(words) <= OVERREAD and more[: len(words)] == words


def _description(c: Counterpart) -> bool:
    """ "المسؤولة الأوروبية", "المسؤول الأممي": an official described, not named, is the one
    the article names, of an international body too."""
    return c.name is None and (c.post or "").split("|")[0] == OFFICIAL


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
        name_ar=_fuller(first, second),
        also=tuple(dict.fromkeys((*first.also, *second.also))),
    )


def _fuller(first: Counterpart, second: Counterpart) -> str | None:
    """A person the glossary knows is written as his fullest report: "فهد يوسف سعود الصباح"
    in the lead over "فهد اليوسف" in the headline. Otherwise the first report's (a later one
    read past its end would be longer, "حيدان احتياجات وزارة الداخلية")."""
    known = first.key == second.key and first.key.startswith(PERSON)
    if not known or first.name_ar is None or second.name_ar is None:
        return first.name_ar or second.name_ar
    longer = len(second.name_ar.split()) > len(first.name_ar.split())
    return second.name_ar if longer else first.name_ar
