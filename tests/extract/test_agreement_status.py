"""Agreements, rule by rule: status (modality, polarity), earlier agreements, parties, subjects,
counts, the JSON contract, merging across sources and the note's sentence.

Sentences come from the unseen dev articles (tests/data/unseen/dev, cited by article and
sentence) and from the genre's usual wording. Self-contained: a small article is written for
each case and read by read_agreements alone.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from test_unseen_rules import facts_of

from briefer.extract.agreement_cues import STATUSES
from briefer.extract.agreements import read_agreements
from briefer.extract.facts import Agreement, Evidence, Facts, Label, Named, Party, by_article
from briefer.extract.reading import read
from briefer.extract.visits import group_visits
from briefer.glossary.load import load as load_glossary
from briefer.glossary.match import Glossary
from briefer.ingest import load_rules, read_article
from briefer.render.localize import words
from briefer.render.phrasing import Phrasing
from briefer.render.summary import points

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary(ROOT / "glossary")


def agreements_of(
    tmp_path: Path,
    glossary: Glossary,
    *body: str,
    year: int | None = None,
    first: date | None = None,
) -> list[Agreement]:
    """The agreements of a small article: a headline, then one paragraph per line."""
    path = tmp_path / "article.txt"
    path.write_text("حموشي في زيارة عمل\n\n" + "\n".join(body) + "\n", encoding="utf-8")
    readings = read(read_article(path, load_rules()), glossary)
    return read_agreements(readings, year, first)[0]


def statuses(agreements: list[Agreement]) -> list[tuple[str, str, bool]]:
    return [(a.kind, a.status, a.document) for a in agreements]


def countries(agreement: Agreement) -> list[str | None]:
    return [p.country for p in agreement.parties]


# ---------------------------------------------------------------- status


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 201, sentence 8: a dual gives two documents
        (
            "وتوجت هذه المباحثات بتوقيع مذكرتي تفاهم، الأولى بين المديرية العامة للأمن الوطني "
            "ووزارة الداخلية القطرية في مجال التكوين الشرطي وتبادل الخبرات، والثانية بين "
            "المديرية العامة لمراقبة التراب الوطني وجهاز أمن الدولة القطري في مجال مكافحة "
            "الإرهاب والجرائم الماسة بأمن الدولة.",
            [("mou", "signed", True)] * 2,
        ),
        # an intention to sign is a signing to come
        (
            "وأعلن الجانبان عزمهما توقيع بروتوكول تعاون بين المديرية العامة للأمن التركية "
            "والمديرية العامة للأمن الوطني في مجال مكافحة تهريب المهاجرين.",
            [("protocol", "to_be_signed", True)],
        ),
        # one denial of a list of kinds
        (
            "ولم تسفر هذه الزيارة عن التوقيع على أي اتفاقية أو مذكرة تفاهم.",
            [("agreement", "none", True)],
        ),
        # 202, sentence 4: agreed only to study signing
        (
            "واتفق الجانبان على دراسة إمكانية توقيع اتفاقية تعاون في مجال تبادل المعلومات "
            "الجنائية وتنظيم دورات تدريبية مشتركة للضباط، على أن تتولى لجنة من الجانبين "
            "إعداد مسودتها.",
            [("agreement", "discussed", True)],
        ),
        # 204, sentence 8: the negation governs the signing word
        (
            "وعلى عكس ما تداولته بعض المنابر، لم يتم توقيع أي اتفاقية خلال هذه الزيارة، التي "
            "اقتصرت على المباحثات وتبادل وجهات النظر.",
            [("agreement", "none", True)],
        ),
        # 220, sentence 6: a parenthetical between the negation and the signing word
        (
            "ولم يتم، خلال هذه المشاركة، توقيع أي اتفاقية، حسب البلاغ ذاته.",
            [("agreement", "none", True)],
        ),
        # 205, sentence 9
        (
            "ومن المرتقب توقيع اتفاقية للتعاون الأمني بين المديرية العامة للأمن الوطني "
            "والمديرية العامة للشرطة الوطنية الفرنسية.",
            [("agreement", "to_be_signed", True)],
        ),
        # 214, sentence 6: the future governs "تتوج … بالتوقيع"
        (
            "ومن المنتظر أن تتوج محطة أبيدجان بالتوقيع على اتفاقية في مجال التكوين الشرطي.",
            [("agreement", "to_be_signed", True)],
        ),
        # 219, sentence 6
        (
            "وحسب مصادر مطلعة، فقد تقرر خلال هذه الزيارة أنه سيتم التوقيع على اتفاقية للتعاون "
            "في مجال تأمين التظاهرات الرياضية الكبرى.",
            [("agreement", "to_be_signed", True)],
        ),
        # 215, sentence 6: agreed to prepare it, "على أن يتم توقيعها" later: to be signed
        (
            "واتفق الجانبان على إعداد اتفاقية للتعاون في مجال التكوين وتبادل الخبرات، على أن "
            "يتم توقيعها خلال الأشهر المقبلة بالرباط، بدل توقيعها خلال هذه الزيارة كما كان "
            "مرتقبا.",
            [("agreement", "to_be_signed", True)],
        ),
        # 212, sentence 5 and 207, sentence 4: discussing the possibility of concluding
        (
            "وأضاف البلاغ أن الجانبين ناقشا إمكانية إبرام اتفاقية جديدة للتعاون الثنائي، دون "
            "أن يتم الحسم في موعد إبرامها.",
            [("agreement", "discussed", True)],
        ),
        (
            "حيث تم بحث إمكانية إبرام اتفاق تعاون استراتيجي بين المغرب والوكالة.",
            [("agreement", "discussed", True)],
        ),
        # 229, sentence 9: "أي" under a negation of another verb: nothing to read
        ("ولم يكشف بعد عن برنامج الزيارة، كما لم يعلن عن أي اتفاقيات مرتقبة.", []),
        # the negation of the outcome reaches the signing
        ("ولم تسفر الزيارة عن توقيع أي اتفاقية.", [("agreement", "none", True)]),
        ("ولم يوقع الطرفان أي اتفاقية خلال هذه الزيارة.", [("agreement", "none", True)]),
        ("واختتمت الزيارة دون توقيع أي اتفاق.", [("agreement", "none", True)]),
        # the parties that agreed, then an aside between commas before "على"
        (
            "واتفقت المديرية العامة للأمن الوطني ومجلس أوروبا، خلال هذه اللقاءات، على تنظيم "
            "دورات تكوينية مشتركة.",
            [("agreement", "agreed", False)],
        ),
        # a draft agreed on, still to be studied
        (
            "واتفق الطرفان على إعداد مشروع اتفاقية للتعاون الأمني، على أن يحال على الخبراء "
            "لدراسته.",
            [("agreement", "discussed", True)],
        ),
        # "without saying whether": a report negated past "أن", nothing to read
        (
            "وعقد حموشي عدة لقاءات، دون أن يكشف البلاغ عما إذا كانت الزيارة قد عرفت توقيع أي "
            "اتفاقية.",
            [],
        ),
        # a negation of another verb does not touch the signing
        (
            "ولم يخف الطرفان ارتياحهما لتوقيع مذكرة تفاهم في مجال التكوين.",
            [("mou", "signed", True)],
        ),
        # a denial that does not reach the signing word: "أي" leaves nothing to read
        ("ونفى مصدر مطلع أن يكون الطرفان قد وقعا أي اتفاقية.", []),
        # agreed to sign is a planned signature; initialled is an agreed text
        (
            "واتفق الجانبان على توقيع اتفاقية للتعاون الأمني في أقرب الآجال.",
            [("agreement", "to_be_signed", True)],
        ),
        (
            "ووقع الطرفان بالأحرف الأولى على اتفاقية للتعاون الأمني.",
            [("agreement", "agreed", True)],
        ),
        # a signing decided ("تقرر أن يوقع") or denied now and set for later is to come
        (
            "كما تقرر أن يوقع الجانبان، يوم الخميس المقبل، مذكرة تفاهم في مجال مكافحة الاتجار "
            "بالبشر.",
            [("mou", "to_be_signed", True)],
        ),
        (
            "ولم تعرف الزيارة توقيع اتفاقية التوأمة بين المعهدين، إذ تقرر أن يتم التوقيع عليها "
            "خلال زيارة مرتقبة في أكتوبر المقبل.",
            [("agreement", "to_be_signed", True)],
        ),
        # "انتهت باتفاق على توقيع": the agreement is the sides', not a document signed
        (
            "وانتهت الزيارة باتفاق على توقيع مذكرة تفاهم قريبا.",
            [("mou", "to_be_signed", True)],
        ),
        # copies exchanged are signed; an exchange of information is no document
        (
            "وشهد سموه ومعالي حموشي تبادل مذكرة تفاهم في مجال مكافحة الجرائم الإلكترونية.",
            [("mou", "signed", True)],
        ),
        ("وبحث الجانبان تبادل المعلومات في إطار مذكرة التفاهم الموقعة سنة 2019.", []),
        # a renewal signed on this visit is a signing, whatever earlier one its clause recalls
        (
            "وتوج اللقاء بالتوقيع على تجديد مذكرة التفاهم التي سبق أن أبرمها الجهازان في يونيو "
            "2021.",
            [("mou", "signed", True)],
        ),
        (
            "وتوجت اللقاءات بالتوقيع بالأحرف الأولى على مذكرة تفاهم في مجال مكافحة الجريمة "
            "المنظمة، على أن يتم توقيعها بشكل رسمي في الرباط في موعد لاحق.",
            [("mou", "agreed", True)],
        ),
        # talks to come are no status yet; present-tense signing alone is not read
        ("وخلال الاجتماع المرتقب، سيتم بحث مشروع اتفاقية للتعاون القضائي.", []),
        ("ويوقع الطرفان اتفاقية للتعاون الأمني.", []),
        # a postponed or imminent signing is to come
        ("وتم تأجيل توقيع الاتفاقية إلى موعد لاحق.", [("agreement", "to_be_signed", True)]),
        (
            "وأعلن الطرفان عن قرب توقيع اتفاقية للتعاون في مجال تبادل المعلومات.",
            [("agreement", "to_be_signed", True)],
        ),
        (
            "ومن المرتقب أن تشهد الزيارة التوقيع على مذكرة تعاون في مجال التكوين.",
            [("mou", "to_be_signed", True)],
        ),
        # a draft agreed on is an agreed text; a draft touched upon is discussed
        ("وتم الاتفاق على مشروع مذكرة تفاهم في مجال التكوين.", [("mou", "agreed", True)]),
        ("وتطرق الطرفان إلى مشروع مذكرة تفاهم في مجال الهجرة.", [("mou", "discussed", True)]),
        # minutes are no agreement; a document word of another is its complement
        ("وفي ختام الزيارة، وقّع الجانبان على محضر اجتماع.", []),
        ("كما وقع الطرفان البرتوكول الإضافي للاتفاقية الأمنية.", [("protocol", "signed", True)]),
        # "أي" after a signing word, a negation further back in the clause: none
        (
            "ولم تعرف مشاركة الوفد المغربي في هذا المؤتمر التوقيع على أي اتفاقية.",
            [("agreement", "none", True)],
        ),
        # an attribution between commas breaks no clause
        (
            "ومن المنتظر، حسب المصادر ذاتها، أن يتم التوقيع على بروتوكول تعاون في مجال التكوين.",
            [("protocol", "to_be_signed", True)],
        ),
        # 458: a decision to make something is a commitment agreed; a decision to sign, a plan
        (
            "وفي ختام هذه المباحثات، تقرر إحداث خلية تنسيق مشتركة لتتبع ملفات إعادة القبول.",
            [("agreement", "agreed", False)],
        ),
        ("وتقرر توقيع مذكرة تفاهم في مجال التكوين.", [("mou", "to_be_signed", True)]),
        # 502, 253: a draft sent to committees is discussed; the decision agrees on nothing
        (
            "وتدارس الجانبان مشروع مذكرة تفاهم في مجال الهجرة، تقرر إحالته على اللجان التقنية.",
            [("mou", "discussed", True)],
        ),
        # 496: "ستتوج بالتوقيع": a visit still to be crowned by a signature
        (
            "وأضافت المصادر أن هذه الزيارة ستتوج بالتوقيع على مذكرة تفاهم في مجال التكوين.",
            [("mou", "to_be_signed", True)],
        ),
        # signing as the aim of what the sides agreed ("من أجل"): still to come
        (
            "واتفق الطرفان على تسريع المشاورات من أجل توقيع مذكرة تفاهم في مجال التكوين.",
            [("mou", "to_be_signed", True)],
        ),
        # consultations still held about a signing: talks, no plan ("مواصلة المشاورات بشأن")
        (
            "واتفق الجانبان على مواصلة المشاورات بشأن إبرام مذكرة تفاهم في مجال التكوين.",
            [("mou", "discussed", True)],
        ),
        # agreeing to go on studying the draft just named is no commitment of its own
        (
            "وتم التطرق إلى مشروع اتفاق حول إعادة القبول، اتفق الطرفان على مواصلة دراسته.",
            [("agreement", "discussed", True)],
        ),
        # procedures agreed on for a document whose signing is told after it
        (
            "واتفق الجانبان على استكمال الإجراءات النظامية لمذكرة تفاهم في مجال التكوين، "
            "تمهيدا لتوقيعها خلال زيارة مرتقبة.",
            [("mou", "to_be_signed", True)],
        ),
        # two bodies (feminine dual) agreed on a commitment
        (
            "وأضاف أن الشرطة الوطنية والمديرية العامة للأمن الوطني اتفقتا على إنشاء فريق عمل "
            "مشترك لتبادل المعلومات.",
            [("agreement", "agreed", False)],
        ),
        # 1513, sentence 7: a time limit between commas inside the predicate
        (
            "واتفق الجانبان على أن يتم، في غضون ثلاثة أشهر، التوقيع على بروتوكول تنفيذي لهذه "
            "الاتفاقية، يحدد آليات تبادل المعطيات.",
            [("protocol", "to_be_signed", True)],
        ),
        # an executive programme in the accusative, to be signed once its experts draft it
        (
            "واتفق الجانبان على أن يعد خبراء الجهازين برنامجا تنفيذيا للمذكرة، يهم تنسيق "
            "العمليات المشتركة، على أن يتم التوقيع عليه قبل نهاية السنة الجارية.",
            [("agreement", "to_be_signed", True)],
        ),
        # a signing told first, put off after its document
        (
            "وأعلن الجانبان أن التوقيع على البروتوكول الإضافي لاتفاق التعاون، الذي كان مرتقبا "
            "خلال هذا اللقاء، قد تأجل إلى مطلع السنة المقبلة.",
            [("protocol", "to_be_signed", True)],
        ),
        # a document signed while another is put off, in the next clause
        (
            "وخلال الزيارة، وقع الطرفان مذكرة تفاهم في مجال التكوين الشرطي، فيما تأجل توقيع "
            "اتفاقية التعاون الأمني إلى زيارة لاحقة.",
            [("mou", "signed", True), ("agreement", "to_be_signed", True)],
        ),
        (
            "ووقع الجانبان اتفاقية للتعاون في مجال مكافحة الإرهاب، بينما أرجئ التوقيع على مذكرة "
            "التفاهم الخاصة بالتكوين إلى موعد لاحق.",
            [("agreement", "signed", True), ("mou", "to_be_signed", True)],
        ),
        # a renewal signed now, the signers between the signing word and "على"
        (
            "وتوجت المباحثات بتوقيع حموشي والجنرال كيتيرات فانفيت على تجديد مذكرة التفاهم "
            "الموقعة بين الجانبين في يونيو 2020 لخمس سنوات إضافية.",
            [("mou", "signed", True)],
        ),
        # one sentence, two clauses, two statuses
        (
            "وقع الطرفان مذكرة تفاهم في مجال التكوين، فيما من المرتقب توقيع اتفاقية ثانية في "
            "مجال مكافحة الإرهاب.",
            [("mou", "signed", True), ("agreement", "to_be_signed", True)],
        ),
    ],
)
def test_status_from_the_governing_predicate(
    tmp_path: Path, glossary: Glossary, sentence: str, expected: list[tuple[str, str, bool]]
) -> None:
    assert statuses(agreements_of(tmp_path, glossary, sentence)) == expected


def test_nothing_announced_is_not_none_signed(tmp_path: Path, glossary: Glossary) -> None:
    found = agreements_of(
        tmp_path, glossary, "ولم يعلن، إلى حدود كتابة هذه الأسطر، عن توقيع أي اتفاقية بين الجانبين."
    )
    assert statuses(found) == []


def test_what_the_meeting_comes_after_is_not_its_agreement(
    tmp_path: Path, glossary: Glossary
) -> None:
    found = agreements_of(
        tmp_path,
        glossary,
        "ويأتي اللقاء بعد عام على المباحثات التي أجراها الجانبان في بغداد، والتي تم خلالها "
        "الاتفاق على تشكيل فريق عمل مشترك.",
    )
    assert statuses(found) == []


def test_none_has_no_parties_and_no_subject(tmp_path: Path, glossary: Glossary) -> None:
    (none,) = agreements_of(
        tmp_path,
        glossary,
        "ولم يتم توقيع أي اتفاقية بين المديرية العامة للأمن الوطني والشرطة الإسبانية "
        "في مجال التكوين.",
    )
    assert (none.status, none.parties, none.subject) == ("none", (), None)


# ---------------------------------------------------------------- earlier agreements


@pytest.mark.parametrize(
    "sentence",
    [
        # 203, sentence 2
        "وأفاد بلاغ بأن هذا اللقاء شكل مناسبة لاستعراض مستوى التعاون الأمني الثنائي، الذي "
        "يندرج في إطار تفعيل مذكرة التفاهم الموقعة بين المديريتين سنة 2019.",
        # 211, sentence 6
        "كما أكد الطرفان على ضرورة التفعيل الأمثل لاتفاقية التعاون الأمني الموقعة بين البلدين "
        "سنة 2019.",
        # 221, sentence 9
        "ويرتبط المغرب والكويت باتفاقية للتعاون في المجال الأمني تعود إلى سنة 2014، غير أن "
        "الجانبين يسعيان إلى تحيينها.",
        # 229, sentence 6
        "ومن المنتظر أن يزور المسؤول الأمني المغربي أكاديمية سيف بن زايد للعلوم الشرطية "
        "والأمنية، التي ترتبط مع المديرية العامة للأمن الوطني بمذكرة تفاهم وقعت خلال زيارته "
        "السابقة إلى الإمارات.",
        # 215, sentence 8: a vague quantity is a record
        "ويرتبط المغرب وكوت ديفوار بعلاقات متميزة، تعززت بفضل الزيارات المتعددة لجلالة الملك "
        "إلى هذا البلد، والتي توجت بالتوقيع على عشرات الاتفاقيات في مختلف المجالات.",
        # 201, sentence 12: a dated pluperfect is background
        "وكانت عناصر من الأمن الوطني المغربي قد شاركت، سنة 2022، في تأمين مباريات كأس العالم "
        "بقطر، في إطار اتفاق خاص بين البلدين.",
        "وتندرج هذه الزيارة تنزيلا للاتفاقية الموقعة بين البلدين.",
        "وذكر الطرفان بالاتفاق الموقع في الرباط العام الماضي.",
        "وسبق لحموشي أن وقع مذكرة تفاهم مع نظيره الإسباني.",
        "وكانت المديرية قد وقعت سنة 2018 اتفاقية مع الشرطة الإسبانية.",
        # 1513, sentence 11: earlier in the visit's year
        "وكانت المديرية العامة للأمن الوطني قد وقعت، خلال السنة الجارية، مذكرة تفاهم في مجال "
        "مكافحة المخدرات مع الأجهزة الأمنية القيرغيزية.",
        "وتحدث الطرفان عن مذكرة تفاهم سابقة.",
        # another country's news: a similar agreement, or parties none of them Moroccan
        "وكانت فرنسا قد وقعت مع الجزائر اتفاقية مماثلة.",
        "ووقعت إسبانيا والبرتغال على هامش المؤتمر اتفاقية للتعاون.",
    ],
)
def test_earlier_agreements_are_not_this_visits(
    tmp_path: Path, glossary: Glossary, sentence: str
) -> None:
    assert agreements_of(tmp_path, glossary, sentence) == []


def test_a_signing_dated_before_the_visits_year_is_earlier(
    tmp_path: Path, glossary: Glossary
) -> None:
    sentence = "وقد وقع البلدان سنة 2015 اتفاقية للتعاون الأمني."
    assert agreements_of(tmp_path, glossary, sentence, year=2025) == []
    assert statuses(agreements_of(tmp_path, glossary, sentence, year=2015)) == [
        ("agreement", "signed", True)
    ]


def test_what_an_earlier_visit_was_crowned_with_is_earlier(
    tmp_path: Path, glossary: Glossary
) -> None:
    sentence = (
        "وتعززت العلاقات بين البلدين منذ الزيارة التي قام بها جلالة الملك إلى مدغشقر سنة 2016، "
        "والتي توجت بتوقيع عدد من اتفاقيات التعاون."
    )
    assert agreements_of(tmp_path, glossary, sentence, year=2026) == []
    assert len(agreements_of(tmp_path, glossary, sentence, year=2016)) == 1


def test_a_pluperfect_of_this_visit_is_not_background(tmp_path: Path, glossary: Glossary) -> None:
    found = agreements_of(
        tmp_path, glossary, "وكان حموشي قد وقع، أمس، مذكرة تفاهم مع شرطة أبو ظبي."
    )
    assert statuses(found) == [("mou", "signed", True)]


def test_a_restatement_is_not_a_new_agreement(tmp_path: Path, glossary: Glossary) -> None:
    (agreement,) = agreements_of(
        tmp_path,
        glossary,
        # 206, sentences 7 and 8: "هذه الاتفاقية" restates, "الموقعة … سنة 2022" is earlier
        "وتوجت الزيارة بتوقيع اتفاقية تعاون بين المديرية العامة للأمن الوطني بالمملكة "
        "المغربية والمديرية العامة للأمن الوطني بالجمهورية الإسلامية الموريتانية، في مجال "
        "التكوين الشرطي وتأهيل الموارد البشرية.",
        "وتأتي هذه الاتفاقية لتعزز اتفاقية التعاون الأمني الموقعة بين البلدين سنة 2022.",
    )
    assert [e.sentence for e in agreement.evidence] == [1, 2]


def test_a_restatement_gives_the_subject_the_first_mention_lacked(
    tmp_path: Path, glossary: Glossary
) -> None:
    (mou,) = agreements_of(
        tmp_path,
        glossary,
        "وقع حموشي مذكرة تفاهم مع شرطة أبو ظبي.",
        "وتهدف هذه المذكرة إلى تعزيز التكوين الشرطي.",
    )
    assert mou.subject is not None and mou.subject.ar == "تعزيز التكوين الشرطي"
    assert [e.sentence for e in mou.evidence] == [1, 2]


# ---------------------------------------------------------------- parties


def test_parties_of_each_ordinal_clause_with_their_countries(
    tmp_path: Path, glossary: Glossary
) -> None:
    first, second = agreements_of(
        tmp_path,
        glossary,
        # 201, sentence 8
        "وتوجت هذه المباحثات بتوقيع مذكرتي تفاهم، الأولى بين المديرية العامة للأمن الوطني "
        "ووزارة الداخلية القطرية في مجال التكوين الشرطي وتبادل الخبرات، والثانية بين المديرية "
        "العامة لمراقبة التراب الوطني وجهاز أمن الدولة القطري في مجال مكافحة الإرهاب.",
    )
    assert [(p.ar, p.country) for p in first.parties] == [
        ("المديرية العامة للأمن الوطني", "MA"),
        ("وزارة الداخلية القطرية", "QA"),
    ]
    assert [(p.ar, p.country) for p in second.parties] == [
        ("المديرية العامة لمراقبة التراب الوطني", "MA"),
        ("جهاز أمن الدولة القطري", "QA"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 206, sentence 7: the country named after a glossary organisation is its country
        (
            "وتوجت الزيارة بتوقيع اتفاقية تعاون بين المديرية العامة للأمن الوطني بالمملكة "
            "المغربية والمديرية العامة للأمن الوطني بالجمهورية الإسلامية الموريتانية، في مجال "
            "التكوين الشرطي.",
            ["MA", "MR"],
        ),
        # 222, sentence 5
        (
            "وشهد معالي وزير الداخلية، في ختام اللقاء، التوقيع على مذكرة تفاهم بين وزارة "
            "الداخلية بمملكة البحرين والمديرية العامة للأمن الوطني بالمملكة المغربية، في مجال "
            "التدريب الأمني وتبادل الخبرات، وقعها عن الجانب البحريني سعادة رئيس الأمن العام.",
            ["BH", "MA"],
        ),
        # 214, sentence 6: a counterpart qualified by a demonym
        (
            "ومن المنتظر أن تتوج محطة أبيدجان بالتوقيع على اتفاقية في مجال التكوين الشرطي بين "
            "المديرية العامة للأمن الوطني ونظيرتها الإيفوارية.",
            ["MA", "CI"],
        ),
        # 207, sentence 4: a country, and a bare head noun that names no party
        (
            "حيث تم بحث إمكانية إبرام اتفاق تعاون استراتيجي بين المغرب والوكالة، يتيح تبادل "
            "المعطيات الشخصية.",
            ["MA"],
        ),
        # countries with their state word
        (
            "وجرى التوقيع على اتفاقية للتعاون الأمني بين المملكة المغربية وجمهورية السنغال.",
            ["MA", "SN"],
        ),
        # "ل" + state word; a government in construct with its country
        (
            "وتم التوقيع على اتفاقية تعاون بين وزارة الداخلية لدولة الإمارات العربية المتحدة "
            "والمديرية العامة للأمن الوطني.",
            ["AE", "MA"],
        ),
        (
            "ووقعت حكومة المملكة المغربية وحكومة جمهورية السنغال اتفاقية لتسليم المجرمين.",
            ["MA", "SN"],
        ),
        # an epithet after the country that ends a body's name
        (
            "ووقعت مذكرة تفاهم بين شرطة عُمان السلطانية والمديرية العامة للأمن الوطني.",
            ["OM", "MA"],
        ),
        # a body whose name goes on past the glossary's ("للأمن" + "العام") is another one
        (
            "ووقع الطرفان مذكرة تفاهم بين المديرية العامة للأمن العام اللبناني والمديرية العامة "
            "للأمن الوطني.",
            ["LB", "MA"],
        ),
        # the signatories named as the subject of the verb
        (
            "ووقعت الشرطة الإسبانية والمديرية العامة للأمن الوطني، أمس، بروتوكولا للتعاون.",
            ["ES", "MA"],
        ),
        # no parties named: none guessed ("الطرفان", "البلدين")
        ("ووقع الطرفان مذكرة تفاهم بين البلدين في مجال التكوين.", []),
    ],
)
def test_party_countries(
    tmp_path: Path, glossary: Glossary, sentence: str, expected: list[str]
) -> None:
    (agreement,) = agreements_of(tmp_path, glossary, sentence)
    assert countries(agreement) == expected


def test_parties_are_never_clause_fragments(tmp_path: Path, glossary: Glossary) -> None:
    (agreement,) = agreements_of(
        tmp_path,
        glossary,
        # 205, sentence 9: the old reading took "تهم تبادل الضباط" and the next visit as parties
        "ومن المرتقب توقيع اتفاقية للتعاون الأمني بين المديرية العامة للأمن الوطني والمديرية "
        "العامة للشرطة الوطنية الفرنسية، تهم تبادل الضباط وتنسيق التحقيقات في قضايا "
        "المخدرات، خلال الزيارة المقبلة لوزير الداخلية الفرنسي إلى الرباط.",
    )
    assert [(p.ar, p.country) for p in agreement.parties] == [
        ("المديرية العامة للأمن الوطني", "MA"),
        ("المديرية العامة للشرطة الوطنية الفرنسية", "FR"),
    ]


def test_a_glossary_organisation_keeps_its_name_with_its_own_demonym(
    tmp_path: Path, glossary: Glossary
) -> None:
    (mou,) = agreements_of(
        tmp_path,
        glossary,
        # 231, sentence 7: "التركي" qualifies the Turkish police, it is not added twice
        "وأشار البيان إلى أن الطرفين وقعا على هامش الزيارة مذكرة تفاهم بين المديرية العامة "
        "للأمن الوطني المغربي والمديرية العامة للأمن التركي، تتعلق بالتعاون في مجال التكوين.",
    )
    assert [(p.en, p.country) for p in mou.parties] == [
        ("General Directorate of National Security", "MA"),
        ("Turkish National Police", "TR"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 230, sentence 6: sides qualified by demonyms
        (
            "وأضافت المصادر ذاتها أنه تم الاتفاق بين الجانبين المغربي والإسباني على تأسيس لجنة "
            "أمنية مشتركة للتحضير لتنظيم كأس العالم 2030.",
            ["MA", "ES"],
        ),
        # 210, sentence 6: INTERPOL is named in the subject, not as a party
        (
            "واتفق الطرفان أيضا على توسيع استفادة الأطر الأمنية المغربية من برامج التكوين التي "
            "تقدمها الأكاديمية العالمية للإنتربول.",
            [],
        ),
        # 224, sentence 4: "بين مراكز القيادة" in the subject names no party
        (
            "و تم الاتفاق، خلال هذا اللقاء، على تكثيف الدوريات البحرية المشتركة في المضيق، و "
            "إحداث خط اتصال مباشر بين مراكز القيادة في طنجة و الجزيرة الخضراء.",
            [],
        ),
        ("واتفق المغرب وإسبانيا على إحداث لجنة مشتركة لمتابعة التعاون.", ["MA", "ES"]),
    ],
)
def test_commitment_parties(
    tmp_path: Path, glossary: Glossary, sentence: str, expected: list[str]
) -> None:
    (commitment,) = agreements_of(tmp_path, glossary, sentence)
    assert (commitment.status, commitment.document) == ("agreed", False)
    assert countries(commitment) == expected


def test_agreed_to_study_a_commitment_is_discussed(tmp_path: Path, glossary: Glossary) -> None:
    found = agreements_of(
        tmp_path, glossary, "واتفق الطرفان على دراسة إمكانية إحداث فريق عمل مشترك."
    )
    assert statuses(found) == [("agreement", "discussed", False)]


def test_a_negated_commitment_is_none_of_ours(tmp_path: Path, glossary: Glossary) -> None:
    assert agreements_of(tmp_path, glossary, "ولم يتم الاتفاق على موعد الزيارة المقبلة.") == []


# ---------------------------------------------------------------- subjects


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        # 205, sentence 9: the purpose clause after the party list, up to the next clause
        (
            "ومن المرتقب توقيع اتفاقية للتعاون الأمني بين المديرية العامة للأمن الوطني "
            "والمديرية العامة للشرطة الوطنية الفرنسية، تهم تبادل الضباط وتنسيق التحقيقات في "
            "قضايا المخدرات، خلال الزيارة المقبلة لوزير الداخلية الفرنسي إلى الرباط.",
            "تهم تبادل الضباط وتنسيق التحقيقات في قضايا المخدرات",
        ),
        # 213, sentence 2
        (
            "وقع عبد اللطيف حموشي، بالعاصمة روما، مذكرة تفاهم بين المديرية العامة للأمن الوطني "
            "وإدارة الأمن العمومي الإيطالية، تتعلق بمكافحة شبكات تهريب المهاجرين والاتجار "
            "بالبشر.",
            "تتعلق بمكافحة شبكات تهريب المهاجرين والاتجار بالبشر",
        ),
        # 202, sentence 4: "، على أن …" ends it
        (
            "واتفق الجانبان على دراسة إمكانية توقيع اتفاقية تعاون في مجال تبادل المعلومات "
            "الجنائية وتنظيم دورات تدريبية مشتركة للضباط، على أن تتولى لجنة من الجانبين "
            "إعداد مسودتها.",
            "في مجال تبادل المعلومات الجنائية وتنظيم دورات تدريبية مشتركة للضباط",
        ),
        # 214, sentence 6: the subject before the party list
        (
            "ومن المنتظر أن تتوج محطة أبيدجان بالتوقيع على اتفاقية في مجال التكوين الشرطي بين "
            "المديرية العامة للأمن الوطني ونظيرتها الإيفوارية.",
            "في مجال التكوين الشرطي",
        ),
        # 227, sentence 4: a commitment's object, up to the next clause
        (
            "وفي ختام هذه المباحثات، اتفق الوزيران على إحداث مجموعة عمل مشتركة دائمة تعنى "
            "بقضايا الهجرة وإعادة القبول، تجتمع مرتين في السنة بالتناوب بين البلدين.",
            "إحداث مجموعة عمل مشتركة دائمة تعنى بقضايا الهجرة وإعادة القبول",
        ),
        # 211, sentence 5: a purpose after the comma goes on
        (
            "وفي هذا الإطار، اتفق الجانبان على تعيين ضباط اتصال دائمين في كل من الرباط "
            "وبروكسيل، من أجل تسهيل التنسيق العملياتي اليومي.",
            "تعيين ضباط اتصال دائمين في كل من الرباط وبروكسيل، من أجل تسهيل التنسيق العملياتي "
            "اليومي",
        ),
        # a purpose right after the document word
        ("وبحث الجانبان إمكانية إبرام اتفاقية لتسليم المطلوبين.", "لتسليم المطلوبين"),
    ],
)
def test_subject_is_the_purpose_clause_as_written(
    tmp_path: Path, glossary: Glossary, sentence: str, subject: str
) -> None:
    (agreement,) = agreements_of(tmp_path, glossary, sentence)
    assert agreement.subject is not None and agreement.subject.ar == subject


# ---------------------------------------------------------------- kinds and counts


def test_three_documents_of_three_kinds(tmp_path: Path, glossary: Glossary) -> None:
    found = agreements_of(
        tmp_path,
        glossary,
        # 217, sentence 3
        "وتوجت أشغال هذا الاجتماع بالتوقيع على ثلاث وثائق للتعاون، تتعلق الأولى بمذكرة تفاهم "
        "في مجال التكوين وتبادل الخبرات بين الإدارة العامة للأمن الوطني التونسي والمديرية "
        "العامة للأمن الوطني المغربية، والثانية ببروتوكول لتبادل المعلومات حول تنقل العناصر "
        "الإرهابية، فيما تهم الثالثة اتفاقية للتعاون في مجال مكافحة الجرائم الإلكترونية.",
    )
    assert statuses(found) == [
        ("mou", "signed", True),
        ("protocol", "signed", True),
        ("agreement", "signed", True),
    ]
    assert [a.subject.ar if a.subject else None for a in found] == [
        "في مجال التكوين وتبادل الخبرات",
        "لتبادل المعلومات حول تنقل العناصر الإرهابية",
        "للتعاون في مجال مكافحة الجرائم الإلكترونية",
    ]
    assert countries(found[0]) == ["TN", "MA"]


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("وقع الطرفان ثلاث اتفاقيات في مجالات التكوين ومكافحة الإرهاب والهجرة.", 3),
        ("ووقع الجانبان اتفاقيتين للتعاون.", 2),
        (
            "كما تم التوقيع على مذكرتي تفاهم، تتعلق الأولى بالتكوين الشرطي، والثانية بتبادل المعلومات.",
            2,
        ),
    ],
)
def test_dual_and_numbered_plural_give_that_many(
    tmp_path: Path, glossary: Glossary, sentence: str, count: int
) -> None:
    assert len(agreements_of(tmp_path, glossary, sentence)) == count


def test_ordinal_clauses_give_each_document_its_subject(tmp_path: Path, glossary: Glossary) -> None:
    found = agreements_of(
        tmp_path,
        glossary,
        "كما تم التوقيع على مذكرتي تفاهم، تتعلق الأولى بالتكوين الشرطي، والثانية بتبادل المعلومات.",
    )
    assert [a.subject.ar if a.subject else None for a in found] == [
        "بالتكوين الشرطي",
        "بتبادل المعلومات",
    ]


# ---------------------------------------------------------------- JSON contract


def _agreement(
    article: str, kind: str, status: str, countries: tuple[str, ...] = (), topic: str | None = None
) -> Agreement:
    parties = tuple(Party(c, None, None, c) for c in countries)
    subject = Label(topic, topic, topic) if topic else None
    evidence = (Evidence(article, 1, 0, 0),)
    return Agreement(kind, status, parties, subject, True, evidence)


def test_party_json_carries_its_country() -> None:
    party = Party("وزارة الداخلية القطرية", None, None, "QA")
    data = party.to_json()
    assert data == {"en": None, "fr": None, "ar": "وزارة الداخلية القطرية", "country": "QA"}
    assert Party.from_json(data) == party
    assert Party.from_json({"en": None, "fr": None, "ar": "x"}).country is None


def test_agreement_json_round_trip_with_new_statuses() -> None:
    for status in ("to_be_signed", "none"):
        agreement = _agreement("a", "agreement", status)
        data = agreement.to_json(by_article)
        assert data["status"] == status
        assert Agreement.from_json(data).status == status


# ---------------------------------------------------------------- merging sources


def _facts(article: str, *agreements: Agreement) -> Facts:
    principal = Named("person.hammouchi", "person", "Abdellatif Hammouchi", "Abdellatif Hammouchi")
    return Facts(
        article=article,
        host_country="ES",
        city=None,
        start=None,
        end=None,
        published=None,
        principal=principal,
        event=None,
        counterparts=(),
        countries_mentioned=(),
        agreements=agreements,
        bilateral_meetings_count=None,
        bilateral_meetings_held=None,
        topics=(),
        unknown_names=(),
    )


def test_one_document_two_statuses_is_a_conflict_not_two_documents() -> None:
    (visit,) = group_visits(
        [
            _facts("a", _agreement("a", "mou", "signed", ("MA", "ES"), "training")),
            _facts("b", _agreement("b", "mou", "to_be_signed", ("ES", "MA"), "training")),
        ]
    )
    (mou,) = visit.facts.agreements
    assert mou.status == "signed"
    assert {e.article for e in mou.evidence} == {"a", "b"}
    conflicts = {c.field: dict(c.values) for c in visit.conflicts}
    assert conflicts["agreement_status"] == {"a": "signed", "b": "to_be_signed"}


def test_none_in_one_source_contradicts_a_signature_in_another() -> None:
    (visit,) = group_visits(
        [
            _facts("a", _agreement("a", "mou", "signed", ("MA", "TR"))),
            _facts("b", _agreement("b", "agreement", "none")),
        ]
    )
    assert len(visit.facts.agreements) == 1
    conflicts = {c.field: dict(c.values) for c in visit.conflicts}
    assert conflicts["agreement_status"] == {"a": "signed", "b": "none"}


def test_documents_of_other_kinds_parties_or_topics_stay_apart() -> None:
    (visit,) = group_visits(
        [
            _facts(
                "a",
                _agreement("a", "mou", "signed", ("MA", "QA"), "training"),
                _agreement("a", "mou", "signed", ("MA", "QA"), "terrorism"),
            ),
            _facts(
                "b",
                _agreement("b", "protocol", "signed", ("MA", "QA")),
                _agreement("b", "mou", "signed", ("MA", "QA"), "terrorism"),
            ),
        ]
    )
    kinds = [(a.kind, a.subject.en if a.subject else None) for a in visit.facts.agreements]
    assert kinds == [("mou", "training"), ("mou", "terrorism"), ("protocol", None)]
    assert "agreement_status" not in {c.field for c in visit.conflicts}


# ---------------------------------------------------------------- the note


def bullets(facts: Facts, ph: Phrasing) -> list[str]:
    """The summary's points, with no translation to cut agreement subjects from."""
    return [p.text for p in points(facts, ph, {})]


