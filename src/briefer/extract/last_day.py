"""The visit's last day, once its first is known: a closing date or day, a duration bound to
the visit (counted back from a closing day), or none when the text says the length is not
known. Word lists: data/calendar.yaml.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from functools import cache

from briefer.arabic.dates import find_dates, weekday_forms
from briefer.arabic.edtf import add_days, to_date
from briefer.arabic.lexicon import alternation, cue, fold_form, words
from briefer.arabic.numbers import find_numbers
from briefer.arabic.relative import RelativeDay, find_relative_days, relative_forms
from briefer.extract.dated import (
    LONGEST_VISIT,
    Context,
    Dated,
    folded_at,
    visit_home,
    written_dates,
)
from briefer.extract.posts import read_posts
from briefer.extract.reading import Reading
from briefer.extract.tense import background as told_earlier
from briefer.extract.tense import planned
from briefer.resources import data_table as table

# Words that may stand between an opening or closing word and its date ("واختتمت يوم الخميس").
MARKER_REACH = 3
# A visit word stands at most this many words before its duration ("زيارة عمل تستغرق يومين").
DURATION_REACH = 5
# A negation governs a length word this many words on: "دون أن يتم الكشف عن مدة الزيارة".
LENGTH_REACH = 5


def last_day(chosen: Dated, ctx: Context) -> Dated:
    """A single day extended by a closing date or a duration; no end when the text says the
    length is not known."""
    if not chosen.range.single:
        return chosen
    if ctx.at_home and chosen.reading.has("cues", "reception"):
        # A reception at home is the day the principal received: what follows of the
        # visitor's programme ("على أن يختتم زيارته اليوم الأربعاء") is not his.
        return chosen
    for step in (_closing_date, _closing_day, _duration, _visit_day, _later_day):
        extended = step(chosen, ctx)
        if extended is not None:
            return extended
    unknown = [r for r in ctx.about if _length_unknown(r)]
    if unknown:
        return replace(chosen, cited=(*chosen.cited, unknown[0].evidence()), open_ended=True)
    return chosen


def _length_unknown(r: Reading) -> bool:
    """ "في زيارة لم يعلن عن مدتها", "لمدة غير محددة": the text says the length is unknown."""
    if r.has("calendar", "length_unknown"):
        return True
    negation = cue("cues", "negations", proclitics=False)
    length = cue("calendar", "length_words", proclitics=False)
    tokens = [w for _, _, w in words(r.folded)]
    for i, token in enumerate(tokens):
        before = tokens[max(0, i - LENGTH_REACH) : i]
        if length.fullmatch(token) and any(negation.fullmatch(w) for w in before):
            return True
    return False


def _closing_date(chosen: Dated, ctx: Context) -> Dated | None:
    """ "… واختتمت يوم الخميس 15 ماي": a later date right after a closing word."""
    start = to_date(chosen.range.start)
    if start is None:
        return None
    later = ctx.about[ctx.about.index(chosen.reading) :] if chosen.reading in ctx.about else []
    for other in written_dates(ctx, later):
        closes = after_closing(other) or (not ctx.at_home and after_until(other))
        if not (other.range.single and closes):
            continue
        # At home, "قبل أن يختتم زيارته يوم الخميس 23 أبريل" closes the visitor's stay.
        if ctx.at_home and _visit_closing(
            other.reading, folded_at(other.reading, other.range.begin)
        ):
            continue
        end = to_date(other.range.start, None if other.range.year_known else start.year)
        if end is not None and end < start:
            end = to_date(other.range.start, start.year + 1)
        if end is not None and 0 < (end - start).days <= LONGEST_VISIT:
            mark = "?" if chosen.range.start.endswith("?") else ""
            return Dated(
                chosen.reading,
                replace(chosen.range, end=end.isoformat() + mark),
                chosen.cited + other.cited,
            )
    return None


def _closing_day(chosen: Dated, ctx: Context) -> Dated | None:
    """ "اختتمت، اليوم الخميس، أشغال الدورة … التي انطلقت يوم الاثنين 24 نونبر": a relative
    day after a closing word is the last day; a bare weekday ("واختتمت يوم الأربعاء"), the
    first such day after the first."""
    start, published = to_date(chosen.range.start), ctx.publication.exact
    if start is None or chosen.reading not in ctx.about:
        return None
    # "اختتمت، مساء اليوم الثلاثاء، أشغال المناظرة" may lead the article, before the first day.
    for r in ctx.about:
        for rel in find_relative_days(r.sentence.text):
            if rel.bare:
                end = _weekday_after(rel, start)
            else:
                end = rel.resolve(published) if published is not None else None
            # "تتواصل فعالياته إلى غاية بعد غد الخميس": abroad, "until" closes too.
            closes = told_closing(r, rel.begin) or (not ctx.at_home and follows_until(r, rel.begin))
            if end is None or ctx.publication.holds(r, rel.begin) or not closes:
                continue
            # At home the principal visits no one: a visit's close is the visitor's, planned
            # ("على أن يختتم زيارته يوم الأربعاء") or told ("اختتم دوبريندت اليوم الخميس زيارة
            # إلى المغرب").
            if ctx.at_home and (
                _visit_closing(r, folded_at(r, rel.begin))
                or _closes_a_visit(r, rel)
                or (r is not chosen.reading and visit_home(r))
            ):
                continue
            if 0 < (end - start).days <= LONGEST_VISIT:
                cited = (*chosen.cited, r.evidence(rel.begin, rel.finish))
                mark = "?" if chosen.range.start.endswith("?") else ""
                last = end.isoformat() + mark
                return Dated(chosen.reading, replace(chosen.range, end=last), cited)
    return None


def _later_day(chosen: Dated, ctx: Context) -> Dated | None:
    """Abroad, "وكان حموشي قد حل أمس الاثنين بمانيلا" then "وقعت …، اليوم الثلاثاء، مذكرة":
    the latest day named relative to the report about the visit, told as done."""
    start, published = to_date(chosen.range.start), ctx.publication.exact
    if ctx.at_home or start is None or published is None:
        return None
    later = [
        (end, r, rel)
        for r in ctx.about
        if not planned(r)
        for rel in find_relative_days(r.sentence.text)
        if rel.offset is not None and not ctx.publication.holds(r, rel.begin)
        for end in [rel.resolve(published)]
        if end is not None and 0 < (end - start).days <= LONGEST_VISIT
    ]
    if not later:
        return None
    end, r, rel = max(later, key=lambda found: found[0])
    cited = (*chosen.cited, r.evidence(rel.begin, rel.finish))
    mark = "?" if chosen.range.start.endswith("?") else ""
    return Dated(chosen.reading, replace(chosen.range, end=end.isoformat() + mark), cited)


def _weekday_after(rel: RelativeDay, start: date) -> date | None:
    """ "واختتمت يوم الأربعاء": the first such weekday after the first day (the first day's
    own weekday is that day, no extension)."""
    if rel.weekday is None or rel.weekday == start.weekday():
        return None
    return start + timedelta(days=(rel.weekday - start.weekday() - 1) % 7 + 1)


def after_closing(found: Dated) -> bool:
    """The date follows a closing word, with at most a few words between."""
    return told_closing(found.reading, found.range.begin)


def after_until(found: Dated) -> bool:
    """ "تستمر إلى غاية الأربعاء 25 شتنبر", "حتى 24 تموز": the date follows "until", a day
    word between or none."""
    return follows_until(found.reading, found.range.begin)


def follows_until(r: Reading, begin: int) -> bool:
    """Offset begin of the sentence follows "until" ("حتى الخميس"), a day word between or
    none."""
    before = [w for _, _, w in words(r.folded[: folded_at(r, begin)])]
    while before and _day_word(before[-1]):
        before.pop()
    tail = " ".join(before[-2:])
    return any(tail.endswith(fold_form(u)) for u in table("calendar")["until"])


def told_closing(r: Reading, begin: int) -> bool:
    """Offset begin of the sentence follows a closing word, with at most a few words between.
    The day word and weekday written before the date belong to it and do not count:
    "واختتم المؤتمر أشغاله يوم الخميس 5 يونيو"; nor do a person and his post in apposition:
    "اختتم عبد اللطيف حموشي، المدير العام للأمن الوطني، أمس الخميس، زيارة …"."""
    # "اختتم الجنرال دو كور دارمي محمد حرمو، قائد الدرك الملكي، أمس الأربعاء": a rank of
    # several words and a post with its country are in apposition too.
    spans = [(m.start, m.end) for m in r.of_kind("person", "role", "organisation")]
    spans += [(p.start, p.end) for p in read_posts(r)] + _honorifics(r)
    named = [(folded_at(r, a), folded_at(r, b)) for a, b in spans]
    before = [
        w
        for s, _, w in words(r.folded[: folded_at(r, begin)])
        if not any(a <= s < b for a, b in named)
    ]
    while before and _day_word(before[-1]):
        before.pop()
    last = before[-(MARKER_REACH + 2) :]
    # Searched in the words joined: "وفي اليوم الأخير من الزيارة، يوم الخميس 5 مارس".
    return cue("calendar", "closing").search(" ".join(last[-(MARKER_REACH + 1) :])) is not None


def _visit_closing(r: Reading, begin: int) -> bool:
    """The folded words before offset begin (a duration) close a visit: "في ختام زيارته
    للمملكة التي استغرقت"."""
    before = [w for _, _, w in words(r.folded[:begin])][-MARKER_REACH - 4 :]
    closing, visit = cue("calendar", "closing"), cue("cues", "visit")
    return any(
        closing.fullmatch(w) and any(visit.fullmatch(v) for v in before[i + 1 : i + 3])
        for i, w in enumerate(before)
    )


