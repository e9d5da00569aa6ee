"""Unit tests of the extraction rules on sentences taken from the seeds."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer import glossary as glossary_mod
from briefer.dates import find_dates, find_editions
from briefer.extract import extract
from briefer.facts import Facts
from briefer.glossary import Glossary
from briefer.ingest import load_rules, read_article
from briefer.numbers import find_numbers, parse_number
from briefer.visits import slug

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return glossary_mod.load(ROOT / "glossary")


def facts_of(tmp_path: Path, glossary: Glossary, *body: str) -> Facts:
    """Extract the facts of a small article: a headline, then one paragraph per line."""
    path = tmp_path / "article.txt"
    path.write_text("حموشي في زيارة عمل\n\n" + "\n".join(body) + "\n", encoding="utf-8")
    return extract(read_article(path, load_rules()), glossary)


# ---------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("text", "event_year", "expected"),
    [
        # seed 000, sentence 1: no year in the date, the year of "(IGEF 2025)" in the sentence
        ("الذي يقام في العاصمة أنقرة من 18 إلى 20 سبتمبر.", 2025, ("2025-09-18", "2025-09-20")),
        # seed 001, sentence 3: doubled month name, "الجاري" gives no year
        ("بين 19 و21 سبتمبر/ أيلول الجاري، بدعوة رسمية", None, ("XXXX-09-19", "XXXX-09-21")),
        # seed 002, sentence 1: Maghrebi month, year stated
        ("خلال الفترة الممتدة ما بين 24 و27 نونبر 2025 نشاطا", None, ("2025-11-24", "2025-11-27")),
        # seed 003, sentence 0: weekdays before the days, no year anywhere
        ("يومي الثلاثاء و الأربعاء، 28 و 29 يناير.", None, ("XXXX-01-28", "XXXX-01-29")),
        # seed 004, sentence 1
        (
            "زيارة عمل لدولة الإمارات العربية المتحدة بين 23 و26 شتنبر 2024.",
            None,
            ("2024-09-23", "2024-09-26"),
        ),
        # Eastern Arabic digits, Levantine months, a range across months
        ("من ٣٠ أيلول إلى ٢ تشرين الأول ٢٠٢٤", None, ("2024-09-30", "2024-10-02")),
        # across a year end, the year written once at the end
        ("من 30 ديسمبر إلى 2 يناير 2025", None, ("2024-12-30", "2025-01-02")),
        ("من ٣٠ كانون الأول ٢٠٢٤ إلى ٢ كانون الثاني", None, ("2024-12-30", "2025-01-02")),
        # a single day with a year word
        ("في 5 أيار/مايو من سنة 2023", None, ("2023-05-05", "2023-05-05")),
        ("يوم 3 جانفي", None, ("XXXX-01-03", "XXXX-01-03")),
    ],
)
def test_dates(text: str, event_year: int | None, expected: tuple[str, str]) -> None:
    found = find_dates(text, event_year)
    assert (found[0].start, found[0].end) == expected


def test_impossible_day_is_no_date() -> None:
    assert find_dates("يوم 31 فبراير 2024") == []


def test_a_date_span_maps_back_to_the_text() -> None:
    text = "يومي الثلاثاء و الأربعاء، 28 و 29 يناير."
    found = find_dates(text)[0]
    assert text[found.begin : found.finish] == "28 و 29 يناير"


def test_editions_four_digit_years_only() -> None:
    editions = find_editions('المنتدى (IGEF 2025) والمعرض "IGEF 24"')
    assert [(e.name, e.label, e.year) for e in editions] == [
        ("IGEF", "2025", 2025),
        ("IGEF", "24", None),
    ]


def test_year_from_the_event_name_of_the_same_sentence(tmp_path: Path, glossary: Glossary) -> None:
    facts = facts_of(
        tmp_path, glossary, "زار عبد اللطيف حموشي معرض IGEF 2025 في أنقرة من 18 إلى 20 سبتمبر."
    )
    assert (facts.start, facts.end) == ("2025-09-18", "2025-09-20")


def test_a_later_sentence_with_the_same_days_gives_the_year(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "يقوم عبد اللطيف حموشي بزيارة عمل إلى تركيا من 18 إلى 20 سبتمبر.",
        "وتتواصل الأشغال من 18 إلى 20 سبتمبر 2025 بأنقرة.",
    )
    assert facts.start == "2025-09-18"
    assert [e.sentence for e in facts.evidence["dates"]] == [1, 2]


# ---------------------------------------------------------------- numbers


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ثلاثة وأربعين", 43),  # seed 002: masculine, genitive tens
        ("ثلاث وأربعون", 43),  # feminine, nominative
        ("إحدى عشرة", 11),
        ("اثنا عشر", 12),
        ("اثنتي عشرة", 12),
        ("خمسة عشر", 15),
        ("عشرون", 20),
        ("مائة وواحد", 101),
        ("مئتين وخمسة وعشرين", 225),
        ("ثلاثة آلاف وخمسمائة واثنان", 3502),
        ("أحد عشر ألفا", 11000),
        ("121", 121),  # seed 001
        ("١٢١", 121),
    ],
)
def test_number_words(text: str, value: int) -> None:
    assert parse_number(text) == value


def test_meetings_count_from_seed_sentence(tmp_path: Path, glossary: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "عقد عبد اللطيف حموشي ما مجموعه ثلاثة وأربعين اجتماعا ثنائيا مع رؤساء وفود الدول.",
    )
    assert facts.bilateral_meetings_count == 43


def test_a_number_that_is_not_a_meeting_count(tmp_path: Path, glossary: Glossary) -> None:
    facts = facts_of(
        tmp_path, glossary, "كما أصدرت السلطات المغربية 121 أمرا دوليا بالقبض على مطلوبين للعدالة."
    )
    assert facts.bilateral_meetings_count is None
    assert [n.value for n in find_numbers("121 أمرا")] == [121]


# ---------------------------------------------------------------- titles


def test_title_from_seed_sentence(tmp_path: Path, glossary: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "وقد شهدت الإجتماعات الثنائية مشاركة السيد حموشي و نظيره الإسباني، "
        "بالإضافة إلى رئيس الشرطة الفيدرالية الألمانية.",
    )
    titles = {c.country: (c.title.en, c.title.fr) for c in facts.counterparts}
    assert titles["DE"] == (
        "President of the German Federal Police",
        "président de la Police fédérale allemande",
    )
    assert titles["ES"] == ("counterpart", "homologue")


def test_demonym_agreeing_with_the_role(tmp_path: Path, glossary: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "وبحث حموشي مع نائب وزير الداخلية التركي منير كارال أوغلو القضايا الأمنية.",
    )
    karaloglu = facts.counterparts[0]
    assert karaloglu.title.en == "Turkish Deputy Minister of the Interior"
    assert karaloglu.title.fr == "vice-ministre turc de l’Intérieur"
    assert karaloglu.name is not None and karaloglu.name.en == "Münir Karaloğlu"


COMPOSITION_GLOSSARY = """\
- id: role.director-general
  kind: role
  arabic: [المدير العام, مدير عام]
  en: Director General
  fr: {full: directeur général, gender: m}