def _noted(host: str, *agreements: Agreement) -> Facts:
    """The facts a note is phrased from, with these agreements."""
    return replace(_facts("a", *agreements), host_country=host)


def _document(kind: str, status: str, parties: tuple[Party, ...], subject: str | None) -> Agreement:
    label = Label(subject, {"training": "formation"}.get(subject or "")) if subject else None
    return Agreement(kind, status, parties, label, True, ())


def test_the_note_says_no_agreement_and_to_be_signed(glossary: Glossary) -> None:
    facts = _noted(
        "AT",
        _document("agreement", "none", (), None),
        _document(
            "mou",
            "to_be_signed",
            (
                Party("الجانب المغربي", None, None, "MA"),
                Party("النمسا", "Austria", "Autriche", "AT"),
            ),
            "training",
        ),
    )
    en = bullets(facts, Phrasing.for_lang("en", glossary))
    assert "No agreement was signed." in en
    # the subject is the translated source's words (none here), never a topic label
    assert "A memorandum of understanding is to be signed with Austria." in en
    fr = bullets(facts, Phrasing.for_lang("fr", glossary))
    assert "Aucun accord n’a été signé." in fr


def test_the_note_names_a_side_by_its_country_and_lists_no_empty_details(
    glossary: Glossary,
) -> None:
    side = Party("الإسباني", "Spain", "Espagne", "ES")
    facts = _noted(
        "MA",
        _document("agreement", "agreed", (side,), None),
        _document("agreement", "agreed", (), None),
        _document("protocol", "signed", (), None),
        _document("protocol", "signed", (), None),
    )
    en = bullets(facts, Phrasing.for_lang("en", glossary))
    assert "Two agreements were reached: with Spain." in en
    assert "Two protocols were signed." in en


