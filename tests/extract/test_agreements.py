"""Agreements: memoranda, agreements, protocols and commitments, their status and parties."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.extract.agreements import read_agreements
from briefer.extract.facts import Agreement, UnknownName
from briefer.extract.reading import Reading, read
from briefer.glossary.match import Glossary
from briefer.ingest import load_rules, read_article
from support import facts_of, readings_of


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # seed 004, sentence 4
        (
            "في مستهل زيارته، وقع حموشي مذكرة تفاهم بين المديرية العامة للأمن الوطني والمعهد "
            "الملكي للشرطة من جهة، وأكاديمية سيف بن زايد للعلوم الشرطية والأمنية التابعة لشرطة "
            "أبو ظبي من جهة أخرى.",
            [("mou", "signed", True)],
        ),
        # seed 003, sentence 11: a commitment without a document
        (
            "تم الإتفاق على توسيع آفاق التعاون لتشمل تنفيذ عمليات التسليم المراقب للمخدرات.",
            [("agreement", "agreed", False)],
        ),
        # seed 003, sentence 14: studying mechanisms names no document
        ("تناول الإجتماع دراسة آليات توسيع التعاون الأمني بين الدول الثلاث.", []),
        # agreed to sign is a planned signature; discussing signing is discussed
        ("وتم الاتفاق على توقيع اتفاقية للتعاون الأمني.", [("agreement", "to_be_signed", True)]),
        ("كما بحث الطرفان إمكانية توقيع بروتوكول تعاون.", [("protocol", "discussed", True)]),
        # a convention named after an international body or a city is none of this visit's
        (
            "ويشارك حموشي في المؤتمر المخلد لذكرى فتح باب التوقيع على اتفاقية الأمم المتحدة "
            "لمكافحة الجريمة المنظمة عبر الوطنية.",
            [],
        ),
        ('وتم التوقيع على "اتفاقية باليرمو" سنة 2000 بحضور ممثلي الدول.', []),
        # an adjective after the document word is no town of its name ("الجديد", Al Jadid)
        ("ووقع الطرفان البروتوكول الجديد للتعاون الأمني.", [("protocol", "signed", True)]),
        # a heading-free mention with no status cue is no agreement
        ("وتحدث الطرفان عن مذكرة تفاهم سابقة.", []),
    ],
)
def test_agreement_status(
    tmp_path: Path, shipped: Glossary, sentence: str, expected: list[tuple[str, str, bool]]
) -> None:
    facts = facts_of(tmp_path, shipped, sentence)
    assert [(a.kind, a.status, a.document) for a in facts.agreements] == expected


def test_dual_split_by_ordinals_seed_002(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "وتوجت هذه اللقاءات بتوقيع مذكرتي تفاهم استراتيجيتين؛ الأولى مع الشرطة "
        "الوطنية النرويجية لتعزيز مكافحة الجريمة العابرة للحدود، والثانية مع "
        "الشرطة الفيدرالية الإثيوبية لبناء تعاون متقدم يشمل التكوين.",
    )
    assert [a.kind for a in facts.agreements] == ["mou", "mou"]
    parties = [[p.en for p in a.parties] for a in facts.agreements]
    assert parties == [["Norwegian Police Service"], ["Ethiopian Federal Police"]]
    assert [a.subject.en for a in facts.agreements if a.subject] == ["organised crime", "training"]


def test_ordinals_that_join_their_parties_without_between(
    tmp_path: Path, shipped: Glossary
) -> None:
    first, second = agreements_of(
        tmp_path,
        shipped,
        "وتوج هذا الاجتماع بالتوقيع على مذكرتي تفاهم، تجمع الأولى المديرية العامة للأمن الوطني "
        "ووزارة الداخلية البيروفية، وتتعلق بمكافحة الاتجار في المخدرات، فيما تربط الثانية "
        "المديرية العامة بالشرطة الوطنية البيروفية، وتهم تكوين الأطر.",
    )[0]
    assert [(p.ar, p.country) for p in first.parties] == [
        ("المديرية العامة للأمن الوطني", "MA"),
        ("وزارة الداخلية البيروفية", "PE"),
    ]
    # joined by "ب", the second's one party would be read as Peru's: none is given
    assert second.parties == ()


def test_restatement_adds_evidence_not_a_second_agreement(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "وقع حموشي مذكرة تفاهم مع شرطة أبو ظبي.",
        "تهدف هذه الاتفاقية إلى تطوير برامج مشتركة للتكوين الشرطي.",
    )
    (mou,) = facts.agreements
    assert [e.sentence for e in mou.evidence] == [1, 2]
    assert mou.subject is not None and mou.subject.en == "training"


def test_a_lead_without_parties_then_the_signing_told_with_them_is_one_document(
    tmp_path: Path, shipped: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "اختتم حموشي زيارة عمل إلى بروناي توجت بالتوقيع على مذكرة تفاهم في مجال التعاون الشرطي.",
        "وقد توج لقاؤه بمفوض الشرطة بالتوقيع على مذكرة تفاهم بين المديرية العامة للأمن الوطني "
        "والشرطة الملكية لبروناي.",
    )
    (mou,) = facts.agreements
    assert [e.sentence for e in mou.evidence] == [1, 2]
    assert [p.country for p in mou.parties] == ["MA", "BN"]


def test_plural_document_word_with_its_number(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(tmp_path, shipped, "ووقع الجانبان ثلاث مذكرات تفاهم في مجال التكوين.")
    assert [(a.kind, a.status) for a in facts.agreements] == [("mou", "signed")] * 3


# ---------------------------------------------------------------- the rules, one by one


def agreements_of(
    tmp_path: Path, shipped: Glossary, *body: str
) -> tuple[list[Agreement], list[UnknownName], list[Reading]]:
    """read_agreements on a small article (the headline is sentence 0)."""
    readings = readings_of(tmp_path, shipped, *body)
    found, unknown = read_agreements(readings)
    return found, unknown, readings


def test_parties_are_the_organisations_of_the_list_parents_left_out(
    tmp_path: Path, shipped: Glossary
) -> None:
    # seed 004, sentence 4: "التابعة لشرطة أبو ظبي" names the academy's parent, not a party
    (mou,), unknown, _ = agreements_of(
        tmp_path,
        shipped,
        "في مستهل زيارته، وقع حموشي مذكرة تفاهم بين المديرية العامة للأمن الوطني والمعهد الملكي "
        "للشرطة من جهة، وأكاديمية سيف بن زايد للعلوم الشرطية والأمنية التابعة لشرطة أبو ظبي من "
        "جهة أخرى.",
    )
    assert [(p.en, p.country) for p in mou.parties] == [
        ("General Directorate of National Security", "MA"),
        ("Royal Police Institute", "MA"),
        ("Saif bin Zayed Academy for Police and Security Sciences", "AE"),
    ]
    assert unknown == []


def test_a_party_the_glossary_lacks_keeps_its_arabic_and_its_country(
    tmp_path: Path, shipped: Glossary
) -> None:
    # tests/data/extract/102, sentence 3
    (protocol,), unknown, readings = agreements_of(
        tmp_path,
        shipped,
        "وتوج اللقاء بتوقيع بروتوكول تعاون بين المديرية العامة للأمن الوطني ومديرية الأمن العام "
        "الأردنية في مجال التكوين وتبادل الخبرات.",
    )
    assert (protocol.kind, protocol.status, protocol.document) == ("protocol", "signed", True)
    jordanian = protocol.parties[1]
    assert (jordanian.ar, jordanian.en, jordanian.country) == (
        "مديرية الأمن العام الأردنية",
        None,
        "JO",
    )
    (name,) = unknown
    assert readings[1].article.original[name.evidence.start : name.evidence.end] == name.ar


@pytest.mark.parametrize(
    ("party", "country"),
    [
        # "و" inside a name joins its words when the demonym that ends it follows
        ("ووزارة الأمن وحماية السكان الإكوادورية", "EC"),
        ("ولجنة الجرائم الجمركية والمالية الغانية", "GH"),
        # a head noun the list did not know
        ("وقوة الشرطة الكينية", "KE"),
        # a known national body in the genitive gives its country to the unknown one above it
        ("والمديرية العامة للشرطة الوطنية الإسبانية", "ES"),
        # the press writes some countries with the article CLDR leaves out (glossary variants)
        ("والشرطة الوطنية للبيرو", "PE"),
        ("والمديرية العامة للشرطة الجمهورية بالبنين", "BJ"),
        # a head noun of the title grammar ("المندوبية", Cameroon's Délégation générale)
        ("والمندوبية العامة للأمن الوطني بالكاميرون", "CM"),
        # a body named after its town is of the town's country
        ("والقيادة العامة لشرطة دبي", "AE"),
    ],
)
def test_an_unknown_organisation_takes_the_country_that_ends_its_name(
    tmp_path: Path, shipped: Glossary, party: str, country: str
) -> None:
    (mou,), _, _ = agreements_of(
        tmp_path,
        shipped,
        f"ووقع الطرفان مذكرة تفاهم بين المديرية العامة للأمن الوطني {party}، في مجال التكوين.",
    )
    assert [(p.ar, p.country) for p in mou.parties] == [
        ("المديرية العامة للأمن الوطني", "MA"),
        (party[1:], country),
    ]


def test_a_second_head_noun_after_and_is_a_second_party(tmp_path: Path, shipped: Glossary) -> None:
    (mou,), _, _ = agreements_of(
        tmp_path,
        shipped,
        "ووقع الطرفان مذكرة تفاهم بين وزارة الداخلية ووزارة العدل الغانية، في مجال التكوين.",
    )
    assert [(p.ar, p.country) for p in mou.parties] == [
        ("وزارة الداخلية", None),
        ("وزارة العدل الغانية", "GH"),
    ]


def test_the_subject_is_the_purpose_clause_labelled_by_its_topics(
    tmp_path: Path, shipped: Glossary
) -> None:
    (mou,), _, _ = agreements_of(
        tmp_path,
        shipped,
        "وقع الجانبان مذكرة تفاهم بين المديرية العامة للأمن الوطني والشرطة الوطنية النرويجية "
        "لمكافحة الإرهاب والجريمة السيبرانية.",
    )
    assert mou.subject is not None
    assert (mou.subject.en, mou.subject.fr) == (
        "terrorism and cybercrime",
        "terrorisme et cybercriminalité",
    )
    assert mou.subject.ar == "لمكافحة الإرهاب والجريمة السيبرانية"


def test_discussed_and_agreed_documents(tmp_path: Path, shipped: Glossary) -> None:
    # tests/data/extract/103 sentence 4, and 104 sentence 5
    (draft,), _, _ = agreements_of(
        tmp_path,
        shipped,
        "وناقش الطرفان مشروع مذكرة تفاهم بين المديرية العامة للأمن الوطني والأمم المتحدة حول "
        "تكوين عناصر الشرطة المغربية المشاركة في بعثات حفظ السلام.",
    )
    assert (draft.kind, draft.status) == ("mou", "discussed")
    assert [p.en for p in draft.parties] == [
        "General Directorate of National Security",
        "United Nations",
    ]
    (planned,), _, _ = agreements_of(
        tmp_path, shipped, "كما اتفق الجانبان على إعداد اتفاقية في مجال مكافحة الجريمة المنظمة."
    )
    assert (planned.kind, planned.status, planned.document) == ("agreement", "agreed", True)
    assert planned.subject is not None and planned.subject.en == "organised crime"


def test_a_commitment_whose_possibility_was_discussed(tmp_path: Path, shipped: Glossary) -> None:
    found, _, _ = agreements_of(
        tmp_path,
        shipped,
        "وبحث الطرفان، حسب المصادر ذاتها، إمكانية إلحاق ضابط اتصال تابع للشرطة السويدية بسفارة "
        "السويد بالرباط، دون أن يتم الحسم في ذلك.",
        "كما بحث الجانبان إمكانية تعزيز التعاون في مجال التكوين.",
    )
    assert [(a.kind, a.status, a.document) for a in found] == [("agreement", "discussed", False)]


def test_a_commitment_without_a_document(tmp_path: Path, shipped: Glossary) -> None:
    # seed 003, sentence 11: the whole clause is the subject
    (commitment,), _, _ = agreements_of(
        tmp_path,
        shipped,
        "تم الإتفاق على توسيع آفاق التعاون لتشمل تنفيذ عمليات التسليم المراقب للمخدرات، و إنشاء "
        "فرق عمل مشتركة لمواجهة التهديدات الناشئة، و تأسيس لجنة أمنية مشتركة للتحضير لتنظيم كأس "
        "العالم 2030.",
    )
    assert (commitment.kind, commitment.status, commitment.document) == (
        "agreement",
        "agreed",
        False,
    )
    assert commitment.parties == ()
    assert commitment.subject is not None
    assert commitment.subject.en == "drug trafficking and security of major events"


def test_a_dual_over_two_sentences_split_by_ordinals(tmp_path: Path, shipped: Glossary) -> None:
    # tests/data/extract/104, sentences 2 and 3: "مذكرتي" (two), then "الأولى … والثانية …"
    first, second = agreements_of(
        tmp_path,
        shipped,
        "وتوجت الزيارة بتوقيع مذكرتي تفاهم؛",
        "الأولى بين المديرية العامة للأمن الوطني وشرطة أبوظبي لتعزيز التكوين الشرطي، والثانية "
        "حول التعاون في مجال الذكاء الاصطناعي.",
    )[0]
    assert [p.en for p in first.parties] == [
        "General Directorate of National Security",
        "Abu Dhabi Police",
    ]
    assert second.parties == ()
    assert [a.subject.en for a in (first, second) if a.subject] == [
        "training",
        "artificial intelligence",
    ]
    assert [e.sentence for e in first.evidence] == [1, 2]


def test_the_longest_document_word_is_one_mention(tmp_path: Path, shipped: Glossary) -> None:
    # "اتفاقية تعاون" holds "اتفاقية": one agreement, not two
    (agreement,), _, _ = agreements_of(tmp_path, shipped, "وقع الجانبان اتفاقية تعاون أمني.")
    assert (agreement.kind, agreement.status, agreement.subject) == ("agreement", "signed", None)


def test_headlines_and_headings_are_not_read(tmp_path: Path, shipped: Glossary) -> None:
    # seed 004 has "مذكرة تفاهم لتعزيز التكوين الشرطي" as a heading: the body reports it
    path = tmp_path / "headline.txt"
    path.write_text(
        "مذكرة تفاهم لتعزيز التكوين الشرطي\n\nوقع حموشي مذكرة تفاهم مع شرطة أبو ظبي.\n",
        encoding="utf-8",
    )
    (mou,), _ = read_agreements(read(read_article(path, load_rules()), shipped))
    assert [e.sentence for e in mou.evidence] == [1]
    assert [p.en for p in mou.parties] == ["Abu Dhabi Police"]


def test_the_bodies_a_commitment_binds_named_in_its_subject(
    tmp_path: Path, shipped: Glossary
) -> None:
    found, _, _ = agreements_of(
        tmp_path,
        shipped,
        "واتفق الجانبان على تفعيل برنامج لتبادل المتدربين بين أكاديمية الشرطة في مملكة البحرين "
        "والمعهد الملكي للشرطة بالقنيطرة.",
    )
    assert [(a.status, [p.country for p in a.parties]) for a in found] == [("agreed", ["BH", "MA"])]
