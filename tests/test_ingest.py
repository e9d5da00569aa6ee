"""Ingestion: encodings, normalisation with offsets, structure, sentences, bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.arabic.text import count_arabic_letters, normalize
from briefer.documents import Block
from briefer.errors import BuildError, IngestError
from briefer.ingest import load_rules, read_article, read_articles, read_paths, split_sentences

RULES = load_rules()

HEADLINES = {
    "000_d774277871ac2776": "حموشي في أنقرة : تعزيز الشراكة الأمنية المغربية-التركية",
    "001_5a996a103c87aea1": "حموشي يبحث مع المسؤولين الأتراك سبل تعزيز التعاون الأمني",
    "002_be680816a126c8ce": "بقيادة الحموشي: تعاون أمني واسع يتعزز خلال الجمعية العامة للإنتربول",
    "003_97ef5922fb8b93d6": None,
    "004_61222ac32c189bd9": "زيارة حموشي للإمارات: توطيد العلاقات الأمنية وتوسيع مجالات التعاون",
}
OUTLETS = {
    "000_d774277871ac2776": ("تيلي ناظور", None),
    "001_5a996a103c87aea1": (None, None),
    "002_be680816a126c8ce": (None, None),
    "003_97ef5922fb8b93d6": ("هومبريس", "ع ورديني"),
    "004_61222ac32c189bd9": (None, None),
}
SENTENCES = {
    "000_d774277871ac2776": 13,
    "001_5a996a103c87aea1": 16,
    "002_be680816a126c8ce": 14,
    "003_97ef5922fb8b93d6": 23,
    "004_61222ac32c189bd9": 24,
}


@pytest.fixture(scope="module")
def seeds(seeds_dir: Path):
    result = read_articles(seeds_dir, RULES)
    assert result.failures == ()
    return {a.id: a for a in result.articles}


def test_reads_all_five_seeds_in_file_name_order(seeds_dir: Path) -> None:
    ids = [a.id for a in read_articles(seeds_dir, RULES).articles]
    assert ids == sorted(HEADLINES)


def test_headline_outlet_and_byline(seeds) -> None:
    for article_id, headline in HEADLINES.items():
        article = seeds[article_id]
        assert article.headline == headline
        assert (article.outlet, article.byline) == OUTLETS[article_id]


def test_sentence_indices_are_stable_positions(seeds) -> None:
    for article_id, count in SENTENCES.items():
        sentences = seeds[article_id].sentences
        assert len(sentences) == count
        assert [s.index for s in sentences] == list(range(count))


def test_page_furniture_is_dropped(seeds) -> None:
    assert [d.text for d in seeds["001_5a996a103c87aea1"].dropped] == [
        "المغرب العربي",
        "مقالات ذات صلة",
        "زر الذهاب إلى الأعلى",
    ]
    assert [d.text for d in seeds["004_61222ac32c189bd9"].dropped] == ["0", "160"]
    for article in seeds.values():
        text = " ".join(s.text for s in article.sentences)
        assert "زر الذهاب إلى الأعلى" not in text
        assert all(s.text not in {"0", "160"} for s in article.sentences)


def test_no_body_text_lost(seeds) -> None:
    """Every Arabic letter of the file is in a sentence, unless it was furniture or outlet."""
    for article in seeds.values():
        removed = [d.text for d in article.dropped]
        removed += [line for line in (article.outlet, article.byline) if line]
        expected = count_arabic_letters(article.original) - sum(map(count_arabic_letters, removed))
        kept = sum(count_arabic_letters(s.text) for s in article.sentences)
        assert kept == expected, article.id


def test_subheadings_are_marked(seeds) -> None:
    headings = [p.text for p in seeds["003_97ef5922fb8b93d6"].paragraphs if p.kind is Block.HEADING]
    assert headings[0] == "تعزيز التعاون بين المغرب و إسبانيا"
    assert len(headings) == 7


def test_sentence_offsets_map_back_to_the_original(seeds) -> None:
    for article in seeds.values():
        for s in article.sentences:
            assert article.text[s.start : s.end] == s.text
            original = article.original[s.source_start : s.source_end]
            assert normalize(original).text == s.text


def test_offsets_survive_tatweel_presentation_forms_and_invisibles(tmp_path: Path) -> None:
    raw = "عنوان\n\nالمديـــرية \ufefb\u200b \u201cالعامة\u201d للأمن.\n"
    path = tmp_path / "a.txt"
    path.write_text(raw, encoding="utf-8")
    article = read_article(path, RULES)
    sentence = article.sentences[1]
    assert sentence.text == 'المديرية لا "العامة" للأمن.'
    assert (
        article.original[sentence.source_start : sentence.source_end]
        == raw.strip().split("\n\n")[1]
    )
    word = sentence.text.index("العامة")
    start, end = article.source_span(sentence.start + word, sentence.start + word + 6)
    assert article.original[start:end] == "العامة"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "cp1256"])
def test_same_article_in_every_supported_encoding(
    seeds, seeds_dir: Path, tmp_path: Path, encoding: str
) -> None:
    for article in seeds.values():
        text = (seeds_dir / f"{article.id}.txt").read_text(encoding="utf-8")
        path = tmp_path / f"{article.id}.txt"
        path.write_bytes(text.encode(encoding))
        other = read_article(path, RULES)
        assert other.encoding == encoding.replace("-sig", "")
        assert other.paragraphs == article.paragraphs
        assert (other.text, other.original, other.outlet) == (
            article.text,
            article.original,
            article.outlet,
        )


def test_sentences_keep_numbers_event_names_and_abbreviations() -> None:
    text = (
        "زار د. أحمد معرض IGEF 2025 ونمت الميزانية 2.5 في المائة. وقال إن 2030 قريب؟ نعم؛ بالتأكيد"
    )
    parts = [text[a:b] for a, b in split_sentences(text, RULES)]
    assert parts == [
        "زار د. أحمد معرض IGEF 2025 ونمت الميزانية 2.5 في المائة.",
        "وقال إن 2030 قريب؟",
        "نعم؛",
        "بالتأكيد",
    ]


def test_closing_quote_stays_with_its_sentence() -> None:
    text = 'وقال "إنه يوم مهم." ثم غادر.'
    assert [text[a:b] for a, b in split_sentences(text, RULES)] == [
        'وقال "إنه يوم مهم."',
        "ثم غادر.",
    ]


BAD_FILES = {
    "empty.txt": (b"", "empty"),
    "blank.txt": (b"  \n\t\n ", "only whitespace"),
    "binary.txt": (bytes(range(256)) * 4, "binary"),
    "english.txt": (b"Hammouchi visits Ankara.\nNo Arabic here.\n", "no Arabic"),
    "furniture.txt": ("0\n160\nمقالات ذات صلة\n".encode(), "no article text"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_file_is_reported_with_name_and_reason(tmp_path: Path, name: str) -> None:
    data, reason = BAD_FILES[name]
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(IngestError) as caught:
        read_article(path, RULES)
    assert name in str(caught.value)
    assert reason in str(caught.value)


def test_bad_files_are_skipped_and_the_others_still_read(seeds_dir: Path, tmp_path: Path) -> None:
    for source in seeds_dir.glob("*.txt"):
        (tmp_path / source.name).write_bytes(source.read_bytes())
    for name, (data, _) in BAD_FILES.items():
        (tmp_path / name).write_bytes(data)
    result = read_articles(tmp_path, RULES)
    assert len(result.articles) == 5
    assert sorted(f.path.name for f in result.failures) == sorted(BAD_FILES)


def test_files_and_directories_read_alike_by_one_rule(seeds_dir: Path, tmp_path: Path) -> None:
    """read_paths, for every command: a bad article is reported, the others are read in order."""
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    one = seeds_dir / "003_97ef5922fb8b93d6.txt"
    result = read_paths([empty, seeds_dir, one, tmp_path / "gone.txt"], RULES)
    assert [a.id for a in result.articles] == [
        *(p.stem for p in sorted(seeds_dir.glob("*.txt"))),
        one.stem,
    ]
    assert [f.path.name for f in result.failures] == ["empty.txt", "gone.txt"]


def test_missing_seeds_directory(tmp_path: Path) -> None:
    with pytest.raises(BuildError, match="seeds directory not found"):
        read_articles(tmp_path / "nope", RULES)


def test_project_rules_extend_the_builtin_ones(seeds_dir: Path, tmp_path: Path) -> None:
    extra = tmp_path / "ingest.yaml"
    extra.write_text("furniture:\n  subscribe: '^اشترك في النشرة$'\n", encoding="utf-8")
    article_path = tmp_path / "a.txt"
    article_path.write_text("عنوان قصير\nنص المقال هنا.\nاشترك في النشرة\n", encoding="utf-8")
    article = read_article(article_path, load_rules(extra))
    assert [d.rule for d in article.dropped] == ["subscribe"]
    assert read_article(article_path, RULES).dropped == ()


def test_unrecognised_single_byte_encoding_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Café à Marrakech, élégant.".encode("latin-1"))
    with pytest.raises(IngestError, match="encoding not recognised"):
        read_article(path, RULES)


def _read(tmp_path: Path, text: str):
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return read_article(path, RULES)


def test_a_dateline_is_kept_as_a_heading_and_the_headline_follows_it(tmp_path: Path) -> None:
    article = _read(
        tmp_path,
        "الرباط - ومع - الثلاثاء 4 نونبر 2025\n\nحموشي يستقبل المدير العام للشرطة السنغالية\n\n"
        "استقبل المدير العام للأمن الوطني، عبد اللطيف حموشي، اليوم الثلاثاء بالرباط، وفدا.\n",
    )
    assert article.headline == "حموشي يستقبل المدير العام للشرطة السنغالية"
    first = article.paragraphs[0]
    assert first.kind is Block.HEADING and first.sentences[0].text.startswith("الرباط - ومع")


def test_a_long_headline_is_still_the_headline(tmp_path: Path) -> None:
    headline = (
        "حموشي في فيينا.. اتفاق تعاون مرتقب مع الداخلية النمساوية وتجربة الشرطة النمساوية في "
        "تأمين التظاهرات الكبرى تحت المجهر"
    )
    article = _read(
        tmp_path,
        f"Le360 - عربية\n\nالثلاثاء 24 يونيو 2025 - 21:40\n\n{headline}\n\n"
        "حل المدير العام للأمن الوطني بفيينا في زيارة عمل.\n",
    )
    assert article.headline == headline
    # a body paragraph of the same length ends as a sentence does
    body = _read(tmp_path, f"حموشي في فيينا\n\n{headline}.\n")
    assert body.paragraphs[1].kind is Block.BODY


def test_a_long_headline_after_an_unknown_outlets_name_is_no_body(tmp_path: Path) -> None:
    headline = (
        "حموشي يحضر تخرج فوج جديد من عمداء الشرطة بفرنسا ويتفق على توأمة بين معهد القنيطرة "
        'ومدرسة "سان سير"'
    )
    article = _read(
        tmp_path,
        f"Rue20 نيوز\n\nدولي\n\n{headline}\n\nحضر المدير العام للأمن الوطني حفل تخرج.\n",
    )
    assert [p.kind for p in article.paragraphs] == [
        Block.HEADLINE,
        Block.HEADING,
        Block.HEADING,
        Block.BODY,
    ]
    # a dateline between them is no name: the line after it is read as any other
    dated = _read(tmp_path, f"Rue20 نيوز\n\nالرباط - ومع\n\n{headline}\n\nحضر حموشي.\n")
    assert dated.paragraphs[2].kind is Block.BODY


@pytest.mark.parametrize(
    "dateline",
    [
        "الرباط: 16.10.2025",
        "2026/05/20 - 11:05",
        "الثلاثاء 5 ماي 2026 | 22:15",
        # a print issue's number, the date in both calendars
        "الخميس 7 ماي 2026 - العدد 8120",
        "الأحد 12 أبريل 2026 - 24 شوال 1447هـ",
        "الأربعاء 8 ذو الحجة 1446 هـ - 4 يونيو 2025",
    ],
)
def test_numeric_and_piped_datelines_are_not_the_headline(tmp_path: Path, dateline: str) -> None:
    article = _read(
        tmp_path,
        f"فبراير.كوم\n\n{dateline}\n\nحموشي في الشارقة\n\nحل المدير العام بالشارقة.\n",
    )
    assert (article.outlet, article.headline) == ("فبراير.كوم", "حموشي في الشارقة")


def test_outlets_are_read_from_the_outlets_data_with_their_byline(tmp_path: Path) -> None:
    article = _read(
        tmp_path,
        "هبة بريس - محمد العلوي\n\nحموشي بأبيدجان: لقاء ثنائي مع وزير الداخلية\n\n"
        "حل المدير العام للأمن الوطني بأبيدجان في زيارة عمل.\n",
    )
    assert (article.outlet, article.byline) == ("هبة بريس", "محمد العلوي")
    assert article.headline == "حموشي بأبيدجان: لقاء ثنائي مع وزير الداخلية"


@pytest.mark.parametrize("outlet", ["Rue20", "Le360 عربي", "ميدي1 نيوز", "وكالة إفي", "طنجة 24"])
def test_outlets_users_bring_are_not_the_headline(tmp_path: Path, outlet: str) -> None:
    # 1550: "Rue20" read as the headline made the real one a heading, its place a programme's
    article = _read(
        tmp_path,
        f"{outlet}\n\nآخر الأخبار\n\nحموشي يحل الأسبوع المقبل بمملكة بوتان\n\n"
        "سيحل المدير العام للأمن الوطني بتيمفو في زيارة عمل.\n",
    )
    assert (article.outlet, article.headline) == (outlet, "حموشي يحل الأسبوع المقبل بمملكة بوتان")


def test_a_site_section_heading_is_neither_outlet_nor_headline(tmp_path: Path) -> None:
    article = _read(
        tmp_path,
        "أخبار وطنية\n\nحموشي في مدريد\n\nحل المدير العام للأمن الوطني بمدريد في زيارة عمل.\n",
    )
    assert article.outlet is None and article.headline == "حموشي في مدريد"
    africa = _read(tmp_path, "إفريقيا\n\nحموشي في باماكو\n\nحل المدير العام بباماكو.\n")
    assert africa.headline == "حموشي في باماكو"
    assert [(d.text, d.rule) for d in article.dropped] == [("أخبار وطنية", "section")]
    # the same words inside the article are its text
    body = _read(tmp_path, "حموشي في مدريد\n\nأخبار وطنية\n\nحل حموشي بمدريد في زيارة عمل.\n")
    assert body.dropped == ()


def test_a_date_after_the_outlet_is_the_publication_line_not_a_byline(tmp_path: Path) -> None:
    article = _read(
        tmp_path,
        "هسبريس - الأحد 4 ماي 2025\n\nحموشي يحل بالدوحة\n\n"
        "يحل المدير العام للأمن الوطني بالدوحة في زيارة عمل.\n",
    )
    assert (article.outlet, article.byline) == ("هسبريس", None)
    assert article.headline == "حموشي يحل بالدوحة"
    first = article.paragraphs[0]
    assert first.kind is Block.HEADING and first.sentences[0].text == "الأحد 4 ماي 2025"


@pytest.mark.parametrize("heading", ["مقالات ذات صلة", "مواضيع ذات صلة", "أخبار ذات صلة:"])
def test_the_headlines_listed_under_related_links_are_dropped(tmp_path: Path, heading: str) -> None:
    article = _read(
        tmp_path,
        "حموشي في بانكوك\n\nاستقبل المفوض العام للشرطة التايلاندية عبد اللطيف حموشي.\n\n"
        f"{heading}\n- حموشي يستقبل قائد الشرطة الفيتنامية\n- شبكة لاستدراج الشباب\n",
    )
    assert [d.rule for d in article.dropped] == ["related-articles"] * 3
    assert all("الفيتنامية" not in s.text for s in article.sentences)


@pytest.mark.parametrize(
    ("lead", "outlet"),
    [
        ("باريس 3 نوفمبر 2025 (أ ف ب) - استقبل وزير الداخلية الفرنسي حموشي.", "أ ف ب"),
        ("روساريو (الأرجنتين)، 12 فبراير 2026 (إفي) - أجرى حموشي مباحثات.", "إفي"),
        ("باتومي (جورجيا) - 8 أكتوبر 2025 (ومع) - أجرى حموشي مباحثات.", "ومع"),
        ("دبلن (رويترز) - قال مسؤولون إن حموشي التقى مفوض الشرطة.", "رويترز"),
        # a place in brackets is no credit, nor is a credit the outlets data does not list
        ("باتومي (جورجيا) - أجرى حموشي مباحثات.", None),
        ("مقديشو (صحيفة الحي) - عقد حموشي لقاء.", None),
        # brackets deep in the sentence are not its credit
        (
            "أجرى المدير العام للأمن الوطني عبد اللطيف حموشي محادثات مع نظيره في العاصمة "
            "الأيرلندية دبلن حول التعاون الأمني (رويترز) - ثم غادر.",
            None,
        ),
    ],
)
def test_a_wire_item_is_read_by_the_credit_at_the_head_of_its_lead(
    tmp_path: Path, lead: str, outlet: str | None
) -> None:
    article = _read(tmp_path, f"حموشي في زيارة عمل\n\n{lead}\n")
    assert article.outlet == outlet
    assert article.headline == "حموشي في زيارة عمل"
    assert article.paragraphs[-1].sentences[0].text == lead  # the credit stays in the text


def test_a_wire_credit_on_a_line_of_its_own_is_the_outlet_and_an_outlet_line_comes_first(
    tmp_path: Path,
) -> None:
    own_line = _read(tmp_path, "حموشي في كيتو\n\n(إفي)\n\nكيتو (إفي) - وقع حموشي مذكرة.\n")
    assert (own_line.outlet, own_line.headline) == ("إفي", "حموشي في كيتو")
    page = _read(tmp_path, "فرانس 24\n\nحموشي في باريس\n\nباريس (أ ف ب) - التقى حموشي نونيز.\n")
    assert page.outlet == "فرانس 24"


def test_djibouti_s_agency_is_known_by_its_line_and_by_its_credit(tmp_path: Path) -> None:
    line = _read(
        tmp_path, "وكالة جيبوتي للأنباء\n\nمدير الشرطة يختتم زيارة\n\nاختتم المدير زيارته.\n"
    )
    assert (line.outlet, line.headline) == ("وكالة جيبوتي للأنباء", "مدير الشرطة يختتم زيارة")
    credit = _read(
        tmp_path, "مدير الشرطة يختتم زيارة\n\nالرباط في 17 سبتمبر 2025 (أدي) - اختتم المدير.\n"
    )
    assert credit.outlet == "أدي"
