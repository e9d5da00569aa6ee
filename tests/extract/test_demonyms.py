"""Demonyms: every country's nisba forms found in Arabic sentences, and their renderings."""

from __future__ import annotations

import pytest

from briefer.extract import demonyms
from briefer.glossary.countries import country_codes

# CLDR codes that are not ISO 3166-1 countries, and ISO codes with nobody living there.
NOT_ISO = {"AC", "CP", "CQ", "DG", "EA", "IC", "TA"}
UNINHABITED = {"AQ", "BV", "GS", "HM", "IO", "TF", "UM"}


def only(text: str) -> demonyms.DemonymMatch:
    """The one demonym in text."""
    found = demonyms.find(text)
    assert len(found) == 1, [m.form for m in found]
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "word", "country", "gender", "number"),
    [
        ("وحضر اللقاء السفير البريطاني", "البريطاني", "GB", "m", "sg"),
        ("بين الشرطة المغربية والبريطانية", "والبريطانية", "GB", "f", "sg"),
        ("بحضور خبراء من الشرطة الفرنسية", "الفرنسية", "FR", "f", "sg"),
        ("وقدم الدعم للشرطة الهولندية في التحقيق", "الهولندية", "NL", "f", "sg"),
        ("استقبل نظيره التركي", "التركي", "TR", "m", "sg"),
        ("مع المسؤولين الأتراك", "الأتراك", "TR", "m", "pl"),
        ("وفد من الضباط التركيين", "التركيين", "TR", "m", "pl"),
        ("بمشاركة الشرطيات التركيات", "التركيات", "TR", "f", "pl"),
        ("أشاد بالتعاون مع الهولنديين", "الهولنديين", "NL", "m", "pl"),
        ("لقاء مع الخبراء الموريتانيين", "الموريتانيين", "MR", "m", "pl"),
        ("نظيرته الموريتانية", "الموريتانية", "MR", "f", "sg"),
        ("المسؤول السعودي", "السعودي", "SA", "m", "sg"),
        ("الجانب الأمريكي", "الأمريكي", "US", "m", "sg"),
        ("الجانب الأميركي", "الأميركي", "US", "m", "sg"),
        ("الوزير الإماراتي", "الإماراتي", "AE", "m", "sg"),
        ("المدرب الإنجليزي", "الإنجليزي", "GB", "m", "sg"),
        ("للمسؤولين المغاربة", "المغاربة", "MA", "m", "pl"),
        ("مع نظيره الكوري الجنوبي", "الكوري الجنوبي", "KR", "m", "sg"),
        ("الوفد الجنوب أفريقي", "الجنوب أفريقي", "ZA", "m", "sg"),
        ("خبير ألماني", "ألماني", "DE", "m", "sg"),
        ("جلسة عمل مع المفوض الموريسي", "الموريسي", "MU", "m", "sg"),
    ],
)
def test_demonyms_in_sentences(
    sentence: str, word: str, country: str, gender: str, number: str
) -> None:
    (m,) = [m for m in demonyms.find(sentence) if sentence[m.start : m.end] == word]
    assert (m.country, m.gender, m.number) == (country, gender, number)


def test_proclitics_and_article_offsets() -> None:
    sentence = "التعاون بين الأجهزة الأمنية والبريطانية"
    m = only(sentence)
    assert m.prefix == "و"
    assert sentence[m.name_start : m.end] == "البريطانية"
    assert m.demonym.definite


def test_fused_article() -> None:
    sentence = "سلم الجائزة للبريطانيين"
    m = only(sentence)
    assert (m.prefix, m.country, m.number) == ("لل", "GB", "pl")
    assert sentence[m.start : m.end] == "للبريطانيين"


def test_harakat_and_tatweel_keep_offsets() -> None:
    sentence = "الشرطة الهولنديّةُ والإسبـانية والتُّركيَّةِ"
    found = demonyms.find(sentence)
    assert [(m.country, sentence[m.start : m.end]) for m in found] == [
        ("NL", "الهولنديّةُ"),
        ("ES", "والإسبـانية"),
        ("TR", "والتُّركيَّةِ"),
    ]