def test_every_status_has_its_words_in_every_note_language() -> None:
    for lang in ("en", "fr"):
        assert set(STATUSES) <= set(words(lang)["statuses"])
        # a commitment reached in talks is no document: it has a label, not document words
        documents = {k: v for k, v in words(lang)["kinds"].items() if k != "commitment"}
        assert all("zero" in kind for kind in documents.values())


@pytest.mark.parametrize(
    "sentence",
    [
        "ويأتي هذا اللقاء بعد أسابيع من مذكرة التفاهم التي وقعها الجانبان بمدريد.",
        "وتندرج هذه الزيارة في إطار الاجتماع رفيع المستوى الذي توج بالتوقيع على عشر اتفاقيات.",
    ],
)
def test_a_sentence_setting_the_visit_in_context_names_earlier_documents(
    tmp_path: Path, glossary: Glossary, sentence: str
) -> None:
    assert agreements_of(tmp_path, glossary, sentence) == []


def test_a_long_list_of_parties_before_the_object_of_an_agreement(
    tmp_path: Path, glossary: Glossary
) -> None:
    found = agreements_of(
        tmp_path,
        glossary,
        "واتفقت المديرية العامة للأمن الوطني المغربية والإدارة العامة للأمن الوطني الموريتانية "
        "والشرطة الوطنية السنغالية على إحداث خلية تنسيق ثلاثية.",
    )
    assert statuses(found) == [("agreement", "agreed", False)]
    assert countries(found[0]) == ["MA", "MR", "SN"]


