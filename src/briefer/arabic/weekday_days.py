"""Days written by their weekday and number alone, with no month ("يوم الخميس 29", "يومي
الاثنين 2 والثلاثاء 3"): the press counts on the reader's calendar, so the month and year are
the publication's, or a neighbour's. Which one only the weekday can tell: the day of that number
and weekday nearest the publication date, marked uncertain ("2026-01-29?").
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from briefer.arabic.dates import DateRange, weekday_forms
from briefer.arabic.edtf import UNCERTAIN
from briefer.arabic.lexicon import alternation, folded

# How far from the publication date such a day may lie, in days: the news of a few weeks.
REACH = 45


def find_weekday_days(text: str, near: date | None) -> list[DateRange]:
    """Every weekday-and-number day (or pair of days joined by "و") not followed by a month,
    placed nearest to near; none without near, or when no day of the calendar fits."""
    if near is None:
        return []
    mapped = folded(text)
    found = []
    weekdays = weekday_forms()
    for match in _pattern().finditer(mapped.text):
        first = _placed(int(match["d1"]), weekdays[match["w1"]], near)
        last = first
        if match["d2"] and first is not None:
            last = _placed(int(match["d2"]), weekdays[match["w2"]], first)
        if first is None or last is None or not 0 <= (last - first).days <= 7:
            continue
        start, end = mapped.source_span(match.start(), match.end())
        days = (first.isoformat() + UNCERTAIN, last.isoformat() + UNCERTAIN)
        marks = (weekdays[match["w1"]], weekdays[match["w2"] or match["w1"]])
        found.append(DateRange(*days, start, end, True, marks))
    return found


def _placed(number: int, weekday: int, near: date) -> date | None:
    """The day of that number and weekday nearest to near, within REACH days."""
    fits = [
        day
        for offset in range(-REACH, REACH + 1)
        for day in [near + timedelta(days=offset)]
        if day.day == number and day.weekday() == weekday
    ]
    return min(fits, key=lambda day: (abs((day - near).days), day > near), default=None)


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    """A weekday, its day number, maybe "و" and a second pair; then no month, no more digits
    and no counted noun: a comma, a full stop, a word with a preposition ("بالرباط") or the end."""
    weekday = alternation(weekday_forms())
    number = r"(?:[1-9]|[12]\d|3[01])(?!\d)"
    second = rf"(?:\s+و\s*(?P<w2>{weekday})\s+(?P<d2>{number}))?"
    after = r"(?=\s*(?:[،,.؛)]|$|\s(?:ب|في|على|حيث)))"
    return re.compile(rf"(?<!\w)(?P<w1>{weekday})\s+(?P<d1>{number}){second}{after}")
