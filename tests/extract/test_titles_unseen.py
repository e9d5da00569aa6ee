"""Titles as the genre writes them for people the glossary does not know: feminine modifiers,
possessive posts, ranks with their speciality in brackets.

Each test is one construction, in sentences written for the test (not taken from the evaluation
corpus), through the real pipeline.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_unseen_rules import facts_of, people

from briefer.glossary.match import Glossary


def test_a_woman_deputy_is_met_under_her_feminine_title(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في فيينا",
        "حل عبد اللطيف حموشي يوم الاثنين 3 مارس 2025 بفيينا في زيارة عمل إلى النمسا.",
        "والتقى نائبة المفتش العام للشرطة النمساوية، السيدة ماريا شتاينر.",
    )
    assert people(facts) == [("AT", "ماريا شتاينر")]
    role = facts.counterparts[0].role
    assert (role.en, role.fr) == ("Deputy Inspector General", "inspectrice générale adjointe")


def test_a_rank_with_its_corps_and_speciality_opens_the_name(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في الخرطوم",
        "حل عبد اللطيف حموشي يوم الاثنين 3 مارس 2025 بالخرطوم في زيارة عمل إلى السودان.",
        "وأجرى مباحثات مع مدير عام قوات الشرطة السودانية الفريق أول شرطة (حقوقي) خالد "
        "مهدي إبراهيم.",
    )
    assert people(facts) == [("SD", "خالد مهدي إبراهيم")]


@pytest.mark.parametrize(
    ("delegation", "name", "role"),
    [
        (
            "وفدا من منظمة الشرطة الجنائية الدولية (الإنتربول) يقوده أمينها العام فالديسي أوركيزا",
            "فالديسي أوركيزا",
            "Secretary General",
        ),
        (
            "وفدا عن وكالة الاتحاد الأوروبي للتعاون في مجال إنفاذ القانون (يوروبول) تقوده "
            "مديرتها التنفيذية كاثرين دي بول",
            "كاثرين دي بول",
            # her glossary entry's title, the body included
            "Executive Director of Europol",
        ),
        (
            "وفدا من الشرطة الفيدرالية البلجيكية يقوده مفوضها العام إريك سنوك",
            "إريك سنوك",
            "Chief Commissioner",
        ),
    ],
)
def test_the_head_of_a_delegation_named_by_the_possessive_of_its_body(
    tmp_path: Path, shipped: Glossary, delegation: str, name: str, role: str
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يستقبل وفدا",
        f"استقبل عبد اللطيف حموشي يوم الاثنين 3 مارس 2025 بالرباط {delegation}.",
    )
    assert [(c.name_ar, c.role.en) for c in facts.counterparts] == [(name, role)]


def test_and_a_name_given_apart_ends_the_name_before_it(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في أنقرة",
        "استقبل المدير العام للأمن التركي محمود دميرطاش، أمس بأنقرة، عبد اللطيف حموشي.",
        "وعقد حموشي لقاءين منفصلين مع وزير الداخلية التركي علي يرلي قايا ودميرطاش، تناولا "
        "مكافحة الإرهاب.",
    )
    assert sorted(name for _, name in people(facts)) == ["علي يرلي قايا", "محمود دميرطاش"]


def test_a_rare_noun_governing_words_of_prose_is_the_bodys_name(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في أبوجا",
        "وقع رئيس الوكالة الوطنية لإنفاذ قوانين المخدرات في نيجيريا، العميد المتقاعد محمد بوبا "
        "مروا، أمس بأبوجا، مع عبد اللطيف حموشي، مذكرة تفاهم.",
    )
    assert people(facts) == [("NG", "محمد بوبا مروا")]


def test_the_principal_is_whom_the_headline_names_first(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "لفتيت يوقع اتفاقا أمنيا في برازيليا",
        "حموشي يبرم مذكرة تفاهم مع الشرطة الاتحادية",
        "استقبل وزير العدل البرازيلي أمس ببرازيليا عبد الوافي لفتيت، الذي يرافقه عبد اللطيف حموشي.",
        "ووقع حموشي مذكرة تفاهم مع المدير العام للشرطة الاتحادية البرازيلية.",
    )
    assert facts.principal is not None and facts.principal.id == "person.laftit"


def test_the_head_of_a_unit_is_named_after_it(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في لوكسمبورغ",
        "والتقى حموشي بلوكسمبورغ رئيس خلية الاستعلام المالي، جيف فيبر، الذي قدم عرضا حول "
        "رصد التحويلات المشبوهة.",
    )
    assert [c.name_ar for c in facts.counterparts] == ["جيف فيبر"]
    assert facts.counterparts[0].organisation is not None


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "التقى حموشي بلوكسمبورغ وزير الشؤون الداخلية، ليون غلودن، الذي تشرف وزارته على الشرطة.",
            "ليون غلودن",
        ),
        (
            "أجرى حموشي بساو تومي مباحثات مع وزير الدفاع والنظام الداخلي، سيليستينو راموس ليما، "
            "تناولت تهريب المخدرات.",
            "سيليستينو راموس ليما",
        ),
    ],
)
def test_a_name_in_apposition_may_hold_a_citys_name(
    tmp_path: Path, shipped: Glossary, sentence: str, name: str
) -> None:
    facts = facts_of(tmp_path, shipped, "حموشي في زيارة عمل", sentence)
    assert [c.name_ar for c in facts.counterparts] == [name]


def test_a_woman_assistant_minister_subject_of_the_sentence(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في سراييفو",
        "التقى حموشي بسراييفو وزير الأمن البوسني، نيناد نيشيتش.",
        "وعقدت سانيلا هادجيتش، مساعدة وزير الأمن المكلفة بمكافحة الإرهاب، جلسة عمل مع حموشي.",
    )
    assert [(c.name_ar, c.role.en) for c in facts.counterparts] == [
        ("نيناد نيشيتش", "Minister"),
        ("سانيلا هادجيتش", "Assistant Minister"),
    ]


def test_fighters_returning_from_a_country_do_not_make_it_a_partner(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في سراييفو",
        "والتقى حموشي بسراييفو وزير الأمن البوسني، وتناول اللقاء عودة مقاتلين سابقين من سوريا "
        "والعراق إلى المنطقة.",
    )
    assert facts.countries_mentioned == ()


def test_the_director_of_the_body_the_principal_moves_to(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في سراييفو",
        "بعد ذلك، انتقل حموشي بسراييفو إلى مقر الوكالة الحكومية للتحقيق والحماية، حيث التقى "
        "مديرها، الذي قدم عرضا حول عمليات الوكالة.",
    )
    assert [(c.country, c.role.en) for c in facts.counterparts] == [("BA", "Director")]


def test_a_headlines_rare_derived_verb_after_a_post_is_no_name(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "وزير الداخلية المصري يتفقد مركز القيادة الأمنية بالدار البيضاء",
        "وأطلع عبد اللطيف حموشي وزير الداخلية المصري، اللواء محمود توفيق، على عمل مركز "
        "القيادة الأمنية بالدار البيضاء.",
    )
    assert people(facts) == [("EG", "محمود توفيق")]


def test_a_foreign_minister_the_principal_accompanied_was_met(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يرافق وزير الداخلية النيجري",
        "رافق عبد اللطيف حموشي، يوم الخميس الماضي، الجنرال محمد تومبا، وزير الداخلية بجمهورية "
        "النيجر، في زيارة إلى المعهد الملكي للشرطة بالقنيطرة، في إطار الزيارة التي قام بها "
        "المسؤول النيجري إلى المملكة.",
    )
    assert people(facts) == [("NE", "محمد تومبا")]


def test_the_name_after_a_department_of_a_body_the_glossary_knows(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يستقبل مسؤولا في الإنتربول",
        "استقبل عبد اللطيف حموشي بالرباط المدير التنفيذي لخدمات الشرطة بالمنظمة الدولية للشرطة "
        "الجنائية (الأنتربول)، ستيفن كافانا، الذي يقوم بزيارة عمل للمغرب.",
    )
    assert people(facts) == [(None, "ستيفن كافانا")]


def test_abroad_a_party_that_names_no_country_is_the_hosts(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في بوتسدام",
        "بحث عبد اللطيف حموشي، أمس ببوتسدام الألمانية، مع رئيس الشرطة الاتحادية الألمانية "
        "إمكانية إبرام اتفاق تعاون بين الشرطة الاتحادية والمديرية العامة للأمن الوطني.",
    )
    assert [[p.country for p in a.parties] for a in facts.agreements] == [["DE", "MA"]]


def test_a_head_of_state_named_in_commas_after_his_post(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "رئيس إفريقيا الوسطى يستقبل المنصوري",
        "استقبل رئيس جمهورية إفريقيا الوسطى، فوستان أرشانج تواديرا، أمس الاثنين في بانغي، "
        "المدير العام للدراسات والمستندات، ياسين المنصوري.",
    )
    assert people(facts) == [("CF", "فوستان أرشانج تواديرا")]
    assert facts.counterparts[0].role.en == "President"


def test_what_the_visit_comes_a_while_after_is_background(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في مانيلا",
        "أجرى عبد اللطيف حموشي بمانيلا مباحثات مع القائد العام للشرطة الوطنية الفلبينية، "
        "الجنرال رومل ماربيل.",
        "وتأتي هذه الزيارة أسابيع قليلة بعد إعلان الرئيس الفلبيني، فرديناند ماركوس الابن، حظر "
        "شركات القمار.",
    )
    assert people(facts) == [("PH", "رومل ماربيل")]


def test_a_crown_prince_named_before_his_titles(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "ولي العهد يستقبل وزير الداخلية المغربي",
        "استقبل صاحب السمو الملكي الأمير سلمان بن حمد آل خليفة ولي العهد رئيس مجلس الوزراء، "
        "بقصر القضيبية أمس، عبد الوافي لفتيت وزير الداخلية بالمملكة المغربية.",
    )
    assert [(c.name_ar, c.role.en) for c in facts.counterparts] == [
        ("سلمان بن حمد آل خليفة", "Prime Minister")
    ]


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        (
            "أعلنت إدارة مكافحة المخدرات الأمريكية، في بيان نشرته اليوم، أن مديرها تيرانس كول "
            "استقبل بمقر الإدارة في واشنطن عبد اللطيف حموشي.",
            ("US", "تيرانس كول"),
        ),
        (
            "قالت الوكالة الوطنية للشرطة الكورية اليوم إن مفوضها العام تشو جي-هو التقى عبد "
            "اللطيف حموشي في سيئول.",
            ("KR", "تشو جي-هو"),
        ),
    ],
)
def test_the_head_a_bodys_own_statement_names_by_its_possessive(
    tmp_path: Path, shipped: Glossary, sentence: str, person: tuple[str, str]
) -> None:
    facts = facts_of(tmp_path, shipped, "حموشي في زيارة عمل", sentence)
    assert people(facts) == [person]


def test_a_general_inspector_is_a_rank(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حرمو يستقبل مسؤولا شيليا",
        "استقبل الجنرال دوكور دارمي محمد حرمو، قائد الدرك الملكي، اليوم بالرباط، المدير العام "
        "المساعد لشرطة الكارابينيروس الشيلية، الجنرال المفتش باتريسيو كونتريراس.",
    )
    assert [name for _, name in people(facts)] == ["باتريسيو كونتريراس"]


def test_the_deputy_of_an_acting_chief_named_after_his_remit_and_rank(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حرمو يستقبل وفدا بوركينابيا",
        "استقبل محمد حرمو، قائد الدرك الملكي، بالرباط، العقيد إيفاريست كابوري، رئيس أركان الدرك "
        "الوطني البوركينابي بالنيابة، ونائبه المكلف بالعمليات المقدم عثمان ويدراوغو، اللذين "
        "يقومان بزيارة عمل للمملكة.",
    )
    assert [(c.name_ar, c.role.en) for c in facts.counterparts] == [
        ("إيفاريست كابوري", "Chief of Staff"),
        ("عثمان ويدراوغو", "Deputy Chief of Staff"),
    ]


def test_a_long_chain_of_names_with_spaced_abd(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "لفتيت في تونس",
        "وأجرى لفتيت بتونس لقاء مع وزير الداخلية بالمملكة العربية السعودية، الأمير عبد العزيز "
        "بن سعود بن نايف بن عبد العزيز، تناول التعاون الأمني.",
    )
    assert people(facts) == [("SA", "عبد العزيز بن سعود بن نايف بن عبد العزيز")]


def test_a_permanent_secretary_is_a_post(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في نيروبي",
        "والتقى حموشي بنيروبي الأمين الدائم لوزارة الداخلية الكينية.",
    )
    assert [(c.country, c.role.en) for c in facts.counterparts] == [("KE", "Permanent Secretary")]


def test_the_guest_after_a_name_is_the_object(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في طشقند",
        "حل عبد اللطيف حموشي يوم الاثنين 3 مارس 2025 بطشقند في زيارة عمل إلى أوزبكستان.",
        "واستقبل رئيس جهاز أمن الدولة الفريق رستم جوراييف الضيف المغربي، حيث جرى بحث "
        "تبادل المعلومات.",
    )
    assert people(facts) == [("UZ", "رستم جوراييف")]


def test_a_name_met_after_the_principal_before_its_post(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في فيلنيوس",
        "حل عبد اللطيف حموشي يوم الاثنين 3 مارس 2025 بفيلنيوس في زيارة عمل إلى ليتوانيا.",
        "كما التقى حموشي يوراتي ميكالاوسكيني، مديرة دائرة الجرائم المالية، التي قدمت عرضا "
        "حول تعقب الأموال.",
    )
    assert people(facts) == [("LT", "يوراتي ميكالاوسكيني")]


def test_a_malay_honorific_as_bernama_spells_it(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في كوالالمبور",
        "حل عبد اللطيف حموشي يوم الاثنين 3 مارس 2025 بكوالالمبور في زيارة عمل إلى ماليزيا.",
        "واستقبل وزير الداخلية داتوك سري نور الدين حاتم إسماعيل المسؤول الأمني المغربي.",
    )
    assert people(facts) == [("MY", "نور الدين حاتم إسماعيل")]


def test_a_name_after_the_state_its_body_belongs_to(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في طشقند",
        "استقبل وزير الشؤون الداخلية لجمهورية أوزبكستان رستم جوراييف اليوم في طشقند وفدا "
        "برئاسة عبد اللطيف حموشي.",
    )
    assert people(facts) == [("UZ", "رستم جوراييف")]


def test_the_head_of_a_named_government_is_a_post(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في طرابلس",
        "حل عبد اللطيف حموشي يوم الاثنين 3 مارس 2025 بطرابلس في زيارة عمل إلى ليبيا.",
        "واستقبل رئيس حكومة الاستقرار الوطني، أسامة حماد، الضيف المغربي بمقر الحكومة.",
    )
    assert people(facts) == [("LY", "أسامة حماد")]
    assert facts.counterparts[0].role.en == "Head"


def test_a_remit_after_the_post_leaves_the_name_before_it(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "مسؤول أمني مصري في الرباط",
        "التقى اللواء سامح فؤاد الشربيني، مساعد وزير الداخلية لقطاع شؤون الأمن العام، اليوم بالرباط "
        "المدير العام للأمن الوطني عبد اللطيف حموشي.",
    )
    assert [c.name_ar for c in facts.counterparts] == ["سامح فؤاد الشربيني"]


def test_the_union_of_the_comoros_by_its_formal_name(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يستقبل مسؤولا أمنيا",
        "استقبل عبد اللطيف حموشي، أمس بالرباط، المدير العام للشرطة الوطنية بالاتحاد القمري، "
        "يوسف علي مبايي.",
    )
    assert people(facts) == [("KM", "يوسف علي مبايي")]


def test_a_department_against_an_international_threat_is_national(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يستقبل مسؤولا هولنديا",
        "عقد حموشي، أمس بالرباط، جلسة عمل مع مدير مكافحة الإرهاب الدولي بالجهاز الهولندي.",
    )
    assert [(c.country, c.role.en) for c in facts.counterparts] == [("NL", "Director")]


def test_a_seat_after_the_post_is_no_name(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "وزير الداخلية يستقبل حموشي",
        "استقبل الفريق أول الشيخ ناصر بن حمد آل خليفة وزير الداخلية بديوان عام الوزارة أمس، "
        "عبد اللطيف حموشي.",
    )
    assert [c.name_ar for c in facts.counterparts] == ["ناصر بن حمد آل خليفة"]


def test_an_honorific_past_another_post_opens_that_posts_holder(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في بيروت",
        "التقى حموشي ببيروت وزير الداخلية والبلديات سليم الخوري والمدير العام للأمن العام "
        "اللواء نبيل حداد.",
    )
    assert people(facts) == [("LB", "سليم الخوري"), ("LB", "نبيل حداد")]


def test_a_role_and_a_surname_is_the_counterpart_again(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في بيروت",
        "التقى حموشي ببيروت وزير الداخلية والبلديات سليم الخوري.",
        "وأبدى الوزير الخوري ارتياحه لمستوى التنسيق مع الأجهزة المغربية.",
    )
    assert people(facts) == [("LB", "سليم الخوري")]


def test_a_french_army_general_is_a_rank(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حرمو في باريس",
        "التقى محمد حرمو بباريس المدير العام للدرك الوطني الفرنسي، الجنرال دارمي كريستيان رودا.",
    )
    assert [name for _, name in people(facts)] == ["كريستيان رودا"]


def test_a_courtesy_after_the_state_precedes_the_name(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "المنصوري في المنامة",
        "أجرى المنصوري بالمنامة مباحثات مع رئيس جهاز الأمن الوطني بدولة الكويت الشقيقة فهد "
        "سالم العنزي.",
    )
    assert people(facts) == [("KW", "فهد سالم العنزي")]


def test_his_majesty_is_no_name(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "المنصوري في المنامة",
        "التقى الشيخ خالد بن راشد آل خليفة ممثل جلالة الملك للشؤون الأمنية، أمس بالمنامة، "
        "ياسين المنصوري.",
    )
    assert [c.name_ar for c in facts.counterparts] == ["خالد بن راشد آل خليفة"]


def test_a_department_of_international_liaison_is_national(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يستقبل وفدا إماراتيا",
        "استقبل حموشي، أمس بطنجة، العميد سالم راشد الكعبي، مدير إدارة الاتصال الدولي بوزارة "
        "الداخلية الإماراتية.",
    )
    assert people(facts) == [("AE", "سالم راشد الكعبي")]


def test_words_of_the_sentence_after_a_meeting_verb_are_no_name(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في ليما",
        "ويقوم حموشي بزيارة إلى البيرو بدأها أمس، التقى خلالها أيضا المدير العام للشرطة "
        "الوطنية، وفق المصدر ذاته.",
    )
    assert [(c.country, c.name_ar) for c in facts.counterparts] == [("PE", None)]


def test_a_role_and_a_surname_of_two_words_is_the_counterpart_again(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "وزير الداخلية يبحث مع حموشي التعاون",
        "بحث وزير الداخلية الفلسطيني سامي سيف الدين، اليوم في الرباط، مع عبد اللطيف حموشي "
        "سبل التعاون.",
        "وأطلع الوزير سيف الدين المسؤول المغربي على الأوضاع.",
    )
    assert people(facts) == [("PS", "سامي سيف الدين")]


def test_titles_stacked_without_and_are_one_persons(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "المنصوري في المنامة",
        "التقى الشيخ خالد بن راشد آل خليفة ممثل جلالة الملك للشؤون الأمنية مستشار الأمن الوطني "
        "قائد الحرس الملكي، أمس بالمنامة، ياسين المنصوري.",
    )
    assert [c.name_ar for c in facts.counterparts] == ["خالد بن راشد آل خليفة"]


def test_a_name_spelled_with_a_hamza_on_its_alif_is_no_article(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في برلين",
        "حل عبد اللطيف حموشي يوم الاثنين 3 مارس 2025 ببرلين في زيارة عمل إلى ألمانيا.",
        "والتقى حموشي وزير الداخلية الاتحادي ألفريد شتيرن بمقر الوزارة.",
    )
    assert people(facts) == [("DE", "ألفريد شتيرن")]


def test_a_surname_spelled_as_a_particle_ends_a_name(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في جورجتاون",
        "حل عبد اللطيف حموشي يوم الاثنين 3 مارس 2025 بجورجتاون في زيارة عمل إلى غيانا.",
        "وقال وزير الشؤون الداخلية الغياني ديفيد بن، إن بلاده تتطلع إلى تعزيز تعاونها مع المغرب.",
    )
    assert people(facts) == [("GY", "ديفيد بن")]


@pytest.mark.parametrize("led", ["يقوده", "برئاسة"])
def test_the_leader_of_a_delegation_named_before_his_post(
    tmp_path: Path, shipped: Glossary, led: str
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يستقبل وفدا هايتيا",
        "استقبل عبد اللطيف حموشي، أمس الأربعاء 4 يونيو 2025، بالمعهد الملكي للشرطة "
        f"بالقنيطرة، وفدا أمنيا من جمهورية هايتي {led} جان-رونالد بيير-لوي، المدير العام "
        "المساعد للشرطة الوطنية الهايتية.",
    )
    assert people(facts) == [("HT", "جان-رونالد بيير-لوي")]


def test_the_principal_is_the_visitors_moroccan_counterpart(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "وزير الداخلية الفرنسي في الرباط",
        "أجرى وزير الداخلية الفرنسي لوران نونيز الثلاثاء 9 ديسمبر 2025 في الرباط محادثات مع "
        "نظيره المغربي عبد الوافي لفتيت.",
        "وحضر المحادثات المدير العام للأمن الوطني عبد اللطيف حموشي.",
        "والتقى المدير العام للشرطة الوطنية الفرنسية بحموشي في مقر المديرية العامة.",
    )
    assert facts.principal is not None and facts.principal.id == "person.laftit"


def test_talks_with_the_moroccan_counterpart_told_as_background_leave_the_principal(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "وزير الداخلية العراقي في الرباط",
        "استقبل المدير العام للأمن الوطني عبد اللطيف حموشي، يوم الثلاثاء 9 ديسمبر 2025 "
        "بالرباط، وزير الداخلية العراقي عبد الأمير الشمري.",
        "وكان الشمري قد أجرى خلال زيارة سابقة مباحثات مع نظيره المغربي عبد الوافي لفتيت.",
    )
    assert facts.principal is not None and facts.principal.id == "person.hammouchi"


def test_the_woman_director_of_a_body_named_by_its_masculine_possessive(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في مدريد",
        "حل عبد اللطيف حموشي يوم الاثنين 3 مارس 2025 بمدريد في زيارة عمل إلى إسبانيا.",
        "وانتقل حموشي إلى مقر المركز الوطني للاستخبارات، حيث استقبلته مديرته، إسبيرانزا كاستيليرو.",
    )
    assert people(facts) == [("ES", "إسبيرانزا كاستيليرو")]


def test_a_cochair_named_after_and_before_his_post(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "مباحثات مغربية بلجيكية بالرباط",
        "احتضن مقر المديرية العامة للأمن الوطني بالرباط، يوم الثلاثاء 10 مارس 2026، مباحثات "
        "ترأسها عبد اللطيف حموشي، المدير العام للأمن الوطني، وإريك سنوك، المفوض العام للشرطة "
        "الفدرالية البلجيكية.",
    )
    assert people(facts) == [("BE", "إريك سنوك")]


@pytest.mark.parametrize("given", ["آن", "ماري"])
def test_those_who_came_with_the_visitor_are_of_his_country(
    tmp_path: Path, shipped: Glossary, given: str
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يستقبل قائد الشرطة البلجيكية",
        "استقبل عبد اللطيف حموشي، يوم الثلاثاء 10 مارس 2026 بالرباط، إريك سنوك، المفوض العام "
        "للشرطة الفدرالية البلجيكية، الذي حل بالمغرب مرفوقا بالمدعية العامة الفدرالية، "
        f"{given} فرانسن، والمدير العام للشرطة القضائية الفدرالية.",
    )
    assert people(facts) == [("BE", "إريك سنوك"), ("BE", f"{given} فرانسن"), ("BE", None)]


def test_who_met_another_official_of_the_home_side_did_not_meet_the_principal(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "لفتيت يستقبل وزير الداخلية الفرنسي",
        "استقبل وزير الداخلية عبد الوافي لفتيت، يوم الثلاثاء 9 ديسمبر 2025 بالرباط، وزير "
        "الداخلية الفرنسي لوران نونيز.",
        "والتقى المدير العام للشرطة الوطنية الفرنسية لويس لوجييه، الذي يرافق الوزير، بحموشي "
        "في مقر المديرية العامة للأمن الوطني.",
    )
    assert [(c.country, c.name_ar) for c in facts.counterparts] == [("FR", "لوران نونيز")]


def test_a_first_deputy_of_a_minister_is_a_post_of_his_own(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يستقبل وفدا أوزبكيا",
        "استقبل عبد اللطيف حموشي، يوم الاثنين 3 مارس 2025 بالرباط، وفدا أمنيا من أوزبكستان.",
        "وتباحث حموشي مع النائب الأول لوزير الشؤون الداخلية الأوزبكي، اللواء شوخرات يولداشيف، "
        "حول مكافحة الاحتيال الالكتروني.",
    )
    assert people(facts) == [("UZ", "شوخرات يولداشيف")]
    assert facts.counterparts[0].role.en == "Deputy Minister"


def test_a_clause_of_someones_record_leaves_the_sentence_about_the_visit(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي بأسونسيون",
        "بدأ عبد اللطيف حموشي، يوم الخميس 11 سبتمبر 2025، زيارة عمل إلى جمهورية الباراغواي، "
        "بدعوة من وزير الداخلية الباراغوايي، إنريكي رييرا، الذي سبق له أن حل بالرباط في زيارة "
        "مماثلة.",
        "وأجرى حموشي بأسونسيون مباحثات مع الوزير رييرا بمقر وزارة الداخلية.",
    )
    assert people(facts) == [("PY", "إنريكي رييرا")]


def test_a_name_opened_by_an_initial(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في سنغافورة",
        "أجرى عبد اللطيف حموشي، يوم الخميس 11 سبتمبر 2025 بسنغافورة، مباحثات مع وزير الشؤون "
        "الداخلية السنغافوري، ك. شانموغام.",
    )
    assert people(facts) == [("SG", "ك. شانموغام")]


def test_the_principals_post_after_his_name_is_his(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "لفتيت في برازيليا",
        "استقبل وزير العدل البرازيلي، ريكاردو ليفاندوفسكي، يوم الثلاثاء 3 يونيو 2025 ببرازيليا، "
        "عبد الوافي لفتيت، وزير الداخلية، الذي يقوم بزيارة رسمية إلى البرازيل.",
    )
    assert people(facts) == [("BR", "ريكاردو ليفاندوفسكي")]


def test_the_patron_of_an_event_was_not_met(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في بغداد",
        "شارك عبد اللطيف حموشي، يوم الثلاثاء 3 يونيو 2025 ببغداد، في المؤتمر الدولي لمكافحة "
        "المخدرات، الذي انطلق برعاية رئيس مجلس الوزراء العراقي.",
        "وأجرى حموشي مباحثات مع وزير الداخلية العراقي عبد الأمير الشمري.",
    )
    assert people(facts) == [("IQ", "عبد الأمير الشمري")]


def test_a_post_closed_by_a_preposition_and_its_pronoun(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في فيينتيان",
        "حل عبد اللطيف حموشي يوم الاثنين 3 مارس 2025 بفيينتيان في زيارة عمل إلى لاوس.",
        "كما التقى حموشي الأمين العام للجنة الوطنية لمكافحة المخدرات والرقابة عليها، "
        "خامفون سيسافات.",
    )
    assert people(facts) == [("LA", "خامفون سيسافات")]


def test_the_principal_called_the_moroccan_official_before_the_name(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في أوسلو",
        "حل عبد اللطيف حموشي يوم الاثنين 3 مارس 2025 بأوسلو في زيارة عمل إلى النرويج.",
        "وفي اليوم الثاني، التقى المسؤول الأمني المغربي إيريك هوفلاند، المدير العام لجهاز "
        "الأمن الداخلي النرويجي.",
    )
    assert people(facts) == [("NO", "إيريك هوفلاند")]


def test_a_name_right_after_the_posts_complement(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في لندن",
        "حل عبد اللطيف حموشي يوم الاثنين 3 مارس 2025 بلندن في زيارة عمل إلى المملكة المتحدة.",
        "والتقى حموشي وزير الدولة البريطاني لشؤون الحدود جيمس ويلسون، وبحث معه ملف الهجرة.",
    )
    assert people(facts) == [("GB", "جيمس ويلسون")]


def test_a_place_after_the_posts_complement_is_no_name(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في ليون",
        "حل عبد اللطيف حموشي يوم الاثنين 3 مارس 2025 بليون في زيارة عمل إلى فرنسا.",
        "والتقى حموشي محافظ الشرطة الفرنسي لمنطقة أوفيرن رون ألب، وبحث معه ملف المخدرات.",
    )
    assert people(facts) == [("FR", None)]


def test_a_spokesperson_telling_of_the_talks_was_not_met(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في موسكو",
        "أجرى وزير الداخلية الروسي فلاديمير كولوكولتسيف، يوم الثلاثاء 3 يونيو 2025 في موسكو، "
        "محادثات مع عبد اللطيف حموشي، وفق ما أعلنته المتحدثة الرسمية باسم الوزارة إيرينا "
        "فولك.",
    )
    assert people(facts) == [("RU", "فلاديمير كولوكولتسيف")]


def test_a_name_after_by_meeting_before_the_post(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في دبلن",
        "حل عبد اللطيف حموشي يوم الاثنين 3 مارس 2025 بدبلن في زيارة عمل إلى إيرلندا.",
        "واختتم حموشي برنامجه بلقاء درو هاريس مفوض الشرطة الإيرلندية.",
    )
    assert people(facts) == [("IE", "درو هاريس")]


def test_a_malay_title_of_honour_is_no_part_of_the_name(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في بروناي",
        "حل عبد اللطيف حموشي يوم الثلاثاء 4 نونبر 2025 ببندر سري بكاوان في زيارة عمل إلى بروناي.",
        "والتقى حموشي وزير الشؤون الداخلية البروناوي، داتو سري ستيا أحمد الدين عبد الرحمن.",
    )
    assert people(facts) == [("BN", "أحمد الدين عبد الرحمن")]


def test_the_minister_a_deputy_stood_in_for_was_not_met(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في أستانا",
        "حل عبد اللطيف حموشي يوم الثلاثاء 3 يونيو 2025 بأستانا في زيارة عمل إلى كازاخستان.",
        "وأجرى حموشي مباحثات مع النائب الأول لوزير الداخلية الكازاخستاني، الجنرال نورلان "
        "بيكوف، الذي ناب عن وزير الداخلية يرجان سادينوف، المتواجد في مهمة رسمية خارج البلاد.",
    )
    assert people(facts) == [("KZ", "نورلان بيكوف")]


def test_a_deputy_prime_minister_who_holds_the_portfolio_too(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في كينغستون",
        "حل عبد اللطيف حموشي يوم الاثنين 18 نونبر 2024 بكينغستون في زيارة عمل إلى جامايكا.",
        "واستقبل حموشي من قبل نائب رئيس الوزراء ووزير الأمن الوطني الجامايكي، الدكتور هوراس تشانغ.",
    )
    assert people(facts) == [("JM", "هوراس تشانغ")]


def test_an_admirals_rank_is_no_part_of_the_name(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في كينغستون",
        "حل عبد اللطيف حموشي يوم الاثنين 18 نونبر 2024 بكينغستون في زيارة عمل إلى جامايكا.",
        "والتقى حموشي رئيسة أركان قوات الدفاع الجامايكية، الأميرال أنطونيت ويميس غورمان.",
    )
    assert people(facts) == [("JM", "أنطونيت ويميس غورمان")]


def test_an_agency_against_organised_crime_is_the_hosts(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في كينغستون",
        "حل عبد اللطيف حموشي يوم الاثنين 18 نونبر 2024 بكينغستون في زيارة عمل إلى جامايكا.",
        "والتقى حموشي مدير وكالة مكافحة الجريمة المنظمة الكبرى والفساد.",
    )
    assert people(facts) == [("JM", None)]


def test_an_acting_under_secretary_and_his_assistant(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "وفد أمني كويتي في الرباط",
        "بحث وكيل وزارة الداخلية الكويتية بالتكليف اللواء عبدالله سالم الرجيب، أمس الاثنين 21 "
        "أكتوبر 2024 بالرباط، مع عبد اللطيف حموشي أوجه التعاون الأمني.",
        "وشارك في الاجتماع من الجانب الكويتي الوكيل المساعد لشؤون الأمن الجنائي اللواء فهد "
        "مبارك العتيبي.",
    )
    assert people(facts) == [("KW", "عبدالله سالم الرجيب"), ("KW", "فهد مبارك العتيبي")]


def test_a_deputy_named_after_a_clause_about_the_chief(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في مبابان",
        "حل عبد اللطيف حموشي يوم الثلاثاء 11 مارس 2025 بمبابان في زيارة عمل إلى إسواتيني.",
        "وأجرى حموشي مباحثات مع المفوض الوطني للشرطة الإسواتينية، السيد تيمبا مخابيلا، الذي "
        "سبق أن قام بزيارة عمل إلى المملكة، ونائبته المكلفة بالعمليات، السيدة نوماندلا دلاميني.",
    )
    assert people(facts) == [("SZ", "تيمبا مخابيلا"), ("SZ", "نوماندلا دلاميني")]


def test_a_womans_rank_is_no_part_of_her_name(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في مانيلا",
        "حل عبد اللطيف حموشي يوم الاثنين 15 شتنبر 2025 بمانيلا في زيارة عمل إلى الفلبين.",
        "والتقى حموشي رئيسة مجموعة مكافحة الجرائم الإلكترونية بالشرطة الفلبينية، العميدة "
        "ماريسا ديلا كروز.",
    )
    assert people(facts) == [("PH", "ماريسا ديلا كروز")]


@pytest.mark.parametrize("rank", ["المشير", "الكولونيل", "الكومندان", "النقيب", "البروفيسور"])
def test_ranks_and_titles_before_a_name(tmp_path: Path, shipped: Glossary, rank: str) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في نجامينا",
        "حل عبد اللطيف حموشي يوم الاثنين 3 مارس 2025 بنجامينا في زيارة عمل إلى تشاد.",
        f"والتقى حموشي المدير العام للشرطة الوطنية التشادية، {rank} محمد إدريس ديبي.",
    )
    assert people(facts) == [("TD", "محمد إدريس ديبي")]


def test_at_home_a_minister_of_no_other_country_is_the_home_governments(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "مؤتمر أمن المطارات بالدار البيضاء",
        "ترأس عبد اللطيف حموشي، يوم الثلاثاء 3 يونيو 2025 بالدار البيضاء، الجلسة الافتتاحية "
        "لمؤتمر أمن المطارات، إلى جانب وزير النقل واللوجستيك عبد الصمد قيوح.",
        "وعقد حموشي لقاء مع المدير العام للشرطة الوطنية السنغالية، إبراهيما سار.",
    )
    assert people(facts) == [("SN", "إبراهيما سار")]


def test_who_visited_days_before_was_not_met(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "لفتيت يستقبل وزير الداخلية البلجيكي",
        "استقبل عبد الوافي لفتيت، يوم الاثنين 3 مارس 2025 بالرباط، وزير الداخلية البلجيكي "
        "برنار كانتان.",
        "وتأتي زيارة كانتان، الذي يشغل هذا المنصب منذ تشكيل الحكومة الجديدة، بعد أيام من "
        "زيارة قام بها نائب الوزير الأول وزير الخارجية البلجيكي، ماكسيم بريفو، إلى الرباط.",
    )
    assert people(facts) == [("BE", "برنار كانتان")]


def test_who_sponsored_what_the_principal_attended_was_not_met(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في مكة المكرمة",
        "حل عبد اللطيف حموشي يوم الاثنين 3 يونيو 2025 بمكة المكرمة في زيارة عمل إلى السعودية.",
        "كما حضر حموشي العرض العسكري لقوات أمن الحج الذي رعاه وزير الداخلية السعودي، "
        "إلى جانب عدد من قادة الأجهزة الأمنية.",
        "والتقى حموشي مدير الأمن العام السعودي، محمد بن عبدالله البسامي.",
    )
    assert people(facts) == [("SA", "محمد بن عبدالله البسامي")]


def test_a_former_minister_named_in_passing_was_not_met(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "لفتيت في برلين",
        "أجرى عبد الوافي لفتيت، يوم الاثنين 3 مارس 2025 ببرلين، مباحثات مع وزير الداخلية "
        "الألماني ألكسندر دوبرينت.",
        "وتندرج هذه الزيارة في إطار الإعلان المشترك، الذي اعتمد خلال زيارة وزيرة الخارجية "
        "الألمانية السابقة، أنالينا بيربوك، إلى الرباط.",
    )
    assert people(facts) == [("DE", "ألكسندر دوبرينت")]


def test_a_minister_of_two_portfolios_is_one_person(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في سنغافورة",
        "أجرى عبد اللطيف حموشي، يوم الخميس 29 غشت 2024 بسنغافورة، مباحثات مع وزير الشؤون "
        "الداخلية ووزير القانون السنغافوري، ك. شانموغام، ومفوض الشرطة، هونغ وي تيك.",
    )
    assert people(facts) == [("SG", "ك. شانموغام"), ("SG", "هونغ وي تيك")]


def test_two_unnamed_ministers_are_two_people(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في سنغافورة",
        "أجرى عبد اللطيف حموشي، يوم الخميس 29 غشت 2024 بسنغافورة، مباحثات مع وزير الشؤون "
        "الداخلية السنغافوري ووزير القانون السنغافوري.",
    )
    assert people(facts) == [("SG", None), ("SG", None)]


def test_an_unnamed_deputy_is_not_the_chief_said_again(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في أديس أبابا",
        "حل عبد اللطيف حموشي يوم الاثنين 3 مارس 2025 بأديس أبابا في زيارة عمل إلى إثيوبيا.",
        "وأجرى حموشي مباحثات مع المفوض العام للشرطة الفيدرالية الإثيوبية، ديميلاش جبريميكائيل.",
        "كما عقد المسؤول الأمني المغربي جلسة عمل مع نائبة المفوض العام المكلفة بتنمية الموارد "
        "البشرية والتكوين.",
    )
    assert people(facts) == [("ET", "ديميلاش جبريميكائيل"), ("ET", None)]


def test_who_accompanies_the_visitor_is_of_his_side(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "لفتيت ومارلاسكا في طنجة",
        "تفقد وزير الداخلية، عبد الوافي لفتيت، رفقة وزير الداخلية الإسباني، فرناندو غراندي "
        "مارلاسكا، يوم السبت 28 يونيو 2025 بطنجة، ترتيبات عملية العبور.",
        "ورافق الوزير الإسباني في هذه الزيارة كاتب الدولة في الأمن، رافاييل بيريز.",
    )
    assert people(facts) == [("ES", "فرناندو غراندي مارلاسكا"), ("ES", "رافاييل بيريز")]


def test_an_unnamed_post_of_the_organisation_said_before(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي بمقر الإنتربول في ليون",
        "أجرى عبد اللطيف حموشي، يوم الأربعاء 14 يناير 2026 بمقر الأمانة العامة للمنظمة الدولية "
        "للشرطة الجنائية (الإنتربول) بمدينة ليون، مباحثات مع الأمين العام للمنظمة.",
        "وكان حموشي قد التقى، أمس الثلاثاء، المدير التنفيذي لخدمات الشرطة بالمنظمة، الذي قدم "
        "له عرضا حول منظومة تبادل المعلومات.",
    )
    assert [(c.country, c.role.en) for c in facts.counterparts][-1] == (None, "Executive Director")


def test_a_womans_post_before_a_body_the_glossary_knows(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يستقبل مديرة الشرطة النرويجية",
        "استقبل عبد اللطيف حموشي، يوم الجمعة 11 دجنبر 2026 بتمارة، مديرة الشرطة النرويجية، "
        "كاري هاوغلاند.",
    )
    assert people(facts) == [("NO", "كاري هاوغلاند")]


def test_a_grand_duchy_is_a_state_before_its_name(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "لفتيت يستقبل نظيره اللوكسمبورغي",
        "أجرى وزير الداخلية، عبد الوافي لفتيت، يوم الخميس 10 دجنبر 2026 بالرباط، مباحثات مع "
        "وزير الشؤون الداخلية بدوقية لوكسمبورغ الكبرى، ليون غلودن، الذي يقوم بزيارة رسمية.",
    )
    assert people(facts) == [("LU", "ليون غلودن")]


def test_a_nationality_of_two_words_over_the_term_it_opens_with(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حرمو يستقبل قائد الدرك الإفريقي الأوسط",
        "استقبل محمد حرمو، قائد الدرك الملكي، يوم الثلاثاء 8 دجنبر 2026 بالرباط، المدير العام "
        "للدرك الوطني بجمهورية إفريقيا الوسطى، العقيد تييري نغومبي.",
        "وعبر المسؤول الإفريقي الأوسط، بالمناسبة، عن امتنانه للدعم الذي يقدمه المغرب لبلاده.",
    )
    assert people(facts) == [("CF", "تييري نغومبي")]


@pytest.mark.parametrize(
    "met",
    [
        # two titles, one apposed name: one person, then the next
        "وزير العدل والمدعي العام، نيكولاس بركلي، والمفتش العام للشرطة الوطنية الليبيرية، "
        "أمبروز سومو.",
        # names told "respectively": two people
        "وزير العدل الليبيري والمفتش العام للشرطة، نيكولاس بركلي وأمبروز سومو، على التوالي.",
    ],
)
def test_two_titles_joined_by_and_before_their_names(
    tmp_path: Path, shipped: Glossary, met: str
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في مونروفيا",
        "أجرى عبد اللطيف حموشي، يوم الثلاثاء 3 مارس 2026 بالعاصمة مونروفيا، مباحثات مع " + met,
    )
    assert people(facts) == [("LR", "نيكولاس بركلي"), ("LR", "أمبروز سومو")]


@pytest.mark.parametrize(
    "post",
    [
        "وزير الداخلية بحكومة الوحدة الوطنية الليبية",
        "وزير الداخلية المكلف بحكومة الوحدة الوطنية الليبية",
        "وزير الداخلية في الحكومة المؤقتة الليبية",
    ],
)
def test_the_government_a_minister_sits_in_stands_before_his_demonym(
    tmp_path: Path, shipped: Glossary, post: str
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في تونس",
        "حل عبد اللطيف حموشي يوم الاثنين 3 مارس 2025 بتونس للمشاركة في مؤتمر قادة الشرطة.",
        f"وعلى هامش المؤتمر، التقى حموشي {post}، عماد الطرابلسي.",
    )
    assert people(facts) == [("LY", "عماد الطرابلسي")]


def test_the_host_official_who_went_with_the_principal_was_met(
    tmp_path: Path, shipped: Glossary
) -> None:
    # The principal named after the one who accompanied him: the host's official, not his side.
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في إربد",
        "رافق مدير الأمن العام اللواء الدكتور عبيدالله المعايطة، اليوم الأربعاء 14 ماي 2025، "
        "المدير العام للأمن الوطني المغربي عبد اللطيف حموشي، في زيارة إلى مدينة إربد الأردنية.",
    )
    assert people(facts) == [("JO", "عبيدالله المعايطة")]


def test_the_wires_here_ends_a_name(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في بكين",
        "بكين 16 يونيو 2025 (شينخوا) التقى وزير الأمن العام الصيني وانغ شياو هونغ هنا اليوم "
        "(الاثنين) مع عبد اللطيف حموشي، المدير العام للأمن الوطني المغربي.",
    )
    assert people(facts) == [("CN", "وانغ شياو هونغ")]


def test_a_remit_clause_stands_between_a_post_and_the_name_after_its_comma(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في أبوجا",
        "حل عبد اللطيف حموشي يوم الاثنين 3 مارس 2025 بأبوجا في زيارة عمل إلى نيجيريا.",
        "وأجرى حموشي مباحثات مع المفتش العام للشرطة النيجيرية، كايودي إيغبيتوكون، شاركت فيها "
        "مساعدة المفتش العام المشرفة على المركز الوطني للجرائم الإلكترونية، حفصات محمد دانجوما.",
    )
    assert people(facts) == [("NG", "كايودي إيغبيتوكون"), ("NG", "حفصات محمد دانجوما")]


@pytest.mark.parametrize(
    ("post", "role"),
    [
        ("حاكم منطقة كولدا", "Governor"),
        ("نائب حاكم مقاطعة كولدا", "Deputy Governor"),
        ("حاكم إمارة الشارقة", "Ruler"),
    ],
)
def test_the_hakim_of_a_region_is_its_governor_and_of_an_emirate_its_ruler(
    tmp_path: Path, shipped: Glossary, post: str, role: str
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في زيارة عمل",
        "حل عبد اللطيف حموشي يوم الاثنين 3 مارس 2025 في زيارة عمل.",
        f"واستقبله {post}، السيد أمادو سيسي، بمقر الإدارة.",
    )
    assert [(c.name_ar, c.role.en) for c in facts.counterparts] == [("أمادو سيسي", role)]


def test_al_mustashar_before_a_remit_is_the_adviser_s_post_not_an_honorific(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يستقبل وفدا من بنغلاديش",
        "استقبل عبد اللطيف حموشي، يوم الثلاثاء 28 يناير 2025 بالرباط، وفدا أمنيا من بنغلاديش، "
        "يقوده المستشار المكلف بالشؤون الداخلية في الحكومة الانتقالية، الفريق المتقاعد محمد "
        "رحمن شودري.",
    )
    assert [(c.country, c.name_ar, c.role.en) for c in facts.counterparts] == [
        ("BD", "محمد رحمن شودري", "Adviser")
    ]


def test_a_swiss_federal_councillor_is_a_post_and_his_name_follows_it(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في برن",
        "أجرى عبد اللطيف حموشي، يوم الاثنين 3 مارس 2025 ببرن، مباحثات مع المستشار الفيدرالي "
        "السويسري بيات يانس، رئيس الوزارة الفيدرالية للعدل والشرطة.",
    )
    assert [(c.name_ar, c.role.en) for c in facts.counterparts] == [
        ("بيات يانس", "Federal Councillor")
    ]
