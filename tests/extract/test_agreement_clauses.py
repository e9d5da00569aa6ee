"""Agreement status told by a later clause or by talks agreed on: a document no predicate
governs whose signing its clause plans, and a draft the parties agreed to have studied."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_agreement_status import agreements_of, statuses

from briefer.glossary.match import Glossary


@pytest.mark.parametrize(
    "sentence",
    [
        "واستعرض الجانبان مذكرة تفاهم بين المديرية العامة للأمن الوطني والشرطة الوطنية، على "
        "أن يتم التوقيع عليها يوم الخميس المقبل.",
        "وأضافت المصادر أن الجانبين استعرضا الصيغة النهائية لمذكرة تفاهم بين الجهازين، تهم "
        "مكافحة الاتجار في المخدرات، على أن يتم التوقيع عليها في ختام الزيارة.",
    ],
)
def test_a_document_whose_signing_its_clause_plans_is_to_be_signed(
    tmp_path: Path, glossary: Glossary, sentence: str
) -> None:
    assert statuses(agreements_of(tmp_path, glossary, sentence)) == [("mou", "to_be_signed", True)]


def test_a_signing_planned_after_a_clause_break_is_not_the_documents(
    tmp_path: Path, glossary: Glossary
) -> None:
    # "فيما": another clause; what it plans is not told of the memorandum reviewed.
    sentence = "واستعرض الجانبان مذكرة تفاهم بين الجهازين، فيما تقرر أن يتم التوقيع عليها لاحقا."
    assert statuses(agreements_of(tmp_path, glossary, sentence)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "كما اتفق الجانبان على أن يتولى خبراء الجهازين دراسة مشروع مذكرة تفاهم في مجال "
        "مكافحة الجريمة المنظمة.",
        "غير أن الطرفين اتفقا على أن تتولى لجنة تقنية مشتركة دراسة مشروع مذكرة تفاهم في "
        "مجال مكافحة الاتجار الدولي في المخدرات، في أفق التوقيع عليه خلال زيارة مرتقبة.",
    ],
)
def test_a_draft_the_parties_agreed_to_have_studied_is_discussed(
    tmp_path: Path, glossary: Glossary, sentence: str
) -> None:
    assert statuses(agreements_of(tmp_path, glossary, sentence)) == [("mou", "discussed", True)]


def test_talks_still_to_come_give_no_status(tmp_path: Path, glossary: Glossary) -> None:
    sentence = "وسيتم بحث مشروع مذكرة تفاهم بين الجهازين خلال اجتماع مقبل."
    assert statuses(agreements_of(tmp_path, glossary, sentence)) == []


def test_a_draft_in_preparation_whose_signing_is_expected_is_to_be_signed(
    tmp_path: Path, glossary: Glossary
) -> None:
    sentence = (
        "كما تنكب اللجنة على إعداد مشروع بروتوكول للتعاون بين الجهازين في مجال التكوين، يرتقب "
        "التوقيع عليه خلال الدورة الثانية للجنة."
    )
    assert statuses(agreements_of(tmp_path, glossary, sentence)) == [
        ("protocol", "to_be_signed", True)
    ]


def test_a_draft_in_preparation_is_discussed(tmp_path: Path, glossary: Glossary) -> None:
    sentence = "كما تنكب اللجنة على إعداد مشروع بروتوكول للتعاون بين الجهازين في مجال التكوين."
    assert statuses(agreements_of(tmp_path, glossary, sentence)) == [
        ("protocol", "discussed", True)
    ]
