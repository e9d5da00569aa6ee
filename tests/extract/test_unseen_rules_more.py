"""More rules that carry extraction to articles it was not written on: the last day of a
visit, and who is a counterpart.

Each test is one construction of the genre, in sentences written for the test (not taken from
the evaluation corpus), through the real pipeline.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_unseen_rules import facts_of, people

from briefer.glossary.load import load as load_glossary
from briefer.glossary.match import Glossary

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary(ROOT / "glossary")


# ---------------------------------------------------------------- the last day


def test_a_closing_date_after_its_weekday_ends_the_event(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في مؤتمر أمني",
        "شارك عبد اللطيف حموشي في أشغال المؤتمر الدولي للشرطة، الذي افتتح يوم الاثنين "
        "10 نونبر 2025 بالعاصمة الكينية نيروبي.",
        "واختتم المؤتمر أعماله الرسمية يوم الأربعاء 12 نونبر بإصدار بيان ختامي.",
    )
    assert (facts.start, facts.end) == ("2025-11-10", "2025-11-12")


def test_a_duration_after_the_visits_destination_and_a_second_duration_word(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في زيارة عمل",
        "حل عبد اللطيف حموشي يوم الثلاثاء 4 مارس 2025 بالقاهرة، في زيارة عمل إلى جمهورية "
        "مصر العربية تستمر على مدى ثلاثة أيام.",
    )
    assert (facts.start, facts.end) == ("2025-03-04", "2025-03-06")


# ---------------------------------------------------------------- who


def test_words_after_a_generic_role_with_a_country_are_no_name(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في أبوجا",
        "أجرى عبد اللطيف حموشي بأبوجا مباحثات مع وزير الداخلية النيجيري، السيد أولوسولا أديمي.",
        "وأشاد الوزير النيجيري بمستوى التعاون القائم بين البلدين.",
        "كما أبدى المسؤول الأمني النيجيري رغبة بلاده في الاستفادة من الخبرة المغربية.",
    )
    assert people(facts) == [("NG", "أولوسولا أديمي")]


def test_a_stop_word_behind_a_preposition_ends_a_name(tmp_path: Path, glossary: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي يستقبل وفدا غانيا",
        "استقبل عبد اللطيف حموشي بالرباط المفتش العام للشرطة الغانية، السيد كوفي بواتينغ.",
        "وأعرب المفتش العام للشرطة الغانية، بهذه المناسبة، عن تقديره للتجربة المغربية.",
    )
    assert people(facts) == [("GH", "كوفي بواتينغ")]


@pytest.mark.parametrize("heading", ["مقالات ذات صلة", "مقالات ذات صلة:"])
def test_the_headlines_listed_after_related_articles_are_not_read(
    tmp_path: Path, glossary: Glossary, heading: str
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في لشبونة",
        "أجرى عبد اللطيف حموشي بلشبونة مباحثات مع وزير الداخلية البرتغالي، السيد جواو ألميدا.",
        heading,
        "- حموشي يستقبل وزير الداخلية التونسي بالرباط",
        "- تفكيك شبكة للهجرة السرية بطنجة",
    )
    assert people(facts) == [("PT", "جواو ألميدا")]
    assert "TN" not in facts.countries_mentioned


def test_a_title_after_abd_is_half_of_a_given_name_before_a_post(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في البصرة",
        "أجرى عبد اللطيف حموشي بالبصرة مباحثات مع عبد الأمير الكعبي، وزير الداخلية العراقي، "
        "حول مكافحة المخدرات.",
    )
    assert people(facts) == [("IQ", "عبد الأمير الكعبي")]


# ---------------------------------------------------------------- the first day


def test_a_wire_stamp_dates_the_story_and_its_today(tmp_path: Path, glossary: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "الدوحة - 3 - 6 (كونا) -- التقى وزير الداخلية القطري اليوم الثلاثاء المدير العام "
        "للأمن الوطني المغربي عبداللطيف حموشي.",
        "وبحث الجانبان سبل تعزيز التعاون الأمني.",
        "كونا031210 جمت يون 25",
    )
    assert (facts.start, facts.end) == ("2025-06-03", "2025-06-03")


@pytest.mark.parametrize(
    ("dateline", "stamp", "day"),
    [
        # 2015: "جمت فب 25".
        ("الكويت - 4 - 2 (كونا) --", "كونا041435 جمت فب 25", "2025-02-04"),
        # 2078: "جمت دس 25".
        ("الكويت - 2 - 12 (كونا) --", "كونا021420 جمت دس 25", "2025-12-02"),
    ],
)
def test_a_wire_stamp_with_a_month_cut_to_two_letters(
    tmp_path: Path, glossary: Glossary, dateline: str, stamp: str, day: str
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        f"{dateline} استقبل وزير الداخلية الشيخ فهد يوسف سعود الصباح اليوم الثلاثاء المدير العام "
        "للأمن الوطني المغربي عبداللطيف حموشي.",
        stamp,
    )
    assert (facts.start, facts.end) == (day, day)


def test_an_arrival_told_in_the_pluperfect_with_an_ongoing_duration_opens_the_visit(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في الدوحة",
        "الدوحة - 3 - 6 (كونا) -- التقى وزير الداخلية القطري اليوم الثلاثاء المدير العام "
        "للأمن الوطني المغربي عبداللطيف حموشي.",
        "وكان حموشي قد وصل إلى الدوحة أمس الاثنين في زيارة رسمية تستغرق ثلاثة أيام.",
        "كونا031210 جمت يون 25",
    )
    assert (facts.start, facts.end) == ("2025-06-02", "2025-06-04")


def test_a_title_word_with_the_article_is_no_name(tmp_path: Path, glossary: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في مسقط",
        "استقبل النائب الأول لرئيس مجلس الوزراء ووزير الداخلية العماني الشيخ سالم بن خلفان "
        "الهنائي اليوم بمسقط عبد اللطيف حموشي.",
    )
    assert all(name != "النائب الأول" for _, name in people(facts))
    assert ("OM", "سالم بن خلفان الهنائي") in people(facts)


def test_a_quoted_international_body_after_its_generic_word_serves_no_country(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في بروكسيل",
        'أجرى عبد اللطيف حموشي ببروكسيل مباحثات مع المدير التنفيذي لوكالة "فرونتكس"، '
        "السيد يوهان كلاسن، حول الهجرة غير النظامية.",
    )
    assert people(facts) == [(None, "يوهان كلاسن")]


def test_a_short_headline_dating_the_visit_is_no_publication_line(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "السبت 8 نونبر 2025 - 10:30",
        "زيارة قصيرة يوم 7 نونبر 2025.. حموشي في نواكشوط",
        "حل عبد اللطيف حموشي بنواكشوط في زيارة عمل أجرى خلالها مباحثات مع المدير العام "
        "للأمن الوطني الموريتاني.",
    )
    assert (facts.start, facts.end) == ("2025-11-07", "2025-11-07")


def test_the_united_mexican_states_are_mexico_not_the_united_states(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في المكسيك",
        "أجرى عبد اللطيف حموشي، خلال زيارة عمل إلى الولايات المتحدة المكسيكية، مباحثات مع "
        "وزير الأمن المكسيكي.",
    )
    assert facts.host_country == "MX"
    assert "US" not in facts.countries_mentioned


def test_at_home_a_named_attendee_whose_post_names_no_country_is_not_a_counterpart(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي يستقبل المفتش العام للشرطة الليبيرية",
        "استقبل عبد اللطيف حموشي، اليوم الخميس بالرباط، المفتش العام للشرطة الليبيرية، "
        "غريغوري كولمان.",
        "وجرى اللقاء بحضور المدير المركزي للاستعلامات العامة، أحمد بنعلي.",
    )
    assert people(facts) == [("LR", "غريغوري كولمان")]


def test_colonel_general_is_a_rank_not_part_of_the_name(tmp_path: Path, glossary: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في طشقند",
        "أجرى عبد اللطيف حموشي بطشقند مباحثات مع وزير الداخلية الأوزبكي، العقيد العام "
        "رسلان باباييف.",
    )
    assert people(facts) == [("UZ", "رسلان باباييف")]


def test_words_before_a_demonym_are_the_organisations_and_the_name_follows(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في كوالالمبور",
        "التقى عبد اللطيف حموشي بكوالالمبور رئيس قوة الحراسة الماليزية، أحمد فاضل بن "
        "يوسف، وقائد حرس السواحل الماليزي.",
    )
    assert [name for _, name in people(facts)] == ["أحمد فاضل بن يوسف", None]


def test_a_meeting_of_another_home_official_is_not_the_principals(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "لفتيت في مدريد",
        "أجرى وزير الداخلية، عبد الوافي لفتيت، بمدريد مباحثات مع نظيره الإسباني، فرناندو "
        "غراندي مارلاسكا، بحضور عبد اللطيف حموشي.",
        "وعلى هامش الزيارة، عقد حموشي لقاء مع المدير العام للشرطة الإسبانية، فرانسيسكو باردو.",
    )
    assert [name for _, name in people(facts)] == ["فرناندو غراندي مارلاسكا"]


def test_the_post_in_apposition_to_the_principal_is_his_own(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "لفتيت في لشبونة",
        "حل وزير الداخلية، عبد الوافي لفتيت، يوم الاثنين بلشبونة في زيارة عمل.",
        "وأجرى لفتيت مباحثات مع وزيرة الإدارة الداخلية البرتغالية، ماريا لوسيا أمارال.",
    )
    assert [name for _, name in people(facts)] == ["ماريا لوسيا أمارال"]


# ---------------------------------------------------------------- agreements


def test_a_signing_told_in_the_pluperfect_of_a_past_month_is_not_this_visits(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في أنقرة",
        "أجرى عبد اللطيف حموشي، يوم الثلاثاء 9 دجنبر 2025 بأنقرة، مباحثات مع المدير العام "
        "للأمن التركي.",
        "وكان الجانبان قد وقعا في ماي الماضي اتفاقا حول تبادل المعلومات.",
        "وكان حموشي قد وقع في شتنبر 2025 مذكرة تفاهم مع الدرك التركي.",
    )
    assert facts.agreements == ()


# ---------------------------------------------------------------- where


def test_a_city_state_is_its_own_city(tmp_path: Path, glossary: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في سنغافورة",
        "قام عبد اللطيف حموشي بزيارة عمل إلى سنغافورة، أجرى خلالها مباحثات مع مفوض الشرطة.",
    )
    assert facts.host_country == "SG"
    assert facts.city is not None and facts.city.en == "Singapore"


def test_identity_documents_are_no_agreement(tmp_path: Path, glossary: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في داكار",
        "أجرى عبد اللطيف حموشي بداكار مباحثات مع المدير العام للشرطة السنغالية، خصصت لبحث "
        "التعاون في مجال تأمين وثائق الهوية والسفر.",
    )
    assert facts.agreements == ()


def test_a_country_on_a_smuggling_route_is_not_a_partner(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في أسمرة",
        "أجرى عبد اللطيف حموشي بأسمرة مباحثات مع وزير الداخلية الإريتري، تناولت شبكات تهريب "
        "المهاجرين نحو السودان.",
    )
    assert "SD" not in facts.countries_mentioned


def test_a_coast_guard_commander_is_an_unnamed_counterpart(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في طرابلس",
        "أجرى عبد اللطيف حموشي بطرابلس لقاءات مع وزير الداخلية الليبي، السيد عماد الطرابلسي، "
        "وقائد خفر السواحل الليبي.",
    )
    coast = [c for c in facts.counterparts if c.name_ar is None]
    assert [(c.country, c.organisation and c.organisation.en) for c in coast] == [
        ("LY", "Libyan Coast Guard")
    ]


def test_a_first_deputy_prime_ministers_title_holds_no_prime_minister(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في المنامة",
        "استقبل النائب الأول لرئيس مجلس الوزراء ووزير الداخلية البحريني الشيخ خالد بن حمد "
        "آل خليفة اليوم بالمنامة عبد اللطيف حموشي.",
    )
    assert people(facts) == [("BH", "خالد بن حمد آل خليفة")]


def test_a_department_of_international_cooperation_serves_its_country(
    tmp_path: Path, glossary: Glossary
) -> None:
    """ "قسم التعاون الدولي" is a national body's department, not an international body: the
    demonym after it gives the person's country."""
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في زيارة عمل",
        "أجرى المدير العام للأمن الوطني عبد اللطيف حموشي، يوم الثلاثاء 14 أكتوبر 2025، "
        "مباحثات مع رئيس قسم التعاون الدولي بوزارة الأمن الإيفوارية، السيد كوفي ياو.",
    )
    assert people(facts) == [("CI", "كوفي ياو")]


