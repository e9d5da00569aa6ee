"""Dates as EDTF from Arabic sentences of the seeds, the year never invented."""

from __future__ import annotations

import pytest

from briefer.arabic.dates import find_dates, find_editions


@pytest.mark.parametrize(
    ("text", "event_year", "expected"),
    [
        # seed 000, sentence 1: no year in the date, the year of "(IGEF 2025)" in the sentence
        ("الذي يقام في العاصمة أنقرة من 18 إلى 20 سبتمبر.", 2025, ("2025-09-18", "2025-09-20")),
        # seed 001, sentence 3: doubled month name, "الجاري" gives no year
        ("بين 19 و21 سبتمبر/ أيلول الجاري، بدعوة رسمية", None, ("XXXX-09-19", "XXXX-09-21")),
        # the two names of the month side by side, as Reuters writes them
        ("26 نوفمبر تشرين الثاني 2024", None, ("2024-11-26", "2024-11-26")),
        # seed 002, sentence 1: Maghrebi month, year stated
        ("خلال الفترة الممتدة ما بين 24 و27 نونبر 2025 نشاطا", None, ("2025-11-24", "2025-11-27")),
        # seed 003, sentence 0: weekdays before the days, no year anywhere
        ("يومي الثلاثاء و الأربعاء، 28 و 29 يناير.", None, ("XXXX-01-28", "XXXX-01-29")),
        # seed 004, sentence 1
        (
            "زيارة عمل لدولة الإمارات العربية المتحدة بين 23 و26 شتنبر 2024.",
            None,
            ("2024-09-23", "2024-09-26"),
        ),
        # Eastern Arabic digits, Levantine months, a range across months
        ("من ٣٠ أيلول إلى ٢ تشرين الأول ٢٠٢٤", None, ("2024-09-30", "2024-10-02")),
        # across a year end, the year written once at the end
        ("من 30 ديسمبر إلى 2 يناير 2025", None, ("2024-12-30", "2025-01-02")),
        ("من ٣٠ كانون الأول ٢٠٢٤ إلى ٢ كانون الثاني", None, ("2024-12-30", "2025-01-02")),
        # two weekdays, then the last one's date: the range opens on the first weekday
        ("من الثلاثاء إلى الخميس 13 نونبر 2025", None, ("2025-11-11", "2025-11-13")),
        ("من يوم الأحد حتى يوم الثلاثاء 3 مارس", None, ("XXXX-03-01", "XXXX-03-03")),
        # a weekday that contradicts the date opens no range
        ("من الثلاثاء إلى الجمعة 13 نونبر 2025", None, ("2025-11-13", "2025-11-13")),
        # a single day with a year word
        ("في 5 أيار/مايو من سنة 2023", None, ("2023-05-05", "2023-05-05")),
        ("يوم 3 جانفي", None, ("XXXX-01-03", "XXXX-01-03")),
        # a site's date line with a comma before the year, Arabic or Latin
        ("21 مايو، 2025", None, ("2025-05-21", "2025-05-21")),
        ("21 مايو, 2025", None, ("2025-05-21", "2025-05-21")),
        # the Levantine "من" between the day and the month
        ("الاثنين 16 من شباط، في مبنى الوزارة", 2026, ("2026-02-16", "2026-02-16")),
        ("يوم 3 من شهر أيار 2025", None, ("2025-05-03", "2025-05-03")),
    ],
)
def test_dates(text: str, event_year: int | None, expected: tuple[str, str]) -> None:
    found = find_dates(text, event_year)
    assert (found[0].start, found[0].end) == expected


def test_impossible_day_is_no_date() -> None:
    assert find_dates("يوم 31 فبراير 2024") == []


def test_a_date_span_maps_back_to_the_text() -> None:
    text = "يومي الثلاثاء و الأربعاء، 28 و 29 يناير."
    found = find_dates(text)[0]
    assert text[found.begin : found.finish] == "28 و 29 يناير"


def test_editions_four_digit_years_only() -> None:
    editions = find_editions('المنتدى (IGEF 2025) والمعرض "IGEF 24"')
    assert [(e.name, e.label, e.year) for e in editions] == [
        ("IGEF", "2025", 2025),
        ("IGEF", "24", None),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Umm al-Qura: 17 Ramadan 1446 is Monday 17 March 2025, 1 Shawwal 1447 is 20 March 2026
        ("وصل الوفد يوم الاثنين 17 رمضان 1446 هـ إلى جدة.", [("2025-03-17", "2025-03-17")]),
        ("تنطلق الدورة في 1 شوال 1447هـ", [("2026-03-20", "2026-03-20")]),
        ("خلال الفترة من 15 إلى 17 رمضان 1446", [("2025-03-15", "2025-03-17")]),
        # the Gregorian equivalent written beside it is the date, not a second one
        ("جدة 17 رمضان 1446 هـ الموافق 17 مارس 2025 م (واس)", [("2025-03-17", "2025-03-17")]),
        ("يوم 17 مارس 2025 (17 رمضان 1446 هـ)", [("2025-03-17", "2025-03-17")]),
        # no year, no day of that month, or beyond the tables: nothing is converted
        ("في 17 رمضان", []),
        ("في 30 رمضان 1446", []),
        ("في 17 رمضان 1600", []),
    ],
)
def test_hijri_days_written_alone_are_converted(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(d.start, d.end) for d in find_dates(text)] == expected


def test_a_time_or_a_reversed_pair_before_a_month_is_one_day() -> None:
    for text in ("نُشر: 08:15-14 أكتوبر 2025 م", "رقم 15-14 أكتوبر 2025"):
        assert [(d.start, d.end) for d in find_dates(text)] == [("2025-10-14", "2025-10-14")]
