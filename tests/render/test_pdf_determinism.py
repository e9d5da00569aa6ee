"""The same PDF bytes on every machine: fonts are subset by one path (fontTools), whether or not
the system has libharfbuzz-subset, which WeasyPrint would otherwise prefer."""

from __future__ import annotations

import ctypes.util
import hashlib
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

import render_support as rs
from briefer.config import Config
from briefer.glossary.load import load as load_glossary
from briefer.render import render_notes
from support import ROOT, env_with

EPOCH = "1763856000"
ANKARA = "2025-09-18-tr-ankara"
LIBRARY_DIR = "BRIEFER_TEST_HARFBUZZ_SUBSET"
"""A directory holding libharfbuzz-subset.so.0, for machines where it is not installed."""

RENDER = f"""
import hashlib, os, sys
from dataclasses import replace
from pathlib import Path
sys.path.insert(0, {str(ROOT / "tests")!r})
import render_support as rs
from briefer.config import Config
from briefer.glossary.load import load
from briefer.render import render_notes
from weasyprint.text import ffi
articles = rs.seed_articles()
visits = [v for v in rs.visits() if v.id == {ANKARA!r}]
out = Path(sys.argv[1])
render_notes(visits, articles, rs.translations(articles), load(rs.ROOT / "glossary"),
             replace(Config(), out=out), ["en", "fr"])
print(ffi.harfbuzz_subset is not None)
"""


def render(out: Path) -> dict[str, str]:
    articles = rs.seed_articles()
    visits = [v for v in rs.visits() if v.id == ANKARA]
    glossary = load_glossary(rs.ROOT / "glossary")
    config = replace(Config(), out=out)
    render_notes(visits, articles, rs.translations(articles), glossary, config, ["en", "fr"])
    return hashes(out)


def hashes(out: Path) -> dict[str, str]:
    return {
        str(p.relative_to(out)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(out.rglob("*.pdf"))
    }


class PresentLibrary:
    """Stands for a loaded libharfbuzz-subset: WeasyPrint would subset with it; any use fails."""

    def __init__(self) -> None:
        self.used: list[str] = []

    def __getattr__(self, name: str) -> object:
        self.used.append(name)
        raise AssertionError(f"HarfBuzz-Subset used: {name}")


def test_pdfs_are_the_same_with_and_without_harfbuzz_subset(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from weasyprint.pdf import fonts

    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    monkeypatch.setattr(fonts, "harfbuzz_subset", None)
    absent = render(tmp_path / "absent")
    library = PresentLibrary()
    monkeypatch.setattr(fonts, "harfbuzz_subset", library)
    present = render(tmp_path / "present")
    assert library.used == []
    assert present == absent and len(present) == 4  # the note and the digest, en and fr


def real_library() -> dict[str, str] | None:
    """The environment in which WeasyPrint finds a real libharfbuzz-subset, if there is one."""
    folder = os.environ.get(LIBRARY_DIR)
    if folder and (Path(folder) / "libharfbuzz-subset.so.0").is_file():
        return env_with(LD_LIBRARY_PATH=folder, SOURCE_DATE_EPOCH=EPOCH)
    if ctypes.util.find_library("harfbuzz-subset"):
        return env_with(SOURCE_DATE_EPOCH=EPOCH)
    return None


def test_with_the_real_library_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run where libharfbuzz-subset is installed, or with BRIEFER_TEST_HARFBUZZ_SUBSET set to
    a directory holding it (e.g. unpacked from the libharfbuzz-subset0 package)."""
    env = real_library()
    if env is None:
        pytest.skip(f"no libharfbuzz-subset here; set {LIBRARY_DIR} to a directory holding it")
    result = subprocess.run(
        [sys.executable, "-c", RENDER, str(tmp_path / "with")],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True"], "WeasyPrint did not load the library"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    assert hashes(tmp_path / "with") == render(tmp_path / "here")
