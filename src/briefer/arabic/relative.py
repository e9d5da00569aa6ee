"""Days named relative to when an article was written: "اليوم", "أمس الثلاثاء", "الثلاثاء
الماضي", "الأسبوع المقبل", and a bare weekday ("الأربعاء") that only a date range can place.

The words live in data/calendar.yaml. Nothing here knows the reference date; resolve() takes it,
so one phrase resolves against whichever date the caller trusts (the publication date).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache, lru_cache

from briefer.arabic.dates import weekday_forms
from briefer.arabic.lexicon import alternation, fold_form, folded, forms
from briefer.resources import data_table as table

# How far "الأسبوع المقبل" reaches from the reference, in days (a week and the rest of this one).
WEEK_REACH = 14


def on_or_before(reference: date, weekday: int) -> date:
    """The latest day of that weekday (0 = Monday) on or before reference."""
    return reference - timedelta(days=(reference.weekday() - weekday) % 7)


@dataclass(frozen=True)
class RelativeDay:
    """A day named relative to the reference date, or a bare weekday."""

    begin: int
    """Offset of the phrase in the text searched."""
    finish: int
    offset: int | None = None
    """Days from the reference: 0 "اليوم", -1 "أمس", 1 "غدا"; None for a weekday or a week."""
    weekday: int | None = None
    """The weekday written (0 = Monday), if any."""
    direction: int = 0
    """-1 for "الماضي", 1 for "المقبل", 0 for neither."""
    week: bool = False
    """True for "الأسبوع الماضي/المقبل/الجاري": a stretch of days, not one day."""
    weeks: int | None = None
    """The calendar week a weekday is tied to ("من الأسبوع الماضي": -1; this week 0), or the
    week a week phrase names."""
    beyond: int = 0
    """Weeks further in the direction: 1 for "الخميس قبل الماضي" (the one before the last)."""

    @property
    def bare(self) -> bool:
        """A weekday alone ("الأربعاء"): which one only a date range around it can tell."""
        return self.offset is None and not self.week and self.direction == 0 and self.weeks is None

    def resolve(self, reference: date) -> date | None:
        """The day named, counted from reference; None for a bare weekday or a week, or when
        the weekday written is not the weekday of the day named (one of them is wrong)."""
        if self.offset is not None:
            day = reference + timedelta(days=self.offset)
            return day if self.weekday in (None, day.weekday()) else None
        if self.weekday is None or self.week:
            return None
        if self.weeks is not None:
            monday = reference - timedelta(days=reference.weekday()) + timedelta(weeks=self.weeks)
            return monday + timedelta(days=self.weekday)
        if self.direction == 0:
            return None
        step = timedelta(days=self.direction)
        day = reference + step
        while day.weekday() != self.weekday:
            day += step
        return day + step * 7 * self.beyond

    def latest(self, reference: date) -> date | None:
        """A bare weekday as a past-tense report means it: the latest such day on or before
        reference ("التقى حموشي، الثلاثاء، …" in a wire dated Thursday is two days earlier)."""
        if not self.bare or self.weekday is None:
            return None
        return on_or_before(reference, self.weekday)

    def reaches(self, reference: date, day: date) -> bool:
        """Whether day is the day this phrase names, or lies in the week it names."""
        if self.week:
            gap = (day - reference).days * self.direction
            return 0 < gap <= WEEK_REACH
        return self.resolve(reference) == day


def find_relative_days(text: str) -> list[RelativeDay]:
    """Every relative day in text, in order; weekdays that open a written date are not."""
    mapped = folded(text)
    found: list[RelativeDay] = []
    for match in _pattern().finditer(mapped.text):
        if (match["bare"] or match["rel_wd"]) and _opens_a_date(mapped.text[match.end() :]):
            continue
        if match["rel"] and _not_a_day(mapped.text, match):
            continue
        start, end = mapped.source_span(match.start(), match.end())
        day = _day(match, start, end)
        # "يومي الثلاثاء والأربعاء الماضيين": the word after the second weekday is both's.
        between = text[found[-1].finish : start] if found else ""
        if _joined(found, day, between) and match.group().startswith("و"):
            found[-1] = replace(found[-1], direction=day.direction, beyond=day.beyond)
        if day.week and fold_form(between.strip()) == "من":
            # "يومي الأربعاء والخميس من الأسبوع المقبل": the week says which ones.
            found = [_of_week(d, day, found) for d in found]
        elif day.bare and found and _week_then(found[-1], between, match.group()):
            # "نهاية الأسبوع المقبل، يومي الخميس والجمعة": so do weekdays after it.
            day = _in_week(day, found[-1])
        found.append(day)
    return found


def _of_week(d: RelativeDay, week: RelativeDay, found: list[RelativeDay]) -> RelativeDay:
    """The bare weekdays right before "من الأسبوع …" (the last one, or a pair joined by "و")
    are days of that week."""
    last = found[-1]
    pair = len(found) > 1 and found[-2].bare and found[-2].finish + 4 >= last.begin
    if d.bare and (d is last or (pair and d is found[-2])):
        return _in_week(d, week)
    return d


def _in_week(d: RelativeDay, week: RelativeDay) -> RelativeDay:
    return replace(d, direction=week.direction, weeks=week.weeks)


def _week_then(last: RelativeDay, between: str, written: str) -> bool:
    """A weekday right after a week ("، يومي") or after a weekday of a week, joined by "و"."""
    if last.week:
        words = re.findall(r"\w+", between)
        return all(fold_form(w) in _words("week_day_words") for w in words)
    return last.weeks is not None and between.strip() == "" and written.startswith("و")


def _joined(found: list[RelativeDay], day: RelativeDay, between: str) -> bool:
    """A bare weekday right before a weekday with its direction."""
    last = found[-1] if found else None
    weekday = day.weekday is not None and day.offset is None and day.direction != 0
    return last is not None and last.bare and weekday and between.strip() == ""


def _day(match: re.Match[str], start: int, end: int) -> RelativeDay:
    weekdays = weekday_forms()
    if match["week"]:
        direction = 1 if match["week_next"] else 0 if match["week_this"] else -1
        return RelativeDay(start, end, direction=direction, week=True, weeks=direction)
    if match["rel"]:
        offset = _offsets()[fold_form(" ".join(match["rel"].split()))]
        weekday = weekdays[match["rel_wd"]] if match["rel_wd"] else None
        return RelativeDay(start, end, offset=offset, weekday=weekday)
    weekday = weekdays[match["wd"]]
    direction = 1 if match["next"] else -1 if match["past"] or match["before_last"] else 0
    beyond = 1 if match["before_last"] else 0
    return RelativeDay(start, end, weekday=weekday, direction=direction, beyond=beyond)


def _opens_a_date(after: str) -> bool:
    """ "الجمعة 14 مارس", "الاثنين والثلاثاء 19 و20 ماي": the weekdays belong to the written
    date that follows."""
    weekday = alternation(weekday_forms())
    return re.match(rf"(?:\s*[و،,]\s*(?:{weekday}))?\s*[،,]?\s*\d", after) is not None


def _not_a_day(text: str, match: re.Match[str]) -> bool:
    """ "اليوم 24", "اليوم الثاني من زيارته", "حتى اليوم": no day of the calendar."""
    if match["rel_wd"] or _offsets()[fold_form(" ".join(match["rel"].split()))] != 0:
        return False  # "حتى يوم غد": only "اليوم" has these other senses
    # Words without the punctuation they carry: "من اليوم ذاته، التقى".
    after = re.findall(r"\w+", text[match.end() :])
    before = re.findall(r"\w+", text[: match.start()])
    if after and (after[0][0].isdigit() or after[0] in _words("not_today_after")):
        return True
    return bool(before) and before[-1] in _words("not_today_before")


@lru_cache(maxsize=1)
def relative_forms() -> frozenset[str]:
    """Every folded form of a relative day ("غد", "يوم غد", "أمس")."""
    return frozenset(_offsets())


@lru_cache(maxsize=1)
def _offsets() -> dict[str, int]:
    return {
        fold_form(form): int(offset)
        for offset, spellings in table("calendar")["relative_days"].items()
        for form in spellings
    }


@cache
def _words(key: str) -> frozenset[str]:
    return frozenset(fold_form(f) for f in forms("calendar", key))


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    weekday = alternation(weekday_forms())
    rel = alternation(_offsets())

    def words(key: str) -> str:
        return alternation(forms("calendar", key))

    alternatives = [
        rf"(?P<week>(?P<week_next>{words('week_next')})|(?P<week_this>{words('week_this')})"
        rf"|{words('week_past')})",
        rf"(?P<rel>{rel})(?:\s+(?P<rel_wd>{weekday}))?",
        rf"(?P<bare>(?P<wd>{weekday})(?:\s+(?:(?P<before_last>{words('weekday_before_last')})"
        rf"|(?P<past>{words('weekday_past')})"
        rf"|(?P<next>{words('weekday_next')})))?)",
    ]
    # Proclitics: "وأمس", "بالأمس" are rare in dates; "و" before a weekday is common.
    return re.compile(rf"(?<![\w])[و]?(?:{'|'.join(alternatives)})(?![\w])")
