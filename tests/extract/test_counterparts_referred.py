"""Counterparts told through someone or something said before: a deputy or an assistant by
his relation to the chief of an earlier sentence ("وشارك في هذه المباحثات نائبها، فلان").

Each test is one construction, in sentences written for the test after the unseen dev articles
1569–1584 (cited by number), through the real pipeline.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_unseen_rules import facts_of, people

from briefer.glossary.match import Glossary

CORPUS = Path(__file__).resolve().parents[1] / "data" / "unseen" / "dev"

LED = (
    "أجرى عبد اللطيف حموشي، يوم الخميس 12 مارس 2026 بطنجة، مباحثات مع وفد عن المديرية الوطنية "
    "لشرطة الأمن العمومي بالجمهورية البرتغالية، تقوده مديرتها الوطنية، آنا باولا فيريرا."
)


@pytest.mark.parametrize(
    ("later", "expected", "last_role"),
    [
        # 1571: her deputy took part; the liaison officer only attended
        (
            "وشارك في هذه المباحثات نائبها المكلف بالعمليات، روي مانويل كوستا، فيما حضرها ضابط "
            "الاتصال البرتغالي.",
            [("PT", "آنا باولا فيريرا"), ("PT", "روي مانويل كوستا")],
            "Deputy National Director",
        ),
        # "نائبها" said of what she did before names no one met
        (
            "وكان نائبها، روي مانويل كوستا، قد زار المملكة سنة 2023.",
            [("PT", "آنا باولا فيريرا")],
            "National Director",
        ),
    ],
)
def test_a_deputy_by_relation_in_the_sentence_after_his_chiefs(
    tmp_path: Path,
    shipped: Glossary,
    later: str,
    expected: list[tuple[str, str]],
    last_role: str,
) -> None:
    facts = facts_of(tmp_path, shipped, "حموشي يستقبل وفدا برتغاليا", LED, later)
    assert people(facts) == expected
    assert facts.counterparts[-1].role.en == last_role


def test_an_assistant_by_his_relation(tmp_path: Path, shipped: Glossary) -> None:
    # 1577
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يستقبل وفدا من شرطة دبي",
        "استقبل عبد اللطيف حموشي، يوم الثلاثاء 10 مارس 2026 بالرباط، وفدا من القيادة العامة "
        "لشرطة دبي بدولة الإمارات العربية المتحدة، يترأسه قائدها العام، الفريق عبد الله خليفة المري.",
        "وشارك في اللقاء مساعده لشؤون البحث الجنائي، اللواء راشد سيف المهيري.",
    )
    assert people(facts) == [("AE", "عبد الله خليفة المري"), ("AE", "راشد سيف المهيري")]
    assert facts.counterparts[1].role.en.startswith("Assistant")


def test_a_head_by_possessive_in_a_meeting_after_the_visit_to_his_body(
    tmp_path: Path, shipped: Glossary
) -> None:
    # 1570: the body in the sentence before last, its head at the working session
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في أنقرة",
        "وفي اليوم الثاني، حل عبد اللطيف حموشي، يوم الثلاثاء 20 ماي 2025، بالمقر العام للمديرية "
        "العامة للأمن التركية.",
        "واطلع حموشي، خلال جولة بمرافق المديرية، على طريقة اشتغال مركز القيادة والتحكم.",
        "وبعد هذه الجولة، عقد حموشي جلسة عمل موسعة مع مديرها العام، محمود دميرطاش.",
    )
    assert people(facts) == [("TR", "محمود دميرطاش")]


def test_a_woman_head_who_spoke_at_the_session_quoting_her_record(
    tmp_path: Path, shipped: Glossary
) -> None:
    # 1581: "المقر المركزي" is the seat, "خلال السنوات الأخيرة" is inside her words
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في لاهاي",
        "حل عبد اللطيف حموشي، يوم الثلاثاء 16 أبريل 2024، بلاهاي في زيارة عمل.",
        "ثم انتقل إلى المقر المركزي للشرطة الوطنية الهولندية.",
        'وفي جلسة العمل التي أعقبت هذه الجولة، أكدت قائدتها العامة، ياني كنول، أن التبادل "مكن '
        'خلال السنوات الأخيرة من توقيف عدد من المبحوث عنهم".',
    )
    assert people(facts) == [("NL", "ياني كنول")]
    organisation = facts.counterparts[0].organisation
    assert organisation is not None and organisation.ar == "الشرطة الوطنية الهولندية"


def test_the_principal_named_as_his_own_bodys_head_is_no_counterpart(
    tmp_path: Path, shipped: Glossary
) -> None:
    # 1582: at the DGST, "مديرها العام" is Hammouchi himself
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يستقبل رئيس المخابرات الرواندية",
        "حل رئيس جهاز المخابرات والأمن الوطني الرواندي، جان بول مونيانيزا، أمس الأربعاء، بالمقر "
        "المركزي للمديرية العامة لمراقبة التراب الوطني بتمارة، حيث كان في استقباله مديرها العام، "
        "عبد اللطيف حموشي.",
    )
    assert ("MA", "عبد اللطيف حموشي") not in people(facts)
    assert all(c.name_ar != "عبد اللطيف حموشي" for c in facts.counterparts)


def test_the_head_of_a_body_said_again_by_its_head_noun_is_the_one_named(
    tmp_path: Path, shipped: Glossary
) -> None:
    # 1569 whole: "وأكد مدير المكتب، في كلمة بالمناسبة" (his words quoting the past year) is
    # the director named before, not a second person of no country; "عميد الشرطة الممتاز"
    # is his rank
    text = next(CORPUS.glob("1569_*.txt")).read_text(encoding="utf-8")
    facts = facts_of(tmp_path, shipped, *text.split("\n"))
    assert people(facts) == [("SN", "مامادو لامين نداي"), ("SN", "عمر فاي")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 1579: the body holds the state's name
        (
            "استقبل عبد اللطيف حموشي، يوم الثلاثاء 17 فبراير 2026 بالرباط، يرلان صادقوف، الذي "
            "يرأس وكالة جمهورية كازاخستان للرقابة المالية، وهي هيئة حكومية.",
            [("KZ", "يرلان صادقوف")],
        ),
        # 1582: the visitor who arrives heads a body of his country
        (
            "حل جان بول مونيانيزا، الذي يرأس جهاز المخابرات والأمن الوطني بجمهورية رواندا، أمس "
            "الأربعاء، بالمقر المركزي للمديرية العامة لمراقبة التراب الوطني بتمارة.",
            [("RW", "جان بول مونيانيزا")],
        ),
    ],
)
def test_a_head_told_by_a_verb(
    tmp_path: Path, shipped: Glossary, sentence: str, expected: list[tuple[str, str]]
) -> None:
    facts = facts_of(tmp_path, shipped, "حموشي يستقبل مسؤولا أجنبيا", sentence)
    assert people(facts) == expected
    assert facts.counterparts[0].role.en == "Head"


def test_a_speaker_told_by_a_verb_is_the_post_said_before(
    tmp_path: Path, shipped: Glossary
) -> None:
    # 1424: "وأشار فلان، الذي يقود قوة الشرطة" names the commissioner met before
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في بور لويس",
        "أجرى عبد اللطيف حموشي، يوم الثلاثاء 10 مارس 2026، مباحثات بالمقر العام لقوة شرطة "
        "موريشيوس ببور لويس مع مفوض الشرطة.",
        "وأشار فيكاش سيتوهول، الذي يقود قوة الشرطة منذ أزيد من سنة، في تصريح للصحافة عقب "
        "المباحثات، إلى أن الشرطة تحتاج إلى تطوير قدراتها.",
    )
    assert people(facts) == [("MU", "فيكاش سيتوهول")]
    assert facts.counterparts[0].role.en == "Commissioner"


def test_two_counterparts_each_named_after_their_adjective(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "المغرب وإسبانيا والبرتغال يوقعون مذكرة تفاهم",
        "ووقع المذكرة بالرباط، يوم الأربعاء 4 مارس 2026، وزير الداخلية المغربي عبد الوافي "
        "لفتيت، ونظيراه الإسباني أنطونيو رويث-غارسيا والبرتغالية ماريا لوسيا ألفيش، بحضور "
        "المدير العام للأمن الوطني عبد اللطيف حموشي.",
    )
    assert people(facts) == [("ES", "أنطونيو رويث-غارسيا"), ("PT", "ماريا لوسيا ألفيش")]


def test_a_counterpart_word_does_not_name_a_post_another_sentence_gave(
    tmp_path: Path, shipped: Glossary
) -> None:
    # 1580: the police chief's post, said before, is not the minister named as "نظيره".
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في روما",
        "التقى عبد اللطيف حموشي، يوم الأربعاء 4 مارس 2026 بروما، قائد الشرطة الإيطالية.",
        "وأكد نظيره الإيطالي، جوزيبي روسي، أهمية التعاون.",
    )
    named = [c for c in facts.counterparts if c.name_ar == "جوزيبي روسي"]
    assert [c.role.en for c in named] == ["counterpart"]


def test_the_interior_ministry_s_migration_wali_is_the_home_side(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "الزروالي وكانسيلا يترأسان بالرباط اجتماع مجموعة العمل حول الهجرة",
        "ترأس الوالي مدير الهجرة ومراقبة الحدود بوزارة الداخلية، خالد الزروالي، وكاتبة الدولة "
        "الإسبانية للهجرة، بيلار كانسيلا، يوم الأربعاء 18 يونيو 2025 بالرباط، أشغال الاجتماع.",
    )
    assert facts.principal is not None and facts.principal.en == "Khalid Zerouali"
    assert people(facts) == [("ES", "بيلار كانسيلا")]


@pytest.mark.parametrize("written", ["سيلين برتون", "سيلين بيرتون"])
def test_the_dgsi_head_is_named_from_the_glossary_in_either_spelling(
    tmp_path: Path, shipped: Glossary, written: str
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يستقبل المديرة العامة للأمن الداخلي الفرنسي",
        f"استقبل عبد اللطيف حموشي، يوم الثلاثاء 15 أكتوبر 2024 بتمارة، المديرة العامة للأمن "
        f"الداخلي الفرنسي، {written}.",
    )
    (person,) = facts.counterparts
    assert person.name is not None and person.name.en == "Céline Berthon"
    assert "name" not in person.unverified


@pytest.mark.parametrize(
    ("day", "title"),
    [
        ("الخميس 11 سبتمبر 2025", "Prefect of Police of Paris"),
        ("الاثنين 3 نوفمبر 2025", "Minister of the Interior"),
    ],
)
def test_nunez_is_titled_by_the_post_he_held_that_day(
    tmp_path: Path, shipped: Glossary, day: str, title: str
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في باريس",
        f"أجرى عبد اللطيف حموشي، يوم {day} بباريس، مباحثات مع لوران نونيز والمدير العام "
        "للشرطة الوطنية الفرنسية، لويس لوجيي.",
    )
    names = {c.name.en: c.title.en for c in facts.counterparts if c.name and c.title}
    assert names == {
        "Laurent Nuñez": title,
        "Louis Laugier": "Director General of the National Police",
    }
