"""The visit's first and last day, read from the whole article.

Which date is the visit's:
1. The first date written in a sentence about the visit (a visit, meeting, talks or event word,
   or the principal named), never in a date line or a background sentence. A range of someone
   else's visit to Morocco gives way to the day the principal received them, when the article
   names that day ("الأربعاء" inside "يومي 16 و17 يوليو").
2. Else the first day named relative to the publication date ("اليوم الثلاثاء", "أمس الأحد",
   "الثلاثاء الماضي") in such a sentence; else a bare weekday ("التقى، الثلاثاء، …"), the
   latest such day on or before the publication date. The publication date alone is never
   the visit's.
Its missing year is completed by extract.year.
A single day is extended to the last by extract.last_day. Word lists: data/calendar.yaml.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from briefer.arabic.dates import DateRange, find_dates, weekday_forms
from briefer.arabic.edtf import add_days, to_date
from briefer.arabic.lexicon import alternation, cue, fold_form, words
from briefer.arabic.relative import RelativeDay, find_relative_days, on_or_before
from briefer.extract.date_choice import earlier_relative
from briefer.extract.dated import (
    LONGEST_VISIT,
    Context,
    Dated,
    began_with_talks,
    folded_at,
    principal_talks_days,
    relative_days,
    talks_with_principal,
    visit_home,
    written_dates,
)
from briefer.extract.facts import Evidence, Named
from briefer.extract.last_day import (
    after_until,
    follows_until,
    last_day,
)
from briefer.extract.published import Publication
from briefer.extract.reading import Reading
from briefer.extract.tense import background, planned_before, recent
from briefer.extract.year import with_year
from briefer.resources import home_country

NEXT_DAY_REACH = 2
"""A reception "the next day" is told at most this many sentences after the arrival."""
ARRIVAL_REACH = 4
"""An arrival word stands at most this many words before its day ("وصل إلى الرباط أمس")."""
WEEK = 7
"""Days a visit begun "since" a weekday may have lasted before the first day named."""
BARE_SPAN = 5
"""Days at most between the bare weekdays of one visit: "بدأها الاثنين" and "يزور … الأربعاء"
in a wire of Tuesday are Monday and Wednesday of one week, not Monday and the Wednesday six
days before."""
STALE_DAYS = 90
"""Days before its publication past which a written date is not the reported visit's."""
ABOUT_CUES = (
    ("cues", "visit"),
    ("cues", "meeting"),
    ("cues", "meetings"),
    ("cues", "meetings_definite"),
    ("cues", "talks"),
    ("cues", "event"),
    ("calendar", "opening"),
    ("calendar", "convening"),
    ("calendar", "closing"),
    ("calendar", "the_visit"),
    # "قالت الوزارة يوم الثلاثاء إن البلدين وقعا مذكرة تفاهم": the signing is the visit's.
    ("agreements", "predicate.sign"),
)


def read_dates(
    readings: list[Reading],
    publication: Publication,
    principal: Named | None,
    reference: date | None,
    evidence: dict[str, tuple[Evidence, ...]],
    host: str | None = None,
) -> tuple[str | None, str | None]:
    """The visit's first and last day as EDTF, with their evidence under "dates"; host, the
    visit's country, tells a reception at home."""
    at_home = host == home_country()
    # Abroad, "وكان حموشي قد حل، أمس الاثنين، بمانيلا": the pluperfect of a day just before
    # the report tells of this visit (at home, of the visitor's arrival), unless it is set in
    # a city of the tour's stop before.
    # "التقى خلالها أيضاً، أول من أمس (الأحد)، وزير الداخلية المغربي عبد الوافي لفتيت": the
    # day of another home official's meeting is not the principal's; nor are the days of
    # what the visit comes after ("وتأتي هذه الزيارة بعد محطة أولى … يومي الاثنين والثلاثاء").
    # At home, "وكان … قد التقى أمس الأربعاء … حموشي" tells the reception itself.
    principal_id = principal.id if principal else None
    about = [
        r
        for r in readings
        if _about(r, principal)
        and (
            not background(r)
            or (_told_before(r, at_home, principal_id) and not _another_stop(r, host))
        )
        and not _another_officials(r, principal_id)
        and not r.has_opening("cues", "after_openers")
    ]
    ctx = Context(
        readings, about, publication, publication.exact or reference, at_home, principal_id
    )
    chosen = earlier_relative(_written(ctx), _relative(ctx), at_home, principal_id)
    if chosen is None:
        return None, None
    chosen = last_day(chosen, ctx)
    chosen = _weekday_pair(chosen, ctx) or chosen
    evidence["dates"] = tuple(sorted(set(chosen.cited)))
    return chosen.range.start, None if chosen.open_ended else chosen.range.end


