"""Term mining: the seeds leave nothing uncovered, and each name is found when its entry goes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from briefer.documents import Article
from briefer.extract.reference import complete
from briefer.glossary import mining
from briefer.glossary.match import Glossary
from briefer.ingest import load_rules, read_articles

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def seeds() -> list[Article]:
    return list(read_articles(REPO / "seeds", load_rules()).articles)


def without(g: Glossary, entry_id: str) -> Glossary:
    return Glossary({k: v for k, v in g.entries.items() if k != entry_id})


def test_seeds_leave_nothing_uncovered() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "briefer", "glossary", "missing", "seeds/"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "0 uncovered name(s) in 5 article(s)"


@pytest.mark.parametrize(
    ("entry_id", "name", "article"),
    [
        ("person.demirtas", "محمود ديميرتاش", "000"),
        ("person.karaloglu", "منير كارال أوغلو", "001"),
        ("person.yildiz", "سلامي يلدز", "001"),
        ("person.al-banyan", "عبد المجيد البنيان", "002"),
        ("person.shahkar", "فيصل شهكار", "002"),
        ("person.goldstein", "تال غولدشتين", "002"),
        ("person.al-raisi", "أحمد ناصر الريسي", "004"),
        ("person.al-mazrouei", "فارس خلف المزروعي", "004"),
        ("person.hammouchi", "عبد اللطيف حموشي", "000"),
        ("org.nauss", "جامعة نايف العربية للعلوم الأمنية", "002"),
        ("org.aimc", "مجلس وزراء الداخلية العرب", "002"),
        ("org.de-federal-police", "الشرطة الفيدرالية الألمانية", "003"),
        ("org.et-federal-police", "الشرطة الفيدرالية الإثيوبية", "002"),
        ("org.tr-national-police", "جهاز الشرطة الوطنية التركية", "000"),
        ("org.unpol", "الشرطة الأممية", "002"),
        ("org.wef", "المنتدى الاقتصادي العالمي", "002"),
        ("org.irp", "المعهد الملكي للشرطة", "004"),
        ("org.interpol", "المنظمة الدولية للشرطة الجنائية", "004"),
        ("event.interpol-general-assembly", "الجمعية العامة للإنتربول", "000"),
    ],
)
def test_a_name_is_reported_when_its_entry_is_missing(
    shipped: Glossary, seeds: list[Article], entry_id: str, name: str, article: str
) -> None:
    found = mining.missing(seeds, without(shipped, entry_id))
    hits = [c for c in found if name in c.text]
    assert hits, [c.text for c in found]
    first = hits[0]
    assert first.article.startswith(article)
    assert name in first.context or name.replace(" ", "") in first.context.replace(" ", "")


def test_ranked_by_frequency_with_first_sentence(shipped: Glossary, seeds: list[Article]) -> None:
    found = mining.missing(seeds, without(without(shipped, "person.hammouchi"), "person.al-raisi"))
    counts = [c.count for c in found]
    assert counts == sorted(counts, reverse=True)
    hammouchi = next(c for c in found if c.text == "عبد اللطيف حموشي")
    assert hammouchi.count >= 2
    article = next(a for a in seeds if a.id == hammouchi.article)
    assert article.sentences[hammouchi.sentence].text == hammouchi.context


def test_descriptions_are_not_names(shipped: Glossary) -> None:
    # A head noun with generic adjectives describes a body; it does not name one.
    assert mining.candidates("وتأسيس لجنة أمنية مشتركة للتحضير لتنظيم كأس العالم", shipped) == []
    assert mining.candidates("محادثات موسعة مع القيادة الأمنية الإماراتية", shipped) == []
    found = mining.candidates("ووقع مع المديرية العامة للجمارك اتفاقا", shipped)
    assert [text for _, text, _ in found] == ["المديرية العامة للجمارك اتفاقا"]
    # A demonym closes an organisation's name.
    found = mining.candidates("ووقع مع وزارة الداخلية الإيطالية اتفاقا", shipped)
    assert [text for _, text, _ in found] == ["وزارة الداخلية الإيطالية"]


def test_foreign_names_and_honorifics(shipped: Glossary) -> None:
    found = mining.candidates("والتقى حموشي بالسيد يوهان فيشر مدير الشرطة الألمانية.", shipped)
    assert found == [("يوهان فيشر", "يوهان فيشر", "after an honorific")]
    found = mining.candidates("وزار حموشي معرض Milipol في باريس.", shipped)
    assert [text for _, text, _ in found] == ["معرض Milipol"]
    found = mining.candidates("اجتمع مع ميخائيل فلاديميروفيتش، رئيس الوفد", shipped)
    assert [text for _, text, _ in found][0] == "ميخائيل فلاديميروفيتش"


def test_a_demonym_closes_an_organisation_and_anchors_the_name(shipped: Glossary) -> None:
    # Extraction's reference demonyms cover "الموريتانية": the organisation ends there and
    # the name after the post is the candidate, not the tail of an organisation's name.
    sentence = "واستقبل المدير العام للشرطة الوطنية الموريتانية محمد ولد بوبكر، على رأس وفد."
    plain = [text for _, text, _ in mining.candidates(sentence, shipped)]
    assert plain == ["للشرطة الوطنية الموريتانية محمد ولد"]
    found = mining.candidates(sentence, shipped, lambda t: complete(t, shipped.match(t)))
    assert found == [("محمد ولد بوبكر", "محمد ولد بوبكر", "after a title")]


def test_a_name_inside_a_longer_one_is_not_listed_again(shipped: Glossary) -> None:
    # "الشيخ" is an honorific, but here part of the name "محمد ولد الشيخ أحمد".
    sentence = "واستقبل المدير العام للشرطة الوطنية الموريتانية محمد ولد الشيخ أحمد، على رأس وفد."
    found = mining.candidates(sentence, shipped, lambda t: complete(t, shipped.match(t)))
    assert [text for _, text, _ in found] == ["محمد ولد الشيخ أحمد"]
