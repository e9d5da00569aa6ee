"""Where the visit is, told by a compass point before the country, by a town written as it
sounds after "في", and by a reception whose verb carries its object."""

from __future__ import annotations

from pathlib import Path

from test_unseen_rules import facts_of

from briefer.glossary.match import Glossary


def test_a_compass_point_before_a_country_with_its_article_places_the_visit(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في كازامانس",
        "أجرى عبد اللطيف حموشي يوم الجمعة 12 شتنبر 2025 في كبرى مدن منطقة كازامانس في جنوب "
        "السنغال محادثات مع المدير العام للشرطة الوطنية السنغالية.",
    )
    assert facts.host_country == "SN"


def test_a_town_written_as_it_sounds_after_fi_is_the_city(
    tmp_path: Path, shipped: Glossary
) -> None:
    # The gazetteer spells it "زيغنشور"; the article writes the vowel.
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في السنغال",
        "أجرى عبد اللطيف حموشي يوم الجمعة 12 شتنبر 2025 في زيغينشور، جنوب السنغال، محادثات "
        "مع المدير العام للشرطة الوطنية السنغالية.",
    )
    assert facts.host_country == "SN"
    assert facts.city is not None and facts.city.en == "Ziguinchor"


def test_a_word_of_prose_after_fi_is_no_town(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في السنغال",
        "أجرى عبد اللطيف حموشي، خلال زيارة عمل إلى السنغال يوم الجمعة 12 شتنبر 2025، محادثات "
        "في مجال مكافحة الإرهاب مع المدير العام للشرطة الوطنية السنغالية.",
    )
    assert facts.host_country == "SN"
    assert facts.city is None


def test_the_principal_received_by_a_governor_is_abroad(tmp_path: Path, shipped: Glossary) -> None:
    # "استقبله": the one received stands before the verb, the receiver after it.
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في زيارة عمل",
        "وأوضح المصدر أن المسؤول المغربي، الذي وصل صباح الجمعة 12 شتنبر 2025 إلى مطار المدينة، "
        "استقبله حاكم المنطقة قبل أن ينتقل إلى مقر الشرطة.",
    )
    assert facts.host_country != "MA"


def test_the_city_reached_by_road_from_the_landing_is_the_visit_s(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في البرازيل",
        "وصل عبد اللطيف حموشي يوم الاثنين 3 مارس 2025 إلى مطار غواروليوس الدولي في ساو باولو، "
        "قبل أن يتوجه برا إلى مدينة سانتوس، حيث أجرى مباحثات مع مدير الشرطة الفيدرالية.",
    )
    assert facts.city is not None and facts.city.en == "Santos"


def test_a_next_stop_by_air_is_still_not_the_visit_s_city(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في البرازيل",
        "أجرى عبد اللطيف حموشي يوم الاثنين 3 مارس 2025 في مدينة ساو باولو مباحثات مع مدير "
        "الشرطة الفيدرالية، قبل أن يتوجه إلى مدينة سانتوس.",
    )
    assert facts.city is not None and facts.city.en == "São Paulo"
