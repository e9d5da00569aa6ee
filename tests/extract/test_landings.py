"""Where the principal landed, and where he went on to: a landing city is not the visit's when
the sentence moves him on at once; a town named by its distance from a city is in that city's
country; small towns are read after a city word, never from a word of prose after "في"."""

from __future__ import annotations

from pathlib import Path

from test_unseen_rules import facts_of

from briefer.extract.towns import town_by_sound
from briefer.glossary.match import Glossary


def test_a_landing_city_before_a_move_to_an_unplaced_venue_is_no_city(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في هولندا",
        "قام عبد اللطيف حموشي، يوم الثلاثاء 13 فبراير 2024، بزيارة عمل إلى مملكة هولندا.",
        "وحطت طائرة المسؤول المغربي صباحا بمطار سخيبول بأمستردام، قبل أن يتوجه مباشرة إلى مقر "
        "الشرطة الوطنية الهولندية، حيث أجرى مباحثات مع قائدة الشرطة.",
    )
    assert facts.host_country == "NL"
    assert facts.city is None


def test_a_landing_still_says_the_country(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في مؤتمر دولي",
        "حل عبد اللطيف حموشي، صباح الثلاثاء 9 يوليوز 2024، بمطار حيدر علييف الدولي بباكو، قبل أن "
        "ينتقل جوا إلى مكان انعقاد المؤتمر الدولي حول حماية البنيات التحتية.",
    )
    assert facts.host_country == "AZ"
    assert facts.city is None


def test_a_city_named_before_the_landing_is_still_the_visits(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في مؤتمر دولي",
        "يشارك عبد اللطيف حموشي، يوم الثلاثاء 9 يوليوز 2024، في مؤتمر دولي بمدينة أوهريد، التي "
        "حط بمطارها صباحا، قبل أن ينتقل إلى مقر المؤتمر.",
    )
    assert facts.city is not None and facts.city.en == "Ohrid"


def test_a_small_town_a_distance_from_the_capital(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في منتدى دولي",
        "شارك عبد اللطيف حموشي، يوم الاثنين 9 نونبر 2026، في أشغال منتدى دولي حول الأمن، تحتضنه "
        "مدينة ديامنياديو، على بعد حوالي ثلاثين كيلومترا شرق العاصمة السنغالية.",
    )
    assert facts.host_country == "SN"
    assert facts.city is not None and facts.city.en == "Diamniadio"


def test_towns_of_five_thousand_people_are_read_by_their_sound() -> None:
    # A resort and a mountain town, both under 15,000 people; "ة" is read as a final "a".
    assert [town_by_sound(w, c).name for w, c in (("سينايا", "RO"), ("قبالة", "AZ"))] == [
        "Sinaia",
        "Qabala",
    ]


def test_a_small_town_is_never_read_from_prose_after_fi(tmp_path: Path, shipped: Glossary) -> None:
    # "ختام" (close) sounds like Tamm, a German town of 12,000.
    assert town_by_sound("ختام", "DE") is not None
    assert town_by_sound("ختام", "DE", 15000) is None
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في ألمانيا",
        "أجرى عبد اللطيف حموشي، يوم الاثنين 3 مارس 2025، مباحثات مع رئيس المكتب الاتحادي لحماية "
        "الدستور في إطار زيارة عمل إلى ألمانيا.",
        "واتفق الجانبان، في ختام هذه المباحثات، على تعيين ضابط اتصال.",
    )
    assert facts.host_country == "DE"
    assert facts.city is None


def test_a_small_town_sharing_its_name_with_others_is_not_guessed() -> None:
    # Three Glencoes in the United States, all under 15,000 people.
    assert town_by_sound("غلينكو", "US") is None


def test_the_cohosts_of_a_tournament_are_no_partners(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يستقبل قائد الشرطة الفيدرالية الأرجنتينية",
        "استقبل عبد اللطيف حموشي، يوم الثلاثاء 3 مارس 2026 بالرباط، قائد الشرطة الفيدرالية "
        "الأرجنتينية.",
        "وتمحورت المباحثات حول التنسيق الأمني استعدادا لكأس العالم 2030، التي ستحتضن الأرجنتين "
        "والأوروغواي مبارياتها الافتتاحية، قبل أن تنتقل المنافسات إلى المغرب وإسبانيا.",
    )
    assert facts.countries_mentioned == ("AR",)
