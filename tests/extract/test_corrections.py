"""Constructions of ordinary articles: what an article takes back (an official it says was not
the one met), talks told in the pluperfect of a day of this visit, who is named in passing (a
greeted leader's title, the visitor's own programme), titles and names written every way (an
acting title, a Chinese name, a body's country before the comma), outlets read as written, and
the days a visit's dates are not (a visitor's departure, another official's meeting).

Each test is one construction, in sentences written for the test (not taken from the evaluation
corpus), through the real pipeline.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_unseen_rules import facts_of, people

from briefer.glossary.match import Glossary


def test_the_official_the_text_says_was_not_met_is_no_counterpart(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "تصويب: حموشي في لوساكا",
        "أجرى عبد اللطيف حموشي، يوم الثلاثاء 3 مارس 2026 بلوساكا، مباحثات مع المفتش العام "
        "للشرطة الزامبية، وليس وزير الداخلية الزامبي كما ورد في مقال سابق.",
    )
    assert [(c.country, c.role.en if c.role else None) for c in facts.counterparts] == [
        ("ZM", "Inspector General")
    ]


def test_talks_in_the_pluperfect_on_a_day_of_this_visit_were_held(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "تصويب: حموشي في لوساكا",
        "عاد عبد اللطيف حموشي إلى الرباط بعد زيارة عمل إلى زامبيا يومي 3 و4 مارس 2026.",
        "وكان حموشي قد أجرى، في اليوم الأول من الزيارة، مباحثات مطولة حول الإرهاب.",
    )
    assert facts.bilateral_meetings_held is True


def test_the_meeting_that_was_held_reports_talks(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في ليما",
        "زار عبد اللطيف حموشي، يوم الخميس 26 مارس 2026، العاصمة البيروفية ليما.",
        "وأوضحت الشرطة البيروفية أن الاجتماع الذي عقد في مقر قيادتها العامة تناول تهريب الكوكايين.",
    )
    assert facts.bilateral_meetings_held is True
    assert people(facts) == []


def test_a_title_in_apposition_to_a_greeted_person_is_his(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يستقبل قائد الشرطة الغامبية",
        "استقبل عبد اللطيف حموشي، يوم الثلاثاء 3 مارس 2026 بالرباط، قائد الشرطة الغامبية.",
        "ونقل قائد الشرطة تحيات رئيس الجمهورية، وتقديره للدعم الذي تقدمه المملكة المغربية "
        "بقيادة جلالة الملك محمد السادس، رئيس لجنة القدس.",
    )
    assert [c.country for c in facts.counterparts] == ["GM"]


def test_an_outlet_is_read_as_written_before_it_is_folded(
    tmp_path: Path, shipped: Glossary
) -> None:
    # Jordan's "الرأي" and Kuwait's "الراي" fold alike; a post the daily leaves without a
    # country is of the daily's country.
    for outlet, country in (("الرأي", "JO"), ("الراي", "KW"), ("الأنباء", "KW"), ("الدستور", "JO")):
        facts = facts_of(
            tmp_path,
            shipped,
            outlet,
            "مدير الأمن العام يبحث في الرباط تعزيز التعاون الأمني",
            "التقى مدير الأمن العام اللواء خالد الزعبي، يوم الثلاثاء 3 مارس 2026 في الرباط، "
            "عبد اللطيف حموشي.",
        )
        assert [c.country for c in facts.counterparts] == [country], outlet


def test_who_received_him_yesterday_morning_in_the_pluperfect_was_met(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "الثلاثاء 3 مارس 2026",
        "حموشي في الشارقة",
        "وكان عبد اللطيف حموشي قد زار، صباح أمس، القيادة العامة لشرطة الشارقة، حيث كان في "
        "استقباله اللواء سالم حمد الكعبي، القائد العام لشرطة الشارقة.",
    )
    assert people(facts) == [("AE", "سالم حمد الكعبي")]


def test_the_leader_under_whose_leadership_relations_grow_was_not_met(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في الشارقة",
        "استقبل اللواء سالم حمد الكعبي، القائد العام لشرطة الشارقة، يوم الثلاثاء 3 مارس 2026، "
        "عبد اللطيف حموشي.",
        "ونوه بالعلاقات التي تتعزز في ظل قيادة صاحب السمو الشيخ محمد بن زايد آل نهيان، رئيس "
        "الدولة، وجلالة الملك محمد السادس.",
    )
    assert people(facts) == [("AE", "سالم حمد الكعبي")]


def test_the_name_before_an_acting_title_holds_the_post(tmp_path: Path, shipped: Glossary) -> None:
    for acting in ("القائم بأعمال", "، القائم بأعمال"):
        facts = facts_of(
            tmp_path,
            shipped,
            "حموشي في الدوحة",
            "عقد عبد اللطيف حموشي، يوم الاثنين 21 سبتمبر 2026 بالدوحة، جلسة مباحثات بمشاركة "
            f"العقيد حمد عبدالله النعيمي {acting} مدير إدارة مكافحة المخدرات القطرية.",
        )
        assert people(facts) == [("QA", "حمد عبدالله النعيمي")], acting


def test_the_visitor_arrived_on_the_weekday_before_the_talks(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "الثلاثاء 22 سبتمبر 2026",
        "وزير الداخلية يجتمع مع حموشي",
        "اجتمع وزير الداخلية القطري بمكتبه أمس مع عبد اللطيف حموشي.",
        "وكان حموشي قد وصل إلى الدوحة مساء الأحد، في زيارة رسمية للبلاد تستغرق ثلاثة أيام.",
    )
    assert (facts.start, facts.end) == ("2026-09-20", "2026-09-22")


def test_a_listed_family_name_that_begins_with_lam_is_no_complement(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في الصين",
        "التقى نائب وزير الأمن العام الصيني ليو جيان مينغ، يوم الثلاثاء 16 يونيو 2026 في "
        "بكين، عبد اللطيف حموشي.",
    )
    assert people(facts) == [("CN", "ليو جيان مينغ")]
    assert facts.counterparts[0].name is not None
    assert facts.counterparts[0].name.en is not None
    assert facts.counterparts[0].name.en.startswith("Liu ")


def test_who_received_him_last_week_in_the_pluperfect_is_background(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يستقبل مسؤولين إسبانيين بطنجة",
        "استقبل عبد اللطيف حموشي، يوم الثلاثاء 3 مارس 2026 بطنجة، المفوض العام للاستعلامات "
        "بالشرطة الوطنية الإسبانية، خافيير مونتيرو.",
        "وكان المدير العام للشرطة الوطنية الإسبانية، فرانسيسكو باردو بيكيراس، قد استقبل حموشي، "
        "الأسبوع الماضي، بمدينة فيغو.",
    )
    assert [name for _, name in people(facts)] == ["خافيير مونتيرو"]


def test_where_he_will_move_on_to_after_this_visit_is_the_next_stop(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في سانتياغو",
        "سيحل عبد اللطيف حموشي يومي الاثنين والثلاثاء 20 و21 أبريل 2026 بالعاصمة التشيلية "
        "سانتياغو.",
        "وسينتقل حموشي، مباشرة بعد ختام هذه الزيارة، إلى العاصمة الأرجنتينية بوينس آيرس.",
    )
    assert (facts.host_country, facts.countries_mentioned) == ("CL", ("AR",))


def test_a_draft_put_up_for_study_is_discussed_between_the_sides_named(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في وارسو",
        "أجرى عبد اللطيف حموشي يوم الأربعاء 4 فبراير 2026 بوارسو مباحثات مع قائد الشرطة البولونية.",
        "واتفق الجانبان المغربي والبولوني على إحداث فريق عمل مشترك، فيما تقرر عرض مشروع مذكرة "
        "تفاهم بين المديرية العامة للأمن الوطني والشرطة البولونية على الدراسة.",
    )
    found = {(a.kind, a.status, tuple(p.country for p in a.parties)) for a in facts.agreements}
    assert found == {("agreement", "agreed", ("MA", "PL")), ("mou", "discussed", ("MA", "PL"))}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "كما استقبلت محافظة مقاطعة بوميرانيا، بياتا كوفالسكا، عبد اللطيف حموشي بمقر المحافظة.",
            "بياتا كوفالسكا",
        ),
        ("كما عقد عبد اللطيف حموشي جلسة عمل مع رئيسه هولغر مونش.", "هولغر مونش"),
        (
            "واستقبل وزير داخلية إقليم مازوفيا، ريبر أحمد، عبد اللطيف حموشي في مقر الوزارة.",
            "ريبر أحمد",
        ),
        (
            "والتقى عبد اللطيف حموشي نائبة عمدة مدينة غدانسك، اللواء بياتا كوفالسكا.",
            "بياتا كوفالسكا",
        ),
        (
            "والتقى وزير الداخلية لجمهورية بولندا ماريوش كامينسكي عبد اللطيف حموشي.",
            "ماريوش كامينسكي",
        ),
    ],
)
def test_a_bare_role_noun_governs_the_words_up_to_the_comma_before_the_name(
    tmp_path: Path, shipped: Glossary, sentence: str, name: str
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في بولونيا",
        "حل عبد اللطيف حموشي يوم الثلاثاء 3 مارس 2026 ببولونيا في زيارة عمل.",
        sentence,
    )
    assert name in [n for _, n in people(facts)]


def test_an_acting_word_with_hamza_or_ta_marbuta_before_the_name(
    tmp_path: Path, shipped: Glossary
) -> None:
    for acting in ("بالإنابة", "بالنيابة"):
        facts = facts_of(
            tmp_path,
            shipped,
            "حموشي في بيروت",
            "زار عبد اللطيف حموشي يوم الثلاثاء 3 مارس 2026 مكتب مكافحة المخدرات المركزي ببيروت، "
            f"واجتمع إلى رئيسه {acting} العقيد مروان الأيوبي.",
        )
        assert "مروان الأيوبي" in [n for _, n in people(facts)], acting


def test_the_next_post_after_a_comma_is_no_name(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في الصين",
        "التقى عبد اللطيف حموشي يوم الثلاثاء 16 يونيو 2026 في قوانغتشو نائب حاكم مقاطعة "
        "قوانغدونغ، مدير إدارة الأمن العام بالمقاطعة، تشن وي دونغ.",
    )
    assert [n for _, n in people(facts) if n] == ["تشن وي دونغ"]


def test_the_day_the_visitor_left_home_is_not_the_receptions(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "الأربعاء 4 فبراير 2026",
        "حموشي يستقبل المفتش العام لشرطة جنوب السودان",
        "وعقد المفتش العام لشرطة جنوب السودان، أمس الثلاثاء في الرباط، اجتماعا مع عبد اللطيف "
        "حموشي.",
        "وأشار المتحدث إلى أن الوفد، الذي غادر جوبا يوم الأحد الماضي، سيزور الدار البيضاء.",
    )
    assert (facts.start, facts.end) == ("2026-02-03", "2026-02-03")


def test_a_time_before_the_day_and_another_officials_meeting_day(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "نُشر: 08:15-14 أكتوبر 2025 م",
        "وزير الداخلية اليمني في الرباط",
        "بحث وزير الداخلية اليمني مع عبد اللطيف حموشي، أمس (الاثنين) في الرباط، سبل تطوير "
        "التعاون الأمني.",
        "ويقوم الوزير اليمني بزيارة للمغرب، التقى خلالها أيضاً، أول من أمس (الأحد)، وزير "
        "الداخلية المغربي عبد الوافي لفتيت.",
    )
    assert (facts.start, facts.end) == ("2025-10-13", "2025-10-13")


def test_the_days_of_what_the_visit_comes_after_are_not_its(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في دوشنبه",
        "دوشنبه - 17 شتنبر 2026 (ومع) - أجرى عبد اللطيف حموشي، اليوم الخميس بدوشنبه، مباحثات "
        "مع وزير الشؤون الداخلية الطاجيكي، في إطار زيارة عمل يقوم بها إلى هذا البلد منذ أمس "
        "الأربعاء، وتتواصل إلى غاية يوم غد الجمعة.",
        "وتأتي هذه الزيارة بعد محطة أولى قادت حموشي، يومي الاثنين والثلاثاء الماضيين، إلى "
        "جمهورية قيرغيزستان.",
    )
    assert (facts.start, facts.end) == ("2026-09-16", "2026-09-18")


def test_the_stay_begun_yesterday_lasts_the_days_it_is_told_to(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "الأربعاء 22 أبريل 2026 - 10:30",
        "حموشي في مانيلا",
        "يواصل عبد اللطيف حموشي زيارة العمل التي يقوم بها إلى جمهورية الفلبين، والتي بدأها أمس "
        "الثلاثاء وتستمر ثلاثة أيام.",
    )
    assert (facts.start, facts.end) == ("2026-04-21", "2026-04-23")


def test_the_visitors_programme_at_home_is_not_the_principals_meeting(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يستقبل رئيس الوكالة الإندونيسية لمكافحة الإرهاب",
        "استقبل عبد اللطيف حموشي، يوم الثلاثاء 3 مارس 2026 بتمارة، رئيس الوكالة الوطنية "
        "الإندونيسية لمكافحة الإرهاب، عارف ويكاسونو.",
        "ويتضمن برنامج الوفد الإندونيسي لقاء مع المندوب العام لإدارة السجون وإعادة الإدماج، "
        "محمد صالح التامك.",
    )
    assert [n for _, n in people(facts)] == ["عارف ويكاسونو"]


def test_the_bodys_country_ends_its_name_before_the_holders(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يستقبل مفوض الشرطة",
        "استقبل عبد اللطيف حموشي، يوم الخميس 5 مارس 2026 بالرباط، مفوض قوة الشرطة الملكية "
        "لكومنولث جزر البهاما، كندريك رول.",
    )
    assert people(facts) == [("BS", "كندريك رول")]


def test_a_side_that_consented_to_train_officers_agreed(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يستقبل المفتش العام للشرطة",
        "استقبل عبد اللطيف حموشي، يوم الاثنين 2 فبراير 2026 بالرباط، المفتش العام لشرطة جنوب "
        "السودان.",
        "ووافق الجانب المغربي على استقبال ثلاثين ضابطا من شرطة جنوب السودان في دورات تدريبية "
        "بالمعهد الملكي للشرطة.",
    )
    assert [(a.kind, a.status) for a in facts.agreements] == [("agreement", "agreed")]


def test_one_unnamed_post_with_and_without_its_bodys_head_noun(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يستقبل المفتش العام للشرطة المالاوية",
        "استقبل عبد اللطيف حموشي، يوم الأربعاء 4 مارس 2026 بالعيون، المفتش العام لمصلحة الشرطة "
        "المالاوية.",
        "وعقد حموشي بعد ذلك جلسة عمل مع المفتش العام للشرطة المالاوية.",
    )
    assert [c.country for c in facts.counterparts] == ["MW"]


def test_who_attended_both_meetings_was_not_met(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في أديس أبابا",
        "أجرى عبد اللطيف حموشي، يوم الثلاثاء 3 مارس 2026 بأديس أبابا، مباحثات مع المفوض العام "
        "للشرطة الفيدرالية الإثيوبية، جيتاتشو ولدي مريام.",
        "وحضر اللقاءين سفير المملكة المغربية لدى إثيوبيا والممثل الدائم لدى الاتحاد الإفريقي.",
    )
    assert [n for _, n in people(facts)] == ["جيتاتشو ولدي مريام"]


def test_a_pluperfect_of_an_earlier_year_is_background_whatever_its_two_sides_did(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في صوفيا",
        "حل عبد اللطيف حموشي يوم الاثنين 9 مارس 2026 بصوفيا في زيارة عمل إلى بلغاريا، حيث "
        "التقى المدير العام للشرطة الوطنية البلغارية، السيد غيورغي كوستوف.",
        "وكان وزير الداخلية البلغاري قد استقبل حموشي في صوفيا في نونبر 2024، حيث اتفق الجانبان "
        "على تبادل ضباط الاتصال.",
    )
    assert people(facts) == [("BG", "غيورغي كوستوف")]


def test_who_is_named_in_what_the_visit_coincides_with_was_not_met(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في فيينا",
        "حل عبد اللطيف حموشي يوم الاثنين 9 مارس 2026 بفيينا في زيارة عمل إلى النمسا، حيث التقى "
        "المدير العام للأمن العام النمساوي، السيد فرانز روف.",
        "وتتزامن زيارة حموشي مع تولي النمسا رئاسة مجموعة فيينا، وهي الرئاسة التي وضع الرئيس "
        "يوهان كرايسل ملف الهجرة في صدارة أولوياتها.",
    )
    assert people(facts) == [("AT", "فرانز روف")]


def test_who_received_him_on_an_earlier_visit_told_as_past_was_not_met(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في المنامة",
        "حل عبد اللطيف حموشي يوم الاثنين 9 مارس 2026 بالمنامة في زيارة عمل إلى البحرين، حيث "
        "التقى رئيس الأمن العام البحريني، الفريق طارق الحسن.",
        "ويأتي ذلك ضمن الزيارة التي يقوم بها حموشي حاليا إلى المملكة، وهي الثانية له خلال العام "
        "الجاري، بعد الزيارة التي استقبله خلالها اللواء خالد بن سعد النعيمي قائد خفر السواحل "
        "بالمنامة في يناير الماضي.",
    )
    assert people(facts) == [("BH", "طارق الحسن")]
