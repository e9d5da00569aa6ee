"""The name romanizer: conventions, honorifics, compounds, particles, input forms, accuracy."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from briefer.arabic.romanize import Romanization, romanize, strip_honorifics, words

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import bench_romanize


def latin(name: str, country: str | None) -> str:
    """The proposed spelling alone."""
    return romanize(name, country).latin


# --------------------------------------------------------------------------- conventions


@pytest.mark.parametrize(
    ("name", "country", "expected"),
    [
        ("محمد", "MA", "Mohamed"),
        ("محمد", "SA", "Mohammed"),
        ("محمد", "TR", "Mehmet"),
        ("محمد", "TD", "Mahamat"),
        ("عبد اللطيف", "MA", "Abdellatif"),
        ("عبد اللطيف", "BH", "Abdullatif"),
        ("عبد الرحمن", "MA", "Abderrahmane"),
        ("عبد الرحمن", "QA", "Abdulrahman"),
        ("عبد الرحمن", "NE", "Abdourahamane"),
        ("جمعة", "TZ", "Juma"),
        ("جمعة", "EG", "Gomaa"),
        ("جمعة", "MA", "Jamaa"),
        ("عبد الفتاح", "EG", "Abdel Fattah"),
        ("عبد الأمير", "IQ", "Abdul Amir"),
        ("جمال", "DZ", "Djamel"),
        ("جمال", "MA", "Jamal"),
    ],
)
def test_table_forms_follow_the_country(name: str, country: str, expected: str) -> None:
    assert latin(name, country) == expected


@pytest.mark.parametrize(
    ("name", "country", "expected"),
    [
        # Maghreb, French style: ou for و, ch for ش, dj in Algeria.
        ("بوتفليقة", "DZ", "Bouteflika"),
        ("لفتيت", "MA", "Laftit"),
        ("بوعياش", "MA", "Bouayach"),
        ("بنكيران", "MA", "Benkirane"),
        ("رمطان", "DZ", "Ramtane"),
        # Mashriq, English style: sh, w/u, the article written per country.
        ("نهيان", "AE", "Nahyan"),
        ("السوداني", "IQ", "al-Sudani"),
        ("الشرع", "SY", "al-Sharaa"),
        ("الخصاونة", "JO", "Al-Khasawneh"),
        # Western names: best-effort phonetic spelling.
        ("ستولتنبرغ", "NO", "Stoltenberg"),
        ("لافروف", "RU", "Lavrov"),
        ("بارنييه", "FR", "Barnier"),
    ],
)
def test_letter_rules_follow_the_convention(name: str, country: str, expected: str) -> None:
    result = romanize(name, country)
    assert result.latin == expected
    assert result.guessed


def test_unknown_country_reads_the_default_convention() -> None:
    assert romanize("محمد بن سلمان", None).convention == "mashriq"
    assert latin("محمد بن سلمان", None) == "Mohammed bin Salman"


def test_country_code_case_does_not_matter() -> None:
    assert romanize("عبد الوافي لفتيت", "ma") == romanize("عبد الوافي لفتيت", "MA")


def test_western_country_spells_arabic_names_its_own_way() -> None:
    assert latin("رشيدة داتي", "FR").startswith("Rachida")
    assert latin("لوران", "FR") == "Laurent"
    assert latin("أنطونيو", "PT") == "António"
    assert latin("أنطونيو", "IT") == "Antonio"


# --------------------------------------------------------------------------- honorifics


def test_honorifics_and_ranks_are_dropped_from_the_front() -> None:
    result = romanize("اللواء الركن عبد الوافي لفتيت", "MA")
    assert result.latin == "Abdelouafi Laftit"
    assert result.dropped == ("اللواء", "الركن")
    assert latin("معالي الشيخ عبد الله بن زايد آل نهيان", "AE") == "Abdullah bin Zayed Al Nahyan"
    assert latin("د. محمد صالح", "MA") == "Mohamed Saleh"


def test_a_title_inside_the_name_stays() -> None:
    assert latin("محمد ولد الشيخ أحمد", "MR") == "Mohamed Ould Cheikh Ahmed"


def test_a_lone_title_is_not_stripped_to_nothing() -> None:
    dropped, rest = strip_honorifics(["الشيخ"])
    assert (dropped, rest) == ([], ["الشيخ"])


# --------------------------------------------------------------------------- compounds


def test_compounds_written_joined_or_apart_read_the_same() -> None:
    assert latin("عبدالله", "SA") == latin("عبد الله", "SA") == "Abdullah"
    assert words("عبدالرحمن") == ["عبد", "الرحمن"]


def test_abd_with_an_unknown_name_is_built_by_rule() -> None:
    result = romanize("عبد الودود", "MA")
    assert result.latin == "Abdelouadoud"
    assert result.tokens[0].how == "rule"


def test_sun_letters_assimilate_in_the_maghreb_only() -> None:
    assert latin("عبد الصمد", "MA") == "Abdessamad"
    assert latin("عبد الصمد", "KW") == "Abdulsamad"


def test_abu_compounds() -> None:
    assert latin("أبو بكر", "ML") == "Boubacar"
    assert latin("أبو بكر", "SA") == "Abu Bakr"
    assert latin("أحمد أبو الفتوح", "EG").startswith("Ahmed Aboul ")


def test_multiword_given_names() -> None:
    assert latin("نور الدين", "DZ") == "Noureddine"
    assert latin("زين العابدين", "TN") == "Zine El Abidine"


# --------------------------------------------------------------------------- particles


def test_ben_is_bin_in_the_gulf_and_joined_in_algeria() -> None:
    assert latin("حمد بن عيسى آل خليفة", "BH") == "Hamad bin Isa Al Khalifa"
    assert latin("أيمن بن عبد الرحمان", "DZ") == "Aïmene Benabderrahmane"


def test_ould_al_and_ordinals() -> None:
    assert latin("سيدي ولد", "MR").endswith("Ould")
    assert latin("تميم بن حمد آل ثاني", "QA") == "Tamim bin Hamad Al Thani"
    assert latin("الحسين بن عبد الله الثاني", "JO") == "Al Hussein bin Abdullah II"
    assert latin("رانيا العبد الله", "JO") == "Rania Al-Abdullah"


def test_turkish_oglu_joins_the_word_before() -> None:
    result = romanize("أحمد داود أوغلو", "TR")
    assert result.latin == "Ahmet Davutoğlu"
    assert len(result.tokens) == 2


def test_western_particles_stay_lowercase() -> None:
    assert latin("أورسولا فون دير لاين", "DE").startswith("Ursula von der ")


# --------------------------------------------------------------------------- input forms


def test_harakat_tatweel_and_hamza_variants_do_not_matter() -> None:
    plain = latin("محمد بن سلمان", "SA")
    assert latin("مُحَمَّدٌ بنُ سَلْمانَ", "SA") == plain
    assert latin("محـــمد بن سلمان", "SA") == plain
    assert latin("احمد", "MA") == latin("أحمد", "MA") == "Ahmed"


def test_shadda_doubles_a_consonant_the_rules_spell() -> None:
    assert latin("حدّاد", "MA") == "Haddad"


def test_arabic_indic_digits_are_read_as_western_digits() -> None:
    assert words("محمد ٦") == ["محمد", "6"]


def test_persian_letter_forms_are_folded() -> None:
    assert latin("کمال", "MA") == latin("كمال", "MA")


def test_punctuation_between_words_is_ignored() -> None:
    assert latin("«عبد الوافي لفتيت»،", "MA") == "Abdelouafi Laftit"


# --------------------------------------------------------------------------- results


def test_tokens_say_how_each_part_was_found() -> None:
    result = romanize("عبد اللطيف حموشي", "MA")
    assert [(t.arabic, t.how) for t in result.tokens] == [
        ("عبد اللطيف", "table"),
        ("حموشي", "rule"),
    ]
    assert result.guessed
    assert not romanize("محمد بن سلمان", "SA").guessed


def test_romanization_is_deterministic() -> None:
    pairs = bench_romanize.read_pairs()
    first = [romanize(p.arabic, p.country) for p in pairs]
    again = [romanize(p.arabic, p.country) for p in reversed(pairs)]
    assert first == list(reversed(again))
    assert all(isinstance(r, Romanization) for r in first)


def test_empty_input_gives_an_empty_name() -> None:
    assert romanize("", "MA").latin == ""


# --------------------------------------------------------------------------- evaluation set


def test_the_evaluation_set_is_large_sourced_and_split_by_hash() -> None:
    pairs = bench_romanize.read_pairs()
    assert len(pairs) >= 220
    assert len({p.arabic for p in pairs}) == len(pairs)
    assert all(p.source and len(p.country) == 2 and p.country.isupper() for p in pairs)
    assert {p.region for p in pairs} == set(bench_romanize.REGIONS)
    assert all(p.split == bench_romanize.split_of(p.arabic) for p in pairs)


# Floors set after measuring (docs/romanization.md). Dev is the split the rules were tuned on:
# 40.0% whole names (case/diacritics ignored) and 71.7% tokens when the floor was set. Test
# was never used for tuning: 36.2% and 69.0% when measured; its floor leaves a few pairs of
# slack for rule changes tuned on dev.
DEV_FLOOR = (0.37, 0.69)
TEST_FLOOR = (0.32, 0.65)


@pytest.mark.parametrize(("split", "floor"), [("dev", DEV_FLOOR), ("test", TEST_FLOOR)])
def test_accuracy_stays_above_its_floor(split: str, floor: tuple[float, float]) -> None:
    pairs = [p for p in bench_romanize.read_pairs() if p.split == split]
    score = bench_romanize.score(pairs)
    assert score.loose / score.pairs >= floor[0]
    assert score.tokens_right / score.tokens >= floor[1]


def test_an_initial_keeps_its_full_stop() -> None:
    assert romanize("ك. شانموغام", "SG").latin.startswith("K. ")


def test_a_hamza_on_the_alif_begins_a_foreign_name_not_the_article() -> None:
    assert romanize("ألفارو كيروغا", "BO").latin.startswith("Alfaro ")
    assert romanize("الفارو", "BO").latin == "Al-Faro"


@pytest.mark.parametrize(
    ("name", "country", "expected"),
    [
        ("محمد حمد الكويتي", "AE", "Mohammed Hamad Al Kuwaiti"),
        ("خالد سالم الكويتي", "KW", "Khalid Salem Al-Kuwaiti"),
        ("أحمد نبيل المصري", "EG", "Ahmed Nabil El-Masry"),
        ("عبد المنعم المغربي", "LY", "Abdul Moneim al-Maghrebi"),
    ],
)
def test_a_nisba_family_name_takes_the_article_of_the_persons_country(
    name: str, country: str, expected: str
) -> None:
    assert romanize(name, country).latin == expected
