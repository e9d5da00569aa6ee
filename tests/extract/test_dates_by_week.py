"""Days told by the week and by weekday and number alone: "يوم الثلاثاء من الأسبوع الماضي",
"الخميس قبل الماضي", "نهاية الأسبوع المقبل، يومي الخميس والجمعة", "يوم الخميس 29"; a visit
of one day, which no later day extends; a visit postponed, and a month to come ("أبريل
المقبل").

Sentences come from the unseen dev articles (tests/data/unseen/dev, cited by number).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from test_unseen_rules import facts_of
from test_visit_dates import article_facts, dates_of

from briefer.arabic.relative import find_relative_days
from briefer.arabic.weekday_days import find_weekday_days
from briefer.glossary.load import load as load_glossary
from briefer.glossary.match import Glossary

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary(ROOT / "glossary")


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # 1585: a Saturday line; last week ran 2-8 November, not "last Tuesday" (the 10th)
        (
            "أجرى حموشي، يوم الثلاثاء من الأسبوع الماضي، زيارة",
            date(2026, 11, 14),
            [date(2026, 11, 3)],
        ),
        # 1588: the Thursday before the last one (the 15th) from a Tuesday issue
        ("استقبل حموشي، الخميس قبل الماضي، بالمقر", date(2026, 1, 20), [date(2026, 1, 8)]),
        # 1587: weekdays after the week they belong to
        (
            "يرتقب أن يحل حموشي، نهاية الأسبوع المقبل، يومي الخميس والجمعة، بنجامينا",
            date(2026, 6, 8),
            [date(2026, 6, 18), date(2026, 6, 19)],
        ),
        # the week of the publication
        (
            "حل حموشي، مطلع الأسبوع الجاري، يوم الاثنين، بأبوظبي",
            date(2026, 6, 11),
            [date(2026, 6, 8)],
        ),
        # a weekday of next week before it: that week's, not the next such day (the 10th)
        ("سيحل يوم الأربعاء من الأسبوع المقبل", date(2026, 6, 8), [date(2026, 6, 17)]),
    ],
)
def test_weekdays_of_a_week(text: str, published: date, expected: list[date]) -> None:
    days = [d.resolve(published) for d in find_relative_days(text) if not d.week]
    assert days == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # 1589: no month, a Thursday line
        (
            "أجرى حموشي، يومي الاثنين 2 والثلاثاء 3، زيارة",
            date(2026, 3, 5),
            ("2026-03-02?", "2026-03-03?"),
        ),
        # 1590: the 29th before a 3 February line is January's
        ("استقبل حموشي، يوم الخميس 29، بالمقر", date(2026, 2, 3), ("2026-01-29?", "2026-01-29?")),
        # a planned meeting after the line: the nearest fitting day, which is ahead
        (
            "على أن يعقد الخبراء اجتماعهم يوم الاثنين 16 بالرباط.",
            date(2026, 3, 5),
            ("2026-03-16?", "2026-03-16?"),
        ),
    ],
)
def test_a_weekday_and_a_number_without_a_month(
    text: str, published: date, expected: tuple[str, str]
) -> None:
    found = find_weekday_days(text, published)
    assert [(d.start, d.end) for d in found] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "يوم الخميس 29 يناير",  # a month follows: a written date
        "يوم الخميس 3 لقاءات",  # a count, not a day
        "يوم الجمعة 31، في زيارة",  # no Friday the 31st within reach of the line
    ],
)
def test_no_weekday_day_without_its_calendar(text: str) -> None:
    assert find_weekday_days(text, date(2026, 2, 3)) == []


def test_a_visit_of_one_day_that_a_later_communique_told(
    tmp_path: Path, glossary: Glossary
) -> None:
    # 1585: "أمس الجمعة" is when the host's police published its communiqué
    facts = article_facts(
        tmp_path,
        glossary,
        "حموشي في وارسو",
        "",
        "السبت 14 نونبر 2026 - 12:40",
        "",
        "أجرى عبد اللطيف حموشي، يوم الثلاثاء من الأسبوع الماضي، زيارة عمل ليوم واحد إلى جمهورية "
        "بولندا، قبل أن تكشف تفاصيلها القيادة العامة للشرطة البولندية، أمس الجمعة، في بلاغ.",
    )
    assert dates_of(facts) == ("2026-11-03", "2026-11-03")


def test_days_by_weekday_and_number_are_the_visits(tmp_path: Path, glossary: Glossary) -> None:
    facts = article_facts(
        tmp_path,
        glossary,
        "حموشي في مدريد",
        "",
        "الخميس 5 مارس 2026 - 09:50",
        "",
        "أجرى عبد اللطيف حموشي، يومي الاثنين 2 والثلاثاء 3، زيارة عمل إلى العاصمة الإسبانية "
        "مدريد، بدعوة من المديرية العامة للشرطة الوطنية الإسبانية.",
    )
    assert dates_of(facts) == ("2026-03-02?", "2026-03-03?")


def test_a_visit_postponed_keeps_its_new_days(tmp_path: Path, glossary: Glossary) -> None:
    # 1596: the days it was planned for are superseded; "أبريل المقبل" is next April
    facts = article_facts(
        tmp_path,
        glossary,
        "تأجيل زيارة حموشي إلى كوالالمبور",
        "",
        "الأربعاء 18 مارس 2026 - 15:30",
        "",
        "علمت مصادر مطلعة أن الزيارة التي كان من المقرر أن يقوم بها عبد اللطيف حموشي إلى "
        "ماليزيا، يومي الثلاثاء والأربعاء 24 و25 مارس الجاري، أرجئت إلى يومي الأربعاء والخميس "
        "8 و9 أبريل المقبل.",
    )
    assert dates_of(facts) == ("2026-04-08", "2026-04-09")


def test_a_visit_postponed_to_a_later_date_has_none(tmp_path: Path, glossary: Glossary) -> None:
    # 1597: neither the old days nor the day the postponement was announced
    facts = article_facts(
        tmp_path,
        glossary,
        "تأجيل زيارة حموشي إلى البرازيل",
        "",
        "الجمعة 17 أكتوبر 2025 - 18:05",
        "",
        "أعلنت مصادر دبلوماسية، أمس الخميس، تأجيل الزيارة التي كان مقررا أن يقوم بها عبد "
        "اللطيف حموشي إلى العاصمة البرازيلية برازيليا، يومي الاثنين والثلاثاء 20 و21 أكتوبر "
        "الجاري، إلى موعد لاحق سيتم تحديده.",
    )
    assert dates_of(facts) == (None, None)


def test_a_month_to_come_said_after_the_visits_day(tmp_path: Path, glossary: Glossary) -> None:
    # 1347: "11 يونيو المقبل" is the World Cup's, after the day the visit began
    facts = article_facts(
        tmp_path,
        glossary,
        "مدير الأمن المغربي في مكسيكو",
        "",
        "نشر في: 22 أبريل 2026 - 14:35",
        "",
        "يواصل عبد اللطيف حموشي زيارة إلى المكسيك بدأها الثلاثاء وتستمر ثلاثة أيام، لتأمين "
        "المشجعين المغاربة في كأس العالم 2026 التي تنطلق في 11 يونيو المقبل.",
    )
    assert dates_of(facts) == ("2026-04-21", "2026-04-23")


def test_another_event_s_yesterday_before_the_visit_s_range_is_not_the_visit(
    tmp_path: Path, glossary: Glossary
) -> None:
    # A follow-up: the officers arrived yesterday; the visit it follows is the range.
    facts = facts_of(
        tmp_path,
        glossary,
        "أول فوج من الضباط الإيفواريين يلتحق بالقنيطرة",
        "الثلاثاء 18 فبراير 2025",
        "التحق، أمس الاثنين، أول فوج من ضباط الشرطة الإيفوارية بالمعهد الملكي للشرطة، تفعيلا "
        "لما تم الاتفاق عليه خلال الزيارة التي قام بها عبد اللطيف حموشي إلى كوت ديفوار، ما "
        "بين الاثنين 10 والأربعاء 12 فبراير الجاري.",
    )
    assert (facts.start, facts.end) == ("2025-02-10", "2025-02-12")


def test_a_stay_begun_on_a_day_after_yom_is_the_visit_s_first(
    tmp_path: Path, glossary: Glossary
) -> None:
    # "كان قد بدأها يوم الخميس الماضي": "يوم" between the word and the day.
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في أستانا",
        "الاثنين 2 دجنبر 2024",
        "اختتم عبد اللطيف حموشي، أمس الأحد فاتح دجنبر، زيارة عمل إلى جمهورية كازاخستان، كان قد "
        "بدأها يوم الخميس الماضي بالعاصمة أستانا.",
    )
    assert (facts.start, facts.end) == ("2024-11-28", "2024-12-01")
