"""EDTF days: a calendar day whose year may be unknown ("XXXX-01-28") or uncertain
("2025-01-28?"), and the arithmetic the date readers share."""

from __future__ import annotations

from datetime import date, timedelta

UNKNOWN_YEAR = "XXXX"
UNCERTAIN = "?"
# A weekday recurs on the same day of the year within 28 years (the solar cycle).
CYCLE = 28


def narrow_year(month: int, day: int, weekday: int, reference: date) -> int | None:
    """The latest year not after reference's year in which month-day falls on weekday."""
    for year in range(reference.year, reference.year - CYCLE, -1):
        if valid_day(year, month, day) and date(year, month, day).weekday() == weekday:
            return year
    return None


def to_date(edtf: str, year: int | None = None) -> date | None:
    """The calendar day of an EDTF day ("2025-09-18", "2025-09-18?"), or of its month-day in
    year when the year is unknown ("XXXX-01-28") or year is given; None when impossible."""
    text = edtf.rstrip(UNCERTAIN)
    if len(text) != 10:
        return None
    if year is None and text.startswith(UNKNOWN_YEAR):
        return None
    y = year if year is not None else int(text[:4])
    m, d = int(text[5:7]), int(text[8:10])
    return date(y, m, d) if valid_day(y, m, d) else None


def add_days(edtf: str, days: int) -> str | None:
    """An EDTF day moved by days, keeping an unknown year or an uncertain one."""
    mark = UNCERTAIN if edtf.endswith(UNCERTAIN) else ""
    if edtf.startswith(UNKNOWN_YEAR):
        # Any year will do for the month-day, but not across the end of February.
        base = to_date(edtf, 2024 if edtf[5:10] == "02-29" else 2023)
        if base is None:
            return None
        moved = base + timedelta(days=days)
        if (base.month <= 2 < moved.month) or (moved.month <= 2 < base.month):
            return None
        return f"{UNKNOWN_YEAR}-{moved.month:02d}-{moved.day:02d}"
    base = to_date(edtf)
    return None if base is None else (base + timedelta(days=days)).isoformat() + mark


def edtf_day(year: int | None, month: int, day: int) -> str | None:
    if year is None:
        # Check the day against a leap year, the most permissive calendar.
        return f"{UNKNOWN_YEAR}-{month:02d}-{day:02d}" if valid_day(2024, month, day) else None
    return f"{year:04d}-{month:02d}-{day:02d}" if valid_day(year, month, day) else None


def valid_day(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True
