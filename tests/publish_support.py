"""Shared by the distribution tests: one real build of the seeds, a trial key, projects to publish."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefer import config as config_mod
from conftest import ROOT

PASSPHRASE = "correct horse battery staple"
EPOCH = "1758196800"  # 2025-09-18T12:00:00Z
LEVELS = ("UNCLASSIFIED", "RESTRICTED", "CONFIDENTIAL", "SECRET")
NOTES = [
    "2024-09-23-ae",
    "2025-09-18-tr-ankara",
    "2025-11-24-ma-marrakesh",
    "XXXX-01-28-es",
    "XXXX-09-19-tr-ankara",
]


def build_into(root: Path, classification: str, langs: tuple[str, ...] = ("en", "fr")) -> Path:
    """Build the seeds (memory only, no model, no network) into root/out."""
    from briefer import pipeline as build

    for name in ("seeds", "glossary", "tm"):
        if not (root / name).exists():
            shutil.copytree(ROOT / name, root / name)
    saved = {k: os.environ.get(k) for k in ("SOURCE_DATE_EPOCH", "ARGOS_PACKAGES_DIR")}
    os.environ["SOURCE_DATE_EPOCH"] = EPOCH
    os.environ["ARGOS_PACKAGES_DIR"] = str(root / "no-argos-packages")
    try:
        config = config_mod.Config(
            seeds=root / "seeds",
            out=root / "out",
            glossary=root / "glossary",
            tm=root / "tm",
            cache=root / ".briefer-cache",
            ingest_rules=root / "ingest.yaml",
            classification=classification,
        )
        report = build.build(config, build.Options(languages=langs, force=True))
        assert report.failures == ()
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    return root / "out"


@pytest.fixture(scope="session")
def built_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """out/ of one build of the seeds in both languages, classified RESTRICTED."""
    return build_into(tmp_path_factory.mktemp("built"), "RESTRICTED")


@pytest.fixture(scope="session")
def trial_key(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """keys/briefer.p12 and keys/briefer.crt made by briefer's own keys init code."""
    from briefer.publish.keys import init_key

    folder = tmp_path_factory.mktemp("keys")
    made = init_key(folder / "briefer.p12", "Briefing unit", PASSPHRASE.encode())
    return made.key


RECIPIENTS = """
[[recipients]]
name = "Desk officer"
address = "desk@example.org"
languages = ["en", "fr"]
clearance = "RESTRICTED"

[[recipients]]
name = "Press office"
address = "press@example.org"
languages = ["en"]
clearance = "UNCLASSIFIED"

[[recipients]]
name = "Embassy, Paris"
address = "paris@example.org"
languages = ["fr"]
clearance = "SECRET"
"""


def write_config(root: Path, extra: str = "", recipients: str = RECIPIENTS) -> Path:
    """briefer.toml for a project with the trial key in keys/ and the given extra tables."""
    text = f"""\
[briefer]
classification = "RESTRICTED"

[signing]
key = "keys/briefer.p12"
trusted_roots = ["keys/briefer.crt"]

[publish]
organisation = "Briefing unit"

{extra}
{recipients}
"""
    path = root / "briefer.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def publishing(
    tmp_path: Path, built_out: Path, trial_key: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """A project with the built notes in out/, the trial key in keys/, and a briefer.toml."""
    root = tmp_path / "project"
    shutil.copytree(built_out, root / "out")
    (root / "keys").mkdir()
    for path in trial_key.parent.iterdir():
        shutil.copy2(path, root / "keys" / path.name)
    write_config(root, '[mail]\nfrom = "Briefing unit <briefs@example.org>"\n')
    monkeypatch.chdir(root)
    monkeypatch.setenv("BRIEFER_KEY_PASSPHRASE", PASSPHRASE)
    yield root


def load_config(root: Path) -> config_mod.Config:
    """The project's configuration, as the commands read it."""
    return config_mod.load(root / "briefer.toml")
