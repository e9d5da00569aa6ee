"""Dates of a reception at home told from the visitor's side: his wire tells first of the day
his stay in Morocco ended, then, in the pluperfect, of his talks with the principal."""

from __future__ import annotations

from pathlib import Path

from test_unseen_rules import facts_of

from briefer.glossary.match import Glossary

PUBLISHED = "الأربعاء 16 أكتوبر 2024"


def test_the_talks_told_in_the_pluperfect_date_the_reception_not_the_stay_s_end(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "المدير العام للأمن الوطني يختتم زيارة عمل إلى المملكة المغربية",
        PUBLISHED,
        "الرباط - اختتم المدير العام للأمن الوطني الموريتاني، الفريق محمد ولد بوبكر، اليوم "
        "الأربعاء، زيارة عمل إلى المملكة المغربية دامت ثلاثة أيام.",
        "وكان المدير العام للأمن الوطني قد أجرى، يوم الاثنين بالرباط، مباحثات مع المدير العام "
        "للأمن الوطني ومراقبة التراب الوطني، السيد عبد اللطيف حموشي، تناولت التعاون الأمني.",
    )
    assert (facts.host_country, facts.start, facts.end) == ("MA", "2024-10-14", "2024-10-14")


def test_yesterday_s_talks_with_the_principal_are_the_day_not_the_visit_s_close(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "وزير الداخلية الألماني يختتم زيارة إلى المغرب",
        PUBLISHED,
        "الرباط - اختتم وزير الداخلية الألماني ألكسندر دوبريندت اليوم الأربعاء زيارة إلى "
        "المغرب استمرت يومين.",
        "وكان دوبريندت قد التقى أمس الثلاثاء في العاصمة المغربية المدير العام للأمن الوطني "
        "ومراقبة التراب الوطني عبد اللطيف حموشي، وبحث معه التعاون في مكافحة الإرهاب.",
    )
    assert (facts.start, facts.end) == ("2024-10-15", "2024-10-15")


def test_a_visitor_s_stay_alone_still_dates_the_reception_it_names(
    tmp_path: Path, shipped: Glossary
) -> None:
    # Without the talks told apart, the day the stay ended is the only day the text gives.
    facts = facts_of(
        tmp_path,
        shipped,
        "المدير العام للأمن الوطني يختتم زيارة عمل إلى المملكة المغربية",
        PUBLISHED,
        "الرباط - اختتم المدير العام للأمن الوطني الموريتاني، الفريق محمد ولد بوبكر، اليوم "
        "الأربعاء، زيارة عمل إلى المملكة المغربية، التقى خلالها عبد اللطيف حموشي.",
    )
    assert facts.start == "2024-10-16"


def test_a_signing_decided_for_a_later_weekday_does_not_date_the_talks(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يفتتح بالداخلة مؤتمرا حول أمن الموانئ",
        "الاثنين 2 مارس 2026",
        "الداخلة - انطلقت، اليوم الاثنين بالداخلة، أشغال المؤتمر الإفريقي حول أمن الموانئ، "
        "الذي تنظمه المديرية العامة للأمن الوطني على مدى ثلاثة أيام.",
        "وأجرى السيد حموشي، بعد ذلك، مباحثات مع القائد العام للشرطة الوطنية لساو تومي "
        "وبرينسيبي، تقرر في أعقابها التوقيع، يوم الأربعاء، على بروتوكول تعاون.",
    )
    assert facts.start == "2026-03-02"


def test_the_visitor_s_close_on_a_later_day_does_not_extend_the_reception(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "مسؤول أمني بنيني يحل بالرباط الاثنين المقبل",
        "الخميس 9 نونبر 2023",
        "سيجري المدير العام للشرطة الجمهورية البنينية، يوم الاثنين 13 نونبر الجاري، مباحثات مع "
        "عبد اللطيف حموشي بالرباط.",
        "ويتضمن برنامج الوفد البنيني، يوم الثلاثاء، زيارة المعهد الملكي للشرطة بالقنيطرة، على "
        "أن يختتم زيارته يوم الأربعاء بمدينة الدار البيضاء.",
    )
    assert (facts.start, facts.end) == ("2023-11-13", "2023-11-13")


def test_a_stay_begun_with_the_talks_dates_the_reception_in_the_close_s_sentence(
    tmp_path: Path, shipped: Glossary
) -> None:
    # "استهلها أول أمس الاثنين بمباحثات مع … حموشي": the stay began with the talks.
    facts = facts_of(
        tmp_path,
        shipped,
        "المدير العام للشرطة يختتم زيارة عمل إلى المملكة المغربية",
        PUBLISHED,
        "الرباط - اختتم المدير العام للشرطة الوطنية الجيبوتية، العقيد حسن عمر محمد، اليوم "
        "الأربعاء، زيارة عمل إلى المملكة المغربية، استهلها أول أمس الاثنين بمباحثات مع المدير "
        "العام للأمن الوطني ومراقبة التراب الوطني، السيد عبد اللطيف حموشي، بالرباط.",
    )
    assert (facts.host_country, facts.start, facts.end) == ("MA", "2024-10-14", "2024-10-14")


def test_a_bare_weekday_the_stay_began_with_the_talks_is_the_latest_such_day(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "رئيس الأمن العام يختتم زيارة رسمية إلى المملكة المغربية",
        PUBLISHED,
        "الرباط - اختتم رئيس الأمن العام البحريني، الفريق طارق الحسن، اليوم زيارة رسمية إلى "
        "المملكة المغربية، بدأها يوم الثلاثاء بلقاء السيد عبد اللطيف حموشي، المدير العام للأمن "
        "الوطني ومراقبة التراب الوطني، بالرباط.",
    )
    assert (facts.start, facts.end) == ("2024-10-15", "2024-10-15")


def test_a_stay_that_closes_with_a_field_visit_still_ends_the_event(
    tmp_path: Path, shipped: Glossary
) -> None:
    # "تختتم اليوم الجمعة بزيارة ميدانية": what the stay closes with, not a visitor's close.
    facts = facts_of(
        tmp_path,
        shipped,
        "لفتيت ومارلاسكا بإفران",
        "الجمعة 5 دجنبر 2025",
        "تحتضن مدينة إفران، منذ أمس الخميس، زيارة العمل التي يقوم بها وزير الداخلية الإسباني "
        "فرناندو غراندي مارلاسكا، بدعوة من نظيره المغربي عبد الوافي لفتيت، والتي تختتم اليوم "
        "الجمعة بزيارة ميدانية.",
        "وعقد الوزيران، أمس الخميس، جلسة مباحثات موسعة.",
    )
    assert (facts.start, facts.end) == ("2025-12-04", "2025-12-05")


def test_the_visitor_s_planned_close_on_a_written_date_does_not_extend_the_talks(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "المفتش العام للشرطة الرواندية يحل بالرباط الاثنين المقبل",
        "الجمعة 17 أبريل 2026",
        "يحل المفتش العام للشرطة الوطنية الرواندية، يوم الاثنين المقبل 20 أبريل الجاري، "
        "بالمملكة، في زيارة عمل، تنطلق بجلسة مباحثات مع عبد اللطيف حموشي بالرباط.",
        "وسيزور الوفد الرواندي، خلال الأيام الموالية، المعهد الملكي للشرطة بالقنيطرة، قبل أن "
        "يختتم زيارته يوم الخميس 23 أبريل.",
    )
    assert (facts.start, facts.end) == ("2026-04-20", "2026-04-20")
