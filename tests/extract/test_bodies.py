"""Bodies named by a head noun the glossary does not know ("قطاع", "فرقة", "شعبة"), and
Moroccan bodies the glossary knows, as parties and as the organisation of a post.

Sentences written for the test, through the real pipeline.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_unseen_rules import facts_of

from briefer.glossary.match import Glossary

CAIRO = "حل عبد اللطيف حموشي يوم الاثنين 3 مارس 2025 بالقاهرة في زيارة عمل إلى مصر."


@pytest.mark.parametrize(
    ("post", "body", "english"),
    [
        ("رئيس قطاع الأمن الوطني بوزارة الداخلية", "قطاع الأمن الوطني", "Sector"),
        ("رئيس فرقة مكافحة المخدرات بالشرطة", "فرقة مكافحة المخدرات", "Brigade"),
        ("رئيس شعبة مكافحة الإرهاب بالشرطة", "شعبة مكافحة الإرهاب", "Branch"),
        ("رئيس المفتشية العامة للشرطة", "المفتشية العامة للشرطة", "General Inspectorate"),
    ],
)
def test_an_unnamed_head_of_a_body_the_glossary_lacks_is_a_counterpart(
    tmp_path: Path, shipped: Glossary, post: str, body: str, english: str
) -> None:
    facts = facts_of(
        tmp_path, shipped, "حموشي في القاهرة", CAIRO, f"كما التقى حموشي {post} المصرية."
    )
    [person] = facts.counterparts
    assert (person.country, person.name_ar) == ("EG", None)
    assert person.organisation is not None
    assert person.organisation.ar is not None and person.organisation.ar.startswith(body)
    assert person.organisation.en is not None and english in person.organisation.en
    assert "organisation" in person.unverified


def test_a_moroccan_brigade_in_a_joint_team_is_a_moroccan_party(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في روما",
        "حل عبد اللطيف حموشي يوم الاثنين 3 مارس 2025 بروما في زيارة عمل إلى إيطاليا.",
        "وتوجت الزيارة بالتوقيع على اتفاق لإحداث فريق تحقيق مشترك بين الفرقة الوطنية للشرطة "
        "القضائية والمديرية المركزية لخدمات مكافحة المخدرات الإيطالية.",
    )
    [agreement] = facts.agreements
    assert [(p.country, p.en) for p in agreement.parties] == [
        ("MA", "National Judicial Police Brigade"),
        ("IT", None),
    ]


def test_the_head_of_a_gulf_cooperation_council_body_serves_no_one_country(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يزور مركزا خليجيا في الدوحة",
        "زار عبد اللطيف حموشي، يوم الثلاثاء 21 أكتوبر 2025، مقر مركز المعلومات الجنائية "
        "لمكافحة المخدرات لمجلس التعاون لدول الخليج العربية في الدوحة.",
        "وكان في استقباله العميد فهد بن سالم الدوسري، مدير المركز.",
    )
    assert [(c.country, c.name_ar) for c in facts.counterparts] == [(None, "فهد بن سالم الدوسري")]
