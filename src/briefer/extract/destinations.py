"""Where a visit goes: the place right after a visit or arrival word and a destination word
("زيارة عمل إلى فرنسا", "حل بالدوحة"), or the country "هذا البلد" points back to; and the
journey's places that are not where the visit is (the way in, the landing before a road). Word
lists: data/cues.yaml (visit, destination, visit_objects, facilities, state_words, overland,
landing, moved_on),
data/place_cues.yaml (region_words).
"""

from __future__ import annotations

from collections.abc import Sequence

from briefer.arabic.lexicon import cue, folded
from briefer.extract.reading import Reading
from briefer.glossary.entries import Match
from briefer.resources import home_country

HOME = home_country()
VENUE_NAME = 2
"""Words a venue's own name has at most between its head and the city ("مركز أدنيك أبوظبي")."""


def destinations_of(r: Reading, where: Sequence[Match]) -> list[Match]:
    """Places (of where, the sentence's) right after a destination word that follows a visit
    or arrival word."""
    visit = cue("cues", "visit").search(r.folded)
    if visit is None:
        return []
    at = r.fold_map.origin[visit.start()]
    also = cue("place_cues", "also_words", proclitics=False)
    out = []
    for m in where:
        if m.start < at:
            continue
        before = past_facility(folded(r.sentence.text[max(0, m.start - 20) : m.start]).text.split())
        last = before[-1] if before else ""
        # The article, or what reads as one ("ألمانيا"), is no preposition: "يقود وفد
        # المغرب" names the delegation's country, not where it goes.
        preposition = m.prefix.removesuffix("ال")
        if also.fullmatch(before[-2] if len(before) > 1 else ""):
            continue  # "تقوده أيضا إلى الدار البيضاء": another stop of the visit
        if preposition.endswith(("ل", "ب")) or _is_destination(last) or _visited(last, m):
            out.append(m)
    return out[:1]


def this_country(r: Reading) -> list[Match]:
    """ "مباحثات مع وزير الداخلية في جمهورية الجبل الأسود، …، في إطار زيارة عمل إلى هذا
    البلد": the country a visit goes to, named earlier in the sentence."""
    visit = cue("cues", "visit").search(r.folded)
    this = cue("cues", "this_country").search(r.folded, visit.end()) if visit else None
    if this is None:
        return []
    at = r.fold_map.origin[this.start()]
    named = [m for m in r.of_kind("country", "demonym") if m.end <= at]
    return named[-1:] if named and named[-1].entry.country != HOME else []


def past_facility(before: list[str]) -> list[str]:
    """The words before a place, without the facility or venue it names and the venue's own
    name ("ميناء أنتويرب", "في مركز أدنيك أبوظبي"; "بمركز" keeps its "ب", a location word) or
    the region words that place it ("في ولاية أنطاليا", "في وسط شرق فرنسا"), or the state's
    word ("إلى إمارة موناكو")."""
    facility = cue("cues", "facilities")
    for k in range(len(before) - 1, max(-1, len(before) - 2 - VENUE_NAME), -1):
        if facility.fullmatch(before[k]):
            return before[: k + 1] if before[k].startswith("ب") else before[:k]
    region = cue("place_cues", "region_words", proclitics=False)
    while len(before) > 1 and region.fullmatch(before[-1]):
        before = before[:-1]
    # "زيارة عمل إلى إمارة موناكو": the state's word, unless a preposition is joined to it.
    state = cue("cues", "state_words", proclitics=False)
    if len(before) > 1 and state.fullmatch(before[-1]):
        before = before[:-1]
    return before


def _visited(word: str, m: Match) -> bool:
    """ "يزور سلطنة عُمان": the place is the object of a visit verb."""
    bare = not m.prefix.removesuffix("ال")
    return bare and cue("cues", "visit_objects").fullmatch(word) is not None


def _is_destination(word: str) -> bool:
    return cue("cues", "destination").fullmatch(word) is not None


def on_by_road(r: Reading) -> int | None:
    """Where the next stop's words start when they tell a journey by road on from the landing
    ("بمطار ميونيخ، قبل أن ينتقل برا إلى مدينة نورنبرغ") and a city follows them: the visit
    is after them."""
    found = cue("cues", "next_stop").search(r.folded)
    if found is None or not r.has("cues", "overland"):
        return None
    at = r.fold_map.origin[found.start()]
    after = [m for m in r.of_kind("place") if m.start >= at and m.entry.country]
    return at if after else None


def landed_then_moved_on(r: Reading) -> tuple[int, int] | None:
    """Where the words of a landing start and those of a move on after it ("بمطار سخيبول
    بأمستردام، قبل أن يتوجه مباشرة إلى مقر القيادة …"): a city named between them is only
    where the principal landed."""
    landing = cue("cues", "landing").search(r.folded)
    moved = cue("cues", "moved_on").search(r.folded, landing.end()) if landing else None
    if landing is None or moved is None:
        return None
    return r.fold_map.origin[landing.start()], r.fold_map.origin[moved.start()]


def landed_cities(r: Reading) -> list[Match]:
    """The cities the principal only landed in (landed_then_moved_on), read once a sentence."""
    landed = landed_then_moved_on(r)
    if landed is None:
        return []
    return [m for m in r.of_kind("place") if landed[0] <= m.start < landed[1]]


def on_the_way(r: Reading, m: Match) -> bool:
    """ "الذي حل بالمدينة … قادما من العاصمة موروني عبر رحلة ربطته بأديس أبابا ثم الدار
    البيضاء": the places of the journey, up to the comma or full stop that ends it, are not
    where the visit is."""
    return r.in_cued_clause("cues", "arrived_from", m.start)
