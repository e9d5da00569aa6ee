"""Dates and date ranges in Arabic text, as EDTF strings, with the year never invented.

A date's year is the written one, an event edition's ("IGEF 2025"), or none ("XXXX-01-28").
narrow_year() is the one inference: a written weekday and a reference date pick the latest
fitting year, which callers mark uncertain ("2025-01-28?", EDTF's "?").
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from babel import Locale
from hijridate import Hijri

from briefer.arabic.edtf import UNCERTAIN, add_days, edtf_day, to_date, valid_day
from briefer.arabic.lexicon import alternation, folded, forms
from briefer.resources import data_table as table

log = logging.getLogger(__name__)

# A Latin event acronym and its edition: "IGEF 2025", "IGEF 24", "GITEX'24".
EDITION = re.compile(r"(?<![\w])([A-Z][A-Za-z]{1,15})\s*['’]?\s*(\d{2,4})(?![\w])")
YEAR = re.compile(r"^(?:19|20)\d\d$")
# Numeric dates write the day first ("10/12/2024", "١٢/١٠/٢٠٢٥", "16.10.2025", "18-05-2026"),
# or the year first ("2026/05/20", "2025-05-19"); one separator throughout.
NUMERIC = re.compile(
    r"(?<![\d/.\-])(?:(?P<d>\d{1,2})(?P<s>[/.\-])(?P<m>\d{1,2})(?P=s)(?P<y>(?:19|20)\d\d)"
    r"|(?P<y2>(?:19|20)\d\d)(?P<s2>[/.\-])(?P<m2>\d{1,2})(?P=s2)(?P<d2>\d{1,2}))(?![\d/\-]|\.\d)"
)
# A Gregorian date this close to a Hijri one is its equivalent ("هـ الموافق 17 مارس").
EQUIVALENT_GAP = 16

CYCLE = 28


@dataclass(frozen=True)
class DateRange:
    """A day or range of days read from one sentence; start/end are EDTF ("XXXX-01-28")."""

    start: str
    end: str
    begin: int
    """Offset of the date expression in the text searched."""
    finish: int
    """End offset (exclusive) of the date expression."""
    year_known: bool
    weekdays: tuple[int | None, int | None] = (None, None)
    """The weekdays written before the first and the last day (0 = Monday), if any."""
    qualifier: str | None = None
    """"current" for "سبتمبر الجاري" (this September), "past" for "أكتوبر الماضي", "next"
    for "أبريل المقبل"."""

    @property
    def days(self) -> tuple[str, str]:
        """The month-day of start and end, to compare ranges whose years are unknown."""
        return self.start[5:10], self.end[5:10]

    @property
    def single(self) -> bool:
        """One day rather than a range."""
        return self.start == self.end

    def in_year(self, year: int, uncertain: bool = False) -> DateRange | None:
        """The range with its start in year (the end follows across a year end), or None when
        a day does not exist in that year; uncertain marks both ends with EDTF's "?"."""
        first, last = to_date(self.start, year), to_date(self.end, year)
        if first is None or last is None:
            return None
        if last < first:
            last = to_date(self.end, year + 1)
        if last is None:
            return None
        mark = UNCERTAIN if uncertain else ""
        start, end = first.isoformat() + mark, last.isoformat() + mark
        return replace(self, start=start, end=end, year_known=True)


@dataclass(frozen=True)
class Edition:
    """An event name with its edition, e.g. "IGEF" "2025"; year is set for four-digit years."""

    name: str
    label: str
    begin: int
    finish: int

    @property
    def year(self) -> int | None:
        """The year a four-digit edition states; two digits ("IGEF 24") state no year."""
        return int(self.label) if YEAR.match(self.label) else None


@lru_cache(maxsize=1)
def month_forms() -> dict[str, int]:
    """Every month name (CLDR for the configured locales, plus the data table) -> 1..12."""
    calendar = table("calendar")
    names: dict[str, int] = {}
    for code in calendar["month_locales"]:
        months = Locale.parse(code).months["format"]["wide"]
        for number in range(1, 13):
            names[months[number]] = number
    for number, spellings in calendar["months"].items():
        for spelling in spellings:
            names[str(spelling)] = int(number)
    return {_key(name): number for name, number in names.items()}


