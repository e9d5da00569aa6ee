"""Rules for the visit as the host's press tells it: the host official is the subject, the
principal comes second, and names and titles are written the host's way.

Each test is one construction of the genre, in sentences written for the test (not taken from
the evaluation corpus), through the real pipeline.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_unseen_rules import facts_of, people

from briefer.glossary.match import Glossary


@pytest.mark.parametrize("name", ["لوران دوبوا", "ليونيل مارتان"])
def test_a_name_that_begins_with_lam_after_a_post_is_a_name(
    tmp_path: Path, shipped: Glossary, name: str
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في باريس",
        f"استقبل وزير الداخلية الفرنسي {name}، الخميس، في مقر الوزارة بباريس، المدير العام "
        "للأمن الوطني عبد اللطيف حموشي.",
    )
    assert people(facts) == [("FR", name)]


def test_a_dual_noun_after_a_post_is_no_name(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "لفتيت في دكار",
        "شارك وزير الداخلية عبد الوافي لفتيت في منتدى دكار للسلم والأمن.",
        "وعلى هامش المنتدى، عقد وزير الداخلية لقاءين ثنائيين، الأول مع وزير الداخلية "
        "السنغالي، والثاني مع نظيره الموريتاني.",
    )
    assert ("SN", "لقاءين ثنائيين") not in people(facts)


def test_his_counterpart_after_the_hosts_name_ends_the_name(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "لفتيت في أنقرة",
        "واستقبل وزير الداخلية التركي مراد أوزتورك نظيره المغربي عبد الوافي لفتيت في مقر "
        "الوزارة بأنقرة.",
    )
    assert people(facts) == [("TR", "مراد أوزتورك")]


def test_the_one_greetings_are_conveyed_to_was_not_met(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "المنصوري في أبوظبي",
        "استقبل وزير الداخلية الإماراتي، الفريق سعيد المري، ياسين المنصوري بأبوظبي.",
        "من جانبه، نقل السيد ياسين المنصوري تحيات جلالة الملك محمد السادس إلى صاحب السمو "
        "رئيس الدولة، وتمنياته للإمارات مزيدا من الرخاء.",
    )
    assert people(facts) == [("AE", "سعيد المري")]


def test_a_second_title_joined_by_and_after_a_named_host_is_his(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في الدوحة",
        "اجتمع معالي الشيخ حمد بن ناصر آل ثاني وزير الداخلية وقائد قوة الأمن الداخلي، اليوم "
        "بالدوحة، مع عبد اللطيف حموشي المدير العام للأمن الوطني بالمملكة المغربية.",
    )
    assert people(facts) == [("QA", "حمد بن ناصر آل ثاني")]


def test_a_named_host_with_two_gulf_titles_in_a_row_is_one_person(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "المنصوري في أبوظبي",
        "استقبل سمو الشيخ حمدان بن راشد آل نهيان نائب حاكم إمارة أبوظبي مستشار الأمن "
        "الوطني، اليوم في أبوظبي، السيد ياسين المنصوري المدير العام للدراسات والمستندات.",
    )
    assert people(facts) == [("AE", "حمدان بن راشد آل نهيان")]


def test_the_talks_after_the_hosts_name_are_no_part_of_it(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في بكين",
        "وفي اليوم ذاته، أجرى وزير الأمن العام الصيني تشانغ وي مينغ محادثات مع عبد اللطيف "
        "حموشي في بكين.",
    )
    assert people(facts) == [("CN", "تشانغ وي مينغ")]


def test_a_verb_after_a_post_in_a_headline_is_no_name(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "قائد أركان الحرس الوطني يجري مباحثات مع قائد الدرك الملكي المغربي",
        "أجرى قائد أركان الحرس الوطني الموريتاني، الفريق أحمد ولد بكار، اليوم الثلاثاء "
        "بالرباط، مباحثات مع قائد الدرك الملكي المغربي، الجنرال محمد حرمو.",
    )
    assert people(facts) == [("MR", "أحمد ولد بكار")]


def test_a_blessing_after_a_post_is_no_name(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "لفتيت في الرياض",
        "استقبل وزير الداخلية السعودي، الأمير فهد بن سعد، عبد الوافي لفتيت بالرياض.",
        "ونقل سموه تحيات خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود، وصاحب السمو "
        "الملكي الأمير محمد بن سلمان ولي العهد رئيس مجلس الوزراء -حفظهما الله-، لأخيهما "
        "الملك محمد السادس.",
    )
    assert people(facts) == [("SA", "فهد بن سعد")]


@pytest.mark.parametrize(
    ("post", "country"),
    [
        ("المديرة العامة لوكالة إنفاذ قوانين المخدرات في غامبيا", "GM"),
        ("المديرة العامة لوكالة مكافحة المخدرات الغامبية", "GM"),
    ],
)
def test_the_name_after_the_words_a_bodys_head_governs(
    tmp_path: Path, shipped: Glossary, post: str, country: str
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في بانجول",
        f"التقى عبد اللطيف حموشي ببانجول {post}، فاتو سانيه، حيث تم التطرق إلى تهريب الكوكايين.",
    )
    assert people(facts) == [(country, "فاتو سانيه")]


def test_a_body_restated_in_brackets_then_sir_and_the_name(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في لندن",
        "عقد عبد اللطيف حموشي بلندن جلسة عمل مع مفوض شرطة العاصمة البريطانية (سكوتلانديارد) "
        "السير مارك رولي، قبل أن يختتم برنامجه.",
    )
    assert people(facts) == [("GB", "مارك رولي")]


def test_posts_in_apposition_to_a_named_person_are_his_titles(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في روما",
        "عقد عبد اللطيف حموشي بروما جلسة عمل مع المحافظ جوزيبي بيانكي، رئيس الشرطة والمدير "
        "العام للأمن العمومي الإيطالي، الذي يشغل المنصب منذ سنة 2023.",
    )
    assert people(facts) == [("IT", "جوزيبي بيانكي")]


def test_the_day_after_a_name_is_no_part_of_it(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "المنصوري في نيامي",
        "نيامي (أ ف ب) - استقبل رئيس المجلس العسكري في النيجر الجنرال عبد الرحمن تياني "
        "الثلاثاء في نيامي المدير العام للدراسات والمستندات ياسين المنصوري.",
    )
    assert people(facts) == [("NE", "عبد الرحمن تياني")]


def test_a_headline_name_read_a_word_too_far_is_the_bodys_name(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في الأوروغواي.. مباحثات مع الوزير كارلوس بيريرا لمحاصرة طريق الكوكايين",
        "وأجرى حموشي بمونتيفيديو مباحثات مع وزير الداخلية الأوروغوياني، كارلوس بيريرا، "
        "تناولت تهريب المخدرات.",
    )
    assert people(facts) == [("UY", "كارلوس بيريرا")]


def test_the_moroccan_delegation_is_the_principals_own(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "لفتيت في دكار",
        "أجرى وزير الداخلية عبد الوافي لفتيت بدكار مباحثات مع وزير الداخلية السنغالي، الجنرال "
        "جان باتيست تين.",
        "وضم الوفد المغربي المرافق للوزير مدير الهجرة ومراقبة الحدود بوزارة الداخلية، خالد "
        "العلمي، وعددا من المسؤولين.",
    )
    assert people(facts) == [("SN", "جان باتيست تين")]


@pytest.mark.parametrize(
    "clause",
    ["الذي يتولى هذا المنصب منذ سنة 2018 خلفا للواء سامي عبد الحميد", "الذي عينه الرئيس سامي فال"],
)
def test_a_predecessor_or_who_appointed_the_host_was_not_met(
    tmp_path: Path, shipped: Glossary, clause: str
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في القاهرة",
        f"استقبل وزير الداخلية المصري، اللواء محمود توفيق، {clause}، عبد اللطيف حموشي بالقاهرة.",
    )
    assert people(facts) == [("EG", "محمود توفيق")]


@pytest.mark.parametrize(
    ("sentence", "countries"),
    [
        # a continent's adjective is no country
        (
            "شارك عبد اللطيف حموشي في سان خوسيه في المؤتمر الإقليمي للإنتربول الخاص بالقارة "
            "الأمريكية، وأجرى مباحثات مع المدير العام لشرطة التحقيقات الشيلية.",
            ("CL",),
        ),
        # where threats come from, or the conflict zones they return from
        (
            "والتقى حموشي وزير الداخلية الطاجيكي، وبحث معه التهديدات الإرهابية المنطلقة من "
            "أفغانستان، وعودة المقاتلين الأجانب من مناطق النزاع في سوريا.",
            ("TJ",),
        ),
        # the tri-border area where threats are
        (
            "كما عقد حموشي اجتماعا مع المدير العام لوكالة أمن الدولة المالية، خصص للتهديدات "
            "الإرهابية في المثلث الحدودي بين مالي والنيجر وبوركينا فاسو.",
            (),
        ),
        # the co-hosts of a tournament to come
        (
            "كما عقد حموشي لقاء مع كاتب الدولة الإسباني المكلف بالأمن، تطرق إلى الاستعدادات "
            "لكأس العالم 2030 الذي ستنظمه إسبانيا والمغرب والبرتغال.",
            ("ES",),
        ),
        # co-hosts told "in partnership with", as a joint or three-way organisation, or as
        # those who host "the world football event"
        (
            "والتقى حموشي القائد العام لشرطة دبي، وتناول اللقاء تنظيم المغرب كأس العالم 2030 "
            "بالشراكة مع إسبانيا والبرتغال.",
            ("AE",),
        ),
        (
            "والتقى حموشي قائد الشرطة البرتغالية في أفق التنظيم المشترك لكأس العالم 2030 من طرف "
            "المغرب وإسبانيا والبرتغال.",
            ("PT",),
        ),
        (
            "والتقى حموشي قائد الشرطة البرتغالية استعدادا للتظاهرة الكروية العالمية التي يحتضنها "
            "المغرب والبرتغال وإسبانيا.",
            ("PT",),
        ),
        # the countries of ministers who took part in the event, not in the talks
        (
            "وعرف المنتدى كذلك مشاركة وزراء ومسؤولين أمنيين من الإكوادور والمكسيك، إلى جانب "
            "ممثلين عن الولايات المتحدة الأمريكية وهولندا.",
            (),
        ),
        # examples of a region ("من بينها") are in it
        (
            "والتقى حموشي مفوض الشرطة الأسترالية، وبحثا تهريب المخدرات عبر عدد من جزر المحيط "
            "الهادئ، من بينها فيجي وساموا.",
            ("AU",),
        ),
        # the host's name between a border word and the neighbours does not count as a word
        (
            "وبحث حموشي مع وزير الداخلية الأرجنتيني تهريب المهاجرين عبر الحدود الشمالية "
            "للأرجنتين مع بوليفيا والباراغواي.",
            ("AR",),
        ),
        # where a gang was born
        (
            "والتقى حموشي قائد الشرطة الإكوادورية، وتناول اللقاء عصابات نشأت في السجون الكولومبية.",
            ("EC",),
        ),
        # a language
        (
            "وأجرى حموشي مباحثات مع وزير الداخلية الموزمبيقي حول التعاون مع هذا البلد "
            "الناطق بالبرتغالية.",
            ("MZ",),
        ),
        # what the talks were about
        (
            "وأجرى حموشي مباحثات مع مدير المخابرات العامة المصرية حول ليبيا والساحل.",
            ("EG",),
        ),
        # the sites of a threat, and Myanmar by its name
        (
            "والتقى حموشي ببانكوك قائد الشرطة التايلاندية، وبحثا استدراج الشباب إلى مجمعات "
            "الاحتيال الإلكتروني في ميانمار.",
            (),
        ),
        # the countries a threat is active between
        (
            "والتقى حموشي بسكوبيي وزير الداخلية، الذي تحدث عن شبكات تهريب تنشط بين تركيا "
            "واليونان وصربيا.",
            (),
        ),
        # representatives of countries who took part in an event
        (
            "ترأس حموشي بالرباط الجلسة الافتتاحية للمناظرة الدولية حول تأمين التظاهرات الرياضية. "
            "كما عرفت المناظرة مشاركة ممثلين عن أجهزة الشرطة في كينيا وأوغندا وتنزانيا.",
            (),
        ),
        # a route through a country, and the security situation in one
        (
            "والتقى حموشي بنيروبي المدير العام للمخابرات الكيني، وبحثا شبكات تهريب المهاجرين "
            "التي تعتمد مسارات تمر عبر ليبيا، والوضع الأمني في الصومال.",
            (),
        ),
        # the origin of contraband
        (
            "والتقى حموشي بطشقند مدير المركز الوطني لمراقبة المخدرات، وبحثا تهريب المخدرات "
            "الأفغانية عبر آسيا الوسطى.",
            (),
        ),
        # where migrants come from, a verb a word away from the country
        (
            "والتقى حموشي بنواكشوط المدير العام للأمن الوطني الموريتاني، وبحثا شبكات تهريب "
            "المهاجرين الذين ينحدرون أساسا من مالي وغينيا.",
            (),
        ),
        # the nationality of cartels, and where their precursors are imported from
        (
            "وأجرى حموشي بواشنطن مباحثات مع مدير إدارة مكافحة المخدرات الأمريكية، انصبت على "
            "الفنتانيل الذي تصنعه الكارتيلات المكسيكية من سلائف مستوردة من الصين والهند.",
            (),
        ),
        # a microstate between its neighbours, and roads between two of their regions
        (
            "أجرى حموشي بأندورا لا فيلا مباحثات مع مدير الشرطة، في زيارة إلى الإمارة الصغيرة "
            "الواقعة بين فرنسا وإسبانيا. وتطرقت المباحثات إلى تهريب الحشيش عبر الطرق الجبلية "
            "الرابطة بين إقليم كتالونيا الإسباني وجنوب فرنسا.",
            (),
        ),
        # the airport he flew in through
        (
            "أجرى حموشي مباحثات مع مسؤولين أمنيين في إمارة موناكو، التي حل بها قادما من مطار "
            "نيس الفرنسي المجاور.",
            (),
        ),
        # the last of a list of contraband
        (
            "وأجرى حموشي بدوشنبه مباحثات مع مدير وكالة مكافحة المخدرات الطاجيكية حول تهريب "
            "الهيروين والأفيون الأفغاني نحو أوروبا.",
            (),
        ),
        # the neighbours that surround the host
        (
            "قام حموشي بزيارة عمل إلى مملكة إسواتيني، الأولى لمسؤول أمني مغربي إلى هذه المملكة "
            "الصغيرة المحاطة بجنوب إفريقيا والموزمبيق.",
            (),
        ),
        # where an envoy of the visit's own side is accredited and resides
        (
            "والتقى حموشي ببندر سري بكاوان قائد قوة الشرطة الملكية، فيما حضر مختلف اللقاءات سفير "
            "المملكة المغربية لدى ماليزيا، المعتمد لدى بروناي.",
            (),
        ),
        # a border crossing the programme takes in, not the tour's next stop
        (
            "التقى حموشي بدوشنبه وزير الداخلية الطاجيكي، على أن يتوجه غدا إلى المعبر الحدودي "
            "على الحدود مع أفغانستان.",
            (),
        ),
        # a region's nisba that begins with a country's
        (
            "أجرى حموشي بمكسيكو مباحثات مع وزير الأمن المكسيكي، في أول زيارة لمسؤول مغربي إلى "
            "هذا البلد الأمريكي اللاتيني.",
            (),
        ),
        # the host minister's own talks with other delegations
        (
            "شارك عبد اللطيف حموشي بسمرقند في منتدى أمن السياحة، حيث التقى وزير الشؤون "
            "الداخلية الأوزبكي. وكان وزير الشؤون الداخلية قد أجرى في وقت سابق من اليوم مباحثات "
            "مع رئيسي وفدي جمهورية كازاخستان والجمهورية التركية المشاركين في المنتدى.",
            (),
        ),
        # a tournament's co-hosts told "بشكل مشترك مع"
        (
            "التقى عبد اللطيف حموشي ببوسطن مفوض الشرطة الكندية، وتناول اللقاء تأمين التظاهرات "
            "الرياضية الكبرى، في أفق احتضان الولايات المتحدة لكأس العالم 2026 بشكل مشترك مع "
            "المكسيك.",
            ("CA",),
        ),
        # the delegations taking part in the event, in the present tense, not met
        (
            "التقى وزير الداخلية المصري بالإسكندرية عبد اللطيف حموشي على هامش المؤتمر الإقليمي "
            "لأمن الموانئ. ويشارك في المؤتمر وفود أمنية من اليونان وقبرص ومالطا ولبنان.",
            (),
        ),
        # a desert's adjective, which is also a home territory's demonym
        (
            "والتقى حموشي بنيامي المدير العام للشرطة الوطنية النيجرية، وبحثا شبكات التهريب "
            "التي تستغل المسالك الصحراوية.",
            (),
        ),
    ],
)
def test_countries_named_but_not_partners(
    tmp_path: Path, shipped: Glossary, sentence: str, countries: tuple[str, ...]
) -> None:
    facts = facts_of(tmp_path, shipped, "حموشي في مهمة", sentence)
    assert facts.countries_mentioned == countries


def test_a_city_named_as_a_reference_point_is_not_where(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يحل بمقر المديرية العامة للأمن الداخلي الفرنسية",
        "حل عبد اللطيف حموشي، أمس الثلاثاء، بمقر المديرية العامة للأمن الداخلي الفرنسية بمدينة "
        "لوفالوا-بيريه، في الضاحية الغربية للعاصمة باريس، حيث أجرى مباحثات مع المديرة العامة "
        "للأمن الداخلي، في إطار زيارة عمل إلى فرنسا.",
        "وانصبت المباحثات على وضعية المقاتلين الإرهابيين المعتقلين في مخيمات شمال شرق سوريا.",
    )
    assert (facts.host_country, facts.city and facts.city.en) == ("FR", "Levallois-Perret")
    assert facts.countries_mentioned == ()


def test_a_venue_in_a_capitals_suburbs_is_in_its_country_not_in_it(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يقود وفدا أمنيا مغربيا إلى معرض للتجهيزات الأمنية",
        "يقود عبد اللطيف حموشي وفدا أمنيا مغربيا يشارك في المعرض الدولي للأمن الداخلي، المنظم "
        "من 18 إلى 21 نونبر 2025 بمركز للمعارض بالضاحية الشمالية للعاصمة الفرنسية.",
    )
    assert (facts.host_country, facts.city) == ("FR", None)


@pytest.mark.parametrize(
    "earlier",
    [
        (),
        # a pluperfect of a month gone by does not say where either
        (
            "وكان المسؤول المغربي قد وقع في أنقرة، في أكتوبر/تشرين الأول الماضي، بروتوكول "
            "تعاون مع المديرية العامة للأمن التركية.",
        ),
    ],
)
def test_a_compass_point_before_a_country_places_the_visit_in_it(
    tmp_path: Path, shipped: Glossary, earlier: tuple[str, ...]
) -> None:
    # The port's town is not in the gazetteer; its country is said after a compass point.
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في ميناء مرسين",
        "4 فبراير 2026",
        "زار عبد اللطيف حموشي، الأربعاء، ميناء مرسين الدولي جنوبي تركيا، في زيارة عمل.",
        *earlier,
    )
    assert (facts.host_country, facts.city) == ("TR", None)


def test_recent_years_in_a_clause_after_the_talks_leave_them_reported(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في أنتاناناريفو",
        "وأجرى عبد اللطيف حموشي، فور وصوله، مباحثات مع وزير الأمن العمومي الملغاشي، تسيوري "
        "أندريامانانتينا، تناولت مكافحة تهريب المخدرات، حيث تحولت السواحل الملغاشية خلال "
        "السنوات الأخيرة إلى نقطة عبور لشحنات الهيروين.",
    )
    assert people(facts) == [("MG", "تسيوري أندريامانانتينا")]
    assert facts.topics == ("drug_trafficking",)


def test_who_opened_the_meeting_was_not_met_for_that(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "لفتيت في فاليتا",
        "وافتتح أشغال الاجتماع وزير الشؤون الداخلية المالطي، بايرون كاميليري، الذي شدد على "
        "تعزيز التنسيق.",
        "وعقد عبد الوافي لفتيت على هامش الاجتماع لقاء مع وزير الداخلية الإيطالي، ماتيو بيانتيدوزي.",
    )
    assert people(facts) == [("IT", "ماتيو بيانتيدوزي")]


def test_talks_earlier_this_morning_told_in_the_pluperfect_are_the_visits(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في نواكشوط",
        "استقبل وزير الداخلية الموريتاني، محمد أحمد ولد محمد الأمين، اليوم بنواكشوط، عبد "
        "اللطيف حموشي.",
        "وكان عبد اللطيف حموشي قد أجرى، في وقت سابق من صباح اليوم، جلسة عمل مع المدير العام "
        "للأمن الوطني، الفريق محمد ولد أحمد عيشة، بمقر الإدارة العامة للأمن الوطني.",
    )
    assert ("MR", "محمد ولد أحمد عيشة") in people(facts)


def test_a_headlines_generic_title_is_the_named_supreme_commander(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حرمو يبحث مع قائد الدرك السنغالي تعزيز التعاون",
        "أجرى قائد الدرك الملكي محمد حرمو بالرباط مباحثات مع القائد الأعلى للدرك الوطني "
        "السنغالي، الجنرال عبدولاي سين.",
        "وأشاد قائد الدرك السنغالي بمستوى التنسيق القائم بين الجهازين.",
    )
    assert people(facts) == [("SN", "عبدولاي سين")]


def test_his_counterpart_of_a_country_then_the_principals_title_abroad(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في أبوظبي",
        "شارك عبد اللطيف حموشي بأبوظبي في معرض الأمن الوطني.",
        "أما اللقاء الثالث، فقد جمع حموشي بنظيره الموريتاني، المدير العام للأمن الوطني، الفريق "
        "سيدي محمد ولد الشيخ، وانصب على الوضع الأمني في منطقة الساحل.",
    )
    assert people(facts) == [("MR", "سيدي محمد ولد الشيخ")]


def test_who_attended_the_audience_was_not_met(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في مسقط",
        "استقبل وزير الداخلية العماني، السيد حمود بن فيصل البوسعيدي، اليوم بمسقط، عبد اللطيف "
        "حموشي.",
        "حضر المقابلة سعادة وكيل وزارة الداخلية، وسعادة سفير المملكة المغربية.",
    )
    assert people(facts) == [("OM", "حمود بن فيصل البوسعيدي")]


def test_the_maghrebi_word_for_a_secretary_general(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في مدريد",
        "وأجرى عبد اللطيف حموشي بمدريد مباحثات مع الكاتب العام للمركز الوطني للاستخبارات "
        "الإسباني، خوسيه مارتينيث.",
    )
    assert people(facts) == [("ES", "خوسيه مارتينيث")]
    assert facts.counterparts[0].role.en == "Secretary General"


def test_ambassador_as_a_courtesy_title_then_a_name_then_then(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في مراكش",
        "وعلى هامش هذا الاجتماع، أجرى عبد اللطيف حموشي بمراكش لقاء مع السفير جلال شلبة، المدير "
        'التنفيذي بالنيابة لـ"أفريبول".',
        "كما التقى المفتش العام للشرطة الغانية، الدكتور جورج دامباري، ثم كايودي إغبيتوكون، "
        "المفتش العام للشرطة النيجيرية.",
    )
    assert people(facts) == [
        (None, "جلال شلبة"),
        ("GH", "جورج دامباري"),
        ("NG", "كايودي إغبيتوكون"),
    ]


def test_someone_who_praised_during_an_earlier_visit_was_not_met(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في مراكش",
        "أجرى عبد اللطيف حموشي بمراكش مباحثات مع المفتش العام للشرطة الغانية، جورج دامباري.",
        "وكان رئيس الاتحاد الإفريقي لكرة القدم، باتريس موتسيبي، قد أشاد، خلال زيارته للمغرب "
        "في وقت سابق، بالبنيات التحتية الرياضية.",
    )
    assert people(facts) == [("GH", "جورج دامباري")]


def test_a_deputy_in_the_visitors_delegation_and_the_next_post(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يستقبل مدير الشرطة القضائية البرتغالية",
        "استقبل عبد اللطيف حموشي، اليوم الخميس بالرباط، المدير الوطني للشرطة القضائية "
        "البرتغالية، لويس نيفيش، الذي يقوم بزيارة عمل للمملكة على رأس وفد يضم نائبته، آنا "
        "باولا ماركيش، ومدير الوحدة الوطنية لمكافحة الإرهاب، روي مانويل كوشطا.",
    )
    assert people(facts) == [
        ("PT", "لويس نيفيش"),
        ("PT", "آنا باولا ماركيش"),
        ("PT", "روي مانويل كوشطا"),
    ]


def test_a_headline_dual_verb_and_a_body_with_its_acronym_in_brackets(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي ومديرة الشرطة الفيدرالية السويسرية يضعان اللمسات الأخيرة على اتفاق للتعاون",
        "استقبل عبد اللطيف حموشي، أمس الأربعاء بالرباط، مديرة المكتب الفيدرالي للشرطة "
        "بالكونفدرالية السويسرية (fedpol)، إيفا فيلدي-كورتيس، التي تقوم بزيارة عمل للمملكة.",
    )
    assert people(facts) == [("CH", "إيفا فيلدي-كورتيس")]


def test_at_home_the_country_in_a_posts_own_words(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يعقد لقاءات على هامش مؤتمر أمن الملاعب",
        "وأجرى عبد اللطيف حموشي، على هامش هذا المؤتمر بالدار البيضاء، لقاءات مع المدير الوطني "
        "لشرطة الأمن العمومي البرتغالية، ومدير إدارة أمن الفعاليات بوزارة الداخلية القطرية، "
        "العميد ناصر فهد المهندي.",
    )
    assert ("QA", "ناصر فهد المهندي") in people(facts)


def test_a_head_of_state_named_after_his_title_and_an_attendee(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "الرئيس التشادي يستقبل رئيس الاستخبارات الخارجية المغربية",
        "نجامينا (أ ف ب) - استقبل الرئيس التشادي محمد إدريس ديبي إتنو الثلاثاء في نجامينا "
        "المدير العام للدراسات والمستندات ياسين المنصوري.",
        "وأوضحت الرئاسة أن اللقاء، الذي حضره المدير العام للوكالة الوطنية لأمن الدولة، تناول "
        "الوضع الأمني في منطقة الساحل.",
    )
    assert people(facts) == [("TD", "محمد إدريس ديبي إتنو")]


@pytest.mark.parametrize(
    ("lines", "where"),
    [
        pytest.param(
            (
                "حموشي يبحث مع رئيس أمن الدولة السعودي التعاون الأمني",
                "أفادت وكالة الأنباء السعودية بأن رئيس أمن الدولة بالمملكة العربية السعودية، فهد بن "
                "سالم العتيبي، استقبل، أمس الأحد بمقر الرئاسة في الرياض، عبد اللطيف حموشي المدير "
                "العام للأمن الوطني.",
            ),
            ("SA", "Riyadh"),
            id="the-host-receives-after-his-name-in-apposition",
        ),
        pytest.param(
            (
                "حموشي ومدير الشرطة الإسبانية يتفقدان الميناء",
                "الجزيرة الخضراء (إسبانيا)، 12 يونيو (إفي) - زار المدير العام للشرطة الإسبانية، "
                "فرانسيسكو باردو بيكيراس، اليوم الخميس رفقة عبد اللطيف حموشي، ميناء الجزيرة الخضراء.",
            ),
            ("ES", "Algeciras"),
            id="a-wire-dateline-with-its-country-in-brackets",
        ),
        pytest.param(
            (
                "وزير الداخلية يبحث مع حموشي التعاون في مكافحة المخدرات",
                "بغداد - واع",
                "بحث وزير الداخلية العراقي عبد الأمير الشمري، اليوم الثلاثاء، مع عبد اللطيف حموشي "
                "التعاون الأمني.",
                'وذكر بيان للوزارة أن "الشمري استقبل حموشي والوفد المرافق له على هامش أعمال مؤتمر '
                'بغداد الدولي لمكافحة المخدرات، الذي تحتضنه العاصمة".',
            ),
            ("IQ", "Baghdad"),
            id="the-hosts-surname-before-receives-is-its-subject",
        ),
        pytest.param(
            (
                "القائد العام لشرطة دبي يستقبل المدير العام للأمن الوطني المغربي",
                "استقبل القائد العام لشرطة دبي، الفريق عبدالله خليفة المري، في مقر القيادة العامة "
                "لشرطة دبي، أمس، المدير العام للأمن الوطني عبد اللطيف حموشي.",
            ),
            ("AE", "Dubai"),
            id="the-city-of-the-body-whose-seat-the-meeting-is-at",
        ),
        pytest.param(
            (
                "حموشي يوقع بروتوكولا للتعاون مع الشرطة الرواندية",
                "وقع عبد اللطيف حموشي، أمس الثلاثاء بالعاصمة الرواندية كيغالي، والمفتش العام للشرطة "
                "الوطنية الرواندية، بروتوكولا للتعاون في مجال التكوين.",
                "وجاء التوقيع في ختام زيارة عمل قام بها حموشي إلى جمهورية رواندا، دامت يومين.",
            ),
            ("RW", "Kigali"),
            id="the-city-where-the-principal-signed",
        ),
        pytest.param(
            (
                "مفوض الشرطة الكورية يلتقي رئيس الأمن المغربي في سيئول",
                "سيئول، 6 نوفمبر (يونهاب) -- التقى المفوض العام للشرطة الكورية المدير العام للأمن "
                "الوطني المغربي عبد اللطيف حموشي في سيئول.",
            ),
            ("KR", "Seoul"),
            id="seoul-with-the-hamza-seat",
        ),
        pytest.param(
            (
                "حموشي في زيارة عمل إلى العاصمة البوروندية",
                "بوجمبورا - ومع - أجرى عبد اللطيف حموشي، اليوم الثلاثاء ببوجمبورا، مباحثات مع وزير "
                "الداخلية البوروندي.",
            ),
            ("BI", "Bujumbura"),
            id="a-named-city-wins-over-the-capital-read-from-its-adjective",
        ),
        pytest.param(
            ("حموشي في زيارة عمل", "حل عبد اللطيف حموشي، أمس الاثنين بمدينة ملابو، في زيارة عمل."),
            ("GQ", "Malabo"),
            id="malabo-as-the-press-also-spells-it",
        ),
        pytest.param(
            (
                "حموشي في زيارة عمل",
                "أجرى عبد اللطيف حموشي، في إطار زيارة عمل إلى فرنسا، مباحثات بمقر المديرية العامة "
                "للدرك الوطني بمدينة إيسي-لي-مولينو، المحاذية للعاصمة باريس.",
            ),
            ("FR", "Issy-les-Moulineaux"),
            id="a-town-next-to-the-capital-the-capital-only-a-reference-point",
        ),
        pytest.param(
            (
                "المري يستقبل حموشي",
                "استقبل الفريق عبد الله خليفة المري، القائد العام لشرطة دبي، في مقر القيادة "
                "العامة أمس، عبد اللطيف حموشي والوفد المرافق له.",
                "وأشاد الجانبان بمذكرة التفاهم التي وقعاها في الرباط سنة 2024.",
            ),
            ("AE", None),
            id="a-foreign-post-receives-the-principal-in-its-country",
        ),
        pytest.param(
            (
                "أخبار الخليج",
                "ولي العهد يستقبل وزير الداخلية المغربي",
                "استقبل صاحب السمو الملكي الأمير سلمان بن حمد آل خليفة ولي العهد رئيس مجلس "
                "الوزراء، أمس، معالي السيد عبد الوافي لفتيت وزير الداخلية بالمملكة المغربية، "
                "بمناسبة زيارته الرسمية للمملكة.",
                "وأشاد الجانبان بمذكرة التفاهم التي وقعها البلدان في الرباط سنة 2023.",
            ),
            ("BH", None),
            id="a-national-daily-gives-its-country-to-the-post-that-receives",
        ),
        pytest.param(
            (
                "حموشي في ميناء روتردام",
                "رافق وزير العدل الهولندي، أمس، عبد اللطيف حموشي في زيارة إلى ميناء روتردام.",
            ),
            ("NL", "Rotterdam"),
            id="a-visit-to-the-port-of-a-city",
        ),
        pytest.param(
            (
                "رئيس المخابرات الإيطالية في الرباط",
                "روما - الرباط، 25 فبراير (نوفا) - استقبل المدير العام للدراسات والمستندات في "
                "المغرب، أمس الاثنين في الرباط، مدير وكالة المعلومات والأمن الخارجي الإيطالية.",
            ),
            ("MA", "Rabat"),
            id="a-home-post-receives-after-a-foreign-wires-dateline",
        ),
        pytest.param(
            (
                "حموشي يستقبل مسؤولا بلجيكيا",
                "استقبل عبد اللطيف حموشي، يوم الجمعة الماضي بمقر ولاية أمن الدار البيضاء، المدير "
                "العام للشرطة القضائية الفيدرالية البلجيكية.",
            ),
            ("MA", "Casablanca"),
            id="the-city-that-ends-the-name-of-a-seat",
        ),
        pytest.param(
            (
                "حموشي في زيارة عمل",
                "أجرى حموشي، أمس الثلاثاء، مباحثات مع وزير الداخلية في جمهورية سلوفينيا، وذلك في "
                "إطار زيارة عمل إلى هذا البلد تستغرق يومين.",
            ),
            ("SI", None),
            id="a-visit-to-this-country-named-before",
        ),
        pytest.param(
            (
                "حموشي في بودغوريتشا",
                "أجرى حموشي، أمس الثلاثاء بالعاصمة بودغوريتشا، مباحثات مع وزير الداخلية.",
            ),
            ("ME", "Podgorica"),
            id="a-capital-as-the-moroccan-press-spells-it",
        ),
        pytest.param(
            ("حموشي في مقدونيا", "التقى حموشي بالعاصمة سكوبيي وزير الداخلية."),
            ("MK", "Skopje"),
            id="skopje-with-its-final-ya",
        ),
        pytest.param(
            ("حموشي في سيشل", "أجرى حموشي بالعاصمة فيكتوريا مباحثات مع وزير الشؤون الداخلية."),
            ("SC", "Victoria"),
            id="a-capital-named-after-the-capital-word-whatever-its-namesakes",
        ),
        pytest.param(
            (
                "الغد",
                "الوزير يبحث مع حموشي التعاون الأمني",
                "بحث وزير الداخلية، أمس، مع عبد اللطيف حموشي سبل تعزيز التعاون الأمني.",
                "وجرى اللقاء في عمان بمقر الوزارة.",
            ),
            ("JO", "Amman"),
            id="in-a-jordanian-daily-amman-after-a-preposition",
        ),
        pytest.param(
            (
                "حموشي يلتقي وزير الداخلية الأردني",
                "بحث وزير الداخلية الأردني، أمس، مع عبد اللطيف حموشي سبل تعزيز التعاون الأمني.",
                "وجرى خلال اللقاء الاتفاق على برامج تدريبية بين أكاديمية الشرطة الملكية والمعهد الملكي "
                "للشرطة في القنيطرة.",
            ),
            (None, None),
            id="the-town-of-a-party-is-not-the-visits",
        ),
        pytest.param(
            (
                "وزير الداخلية يستقبل حموشي",
                "استقبل وزير الداخلية، أمس، عبد اللطيف حموشي والوفد المرافق له.",
                "حضر المقابلة عدد من كبار المسؤولين، وسفير المملكة المغربية لدى دولة الكويت.",
            ),
            ("KW", None),
            id="the-home-envoy-to-a-country-attends-there",
        ),
    ],
)
def test_where_the_visit_is(
    tmp_path: Path, shipped: Glossary, lines: tuple[str, ...], where: tuple[str, str | None]
) -> None:
    facts = facts_of(tmp_path, shipped, *lines)
    assert (facts.host_country, facts.city and facts.city.en) == where


def test_the_directors_of_a_delegation_are_no_name(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يستقبل المدير العام للشرطة السودانية",
        "ويضم الوفد المرافق للمدير العام مديري الإدارة العامة للمباحث والإدارة العامة لمكافحة "
        "المخدرات.",
    )
    assert [name for _, name in people(facts)] == [None] * len(people(facts))


def test_an_event_recalled_for_its_experience_is_not_the_visits(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "اختتام المؤتمر الدولي حول أمن الملاعب",
        "الدار البيضاء - ومع - اختتمت، اليوم الأربعاء 11 فبراير 2026 بالدار البيضاء، أشغال "
        "المؤتمر الدولي حول أمن الملاعب.",
        "وكان السيد حموشي قد أكد، في كلمة افتتاحية أمس الثلاثاء، أهمية الاستباق، مذكرا "
        "بالتجربة التي راكمتها المصالح الأمنية المغربية خلال تنظيم كأس أمم إفريقيا 2025.",
    )
    assert facts.event is None


@pytest.mark.parametrize(
    ("sentence", "event"),
    [
        # a reception about a tournament to come is not at the tournament
        (
            "واتفق الجانبان بالدار البيضاء على إحداث خلية تنسيق تتولى تتبع المشجعين الخطيرين "
            "خلال كأس العالم 2030.",
            None,
        ),
        # the context the visit comes in names none
        (
            "ويأتي هذا اللقاء بالرباط في وقت تواصل فيه المديرية التحضيرات لتأمين كأس أمم "
            "إفريقيا 2025.",
            None,
        ),
        # attending it does
        (
            "شارك عبد اللطيف حموشي بغلاسكو في أشغال الجمعية العامة للإنتربول.",
            "event.interpol-general-assembly",
        ),
    ],
)
def test_the_event_the_visit_is_for(
    tmp_path: Path, shipped: Glossary, sentence: str, event: str | None
) -> None:
    facts = facts_of(tmp_path, shipped, "حموشي في مهمة", sentence)
    assert (facts.event.id if facts.event else None) == event


@pytest.mark.parametrize(
    ("state", "host"),
    [
        ("الجمهورية الفرنسية", "FR"),
        ("الجمهورية الإيطالية", "IT"),
        ("المملكة الهولندية", "NL"),
        ("الجمهورية الإسلامية الموريتانية", "MR"),
    ],
)
def test_a_states_formal_name_is_the_host(
    tmp_path: Path, shipped: Glossary, state: str, host: str
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في زيارة عمل",
        f"الرباط - ومع - قام عبد اللطيف حموشي، يومي الاثنين والثلاثاء 13 و14 أكتوبر 2025، "
        f"بزيارة عمل إلى {state}.",
    )
    assert facts.host_country == host


def test_a_meeting_at_a_home_bodys_seat_is_at_home_whatever_the_dateline(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "الشرطة الماليزية والأمن المغربي يتفقان على قناة اتصال",
        "كوالالمبور، 9 سبتمبر 2025 (برناما) -- بحث مدير إدارة التحقيقات الجنائية في المخدرات "
        "بالشرطة الملكية الماليزية مع عبد اللطيف حموشي سبل تعزيز التعاون، وذلك خلال لقاء "
        "جمعهما في مقر المديرية العامة للأمن الوطني أمس.",
    )
    assert facts.host_country == "MA"


def test_a_region_with_its_countrys_demonym_says_where(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يشارك في اجتماع إقليمي",
        "شارك عبد اللطيف حموشي، يومي الثلاثاء والأربعاء 12 و13 نونبر 2024، بجزيرة بالي "
        "الإندونيسية، في أشغال الاجتماع الإقليمي حول مكافحة الإرهاب.",
    )
    assert (facts.host_country, facts.city) == ("ID", None)


def test_a_press_citys_spelling_wins_over_a_namesake_town(
    tmp_path: Path, shipped: Glossary
) -> None:
    # "الصويرة" is also a town of Iraq of comparable size
    facts = facts_of(
        tmp_path,
        shipped,
        "انطلاق أشغال الندوة الدولية حول أمن الوجهات السياحية",
        "انطلقت، اليوم الخميس 16 أبريل 2026 بالصويرة، أشغال الندوة الدولية حول أمن الوجهات "
        "السياحية، التي تنظمها المديرية العامة للأمن الوطني برئاسة عبد اللطيف حموشي.",
    )
    assert facts.city is not None and facts.city.en == "Essaouira"


def test_the_city_a_consul_serves_in_is_not_where(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "أمير منطقة المدينة المنورة يستقبل حموشي",
        "المدينة المنورة 14 شعبان 1446 هـ الموافق 13 فبراير 2025 م واس",
        "استقبل أمير منطقة المدينة المنورة، في مكتبه بديوان الإمارة اليوم، عبد اللطيف حموشي "
        "والوفد المرافق له.",
        "حضر الاستقبال مدير شرطة المنطقة، والقنصل العام للمملكة المغربية في جدة.",
    )
    assert facts.city is not None and facts.city.en == "Medina"


@pytest.mark.parametrize(
    ("where", "city"),
    [("بالعاصمة العلمية للمملكة", "Fez"), ("بالمدينة الحمراء", "Marrakesh")],
)
def test_a_city_called_by_its_epithet(
    tmp_path: Path, shipped: Glossary, where: str, city: str
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يستقبل المندوب العام للأمن الوطني الكاميروني",
        f"استقبل عبد اللطيف حموشي، يوم الأربعاء 17 ماي 2023، بمقر ولاية الأمن {where}، المندوب "
        "العام للأمن الوطني بجمهورية الكاميرون.",
        "واتفق الجانبان على رفع عدد المقاعد المخصصة لأطر الأمن الكاميرونية بالمعهد الملكي للشرطة "
        "بالقنيطرة.",
    )
    assert facts.city is not None and facts.city.en == city


@pytest.mark.parametrize(
    ("where", "city", "country"),
    [
        ("في العاصمة الشمالية لروسيا", "Saint Petersburg", "RU"),
        ("في عاصمة الضباب", "London", "GB"),
        ("في المدينة الخالدة", "Rome", "IT"),
        ("في عاصمة الأنوار", "Paris", "FR"),
        ("بالعاصمة الإسماعيلية", "Meknes", "MA"),
    ],
)
def test_a_city_abroad_called_by_its_epithet(
    tmp_path: Path, shipped: Glossary, where: str, city: str, country: str
) -> None:
    # The meeting's previous edition in another city says nothing of where this one is.
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يشارك في اجتماع أمني دولي",
        f"اختتمت، يوم الخميس 28 ماي 2026 {where}، أشغال الاجتماع الدولي للمسؤولين الأمنيين، الذي "
        "شارك فيه وفد مغربي يقوده عبد اللطيف حموشي.",
        "ويعد هذا الاجتماع من أبرز المواعيد الأمنية الدولية، وقد احتضنت مدريد دورته السابقة.",
    )
    assert facts.city is not None and (facts.city.en, facts.host_country) == (city, country)


def test_an_envoys_post_gives_the_country_not_the_city(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "مدير الأمن العام يلتقي حموشي على هامش مؤتمر إقليمي",
        "التقى المدير العام للأمن العام اللبناني، يوم الأربعاء 20 ماي 2026، عبد اللطيف حموشي على "
        "هامش المؤتمر الإقليمي لمكافحة المخدرات.",
        "وحضر اللقاء القائم بأعمال السفارة المغربية في بيروت.",
    )
    assert (facts.host_country, facts.city) == ("LB", None)


def test_a_name_after_bin_is_no_nationality(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي في صلالة",
        "استقبل السيد مروان بن تركي آل سعيد محافظ ظفار، يوم الأربعاء 1 أكتوبر 2025 بصلالة، "
        "عبد اللطيف حموشي.",
    )
    assert facts.countries_mentioned == ()


@pytest.mark.parametrize(
    ("sentence", "countries"),
    [
        # 1538: the stop of the tour he comes from
        (
            "استقبل وزير الداخلية السعودي، في مكتبه بالرياض أمس، عبد اللطيف حموشي، الذي يزور "
            "المملكة قادما من دولة الإمارات العربية المتحدة.",
            ("AE",),
        ),
        # 1545: the next stop by the press's spelling of Barbados (CLDR writes "بربادوس")
        (
            "حل عبد اللطيف حموشي، أمس الجمعة، بسانت لوسيا في زيارة عمل. ويحل حموشي، اليوم "
            "السبت، ببريدجتاون، عاصمة باربادوس، في المحطة الثانية من هذه الجولة.",
            ("BB",),
        ),
        # 1543: the next stop, told before the words that say so
        (
            "استقبل وزير الداخلية الإماراتي، الثلاثاء في أبوظبي، عبد اللطيف حموشي. ويتوجه "
            "المسؤول المغربي، الأربعاء، إلى الرياض، في المحطة الثانية من جولة خليجية.",
            ("SA",),
        ),
    ],
)
def test_the_other_stops_of_a_tour(
    tmp_path: Path, shipped: Glossary, sentence: str, countries: tuple[str, ...]
) -> None:
    facts = facts_of(tmp_path, shipped, "حموشي في جولة خليجية", sentence)
    assert facts.countries_mentioned == countries


def test_a_side_that_represents_opens_a_list_of_posts_up_to_a_clause_break(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "حموشي يستقبل وزيرة الداخلية البرتغالية",
        "استقبل عبد اللطيف حموشي يوم الاثنين 3 مارس 2025 بالرباط وزيرة الداخلية البرتغالية "
        "ماريا لوسيا أمارال.",
        "ومثّل الجانب البرتغالي في جلسة العمل الموسعة التي أعقبت هذا اللقاء قائد الحرس الوطني "
        "الجمهوري، والمدير الوطني لشرطة الأمن العمومي، فيما مثل الجانب المغربي كل من مدير "
        "الشرطة القضائية.",
    )
    titles = [(c.country, c.title.en if c.title else None) for c in facts.counterparts]
    assert titles == [
        ("PT", "Portuguese Minister of the Interior"),
        ("PT", "Commander of the National Republican Guard"),
        ("PT", "National Director of the Public Security Police (PSP)"),
    ]