# ---------------------------------------------------------------- datelines


@pytest.mark.parametrize(
    ("dateline", "host", "city"),
    [
        # a dateline names a city: "عمان" there is Amman, not the Sultanate of Oman
        ("عمان 5 آذار (بترا) -", "JO", "Amman"),
        ("الكويت - 11 - 2 (كونا) --", "KW", "Kuwait City"),
    ],
)
def test_a_wire_datelines_first_name_is_a_city_under_a_headline(
    tmp_path: Path, glossary: Glossary, dateline: str, host: str, city: str
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "مباحثات أمنية مع وفد مغربي",
        f"{dateline} بحث مدير الأمن العام، أول أمس، مع المدير العام للأمن الوطني المغربي عبد "
        "اللطيف حموشي سبل تعزيز التعاون في مجال مكافحة المخدرات.",
    )
    assert (facts.host_country, facts.city and facts.city.en) == (host, city)
    assert {c.country for c in facts.counterparts} == {host}
    assert facts.countries_mentioned == ()


# ---------------------------------------------------------------- places and posts, further


def test_saint_louis_is_senegal_s_town_not_san_luis(tmp_path: Path, glossary: Glossary) -> None:
    # "سان لويس" is San Luis (Argentina) in GeoNames' Arabic; the press city (places_fr.yaml)
    # is Saint-Louis, Senegal, as "السنغالية" confirms
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في السنغال",
        "اختتم عبد اللطيف حموشي، أمس، زيارة عمل إلى مدينة سان لويس السنغالية.",
        "وكان في استقبال المسؤول الأمني المغربي المندوب العام للاستخبارات الوطنية، الجنرال "
        "باب عمر ساغنا، الذي أجرى معه جلسة مباحثات.",
        "كما استقبل والي جهة سان لويس المسؤول الأمني المغربي بمقر الولاية.",
    )
    assert facts.host_country == "SN"
    assert facts.city is not None and facts.city.en == "Saint-Louis"
    assert [(c.country, c.name_ar, c.role.en) for c in facts.counterparts] == [
        ("SN", "باب عمر ساغنا", "Delegate General"),
        ("SN", None, "Governor"),
    ]


