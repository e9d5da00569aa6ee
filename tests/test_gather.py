"""The first phase: all at once, or streamed in batches (archive mode) to the same notes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from briefer import pipeline
from briefer.gather import ArchiveArticles, ArchiveTranslations, gather_archive
from briefer.glossary.load import load as load_glossary
from briefer.ingest import load_rules
from briefer.translate.engine import Engine
from briefer.translate.memory import load as load_memory
from briefer.translate.settings import Settings
from test_incremental import files_of
from test_pipeline import config_for


def test_an_archive_build_writes_the_notes_of_a_whole_build(
    project: Path, argos_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764583200")
    other = tmp_path / "archive"
    shutil.copytree(project, other)
    whole = pipeline.build(
        config_for(project), pipeline.Options(translation=Settings(cache=project / "c"))
    )
    streamed = pipeline.build(
        config_for(other),
        pipeline.Options(translation=Settings(cache=other / "c"), archive=2),
    )
    assert (streamed.origins, streamed.terms) == (whole.origins, whole.terms)
    assert files_of(other / "out") == files_of(project / "out")


def test_an_archive_keeps_facts_and_reads_articles_again_when_asked(
    project: Path, argos_dir: Path
) -> None:
    glossary = load_glossary(project / "glossary")
    engine = Engine(glossary, load_memory(project / "tm"), Settings(cache=project / "c"))
    gathered = gather_archive(
        project / "seeds", load_rules(), ("en", "fr"), glossary, engine, batch=2
    )
    assert len(gathered.facts) == 5 and not gathered.failures
    assert isinstance(gathered.articles, ArchiveArticles)
    assert isinstance(gathered.translations, ArchiveTranslations)
    first = sorted(gathered.articles)[0]
    assert gathered.articles[first].id == first
    assert gathered.translations[(first, "fr")].lang == "fr"
    assert (first, "de") not in gathered.translations
    assert len(gathered.translations) == 10
    assert gathered.origins == {"memory": 180, "machine": 0, "untranslated": 0}
