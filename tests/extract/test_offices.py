"""A post named inside an office ("مكتب المفوض الوطني", "ومقر المدير العام") is the office's, not
a person met: it adds no counterpart, and a name after the office's whole name is its head's.

Each test is one construction, in sentences written for the test (not taken from the evaluation
corpus), through the real pipeline.
"""

from __future__ import annotations

from pathlib import Path

from test_unseen_rules import facts_of, people

from briefer.glossary.match import Glossary


def test_an_office_joined_by_and_is_no_person(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يستقبل مدير الشرطة البرتغالية",
        "استقبل عبد اللطيف حموشي، يوم الثلاثاء 10 مارس 2026 بالرباط، نائب المفوض العام لشرطة "
        "الأمن العام البرتغالية، السيد لويس كارييرا.",
        "ووقع الجانبان مذكرة تفاهم بين المديرية العامة للأمن الوطني ومكتب المفوض العام لشرطة "
        "الأمن العام البرتغالية.",
    )
    assert people(facts) == [("PT", "لويس كارييرا")]


def test_a_name_after_a_section_of_an_office_is_its_heads(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يستقبل مدير الشرطة البرتغالية",
        "استقبل عبد اللطيف حموشي، يوم الثلاثاء 10 مارس 2026 بالرباط، المدير الوطني لشرطة الأمن "
        "العام البرتغالية، السيد لويس كارييرا.",
        "وشارك في اللقاء رئيس قسم الاستعلامات بمكتب المدير الوطني للشرطة، السيد جواو فيريرا.",
    )
    assert people(facts) == [("PT", "لويس كارييرا"), ("PT", "جواو فيريرا")]