def test_homographs_say_so() -> None:
    assert only("زار السعودية").also_country == "SA"
    assert only("السفيرة السعودية").also_country == "SA"  # the extractor reads the noun before
    assert only("وصل إلى جيبوتي").also_country == "DJ"
    assert only("السفير الهولندي").also_country is None
    assert only("الوفد الكونغولي").demonym.countries == ("CD", "CG")


def test_longest_form_wins() -> None:
    assert only("السفير الغيني الاستوائي").country == "GQ"
    assert only("السفير الغيني").country == "GN"
    assert only("الجنوب سوداني").country == "SS"


def test_whole_words_only() -> None:
    assert demonyms.find("التركيبة") == []
    assert demonyms.find("الهولنديينات") == []


def test_adjective() -> None:
    assert demonyms.adjective("TR", "en") == "Turkish"
    assert demonyms.adjective("TR", "fr", "f") == "turque"
    assert demonyms.adjective("NL", "fr", "m") == "néerlandais"
    assert demonyms.adjective("NL", "fr", "f") == "néerlandaise"
    assert demonyms.adjective("GB", "fr", "f") == "britannique"
    assert demonyms.adjective("MR", "fr", "f") == "mauritanienne"
    with pytest.raises(KeyError):
        demonyms.adjective("TR", "de")


def test_every_inhabited_country_has_a_demonym() -> None:
    table = demonyms.demonyms().table
    expected = country_codes() - NOT_ISO - UNINHABITED
    assert expected <= set(table)
    assert len(table) >= 240
    for code, entry in table.items():
        assert entry["m"] and entry["en"] and len(entry["fr"]) == 2, code


def test_forms_are_distinct_across_countries_but_those_the_press_shares() -> None:
    # The press writes "الكونغولي" for either Congo, "الغيني" for Guinea and Guinea-Bissau,
    # "الدومينيكي" for Dominica and the Dominican Republic; the article decides which.
    stems = ("كونغولي", "غيني", "دومينيكي")
    allowed = {stem + ending for stem in stems for ending in ("", "ه", "ين", "ون", "ات")}
    shared = {f for f, d in demonyms.demonyms().forms.items() if len(d.countries) > 1}
    assert {f.removeprefix("ال") for f in shared} <= allowed
    assert demonyms.demonyms().sharing("GW") == {"GN", "GW"}
    assert demonyms.demonyms().sharing("DO") == {"DM", "DO"}


@pytest.mark.parametrize(
    ("sentence", "countries"),
    [
        ("في مجال الجرائم المالية والاقتصادية", []),
        ("تعزيز قدرات الشرطة المالية", []),
        ("أجرى مباحثات مع نظيره المالي", ["ML"]),
        ("المدير العام للشرطة الوطنية المالية", ["ML"]),
        ("وصل الوفد إلى مالي", ["ML"]),
        ("خلال زيارة مرتقبة للوزير المالي إلى الرباط", ["ML"]),
    ],
)
def test_a_nisba_that_is_a_common_word_is_a_nationality_only_after_a_person_or_post(
    sentence: str, countries: list[str]
) -> None:
    # "المالية" is financial far more often than Malian.
    assert [m.country for m in demonyms.find(sentence)] == countries


@pytest.mark.parametrize(
    ("text", "adjective"),
    [
        ("برنامج جديد بغلاف مالي يناهز 150 مليون يورو", True),  # 1517: a budget
        ("ودعم مالي وتقني للشرطة", True),
        ("زار حموشي مالي", False),
        ("التقى رئيس مالي", False),  # a head of state's post: the country
        ("في مالي والنيجر", False),
    ],
)
def test_financial_after_a_noun_it_qualifies_is_not_mali(text: str, adjective: bool) -> None:
    start = text.index("مالي")
    assert demonyms.adjective_not_country(text, start, start + len("مالي")) is adjective
