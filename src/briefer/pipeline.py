"""The build: the pipeline from seeds/ to out/, in order.

Two phases, as in a static-site generator: read, translate and extract everything first
(briefer.gather; in archive mode, in bounded batches), then render and write. A broken
glossary or memory stops the build before any note is written; a bad article is reported and
the others still build. Translation batches and notes run here, in a pool of processes
(--workers) or on a Dask cluster (--scheduler, briefer.cluster); the output is the same bytes.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from briefer import cluster
from briefer.config import Config
from briefer.errors import BrieferError
from briefer.extract.visits import group_visits
from briefer.files import writing
from briefer.gather import gather, gather_archive
from briefer.glossary.load import load as load_glossary
from briefer.ingest import load_rules
from briefer.render import Runner, local_runner, planned_steps, render_notes
from briefer.translate.decode import BatchRunner
from briefer.translate.engine import Engine
from briefer.translate.memory import load as load_memory
from briefer.translate.settings import Settings

log = logging.getLogger(__name__)


class Reporter:
    """Receives progress; the command line shows it as bars, tests and libraries ignore it."""

    def stage(self, name: str, total: int) -> None:
        """A stage of `total` steps begins."""

    def advance(self, label: str = "") -> None:
        """One step of the current stage is done."""


@dataclass(frozen=True)
class Options:
    """How a build runs, beyond the project configuration."""

    languages: tuple[str, ...] = ("en", "fr")
    force: bool = False
    """Render every note even when its inputs did not change."""
    translation: Settings = field(default_factory=Settings)
    workers: int = 1
    """Processes that render notes, and batches translated at once, on this machine."""
    scheduler: str | None = None
    """Address of a Dask scheduler: translation batches and notes go to its workers."""
    archive: int | None = None
    """Archive mode: articles read, translated and extracted this many at a time, then let
    go (see briefer.gather); None holds them all."""


@dataclass(frozen=True)
class BuildReport:
    """What a build did, for the summary table and the exit code."""

    written: tuple[Path, ...]
    skipped: tuple[Path, ...]
    failures: tuple[BrieferError, ...]
    """Articles that could not be read or extracted, each with its reason."""
    warnings: tuple[str, ...]
    origins: dict[str, int]
    """Translated sentences by origin (memory, machine, untranslated), all languages."""
    terms: dict[str, int]
    """Glossary terms by QA status (applied, repaired, failed), all languages."""
    seconds: float


def build(config: Config, options: Options, reporter: Reporter | None = None) -> BuildReport:
    """Run the whole pipeline for the languages asked; gather first, write last."""
    reporter = reporter or Reporter()
    started = time.monotonic()
    settings = replace(options.translation, workers=max(1, options.workers))
    # Gather: every input read, translated and extracted before anything is written.
    glossary = load_glossary(config.glossary)
    memory = load_memory(config.tm)
    rules = load_rules(config.ingest_rules)
    with _runners(options) as (batches, notes):
        engine = Engine(glossary, memory, settings, batches)
        reporter.stage("Translating", _count(config.seeds) * len(options.languages))
        progress = _steps(reporter)
        if options.archive:
            gathered = gather_archive(
                config.seeds, rules, options.languages, glossary, engine, options.archive, progress
            )
        else:
            gathered = gather(config.seeds, rules, options.languages, glossary, engine, progress)
        visits = group_visits(gathered.facts)
        log.info("found %d visit(s) in %d article(s)", len(visits), len(gathered.facts))
        # Write: a note per visit and language, the digests and the index.
        reporter.stage("Rendering notes", planned_steps(visits, options.languages))
        with writing(config.out):  # a shared lock; what a killed build left is swept first
            rendered = render_notes(
                visits,
                gathered.articles,
                gathered.translations,
                glossary,
                config,
                options.languages,
                force=options.force,
                progress=reporter.advance,
                memory_version=memory.version,
                runner=notes,
                times=gathered.times,
                models=gathered.models,
            )
    seconds = time.monotonic() - started
    log.info(
        "wrote %d document(s) (%d file(s)), %d unchanged, in %.1f s",
        rendered.notes_written,
        len(rendered.written),
        rendered.notes_skipped,
        seconds,
    )
    return BuildReport(
        written=rendered.written,
        skipped=rendered.skipped,
        failures=tuple(gathered.failures),
        warnings=rendered.warnings,
        origins=gathered.origins,
        terms=gathered.terms,
        seconds=seconds,
    )


def _count(seeds: Path) -> int:
    return sum(1 for _ in seeds.glob("*.txt")) if seeds.is_dir() else 0


def _steps(reporter: Reporter) -> Callable[[int, int], None]:
    """The engine's (finished, total) progress as the reporter's steps."""
    done = 0

    def advance(finished: int, total: int) -> None:
        nonlocal done
        for _ in range(max(0, finished - done)):
            reporter.advance()
        done = max(done, finished)

    return advance


@contextmanager
def _runners(options: Options) -> Iterator[tuple[BatchRunner | None, Runner | None]]:
    """Where translation batches and notes run: a Dask cluster, a process pool, or here."""
    if options.scheduler:
        with cluster.connect(options.scheduler) as client:
            yield client.batch_runner, client.render_runner
    elif options.workers > 1:
        yield None, local_runner(options.workers)
    else:
        yield None, None
