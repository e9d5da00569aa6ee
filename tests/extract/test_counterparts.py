"""Counterparts: who the principal met, named or by post, with titles in both languages."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from briefer.extract.counterparts import read_counterparts
from briefer.extract.facts import Counterpart, Evidence, Label, Named, UnknownName
from briefer.extract.mentions import merge_two
from briefer.extract.names import name_after
from briefer.extract.post_labels import title_label
from briefer.extract.posts import read_posts
from briefer.extract.reading import Reading
from briefer.glossary.load import load as load_glossary
from briefer.glossary.match import Glossary
from support import facts_of, readings_of


def test_title_from_seed_sentence(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "وقد شهدت الإجتماعات الثنائية مشاركة السيد حموشي و نظيره الإسباني، "
        "بالإضافة إلى رئيس الشرطة الفيدرالية الألمانية.",
    )
    titles = {c.country: (c.title.en, c.title.fr) for c in facts.counterparts}
    # data/cues.yaml, presidents: the Bundespolizei's head is styled President
    assert titles["DE"] == (
        "President of the German Federal Police",
        "président de la Police fédérale allemande",
    )
    assert titles["ES"] == ("counterpart", "homologue")


def test_demonym_agreeing_with_the_role(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "وبحث حموشي مع نائب وزير الداخلية التركي أحمد يلماز القضايا الأمنية.",
        "كما التقى نائب وزير الداخلية التركي منير كارال أوغلو.",
    )
    deputy, karaloglu = facts.counterparts
    assert deputy.title.en == "Turkish Deputy Minister of the Interior"
    assert deputy.title.fr == "vice-ministre turc de l’Intérieur"
    # A person the glossary knows keeps the glossary's title, whatever the article says.
    assert karaloglu.name is not None and karaloglu.name.en == "Münir Karaloğlu"
    assert karaloglu.title.en == "Deputy Minister of the Interior of Türkiye"


COMPOSITION_GLOSSARY = """\
- id: role.director-general
  kind: role
  arabic: [المدير العام, مدير عام]
  en: Director General
  fr: {full: directeur général, gender: m}
- id: org.national-police
  kind: organisation
  arabic: [الشرطة الوطنية]
  en: National Police
  fr: {full: Police nationale, gender: f}
- id: demonym.AT
  kind: demonym
  country: AT
  arabic: [النمساوية, النمساوي]
  en: Austrian
  fr: {full: autrichien, feminine: autrichienne}
