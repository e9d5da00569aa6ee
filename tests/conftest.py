"""Shared fixtures: the seeds, genuine small Argos packages, glossaries, a project to build in.

Helpers that tests import (paths, run_cli, env_with) are in support.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

import argos_fixture

# env_with and run_cli are re-exported for tests that still import them from conftest.
from support import GLOSSARY, ROOT, SEEDS, SUMMARY, env_with, run_cli  # noqa: F401

pytest_plugins = ("publish_support",)  # the distribution tests' fixtures


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Print what tests asked to report (support.SUMMARY), e.g. the fault-injection results."""
    for line in terminalreporter.config.stash.get(SUMMARY, []):
        terminalreporter.write_line(line)


@pytest.fixture(scope="session")
def builds(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A directory holding the test packages, built once per test session."""
    return tmp_path_factory.mktemp("argos-builds")


@pytest.fixture(scope="session")
def sp_model() -> bytes:
    """The SentencePiece model trained on the seeds."""
    return argos_fixture.train_sentencepiece()


@pytest.fixture(scope="session")
def packages(builds: Path, sp_model: bytes) -> dict[str, Path]:
    """The .argosmodel files: copy models ar->en, en->fr and the faulty ar->en variants."""
    vocab = argos_fixture.vocabulary(sp_model)
    drop = {p: "\u2581" for p in argos_fixture.PLACEHOLDERS}
    word = next(p for p in ("\u2581في", "\u2581من") if p in vocab)
    dup = {word: argos_fixture.PLACEHOLDERS[0]}
    return {
        "ar_en": argos_fixture.build_package(builds, "ar", "en", sp_model),
        "en_fr": argos_fixture.build_package(builds, "en", "fr", sp_model),
        "ar_en_drop": argos_fixture.build_package(
            builds, "ar", "en", sp_model, drop, version="1.1-drop", name="ar_en_drop"
        ),
        "ar_en_dup": argos_fixture.build_package(
            builds, "ar", "en", sp_model, dup, version="1.1-dup", name="ar_en_dup"
        ),
        "dup_word": Path(word),
    }


@pytest.fixture
def argos_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty Argos package directory, set in ARGOS_PACKAGES_DIR for this test."""
    directory = tmp_path / "argos-packages"
    directory.mkdir()
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(directory))
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", "http://127.0.0.1:9/")
    return directory


@pytest.fixture
def installed(argos_dir: Path, packages: dict[str, Path]) -> Path:
    """The copy models ar->en and en->fr installed through briefer.translate.packages."""
    from briefer.translate import packages as argos_packages

    argos_packages.install_file(packages["ar_en"])
    argos_packages.install_file(packages["en_fr"])
    return argos_dir


@pytest.fixture
def glossary_dir(tmp_path: Path) -> Path:
    """A small glossary in the documented YAML format."""
    directory = tmp_path / "glossary"
    directory.mkdir()
    (directory / "terms.yaml").write_text(GLOSSARY, encoding="utf-8")
    return directory


@pytest.fixture(scope="session")
def shipped():
    """The project's own glossary (glossary/), loaded once for the session."""
    from briefer.glossary.load import load

    return load(ROOT / "glossary")


@pytest.fixture
def glossary(glossary_dir: Path):
    """The small glossary, loaded."""
    from briefer.glossary.load import load

    return load(glossary_dir)


@pytest.fixture
def articles():
    """The five seed articles, ingested."""
    from briefer.ingest import load_rules, read_articles

    return read_articles(SEEDS, load_rules()).articles


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The five sample articles shipped with the project."""
    return SEEDS


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the project's inputs (seeds, glossary, memory) to build in, as a user would."""
    import shutil

    root = tmp_path / "project"
    for name in ("seeds", "glossary", "tm"):
        shutil.copytree(ROOT / name, root / name)
    return root
