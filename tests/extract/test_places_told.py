"""Where the visit happens, as articles tell it: a province, a compass point or a venue's name
between the location word and the place, a meeting planned for later in another city.

Each test is one construction, in sentences written for the test (not taken from the evaluation
corpus), through the real pipeline.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_unseen_rules import facts_of

from briefer.glossary.match import Glossary


@pytest.mark.parametrize(
    ("sentence", "host", "city"),
    [
        (
            "شارك عبد اللطيف حموشي، يوم الثلاثاء 3 مارس 2026، في منتدى أمني دولي انطلق في ولاية "
            "إزمير غربي تركيا.",
            "TR",
            "Izmir",
        ),
        (
            "حضر عبد اللطيف حموشي، يوم الثلاثاء 3 مارس 2026، حفل تخرج فوج من الضباط في مدرسة "
            "للشرطة تقع في وسط شرق فرنسا.",
            "FR",
            None,
        ),
        (
            "التقى عبد اللطيف حموشي، يوم الثلاثاء 3 مارس 2026، وزير الداخلية السعودي في فندق "
            "ريتز كارلتون الرياض.",
            "SA",
            "Riyadh",
        ),
        (
            "انطلقت، يوم الثلاثاء 3 مارس 2026 بالمحطة السياحية السعيدية، أشغال ملتقى أمني دولي "
            "تنظمه المديرية العامة للأمن الوطني.",
            "MA",
            "Saidia",
        ),
        (
            'اختتمت، يوم الأربعاء 13 مايو 2026 بـ"سويسرا المغرب"، أشغال ملتقى أمني دولي نظمته '
            "المديرية العامة للأمن الوطني.",
            "MA",
            "Ifrane",
        ),
    ],
)
def test_a_region_compass_point_or_venue_before_the_place(
    tmp_path: Path, shipped: Glossary, sentence: str, host: str, city: str | None
) -> None:
    facts = facts_of(tmp_path, shipped, "حموشي في منتدى أمني", sentence)
    assert facts.host_country == host
    assert (facts.city.en if facts.city else None) == city


def test_the_city_of_a_meeting_planned_for_later_is_not_the_visits(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في منتدى أمني",
        "حضر عبد اللطيف حموشي، يوم الثلاثاء 3 مارس 2026، حفل تخرج فوج من الضباط بمدرسة للشرطة.",
        "واتفق الطرفان على عقد الاجتماع المقبل للجنة الأمنية المشتركة في الرباط قبل نهاية العام.",
    )
    assert (facts.host_country, facts.city) == (None, None)


def test_a_headlines_present_tense_talks_say_where(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يبحث ببورتو تأمين مونديال 2030",
        "بحث عبد اللطيف حموشي، يوم الخميس 27 نونبر 2025، مع المدير الوطني لشرطة الأمن العمومي "
        "البرتغالية تأمين التظاهرات الرياضية الكبرى.",
    )
    assert (facts.host_country, facts.city.en if facts.city else None) == ("PT", "Porto")


def test_new_alamein_is_not_taken_for_el_alamein(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في مصر",
        "استقبل وزير الداخلية المصري، يوم السبت 16 غشت 2025 بمدينة العلمين الجديدة، عبد اللطيف "
        "حموشي.",
    )
    assert facts.city is None


def test_a_passive_reception_places_the_visit_with_its_agent(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في زيارة عمل",
        "استقبل عبد اللطيف حموشي، يوم الاثنين 2 مارس 2026، بمقر وزارة الداخلية من طرف وزير "
        "الداخلية الكيني، في لقاء خصص لبحث التعاون الأمني.",
    )
    assert facts.host_country == "KE"


def test_the_visit_that_led_him_to_a_country_goes_there(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "ثلاثة أيام من المباحثات",
        "شكلت الزيارة التي قادت عبد اللطيف حموشي، من 3 إلى 5 مارس 2026، إلى غانا منعطفا في "
        "العلاقات الأمنية بين البلدين.",
        "وقضى حموشي يومين في مدينة كوماسي على رأس وفد أمني رفيع.",
    )
    assert (facts.host_country, facts.city.en if facts.city else None) == ("GH", "Kumasi")


@pytest.mark.parametrize(
    ("lead", "host", "city"),
    [
        ("بانجول 3-3-2026 وكالة غامبيا- بحث", "MA", "Rabat"),
        ("بانجول، 3 مارس (وكالة غامبيا) -- بحث هنا اليوم", "GM", "Banjul"),
    ],
)
def test_a_dateline_in_the_prose_is_where_the_wire_was_filed_unless_here(
    tmp_path: Path, shipped: Glossary, lead: str, host: str, city: str
) -> None:
    where = "" if "هنا" in lead else " في العاصمة المغربية الرباط"
    facts = facts_of(
        tmp_path,
        shipped,
        "قائد الشرطة يبحث مع حموشي التعاون الأمني",
        f"{lead} قائد الشرطة الغامبية{where} مع المدير العام للأمن الوطني عبد اللطيف حموشي سبل "
        "تعزيز التعاون.",
    )
    assert (facts.host_country, facts.city.en if facts.city else None) == (host, city)


def test_the_city_of_an_envoys_post_or_of_an_earlier_event_is_not_the_visits(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في ألمانيا",
        "أجرى عبد اللطيف حموشي، يوم الثلاثاء 3 مارس 2026، مباحثات مع رئيس المكتب الاتحادي "
        "للشرطة الجنائية الألماني، خلال زيارة عمل إلى ألمانيا.",
        "وحضرت هذه المباحثات سفيرة المملكة المغربية ببرلين.",
        "وكانت ألمانيا قد احتضنت سنة 2024 مؤتمرا أمنيا دوليا في مدينة ميونيخ.",
    )
    assert (facts.host_country, facts.city) == ("DE", None)


def test_a_chinese_city_as_xinhua_writes_it(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "الصين والمغرب تتفقان على آلية اتصال",
        "قوانغتشو 16 يونيو 2026 (شينخوا) -- التقى نائب وزير الأمن العام الصيني اليوم في "
        "قوانغتشو المدير العام للأمن الوطني المغربي عبد اللطيف حموشي.",
    )
    assert (facts.host_country, facts.city.en if facts.city else None) == ("CN", "Guangzhou")


@pytest.mark.parametrize(
    ("pluperfect", "city"),
    [
        ("وكان عبد اللطيف حموشي قد حل سنة 2024 بمدينة ميونيخ في زيارة عمل.", None),
        ("وكان عبد اللطيف حموشي قد وصل مساء الأحد إلى ميونيخ في زيارة عمل.", "Munich"),
    ],
)
def test_a_city_in_the_pluperfect_is_the_visits_unless_of_an_earlier_year(
    tmp_path: Path, shipped: Glossary, pluperfect: str, city: str | None
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "الخميس 5 مارس 2026",
        "حموشي في ألمانيا",
        "أجرى عبد اللطيف حموشي، أمس الأربعاء، مباحثات مع رئيس المكتب الاتحادي للشرطة "
        "الجنائية الألماني، خلال زيارة عمل إلى ألمانيا.",
        pluperfect,
    )
    assert (facts.host_country, facts.city.en if facts.city else None) == ("DE", city)


def test_a_visit_to_a_principality(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في موناكو",
        "اختتم عبد اللطيف حموشي، يوم الأربعاء 19 نونبر 2025، زيارة عمل إلى إمارة موناكو.",
    )
    assert (facts.host_country, facts.city.en if facts.city else None) == ("MC", "Monaco")


def test_a_city_named_says_where_sooner_than_a_country(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "المفتش العام للشرطة يبحث تدريب الضباط",
        "قال المتحدث باسم جهاز الشرطة الوطنية بجنوب السودان، اللواء جيمس دينق، إن المفتش العام "
        "للشرطة عقد يوم الاثنين 2 فبراير 2026 في العاصمة المغربية الرباط اجتماعا مع عبد اللطيف "
        "حموشي.",
    )
    assert (facts.host_country, facts.city.en if facts.city else None) == ("MA", "Rabat")


def test_a_capital_the_visit_is_far_from_is_not_its_city(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في شمال تايلاند",
        "بعيدا عن العاصمة بانكوك، حل عبد اللطيف حموشي، يوم الاثنين 9 مارس 2026، بمدينة تشيانغ "
        "ماي في زيارة عمل إلى تايلاند.",
    )
    assert (facts.host_country, facts.city and facts.city.en) == ("TH", "Chiang Mai")


@pytest.mark.parametrize(
    ("quarter", "city"),
    [("بحي الرياض بالرباط", "Rabat"), ("بشارع تونس في الدار البيضاء", "Casablanca")],
)
def test_a_city_naming_a_quarter_or_a_street_is_not_where(
    tmp_path: Path, shipped: Glossary, quarter: str, city: str
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي ورئيس الشرطة البرازيلية",
        "جمع لقاء، يوم الأربعاء 16 يوليوز 2025، عبد اللطيف حموشي بالمدير العام للشرطة "
        f"الفدرالية البرازيلية، بالمقر المركزي للمديرية العامة {quarter}.",
    )
    assert (facts.host_country, facts.city and facts.city.en) == ("MA", city)


def test_a_city_of_the_programme_planned_after_the_talks_is_not_where(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يستقبل وفدا أمنيا من الهندوراس",
        "استقبل عبد اللطيف حموشي، يوم الاثنين 9 فبراير 2026، بمقر المديرية العامة للأمن "
        "الوطني، المدير العام للشرطة الوطنية الهندوراسية.",
        "ومن المنتظر أن يزور الوفد الهندوراسي، خلال الأيام المقبلة، المعهد الملكي للشرطة "
        "بالقنيطرة.",
    )
    assert (facts.host_country, facts.city) == ("MA", None)


def test_an_announced_visit_keeps_the_city_it_is_planned_in(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "وفد هندي يحل بالمغرب الأسبوع المقبل",
        "يرتقب أن يستقبل عبد اللطيف حموشي، يوم الثلاثاء 19 ماي 2026، بمقر المديرية العامة "
        "لمراقبة التراب الوطني بتمارة، وفدا أمنيا هنديا.",
    )
    assert (facts.host_country, facts.city and facts.city.en) == ("MA", "Temara")


def test_the_next_stop_of_a_tour_is_not_the_visits_country(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي بمونتفيديو",
        "حل عبد اللطيف حموشي، يوم الأحد 6 شتنبر 2026، بالعاصمة الأوروغوايانية مونتفيديو، في "
        "زيارة عمل تشكل المحطة الأولى من جولة ستقوده بعد ذلك إلى الأرجنتين.",
    )
    assert (facts.host_country, facts.city and facts.city.en) == ("UY", "Montevideo")


def test_a_headline_that_he_attends_abroad_and_a_background_of_visits_home(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يحضر تخرج فوج جديد من عمداء الشرطة بفرنسا",
        "حضر عبد اللطيف حموشي، يوم الخميس 2 يوليوز 2026، حفل تخرج الفوج السادس والسبعين من "
        "عمداء الشرطة بالمدرسة الوطنية العليا للشرطة الفرنسية.",
        "ويأتي هذا الحضور في سياق الدينامية التي يعرفها التعاون الأمني منذ زيارة الدولة التي قام "
        "بها الرئيس الفرنسي إلى المغرب في أكتوبر 2024.",
    )
    assert facts.host_country == "FR"


def test_a_town_placed_by_a_direction_of_its_country(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي ونظيره في اجتماع ثلاثي",
        "احتضنت مدينة بودور، شمال السنغال، يوم الخميس 22 يناير 2026، اجتماعا أمنيا جمع عبد "
        "اللطيف حموشي بالمدير العام للشرطة الوطنية السنغالية.",
    )
    # Podor, of some 10,000 people, is read by its sound (GeoNames cities5000).
    assert facts.host_country == "SN"
    assert facts.city is not None and facts.city.en == "Podor"


def test_the_city_he_returned_to_is_not_where_the_visit_was(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في سوفا",
        "الجمعة 14 نونبر 2025 - 07:45",
        "عاد عبد اللطيف حموشي، المدير العام للأمن الوطني، إلى الرباط بعد ثلاثة أيام قضاها في "
        "جمهورية فيجي، من الثلاثاء إلى الخميس 13 نونبر الجاري، في زيارة عمل.",
        "وأجرى حموشي بالعاصمة سوفا مباحثات مع وزير الشرطة الفيجي، جوني فوسايلاغي.",
        "وتعهدت حكومة رئيس الوزراء سيتيفيني رابوكا بمراجعة القوانين المتعلقة بالمخدرات.",
    )
    assert (facts.host_country, facts.city and facts.city.en) == ("FJ", "Suva")
    assert (facts.start, facts.end) == ("2025-11-11", "2025-11-13")
    # The government of a prime minister is named, not he met.
    assert [c.name_ar for c in facts.counterparts] == ["جوني فوسايلاغي"]


def test_a_city_in_the_middle_of_which_the_talks_were_spelled_with_a_persian_letter(
    tmp_path: Path, shipped: Glossary
) -> None:
    # "ڤيينا" is "فيينا"; "وسط ڤيينا" (in the centre of Vienna) says where.
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يبحث مع كارنر تهريب المهاجرين",
        "قام عبد اللطيف حموشي، يومي الاثنين والثلاثاء 9 و10 مارس 2026، بزيارة عمل إلى "
        "جمهورية النمسا.",
        "واحتضن مقر الوزارة الفيدرالية للداخلية، الكائن بشارع هيرنغاسه وسط ڤيينا، الجولة "
        "الأولى من المباحثات بين حموشي والوزير كارنر.",
    )
    assert (facts.host_country, facts.city and facts.city.en) == ("AT", "Vienna")


def test_a_city_told_before_a_plan_in_its_sentence_is_the_visits(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يبحث تأمين المشجعين",
        "اختتم عبد اللطيف حموشي، يوم الاثنين 27 أكتوبر 2025، زيارة عمل إلى جمهورية مصر العربية.",
        "وأجرى حموشي، يوم الأحد بالقاهرة، مباحثات مع وزير الداخلية المصري، تناولت تنقل "
        "المشجعين الذين يرتقب أن يحلوا بالمملكة.",
    )
    assert (facts.host_country, facts.city and facts.city.en) == ("EG", "Cairo")


def test_a_headline_of_the_principal_in_a_city_says_where(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في فيينتيان.. ملف الاحتيال الإلكتروني يتصدر المحادثات",
        "قام عبد اللطيف حموشي، يومي الثلاثاء والأربعاء 12 و13 غشت 2025، بزيارة عمل إلى لاوس.",
    )
    assert (facts.host_country, facts.city.en if facts.city else None) == ("LA", "Vientiane")


@pytest.mark.parametrize("meetings", ["ثلاث جلسات عمل", "لقاءين", "جلستي عمل", "اجتماعين"])
def test_meetings_counted_say_where_they_were_held(
    tmp_path: Path, shipped: Glossary, meetings: str
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في النيبال",
        "قام عبد اللطيف حموشي، يومي الاثنين والثلاثاء 16 و17 نونبر 2026، بزيارة عمل إلى النيبال.",
        f"وعقد حموشي، يوم الاثنين بالعاصمة كاتماندو، {meetings} مع مسؤولين نيباليين.",
    )
    assert (facts.host_country, facts.city.en if facts.city else None) == ("NP", "Kathmandu")


def test_a_place_of_an_earlier_years_pluperfect_is_not_the_visits(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "وزير الداخلية يستقبل المدير العام للأمن الوطني المغربي",
        "الأحد 19 أبريل 2026 - 12:30",
        "استقبل وزير الداخلية، صباح يوم الأحد 19 أبريل 2026 بمكتبه، المدير العام للأمن الوطني "
        "المغربي، عبد اللطيف حموشي.",
        "وتجدر الإشارة إلى أن جمهورية جيبوتي كانت قد افتتحت، سنة 2020، قنصلية عامة لها بمدينة "
        "الداخلة المغربية.",
    )
    assert facts.host_country is None


@pytest.mark.parametrize(
    ("headline", "host"),
    [
        ("بعد زيارة نظيره الإستوني للرباط.. حموشي يوقع بروتوكولا للتعاون", None),
        ("بعد زيارة دامت يومين لتالين.. حموشي يوقع بروتوكولا للتعاون", "EE"),
    ],
)
def test_a_headline_opening_on_an_earlier_visit_does_not_say_where(
    tmp_path: Path, shipped: Glossary, headline: str, host: str | None
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        headline,
        "وقع عبد اللطيف حموشي، يوم الأربعاء 21 أكتوبر 2026، بروتوكول تعاون في مجال التكوين.",
    )
    assert facts.host_country == host


def test_the_visitors_other_stops_told_as_also_are_not_where_he_was_received(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يستقبل وفدا أمنيا",
        "استقبل عبد اللطيف حموشي، يوم الثلاثاء 10 فبراير 2026، بمقر ولاية أمن الداخلة، قائد "
        "الشرطة الكرواتية، الذي يقوم بزيارة عمل إلى المملكة تقوده أيضا إلى الدار البيضاء والرباط.",
    )
    assert facts.city is not None and facts.city.en == "Dakhla"


def test_the_tours_next_stop_told_for_today_is_not_where_he_was_received(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في الخبر",
        "استقبل مدير شرطة المنطقة الشرقية اللواء البحري فهد بن سعد القحطاني، يوم الثلاثاء 27 "
        "يناير 2026، في مقر قيادة الشرطة بمدينة الخبر، عبد اللطيف حموشي، الذي يزور المنطقة "
        "ضمن جولة خليجية تقوده اليوم إلى مملكة البحرين.",
    )
    assert (facts.host_country, facts.city and facts.city.en) == ("SA", "Khobar")
    assert [c.name_ar for c in facts.counterparts] == ["فهد بن سعد القحطاني"]


def test_a_state_said_again_by_its_word_alone(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في مسقط",
        "استقبل المفتش العام للشرطة والجمارك، أمس الأربعاء 28 يناير 2026، عبد اللطيف حموشي، الذي "
        "يزور السلطنة حاليا.",
        "وحضر اللقاء سفير المملكة المغربية المعتمد لدى سلطنة عُمان.",
    )
    assert facts.host_country == "OM"
    assert "OM" not in facts.countries_mentioned


def test_a_state_word_alone_with_two_states_written_with_it_stays_unread(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في جولة",
        "يزور عبد اللطيف حموشي السلطنة حاليا، يوم الأربعاء 28 يناير 2026.",
        "وتشمل الجولة سلطنة عُمان وسلطنة بروناي.",
    )
    assert facts.host_country is None


def test_amman_in_an_article_about_jordan_is_the_city_not_oman(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في عمان",
        "حل عبد اللطيف حموشي، يوم الثلاثاء 3 مارس 2026، بعمان في زيارة عمل.",
        "والتقى مدير الأمن العام الأردني.",
    )
    assert (facts.host_country, facts.city and facts.city.en) == ("JO", "Amman")
    assert "OM" not in facts.countries_mentioned


@pytest.mark.parametrize(
    "sentence",
    [
        # a state's word before it, or a list of countries: the country
        "وشارك في اللقاء وفد من الأردن وآخر من سلطنة عمان.",
        "وشاركت في اللقاء وفود من الأردن ومصر وعمان.",
    ],
)
def test_oman_as_a_state_or_in_a_list_stays_oman(
    tmp_path: Path, shipped: Glossary, sentence: str
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في تونس",
        "شارك عبد اللطيف حموشي، يوم الثلاثاء 3 مارس 2026، في مؤتمر قادة الشرطة العرب بتونس.",
        sentence,
    )
    assert facts.host_country == "TN"
    assert "OM" in facts.countries_mentioned


@pytest.mark.parametrize(
    ("venue", "host", "city"),
    [("بتونس", "TN", "Tunis"), ("بالكويت", "KW", "Kuwait City"), ("في تونس", "TN", None)],
)
def test_the_host_written_as_the_venue_is_its_capital_of_the_same_name(
    tmp_path: Path, shipped: Glossary, venue: str, host: str, city: str | None
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "لفتيت يشارك في أشغال الدورة العادية لمجلس وزراء الداخلية العرب",
        f"الرباط - 6 مارس 2024 (ومع) - شارك وزير الداخلية، السيد عبد الوافي لفتيت، اليوم "
        f"الأربعاء {venue}، في أشغال الدورة العادية لمجلس وزراء الداخلية العرب.",
    )
    assert facts.host_country == host
    assert (facts.city.en if facts.city else None) == city


def test_the_places_of_the_visitors_journey_are_not_where_the_visit_is(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي ونظيره الجيبوتي يوقعان مذكرة تفاهم",
        "استقبل عبد اللطيف حموشي، المدير العام للأمن الوطني، صباح يوم الثلاثاء 14 أبريل 2026، "
        "بمقر ولاية أمن الداخلة، المدير العام للشرطة بجمهورية جيبوتي، الذي حل بالمدينة، أمس "
        "الاثنين، على رأس وفد أمني، قادما من جيبوتي عبر رحلة ربطته بأديس أبابا ثم الدار "
        "البيضاء.",
    )
    assert facts.host_country == "MA"


def test_the_days_of_the_tours_stop_before_are_not_this_visits(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يحل بكوتونو في ثاني محطة من جولته",
        "نشر في: 23 يناير 2025",
        "حل عبد اللطيف حموشي، أمس الأربعاء، بمدينة كوتونو في زيارة عمل إلى البنين تستغرق يومين.",
        "وكان حموشي قد وقع، أول أمس الثلاثاء بلومي، مذكرة تفاهم مع المدير العام للشرطة الوطنية "
        "التوغولية.",
    )
    assert (facts.start, facts.end) == ("2025-01-22", "2025-01-23")