"""


def test_unseen_combination_composes_in_both_languages(tmp_path: Path) -> None:
    directory = tmp_path / "glossary"
    directory.mkdir()
    (directory / "entries.yaml").write_text(COMPOSITION_GLOSSARY, encoding="utf-8")
    small = load_glossary(directory)
    facts = facts_of(
        tmp_path, small, "واستقبل المسؤول المغربي المدير العام للشرطة الوطنية النمساوية في مراكش."
    )
    (austrian,) = facts.counterparts
    assert austrian.name is None
    assert austrian.country == "AT"
    assert austrian.title.en == "Director General of the Austrian National Police"
    assert austrian.title.fr == "directeur général de la Police nationale autrichienne"
    assert austrian.organisation is not None
    assert (austrian.organisation.en, austrian.organisation.fr) == (
        "Austrian National Police",
        "Police nationale autrichienne",
    )


def test_unknown_organisation_after_a_role(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "والتقى حموشي الأمين العام لمجلس التعاون الأمني الإقليمي، واستعرض معه سبل التعاون.",
    )
    (secretary,) = facts.counterparts
    assert secretary.title.en == "Secretary General"
    assert secretary.name is None and secretary.name_ar is None
    assert [u.ar for u in facts.unknown_names] == ["مجلس التعاون الأمني الإقليمي"]


# ---------------------------------------------------------------- the rules, one by one

HAMMOUCHI = Named("person.hammouchi", "person", "Abdellatif Hammouchi", "Abdellatif Hammouchi")


def counterparts_of(
    tmp_path: Path, shipped: Glossary, sentence: str, day: date | None = None
) -> tuple[list[Counterpart], list[UnknownName], Reading]:
    """read_counterparts on one body sentence (index 1: the headline is 0)."""
    readings = readings_of(tmp_path, shipped, sentence)
    found, unknown = read_counterparts(readings, HAMMOUCHI, day)
    return found, unknown, readings[1]


def cited(reading: Reading, evidence: Evidence) -> str:
    return reading.article.original[evidence.start : evidence.end]


def test_a_post_and_the_glossary_name_after_it(tmp_path: Path, shipped: Glossary) -> None:
    # seed 004, sentence 9: the rank "اللواء ركن طيار" is skipped, the name follows
    found, unknown, r = counterparts_of(
        tmp_path,
        shipped,
        "إلى جانب توقيع مذكرة التفاهم، أجرى حموشي مباحثات ثنائية مع القائد العام لشرطة أبو "
        "ظبي، اللواء ركن طيار فارس خلف المزروعي.",
    )
    (mazrouei,) = found
    assert mazrouei.key == "person.al-mazrouei" and mazrouei.country == "AE"
    assert mazrouei.name_ar == "فارس خلف المزروعي"
    assert mazrouei.title == Label(
        "Commander-in-Chief of Abu Dhabi Police", "commandant en chef de la Police d’Abou Dabi"
    )
    assert cited(r, mazrouei.evidence[0]).startswith("القائد العام لشرطة أبو ظبي")
    assert cited(r, mazrouei.evidence[0]).endswith("فارس خلف المزروعي")
    assert unknown == []


def test_a_name_before_its_post(tmp_path: Path, shipped: Glossary) -> None:
    # seed 002, sentence 10: "بفيصل شهكار، رئيس جهاز الشرطة بالأمم المتحدة"
    found, _, _ = counterparts_of(
        tmp_path,
        shipped,
        "لقاءات أخرى جمعته بفيصل شهكار، رئيس جهاز الشرطة بالأمم المتحدة، الذي أكد رغبة "
        "المنظمة الأممية في توسيع التعاون مع الأمن المغربي.",
    )
    (shahkar,) = found
    assert shahkar.name is not None and shahkar.name.en == "Faisal Shahkar"
    # the glossary's title for him outranks the article's loose "رئيس جهاز الشرطة"
    assert shahkar.title.en == "UN Police Adviser"
    assert shahkar.country is None  # a UN post belongs to no country


def test_the_principals_own_side_is_not_a_counterpart(tmp_path: Path, shipped: Glossary) -> None:
    # seed 000, sentence 1: Hammouchi's own post, and Hammouchi himself
    found, unknown, _ = counterparts_of(
        tmp_path,
        shipped,
        "يقود المدير العام للأمن الوطني و مراقبة التراب الوطني، عبد اللطيف حموشي، وفداً أمنياً "
        "رفيع المستوى في زيارة عمل رسمية إلى تركيا.",
    )
    assert found == [] and unknown == []


def test_a_name_the_glossary_lacks_is_kept_as_written(tmp_path: Path, shipped: Glossary) -> None:
    # tests/data/extract/101, sentence 2: the post is known, the person is not
    found, unknown, r = counterparts_of(
        tmp_path,
        shipped,
        "وأجرى حموشي في العاصمة مدريد مباحثات مع المدير العام للشرطة الوطنية الإسبانية، السيد "
        "فرانسيسكو باردو بيكيراس، تناولت مكافحة الإرهاب وتهريب المخدرات.",
    )
    (director,) = found
    assert director.name_ar == "فرانسيسكو باردو بيكيراس"
    # proposed in Latin script, and marked as not checked against any glossary
    assert director.name is not None and director.name.en == "Francisco Bardo Bikiras"
    assert director.unverified == ("name",)
    assert director.title.en == "Director General of the Spanish National Police"
    assert {u.ar for u in unknown} == {"فرانسيسكو باردو بيكيراس"}
    assert all(cited(r, u.evidence) == u.ar for u in unknown)


def test_a_name_met_after_descriptors(tmp_path: Path, shipped: Glossary) -> None:
    # tests/data/extract/103, sentence 3: "التقى … بالخبيرة الدولية لورا بيرتون"
    found, unknown, _ = counterparts_of(
        tmp_path,
        shipped,
        "كما التقى المسؤول المغربي بالخبيرة الدولية لورا بيرتون، المكلفة بملف الجريمة الإلكترونية.",
    )
    assert found == []
    assert [u.ar for u in unknown] == ["لورا بيرتون"]


def test_a_counterpart_named_again_later_is_one_counterpart(
    tmp_path: Path, shipped: Glossary
) -> None:
    # "نظيره الإسباني" refers back to the Spanish counterpart of the sentence before
    readings = readings_of(
        tmp_path,
        shipped,
        "وأجرى حموشي في العاصمة مدريد مباحثات مع المدير العام للشرطة الوطنية الإسبانية، السيد "
        "فرانسيسكو باردو بيكيراس.",
        "وأكد نظيره الإسباني أهمية التعاون.",
    )
    found, _ = read_counterparts(readings, HAMMOUCHI, None)
    (director,) = found
    assert [e.sentence for e in director.evidence] == [1, 2]


def test_a_counterpart_word_alone_makes_a_counterpart_of_its_country(
    tmp_path: Path, shipped: Glossary
) -> None:
    found, _, _ = counterparts_of(tmp_path, shipped, "وأكد حموشي و نظيره الإسباني أهمية التعاون.")
    (spanish,) = found
    assert (spanish.country, spanish.title.en, spanish.title.fr) == (
        "ES",
        "counterpart",
        "homologue",
    )
    assert spanish.name is None and spanish.key == "counterpart|ES"


def test_a_person_named_without_a_post_takes_the_title_of_that_day(
    tmp_path: Path, shipped: Glossary
) -> None:
    sentence = "وبحث حموشي مع أحمد ناصر الريسي سبل التعاون."
    (raisi,), _, _ = counterparts_of(tmp_path, shipped, sentence, date(2024, 9, 24))
    assert raisi.title.en == "President of INTERPOL"
    # Before he held a post the glossary knows, he is not reported as a counterpart.
    assert counterparts_of(tmp_path, shipped, sentence, date(2020, 1, 1))[0] == []


def test_a_rank_is_not_a_post_and_a_demonym_agrees_with_the_role(
    tmp_path: Path, shipped: Glossary
) -> None:
    readings = readings_of(
        tmp_path,
        shipped,
        "وبحث حموشي مع نائب وزير الداخلية التركي منير كارال أوغلو، ثم مع القائد العام لشرطة "
        "أبو ظبي، اللواء ركن طيار فارس خلف المزروعي.",
    )
    posts = read_posts(readings[1])
    assert [p.role.id for p in posts] == [
        "role.deputy-interior-minister",
        "role.commander-in-chief",
    ]
    minister, commander = posts
    # "التركي" is masculine: it qualifies the role, not an organisation
    assert minister.demonym is not None and minister.country == "TR"
    assert title_label(minister).fr == "vice-ministre turc de l’Intérieur"
    assert [o.id for o in commander.organisations] == ["org.abu-dhabi-police"]
    assert not minister.home and not commander.home


def test_the_head_of_interpol_is_its_president(tmp_path: Path, shipped: Glossary) -> None:
    # seed 004, sentence 17: role.head styled "President" for the organisations that have one
    readings = readings_of(
        tmp_path,
        shipped,
        'ضمن فعاليات الزيارة، التقى حموشي برئيس المنظمة الدولية للشرطة الجنائية "الإنتربول"، '
        "الدكتور أحمد ناصر الريسي، لمناقشة سبل تعزيز التعاون الأمني الدولي.",
    )
    (post,) = read_posts(readings[1])
    assert (title_label(post).en, title_label(post).fr) == (
        "President of INTERPOL",
        "président d’INTERPOL",
    )


def test_merge_two_keeps_the_named_report_and_every_citation() -> None:
    role = Label("Director General", "directeur général")
    named = Counterpart(
        Label("A", "A"), None, role, None, "ES", role, "person.a", "post", (Evidence("x", 3, 0, 1),)
    )
    unnamed = Counterpart(
        None, "أ", role, None, "ES", role, "post", "post", (Evidence("y", 1, 0, 1),)
    )
    merged = merge_two(unnamed, named)
    assert merged.name == Label("A", "A") and merged.name_ar == "أ"
    assert [(e.article, e.sentence) for e in merged.evidence] == [("x", 3), ("y", 1)]


def test_a_deputy_named_by_his_relation_serves_the_chief_before_him(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "واستقبل حموشي بالرباط المفتش العام للشرطة الغانية، كوفي مينساه، ونائبته المكلفة "
        "بالعمليات، أكوا أسانتي، في زيارة عمل.",
    )
    chief, deputy = facts.counterparts
    assert (chief.country, chief.name_ar) == ("GH", "كوفي مينساه")
    assert (deputy.country, deputy.name_ar) == ("GH", "أكوا أسانتي")
    assert deputy.role.en == f"Deputy {chief.role.en}"
    assert deputy.organisation == chief.organisation
    assert "name" in deputy.unverified
    assert ("organisation" in deputy.unverified) == ("organisation" in chief.unverified)


def test_a_deputy_named_right_after_the_relation(tmp_path: Path, shipped: Glossary) -> None:
    # 480: "من طرف مدير المكتب، كاش باتيل، ونائبه دان بونجينو، حيث …"; not a clause going on
    sentence = (
        "واستقبل حموشي بواشنطن مدير مكتب التحقيقات الفيدرالي، كاش باتيل، ونائبه دان بونجينو، "
        "حيث تناولت المباحثات التهديدات الإرهابية."
    )
    facts = facts_of(tmp_path, shipped, sentence)
    assert [c.name_ar for c in facts.counterparts] == ["كاش باتيل", "دان بونجينو"]
    # The modifier goes on the role noun: "directeur adjoint du …", not "… adjoint".
    chief, deputy = facts.counterparts
    assert chief.title is not None and deputy.title is not None
    assert deputy.title.fr == chief.title.fr.replace("directeur", "directeur adjoint", 1)
    facts = facts_of(tmp_path, shipped, sentence.replace("ونائبه دان بونجينو،", "ونائبه لكن"))
    assert [c.name_ar for c in facts.counterparts] == ["كاش باتيل"]


def test_the_principals_own_deputy_is_not_a_counterpart(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "وحل عبد اللطيف حموشي، ونائبه المكلف بالتعاون، محمد العلوي، بأكرا حيث التقى المفتش "
        "العام للشرطة الغانية.",
    )
    assert [c.name_ar for c in facts.counterparts] == [None]


def test_a_foreign_name_with_w_in_apposition_is_a_name_not_a_conjunction(
    tmp_path: Path, shipped: Glossary
) -> None:
    named = facts_of(
        tmp_path,
        shipped,
        "والتقى حموشي كاتبة الدولة في الداخلية الإيطالية، واندا فيراري، التي أشادت بالتنسيق.",
    )
    assert [c.name_ar for c in named.counterparts] == ["واندا فيراري"]
    # a clause joined by "و" after the post, however it goes on, names nobody
    clause = facts_of(
        tmp_path,
        shipped,
        "واستقبلته وزيرة الداخلية الإيطالية، وأكدت أهمية التعاون، التي تجمع البلدين.",
    )
    assert [c.name_ar for c in clause.counterparts] == [None]


def test_words_of_prose_after_a_post_are_not_a_name(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "وبحث حموشي مع المسؤول الأممي إمكانية إبرام مذكرة تفاهم، كما التقى بمدريد رئيس جامعة "
        "الأخوين ومدير مراقبة التراب بجمهورية كوت ديفوار.",
    )
    named = [c.name_ar for c in facts.counterparts if c.name_ar]
    assert named == []


def test_a_given_name_common_in_prose_is_still_a_name(tmp_path: Path, shipped: Glossary) -> None:
    # "جمال" (beauty) is listed in data/names.yaml; "شو" (what) is vouched for by a rank
    facts = facts_of(
        tmp_path,
        shipped,
        "والتقى حموشي بعمان وزير الداخلية الأردني، جمال الفايز، ومدير الشرطة الصينية، العميد "
        "شو لين.",
    )
    assert [c.name_ar for c in facts.counterparts] == ["جمال الفايز", "شو لين"]


def test_an_unnamed_head_of_an_unknown_body_is_not_a_reference_back(
    tmp_path: Path, shipped: Glossary
) -> None:
    # "رئيس جهاز الاستخبارات الأمنية البرتغالي" names a body the glossary lacks: another
    # post, not "the Portuguese head" of the sentence before
    facts = facts_of(
        tmp_path,
        shipped,
        "أجرى عبد اللطيف حموشي بلشبونة مباحثات مع قائد الحرس الوطني الجمهوري.",
        "كما التقى حموشي رئيس جهاز الاستخبارات الأمنية البرتغالي، الذي أشاد بالتعاون.",
    )
    assert [(c.country, c.role.en) for c in facts.counterparts] == [
        ("PT", "Commander"),
        ("PT", "Head"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a region inside the body's name
        (
            "استقبل عبد اللطيف حموشي، أمس بالرباط، الأمين العام لمنظمة الأمن والتعاون في "
            "أوروبا، فريدون سينيرلي أوغلو، الذي يقوم بزيارة عمل.",
            (None, "فريدون سينيرلي أوغلو"),
        ),
        # the demonym ends the body's name and the name follows without a comma
        (
            "والتقى حموشي بالرباط وزير الداخلية بحكومة الوحدة الوطنية الليبية عماد الطرابلسي.",
            ("LY", "عماد الطرابلسي"),
        ),
        # "و" carries on the body's name
        (
            "والتقى حموشي بالرباط المدير العام لهيئة الشرطة وحرس الحدود الإستونية، إيغرت "
            "بيليتشيف، الذي قدم عرضا.",
            ("EE", "إيغرت بيليتشيف"),
        ),
        # the body's name goes on in the genitive; an Arab body serves no one country
        (
            "وعلى هامش المؤتمر بالكويت، التقى حموشي الأمين العام لمجلس التعاون لدول الخليج "
            "العربية، جاسم محمد البديوي، الذي نوه بالشراكة.",
            (None, "جاسم محمد البديوي"),
        ),
        # a relative clause joins a name to the post it holds
        (
            "كما أجرى حموشي بأديس أبابا مباحثات مع السيد كوفي منصه، الذي يشغل منصب المدير "
            "التنفيذي للآلية الإفريقية للتعاون الشرطي، تمحورت حول التعاون.",
            (None, "كوفي منصه"),
        ),
        # a head noun in construct takes the next word whatever it is; the feminine adviser
        (
            "وأجرى حموشي ببرشلونة مباحثات مع المدير العام لشرطة كتالونيا، جوزيب لويس ترابيرو، "
            "خصصت لتقييم الآليات.",
            ("ES", "جوزيب لويس ترابيرو"),
        ),
        # a surname is not a small town behind "ب" ("بارلون" is not Arlon)
        (
            "وأجرى حموشي ببرشلونة مباحثات مع المستشارة المكلفة بالداخلية في الحكومة المحلية، "
            "نوريا بارلون، التي أكدت أهمية التنسيق.",
            ("ES", "نوريا بارلون"),
        ),
        # a W-name that reads like "و" + "ال…", in apposition before "الذي"
        (
            "وفي ميناء هامبورغ، التقى حموشي رئيس شرطة المياه الألمانية، والتر فيشر، الذي قدم "
            "عرضا حول المراقبة.",
            ("DE", "والتر فيشر"),
        ),
        # a Home Secretary; Malay honorifics; a Korean name in apposition ("لي" is a word too)
        (
            "وأجرى حموشي بنيودلهي مباحثات مع سكرتير الداخلية في الحكومة الاتحادية الهندية، "
            "غوفيند موهان، تناولت سبل التعاون.",
            ("IN", "غوفيند موهان"),
        ),
        (
            "وأجرى حموشي بكوالالمبور مباحثات مع وزير الشؤون الداخلية الماليزي، داتوك سيري سيف "
            "الدين ناسوتيون إسماعيل، تناولت التعاون.",
            ("MY", "سيف الدين ناسوتيون إسماعيل"),
        ),
        (
            "كما التقى حموشي بسيول وزير الداخلية والسلامة الكوري، لي سانغ مين، الذي أشاد بالتعاون.",
            ("KR", "لي سانغ مين"),
        ),
        # a name that begins like a verb ("تابان") is still a name
        (
            "كما التقى حموشي بنيودلهي مدير مكتب الاستخبارات الهندي، تابان كومار ديكا، وبحث معه "
            "التعاون.",
            ("IN", "تابان كومار ديكا"),
        ),
        # his nationality before his name; a body of a region serves no one country
        (
            "كما أجرى حموشي بلواندا مباحثات مع الأمين العام للإنتربول، البرازيلي فالديسي "
            "أوركيزا، تناولت سبل التعاون.",
            (None, "فالديسي أوركيزا"),
        ),
        (
            "كما التقى حموشي بهلسنكي الأمين العام لمنظمة الأمن والتعاون في أوروبا، فريدون "
            "سينيرلي أوغلو، الذي نوه بإسهام المملكة.",
            (None, "فريدون سينيرلي أوغلو"),
        ),
        # the rest of the body's name says it is international, though no post word does
        (
            "كما أجرى حموشي بنيويورك مباحثات مع المديرة التنفيذية للمديرية التنفيذية للجنة "
            "مكافحة الإرهاب التابعة لمجلس الأمن، ناتاليا غيرمان، همت برامج التكوين.",
            (None, "ناتاليا غيرمان"),
        ),
        # right after an honorific, "و" opens a name; the United Kingdom's formal name
        (
            "أجرى حموشي بفريتاون مباحثات مع المفتش العام لشرطة سيراليون، السيد ويليام فاياه "
            "سيلو، وذلك في إطار زيارة عمل.",
            ("SL", "ويليام فاياه سيلو"),
        ),
        (
            "أجرى حموشي بلندن مباحثات مع وزيرة الداخلية بالمملكة المتحدة لبريطانيا العظمى "
            "وإيرلندا الشمالية، شبانة محمود، التي أشادت بالتعاون.",
            ("GB", "شبانة محمود"),
        ),
        # a rank after the comma vouches for the name past a body the list does not know
        (
            "كما التقى حموشي بالرباط مدير مراقبة التراب بجمهورية كوت ديفوار، المراقب العام "
            "عيسى كوني، حيث تم التطرق إلى التعاون.",
            ("CI", "عيسى كوني"),
        ),
    ],
)
def test_the_name_after_the_rest_of_a_bodys_name(
    tmp_path: Path, shipped: Glossary, sentence: str, expected: tuple[str | None, str]
) -> None:
    facts = facts_of(tmp_path, shipped, sentence)
    assert [(c.country, c.name_ar) for c in facts.counterparts] == [expected]


def test_a_headline_verb_and_an_indefinite_noun_are_not_names(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي ومدير الأمن العام الأردني يوقعان بروتوكولا للتعاون",
        "وقدم قائد شرطة محافظة إربد إيجازًا للوفد الزائر بعمان.",
    )
    assert [c.name_ar for c in facts.counterparts if c.name_ar] == []


def test_a_deputy_who_accompanies_his_chief(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "استقبل حموشي بمراكش مدير الأمن العام الأردني، اللواء عبيدالله المعايطة، مرفوقا بنائبه "
        "المكلف بالعمليات، اللواء الركن وائل الخوالدة، في زيارة عمل.",
    )
    assert [(c.country, c.name_ar) for c in facts.counterparts] == [
        ("JO", "عبيدالله المعايطة"),
        ("JO", "وائل الخوالدة"),
    ]


def test_a_post_in_apposition_to_his_counterpart_serves_the_counterparts_country(
    tmp_path: Path, shipped: Glossary
) -> None:
    # the host is Ethiopia; "نظيره الجيبوتي" (the article makes "جيبوتي" an adjective) says
    # whose the post after the comma is
    facts = facts_of(
        tmp_path,
        shipped,
        "وعلى هامش الأشغال بأديس أبابا، التقى حموشي نظيره الجيبوتي، المدير العام للشرطة "
        "الوطنية، العقيد عمر ديني بوح، وبحث معه التعاون.",
        "كما التقى نظيره العماني، المفتش العام للشرطة والجمارك الفريق حسن بن محسن الشريقي.",
    )
    assert [(c.country, c.name_ar) for c in facts.counterparts] == [
        ("DJ", "عمر ديني بوح"),
        ("OM", "حسن بن محسن الشريقي"),
    ]


def test_a_saudi_wire_where_a_prince_receives_and_an_engineer_is_met(
    tmp_path: Path, shipped: Glossary
) -> None:
    # the honorifics after "استقبل" open its subject, whom the glossary does not know: the
    # principal is received, abroad; "المهندس" further on opens the name after a long post
    facts = facts_of(
        tmp_path,
        shipped,
        "استقبل صاحب السمو الملكي الأمير فيصل بن خالد أمير منطقة عسير، في مكتبه بأبها اليوم، "
        "المدير العام للأمن الوطني بالمملكة المغربية عبداللطيف حموشي.",
        "كما التقى حموشي مدير جمرك ميناء جدة الإسلامي التابع لهيئة الزكاة والضريبة والجمارك "
        "المهندس سعد بن علي القحطاني، الذي أطلعه على التقنيات الحديثة.",
    )
    assert facts.host_country == "SA"
    assert [(c.country, c.name_ar, c.role.en) for c in facts.counterparts] == [
        ("SA", "فيصل بن خالد", "Emir"),
        ("SA", "سعد بن علي القحطاني", "Director"),
    ]


def test_parties_located_by_in_and_a_body_named_by_its_purpose(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "وجرى بجدة توقيع مذكرة تفاهم بين المديرية العامة لمكافحة المخدرات في المملكة العربية "
        "السعودية والمديرية العامة للأمن الوطني في المملكة المغربية، في مجال تبادل المعلومات.",
    )
    (mou,) = facts.agreements
    assert [p.country for p in mou.parties] == ["SA", "MA"]


def test_a_deputy_of_an_unknown_body_is_marked_unverified_like_his_chief(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "واستقبل حموشي بمراكش مدير هيئة الأمن الساحلي الأردنية، اللواء سامي الفايز، مرفوقا "
        "بنائبه المكلف بالعمليات، العميد وائل القرعان.",
    )
    chief, deputy = facts.counterparts
    assert "organisation" in chief.unverified
    assert set(deputy.unverified) == {"name", "organisation"}


def test_a_unit_named_at_length_keeps_the_body_it_belongs_to(
    tmp_path: Path, shipped: Glossary
) -> None:
    # 439: six words of a unit the glossary lacks, then "التابع ل" its parent body and a demonym
    readings = readings_of(
        tmp_path,
        shipped,
        "كما عقد حموشي جلسة عمل مع رئيس المكتب الوطني لمكافحة المخدرات والجريمة المنظمة "
        "التابع للشرطة الإيرلندية، تمحورت حول أساليب اشتغال الشبكات.",
    )
    (post,) = read_posts(readings[1])
    assert [o.arabic[0] for o in post.organisations] == [
        "المكتب الوطني لمكافحة المخدرات والجريمة المنظمة",
        "الشرطة",
    ]
    assert post.country == "IE"
    # The unit has no rendering: the title must not name the police alone.
    assert "Police" not in (title_label(post).en or "")


def test_an_assistant_director_is_a_post_and_the_ministers_aide_is_not(
    tmp_path: Path, shipped: Glossary
) -> None:
    # 279: "مساعد مدير مكتب التحقيقات الفيدرالي المكلف بشعبة مكافحة الإرهاب"
    readings = readings_of(
        tmp_path,
        shipped,
        "عقد حموشي لقاء مع مساعد مدير مكتب التحقيقات الفيدرالي المكلف بشعبة مكافحة الإرهاب.",
        "وحضر اللقاء مساعد الوزير.",
    )
    (post,) = read_posts(readings[1])
    assert title_label(post).en == "Assistant Director of the Federal Bureau of Investigation"
    assert [o.arabic[0] for o in post.organisations] == ["مكتب التحقيقات الفيدرالي"]
    assert read_posts(readings[2]) == []


def test_the_head_of_a_un_office_who_is_under_secretary_general_serves_no_country(
    tmp_path: Path, shipped: Glossary
) -> None:
    # 279: the UN post before the office's head is his, in apposition with no comma
    facts = facts_of(
        tmp_path,
        shipped,
        "وأجرى حموشي بنيويورك مباحثات مع وكيل الأمين العام للأمم المتحدة رئيس مكتب مكافحة "
        "الإرهاب حول التكوين.",
    )
    assert [(c.country, c.role.en) for c in facts.counterparts] == [(None, "Head")]


def test_a_name_that_begins_with_ba_is_no_complement_of_the_post(
    tmp_path: Path, shipped: Glossary
) -> None:
    # 454: "مع وزير الدفاع بيدرو سانشيز،"; "بالوزارة ذاتها" before a comma is a complement
    readings = readings_of(
        tmp_path,
        shipped,
        "أجرى حموشي مباحثات مع وزير الدفاع بيدرو سانشيز، تناولت سبل التعاون.",
        "التقى حموشي بوزير الداخلية بالوزارة ذاتها، فريد الحسني.",
    )
    names = [name_after(r, post) for r in readings[1:] for post in read_posts(r)]
    assert [n.ar if n else None for n in names] == ["بيدرو سانشيز", "فريد الحسني"]


def test_who_only_attended_was_not_met_unless_met_elsewhere(
    tmp_path: Path, shipped: Glossary
) -> None:
    # 466: "حضر اللقاء سعادة اللواء سالم بن علي الظاهري وكيل وزارة الداخلية المساعد"
    lines = [
        "حموشي في أبوظبي",
        "استقبل وزير الداخلية الإماراتي اليوم بأبوظبي عبد اللطيف حموشي.",
        "حضر اللقاء سعادة اللواء سالم بن علي الظاهري وكيل وزارة الداخلية المساعد.",
    ]
    names = [c.name_ar for c in facts_of(tmp_path, shipped, *lines).counterparts]
    assert "سالم بن علي الظاهري" not in names
    # 278: named as an attendee, then met: a counterpart, with his name.
    lines.append("كما أجرى حموشي مباحثات مع وكيل وزارة الداخلية المساعد حول التكوين.")
    names = [c.name_ar for c in facts_of(tmp_path, shipped, *lines).counterparts]
    assert "سالم بن علي الظاهري" in names


def test_a_coordinator_is_a_post(tmp_path: Path, shipped: Glossary) -> None:
    # 480: "منسق مكافحة الإرهاب بوزارة الخارجية الأمريكية"
    readings = readings_of(
        tmp_path,
        shipped,
        "كما أجرى حموشي مباحثات مع منسق مكافحة الإرهاب بوزارة الخارجية الأمريكية.",
    )
    (post,) = read_posts(readings[1])
    assert title_label(post).en == "Coordinator of the Counter-Terrorism"


def test_the_director_of_a_body_visited_named_by_its_possessive(
    tmp_path: Path, shipped: Glossary
) -> None:
    # 474, 413, 470: "زار … إدارة …، حيث التقى مديرها العميد فلان" and "قدم له مديرها عرضا"
    facts = facts_of(
        tmp_path,
        shipped,
        "كما زار حموشي بعمّان إدارة مكافحة المخدرات في مديرية الأمن العام الأردنية، حيث التقى "
        "مديرها العميد حسان القضاة، الذي قدم إيجازا حول أبرز القضايا.",
        "وزار حموشي، في اليوم ذاته، مقر إدارة التحقيقات الجنائية، حيث قدم له مديرها عرضا.",
        "كما زار حموشي المديرية العامة لمكافحة المخدرات، والتقى مديرها العام الذي قدم عرضا.",
    )
    found = [(c.name_ar, c.role.en) for c in facts.counterparts]
    assert ("حسان القضاة", "Director") in found
    assert (None, "Director General") in found
    assert len(found) == 3


def test_a_name_in_its_own_commas_before_the_post_after_the_meeting_word(
    tmp_path: Path, shipped: Glossary
) -> None:
    # 473: "استقبل، الثلاثاء الماضي بمقر المديرية بالرباط، نيكولا ليرنر، المدير العام …"
    facts = facts_of(
        tmp_path,
        shipped,
        "استقبل حموشي، الثلاثاء الماضي بمقر المديرية بالرباط، نيكولا ليرنر، المدير العام "
        "للأمن الخارجي الفرنسي.",
    )
    assert [(c.country, c.name_ar) for c in facts.counterparts] == [("FR", "نيكولا ليرنر")]
    # A chunk of prose is no name.
    facts = facts_of(
        tmp_path,
        shipped,
        "استقبل حموشي، الثلاثاء الماضي بمقر المديرية بالرباط، في أجواء ودية، المدير العام "
        "للأمن الخارجي الفرنسي.",
    )
    assert [(c.country, c.name_ar) for c in facts.counterparts] == [("FR", None)]


def test_officials_of_visiting_delegations_with_complements_ranks_and_delegation_heads(
    tmp_path: Path, shipped: Glossary
) -> None:
    # 477: "مساعد وزير الداخلية المصري لقطاع الأمن العام، اللواء فلان", "ورئيسة وفد الشرطة
    # الوطنية السنغالية، المراقبة العامة فلانة"; an unnamed head of delegation is no one
    facts = facts_of(
        tmp_path,
        shipped,
        "كما التقى حموشي بالرباط مساعد وزير الداخلية المصري لقطاع الأمن العام، اللواء محمود "
        "عبد الرحمن فؤاد، ورئيسة وفد الشرطة الوطنية السنغالية، المراقبة العامة عيساتو ندياي، "
        "ورئيس الوفد الإستوني.",
    )
    found = [(c.country, c.name_ar, c.role.en) for c in facts.counterparts]
    assert found == [
        ("EG", "محمود عبد الرحمن فؤاد", "Assistant Minister of the Interior"),
        ("SN", "عيساتو ندياي", "Head of the delegation"),
    ]


def test_a_preposition_joined_to_and_ends_a_name(tmp_path: Path, shipped: Glossary) -> None:
    # 483: "مع الوزير بوزينوفيتش ومع المدير العام للشرطة"; "والي" stays a name
    facts = facts_of(
        tmp_path,
        shipped,
        "أجرى حموشي بزغرب مباحثات مع وزير الداخلية الكرواتي، دافور بوزينوفيتش.",
        "وأجرى خلالها مباحثات مع الوزير بوزينوفيتش ومع المدير العام للشرطة الكرواتية.",
    )
    assert "بوزينوفيتش ومع" not in [c.name_ar for c in facts.counterparts]


def test_a_post_of_a_country_after_in(tmp_path: Path, shipped: Glossary) -> None:
    # 495: "رئيس لجنة الأمن القومي في كازاخستان" met on the sidelines in Moscow
    facts = facts_of(
        tmp_path,
        shipped,
        "شارك حموشي بموسكو في اجتماع رؤساء الأجهزة الأمنية.",
        "والتقى حموشي أيضا، على هامش الاجتماع، رئيس لجنة الأمن القومي في كازاخستان.",
    )
    assert facts.host_country == "RU"
    assert [c.country for c in facts.counterparts] == ["KZ"]


def test_services_head_an_organisation(tmp_path: Path, shipped: Glossary) -> None:
    # 487: "المدير العام لمصالح استخبارات الدولة بجمهورية غامبيا، مومودو لامين جوب"
    facts = facts_of(
        tmp_path,
        shipped,
        "استقبل حموشي اليوم بالرباط المدير العام لمصالح استخبارات الدولة بجمهورية غامبيا، "
        "مومودو لامين جوب، الذي يقوم بزيارة رسمية إلى المملكة.",
    )
    assert [(c.country, c.name_ar) for c in facts.counterparts] == [("GM", "مومودو لامين جوب")]


def test_a_counterpart_named_again_by_his_surname_after_a_bare_role(
    tmp_path: Path, shipped: Glossary
) -> None:
    # 488: "واستعرض الوزير حيدان احتياجات وزارة الداخلية …" is the minister named before
    facts = facts_of(
        tmp_path,
        shipped,
        "بحث وزير الداخلية اليمني اللواء إبراهيم حيدان اليوم في الرباط مع حموشي التعاون.",
        "واستعرض الوزير حيدان احتياجات وزارة الداخلية في مجال التدريب.",
    )
    assert [(c.country, c.name_ar) for c in facts.counterparts] == [("YE", "إبراهيم حيدان")]


def test_forces_head_a_body_and_a_plural_body_takes_a_plural_adjective(
    tmp_path: Path, shipped: Glossary
) -> None:
    # 507: "مع قائد قوات الدرك التركية عارف تشتين"
    readings = readings_of(
        tmp_path, shipped, "بحث حرمو مع قائد قوات الدرك التركية عارف تشتين سبل التعاون."
    )
    (post,) = [p for p in read_posts(readings[1]) if p.country == "TR"]
    assert name_after(readings[1], post).ar == "عارف تشتين"  # type: ignore[union-attr]
    assert title_label(post).fr == "commandant des Forces de Gendarmerie turques"


def test_who_opened_the_event_was_not_met_for_that(tmp_path: Path, shipped: Glossary) -> None:
    # 509: "… "ميليبول باريس"، الذي افتتحه وزير الداخلية …، جيرالد دارمانان، …"
    facts = facts_of(
        tmp_path,
        shipped,
        'شارك حموشي اليوم بباريس في افتتاح المعرض العالمي للأمن الداخلي "ميليبول باريس"، الذي '
        "افتتحه وزير الداخلية الفرنسي، جيرالد دارمانان.",
        "وعلى هامش المعرض، أجرى حموشي مباحثات مع المدير العام للشرطة الوطنية الفرنسية، فريديريك فو.",
    )
    assert [c.name_ar for c in facts.counterparts] == ["فريديريك فو"]


@pytest.mark.parametrize(
    "proceedings",
    [
        "وافتتح وزير الداخلية البرتغالي، جوزيه لويس كارنيرو، أشغال المؤتمر، الذي عرف مشاركة "
        "رؤساء أجهزة الشرطة، من بينهم المفوض العام للشرطة البلجيكية.",
        "وشارك في الجلسة الافتتاحية وزير الداخلية البرتغالي، جوزيه لويس كارنيرو، والمفوض العام "
        "للشرطة البلجيكية.",
        "وعرفت الجلسة ذاتها مداخلات لوزير الداخلية البرتغالي، جوزيه لويس كارنيرو، والمفوض العام "
        "للشرطة البلجيكية.",
    ],
)
def test_who_took_part_in_the_events_proceedings_was_not_met(
    tmp_path: Path, shipped: Glossary, proceedings: str
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "شارك حموشي يوم الاثنين 3 مارس 2025 بلشبونة في المؤتمر الأوروبي لأمن الحدود.",
        proceedings,
        "وعلى هامش المؤتمر، أجرى حموشي مباحثات مع المدير الوطني لشرطة الأمن العام البرتغالية.",
    )
    assert [(c.country, c.name_ar) for c in facts.counterparts] == [("PT", None)]
    assert facts.countries_mentioned == ()  # not Belgium, whose commissioner was not met


def test_who_opens_the_event_with_the_principal_is_met(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "افتتح حموشي ووزير الداخلية البرتغالي، جوزيه لويس كارنيرو، يوم الاثنين 3 مارس 2025 "
        "بلشبونة أشغال اللجنة الأمنية المشتركة.",
    )
    assert [(c.country, c.name_ar) for c in facts.counterparts] == [("PT", "جوزيه لويس كارنيرو")]


def test_those_met_one_by_one_with_the_principal_were_fellow_guests(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "شارك حموشي يوم الاثنين 3 مارس 2025 بالدوحة في المؤتمر الدولي للأمن.",
        "واجتمع وزير الداخلية القطري، كلا على حدة، مع السيد عبد اللطيف حموشي، والفريق سالم "
        "الهاجري، مدير الشرطة بسلطنة عمان.",
    )
    assert [c.country for c in facts.counterparts] == ["QA"]
    assert facts.countries_mentioned == ()  # not Oman, a fellow guest's


def test_an_unnamed_official_of_a_un_programme_serves_no_country(
    tmp_path: Path, shipped: Glossary
) -> None:
    # 493: "ومنسق البرنامج العالمي لمراقبة الحاويات التابع لمكتب الأمم المتحدة المعني …"
    facts = facts_of(
        tmp_path,
        shipped,
        "عقد حموشي بطنجة لقاء مع المفوض العام للشرطة الفيدرالية البلجيكية، ومنسق البرنامج "
        "العالمي لمراقبة الحاويات التابع لمكتب الأمم المتحدة المعني بالمخدرات والجريمة.",
    )
    assert [(c.country, c.role.en) for c in facts.counterparts] == [
        ("BE", "Chief Commissioner"),
        (None, "Coordinator"),
    ]


def test_a_welcome_message_from_a_head_of_state_is_no_meeting(
    tmp_path: Path, shipped: Glossary
) -> None:
    # 495: "رسالة ترحيب من الرئيس الروسي فلاديمير بوتين إلى المشاركين"
    facts = facts_of(
        tmp_path,
        shipped,
        "شارك حموشي بموسكو في اجتماع رؤساء الأجهزة الأمنية، وتلا مدير جهاز الأمن الفيدرالي، "
        "ألكسندر بورتنيكوف، في افتتاحه رسالة ترحيب من الرئيس الروسي فلاديمير بوتين إلى "
        "المشاركين.",
    )
    assert [c.name_ar for c in facts.counterparts] == ["ألكسندر بورتنيكوف"]


def test_the_same_post_named_by_its_body_and_by_a_demonstrative(
    tmp_path: Path, shipped: Glossary
) -> None:
    # 497: "القائد العام للشرطة البيروفية" then "القائد العام لهذا الجهاز، الجنرال فلان"
    facts = facts_of(
        tmp_path,
        shipped,
        "وأجرى حموشي بليما مباحثات مع القائد العام للشرطة البيروفية حول تهريب الكوكايين.",
        "وأكد القائد العام لهذا الجهاز، الجنرال خورخي لويس كارديناس منصور، أهمية التعاون.",
    )
    assert [(c.country, c.name_ar) for c in facts.counterparts] == [
        ("PE", "خورخي لويس كارديناس منصور")
    ]


def test_who_is_named_in_a_clause_of_the_times_was_not_met(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في مكسيكو",
        "حل عبد اللطيف حموشي يوم الاثنين 3 مارس 2025 بمكسيكو في زيارة عمل إلى المكسيك، حيث "
        "التقى رئيس وحدة الاستخبارات المالية.",
        "وتأتي هذه الزيارة في وقت زادت فيه الضغوط على حكومة الرئيسة كلاوديا شينباوم لتشديد "
        "الحرب على تهريب المخدرات.",
    )
    assert [(c.country, c.name_ar) for c in facts.counterparts] == [("MX", None)]


def test_abroad_a_third_countrys_post_whose_words_run_past_in(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "شارك عبد اللطيف حموشي يوم الثلاثاء 30 سبتمبر 2025 بسنغافورة في المؤتمر العالمي "
        "للأنتربول حول الجريمة السيبرانية.",
        "وعقد حموشي لقاء جمعه برئيس مكتب التحقيقات في الجرائم السيبرانية بالشرطة الوطنية الكورية.",
    )
    assert [c.country for c in facts.counterparts] == ["KR"]


def test_a_countrys_capacity_is_no_person(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "شارك عبد اللطيف حموشي، يوم الخميس 5 يونيو 2025 بلشبونة، في المؤتمر الوزاري لدول غرب "
        "المتوسط، الذي احتضنته البرتغال بصفتها الرئيس الدوري لهذا المنتدى.",
        "والتقى حموشي وزيرة الإدارة الداخلية البرتغالية، ماريا لوسيا أمارال.",
    )
    assert [(c.country, c.name_ar) for c in facts.counterparts] == [("PT", "ماريا لوسيا أمارال")]


def test_a_post_at_the_organisation_is_the_international_one_said_again(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "شارك عبد اللطيف حموشي، يوم الثلاثاء 30 سبتمبر 2025 بسنغافورة، في مؤتمر الأنتربول "
        "حول الجريمة السيبرانية، حيث التقى مدير الجريمة السيبرانية بالأنتربول.",
        "وخصص اللقاء مع مدير الجريمة السيبرانية بالمنظمة لانخراط المغرب في العمليات الدولية.",
    )
    assert [c.country for c in facts.counterparts] == [None]