def test_a_signing_in_the_coming_weeks_is_to_be_signed(tmp_path: Path, glossary: Glossary) -> None:
    found = agreements_of(
        tmp_path,
        glossary,
        "ومن المنتظر، حسب المصادر نفسها، أن يتم خلال الأسابيع المقبلة التوقيع على بروتوكول "
        "للتعاون في مجال التكوين.",
    )
    assert statuses(found) == [("protocol", "to_be_signed", True)]


def test_a_signing_told_again_with_more_parties_is_one_document(
    tmp_path: Path, glossary: Glossary
) -> None:
    found = agreements_of(
        tmp_path,
        glossary,
        "وقع عبد اللطيف حموشي بكيتو على مذكرة تفاهم مع الشرطة الوطنية الإكوادورية.",
        "وتوجت هذه المباحثات بتوقيع مذكرة تفاهم بين المديرية العامة للأمن الوطني والشرطة "
        "الوطنية الإكوادورية، تتعلق بتبادل المعلومات.",
    )
    assert statuses(found) == [("mou", "signed", True)]
    assert countries(found[0]) == ["MA", "EC"]
    assert [e.sentence for e in found[0].evidence] == [1, 2]


def test_a_signing_told_again_with_a_partys_full_name_is_one_document(
    tmp_path: Path, glossary: Glossary
) -> None:
    found = agreements_of(
        tmp_path,
        glossary,
        "وقع عبد اللطيف حموشي بنيامي اتفاقية تعاون مع الشرطة النيجرية.",
        "وتوج اللقاء بالتوقيع على اتفاقية تعاون بين المديرية العامة للأمن الوطني والشرطة "
        "الوطنية النيجرية، تهم تكوين الأطر.",
    )
    assert statuses(found) == [("agreement", "signed", True)]
    assert [e.sentence for e in found[0].evidence] == [1, 2]


