"""Fault injection: builds killed with SIGKILL at seeded random times and at chosen points of the
atomic writer (inside it, and between the files of one note), then checked.

After each kill: every file in out/ is complete (byte for byte a file of a clean build, of
either configuration), the translation cache opens and passes SQLite's integrity check. Then
the next build (the first configuration) leaves out/ byte-identical to a clean build: nothing
partial, nothing stale, no temporary file left.

Each trial starts from an empty out/ or from a clean build of the first configuration
(UNCLASSIFIED), and the killed build uses either configuration; a killed SECRET build
followed by an UNCLASSIFIED one is the stale-note case of issue 15. Builds are small (two
seeds, English, translated by the test packages with a cold or warm cache) and forked from
this warm process, so a trial takes about a second or two.

BRIEFER_FAULT_SEED sets the seed (default 15); BRIEFER_FAULT_TRIALS the number of trials of
each kind (default 15 each, 30 in all). The summary line is printed at the end of the run.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import shutil
import signal
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from briefer import files as files_module
from briefer import pipeline
from briefer.config import Config
from briefer.files import FAULT_PHASES, FAULT_VARIABLE, TEMPORARY
from briefer.translate.cache import FILE as CACHE_FILE
from briefer.translate.settings import Settings
from support import ROOT, SEEDS, SUMMARY

SEED = int(os.environ.get("BRIEFER_FAULT_SEED", "15"))
TRIALS = int(os.environ.get("BRIEFER_FAULT_TRIALS", "15"))
ARTICLES = ("000_d774277871ac2776.txt", "004_61222ac32c189bd9.txt")


@dataclass(frozen=True)
class Trial:
    number: int
    start: str
    """"empty" or "clean": what out/ holds when the killed build starts."""
    killed: str
    """The configuration of the killed build: "plain" or "secret"."""
    cold_cache: bool
    point: str
    """ "write N:PHASE" (the hook) or "after S s" (from outside)."""

    def __str__(self) -> str:
        cache = "cold" if self.cold_cache else "warm"
        return f"#{self.number} {self.killed} build from {self.start} out/, {cache} cache, {self.point}"


class Project:
    def __init__(self, root: Path):
        self.root = root
        (root / "seeds").mkdir(parents=True)
        for name in ARTICLES:
            shutil.copy(SEEDS / name, root / "seeds" / name)
        shutil.copytree(ROOT / "glossary", root / "glossary")
        (root / "tm").mkdir()  # no memory: the test packages translate, through the cache
        self.plain = Config(
            seeds=root / "seeds",
            out=root / "out",
            glossary=root / "glossary",
            tm=root / "tm",
            cache=root / "cache",
            ingest_rules=root / "ingest.yaml",
        )
        self.secret = replace(self.plain, classification="SECRET")

    def options(self) -> pipeline.Options:
        return pipeline.Options(languages=("en",), translation=Settings(cache=self.plain.cache))

    def build(self, config: Config) -> None:
        pipeline.build(config, self.options())

    def snapshot(self) -> dict[str, bytes]:
        out = self.plain.out
        if not out.exists():
            return {}
        return {
            str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()
        }

    def restore(self, files: dict[str, bytes]) -> None:
        shutil.rmtree(self.plain.out, ignore_errors=True)
        for name, data in files.items():
            path = self.plain.out / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)


def _child(project: Project, secret: bool, fault: str | None) -> None:
    """The forked build: the hook armed if asked; exit code 0 when the build ends."""
    if fault:
        os.environ[FAULT_VARIABLE] = fault
    code = 255
    try:
        project.build(project.secret if secret else project.plain)
        if fault == "0:count":  # an exit code holds only 0-255: the count goes to a file
            (project.root / "writes").write_text(str(files_module._writes["count"]))
        code = 0
    finally:
        os._exit(code)


def run_killed(project: Project, secret: bool, fault: str | None, after: float | None) -> int:
    """Fork a build; kill it after `after` seconds, or let the hook kill it. The exit code."""
    context = multiprocessing.get_context("fork")
    child = context.Process(target=_child, args=(project, secret, fault))
    child.start()
    if after is not None:
        child.join(after)
        if child.is_alive():
            os.kill(child.pid or 0, signal.SIGKILL)
    child.join(120)
    if child.is_alive():
        os.kill(child.pid or 0, signal.SIGKILL)
        child.join()
        pytest.fail("a build did not end within 120 s")
    return child.exitcode or 0


def clean_build(project: Project, secret: bool = False) -> None:
    """A build run to its end, forked like the killed ones: this process never loads a model,
    since a CTranslate2 translator's threads do not survive a fork."""
    assert run_killed(project, secret, None, None) == 0, "a clean build failed"


def timed_build(project: Project, secret: bool) -> float:
    """How long a forked build takes, from an empty out/ and a cold cache."""
    shutil.rmtree(project.plain.out, ignore_errors=True)
    shutil.rmtree(project.plain.cache, ignore_errors=True)
    started = time.monotonic()
    clean_build(project, secret)
    return time.monotonic() - started