def test_a_governor_is_of_somewhere_and_a_surname_is_not_a_post(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي يستقبل المديرة التنفيذية",
        "استقبل عبد اللطيف حموشي، أمس بالرباط، المديرة التنفيذية لمكتب الأمم المتحدة المعني "
        "بالمخدرات والجريمة، السيدة غادة والي.",
    )
    assert people(facts) == [(None, "غادة والي")]


def test_talks_that_weigh_the_record_of_cooperation_are_not_background(
    tmp_path: Path, glossary: Glossary
) -> None:
    # "حصيلة" (a record) in the talks' subject; "وفق حصيلة المديرية" quotes a record
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في بورتو",
        "حل عبد اللطيف حموشي ببورتو البرتغالية في زيارة عمل.",
        "وحسب المعطيات المتوفرة، فقد أجرى حموشي مباحثات مع وزيرة الإدارة الداخلية، مارغاريدا "
        "بلاسكو، همت تقييم حصيلة التعاون الثنائي.",
    )
    assert people(facts) == [("PT", "مارغاريدا بلاسكو")]


def test_a_wire_datelines_city_in_the_host_country_is_the_meetings(
    tmp_path: Path, glossary: Glossary
) -> None:
    # the body says only "إلى المملكة"; the agency's dateline, a line of its own, names Rabat
    facts = facts_of(
        tmp_path,
        glossary,
        "الشمري يبحث مع حموشي ملف المخدرات",
        "الرباط - واع",
        "استقبل عبد اللطيف حموشي، اليوم، وزير الداخلية العراقي، الذي يقوم بزيارة رسمية إلى "
        "المملكة.",
        "ويأتي اللقاء بعد عام على المباحثات التي أجراها الجانبان في بغداد.",
    )
    assert (facts.host_country, facts.city and facts.city.en) == ("MA", "Rabat")