def _closes_a_visit(r: Reading, rel: RelativeDay) -> bool:
    """ "اختتم …، اليوم الأربعاء، زيارة عمل": a closing word before the day, the visit it
    closes right after it; not "تختتم اليوم الجمعة بزيارة ميدانية" (closes with a visit)."""
    after = [w for _, _, w in words(r.folded[folded_at(r, rel.finish) :])][:2]
    before = [w for _, _, w in words(r.folded[: folded_at(r, rel.begin)])]
    closing, visit = cue("calendar", "closing"), cue("cues", "closed_visit", proclitics=False)
    return any(closing.fullmatch(w) for w in before) and any(visit.fullmatch(w) for w in after)


def _day_word(token: str) -> bool:
    """ "يوم", "الخميس", "غد" ("إلى غاية غد الخميس 9 أكتوبر"): a word that introduces a
    date."""
    return (
        bool(cue("calendar", "day_words").fullmatch(token))
        or token in weekday_forms()
        or token in relative_forms()
    )


def _visit_day(chosen: Dated, ctx: Context) -> Dated | None:
    """ "وفي اليوم الثاني والأخير من الزيارة", "إلى غاية اليوم الموالي": a day of the visit
    counted from its first, abroad or at an event; the visit lasts until the latest."""
    if ctx.at_home or chosen.reading not in ctx.about:
        return None
    found = [
        (int(n), r, m)
        for n in table("calendar")["visit_days"]
        for r in ctx.about[ctx.about.index(chosen.reading) :]
        for m in cue("calendar", f"visit_days.{n}").finditer(r.folded)
    ]
    if not found:
        return None
    n, r, m = max(found, key=lambda f: f[0])
    cited = (*chosen.cited, r.folded_evidence(m.start(), m.end()))
    ordinal = not re.search(r"الموالي|التالي", m.group()) and not follows_until(
        r, r.fold_map.origin[m.start()]
    )
    if r is chosen.reading and ordinal and not r.has("cues", "arrival"):
        # "وقعت …، اليوم الثلاثاء …، في اليوم الثاني والأخير من الزيارة": the day found is
        # that day of the visit, which began n - 1 days before (not so on arriving: "حل …
        # يوم 3 مارس، على أن يزور في اليوم الثاني …").
        first = add_days(chosen.range.start, 1 - n)
        return None if first is None else Dated(r, replace(chosen.range, start=first), cited)
    last = add_days(chosen.range.start, n - 1)
    if last is None:
        return None
    return Dated(chosen.reading, replace(chosen.range, end=last), cited)


