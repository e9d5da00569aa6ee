"""Topics: the closed list of data/topics.yaml, found by their cue words, each with evidence."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.arabic.lexicon import folded
from briefer.extract.facts import Evidence
from briefer.extract.topics import read_topics, topic_cues, topic_label, topics_in
from briefer.glossary.match import Glossary
from briefer.resources import data_table
from support import readings_of

# seed 003, sentence 7
DISCUSSIONS = (
    "تناولت المناقشات مجموعة متنوعة من القضايا الأمنية المشتركة، بما في ذلك مكافحة الإرهاب و "
    "التطرف العنيف و الجريمة العابرة للحدود، مثل الهجرة غير الشرعية و الإتجار بالمخدرات و "
    "الجريمة السيبرانية و الأمن الرياضي."
)


def test_the_cues_follow_the_closed_list() -> None:
    assert [name for name, _ in topic_cues()] == list(data_table("topics"))


def test_an_article_names_its_topics_in_the_lists_order(tmp_path: Path, shipped: Glossary) -> None:
    readings = readings_of(tmp_path, shipped, DISCUSSIONS, "وأكد الطرفان أن مكافحة الإرهاب أولوية.")
    evidence: dict[str, tuple[Evidence, ...]] = {}
    topics = read_topics(readings, evidence)
    order = list(data_table("topics"))
    assert list(topics) == sorted(topics, key=order.index)
    assert {"terrorism", "extremism", "illegal_migration", "drug_trafficking", "cybercrime"} <= set(
        topics
    )
    # every topic cites the Arabic words that name it, in every sentence that does
    terrorism = evidence["topic:terrorism"]
    assert [e.sentence for e in terrorism] == [1, 2]
    original = readings[1].article.original
    assert all(original[e.start : e.end] == "الإرهاب" for e in terrorism)
    assert set(evidence) == {f"topic:{t}" for t in topics}


def test_a_sentence_without_cues_names_no_topic(tmp_path: Path, shipped: Glossary) -> None:
    # seed 003, sentence 8
    readings = readings_of(tmp_path, shipped, "وأشاد الجانبان بعمق التعاون القائم وأهمية تعزيزه.")
    evidence: dict[str, tuple[Evidence, ...]] = {}
    assert read_topics(readings, evidence) == ()
    assert evidence == {}


def test_topics_in_a_clause_come_in_order_of_mention() -> None:
    # an agreement's purpose clause: "لمكافحة الإرهاب والجريمة السيبرانية وتهريب المخدرات"
    clause = folded("لمكافحة الإرهاب والجريمة السيبرانية وتهريب المخدرات").text
    assert topics_in(clause) == ["terrorism", "cybercrime", "drug_trafficking"]
    assert topics_in(folded("خطوة هامة نحو مستقبل مشرق").text) == []


def test_each_topic_has_a_label_in_both_languages() -> None:
    assert topic_label("terrorism") == ("terrorism", "terrorisme")
    for name, _ in topic_cues():
        en, fr = topic_label(name)
        assert en and fr


def test_crowds_smart_policing_and_online_fraud_name_their_topics() -> None:
    assert topics_in(folded("التعاون في مجال تأمين الحشود خلال المواسم الدينية").text) == [
        "major_events_security"
    ]
    assert topics_in(folded("اطلع على تجربة الشرطة الذكية").text) == ["technology"]
    assert topics_in(folded("تفكيك شبكات الاحتيال الإلكتروني").text) == ["cybercrime"]


def test_scientific_and_technical_police_is_not_technology(
    tmp_path: Path, shipped: Glossary
) -> None:
    readings = readings_of(tmp_path, shipped, "وقع الطرفان مذكرة في مجال الشرطة العلمية والتقنية.")
    assert read_topics(readings, {}) == ()


def test_riots_are_public_order() -> None:
    assert topics_in(folded("التصدي لأعمال الشغب في الملاعب").text) == ["public_order"]


def test_information_security_is_cybercrime_and_study_seats_are_training() -> None:
    assert topics_in(folded("تعزيز التعاون في مجال أمن المعلومات").text) == ["cybercrime"]
    assert topics_in(folded("منح مقاعد دراسية لفائدة الأطر").text) == ["training"]


def test_look_alikes_of_technology_and_training() -> None:
    # a technical meeting, investigative techniques, AI techniques (that is "ai"), forming gangs,
    assert topics_in(folded("خلال اجتماع تقني يعقد بروما").text) == []
    assert topics_in(folded("دورات تكوينية حول تقنيات التحقيق").text) == ["training"]
    assert topics_in(folded("توظيف تقنيات الذكاء الاصطناعي في الدعاية").text) == ["ai"]
    assert topics_in(folded("تعقب المتورطين في تكوين عصابات إجرامية").text) == ["organized_crime"]
    # crowd-control techniques, and technicians trained
    assert topics_in(folded("فيما يتعلق بتقنيات حفظ النظام العام").text) == ["public_order"]
    assert topics_in(folded("دورات تكوينية لفائدة التقنيين السنغاليين").text) == ["training"]
    assert topics_in(folded("اختتمت بمجمع الأنتربول العالمي للابتكار أشغال المؤتمر").text) == []


def test_a_pluperfect_sentence_is_background_for_the_topics(
    tmp_path: Path, shipped: Glossary
) -> None:
    from briefer.extract.relevance import background

    readings = readings_of(
        tmp_path,
        shipped,
        "وبحث حموشي مع نظيره الأردني سبل مكافحة الإرهاب.",
        "وكانت المديرية العامة للأمن الوطني قد كشفت، في حصيلتها الأخيرة، عن حجز أطنان من المخدرات.",
    )
    about = [r for r in readings if r.sentence.index not in background(readings, None)]
    assert read_topics(about, {}) == ("terrorism",)


def test_smart_cameras_drones_major_events_and_cartels() -> None:
    assert topics_in(folded("اطلع على منظومة الكاميرات الذكية والطائرات المسيرة").text) == [
        "technology"
    ]
    assert topics_in(folded("التعاون في مجال تأمين الفعاليات والبطولات الرياضية").text) == [
        "major_events_security"
    ]
    assert topics_in(folded("لجوء الكارتلات إلى العملات المشفرة").text) == ["organized_crime"]


def test_technical_qualifying_a_noun_is_not_technology() -> None:
    # 452, 456, 467: "لجنة تقنية مشتركة", "اتفاقية للتعاون التقني", "اتفاق تقني"
    for text in ("على أن تتولى لجنة تقنية مشتركة إعداده", "اتفاقية للتعاون التقني", "اتفاق تقني"):
        assert "technology" not in topics_in(folded(text).text), text
    # The noun after a preposition or as a construct's second term is technology.
    for text in ("الاستفادة من التقنيات الحديثة", "استعمال التقنية في التحقيقات"):
        assert "technology" in topics_in(folded(text).text), text


def test_laundering_proceeds_and_financial_fraud_are_financial_crime() -> None:
    # 429: "غسل عائدات هذه التجارة"; 435: "الاحتيال المالي عبر المنصات الرقمية"
    assert topics_in(folded("وسبل تتبع غسل عائدات هذه التجارة").text) == ["financial_crime"]
    assert "financial_crime" in topics_in(folded("الاحتيال المالي عبر المنصات الرقمية").text)
    # the paths of criminal money and the money drawn from a crime
    assert topics_in(folded("وتتبع مسارات الأموال بين البلدين").text) == ["financial_crime"]
    assert topics_in(folded("حجز الأموال المتحصلة من النشاط الإجرامي").text) == ["financial_crime"]


def test_technological_crime_is_cybercrime_not_technology() -> None:
    # 490: "مركز مكافحة الجرائم التكنولوجية التابع للشرطة التايلاندية"
    assert topics_in(folded("زار مركز مكافحة الجرائم التكنولوجية").text) == ["cybercrime"]


def test_a_phrase_whose_last_noun_takes_a_possessive() -> None:
    # "قبل أن تتولى تبييض عائداتها": laundering its proceeds
    assert topics_in(folded("قبل أن تتولى تبييض عائداتها في أنشطة تجارية").text) == [
        "financial_crime"
    ]
    # a phrase ending in a noun with the article takes no pronoun
    assert topics_in(folded("غسل الأموالها").text) == []


def test_cyber_attacks_irregular_status_and_financial_investigations() -> None:
    assert topics_in(folded("والتصدي للهجمات السيبرانية التي تستهدف البنيات").text) == [
        "cybercrime"
    ]
    assert topics_in(folded("ترحيل المهاجرين المغاربة في وضع غير نظامي").text) == [
        "illegal_migration"
    ]
    assert topics_in(folded("وآليات التحقيقات المالية الموازية").text) == ["financial_crime"]


def test_online_extortion_and_surveillance_equipment() -> None:
    assert topics_in(folded("التصدي لجرائم الابتزاز الإلكتروني التي تستهدف الشباب").text) == [
        "cybercrime"
    ]
    assert topics_in(folded("أطلعته على أجهزة المسح بالأشعة المستعملة").text) == ["technology"]
    assert topics_in(folded("أنظمة المراقبة بالفيديو في المواقع السياحية").text) == ["technology"]


def test_surveillance_cameras_and_biometrics_are_technology() -> None:
    assert topics_in(folded("اطلع على شبكة كاميرات المراقبة المثبتة بمحيط الملعب").text) == [
        "technology"
    ]
    assert topics_in(folded("البوابات التي تعتمد على القياسات البيومترية").text) == ["technology"]


@pytest.mark.parametrize(
    ("phrase", "topic"),
    [
        ("وتتبع عائدات هذه التجارة وغسلها", "financial_crime"),
        ("مواجهة التنظيمات الإجرامية العابرة للحدود", "organized_crime"),
        ("مكافحة الاحتيال عبر الهاتف انطلاقا من مراكز الاحتيال", "cybercrime"),
        ("اطلع على أجهزة الفحص بالأشعة المعتمدة في الميناء", "technology"),
        ("كما تبادلا المعلومات حول أساليب الإخفاء", "information_exchange"),
        ("مكافحة الاحتيال عبر الاتصالات الذي يستهدف المواطنين", "cybercrime"),
        ("جرائم الابتزاز الجنسي عبر الإنترنت التي تستهدف القاصرين", "cybercrime"),
        ("اطلع على منظومة المراقبة بالكاميرات المعتمدة في الإمارة", "technology"),
        ("أجهزة السكانير والكاميرات الحرارية المستعملة في الميناء", "technology"),
        ("مواجهة الهجرة غير المشروعة عبر الحدود البرية", "illegal_migration"),
        ("رصد قوارب المتسللين قبالة السواحل", "illegal_migration"),
        ("تفكيك الشبكات وتتبع عائداتها المالية", "financial_crime"),
    ],
)
def test_word_forms_of_laundering_crime_groups_fraud_scanners_and_exchange(
    phrase: str, topic: str
) -> None:
    assert topics_in(folded(phrase).text) == [topic]


@pytest.mark.parametrize(
    ("phrase", "topics"),
    [
        ("وتنامي ظاهرة التطرف العنيف في صفوف القاصرين عبر الفضاء الرقمي", ["extremism"]),
        ("أجرى مباحثات عبر تقنية الاتصال المرئي مع مفوض الشرطة", []),
        ("اتفق الجانبان على عقد اجتماع للجنة تقنية مشتركة قبل متم السنة", []),
        ("اتفق الوزيران على إحداث آلية تقنية مشتركة لتسريع المساطر", []),
        ("التجربة الماليزية في مجال إعادة تأهيل المتطرفين", ["extremism"]),
        ("التعاون في مكافحة الإرهاب والجماعات الجهادية الناشطة في الساحل", ["terrorism"]),
    ],
)
def test_the_digital_space_a_video_link_and_technical_committees_raise_no_topic(
    phrase: str, topics: list[str]
) -> None:
    assert topics_in(folded(phrase).text) == topics


def test_a_bodys_name_raises_no_topic(tmp_path: Path, shipped: Glossary) -> None:
    # The centre fights organised crime; the talks were about terrorism only.
    readings = readings_of(
        tmp_path,
        shipped,
        "استقبل حموشي مدير مركز الاستخبارات لمكافحة الإرهاب والجريمة المنظمة الإسباني.",
        "وتمحورت المباحثات حول مكافحة الإرهاب في منطقة الساحل.",
    )
    evidence: dict[str, tuple[Evidence, ...]] = {}
    assert read_topics(readings, evidence) == ("terrorism",)
    assert [e.sentence for e in evidence["topic:terrorism"]] == [2]


def test_a_topic_word_in_a_post_or_a_bodys_name_raises_no_topic(
    tmp_path: Path, shipped: Glossary
) -> None:
    # 1520: "وزير الداخلية والنظام العام"; 1511: UNODC's name holds "المخدرات".
    readings = readings_of(
        tmp_path,
        shipped,
        "التقى حموشي وزير الداخلية والنظام العام البيساوي.",
        "وحضرت اللقاء الممثلة الإقليمية لمكتب الأمم المتحدة المعني بالمخدرات والجريمة.",
        "وتمحورت المباحثات حول مكافحة الهجرة غير النظامية.",
    )
    evidence: dict[str, tuple[Evidence, ...]] = {}
    assert read_topics(readings, evidence) == ("illegal_migration",)


@pytest.mark.parametrize(
    "phrase",
    ["تنامي تهريب مخدر الشابو انطلاقا من المثلث الذهبي", "شحنات الميثامفيتامين", "حبوب الترامادول"],
)
def test_a_drug_named_alone_or_in_the_singular_is_drug_trafficking(phrase: str) -> None:
    assert topics_in(folded(phrase).text) == ["drug_trafficking"]
