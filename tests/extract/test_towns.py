"""Towns written as they sound: read after a city word in the visit's country, from GeoNames'
Latin names (data/towns.tsv), when the gazetteer holds no Arabic spelling the article uses."""

from __future__ import annotations

from pathlib import Path

from test_unseen_rules import facts_of

from briefer.extract.towns import sound_key, town_by_sound
from briefer.glossary.match import Glossary


def test_a_town_is_found_by_how_its_name_sounds() -> None:
    assert [town_by_sound(w, "IT").name for w in ("تريفيزو", "روفيغو")] == ["Treviso", "Rovigo"]
    town = town_by_sound("زيغينشور", "SN")
    assert town is not None and town.name == "Ziguinchor"


def test_a_name_like_no_town_of_the_country_is_none() -> None:
    # Glynco, too small for cities15000, sounds close to Glen Cove but does not end like it.
    assert town_by_sound("غلينكو", "US") is None
    assert town_by_sound("تريفيزو", "SN") is None


def test_sound_keys_forget_what_arabic_cannot_write() -> None:
    assert sound_key("Vicenza") == sound_key("Fikinsa")
    assert sound_key("Potsdam") == sound_key("Botsdam")


def test_the_visit_is_in_a_town_written_as_it_sounds(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حرمو يزور مدرسة الكرابينييري بتريفيزو",
        "قام الجنرال محمد حرمو، قائد الدرك الملكي، يوم الخميس 5 نونبر 2026، بزيارة عمل إلى "
        "الجمهورية الإيطالية، خصصت لمدرسة الكرابينييري الكائنة بمدينة تريفيزو شمال البلاد.",
    )
    assert facts.host_country == "IT"
    assert facts.city is not None and (facts.city.en, facts.city.ar) == ("Treviso", "تريفيزو")


def test_a_town_said_first_wins_over_the_capital_of_arrival(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حرمو في شمال إيطاليا",
        "أجرى الجنرال محمد حرمو، قائد الدرك الملكي، يوم الخميس 5 نونبر 2026، بمدينة تريفيزو "
        "الإيطالية، مباحثات مع قائد الكرابينييري.",
        "وكان حرمو قد حل مساء الأربعاء بالعاصمة روما، قبل أن ينتقل إلى تريفيزو.",
    )
    assert facts.city is not None and facts.city.en == "Treviso"