def _duration(chosen: Dated, ctx: Context) -> Dated | None:
    """ "في زيارة عمل تستغرق يومين" bound to the visit: the last day counted from the first;
    from the last when the day found closes the visit ("اختتم، أمس الأربعاء، زيارة … استغرقت
    ثلاثة أيام")."""
    closes = told_closing(chosen.reading, chosen.range.begin)
    for r in [chosen.reading, *ctx.about, *(_of_what_closed(ctx) if closes else [])]:
        for begin, end, days, opened in _durations(r, lasted_only=r not in ctx.about):
            # "استقبل … أمس …، وذلك في ختام زيارته للمملكة التي استغرقت يومين": the day found
            # ends the visit the duration measures.
            closes = closes or (r is chosen.reading and _visit_closing(r, begin))
            # At home the principal visits no one: a visit's length is the visitor's stay
            # ("ضمن زيارة عمل يجريها الفراية إلى المغرب تستمر ثلاثة أيام", "… بدأت الاثنين
            # وتستمر 3 أيام"); an event's counts.
            if days < 1 or (ctx.at_home and (not opened or visit_home(r))):
                continue
            cited = (*chosen.cited, r.folded_evidence(begin, end))
            if days == 1:
                # "زيارة عمل ليوم واحد": the first day is the last; no later day extends it.
                return Dated(chosen.reading, chosen.range, cited)
            if closes:
                first = add_days(chosen.range.start, 1 - days)
                if first is not None:
                    return Dated(chosen.reading, replace(chosen.range, start=first), cited)
                continue
            last = add_days(chosen.range.start, days - 1)
            if last is not None:
                return Dated(chosen.reading, replace(chosen.range, end=last), cited)
    return None