def _weekday_pair(chosen: Dated, ctx: Context) -> Dated | None:
    """ "زيارة عمل قام بها حموشي إلى كرواتيا يومي الاثنين والثلاثاء", no date written: the
    two days, the second the latest on or before the publication date, when they hold the
    single day found ("اليوم الثلاثاء"); at home, only in the sentence that gave that day."""
    day, published = to_date(chosen.range.start), ctx.publication.exact
    if not chosen.range.single or day is None or published is None:
        return None
    for r in ctx.about:
        if ctx.at_home and r.sentence.index != chosen.reading.sentence.index:
            continue  # at home, another sentence's pair may be the visitor's stay
        for found in _pair_pattern().finditer(r.folded):
            first, second = (weekday_forms()[found.group(k)] for k in ("first", "second"))
            last = on_or_before(published, second)
            start = on_or_before(last, first)
            if day > published and day.weekday() == first:
                # "سيحل يومي الأربعاء والخميس من الأسبوع المقبل": a pair to come, from its day.
                start, last = day, day + timedelta(days=(second - first) % 7)
            if start <= day <= last and start < last:
                cited = (*chosen.cited, r.folded_evidence(found.start(), found.end()))
                span = replace(chosen.range, start=start.isoformat(), end=last.isoformat())
                return Dated(chosen.reading, span, cited)
    return None


@lru_cache(maxsize=1)
def _pair_pattern() -> re.Pattern[str]:
    """ "يومي الاثنين والثلاثاء" with no day of the month after it."""
    days = alternation(weekday_forms())
    return re.compile(rf"(?<!\w)يومي\s+(?P<first>{days})\s+و\s?(?P<second>{days})(?![\s،,]*\d)")


def _told_before(r: Reading, at_home: bool, principal_id: str | None) -> bool:
    """A pluperfect of a recent day tells of this visit abroad; at home, only the talks with
    the principal do (else it is the visitor's arrival: "وكان … قد وصل إلى الرباط أمس"), on
    a recent day or a weekday of the report's week ("قد أجرى، يوم الاثنين، … مباحثات")."""
    if not at_home:
        return recent(r)
    days = find_relative_days(r.sentence.text)
    return talks_with_principal(r, principal_id) and (recent(r) or any(d.bare for d in days))


def _another_stop(r: Reading, host: str | None) -> bool:
    """Abroad, "وكان حموشي قد وقع، أول أمس الثلاثاء بلومي، مذكرة …" in a report from Cotonou:
    a pluperfect set in a city of another country, naming no place of the host's, tells of
    the tour's stop before, not of this visit's days."""
    if host is None or host == home_country():
        return False
    places = r.of_kind("country", "place")
    if any(m.entry.country == host for m in places):
        return False
    return any(
        m.entry.kind == "place" and m.prefix == "ب" and m.entry.country not in (None, host)
        for m in places
    )


def _another_officials(r: Reading, principal_id: str | None) -> bool:
    """A meeting of another official of the home side, the principal unnamed in the sentence:
    "التقى خلالها أيضاً، أول من أمس (الأحد)، وزير الداخلية المغربي عبد الوافي لفتيت"."""
    people = r.of_kind("person")
    if principal_id is None or any(m.entry.id == principal_id for m in people):
        return False
    others = any(m.entry.country == home_country() for m in people)
    return others and r.has("cues", "meeting")


