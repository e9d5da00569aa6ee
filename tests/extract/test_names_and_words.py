"""People and words: a family name that is also a nationality adjective, and the words of
prose that follow a post without naming anyone.

Sentences written for the test, through the real pipeline.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_unseen_rules import facts_of, people

from briefer.glossary.match import Glossary

KUWAIT = "حل عبد اللطيف حموشي يوم الأحد 2 نوفمبر 2025 بالكويت في زيارة عمل إلى دولة الكويت."


@pytest.mark.parametrize(
    ("sentence", "name", "latin"),
    [
        (
            "وشارك في المباحثات مدير عام الإدارة العامة لمكافحة المخدرات اللواء خالد سالم "
            "الكويتي الذي قدم عرضا حول جهود الإدارة.",
            "خالد سالم الكويتي",
            "Khalid Salem Al-Kuwaiti",
        ),
        (
            "وشارك في المباحثات رئيس جهاز المباحث الجنائية، اللواء عبد المنعم المغربي، "
            "ورئيس إدارة الهجرة.",
            "عبد المنعم المغربي",
            "Abdulmoneim Al-Maghrebi",
        ),
    ],
)
def test_a_nationality_adjective_that_closes_an_arab_name_is_the_family_name(
    tmp_path: Path, shipped: Glossary, sentence: str, name: str, latin: str
) -> None:
    facts = facts_of(tmp_path, shipped, "حموشي في الكويت", KUWAIT, sentence)
    named = [c for c in facts.counterparts if c.name_ar]
    assert [(c.country, c.name_ar) for c in named] == [("KW", name)]
    assert named[0].name is not None and named[0].name.en == latin


def test_a_nationality_adjective_after_the_post_is_still_the_nationality(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في القاهرة",
        "حل عبد اللطيف حموشي يوم الاثنين 3 مارس 2025 بالقاهرة في زيارة عمل.",
        "والتقى وزير الداخلية المصري اللواء محمود توفيق.",
    )
    assert people(facts) == [("EG", "محمود توفيق")]


@pytest.mark.parametrize("meal", ["مأدبة غداء", "مأدبة إفطار"])
def test_a_meal_offered_after_a_post_is_no_name(
    tmp_path: Path, shipped: Glossary, meal: str
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في المنامة",
        "حل عبد اللطيف حموشي يوم الأحد 2 نوفمبر 2025 بالمنامة في زيارة عمل إلى البحرين.",
        "وأجرى حموشي مباحثات مع وزير الداخلية البحريني الفريق أول الشيخ راشد بن عبدالله آل خليفة.",
        f"وفي ختام اللقاء، أقام وزير الداخلية {meal} على شرف الضيف والوفد المرافق له.",
    )
    assert [c.name_ar for c in facts.counterparts] == ["راشد بن عبدالله آل خليفة"]


def test_an_honorific_right_after_a_given_name_is_a_word_of_the_name(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في نواكشوط",
        "حل عبد اللطيف حموشي يوم الاثنين 3 مارس 2025 بنواكشوط في زيارة عمل إلى موريتانيا.",
        "والتقى المدير العام للأمن الوطني الموريتاني الفريق محمد الشيخ ولد سيدي عالي.",
    )
    assert people(facts) == [("MR", "محمد الشيخ ولد سيدي عالي")]
