"""Matching on real sentences of the seeds: proclitics, spelling variants, offsets."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.arabic.words import proclitics
from briefer.documents import Article
from briefer.glossary.entries import Match
from briefer.glossary.match import Glossary
from briefer.ingest import load_rules, read_articles

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def seeds() -> dict[str, Article]:
    return {a.id[:3]: a for a in read_articles(REPO / "seeds", load_rules()).articles}


def sentence(seeds: dict[str, Article], article: str, containing: str) -> str:
    """The seed sentence holding a phrase, so every test runs on real press text."""
    found = [s.text for s in seeds[article].sentences if containing in s.text]
    assert found, f"no sentence of {article} contains {containing!r}"
    return found[0]


def hit(matches: list[Match], text: str, entry_id: str) -> Match:
    found = [m for m in matches if m.entry.id == entry_id]
    assert found, (
        f"{entry_id} not matched; got {[(text[m.start : m.end], m.entry.id) for m in matches]}"
    )
    return found[0]


@pytest.mark.parametrize(
    ("article", "phrase", "entry_id", "prefix"),
    [
        ("003", "للمديرية العامة للأمن الوطني", "org.dgsn", "لل"),
        ("003", "و المديرية العامة لمراقبة التراب الوطني", "org.dgst", "وال"),
        ("001", "بالمديرية العامة للأمن", "org.tr-national-police", "بال"),
        (
            "001",
            "للمديرية المشتركة العامة للأمن الوطني المغربي ومراقبة التراب الوطني",
            "org.dgsn-dgst",
            "لل",
        ),
        (
            "000",
            "المدير العام للأمن الوطني و مراقبة التراب الوطني",
            "role.dg-national-security-territorial-surveillance",
            "ال",
        ),
        (
            "004",
            "المدير العام للأمن الوطني ولمراقبة التراب الوطني",
            "role.dg-national-security-territorial-surveillance",
            "ال",
        ),
        ("002", "لمنظمة الإنتربول", "org.interpol", "ل"),
        ("002", "أنتربول", "org.interpol", ""),
        ("004", "الإنتربول", "org.interpol", "ال"),
        ("004", "للإمارات", "country.AE", "لل"),
        ("004", "والإمارات", "country.AE", "وال"),
        ("004", "لدولة الإمارات العربية المتحدة", "country.AE", "ل"),
        ("004", "لشرطة أبو ظبي", "org.abu-dhabi-police", "ل"),
        ("004", "والمعهد الملكي للشرطة", "org.irp", "وال"),
        ("004", "وأكاديمية سيف بن زايد للعلوم الشرطية والأمنية", "org.saif-academy", "و"),
        ("002", "بفيصل شهكار", "person.shahkar", "ب"),
        ("002", "الحموشي", "person.hammouchi", "ال"),
        ("001", "عبداللطيف حموشي", "person.hammouchi", ""),
        ("000", "عبد اللطيف حموشي", "person.hammouchi", ""),
        ("002", "والدكتور عبد المجيد البنيان", "person.al-banyan", "وال"),
        ("003", "و إسبانيا", "country.ES", "و"),
        ("003", "مملكة إسبانيا", "country.ES", ""),
        ("002", "الموزمبيق", "country.MZ", "ال"),
        ("002", "بوركينافاسو", "country.BF", ""),
        ("002", "وكوريا الجنوبية", "country.KR", "و"),
        ("000", "و كأس أمم إفريقيا 2025", "event.afcon-2025", "و"),
        ("001", "IGEF 24", "event.igef-2024", ""),
        ("002", "جنوب-جنوب", "term.south-south", ""),
        ("001", "والعربية", "term.arab", "وال"),
    ],
)
def test_seed_phrases_match_with_their_proclitics(
    shipped: Glossary,
    seeds: dict[str, Article],
    article: str,
    phrase: str,
    entry_id: str,
    prefix: str,
) -> None:
    text = sentence(seeds, article, phrase)
    m = hit(shipped.match(text), text, entry_id)
    assert text[m.start : m.end] == phrase
    assert m.prefix == prefix
    assert text[m.start : m.term_start].replace(" ", "") == prefix


def test_issue_example_with_conjunction_and_fused_article(shipped: Glossary) -> None:
    text = "وللمديرية العامة للأمن الوطني"
    [m] = shipped.match(text)
    assert (m.entry.id, m.prefix, m.start, m.term_start, m.end) == (
        "org.dgsn",
        "ولل",
        0,
        3,
        len(text),
    )


BASE = "في مستهل زيارته، وقع حموشي مذكرة تفاهم بين "  # seed 004, sentence 4


@pytest.mark.parametrize("prefix", proclitics().article_prefixes)
def test_every_article_proclitic(shipped: Glossary, seeds: dict[str, Article], prefix: str) -> None:
    real = sentence(seeds, "004", "مذكرة تفاهم بين المديرية العامة للأمن الوطني")
    text = real.replace("المديرية العامة", prefix + "مديرية العامة", 1)
    m = hit(shipped.match(text), text, "org.dgsn")
    assert m.prefix == prefix
    assert text[m.term_start : m.end] == "مديرية العامة للأمن الوطني"


@pytest.mark.parametrize("prefix", [p for p in proclitics().plain_prefixes if p])
def test_every_plain_proclitic(shipped: Glossary, seeds: dict[str, Article], prefix: str) -> None:
    real = sentence(seeds, "004", "وقع حموشي مذكرة تفاهم")
    text = real.replace("وقع حموشي", "وقع " + prefix + "حموشي", 1)
    m = hit(shipped.match(text), text, "person.hammouchi")
    assert m.prefix == prefix
    assert text[m.term_start : m.end] == "حموشي"


@pytest.mark.parametrize(
    ("article", "original", "variant", "entry_id"),
    [
        # hamza on alef, both ways
        ("004", "للأمن الوطني والمعهد", "للامن الوطني والمعهد", "org.dgsn"),
        ("002", "أنتربول", "انتربول", "org.interpol"),
        ("002", "أنتربول", "إنتربول", "org.interpol"),
        ("000", "أنقرة", "انقرة", "place.ankara"),
        ("002", "آسيا", "اسيا", "place.asia"),
        ("000", "إفريقيا", "افريقيا", "event.afcon-2025"),
        # final ya / alef maqsura
        ("004", "أبو ظبي", "أبو ظبى", "org.abu-dhabi-police"),
        # final ta marbuta / ha
        ("004", "المديرية العامة", "المديريه العامه", "org.dgsn"),
        ("000", "أنقرة", "أنقره", "place.ankara"),
        # diacritics and tatweel
        ("004", "المديرية العامة", "المُدِيرِيَّةُ العَامَّةُ", "org.dgsn"),
        ("004", "المديرية العامة", "المديـــرية العامـة", "org.dgsn"),
        ("002", "مراكش", "مرّاكش", "place.marrakesh"),
        # spacing of compound names
        ("000", "عبد اللطيف حموشي", "عبداللطيف حموشي", "person.hammouchi"),
        ("001", "عبداللطيف حموشي", "عبد اللطيف حموشي", "person.hammouchi"),
        ("004", "أبو ظبي", "أبوظبي", "org.abu-dhabi-police"),
        ("002", "عبد المجيد البنيان", "عبدالمجيد البنيان", "person.al-banyan"),
        # several spaces, no-break space
        (
            "003",
            "للشرطة الوطنية الإسبانية",
            "للشرطة  الوطنية\u00a0الإسبانية",
            "org.es-national-police",
        ),
    ],
)
def test_spelling_variants(
    shipped: Glossary,
    seeds: dict[str, Article],
    article: str,
    original: str,
    variant: str,
    entry_id: str,
) -> None:
    text = sentence(seeds, article, original).replace(original, variant, 1)
    m = hit(shipped.match(text), text, entry_id)
    at = text.index(variant)
    assert m.start < at + len(variant) and at < m.end  # the match is where the variant is


def test_offsets_point_into_the_raw_file(shipped: Glossary, seeds: dict[str, Article]) -> None:
    article = seeds["004"]
    matches = shipped.match(article.original)
    raisi = hit(matches, article.original, "person.al-raisi")
    assert article.original[raisi.start : raisi.end] == "الدكتور أحمد ناصر الريسي"
    # The same entries are found in the normalised text, at offsets mapped by the article.
    normalised = shipped.match(article.text)
    assert [m.entry.id for m in normalised] == [m.entry.id for m in matches]
    first = normalised[0]
    assert article.source_span(first.start, first.end) == (matches[0].start, matches[0].end)


def test_presentation_forms_and_invisible_marks(shipped: Glossary) -> None:
    text = "زار \ufee3\ufeae\ufe8d\ufedb\ufeb6 \u200fأمس"  # مراكش in presentation forms, RLM
    [m] = shipped.match(text)
    assert m.entry.id == "place.marrakesh"
    assert (m.start, m.end) == (4, 9)


def test_longest_match_wins(shipped: Glossary, seeds: dict[str, Article]) -> None:
    text = sentence(seeds, "004", "شرطة أبو ظبي")
    ids = [m.entry.id for m in shipped.match(text)]
    assert "org.abu-dhabi-police" in ids and "place.abu-dhabi" not in ids
    text = sentence(seeds, "000", "IGEF 2025")
    ids = [m.entry.id for m in shipped.match(text)]
    assert "event.igef-2025" in ids and "event.igef" in ids  # the fair's name, then the edition
    text = sentence(seeds, "004", "المديرية العامة للأمن الوطني والمعهد")
    ids = [m.entry.id for m in shipped.match(text)]
    assert "org.dgsn" in ids and "org.tr-national-police" not in ids


def test_matches_are_sorted_and_disjoint(shipped: Glossary, seeds: dict[str, Article]) -> None:
    for article in seeds.values():
        matches = shipped.match(article.text)
        for before, after in zip(matches, matches[1:], strict=False):
            assert before.end <= after.start


def test_no_match_across_punctuation_or_lines(shipped: Glossary) -> None:
    assert [m.entry.id for m in shipped.match("المديرية العامة، للأمن الوطني")] == []
    assert "org.dgsn" not in [m.entry.id for m in shipped.match("المديرية العامة\nللأمن الوطني")]


def test_common_words_are_not_names(shipped: Glossary) -> None:
    # "الرئيسي" (main) keeps its hamza seat and is not Al-Raisi; "المالي" is not Mali.
    assert shipped.match("الهدف الرئيسي للدعم المالي") == []


def test_a_persons_name_keeps_its_article(shipped: Glossary) -> None:
    # "الريسي" is in the glossary; "كريسي" (Crissy) is not "ك" + "الريسي".
    ids = [m.entry.id for m in shipped.match("مفوضة الشرطة الأسترالية، كريسي باريت")]
    assert not any(i.startswith("person.") for i in ids)
    assert any(m.entry.kind == "person" for m in shipped.match("استقبل الريسي الوفد"))
    assert any(m.entry.kind == "person" for m in shipped.match("استقبله والريسي"))
