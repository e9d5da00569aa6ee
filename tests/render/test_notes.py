"""Rendering the seeds' visits into PDF notes, read back with a real PDF reader (pypdf)."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import pypdf
import pytest

import render_support as rs
from briefer.arabic.text import count_arabic_letters
from briefer.config import Config
from briefer.documents import Article, Translation
from briefer.errors import BuildError
from briefer.extract.facts import Visit
from briefer.glossary.load import load as load_glossary
from briefer.render import RenderReport, render_notes
from briefer.render.context import context
from briefer.render.pdf import url_fetcher

EPOCH = "1763856000"  # 2025-11-23T00:00:00Z
IDS = [
    "2024-09-23-ae",
    "2025-09-18-tr-ankara",
    "2025-11-24-ma-marrakesh",
    "XXXX-01-28-es",
    "XXXX-09-19-tr-ankara",
]
ANKARA = "2025-09-18-tr-ankara"


class Inputs:
    """The rendering inputs of the seeds: articles, translations, visits, glossary."""

    def __init__(self) -> None:
        self.articles: dict[str, Article] = rs.seed_articles()
        self.translations: dict[tuple[str, str], Translation] = rs.translations(self.articles)
        self.visits: list[Visit] = rs.visits()
        self.ankara = [v for v in self.visits if v.id == ANKARA]
        self.glossary = load_glossary(rs.ROOT / "glossary")

    def render(
        self,
        out: Path,
        visits: list[Visit] | None = None,
        langs: tuple[str, ...] = ("en",),
        **kw: Any,
    ) -> RenderReport:
        config = kw.pop("config", Config())
        return render_notes(
            self.visits if visits is None else visits,
            self.articles,
            self.translations,
            self.glossary,
            replace(config, out=out),
            list(langs),
            **kw,
        )


@pytest.fixture(scope="module")
def epoch():
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOURCE_DATE_EPOCH", EPOCH)
        yield EPOCH


@pytest.fixture(scope="module")
def inputs() -> Inputs:
    return Inputs()


@pytest.fixture(scope="module")
def built(tmp_path_factory, inputs, epoch) -> tuple[Path, RenderReport, list[str]]:
    """All seed visits in both languages, rendered once for the module."""
    out = tmp_path_factory.mktemp("out")
    steps: list[str] = []
    report = inputs.render(out, langs=("en", "fr"), progress=steps.append)
    return out, report, steps


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def flat(text: str) -> str:
    """Text with line breaks and bullet glyphs collapsed, for phrase searches."""
    return re.sub(r"\s+", " ", text.replace("•", " "))


def test_one_note_per_visit_and_language_plus_digests_and_index(built):
    out, report, steps = built
    for lang in ("en", "fr"):
        names = sorted(p.name for p in (out / lang).glob("*.pdf"))
        assert names == sorted([f"{i}.pdf" for i in IDS] + ["digest.pdf"])
        for visit_id in IDS:
            assert (out / lang / f"{visit_id}.html").exists()
            record = json.loads((out / lang / f"{visit_id}.json").read_text())
            assert record["visit"]["id"] == visit_id
    assert (out / "index.html").exists()
    assert len(steps) == 2 * (len(IDS) + 1)
    assert report.notes_written == 2 * (len(IDS) + 1)
    assert not report.skipped
    assert any("glossary terms not rendered" in w for w in report.warnings)


@pytest.mark.parametrize(
    ("lang", "visit_id", "title"),
    [
        (
            "en",
            "2025-09-18-tr-ankara",
            "Visit of Abdellatif Hammouchi to Türkiye — Ankara, 18–20 September 2025",
        ),
        (
            "fr",
            "2025-09-18-tr-ankara",
            "Visite d’Abdellatif Hammouchi en Turquie — Ankara, 18–20 septembre 2025",
        ),
        (
            "en",
            "2024-09-23-ae",
            # the articles name no city: "شرطة أبو ظبي" is an organisation
            "Visit of Abdellatif Hammouchi to the United Arab Emirates — 23–26 September 2024",
        ),
        (
            "fr",
            "2024-09-23-ae",
            "Visite d’Abdellatif Hammouchi aux Émirats arabes unis — 23–26 septembre 2024",
        ),
        (
            "fr",
            "2025-11-24-ma-marrakesh",
            # "l'" is written by the phrasing code, "d’INTERPOL" comes from the glossary,
            # which follows the house style (docs/house-style.md); the code does not yet.
            "Abdellatif Hammouchi à l’Assemblée générale d’INTERPOL — "
            "Marrakech, 24–27 novembre 2025",
        ),
        # the year is not written: Tuesday 28 January narrows it to 2025, shown as uncertain
        ("en", "XXXX-01-28-es", "Visit of Abdellatif Hammouchi to Spain — 28–29 January [2025?]"),
        ("fr", "XXXX-01-28-es", "Visite d’Abdellatif Hammouchi en Espagne — 28–29 janvier [2025?]"),
        (
            "fr",
            "XXXX-09-19-tr-ankara",
            "Visite d’Abdellatif Hammouchi en Turquie — Ankara, 19–21 septembre "
            "[année non précisée]",
        ),
    ],
)
def test_titles_and_metadata(built, lang, visit_id, title):
    out, _, _ = built
    reader = pypdf.PdfReader(out / lang / f"{visit_id}.pdf")
    meta = reader.metadata
    assert meta.title == title
    assert meta.author == "briefer"
    assert meta.subject.endswith(title)
    assert "Abdellatif Hammouchi" in meta["/Keywords"]
    assert reader.trailer["/Root"]["/Lang"] == lang
    assert title in flat(pdf_text(out / lang / f"{visit_id}.pdf"))


def test_names_exactly_as_in_the_glossary(built, inputs):
    out, _, _ = built
    for lang in ("en", "fr"):
        ankara = flat(pdf_text(out / lang / "2025-09-18-tr-ankara.pdf"))
        abu_dhabi = flat(pdf_text(out / lang / "2024-09-23-ae.pdf"))
        for entry_id in ("person.hammouchi", "person.demirtas"):
            assert inputs.glossary.get(entry_id).rendering(lang).full in ankara
        assert "Ahmed Naser Al-Raisi" in abu_dhabi
    assert "Marrakesh" in pdf_text(out / "en" / "2025-11-24-ma-marrakesh.pdf")
    assert "Marrakech" in pdf_text(out / "fr" / "2025-11-24-ma-marrakesh.pdf")


def test_sections_in_each_language(built):
    out, _, _ = built
    en = flat(pdf_text(out / "en" / "2025-09-18-tr-ankara.pdf"))
    fr = flat(pdf_text(out / "fr" / "2025-09-18-tr-ankara.pdf"))
    for heading in (
        "Key facts",
        "Counterparts",
        "Agreements",
        "Summary",
        "Translation of the sources",
        "Sources",
        "Appendix: Arabic original",
    ):
        assert heading in en
    for heading in (
        "Faits essentiels",
        "Interlocuteurs",
        "Accords",
        "Résumé",
        "Traduction des sources",
        "Annexe : texte original en arabe",
    ):
        assert heading in fr
    assert "None reported" in en and "Aucun" in fr and "Aucun signalé" not in fr
    assert "Page 1 of 4" in en or "Page 1 of 5" in en
    assert re.search(r"Page 1 sur \d", fr)
    assert "UNCLASSIFIED" in en
    assert "Built 23 November 2025" in en and "Produit le 23 novembre 2025" in fr


def test_summary_sentences_are_natural_in_both_languages(built):
    out, _, _ = built
    fr = flat(pdf_text(out / "fr" / "2025-09-18-tr-ankara.pdf"))
    assert (
        "Abdellatif Hammouchi a effectué une visite à Ankara (Turquie) "
        "du 18 au 20 septembre 2025, à l’occasion du Salon"
    ) in fr
    assert (
        "Les entretiens ont également concerné l’Arabie saoudite, la Jordanie et la Malaisie."
        in (fr)
    )
    marrakesh = flat(pdf_text(out / "fr" / "2025-11-24-ma-marrakesh.pdf"))
    assert "Abdellatif Hammouchi a tenu 43 réunions bilatérales." in marrakesh
    en = flat(pdf_text(out / "en" / "2025-11-24-ma-marrakesh.pdf"))
    assert "the Secretary General of INTERPOL and one other official." in en
    abu_dhabi = flat(pdf_text(out / "fr" / "2024-09-23-ae.pdf"))
    # The Moroccan side of the agreement goes without saying; the partner takes its article.
    assert "Un mémorandum d’entente a été signé avec l’Académie Saif bin Zayed" in abu_dhabi
    spain = flat(pdf_text(out / "en" / "XXXX-01-28-es.pdf"))
    assert "Talks were held with the Director General of the Spanish National Police" in spain


def test_a_narrowed_year_is_shown_as_uncertain(built):
    out, _, _ = built
    text = flat(pdf_text(out / "en" / "XXXX-01-28-es.pdf"))
    assert "28–29 January [2025?]" in text
    assert not re.search(r"28–29 January \d{4}", text)


def test_arabic_appendix_extracts_as_arabic_in_the_embedded_font(built, inputs):
    out, _, _ = built
    reader = pypdf.PdfReader(out / "fr" / "2025-09-18-tr-ankara.pdf")
    appendix = reader.pages[-1].extract_text() + reader.pages[-2].extract_text()
    assert count_arabic_letters(appendix) > 500
    article = inputs.articles["000_d774277871ac2776"]
    assert article.sentences[-1].text[:40] in pdf_text(out / "fr" / "2025-09-18-tr-ankara.pdf")


def _fonts(reader: pypdf.PdfReader) -> dict[str, bool]:
    found: dict[str, bool] = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            found[str(font["/BaseFont"]).split("+", 1)[1]] = "/FontFile2" in descriptor
    return found


def test_only_the_shipped_fonts_are_used_and_all_are_embedded(built):
    out, _, _ = built
    fonts = _fonts(pypdf.PdfReader(out / "en" / "2025-09-18-tr-ankara.pdf"))
    assert all(fonts.values())
    assert {name.split("-")[1] for name in fonts} == {"Serif", "Naskh"}
    assert {"Briefer-Serif", "Briefer-Naskh"} <= set(fonts)


def test_pdfa_identification_tags_and_attachment(built, inputs):
    out, _, _ = built
    reader = pypdf.PdfReader(out / "en" / "2025-11-24-ma-marrakesh.pdf")
    root = reader.trailer["/Root"]
    xmp = root["/Metadata"].get_object().get_data().decode()
    assert 'pdfaid:part="3"' in xmp and 'pdfaid:conformance="B"' in xmp
    assert root["/OutputIntents"][0].get_object()["/S"] == "/GTS_PDFA1"
    assert root["/MarkInfo"]["/Marked"] and "/StructTreeRoot" in root
    assert list(reader.attachments) == ["2025-11-24-ma-marrakesh.json"]
    record = json.loads(reader.attachments["2025-11-24-ma-marrakesh.json"][0])
    assert record["visit"]["bilateral_meetings_count"] == 43
    assert record["provenance"]["glossary"] == inputs.glossary.version
    assert record["provenance"]["models"] == ["ar_en-1.9"]
    cited = record["evidence"][0]
    article = inputs.articles[cited["article"]]
    start, end = cited["source_span"]
    assert article.original[start:end] == cited["text"] == article.sentences[cited["sentence"]].text
    on_disk = json.loads((out / "en" / "2025-11-24-ma-marrakesh.json").read_text())
    assert on_disk == record


def test_machine_sentences_are_marked_and_shares_reported(built):
    out, _, _ = built
    html = (out / "en" / "2025-09-18-tr-ankara.html").read_text()
    assert html.count('class="mt"') >= 7
    text = flat(pdf_text(out / "en" / "2025-09-18-tr-ankara.pdf"))
    assert "translated by machine" in text
    assert "46%" in text and "54%" in text  # 6 of 13 sentences from memory, 7 by machine
    assert "4 terms checked: 1 repaired, 0 not rendered" in text


def test_untranslated_sentences_keep_their_arabic(built, inputs):
    out, _, _ = built
    html = (out / "en" / "XXXX-09-19-tr-ankara.html").read_text()
    assert 'lang="ar" dir="rtl"' in html
    assert "could not be translated" in flat(pdf_text(out / "en" / "XXXX-09-19-tr-ankara.pdf"))


def test_digest_has_timeline_agreements_and_country_counts(built):
    out, _, _ = built
    text = flat(pdf_text(out / "en" / "digest.pdf"))
    # In date order (a narrowed year sorts by that year); visits whose year is unknown last.
    order = [
        text.index(d)
        for d in (
            "23–26 September 2024",
            "28–29 January",
            "18–20 September 2025",
            "24–27 November 2025",
            "Year not stated",
            "19–21 September [year not stated]",
        )
    ]
    assert order == sorted(order)  # apart, under their own heading, not as the latest
    assert text.count("Memorandum of understanding") == 3
    assert "Türkiye 2" in text
    fr = flat(pdf_text(out / "fr" / "digest.pdf"))
    assert "Chronologie des visites" in fr and "Turquie 2" in fr


def test_index_links_every_note_in_both_languages(built):
    out, _, _ = built
    html = (out / "index.html").read_text()
    for lang in ("en", "fr"):
        for visit_id in IDS:
            assert f'href="{lang}/{visit_id}.pdf"' in html
        assert f'href="{lang}/digest.pdf"' in html
    assert "Visite d’Abdellatif Hammouchi en Turquie" in html
    # Latest first; visits whose year is not stated apart, after their own heading.
    english = html[html.index('id="notes-en"') : html.index('id="notes-fr"')]
    latest_first = ["2025-11-24-ma-marrakesh", ANKARA, "XXXX-01-28-es", "2024-09-23-ae"]
    order = [english.index(f'href="en/{v}.pdf"') for v in latest_first]
    heading = english.index("Year not stated")
    assert order == sorted(order) and order[-1] < heading  # a narrowed year ("2025?") counts
    assert english.index('href="en/XXXX-09-19-tr-ankara.pdf"') > heading
    assert "Année non précisée" in html and "Notes d’information" in html


def test_two_builds_are_byte_identical(built, inputs, tmp_path):
    out, _, _ = built
    inputs.render(tmp_path, visits=inputs.ankara, langs=("fr",))
    name = ANKARA
    for ext in (".pdf", ".html", ".json"):
        assert (tmp_path / "fr" / f"{name}{ext}").read_bytes() == (
            out / "fr" / f"{name}{ext}"
        ).read_bytes()


def test_unchanged_notes_are_skipped_and_changes_rebuild(inputs, tmp_path, epoch):
    visits = inputs.ankara
    first = inputs.render(tmp_path, visits=visits)
    pdf = tmp_path / "en" / "2025-09-18-tr-ankara.pdf"
    assert pdf in first.written
    again = inputs.render(tmp_path, visits=visits)
    assert pdf in again.skipped and pdf not in again.written
    assert (again.notes_written, again.notes_skipped) == (0, 2)  # the note and the digest
    # One mechanism for notes and digests: the inputs hash recorded beside the files.
    stamp = tmp_path / "en" / ".2025-09-18-tr-ankara.inputs"
    record = json.loads((tmp_path / "en" / "2025-09-18-tr-ankara.json").read_text())
    assert stamp.read_text().splitlines()[0] == record["inputs"]
    assert (tmp_path / "en" / ".digest.inputs").exists()
    stamp.unlink()  # an unrecorded note is made again
    assert pdf in inputs.render(tmp_path, visits=visits).written
    forced = inputs.render(tmp_path, visits=visits, force=True)
    assert pdf in forced.written
    restricted = inputs.render(tmp_path, visits=visits, config=Config(classification="RESTRICTED"))
    assert pdf in restricted.written
    assert "RESTRICTED" in pdf_text(pdf)
    # each language prints the level's label; the note's record keeps both
    french = inputs.render(
        tmp_path,
        visits=visits,
        langs=("fr",),
        config=Config(classification="RESTRICTED", classification_labels={"fr": "DR"}),
    )
    fr_pdf = tmp_path / "fr" / "2025-09-18-tr-ankara.pdf"
    assert fr_pdf in french.written
    for page in pypdf.PdfReader(fr_pdf).pages:
        assert "DR" in page.extract_text().splitlines()
    record = json.loads(fr_pdf.with_suffix(".json").read_text())
    assert (record["classification"], record["classification_label"]) == ("RESTRICTED", "DR")


def test_user_templates_override_built_in_ones(inputs, tmp_path, epoch):
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "note.html").write_text(
        '{% extends "base.html" %}{% block content %}<p>Local layout for '
        "{{ note.visit_id }}</p>{% endblock %}",
        encoding="utf-8",
    )
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(tmp_path)  # a relative --templates, as users type it
        inputs.render(tmp_path / "out", visits=inputs.ankara, config=Config(templates=Path("mine")))
    text = pdf_text(tmp_path / "out" / "en" / "2025-09-18-tr-ankara.pdf")
    assert "Local layout for 2025-09-18-tr-ankara" in text
    assert "Key facts" not in text
    with pytest.raises(BuildError, match="templates directory not found"):
        inputs.render(
            tmp_path / "out2", visits=inputs.ankara, config=Config(templates=tmp_path / "missing")
        )


def test_url_fetcher_refuses_network_and_outside_files(tmp_path):
    from briefer.render.theme import fonts_dir

    refused: list[str] = []
    fetch = url_fetcher([fonts_dir()], refused)
    font = fonts_dir() / "NotoSerif-Regular.ttf"
    assert fetch(font.as_uri()).read()[:4] == (font.read_bytes()[:4])
    outside = tmp_path / "secret.css"
    outside.write_text("body{}")
    for url in (
        "http://example.com/style.css",
        "https://example.com/x.png",
        outside.as_uri(),
        (fonts_dir() / ".." / ".." / "briefer" / "render.py").as_uri(),
        "ftp://example.com/x",
    ):
        with pytest.raises(ValueError, match="refused"):
            fetch(url)
    assert len(refused) == 5


def test_templates_asking_for_the_network_get_a_warning_not_a_fetch(inputs, tmp_path, epoch):
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "note.html").write_text(
        '{% extends "base.html" %}{% block content %}'
        '<img src="http://127.0.0.1:9/logo.png"><link rel="stylesheet" href="file:///etc/hostname">'
        "{% endblock %}",
        encoding="utf-8",
    )
    report = inputs.render(tmp_path / "out", visits=inputs.ankara, config=Config(templates=mine))
    assert any("http://127.0.0.1:9/logo.png" in w for w in report.warnings)
    assert any("file:///etc/hostname" in w for w in report.warnings)


def test_article_text_is_never_markup_or_template_code(inputs, tmp_path, epoch):
    from briefer.documents import Origin, TranslatedSentence
    from briefer.ingest import load_rules, read_article

    path = tmp_path / "seeds" / "900_untrusted.txt"
    path.parent.mkdir()
    path.write_text(
        "زيارة حموشي إلى إسبانيا <script>alert(1)</script>\n\n"
        "قام حموشي بزيارة {{ 7*7 }} إلى مدريد {% raw %}.\n",
        encoding="utf-8",
    )
    article = read_article(path, load_rules())
    hostile = ["Visit <script>alert(1)</script>", "He went {{ 7*7 }} to {% raw %} Madrid."]
    translation = Translation(
        article.id,
        "en",
        tuple(
            TranslatedSentence(s.index, s.text, hostile[i], Origin.MACHINE)
            for i, s in enumerate(article.sentences)
        ),
    )
    spain = inputs.visits[3]
    visit = replace(
        spain,
        id="untrusted",
        articles=(article.id,),
        facts=replace(spain.facts, article=article.id),
    )
    render_notes(
        [visit],
        {article.id: article},
        {(article.id, "en"): translation},
        inputs.glossary,
        Config(out=tmp_path / "out"),
        ["en"],
    )
    html = (tmp_path / "out" / "en" / "untrusted.html").read_text()
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "{{ 7*7 }}" in html and "49" not in html
    text = pdf_text(tmp_path / "out" / "en" / "untrusted.pdf")
    assert "<script>alert(1)</script>" in text and "{{ 7*7 }}" in text


def test_conflicts_between_sources(inputs, tmp_path, epoch):
    ankara = next(v for v in rs.visits_json() if v["id"] == ANKARA)
    merged = dict(
        ankara,
        id="2025-09-18-tr-ankara-merged",
        sources=2,
        articles=["000_d774277871ac2776", "001_5a996a103c87aea1"],
        conflicts=[
            {
                "field": "start",
                "values": {
                    "000_d774277871ac2776": "2025-09-18",
                    "001_5a996a103c87aea1": "XXXX-09-19",
                },
            },
            {
                "field": "event",
                "values": {
                    "000_d774277871ac2776": dict(ankara["event"], edition="2025"),
                    "001_5a996a103c87aea1": dict(ankara["event"], edition="24"),
                },
            },
            {
                "field": "dates",
                "values": {
                    "000_d774277871ac2776": {"start": "2025-09-18", "end": "2025-09-20"},
                    "001_5a996a103c87aea1": {"start": "XXXX-09-20", "end": "XXXX-09-22"},
                },
            },
        ],
    )
    inputs.render(tmp_path, visits=[Visit.from_json(merged)], langs=("fr",))
    text = flat(pdf_text(tmp_path / "fr" / "2025-09-18-tr-ankara-merged.pdf"))
    assert "2 sources" in text and "Source unique" not in text
    assert "date de début" in text and "18 septembre 2025" in text and "19 septembre" in text
    assert "Tele Nador" in text and "Média inconnu" in text  # both sources in the table
    assert "(IGEF 2025)" in text and "(IGEF 24)" in text  # the editions the sources differ on
    assert "20–22 septembre" in text  # each source's dates, as the visit merges them


def test_duplicate_visit_ids_are_refused(inputs, tmp_path):
    with pytest.raises(BuildError, match="share an id"):
        inputs.render(tmp_path, visits=[inputs.visits[0], inputs.visits[0]])


def test_context_has_three_to_seven_summary_items(inputs, epoch):
    from datetime import UTC, datetime

    for visit in inputs.visits:
        for lang in ("en", "fr"):
            note = context(
                visit,
                inputs.articles,
                inputs.translations,
                inputs.glossary,
                lang,
                datetime(2025, 11, 23, tzinfo=UTC),
                "UNCLASSIFIED",
            )
            assert 3 <= len(note.points) + len(note.passages) <= 7, (visit.id, lang)
            assert note.key_facts[0][1] == "Abdellatif Hammouchi"


def test_no_visits_still_gives_an_index_and_empty_digests(inputs, tmp_path, epoch):
    report = inputs.render(tmp_path, visits=[], langs=("en", "fr"))
    assert (tmp_path / "index.html").exists()
    assert "None reported" in pdf_text(tmp_path / "en" / "digest.pdf")
    assert sorted(p.name for p in report.written if p.suffix == ".pdf") == ["digest.pdf"] * 2


def test_an_unknown_language_is_a_clear_error(inputs, tmp_path):
    with pytest.raises(BuildError, match="no locale for language 'de'"):
        inputs.render(tmp_path, visits=inputs.ankara, langs=("de",))


def test_a_bad_source_date_epoch_is_a_clear_error(inputs, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    with pytest.raises(BuildError, match="SOURCE_DATE_EPOCH"):
        inputs.render(tmp_path, visits=inputs.ankara)


def test_an_article_without_translation_is_shown_in_arabic_with_a_warning(inputs, tmp_path, epoch):
    report = render_notes(
        inputs.ankara, inputs.articles, {}, inputs.glossary, Config(out=tmp_path), ["en"]
    )
    assert any("no translation of 000_d774277871ac2776" in w for w in report.warnings)
    html = (tmp_path / "en" / f"{ANKARA}.html").read_text()
    assert 'lang="ar" dir="rtl" class="ar">حموشي في أنقرة' in html
    # page 1 says so plainly, and why
    first = flat(pypdf.PdfReader(tmp_path / "en" / f"{ANKARA}.pdf").pages[0].extract_text())
    assert re.search(r"(\d+) sentences of \1 could not be translated \(no translation model", first)
    text = flat(pdf_text(tmp_path / "en" / f"{ANKARA}.pdf"))
    assert "Visit of Abdellatif Hammouchi to Türkiye" in text
    assert "0%" in text  # nothing from memory or machine


def test_build_time_is_the_commit_time_of_tracked_unmodified_sources(
    seeds_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two clones get different file times but the same commit, hence the same bytes."""
    import os
    import shutil
    import subprocess

    from briefer.builddate import build_time
    from briefer.ingest import load_rules, read_articles

    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    seeds = tmp_path / "seeds"
    shutil.copytree(seeds_dir, seeds)
    stamp = "2025-12-01T10:00:00+00:00"
    env = {
        **os.environ,
        "GIT_AUTHOR_DATE": stamp,
        "GIT_COMMITTER_DATE": stamp,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.org",
    }
    for args in (["init", "-q"], ["add", "seeds"], ["commit", "-qm", "seeds"]):
        subprocess.run(["git", *args], cwd=tmp_path, env=env, check=True)
    articles = read_articles(seeds, load_rules()).articles
    assert build_time(articles).isoformat() == stamp
    (seeds / articles[0].path.name).write_text("تعديل.\n", encoding="utf-8")
    modified = read_articles(seeds, load_rules()).articles
    assert build_time(modified).isoformat() != stamp  # edited sources: their file times


def test_builds_an_hour_apart_are_byte_identical_without_source_date_epoch(
    inputs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    inputs.render(tmp_path / "a", visits=inputs.ankara, langs=("en",))
    now = time.time
    monkeypatch.setattr(time, "time", lambda: now() + 3600)
    inputs.render(tmp_path / "b", visits=inputs.ankara, langs=("en",))
    first = tmp_path / "a" / "en" / f"{ANKARA}.pdf"
    assert first.read_bytes() == (tmp_path / "b" / "en" / f"{ANKARA}.pdf").read_bytes()
