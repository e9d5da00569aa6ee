"""The rules that carry extraction to articles it was not written on: where, who, which topics.

Each test is one construction of the genre, in sentences written for the test (not taken from
the evaluation corpus), through the real pipeline: ingestion, glossary, reference data,
extraction.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.extract import extract
from briefer.extract.facts import Facts
from briefer.extract.reference import complete
from briefer.extract.titles import literal
from briefer.extract.topics import word_forms
from briefer.glossary.load import load as load_glossary
from briefer.glossary.match import Glossary
from briefer.ingest import load_rules, read_article

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary(ROOT / "glossary")


def facts_of(tmp_path: Path, glossary: Glossary, *lines: str) -> Facts:
    """The facts of a small article: one paragraph per line, the first being the headline."""
    path = tmp_path / "article.txt"
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return extract(read_article(path, load_rules()), glossary)


def people(facts: Facts) -> list[tuple[str | None, str | None]]:
    return [(c.country, c.name_ar) for c in facts.counterparts]


# ---------------------------------------------------------------- where


def test_a_capital_after_its_country_adjective_is_the_city_not_the_homograph_country(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في الأردن",
        "وصل عبد اللطيف حموشي إلى العاصمة الأردنية عمّان في زيارة عمل، حيث أجرى مباحثات مع "
        "وزير الداخلية الأردني.",
    )
    assert facts.host_country == "JO"
    assert facts.city is not None and facts.city.en == "Amman"


def test_the_capital_named_only_by_its_country_adjective(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في بلجيكا",
        "أجرى عبد اللطيف حموشي مباحثات في العاصمة البلجيكية مع وزيرة الداخلية البلجيكية.",
    )
    assert facts.host_country == "BE"
    assert facts.city is not None and facts.city.en == "Brussels"


def test_the_federal_capital_named_by_its_country_adjective(
    tmp_path: Path, glossary: Glossary
) -> None:
    # 1988: "العاصمة الفيدرالية الأمريكية", never "واشنطن".
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في الولايات المتحدة",
        "أجرى عبد اللطيف حموشي مباحثات بمقر المكتب في العاصمة الفيدرالية الأمريكية مع مديره.",
    )
    assert facts.host_country == "US"
    assert facts.city is not None and facts.city.en == "Washington"


def test_a_body_s_meeting_says_where_over_the_wire_s_dateline(
    tmp_path: Path, glossary: Glossary
) -> None:
    # 1989: an EFE item filed in Madrid about a joint commission's meeting in Seville.
    facts = facts_of(
        tmp_path,
        glossary,
        "المغرب وإسبانيا يضبطان ترتيبات عملية العبور",
        "مدريد، 22 مايو/أيار (إفي).- عقدت اللجنة المشتركة الإسبانية المغربية، اليوم الخميس، "
        "اجتماعها السنوي في مدينة إشبيلية، لوضع اللمسات الأخيرة على ترتيبات العملية.",
    )
    assert facts.city is not None and facts.city.en == "Seville"


def test_a_town_spelled_like_a_nationality_is_the_nationality(
    tmp_path: Path, glossary: Glossary
) -> None:
    # 481: "بالعاصمة السويدية ستوكهولم" (GeoNames holds Samandağ as "السويدية")
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في ستوكهولم",
        "حل عبد اللطيف حموشي، أمس الثلاثاء، بالعاصمة السويدية ستوكهولم في زيارة عمل.",
    )
    assert (facts.host_country, facts.city and facts.city.en) == ("SE", "Stockholm")


def test_a_capital_named_by_a_glossary_adjective_is_the_city(
    tmp_path: Path, glossary: Glossary
) -> None:
    # The glossary knows "الفرنسية"; inside "بالعاصمة الفرنسية" it names Paris, not a person.
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في فرنسا",
        "أجرى عبد اللطيف حموشي، أمس بالعاصمة الفرنسية، مباحثات مع نظيره الفرنسي.",
    )
    assert facts.host_country == "FR"
    assert facts.city is not None and facts.city.en == "Paris"


def test_the_next_stop_of_a_tour_is_not_where_the_visit_is(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "جولة خليجية لحموشي",
        "حل عبد اللطيف حموشي بالعاصمة القطرية الدوحة، في مستهل جولة خليجية، على أن يحل "
        "بالكويت يوم الخميس.",
    )
    assert facts.host_country == "QA"
    assert facts.city is not None and facts.city.en == "Doha"
    assert facts.countries_mentioned == ("KW",)


def test_where_a_tour_leads_next_is_not_where_the_visit_is(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي بدودوما في أول محطة من جولة بشرق إفريقيا تقوده إلى رواندا",
        "أجرى عبد اللطيف حموشي، يوم الاثنين 8 يونيو 2026 بمدينة دودوما، مباحثات مع وزير الشؤون "
        "الداخلية التنزاني.",
        "ومن المنتظر أن يجري حموشي بكيغالي، خلال المحطة الثانية من جولته، مباحثات مع مسؤولي "
        "الشرطة الرواندية.",
    )
    assert facts.host_country == "TZ"
    assert facts.city is not None and facts.city.en == "Dodoma"
    assert facts.countries_mentioned == ("RW",)


def test_a_dateline_naming_the_host_country_names_its_capital_of_that_spelling(
    tmp_path: Path, glossary: Glossary
) -> None:
    # A dateline is a city: "تونس" there is Tunis, when the text names no other city.
    facts = facts_of(
        tmp_path,
        glossary,
        "تونس - ومع",
        "شارك عبد اللطيف حموشي، يوم الأربعاء بتونس، في أشغال مؤتمر قادة الشرطة العرب.",
    )
    assert facts.host_country == "TN"
    assert facts.city is not None and facts.city.en == "Tunis"


def test_the_country_a_visitor_is_visiting_and_a_wire_dateline_in_its_prose(
    tmp_path: Path, glossary: Glossary
) -> None:
    # "يزور سلطنة عُمان" names the host; "مسقط في … (العمانية) -" opening the prose, the city.
    facts = facts_of(
        tmp_path,
        glossary,
        "مسقط في 3 ربيع الأول 1447 هـ الموافق 26 أغسطس 2025 م (العمانية) - استقبل وزير "
        "الداخلية اليوم بمكتبه عبد اللطيف حموشي، الذي يزور سلطنة عُمان حاليا.",
    )
    assert facts.host_country == "OM"
    assert facts.city is not None and facts.city.en == "Muscat"


def test_a_glossary_city_after_a_capital_word_and_its_adjective(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "معرض أمني دولي",
        "افتتحت يوم الإثنين بالعاصمة التركية أنقرة أشغال المعرض الدولي للأمن، بمشاركة عبد "
        "اللطيف حموشي.",
    )
    assert facts.host_country == "TR"
    assert facts.city is not None and facts.city.en == "Ankara"


def test_the_maghrebi_spelling_of_brussels(tmp_path: Path, glossary: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في بلجيكا",
        "أجرى عبد اللطيف حموشي، أمس الثلاثاء ببروكسيل، مباحثات مع وزيرة الداخلية البلجيكية.",
    )
    assert facts.host_country == "BE"
    assert facts.city is not None and facts.city.en == "Brussels"


def test_arriving_in_a_country_names_the_host(tmp_path: Path, glossary: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في زيارة رسمية",
        "وصل عبد اللطيف حموشي، اليوم، إلى الكويت في زيارة رسمية، حيث التقى وزير الداخلية.",
    )
    assert facts.host_country == "KW"


def test_the_delegations_country_is_not_where_it_goes(tmp_path: Path, glossary: Glossary) -> None:
    # 457: "يقود وفد المغرب في مؤتمر … بلوساكا": the article is no preposition
    facts = facts_of(
        tmp_path,
        glossary,
        'المنصوري يقود وفد المغرب في مؤتمر "سيسا" بلوساكا',
        "شارك حموشي في أشغال المؤتمر الذي احتضنته العاصمة الزامبية لوساكا.",
    )
    assert (facts.host_country, facts.city and facts.city.en) == ("ZM", "Lusaka")
    # A country whose name opens like the article still follows its destination word.
    facts = facts_of(
        tmp_path, glossary, "زيارة عمل", "أجرى حموشي مباحثات خلال زيارة عمل إلى ألمانيا."
    )
    assert facts.host_country == "DE"


def test_a_wires_dateline_standing_alone_says_where_when_nothing_else_does(
    tmp_path: Path, glossary: Glossary
) -> None:
    # 288: "الرباط - واع" as a heading of its own; the visit is "إلى المملكة"
    facts = facts_of(
        tmp_path,
        glossary,
        "الشمري يبحث مع حموشي ملفي المخدرات",
        "الرباط - واع",
        "التقى وزير الداخلية العراقي، اليوم الثلاثاء، عبد اللطيف حموشي، وذلك ضمن الزيارة "
        "الرسمية التي يجريها إلى المملكة.",
    )
    assert (facts.host_country, facts.city and facts.city.en) == ("MA", "Rabat")


def test_an_agency_named_last_in_a_hijri_dateline_serves_its_countrys_posts(
    tmp_path: Path, glossary: Glossary
) -> None:
    # 459: "الرباط 19 جمادى الأولى 1447 هـ الموافق 10 نوفمبر 2025 م واس"
    facts = facts_of(
        tmp_path,
        glossary,
        "مدير الأمن العام يلتقي المدير العام للأمن الوطني المغربي",
        "الرباط 19 جمادى الأولى 1447 هـ الموافق 10 نوفمبر 2025 م واس",
        "التقى مدير الأمن العام الفريق محمد بن عبدالله البسامي، اليوم، عبداللطيف حموشي، وذلك "
        "في مقر المديرية العامة للأمن الوطني بالرباط.",
    )
    assert people(facts) == [("SA", "محمد بن عبدالله البسامي")]


def test_a_dateline_naming_city_and_country_and_a_country_ending_a_post(
    tmp_path: Path, glossary: Glossary
) -> None:
    # 491: a city GeoNames has no Arabic name for, then its country; "في لاوس" ends a post
    facts = facts_of(
        tmp_path,
        glossary,
        "وانغ شياو هونغ يلتقي مسؤولين أمنيين أجانب",
        "ليانيونقانغ، الصين 10 سبتمبر 2024 (شينخوا) التقى وزير الأمن العام وانغ شياو هونغ، اليوم "
        "(الثلاثاء)، مع عدد من قادة أجهزة الشرطة الأجنبية، بينهم عبد اللطيف حموشي.",
        "كما التقى وانغ مع وزير الداخلية الكمبودي ونائب وزير الأمن العام في لاوس.",
    )
    assert facts.host_country == "CN"


def test_the_dged_is_the_home_sides(tmp_path: Path, glossary: Glossary) -> None:
    # 510: "شارك ياسين المنصوري، المدير العام للدراسات والمستندات، على رأس وفد مغربي"
    facts = facts_of(
        tmp_path,
        glossary,
        "المنصوري في أبوجا",
        "شارك ياسين المنصوري، المدير العام للدراسات والمستندات، على رأس وفد مغربي، في أشغال "
        "القمة الإفريقية لمكافحة الإرهاب، التي احتضنتها العاصمة النيجيرية أبوجا.",
    )
    assert facts.host_country == "NG"
    assert facts.counterparts == ()


def test_a_counterpart_meeting_others_gives_no_counterparts(
    tmp_path: Path, glossary: Glossary
) -> None:
    # 491: "كما التقى وانغ، كل على حدة، مع وزير الداخلية الكمبودي ونائب وزير الأمن العام في لاوس"
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في بكين",
        "التقى عبد اللطيف حموشي ببكين وزير الأمن العام الصيني، وانغ شياو هونغ.",
        "كما التقى وانغ، كل على حدة، مع وزير الداخلية الكمبودي ونائب وزير الأمن العام في لاوس.",
    )
    assert people(facts) == [("CN", "وانغ شياو هونغ")]
    assert facts.countries_mentioned == ()


def test_a_counterpart_holding_meetings_of_his_own_gives_no_counterparts(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في أنقرة",
        "التقى عبد اللطيف حموشي بأنقرة وزير الداخلية التركي، مصطفى جيهان أوزدمير.",
        "وعقد جيهان أوزدمير على هامش الاجتماع لقاءات ثنائية مع وزراء داخلية ألبانيا والعراق.",
    )
    assert people(facts) == [("TR", "مصطفى جيهان أوزدمير")]
    assert facts.countries_mentioned == ()


def test_in_a_visitors_state_wire_the_principals_title_may_be_the_visitors(
    tmp_path: Path, glossary: Glossary
) -> None:
    # 432: an AMI wire from Kenitra; "المدير العام للأمن الوطني، الفريق محمد الأمين ولد أحمد"
    facts = facts_of(
        tmp_path,
        glossary,
        "الوكالة الموريتانية للأنباء",
        "المدير العام للأمن الوطني يحضر حفل تخرج بالمعهد الملكي للشرطة في المغرب",
        "القنيطرة (المغرب)، 04/07/2025 - حضر المدير العام للأمن الوطني، الفريق محمد الأمين ولد "
        "أحمد، مساء اليوم الجمعة بالمعهد الملكي للشرطة حفل تخرج ترأسه عبد اللطيف حموشي.",
    )
    assert people(facts) == [("MR", "محمد الأمين ولد أحمد")]


def test_the_two_congos(tmp_path: Path, glossary: Glossary) -> None:
    # 496: "جمهورية الكونغو" and "الكونغولية" in Brazzaville are the Republic of the Congo
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في برازافيل",
        "يواصل عبد اللطيف حموشي زيارة العمل التي يقوم بها إلى جمهورية الكونغو.",
        "والتقى حموشي ببرازافيل المدير العام للشرطة الوطنية الكونغولية، الجنرال جون كلود مابيالا.",
        "ووقع الجانبان مذكرة تفاهم بين المديرية العامة للأمن الوطني والمديرية العامة للشرطة "
        "الكونغولية.",
    )
    assert facts.host_country == "CG"
    assert people(facts) == [("CG", "جون كلود مابيالا")]
    assert [p.country for p in facts.agreements[0].parties] == ["MA", "CG"]
    assert facts.countries_mentioned == ()
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في كينشاسا",
        "حل عبد اللطيف حموشي بجمهورية الكونغو الديمقراطية في زيارة عمل.",
    )
    assert facts.host_country == "CD"


def test_an_agency_named_as_outlet_with_its_acronym_or_with_a_colon(
    tmp_path: Path, glossary: Glossary
) -> None:
    # 488: "وكالة الأنباء اليمنية (سبأ)", "الرباط - سبأ:"; an unqualified minister is Yemen's
    for outlet, dateline in (("وكالة الأنباء اليمنية (سبأ)", "الرباط"), ("", "الرباط - سبأ:")):
        facts = facts_of(
            tmp_path,
            glossary,
            *([outlet] if outlet else []),
            "وزير الداخلية يبحث مع المدير العام للأمن الوطني المغربي تعزيز التعاون الأمني",
            dateline,
            "بحث وزير الداخلية اللواء إبراهيم حيدان اليوم في الرباط مع عبد اللطيف حموشي "
            "سبل تعزيز التعاون الأمني.",
        )
        assert people(facts) == [("YE", "إبراهيم حيدان")], outlet or dateline


def test_a_host_sides_wire_under_its_headline_and_publication_line(
    tmp_path: Path, glossary: Glossary
) -> None:
    # 466: the headline's subject is the host, unknown to the glossary; the dateline opens
    # the third paragraph
    facts = facts_of(
        tmp_path,
        glossary,
        "سيف بن زايد يستقبل المدير العام للأمن الوطني ومراقبة التراب الوطني في المملكة المغربية",
        "الاثنين، 6 أكتوبر 2025 4:52 م",
        "أبوظبي في 6 أكتوبر/ وام/ استقبل سمو الفريق الشيخ سيف بن زايد آل نهيان وزير الداخلية "
        "اليوم سعادة عبد اللطيف حموشي والوفد المرافق له الذي يزور الدولة حاليا.",
    )
    assert (facts.host_country, facts.city and facts.city.en) == ("AE", "Abu Dhabi")


def test_an_event_the_home_side_organises_is_at_home(tmp_path: Path, glossary: Glossary) -> None:
    # 511: a town the gazetteer lacks; "الذي تنظمه المديرية العامة للأمن الوطني"
    facts = facts_of(
        tmp_path,
        glossary,
        "مؤتمر دولي حول أمن التظاهرات الرياضية الكبرى",
        "انطلقت، اليوم الثلاثاء بالصخيرات، أشغال المؤتمر الدولي حول أمن التظاهرات الرياضية "
        "الكبرى، الذي تنظمه المديرية العامة للأمن الوطني، بحضور عبد اللطيف حموشي.",
        "كما أجرى حموشي مباحثات مع المدير العام للأمن العام القطري.",
    )
    assert facts.host_country == "MA"


def test_a_reception_at_home_is_hosted_by_the_home_country_not_the_visitors(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي يستقبل وفدا سنغاليا",
        "استقبل عبد اللطيف حموشي، اليوم بمقر المديرية العامة للأمن الوطني بالرباط، وفدا أمنيا "
        "سنغاليا يقوده المدير العام للشرطة الوطنية بجمهورية السنغال، المراقب العام للشرطة "
        "إبراهيما ديالو.",
    )
    assert facts.host_country == "MA"
    assert facts.city is not None and facts.city.en == "Rabat"
    assert people(facts) == [("SN", "إبراهيما ديالو")]
    assert "SN" in facts.countries_mentioned


def test_a_ranked_host_before_the_verb_receives_the_principal_abroad(
    tmp_path: Path, glossary: Glossary
) -> None:
    # The headline's subject is a general named before "استقبل": the visitor follows it.
    facts = facts_of(
        tmp_path,
        glossary,
        "اللواء سالم استقبل المدير العام للأمن الوطني المغربي",
        "استقبل قائد الشرطة اللواء سالم، في مكتبه في بيروت، عبد اللطيف حموشي في مستهل "
        "زيارة رسمية للبنان.",
    )
    assert facts.host_country == "LB"
    assert facts.city is not None and facts.city.en == "Beirut"


def test_received_by_a_foreign_minister_is_a_visit_abroad(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "القاهرة - أ ش أ",
        "استقبل اللواء محمود توفيق وزير الداخلية، أمس الأحد، السيد عبد اللطيف حموشي المدير "
        "العام للأمن الوطني المغربي، بمقر الوزارة.",
    )
    assert facts.host_country == "EG"
    assert facts.city is not None and facts.city.en == "Cairo"


def test_no_place_stated_means_no_host(tmp_path: Path, glossary: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "تعاون أمني",
        "بحث عبد اللطيف حموشي مع نظيره الإسباني سبل تعزيز التعاون بين المغرب وإسبانيا وفرنسا.",
    )
    assert facts.host_country is None and facts.city is None


def test_a_strait_and_an_archipelago_are_not_countries(glossary: Glossary) -> None:
    text = "ناقش الطرفان الهجرة عبر مضيق جبل طارق نحو جزر الكناري."
    codes = {m.entry.country for m in complete(text, glossary.match(text))}
    assert "GI" not in codes and "IC" not in codes


def test_cannabis_is_no_indian(glossary: Glossary) -> None:
    # 449: "شبكات الاتجار في الكوكايين والقنب الهندي"
    text = "تناولت المباحثات شبكات الاتجار في الكوكايين والقنب الهندي ومع الوفد الهندي."
    codes = [m.entry.country for m in complete(text, glossary.match(text))]
    assert codes.count("IN") == 1


def test_a_city_inside_an_organisations_name_does_not_place_the_visit(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "زيارة عمل",
        "يجري عبد اللطيف حموشي زيارة عمل لدولة الإمارات العربية المتحدة، حيث التقى القائد العام "
        "لشرطة أبوظبي.",
    )
    assert facts.host_country == "AE"
    assert facts.city is None


# ---------------------------------------------------------------- who


def test_a_counterpart_with_the_principals_own_title_in_another_country(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في نواكشوط",
        "حل عبد اللطيف حموشي بنواكشوط، حيث كان في استقباله المدير العام للأمن الوطني "
        "الموريتاني، الفريق محمد الأمين ولد أحمد.",
    )
    assert people(facts) == [("MR", "محمد الأمين ولد أحمد")]
    person = facts.counterparts[0]
    assert person.name is not None and "Ould" in (person.name.en or "")
    assert person.unverified == ("name",)


def test_two_directors_in_one_sentence_stay_two(tmp_path: Path, glossary: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في باريس",
        "أجرى عبد اللطيف حموشي بباريس مباحثات مع المديرة العامة للأمن الداخلي سيلين بيرتون "
        "والمدير العام للشرطة الوطنية لويس لوجيي.",
    )
    assert people(facts) == [("FR", "سيلين بيرتون"), ("FR", "لويس لوجيي")]
    # Her title, from the glossary's entry when it has one, keeps her gender.
    assert facts.counterparts[0].role.fr.startswith("directrice générale")


def test_an_unknown_organisation_between_role_and_demonym(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في الدوحة",
        "التقى عبد اللطيف حموشي في الدوحة برئيس جهاز أمن الدولة القطري، اللواء عبدالعزيز بن "
        "فهد المهندي.",
    )
    person = facts.counterparts[0]
    assert (person.country, person.name_ar) == ("QA", "عبدالعزيز بن فهد المهندي")
    assert person.organisation is not None
    assert person.organisation.ar == "جهاز أمن الدولة"
    assert "organisation" in person.unverified
    assert person.title.en == "Head of the Qatari State Security Service"


def test_people_in_background_are_not_counterparts(tmp_path: Path, glossary: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في باريس",
        "أجرى عبد اللطيف حموشي بباريس مباحثات مع وزير الداخلية الفرنسي.",
        "ويذكر أن الرئيس الفرنسي إيمانويل ماكرون قام بزيارة دولة إلى المغرب في أكتوبر 2024.",
    )
    assert [c.name_ar for c in facts.counterparts] == [None]


def test_attendees_of_the_talks_are_not_counterparts(tmp_path: Path, glossary: Glossary) -> None:
    # Named or not (README: "attendees only, not counterparts").
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في الكويت",
        "أجرى عبد اللطيف حموشي بمدينة الكويت مباحثات مع وزير الداخلية الكويتي.",
        "وحضر هذه المباحثات مدير عام مكتب الوزير، بحضور اللواء سالم بن ناصر العجمي مدير "
        "الأمن العام.",
    )
    assert people(facts) == [("KW", None)]


@pytest.mark.parametrize(
    "accompanied",
    [
        "ورافق حموشي في هذه الزيارة مدير الأمن العمومي، كريم العلوي.",
        "ويرافق المسؤول المغربي في هذه الزيارة الوالي مدير الأمن العمومي، كريم العلوي.",
        "وضم الوفد المرافق لحموشي مدير الأمن العمومي، كريم العلوي.",
    ],
)
def test_those_who_accompany_the_principal_are_his_side(
    tmp_path: Path, glossary: Glossary, accompanied: str
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في روما",
        "أجرى عبد اللطيف حموشي بروما مباحثات مع قائد الشرطة الإيطالي.",
        accompanied,
    )
    assert "كريم العلوي" not in [name for _, name in people(facts)]


def test_a_later_generic_mention_is_the_same_person(tmp_path: Path, glossary: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في الكويت",
        "أجرى عبد اللطيف حموشي بالكويت مباحثات مع وزير الداخلية الكويتي، الشيخ فهد يوسف سعود "
        "الصباح.",
        "وأشاد الوزير الكويتي بالخبرة المغربية في مكافحة الإرهاب.",
    )
    assert people(facts) == [("KW", "فهد يوسف سعود الصباح")]
    assert len(facts.counterparts[0].evidence) == 2


def test_his_counterpart_in_the_headline_is_the_first_named_of_that_country(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي يجري مباحثات مع نظيره البرتغالي",
        "أجرى عبد اللطيف حموشي بلشبونة مباحثات مع نظيره البرتغالي، المدير الوطني لشرطة الأمن "
        "العمومي جواو سيلفا.",
        "كما استقبله وزير الداخلية البرتغالي، ماريو كوستا.",
    )
    assert people(facts) == [("PT", "جواو سيلفا"), ("PT", "ماريو كوستا")]


def test_a_ministers_joined_portfolios_belong_to_his_post(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في باماكو",
        "أجرى عبد اللطيف حموشي بباماكو مباحثات مع وزير الداخلية والأمن العمومي والحماية "
        "المدنية المالي، الجنرال داودا كوني.",
    )
    assert people(facts) == [("ML", "داودا كوني")]


def test_a_foreign_minister_receiving_a_moroccan_official_is_not_one_person(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في نواكشوط",
        "حل عبد اللطيف حموشي بنواكشوط في زيارة عمل.",
        "واستقبل وزير الداخلية واللامركزية الموريتاني المسؤول الأمني المغربي بمكتبه.",
    )
    assert people(facts) == [("MR", None)]


def test_ali_is_a_name_not_the_preposition_it_folds_like(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في الدوحة",
        "أجرى عبد اللطيف حموشي بالدوحة مباحثات مع وزير الداخلية القطري، علي بن سالم المري، "
        "تناولت التعاون على الحدود.",
    )
    assert people(facts) == [("QA", "علي بن سالم المري")]


def test_the_meeting_after_a_meeting_verb_is_not_a_name(tmp_path: Path, glossary: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في إسطنبول",
        "عقد عبد اللطيف حموشي بإسطنبول لقاءين ثنائيين، فيما جمعه اللقاء الثاني بالمدير العام "
        "للأمن العام الأردني، وتمحور حول التهريب.",
    )
    assert people(facts) == [("JO", None)]


def test_the_name_before_a_double_post_holds_both(tmp_path: Path, glossary: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في الكويت",
        "وفي الكويت، أجرى حموشي مباحثات مع معالي الشيخ حمد بن راشد آل صباح، نائب رئيس مجلس "
        "الوزراء وزير الداخلية، تناولت التعاون الأمني.",
    )
    assert people(facts) == [("KW", "حمد بن راشد آل صباح")]


def test_a_retired_rank_and_a_chinese_w_name(tmp_path: Path, glossary: Glossary) -> None:
    # "المتقاعد" qualifies the rank; "وانغ" (Wang) is a name, not "و" + a word.
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في بكين",
        "أجرى عبد اللطيف حموشي ببكين مباحثات مع وزير الأمن العام الصيني، وانغ لي مينغ، ومع "
        "رئيس الوكالة الوطنية لمكافحة المخدرات، العميد المتقاعد شو جيان.",
    )
    assert [name for _, name in people(facts)] == ["وانغ لي مينغ", "شو جيان"]


def test_a_forces_organisation_in_the_genitive_is_not_a_name(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في بيروت",
        "التقى عبد اللطيف حموشي في بيروت المدير العام لقوى الأمن الداخلي اللواء جورج خوري.",
    )
    assert people(facts) == [("LB", "جورج خوري")]
    title = facts.counterparts[0].title
    assert title is not None and title.fr == "directeur général des Forces de sécurité intérieure"


def test_a_name_after_the_rest_of_an_organisations_name(tmp_path: Path, glossary: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي يستقبل مسؤولة أوروبية",
        "أجرى عبد اللطيف حموشي بالرباط مباحثات مع المديرة التنفيذية لوكالة الاتحاد الأوروبي "
        'للتعاون في مجال التدريب "سيبول"، ماريا شميدت.',
        "وأشادت المسؤولة الأوروبية بالتعاون مع المغرب.",
    )
    assert people(facts) == [(None, "ماريا شميدت")]


def test_a_place_after_a_post_is_no_part_of_its_organisations_name(
    tmp_path: Path, glossary: Glossary
) -> None:
    # "… للإنتربول بالرباط، السيد فلان": a Moroccan office, not the foreign body's head.
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في ليون",
        "أجرى عبد اللطيف حموشي بمدينة ليون مباحثات بحضور رئيس المكتب المركزي الوطني "
        "للإنتربول بالرباط، السيد كريم العلوي.",
    )
    assert "كريم العلوي" not in [name for _, name in people(facts)]


def test_an_unnamed_post_listed_beside_a_named_one_is_another_person(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في صوفيا",
        "أجرى عبد اللطيف حموشي بصوفيا مباحثات مع وزير النظام العام البلغاري، و قائد الشرطة "
        "البلغارية، الفريق إيفان ديميتروف.",
        "وأشاد الوزير البلغاري بالتعاون مع المغرب.",
    )
    assert people(facts) == [("BG", None), ("BG", "إيفان ديميتروف")]


def test_an_unknown_body_inside_a_known_one_takes_its_country(
    tmp_path: Path, glossary: Glossary
) -> None:
    # At home, an unnamed post is kept only when its country is known: here from the
    # Spanish National Police that the unknown "commissariat" belongs to.
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي يستقبل مسؤولا إسبانيا",
        "استقبل عبد اللطيف حموشي بمدينة طنجة المفوض العام للأجانب والحدود بالشرطة الوطنية "
        "الإسبانية، الذي يقوم بزيارة عمل إلى المغرب.",
    )
    assert people(facts) == [("ES", None)]


def test_the_head_of_an_international_mechanism_at_a_home_event(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "مؤتمر أمني بمراكش",
        "أجرى عبد اللطيف حموشي بمراكش، على هامش المؤتمر، مباحثات مع المدير التنفيذي لآلية "
        "التعاون الشرطي الإفريقية.",
    )
    assert people(facts) == [(None, None)]


def test_a_surname_with_wal_ends_a_name_after_an_honorific(
    tmp_path: Path, glossary: Glossary
) -> None:
    # "والي" (Waly) looks like "و" + "الي"; last before the comma, after "السيدة", a name.
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي يستقبل مسؤولة أممية",
        "استقبل عبد اللطيف حموشي بالرباط المديرة التنفيذية لمكتب الأمم المتحدة المعني "
        "بالمخدرات والجريمة، السيدة سلمى والي، التي تقوم بزيارة عمل إلى المغرب.",
    )
    assert people(facts) == [(None, "سلمى والي")]


def test_a_name_beginning_with_hamza_alif_lam_is_not_an_article(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في برلين",
        "أجرى عبد اللطيف حموشي ببرلين مباحثات مع وزير الداخلية الألماني، ألكسندر دوبرينت.",
    )
    assert people(facts) == [("DE", "ألكسندر دوبرينت")]


def test_a_surname_with_bal_ends_a_name_that_fills_its_chunk(
    tmp_path: Path, glossary: Glossary
) -> None:
    # "بالاريس" (Pallarés) looks like "ب" + "الاريس"; last in its comma chunk, a name.
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في مدريد",
        "أجرى عبد اللطيف حموشي بمدريد مباحثات مع كاتبة الدولة في الأمن، آنا بيلين بالاريس.",
    )
    assert people(facts) == [("ES", "آنا بيلين بالاريس")]


def test_the_principals_own_title_held_abroad_by_someone_else(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في نواكشوط",
        "التقى عبد اللطيف حموشي، المدير العام للأمن الوطني، اليوم بنواكشوط، بالمدير العام "
        "للأمن الوطني الفريق سيدي ولد أحمد.",
    )
    assert people(facts) == [("MR", "سيدي ولد أحمد")]


def test_a_name_after_with_before_its_post(tmp_path: Path, glossary: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في باريس",
        "ناقش عبد اللطيف حموشي، اليوم بباريس، مع جان مارتان، وزير الداخلية الفرنسي، سبل "
        "تعزيز التعاون.",
    )
    assert people(facts) == [("FR", "جان مارتان")]


def test_his_two_counterparts_named_by_their_adjectives(tmp_path: Path, glossary: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في الرياض",
        "شارك عبد اللطيف حموشي بالرياض في المؤتمر الدولي للأمن، وعقد على هامشه لقاءات ثنائية "
        "مع وزير الداخلية السعودي ونظيريه الأردني والتونسي.",
    )
    assert people(facts) == [("SA", None), ("JO", None), ("TN", None)]


def test_a_rank_before_a_name_is_not_a_second_post(tmp_path: Path, glossary: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في لندن",
        "أجرى عبد اللطيف حموشي بلندن مباحثات مع قائد شرطة العاصمة البريطانية، المفوض الرئيسي "
        "مارك رولي.",
    )
    assert people(facts) == [("GB", "مارك رولي")]


def test_international_staff_serve_no_country(tmp_path: Path, glossary: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في لاهاي",
        "التقى عبد اللطيف حموشي بلاهاي بالمديرة التنفيذية ليوروبول، كاثرين دي بول.",
    )
    assert people(facts) == [(None, "كاثرين دي بول")]


def test_the_glossary_title_outranks_the_articles_wording(glossary: Glossary) -> None:
    path = ROOT / "seeds" / "000_d774277871ac2776.txt"
    facts = extract(read_article(path, load_rules()), glossary)
    demirtas = next(c for c in facts.counterparts if c.name_ar == "محمود ديميرتاش")
    assert demirtas.title.en == "Director General of Security of Türkiye"
    # The article's own words ("مدير جهاز الشرطة الوطنية التركية") stay in the evidence.
    assert demirtas.evidence[0].sentence == 3


# ---------------------------------------------------------------- titles and topics


@pytest.mark.parametrize(
    ("arabic", "en"),
    [
        ("جهاز أمن الدولة", "State Security Service"),
        ("الأمن العام", "Public Security"),
        ("مديرية الأمن العام", "Directorate of Public Security"),
        ("مكتب التحقيقات الفيدرالي", None),
        ("قوى الأمن الداخلي", "Internal Security Forces"),
    ],
)
def test_unknown_organisations_render_literally_or_not_at_all(arabic: str, en: str | None) -> None:
    assert literal(arabic)[0] == en


def test_topic_cues_match_their_word_forms_not_their_stems_meanings() -> None:
    assert "تكوينيه" in word_forms("التكوين")
    assert "الارهابيين" in word_forms("الإرهاب")
    assert "المعلومات" not in word_forms("المعلوماتية")


def test_topics_come_from_the_visits_sentences_only(tmp_path: Path, glossary: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في روما",
        "أجرى عبد اللطيف حموشي بروما مباحثات حول تنظيم دورات تكوينية مشتركة.",
        "وتمت مناقشة آخر ما توصلت إليه اللجان التقنية المشتركة.",
        "وكان حموشي قد حقق خلال السنوات الأخيرة نجاحات في مكافحة الإرهاب.",
    )
    assert facts.topics == ("training",)


# ---------------------------------------------------------------- what is background


def test_the_press_quoted_on_the_principals_record_is_background_as_it_goes_on(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في مدريد",
        "حل المدير العام للأمن الوطني عبد اللطيف حموشي بمدريد في زيارة عمل لبحث تبادل الخبرات.",
        "وأشارت صحيفة إسبانية إلى أن حموشي نجح في تفكيك خلايا إرهابية.",
        "وأضافت أن المغرب أصبح نموذجا في مكافحة الاتجار بالبشر.",
    )
    assert "human_trafficking" not in facts.topics
    assert "terrorism" not in facts.topics


def test_what_the_visit_comes_after_is_background(tmp_path: Path, glossary: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في ليون",
        "أجرى عبد اللطيف حموشي بمدينة ليون مباحثات مع مدير الشرطة القضائية الفرنسي حول "
        "تهريب المخدرات.",
        "وتأتي هذه الزيارة بعد أسابيع من المباحثات التي أجراها حموشي مع وزير الداخلية "
        "الفرنسي، جان دوبون، حول مكافحة الإرهاب.",
    )
    assert "terrorism" not in facts.topics
    assert "جان دوبون" not in [name for _, name in people(facts)]


def test_the_context_the_visit_comes_in_is_background(tmp_path: Path, glossary: Glossary) -> None:
    # 473: "ويأتي هذا اللقاء في سياق التقارب … منذ إعلان الرئيس إيمانويل ماكرون"
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في باريس",
        "أجرى عبد اللطيف حموشي بباريس مباحثات مع مدير الشرطة القضائية الفرنسي.",
        "ويأتي هذا اللقاء في سياق التقارب الذي تعرفه العلاقات بين الرباط وباريس منذ إعلان "
        "الرئيس إيمانويل ماكرون، في يوليوز 2024، دعم فرنسا لمخطط الحكم الذاتي.",
    )
    assert "إيمانويل ماكرون" not in [name for _, name in people(facts)]


def test_an_event_of_a_past_month_told_in_the_pluperfect_gives_no_topic(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في نيامي",
        "أجرى عبد اللطيف حموشي بنيامي مباحثات مع وزير الداخلية النيجري حول تهريب المخدرات.",
        "وكان 80 ضابطا من الشرطة النيجرية قد استفادوا، في مارس الماضي، من دورة تكوينية حول "
        "مكافحة الجرائم الإلكترونية اختتمت بحضور مسؤولين.",
    )
    assert "cybercrime" not in facts.topics


def test_what_experts_think_is_background(tmp_path: Path, glossary: Glossary) -> None:
    # 270: "ويرى خبراء في الشأن الأمني أن …"
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في سنغافورة",
        "أجرى عبد اللطيف حموشي بسنغافورة مباحثات حول الجرائم الإلكترونية.",
        "ويرى خبراء في الشأن الأمني أن الجريمة المنظمة أصبحت تعتمد على الفضاء الرقمي في عمليات "
        "تبييض الأموال.",
    )
    assert facts.topics == ("cybercrime",)


def test_a_commentator_quoted_by_name_is_background_as_he_goes_on(
    tmp_path: Path, glossary: Glossary
) -> None:
    # 494: "ويرى الباحث المغربي …" then "وأضاف، في تصريح …، أن الساحل … ممر لتهريب الكوكايين"
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في نيامي",
        "أجرى عبد اللطيف حموشي بنيامي مباحثات مع وزير الداخلية النيجري حول مكافحة الإرهاب.",
        "ويرى الباحث المغربي في الشؤون الأمنية، سعيد العلوي، أن الرباط تراهن على التكوين.",
        "وأضاف، في تصريح للجريدة، أن المنطقة ممر لتهريب الكوكايين ولشبكات الهجرة غير النظامية.",
    )
    assert facts.topics == ("terrorism",)


def test_what_reports_say_of_the_region_is_background(tmp_path: Path, glossary: Glossary) -> None:
    # 490: "…، التي تديرها عصابات اجرامية عابرة للحدود، … حسب تقارير صادرة عن الامم المتحدة."
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في بانكوك",
        "أجرى عبد اللطيف حموشي ببانكوك مباحثات مع قائد الشرطة التايلاندي حول الاتجار بالبشر.",
        "وتعرف المنطقة انتشارا لمراكز تديرها عصابات إجرامية، حسب تقارير صادرة عن الأمم المتحدة.",
    )
    assert facts.topics == ("human_trafficking",)


def test_news_of_recent_weeks_is_background(tmp_path: Path, glossary: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في لاهاي",
        "أجرى عبد اللطيف حموشي بلاهاي مباحثات مع قائد الشرطة الهولندي حول تهريب المخدرات.",
        "كما كشفت السلطات الهولندية، في الأسابيع الأخيرة، عن تفكيك شبكة للجرائم الإلكترونية.",
    )
    assert facts.topics == ("drug_trafficking",)


def test_a_relative_clause_of_recent_years_leaves_the_meeting_reported(
    tmp_path: Path, glossary: Glossary
) -> None:
    # 439: the minister's reception is the visit's; "في السنوات الأخيرة" is the coordination's.
    lines = (
        "حموشي في دبلن",
        "أجرى عبد اللطيف حموشي، أمس، بدبلن، مباحثات مع جاستن كيلي، مفوض الشرطة الوطنية الإيرلندية.",
        "واستقبل جيم أوكالاهان، وزير العدل، المسؤول الأمني المغربي، حيث نوه بالتنسيق القائم "
        "بين البلدين، والذي مكن في السنوات الأخيرة من حجز شحنات مهمة من المخدرات.",
    )
    facts = facts_of(tmp_path, glossary, *lines)
    assert ("IE", "جيم أوكالاهان") in people(facts)
    # Told in the pluperfect, the same reception is an earlier one.
    earlier = lines[2].replace("واستقبل", "وكان قد استقبل")
    facts = facts_of(tmp_path, glossary, *lines[:2], earlier)
    assert ("IE", "جيم أوكالاهان") not in people(facts)


def test_a_clause_on_the_countrys_standing_gives_no_topic_but_the_rest_does(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في مدريد",
        "بحث عبد اللطيف حموشي بمدريد سبل تعزيز التعاون في مكافحة الجريمة السيبرانية، في وقت "
        "يعتبر فيه المغرب شريكا موثوقا في محاربة الإرهاب.",
    )
    assert "cybercrime" in facts.topics and "terrorism" not in facts.topics


def test_a_later_meeting_is_no_background_clause(tmp_path: Path, glossary: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في الرياض",
        "حل عبد اللطيف حموشي بالرياض في زيارة عمل، وفي وقت لاحق بحث مكافحة الإرهاب.",
    )
    assert "terrorism" in facts.topics


def test_the_writers_questions_report_nothing(tmp_path: Path, glossary: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في أبوظبي",
        "حل عبد اللطيف حموشي بالإمارات في زيارة عمل لبحث التعاون الأمني.",
        "هل يمكن أن تلهم تجربة الإمارات في الذكاء الاصطناعي الشرطة المغربية؟",
    )
    assert "ai" not in facts.topics


# ---------------------------------------------------------------- which countries


def test_the_hosts_capital_is_not_the_country_it_spells(tmp_path: Path, glossary: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في الأردن",
        "عمّان 12 تشرين الأول (بترا)- بحث مدير الأمن العام الأردني، اليوم الأحد، مع المدير العام "
        "للأمن الوطني عبد اللطيف حموشي، الذي يزور المملكة الأردنية الهاشمية، آفاق التعاون.",
    )
    assert facts.host_country == "JO" and "OM" not in facts.countries_mentioned


def test_a_nisba_after_a_name_particle_is_part_of_a_name(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في نواكشوط",
        "حل عبد اللطيف حموشي بنواكشوط في زيارة عمل، وكان في استقباله بمطار نواكشوط الدولي أم "
        "التونسي المدير العام للأمن الوطني الموريتاني.",
    )
    assert "TN" not in facts.countries_mentioned


def test_the_co_hosts_of_a_tournament_are_not_partners(tmp_path: Path, glossary: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في واشنطن",
        "حل عبد اللطيف حموشي بواشنطن في زيارة عمل، والتقى بنائب وزيرة الأمن الداخلي الأمريكية، "
        "حيث تناول اللقاء التحضيرات الأمنية لكأس العالم 2026، التي تحتضنها الولايات المتحدة "
        "وكندا والمكسيك.",
    )
    assert not {"CA", "MX"} & set(facts.countries_mentioned)


def test_a_coming_visit_of_another_official_is_background(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في باريس",
        "أجرى عبد اللطيف حموشي، أمس الثلاثاء بباريس، مباحثات مع المدير العام للشرطة الوطنية "
        "الفرنسية.",
        "ومن المرتقب توقيع اتفاقية خلال الزيارة المقبلة لوزير الداخلية الفرنسي إلى الرباط.",
    )
    titles = [c.title.en for c in facts.counterparts if c.title]
    assert not any(t and "Minister" in t for t in titles)


def test_a_border_coast_or_lake_names_no_partner(tmp_path: Path, glossary: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في عمّان",
        "أجرى عبد اللطيف حموشي بالعاصمة الأردنية عمّان مباحثات مع مدير الأمن العام حول التهريب "
        "عبر الحدود الشمالية مع العراق، وحول الهجرة نحو السواحل الإيطالية ومنطقة بحيرة تشاد.",
    )
    assert facts.host_country == "JO"
    assert facts.countries_mentioned == ()


def test_where_threatening_groups_are_active_names_no_partner(
    tmp_path: Path, glossary: Glossary
) -> None:
    # 473, 425: every country of the list, not its first only
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في باريس",
        "أجرى عبد اللطيف حموشي بباريس مباحثات مع وزير الداخلية الفرنسي حول تنامي نشاط الجماعات "
        'الإرهابية الموالية لتنظيمي "داعش" و"القاعدة" في مالي وبوركينافاسو والنيجر.',
        "وبحث الجانبان الوضع في المناطق الحدودية بين مالي والنيجر وبوركينا فاسو.",
    )
    assert facts.countries_mentioned == ()


def test_the_nationality_of_an_international_bodys_official(
    tmp_path: Path, glossary: Glossary
) -> None:
    # 469: "…، المصرية غادة والي،", "…، الدبلوماسي التركي فريدون سينيرلي أوغلو،"
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في فيينا",
        "أجرى حموشي بفيينا مباحثات مع المديرة التنفيذية لمكتب الأمم المتحدة المعني بالمخدرات "
        "والجريمة، المصرية غادة والي، انصبت على مكافحة الاتجار بالبشر.",
        "كما جمع لقاء حموشي بالأمين العام لمنظمة الأمن والتعاون في أوروبا، الدبلوماسي التركي "
        "فريدون سينيرلي أوغلو، وخصص لبحث الوقاية من التطرف.",
    )
    assert people(facts) == [(None, "غادة والي"), (None, "فريدون سينيرلي أوغلو")]
    assert facts.countries_mentioned == ()


def test_a_region_and_a_groups_nationality_name_no_partner(
    tmp_path: Path, glossary: Glossary
) -> None:
    # 476: "التطورات الأمنية في منطقة الساحل الإفريقي وليبيا"; 460: "حركة "الشباب" الصومالية"
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في أنقرة",
        "أجرى حموشي بأنقرة مباحثات مع وزير الداخلية التركي تناولت التطورات الأمنية في منطقة "
        "الساحل الإفريقي وليبيا.",
        'وبحث الجانبان خلال اللقاء التحديات التي تفرضها حركة "الشباب" الصومالية المرتبطة '
        "بتنظيم القاعدة.",
    )
    assert facts.countries_mentioned == ()


def test_a_bordering_country_and_where_people_are_taken_name_no_partner(
    tmp_path: Path, glossary: Glossary
) -> None:
    # 484: "منطقة أقصى الشمال، المحاذية لنيجيريا"; 504: "قبل نقلهم جوا إلى ليبيا"
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في ياوندي",
        "أجرى حموشي بياوندي مباحثات مع المندوب العام للأمن الوطني الكاميروني حول التهديدات "
        "الإرهابية التي تعرفها منطقة أقصى الشمال، المحاذية لنيجيريا.",
        "وتناولت المباحثات شبكات تستدرج الشباب بعروض عمل وهمية، قبل نقلهم جوا إلى ليبيا.",
    )
    assert facts.countries_mentioned == ()


def test_countries_in_a_background_clause_are_not_partners(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في روما",
        "أجرى عبد اللطيف حموشي بروما مباحثات مع قائد الشرطة الإيطالي، في وقت تشهد فيه ليبيا "
        "وتونس موجات هجرة متزايدة.",
    )
    assert facts.host_country == "IT"
    assert facts.countries_mentioned == ()


def test_countries_of_an_earlier_event_told_in_the_pluperfect_are_not_partners(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في نيامي",
        "أجرى عبد اللطيف حموشي بنيامي مباحثات مع وزير الداخلية النيجري.",
        "وكان 80 ضابطا من الشرطة القادمين من غينيا والسنغال وغامبيا قد استفادوا من دورة "
        "تكوينية اختتمت بحضور مسؤولين أمنيين.",
    )
    assert facts.countries_mentioned == ()


def test_the_nationality_of_a_predecessor_is_not_a_partner(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في ليون",
        "أجرى عبد اللطيف حموشي بمدينة ليون مباحثات مع الأمين العام للإنتربول، الذي تولى منصبه "
        "خلفا للنمساوي كارل هوفمان.",
    )
    assert facts.countries_mentioned == ()


def test_the_countries_of_a_ceremony_the_principal_chairs_take_part(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "اختتام دورة تكوينية بالقنيطرة",
        "ترأس عبد اللطيف حموشي بمدينة القنيطرة حفل اختتام دورة تكوينية استفاد منها ضباط من "
        "جمهورية غينيا وجمهورية بنين.",
    )
    assert facts.countries_mentioned == ("GN", "BJ")


def test_the_city_of_a_tours_next_stop_names_a_partner_country(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في المنامة",
        "أجرى عبد اللطيف حموشي، اليوم بالمنامة، مباحثات مع وزير الداخلية البحريني، وذلك قبل "
        "أن يتوجه إلى الرياض في زيارة مماثلة.",
    )
    assert facts.host_country == "BH"
    assert facts.countries_mentioned == ("SA",)


def test_a_city_that_hosts_a_trilateral_and_the_two_counterparts_of_a_dual(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "اجتماع أمني ثلاثي",
        "احتضنت طنجة، اليوم، اجتماعا أمنيا ثلاثيا ترأسه عبد اللطيف حموشي ونظيراه الإسباني "
        "والبرتغالي.",
    )
    assert facts.host_country == "MA"
    assert facts.city is not None and facts.city.en == "Tangier"
    assert people(facts) == [("ES", None), ("PT", None)]


def test_where_migrants_come_from_is_not_a_partner(tmp_path: Path, glossary: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في مدريد",
        "أجرى عبد اللطيف حموشي بمدريد مباحثات مع وزير الداخلية الإسباني حول الهجرة القادمة من "
        "مالي والنيجر.",
    )
    assert facts.countries_mentioned == ()
