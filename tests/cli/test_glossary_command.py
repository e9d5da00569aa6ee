"""The glossary commands: help text with an example, lookup through the real entry point."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefer.cli import main
from briefer.cli.glossary import command
from support import run_cli

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("name", sorted(command.commands))
def test_every_command_has_help_with_an_example(name: str) -> None:
    result = CliRunner().invoke(main, ["glossary", name, "--help"])
    assert result.exit_code == 0
    assert "Example: briefer glossary " + name in " ".join(result.output.split())


def test_the_group_lists_its_commands() -> None:
    assert set(command.commands) == {"lint", "lookup", "missing", "add", "export", "import"}


def test_lookup_through_the_entry_point() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "briefer", "glossary", "lookup", "التقى حموشي بنظيره في أبوظبي"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[0] == "6-11 حموشي -> person.hammouchi [person]"
    assert lines[2] == "22-28 أبوظبي -> place.abu-dhabi [place]"
    assert "fr: Abou Dabi" in lines[3]


def test_lookup_reports_a_broken_glossary_in_one_line(tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text("- id: x\n  kind: [\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["glossary", "lookup", "مراكش", "--glossary", str(tmp_path)])
    assert result.exit_code == 1
    assert result.output.startswith(f"error: {tmp_path / 'bad.yaml'}:3: not valid YAML")


def test_missing_on_one_file() -> None:
    article = str(REPO / "seeds" / "004_61222ac32c189bd9.txt")
    glossary = str(REPO / "glossary")
    result = CliRunner().invoke(main, ["glossary", "missing", article, "--glossary", glossary])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "0 uncovered name(s) in 1 article(s)"


def test_missing_reports_an_unreadable_article_and_reads_the_others(tmp_path: Path) -> None:
    """The failure rule of every command that reads articles, as in build and extract."""
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    article = str(REPO / "seeds" / "004_61222ac32c189bd9.txt")
    done = run_cli("glossary", "missing", str(empty), article)
    assert done.returncode == 1
    assert done.stdout.strip() == "0 uncovered name(s) in 1 article(s)"
    assert "the file is empty" in " ".join(done.stderr.split())
