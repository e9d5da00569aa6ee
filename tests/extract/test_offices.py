"""A post named inside an office ("مكتب المفوض الوطني", "ومقر المدير العام") is the office's, not
a person met: it adds no counterpart, and a name after the office's whole name is its head's.
An aide to a post ("مساعد الوزير") is no post either, unless a body completes the post
("مساعد المفتش العام للشرطة": the Assistant Inspector General).

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


def test_an_assistant_to_a_post_its_body_completes_is_a_post(
    tmp_path: Path, shipped: Glossary
) -> None:
    # "مساعد الوزير" alone is the minister's aide; "مساعد المفتش العام للشرطة" is a post.
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في مسقط",
        "حل عبد اللطيف حموشي يوم الاثنين 9 مارس 2026 بمسقط في زيارة عمل إلى سلطنة عمان.",
        "وعقد حموشي جلسة عمل مع اللواء خالد بن سالم الحارثي مساعد المفتش العام للشرطة "
        "والجمارك لشؤون العمليات.",
    )
    assert [(c.country, c.name_ar, c.role.en) for c in facts.counterparts] == [
        ("OM", "خالد بن سالم الحارثي", "Assistant Inspector General")
    ]


def test_a_commander_of_a_police_region_is_a_post(tmp_path: Path, shipped: Glossary) -> None:
    # "منطقة" heads a body as "مديرية" does: the commander is not a bare, generic "قائد".
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في مانيلا",
        "حل عبد اللطيف حموشي يوم الاثنين 9 مارس 2026 بمانيلا في زيارة عمل إلى الفلبين.",
        "وأجرى حموشي مباحثات مع قائد منطقة الشرطة الإقليمية الثالثة، الذي عرض حصيلة عمليات "
        "حجز المخدرات.",
    )
    assert [(c.country, c.role.en) for c in facts.counterparts] == [("PH", "Commander")]
