"""Hostile inputs through the real CLI (tests/data/hostile/cases.yaml): every one is refused
with one line per problem and no traceback, leaving glossary/ and tm/ byte for byte as they
were, or is accepted and shows what it must (markup printed as text, entities never read).

Inputs that cannot be committed (FIFOs, links to /dev/zero, huge files, names with a newline)
are made in the temporary project.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pytest
import yaml

from support import ROOT, env_with

CORPUS = ROOT / "tests" / "data" / "hostile"
ARTICLE = "اجتماع أمني في مراكش\n\nعقد مسؤولون اجتماعا أمنيا في مراكش لبحث التعاون.\n"
"""The one good article of the project's seeds (the glossary cases extract it)."""
TIMEOUT = 120
"""Seconds a case may take: a hang (a FIFO read, an entity bomb) fails the case."""


@dataclass(frozen=True)
class Case:
    """One entry of cases.yaml (its header says what each key means)."""

    id: str
    command: str
    proves: str
    file: str | None = None
    make: str | None = None
    name: str | None = None
    size: int = 0
    error: str | None = None
    problems: int = 1
    ok: bool = False
    unchanged: bool = False
    output_has: tuple[str, ...] = field(default=())
    output_lacks: tuple[str, ...] = field(default=())


def load_cases() -> list[Case]:
    data: list[dict[str, Any]] = yaml.safe_load((CORPUS / "cases.yaml").read_text("utf-8"))
    cases = []
    for item in data:
        for key in ("output_has", "output_lacks"):
            item[key] = tuple(item.get(key, ()))
        cases.append(Case(**item))
    return cases


CASES = load_cases()


@dataclass(frozen=True)
class Project:
    """A temporary project: briefer.toml, copies of glossary/ and tm/, one good article."""

    root: Path

    @property
    def glossary(self) -> Path:
        return self.root / "glossary"

    @property
    def tm(self) -> Path:
        return self.root / "tm"

    def state(self) -> dict[str, bytes]:
        """Every file of glossary/ and tm/, by path: what a refused import must not change."""
        return {
            str(p.relative_to(self.root)): p.read_bytes()
            for folder in (self.glossary, self.tm)
            for p in sorted(folder.rglob("*"))
            if p.is_file() and not p.is_symlink()
        }


def make_project(tmp_path: Path) -> Project:
    root = tmp_path / "project"
    root.mkdir()
    (root / "briefer.toml").write_text("[briefer]\n", encoding="utf-8")
    shutil.copytree(ROOT / "glossary", root / "glossary")
    shutil.copytree(ROOT / "tm", root / "tm")
    (root / "seeds").mkdir()
    (root / "input").mkdir()
    return Project(root)


def place_input(case: Case, folder: Path) -> Path:
    """The case's input in folder: a copy of the corpus file, or made now."""
    if case.file:
        target = folder / (case.name or Path(case.file).name)
        shutil.copyfile(CORPUS / case.file, target)
        return target
    assert case.name, f"{case.id}: a made input needs a name"
    target = folder / case.name
    if case.make == "fifo":
        os.mkfifo(target)
    elif case.make == "dev_zero":
        target.symlink_to("/dev/zero")
    elif case.make == "sparse":
        with target.open("wb") as out:
            out.truncate(case.size)
    elif case.make == "empty":
        target.write_bytes(b"")
    else:
        raise AssertionError(f"{case.id}: unknown make {case.make!r}")
    return target


def arguments(case: Case, project: Project) -> list[str]:
    """The command line of the case, its input put where the command reads it."""
    if case.command == "build":
        place_input(case, project.root / "seeds")
        return ["build", "--lang", "en", "--allow-untranslated", "--quiet"]
    if case.command == "glossary":
        place_input(replace(case, name="hostile.yaml"), project.glossary)
        (project.root / "seeds" / "good.txt").write_text(ARTICLE, encoding="utf-8")
        return ["extract", "--quiet"]
    path = str(place_input(case, project.root / "input").relative_to(project.root))
    if case.command == "extract":
        return ["extract", "--quiet", path]
    return [*case.command.split(), path]


def run(args: list[str], project: Project) -> subprocess.CompletedProcess[str]:
    argos = project.root.parent / "argos-packages"
    argos.mkdir(exist_ok=True)
    return subprocess.run(
        [sys.executable, "-m", "briefer", *args],
        cwd=project.root,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        env=env_with(ARGOS_PACKAGES_DIR=str(argos), ARGOS_PACKAGE_INDEX="http://127.0.0.1:9/"),
    )


def problem_lines(case: Case, stderr: str) -> list[str]:
    """The lines that report problems. A build also prints its summary table and logs as it
    goes; its one-line reasons are the summary's "skipped:" and "error:" lines."""
    lines = stderr.splitlines()
    if case.command == "build":
        return [line for line in lines if line.startswith(("error:", "skipped: "))]
    return lines


def output_of(case: Case, project: Project, stdout: str) -> str:
    """What an accepted case produced: the notes of a build, the data an import wrote."""
    if case.command == "build":
        return "\n".join(p.read_text("utf-8") for p in sorted(project.root.glob("out/en/*.html")))
    if case.command in ("extract", "glossary"):
        return stdout
    return "\n".join(v.decode("utf-8") for v in project.state().values())


def named(case: Case) -> str:
    """How a problem line names the case's file."""
    return (
        "hostile.yaml"
        if case.command == "glossary"
        else str(case.name or Path(str(case.file)).name)
    )


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_hostile_input(tmp_path: Path, case: Case) -> None:
    assert (case.error is None) == case.ok, f"{case.id}: give error or ok: true"
    project = make_project(tmp_path)
    args = arguments(case, project)
    before = project.state()
    result = run(args, project)
    assert "Traceback" not in result.stderr, result.stderr
    if case.ok:
        assert result.returncode == 0, result.stderr
        output = output_of(case, project, result.stdout)
        assert output, f"{case.id}: nothing produced"
        for text in case.output_has:
            assert text in output, f"{case.id}: {text!r} not in the output"
        for text in case.output_lacks:
            assert text not in output, f"{case.id}: {text!r} in the output"
        if case.unchanged:
            assert project.state() == before
        return
    assert result.returncode == 1, result.stderr
    lines = problem_lines(case, result.stderr)
    assert len(lines) == case.problems, result.stderr
    assert lines[0].startswith(("error:", "skipped")), result.stderr
    shown = named(case).replace("\n", "\\n")
    assert all(line.startswith("error:") or shown in line for line in lines), result.stderr
    assert case.error in result.stderr, result.stderr
    assert project.state() == before


def test_every_corpus_file_has_a_case() -> None:
    """No committed hostile file is left out of cases.yaml."""
    listed = {c.file for c in CASES if c.file}
    files = {
        str(p.relative_to(CORPUS)) for p in CORPUS.rglob("*") if p.is_file() and p.suffix != ".yaml"
    } | {str(p.relative_to(CORPUS)) for p in CORPUS.glob("yaml/*.yaml")}
    assert files == listed