def test_the_close_of_the_talks_between_commas_leaves_the_agreement_to_the_draft(
    tmp_path: Path, glossary: Glossary
) -> None:
    found = agreements_of(
        tmp_path,
        glossary,
        "واتفق الجانبان، في ختام هذه المباحثات، على إعداد مشروع اتفاقية للتعاون في مجال مكافحة "
        "الإرهاب، على أن يتم التوقيع عليها خلال زيارة الوزير إلى الرباط السنة المقبلة.",
    )
    assert statuses(found) == [("agreement", "to_be_signed", True)]


def test_a_day_between_commas_keeps_the_signing_to_come(tmp_path: Path, glossary: Glossary) -> None:
    found = agreements_of(
        tmp_path,
        glossary,
        "ومن المرتقب ان تتوج هذه الزيارة، بعد غد الأربعاء، بالتوقيع على بروتوكول تعاون بين "
        "المديرية العامة للأمن الوطني ووزارة الأمن العمومي الملغاشية في مجال التكوين.",
    )
    assert statuses(found) == [("protocol", "to_be_signed", True)]


def test_agreeing_on_the_outline_of_an_agreement_to_be_signed(
    tmp_path: Path, glossary: Glossary
) -> None:
    found = agreements_of(
        tmp_path,
        glossary,
        "وأسفرت هذه المباحثات عن الاتفاق على الخطوط العريضة لاتفاق للتعاون الأمني بين "
        "المديرية العامة للأمن الوطني ووزارة الأمن المالية، من المنتظر أن يتم التوقيع عليه "
        "في الأشهر المقبلة.",
    )
    assert statuses(found) == [("agreement", "to_be_signed", True)]