- id: org.national-police
  kind: organisation
  arabic: [الشرطة الوطنية]
  en: National Police
  fr: {full: Police nationale, gender: f}
- id: demonym.AT
  kind: demonym
  country: AT
  arabic: [النمساوية, النمساوي]
  en: Austrian
  fr: {full: autrichien, feminine: autrichienne}
"""


def test_unseen_combination_composes_in_both_languages(tmp_path: Path) -> None:
    directory = tmp_path / "glossary"
    directory.mkdir()
    (directory / "entries.yaml").write_text(COMPOSITION_GLOSSARY, encoding="utf-8")
    small = glossary_mod.load(directory)
    facts = facts_of(
        tmp_path, small, "واستقبل المسؤول المغربي المدير العام للشرطة الوطنية النمساوية في مراكش."
    )
    (austrian,) = facts.counterparts
    assert austrian.name is None
    assert austrian.country == "AT"
    assert austrian.title.en == "Director General of the Austrian National Police"
    assert austrian.title.fr == "directeur général de la Police nationale autrichienne"
    assert austrian.organisation is not None
    assert (austrian.organisation.en, austrian.organisation.fr) == (
        "Austrian National Police",
        "Police nationale autrichienne",
    )


# ---------------------------------------------------------------- agreements


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
    tmp_path: Path, glossary: Glossary, sentence: str, expected: list[tuple[str, str, bool]]
) -> None:
    facts = facts_of(tmp_path, glossary, sentence)
    assert [(a.kind, a.status, a.document) for a in facts.agreements] == expected


def test_dual_split_by_ordinals_seed_002(tmp_path: Path, glossary: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "وتوجت هذه اللقاءات بتوقيع مذكرتي تفاهم استراتيجيتين؛ الأولى مع الشرطة "
        "الوطنية النرويجية لتعزيز مكافحة الجريمة العابرة للحدود، والثانية مع "
        "الشرطة الفيدرالية الإثيوبية لبناء تعاون متقدم يشمل التكوين.",
    )
    assert [a.kind for a in facts.agreements] == ["mou", "mou"]
    parties = [[p.en for p in a.parties] for a in facts.agreements]
    assert parties == [["Norwegian Police Service"], ["Ethiopian Federal Police"]]
    assert [a.subject.en for a in facts.agreements if a.subject] == ["organised crime", "training"]


def test_restatement_adds_evidence_not_a_second_agreement(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "وقع حموشي مذكرة تفاهم مع شرطة أبو ظبي.",
        "تهدف هذه الاتفاقية إلى تطوير برامج مشتركة للتكوين الشرطي.",
    )
    (mou,) = facts.agreements
    assert [e.sentence for e in mou.evidence] == [1, 2]
    assert mou.subject is not None and mou.subject.en == "training"


# ---------------------------------------------------------------- places and visits


def test_quoted_country_is_not_a_partner(tmp_path: Path, glossary: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        'وخلال زيارته إلى تركيا، ذكر بحصول المخابرات المغربية على "نجمة '
        'رومانيا"، والتقى وفدا من ماليزيا.',
    )
    assert facts.host_country == "TR"
    assert facts.countries_mentioned == ("MY",)


def test_slug_is_ascii() -> None:
    assert slug("Abou Dabi") == "abou-dabi"
    assert slug("Zürich") == "zurich"


def test_an_article_with_nothing_to_extract(tmp_path: Path, glossary: Glossary) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("خبر محلي\n\nنص قصير لا يذكر أي زيارة ولا أي تاريخ.\n", encoding="utf-8")
    data = extract(read_article(path, load_rules()), glossary).to_json()
    assert data["principal"] is None and data["start"] is None and data["host_country"] is None
    assert data["counterparts"] == data["agreements"] == data["topics"] == []


def test_unknown_organisation_after_a_role(tmp_path: Path, glossary: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "والتقى حموشي الأمين العام لمجلس التعاون الأمني الإقليمي، واستعرض معه سبل التعاون.",
    )
    (secretary,) = facts.counterparts
    assert secretary.title.en == "Secretary General"
    assert secretary.name is None and secretary.name_ar is None
    assert [u.ar for u in facts.unknown_names] == ["مجلس التعاون الأمني الإقليمي"]


def test_plural_document_word_with_its_number(tmp_path: Path, glossary: Glossary) -> None:
    facts = facts_of(tmp_path, glossary, "ووقع الجانبان ثلاث مذكرات تفاهم في مجال التكوين.")
    assert [(a.kind, a.status) for a in facts.agreements] == [("mou", "signed")] * 3