def test_a_communique_filed_at_home_does_not_place_a_visit_abroad(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في الإمارات",
        "الرباط - ومع",
        "شارك عبد اللطيف حموشي في أشغال القمة العالمية للشرطة بالإمارات العربية المتحدة.",
    )
    assert (facts.host_country, facts.city) == ("AE", None)


def test_a_meeting_reported_before_a_background_phrase_is_the_visits(
    tmp_path: Path, glossary: Glossary
) -> None:
    # "منذ سنة 2021" qualifies the office the talks were about; the pluperfect stays background
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في نيويورك",
        "شارك عبد اللطيف حموشي بنيويورك في مؤتمر أممي لمكافحة الإرهاب.",
        "كما أجرى حموشي مباحثات مع وزير الداخلية النيجيري، أولوسيغون أديولا، همت برامج "
        "التكوين التي يحتضنها المغرب منذ سنة 2021.",
        "وكان حموشي قد استقبل، في وقت سابق من السنة الجارية، وزير الداخلية الإسباني فرناندو "
        "غراندي مارلاسكا.",
    )
    assert people(facts) == [("NG", "أولوسيغون أديولا")]


def test_what_a_body_had_done_before_is_background(tmp_path: Path, glossary: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في موروني",
        "حل عبد اللطيف حموشي يوم الاثنين 3 مارس 2025 بموروني في زيارة عمل إلى جزر القمر.",
        "وعلى الصعيد الأمني، سبق للمديرية العامة للأمن الوطني أن أسهمت في تفكيك شبكات "
        "للاحتيال الإلكتروني.",
    )
    assert "cybercrime" not in facts.topics


def test_what_a_former_minister_had_done_before_told_between_commas_is_background(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في باريس",
        "أجرى عبد اللطيف حموشي، يوم الاثنين 1 دجنبر 2025 بباريس، مباحثات مع وزير الداخلية "
        "الفرنسي لوران نونيز.",
        "كما سبق لوزير الداخلية السابق، برونو روتايو، أن زار الرباط في أبريل 2025، حيث تم "
        "الاتفاق على تسريع معالجة ملفات الترحيل.",
    )
    assert people(facts) == [("FR", "لوران نونيز")]
    assert facts.agreements == ()