@lru_cache(maxsize=1)
def weekday_forms() -> dict[str, int]:
    """Every weekday name (CLDR Arabic plus the data table) -> 0 (Monday)..6."""
    days = Locale.parse("ar").days["format"]["wide"]
    names = {days[i]: i for i in range(7)}
    for number, spellings in table("calendar")["weekdays"].items():
        names.update({str(s): int(number) for s in spellings})
    return {_key(name): number for name, number in names.items()}


def _key(form: str) -> str:
    return " ".join(folded(form).text.split())


@lru_cache(maxsize=1)
def relative_month_forms() -> dict[str, int]:
    """ "الشهر الجاري" -> 0, "الشهر الماضي" -> -1, "الشهر المقبل" -> 1, folded."""
    months = table("calendar")["relative_months"]
    return {_key(str(f)): int(step) for step, spellings in months.items() for f in spellings}


def _month(written: str, month_of: date | None) -> tuple[int, str | None] | None:
    """A written month's number, with the year a relative month implies; None for a relative
    month without a date to count from."""
    key = _key(written)
    if key in month_forms():
        return month_forms()[key], None
    if month_of is None:
        return None
    index = month_of.year * 12 + month_of.month - 1 + relative_month_forms()[key]
    return index % 12 + 1, str(index // 12)


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    month = f"(?:{alternation(month_forms())}|{alternation(relative_month_forms())})"
    weekday = f"(?:{alternation(weekday_forms())})"
    join = _range_join()
    # The second end of a range may repeat its weekday: "من الاثنين 30 يونيو إلى الأربعاء 2".
    join = rf"\s*(?:{join})\s*(?:(?:{alternation(forms('calendar', 'day_words'))})\s+)?"
    join += rf"(?:{weekday}\s*[،,]?\s*)?"
    year_words = alternation(forms("calendar", "year_words"))

    first = alternation(forms("calendar", "first_day"))
    ordinal = alternation(_ordinal_days())

    def day(name: str) -> str:
        # "وفاتح يوليوز": the range's "و" may be written joined to "فاتح". "08:15-14 أكتوبر":
        # the minutes of a time are no day.
        return (
            rf"(?P<{name}>(?<![\d:])\d{{1,2}}|(?:(?<!\w)|(?<=\sو))(?:{first})"
            rf"|(?<!\w)(?:{ordinal})\s+من)(?!\d)"
        )

    def month_group(name: str) -> str:
        # A doubled name, "سبتمبر/ أيلول", "سبتمبر (أيلول)" or "نوفمبر تشرين الثاني", is one
        # month.
        # "16 من شباط", "16 من شهر شباط": the Levantine press puts "من" before the month.
        of = r"(?:من\s+(?:شهر\s+)?)?"
        # "14 - مايو - 2024", "11/فبراير/2024": a date line's dashes or slashes between its
        # parts.
        dash = r"(?:[-/]\s*)?"
        return rf"\s*{dash}{of}(?P<{name}>{month})(?:(?:\s*[/(]\s*|\s+)(?:{month})\s*\)?)?"

    def year(name: str) -> str:
        return rf"(?:\s*[,،/-]?\s*(?:(?:{year_words})\s+)?(?P<{name}>(?:19|20)\d\d)(?!\d))?"

    cross = day("c_d1") + month_group("c_m1") + year("c_y1") + join
    cross += day("c_d2") + month_group("c_m2") + year("c_y2")
    # "2 و3 و4 فبراير": days between the first and the last of a list are skipped.
    middle = rf"(?:{join}(?<!\d)\d{{1,2}}(?!\d))*"
    same = day("s_d1") + middle + join + day("s_d2") + month_group("s_m") + year("s_y")
    single = day("o_d") + month_group("o_m") + year("o_y")
    return re.compile(f"(?P<cross>{cross})|(?P<same>{same})|(?P<single>{single})")


def _range_join() -> str:
    """What joins the two ends of a range: "-", "إلى", "و"."""
    return "|".join(
        re.escape(j) if not j.isalpha() else j
        for j in (_key(x) for x in forms("calendar", "range_join"))
    )


@lru_cache(maxsize=1)
def _weekdays_before() -> re.Pattern[str]:
    """Weekdays written just before a date: "يومي الثلاثاء و الأربعاء، 28 و 29 يناير", "أيام
    الاثنين والثلاثاء والأربعاء 2 و3 و4" (the first and the last are kept)."""
    weekday = alternation(weekday_forms())
    lead = alternation([*forms("calendar", "day_words"), "اليوم"])
    return re.compile(
        rf"(?:(?:{lead})\s+)?(?P<first>{weekday})(?:\s*[و،,]\s*(?:{weekday}))*?"
        rf"(?:\s*[و،,]\s*(?P<second>{weekday}))?\s*[،,]?\s*$"
    )


@lru_cache(maxsize=1)
def _qualifier_after() -> re.Pattern[str]:
    """ "سبتمبر الجاري" (this September), "أكتوبر الماضي" (last October), "أبريل المقبل"."""
    current = alternation(forms("calendar", "current_month"))
    past = alternation(forms("calendar", "past_month"))
    coming = alternation(forms("calendar", "next_month"))
    return re.compile(rf"^\s*(?:(?P<current>{current})|(?P<past>{past})|(?P<next>{coming}))(?!\w)")


def find_editions(text: str) -> list[Edition]:
    """Event names that carry an edition number: "(IGEF 2025)", "IGEF 24"."""
    return [Edition(m.group(1), m.group(2), m.start(), m.end()) for m in EDITION.finditer(text)]


def find_dates(
    text: str, event_year: int | None = None, month_of: date | None = None
) -> list[DateRange]:
    """Every day or range of days in text; the year comes from the text, else event_year.
    Numeric dates (find_numeric_dates) and Hijri days written alone, converted
    (find_hijri_dates), are among them. A month written relative to the article's ("من
    الشهر الجاري") is placed by month_of, the publication date, and skipped without it."""
    mapped = folded(text)
    found: list[DateRange] = []
    for match in _pattern().finditer(mapped.text):
        parsed = _parse(match, event_year, month_of)
        if parsed is None:
            continue
        start, end = mapped.source_span(match.start(), match.end())
        before = mapped.text[max(0, match.start() - 40) : match.start()]
        weekdays = _weekdays(before, parsed)
        since = _weekday_since(before, parsed)
        if since is not None:
            # "من الثلاثاء إلى الخميس 13 نونبر": the range opens on the first weekday.
            parsed, weekdays = (since[0], parsed[1], parsed[2]), since[2]
            start = mapped.source_span(match.start() - since[1], match.end())[0]
        qualifier = _qualifier_after().match(mapped.text[match.end() :])
        found.append(
            DateRange(
                parsed[0],
                parsed[1],
                start,
                end,
                parsed[2],
                weekdays,
                qualifier.lastgroup if qualifier else None,
            )
        )
    found += find_numeric_dates(text)
    return sorted(found + find_hijri_dates(text, found), key=lambda d: d.begin)


def find_numeric_dates(text: str) -> list[DateRange]:
    """Numeric dates with a year, as wire footers, bylines and some prose write them:
    "10/12/2024", "16.10.2025", "2026/05/20"."""
    mapped = folded(text)
    found: list[DateRange] = []
    for match in NUMERIC.finditer(mapped.text):
        g = match.groupdict()
        day, month, year = (int(g[k] or g[k + "2"]) for k in ("d", "m", "y"))
        if not valid_day(year, month, day):
            continue
        edtf = f"{year:04d}-{month:02d}-{day:02d}"
        start, end = mapped.source_span(match.start(), match.end())
        found.append(DateRange(edtf, edtf, start, end, True))
    return found


def find_wire_stamps(text: str) -> list[DateRange]:
    """The day of a wire stamp, "كونا111452 جمت فبر 26": day, hour and minute, GMT, the
    month in three letters, the year in two (calendar.yaml wire_months)."""
    mapped = folded(text)
    found: list[DateRange] = []
    for match in _wire_stamp().finditer(mapped.text):
        day, month = int(match.group(1)), _wire_months().get(match.group(2), 0)
        year = 2000 + int(match.group(3))
        if not month or not valid_day(year, month, day):
            continue
        edtf = f"{year:04d}-{month:02d}-{day:02d}"
        start, end = mapped.source_span(match.start(), match.end())
        found.append(DateRange(edtf, edtf, start, end, True))
    return found


@lru_cache(maxsize=1)
def _wire_months() -> dict[str, int]:
    months = table("calendar")["wire_months"]
    return {folded(str(f)).text: int(n) for n, spellings in months.items() for f in spellings}


@lru_cache(maxsize=1)
def _wire_stamp() -> re.Pattern[str]:
    gmt = folded(str(table("calendar")["wire_stamp_gmt"])).text
    months = alternation(_wire_months())
    return re.compile(rf"(?<!\d)(\d{{2}})\d{{4}}\s+{gmt}\s+({months})\s+(\d{{2}})(?!\w)")


def hijri_spans(text: str) -> list[tuple[int, int]]:
    """Where text writes a Hijri date ("22 شوال 1446 هـ"), to tell a dateline from prose."""
    mapped = folded(text)
    return [mapped.source_span(m.start(), m.end()) for m in _hijri().finditer(mapped.text)]


def find_hijri_dates(text: str, gregorian: list[DateRange]) -> list[DateRange]:
    """Hijri days with their year that the text does not also write in the Gregorian calendar
    ("17 رمضان 1446 هـ", "من 15 إلى 17 رمضان 1446"), converted by the Umm al-Qura calendar
    (hijridate). One written beside a Gregorian date (gregorian, "الموافق 17 مارس 2025") is
    that date's equivalent, not another day; one without a year is not converted."""
    mapped = folded(text)
    found: list[DateRange] = []
    for match in _hijri().finditer(mapped.text):
        start, end = mapped.source_span(match.start(), match.end())
        if match["y"] is None or any(_beside(start, end, g) for g in gregorian):
            continue
        year, month = int(match["y"]), _hijri_months()[_key(match["m"])]
        first = _gregorian(year, month, int(match["d1"] or match["d"]))
        last = _gregorian(year, month, int(match["d"]))
        if first is None or last is None:
            continue
        parsed = (first.isoformat(), last.isoformat(), True)
        weekdays = _weekdays(mapped.text[max(0, match.start() - 40) : match.start()], parsed)
        found.append(DateRange(parsed[0], parsed[1], start, end, True, weekdays))
    return found


def _beside(start: int, end: int, g: DateRange) -> bool:
    """A Gregorian date just after a Hijri one, or just before it, is its equivalent."""
    return 0 <= g.begin - end <= EQUIVALENT_GAP or 0 <= start - g.finish <= EQUIVALENT_GAP


def _gregorian(year: int, month: int, day: int) -> date | None:
    try:
        return Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None  # no such day, or a year outside the Umm al-Qura tables


@lru_cache(maxsize=1)
def _hijri_months() -> dict[str, int]:
    months = table("calendar")["hijri_months"]
    return {_key(str(f)): int(n) for n, spellings in months.items() for f in spellings}


@lru_cache(maxsize=1)
def _hijri() -> re.Pattern[str]:
    months = alternation(_hijri_months())
    join = rf"\s*(?:{_range_join()})\s*"
    return re.compile(
        rf"(?<!\d)(?:(?P<d1>\d{{1,2}}){join})?(?P<d>\d{{1,2}})\s+(?P<m>{months})"
        rf"(?:\s+(?P<y>\d{{4}}))?(?:\s*(?:هـ|ه)(?!\w))?"
    )


def _parse(
    match: re.Match[str], event_year: int | None, month_of: date | None
) -> tuple[str, str, bool] | None:
    g = match.groupdict()
    if g["cross"]:
        first, last = _month(g["c_m1"], month_of), _month(g["c_m2"], month_of)
        if first is None or last is None:
            return None
        d1, (m1, y1) = _day(g["c_d1"]), first
        d2, (m2, y2) = _day(g["c_d2"]), last
        y1, y2 = g["c_y1"] or y1, g["c_y2"] or y2
    elif g["same"]:
        month = _month(g["s_m"], month_of)
        if month is None:
            return None
        d1, d2, (m2, y2) = _day(g["s_d1"]), _day(g["s_d2"]), month
        m1, y1, y2 = m2, None, g["s_y"] or y2
        # "رقم 15-14 أكتوبر": a first number after the last is no range's start.
        d1 = min(d1, d2)
    else:
        month = _month(g["o_m"], month_of)
        if month is None:
            return None
        d1, (m1, y1) = _day(g["o_d"]), month
        d2, m2, y1, y2 = d1, m1, g["o_y"] or y1, None
    start_year, end_year = _years(m1, y1, m2, y2 or (y1 if not g["cross"] else None), event_year)
    start, end = edtf_day(start_year, m1, d1), edtf_day(end_year, m2, d2)
    if start is None or end is None:
        return None
    return start, end, start_year is not None


def _day(written: str) -> int:
    """A day of the month: digits, "فاتح" (the first) or an ordinal ("الثالث من")."""
    if written.isdigit():
        return int(written)
    return _ordinal_days().get(_key(written.removesuffix("من")), 1)


@lru_cache(maxsize=1)
def _ordinal_days() -> dict[str, int]:
    """ "الثالث" -> 3, folded."""
    days = table("calendar")["ordinal_days"]
    return {_key(str(f)): int(d) for d, spellings in days.items() for f in spellings}


def _years(
    m1: int, y1: str | None, m2: int, y2: str | None, event_year: int | None
) -> tuple[int | None, int | None]:
    """Fill a missing end of the range from the other, across a year end when months wrap."""
    start = int(y1) if y1 else None
    end = int(y2) if y2 else None
    if start is None and end is None and event_year is not None:
        end = event_year
    if start is None and end is not None:
        start = end - 1 if m1 > m2 else end
    if end is None and start is not None:
        end = start + 1 if m2 < m1 else start
    return start, end


def _weekday_since(
    before: str, parsed: tuple[str, str, bool]
) -> tuple[str, int, tuple[int, int]] | None:
    """ "من الثلاثاء إلى الخميس 13 نونبر": a single day after a range of two weekdays is the
    range's last; its first is the first weekday's, that many days before. The first day, how
    many characters before the date the range opens, and the two weekdays."""
    found = _weekday_range().search(before)
    if found is None or parsed[0] != parsed[1]:
        return None
    names = weekday_forms()
    weekdays = names[_key(found["first"])], names[_key(found["second"])]
    last = to_date(parsed[1])
    if last is not None and last.weekday() != weekdays[1]:
        return None  # the last weekday contradicts the date: which one is wrong is unknown
    first = add_days(parsed[1], -((weekdays[1] - weekdays[0]) % 7))
    return None if first is None else (first, len(before) - found.start(), weekdays)


@lru_cache(maxsize=1)
def _weekday_range() -> re.Pattern[str]:
    weekday = alternation(weekday_forms())
    lead = alternation(forms("calendar", "day_words"))
    join = alternation([_key(str(x)) for x in table("calendar")["weekday_range_join"]])
    day = rf"(?:(?:{lead})\s+)?"
    return re.compile(
        rf"(?<!\w)من\s+{day}(?P<first>{weekday})\s+(?:{join})\s+{day}(?P<second>{weekday})"
        rf"\s*[،,]?\s*$"
    )


def _weekdays(before: str, parsed: tuple[str, str, bool]) -> tuple[int | None, int | None]:
    """The weekdays written before a date, first and last day; a contradiction is warned of
    (one of them is a typo) and the weekdays are then not kept."""
    found = _weekdays_before().search(before)
    if not found:
        return None, None
    names = weekday_forms()
    first = names[_key(found["first"])]
    last = names[_key(found["second"])] if found["second"] else None
    if last is None and parsed[0] == parsed[1]:
        last = first
    if not parsed[2]:
        return first, last
    actual = date.fromisoformat(parsed[0]).weekday(), date.fromisoformat(parsed[1]).weekday()
    if first != actual[0] or last not in (None, actual[1]):
        log.warning("weekday named before %s..%s does not match the date", parsed[0], parsed[1])
        return None, None
    return first, last
