"""Which sentences report the visit, and which are background (or the writer's questions).

An article about a visit also tells of the principal's record, earlier visits, the two
countries' relations and other news. People named there are not counterparts and the topics
there are not the visit's. The cue lists are data (data/cues.yaml: background_openers,
background_phrases, visit_anchors); a year before the visit's marks a sentence as background
too ("وكان حموشي قد وشح سنة 2011"), unless the sentence reports a meeting.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from briefer.arabic.dates import month_forms
from briefer.arabic.lexicon import alternation, cue, fold_form, forms
from briefer.extract.reading import Reading
from briefer.extract.tense import background as told_earlier
from briefer.extract.tense import earlier_cue, opens_relative_clause, pluperfect, recent
from briefer.resources import data_table

YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
CLAUSE_END = re.compile(r"\.\.|[،,؛;:]")
EARLIER_REACH = 5
"""Words after a visit anchor in which "في وقت سابق" makes that visit an earlier one."""


RELATIVE_REACH = 8
"""Words a relative clause may run before the background phrase it holds: "…، دومينغوس
كينتاش نيتو، الذي قدم عرضا حول عمليات حجز نفذها الجهاز خلال الأشهر الأخيرة"."""


def background(readings: Sequence[Reading], visit_year: int | None) -> frozenset[int]:
    """The indices of the sentences that are background, not the visit.

    A sentence that carries on the one before ("وأشارت إلى أن …", "It noted that …":
    continuation_openers) is background when that one quotes commentators or the press
    (commentary_openers, or a commentator as subject): a newspaper quoted on the principal's
    record goes on being quoted.
    """
    found: set[int] = set()
    quoting = False
    for r in readings:
        carried = quoting and r.has_opening("cues", "continuation_openers")
        quoting = carried or _commentary(r)
        if carried or _is_background(r, visit_year):
            found.add(r.sentence.index)
    return frozenset(found)


def comes_after(r: Reading) -> bool:
    """ "وتأتي هذه الزيارة أسابيع قليلة بعد إعلان الرئيس …": the visit comes a while after
    something else, within a few words of the sentence's opening (cues.yaml comes_after)."""
    data = data_table("cues")["comes_after"]
    opening = [fold_form(w) for w in re.findall(r"\w+", r.folded)]
    lead = {fold_form(str(w)) for w in data["lead"]}
    opening = (opening[1:] if opening[:1] and opening[0] in lead else opening)[: int(data["reach"])]
    verbs = {fold_form(str(v)) for v in data["verbs"]}
    after = {fold_form(str(w)) for w in data["after"]}
    return bool(opening) and opening[0] in verbs and any(w in after for w in opening[1:])


def _commentary(r: Reading) -> bool:
    """Commentators or the press quoted: "ويرى خبراء …" (commentary_openers), or a verb of
    saying whose subject is a commentator: "ويرى الباحث المغربي …", "وقال الخبير الأمني …"."""
    opening = r.folded.lstrip()
    return r.has_opening("cues", "commentary_openers") or bool(_commentator().match(opening))


@cache
def _commentator() -> re.Pattern[str]:
    verbs = alternation(forms("cues", "commentary_verbs"))
    people = alternation(forms("cues", "commentators"))
    return re.compile(rf"[وف]?(?:{verbs})\s+(?:ال)?(?:{people})(?!\w)")


def background_clause(r: Reading) -> int:
    """Where a background clause starts in the folded sentence ("في وقت يعتبر فيه المغرب …",
    "at a time when Morocco is regarded as …"): what follows tells of the country's record,
    not the visit. The sentence's length when it has none."""
    found = [m.start() for p in _clauses() for m in [p.search(r.folded)] if m]
    return min(found, default=len(r.folded))


def earlier_visit_clause(r: Reading) -> int | None:
    """ "بعد زيارة نظيره الإستوني للرباط.. حموشي يوقع في تالين": where the clause that opens
    the sentence on an earlier visit ends (cues after_visit_openers); None when the sentence
    does not open so, or a word of length follows ("بعد زيارة دامت يومين": the visit itself)."""
    text = r.folded.lstrip()
    opening = cue("cues", "after_visit_openers").match(text)
    if opening is None:
        return None
    next_words = " ".join(text[opening.end() :].split()[:3])
    if cue("calendar", "duration_words").search(next_words) is not None:
        return None
    at = len(r.folded) - len(text) + opening.end()
    stop = CLAUSE_END.search(r.folded, at)
    return r.fold_map.origin[stop.start()] if stop else len(r.sentence.text)


@cache
def _clauses() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(str(p)) for p in data_table("cues")["background_clauses"])


