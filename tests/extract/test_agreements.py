"""Agreements: memoranda, agreements, protocols and commitments, their status and parties."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.glossary.match import Glossary
from support import facts_of


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # seed 004, sentence 4
        (
            "في مستهل زيارته، وقع حموشي مذكرة تفاهم بين المديرية العامة للأمن الوطني والمعهد "
            "الملكي للشرطة من جهة، وأكاديمية سيف بن زايد للعلوم الشرطية والأمنية التابعة لشرطة "
            "أبو ظبي من جهة أخرى.",
            [("mou", "signed", True)],
        ),
        # seed 003, sentence 11: a commitment without a document
        (
            "تم الإتفاق على توسيع آفاق التعاون لتشمل تنفيذ عمليات التسليم المراقب للمخدرات.",
            [("agreement", "agreed", False)],
        ),
        # seed 003, sentence 14: studying mechanisms names no document
        ("تناول الإجتماع دراسة آليات توسيع التعاون الأمني بين الدول الثلاث.", []),
        # the outer cue decides: agreed to sign is agreed, discussing signing is discussed
        ("وتم الاتفاق على توقيع اتفاقية للتعاون الأمني.", [("agreement", "agreed", True)]),
        ("كما بحث الطرفان إمكانية توقيع بروتوكول تعاون.", [("protocol", "discussed", True)]),
        # a heading-free mention with no status cue is no agreement
        ("وتحدث الطرفان عن مذكرة تفاهم سابقة.", []),
    ],
)
def test_agreement_status(
    tmp_path: Path, shipped: Glossary, sentence: str, expected: list[tuple[str, str, bool]]
) -> None:
    facts = facts_of(tmp_path, shipped, sentence)
    assert [(a.kind, a.status, a.document) for a in facts.agreements] == expected


def test_dual_split_by_ordinals_seed_002(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "وتوجت هذه اللقاءات بتوقيع مذكرتي تفاهم استراتيجيتين؛ الأولى مع الشرطة "
        "الوطنية النرويجية لتعزيز مكافحة الجريمة العابرة للحدود، والثانية مع "
        "الشرطة الفيدرالية الإثيوبية لبناء تعاون متقدم يشمل التكوين.",
    )
    assert [a.kind for a in facts.agreements] == ["mou", "mou"]
    parties = [[p.en for p in a.parties] for a in facts.agreements]
    assert parties == [["Norwegian Police Service"], ["Ethiopian Federal Police"]]
    assert [a.subject.en for a in facts.agreements if a.subject] == ["organised crime", "training"]


def test_restatement_adds_evidence_not_a_second_agreement(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "وقع حموشي مذكرة تفاهم مع شرطة أبو ظبي.",
        "تهدف هذه الاتفاقية إلى تطوير برامج مشتركة للتكوين الشرطي.",
    )
    (mou,) = facts.agreements
    assert [e.sentence for e in mou.evidence] == [1, 2]
    assert mou.subject is not None and mou.subject.en == "training"


def test_plural_document_word_with_its_number(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(tmp_path, shipped, "ووقع الجانبان ثلاث مذكرات تفاهم في مجال التكوين.")
    assert [(a.kind, a.status) for a in facts.agreements] == [("mou", "signed")] * 3
