"""The article's publication date, read from its publication line, dateline or wire footer.

A date line holds a date and little else: "الاثنين 16 يونيو 2025 - 22:15" under the outlet,
"الرباط - ومع - الثلاثاء 4 نونبر 2025", "عمّان ١٢ تشرين الأول (بترا)-" opening the first
paragraph, "بنا 1452 جمت 10/12/2024" closing a wire. Every date line is the article's, never
the visit's: the visit reader leaves them out, and uses the publication date only to resolve
"اليوم", "أمس", "الثلاثاء الماضي" and to narrow a year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from briefer.arabic.dates import DateRange, find_dates, find_wire_stamps, hijri_spans, weekday_forms
from briefer.arabic.edtf import to_date
from briefer.arabic.lexicon import alternation, cue, fold_form, folded, forms, words
from briefer.documents import Block
from briefer.extract.facts import Evidence
from briefer.extract.reading import Reading
from briefer.extract.wire import agency_country

# At most this many words beside the date: a place and an agency ("الرباط - ومع").
LINE_WORDS = 3
# A dateline opening the first paragraph names a place, then the date, then an agency or dash.
DATELINE_LEAD = 2
DATELINE_TAIL = re.compile(r"^\s*(?:م\b\.?)?\s*(?:\([^)]{0,24}\)\.?)?\s*[-–—/]")
# Wire footers sit in the last few paragraphs.
FOOTER_PARAGRAPHS = 3
FILED_BEFORE = 3
"""Days a wire's dateline may come before the page that prints it."""
TIME = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")


@dataclass(frozen=True)
class DateLine:
    """A publication line, dateline or footer date: a sentence and the date it holds."""

    reading: Reading
    date: DateRange


@dataclass(frozen=True)
class Publication:
    """When the article was published, as it says, and every date line it holds."""

    day: str | None
    """EDTF as written ("2025-06-16", or "XXXX-12-10" when no line gives the year)."""
    lines: tuple[DateLine, ...]
    evidence: tuple[Evidence, ...] = ()
    filed: str | None = None
    """The day a wire printed by the page was filed, when its dateline says so."""

    @property
    def exact(self) -> date | None:
        """The date relative days count from, when its year is known: the wire's filing day,
        else the publication date."""
        day = self.filed or self.day
        return to_date(day) if day else None

    def holds(self, r: Reading, begin: int) -> bool:
        """Whether the date at begin of r's sentence is a date line's."""
        return any(x.reading is r and x.date.begin == begin for x in self.lines)


def read_publication(readings: list[Reading]) -> Publication:
    """The publication date: a date line with a year first, header before footer."""
    lines = _lines(readings)
    if not lines:
        return Publication(None, ())
    with_year = [x for x in lines if x.date.year_known]
    chosen = (with_year or lines)[0]
    filed = _filed_before(lines, chosen)
    if filed is not None:
        # "الرباط في 14 أكتوبر /العُمانية/ عقد … اليوم" on a page of 15 October: the wire
        # was filed the day before the page; its "today" is the 14th.
        day, line = filed
        return Publication(chosen.date.start, tuple(lines), (_cite(chosen), _cite(line)), day)
    same = [x for x in lines if x.date.days == chosen.date.days]
    cited = tuple(_cite(x) for x in same)
    return Publication(chosen.date.start, tuple(lines), cited)


def _cite(line: DateLine) -> Evidence:
    return line.reading.evidence(line.date.begin, line.date.finish)


def _filed_before(lines: list[DateLine], chosen: DateLine) -> tuple[str, DateLine] | None:
    """The date of a wire's dateline with no year, in the year of the page's line, when it
    falls a few days before that line (a daily prints a wire the day after it is filed)."""
    page = to_date(chosen.date.start)
    if page is None:
        return None
    for line in lines:
        if line.date.year_known or line is chosen:
            continue
        filed = to_date(f"{page.year}{line.date.start[4:10]}")
        if filed is not None and 0 < (page - filed).days <= FILED_BEFORE:
            return filed.isoformat(), line
    return None