def test_a_working_arrangement_studied_is_discussed(tmp_path: Path, glossary: Glossary) -> None:
    found = agreements_of(
        tmp_path,
        glossary,
        "حيث تدارس الجانبان مشروع ترتيب عمل بين المديرية العامة للأمن الوطني والوكالة "
        "الأوروبية، يهدف إلى تبادل المعطيات.",
    )
    assert statuses(found) == [("agreement", "discussed", True)]


def test_a_finished_draft_whose_signing_is_planned_is_to_be_signed(
    tmp_path: Path, glossary: Glossary
) -> None:
    found = agreements_of(
        tmp_path,
        glossary,
        "وكشفت المصادر أن الطرفين وضعا اللمسات الأخيرة على مشروع اتفاق للتعاون الشرطي بين "
        "المملكة المغربية والكونفدرالية السويسرية، ومن المرتقب أن يتم التوقيع عليه خلال الأشهر "
        "المقبلة.",
    )
    assert statuses(found) == [("agreement", "to_be_signed", True)]


def test_a_draft_talked_of_whose_signing_is_expected_is_to_be_signed(
    tmp_path: Path, glossary: Glossary
) -> None:
    found = agreements_of(
        tmp_path,
        glossary,
        "وتناولت المحادثات أيضا مشروع اتفاق تقني بين البلدين حول تحديد هوية المهاجرين، "
        '"من المرتقب أن يتم التوقيع عليه خلال الأشهر المقبلة" بعد استكمال المشاورات.',
    )
    assert statuses(found) == [("agreement", "to_be_signed", True)]


def test_a_report_that_tells_nothing_of_a_signing_gives_no_agreement(
    tmp_path: Path, glossary: Glossary
) -> None:
    found = agreements_of(
        tmp_path,
        glossary,
        "ولم تكشف الصحيفة عن أي تفاصيل بشأن توقيع اتفاقيات خلال هذه الزيارة، مكتفية بالإشارة "
        "إلى مستوى الثقة بين الجهازين.",
    )
    assert statuses(found) == []


def test_signings_of_visits_in_past_months_told_in_the_pluperfect_are_the_record(
    tmp_path: Path, glossary: Glossary
) -> None:
    found = agreements_of(
        tmp_path,
        glossary,
        "وكان حموشي قد قام خلال الأشهر الماضية بعدة زيارات عمل إلى الخارج، توج عدد منها "
        "بالتوقيع على اتفاقيات في مجالات مكافحة الإرهاب.",
    )
    assert statuses(found) == []