def _of_what_closed(ctx: Context) -> list[Reading]:
    """ "اختتمت أمس أشغال المؤتمر …" then "وناقش المؤتمر، الذي امتد على مدى ثلاثة أيام …": the
    other sentences of the visit's time, where what closed may be told to have lasted."""
    return [r for r in ctx.readings if r not in ctx.about and not told_earlier(r)]


def _durations(r: Reading, lasted_only: bool = False) -> Iterator[tuple[int, int, int, bool]]:
    """(folded start, end, days, opened) of every duration in the sentence: after a visit
    word, or after the event's opening ("انطلقت اليوم بمراكش أشغال …، وتستمر ثلاثة أيام":
    opened)."""
    durations = cue("calendar", "duration_words")
    phrases = _length_phrases()
    if durations.search(r.folded) is None and phrases.search(r.folded) is None:
        return  # most sentences tell no length: none of what follows is needed
    tokens = words(r.folded)
    visit, the_visit = cue("cues", "visit"), cue("calendar", "the_visit")
    # "اختتمت اليوم أشغال المؤتمر، الذي نظمته المديرية على مدى يومين": a closing word opens
    # the event's length as well as an opening one.
    opening = cue("calendar", "opening").search(r.folded) or cue("calendar", "closing").search(
        r.folded
    )
    began = cue("cues", "stay_start")
    state = cue("cues", "state_words")
    honorific = cue("cues", "honorifics")
    # "زيارة عمل يقوم بها السيد لفتيت إلى مملكة الدنمارك تستغرق يومين": a person's name and
    # honorific, like a place's name, do not take the visit word out of reach.
    named = [(m.start, m.end) for m in r.of_kind("country", "place", "person")]
    # "… زيارة يقوم بها المسؤول الأمني المغربي إلى مالي منذ الإثنين وتستمر يومين": nor a post.
    named += [(p.start, p.end) for p in read_posts(r)]
    named += [(rel.begin, rel.finish) for rel in find_relative_days(r.sentence.text)]
    named += [(d.begin, d.finish) for d in find_dates(r.sentence.text)]
    named += _country_again(r)
    # "الجنرال دو كور دارمي محمد حرمو": an honorific of several words is one.
    named += _honorifics(r)
    found_all = [*durations.finditer(r.folded), *phrases.finditer(r.folded)]
    for found in sorted(found_all, key=lambda m: m.start()):
        # A place named ("لجمهورية سيراليون", "إلى جمهورية باكستان الإسلامية"), a day
        # ("منذ أمس الاثنين", "8 أكتوبر/ تشرين الأول") and a duration word before this one
        # ("تمتد على مدى ثلاثة أيام") do not take the visit word out of reach.
        before = [
            w
            for s, _, w in tokens
            if s < found.start()
            and not durations.fullmatch(w)
            and not state.fullmatch(w)
            and not honorific.fullmatch(w)
            and not any(a <= r.fold_map.origin[s] < b for a, b in named)
        ][-DURATION_REACH:]
        # "التي انطلقت يوم الاثنين 20 أكتوبر …، وتتواصل على مدى ثلاثة أيام": the event's.
        opened = opening is not None and opening.start() < found.start()
        # "… والتي بدأها أمس الثلاثاء وتستمر ثلاثة أيام": the stay begun is the visit.
        told = any(
            visit.fullmatch(w) or the_visit.fullmatch(w) or began.fullmatch(w) for w in before
        )
        lasted = _lasted(r.folded, found.start())
        if (lasted_only and not lasted) or not (opened or told or lasted):
            continue
        phrase = found.re is phrases
        length = (
            (_counts("length_phrases")[found.group()], 0)
            if phrase
            else _days_stated(r.folded[found.end() :])
        )
        if length is not None:
            yield found.start(), found.end() + length[1], length[0], opened


