"""Which countries take part, and whose body a post names: where contraband and migrants come
from or pass through, members of a body listed among an event's participants, counterparts
named by their nationality after a plural head, a body the glossary lacks before a demonym,
and a national outlet's own officials.

Sentences written for the test, through the real pipeline.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_unseen_rules import facts_of, people

from briefer.extract.wire import wire_country
from briefer.glossary.match import Glossary
from briefer.ingest import load_rules, read_article

RIYADH = (
    "استقبل وزير الداخلية السعودي، يوم الاثنين 9 مارس 2026 بالرياض، المدير العام للأمن الوطني "
    "عبد اللطيف حموشي."
)


@pytest.mark.parametrize(
    "sentence",
    [
        # where the goods are made, and the lands they cross
        "وتناول اللقاء مكافحة تهريب أقراص الكبتاغون التي تهرب من مناطق في سوريا مرورا "
        "بالأراضي الأردنية.",
        # where the migrants come from
        "وتناول اللقاء تنامي أعداد المهاجرين غير النظاميين الوافدين من سوريا واليمن.",
    ],
)
def test_where_contraband_and_migrants_come_from_or_pass_is_no_partner(
    tmp_path: Path, shipped: Glossary, sentence: str
) -> None:
    facts = facts_of(tmp_path, shipped, "حموشي في الرياض", RIYADH, sentence)
    assert facts.countries_mentioned == ()


BUCHAREST = (
    "شارك الجنرال محمد حرمو، قائد الدرك الملكي، يوم الأربعاء 25 مارس 2026 ببوخارست في أشغال "
    "الجمعية العامة للرابطة الدولية لقوات الدرك، بمشاركة قادة قوات الدرك في الدول الأعضاء، "
    "ومن بينها فرنسا وتونس."
)


def test_members_listed_among_an_events_participants_are_no_partners(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "قائد الدرك الملكي في بوخارست",
        BUCHAREST,
        "وعلى هامش الدورة، أجرى حرمو مباحثات مع المفتش العام للدرك الروماني.",
    )
    # Romania is the host, and so never among the countries mentioned.
    assert facts.countries_mentioned == ()
    assert people(facts) == [("RO", None)]


def test_the_heads_of_delegations_of_members_met_are_partners(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "قائد الدرك الملكي في بوخارست",
        "شارك الجنرال محمد حرمو، قائد الدرك الملكي، يوم الأربعاء 25 مارس 2026 ببوخارست في أشغال "
        "الجمعية العامة للرابطة الدولية لقوات الدرك.",
        "وعلى هامش الدورة، أجرى حرمو لقاءات ثنائية مع رؤساء وفود الدول الأعضاء، ومن بينها فرنسا "
        "وتونس.",
    )
    assert facts.countries_mentioned == ("FR", "TN")


def test_counterparts_named_by_nationality_after_a_plural_head(
    tmp_path: Path, shipped: Glossary
) -> None:
    # "المالي" is also "financial": after "بنظرائه" it is Malian.
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يترأس اجتماعا ثلاثيا بالرباط",
        "ترأس عبد اللطيف حموشي، يوم الخميس 5 فبراير 2026 بالرباط، اجتماعا أمنيا جمعه بنظرائه "
        "المالي والتشادي.",
    )
    assert facts.countries_mentioned == ("ML", "TD")
    assert people(facts) == [("ML", None), ("TD", None)]


def test_a_financial_adjective_is_still_no_country(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في الرياض",
        RIYADH,
        "وتناول اللقاء مكافحة الجرائم المالية وتبييض الأموال.",
    )
    assert facts.countries_mentioned == ()


ROME = (
    "حل الجنرال محمد حرمو، قائد الدرك الملكي، يوم الثلاثاء 10 مارس 2026 بروما في زيارة عمل إلى "
    "إيطاليا."
)


def test_a_body_the_glossary_lacks_in_the_genitive_before_a_demonym(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "قائد الدرك الملكي في روما",
        ROME,
        "والتقى حرمو القائد العام لسلاح الفرسان الإيطالي، الجنرال ماركو بيانكي.",
    )
    assert people(facts) == [("IT", "ماركو بيانكي")]
    assert facts.counterparts[0].organisation is not None


@pytest.mark.parametrize(
    "post",
    [
        # a reference to a body named before, not a body's name
        "القائد العام لهذا الجهاز",
        # a remit, not a body
        "مساعد المفوض لشؤون الجريمة المنظمة",
    ],
)
def test_a_reference_or_a_remit_in_the_genitive_is_no_body(
    tmp_path: Path, shipped: Glossary, post: str
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "قائد الدرك الملكي في روما",
        ROME,
        f"وزار حرمو مقر القيادة العامة للدرك الإيطالي حيث التقى {post}.",
    )
    assert all(c.organisation is None for c in facts.counterparts)


def test_a_mauritanian_sites_own_director_general(tmp_path: Path, shipped: Glossary) -> None:
    path = tmp_path / "article.txt"
    path.write_text(
        "صحراء ميديا\n\nالمدير العام للأمن الوطني يلتقي حموشي\n\nنواكشوط - صحراء ميديا\n\n"
        "التقى المدير العام للأمن الوطني، اللواء محمد ولد أحمد، يوم الثلاثاء 3 مارس 2026 في "
        "مدينة الداخلة، المدير العام للأمن الوطني ولمراقبة التراب الوطني بالمملكة المغربية، "
        "عبد اللطيف حموشي.\n",
        encoding="utf-8",
    )
    article = read_article(path, load_rules())
    assert wire_country(article) == "MR"
    facts = facts_of(
        tmp_path,
        shipped,
        "صحراء ميديا",
        "المدير العام للأمن الوطني يلتقي حموشي",
        "نواكشوط - صحراء ميديا",
        "التقى المدير العام للأمن الوطني، اللواء محمد ولد أحمد، يوم الثلاثاء 3 مارس 2026 في "
        "مدينة الداخلة، المدير العام للأمن الوطني ولمراقبة التراب الوطني بالمملكة المغربية، "
        "عبد اللطيف حموشي.",
    )
    assert people(facts) == [("MR", "محمد ولد أحمد")]


def test_two_countries_posts_joined_by_and_before_one_name_are_two_people(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في بورتو",
        "شارك عبد اللطيف حموشي، يوم الثلاثاء 17 فبراير 2026، بمدينة بورتو البرتغالية، في أشغال "
        "الاجتماع الأمني الثلاثي، إلى جانب المدير الوطني لشرطة الأمن العمومي البرتغالية والمديرة "
        "العامة للحرس المدني الإسباني، ميرسيديس غونزاليس.",
    )
    assert people(facts) == [("PT", None), ("ES", "ميرسيديس غونزاليس")]


def test_who_saw_the_principal_off_at_the_airport_was_not_met(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يغادر الكويت",
        "الكويت - 15 - 1 (كونا) -- غادر البلاد اليوم الخميس 15 يناير 2026 المدير العام للأمن "
        "الوطني المغربي عبداللطيف حموشي بعد زيارة رسمية استغرقت يومين.",
        "وكان في وداعه لدى مغادرته مطار الكويت الدولي وكيل وزارة الداخلية.",
        "وكان وزير الداخلية الشيخ فهد يوسف سعود الصباح قد استقبل حموشي أمس الأربعاء.",
    )
    assert people(facts) == [("KW", "فهد يوسف سعود الصباح")]


def test_a_press_spelling_of_a_country_cldr_lacks(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في مابوتو",
        "التقى عبد اللطيف حموشي يوم الثلاثاء 17 فبراير 2026 في العاصمة مابوتو القائد العام لشرطة "
        "جمهورية موزامبيق أرليندو ماكواكوا.",
    )
    assert people(facts) == [("MZ", "أرليندو ماكواكوا")]
