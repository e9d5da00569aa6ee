"""The whole pipeline, seeds to notes, on the real glossary, memory, models and renderer."""

from __future__ import annotations

import re
import shutil
import socket
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefer import pipeline
from briefer.config import Config
from briefer.errors import GlossaryError
from briefer.translate.settings import Settings
from support import run_cli

VISITS = [
    "2024-09-23-ae",
    "2025-09-18-tr-ankara",
    "2025-11-24-ma-marrakesh",
    "XXXX-01-28-es",
    "XXXX-09-19-tr-ankara",
]


def config_for(project: Path) -> Config:
    return Config(
        seeds=project / "seeds",
        out=project / "out",
        glossary=project / "glossary",
        tm=project / "tm",
        cache=project / ".briefer-cache",
        ingest_rules=project / "ingest.yaml",
    )


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to open a network connection fails the test."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"network connection attempted: {args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)


def pdf_text(path: Path) -> str:
    """The PDF's text with line breaks and runs of spaces made one space."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_all_notes_from_memory_with_no_model_and_no_network(
    project: Path, argos_dir: Path, no_network: None
) -> None:
    report = pipeline.build(config_for(project), pipeline.Options(languages=("en", "fr")))
    assert report.failures == ()
    assert report.origins == {"memory": 180, "machine": 0, "untranslated": 0}
    assert report.terms["failed"] == 0 and report.terms["applied"] > 500
    for lang in ("en", "fr"):
        pdfs = sorted(p.stem for p in (project / "out" / lang).glob("*.pdf"))
        assert pdfs == sorted([*VISITS, "digest"])
    assert (project / "out" / "index.html").exists()
    english = pdf_text(project / "out" / "en" / "2025-09-18-tr-ankara.pdf")
    assert "Visit of Abdellatif Hammouchi to Türkiye" in english
    assert "Mahmut Demirtaş" in english and "18–20 September 2025" in english
    french = pdf_text(project / "out" / "fr" / "2024-09-23-ae.pdf")
    assert "Abou Dabi" in french and "23–26 septembre 2024" in french


def test_machine_translation_through_an_installed_package_renders_every_term(
    project: Path, installed: Path, no_network: None
) -> None:
    shutil.rmtree(project / "tm")
    (project / "tm").mkdir()
    options = pipeline.Options(languages=("en", "fr"), translation=Settings(cache=project / "c"))
    report = pipeline.build(config_for(project), options)
    assert report.origins == {"memory": 0, "machine": 180, "untranslated": 0}
    assert report.terms["failed"] == 0
    assert report.terms["applied"] + report.terms["repaired"] > 500
    again = pipeline.build(config_for(project), options)
    assert again.written == () and len(again.skipped) == 2 * (len(VISITS) + 1)


def test_a_broken_glossary_stops_the_build_before_any_note(project: Path) -> None:
    with (project / "glossary" / "people.yaml").open("a", encoding="utf-8") as handle:
        handle.write("- id: person.broken\n  kind: persn\n  arabic: [حموشي]\n")
    with pytest.raises(GlossaryError, match="people.yaml"):
        pipeline.build(config_for(project), pipeline.Options())
    assert not (project / "out").exists()
    result = run_cli("build", cwd=project)
    assert result.returncode == 1 and "people.yaml" in result.stderr


def test_no_model_and_no_memory_names_the_missing_pair(project: Path, argos_dir: Path) -> None:
    shutil.rmtree(project / "tm")
    (project / "tm").mkdir()
    result = run_cli("build", "--lang", "en", cwd=project)
    assert result.returncode == 1
    assert "ar->en" in result.stderr and "briefer models install" in result.stderr
    assert not (project / "out").exists()
    result = run_cli("build", "--lang", "en", "--allow-untranslated", "--quiet", cwd=project)
    assert result.returncode == 0, result.stderr
    assert "180 untranslated" not in result.stderr
    assert len(list((project / "out" / "en").glob("*.pdf"))) == 6
    # The summary and the notes name the real cause, not the glossary.
    assert "could not be translated (no ar->en model and no translation-memory match)" in (
        result.stderr
    )
    assert "glossary terms not rendered" not in result.stderr
    first = PdfReader(project / "out" / "en" / "2025-09-18-tr-ankara.pdf").pages[0]
    page = " ".join(first.extract_text().split())
    assert "could not be translated" in page
    # The note counts what the warning counts, the headline included.
    warned = re.findall(r"2025-09-18-tr-ankara \[en\]: (\d+) of (\d+) sentences", result.stderr)
    noted = re.findall(r"(\d+) sentences? of (\d+) could not be translated", page)
    assert warned and sorted(warned) == sorted(noted)
    assert "(partly untranslated)" in (project / "out" / "index.html").read_text("utf-8")
