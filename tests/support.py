"""Helpers the tests import (fixtures live in conftest.py): where the project's inputs are, the
small glossary of the translation tests, and briefer run through its real entry point."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from briefer.documents import Article
from briefer.extract import extract
from briefer.extract.facts import Facts
from briefer.extract.reading import Reading, read
from briefer.glossary.match import Glossary
from briefer.ingest import load_rules, read_article

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SUMMARY = pytest.StashKey[list[str]]()
"""Lines a test adds to the end of the pytest run (the fault-injection results)."""
PROPERTIES = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
"""Settings of the property tests: few examples, no deadline, the same examples every run."""
HEADLINE = "حموشي في زيارة عمل"
"""The headline of the small articles the rule tests write."""

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


def env_with(**extra: str) -> dict[str, str]:
    """The environment for a subprocess running briefer from this tree."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT / "src") + os.pathsep + env.get("PYTHONPATH", "")
    env.update(extra)
    return env


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


def small_article(tmp_path: Path, *body: str) -> Article:
    """A small article read for real: a headline, then one paragraph per line of body."""
    path = tmp_path / "article.txt"
    path.write_text(HEADLINE + "\n\n" + "\n".join(body) + "\n", encoding="utf-8")
    return read_article(path, load_rules())


def facts_of(tmp_path: Path, glossary: Glossary, *body: str) -> Facts:
    """The facts of a small article (see small_article)."""
    return extract(small_article(tmp_path, *body), glossary)


def readings_of(tmp_path: Path, glossary: Glossary, *body: str) -> list[Reading]:
    """The readings every rule shares, of a small article (see small_article)."""
    return read(small_article(tmp_path, *body), glossary)
