"""Whose a post is: the state its own words name, and the titles that belong to someone named
in passing rather than to a counterpart.

Each test is one construction of the genre, in sentences written for the test (not taken from
the evaluation corpus), through the real pipeline.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_unseen_rules import facts_of, people

from briefer.glossary.match import Glossary


@pytest.mark.parametrize(
    "praise",
    [
        "الذي يقدمه جلالة الملك محمد السادس، رئيس لجنة القدس، للشعب الفلسطيني",
        "بقيادة صاحب الجلالة الملك محمد السادس، رئيس لجنة القدس، للقضية الفلسطينية",
    ],
)
def test_a_title_after_the_kings_name_is_his_not_a_counterparts(
    tmp_path: Path, shipped: Glossary, praise: str
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يستقبل المدير العام للشرطة الفلسطينية",
        "استقبل عبد اللطيف حموشي، اليوم الاثنين بالرباط، المدير العام للشرطة الفلسطينية، اللواء "
        "سامي الخطيب.",
        f"وأشاد المسؤول الفلسطيني بالدعم {praise}.",
    )
    assert people(facts) == [("PS", "سامي الخطيب")]
    assert facts.countries_mentioned == ("PS",)


def test_a_college_named_after_a_king_does_not_hide_the_post_after_it(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في الرياض",
        "زار عبد اللطيف حموشي كلية الملك فهد الأمنية بالرياض، حيث التقى مدير الكلية، اللواء "
        "سعد الغامدي.",
    )
    assert people(facts) == [("SA", "سعد الغامدي")]


@pytest.mark.parametrize(
    ("post", "country"),
    [
        ("المدير العام لمكافحة المخدرات بشرطة عمان السلطانية", "OM"),
        ("مدير إدارة مكافحة المخدرات بالنيابة العامة العليا لجمهورية كوريا", "KR"),
    ],
)
def test_at_an_event_abroad_the_state_of_the_posts_body_is_its_country(
    tmp_path: Path, shipped: Glossary, post: str, country: str
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في فيينا",
        "يشارك عبد اللطيف حموشي في أشغال لجنة المخدرات التابعة للأمم المتحدة بفيينا.",
        f"وعلى هامش الدورة، بحث حموشي مع {post}، العميد حسن الراشد، تبادل المعلومات.",
    )
    assert people(facts) == [(country, "حسن الراشد")]


def test_a_country_in_the_posts_clause_that_is_no_bodys_stays_the_hosts(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في فيينا",
        "يزور عبد اللطيف حموشي العاصمة النمساوية فيينا.",
        "وبحث حموشي مع مدير الشرطة الجنائية المكلف بملف سوريا، فرانز روبر، سبل التعاون.",
    )
    assert people(facts) == [("AT", "فرانز روبر")]


@pytest.mark.parametrize(
    ("state", "demonym", "country"),
    [
        ("بغينيا بيساو", "الغيني", "GW"),
        ("بجمهورية الدومينيكان", "الدومينيكي", "DO"),
    ],
)
def test_a_demonym_two_countries_write_alike_is_the_named_ones_at_home(
    tmp_path: Path, shipped: Glossary, state: str, demonym: str, country: str
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يستقبل وفدا أمنيا",
        f"استقبل عبد اللطيف حموشي، اليوم الثلاثاء بالرباط، المدير العام للشرطة الوطنية {state}، "
        "السيد أرماندو سانيا.",
        f"وأشاد المسؤول {demonym} بالتجربة المغربية في مكافحة الجريمة المنظمة.",
    )
    assert people(facts) == [(country, "أرماندو سانيا")]
    assert facts.countries_mentioned == (country,)


def test_a_purpose_clause_after_a_post_is_no_name(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يستقبل المديرة الوطنية للشرطة القضائية بغينيا بيساو لتطويق شبكات الكوكايين",
        "استقبل عبد اللطيف حموشي، اليوم الثلاثاء بالرباط، وفدا أمنيا أجنبيا.",
    )
    assert people(facts) == [("GW", None)]


def test_a_name_that_begins_with_lam_before_a_common_word_is_a_name(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "مباحثات مغربية صينية",
        "أجرى نائب وزير الأمن العام الصيني ليانغ تشي، اليوم الثلاثاء بالرباط، محادثات مع "
        "المدير العام للأمن الوطني عبد اللطيف حموشي.",
    )
    assert people(facts) == [("CN", "ليانغ تشي")]


def test_a_person_the_glossary_knows_serves_his_own_country_not_the_hosts(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "لفتيت في تونس",
        "يشارك وزير الداخلية عبد الوافي لفتيت في الدورة العادية لمجلس وزراء الداخلية العرب بتونس.",
        "وعلى هامش الدورة، بحث لفتيت مع النائب الأول لرئيس مجلس الوزراء وزير الداخلية الشيخ فهد "
        "يوسف سعود الصباح سبل تعزيز التعاون الأمني.",
    )
    assert people(facts) == [("KW", "فهد يوسف سعود الصباح")]


def test_a_known_person_is_written_as_his_fullest_report(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "فهد اليوسف يبحث مع حموشي تعزيز التعاون الأمني",
        "استقبل النائب الأول لرئيس مجلس الوزراء وزير الداخلية الشيخ فهد يوسف سعود الصباح، أمس، "
        "المدير العام للأمن الوطني المغربي عبد اللطيف حموشي.",
    )
    assert people(facts) == [("KW", "فهد يوسف سعود الصباح")]
    assert facts.counterparts[0].name is not None
    assert facts.counterparts[0].name.en == "Fahad Yousef Saud Al-Sabah"


def test_a_demonym_in_the_sentence_says_whose_a_post_is_before_a_place_does(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي على الحدود",
        "زار عبد اللطيف حموشي، اليوم الثلاثاء، المعبر الحدودي مع جبل طارق، برفقة كاتب الدولة "
        "الإسباني للأمن، رافائيل بيريث، والمديرة العامة للحرس المدني، ميرثيديس غونثاليث.",
    )
    assert people(facts) == [("ES", "رافائيل بيريث"), ("ES", "ميرثيديس غونثاليث")]
