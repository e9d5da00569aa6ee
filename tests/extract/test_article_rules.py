"""The article-level rules (extract/article.py) on sentences taken from the seeds: dates,
meetings, host country and countries mentioned, and an article with nothing to read."""

from __future__ import annotations

from pathlib import Path

from briefer.arabic.numbers import find_numbers
from briefer.extract import extract
from briefer.glossary.match import Glossary
from briefer.ingest import load_rules, read_article
from support import facts_of

# ---------------------------------------------------------------- dates


def test_year_from_the_event_name_of_the_same_sentence(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path, shipped, "زار عبد اللطيف حموشي معرض IGEF 2025 في أنقرة من 18 إلى 20 سبتمبر."
    )
    assert (facts.start, facts.end) == ("2025-09-18", "2025-09-20")


def test_a_later_sentence_with_the_same_days_gives_the_year(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "يقوم عبد اللطيف حموشي بزيارة عمل إلى تركيا من 18 إلى 20 سبتمبر.",
        "وتتواصل الأشغال من 18 إلى 20 سبتمبر 2025 بأنقرة.",
    )
    assert facts.start == "2025-09-18"
    assert [e.sentence for e in facts.evidence["dates"]] == [1, 2]


# ---------------------------------------------------------------- meetings


def test_meetings_count_from_seed_sentence(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "عقد عبد اللطيف حموشي ما مجموعه ثلاثة وأربعين اجتماعا ثنائيا مع رؤساء وفود الدول.",
    )
    assert facts.bilateral_meetings_count == 43


def test_a_number_that_is_not_a_meeting_count(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path, shipped, "كما أصدرت السلطات المغربية 121 أمرا دوليا بالقبض على مطلوبين للعدالة."
    )
    assert facts.bilateral_meetings_count is None
    assert [n.value for n in find_numbers("121 أمرا")] == [121]


# ---------------------------------------------------------------- places and visits


def test_quoted_country_is_not_a_partner(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        'وخلال زيارته إلى تركيا، ذكر بحصول المخابرات المغربية على "نجمة '
        'رومانيا"، والتقى وفدا من ماليزيا.',
    )
    assert facts.host_country == "TR"
    assert facts.countries_mentioned == ("MY",)


def test_an_article_with_nothing_to_extract(tmp_path: Path, shipped: Glossary) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("خبر محلي\n\nنص قصير لا يذكر أي زيارة ولا أي تاريخ.\n", encoding="utf-8")
    data = extract(read_article(path, load_rules()), shipped).to_json()
    assert data["principal"] is None and data["start"] is None and data["host_country"] is None
    assert data["counterparts"] == data["agreements"] == data["topics"] == []