def _is_background(r: Reading, visit_year: int | None) -> bool:
    if r.sentence.text.rstrip(" .»”\"'").endswith(("؟", "?")):
        # The writer's question ("هل يمكن …؟", "Could …?") reports nothing.
        return True
    if r.has_opening("cues", "after_openers") or comes_after(r):
        return True
    # "في وقت سابق اليوم" (earlier today) and "في سياق متصل" (a related item) are the visit's.
    today = [m.span() for m in cue("calendar", "earlier_today").finditer(r.folded)]
    today += [m.span() for m in cue("cues", "related_connectives").finditer(r.folded)]
    # "…، إنريكي رييرا، الذي سبق له أن حل بالرباط": a phrase of a clause that qualifies
    # someone named tells his record, not the sentence's.
    # "أكدت قائدتها …، مشيرة إلى أن التبادل "مكن خلال السنوات الأخيرة من …"": what someone
    # said in the meeting, quoted, tells his record, not the sentence's.
    phrases = [
        m.span()
        for m in cue("cues", "background_phrases").finditer(r.folded)
        if not any(a <= m.start() and m.end() <= b for a, b in today)
        and not opens_relative_clause(r.folded[: m.start()], RELATIVE_REACH)
        and not r.quoted_at(r.fold_map.origin[m.start()])
    ]
    # "وكان وزير الداخلية … قد التقى حموشي في الرباط في أكتوبر 2025، حيث اتفق الجانبان …":
    # a pluperfect dated in an earlier year tells of that meeting, whoever its two sides are.
    # "وكان حموشي قد أجرى، خلال زيارات سابقة إلى إسبانيا، مباحثات …": so does one with a word
    # of its own for earlier, though no year is written.
    if (
        pluperfect(r)
        and (earlier_cue(r) or (told_earlier(r) and earlier_year(r, visit_year)))
        and not recent(r)
    ):
        return True
    # "خلال الزيارة المقبلة" (during the coming visit) anchors nothing: the anchor is inside
    # a background phrase.
    anchors = [
        m
        for m in cue("cues", "visit_anchors").finditer(r.folded)
        if not any(a < m.end() and m.start() < b for a, b in phrases)
        and not _earlier_visit(r, m.end())
    ]
    if anchors:
        return False
    if r.has_opening("cues", "background_openers") or _commentary(r):
        return True
    first = min((a for a, _ in phrases), default=len(r.folded))
    # "استقبل … الوزير …، حيث نوه بالتنسيق …، والذي مكن في السنوات الأخيرة من حجز …": the
    # phrase qualifies a relative clause after the meeting reported, not the meeting.
    qualifying = _in_relative_clause(r, first) and not pluperfect(r)
    if phrases and not qualifying and (told_earlier(r) or not _reported_first(r, first)):
        return True
    meeting = r.has("cues", "reception") or r.has("cues", "activity") or r.has("cues", "meeting")
    earlier = earlier_year(r, visit_year)
    if told_earlier(r) and not meeting and not recent(r):
        # "وكانت المديرية قد كشفت، في حصيلتها السنوية، عن تفكيك …": the pluperfect tells of
        # what came before the visit.
        return True
    if (earlier or past_month(r) or r.has("calendar", "past_weeks")) and told_earlier(r):
        # "وكان 120 إطارا … قد استفادوا، في يونيو الماضي، من دورة …", "وكان … قد استقبل
        # حموشي، الأسبوع الماضي، بمدينة فيغو": a dated pluperfect.
        return True
    if _dated_earlier_first(r, visit_year):
        return True
    # "تعززت بالزيارة التي قام بها وزير الدفاع الهندي … إلى المغرب في شتنبر الماضي": a visit
    # told in passing, in a month gone by or an earlier year.
    return (earlier and not meeting) or (
        (earlier or past_month(r)) and r.has("cues", "past_visits")
    )


def _earlier_visit(r: Reading, end: int) -> bool:
    """ "خلال زيارته للمغرب في وقت سابق": the visit the anchor names is an earlier one."""
    after = " ".join(r.folded[end:].split()[:EARLIER_REACH])
    return cue("cues", "earlier_visit").search(after) is not None


def _reported_first(r: Reading, at: int) -> bool:
    """ "كما أجرى حموشي مباحثات مع …، همت برامج التكوين … الذي يحتضنه المغرب منذ سنة 2021":
    the sentence reports a meeting before the background phrase, which qualifies it."""
    first = _first_meeting(r)
    return first is not None and first < at


def _in_relative_clause(r: Reading, at: int) -> bool:
    """A relative pronoun ("الذي", "والتي") stands between the meeting the sentence reports
    first and folded offset at."""
    first = _first_meeting(r)
    if first is None or first >= at:
        return False
    relative = cue("cues", "relative_pronouns").finditer(r.folded)
    return any(first < m.start() < at for m in relative)


def _first_meeting(r: Reading) -> int | None:
    """The folded offset of the sentence's first reception, activity or meeting word."""
    keys = ("reception", "activity", "meeting")
    found = [m.start() for key in keys for m in cue("cues", key).finditer(r.folded)]
    return min(found, default=None)


def past_month(r: Reading) -> bool:
    """ "في يونيو الماضي": a month of the past."""
    return _past_month_pattern().search(r.folded) is not None


@cache
def _past_month_pattern() -> re.Pattern[str]:
    months = alternation(month_forms())
    past = alternation(fold_form(w) for w in forms("calendar", "past_month"))
    return re.compile(rf"(?<!\w)(?:{months})\s+(?:{past})(?!\w)")


def _dated_earlier_first(r: Reading, visit_year: int | None) -> bool:
    """ "ولم تبدأ مؤشرات الانفراج إلا في نونبر 2017، حين التقى الملك …": a month of an earlier
    year dates the meeting that follows it. A meeting told first ("استقبل حموشي … في إطار
    اتفاقية يونيو 2019") or a relative clause before the date ("…، الذي زار المغرب في نونبر
    2017") keeps the sentence the visit's."""
    if visit_year is None:
        return False
    first = _first_meeting(r)
    dated = _month_year().search(r.folded)
    if first is None or dated is None or int(dated.group("year")) >= visit_year:
        return False
    return dated.start() < first and not opens_relative_clause(r.folded[: dated.start()])


@cache
def _month_year() -> re.Pattern[str]:
    months = alternation(month_forms())
    return re.compile(rf"(?<!\w)(?:{months})\s+(?P<year>(?:19|20)\d\d)(?!\d)")


def earlier_year(r: Reading, visit_year: int | None) -> bool:
    """A year before the visit's: "سنة 2019", "في نونبر 2020"."""
    if visit_year is None:
        return False
    return any(int(y) < visit_year for y in YEAR.findall(r.folded))