def _about(r: Reading, principal: Named | None) -> bool:
    if any(r.has(name, key) for name, key in ABOUT_CUES) or r.of_kind("event"):
        return True
    return principal is not None and any(m.entry.id == principal.id for m in r.of_kind("person"))


# --- the first day --------------------------------------------------------------------------


def _written(ctx: Context) -> Dated | None:
    """The first written date about the visit, its year completed; a reception's own day."""
    found = [with_year(d, ctx) for d in written_dates(ctx, ctx.about)]
    # "بعد تلك التي أجراها يومي 12 و13 شتنبر 2023": a report tells of a visit of the last
    # weeks or one to come; a day months before its publication is an earlier one.
    limit = stale_before(ctx.publication)
    found = [d for d in found if limit is None or not _written_before(d, limit)]
    found = [d for d in found if not _agreed_to_hold(d)]
    if not found:
        return None
    first = found[0]
    return (
        _reception_day(first, ctx)
        or _received_next_day(first, ctx)
        or _started_before(first, ctx)
        or first
    )


def stale_before(publication: Publication) -> date | None:
    """The day before which a written date tells an earlier event than the one reported:
    STALE_DAYS before the publication, when its day is known."""
    published = publication.exact
    return published - timedelta(days=STALE_DAYS) if published else None


def writes_day_before(r: Reading, limit: date) -> bool:
    """The sentence writes a day, its year given, before limit: "يومي 21 و22 ماي 2025"."""
    days = (to_date(d.start) for d in find_dates(r.sentence.text) if d.year_known)
    return any(day is not None and day < limit for day in days)


def _agreed_to_hold(found: Dated) -> bool:
    """ "اتفق الجانبان على عقد الاجتماع الأول … يومي 27 و28": the date of what the visit
    agreed to hold later, told after the agreement in its sentence."""
    r = found.reading
    agreed = cue("calendar", "agreed_to_hold").search(r.folded)
    return agreed is not None and agreed.end() <= folded_at(r, found.range.begin)


def _written_before(found: Dated, limit: date) -> bool:
    day = to_date(found.range.start)
    return day is not None and day < limit


def _received_next_day(arrival: Dated, ctx: Context) -> Dated | None:
    """ "حل بالمملكة، يوم الأحد 13 يوليوز، وفد …" then "وصبيحة الغد، استقبل حموشي …": at home,
    a reception the next day after the visitor's dated arrival is on that next day."""
    if not ctx.at_home or arrival.reading.has("cues", "reception"):
        return None
    later = (
        ctx.about[ctx.about.index(arrival.reading) + 1 :] if arrival.reading in ctx.about else []
    )
    for r in later[:NEXT_DAY_REACH]:
        found = cue("calendar", "next_day").search(r.folded)
        if found is None or not r.has("cues", "reception"):
            continue
        day = add_days(arrival.range.start, 1)
        if day is None:
            return None
        one = DateRange(day, day, *r.fold_map.source_span(found.start(), found.end()), True)
        return Dated(r, one, (*arrival.cited, r.folded_evidence(found.start(), found.end())))
    return None


def _started_before(until: Dated, ctx: Context) -> Dated | None:
    """ "بدأها اليوم وتستمر حتى 24 تموز": a date after "until" is the last day; the first is
    the relative day the same sentence names before it. Not at home, where such a range is
    the visitor's stay ("ويزور الطرابلسي المغرب منذ الاثنين … حتى الخميس 22 مايو")."""
    if ctx.at_home or not until.range.single or not after_until(until):
        return None
    last = to_date(until.range.end)
    published = ctx.publication.exact
    if last is None or published is None:
        return None
    for rel in find_relative_days(until.reading.sentence.text[: until.range.begin]):
        day = rel.resolve(published)
        if rel.bare:
            # "بدأها الاثنين وتستمر حتى الخميس 17 يوليو": the latest such day before the last.
            day = rel.latest(last)
        if day is not None and 0 <= (last - day).days <= LONGEST_VISIT:
            first = DateRange(day.isoformat(), until.range.end, rel.begin, until.range.finish, True)
            cited = (until.reading.evidence(rel.begin, rel.finish), *ctx.publication.evidence)
            return Dated(until.reading, first, (*cited, *until.cited))
    return None


