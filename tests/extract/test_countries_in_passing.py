"""Countries told in passing are not partners: a post held before, the nationalities of
suspects, where contraband was seized, who chaired an opening the principal only attended.

Sentences written for the test, through the real pipeline.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_unseen_rules import facts_of

from briefer.glossary.match import Glossary

LYON = "حل عبد اللطيف حموشي يوم الاثنين 3 مارس 2025 بمدينة ليون الفرنسية في زيارة عمل."


@pytest.mark.parametrize(
    "sentence",
    [
        "وأجرى حموشي مباحثات مع الأمين العام للأنتربول، فالديسي أوركيزا، الذي شغل قبل انتخابه "
        "منصب مدير التعاون الدولي بالشرطة الفيدرالية البرازيلية.",
        "وأجرى حموشي مباحثات مع الأمين العام للأنتربول تناولت عملية أسفرت عن توقيف 31 مشتبها "
        "فيهم يحملون الجنسيات البرازيلية والبلجيكية، في عمليات متزامنة.",
        "وأجرى حموشي مباحثات مع الأمين العام للأنتربول تناولت عملية أسفرت عن حجز أطنان من "
        "الكوكايين، أغلبها في البرازيل وبلجيكا.",
        "وعلى هامش أشغال المؤتمر، الذي ترأس جلسته الافتتاحية وزير العدل البرازيلي، أجرى حموشي "
        "مباحثات مع الأمين العام للأنتربول.",
    ],
)
def test_a_country_told_in_passing_is_not_a_partner(
    tmp_path: Path, shipped: Glossary, sentence: str
) -> None:
    facts = facts_of(tmp_path, shipped, "حموشي في ليون", LYON, sentence)
    assert facts.countries_mentioned == ()
    assert [c.country for c in facts.counterparts] == [None]


def test_a_country_after_the_passing_clause_still_counts(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في ليون",
        LYON,
        "وأجرى حموشي مباحثات مع الأمين العام للأنتربول، الذي شغل منصب مدير بالشرطة البرازيلية، "
        "ومع المدير العام للشرطة الوطنية البلجيكية.",
    )
    assert facts.countries_mentioned == ("BE",)


def test_the_patron_of_an_event_is_not_a_counterpart(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "لفتيت في تونس",
        "شارك وزير الداخلية، السيد عبد الوافي لفتيت، يوم الأربعاء 4 فبراير 2026 بتونس، في أشغال "
        "الدورة الـ43 لمجلس وزراء الداخلية العرب، التي انعقدت تحت إشراف رئيس الجمهورية "
        "التونسية، السيد قيس سعيد، بمشاركة وزراء الداخلية العرب.",
        "وعلى هامش الدورة، أجرى السيد لفتيت مباحثات مع وزير الداخلية التونسي، السيد خالد النوري.",
    )
    assert [(c.country, c.name_ar) for c in facts.counterparts] == [("TN", "خالد النوري")]
