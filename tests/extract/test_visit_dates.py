"""Dates: the words that write them, the publication date, and which days are the visit's.

Sentences come from the unseen dev articles (tests/data/unseen/dev, cited by number), the seeds,
or are written for the rule. Self-contained: its own glossary fixture and article writer.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from briefer.arabic.dates import find_dates, find_numeric_dates, hijri_spans
from briefer.arabic.edtf import add_days, narrow_year
from briefer.arabic.relative import find_relative_days
from briefer.extract import extract
from briefer.extract.facts import Facts, Visit
from briefer.extract.published import read_publication
from briefer.extract.reading import read
from briefer.extract.visits import group_visits, visit_id
from briefer.glossary.load import load as load_glossary
from briefer.glossary.match import Glossary
from briefer.ingest import load_rules, read_article
from briefer.render.localize import Localizer

ROOT = Path(__file__).resolve().parents[2]
# A build date, as the build passes it; the publication date wins where an article has one.
BUILT = date(2026, 11, 30)


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary(ROOT / "glossary")


def article_facts(
    tmp_path: Path, glossary: Glossary, *lines: str, reference: date | None = BUILT
) -> Facts:
    """The facts of an article written line by line (blank lines between paragraphs)."""
    path = tmp_path / "article.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return extract(read_article(path, load_rules()), glossary, reference)


def dates_of(facts: Facts) -> tuple[str | None, str | None]:
    return facts.start, facts.end


# ---------------------------------------------------------------- written dates


def test_a_day_written_as_an_ordinal() -> None:
    # 463: "يوم الاثنين الثالث من فبراير الجاري"
    found = find_dates("أجرى حموشي، يوم الاثنين الثالث من فبراير الجاري، مباحثات")
    assert [(d.start, d.weekdays, d.qualifier) for d in found] == [
        ("XXXX-02-03", (0, 0), "current")
    ]
    found = find_dates("في الحادي والعشرين من مارس 2025")
    assert [(d.start, d.end) for d in found] == [("2025-03-21", "2025-03-21")]
    # Levantine "كانون الثاني" holds an ordinal and stays a month.
    found = find_dates("في 15 كانون الثاني 2025")
    assert [(d.start, d.end) for d in found] == [("2025-01-15", "2025-01-15")]


def test_the_first_of_the_month_joined_to_its_and() -> None:
    # 461: "يومي الاثنين والثلاثاء 30 يونيو وفاتح يوليوز 2025"
    found = find_dates("قام حموشي، يومي الاثنين والثلاثاء 30 يونيو وفاتح يوليوز 2025، بزيارة")
    assert [(d.start, d.end) for d in found] == [("2025-06-30", "2025-07-01")]


def test_weekdays_written_before_the_days_are_kept() -> None:
    # 204: "يومي الخميس والجمعة 22 و23 ماي 2025"
    found = find_dates("قام حموشي، يومي الخميس والجمعة 22 و23 ماي 2025، بزيارة عمل")[0]
    assert (found.start, found.end, found.weekdays) == ("2025-05-22", "2025-05-23", (3, 4))
    # seed 003: no year, weekdays kept for narrowing it
    found = find_dates("يومي الثلاثاء و الأربعاء، 28 و 29 يناير.")[0]
    assert (found.start, found.weekdays) == ("XXXX-01-28", (1, 2))


def test_a_weekday_contradicting_a_dated_day_is_dropped() -> None:
    # 16 June 2025 is a Monday, not a Sunday: one of them is a typo, neither is trusted.
    assert find_dates("الأحد 16 يونيو 2025")[0].weekdays == (None, None)


def test_a_range_across_months_with_both_weekdays() -> None:
    found = find_dates("من الاثنين 30 يونيو إلى الأربعاء 2 يوليوز 2025")[0]
    assert (found.start, found.end) == ("2025-06-30", "2025-07-02")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 213, 219: Maghrebi months across a month boundary
        ("امتدت من 30 أبريل إلى 2 ماي 2025، وقع", ("2025-04-30", "2025-05-02")),
        ("امتدت من 30 يونيو إلى 2 يوليوز 2025، بدعوة", ("2025-06-30", "2025-07-02")),
        # 202: Levantine month, Arabic-Indic digits
        ("يومي الأحد والاثنين ١٢ و١٣ تشرين الأول ٢٠٢٥.", ("2025-10-12", "2025-10-13")),
        # 231: a doubled month name
        ("يومي 16 و17 يوليو/ تموز 2025، على رأس", ("2025-07-16", "2025-07-17")),
    ],
)
def test_written_ranges(text: str, expected: tuple[str, str]) -> None:
    found = find_dates(text)[0]
    assert (found.start, found.end) == expected


def test_the_first_of_the_month_in_words() -> None:
    # "فاتح دجنبر": Moroccan outlets write the first of the month so
    found = find_dates("يوم الاثنين فاتح دجنبر 2025، في زيارة عمل")[0]
    assert (found.start, found.weekdays) == ("2025-12-01", (0, 0))
    assert find_dates("من فاتح إلى 3 دجنبر")[0].end == "XXXX-12-03"


def test_this_month_and_last_month_are_marked() -> None:
    assert find_dates("بين 19 و21 سبتمبر/ أيلول الجاري")[0].qualifier == "current"
    assert find_dates("في 14 أكتوبر الماضي")[0].qualifier == "past"
    assert find_dates("في 14 أكتوبر 2024")[0].qualifier is None


def test_a_month_named_relative_to_the_publication() -> None:
    # 1446: "يومي 6 و7 من الشهر الجاري"; the month is the publication's, or none without it.
    april = date(2026, 4, 9)
    found = find_dates("يومي 6 و7 من الشهر الجاري", month_of=april)
    assert [(d.start, d.end) for d in found] == [("2026-04-06", "2026-04-07")]
    assert find_dates("يومي 6 و7 من الشهر الجاري") == []
    found = find_dates("في 30 من الشهر الماضي", month_of=date(2026, 1, 9))
    assert [d.start for d in found] == ["2025-12-30"]
    found = find_dates("من 30 الشهر الجاري إلى 2 الشهر المقبل", month_of=date(2025, 12, 3))
    assert [(d.start, d.end) for d in found] == [("2025-12-30", "2026-01-02")]
    # A month with no day is no date.
    assert find_dates("خلال الشهر الماضي", month_of=april) == []


def test_a_visit_on_days_of_the_current_month(tmp_path: Path, glossary: Glossary) -> None:
    lines = (
        "حموشي في ريغا",
        "",
        "الخميس 9 أبريل 2026",
        "",
        "أجرى عبد اللطيف حموشي، يومي 6 و7 من الشهر الجاري، زيارة عمل إلى العاصمة اللاتفية ريغا.",
    )
    assert dates_of(article_facts(tmp_path, glossary, *lines)) == ("2026-04-06", "2026-04-07")
    # Without the publication line, the build date does not place the month.
    undated = (lines[0], "", *lines[4:])
    assert dates_of(article_facts(tmp_path, glossary, *undated)) == (None, None)


def test_the_date_of_a_meeting_agreed_to_be_held_later_is_not_the_visits(
    tmp_path: Path, glossary: Glossary
) -> None:
    # 1491: the visit "أواخر الشهر الماضي", the committee agreed on for the 27th and 28th.
    facts = article_facts(
        tmp_path,
        glossary,
        "حموشي في لاباز",
        "",
        "الخميس 19 مارس 2026",
        "",
        "قام عبد اللطيف حموشي أواخر الشهر الماضي بزيارة عمل إلى بوليفيا.",
        "",
        "واتفق الجانبان على عقد الاجتماع الأول للجنة التقنية المشتركة بالرباط يومي 27 و28 من "
        "الشهر الجاري.",
    )
    assert dates_of(facts) == (None, None)


def test_numeric_dates_of_wire_footers() -> None:
    # 222 "بنا 1452 جمت 10/12/2024", 202 "١٢/١٠/٢٠٢٥ ١٥:٤٠:١١": day first
    assert [d.start for d in find_numeric_dates("بنا 1452 جمت 10/12/2024")] == ["2024-12-10"]
    assert [d.start for d in find_numeric_dates("١٢/١٠/٢٠٢٥ ١٥:٤٠:١١")] == ["2025-10-12"]
    assert find_numeric_dates("31/02/2024") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("هامبورغ 16.10.2025 (الصحراء المغربية)", "2025-10-16"),
        ("استقبل حموشي، يوم 18-05-2026 بمدينة مراكش، مدير الأمن العام", "2026-05-18"),
        ("الرباط - 2026/05/20", "2026-05-20"),
        ("آخر تحديث 2025-05-19 على الساعة 10:00", "2025-05-19"),
        # a date line with dashes between its day, month name and year
        ("14 - مايو - 2024", "2024-05-14"),
        # the Egyptian press's line: slashes between them (1548)
        ("الأحد 11/فبراير/2024 - 03:20 م", "2024-02-11"),
    ],
)
def test_numeric_dates_in_every_order_are_dates(text: str, expected: str) -> None:
    assert [(d.start, d.end) for d in find_dates(text)] == [(expected, expected)]


@pytest.mark.parametrize("text", ["موسم 2025-2026", "الهاتف 05.22.33.44", "الفصل 12.3.4"])
def test_seasons_phone_numbers_and_clauses_are_not_dates(text: str) -> None:
    assert find_dates(text) == []


def test_hijri_dates_are_found_for_datelines() -> None:
    # 208: "الرياض 22 شوال 1446 هـ الموافق 20 أبريل 2025 م واس"
    text = "الرياض 22 شوال 1446 هـ الموافق 20 أبريل 2025 م واس"
    assert [text[a:b].rstrip("ـ") for a, b in hijri_spans(text)] == ["22 شوال 1446 ه"]
    assert [d.start for d in find_dates(text)] == ["2025-04-20"]


def test_narrow_year_takes_the_latest_fitting_year() -> None:
    # seed 003: Tuesday 28 January -> 2025 for any reference from 2025-01-28 to 2031
    assert narrow_year(1, 28, 1, date(2026, 11, 30)) == 2025
    # 218: Monday 19 May, published Thursday 29 May 2025 -> 2025
    assert narrow_year(5, 19, 0, date(2025, 5, 29)) == 2025
    # a December visit read in January of the next year
    assert narrow_year(12, 18, 3, date(2026, 1, 5)) == 2025
    assert narrow_year(2, 29, 0, date(2026, 1, 1)) == 2016


def test_adding_days_keeps_an_unknown_or_uncertain_year() -> None:
    assert add_days("2025-06-16", 1) == "2025-06-17"
    assert add_days("2025-12-31?", 1) == "2026-01-01?"
    assert add_days("XXXX-03-14", 2) == "XXXX-03-16"
    assert add_days("XXXX-02-28", 1) is None  # 29 February or 1 March: the year decides


# ---------------------------------------------------------------- relative days


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("استقبل حموشي، اليوم الثلاثاء بمقر المديرية", date(2025, 11, 4), date(2025, 11, 4)),
        ("استقبل اللواء محمود توفيق، أمس الأحد، السيد", date(2025, 2, 24), date(2025, 2, 23)),
        ("حل حموشي، الثلاثاء الماضي، بالعاصمة", date(2025, 2, 6), date(2025, 2, 4)),
        ("يزور الوفد يوم غد الاثنين معهد الأمن العام", date(2025, 10, 12), date(2025, 10, 13)),
        ("في مكتبه بالرياض اليوم، المدير العام", date(2025, 4, 20), date(2025, 4, 20)),
        # the Gulf press's day before yesterday
        ("قد وصل إلى الدولة أمس الأول، في زيارة", date(2024, 10, 2), date(2024, 9, 30)),
        # the weekday written is not yesterday's: no day rather than a wrong one
        ("أمس الأحد", date(2025, 2, 26), None),
    ],
)
def test_relative_days_resolve_against_the_publication_date(
    text: str, published: date, expected: date | None
) -> None:
    found = find_relative_days(text)
    assert len(found) == 1
    assert found[0].resolve(published) == expected


@pytest.mark.parametrize(
    "text",
    [
        "الأيام 24 - متابعة",  # an outlet
        "خلال اليوم الثاني من زيارته",  # 201: an ordinal day of the visit
        "يوم الجمعة 14 مارس",  # 224: the weekday of a written date
        "يومي الاثنين والثلاثاء 19 و20 ماي",
        "حتى اليوم",
    ],
)
def test_words_that_are_no_relative_day(text: str) -> None:
    assert find_relative_days(text) == []


def test_a_bare_weekday_and_a_week() -> None:
    # 231 "بحث … حموشي، الأربعاء، مع": which Wednesday, only a range around it can tell
    bare = find_relative_days("بحث مدير عام الأمن الوطني، الأربعاء، مع")[0]
    assert bare.bare and bare.weekday == 2 and bare.resolve(date(2025, 7, 18)) is None
    week = find_relative_days("يحل حموشي الأسبوع المقبل بدولة الإمارات")[0]
    assert week.reaches(date(2026, 2, 17), date(2026, 2, 24))
    assert not week.reaches(date(2026, 2, 17), date(2026, 2, 10))


# ---------------------------------------------------------------- the publication date


def publication_of(tmp_path: Path, glossary: Glossary, *lines: str) -> tuple[str | None, int]:
    path = tmp_path / "article.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    found = read_publication(read(read_article(path, load_rules()), glossary))
    return found.day, len(found.lines)


def test_publication_line_under_the_outlet(tmp_path: Path, glossary: Glossary) -> None:
    # 201
    assert publication_of(
        tmp_path,
        glossary,
        "هسبريس - من الرباط",
        "الاثنين 16 يونيو 2025 - 22:15",
        "",
        "حموشي في الدوحة.. مذكرتا تفاهم",
        "",
        "حل عبد اللطيف حموشي، اليوم الاثنين 16 يونيو 2025، بالعاصمة القطرية الدوحة.",
    ) == ("2025-06-16", 1)


def test_a_print_pages_furniture_line_holds_the_date_in_one_field(
    tmp_path: Path, glossary: Glossary
) -> None:
    assert publication_of(
        tmp_path,
        glossary,
        "المساء | العدد 5120 | الأربعاء 11 مارس 2026 | الصفحة 5 - وطنية",
        "",
        "حموشي يستقبل وفدا أمنيا",
        "",
        "استقبل عبد اللطيف حموشي، الاثنين الماضي، بمقر المديرية العامة بالرباط، وفدا أمنيا.",
    ) == ("2026-03-11", 1)


def test_a_page_line_with_its_update_gives_the_publication(
    tmp_path: Path, glossary: Glossary
) -> None:
    assert publication_of(
        tmp_path,
        glossary,
        "بيروت - العربية.نت",
        "نشر في: 02 أبريل ,2026: 05:20 م GMT آخر تحديث: 03 أبريل ,2026: 05:41 م GMT",
        "",
        "الكبتاغون على طاولة مباحثات في بيروت",
        "",
        "بحث وزير الداخلية اللبناني، اليوم الخميس، مع عبد اللطيف حموشي سبل تطوير التعاون.",
    ) == ("2026-04-02", 1)


def test_agency_datelines(tmp_path: Path, glossary: Glossary) -> None:
    # 203 (MAP) and 208 (SPA, Hijri and Gregorian)
    assert publication_of(
        tmp_path,
        glossary,
        "الرباط - ومع - الثلاثاء 4 نونبر 2025",
        "",
        "استقبل عبد اللطيف حموشي، اليوم الثلاثاء بمقر المديرية العامة للأمن الوطني بالرباط، وفدا.",
    ) == ("2025-11-04", 1)
    assert publication_of(
        tmp_path,
        glossary,
        "الرياض 22 شوال 1446 هـ الموافق 20 أبريل 2025 م واس",
        "",
        "استقبل وزير الداخلية، في مكتبه بالرياض اليوم، عبداللطيف حموشي.",
    ) == ("2025-04-20", 1)


def test_dateline_opening_the_first_paragraph_and_a_wire_footer(
    tmp_path: Path, glossary: Glossary
) -> None:
    # 202: the dateline gives no year, the footer does
    assert publication_of(
        tmp_path,
        glossary,
        "عمّان ١٢ تشرين الأول (بترا)- بحث مدير الأمن العام، اليوم الأحد، مع حموشي آفاق التعاون.",
        "",
        "وجرى اللقاء في العاصمة الأردنية عمّان.",
        "",
        "ح ع/ ن ه",
        "١٢/١٠/٢٠٢٥ ١٥:٤٠:١١",
    ) == ("2025-10-12", 2)


def test_a_dateline_giving_the_hijri_date_first(tmp_path: Path, glossary: Glossary) -> None:
    assert publication_of(
        tmp_path,
        glossary,
        "مسقط في 12 ربيع الأول 1447 هـ الموافق 4 سبتمبر 2025 م /العمانية/ - وصل عبد اللطيف "
        "حموشي اليوم إلى مسقط في زيارة عمل.",
    ) == ("2025-09-04", 1)


def test_a_dateline_whose_agency_bracket_ends_with_a_full_stop(
    tmp_path: Path, glossary: Glossary
) -> None:
    # EFE's "(إفي).-": the dateline's day is the filing, not a day of the visit
    facts = article_facts(
        tmp_path,
        glossary,
        "حموشي يلتقي قادة الشرطة في ليما",
        "",
        "ليما، 22 أبريل (إفي).- عقد عبد اللطيف حموشي لقاءات ثنائية على هامش المؤتمر الدولي "
        "للشرطة، الذي تحتضنه العاصمة البيروفية بين 21 و23 أبريل 2026.",
        reference=None,
    )
    assert dates_of(facts) == ("2026-04-21", "2026-04-23")


def test_the_days_an_event_convenes_are_the_visits(tmp_path: Path, glossary: Glossary) -> None:
    # The meeting of "today" lies inside the event's days, which the visit is for.
    facts = article_facts(
        tmp_path,
        glossary,
        "الأربعاء 11 فبراير 2026",
        "",
        "حموشي في غابورون",
        "",
        "التقى عبد اللطيف حموشي، اليوم الأربعاء في العاصمة البوتسوانية غابورون، مفوض شرطة "
        "بوتسوانا، على هامش أشغال المؤتمر الإقليمي الإفريقي للإنتربول.",
        "",
        "وينعقد المؤتمر في غابورون من 10 إلى 12 فبراير الجاري، بمشاركة قادة الشرطة الإفريقية.",
        reference=None,
    )
    assert dates_of(facts) == ("2026-02-10", "2026-02-12")


def test_a_close_told_the_day_before_then_the_opening_in_the_pluperfect(
    tmp_path: Path, glossary: Glossary
) -> None:
    # "this meeting" makes the pluperfect this visit's; its closing day gives the year.
    facts = article_facts(
        tmp_path,
        glossary,
        "الجمعة 29 ماي 2026 - 10:15",
        "",
        "حموشي في اجتماع أمني دولي",
        "",
        "اختتمت، أمس الخميس، في سانت بطرسبرغ، أشغال الاجتماع الدولي للمسؤولين الأمنيين، الذي "
        "شارك فيه وفد مغربي يقوده عبد اللطيف حموشي.",
        "",
        "وكانت أشغال هذا الاجتماع قد انطلقت يوم الثلاثاء 26 ماي، بمشاركة وفود تمثل مائة دولة.",
        reference=None,
    )
    assert dates_of(facts) == ("2026-05-26", "2026-05-28")


def test_the_visits_last_day_told_with_its_date(tmp_path: Path, glossary: Glossary) -> None:
    facts = article_facts(
        tmp_path,
        glossary,
        "حموشي في دوالا",
        "",
        "حل عبد اللطيف حموشي، يوم الثلاثاء 3 مارس 2026، بمدينة دوالا في زيارة عمل.",
        "",
        "وفي اليوم الأخير من الزيارة، يوم الخميس 5 مارس، تم التوقيع على بروتوكول للتعاون.",
        reference=None,
    )
    assert dates_of(facts) == ("2026-03-03", "2026-03-05")


def test_a_dateline_with_the_citys_country_in_brackets(tmp_path: Path, glossary: Glossary) -> None:
    assert publication_of(
        tmp_path,
        glossary,
        "مينديلو (الرأس الأخضر) - 19 شتنبر 2025 (ومع) - أجرى عبد اللطيف حموشي، أمس الخميس "
        "بمدينة مينديلو، مباحثات مع المدير الوطني للشرطة.",
    ) == ("2025-09-19", 1)


def test_a_headline_with_a_date_is_no_publication_line(tmp_path: Path, glossary: Glossary) -> None:
    assert publication_of(
        tmp_path,
        glossary,
        "حموشي يحل بأنقرة يوم 18 سبتمبر 2025 للمشاركة في المنتدى",
        "",
        "يقود عبد اللطيف حموشي وفدا أمنيا في زيارة عمل رسمية إلى تركيا.",
    ) == (None, 0)


# ---------------------------------------------------------------- which days are the visit's


def test_a_start_date_and_a_duration(tmp_path: Path, glossary: Glossary) -> None:
    # 201: "اليوم الاثنين 16 يونيو 2025 … في زيارة عمل تستغرق يومين"
    facts = article_facts(
        tmp_path,
        glossary,
        "حموشي في الدوحة",
        "",
        "حل عبد اللطيف حموشي، اليوم الاثنين 16 يونيو 2025، بالعاصمة القطرية الدوحة، "
        "في زيارة عمل تستغرق يومين، بدعوة رسمية.",
    )
    assert dates_of(facts) == ("2025-06-16", "2025-06-17")
    facts = article_facts(
        tmp_path,
        glossary,
        "حموشي في مدريد",
        "",
        "يحل عبد اللطيف حموشي يوم الاثنين 3 مارس 2025 بمدريد في زيارة عمل لمدة ثلاثة أيام.",
    )
    assert dates_of(facts) == ("2025-03-03", "2025-03-05")


def test_a_date_line_among_headings_after_the_lead_and_a_bare_first_weekday(
    tmp_path: Path, glossary: Glossary
) -> None:
    # 454: Anadolu's lead bullets, then "بوغوتا/ الأناضول" and "16.07.2025" on lines of their own
    lines = (
        "حموشي في بوغوتا.. المغرب وكولومبيا يوقعان مذكرة تفاهم",
        "",
        "- مسؤول الأمن المغربي بحث مع وزير الدفاع الكولومبي سبل التصدي للشبكات التي تنقل الكوكايين",
        "",
        "- الزيارة تستمر حتى الخميس",
        "",
        "بوغوتا/ الأناضول",
        "",
        "16.07.2025",
        "",
        "أجرى عبد اللطيف حموشي، الثلاثاء، مباحثات في العاصمة الكولومبية بوغوتا مع وزير الدفاع.",
        "",
        "ويجري حموشي زيارة رسمية إلى كولومبيا بدأها الاثنين وتستمر حتى الخميس 17 يوليو/ تموز "
        "الجاري.",
    )
    facts = article_facts(tmp_path, glossary, *lines)
    assert facts.published == "2025-07-16"
    assert dates_of(facts) == ("2025-07-14", "2025-07-17")


def test_the_visitors_stay_until_a_date_is_not_the_reception(
    tmp_path: Path, glossary: Glossary
) -> None:
    # 294: a reception on Tuesday; the Libyan minister stays from Monday to Thursday
    facts = article_facts(
        tmp_path,
        glossary,
        "حموشي يستقبل وزير الداخلية الليبي",
        "",
        "20.05.2025",
        "",
        "استقبل عبد اللطيف حموشي، الثلاثاء، بمدينة تمارة وزير الداخلية الليبي عماد الطرابلسي.",
        "",
        "ويزور الطرابلسي المغرب منذ الاثنين، في زيارة تستمر حتى الخميس 22 أيار/ مايو الجاري.",
    )
    assert dates_of(facts) == ("2025-05-20", "2025-05-20")


def test_an_event_running_until_the_day_after_tomorrow(tmp_path: Path, glossary: Glossary) -> None:
    # 462: "الذي تتواصل فعالياته إلى غاية بعد غد الخميس"
    facts = article_facts(
        tmp_path,
        glossary,
        "حموشي في الدوحة",
        "الثلاثاء 29 أكتوبر 2024",
        "شارك عبد اللطيف حموشي، صباح اليوم الثلاثاء بالعاصمة القطرية الدوحة، في حفل افتتاح "
        'معرض "ميليبول قطر"، الذي تتواصل فعالياته إلى غاية بعد غد الخميس.',
    )
    assert dates_of(facts) == ("2024-10-29", "2024-10-31")


def test_two_weekdays_without_dates_around_today(tmp_path: Path, glossary: Glossary) -> None:
    # 483: "اليوم الثلاثاء" then "زيارة عمل قام بها حموشي إلى كرواتيا يومي الاثنين والثلاثاء"
    facts = article_facts(
        tmp_path,
        glossary,
        "حموشي في زغرب",
        "أخبار | الثلاثاء 19 نونبر 2024 - 20:05",
        "وقع عبد اللطيف حموشي، اليوم الثلاثاء بالعاصمة الكرواتية زغرب، مذكرة تفاهم.",
        "",
        "وجاء توقيع هذه المذكرة في ختام زيارة عمل قام بها حموشي إلى كرواتيا يومي الاثنين "
        "والثلاثاء.",
    )
    assert dates_of(facts) == ("2024-11-18", "2024-11-19")


def test_the_day_found_is_the_visits_second_and_last(tmp_path: Path, glossary: Glossary) -> None:
    # 500: "وقعت …، اليوم الثلاثاء بالعاصمة الفلبينية مانيلا، … في اليوم الثاني والاخير"
    facts = article_facts(
        tmp_path,
        glossary,
        "حموشي يوقع بمانيلا مذكرة تفاهم",
        "الثلاثاء 27 غشت 2024 | 18:05",
        "وقع عبد اللطيف حموشي، اليوم الثلاثاء بالعاصمة الفلبينية مانيلا، مذكرة تفاهم، وذلك في "
        "اليوم الثاني والاخير من زيارة العمل التي يقوم بها إلى الفلبين.",
    )
    assert dates_of(facts) == ("2024-08-26", "2024-08-27")


def test_a_duration_of_the_visit_named_with_the_article(tmp_path: Path, glossary: Glossary) -> None:
    # 449: "فإن هذه الزيارة، التي تستغرق ثلاثة أيام، تأتي بدعوة من السلطات الدنماركية"
    facts = article_facts(
        tmp_path,
        glossary,
        "حموشي في كوبنهاغن",
        "آخر تحديث: الثلاثاء 9 شتنبر 2025 - 18:40",
        "يواصل عبد اللطيف حموشي زيارة العمل التي يقوم بها إلى مملكة الدنمارك، والتي حل في "
        "إطارها أمس الاثنين بالعاصمة كوبنهاغن.",
        "",
        "وحسب المعطيات المتوفرة، فإن هذه الزيارة، التي تستغرق ثلاثة أيام، تأتي بدعوة من "
        "السلطات الدنماركية.",
    )
    assert dates_of(facts) == ("2025-09-08", "2025-09-10")


def test_a_duration_after_the_country_and_first_day_of_the_visit(
    tmp_path: Path, glossary: Glossary
) -> None:
    # 427: "في إطار زيارة عمل يقوم بها لجمهورية سيراليون منذ أمس الاثنين، تستغرق يومين"
    facts = article_facts(
        tmp_path,
        glossary,
        "حموشي في فريتاون",
        "فريتاون - ومع - الثلاثاء 3 دجنبر 2024",
        "أجرى عبد اللطيف حموشي اليوم الثلاثاء بفريتاون مباحثات مع نظيره، وذلك في إطار زيارة "
        "عمل يقوم بها لجمهورية سيراليون منذ أمس الاثنين، تستغرق يومين.",
    )
    assert dates_of(facts) == ("2024-12-02", "2024-12-03")


def test_a_duration_after_the_visitors_post_and_country(tmp_path: Path, glossary: Glossary) -> None:
    # The principal's post between the visit word and the duration does not take it out of reach.
    facts = article_facts(
        tmp_path,
        glossary,
        "حموشي في نيامي",
        "الثلاثاء 3 مارس 2026 - 16:12",
        "بحث عبد اللطيف حموشي مع وزير الداخلية النيجري الاثنين في نيامي التعاون الأمني، خلال "
        "زيارة يقوم بها المسؤول الأمني المغربي إلى النيجر منذ الاثنين وتستمر يومين.",
    )
    assert dates_of(facts) == ("2026-03-02", "2026-03-03")


def test_a_course_length_is_no_visit_length(tmp_path: Path, glossary: Glossary) -> None:
    # 228: the eight-week course is not the principal's visit
    facts = article_facts(
        tmp_path,
        glossary,
        "حموشي بفاس",
        "",
        "ترأس عبد اللطيف حموشي، يوم الجمعة 27 يونيو 2025 بمدينة فاس، حفل اختتام الدورة "
        "التكوينية التي استفاد منها 120 إطارا أمنيا، على مدى ثمانية أسابيع.",
    )
    assert dates_of(facts) == ("2025-06-27", "2025-06-27")


def test_opened_and_closed(tmp_path: Path, glossary: Glossary) -> None:
    # 220
    facts = article_facts(
        tmp_path,
        glossary,
        "حموشي بدبي",
        "",
        "شارك عبد اللطيف حموشي في أشغال القمة العالمية للشرطة 2025، التي افتتحت يوم الثلاثاء "
        "13 ماي 2025 بمركز دبي التجاري العالمي، واختتمت يوم الخميس 15 ماي.",
    )
    assert dates_of(facts) == ("2025-05-13", "2025-05-15")


def test_relative_day_and_duration_from_the_publication_line(
    tmp_path: Path, glossary: Glossary
) -> None:
    # 206: published Thursday 6 February 2025; "الثلاثاء الماضي" + "تستمر ثلاثة أيام"
    facts = article_facts(
        tmp_path,
        glossary,
        "اليوم 24",
        "الخميس 6 فبراير 2025",
        "",
        "في زيارة تستمر ثلاثة أيام.. حموشي يبحث بنواكشوط تأمين الحدود",
        "",
        "حل عبد اللطيف حموشي، الثلاثاء الماضي، بالعاصمة الموريتانية نواكشوط، في زيارة "
        "تستمر ثلاثة أيام، بدعوة من السلطات الأمنية.",
    )
    assert facts.published == "2025-02-06"
    assert dates_of(facts) == ("2025-02-04", "2025-02-06")
    assert [e.sentence for e in facts.evidence["published"]] == [0]
    assert {e.sentence for e in facts.evidence["dates"]} == {0, 3}


def test_yesterday(tmp_path: Path, glossary: Glossary) -> None:
    # 210
    facts = article_facts(
        tmp_path,
        glossary,
        "أخبارنا المغربية",
        "الأربعاء 9 أبريل 2025",
        "",
        "حموشي بمقر الإنتربول في ليون",
        "",
        "أجرى عبد اللطيف حموشي، أمس الثلاثاء، زيارة إلى مقر الأمانة العامة للإنتربول "
        "بمدينة ليون الفرنسية.",
    )
    assert dates_of(facts) == ("2025-04-08", "2025-04-08")


def test_a_bare_weekday_in_a_dated_wire(tmp_path: Path, glossary: Glossary) -> None:
    lines = (
        "الخميس 13 مارس 2025",
        "",
        "حموشي في باريس",
        "",
        "التقى عبد اللطيف حموشي، الثلاثاء، المدير العام للشرطة الوطنية الفرنسية بباريس.",
    )
    assert dates_of(article_facts(tmp_path, glossary, *lines)) == ("2025-03-11", "2025-03-11")
    # a weekday of what is planned is no day of the visit
    lines = (*lines[:4], "وسيزور عبد اللطيف حموشي الثلاثاء مقر الشرطة الوطنية الفرنسية بباريس.")
    assert dates_of(article_facts(tmp_path, glossary, *lines)) == (None, None)


def test_a_programmes_weekday_to_come_is_not_last_weeks(tmp_path: Path, glossary: Glossary) -> None:
    lines = (
        "الثلاثاء 10 مارس 2026",
        "",
        "حموشي في لشبونة",
        "",
        "يجري عبد اللطيف حموشي زيارة عمل إلى البرتغال بدأها الاثنين وتستمر ثلاثة أيام.",
        "",
        "ووفق برنامج الزيارة، يزور الوفد المغربي الأربعاء مدرسة الشرطة بلشبونة.",
    )
    assert dates_of(article_facts(tmp_path, glossary, *lines)) == ("2026-03-09", "2026-03-11")


def test_a_written_date_between_the_visit_and_its_length(
    tmp_path: Path, glossary: Glossary
) -> None:
    lines = (
        "حموشي في أوسلو",
        "",
        "يواصل عبد اللطيف حموشي زيارة إلى النرويج بدأها يوم الأربعاء 8 أكتوبر/ تشرين الأول 2025 "
        "وتمتد يومين.",
    )
    assert dates_of(article_facts(tmp_path, glossary, *lines)) == ("2025-10-08", "2025-10-09")


def test_at_home_the_visitors_official_stay_is_not_the_reception_day(
    tmp_path: Path, glossary: Glossary
) -> None:
    lines = (
        "حموشي يستقبل وفدا أمنيا",
        "",
        "الرباط 21-10-2025 - استقبل عبد اللطيف حموشي، اليوم، بمقر المديرية العامة للأمن الوطني "
        "بالرباط، المفتش العام للشرطة الغانية، وذلك في إطار الزيارة الرسمية التي يقوم بها "
        "للمملكة المغربية خلال الفترة من 19 إلى 24 أكتوبر الجاري.",
    )
    assert dates_of(article_facts(tmp_path, glossary, *lines)) == ("2025-10-21", "2025-10-21")


def test_the_publication_date_alone_is_no_visit_date(tmp_path: Path, glossary: Glossary) -> None:
    # 211: "أجرى مؤخرا زيارة عمل"
    facts = article_facts(
        tmp_path,
        glossary,
        "هسبريس",
        "الجمعة 18 أكتوبر 2024 - 09:30",
        "",
        "حموشي في بروكسيل",
        "",
        "أجرى عبد اللطيف حموشي مؤخرا زيارة عمل إلى مملكة بلجيكا، قادته إلى العاصمة بروكسيل.",
    )
    assert facts.published == "2024-10-18"
    assert dates_of(facts) == (None, None)


def test_year_narrowed_by_the_publication_date(tmp_path: Path, glossary: Glossary) -> None:
    # 218: "يومي الاثنين والثلاثاء 19 و20 ماي", published Thursday 29 May 2025
    facts = article_facts(
        tmp_path,
        glossary,
        "الصباح",
        "الخميس 29 ماي 2025",
        "",
        "حموشي في لندن",
        "",
        "قام عبد اللطيف حموشي يومي الاثنين والثلاثاء 19 و20 ماي، بزيارة عمل إلى المملكة المتحدة.",
        reference=None,
    )
    assert dates_of(facts) == ("2025-05-19?", "2025-05-20?")


def test_a_date_of_the_publication_day_or_the_day_before_takes_its_year_surely(
    tmp_path: Path, glossary: Glossary
) -> None:
    # The news of the day: no weekday guess, so no "?"; two days back, the guess again.
    def dated(day: str) -> tuple[str | None, str | None]:
        facts = article_facts(
            tmp_path,
            glossary,
            "الأحداث",
            "الخميس 9 أكتوبر 2025",
            "",
            "حموشي في بروكسل",
            "",
            f"حل عبد اللطيف حموشي يوم {day} ببروكسل، في زيارة عمل إلى مملكة بلجيكا.",
            reference=None,
        )
        return dates_of(facts)

    assert dated("الخميس 9 أكتوبر") == ("2025-10-09", "2025-10-09")
    assert dated("الأربعاء 8 أكتوبر") == ("2025-10-08", "2025-10-08")
    assert dated("الثلاثاء 7 أكتوبر") == ("2025-10-07?", "2025-10-07?")


def test_year_narrowed_by_the_reference_date(tmp_path: Path, glossary: Glossary) -> None:
    # seed 003: no year, no publication date; the build date narrows it
    lines = (
        "هومبريس – ع ورديني",
        "قام عبد اللطيف حموشي بزيارة عمل إلى مملكة إسبانيا يومي الثلاثاء و الأربعاء، 28 و 29 يناير.",
    )
    facts = article_facts(tmp_path, glossary, *lines)
    assert dates_of(facts) == ("2025-01-28?", "2025-01-29?")
    assert dates_of(article_facts(tmp_path, glossary, *lines, reference=None)) == (
        "XXXX-01-28",
        "XXXX-01-29",
    )


def test_without_weekday_the_year_stays_unknown(tmp_path: Path, glossary: Glossary) -> None:
    facts = article_facts(
        tmp_path,
        glossary,
        "الخميس 29 ماي 2025",
        "",
        "حموشي في لندن",
        "",
        "قام عبد اللطيف حموشي يوم 19 ماي بزيارة عمل إلى المملكة المتحدة.",
    )
    assert dates_of(facts) == ("XXXX-05-19", "XXXX-05-19")


def test_today_with_the_year_from_a_wire_footer(tmp_path: Path, glossary: Glossary) -> None:
    # 222: dateline without year, "اليوم" in the body, the footer gives the year: exact
    facts = article_facts(
        tmp_path,
        glossary,
        "المنامة في 10 ديسمبر / بنا /",
        "",
        "وزير الداخلية يستقبل المدير العام للأمن الوطني بالمملكة المغربية",
        "",
        "استقبل وزير الداخلية اليوم، السيد عبداللطيف حموشي المدير العام للأمن الوطني.",
        "",
        "ي ع",
        "بنا 1452 جمت 10/12/2024",
    )
    assert facts.published == "2024-12-10"
    assert dates_of(facts) == ("2024-12-10", "2024-12-10")


def test_this_month_and_this_year_take_the_publication_year(
    tmp_path: Path, glossary: Glossary
) -> None:
    for written in ("يوم 3 فبراير الجاري", "يومي 3 و4 فبراير من السنة الجارية"):
        facts = article_facts(
            tmp_path,
            glossary,
            "الخميس 6 فبراير 2025",
            "",
            "حموشي في لندن",
            "",
            f"حل عبد اللطيف حموشي بلندن {written} في زيارة عمل.",
        )
        assert facts.start == "2025-02-03"


def test_a_relative_day_confirms_the_year(tmp_path: Path, glossary: Glossary) -> None:
    # 230 without its year: "أمس الأربعاء" (29 January 2025) names the last day
    facts = article_facts(
        tmp_path,
        glossary,
        "الخميس 30 يناير 2025",
        "",
        "حموشي يختتم زيارته لمدريد",
        "",
        "اختتم عبد اللطيف حموشي، أمس الأربعاء، زيارة العمل التي قادته إلى العاصمة الإسبانية "
        "مدريد يومي الثلاثاء والأربعاء 28 و29 يناير.",
    )
    assert dates_of(facts) == ("2025-01-28", "2025-01-29")


def test_an_announced_visit_next_week(tmp_path: Path, glossary: Glossary) -> None:
    # 229 without its year: "الأسبوع المقبل" and the publication date place the days exactly
    facts = article_facts(
        tmp_path,
        glossary,
        "الثلاثاء 17 فبراير 2026",
        "",
        "حموشي يحل بالإمارات الأسبوع المقبل",
        "",
        "يحل عبد اللطيف حموشي، الأسبوع المقبل، بدولة الإمارات العربية المتحدة، في زيارة عمل "
        "رسمية يومي الثلاثاء والأربعاء 24 و25 فبراير.",
    )
    assert dates_of(facts) == ("2026-02-24", "2026-02-25")


def test_a_reception_takes_the_day_of_the_reception(tmp_path: Path, glossary: Glossary) -> None:
    # 231: the visitor stays 16-17 July; the principal received him on the Wednesday
    facts = article_facts(
        tmp_path,
        glossary,
        "المغرب وتركيا يبحثان تعزيز التعاون الأمني في الرباط",
        "",
        "بحث مدير عام الأمن الوطني المغربي عبد اللطيف حموشي، الأربعاء، مع مدير عام الأمن "
        "التركي محمود ديميرتاش، في العاصمة الرباط، سبل تعزيز التعاون الأمني.",
        "",
        "جاء ذلك خلال زيارة عمل يجريها ديميرتاش إلى المغرب يومي 16 و17 يوليو/ تموز 2025.",
    )
    assert dates_of(facts) == ("2025-07-16", "2025-07-16")


def test_the_principals_own_visit_keeps_its_range(tmp_path: Path, glossary: Glossary) -> None:
    # 202: "اليوم الأحد" is the first day of the visit the next sentence dates
    facts = article_facts(
        tmp_path,
        glossary,
        "عمّان ١٢ تشرين الأول (بترا)- بحث مدير الأمن العام، اليوم الأحد، مع المدير العام للأمن "
        "الوطني عبداللطيف حموشي آفاق التعاون الأمني.",
        "",
        "وجرى اللقاء في مستهل زيارة عمل يجريها حموشي إلى الأردن يومي الأحد والاثنين ١٢ و١٣ "
        "تشرين الأول ٢٠٢٥.",
        "",
        "١٢/١٠/٢٠٢٥ ١٥:٤٠:١١",
    )
    assert dates_of(facts) == ("2025-10-12", "2025-10-13")


def test_background_dates_are_not_the_visits(tmp_path: Path, glossary: Glossary) -> None:
    facts = article_facts(
        tmp_path,
        glossary,
        "حموشي في أنقرة",
        "",
        "وكان حموشي قد زار أنقرة في 5 أكتوبر 2024 والتقى وزير الداخلية.",
        "",
        "وأجرى عبد اللطيف حموشي يوم 12 مارس 2025 مباحثات مع نظيره التركي.",
    )
    assert dates_of(facts) == ("2025-03-12", "2025-03-12")


@pytest.mark.parametrize(
    "length",
    [
        "لم يعلن عن مدتها",
        "لم يتم الإعلان عن مدتها",
        "دون أن يتم الكشف عن مدة الزيارة",
        "لمدة غير محددة",
    ],
)
def test_length_not_announced(tmp_path: Path, glossary: Glossary, length: str) -> None:
    facts = article_facts(
        tmp_path,
        glossary,
        "الرباط - ومع - الاثنين 19 ماي 2025",
        "",
        f"حل عبد اللطيف حموشي، اليوم الاثنين، بلندن في زيارة عمل {length}.",
    )
    assert dates_of(facts) == ("2025-05-19", None)


def test_a_duration_from_today(tmp_path: Path, glossary: Glossary) -> None:
    facts = article_facts(
        tmp_path,
        glossary,
        "مسقط في 12 ربيع الأول 1447 هـ الموافق 4 سبتمبر 2025 م /العمانية/ - وصل عبد اللطيف "
        "حموشي اليوم إلى مسقط في زيارة تستغرق ثلاثة أيام.",
    )
    assert dates_of(facts) == ("2025-09-04", "2025-09-06")


# ---------------------------------------------------------------- visits and notes


def test_an_uncertain_year_prints_apart_with_a_question_mark() -> None:
    assert Localizer.for_lang("en").day_range("2025-01-28?", "2025-01-29?") == (
        "28–29 January [2025?]"
    )
    assert Localizer.for_lang("fr").day_range("2025-01-28?", "2025-01-29?", running=True) == (
        "du 28 au 29 janvier [2025?]"
    )


def test_a_narrowed_year_stays_out_of_the_visit_id(tmp_path: Path, glossary: Glossary) -> None:
    seed = read_article(ROOT / "seeds" / "003_97ef5922fb8b93d6.txt", load_rules())
    facts = extract(seed, glossary, BUILT)
    assert facts.start == "2025-01-28?"
    assert visit_id(facts) == "XXXX-01-28-es"


def test_a_written_year_confirms_a_narrowed_one_without_conflict(glossary: Glossary) -> None:
    # seed 003 (no year) and a second report of the same visit with the year written (as 230)
    seed = extract(
        read_article(ROOT / "seeds" / "003_97ef5922fb8b93d6.txt", load_rules()), glossary, BUILT
    )
    second = replace(
        seed, article="230", start="2025-01-28", end="2025-01-29", published="2025-01-30"
    )
    [visit] = group_visits([seed, second])
    assert (visit.facts.start, visit.facts.end) == ("2025-01-28", "2025-01-29")
    assert visit.facts.published == "2025-01-30"
    assert "dates" not in {c.field for c in visit.conflicts}


def test_merged_meetings_held_and_publication(glossary: Glossary) -> None:
    seed = extract(
        read_article(ROOT / "seeds" / "003_97ef5922fb8b93d6.txt", load_rules()), glossary, BUILT
    )
    a = replace(seed, article="a", published="2025-01-31", bilateral_meetings_held=True)
    b = replace(seed, article="b", published="2025-01-30", bilateral_meetings_held=False)
    c = replace(seed, article="c", published=None, bilateral_meetings_held=None)
    [visit] = group_visits([a, b, c])
    assert visit.facts.published == "2025-01-30"
    assert visit.facts.bilateral_meetings_held is True  # the first source's, and flagged
    held = next(x for x in visit.conflicts if x.field == "bilateral_meetings_held")
    assert held.to_json() == {"field": "bilateral_meetings_held", "values": {"a": True, "b": False}}
    again = Visit.from_json(visit.to_json())
    assert again.facts.published == "2025-01-30"
    assert again.facts.bilateral_meetings_held is True


def test_a_later_date_of_another_event_does_not_displace_the_talks_day(
    tmp_path: Path, glossary: Glossary
) -> None:
    # "أمس الخميس" dates the talks; the tournament's day further on is its own.
    facts = article_facts(
        tmp_path,
        glossary,
        "الجمعة 7 نونبر 2025 - 10:00",
        "",
        "حموشي يجري مباحثات في مدريد",
        "",
        "أجرى عبد اللطيف حموشي، أمس الخميس بمدريد، مباحثات مع نظيره الإسباني.",
        "",
        "وتناولت المباحثات تأمين البطولة التي تنطلق بالمغرب يوم 21 دجنبر الجاري.",
    )
    assert dates_of(facts) == ("2025-11-06", "2025-11-06")


def test_a_relative_day_inside_the_written_range_keeps_the_range(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = article_facts(
        tmp_path,
        glossary,
        "الأحد 12 أكتوبر 2025 - 10:00",
        "",
        "حموشي في عمان",
        "",
        "بحث حموشي، اليوم الأحد، مع مدير الأمن العام الأردني سبل التعاون.",
        "",
        "وتأتي المباحثات في إطار زيارة عمل يجريها حموشي يومي 12 و13 أكتوبر 2025.",
    )
    assert dates_of(facts) == ("2025-10-12", "2025-10-13")


def test_a_date_after_until_is_the_last_day_from_a_relative_first(
    tmp_path: Path, glossary: Glossary
) -> None:
    # "بدأها اليوم وتستمر حتى 24 يوليو": today is the first day, the date the last.
    facts = article_facts(
        tmp_path,
        glossary,
        "الثلاثاء 22 يوليو 2025",
        "",
        "حموشي في بيروت",
        "",
        "التقى عبد اللطيف حموشي وزير الداخلية اللبناني في مستهل زيارة رسمية للبنان بدأها "
        "اليوم وتستمر حتى 24 يوليو الجاري.",
    )
    assert dates_of(facts) == ("2025-07-22", "2025-07-24")


def test_a_list_of_three_days_is_one_range_with_its_first_and_last_weekday() -> None:
    (found,) = find_dates("أيام الاثنين والثلاثاء والأربعاء 9 و10 و11 مارس 2026، أشغال")
    assert (found.start, found.end, found.weekdays) == ("2026-03-09", "2026-03-11", (0, 2))


def test_a_relative_day_after_a_closing_word_is_the_last_day(
    tmp_path: Path, glossary: Glossary
) -> None:
    # "اختتمت، اليوم الخميس، أشغال الدورة … التي انطلقت يوم الاثنين 6 أكتوبر".
    facts = article_facts(
        tmp_path,
        glossary,
        "الخميس 9 أكتوبر 2025",
        "",
        "اختتام أشغال المؤتمر بالرباط",
        "",
        "اختتمت، اليوم الخميس بالرباط، أشغال المؤتمر الإفريقي لقادة الشرطة، الذي انطلق يوم "
        "الاثنين 6 أكتوبر الجاري، بمشاركة عبد اللطيف حموشي.",
    )
    assert dates_of(facts) == ("2025-10-06", "2025-10-09")


def test_a_bare_weekday_after_a_closing_word_is_the_next_such_day(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = article_facts(
        tmp_path,
        glossary,
        "السبت 8 نونبر 2025",
        "",
        "معرض أمني دولي",
        "",
        "افتتحت يوم الإثنين بالعاصمة التركية أنقرة أشغال المعرض الدولي للأمن، بمشاركة عبد "
        "اللطيف حموشي، واختتمت يوم الأربعاء.",
    )
    assert dates_of(facts) == ("2025-11-03", "2025-11-05")


def test_a_reception_day_said_before_the_visitors_stay_in_one_sentence(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = article_facts(
        tmp_path,
        glossary,
        "الرباط - ومع - الخميس 12 يونيو 2025",
        "",
        "استقبل عبد اللطيف حموشي، اليوم الخميس بالرباط، نظيره الموريتاني، الذي يقوم بزيارة عمل "
        "للمملكة من 11 إلى 13 يونيو الجاري.",
    )
    assert dates_of(facts) == ("2025-06-12", "2025-06-12")


def test_a_reception_day_said_before_the_visitors_working_visit_in_one_sentence(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = article_facts(
        tmp_path,
        glossary,
        "الرباط - ومع - الخميس 12 يونيو 2025",
        "",
        "استقبل عبد اللطيف حموشي، اليوم الخميس بالرباط، المفوض العام للشرطة البلجيكية، وذلك "
        "في إطار زيارة عمل قام بها المسؤول البلجيكي إلى المملكة ما بين 11 و13 يونيو الجاري.",
    )
    assert dates_of(facts) == ("2025-06-12", "2025-06-12")


def test_abroad_the_principals_stay_is_the_whole_range(tmp_path: Path, glossary: Glossary) -> None:
    facts = article_facts(
        tmp_path,
        glossary,
        "الخميس 12 يونيو 2025",
        "",
        "حموشي في نواكشوط",
        "",
        "التقى عبد اللطيف حموشي، اليوم الخميس بنواكشوط، وزير الداخلية الموريتاني، وذلك في "
        "إطار زيارة عمل يقوم بها من 11 إلى 13 يونيو الجاري.",
    )
    assert dates_of(facts) == ("2025-06-11", "2025-06-13")


def test_a_closing_day_and_a_past_duration_give_the_first_day(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = article_facts(
        tmp_path,
        glossary,
        "الخميس 24 أبريل 2025",
        "",
        "حموشي يختتم زيارته للرياض",
        "",
        "اختتم عبد اللطيف حموشي، أمس الأربعاء، زيارة عمل إلى الرياض استغرقت ثلاثة أيام، التقى "
        "خلالها وزير الداخلية السعودي.",
    )
    assert dates_of(facts) == ("2025-04-21", "2025-04-23")


@pytest.mark.parametrize(
    "closed",
    [
        "اختتم الجنرال دو كور دارمي محمد حرمو، قائد الدرك الملكي، أمس الأربعاء، زيارة عمل إلى "
        "مملكة هولندا دامت ثلاثة أيام.",
        "اختتم المدير العام للأمن الوطني ومراقبة التراب الوطني في المغرب عبد اللطيف حموشي، أمس "
        "الأربعاء، زيارة إلى هولندا استمرت ثلاثة أيام.",
    ],
)
def test_a_closing_day_after_a_rank_or_a_post_with_its_country(
    tmp_path: Path, glossary: Glossary, closed: str
) -> None:
    facts = article_facts(
        tmp_path, glossary, "الخميس 23 أكتوبر 2025", "", "زيارة إلى هولندا", "", closed
    )
    assert dates_of(facts) == ("2025-10-20", "2025-10-22")


def test_a_weekday_before_another_events_date_of_no_year_in_its_sentence(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = article_facts(
        tmp_path,
        glossary,
        "نشر في: 22 أبريل 2026 - 14:35",
        "",
        "مدير الأمن المغربي في مكسيكو",
        "",
        "يواصل عبد اللطيف حموشي زيارة إلى المكسيك بدأها الثلاثاء وتستمر ثلاثة أيام، تتصدرها "
        "ترتيبات تأمين المشجعين خلال كأس العالم التي تنطلق في 11 يونيو المقبل.",
    )
    assert dates_of(facts) == ("2026-04-21", "2026-04-23")


def test_a_duration_of_an_event_that_opens_the_sentence(tmp_path: Path, glossary: Glossary) -> None:
    facts = article_facts(
        tmp_path,
        glossary,
        "الاثنين 2 يونيو 2025",
        "",
        "مؤتمر قادة الشرطة الأفارقة",
        "",
        "انطلقت اليوم بمراكش أشغال المؤتمر الإفريقي لقادة الشرطة، بمشاركة عبد اللطيف حموشي، "
        "وتستمر ثلاثة أيام.",
    )
    assert dates_of(facts) == ("2025-06-02", "2025-06-04")


def test_a_hijri_date_written_alone_dates_the_visit(tmp_path: Path, glossary: Glossary) -> None:
    # 16 Ramadan 1446 (Umm al-Qura) is Sunday 16 March 2025; the stay lasts two days
    facts = article_facts(
        tmp_path,
        glossary,
        "حموشي في الرياض",
        "",
        "حل عبد اللطيف حموشي بالرياض يوم الأحد 16 رمضان 1446 هـ في زيارة عمل تستغرق يومين.",
    )
    assert dates_of(facts) == ("2025-03-16", "2025-03-17")


def test_a_hijri_dateline_is_the_publication_date(tmp_path: Path, glossary: Glossary) -> None:
    facts = article_facts(
        tmp_path,
        glossary,
        "حموشي في جدة",
        "",
        "جدة 17 رمضان 1446 هـ (واس) - استقبل رئيس أمن الدولة اليوم بجدة المدير العام للأمن "
        "الوطني المغربي عبد اللطيف حموشي.",
    )
    assert dates_of(facts) == ("2025-03-17", "2025-03-17")


# ---------------------------------------------------------------- the last day, read further


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # a closing day after the principal and his post in apposition, and a past duration
        (
            (
                "الجمعة 14 نونبر 2025",
                "",
                "اختتم عبد اللطيف حموشي، المدير العام للأمن الوطني ولمراقبة التراب الوطني، أمس "
                "الخميس، زيارة عمل دامت ثلاثة أيام إلى مدينة زيغينشور السنغالية.",
            ),
            ("2025-11-11", "2025-11-13"),
        ),
        # the second and last day of the visit
        (
            (
                "حل عبد اللطيف حموشي يوم الثلاثاء 14 أكتوبر 2025 بمدينة بريمن الألمانية.",
                "",
                "وفي اليوم الثاني والأخير من الزيارة، زار حموشي ميناء المدينة.",
            ),
            ("2025-10-14", "2025-10-15"),
        ),
        # an event that went on to the next day
        (
            (
                "شارك عبد اللطيف حموشي في المؤتمر الذي افتتح بتاريخ 3 يونيو 2025 بجنيف، وتواصلت "
                "أشغاله إلى غاية اليوم الموالي.",
            ),
            ("2025-06-03", "2025-06-04"),
        ),
        # the end in a late paragraph, by its weekday
        (
            (
                "حل عبد اللطيف حموشي، يوم الأحد 9 نونبر 2025، بمدينة فالنسيا الإسبانية في زيارة "
                "عمل.",
                "",
                "وفي ختام الزيارة يوم الثلاثاء، زار حموشي مقر الشرطة الجهوية.",
            ),
            ("2025-11-09", "2025-11-11"),
        ),
        # written in the middle of the visit: since yesterday, ending tomorrow
        (
            (
                "الثلاثاء 24 يونيو 2025",
                "",
                "يواصل عبد اللطيف حموشي زيارة العمل التي يقوم بها منذ أمس الاثنين إلى مدينة "
                "شتوتغارت الألمانية، والتي يختتمها غدا الأربعاء.",
            ),
            ("2025-06-23", "2025-06-25"),
        ),
        # a duration after the event's opening, later in the sentence
        (
            (
                "شارك عبد اللطيف حموشي في أشغال الجمعية العامة التي انطلقت يوم الاثنين 20 "
                "أكتوبر 2025 بنيروبي، وتتواصل على مدى ثلاثة أيام.",
            ),
            ("2025-10-20", "2025-10-22"),
        ),
        # until a date, in the sentence that gives the first
        (
            (
                "حل عبد اللطيف حموشي يوم الاثنين 23 شتنبر 2024 بالعاصمة اليابانية طوكيو، في زيارة "
                "عمل تستمر إلى غاية الأربعاء 25 شتنبر.",
            ),
            ("2024-09-23", "2024-09-25"),
        ),
        # a visit reported at its end, its first day in a pluperfect clause about this visit
        (
            (
                "نشر في: الجمعة 21 نونبر 2025 - 12:15",
                "",
                "أنهى عبد اللطيف حموشي زيارة عمل إلى جمهورية غانا استغرقت يومين، كان قد حل في "
                "مستهلها، يوم الثلاثاء الماضي، بالعاصمة أكرا.",
            ),
            ("2025-11-18", "2025-11-19"),
        ),
        # two days ago, counted from the publication line
        (
            (
                "الخميس 23 ماي 2024",
                "",
                "ترأس عبد اللطيف حموشي، قبل يومين بمدينة إفران، أشغال يوم دراسي دولي.",
            ),
            ("2024-05-21", "2024-05-21"),
        ),
    ],
)
def test_the_visits_days_read_from_the_whole_article(
    tmp_path: Path, glossary: Glossary, lines: tuple[str, ...], expected: tuple[str, str]
) -> None:
    facts = article_facts(tmp_path, glossary, "حموشي في زيارة عمل", "", *lines)
    assert dates_of(facts) == expected


def test_at_a_reception_the_visitors_stay_and_days_are_not_the_receptions(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = article_facts(
        tmp_path,
        glossary,
        "حموشي يستقبل الأمين العام",
        "",
        "الخميس 29 يناير 2026",
        "",
        "استقبل عبد اللطيف حموشي، أمس الأربعاء بالرباط، الأمين العام لمنظمة الأمن والتعاون في "
        "أوروبا، الذي يقوم بزيارة عمل إلى المملكة تدوم ثلاثة أيام.",
        "",
        "وفي اليوم الموالي، زار الضيف المعهد الملكي للشرطة.",
    )
    assert dates_of(facts) == ("2026-01-28", "2026-01-28")


@pytest.mark.parametrize(
    "stay",
    [
        # 455: a Petra wire from the visitor's side; "بحث … مع" is no reception word
        "وجرى اللقاء في مقر المديرية العامة للأمن الوطني في العاصمة المغربية الرباط، ضمن زيارة "
        "عمل يجريها الفراية إلى المغرب تستمر ثلاثة أيام.",
        # a stay begun on a day is still the visitor's
        "وجاء اللقاء ضمن زيارة رسمية يجريها الفراية إلى المغرب بدأت الاثنين وتستمر 3 أيام.",
    ],
)
def test_at_home_any_visits_length_is_the_visitors(
    tmp_path: Path, glossary: Glossary, stay: str
) -> None:
    facts = article_facts(
        tmp_path,
        glossary,
        "الفراية يبحث مع حموشي في الرباط تعزيز التعاون الأمني",
        "",
        "الرباط 21 أيار 2025 (بترا)- بحث وزير الداخلية مازن الفراية، اليوم الأربعاء، مع عبد "
        "اللطيف حموشي، سبل تعزيز التعاون الأمني.",
        "",
        stay,
    )
    assert dates_of(facts) == ("2025-05-21", "2025-05-21")


def test_a_day_at_the_close_of_a_visit_that_lasted_days_is_its_last(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = article_facts(
        tmp_path,
        glossary,
        "وزير الداخلية يستقبل حموشي",
        "",
        "الكويت 12 ديسمبر 2023 - استقبل وزير الداخلية بمكتبه أمس عبد اللطيف حموشي، وذلك في "
        "ختام زيارته للبلاد التي استغرقت يومين.",
    )
    assert dates_of(facts) == ("2023-12-10", "2023-12-11")


def test_a_day_something_lasted_until_is_not_the_first(tmp_path: Path, glossary: Glossary) -> None:
    facts = article_facts(
        tmp_path,
        glossary,
        "الخميس 13 نوفمبر 2025",
        "",
        "أجرى المدير العام للوكالة البريطانية، يوم الثلاثاء، في الرباط، مباحثات مع عبد اللطيف "
        "حموشي.",
        "",
        "ولم يصدر عن الجانب المغربي بيان رسمي بشأن اللقاء حتى مساء أمس.",
    )
    assert dates_of(facts) == ("2025-11-11", "2025-11-11")


def test_at_home_an_arrival_in_the_kingdom_named_in_full_is_the_visitors(
    tmp_path: Path, glossary: Glossary
) -> None:
    # 432: "وكان … قد وصل إلى المملكة المغربية يوم الأربعاء الماضي، في زيارة تستمر أربعة أيام"
    facts = article_facts(
        tmp_path,
        glossary,
        "المدير العام للأمن الوطني الموريتاني يحضر حفل تخرج بالقنيطرة",
        "الجمعة 4 يوليو 2025",
        "",
        "ترأس عبد اللطيف حموشي، مساء اليوم الجمعة بالمعهد الملكي للشرطة بالقنيطرة، حفل تخرج "
        "بحضور نظيره الموريتاني.",
        "",
        "وكان المسؤول الموريتاني قد وصل إلى المملكة المغربية يوم الأربعاء الماضي، في زيارة عمل "
        "تستمر أربعة أيام.",
    )
    assert dates_of(facts) == ("2025-07-04", "2025-07-04")


def test_at_home_the_visitors_arrival_yesterday_is_not_the_meeting_today(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = article_facts(
        tmp_path,
        glossary,
        "مدير الأمن العام يجتمع مع حموشي",
        "",
        "الاثنين 2026/2/16 الساعة 16:05",
        "",
        "الرباط في 16 فبراير /قنا/ اجتمع مدير عام الأمن العام، اليوم، مع السيد عبد اللطيف "
        "حموشي بمقر المديرية العامة للأمن الوطني.",
        "",
        "وكان مدير عام الأمن العام قد وصل إلى الرباط أمس في زيارة رسمية تستغرق عدة أيام.",
    )
    assert dates_of(facts) == ("2026-02-16", "2026-02-16")


def test_at_home_the_reception_day_wins_over_the_visitors_programme(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = article_facts(
        tmp_path,
        glossary,
        "حموشي يستقبل المدير العام للشرطة الفيدرالية البرازيلية",
        "",
        "الخميس 6 نونبر 2025 - 17:42",
        "",
        "استقبل عبد اللطيف حموشي، اليوم الخميس بالرباط، المدير العام للشرطة الفيدرالية البرازيلية.",
        "",
        "ويشمل برنامج زيارة المسؤول البرازيلي، التي تمتد من 5 إلى 8 نونبر الجاري، زيارة المعهد "
        "الملكي للشرطة.",
    )
    assert dates_of(facts) == ("2025-11-06", "2025-11-06")


def test_a_reception_the_morning_after_the_visitors_arrival(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = article_facts(
        tmp_path,
        glossary,
        "حموشي يستقبل مدير عام الشرطة الفلسطينية",
        "",
        "حل بالمملكة، يوم الأحد 13 يوليوز 2025، وفد أمني فلسطيني في زيارة عمل تمتد أربعة أيام.",
        "",
        "وصبيحة الغد، استقبل عبد اللطيف حموشي المسؤول الأمني الفلسطيني بالقنيطرة.",
        "",
        "وفي اليوم الموالي، انتقل الوفد إلى الدار البيضاء، على أن يختتم زيارته يوم الأربعاء.",
    )
    assert dates_of(facts) == ("2025-07-14", "2025-07-14")


def test_a_relative_day_said_first_wins_over_a_later_date_of_no_known_year(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = article_facts(
        tmp_path,
        glossary,
        "حموشي يختتم زيارة إلى باماكو",
        "",
        "السبت 21 يونيو 2025 - 10:15",
        "",
        "اختتم عبد اللطيف حموشي، أمس الجمعة، زيارة عمل إلى جمهورية مالي دامت ثلاثة أيام.",
        "",
        "وتأتي هذه الزيارة في سياق المبادرة التي أعلن عنها جلالة الملك يوم 23 دجنبر.",
    )
    assert dates_of(facts) == ("2025-06-18", "2025-06-20")


def test_at_home_the_reception_today_not_the_principals_tour_since_yesterday(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = article_facts(
        tmp_path,
        glossary,
        "حموشي يستقبل مسؤولين إسبان بالناظور",
        "",
        "الجمعة 24 أكتوبر 2025 - 16:05",
        "",
        "استقبل عبد اللطيف حموشي، صباح اليوم الجمعة، بالناظور، وفدا من الشرطة الإسبانية.",
        "",
        "ويتزامن هذا اللقاء مع زيارة تفقدية يقوم بها حموشي منذ أمس الخميس لمصالح جهة الشرق.",
    )
    assert dates_of(facts) == ("2025-10-24", "2025-10-24")


def test_an_earlier_events_dates_months_before_are_not_the_visits(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = article_facts(
        tmp_path,
        glossary,
        "حموشي في تونس",
        "",
        "أجرى عبد اللطيف حموشي، خلال زيارة عمل قادته مؤخرا إلى تونس، مباحثات مع وزير الداخلية.",
        "",
        "وتأتي هذه الزيارة بعد أشهر من مشاركة حموشي، يومي 10 و11 شتنبر 2025، في مؤتمر بتونس.",
    )
    assert dates_of(facts) == (None, None)


def test_a_wire_dateline_with_its_agency_in_brackets_and_until_tomorrow(
    tmp_path: Path, glossary: Glossary
) -> None:
    # 491: "ليانيونقانغ، الصين 10 سبتمبر 2024 (شينخوا) التقى …" and "ويستمر حتى يوم غد (الأربعاء)"
    facts = article_facts(
        tmp_path,
        glossary,
        "وانغ شياو هونغ يلتقي مسؤولين أمنيين أجانب",
        "",
        "ليانيونقانغ، الصين 10 سبتمبر 2024 (شينخوا) التقى وزير الأمن العام الصيني، اليوم "
        "(الثلاثاء)، عبد اللطيف حموشي على هامش المنتدى.",
        "",
        "وافتتح المنتدى في وقت سابق اليوم، ويستمر حتى يوم غد (الأربعاء).",
    )
    assert facts.published == "2024-09-10"
    assert dates_of(facts) == ("2024-09-10", "2024-09-11")


def test_two_weekdays_last_week_joined_by_and(tmp_path: Path, glossary: Glossary) -> None:
    facts = article_facts(
        tmp_path,
        glossary,
        "الصباح",
        "العدد 7874 - الجمعة 13 مارس 2026",
        "",
        "حموشي يستقبل قائد الشرطة الفدرالية البلجيكية",
        "",
        "احتضن مقر المديرية العامة للأمن الوطني بالرباط، يومي الثلاثاء والأربعاء الماضيين، "
        "مباحثات أمنية ترأسها عبد اللطيف حموشي والمفوض العام للشرطة الفدرالية البلجيكية.",
    )
    assert dates_of(facts) == ("2026-03-10", "2026-03-11")


def test_a_day_told_before_another_events_range_in_its_sentence(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = article_facts(
        tmp_path,
        glossary,
        "2M.ma",
        "الثلاثاء 17 فبراير 2026 - 20:30",
        "",
        "حموشي يفتتح مناظرة حول دروس تأمين كأس إفريقيا للأمم",
        "",
        "ترأس عبد اللطيف حموشي، أمس الاثنين، الجلسة الافتتاحية للمناظرة الدولية حول تأمين "
        "التظاهرات الرياضية، التي شكلت مناسبة لتقديم حصيلة المخطط الأمني الذي واكب كأس إفريقيا "
        "للأمم، والتي احتضنتها ست مدن مغربية ما بين 21 دجنبر 2025 و18 يناير 2026.",
    )
    assert dates_of(facts)[0] == "2026-02-16"


def test_the_closing_day_told_before_the_opening_session(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = article_facts(
        tmp_path,
        glossary,
        "2M.ma",
        "الثلاثاء 17 فبراير 2026 - 20:30",
        "",
        "الرباط.. اختتام مناظرة دولية حول تأمين التظاهرات الرياضية",
        "",
        "اختتمت، مساء اليوم الثلاثاء بالرباط، أشغال المناظرة الدولية حول تأمين التظاهرات "
        "الرياضية، التي نظمتها المديرية العامة للأمن الوطني.",
        "",
        "وترأس عبد اللطيف حموشي، أمس الاثنين، الجلسة الافتتاحية لهذه المناظرة.",
    )
    assert dates_of(facts) == ("2026-02-16", "2026-02-17")


def test_a_closing_day_and_how_long_what_closed_lasted(tmp_path: Path, glossary: Glossary) -> None:
    facts = article_facts(
        tmp_path,
        glossary,
        "الأخبار",
        "العدد 3912 - الجمعة 3 أكتوبر 2025",
        "",
        "حموشي في مؤتمر الأنتربول حول الجريمة السيبرانية",
        "",
        "اختتمت، أمس الخميس، بسنغافورة، أشغال المؤتمر العالمي للأنتربول حول الجريمة "
        "السيبرانية، الذي شارك فيه وفد مغربي يرأسه عبد اللطيف حموشي.",
        "",
        "وناقش المؤتمر، الذي امتد على مدى ثلاثة أيام، التهديدات المتنامية لمراكز الاحتيال.",
    )
    assert dates_of(facts) == ("2025-09-30", "2025-10-02")


@pytest.mark.parametrize(
    "arrival",
    [
        "وكان عبد اللطيف حموشي قد حل امس الاثنين بمانيلا، حيث اجرى مباحثات مع وزير الداخلية.",
        "وحل عبد اللطيف حموشي امس الاثنين بمانيلا، حيث اجرى مباحثات مع وزير الداخلية.",
    ],
)
def test_abroad_the_arrival_yesterday_and_a_signing_today(
    tmp_path: Path, glossary: Glossary, arrival: str
) -> None:
    facts = article_facts(
        tmp_path,
        glossary,
        "فبراير",
        "الثلاثاء 27 غشت 2024 | 18:05",
        "",
        "المغرب والفلبين يوقعان مذكرة تفاهم",
        "",
        "وقعت المديرية العامة للأمن الوطني والشرطة الوطنية الفلبينية، اليوم الثلاثاء بمانيلا، "
        "مذكرة تفاهم في مجال مكافحة الجرائم الالكترونية.",
        "",
        arrival,
    )
    assert dates_of(facts) == ("2024-08-26", "2024-08-27")


def test_an_event_closed_today_that_was_organised_over_two_days(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = article_facts(
        tmp_path,
        glossary,
        "حموشي يختتم مؤتمر أمن الملاعب",
        "",
        "الدار البيضاء - ومع - اختتمت، اليوم الأربعاء 11 فبراير 2026 بالدار البيضاء، أشغال "
        "المؤتمر الدولي حول أمن الملاعب، الذي نظمته المديرية العامة للأمن الوطني على مدى يومين.",
        "",
        "وأجرى عبد اللطيف حموشي، على هامش هذا المؤتمر، لقاءات ثنائية مع رؤساء الوفود.",
    )
    assert dates_of(facts) == ("2026-02-10", "2026-02-11")


def test_abroad_the_stay_began_the_day_before_the_dated_talks(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = article_facts(
        tmp_path,
        glossary,
        "حموشي في ليما",
        "",
        "الثلاثاء 14 أكتوبر 2025 - 18:32 (غرينتش)",
        "",
        "ليما، 14 أكتوبر (إفي).- وقع وزير الداخلية البيروفي، اليوم الثلاثاء في ليما، مذكرة "
        "تفاهم مع عبد اللطيف حموشي.",
        "",
        "وكان عبد اللطيف حموشي، الذي يقوم بزيارة إلى البيرو بدأها أمس الاثنين وتستمر حتى غد "
        "الأربعاء، قد زار مقر الشرطة الوطنية.",
    )
    assert dates_of(facts) == ("2025-10-13", "2025-10-15")


def test_abroad_an_event_whose_proceedings_opened_on_a_weekday_before_the_talks(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = article_facts(
        tmp_path,
        glossary,
        "حموشي في المنامة",
        "",
        "الأحد 8 ديسمبر 2024",
        "",
        "التقى وزير الداخلية البحريني، أمس، عبد اللطيف حموشي، على هامش منتدى الأمن الإقليمي "
        "المنعقد بالمنامة، والذي انطلقت أعماله يوم الجمعة وتختتم اليوم.",
    )
    assert dates_of(facts) == ("2024-12-06", "2024-12-08")


def test_at_home_the_visitors_planned_closing_is_not_the_principals_day(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = article_facts(
        tmp_path,
        glossary,
        "وفد أمني كويتي في الرباط",
        "",
        "الثلاثاء 22 أكتوبر 2024",
        "",
        "بحث وكيل وزارة الداخلية الكويتية، أمس، بالرباط مع عبد اللطيف حموشي أوجه التعاون الأمني.",
        "",
        "ومن المقرر أن يلتقي الوفد الكويتي اليوم وزير الداخلية المغربي، على أن يختتم زيارته "
        "إلى المغرب غدا الأربعاء.",
    )
    assert dates_of(facts) == ("2024-10-21", "2024-10-21")


def test_a_pair_of_weekdays_of_next_week(tmp_path: Path, glossary: Glossary) -> None:
    facts = article_facts(
        tmp_path,
        glossary,
        "حموشي يحل الأسبوع المقبل بأكاديمية إف بي آي",
        "",
        "بتاريخ 06/02/2026 على الساعة 13:20",
        "",
        "علم الموقع أن عبد اللطيف حموشي سيحل يومي الأربعاء والخميس من الأسبوع المقبل بمدينة "
        "كوانتيكو الأمريكية، في زيارة عمل إلى أكاديمية مكتب التحقيقات الفيدرالي.",
    )
    assert dates_of(facts) == ("2026-02-11", "2026-02-12")


def test_an_arrival_told_before_what_the_sentence_plans(tmp_path: Path, glossary: Glossary) -> None:
    facts = article_facts(
        tmp_path,
        glossary,
        "مدير الأمن المغربي يبحث في إزمير التصدي لتهريب المهاجرين",
        "",
        "21.10.2025",
        "",
        "بحث عبد اللطيف حموشي، الثلاثاء، في ولاية إزمير غربي تركيا، سبل تعزيز التعاون الأمني.",
        "",
        "ووصل حموشي إلى إزمير مساء الاثنين، في زيارة تستغرق 3 أيام، ومن المقرر أن يختتمها "
        "الأربعاء بجولة في ميناء المدينة.",
    )
    assert dates_of(facts) == ("2025-10-20", "2025-10-22")


def test_a_rank_of_several_words_keeps_the_visit_in_reach_of_its_length(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = article_facts(
        tmp_path,
        glossary,
        "الدرك التركي والمغربي يوقعان بروتوكولا",
        "",
        "وقعت قيادة الدرك العامة التركية والدرك الملكي المغربي، يوم الثلاثاء 13 يناير 2026، "
        "بروتوكول تعاون، خلال زيارة رسمية يجريها قائد الدرك الملكي المغربي، الجنرال دو كور "
        "دارمي محمد حرمو، إلى تركيا تستغرق يومين.",
    )
    assert dates_of(facts) == ("2026-01-13", "2026-01-14")


def test_a_visit_until_tomorrow_with_its_date_that_began_yesterday(
    tmp_path: Path, glossary: Glossary
) -> None:
    # "غد الخميس 9 أكتوبر": the day after the publication's, in its year for sure.
    facts = article_facts(
        tmp_path,
        glossary,
        "حموشي في براتيسلافا",
        "",
        "الأربعاء 08 أكتوبر 2025 - 11:20",
        "",
        "يواصل عبد اللطيف حموشي زيارة عمل إلى جمهورية سلوفاكيا انطلقت أمس الثلاثاء وتستمر إلى "
        "غاية غد الخميس 9 أكتوبر، بدعوة من وزارة الداخلية السلوفاكية.",
    )
    assert dates_of(facts) == ("2025-10-07", "2025-10-09")


def test_weekdays_of_a_week_take_its_direction() -> None:
    days = find_relative_days("سيحل يومي الأربعاء والخميس من الأسبوع المقبل")
    assert [(d.weekday, d.direction) for d in days[:2]] == [(2, 1), (3, 1)]


def test_a_day_months_before_the_publication_is_an_earlier_visits(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = article_facts(
        tmp_path,
        glossary,
        "حموشي في كوبنهاغن",
        "",
        "الاثنين 20 أبريل 2026 - 09:15",
        "",
        "قام عبد اللطيف حموشي مؤخرا بزيارة عمل إلى مملكة الدنمارك، أجرى خلالها مباحثات مع "
        "المفوض الوطني للشرطة.",
        "",
        "وتعد هذه ثاني زيارة يقوم بها حموشي إلى الدنمارك، بعد تلك التي أجراها يومي 12 و13 "
        "شتنبر 2023.",
    )
    assert dates_of(facts) == (None, None)


def test_a_weekend_edition_counts_days_from_its_first(tmp_path: Path, glossary: Glossary) -> None:
    facts = article_facts(
        tmp_path,
        glossary,
        "الصباح",
        "",
        "السبت-الأحد 25-26 أبريل 2026",
        "",
        "حموشي إلى نيامي الاثنين المقبل",
        "",
        "يرتقب أن يحل عبد اللطيف حموشي، الاثنين المقبل بنيامي، في زيارة عمل تستغرق ثلاثة أيام.",
    )
    assert dates_of(facts) == ("2026-04-27", "2026-04-29")
