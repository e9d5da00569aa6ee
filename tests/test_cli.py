"""The command line through its real entry point."""

from __future__ import annotations

import shutil
from pathlib import Path

from pypdf import PdfReader

from briefer import __version__
from conftest import run_cli


def test_help_lists_every_command() -> None:
    result = run_cli("--help")
    assert result.returncode == 0
    for command in ("build", "extract", "translate", "glossary", "tm", "models"):
        assert command in result.stdout


def test_every_command_has_help_text() -> None:
    from briefer.cli import main

    for name, command in main.commands.items():
        assert command.help and command.help.strip(), f"briefer {name} has no help text"


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_build_writes_one_pdf_per_seed(seeds_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run_cli("build", "--lang", "en", "--seeds", str(seeds_dir), "--out", str(out))
    assert result.returncode == 0, result.stderr
    pdfs = sorted(p.name for p in (out / "en").iterdir())
    assert pdfs == sorted(f"{p.stem}.pdf" for p in seeds_dir.glob("*.txt"))
    text = PdfReader(out / "en" / pdfs[0]).pages[0].extract_text()
    assert "IGEF" in text
    assert not list(out.rglob("*.tmp"))


def test_build_skips_bad_files_reports_them_and_exits_non_zero(
    seeds_dir: Path, tmp_path: Path
) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(seeds_dir, seeds)
    (seeds / "empty.txt").write_bytes(b"")
    (seeds / "english.txt").write_text("No Arabic at all.", encoding="utf-8")
    out = tmp_path / "out"
    result = run_cli("build", "--lang", "en", "--seeds", str(seeds), "--out", str(out), "--quiet")
    assert result.returncode == 1
    assert "empty.txt" in result.stderr and "english.txt" in result.stderr
    assert len(list((out / "en").glob("*.pdf"))) == 5


def test_missing_seeds_directory_is_one_clear_line(tmp_path: Path) -> None:
    result = run_cli("build", "--seeds", str(tmp_path / "nope"), "--out", str(tmp_path / "o"))
    assert result.returncode == 1
    assert "seeds directory not found" in result.stderr
    assert "Traceback" not in result.stderr


def test_readme_test_command_is_what_ci_runs() -> None:
    root = Path(__file__).resolve().parents[1]
    readme = (root / "README.md").read_text(encoding="utf-8")
    blocks = readme.split("```sh\n")
    test_command = blocks[2].split("\n```")[0].strip()
    assert test_command.endswith("python -m pytest")
    assert test_command in (root / ".ci" / "run").read_text(encoding="utf-8")
