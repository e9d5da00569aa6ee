"""The year of a written date that leaves it out, completed as far as the text allows.

In this order: the same days written with a year elsewhere; "الجاري"/"الماضي"/"السنة الجارية"
with the publication's year; a relative day that names one of the days or closes what they
opened; the publication's own day or the day before (the news of the day); last, a written
weekday and the reference date: the latest fitting year, uncertain ("2025-05-19?").
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from briefer.arabic.edtf import narrow_year, to_date
from briefer.arabic.lexicon import cue, fold_form
from briefer.arabic.relative import RelativeDay
from briefer.extract.dated import LONGEST_VISIT, Context, Dated, relative_days, written_dates
from briefer.extract.facts import Evidence
from briefer.extract.last_day import told_closing
from briefer.extract.reading import Reading


def with_year(found: Dated, ctx: Context) -> Dated:
    """A written date whose year the text leaves out, completed as far as the text allows."""
    if found.range.year_known:
        return found
    steps = (_restated, _from_publication, _from_relative_day, _news_of_the_day, _from_weekday)
    for step in steps:
        completed = step(found, ctx)
        if completed is not None:
            return completed
    return found


def _restated(found: Dated, ctx: Context) -> Dated | None:
    """A sentence restating the same days with a year: "يومي 28 و29 يناير 2025"."""
    for other in written_dates(ctx, ctx.readings):
        if other.range.year_known and other.range.days == found.range.days:
            return replace(other, cited=found.cited + other.cited)
    return None


def _from_publication(found: Dated, ctx: Context) -> Dated | None:
    """ "سبتمبر الجاري", "أكتوبر الماضي", "أبريل المقبل", "من السنة الجارية": the year the
    publication's implies."""
    published = ctx.publication.exact
    if published is None:
        return None
    month = int(found.range.start[5:7])
    year = None
    if found.range.qualifier == "current" or _current_year_after(found):
        year = published.year
    elif found.range.qualifier == "past":
        year = published.year if month < published.month else published.year - 1
    elif found.range.qualifier == "next":
        year = published.year if month > published.month else published.year + 1
    if year is None:
        return None
    return _in_year(found, year, False, ctx.publication.evidence)


def _current_year_after(found: Dated) -> bool:
    text = found.reading.sentence.text[found.range.finish :]
    return cue("calendar", "current_year").match(fold_form(text.lstrip(" ،,"))) is not None


def _from_relative_day(found: Dated, ctx: Context) -> Dated | None:
    """ "اختتم أمس الأربعاء زيارته … يومي 28 و29 يناير": a relative day naming one of the days,
    or closing what they opened."""
    published = ctx.publication.exact
    if published is None:
        return None
    for r, rel, named in relative_days(ctx):
        for year in (published.year - 1, published.year, published.year + 1):
            days = [to_date(found.range.start, year), to_date(found.range.end, year)]
            if any(d is not None and rel.reaches(published, d) for d in days) or (
                _closed_after(r, rel, named, days[1])
            ):
                cited = (r.evidence(rel.begin, rel.finish), *ctx.publication.evidence)
                return _in_year(found, year, False, cited)
    return None


def _closed_after(r: Reading, rel: RelativeDay, named: date | None, last: date | None) -> bool:
    """ "اختتمت، أمس الخميس، أشغال الاجتماع" a few days after "انطلقت يوم الثلاثاء 26 ماي":
    what closed then opened in the closing day's year."""
    if named is None or last is None or not told_closing(r, rel.begin):
        return False
    return 0 < (named - last).days <= LONGEST_VISIT


def _news_of_the_day(found: Dated, ctx: Context) -> Dated | None:
    """A date that is the publication's day, the day before or the day after: the publication's
    year, sure.

    The press writes such a date only for the news of the day ("الخميس 9 أكتوبر" in a piece
    published on 9 October 2025, "وتستمر إلى غاية غد الخميس 9 أكتوبر" in one of the 8th);
    only other dates need the weekday's guess and its "?"."""
    published = ctx.publication.exact
    if published is None:
        return None
    weekday = found.range.weekdays[0]
    for year in (published.year, published.year - 1):
        first = to_date(found.range.start, year)
        if first is None or not -1 <= (published - first).days <= 1:
            continue
        if weekday is None or first.weekday() == weekday:
            return _in_year(found, year, False, ctx.publication.evidence)
    return None


def _from_weekday(found: Dated, ctx: Context) -> Dated | None:
    """A written weekday and the reference date: the latest fitting year, uncertain."""
    weekday = found.range.weekdays[0]
    if weekday is None or ctx.reference is None:
        return None
    month, day = int(found.range.start[5:7]), int(found.range.start[8:10])
    year = narrow_year(month, day, weekday, ctx.reference)
    if year is None:
        return None
    narrowed = _in_year(found, year, True, ctx.publication.evidence)
    last = found.range.weekdays[1]
    end = to_date(narrowed.range.end) if narrowed else None
    if narrowed is None or (last is not None and end is not None and end.weekday() != last):
        return None
    return narrowed


def _in_year(found: Dated, year: int, uncertain: bool, cited: tuple[Evidence, ...]) -> Dated:
    placed = found.range.in_year(year, uncertain)
    return found if placed is None else Dated(found.reading, placed, found.cited + cited)
