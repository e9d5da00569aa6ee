"""Counterparts listed in delegations: deputies listed by the visiting delegation, members
whose given name begins with "و", ranks with their corps, names after "بمشاركة"; work sessions
in the dual."""

from __future__ import annotations

from pathlib import Path

from test_unseen_rules import facts_of, people

from briefer.glossary.match import Glossary


def test_a_deputy_listed_by_the_visiting_delegation_is_the_chiefs_deputy(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يستقبل قائد الشرطة البلغارية",
        "استقبل عبد اللطيف حموشي، يوم الأربعاء 4 مارس 2026 بالرباط، المفتش العام للشرطة "
        "البلغارية، الجنرال ستيفان ديميتروف، الذي يقوم بزيارة عمل إلى المملكة.",
        "وضم الوفد البلغاري، إلى جانب المفتش العام، كلا من نائبه، العقيد بيتار نيكولوف، "
        "ورئيس مصلحة التعاون الدولي، المقدم غيورغي إيفانوف.",
    )
    deputy = next(c for c in facts.counterparts if c.name_ar == "بيتار نيكولوف")
    assert deputy.country == "BG"
    assert deputy.role.en == "Deputy Inspector General"


def test_the_principals_own_delegation_lists_no_deputy_of_the_guest(
    tmp_path: Path, shipped: Glossary
) -> None:
    # The Moroccan delegation's deputy is the principal's own side.
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في صوفيا",
        "التقى عبد اللطيف حموشي، يوم الأربعاء 4 مارس 2026 بصوفيا، المفتش العام للشرطة "
        "البلغارية، الجنرال ستيفان ديميتروف.",
        "وضم الوفد المغربي، إلى جانب المدير العام، كلا من نائبه، السيد محمد الدخيسي.",
    )
    assert people(facts) == [("BG", "ستيفان ديميتروف")]


def test_a_western_given_name_with_waw_after_a_post_is_a_name(
    tmp_path: Path, shipped: Glossary
) -> None:
    # "ويليام" is William, not "و" and a word: names.yaml lists it.
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في أكرا",
        "التقى عبد اللطيف حموشي، يوم الأربعاء 4 مارس 2026 بأكرا، المفتش العام للشرطة "
        "الغانية، ويليام أسانتي.",
    )
    assert people(facts) == [("GH", "ويليام أسانتي")]


def test_a_legal_officers_rank_is_not_part_of_the_name(tmp_path: Path, shipped: Glossary) -> None:
    # Iraq's "العميد الحقوقي": the corps after the rank, as "اللواء بحري".
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يستقبل وفدا عراقيا",
        "استقبل عبد اللطيف حموشي يوم الأربعاء 4 مارس 2026 بالرباط مديرة قسم العلاقات الخارجية "
        "في وزارة الداخلية العراقية العميد الحقوقي سناء كاظم الموسوي.",
    )
    assert people(facts) == [("IQ", "سناء كاظم الموسوي")]


def test_a_name_after_bimusharaka_is_the_holder_of_the_post_after_it(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في فيينا",
        "أجرى عبد اللطيف حموشي يوم الثلاثاء 3 مارس 2026 بفيينا مباحثات مع وزير الداخلية "
        "النمساوي، غيرهارد كارنر، بمشاركة فرانتس روف، المدير العام للأمن العام.",
    )
    assert [name for _, name in people(facts)] == ["غيرهارد كارنر", "فرانتس روف"]


def test_two_work_sessions_in_the_construct_dual_are_two_meetings(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في فيينا",
        "أجرى عبد اللطيف حموشي يوم الثلاثاء 3 مارس 2026 زيارة عمل إلى العاصمة النمساوية "
        "فيينا، عقد خلالها جلستي عمل مع كبار المسؤولين الأمنيين بجمهورية النمسا.",
    )
    assert facts.bilateral_meetings_count == 2


def test_a_deputy_after_the_side_that_took_part_is_that_side_s_chief_s(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يستقبل مديرة الشرطة الغانية",
        "استقبل عبد اللطيف حموشي، يوم الأربعاء 4 مارس 2026 بالرباط، المديرة العامة للشرطة "
        "الغانية، السيدة أبينا مينسا، التي تقوم بزيارة عمل إلى المملكة.",
        "وشارك في هذه المباحثات، عن الجانب الغاني، نائبها فرانسيس كوفي أوسي.",
    )
    deputy = next(c for c in facts.counterparts if c.name_ar == "فرانسيس كوفي أوسي")
    assert deputy.country == "GH"
    # Her deputy is a man: the French title takes his gender, not hers.
    assert (deputy.role.en, deputy.role.fr) == (
        "Deputy Director General",
        "directeur général adjoint",
    )


def test_the_home_side_s_deputy_who_took_part_is_no_counterpart(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في أكرا",
        "التقى عبد اللطيف حموشي، يوم الأربعاء 4 مارس 2026 بأكرا، المديرة العامة للشرطة "
        "الغانية، السيدة أبينا مينسا.",
        "وشارك في هذه المباحثات، عن الجانب المغربي، نائبه محمد الدخيسي.",
    )
    assert people(facts) == [("GH", "أبينا مينسا")]