def test_an_agreement_that_came_into_force_is_an_earlier_one(
    tmp_path: Path, glossary: Glossary
) -> None:
    found = agreements_of(
        tmp_path,
        glossary,
        "كما تعززت العلاقات بين البلدين منذ توقيع اتفاق الشراكة الذي دخل حيز التنفيذ بعد خروج "
        "بريطانيا من الاتحاد الأوروبي.",
    )
    assert statuses(found) == []


def test_agreeing_to_complete_the_procedures_for_a_signing_is_to_be_signed(
    tmp_path: Path, glossary: Glossary
) -> None:
    found = agreements_of(
        tmp_path,
        glossary,
        "واتفق الجانبان على استكمال الإجراءات اللازمة للتوقيع على مذكرة تفاهم بين وزارة "
        "الداخلية بدولة قطر والمديرية العامة للأمن الوطني، خلال الفترة المقبلة.",
    )
    assert statuses(found) == [("mou", "to_be_signed", True)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "ومن المرتقب أن يتم خلال هذه الزيارة التوقيع على مذكرة تفاهم في مجال التكوين.",
            [("mou", "to_be_signed", True)],
        ),
        ("ولم يتم خلال هذه الزيارة توقيع أي اتفاقية.", [("agreement", "none", True)]),
    ],
)
def test_a_time_phrase_inside_the_predicate_changes_nothing(
    tmp_path: Path, glossary: Glossary, sentence: str, expected: list[tuple[str, str, bool]]
) -> None:
    assert statuses(agreements_of(tmp_path, glossary, sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("وتوجت العلاقات بين البلدين بتوقيع عشرات الاتفاقيات ومذكرات التفاهم.", []),
        ("واختار الطرفان التوقيع على مذكرة تفاهم متخصصة بدل اتفاق عام.", ["mou"]),
        ("واختار الطرفان التوقيع على مذكرة تفاهم متخصصة بدلا من اتفاق عام.", ["mou"]),
    ],
)
def test_documents_counted_vaguely_or_not_chosen_are_not_the_visits(
    tmp_path: Path, glossary: Glossary, sentence: str, kinds: list[str]
) -> None:
    assert [a.kind for a in agreements_of(tmp_path, glossary, sentence)] == kinds


@pytest.mark.parametrize(
    ("bodies", "expected"),
    [
        # as many bodies as documents after "كل من": one each, in order
        ("الشرطة الوطنية السنغالية والشرطة الوطنية الموريتانية", [["MA", "SN"], ["MA", "MR"]]),
        # fewer bodies read than documents: which one signed which is not known
        ("الشرطة الوطنية السنغالية", [["MA"], ["MA"]]),
    ],
)
def test_documents_signed_with_each_of_several_bodies(
    tmp_path: Path, glossary: Glossary, bodies: str, expected: list[list[str]]
) -> None:
    agreements = agreements_of(
        tmp_path,
        glossary,
        f"ووقع الجانبان مذكرتي تفاهم بين المديرية العامة للأمن الوطني وكل من {bodies}.",
    )
    assert [countries(a) for a in agreements] == expected


def test_talks_crowned_with_an_agreement_to_sign_are_not_a_signing(
    tmp_path: Path, glossary: Glossary
) -> None:
    sentence = (
        "وأجرى حموشي مباحثات مع وزير الأمن، توجت بالاتفاق على توقيع اتفاقية للتعاون في مجال "
        "مكافحة الإرهاب خلال زيارة مرتقبة للوزير إلى الرباط."
    )
    assert statuses(agreements_of(tmp_path, glossary, sentence)) == [
        ("agreement", "to_be_signed", True)
    ]


def test_agreements_of_earlier_visits_are_not_the_visits(
    tmp_path: Path, glossary: Glossary
) -> None:
    sentence = (
        "ويولي حموشي أهمية لتوسيع شبكة شركاء المؤسسة الأمنية في آسيا، بعد زيارات سابقة قادته "
        "إلى عدد من دول المنطقة، توجت بدورها باتفاقيات في مجال مكافحة الإرهاب."
    )
    assert agreements_of(tmp_path, glossary, sentence, year=2026) == []


def test_agreeing_to_go_on_studying_the_draft_is_no_new_agreement(
    tmp_path: Path, glossary: Glossary
) -> None:
    sentence = (
        "وتناول اللقاء مشروع مذكرة تفاهم في مجال مكافحة الجريمة المنظمة، حيث اتفق الجانبان على "
        "أن تواصل الجهات المختصة في البلدين دراسة المشروع."
    )
    assert statuses(agreements_of(tmp_path, glossary, sentence)) == [("mou", "discussed", True)]


def test_an_outlets_web_address_between_the_subject_and_what_was_agreed(
    tmp_path: Path, glossary: Glossary
) -> None:
    # The full stop of "برلمان.كوم" ends no clause.
    sentence = (
        'واتفق الجانبان، حسب مصادر "برلمان.كوم"، على رفع عدد المقاعد البيداغوجية المخصصة '
        "لأطر الشرطة بالمعهد الملكي للشرطة."
    )
    assert statuses(agreements_of(tmp_path, glossary, sentence)) == [("agreement", "agreed", False)]


def test_a_draft_sent_for_study_with_a_view_to_signing_is_discussed(
    tmp_path: Path, glossary: Glossary
) -> None:
    sentence = (
        "وتقرر إحالة مشروع مذكرة تفاهم بين المديرية العامة للأمن الوطني والشرطة الوطنية على "
        "اللجان التقنية للطرفين قصد دراسته، في أفق التوقيع عليه في وقت لاحق."
    )
    assert statuses(agreements_of(tmp_path, glossary, sentence)) == [("mou", "discussed", True)]


@pytest.mark.parametrize(
    "earlier",
    [
        "بعد تلك التي قام بها سلفه في يونيو 2024، والتي توجت بالتوقيع على مذكرة تفاهم.",
        # No day of this visit is told: months before the publication is an earlier one.
        "بعد تلك التي أجراها يومي 12 و13 شتنبر 2023، والتي توجت آنذاك بالتوقيع على مذكرة تفاهم.",
    ],
)
def test_a_signing_of_the_earlier_visit_that_one_recalls(
    tmp_path: Path, glossary: Glossary, earlier: str
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "حموشي في كوبنهاغن",
        "الاثنين 20 أبريل 2026 - 09:15",
        "قام عبد اللطيف حموشي مؤخرا بزيارة عمل إلى مملكة الدنمارك، أجرى خلالها مباحثات مع "
        "المفوض الوطني للشرطة.",
        "وتعد هذه ثاني زيارة يقوم بها حموشي إلى الدنمارك، " + earlier,
    )
    assert statuses(facts.agreements) == []


# ---------------------------------------------------------------- documents of other names


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 1506: a letter of intent signed is an agreement, neither memorandum nor protocol
        (
            "وتوج اللقاء بالتوقيع على رسالة نوايا بين المديرية العامة للأمن الوطني ومكتب مفوض "
            "الشرطة الوطنية الأيسلندية.",
            [("agreement", "signed", True)],
        ),
        # 1508, 1514: an action plan, an executive programme
        ("ووقع الجانبان خطة عمل مشتركة للفترة 2026-2027.", [("agreement", "signed", True)]),
        (
            "ومن المنتظر أن يوقع الطرفان البرنامج التنفيذي للمذكرة خلال الأشهر المقبلة.",
            [("agreement", "to_be_signed", True)],
        ),
        # 1420: a body's own plan "for the coming period" is neither signed nor to be signed
        ("وتدارست الجمعية العامة خطة عمل الآلية للفترة المقبلة.", []),
        # 472: "back then" dates the signing of an earlier visit
        (
            "بعد الزيارة التي كان قد قام بها سلفه، والتي توجت حينها بالتوقيع على خطة عمل "
            "مشتركة بين المؤسستين.",
            [],
        ),
    ],
)
def test_letters_plans_and_programmes_are_agreements(
    tmp_path: Path, glossary: Glossary, sentence: str, expected: list[tuple[str, str, bool]]
) -> None:
    assert statuses(agreements_of(tmp_path, glossary, sentence)) == expected


def test_a_plans_purpose_after_its_adjective_is_its_subject(
    tmp_path: Path, glossary: Glossary
) -> None:
    # 1215
    found = agreements_of(
        tmp_path,
        glossary,
        "واتفق الجانبان على إعداد خطة عمل مشتركة لتتبع الحاويات المشبوهة القادمة من موانئ "
        "أمريكا الجنوبية.",
    )
    assert [a.subject.ar if a.subject else None for a in found] == [
        "لتتبع الحاويات المشبوهة القادمة من موانئ أمريكا الجنوبية"
    ]


