"""What a place named in a sentence stands for when it is not where the meeting is: the seat
of a party to an agreement, a reference point for another place, an envoy's post (whose
country is the meeting's), or the seat of a body the meeting is at (whose city then is where).
Word lists: data/place_cues.yaml, data/cues.yaml.
"""

from __future__ import annotations

import re
from functools import cache

from briefer.arabic.lexicon import cue, fold_form, folded, words
from briefer.extract.reading import Reading
from briefer.extract.receptions import CLAUSE
from briefer.glossary.entries import Match
from briefer.resources import data_table as table

SEAT_REACH = 5
"""Words from a seat ("مقر") to the body whose city closes it: "مقر القيادة العامة لشرطة"."""


def party_seat(r: Reading, m: Match) -> bool:
    """ "برامج تدريبية مشتركة بين أكاديمية الشرطة الملكية والمعهد الملكي للشرطة في القنيطرة":
    the town of a body among those "بين" lists says where that body is, not the visit."""
    clause = max((p.end() for p in CLAUSE.finditer(r.sentence.text, 0, m.start)), default=0)
    between = list(re.finditer(r"(?<!\w)بين(?!\w)", r.sentence.text[clause : m.start]))
    if not between:
        return False
    start = clause + between[-1].end()
    bodies = r.of_kind("organisation")
    heads = cue("agreements", "organisation_heads").search(
        folded(r.sentence.text[start : m.start]).text
    )
    return heads is not None or any(start <= o.start < m.start for o in bodies)


def reference_point(r: Reading, m: Match) -> bool:
    """ "في الضاحية الغربية للعاصمة باريس", "قرب العاصمة": a city named to place another."""
    return _after(r, m, "reference_points")


def street_name(r: Reading, m: Match) -> bool:
    """ "بحي الرياض بالرباط", "زنقة تونس": a place that names a quarter or a street."""
    before = words(folded(r.sentence.text[: m.start]).text)[-1:]
    return any(cue("place_cues", "street_words").fullmatch(w) for _, _, w in before)


def returned_to(r: Reading, m: Match) -> bool:
    """ "عاد حموشي، المدير العام …، إلى الرباط بعد ثلاثة أيام قضاها في فيجي": the first place
    after "إلى" that follows a word of return (place_cues returns) is home, not the visit."""
    back = cue("place_cues", "returns").search(r.folded)
    if back is None:
        return False
    to = _to().search(r.folded, back.end())
    if to is None:
        return False
    at = r.fold_map.origin[to.end()]
    after = r.sentence.text[at : m.start]
    return m.start >= at and not after.strip() and not m.prefix


@cache
def _to() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){fold_form('إلى')}(?!\w)")


def mission_city(r: Reading, m: Match) -> bool:
    """ "والقائم بأعمال السفارة المغربية في عمّان": where an envoy is posted, which says the
    country of the meeting he attends, not its city."""
    return m.entry.kind == "place" and _after(r, m, "missions")


def suburb_of(r: Reading, m: Match) -> bool:
    """ "بمركز للمعارض بالضاحية الشمالية للعاصمة الفرنسية": a city whose suburbs are where the
    meeting is, which says the country, not the city."""
    return m.entry.kind == "place" and _after(r, m, "suburbs")


def _after(r: Reading, m: Match, key: str) -> bool:
    """One of the words of place_cues key stands within reference_reach words before m."""
    reach = int(table("place_cues")["reference_reach"])
    before = words(folded(r.sentence.text[: m.term_start]).text)[-reach:]
    return any(cue("place_cues", key).fullmatch(w) for _, _, w in before)


def seat_of(r: Reading, m: Match) -> bool:
    """ "في مقر القيادة العامة لشرطة دبي", "بمقر ولاية أمن الدار البيضاء": the city of a body
    whose seat the meeting is at."""
    seat = cue("cues", "seats", proclitics=True)
    tokens = words(folded(r.sentence.text[: m.term_start]).text)[-SEAT_REACH:]
    near = [w for _, _, w in tokens]
    return bool(near) and any(seat.fullmatch(w) for w in near)