def _relative(ctx: Context) -> Dated | None:
    """The first day named relative to the publication date in a sentence about the visit;
    failing that, the first bare weekday of a sentence that plans nothing, as the latest such
    day on or before the publication date."""
    # The earliest day named: "وصل أمس" before "استقبله اليوم", whichever is told first.
    # "حتى مساء أمس": a day something lasted until is not the first.
    resolved = [
        (day, r, rel)
        for r, rel, day in relative_days(ctx)
        if day is not None and not follows_until(r, rel.begin)
    ]
    if ctx.at_home:
        # At home the visitor's arrival ("وكان … قد وصل إلى الرباط أمس") is not the day the
        # principal received him, nor is the principal's own tour ("منذ أمس"): the day of the
        # reception comes first, then any day that is not an arrival.
        received = [found for found in resolved if found[1].has("cues", "reception")]
        met = [found for found in resolved if not _arrival(found[1], found[2], "departure")]
        began = began_with_talks(ctx)
        resolved = began or received or _talks_not_stay(resolved, ctx) or met or resolved
    elif resolved:
        resolved += _since_weekday(ctx, min(day for day, _, _ in resolved))
    if resolved:
        day, r, rel = min(resolved, key=lambda found: found[0])
        return _on(r, rel, day.isoformat(), ctx)
    for r, rel, _ in relative_days(ctx):
        if rel.offset == 0 and ctx.publication.day:
            # "اليوم" in a wire whose dateline gives no year: the day, year unknown.
            return _on(r, rel, ctx.publication.day, ctx)
    published = ctx.publication.exact
    bare = []
    for r, rel, _ in relative_days(ctx):
        latest = rel.latest(published) if published else None
        # "الزيارة تستمر حتى الخميس": a last day, not the first.
        if (
            latest is not None
            and not planned_before(r, rel.begin)
            and not follows_until(r, rel.begin)
        ):
            bare.append((latest, r, rel))
    if not bare:
        return None
    # Abroad, "وقعت … الأربعاء" told before "وبدأ حموشي زيارته الثلاثاء": the earliest day of
    # those close to the latest (a weekday to come reads as last week's). At home the first
    # told: a later one is the visitor's stay ("ويزور … المغرب منذ الاثنين").
    last = max(found[0] for found in bare)
    close = [found for found in bare if (last - found[0]).days < BARE_SPAN]
    day, r, rel = bare[0] if ctx.at_home else min(close, key=lambda found: found[0])
    return _on(r, rel, day.isoformat(), ctx)


def _talks_not_stay(
    resolved: list[tuple[date, Reading, RelativeDay]], ctx: Context
) -> list[tuple[date, Reading, RelativeDay]]:
    """At home, when no day found is told with the principal ("اختتم … اليوم الأربعاء زيارة
    عمل إلى المملكة المغربية", a visitor's wire), the days of the talks with him ("وكان … قد
    أجرى، يوم الاثنين، … مباحثات مع … حموشي")."""
    if not resolved or any(talks_with_principal(r, ctx.principal_id) for _, r, _ in resolved):
        return []
    return principal_talks_days(ctx)


def _since_weekday(ctx: Context, first: date) -> list[tuple[date, Reading, RelativeDay]]:
    """Abroad, "الذي يقوم منذ الأحد بزيارة عمل", "الذي بدأ الأحد زيارة رسمية" or "وصل إلى
    الدوحة مساء الأحد" after "استقبل أمس الاثنين": the visit began on the latest such
    weekday on or before the first day named."""
    out = []
    for r, rel, day in relative_days(ctx):
        before = [w for _, _, w in words(r.folded[: folded_at(r, rel.begin)])]
        # "والذي انطلقت أعماله يوم الجمعة": the opening word, then what opened, then "يوم".
        if before and before[-1] == fold_form("يوم"):
            before.pop()
        if len(before) > 1 and cue("calendar", "proceedings").fullmatch(before[-1]):
            before.pop()
        word = before[-1] if before else ""
        since = any(
            cue(*key).fullmatch(word) for key in (("cues", "since"), ("calendar", "opening"))
        )
        # "وكان … قد وصل إلى الدوحة مساء الأحد": the visitor arrived on that weekday.
        since = since or _arrival(r, rel)
        latest = rel.latest(first) if day is None and since else None
        if latest is not None and 0 < (first - latest).days < WEEK:
            out.append((latest, r, rel))
    return out