def _lines(readings: list[Reading]) -> list[DateLine]:
    if not readings:
        return []
    paragraphs = readings[0].article.paragraphs
    first_body = next((p.index for p in paragraphs if p.kind is Block.BODY), len(paragraphs))
    footer = {p.index for p in paragraphs[-FOOTER_PARAGRAPHS:]} - {first_body}
    opening = next((r for r in readings if r.sentence.paragraph == first_body), None)
    found: list[DateLine] = []
    for r in readings:
        where = r.sentence.paragraph
        # A heading between the lead's bullets and the text ("16.07.2025" under "بوغوتا/
        # الأناضول") is page furniture wherever it stands.
        if where < first_body or where in footer or paragraphs[where].kind is not Block.BODY:
            found += _date_line(r)
        elif r is opening:
            found += _dateline(r)
    return found


def _date_line(r: Reading) -> list[DateLine]:
    """The date of a sentence that is a date and little else; not of a visit ("زيارة خاطفة
    يوم 9 أكتوبر 2025"), which is the news, not its filing."""
    text = r.sentence.text
    if r.has("cues", "visit"):
        return []
    found = find_dates(text) + find_wire_stamps(text)
    dates = [d if d.single else _first_day(d) for d in found if d.single or _edition(d)]
    # "نشر في: 15 أبريل ,2026: 07:52 م GMT آخر تحديث: 15 أبريل ,2026: 08:10 م GMT": the
    # date before the update's words is the publication's.
    updated = cue("calendar", "updated").search(r.folded)
    cut = r.fold_map.origin[updated.start()] if updated else len(text)
    published = [d for d in dates if d.finish <= cut]
    dates = published or dates
    if len(dates) != 1:
        return []
    spans = [(d.begin, d.finish) for d in dates] + hijri_spans(text)
    begin, end = _field(text[:cut] if published else text, dates[0])
    rest = _other_words(text[begin:end], [(a - begin, b - begin) for a, b in spans])
    return [DateLine(r, dates[0])] if len(rest) <= LINE_WORDS else []


def _edition(d: DateRange) -> bool:
    """ "السبت-الأحد 25-26 أبريل 2026": a weekend edition dated by its two days."""
    start, end = to_date(d.start), to_date(d.end)
    return start is not None and end is not None and (end - start).days == 1


def _first_day(d: DateRange) -> DateRange:
    """The edition's first day: the day it came out."""
    return replace(d, end=d.start)


def _field(text: str, d: DateRange) -> tuple[int, int]:
    """ "الصباح | العدد 7812 | الخميس 14 ماي 2026 | الصفحة 3": a print page's furniture line
    holds its fields between bars; the date's field is the date line."""
    begin = text.rfind("|", 0, d.begin) + 1
    end = text.find("|", d.finish)
    return begin, len(text) if end < 0 else end


def _dateline(r: Reading) -> list[DateLine]:
    """ "عمّان ١٢ تشرين الأول (بترا)- بحث …": a place, a date, an agency or a dash, then prose.
    A Hijri date may come first: "مسقط في 12 ربيع الأول 1447 هـ الموافق 5 سبتمبر 2025 م -"."""
    text = r.sentence.text
    for d in find_dates(text):
        # "مينديلو (الرأس الأخضر) - 19 شتنبر 2025 (ومع) -": the city's country in brackets.
        bracketed = [m.span() for m in re.finditer(r"\([^()]{1,30}\)", text[: d.begin])]
        lead = _other_words(text[: d.begin], hijri_spans(text[: d.begin]) + bracketed)
        tail = DATELINE_TAIL.match(text[d.finish :]) or _agency_after(text[d.finish :])
        if d.single and len(lead) <= DATELINE_LEAD and tail:
            return [DateLine(r, d)]
    return []


def _agency_after(after: str) -> bool:
    """ "ليانيونقانغ، الصين 10 سبتمبر 2024 (شينخوا) التقى …": a listed agency in brackets
    after the date, no dash."""
    found = re.match(r"\s*\(([^()]{1,24})\)", after)
    return found is not None and agency_country(found.group(1)) is not None


def _other_words(text: str, spans: list[tuple[int, int]]) -> list[str]:
    """The words of text outside spans that are not weekdays, times, numbers or dateline words."""
    kept = "".join(" " if any(a <= i < b for a, b in spans) else ch for i, ch in enumerate(text))
    kept = TIME.sub(" ", kept)
    kept = _weekdays().sub(" ", folded(kept).text)
    return [w for _, _, w in words(kept) if not w.isdigit() and w not in _dateline_words()]


@lru_cache(maxsize=1)
def _weekdays() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation(weekday_forms())})(?!\w)")


@lru_cache(maxsize=1)
def _dateline_words() -> frozenset[str]:
    return frozenset(fold_form(f) for f in forms("calendar", "dateline_words"))
