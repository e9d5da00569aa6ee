"""When a sentence speaks: of earlier events (background) or of plans, rather than the visit.

Background sentences ("وكان حموشي قد زار في العام الماضي …") give neither the visit's dates
nor its meetings; planned ones ("من المرتقب أن يجري مباحثات") report no meeting held. The
words are in data/calendar.yaml (earlier, pluperfect) and data/cues.yaml (planned).
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefer.arabic.lexicon import cue, fold_form, forms, words
from briefer.arabic.relative import find_relative_days
from briefer.documents import Block
from briefer.extract.reading import Reading
from briefer.resources import data_table as table

# How many days before the report a pluperfect may tell of and still be this visit's.
RECENT_DAYS = 2


def background(r: Reading) -> bool:
    """The sentence tells of earlier events: an "earlier" cue, or the pluperfect (كان … قد)
    when the sentence does not speak of this visit."""
    if r.has("calendar", "earlier_today"):
        return False
    if _told_earlier(r):
        return True
    return _pluperfect(r.folded) and not r.has("calendar", "this_visit") and not _ongoing(r)


def earlier_cue(r: Reading) -> bool:
    """An "earlier" cue of the sentence itself ("خلال زيارات سابقة"), not "earlier today"."""
    return not r.has("calendar", "earlier_today") and _told_earlier(r)


def _told_earlier(r: Reading) -> bool:
    """An "earlier" cue of the sentence itself: not one in a relative clause that qualifies
    someone named ("بدعوة من وزير الداخلية، إنريكي رييرا، الذي سبق له أن حل بالرباط"), nor
    one inside what someone is quoted saying ("أكدت أن التبادل "مكن خلال السنوات الأخيرة"")."""
    found = [m.start() for m in cue("calendar", "earlier").finditer(r.folded)]
    found += [m.start() for m in HAD_BEFORE.finditer(r.folded)]
    return any(
        not opens_relative_clause(r.folded[:at])
        and not _since(r.folded[:at])
        and not r.quoted_at(r.fold_map.origin[at])
        for at in found
    )


def _since(before: str) -> bool:
    """ "في أول لقاء يجمع الوزيرين منذ تعيين هذا الأخير … في وقت سابق من الشهر": the cue dates
    what "منذ" (since) counts from, in its clause, not the sentence's event."""
    clause = re.split(r"[،,]", before)[-1]
    return re.search(r"(?<!\w)منذ(?!\w)", clause) is not None


# "سبق للمديرية العامة للأمن الوطني أن فتحت": "سبق", "ل" and who (commas and all: "سبق لوزير
# الداخلية السابق، فلان، أن زار"), then "أن" (folded "ان").
HAD_BEFORE = re.compile(r"(?<!\w)و?سبق\s+ل\w+(?:[\s،,]+\w+){0,5}?[\s،,]+ان(?!\w)")


def opens_relative_clause(before: str, reach: int = 2) -> bool:
    """The folded text before a cue ends with a relative pronoun after a comma, at most reach
    words between ("، الذي سبق له"): the cue is that clause's."""
    return re.search(rf"[،,]\s*(?:الذي|التي|الذين)(?:\s+\w+){{0,{reach}}}\s*$", before) is not None


def recent(r: Reading) -> bool:
    """ "وكان حموشي قد حل امس الاثنين بمانيلا، حيث اجرى مباحثات": a day just before the
    report (today, yesterday, the day before) is named: what the pluperfect tells of is this
    visit's (its talks were held)."""
    return any(
        rel.offset is not None and -RECENT_DAYS <= rel.offset <= 0
        for rel in find_relative_days(r.sentence.text)
    )


def _ongoing(r: Reading) -> bool:
    """ "وكان حموشي قد وصل أمس في زيارة تستغرق ثلاثة أيام": a visit that still lasts (a
    duration in the present tense) is this one, told in the pluperfect."""
    return r.has("calendar", "ongoing_duration") and r.has("cues", "visit")


APPOSITION = re.compile(r"[،,][^،,.]*[،,]")
"""A chunk between two commas: an apposition the pluperfect's words do not count."""


def pluperfect(r: Reading) -> bool:
    """The sentence is in the pluperfect ("وكان المغرب قد احتضن")."""
    return _pluperfect(r.folded)


def planned(r: Reading) -> bool:
    """The sentence tells of what is expected to happen."""
    return r.has("cues", "planned")


def planned_from(r: Reading) -> int | None:
    """The article offset where the sentence starts telling of what is planned, if it does."""
    found = cue("cues", "planned").search(r.folded)
    return None if found is None else r.folded_evidence(found.start(), found.end()).start


def announced(readings: list[Reading], principal_id: str | None) -> bool:
    """The article announces the visit: its first body sentence naming the principal and a
    visit tells it as planned ("يرتقب أن يحل عبد اللطيف حموشي، منتصف الشهر المقبل،
    بأولان باتور"), so the talks its programme names are not held yet."""
    for r in readings:
        if r.block is not Block.BODY:
            continue
        if not any(m.entry.id == principal_id for m in r.of_kind("person")):
            continue
        visit = cue("cues", "visit").search(r.folded)
        if visit is not None:
            return planned_before(r, r.fold_map.origin[visit.start()])
    return False


def planned_before(r: Reading, at: int) -> bool:
    """What the sentence says at offset at is planned: a planned cue stands before it ("ووصل
    حموشي مساء الاثنين، … ومن المقرر أن يختتمها الأربعاء" plans the Wednesday, not the
    Monday)."""
    found = cue("cues", "planned").search(r.folded)
    return found is not None and r.fold_map.origin[found.start()] < at


def _pluperfect(text: str) -> bool:
    """ "وكان المغرب قد احتضن": a form of كان, then قد within a few words, not counting those
    of an apposition between commas ("وكان الشيخ فلان، نائب رئيس مجلس الوزراء وزير
    الداخلية، قد افتتح")."""
    auxiliaries, particle, reach = _pluperfect_words()
    for told in (text, APPOSITION.sub(" ", text)):
        tokens = [w for _, _, w in words(told)]
        for i, token in enumerate(tokens):
            if token in auxiliaries and particle in tokens[i + 1 : i + 1 + reach]:
                return True
    return False


@lru_cache(maxsize=1)
def _pluperfect_words() -> tuple[frozenset[str], str, int]:
    calendar = table("calendar")
    return (
        frozenset(fold_form(f) for f in forms("calendar", "pluperfect")),
        fold_form(calendar["pluperfect_particle"]),
        int(calendar["pluperfect_reach"]),
    )