def _arrival(r: Reading, rel: RelativeDay, *also: str) -> bool:
    """ "قد وصل إلى الرباط أمس", "وصل إلى المملكة المغربية يوم الأربعاء الماضي": the day
    follows an arrival word, a place (of any length) at most between; "الزيارة … التي بدأها
    أمس": the day the visitor's stay began. also: more cue lists, as "departure" ("غادر جوبا
    يوم الأحد")."""
    places = [(m.start, m.end) for m in r.of_kind("country", "place")]
    before = [
        w
        for s, _, w in words(r.folded[: folded_at(r, rel.begin)])
        if not any(a <= r.fold_map.origin[s] < b for a, b in places)
    ]
    keys = [("cues", "arrival"), ("cues", "stay_start"), *(("cues", key) for key in also)]
    words_of = [cue(*key) for key in keys]
    return any(c.fullmatch(w) for c in words_of for w in before[-ARRIVAL_REACH:])


def _on(r: Reading, rel: RelativeDay, day: str, ctx: Context) -> Dated:
    """The one day a relative phrase names, cited with the publication date it counts from."""
    one = DateRange(day, day, rel.begin, rel.finish, not day.startswith("X"))
    return Dated(r, one, (r.evidence(rel.begin, rel.finish), *ctx.publication.evidence))


def _reception_day(chosen: Dated, ctx: Context) -> Dated | None:
    """Within the range of someone's visit to Morocco, the day the principal met them."""
    first, last = to_date(chosen.range.start), to_date(chosen.range.end)
    if first is None or last is None or first == last:
        return None
    stay = _visitor_stay(chosen) if ctx.at_home else None
    if not visit_home(chosen.reading) and stay is None:
        return None
    for r in ctx.about:
        if (r is chosen.reading and stay is None) or (r is not chosen.reading and visit_home(r)):
            continue
        # In the range's own sentence, only days said before the visitor's stay.
        limit = stay if r is chosen.reading and stay is not None else len(r.sentence.text)
        for begin, finish, day in _days_in(r, first, last, ctx):
            if begin >= limit:
                continue
            mark = "?" if chosen.range.start.endswith("?") else ""
            edtf = day.isoformat() + mark
            one = DateRange(edtf, edtf, begin, finish, True)
            return Dated(r, one, (*chosen.cited, r.evidence(begin, finish)))
    return None


def _visitor_stay(chosen: Dated) -> int | None:
    """Where "الذي يقوم بزيارة" opens the visitor's stay that the range dates, if it does."""
    r = chosen.reading
    found = [m for m in cue("cues", "visitor_stay").finditer(r.folded)]
    before = [m for m in found if r.fold_map.origin[m.start()] < chosen.range.begin]
    return r.fold_map.origin[before[-1].start()] if before else None


def _days_in(r: Reading, first: date, last: date, ctx: Context) -> Iterator[tuple[int, int, date]]:
    """Days the sentence names inside [first, last]: written, relative, or a bare weekday."""
    for d in find_dates(r.sentence.text, first.year):
        day = to_date(d.start)
        if d.single and day is not None and first <= day <= last:
            yield d.begin, d.finish, day
    published = ctx.publication.exact
    for rel in find_relative_days(r.sentence.text):
        if rel.bare:
            fits = [to_date(add_days(first.isoformat(), i) or "") for i in _span(first, last)]
            matching = [d for d in fits if d is not None and d.weekday() == rel.weekday]
            if len(matching) == 1:
                yield rel.begin, rel.finish, matching[0]
        elif published is not None:
            day = rel.resolve(published)
            if day is not None and first <= day <= last:
                yield rel.begin, rel.finish, day


def _span(first: date, last: date) -> range:
    return range((last - first).days + 1)
