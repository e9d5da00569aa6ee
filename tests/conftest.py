"""Shared fixtures: the seeds, the real CLI, genuine small Argos packages and a glossary."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

import argos_fixture

pytest_plugins = ("publish_support",)  # the distribution tests' fixtures

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

GLOSSARY = """\
- id: org.dgsn
  kind: organisation
  arabic: ["المديرية العامة للأمن الوطني"]
  en: {full: "General Directorate of National Security", acronym: DGSN}
  fr: {full: "Direction générale de la sûreté nationale", acronym: DGSN, gender: f}
- id: person.hammouchi
  kind: person
  arabic: ["عبد اللطيف حموشي", "حموشي"]
  en: {full: "Abdellatif Hammouchi", short: Hammouchi}
  fr: {full: "Abdellatif Hammouchi", short: Hammouchi}
- id: place.marrakesh
  kind: place
  country: MA
  arabic: ["مراكش"]
  en: {full: Marrakesh}
  fr: {full: Marrakech}
- id: org.interpol
  kind: organisation
  arabic: ["المنظمة الدولية للشرطة الجنائية", "الإنتربول", "أنتربول"]
  en: {full: INTERPOL, article: false}
  fr: {full: INTERPOL, article: false}
"""


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
    """The copy models ar->en and en->fr installed through briefer.models."""
    from briefer import models

    models.install_file(packages["ar_en"])
    models.install_file(packages["en_fr"])
    return argos_dir


@pytest.fixture
def glossary_dir(tmp_path: Path) -> Path:
    """A small glossary in the documented YAML format."""
    directory = tmp_path / "glossary"
    directory.mkdir()
    (directory / "terms.yaml").write_text(GLOSSARY, encoding="utf-8")
    return directory


@pytest.fixture
def glossary(glossary_dir: Path):
    """The small glossary, loaded."""
    from briefer.glossary import load

    return load(glossary_dir)


@pytest.fixture
def articles():
    """The five seed articles, ingested."""
    from briefer.ingest import load_rules, read_articles

    return read_articles(SEEDS, load_rules()).articles


def env_with(**extra: str) -> dict[str, str]:
    """The environment for a subprocess running briefer from this tree."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT / "src") + os.pathsep + env.get("PYTHONPATH", "")
    env.update(extra)
    return env


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The five sample articles shipped with the project."""
    return SEEDS


def run_cli(
    *args: str, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run briefer through its real entry point, as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "briefer", *args],
        cwd=cwd or ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        env=env or env_with(),
    )


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the project's inputs (seeds, glossary, memory) to build in, as a user would."""
    import shutil

    root = tmp_path / "project"
    for name in ("seeds", "glossary", "tm"):
        shutil.copytree(ROOT / name, root / name)
    return root
