"""Which of the written date and the first relative day is the visit's: "أمس الخميس" of the
talks told before "البطولة التي تنطلق يوم 21 دجنبر" of another event is the day; a range the
visit is said to have covered, told after another event's "أمس", is the visit's."""

from __future__ import annotations

from briefer.arabic.edtf import to_date
from briefer.arabic.lexicon import cue, fold_form, words
from briefer.extract.dated import LONGEST_VISIT, Dated, folded_at
from briefer.extract.last_day import after_closing, after_until


def earlier_relative(
    written: Dated | None,
    relative: Dated | None,
    at_home: bool = False,
    principal_id: str | None = None,
) -> Dated | None:
    """The written date, unless a relative day said earlier names a day outside it: "أمس
    الخميس" of the talks before "البطولة التي تنطلق يوم 21 دجنبر" of another event. At home,
    a reception's day said earlier within a visitor's written programme ("استقبل … اليوم
    الخميس" before "زيارة المسؤول البرازيلي، التي تمتد من 5 إلى 8 نونبر") is the day."""
    if written is None or relative is None:
        return written or relative
    day = to_date(relative.range.start)
    first, last = to_date(written.range.start), to_date(written.range.end)
    earlier = relative.reading.sentence.index < written.reading.sentence.index
    if at_home and earlier and first != last and relative.reading.has("cues", "reception"):
        return relative
    # "زار الوزير، اليوم، مقر المديرية …، في إطار الزيارة … التي بدأها أمس وتستمر حتى 27
    # تشرين الثاني": at home, the day told before the visitor's "until" in its sentence.
    same = relative.reading.sentence.index == written.reading.sentence.index
    if at_home and same and relative.range.begin < written.range.begin and after_until(written):
        return relative
    said_before = earlier or (same and relative.range.begin < written.range.begin)
    # A month to come ("11 يونيو المقبل") is placed by the publication alone, as a date of no
    # known year would be: neither outweighs a day told before it.
    unsure = first is None or last is None or written.range.qualifier == "next"
    if day is not None and unsure and said_before:
        # "اختتم … أمس الجمعة" said before a date of no known year ("23 دجنبر" of a plan),
        # in the sentence before or in its own ("بدأها الثلاثاء … التي تنطلق في 11 يونيو").
        return relative
    if day is None or first is None or last is None or first <= day <= last:
        return written
    # "اختتمت، أمس الخميس، أشغال الاجتماع" before "وكانت أشغاله قد انطلقت يوم الثلاثاء 26
    # ماي": the day it closed is its last, the written day its first.
    opened = written.reading.has("calendar", "opening")
    if opened and after_closing(relative) and 0 < (day - last).days <= LONGEST_VISIT:
        return written
    # Abroad, "الزيارة … التي بدأها أمس الاثنين" after the talks' dated day: the visit began
    # on that day, at most a visit's length before.
    if not at_home and _stay_began(relative) and 0 < (first - day).days <= LONGEST_VISIT:
        return relative
    # "ترأس، أمس الاثنين، الجلسة الافتتاحية …، والتي احتضنتها ست مدن ما بين 21 دجنبر و18
    # يناير": a day told before a range in its sentence, outside it, is not in what it names.
    before = same and relative.range.begin < written.range.begin and first != last
    if before and _principal_between(relative, written, principal_id):
        # "التحق، أمس الاثنين، أول فوج …، تفعيلا لما اتفق عليه خلال الزيارة التي قام بها
        # حموشي …، ما بين الاثنين 10 والأربعاء 12 فبراير": another's day, then the visit's.
        return written
    return relative if earlier or before else written


def _principal_between(relative: Dated, written: Dated, principal_id: str | None) -> bool:
    """The principal is named between the relative day and the range, not before the day."""
    named = [m.start for m in relative.reading.of_kind("person") if m.entry.id == principal_id]
    between = relative.range.finish <= min(named, default=-1) < written.range.begin
    return principal_id is not None and between


def _stay_began(found: Dated) -> bool:
    """ "التي بدأها أمس الاثنين": the day right after a word saying the stay began."""
    r = found.reading
    before = words(r.folded[: folded_at(r, found.range.begin)])
    # "كان قد بدأها يوم الخميس الماضي": "يوم" between the word and the day.
    before = before[:-1] if before and before[-1][2] == fold_form("يوم") else before
    return bool(before) and cue("cues", "stay_start").fullmatch(before[-1][2]) is not None