def test_what_the_visit_also_comes_after_is_background(tmp_path: Path, glossary: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في سان دييغو",
        "شارك عبد اللطيف حموشي، يوم الاثنين 16 أكتوبر 2023 بسان دييغو، في المؤتمر السنوي "
        "للرابطة الدولية لرؤساء الشرطة، حيث التقى مفوض الشرطة الملكية الكندية.",
        "كما تأتي أسابيع قليلة بعد إعلان الملف المشترك للمغرب وإسبانيا والبرتغال لتنظيم كأس "
        "العالم 2030، وهو الاستحقاق الذي يفرض الانفتاح على تجارب تأمين التظاهرات الكبرى.",
    )
    assert facts.countries_mentioned == ("CA",)
    assert "major_events_security" not in facts.topics


def test_what_the_visit_comes_a_while_before_is_neither_its_place_nor_its_event(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي يقود وفدا أمنيا إلى معرض للتجهيزات الأمنية",
        "يقود عبد اللطيف حموشي وفدا أمنيا مغربيا يشارك في معرض دولي للتجهيزات الأمنية، المنظم "
        "من 18 إلى 21 نونبر 2025 بمركز للمعارض.",
        "ويأتي حضور حموشي لهذا الموعد قبل أيام من احتضان مدينة مراكش للجمعية العامة للمنظمة "
        "الدولية للشرطة الجنائية، المقررة من 24 إلى 27 نونبر الجاري.",
    )
    assert (facts.host_country, facts.city, facts.event) == (None, None, None)


def test_their_meeting_anchors_a_sentence_that_tells_a_tenure(
    tmp_path: Path, glossary: Glossary
) -> None:
    # "منذ السنة الماضية" dates the counterpart's office; "لقاؤهما" is this visit's meeting
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في بروناي",
        "حل عبد اللطيف حموشي يوم الثلاثاء 4 نونبر 2025 ببندر سري بكاوان في زيارة عمل.",
        "ويشغل المفوض منذ السنة الماضية منصبه، وقد توج لقاؤهما بالتوقيع على مذكرة تفاهم "
        "تروم تعزيز تبادل المعلومات.",
    )
    assert "information_exchange" in facts.topics
    assert [a.status for a in facts.agreements] == ["signed"]


@pytest.mark.parametrize(
    "subject",
    [
        # an ocean named by its adjective
        "شحنات الهيروين التي تعبر المحيط الهندي نحو القارة الإفريقية",
        # where threats are
        "التهديدات المرتبطة بنشاط التنظيمات الإرهابية في أفغانستان ومحيطها",
        # a route between two countries
        "شبكات تهريب المهاجرين التي تنشط على المحور الرابط بين تشاد وليبيا",
        # a border region
        "التحديات الأمنية في المنطقة الحدودية مع موريتانيا",
        # the co-hosts of a tournament
        "التحضيرات لكأس العالم 2030، التي يحتضنها المغرب والبرتغال وإسبانيا",
        # where fighters return from
        "المقاتلين العائدين من بؤر التوتر بسوريا والعراق",
    ],
)
def test_places_the_talks_were_about_are_not_partners(
    tmp_path: Path, glossary: Glossary, subject: str
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في نيروبي",
        f"أجرى عبد اللطيف حموشي بالعاصمة الكينية نيروبي مباحثات مع المفتش العام للشرطة تناولت "
        f"{subject}.",
    )
    assert facts.host_country == "KE"
    assert facts.countries_mentioned == ()


def test_a_home_territorys_city_with_a_home_namesake_is_not_ambiguous(
    tmp_path: Path, glossary: Glossary
) -> None:
    # GeoNames files Dakhla under EH and a smaller "الداخلة" under MA: one country in the notes
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي يستقبل وفدا من الرأس الأخضر",
        "استقبل عبد اللطيف حموشي، أمس الاثنين بمدينة الداخلة، المدير الوطني للشرطة الوطنية "
        "بالرأس الأخضر.",
    )
    assert (facts.host_country, facts.city and facts.city.en) == ("MA", "Dakhla")


def test_earlier_the_same_day_is_this_visit_and_a_representative_is_a_post(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في دمشق",
        "أجرى عبد اللطيف حموشي بدمشق مباحثات مع الممثلة الإقليمية لمكتب الأمم المتحدة المعني "
        "بالمخدرات والجريمة.",
        "وكان حموشي قد التقى في وقت سابق اليوم رئيس جهاز الاستخبارات العامة السوري.",
        "وكان حموشي قد التقى في وقت سابق وزير الداخلية اللبناني.",
    )
    assert [(c.country, c.role.en) for c in facts.counterparts] == [
        (None, "Representative"),
        ("SY", "Head"),
    ]


