"""Bilateral meetings: how many (digits, words, the dual, "a single one") and whether held.

Sentences come from the unseen dev articles (cited by number), the seeds, or are written for the
rule. Self-contained: its own glossary fixture and article writer.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.extract import extract
from briefer.extract.facts import Facts
from briefer.glossary.load import load as load_glossary
from briefer.glossary.match import Glossary
from briefer.ingest import load_rules, read_article

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary(ROOT / "glossary")


def facts_of(tmp_path: Path, glossary: Glossary, *body: str) -> Facts:
    """The facts of a small article: a headline, then one paragraph per line."""
    path = tmp_path / "article.txt"
    path.write_text("حموشي في زيارة عمل\n\n" + "\n\n".join(body) + "\n", encoding="utf-8")
    return extract(read_article(path, load_rules()), glossary)


def meetings(facts: Facts) -> tuple[int | None, bool | None]:
    return facts.bilateral_meetings_count, facts.bilateral_meetings_held


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        # 220: digits
        ("أجرى السيد حموشي، على هامش هذه القمة، 12 اجتماعا ثنائيا مع رؤساء وفود عدد من الدول.", 12),
        # 209, 219, 228: spelled out
        ("عقد حموشي خلال هذه الزيارة ثلاثة لقاءات ثنائية بالعاصمة لشبونة.", 3),
        ("عقد خلالها بالعاصمة الفيدرالية واشنطن خمسة لقاءات ثنائية مع مسؤولين.", 5),
        ("وعلى هامش هذا الحفل، عقد حموشي أربعة لقاءات ثنائية مع رؤساء الوفود.", 4),
        # seed 002: a compound number
        ("عقد حموشي ما مجموعه ثلاثة وأربعين اجتماعا ثنائيا مع رؤساء وفود الدول.", 43),
        ("عقد حموشي ١٥ لقاء ثنائيا.", 15),
        # 204: the dual, accusative and nominative
        ("عقد المسؤول الأمني المغربي لقاءين ثنائيين، الأول مع الوزير الاتحادي للداخلية.", 2),
        ("حموشي في فيينا.. لقاءان ثنائيان مع كبار المسؤولين النمساويين ولا اتفاقيات", 2),
        ("عقد حموشي اجتماعين ثنائيين مع وزير الداخلية ومدير الشرطة.", 2),
        # 215: one and no other
        ("لم يعقد حموشي في أبيدجان سوى لقاء ثنائي وحيد، جمعه بوزير الداخلية.", 1),
        ("عقد حموشي لقاء ثنائيا واحدا مع وزير الداخلية البريطاني.", 1),
        ("عقد حموشي لقاءً ثنائياً وحيداً مع وزير الداخلية.", 1),
        # meetings held apart, one official each, are bilateral
        ("وعقد حموشي لقاءين منفصلين مع وزير الداخلية ومدير الشرطة.", 2),
        ("وعقد حموشي ثلاثة لقاءات منفصلة مع رؤساء الوفود.", 3),
        # working sessions
        ("وعقد حموشي على هامش الاجتماع ثلاث جلسات عمل ثنائية.", 3),
        # the two meetings told again, with the article
        ("وحضر اللقاءين سفير المملكة المغربية.", 2),
        ("حضر المقابلتين عدد من المسؤولين من الجانبين.", 2),
        # meetings with others, no "ثنائي"
        ("عقد خلالها بالعاصمة ريغا أربعة لقاءات مع كبار المسؤولين الأمنيين.", 4),
        # meetings the principal held, counted by the verb of holding them
        (
            "وأجرى المسؤول الأمني المغربي في يومه الأول أربعة لقاءات رسمية، إذ التقى وزير الداخلية.",
            4,
        ),
        (
            "وعقد حموشي خلال مقامه بالعاصمة لقاءين، الأول مع وزير الداخلية والثاني مع مدير الشرطة.",
            2,
        ),
        # "only" and "one", with an adjective between
        ("ولم يتضمن برنامج الزيارة سوى لقاء رسمي واحد جمع حموشي بوزير الداخلية.", 1),
    ],
)
def test_counts(tmp_path: Path, glossary: Glossary, sentence: str, count: int) -> None:
    facts = facts_of(tmp_path, glossary, sentence)
    assert meetings(facts) == (count, True)
    assert facts.evidence["bilateral_meetings_count"]
    assert facts.evidence["bilateral_meetings_held"] == facts.evidence["bilateral_meetings_count"]


@pytest.mark.parametrize(
    "sentence",
    [
        # 211
        "حيث عقد لقاءات ثنائية مع عدد من كبار المسؤولين الأمنيين البلجيكيين.",
        # 223
        "أجرى السيد حموشي مباحثات ثنائية مع كل من المسؤول الإسباني والمسؤول البرتغالي.",
        # seed 000: a bilateral meeting called decisive is no count
        "شملت الزيارة لقاءً ثنائياً حاسماً مع نظير حموشي التركي، محمود ديميرتاش.",
        # 201, 208, 216, 202: talks and receptions, no "ثنائي"
        "أجرى حموشي مباحثات مع وزير الداخلية القطري.",
        "عقد مدير الأمن العام جلسة مباحثات رسمية مع حموشي والوفد المرافق له.",
        "استقبل اللواء محمود توفيق وزير الداخلية، أمس الأحد، السيد عبد اللطيف حموشي.",
        "بحث مدير الأمن العام اللواء عبدالرحمن الخرابشة، اليوم الأحد، مع حموشي آفاق التعاون.",
        # a meeting that brought them together, where documents were signed
        "وقع البلدان ثلاث مذكرات تفاهم خلال لقاء جمع حموشي ووزير الداخلية الليبي.",
        # 213: talks of this visit told in the pluperfect
        "وكان حموشي قد استهل زيارته بلقاء مع وزير الداخلية الإيطالي، ماتيو بيانتيدوزي.",
        # a working meeting
        "وعقدت الوزيرة البلجيكية وحموشي اجتماع عمل بمقر شرطة الملاحة.",
        # a year before talks with someone
        "أجرى عبد اللطيف حموشي، يوم الثلاثاء 10 يونيو 2025، مباحثات مع رئيس الشرطة.",
        # 1955: two meetings set apart from a series by "أما" count those two only
        "وأجرى حموشي سلسلة من المباحثات الثنائية، أما اللقاءان مع المسؤولين الكيني والصومالي "
        "فقد خصصا لتبادل المعلومات.",
        # talks held, "مع" before the noun or none at all
        "وأجرى حموشي مع المسؤولين الإيفواريين مباحثات تناولت التهديدات الإرهابية.",
        "وأجرى حموشي ورئيس الشرطة، على هامش الزيارة، مباحثات تناولت التعاون العملياتي.",
        # a meeting noun and who it was with, no verb of holding
        "وسبق التوقيع اجتماع موسع بين الجانبين، استعرض خلاله مدير المكافحة أساليب التهريب.",
        "وكان أول لقاءات الحموشي مع وزير الداخلية البيروفي، بمقر الوزارة.",
    ],
)
def test_held_without_a_number(tmp_path: Path, glossary: Glossary, sentence: str) -> None:
    facts = facts_of(tmp_path, glossary, sentence)
    assert meetings(facts) == (None, True)
    assert facts.evidence["bilateral_meetings_held"]


def test_a_bound_is_no_count(tmp_path: Path, glossary: Glossary) -> None:
    facts = facts_of(tmp_path, glossary, "عقد حموشي أزيد من 20 لقاء ثنائيا مع رؤساء الوفود.")
    assert meetings(facts) == (None, True)


@pytest.mark.parametrize(
    "sentence",
    [
        # 226
        "ولم يعقد حموشي أي لقاءات ثنائية على هامش هذا الاجتماع، الذي خصص للمصادقة على الميزانية.",
        "لم تعقد لقاءات ثنائية على هامش الاجتماع الذي شارك فيه حموشي.",
    ],
)
def test_none_held(tmp_path: Path, glossary: Glossary, sentence: str) -> None:
    facts = facts_of(
        tmp_path, glossary, "شارك حموشي في الاجتماع عبر تقنية المناظرة المرئية.", sentence
    )
    assert meetings(facts) == (None, False)


def test_no_meeting_with_politicians_is_not_no_meeting(tmp_path: Path, glossary: Glossary) -> None:
    # 218: he met the security chiefs, not the politicians
    facts = facts_of(
        tmp_path,
        glossary,
        "أجرى حموشي بالعاصمة لندن مباحثات مع مفوض شرطة العاصمة، مارك رولي.",
        "ولم يعقد حموشي، حسب المصادر ذاتها، أي لقاء مع المسؤولين السياسيين البريطانيين.",
    )
    assert meetings(facts) == (None, True)


def test_a_denied_signature_does_not_deny_the_talks(tmp_path: Path, glossary: Glossary) -> None:
    # 204: "لم يتم توقيع أي اتفاقية خلال هذه الزيارة، التي اقتصرت على المباحثات …"
    facts = facts_of(
        tmp_path,
        glossary,
        "لم يتم توقيع أي اتفاقية خلال هذه الزيارة، التي اقتصرت على المباحثات الثنائية وتبادل "
        "وجهات النظر.",
    )
    assert meetings(facts) == (None, True)


def test_a_count_in_background_is_not_this_visits(tmp_path: Path, glossary: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "عقد حموشي 40 لقاء ثنائيا خلال العام الماضي مع مسؤولين أجانب.",
        "وحل حموشي بلندن في زيارة عمل.",
    )
    assert meetings(facts) == (None, None)
    facts = facts_of(
        tmp_path,
        glossary,
        "وكان حموشي قد عقد 40 لقاء ثنائيا بمراكش، حيث التقى رؤساء الوفود.",
        "وحل حموشي بلندن في زيارة عمل.",
    )
    assert meetings(facts) == (None, None)


def test_planned_talks_are_not_held(tmp_path: Path, glossary: Glossary) -> None:
    # 229: an announced visit
    facts = facts_of(
        tmp_path,
        glossary,
        "يحل عبد اللطيف حموشي، الأسبوع المقبل، بدولة الإمارات العربية المتحدة.",
        "ومن المرتقب أن يجري حموشي خلال هذه الزيارة مباحثات مع القائد العام لشرطة أبوظبي.",
    )
    assert meetings(facts) == (None, None)


def test_the_next_meeting_with_someone_is_not_held(tmp_path: Path, glossary: Glossary) -> None:
    facts = facts_of(
        tmp_path, glossary, "واتفق الجانبان على أن يعقد الاجتماع المقبل بين الطرفين في الرباط."
    )
    assert meetings(facts) == (None, None)


def test_silent(tmp_path: Path, glossary: Glossary) -> None:
    facts = facts_of(tmp_path, glossary, "شارك عبد اللطيف حموشي في المؤتمر الدولي للشرطة بلندن.")
    assert meetings(facts) == (None, None)
    assert "bilateral_meetings_held" not in facts.evidence


def test_a_visit_after_the_publication_has_held_nothing_yet(
    tmp_path: Path, glossary: Glossary
) -> None:
    # 450: the programme of a visit announced for next Monday
    body = (
        "الخميس 5 فبراير 2026 - 11:30",
        "يرتقب أن يحل عبد اللطيف حموشي يوم الاثنين المقبل بالعاصمة الكندية أوتاوا.",
        "وحسب مصادر مطلعة، فإن برنامج الزيارة يتضمن مباحثات مع وزير السلامة العامة الكندي.",
    )
    facts = facts_of(tmp_path, glossary, *body)
    assert facts.start == "2026-02-09"
    assert meetings(facts) == (None, None)
    # With no publication date, the announcement ("يرتقب أن يحل") still tells it is to come.
    facts = facts_of(tmp_path, glossary, *body[1:])
    assert meetings(facts) == (None, None)


def test_talks_told_in_the_pluperfect_of_yesterday_were_held(
    tmp_path: Path, glossary: Glossary
) -> None:
    # 500: "وكان حموشي قد حل امس الاثنين بمانيلا، حيث اجرى مباحثات مع وزير الداخلية"
    facts = facts_of(
        tmp_path,
        glossary,
        "الثلاثاء 27 غشت 2024 | 18:05",
        "وقع عبد اللطيف حموشي، اليوم الثلاثاء بمانيلا، مذكرة تفاهم.",
        "وكان حموشي قد حل امس الاثنين بمانيلا، حيث اجرى مباحثات مع وزير الداخلية الفلبيني.",
    )
    assert meetings(facts) == (None, True)


def test_the_meetings_of_an_earlier_visit_months_before_are_not_counted(
    tmp_path: Path, glossary: Glossary
) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "الخميس 9 أبريل 2026 - 14:05",
        "قام عبد اللطيف حموشي مؤخرا بزيارة عمل إلى جمهورية لاتفيا، أجرى خلالها مباحثات مع رئيس "
        "الشرطة الحكومية.",
        "وتأتي هذه الزيارة بعد الزيارة الأولى التي قادته إلى ريغا يومي 21 و22 ماي 2025، والتي "
        "شهدت عقد أربعة لقاءات مع مسؤولين أمنيين لاتفيين.",
    )
    assert meetings(facts) == (None, True)


def test_the_two_sides_talks_were_held(tmp_path: Path, glossary: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        glossary,
        "وقع عبد اللطيف حموشي، يوم الأربعاء 21 يناير 2026 بفاليتا، مذكرة تفاهم مع مفوض الشرطة.",
        "وتناولت مباحثات الجانبين، قبل التوقيع، الطرق البحرية لشبكات الهجرة.",
    )
    assert meetings(facts) == (None, True)


def test_the_programme_of_an_announced_visit_of_no_date_is_not_held(
    tmp_path: Path, glossary: Glossary
) -> None:
    # 1492: "يرتقب أن يحل … منتصف الشهر المقبل", "برنامجها الأولي يتضمن مباحثات مع …".
    facts = facts_of(
        tmp_path,
        glossary,
        "يرتقب أن يحل عبد اللطيف حموشي، منتصف الشهر المقبل، بأولان باتور في زيارة عمل.",
        "ويتضمن برنامجها الأولي مباحثات مع وزير العدل والشؤون الداخلية المنغولي.",
    )
    assert (facts.bilateral_meetings_count, facts.bilateral_meetings_held) == (None, None)
    told = facts_of(
        tmp_path,
        glossary,
        "حل عبد اللطيف حموشي بأولان باتور في زيارة عمل.",
        "وأجرى مباحثات مع وزير العدل والشؤون الداخلية المنغولي.",
    )
    assert told.bilateral_meetings_held is True