def test_a_woman_deputy_of_a_man_takes_her_own_gender(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يستقبل مدير الشرطة الغانية",
        "استقبل عبد اللطيف حموشي، يوم الأربعاء 4 مارس 2026 بالرباط، المدير العام للشرطة "
        "الغانية، السيد كوفي أوسي، الذي يقوم بزيارة عمل إلى المملكة.",
        "وشارك في هذه المباحثات، عن الجانب الغاني، نائبته أبينا مينسا.",
    )
    deputy = next(c for c in facts.counterparts if c.name_ar == "أبينا مينسا")
    assert deputy.role.fr == "directrice générale adjointe"


def test_a_woman_deputy_of_a_woman_is_read(tmp_path: Path, shipped: Glossary) -> None:
    # "نائبتها": her deputy, a woman; read like "نائبها" and "نائبته".
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في برن",
        "عقد عبد اللطيف حموشي، يوم الثلاثاء 11 يونيو 2024 ببرن، جلسة عمل مع المديرة العامة "
        "للشرطة السويسرية، نيكوليتا ديلا فالي، شارك فيها عن الجانب السويسري نائبتها إيفا "
        "فيلدي-كورتيس.",
    )
    deputy = next(c for c in facts.counterparts if c.name_ar == "إيفا فيلدي-كورتيس")
    assert deputy.country == "CH"
    assert (deputy.role.en, deputy.role.fr) == (
        "Deputy Director General",
        "directrice générale adjointe",
    )


def test_a_woman_assistant_of_a_woman_is_read(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يستقبل مديرة الشرطة الغانية",
        "استقبل عبد اللطيف حموشي، يوم الأربعاء 4 مارس 2026 بالرباط، المديرة العامة للشرطة "
        "الغانية، السيدة أبينا مينسا، التي تقوم بزيارة عمل إلى المملكة.",
        "وشارك في هذه المباحثات، عن الجانب الغاني، مساعدتها أكوسوا مانو.",
    )
    assistant = next(c for c in facts.counterparts if c.name_ar == "أكوسوا مانو")
    assert assistant.country == "GH"


def test_a_liaison_officer_named_in_the_delegation_is_a_counterpart(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في مدريد",
        "أجرى عبد اللطيف حموشي، يوم الثلاثاء 4 مارس 2025 بمدريد، مباحثات مع المدير العام "
        "للشرطة الإسبانية، فرانسيسكو باردو بيكيراس.",
        "وشارك في هذه المباحثات، عن الجانب الإسباني، ضابط الاتصال الإسباني المعتمد بالرباط، "
        "المفوض خوان كارلوس رويث، وعن الجانب المغربي، ملحق الأمن بسفارة المملكة.",
    )
    officer = next(c for c in facts.counterparts if c.name_ar == "خوان كارلوس رويث")
    assert (officer.country, officer.role.en) == ("ES", "Liaison Officer")
    # The home side's attaché, unnamed, is no counterpart.
    assert [c.role.en for c in facts.counterparts if c.name_ar is None] == []


def test_an_attache_named_after_her_embassy_and_where_she_is_accredited(
    tmp_path: Path, shipped: Glossary
) -> None:
    # "بسفارة الإكوادور بمدريد، المعتمدة أيضا لدى المغرب، الرائد فلانة": past the embassy,
    # the clause of where she is accredited and her rank.
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يستقبل قائد الشرطة الإكوادورية",
        "استقبل عبد اللطيف حموشي، يوم الاثنين 2 مارس 2026 بالدار البيضاء، القائد العام للشرطة "
        "الوطنية الإكوادورية، الجنرال ماركو بينيتيز، الذي يقوم بزيارة عمل إلى المملكة رفقة وفد "
        "يضم الملحقة الأمنية بسفارة الإكوادور بمدريد، المعتمدة أيضا لدى المغرب، الرائد أندريا "
        "سالازار.",
    )
    attache = next(c for c in facts.counterparts if c.name_ar == "أندريا سالازار")
    assert (attache.country, attache.role.en, attache.role.fr) == (
        "EC",
        "Security Attaché",
        "attachée de sécurité",
    )


def test_a_liaison_officer_to_be_posted_is_no_counterpart(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في أوسلو",
        "أجرى عبد اللطيف حموشي، يوم الثلاثاء 4 مارس 2025 بأوسلو، مباحثات مع مديرة الشرطة "
        "النرويجية، واتفق الجانبان على تعيين ضابط اتصال نرويجي بالرباط.",
    )
    assert [c.role.en for c in facts.counterparts] == ["Director"]


def test_a_liaison_officer_to_be_appointed_in_a_headline_is_no_counterpart(
    tmp_path: Path, shipped: Glossary
) -> None:
    # "تعيين ضابط اتصال لملاحقة شحنات الكوكايين": a post to fill; the words after it are no name.
    facts = facts_of(
        tmp_path,
        shipped,
        "المغرب وبنما يتفقان على تعيين ضابط اتصال لملاحقة شحنات الكوكايين عبر القناة",
        "أجرى عبد اللطيف حموشي، يوم الثلاثاء 4 مارس 2025 ببنما، مباحثات مع وزير الأمن العام "
        "البنمي، فرانك أبريغو.",
    )
    assert people(facts) == [("PA", "فرانك أبريغو")]