def test_one_persons_posts_in_apposition_and_the_kingdoms_own_side(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في كوناكري",
        "أجرى عبد اللطيف حموشي بكوناكري مباحثات مع القائد الأعلى للدرك الوطني، مدير العدالة "
        "العسكرية، الجنرال إبراهيما سيلا، وإلى جانبه عدد من المسؤولين.",
        "وحضر اللقاء سفير صاحب الجلالة لدى غينيا والممثل الدائم للمملكة لدى الاتحاد الإفريقي.",
    )
    # one general with two posts; "وإلى جانبه" is no governor; the Kingdom's envoy is home
    assert [(c.country, c.name_ar) for c in facts.counterparts] == [("GN", "إبراهيما سيلا")]


def test_a_state_agencys_wire_gives_its_officials_their_country(
    tmp_path: Path, glossary: Glossary
) -> None:
    # QNA tells of the Qatari official's visit; his post names no country
    facts = facts_of(
        tmp_path,
        glossary,
        "مدير عام الأمن العام يجتمع مع حموشي",
        "الرباط في 16 فبراير /قنا/ اجتمع اللواء الركن سعد بن جاسم الخليفي مدير عام الأمن العام، "
        "اليوم، مع السيد عبد اللطيف حموشي بمقر المديرية العامة للأمن الوطني.",
    )
    assert facts.host_country == "MA"
    assert people(facts) == [("QA", "سعد بن جاسم الخليفي")]
    assert facts.countries_mentioned == ("QA",)


def test_a_headline_that_opens_from_a_city_says_where(tmp_path: Path, glossary: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "من الشارقة.. حموشي يوقع مذكرة تفاهم مع شرطة الإمارة",
        "اختتمت، اليوم الثلاثاء بمركز إكسبو الشارقة، أشغال المؤتمر الدولي للأمن السيبراني.",
    )
    assert (facts.host_country, facts.city and facts.city.en) == ("AE", "Sharjah")


def test_the_head_of_a_delegation_holds_no_post_and_the_comoros_formal_name(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي يستقبل وفدا من جزر القمر",
        "استقبل عبد اللطيف حموشي بالدار البيضاء المدير العام للشرطة الوطنية بجمهورية القمر "
        "المتحدة، العقيد علي محمد جعفر، ورئيس الوفد القطري.",
    )
    assert people(facts) == [("KM", "علي محمد جعفر")]


def test_one_whose_greetings_are_conveyed_was_not_met(tmp_path: Path, glossary: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي يستقبل رئيس الأمن العام البحريني",
        "استقبل عبد اللطيف حموشي بالرباط رئيس الأمن العام البحريني، اللواء طارق بن حسن الحسن.",
        "وفي مستهل الاجتماع، نقل رئيس الأمن العام تحيات الفريق أول معالي الشيخ راشد بن عبدالله "
        "آل خليفة وزير الداخلية.",
    )
    assert people(facts) == [("BH", "طارق بن حسن الحسن")]


def test_a_later_unnamed_mention_of_a_named_post_is_the_same_person(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في سانتو دومينغو",
        "عقد عبد اللطيف حموشي بسانتو دومينغو لقاء مع المدير العام للشرطة الوطنية الدومينيكانية، "
        "اللواء رامون أنطونيو غوزمان بيرالتا.",
        "أما اللقاء مع المدير العام للشرطة الوطنية، فقد خصص لتبادل الخبرات.",
    )
    assert people(facts) == [("DO", "رامون أنطونيو غوزمان بيرالتا")]


def test_another_principals_delegate_holding_a_work_session_is_his_own(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "لفتيت في برلين",
        "أجرى وزير الداخلية، عبد الوافي لفتيت، ببرلين مباحثات مع وزير الداخلية الألماني، "
        "ألكسندر دوبرينت.",
        "وعلى هامش هذه الزيارة، عقد السيد حموشي جلسة عمل مع رئيس المكتب الاتحادي للشرطة "
        "الجنائية، السيد هولغر مونش.",
    )
    assert [name for _, name in people(facts)] == ["ألكسندر دوبرينت"]


def test_a_duration_after_the_country_said_again(tmp_path: Path, glossary: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في بيشكيك",
        "أجرى عبد اللطيف حموشي، يوم الثلاثاء 14 أكتوبر 2025 ببيشكيك، مباحثات مع وزير الشؤون "
        "الداخلية، وذلك في مستهل زيارة عمل يقوم بها لهذا البلد الآسيوي تستغرق يومين.",
    )
    assert (facts.start, facts.end) == ("2025-10-14", "2025-10-15")


