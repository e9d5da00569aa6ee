"""Localisation: dates, date ranges, partial dates, numbers, countries and lists, per locale."""

from __future__ import annotations

from datetime import date

import pytest

from briefer.errors import BuildError
from briefer.render.localize import Localizer, parse_edtf, words

EN, FR = Localizer.for_lang("en"), Localizer.for_lang("fr")


@pytest.mark.parametrize(
    ("start", "end", "en", "fr", "fr_prose"),
    [
        (
            "2025-09-18",
            "2025-09-20",
            "18–20 September 2025",
            "18–20 septembre 2025",
            "du 18 au 20 septembre 2025",
        ),
        (
            "2025-04-30",
            "2025-05-02",
            "30 April–2 May 2025",
            "30 avril–2 mai 2025",
            "du 30 avril au 2 mai 2025",
        ),
        (
            "2024-12-28",
            "2025-01-03",
            "28 December 2024–3 January 2025",
            "28 décembre 2024–3 janvier 2025",
            "du 28 décembre 2024 au 3 janvier 2025",
        ),
        ("2025-05-01", "2025-05-03", "1–3 May 2025", "1er–3 mai 2025", "du 1er au 3 mai 2025"),
        ("2025-11-24", "2025-11-24", "24 November 2025", "24 novembre 2025", "le 24 novembre 2025"),
        ("2025-11-24", None, "24 November 2025", "24 novembre 2025", "le 24 novembre 2025"),
        (
            "2025-09",
            "2025-10",
            "September–October 2025",
            "septembre–octobre 2025",
            "septembre–octobre 2025",
        ),
    ],
)
def test_date_ranges_follow_the_house_style(start, end, en, fr, fr_prose):
    assert EN.day_range(start, end) == en
    assert EN.day_range(start, end, running=True) == en
    assert FR.day_range(start, end) == fr
    assert FR.day_range(start, end, running=True) == fr_prose


def test_date_ranges_use_a_closed_en_dash_whatever_the_cldr_release():
    # CLDR 47 (Babel 2.17+) puts thin spaces around the dash of month-spanning intervals; the
    # house style never does, so a Babel upgrade cannot change the notes.
    for loc in (EN, FR):
        for start, end in (("2025-09-28", "2025-10-02"), ("2024-12-30", "2025-01-02")):
            text = loc.day_range(start, end) or ""
            assert "–" in text
            assert not any(c in text for c in ("\u2009", "\u202f", "\u00a0")), text
            assert " –" not in text and "– " not in text


def test_partial_dates_without_a_year_say_so_once_after_the_last_date():
    assert EN.day("XXXX-01-28") == "28 January [year not stated]"
    assert FR.day("XXXX-01-28") == "28 janvier [année non précisée]"
    assert EN.day_range("XXXX-01-28", "XXXX-01-29") == "28–29 January [year not stated]"
    assert FR.day_range("XXXX-01-28", "XXXX-01-29") == "28–29 janvier [année non précisée]"
    assert (
        FR.day_range("XXXX-01-28", "XXXX-01-29", running=True)
        == "du 28 au 29 janvier [année non précisée]"
    )
    assert EN.day_range("XXXX-02-28", "XXXX-03-01") == "28 February–1 March [year not stated]"
    assert "2000" not in (EN.day_range("XXXX-02-28", "XXXX-03-01") or "")


def test_a_narrowed_year_is_shown_as_uncertain_not_as_missing():
    assert EN.day_range("2025-01-28?", "2025-01-29?") == "28–29 January [2025?]"
    assert "not stated" not in (EN.day("2025-01-28?") or "")


def test_month_precision_and_missing_dates():
    assert EN.day("2025-09") == "September 2025"
    assert FR.day("2025-09") == "septembre 2025"
    assert EN.day(None) is None
    assert EN.day_range(None, None) is None


def test_bad_edtf_is_a_build_error():
    with pytest.raises(BuildError, match="not an EDTF date"):
        parse_edtf("18/09/2025")


def test_numbers_and_percentages_follow_the_locale():
    assert EN.number(1234567) == "1,234,567"
    assert FR.number(1234567) == "1\u202f234\u202f567"
    assert EN.percent(0.75) == "75%"
    assert FR.percent(0.75) == "75\u00a0%"
    assert FR.count_word(2) == "deux" and EN.count_word(2) == "two"
    assert EN.count_word(43) == "43"


def test_plural_categories_differ_between_languages():
    assert EN.plural(0) == "other"
    assert FR.plural(0) == "one"  # "0 réunion": French singular covers zero
    assert EN.plural(1) == FR.plural(1) == "one"


def test_country_names_come_from_iso_codes():
    assert EN.country_name("TR") == "Türkiye"
    assert FR.country_name("TR") == "Turquie"
    assert FR.country_name("AE") == "Émirats arabes unis"


def test_lists_use_the_locale_conjunction_and_french_articles(shipped):
    assert EN.countries(["ES", "DE", "PT"], shipped) == "Spain, Germany and Portugal"
    assert FR.countries(["ES", "DE", "PT"], shipped) == "l’Espagne, l’Allemagne et le Portugal"
    assert EN.join(["a", "b"]) == "a and b"
    assert FR.join(["a"]) == "a"


@pytest.mark.parametrize(
    ("code", "en", "fr"),
    [
        ("TR", "in Türkiye", "en Turquie"),
        ("MA", "in Morocco", "au Maroc"),
        ("AE", "in the United Arab Emirates", "aux Émirats arabes unis"),
        ("ES", "in Spain", "en Espagne"),
        ("BH", "in Bahrain", "à Bahreïn"),
    ],
)
def test_locative_follows_gender_number_and_elision(shipped, code, en, fr):
    assert EN.in_country(code, shipped) == en
    assert FR.in_country(code, shipped) == fr


def test_elision_and_unknown_organisations():
    assert FR.after("de", "Abdellatif Hammouchi") == "d’Abdellatif Hammouchi"
    assert FR.after("de", "Mahmut Demirtaş") == "de Mahmut Demirtaş"
    assert EN.after("of", "Abdellatif Hammouchi") == "of Abdellatif Hammouchi"
    assert FR.organisation("Police nationale norvégienne") == "la Police nationale norvégienne"
    assert FR.organisation("Institut royal de police") == "l’Institut royal de police"
    assert FR.organisation("Forum économique mondial") == "le Forum économique mondial"
    assert EN.organisation("Norwegian National Police") == "the Norwegian National Police"


def test_full_dates_for_the_build_line():
    assert EN.date(date(2025, 11, 23)) == "23 November 2025"
    assert FR.date(date(2025, 11, 23)) == "23 novembre 2025"
    assert FR.date(date(2025, 11, 1)) == "1er novembre 2025"
    assert EN.date(date(2025, 11, 1)) == "1 November 2025"


def test_note_words_exist_in_both_languages_with_the_same_keys():
    en, fr = words("en"), words("fr")
    assert set(en) == set(fr)
    for section in ("ui", "fields", "kinds", "statuses", "topics", "title", "summary"):
        assert set(en[section]) == set(fr[section]), section
    with pytest.raises(BuildError):
        words("de")


def test_without_a_glossary_french_countries_take_the_usual_article():
    assert FR.countries(["ES", "TR", "PT"]) == "l’Espagne, la Turquie et le Portugal"
    assert FR.in_country("TR") == "en Turquie"
    assert FR.in_country("MA") == "au Maroc"
    assert EN.in_country("TR") == "in Türkiye"
