"""Dates and date ranges in Arabic text, as EDTF strings, with the year never invented."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from babel import Locale

from briefer.arabic.lexicon import alternation, folded, forms
from briefer.resources import data_table as table

log = logging.getLogger(__name__)

UNKNOWN_YEAR = "XXXX"
# A Latin event acronym and its edition: "IGEF 2025", "IGEF 24", "GITEX'24".
EDITION = re.compile(r"(?<![\w])([A-Z][A-Za-z]{1,15})\s*['’]?\s*(\d{2,4})(?![\w])")
YEAR = re.compile(r"^(?:19|20)\d\d$")


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

    @property
    def days(self) -> tuple[str, str]:
        """The month-day of start and end, to compare ranges whose years are unknown."""
        return self.start[5:], self.end[5:]


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
def _pattern() -> re.Pattern[str]:
    month = f"(?:{alternation(month_forms())})"
    # A doubled name, "سبتمبر/ أيلول" or "سبتمبر (أيلول)", is one month.
    month_group = rf"({month})(?:\s*[/(]\s*(?:{month})\s*\)?)?"
    join = "|".join(
        re.escape(j) if not j.isalpha() else j
        for j in (_key(x) for x in forms("calendar", "range_join"))
    )
    year_words = alternation(forms("calendar", "year_words"))
    year = rf"(?:\s*,?\s*(?:(?:{year_words})\s+)?((?:19|20)\d\d)(?!\d))?"
    day = r"(?<!\d)(\d{1,2})(?!\d)"
    cross = rf"{day}\s*{month_group}{year}\s*(?:{join})\s*{day}\s*{month_group}{year}"
    same = rf"{day}\s*(?:{join})\s*{day}\s*{month_group}{year}"
    single = rf"{day}\s*{month_group}{year}"
    return re.compile(f"(?P<cross>{cross})|(?P<same>{same})|(?P<single>{single})")


def find_editions(text: str) -> list[Edition]:
    """Event names that carry an edition number: "(IGEF 2025)", "IGEF 24"."""
    return [Edition(m.group(1), m.group(2), m.start(), m.end()) for m in EDITION.finditer(text)]


def find_dates(text: str, event_year: int | None = None) -> list[DateRange]:
    """Every day or range of days in text; the year comes from the text, else event_year."""
    mapped = folded(text)
    found: list[DateRange] = []
    for match in _pattern().finditer(mapped.text):
        parsed = _parse(match, event_year)
        if parsed is None:
            continue
        start, end = mapped.source_span(match.start(), match.end())
        found.append(DateRange(parsed[0], parsed[1], start, end, parsed[2]))
        _check_weekdays(mapped.text[max(0, match.start() - 40) : match.start()], parsed)
    return found


def _parse(match: re.Match[str], event_year: int | None) -> tuple[str, str, bool] | None:
    g = match.groups()
    months = month_forms()
    if match.group("cross"):
        d1, m1, y1, d2, m2, y2 = (
            int(g[1]),
            months[_key(g[2])],
            g[3],
            int(g[4]),
            months[_key(g[5])],
            g[6],
        )
    elif match.group("same"):
        d1, d2, m2, y2 = int(g[8]), int(g[9]), months[_key(g[10])], g[11]
        m1, y1 = m2, None
    else:
        d1, m1, y1 = int(g[13]), months[_key(g[14])], g[15]
        d2, m2, y2 = d1, m1, None
    start_year, end_year = _years(
        m1, y1, m2, y2 or (y1 if not match.group("cross") else None), event_year
    )
    start, end = _edtf(start_year, m1, d1), _edtf(end_year, m2, d2)
    if start is None or end is None:
        return None
    return start, end, start_year is not None


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


def _edtf(year: int | None, month: int, day: int) -> str | None:
    if year is None:
        # Check the day against a leap year, the most permissive calendar.
        return f"{UNKNOWN_YEAR}-{month:02d}-{day:02d}" if _valid(2024, month, day) else None
    return f"{year:04d}-{month:02d}-{day:02d}" if _valid(year, month, day) else None


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _check_weekdays(before: str, parsed: tuple[str, str, bool]) -> None:
    """Warn when a stated weekday contradicts a dated day: one of them is a typo."""
    if not parsed[2]:
        return
    stated = [
        n for name, n in weekday_forms().items() if re.search(rf"(?<!\w){name}(?!\w)", before)
    ]
    if not stated:
        return
    actual = {date.fromisoformat(parsed[0]).weekday(), date.fromisoformat(parsed[1]).weekday()}
    if not set(stated) & actual:
        log.warning("weekday named before %s..%s does not match the date", parsed[0], parsed[1])