def test_a_duration_after_the_country_said_again_with_where_it_lies(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في سكوبيي",
        "أجرى عبد اللطيف حموشي، يوم الثلاثاء 14 أكتوبر 2025، مباحثات مع وزير الداخلية، وذلك في "
        "إطار زيارة عمل إلى هذا البلد الواقع في جنوب أوروبا تستغرق يومين.",
    )
    assert (facts.start, facts.end) == ("2025-10-14", "2025-10-15")


def test_a_duration_after_the_principal_named_with_his_honorific(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "لفتيت في أوسلو",
        "أجرى السيد عبد الوافي لفتيت، يوم الخميس 20 نونبر 2025 بأوسلو، مباحثات مع وزير العدل.",
        "وتندرج هذه المباحثات في إطار زيارة عمل يقوم بها السيد لفتيت إلى مملكة النرويج تستغرق "
        "يومين.",
    )
    assert (facts.start, facts.end) == ("2025-11-20", "2025-11-21")


def test_a_length_denied_after_another_detail_is_unknown(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في كانبيرا",
        "حل عبد اللطيف حموشي، يوم الثلاثاء 10 شتنبر 2024، بكانبيرا في زيارة عمل.",
        "ولم تكشف المصادر ذاتها عن باقي محطات برنامج الزيارة ولا عن مدتها.",
    )
    assert (facts.start, facts.end) == ("2024-09-10", None)


def test_a_masculine_meeting_lasts_too(tmp_path: Path, glossary: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في تيرانا",
        "يشارك عبد اللطيف حموشي في أشغال اجتماع مسار العقبة الذي انطلق يوم الثلاثاء 22 أبريل "
        "2025 بالعاصمة الألبانية تيرانا ويستمر يومين.",
    )
    assert (facts.start, facts.end) == ("2025-04-22", "2025-04-23")


def test_the_earliest_bare_weekday_of_a_visit_abroad_is_its_first_day(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في تبليسي",
        "تبليسي/ الأناضول 14.05.2025",
        "وقعت وزارة الداخلية الجورجية والمديرية العامة للأمن الوطني المغربية، الأربعاء، مذكرة "
        "تفاهم للتعاون في المجال الأمني، خلال زيارة يجريها عبد اللطيف حموشي إلى جورجيا.",
        "وبدأ حموشي زيارته إلى جورجيا الثلاثاء، وتستمر ثلاثة أيام.",
    )
    assert (facts.start, facts.end) == ("2025-05-13", "2025-05-15")


def test_the_same_day_before_a_comma_is_no_day_of_its_own(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في تبليسي",
        "تبليسي/ الأناضول 14.05.2025",
        "بدأ عبد اللطيف حموشي، الثلاثاء، زيارة عمل إلى جورجيا تستمر يومين.",
        "وفي وقت لاحق من اليوم ذاته، زار حموشي مركز القيادة والتحكم التابع للشرطة.",
    )
    assert (facts.start, facts.end) == ("2025-05-13", "2025-05-14")


def test_at_home_the_day_told_before_the_visitors_stay_is_the_reception(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "وزير الداخلية اللبناني يزور المديرية العامة للأمن الوطني",
        "الثلاثاء 25 تشرين الثاني 2025",
        "زار وزير الداخلية اللبناني، اليوم، مقر المديرية العامة للأمن الوطني في الرباط، حيث "
        "التقى عبد اللطيف حموشي، في إطار الزيارة التي يقوم بها للمغرب، والتي بدأها أمس وتستمر "
        "حتى 27 تشرين الثاني الجاري.",
    )
    assert (facts.start, facts.end) == ("2025-11-25", "2025-11-25")


def test_the_day_a_signing_is_told_of_is_the_visits(tmp_path: Path, glossary: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "هولندا والمغرب يوقعان مذكرة تفاهم",
        "26 نوفمبر تشرين الثاني 2024",
        "لاهاي (رويترز) - قالت وزارة العدل والأمن الهولندية يوم الثلاثاء إن هولندا والمغرب "
        "وقعا مذكرة تفاهم لتعزيز التعاون في مكافحة تهريب الكوكايين.",
        "ووقع المذكرة في لاهاي وزير العدل والأمن الهولندي وعبد اللطيف حموشي.",
    )
    assert facts.start == "2024-11-26"


def test_a_wires_today_is_its_dateline_day_not_the_pages(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "وزير الداخلية العماني يبحث في الرباط تعزيز التعاون",
        "الأربعاء 15 أكتوبر 2025",
        "الرباط في 14 أكتوبر /العُمانية/ عقد وزير الداخلية العماني اليوم جلسة مباحثات مع "
        "عبد اللطيف حموشي.",
    )
    assert (facts.start, facts.published) == ("2025-10-14", "2025-10-15")


