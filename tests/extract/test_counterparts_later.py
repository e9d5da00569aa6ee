"""Counterparts whose name the article gives only sentences after their post.

Each test is one construction, in sentences written for the test (not taken from the evaluation
corpus), through the real pipeline.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_unseen_rules import facts_of, people

from briefer.glossary.match import Glossary

RECEPTION = (
    "استقبل عبد اللطيف حموشي، يوم الاثنين 9 مارس 2026 بالرباط، قائد الشرطة الكرواتية، "
    "الذي يقوم بزيارة عمل للمملكة."
)


@pytest.mark.parametrize(
    ("later", "holder"),
    [
        pytest.param(
            (
                "وتناولت المباحثات تهريب المخدرات عبر موانئ البحر الأدرياتيكي.",
                "وأكد ماركو بوزيتش، في تصريح للصحافة، أن بلاده تقدر التجربة المغربية.",
            ),
            "ماركو بوزيتش",
            id="the_one_unnamed_post_is_held_by_the_one_speaker_never_placed",
        ),
        pytest.param(
            (
                "وحضر اللقاء ماركو بوزيتش، مستشار السفارة الكرواتية بالرباط.",
                "وأكد ماركو بوزيتش، في تصريح للصحافة، أن بلاده تقدر التجربة المغربية.",
            ),
            None,
            id="a_speaker_the_article_places_elsewhere_holds_no_unnamed_post",
        ),
        pytest.param(
            (
                "وتناولت المباحثات تهريب المخدرات عبر موانئ البحر الأدرياتيكي.",
                "وأكد ماركو بوزيتش، في تصريح للصحافة، أن بلاده تقدر التجربة المغربية.",
                "وقال إيفان هورفات إن التعاون سيتعزز.",
            ),
            None,
            id="two_speakers_away_from_the_post_leave_it_unnamed",
        ),
        pytest.param(
            ("وأكد ليون بوزيتش، حسب بلاغ لوزارته، أن بلاده تقدر التجربة المغربية.",),
            "ليون بوزيتش",
            id="a_speaker_whose_first_name_is_also_a_city",
        ),
        pytest.param(
            (
                "وتناولت المباحثات تهريب المخدرات عبر موانئ البحر الأدرياتيكي.",
                "وفي ختام المباحثات، وقع السيد حموشي والسيد ماركو بوزيتش مذكرة تفاهم في مجال التكوين.",
            ),
            "ماركو بوزيتش",
            id="the_one_who_signs_with_the_principal_holds_the_unnamed_post",
        ),
        pytest.param(
            ("ونقل المصدر عن العميد ماركو بوزيتش تأكيده أن بلاده تقدر التجربة المغربية.",),
            None,
            id="a_source_quoting_someone_is_not_the_speaker",
        ),
        pytest.param(
            (
                "وقال ماركو بوزيتش، الذي يقود الشرطة الكرواتية منذ سنة 2021، إن بلاده تقدر التجربة "
                "المغربية.",
            ),
            "ماركو بوزيتش",
            id="a_speaker_told_with_his_own_record",
        ),
    ],
)
def test_who_holds_the_post_a_reception_left_unnamed(
    tmp_path: Path, shipped: Glossary, later: tuple[str, ...], holder: str | None
) -> None:
    """The sentences after a reception of an unnamed Croatian police chief: a speaker or a
    signer never placed holds his post; one placed elsewhere, one of two speakers away from
    it, or a source quoting someone does not."""
    facts = facts_of(tmp_path, shipped, "حموشي يستقبل وفدا كرواتيا", RECEPTION, *later)
    assert people(facts) == [("HR", holder)]


def test_the_speaker_right_after_a_post_holds_it_among_several(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في زغرب",
        "أجرى عبد اللطيف حموشي، يوم الاثنين 9 مارس 2026 بزغرب، مباحثات مع وزير الداخلية الكرواتي.",
        "وأكد دافور بوزينوفيتش، خلال مأدبة عشاء، أن بلاده تقدر التجربة المغربية.",
        "والتقى حموشي بعد ذلك المدير العام للشرطة الكرواتية.",
    )
    assert people(facts) == [("HR", "دافور بوزينوفيتش"), ("HR", None)]


def test_a_name_after_the_remit_apposed_to_the_post(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يستقبل وفدا كرواتيا",
        "استقبل عبد اللطيف حموشي، يوم الاثنين 9 مارس 2026 بالرباط، رئيس المصلحة الوطنية "
        "بالشرطة الكرواتية، المكلفة بمكافحة الجريمة المنظمة، ماركو بوزيتش.",
    )
    assert people(facts) == [("HR", "ماركو بوزيتش")]


def test_a_woman_who_attended_the_talks_was_not_met(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في زغرب",
        "أجرى عبد اللطيف حموشي، يوم الاثنين 9 مارس 2026 بزغرب، مباحثات مع المدير العام "
        "للشرطة الكرواتية، نيكولا ميلينا.",
        "وحضرت هذه المباحثات نائبة المدير العام للشرطة الكرواتية، إيفانا بوزيتش.",
    )
    assert people(facts) == [("HR", "نيكولا ميلينا")]


def test_nobody_in_the_clause_of_an_earlier_visit_was_met(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "بعد زيارة نظيره الكرواتي للرباط.. حموشي في زغرب",
        "أجرى عبد اللطيف حموشي، يوم الاثنين 9 مارس 2026 بزغرب، مباحثات بمقر المديرية العامة "
        "للشرطة الكرواتية.",
        "وحضرت هذه المباحثات نائبة المدير العام للشرطة الكرواتية، إيفانا بوزيتش.",
    )
    assert people(facts) == []


def test_a_speaker_holds_the_unnamed_post_of_an_international_body(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في ليون",
        "أجرى عبد اللطيف حموشي، يوم الاثنين 9 مارس 2026 بمدينة ليون، مباحثات مع الأمين العام "
        "للإنتربول.",
        "وقال فالديسي أوركيزا، في تصريح عقب اللقاء، إن المغرب شريك لا غنى عنه.",
    )
    assert people(facts) == [(None, "فالديسي أوركيزا")]


def test_the_head_of_an_international_body_visited_serves_no_country(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في ليون",
        "حل عبد اللطيف حموشي، يوم الاثنين 9 مارس 2026، بمقر الأمانة العامة للمنظمة الدولية "
        "للشرطة الجنائية بمدينة ليون الفرنسية، حيث استقبله أمينها العام.",
    )
    assert people(facts) == [(None, None)]


@pytest.mark.parametrize(
    "body",
    [
        "للآلية",  # the head noun alone, read as the post's body
        "للآلية، السيد صامويل أسانتي",
    ],
)
def test_a_body_said_again_by_its_head_noun_serves_what_it_serves(
    tmp_path: Path, shipped: Glossary, body: str
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في مالابو",
        "شارك عبد اللطيف حموشي، يوم الثلاثاء 29 شتنبر 2026 بمالابو، في أشغال الجمعية العامة "
        "لآلية الاتحاد الإفريقي للتعاون الشرطي.",
        f"وعلى هامش الأشغال، عقد حموشي لقاء مع المدير التنفيذي {body}.",
    )
    assert [country for country, _ in people(facts)] == [None]


def test_a_national_body_said_again_keeps_the_host(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في زغرب",
        "زار عبد اللطيف حموشي، يوم الاثنين 9 مارس 2026 بزغرب، مقر جهاز الشرطة الكرواتية.",
        "وعقد حموشي جلسة عمل مع المدير العام للجهاز.",
    )
    assert [country for country, _ in people(facts)] == ["HR"]


def test_a_related_item_told_in_a_related_context_is_the_visit_s(
    tmp_path: Path, shipped: Glossary
) -> None:
    # "وفي سياق متصل" carries the report on; "في سياق" alone opens background.
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في القاهرة",
        "أجرى عبد اللطيف حموشي، يوم الاثنين 2 مارس 2026 بالقاهرة، مباحثات مع وزير الداخلية "
        "المصري، محمود توفيق.",
        "وفي سياق متصل، استقبل المستشار محمد شوقي، النائب العام، مساء أمس، المسؤول الأمني "
        "المغربي بمقر مكتبه.",
    )
    assert [name for _, name in people(facts)] == ["محمود توفيق", "محمد شوقي"]


def test_whose_directives_the_talks_follow_was_not_met(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "المدير العام للشرطة الوطنية يختتم زيارة عمل إلى المملكة المغربية",
        "الرباط في 17 سبتمبر 2025 - أجرى المدير العام للشرطة الوطنية الجيبوتية، العقيد حسن عمر "
        "محمد، مباحثات مع عبد اللطيف حموشي بالرباط.",
        "وأشاد المدير العام بالتجربة المغربية، بما ينسجم مع توجيهات فخامة رئيس الجمهورية السيد "
        "إسماعيل عمر جيله.",
    )
    assert people(facts) == [("DJ", "حسن عمر محمد")]


def test_the_principal_s_post_of_the_home_ministry_before_his_name_is_his(
    tmp_path: Path, shipped: Glossary
) -> None:
    # "مدير الهجرة … بوزارة الداخلية المغربية خالد الزروالي": no comma, the home country named.
    facts = facts_of(
        tmp_path,
        shipped,
        "الزروالي في نواكشوط",
        "استقبل وزير الداخلية الموريتاني، يوم الثلاثاء 20 يناير 2026 بنواكشوط، الوالي مدير "
        "الهجرة ومراقبة الحدود بوزارة الداخلية المغربية خالد الزروالي.",
    )
    assert facts.principal is not None and facts.principal.en == "Khalid Zerouali"
    assert [(c.country, c.role.en) for c in facts.counterparts] == [
        ("MR", "Minister of the Interior")
    ]


def test_a_chunk_that_must_be_all_name_holds_no_term(tmp_path: Path, shipped: Glossary) -> None:
    # "…، تطرق لشبكات تهريب المخدرات": the words after the post's comma tell of the talks.
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في بانجول",
        "بانجول في 4 نونبر 2025 - عقد عبد اللطيف حموشي لقاء مع المدير العام للأمن الوطني "
        "الموريتاني، تطرق لشبكات تهريب المخدرات في منطقة الساحل.",
    )
    assert [name for _, name in people(facts)] == [None]


def test_the_side_named_before_a_post_like_the_principal_s_is_its_holder_s(
    tmp_path: Path, shipped: Glossary
) -> None:
    # In Banjul, the principal's own title held by a Mauritanian the side before it names.
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في بانجول",
        "بانجول في 4 نونبر 2025 - شارك عبد اللطيف حموشي في اجتماع رباعي لقادة الشرطة.",
        "وشارك في أشغال الاجتماع، عن الجانب الموريتاني، المدير العام للأمن الوطني، الفريق "
        "محمد فال ولد أحمد.",
    )
    assert people(facts) == [("MR", "محمد فال ولد أحمد")]


def test_a_post_set_against_the_visitors_is_the_home_side_s(
    tmp_path: Path, shipped: Glossary
) -> None:
    # "وزير …، فلان، والوزيرة الإسبانية فلانة" at home: the unmarked minister is Moroccan.
    facts = facts_of(
        tmp_path,
        shipped,
        "مذكرة تفاهم في الرباط",
        "الرباط في 12 يونيو 2025 - وقع وزير الإدماج الاقتصادي والمقاولة الصغرى والتشغيل "
        "والكفاءات، يونس السكوري، والوزيرة الإسبانية إلما سايث، بحضور وزيري الداخلية، مذكرة "
        "تفاهم بين البلدين.",
    )
    assert [country for country, _ in people(facts)] == ["ES"]
    assert "يونس السكوري" not in [name for _, name in people(facts)]


def test_words_that_govern_a_topic_after_a_post_are_no_name(
    tmp_path: Path, shipped: Glossary
) -> None:
    # A headline's object after the post: "ملاحقة شبكات" governs "الاتجار بالبشر".
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يبحث مع المفتش العام لشرطة نيبال ملاحقة شبكات الاتجار بالبشر",
        "الرباط في 12 مارس 2026 - استقبل عبد اللطيف حموشي المفتش العام لشرطة نيبال.",
    )
    assert "ملاحقة شبكات" not in [name for _, name in people(facts)]


def test_the_official_met_is_not_the_minister_who_opened_the_summit(
    tmp_path: Path, shipped: Glossary
) -> None:
    # 1959: "اللقاء مع المسؤول الإيطالي" is with the commander met, not the opening minister.
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في روما",
        "روما في 14 ماي 2025 - شارك عبد اللطيف حموشي في أشغال قمة قادة الشرطة.",
        "وافتتحت أشغال هذه القمة بكلمة لوزير الدفاع الإيطالي، غويدو كروزيتو.",
        "وعلى هامش القمة، التقى حموشي القائد العام لسلاح الكارابينييري، الجنرال سالفاتوري لونغو.",
        "وتناول اللقاء مع المسؤول الإيطالي برامج التكوين المتبادل.",
    )
    assert people(facts) == [("IT", "سالفاتوري لونغو")]


def test_who_opened_the_event_is_not_a_post_of_a_body_met_later(
    tmp_path: Path, shipped: Glossary
) -> None:
    # 1966: the President who opened the conference is not the drugs directorate's head met.
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في بونتا كانا",
        "بونتا كانا في 16 أبريل 2024 - شارك عبد اللطيف حموشي في المؤتمر الدولي لمكافحة المخدرات.",
        "وافتتح أشغال هذا المؤتمر رئيس جمهورية الدومينيكان، لويس أبي نادر، بكلمة.",
        "وعلى هامش المؤتمر، عقد حموشي لقاء مع رئيس المديرية الوطنية لمراقبة المخدرات بجمهورية "
        "الدومينيكان.",
    )
    assert people(facts) == [("DO", None)]


def test_who_is_expected_to_open_the_event_is_not_met(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي إلى لوساكا",
        "لوساكا في 8 مارس 2026 - يشارك عبد اللطيف حموشي في المؤتمر الإقليمي الإفريقي للإنتربول.",
        "ومن المنتظر أن يفتتح الرئيس الزامبي، هاكايندي هيشيليما، أشغال هذا المؤتمر.",
    )
    assert people(facts) == []


def test_a_demonym_both_congos_share_is_the_one_named_at_home(
    tmp_path: Path, shipped: Glossary
) -> None:
    # 2002: "بجمهورية الكونغو" named, then "الكونغولية": Brazzaville's, not Kinshasa's.
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يستقبل المدير العام للشرطة الكونغولية",
        "الرباط في 3 يونيو 2025 - استقبل عبد اللطيف حموشي المدير العام للشرطة بجمهورية "
        "الكونغو، الجنرال جان كلود إيبارا.",
        "وتوج اللقاء بالتوقيع بالأحرف الأولى على بروتوكول تعاون بين المديرية العامة للأمن "
        "الوطني والمديرية العامة للشرطة الكونغولية.",
    )
    assert [country for country, _ in people(facts)] == ["CG"]
    assert facts.countries_mentioned == ("CG",)
    assert [p.country for p in facts.agreements[0].parties] == ["MA", "CG"]


def test_a_construct_of_prose_after_a_post_is_no_name(tmp_path: Path, shipped: Glossary) -> None:
    # 1999: "تنسيق الجهود" (coordinating the efforts) is what the meeting dealt with.
    facts = facts_of(
        tmp_path,
        shipped,
        "الجنرال حرمو برومانيا",
        "سينايا في 16 أكتوبر 2024 - أجرى الجنرال محمد حرمو لقاء مع القائد الأعلى للدرك السنغالي.",
        "وتناول اللقاء مع القائد الأعلى للدرك السنغالي تنسيق الجهود في مواجهة شبكات الهجرة.",
    )
    assert people(facts) == [("SN", None)]


def test_the_mauritanian_interior_ministry_with_its_portfolios(
    tmp_path: Path, shipped: Glossary
) -> None:
    # 1951: the ministry's whole name is the post's body; the name follows it.
    facts = facts_of(
        tmp_path,
        shipped,
        "الزروالي في نواكشوط",
        "نواكشوط في 20 يناير 2026 - استقبل وزير الداخلية وترقية اللامركزية والتنمية المحلية "
        "محمد أحمد ولد محمد الأمين، اليوم في مكتبه، الوالي مدير الهجرة ومراقبة الحدود بوزارة "
        "الداخلية المغربية خالد الزروالي.",
    )
    assert people(facts) == [("MR", "محمد أحمد ولد محمد الأمين")]


def test_an_unnamed_mention_of_a_named_man_s_first_title_is_his(
    tmp_path: Path, shipped: Glossary
) -> None:
    # 2003: two titles stacked after his name; the dinner's host is named by the first.
    facts = facts_of(
        tmp_path,
        shipped,
        "وزير الداخلية يجتمع مع المدير العام للأمن الوطني المغربي",
        "الدوحة في 3 يونيو 2025 - اجتمع سعادة الشيخ خليفة بن حمد بن خليفة آل ثاني وزير "
        "الداخلية قائد قوة الأمن الداخلي، اليوم، مع سعادة السيد عبداللطيف حموشي المدير العام "
        "للأمن الوطني ومراقبة التراب الوطني بالمملكة المغربية.",
        "وعقب جلسة المباحثات، أقام سعادة وزير الداخلية مأدبة عشاء تكريما لسعادة المدير العام "
        "للأمن الوطني المغربي.",
    )
    assert people(facts) == [("QA", "خليفة بن حمد بن خليفة آل ثاني")]


def test_europol_s_head_serves_no_country_at_its_seat(tmp_path: Path, shipped: Glossary) -> None:
    # 1956: Europol is in the glossary; its executive director in The Hague is not Dutch.
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في لاهاي",
        "لاهاي في 15 أكتوبر 2025 - عقد عبد اللطيف حموشي لقاء مع المديرة التنفيذية لليوروبول، "
        "كاثرين دي بول.",
    )
    (met,) = facts.counterparts
    assert met.country is None
    assert met.title.en == "Executive Director of Europol"