def _lasted(text: str, start: int) -> bool:
    """The duration word at start is the verb of a relative clause of lasting, or right after
    it: "الذي امتد على مدى ثلاثة أيام"."""
    for m in cue("calendar", "lasted").finditer(text, 0, start + 1):
        if m.start() <= start and (start < m.end() or not text[m.end() : start].strip()):
            return True
    return False


def _country_again(r: Reading) -> list[tuple[int, int]]:
    """Spans (in the sentence text) of the country said again: "لهذا البلد الآسيوي", "هذا
    البلد الواقع في منطقة البلقان"."""
    spans = []
    for m in cue("calendar", "country_again").finditer(r.folded):
        end = m.end()
        adjective = re.match(r"\s+ال\w+ي(?:ه)?(?!\w)", r.folded[end:])
        end += adjective.end() if adjective else 0
        # "هذا البلد الواقع في منطقة البلقان": where it lies, told with it.
        lying = re.match(r"\s+الواقعه?\s+(?:في|على)\s+\w+(?:\s+ال\w+)?(?!\w)", r.folded[end:])
        end += lying.end() if lying else 0
        spans.append(r.fold_map.source_span(m.start(), end))
    return spans


def _days_stated(after: str) -> tuple[int, int] | None:
    """ "ثلاثة أيام" -> (3, its length), "يومين" -> (2, …), at the start of after."""
    tokens = words(after)[:3]
    if not tokens:
        return None
    units = _counts("day_units")
    if tokens[0][2] in units and units[tokens[0][2]]:
        return units[tokens[0][2]], tokens[0][1]
    numbers = find_numbers(after[: tokens[-1][1]])
    if not numbers or numbers[0].begin != tokens[0][0]:
        return None
    rest = words(after[numbers[0].end :])
    if rest and rest[0][2] in units:
        return numbers[0].value, numbers[0].end + rest[0][1]
    return None


@cache
def _length_phrases() -> re.Pattern[str]:
    """ "زيارة عمل ليوم واحد": a length told with a preposition, no verb (calendar
    length_phrases)."""
    return re.compile(rf"(?<!\w)(?:{alternation(_counts('length_phrases'))})(?!\w)")


@cache
def _counts(key: str) -> dict[str, int]:
    """The folded spellings under calendar key, each with the number of days it says."""
    spelled = table("calendar")[key]
    return {fold_form(f): int(n) for n, spellings in spelled.items() for f in spellings}


def _honorifics(r: Reading) -> list[tuple[int, int]]:
    """The spans of the sentence's honorifics and ranks, each of one or several words."""
    return [r.fold_map.source_span(*m.span()) for m in cue("cues", "honorifics").finditer(r.folded)]
