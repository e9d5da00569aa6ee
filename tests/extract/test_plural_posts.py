"""Posts named once for several countries (the plural and the dual), and names told
"respectively" after them.

Each test is one construction of the genre, in sentences written for the test (not taken from
the evaluation corpus), through the real pipeline.
"""

from __future__ import annotations

from pathlib import Path

from test_unseen_rules import facts_of, people

from briefer.glossary.match import Glossary

RECEPTION = "استقبل عبد اللطيف حموشي، يوم الاثنين 4 مايو 2026 بالرباط، وفدا أمنيا إفريقيا."


def test_a_plural_post_in_each_listed_country_holds_the_names_in_order(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يتباحث مع مسؤولين أمنيين أفارقة",
        RECEPTION,
        "وأجرى حموشي مباحثات مع المفتشين العامين للشرطة في كل من جمهورية غانا وجمهورية "
        "كينيا، السيدين كوفي مينساه وجوزيف أوتينو، على التوالي.",
    )
    assert people(facts) == [("GH", "كوفي مينساه"), ("KE", "جوزيف أوتينو")]
    assert {c.role.en for c in facts.counterparts} == {"Inspector General"}


def test_a_dual_post_with_two_demonyms(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في موسكو",
        "أجرى عبد اللطيف حموشي، يوم الأربعاء 27 مايو 2026 بموسكو، مباحثات منفصلة مع وزيري "
        "الداخلية الكازاخستاني والقرغيزي، الفريق إرلان تورغومباييف والفريق أولان نيازبيكوف، "
        "على التوالي.",
    )
    assert people(facts) == [
        ("KZ", "إرلان تورغومباييف"),
        ("KG", "أولان نيازبيكوف"),
    ]


def test_a_name_that_begins_with_waw_is_one_item_of_the_list(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يلتقي قادة الشرطة في شرق إفريقيا",
        RECEPTION,
        "وعقد حموشي لقاء مع المفتشين العامين للشرطة في كل من جمهورية كينيا وجمهورية أوغندا "
        "وجمهورية تنزانيا المتحدة، دوغلاس كانغا وأباس موسى وكاميلوس وامبورا، على التوالي.",
    )
    assert [name for _, name in people(facts)] == ["دوغلاس كانغا", "أباس موسى", "كاميلوس وامبورا"]


def test_ranks_with_a_bracketed_speciality_before_each_name(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في بورتسودان",
        "بورتسودان 12-5-2026 (سونا)- التقى وزير الداخلية ومدير عام قوات الشرطة، الفريق شرطة "
        "(حقوقي) حامد عثمان الطيب والفريق أول شرطة (حقوقي) إبراهيم عمر الصادق، على التوالي، "
        "اليوم الثلاثاء ببورتسودان، المدير العام للأمن الوطني المغربي عبد اللطيف حموشي.",
    )
    assert [name for _, name in people(facts)] == ["حامد عثمان الطيب", "إبراهيم عمر الصادق"]


def test_an_unnamed_plural_post_is_the_person_named_later(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "لفتيت يتباحث مع وزراء الأمن في غانا وتوغو",
        "أجرى وزير الداخلية، عبد الوافي لفتيت، يوم الخميس 12 فبراير 2026 بالرباط، مباحثات مع "
        "وزراء الأمن في كل من جمهورية غانا وجمهورية توغو.",
        "ويتعلق الأمر بوزير الداخلية الغاني، السيد كوامي أسانتي، ووزير الداخلية التوغولي، الجنرال "
        "ياو كوفي.",
    )
    assert people(facts) == [("GH", "كوامي أسانتي"), ("TG", "ياو كوفي")]


def test_a_plural_post_with_one_country_is_no_list(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في أكرا",
        "أجرى عبد اللطيف حموشي، يوم الاثنين 4 مايو 2026 بأكرا، مباحثات مع مديري الشرطة "
        "في غانا حول تأمين التظاهرات الكبرى.",
    )
    assert people(facts) == []


def test_whom_a_counterpart_met_in_turn_is_not_met(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "وزير الداخلية يلتقي مدير الأمن الوطني المغربي",
        "التقى اللواء محمود توفيق، وزير الداخلية، يوم الأحد 7 ديسمبر 2025 بالقاهرة، السيد "
        "عبد اللطيف حموشي، المدير العام للأمن الوطني بالمملكة المغربية.",
        "كما التقى وزير الداخلية على هامش المؤتمر وزراء داخلية ليبيا والسودان والنيجر.",
    )
    assert [country for country, _ in people(facts)] == ["EG"]


def test_each_of_a_list_of_names_before_their_posts(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في غابورون",
        "أجرى حموشي، يوم الأربعاء 2 شتنبر 2026 بالعاصمة غابورون، في لقاءين منفصلين، مباحثات مع "
        "كل من تيبوغو ماسيلا، مفوض شرطة بوتسوانا، وكاغيسو ديتشابا، المدير العام لإدارة "
        "الاستخبارات والأمن.",
    )
    assert people(facts) == [("BW", "تيبوغو ماسيلا"), ("BW", "كاغيسو ديتشابا")]


def test_who_took_part_listed_before_their_posts(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يستقبل مدير جهاز الأمن الداخلي الإستوني",
        "استقبل عبد اللطيف حموشي، يوم الأربعاء 7 أكتوبر 2026 بتمارة، المدير العام لجهاز الأمن "
        "الداخلي بجمهورية إستونيا، أندريس سار.",
        "وشارك في المباحثات، إلى جانب المسؤول الإستوني، كل من تونو كاسك، نائب المدير العام "
        "المكلف بمكافحة الإرهاب، وكادري تام، نائبة المدير العام المكلفة بمكافحة التجسس.",
    )
    assert [name for _, name in people(facts)] == ["أندريس سار", "تونو كاسك", "كادري تام"]


def test_the_countries_of_a_plural_post_are_not_where_the_visit_is(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يجري مباحثات مع المديرين العامين للشرطة الوطنية بغانا وكينيا",
        "أجرى عبد اللطيف حموشي، يوم الخميس 16 أبريل 2026، مباحثات مع المديرين العامين للشرطة "
        "الوطنية في كل من جمهورية غانا وجمهورية كينيا.",
    )
    assert facts.host_country is None  # the text does not say where


def test_the_principal_called_by_his_own_title_is_no_counterpart(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "لفتيت في فاليتا",
        "أجرى وزير الداخلية، عبد الوافي لفتيت، يوم الخميس 14 ماي 2026 بفاليتا، مباحثات مع "
        "وزير الشؤون الداخلية المالطي، السيد بايرون كاميليري.",
        "كما أجرى وزير الداخلية مباحثات منفصلة مع نظيرته البرتغالية ونظيره الليبي، السيدة ماريا "
        "لوسيا أمارال والسيد عماد الطرابلسي، على التوالي.",
    )
    assert people(facts) == [
        ("MT", "بايرون كاميليري"),
        ("PT", "ماريا لوسيا أمارال"),
        ("LY", "عماد الطرابلسي"),
    ]