def writes_of(project: Project, start: dict[str, bytes], secret: bool) -> int:
    """How many write_atomic calls a build makes from this start (the hook counts them)."""
    project.restore(start)
    code = run_killed(project, secret, "0:count", None)
    assert code == 0, f"counting writes failed (exit {code})"
    count = int((project.root / "writes").read_text())
    assert count > 2, f"a build made only {count} writes"
    return count


def problems_after_kill(project: Project, allowed: dict[str, set[bytes]]) -> list[str]:
    found = []
    for name, data in project.snapshot().items():
        if TEMPORARY.fullmatch(Path(name).name):
            continue  # a temporary file a killed writer left; the next build sweeps it
        if data not in allowed.get(name, set()):
            found.append(f"{name} is no complete file of any clean build")
    cache = project.plain.cache / CACHE_FILE
    if cache.exists():
        try:
            with sqlite3.connect(cache) as db:
                check = db.execute("PRAGMA integrity_check").fetchone()[0]
                db.execute("SELECT count(*) FROM entries").fetchone()
        except sqlite3.DatabaseError as exc:
            check = str(exc)
        if check != "ok":
            found.append(f"the cache does not open cleanly: {check}")
    return found


def differences(got: dict[str, bytes], clean: dict[str, bytes]) -> list[str]:
    names = sorted(set(got) | set(clean))
    return [
        f"{n}: {'missing' if n not in got else 'extra' if n not in clean else 'differs'}"
        for n in names
        if got.get(n) != clean.get(n)
    ]


def trials(
    rng: random.Random, writes: dict[tuple[str, bool], int], seconds: float
) -> Iterator[Trial]:
    number = 0
    # At chosen writes: the first note's second file, "before" (between its PDF and HTML) and
    # the record (between the JSON and .inputs) always; the rest drawn at random.
    chosen = [(2, "before"), (4, "before"), (1, "partial"), (3, "written")]
    while len(chosen) < TRIALS:
        chosen.append((0, rng.choice(FAULT_PHASES)))
    for write, phase in chosen:
        number += 1
        start = rng.choice(["empty", "clean"])
        secret = start == "clean" or rng.random() < 0.5
        total = writes[(start, secret)]
        write = write or rng.randint(1, total)
        yield Trial(
            number,
            start,
            "secret" if secret else "plain",
            rng.random() < 0.3,
            f"write {write}:{phase}",
        )
    for _ in range(TRIALS):
        number += 1
        start = rng.choice(["empty", "clean"])
        secret = start == "clean" or rng.random() < 0.5
        yield Trial(
            number,
            start,
            "secret" if secret else "plain",
            rng.random() < 0.3,
            f"after {rng.uniform(0.05, seconds):.2f} s",
        )


def test_builds_killed_at_any_point_leave_nothing_partial_or_stale(
    tmp_path: Path, installed: Path, request: pytest.FixtureRequest
) -> None:
    began = time.monotonic()
    project = Project(tmp_path / "project")
    clean_build(project, secret=True)
    clean_secret = project.snapshot()
    shutil.rmtree(project.plain.out)
    clean_build(project)
    clean = project.snapshot()
    assert any(n.endswith(".pdf") for n in clean) and clean != clean_secret
    allowed: dict[str, set[bytes]] = {}
    for files in (clean, clean_secret):
        for name, data in files.items():
            allowed.setdefault(name, set()).add(data)
    starts = {"empty": {}, "clean": clean}
    # A plain build over a clean plain out/ writes nothing, so a build from "clean" is secret.
    kinds = [("empty", False), ("empty", True), ("clean", True)]
    writes = {(s, secret): writes_of(project, starts[s], secret) for s, secret in kinds}
    seconds = timed_build(project, secret=True)
    rng = random.Random(SEED)
    failures: list[str] = []
    done = 0
    for trial in trials(rng, writes, seconds):
        project.restore(starts[trial.start])
        if trial.cold_cache:
            shutil.rmtree(project.plain.cache, ignore_errors=True)
        secret = trial.killed == "secret"
        if trial.point.startswith("write"):
            code = run_killed(project, secret, trial.point.split()[1], None)
            if code != -signal.SIGKILL:
                failures.append(f"{trial}: the hook did not kill the build (exit {code})")
        else:
            run_killed(project, secret, None, float(trial.point.split()[1]))
        failures += [f"{trial}: {p}" for p in problems_after_kill(project, allowed)]
        clean_build(project)
        failures += [
            f"{trial}: after the next build, {d}" for d in differences(project.snapshot(), clean)
        ]
        done += 1
    spent = time.monotonic() - began
    line = (
        f"fault injection: {done} trials ({TRIALS} at write points, {TRIALS} at random times; "
        f"{sum(writes.values())} write points counted), {len(failures)} failure(s), "
        f"seed {SEED}, {spent:.0f} s"
    )
    request.config.stash.setdefault(SUMMARY, []).append(line)
    assert done == 2 * TRIALS
    assert not failures, "\n".join(failures)
