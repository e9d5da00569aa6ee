"""The candidates for a visit's days, shared by the readers of its first and last day
(extract.dates, extract.last_day)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

from briefer.arabic.dates import DateRange, find_dates, find_editions
from briefer.arabic.lexicon import cue
from briefer.arabic.relative import RelativeDay, find_relative_days
from briefer.arabic.weekday_days import find_weekday_days
from briefer.extract.facts import Evidence
from briefer.extract.postponed import superseded
from briefer.extract.published import Publication
from briefer.extract.reading import Reading
from briefer.extract.tense import planned_before
from briefer.resources import home_country

# A closing date more than this many days after the first is another event's.
LONGEST_VISIT = 31


@dataclass(frozen=True)
class Dated:
    """A candidate for the visit's days: a sentence, its range and the evidence so far."""

    reading: Reading
    range: DateRange
    cited: tuple[Evidence, ...]
    open_ended: bool = False
    """The text says the length is not known: the visit has no last day."""


@dataclass(frozen=True)
class Context:
    """What every step reads: the sentences about the visit and the dates to count from."""

    readings: list[Reading]
    about: list[Reading]
    publication: Publication
    reference: date | None
    """The publication date, else the caller's reference date (for narrowing a year)."""
    at_home: bool = False
    """The visit takes place in the home country: the principal receives."""
    principal_id: str | None = None
    """The principal's glossary id: at home, the sentences that name him date the reception."""


def talks_with_principal(r: Reading, principal_id: str | None) -> bool:
    """The sentence names the principal and a meeting or talks: "وكان دوبريندت قد التقى أمس
    الأربعاء … حموشي". At home, the day of the reception, whoever the sentence's subject is."""
    if principal_id is None or not any(m.entry.id == principal_id for m in r.of_kind("person")):
        return False
    return any(r.has("cues", key) for key in ("meeting", "talks", "reception"))


def written_dates(ctx: Context, readings: list[Reading]) -> Iterator[Dated]:
    """The dates the sentences write, with the days told by weekday and number alone ("يوم
    الخميس 29"), placed by the publication date."""
    published = ctx.publication.exact
    for r in readings:
        for d in find_dates(r.sentence.text, event_year(r), published):
            if _kept(ctx, r, d.begin):
                yield Dated(r, d, (r.evidence(d.begin, d.finish),))
        for d in find_weekday_days(r.sentence.text, published):
            if _kept(ctx, r, d.begin):
                yield Dated(r, d, (r.evidence(d.begin, d.finish), *ctx.publication.evidence))


def _kept(ctx: Context, r: Reading, begin: int) -> bool:
    """A day at offset begin that may be the visit's: not the publication line's, not one the
    visit was postponed from."""
    return not ctx.publication.holds(r, begin) and not superseded(r, folded_at(r, begin))


def event_year(r: Reading) -> int | None:
    """The year of a year-bearing event name in the sentence ("IGEF 2025"), if just one."""
    years = {e.year for e in find_editions(r.sentence.text)} - {None}
    return years.pop() if len(years) == 1 else None


def folded_at(r: Reading, at: int) -> int:
    """The folded offset of sentence offset at."""
    origin = r.fold_map.origin
    return next((i for i, o in enumerate(origin) if o >= at), len(origin) - 1)


def visit_home(r: Reading) -> bool:
    """ "زيارة عمل يجريها ديميرتاش إلى المغرب": a visit word, then Morocco."""
    found = cue("cues", "visit").search(r.folded)
    if not found:
        return False
    at = r.fold_map.origin[found.start()]
    return any(m.entry.country == home_country() and m.start >= at for m in r.of_kind("country"))


def relative_days(ctx: Context) -> Iterator[tuple[Reading, RelativeDay, date | None]]:
    """Relative days of the sentences about the visit, resolved against the publication date."""
    published = ctx.publication.exact
    for r in ctx.about:
        for rel in find_relative_days(r.sentence.text):
            if _kept(ctx, r, rel.begin):
                yield r, rel, rel.resolve(published) if published else None


def principal_talks_days(ctx: Context) -> list[tuple[date, Reading, RelativeDay]]:
    """At home, the days of sentences telling the talks with the principal ("قد أجرى، يوم
    الاثنين، … مباحثات مع … حموشي"), a bare weekday as the latest on or before the
    publication: a visitor's wire tells first of the day his stay ended ("اختتم … اليوم
    الأربعاء زيارة عمل إلى المملكة المغربية"), which is not the reception's."""
    return _talks_days(ctx, lambda r, rel: not planned_before(r, rel.begin))


def began_with_talks(ctx: Context) -> list[tuple[date, Reading, RelativeDay]]:
    """At home, "اختتم … اليوم زيارة …، استهلها أول أمس الاثنين بمباحثات مع … حموشي": the
    day the visitor's stay began with the talks with the principal is the reception's, a bare
    weekday the latest on or before the publication."""
    return _talks_days(ctx, _began_with)


def _talks_days(
    ctx: Context, wanted: Callable[[Reading, RelativeDay], bool]
) -> list[tuple[date, Reading, RelativeDay]]:
    """The days of sentences telling the talks with the principal that wanted keeps, a bare
    weekday resolved as the latest on or before the publication."""
    published = ctx.publication.exact
    found = []
    for r, rel, day in relative_days(ctx):
        if not talks_with_principal(r, ctx.principal_id) or not wanted(r, rel):
            continue
        day = day or (rel.latest(published) if rel.bare and published else None)
        if day is not None:
            found.append((day, r, rel))
    return found


def _began_with(r: Reading, rel: RelativeDay) -> bool:
    """A stay-start word right before the day, "بمباحثات" or "بجلسة عمل" right after it."""
    began = r.folded[folded_at(r, rel.finish) :].split()[:2]
    before = r.folded[: folded_at(r, rel.begin)].split()[-2:]
    opens = cue("cues", "began_with").match(" ".join(began)) is not None
    return opens and any(cue("cues", "stay_start").fullmatch(w) for w in before)
