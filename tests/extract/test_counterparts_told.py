"""Counterparts as articles tell them: a verb of the two people met after their posts, a head
named by the body's pronoun, a visitor whose country the article names only through his side.

Each test is one construction, in sentences written for the test (not taken from the evaluation
corpus), through the real pipeline.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_unseen_rules import facts_of, people

from briefer.glossary.match import Glossary


def test_a_past_dual_verb_after_two_posts_is_no_name(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "ندوة دولية بطنجة",
        "ترأس عبد اللطيف حموشي، يوم الاثنين 9 مارس 2026 بطنجة، افتتاح ندوة دولية حول الهجرة.",
        "وعلى هامش الندوة، عقد حموشي لقاءين مع كل من المدير العام للشرطة الوطنية الإسبانية، "
        "والمدير العام للأمن الوطني بالجمهورية الإسلامية الموريتانية، تناولا تطور مسارات الهجرة غير النظامية.",
    )
    assert people(facts) == [("ES", None), ("MR", None)]


def test_a_name_built_on_a_given_name_and_alif_is_a_name(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في داكار",
        "حل عبد اللطيف حموشي يوم الاثنين 9 مارس 2026 بداكار في زيارة عمل إلى السنغال.",
        "وأجرى مباحثات مع المدير العام للشرطة الوطنية السنغالية، إبراهيما سار.",
    )
    assert people(facts) == [("SN", "إبراهيما سار")]


def test_the_head_of_the_body_at_whose_seat_the_principal_arrives(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في نيروبي",
        "حل عبد اللطيف حموشي يوم الاثنين 9 مارس 2026 بنيروبي في زيارة عمل إلى كينيا.",
        "وفي اليوم الثاني، حل المسؤول الأمني المغربي بمقر مديرية التحقيقات الجنائية، حيث التقى "
        "مديرها العام، واطلع على عمل مختبراتها.",
    )
    assert [(c.country, c.name_ar, c.role.en) for c in facts.counterparts] == [
        ("KE", None, "Director General")
    ]


def test_at_home_the_visitor_is_of_the_only_visiting_country(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يستقبل وفدا أمنيا",
        "استقبل عبد اللطيف حموشي، يوم الاثنين 9 مارس 2026 بالرباط، وكيل الوزارة المساعد لشؤون "
        "الهجرة اللواء سالم مبارك الهاجري، الذي يقوم بزيارة عمل إلى المملكة.",
        "وتباحث الجانبان في سبل تطوير التعاون بين الأجهزة الأمنية المغربية والبحرينية.",
    )
    assert people(facts) == [("BH", "سالم مبارك الهاجري")]
    assert facts.counterparts[0].name.en.startswith("Salem Mubarak Al")


def test_the_holder_of_a_post_named_in_the_next_sentence(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في طرابزون",
        "حل عبد اللطيف حموشي يوم الاثنين 9 مارس 2026 بطرابزون في زيارة عمل إلى تركيا.",
        "وزار حموشي مقر مديرية أمن طرابزون، حيث استقبله مديرها.",
        "ويشغل العميد أحمد يلماز هذا المنصب منذ سنتين، وقد قدم للوفد عرضا حول عمل المديرية.",
    )
    assert people(facts) == [("TR", "أحمد يلماز")]
    assert facts.counterparts[0].role.en == "Director"


def test_the_holder_of_a_post_the_next_sentence_says_it_concerns(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يستقبل وفدا أمنيا",
        "استقبل عبد اللطيف حموشي، يوم الاثنين 9 مارس 2026 بالرباط، نائب المفتش العام للشرطة "
        "الأوغندية المكلف بالتكوين.",
        "ويتعلق الأمر بالمفوض جوزيف أوكيلو، الذي أشاد بالتجربة المغربية.",
    )
    assert people(facts) == [("UG", "جوزيف أوكيلو")]


def test_a_holding_verb_without_the_post_said_again_names_no_holder(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في طرابزون",
        "حل عبد اللطيف حموشي يوم الاثنين 9 مارس 2026 بطرابزون في زيارة عمل إلى تركيا.",
        "وزار حموشي مقر مديرية أمن طرابزون، حيث استقبله مديرها.",
        "ويتولى الجهاز تأمين الميناء والمنطقة الحرة.",
    )
    assert people(facts) == [("TR", None)]


def test_what_the_named_visitor_does_ends_his_name(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "مدير الأمن العام الأردني في الرباط",
        "يقوم مدير الأمن العام الأردني اللواء عبيد الله المعايطة بزيارة رسمية إلى المملكة "
        "المغربية، حيث استقبله عبد اللطيف حموشي يوم الاثنين 9 مارس 2026 بالرباط.",
    )
    assert people(facts) == [("JO", "عبيد الله المعايطة")]


def test_the_matter_is_no_commander(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في كمبالا",
        "حل عبد اللطيف حموشي يوم الاثنين 9 مارس 2026 بكمبالا في زيارة عمل إلى أوغندا.",
        "والتقى حموشي قائد وحدة مكافحة الإرهاب بالشرطة الأوغندية.",
        "ويتعلق الأمر بجوزيف أوكيلو، الذي رافق الوفد المغربي في جولة بمقر الوحدة.",
    )
    assert people(facts) == [("UG", "جوزيف أوكيلو")]


@pytest.mark.parametrize(
    "sentence",
    [
        "والتقى حموشي نظيره الإسباني خوان كارلوس مارتينيز.",
        "وجمع اللقاء الأول حموشي بنظيره الإسباني خوان كارلوس مارتينيز، في مقر الشرطة.",
        "والتقى حموشي نظيره الإسباني خوان كارلوس مارتينيز في مقر الشرطة.",
    ],
)
def test_a_name_right_after_his_counterpart_and_nationality(
    tmp_path: Path, shipped: Glossary, sentence: str
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في إشبيلية",
        "حل عبد اللطيف حموشي، يوم الإثنين 30 مارس 2026، بمدينة إشبيلية.",
        sentence,
    )
    assert people(facts) == [("ES", "خوان كارلوس مارتينيز")]


def test_what_his_counterpart_said_is_no_name(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في إشبيلية",
        "التقى عبد اللطيف حموشي، يوم الإثنين 30 مارس 2026 بمدينة إشبيلية، نظيره الإسباني.",
        "وأكد نظيره الإسباني أهمية التعاون في مجال الأمن.",
    )
    assert people(facts) == [("ES", None)]


def test_whom_the_principals_companion_met_on_his_own(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "لفتيت في مدريد",
        "أجرى وزير الداخلية عبد الوافي لفتيت، يوم الإثنين 30 مارس 2026 بمدريد، مباحثات مع "
        "وزير الداخلية الإسباني فرناندو غراندي مارلاسكا.",
        "ورافق لفتيت في هذه الزيارة عبد اللطيف حموشي، الذي أجرى بدوره مباحثات منفصلة مع قائد "
        "الحرس المدني الإسباني.",
    )
    assert people(facts) == [("ES", "فرناندو غراندي مارلاسكا")]


def test_who_is_named_in_the_circumstances_the_visit_comes_in_was_not_met(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في مدريد",
        "أجرى عبد اللطيف حموشي، يوم الإثنين 30 مارس 2026 بمدريد، مباحثات مع المدير العام "
        "للشرطة الوطنية الإسبانية.",
        "وتأتي الزيارة في ظرف سياسي حساس في إسبانيا، إذ يواجه رئيس الحكومة بيدرو سانشيز ضغوطا "
        "متزايدة من المعارضة.",
    )
    assert people(facts) == [("ES", None)]


def test_who_represents_the_home_country_too_is_of_its_side(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في برلين",
        "أجرى عبد اللطيف حموشي، يوم الجمعة 13 فبراير 2026 ببرلين، مباحثات مع رئيس جهاز "
        "الاستخبارات الألماني.",
        "ويشارك في المؤتمر عشرات الوزراء، فيما يمثل المغرب في المؤتمر أيضا وزير العدل عبد "
        "اللطيف وهبي.",
    )
    assert people(facts) == [("DE", None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "أجرى عبد اللطيف حموشي، يوم الخميس 10 يوليوز 2025 بأوساكا، مباحثات مع المدير العام لشرطة "
        "محافظة أوساكا، تاكيشي موريموتو.",
        "أجرى عبد اللطيف حموشي، يوم الخميس 10 يوليوز 2025 بأوساكا، مباحثات مع المدير العام لشرطة "
        "أوساكا، تاكيشي موريموتو، ثم زار قيادة خفر السواحل بمحافظة أوساكا.",
    ],
)
def test_a_governorate_is_no_woman_governor(
    tmp_path: Path, shipped: Glossary, sentence: str
) -> None:
    facts = facts_of(tmp_path, shipped, "حموشي في أوساكا", sentence)
    assert people(facts) == [("JP", "تاكيشي موريموتو")]


def test_a_mayor_is_of_his_city_and_named_after_it(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في روتردام",
        "حل عبد اللطيف حموشي يوم الاثنين 9 مارس 2026 بروتردام في زيارة عمل إلى هولندا.",
        "كما استقبلت عمدة روتردام كارولا سخاوتن المسؤول المغربي في مقر البلدية.",
    )
    assert people(facts) == [("NL", "كارولا سخاوتن")]
    assert facts.counterparts[0].role.en == "Mayor"


def test_who_graced_the_opening_was_not_met(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في روتردام",
        "شارك عبد اللطيف حموشي يوم الاثنين 9 مارس 2026 بروتردام في مؤتمر دولي لقادة الشرطة.",
        "وعرف حفل الافتتاح حضور عمدة مدينة روتردام، التي رحبت بالمشاركين.",
    )
    assert people(facts) == []


def test_the_head_of_this_service_named_after_a_comma(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في كولونيا",
        "حل عبد اللطيف حموشي يوم الاثنين 9 مارس 2026 بكولونيا في زيارة عمل إلى ألمانيا.",
        "وأجرى حموشي بمقر المكتب الاتحادي مباحثات مع رئيس هذا الجهاز، ماكس مولر، حول التهديدات.",
    )
    assert people(facts) == [("DE", "ماكس مولر")]


def test_what_the_body_is_in_charge_of_is_no_second_title(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في دار السلام",
        "حل عبد اللطيف حموشي يوم الاثنين 9 مارس 2026 بدار السلام في زيارة عمل إلى تنزانيا.",
        "والتقى المسؤول الأمني المغربي قائد وحدة شرطة الموانئ التنزانية، المسؤولة عن تأمين "
        "ميناء دار السلام.",
    )
    assert people(facts) == [("TZ", None)]


def test_the_post_said_again_then_its_titled_holder(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في دار السلام",
        "حل عبد اللطيف حموشي يوم الاثنين 9 مارس 2026 بدار السلام في زيارة عمل إلى تنزانيا.",
        "والتقى المسؤول الأمني المغربي قائد وحدة شرطة الموانئ التنزانية.",
        "ويشغل هذا المنصب منذ سنتين نائب المفتش العام أحمد علي موسى، الذي قدم عرضا حول عمل الوحدة.",
    )
    assert people(facts) == [("TZ", "أحمد علي موسى")]


def test_at_home_an_international_bodys_official_takes_no_visitors_country(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يستقبل مسؤولين",
        "استقبل عبد اللطيف حموشي، يوم الاثنين 9 مارس 2025 بالرباط، المدير العام للشرطة الوطنية "
        "الإسبانية، فرانسيسكو باردو بيكيراس.",
        "والتقى حموشي كذلك أحمد ناصر الريسي.",
    )
    assert people(facts) == [("ES", "فرانسيسكو باردو بيكيراس"), (None, "أحمد ناصر الريسي")]


def test_a_post_at_a_body_its_name_calls_international_takes_no_country_from_the_list(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "مؤتمر أمن الملاعب",
        "أجرى عبد اللطيف حموشي، يوم الثلاثاء 10 فبراير 2026 بالدار البيضاء، لقاءين ثنائيين مع كل "
        "من مدير إدارة أمن الفعاليات بوزارة الداخلية القطرية، ومدير الأمن بالاتحاد الدولي لكرة "
        "القدم (فيفا).",
    )
    assert people(facts) == [("QA", None), (None, None)]


def test_the_head_named_after_the_rest_of_a_body_the_glossary_lacks(
    tmp_path: Path, shipped: Glossary
) -> None:
    # A short noun behind "ل" ("لقمع") carries the body's name on; it is nobody's name.
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يستقبل وفدا من بنين",
        "استقبل عبد اللطيف حموشي، يوم الثلاثاء 12 ماي 2026 بالرباط، وفدا أمنيا من جمهورية بنين، "
        "ضم رئيس المكتب المركزي لقمع الاتجار غير المشروع بالمخدرات والسلائف (OCERTID) البنيني، "
        "سيرج دوسا.",
    )
    assert people(facts) == [("BJ", "سيرج دوسا")]


def test_a_name_after_a_bracketed_acronym_and_a_rank(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في لاباز",
        "عقد عبد اللطيف حموشي، يوم الأربعاء 22 يوليوز 2026 بلاباز، جلسة عمل مع قائد القوة "
        "الخاصة لمكافحة تهريب المخدرات (FELCN)، العقيد جوني ميركادو.",
    )
    assert people(facts) == [("BO", "جوني ميركادو")]


def test_a_nationality_opening_the_next_person_of_a_list(tmp_path: Path, shipped: Glossary) -> None:
    # Her nationality and name come before her post; they are not the Frontex post's holder.
    facts = facts_of(
        tmp_path,
        shipped,
        "منتدى أمن الحدود بطنجة",
        "أجرى عبد اللطيف حموشي، يوم الاثنين 27 أبريل 2026 بطنجة، لقاءين ثنائيين مع كل من نائب "
        "المدير التنفيذي للوكالة الأوروبية لحرس الحدود والسواحل (فرونتكس)، والبرتغالية آنا باولا "
        "فيريرا، رئيسة وحدة التنسيق للحدود والأجانب بنظام الأمن الداخلي.",
    )
    assert people(facts) == [(None, None), ("PT", "آنا باولا فيريرا")]


def test_an_international_remit_is_no_international_body(tmp_path: Path, shipped: Glossary) -> None:
    # At home, the visitor's deputy "in charge of international operations" is of her country.
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يستقبل مفوضة الشرطة الأسترالية",
        "استقبل عبد اللطيف حموشي، يوم الجمعة 20 فبراير 2026 بالدار البيضاء، مفوضة الشرطة "
        "الفيدرالية الأسترالية، كريسي باريت.",
        "ورافق المسؤولة الأسترالية في هذه الزيارة نائب المفوضة المكلف بالعمليات الدولية، غافن "
        "شيرر، الذي شارك في المباحثات.",
    )
    assert people(facts) == [("AU", "كريسي باريت"), ("AU", "غافن شيرر")]


def test_who_opened_the_meeting_told_with_a_pronoun_was_not_met(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في أروشا",
        "التقى عبد اللطيف حموشي، يوم الخميس 19 يونيو 2025 بأروشا، المفوض العام لهيئة مكافحة "
        "المخدرات التنزانية، على هامش اجتماع رؤساء أجهزة مكافحة المخدرات الأفارقة.",
        "وانطلقت أشغال هذا الاجتماع يوم الاثنين الماضي بأروشا، وقد افتتحه رئيس الوزراء التنزاني "
        "قاسم مجاليوا.",
    )
    assert people(facts) == [("TZ", None)]


def test_who_attended_the_signing_ceremony_was_not_met(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في يريفان",
        "وقع عبد اللطيف حموشي، يوم الأربعاء 4 فبراير 2026 بيريفان، مذكرة تفاهم مع وزيرة الشؤون "
        "الداخلية الأرمينية أربينه سارغسيان.",
        "وحضر مراسم التوقيع نائب وزيرة الشؤون الداخلية المكلف بالهجرة والمواطنة.",
    )
    assert people(facts) == [("AM", "أربينه سارغسيان")]


def test_a_post_held_in_acting_capacity_is_the_named_deputys_second_title(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في يريفان",
        "عقد عبد اللطيف حموشي، يوم الأربعاء 4 فبراير 2026 بيريفان، جلسة عمل مع نائب رئيس الشرطة "
        "الأرمينية، العقيد فاهان ماركاريان، الذي يتولى بالنيابة مهام رئيس الشرطة.",
    )
    assert people(facts) == [("AM", "فاهان ماركاريان")]


def test_who_had_opened_the_conference_named_before_the_verb_was_not_met(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في البحر الميت",
        "التقى مدير الأمن العام الأردني عبيدالله المعايطة، يوم الأربعاء 20 ماي 2026، عبد اللطيف "
        "حموشي على هامش المؤتمر الإقليمي لمكافحة المخدرات.",
        "وكان وزير الداخلية الأردني مازن الفراية قد افتتح أعمال المؤتمر مندوبا عن رئيس الوزراء.",
    )
    assert people(facts) == [("JO", "عبيدالله المعايطة")]


def test_a_korean_name_opening_with_a_family_name_that_is_also_a_word(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في بوسان",
        "أجرى عبد اللطيف حموشي، يوم الخميس 14 ماي 2026 ببوسان، محادثات مع المفوض العام لهيئة "
        "خفر السواحل الكورية، كيم سونغ جين.",
    )
    assert people(facts) == [("KR", "كيم سونغ جين")]


def test_a_name_after_a_bodys_acronym_and_its_country(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يستقبل وفدا أنغوليا",
        "استقبل عبد اللطيف حموشي، يوم الاثنين 20 أكتوبر 2025 بالدار البيضاء، مديرة جهاز "
        "التحقيقات الجنائية (SIC) بأنغولا، تيريزا لوبيش كامبوتا.",
    )
    assert people(facts) == [("AO", "تيريزا لوبيش كامبوتا")]


def test_the_name_after_an_unnamed_chief_and_his_deputy_is_the_deputys(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في دودوما",
        "التقى عبد اللطيف حموشي، يوم الثلاثاء 9 يونيو 2026 بدودوما، المفتش العام للشرطة "
        "التنزانية ونائبته، غريس مويتا، في جلسة عمل.",
    )
    assert people(facts) == [("TZ", None), ("TZ", "غريس مويتا")]
    assert facts.counterparts[1].role is not None
    assert facts.counterparts[1].role.en.startswith("Deputy")


def test_a_plural_noun_with_the_article_is_no_family_name(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يستقبل الأمين العام للأنتربول",
        "استقبل عبد اللطيف حموشي، يوم الاثنين 16 مارس 2026 بالدار البيضاء، الأمين العام للمنظمة "
        "الدولية للشرطة الجنائية (الأنتربول) فالديسي أوركيزا.",
        "وشاركت في المباحثات مديرة تنمية القدرات والتكوين بالأمانة العامة للمنظمة.",
    )
    assert "تنمية القدرات" not in [name for _, name in people(facts)]


def test_one_persons_titles_joined_by_a_dash_keep_the_first_ones_country(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في أبوظبي",
        "التقى عبد اللطيف حموشي، يوم الاثنين 27 أبريل 2026 بأبوظبي، رئيس الشرطة الإيطالية - "
        "المدير العام للأمن العمومي، فيتوريو بيزاني، على هامش مؤتمر الأمم المتحدة.",
    )
    assert people(facts) == [("IT", "فيتوريو بيزاني")]


def test_who_leads_the_home_delegation_is_of_the_home_side(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في أبوظبي",
        "يشارك عبد اللطيف حموشي، يوم الاثنين 27 أبريل 2026 بأبوظبي، في أشغال مؤتمر الأمم المتحدة "
        "لمنع الجريمة، ضمن الوفد المغربي الذي يترأسه وزير العدل، عبد اللطيف وهبي.",
    )
    assert people(facts) == []


def test_a_meeting_dated_in_an_earlier_year_is_background(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في نيروبي",
        "أجرى عبد اللطيف حموشي، يوم الاثنين 2 مارس 2026 بنيروبي، مباحثات مع المفتش العام للشرطة "
        "الكينية.",
        "ولم تتحسن العلاقات إلا في يناير 2017، حين التقى وزير الخارجية الكيني بنظيره المغربي "
        "على هامش قمة الاتحاد الإفريقي بأديس أبابا.",
    )
    assert [c.country for c in facts.counterparts] == ["KE"]
    assert facts.city is not None and facts.city.en == "Nairobi"


def test_who_the_delegation_the_principal_heads_includes_is_his_own(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في لشبونة",
        "قام عبد اللطيف حموشي، يوم الاثنين 9 مارس 2026، بزيارة عمل إلى البرتغال، على "
        "رأس وفد أمني رفيع يضم مدير الشرطة القضائية ومدير الاستعلامات العامة.",
        "والتقى حموشي بلشبونة وزير الداخلية البرتغالي.",
    )
    assert [(c.country, c.role.en) for c in facts.counterparts] == [
        ("PT", "Minister of the Interior")
    ]


def test_a_meeting_after_the_delegation_is_still_the_principals(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في لشبونة",
        "قام عبد اللطيف حموشي، يوم الاثنين 9 مارس 2026، بزيارة عمل إلى لشبونة، على رأس وفد "
        "أمني يضم مدير الشرطة القضائية، حيث التقى المدير الوطني لشرطة الأمن العام البرتغالية، "
        "السيد لويس كارييرا.",
    )
    assert people(facts) == [("PT", "لويس كارييرا")]


def test_juma_in_a_name_is_no_meeting_verb(tmp_path: Path, shipped: Glossary) -> None:
    # "جمعة" (Juma) and "جمعه" (brought him together) fold alike; the ta marbuta tells them.
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في دار السلام",
        "حل عبد اللطيف حموشي يوم الاثنين 9 مارس 2026 بدار السلام في زيارة عمل إلى تنزانيا.",
        "والتقى حموشي المفتش العام للشرطة التنزانية، حميدو جمعة كيلوا، بمقر القيادة العامة.",
    )
    assert people(facts) == [("TZ", "حميدو جمعة كيلوا")]


def test_a_western_names_particles_do_not_count_towards_its_length(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في مدريد",
        "حل عبد اللطيف حموشي يوم الاثنين 9 مارس 2026 بمدريد في زيارة عمل إلى إسبانيا.",
        "والتقى حموشي المدير العام للشرطة الوطنية الإسبانية، السيد فرانسيسكو خافيير دي لا "
        "فوينتي، بمقر المديرية.",
    )
    assert people(facts) == [("ES", "فرانسيسكو خافيير دي لا فوينتي")]


def test_a_surname_spelled_like_a_demonym_is_the_names(tmp_path: Path, shipped: Glossary) -> None:
    # "غانيون" is Gagnon here, not "Ghanaians"; "أمنيا كنديا" before it stays an adjective.
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يستقبل وفدا كنديا",
        "استقبل عبد اللطيف حموشي، يوم الثلاثاء 10 مارس 2026 بالرباط، وفدا أمنيا كنديا تقوده "
        "سيلين غانيون، نائبة مفوض الشرطة الكندية.",
    )
    assert people(facts) == [("CA", "سيلين غانيون")]
    assert facts.countries_mentioned == ("CA",)


def test_and_a_given_name_in_a_visiting_delegation_is_the_next_member(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يستقبل المفتش العام للشرطة الغانية",
        "استقبل عبد اللطيف حموشي، يوم الثلاثاء 10 مارس 2026 بالرباط، المفتش العام للشرطة "
        "الغانية، كوفي أمبونسا.",
        "وضم الوفد الغاني، الذي شارك في المباحثات، نائبة المفتش العام، أكوسوا مينساه، ومحمد "
        "إدريسو كامارا، القائم بأعمال رئيس وحدة مكافحة المخدرات.",
    )
    assert people(facts) == [
        ("GH", "كوفي أمبونسا"),
        ("GH", "أكوسوا مينساه"),
        ("GH", "محمد إدريسو كامارا"),
    ]


def test_who_took_part_in_the_talks_is_named_before_her_post(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في دبلن",
        "التقى عبد اللطيف حموشي يوم الاثنين 9 مارس 2026 في دبلن مفوض الشرطة الأيرلندية.",
        "وذكر بيان للشرطة أن المحادثات شاركت فيها أيضا سيوبهان كيلي مساعدة المفوض لشؤون الأمن.",
    )
    assert people(facts) == [("IE", None), ("IE", "سيوبهان كيلي")]


def test_a_post_he_also_holds_is_his(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في إسلام آباد",
        "التقى عبد اللطيف حموشي يوم الاثنين 9 مارس 2026 في إسلام آباد وزير الداخلية الباكستاني "
        "شهباز علي خان، الذي يشغل أيضا منصب رئيس مجلس الرياضة الباكستاني.",
    )
    assert people(facts) == [("PK", "شهباز علي خان")]


def test_who_took_part_after_those_who_attended_was_met(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "لفتيت يستقبل وزير الداخلية البلجيكي",
        "استقبل عبد الوافي لفتيت، يوم الثلاثاء 10 مارس 2026 بالرباط، وزير الداخلية البلجيكي.",
        "وجرت المباحثات بحضور عبد اللطيف حموشي، المدير العام للأمن الوطني، فيما شارك فيها من "
        "الجانب البلجيكي المفوض العام للشرطة الفيدرالية البلجيكية.",
    )
    assert [(c.country, c.role.en) for c in facts.counterparts] == [
        ("BE", "Minister of the Interior"),
        ("BE", "Chief Commissioner"),
    ]


def test_the_side_named_before_a_post_is_its_country(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "لفتيت يستقبل وزير الداخلية الهولندي",
        "استقبل عبد الوافي لفتيت، يوم الثلاثاء 10 مارس 2026 بالرباط، وزير العدل والأمن الهولندي.",
        "وشارك في المباحثات، عن الجانب الهولندي، كاتب الدولة في العدل يان فان دالين، وعن الجانب "
        "المغربي المدير العام للأمن الوطني.",
    )
    assert people(facts)[1:] == [("NL", "يان فان دالين")]


def test_a_body_named_again_by_its_head_noun_is_one_post(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يستقبل مدير وكالة التحقيقات البنغلاديشية",
        "استقبل عبد اللطيف حموشي، يوم الثلاثاء 10 مارس 2026 بالرباط، المدير العام لوكالة "
        "التحقيقات الجنائية البنغلاديشية.",
        "ووقع مذكرة التفاهم عن الجانب البنغلاديشي المدير العام للوكالة.",
    )
    assert people(facts) == [("BD", None)]


def test_a_name_ending_in_alif_before_a_foreign_surname_is_no_dual_verb(
    tmp_path: Path, shipped: Glossary
) -> None:
    # "آينا" reads like "أين" + the dual's alif; "روبليس" after it is no word of prose.
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في مدريد",
        "حل عبد اللطيف حموشي يوم الاثنين 9 مارس 2026 بمدريد في زيارة عمل إلى إسبانيا.",
        "والتقى حموشي كاتبة الدولة للأمن، آينا روبليس، بمقر وزارة الداخلية.",
    )
    assert people(facts) == [("ES", "آينا روبليس")]


def test_a_name_after_a_body_that_ends_on_its_demonym(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في يريفان",
        "حل عبد اللطيف حموشي يوم الاثنين 9 مارس 2026 بيريفان في زيارة عمل إلى أرمينيا.",
        "والتقى حموشي رئيس دائرة التحقيقات بوزارة الداخلية الأرمينية آرام بتروسيان، واطلع على "
        "عمل مختبراتها.",
    )
    assert people(facts) == [("AM", "آرام بتروسيان")]


def test_an_indonesian_police_rank_before_a_name(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يستقبل نائب قائد الشرطة الإندونيسية",
        "استقبل عبد اللطيف حموشي، يوم الثلاثاء 10 مارس 2026 بالرباط، الكوميسار جنرال بودي "
        "هارتونو، نائب قائد الشرطة الوطنية الإندونيسية.",
    )
    assert people(facts) == [("ID", "بودي هارتونو")]


def test_who_he_is_named_after_and_he_is(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في لشبونة",
        "حل عبد اللطيف حموشي يوم الاثنين 9 مارس 2026 بلشبونة في زيارة عمل إلى البرتغال.",
        "كما تباحث حموشي مع المسؤول الأول عن الحرس الوطني الجمهوري حاليا، وهو روي فيغيريدو، الذي "
        "يتولى مهام القائد العام للحرس بالنيابة.",
    )
    assert ("PT", "روي فيغيريدو") in people(facts)


def test_who_is_named_for_the_home_side_last_is_not_met(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "لفتيت يستقبل وزير الداخلية السويسري",
        "استقبل عبد الوافي لفتيت، يوم الثلاثاء 10 مارس 2026 بالرباط، وزير العدل والشرطة السويسري.",
        "وشارك في هذه المباحثات، إلى جانب الوزير السويسري، مدير المكتب الفيدرالي للشرطة السويسري، السيد إيريك روتش، فيما "
        "حضرها من الجانب المغربي عبد اللطيف حموشي، المدير العام للأمن الوطني، ومحمد الدخيسي، "
        "مدير الشرطة القضائية.",
    )
    assert people(facts) == [("CH", None), ("CH", "إيريك روتش")]


def test_who_will_accompany_the_principal_is_his_own_side(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يحل بليوبليانا",
        "يرتقب أن يحل عبد اللطيف حموشي، يوم الأربعاء 11 مارس 2026، بالعاصمة السلوفينية "
        "ليوبليانا، لإجراء مباحثات مع المدير العام للشرطة السلوفينية، ماتيا كوفاتشيتش.",
        "ويضم الوفد الذي سيرافق حموشي في هذه الزيارة كلا من مدير الشرطة القضائية ومدير التعاون "
        "الدولي بالمديرية العامة للأمن الوطني.",
    )
    assert people(facts) == [("SI", "ماتيا كوفاتشيتش")]


def test_a_remit_and_its_complement_before_the_name(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "وزير الداخلية الليبي يستقبل حموشي",
        "استقبل وزير الداخلية المكلف بحكومة الوحدة الوطنية عماد الطرابلسي، اليوم الثلاثاء 5 مايو "
        "2026، بديوان الوزارة في طرابلس، عبد اللطيف حموشي.",
    )
    assert people(facts) == [("LY", "عماد الطرابلسي")]


def test_an_indefinite_object_after_a_name_is_not_its_last_word(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في إزمير",
        "زار عبد اللطيف حموشي، يوم الثلاثاء 21 أكتوبر 2025، مقر قيادة خفر السواحل في إزمير، حيث "
        "قدم له قائد خفر السواحل الأميرال أرطغرل شاهين شرحا عن رصد قوارب المهربين.",
    )
    assert people(facts) == [("TR", "أرطغرل شاهين")]


def test_a_known_bodys_name_going_on_is_another_body(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في بيشكيك",
        "حل عبد اللطيف حموشي، يوم الثلاثاء 3 مارس 2026، ببيشكيك في زيارة عمل إلى قيرغيزستان، "
        "والتقى رئيسة دائرة الاستخبارات المالية الحكومية التابعة لوزارة المالية، غولنارا "
        "أسانبيكوفا.",
    )
    assert people(facts) == [("KG", "غولنارا أسانبيكوفا")]
    assert "TR" not in facts.countries_mentioned


def test_a_surname_that_reads_as_and_and_a_nationality(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في بورت مورسبي",
        "استهل عبد اللطيف حموشي زيارته إلى بابوا غينيا الجديدة، يوم الثلاثاء 21 أبريل 2026، "
        "بلقاء مع وزير الأمن الداخلي، كيفن واروبي، بمقر الوزارة.",
        "ونقل الوزير واروبي إلى حموشي تحيات رئيس الوزراء.",
    )
    assert people(facts) == [("PG", "كيفن واروبي")]
    assert facts.countries_mentioned == ()


def test_a_rulers_seat_on_the_supreme_council_between_his_name_and_post(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حاكم الشارقة يستقبل حموشي",
        "استقبل صاحب السمو الشيخ الدكتور سلطان بن محمد القاسمي عضو المجلس الأعلى حاكم الشارقة، "
        "يوم الاثنين 12 يناير 2026 في الشارقة، عبد اللطيف حموشي.",
    )
    assert people(facts) == [("AE", "سلطان بن محمد القاسمي")]


def test_where_the_post_is_then_a_rank_and_the_name(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في جدة",
        "عقد عبد اللطيف حموشي، يوم الأحد 15 فبراير 2026 بجدة، اجتماعا موسعا شارك فيه مدير إدارة "
        "مكافحة المخدرات بمنطقة مكة المكرمة العميد سعد بن محمد الزهراني.",
    )
    assert people(facts) == [("SA", "سعد بن محمد الزهراني")]


def test_and_a_western_given_name_then_who_only_attended(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في كمبالا",
        "عقد عبد اللطيف حموشي، يوم الاثنين 6 أبريل 2026 بكمبالا، جلسة مباحثات شاركت فيها نائبة "
        "المفتش العام للشرطة الأوغندية، السيدة غرايس ناموتيبي، وجوزيف سيوانكامبو، مدير إدارة "
        "التحقيقات الجنائية.",
        "وحضر جلسة المباحثات قائد وحدة مكافحة الإرهاب بالشرطة الأوغندية.",
    )
    assert people(facts) == [("UG", "غرايس ناموتيبي"), ("UG", "جوزيف سيوانكامبو")]


def test_the_signing_is_no_organisation_of_a_bare_post(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "وزير الداخلية يستقبل حموشي",
        "استقبل وزير الداخلية البحريني، يوم الأحد 15 فبراير 2026 بالمنامة، عبد اللطيف حموشي.",
        "عقب ذلك، شهد معالي الوزير وسعادة المدير العام التوقيع على مذكرة تفاهم بين وزارة "
        "الداخلية بمملكة البحرين والمديرية العامة للأمن الوطني بالمملكة المغربية.",
    )
    assert people(facts) == [("BH", None)]


def test_a_name_beside_another_then_her_post(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في صوفيا",
        "حل عبد اللطيف حموشي، يوم الاثنين 9 مارس 2026، بصوفيا في زيارة عمل إلى بلغاريا.",
        "وانضم إلى المباحثات الأمين العام لوزارة الداخلية البلغارية، غيورغي بيتكوف، إلى جانب "
        "ديسيسلافا إيفانوفا، مديرة شرطة الحدود.",
    )
    assert people(facts) == [("BG", "غيورغي بيتكوف"), ("BG", "ديسيسلافا إيفانوفا")]


def test_a_deputy_by_relation_with_a_remit_in_lam(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يستقبل مدير المخابرات الصومالي",
        "استقبل عبد اللطيف حموشي، يوم الأربعاء 3 ديسمبر 2025 بتمارة، مدير جهاز المخابرات والأمن "
        "الوطني الصومالي، عبد الرحمن محمود حسن، الذي يقوم بزيارة للمملكة على رأس وفد يضم نائبه "
        "لشؤون الأمن الداخلي العميد أحمد عبدي ورسمي.",
    )
    assert people(facts) == [("SO", "عبد الرحمن محمود حسن"), ("SO", "أحمد عبدي ورسمي")]


def test_names_told_respectively_after_the_posts(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في ياوندي",
        "أجرى عبد اللطيف حموشي، يوم الاثنين 9 مارس 2026 بياوندي، مباحثات مع المندوب العام للأمن "
        "الوطني بالكاميرون والمفتش العام لشرطة تشاد، السيدين مارتن مباركوا وعلي محمد صالح، على "
        "التوالي.",
    )
    assert people(facts) == [("CM", "مارتن مباركوا"), ("TD", "علي محمد صالح")]


def test_a_deputy_who_took_part_and_one_who_attended_it(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في مابوتو",
        "عقد عبد اللطيف حموشي، يوم الثلاثاء 10 مارس 2026 بمابوتو، جلسة عمل ترأسها من الجانب "
        "الموزمبيقي القائد العام للشرطة، الفريق فرناندو تيمبي، وشارك فيها نائبه، ألبرتو ماشافا، "
        "في حين حضرتها الكاتبة العامة لوزارة الداخلية، فانجا رازافيندرابي.",
    )
    assert people(facts) == [("MZ", "فرناندو تيمبي"), ("MZ", "ألبرتو ماشافا")]


def test_a_given_name_that_reads_as_a_proclitic_and_a_country(
    tmp_path: Path, shipped: Glossary
) -> None:
    # "كلاوس" is Klaus, not "ك" + Laos.
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في لوبيك",
        "زار عبد اللطيف حموشي، يوم الثلاثاء 3 مارس 2026، أكاديمية الشرطة الاتحادية بألمانيا، "
        "وكان في استقباله رئيسها، كلاوس ديتر برانت، الذي قدم له عرضا.",
    )
    assert people(facts) == [("DE", "كلاوس ديتر برانت")]
    assert "LA" not in facts.countries_mentioned


def test_a_day_of_the_visit_anchors_a_sentence_that_dates_a_body_s_record(
    tmp_path: Path, shipped: Glossary
) -> None:
    # "منذ إحداثه سنة 2005" tells the centre's record; "اليوم الثاني من الزيارة" the visit.
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في فيتشنزا",
        "حل عبد اللطيف حموشي، يوم الاثنين 2 مارس 2026، بروما في زيارة عمل إلى إيطاليا.",
        "وفي اليوم الثاني من الزيارة، قدم مدير المركز، العميد ماركو فيرانتي، للوفد المغربي "
        "عرضا حول برامج التكوين التي يقدمها المركز منذ إحداثه سنة 2005.",
    )
    assert people(facts) == [("IT", "ماركو فيرانتي")]


def test_the_person_met_named_first_and_his_posts_in_the_next_sentence(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في مونروفيا",
        "حل عبد اللطيف حموشي، يوم الاثنين 8 دجنبر 2025، بالعاصمة الليبيرية مونروفيا في زيارة عمل.",
        "واستقبل حموشي، صباح الاثنين، معالي صامويل ك. دان.",
        "ويجمع المسؤول الليبيري بين منصبي وزير العدل والمدعي العام للجمهورية.",
        "وفي اليوم الثاني، عقد حموشي جلسة عمل مع أنيل براساد شارما.",
        "ويقود الضابط مكتب مكافحة المخدرات التابع للشرطة الليبيرية، برتبة مساعد مفوض.",
    )
    # One person for the two posts of the first; a middle initial's full stop is his name's.
    assert people(facts) == [("LR", "صامويل ك. دان"), ("LR", "أنيل براساد شارما")]


def test_the_visitor_who_attended_a_ceremony_then_met_as_the_guest(
    tmp_path: Path, shipped: Glossary
) -> None:
    lines = [
        "حموشي يترأس حفل تخرج بالقنيطرة",
        "ترأس عبد اللطيف حموشي، يوم الجمعة 10 أكتوبر 2025 بالمعهد الملكي للشرطة بالقنيطرة، "
        "حفل تخرج الفوج الجديد من ضباط الشرطة.",
        "وعرف الحفل حضور المدير العام للشرطة بجمهورية إفريقيا الوسطى، بيانفونو زوكوي.",
    ]
    talks = "وعقب الحفل، أجرى حموشي مباحثات مع المسؤول الأمني الضيف، تناولت التعاون في التكوين."
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert people(facts_of(tmp_path / "a", shipped, *lines)) == []
    assert people(facts_of(tmp_path / "b", shipped, *lines, talks)) == [("CF", "بيانفونو زوكوي")]


def test_an_earlier_appointment_after_since_does_not_make_the_talks_background(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "لفتيت في باريس",
        "أجرى وزير الداخلية، عبد الوافي لفتيت، يوم الخميس 16 أكتوبر 2025 بباريس، مباحثات مع "
        "نظيره الفرنسي، لوران نونيز، في أول لقاء يجمع الوزيرين منذ تعيين هذا الأخير على رأس "
        "وزارة الداخلية الفرنسية في وقت سابق من الشهر الجاري.",
    )
    assert people(facts) == [("FR", "لوران نونيز")]


@pytest.mark.parametrize(
    ("post", "name"),
    [
        ("المفوض العام للشرطة الملكية التايلاندية، الفريق أول الشرطي", "كيتيرات فانفيت"),
        ("قائد المنطقة الثامنة للشرطة الإكوادورية، جنرال الدائرة", "بابلو راميريس"),
    ],
)
def test_the_corps_after_a_rank_is_not_the_name(
    tmp_path: Path, shipped: Glossary, post: str, name: str
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في زيارة عمل",
        f"استقبل {post} {name}، يوم الثلاثاء 4 نونبر 2025، عبد اللطيف حموشي في زيارة عمل.",
    )
    assert [c.name_ar for c in facts.counterparts] == [name]


def test_a_possessive_post_of_the_body_a_day_of_the_visit_was_given_to(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في كيشيناو",
        "حل عبد اللطيف حموشي يوم الاثنين 3 نونبر 2025 بكيشيناو في زيارة عمل إلى مولدوفا.",
        "أما اليوم الثاني، فخصصه حموشي لزيارة المفتشية العامة لشرطة الحدود، حيث كان في "
        "استقباله نائب رئيسها، رادو تشيبان.",
    )
    assert people(facts) == [("MD", "رادو تشيبان")]
    assert facts.counterparts[0].role.en == "Deputy Head"


def test_the_circumstances_the_visit_comes_in_are_background(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في فيلنيوس",
        "أجرى عبد اللطيف حموشي، يوم الثلاثاء 4 نونبر 2025 بفيلنيوس، مباحثات مع وزير الداخلية "
        "الليتواني.",
        "وتأتي هذه الزيارة في ظرفية تعرف توترا متزايدا على الحدود الليتوانية البيلاروسية، بعد أن "
        "أعلنت الحكومة إغلاق المعابر مؤقتا، وهو القرار الذي دعمه الرئيس غيتاناس ناوسيدا.",
    )
    assert people(facts) == [("LT", None)]


@pytest.mark.parametrize(
    "setting",
    [
        "ويأتي اللقاء في إطار الحرص على تعزيز التعاون الأمني، تنفيذاً لرؤية صاحب السمو الشيخ "
        "محمد بن زايد آل نهيان رئيس الدولة.",
        "وتأتي هذه الزيارة تنفيذا لما تم الاتفاق عليه خلال الاجتماع الذي عقده وزير الداخلية، "
        "عبد الوافي لفتيت، ونظيره الإماراتي، سيف بن زايد آل نهيان، في وقت سابق.",
    ],
)
def test_the_frame_the_meeting_comes_in_is_background(
    tmp_path: Path, shipped: Glossary, setting: str
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في أبوظبي",
        "استقبل رئيس الهيئة الاتحادية للهوية والجنسية، علي محمد حماد الشامسي، يوم الثلاثاء 11 "
        "نونبر 2025 بأبوظبي، عبد اللطيف حموشي.",
        setting,
    )
    assert people(facts) == [("AE", "علي محمد حماد الشامسي")]


def test_talks_of_earlier_visits_and_an_opening_speech_are_not_meetings(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في جنيف",
        "شارك عبد اللطيف حموشي، يوم الثلاثاء 18 نونبر 2025 بجنيف، في مؤتمر دولي حول التطرف.",
        "وانطلقت أشغال هذا المؤتمر بكلمة افتتاحية للمستشار الفيدرالي بيات يانس، رئيس الوزارة "
        "الفيدرالية للعدل والشرطة.",
        "وكان حموشي قد أجرى، خلال زيارات سابقة إلى سويسرا، مباحثات في برن مع مديرة الشرطة "
        "الفيدرالية السويسرية، إيفا فيلدي-كورتيس.",
    )
    assert people(facts) == []


def test_a_given_name_that_is_a_city_after_an_honorific(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يستقبل بالعيون نظيره الغيني الاستوائي",
        "استقبل عبد اللطيف حموشي، يوم الخميس 11 يونيو 2026 بمقر ولاية أمن العيون، المدير العام "
        "للأمن الوطني بجمهورية غينيا الاستوائية، السيد سانتياغو أوندو مبا، الذي يقوم بزيارة "
        "عمل للمملكة.",
    )
    assert people(facts) == [("GQ", "سانتياغو أوندو مبا")]


def test_who_came_earlier_to_prepare_this_visit_was_not_met_during_it(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يستقبل وزيرة الداخلية الأندورية",
        "استقبل عبد اللطيف حموشي، يوم الثلاثاء 2 يونيو 2026 بالرباط، وزيرة الداخلية الأندورية، "
        "إستير مولني.",
        "وكان الكاتب العام للداخلية بأندورا، جوردي ريبو، قد حل بالرباط في أبريل الماضي، للتحضير "
        "لهذه الزيارة.",
    )
    assert people(facts) == [("AD", "إستير مولني")]


def test_a_spokespersons_title_apposed_to_a_post_is_its_holders_second(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في بوجمبورا",
        "أجرى عبد اللطيف حموشي، يوم الثلاثاء 23 شتنبر 2025 ببوجمبورا، مباحثات مع وزير الداخلية "
        "البوروندي، الناطق الرسمي باسم الحكومة، جيرفيه ندويمانا.",
    )
    assert people(facts) == [("BI", "جيرفيه ندويمانا")]


def test_the_head_of_the_body_at_whose_seat_they_met(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في بوجمبورا",
        "عقد عبد اللطيف حموشي، يوم الأربعاء 24 شتنبر 2025، جلسة عمل بالمقر العام للشرطة الوطنية "
        "البوروندية مع مديرها العام، اللواء ألويس نشيميريمانا.",
    )
    assert people(facts) == [("BI", "ألويس نشيميريمانا")]


@pytest.mark.parametrize(
    ("denied", "met"),
    [
        ("ولم تشمل الزيارة لقاء مع وزير الداخلية الماليزي، سيف الدين ناسوتيون إسماعيل.", []),
        ("ولم يتسن لحموشي لقاء وزير الداخلية الماليزي، سيف الدين ناسوتيون إسماعيل.", []),
        ("فيما تعذر لقاء وزير الداخلية الماليزي، سيف الدين ناسوتيون إسماعيل، لالتزامات طارئة.", []),
        (
            "ولم يعقد حموشي سوى لقاء واحد، مع وزير الداخلية الماليزي، سيف الدين ناسوتيون إسماعيل.",
            [("MY", "سيف الدين ناسوتيون إسماعيل")],
        ),
    ],
)
def test_a_meeting_the_sentence_denies_was_not_held(
    tmp_path: Path, shipped: Glossary, denied: str, met: list[tuple[str, str]]
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في كوالالمبور",
        "حل عبد اللطيف حموشي، يوم الثلاثاء 9 دجنبر 2025، بكوالالمبور في زيارة عمل إلى ماليزيا.",
        denied,
    )
    assert people(facts) == met


def test_a_demonym_inside_a_name_after_an_honorific_is_a_word_of_it(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يستقبل المفتش العام لشرطة سيراليون",
        "استقبل عبد اللطيف حموشي، يوم الأربعاء 14 يناير 2026 بالرباط، المفتش العام لشرطة "
        "جمهورية سيراليون، السيد إبراهيم سوري كامارا، الذي يقوم بزيارة رسمية للمملكة.",
    )
    assert people(facts) == [("SL", "إبراهيم سوري كامارا")]
    assert "SY" not in facts.countries_mentioned


@pytest.mark.parametrize(
    "aside",
    ["وهو وزير خارجية تركي سابق", "وزيرة الخارجية الألمانية السابقة"],
)
def test_a_post_held_before_is_not_met_in_it(tmp_path: Path, shipped: Glossary, aside: str) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في فيينا",
        "أجرى عبد اللطيف حموشي، يوم الثلاثاء 3 مارس 2026 بفيينا، مباحثات مع الأمين العام "
        "لمنظمة الأمن والتعاون في أوروبا.",
        f"وقد أبدى الأمين العام، {aside}، اهتماما خاصا بالمقاربة المغربية.",
    )
    assert [name for _, name in people(facts)] == [None]


def test_a_source_who_asks_not_to_be_named_was_not_met(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في ليبرفيل",
        "أجرى عبد اللطيف حموشي، يوم الاثنين 4 ماي 2026 بليبرفيل، مباحثات مع وزير الداخلية "
        "الغابوني، أرسين نغيما أوندو.",
        'وقال مسؤول في الشرطة الغابونية لوكالة فرانس برس، طالبا عدم ذكر اسمه، إن "الخبرة '
        'المغربية تهمنا كثيرا".',
    )
    assert people(facts) == [("GA", "أرسين نغيما أوندو")]


def test_a_captains_rank_is_no_part_of_the_name(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "المنصوري في واغادوغو",
        "استقبل رئيس بوركينا فاسو الكابتن إبراهيم تراوري، يوم الاثنين 6 أبريل 2026 بالقصر "
        "الرئاسي في واغادوغو، المدير العام للدراسات والمستندات محمد ياسين المنصوري.",
    )
    assert people(facts) == [("BF", "إبراهيم تراوري")]


def test_a_masculine_bodys_head_by_its_masculine_possessive(
    tmp_path: Path, shipped: Glossary
) -> None:
    # "مديره العام" of "جهاز …" is its director general; the relative clause after his name,
    # with its "in recent months", tells of the service's record, not of the meeting.
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في لواندا",
        "أجرى عبد اللطيف حموشي، يوم الخميس 12 مارس 2026 بالعاصمة الأنغولية لواندا، مباحثات مع "
        "وزير الداخلية بجمهورية أنغولا.",
        "وفي وقت لاحق، انتقل حموشي إلى مقر جهاز الاستخبارات الجنائية، حيث كان في استقباله مديره "
        "العام، فرانسيسكو ماتيوس، الذي قدم عرضا حول عمليات نفذها الجهاز خلال الأشهر الأخيرة.",
    )
    assert people(facts) == [("AO", None), ("AO", "فرانسيسكو ماتيوس")]
    assert facts.counterparts[1].role.en == "Director General"


def test_a_woman_director_written_with_ta_marbuta_is_no_possessive(
    tmp_path: Path, shipped: Glossary
) -> None:
    # "مديرة أكاديمية الشرطة" in a delegation: a woman director, not "its director".
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يستقبل وفدا",
        "استقبل عبد اللطيف حموشي، يوم الخميس 12 مارس 2026 بالرباط، وفدا عن الشرطة الوطنية "
        "الهايتية يقوده مديرها العام، جان بيير، ويضم مديرة أكاديمية الشرطة الوطنية.",
    )
    assert ("HT", "جان بيير") in people(facts)
    assert all(c.role.en != "Director General" or c.name_ar for c in facts.counterparts)


def test_bruneian_honorifics_are_not_part_of_the_name(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في بندر سري بكاوان",
        "التقى عبد اللطيف حموشي، يوم الثلاثاء 18 نونبر 2025 ببندر سري بكاوان، مفوض الشرطة "
        "الملكية لبروناي، داتو بادوكا محمد صفيان بن أحمد.",
    )
    assert [c.name_ar for c in facts.counterparts] == ["محمد صفيان بن أحمد"]


def test_a_former_word_inside_the_post_tells_a_former_holder(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في لاهاي",
        "أجرى عبد اللطيف حموشي يوم الاثنين 3 مارس 2025 بلاهاي مباحثات مع المديرة التنفيذية "
        "للوكالة الأوروبية للشرطة، كاثرين دي بول.",
        "ويعود التعاون بين الجانبين إلى سنوات، إذ انطلقت أولى الاتصالات في عهد المدير التنفيذي "
        "السابق للوكالة، البريطاني روب وينرايت، الذي قادها ما بين 2009 و2018.",
    )
    assert [name for _, name in people(facts)] == ["كاثرين دي بول"]
    assert facts.countries_mentioned == ()
