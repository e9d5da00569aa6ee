"""The command line through its real entry point."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from briefer import __version__
from support import run_cli


def test_help_lists_every_command() -> None:
    result = run_cli("--help")
    assert result.returncode == 0
    for command in ("build", "extract", "translate", "glossary", "tm", "models"):
        assert command in result.stdout


def test_every_command_has_help_text() -> None:
    from briefer.cli import main

    for name, command in main.commands.items():
        assert command.help and command.help.strip(), f"briefer {name} has no help text"


def test_shared_options_mean_the_same_in_every_command() -> None:
    from briefer.cli import build, translate

    def option(module: object, name: str) -> tuple[object, ...]:
        param = next(p for p in module.command.params if p.name == name)  # type: ignore[attr-defined]
        return param.type.min, param.type.max, param.help

    for name in ("threads", "beam_size"):
        assert option(build, name) == option(translate, name)
    assert option(build, "threads")[:2] == (0, 256)


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_build_writes_a_note_per_visit_from_memory_without_a_model(
    project: Path, argos_dir: Path
) -> None:
    result = run_cli("build", "--lang", "en", cwd=project)
    assert result.returncode == 0, result.stderr
    pdfs = sorted(p.name for p in (project / "out" / "en").glob("*.pdf"))
    assert pdfs == [
        "2024-09-23-ae.pdf",
        "2025-09-18-tr-ankara.pdf",
        "2025-11-24-ma-marrakesh.pdf",
        "XXXX-01-28-es.pdf",
        "XXXX-09-19-tr-ankara.pdf",
        "digest.pdf",
    ]
    text = PdfReader(project / "out" / "en" / "2025-09-18-tr-ankara.pdf").pages[0].extract_text()
    assert "Abdellatif Hammouchi" in text
    log = " ".join(result.stderr.split())
    assert (
        "translated 0 sentence(s) by machine, 0 from cache, 90 from memory, 0 untranslated" in log
    )
    assert not list((project / "out").rglob("*.tmp"))


def test_build_skips_bad_files_reports_them_and_exits_non_zero(
    project: Path, argos_dir: Path
) -> None:
    seeds = project / "seeds"
    (seeds / "empty.txt").write_bytes(b"")
    (seeds / "english.txt").write_text("No Arabic at all.", encoding="utf-8")
    result = run_cli("build", "--lang", "en", "--quiet", cwd=project)
    assert result.returncode == 1
    assert "empty.txt" in result.stderr and "english.txt" in result.stderr
    assert len(list((project / "out" / "en").glob("*.pdf"))) == 6


def test_missing_seeds_directory_is_one_clear_line(project: Path) -> None:
    result = run_cli("build", "--seeds", "nope", cwd=project)
    assert result.returncode == 1
    assert "seeds directory not found" in result.stderr
    assert "Traceback" not in result.stderr


def test_readme_test_command_is_what_ci_runs() -> None:
    root = Path(__file__).resolve().parents[2]
    readme = (root / "README.md").read_text(encoding="utf-8")
    blocks = readme.split("```sh\n")
    test_command = blocks[2].split("\n```")[0].strip()
    assert test_command.endswith("python -m pytest")
    assert test_command in (root / ".ci" / "run").read_text(encoding="utf-8")