def test_abroad_a_visit_under_way_since_a_weekday_began_then(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "وزير القوات المسلحة السنغالي يستقبل قائد الدرك الملكي",
        "الثلاثاء 18 فبراير 2025",
        "استقبل وزير القوات المسلحة السنغالي، أمس الاثنين بداكار، عبد اللطيف حموشي، الذي يقوم "
        "منذ الأحد بزيارة عمل إلى السنغال تستغرق ثلاثة أيام.",
    )
    assert (facts.start, facts.end) == ("2025-02-16", "2025-02-18")


def test_abroad_a_visit_begun_on_a_weekday_began_then(tmp_path: Path, glossary: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "وزير الداخلية يستقبل حموشي",
        "الثلاثاء 18 فبراير 2025",
        "استقبل وزير الداخلية السنغالي، أمس الاثنين بداكار، عبد اللطيف حموشي، الذي بدأ الأحد "
        "زيارة عمل إلى السنغال تستغرق ثلاثة أيام.",
    )
    assert (facts.start, facts.end) == ("2025-02-16", "2025-02-18")


def test_an_honorific_later_in_the_clause_opens_the_name(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يستقبل مسؤولا ماليزيا",
        "استقبل عبد اللطيف حموشي، يوم الثلاثاء 8 سبتمبر 2026 بالرباط، مدير إدارة التحقيقات "
        "الجنائية في المخدرات بالشرطة الملكية الماليزية داتوك سري محمد عزلي رحمن.",
    )
    assert people(facts) == [("MY", "محمد عزلي رحمن")]


def test_a_title_after_a_particle_is_part_of_the_name(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "لفتيت في نواكشوط",
        "قام وزير الداخلية، عبد الوافي لفتيت، يوم الخميس 2 يوليوز 2026، بزيارة عمل إلى "
        "موريتانيا، حيث أجرى مباحثات مع نظيره الموريتاني.",
        "ويشكل معبر الكركرات الحدودي أحد أبرز رهانات التنسيق الأمني بين البلدين، في ظل "
        "التوجيهات المشتركة لجلالة الملك محمد السادس والرئيس محمد ولد الشيخ الغزواني بتعزيز "
        "الربط البري بين البلدين.",
    )
    assert all(name is None or "بتعزيز" not in name for _, name in people(facts))


def test_the_complement_of_a_bodys_remit_is_no_name(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يستقبل مسؤولا إسبانيا بالحسيمة",
        "استقبل عبد اللطيف حموشي، يوم الاثنين 9 مارس 2026 بالحسيمة، المفوض العام للأجانب "
        "والحدود بالشرطة الوطنية الإسبانية.",
        "وشارك في المباحثات، من الجانب الإسباني، رئيس الوحدة المركزية لمكافحة شبكات الهجرة "
        "وتزوير الوثائق.",
    )
    assert all(name is None for _, name in people(facts))


def test_a_compound_rank_before_the_name(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "وزير الداخلية الأذربيجاني يلتقي حموشي",
        "التقى وزير الداخلية الأذربيجاني العقيد جنرال فيلايت إيفازوف، يوم الاثنين 9 مارس 2026، "
        "عبد اللطيف حموشي بالرباط.",
    )
    assert people(facts) == [("AZ", "فيلايت إيفازوف")]


def test_a_visit_of_a_month_gone_by_told_in_passing(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في حيدر أباد",
        "أجرى عبد اللطيف حموشي، يوم الجمعة 20 نونبر 2026 بحيدر أباد، مباحثات مع مدير الأكاديمية "
        "الوطنية للشرطة الهندية، السيد أنيل كومار شارما.",
        "وتعرف العلاقات المغربية الهندية دينامية متصاعدة، تعززت بالزيارة التي قام بها وزير "
        "الدفاع الهندي راجناث سينغ إلى المغرب في شتنبر الماضي.",
    )
    assert people(facts) == [("IN", "أنيل كومار شارما")]


def test_who_had_opened_the_event_named_with_his_titles_was_not_met(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في مؤتمر أمن المنافذ بالعين",
        "أجرى عبد اللطيف حموشي، يوم الأربعاء 26 نونبر 2025 بمدينة العين، مباحثات مع القائد العام "
        "لشرطة أبوظبي، اللواء أحمد سيف بن زيتون المهيري.",
        "وكان الفريق سمو الشيخ سيف بن زايد آل نهيان، نائب رئيس مجلس الوزراء وزير الداخلية، قد "
        "افتتح المؤتمر بحضور قيادات شرطية من أكثر من ثلاثين دولة.",
    )
    assert people(facts) == [("AE", "أحمد سيف بن زيتون المهيري")]