def test_a_denial_takes_no_subject_or_party_from_a_document_named_after_it(
    tmp_path: Path, glossary: Glossary
) -> None:
    # 601: the declaration of intent of 2016 is named after the denial, in its sentence.
    found = agreements_of(
        tmp_path,
        glossary,
        "ولم تسفر هذه المشاركة عن التوقيع على أي اتفاقية جديدة، إذ أكد مصدر أمني أن إعلان "
        "النوايا المشترك الذي وقعه وزيرا داخلية البلدين يوفر أرضية كافية لتطوير التعاون "
        "العملياتي بين المصالح المختصة الألمانية.",
    )
    assert [(a.status, a.parties, a.subject) for a in found] == [("none", (), None)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # initialled right after the signing verb, the document named further on
        (
            "وأفادت مصادر بأن الجانبين وقعا بالأحرف الأولى، في ختام جلسة العمل التي جمعت "
            "حموشي بمفوض الشرطة، على نص مذكرة تفاهم بين المديرية العامة للأمن الوطني وقوة "
            "شرطة سنغافورة.",
            [("mou", "agreed", True)],
        ),
        # a present tense in a sentence that tells what is expected
        (
            "ومن المنتظر أن يجري حموشي، اليوم الاثنين، مباحثات مع وزير الأمن العام الفيتنامي، "
            "تتوج بالتوقيع على مذكرة تفاهم بين المديرية العامة للأمن الوطني ووزارة الأمن العام "
            "الفيتنامية.",
            [("mou", "to_be_signed", True)],
        ),
        # the same present tense, told of talks held, is a signing
        (
            "وأجرى حموشي مباحثات مع وزير الأمن العام الفيتنامي، توجت بالتوقيع على مذكرة تفاهم "
            "بين المديرية العامة للأمن الوطني ووزارة الأمن العام الفيتنامية.",
            [("mou", "signed", True)],
        ),
    ],
)
def test_initialled_and_expected_signings(
    tmp_path: Path, glossary: Glossary, sentence: str, expected: list[tuple[str, str, bool]]
) -> None:
    assert statuses(agreements_of(tmp_path, glossary, sentence)) == expected


def test_parties_named_before_the_ordinals_are_each_document_s(
    tmp_path: Path, glossary: Glossary
) -> None:
    found = agreements_of(
        tmp_path,
        glossary,
        "وتوج هذا اللقاء بالتوقيع على مذكرتي تفاهم بين المديرية العامة للأمن الوطني والشرطة "
        "الوطنية الرواندية، تتعلق الأولى بالتعاون في مجال التكوين الشرطي، فيما تهم الثانية "
        "تطوير قدرات مختبرات الشرطة العلمية.",
    )
    assert [countries(a) for a in found] == [["MA", "RW"], ["MA", "RW"]]


def test_the_noun_of_agreeing_with_its_parties_is_an_agreement_in_talks(
    tmp_path: Path, glossary: Glossary
) -> None:
    # 1942: "توجت" signs a document ("توجت بتوقيع …"), not an agreement the parties reached.
    found = agreements_of(
        tmp_path,
        glossary,
        "وتوجت هذه الجلسة باتفاق المديرية العامة للأمن الوطني والشرطة الوطنية الإسبانية على "
        "إحداث مركز للتعاون الشرطي الدولي خاص بالبطولة.",
    )
    assert statuses(found) == [("agreement", "agreed", False)]
    assert countries(found[0]) == ["MA", "ES"]
    # The document word alone, signed, is still a signed document.
    signed = agreements_of(
        tmp_path,
        glossary,
        "وتوجت هذه الجلسة باتفاق للتعاون الأمني بين المديرية العامة للأمن الوطني والشرطة "
        "الوطنية الإسبانية.",
    )
    assert statuses(signed) == [("agreement", "signed", True)]


def test_what_an_earlier_meeting_was_crowned_with_is_earlier(
    tmp_path: Path, glossary: Glossary
) -> None:
    # 1927: "منذ الاجتماع …" as "منذ الزيارة …", dated before the visit's first day.
    sentence = (
        "ويشار إلى أن العلاقات المغربية الإسبانية تعرف زخما متواصلا منذ الاجتماع رفيع المستوى "
        "الذي احتضنته الرباط في فبراير 2023، والذي توج بالتوقيع على نحو عشرين اتفاقية."
    )
    assert agreements_of(tmp_path, glossary, sentence, year=2025, first=date(2025, 6, 3)) == []
    assert agreements_of(tmp_path, glossary, sentence, year=2023, first=date(2023, 2, 1))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 2005: a crowning with an announcement signs nothing; the text is finished, its
        # signing told after it
        (
            "وتوجت المباحثات بالإعلان عن الانتهاء من صياغة النص النهائي لمذكرة تفاهم بين "
            "المديرية العامة للأمن الوطني والشرطة الفيدرالية البرازيلية، على أن يوقعها الطرفان "
            "خلال زيارة مرتقبة إلى الرباط.",
            [("mou", "to_be_signed", True)],
        ),
        # 724: a crowning with the Tunisian press's word for a signing
        (
            "وتوجت الجلسة بإمضاء بروتوكول تعاون بين الحرس الوطني التونسي والدرك الملكي المغربي.",
            [("protocol", "signed", True)],
        ),
        # 2001: a text adopted is agreed; the memorandum it serves is an earlier one
        (
            "واعتمد الجانبان البرنامج التنفيذي لسنتي 2025 و2026 الخاص بمذكرة التفاهم الموقعة بين "
            "المديرية العامة للأمن الوطني ووزارة الداخلية النمساوية سنة 2021.",
            [("agreement", "agreed", True)],
        ),
        # 847: adopting an approach agrees on nothing
        (
            "وأبرز حموشي أن المملكة اعتمدت مقاربة أمنية مندمجة تقوم على الانتشار الميداني "
            "للوحدات المتخصصة.",
            [],
        ),
        # 2015: "في ختام أعمالها" stands between the adopting and the draft
        (
            "وترأسا اجتماع اللجنة الأمنية المشتركة التي اعتمدت في ختام أعمالها الصيغة المعدلة "
            "لمشروع مذكرة التفاهم بين الجانبين.",
            [("mou", "agreed", True)],
        ),
        # 2011: a plan of cooperation is a document
        (
            "واتفق الجانبان على تجديد مخطط التعاون الثنائي بين الدرك الملكي والدرك الوطني "
            "الفرنسي، على أن يتم التوقيع عليه بباريس خلال الدورة المقبلة للجنة المختلطة.",
            [("agreement", "to_be_signed", True)],
        ),
        # 2007: an agreed text, restated as to be signed
        (
            "واتفق الطرفان على تجديد اتفاق التوأمة بين المعهد الملكي للشرطة وأكاديمية الشرطة "
            "الوطنية الإسبانية، على أن يوقع الاتفاق المجدد بأبيلا في يناير المقبل.",
            [("agreement", "to_be_signed", True)],
        ),
    ],
)
def test_crownings_adoptions_and_plans(
    tmp_path: Path, glossary: Glossary, sentence: str, expected: list[tuple[str, str, bool]]
) -> None:
    assert statuses(agreements_of(tmp_path, glossary, sentence, year=2025)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 2068: a team tasked with drafting a memorandum: the draft is what was agreed on
        (
            "واتفق المسؤولان على تكليف فريق من الخبراء بإعداد مشروع مذكرة تفاهم في مجال مكافحة "
            "الجريمة الإلكترونية، على أن يعرض على الجهازين لدراسته.",
            [("mou", "discussed", True)],
        ),
        # a commitment to put a memorandum signed before into effect is still one
        (
            "واتفق الجانبان على إحداث لجنة مشتركة لتفعيل مذكرة التفاهم الموقعة بين البلدين سنة "
            "2019.",
            [("agreement", "agreed", False)],
        ),
    ],
)
def test_a_commitment_about_a_document_of_the_visit_is_that_document(
    tmp_path: Path, glossary: Glossary, sentence: str, expected: list[tuple[str, str, bool]]
) -> None:
    assert statuses(agreements_of(tmp_path, glossary, sentence, year=2025)) == expected
