"""Counterparts told through someone or something said before: a deputy or an assistant by
his relation to the chief of an earlier sentence ("وشارك في هذه المباحثات نائبها، فلان").

Each test is one construction, in sentences written for the test after the unseen dev articles
1569–1584 (cited by number), through the real pipeline.
"""

from __future__ import annotations

from pathlib import Path

from test_unseen_rules import facts_of, people

from briefer.glossary.match import Glossary

LED = (
    "أجرى عبد اللطيف حموشي، يوم الخميس 12 مارس 2026 بطنجة، مباحثات مع وفد عن المديرية الوطنية "
    "لشرطة الأمن العمومي بالجمهورية البرتغالية، تقوده مديرتها الوطنية، آنا باولا فيريرا."
)


def test_a_deputy_who_took_part_in_the_talks_a_sentence_later(
    tmp_path: Path, shipped: Glossary
) -> None:
    # 1571: her deputy took part; the liaison officer only attended
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يستقبل وفدا برتغاليا",
        LED,
        "وشارك في هذه المباحثات نائبها المكلف بالعمليات، روي مانويل كوستا، فيما حضرها ضابط "
        "الاتصال البرتغالي.",
    )
    assert people(facts) == [("PT", "آنا باولا فيريرا"), ("PT", "روي مانويل كوستا")]
    deputy = facts.counterparts[1]
    assert deputy.role.en == "Deputy National Director"


def test_an_assistant_by_his_relation(tmp_path: Path, shipped: Glossary) -> None:
    # 1577
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يستقبل وفدا من شرطة دبي",
        "استقبل عبد اللطيف حموشي، يوم الثلاثاء 10 مارس 2026 بالرباط، وفدا من القيادة العامة "
        "لشرطة دبي بدولة الإمارات العربية المتحدة، يترأسه قائدها العام، الفريق عبد الله خليفة المري.",
        "وشارك في اللقاء مساعده لشؤون البحث الجنائي، اللواء راشد سيف المهيري.",
    )
    assert people(facts) == [("AE", "عبد الله خليفة المري"), ("AE", "راشد سيف المهيري")]
    assert facts.counterparts[1].role.en.startswith("Assistant")


def test_a_relation_in_a_sentence_that_is_not_about_the_talks(
    tmp_path: Path, shipped: Glossary
) -> None:
    # "نائبه" said of what the chief did elsewhere names no one met
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يستقبل وفدا برتغاليا",
        LED,
        "وكان نائبها، روي مانويل كوستا، قد زار المملكة سنة 2023.",
    )
    assert people(facts) == [("PT", "آنا باولا فيريرا")]
