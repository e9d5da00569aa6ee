"""The build: the pipeline from seeds/ to out/, in order.

Two phases, as in a static-site generator: read, translate and extract everything first, then
render and write. A broken glossary or memory stops the build before any note is written; a
bad article is reported and the others still build.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from briefer.config import Config
from briefer.documents import Article, Translation, origins, term_statuses
from briefer.errors import BrieferError
from briefer.extract import extract_all
from briefer.extract.visits import group_visits
from briefer.files import writing
from briefer.glossary.load import load as load_glossary
from briefer.glossary.match import Glossary
from briefer.ingest import load_rules, read_articles
from briefer.render import planned_steps, render_notes
from briefer.translate.engine import translate_articles
from briefer.translate.memory import Memory
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
    # Gather: every input read, translated and extracted before anything is written.
    glossary = load_glossary(config.glossary)
    memory = load_memory(config.tm)
    result = read_articles(config.seeds, load_rules(config.ingest_rules))
    log.info("read %d article(s) from %s", len(result.articles), config.seeds)
    translations = _translate(result.articles, glossary, memory, options, reporter)
    facts, failures = extract_all(result.articles, glossary)
    visits = group_visits(facts)
    log.info("found %d visit(s) in %d article(s)", len(visits), len(facts))
    # Write: a note per visit and language, the digests and the index.
    reporter.stage("Rendering notes", planned_steps(visits, options.languages))
    with writing(config.out):  # a shared lock; what a killed build left is swept first
        rendered = render_notes(
            visits,
            {a.id: a for a in result.articles},
            translations,
            glossary,
            config,
            options.languages,
            force=options.force,
            progress=reporter.advance,
            memory_version=memory.version,
        )
    # The sentences of the languages built (the English of a French-only build is not).
    built = [t for t in translations.values() if t.lang in options.languages]
    seconds = time.monotonic() - started
    log.info(
        "wrote %d file(s), %d unchanged, in %.1f s",
        rendered.notes_written,
        rendered.notes_skipped,
        seconds,
    )
    return BuildReport(
        written=rendered.written,
        skipped=rendered.skipped,
        failures=(*result.failures, *failures),
        warnings=rendered.warnings,
        origins=origins(built),
        terms=term_statuses(built),
        seconds=seconds,
    )


def _translate(
    articles: Sequence[Article],
    glossary: Glossary,
    memory: Memory,
    options: Options,
    reporter: Reporter,
) -> dict[tuple[str, str], Translation]:
    reporter.stage("Translating", len(articles) * len(options.languages))
    done = 0

    def advance(finished: int, total: int) -> None:
        nonlocal done
        for _ in range(max(0, finished - done)):
            reporter.advance()
        done = max(done, finished)

    return translate_articles(
        articles, options.languages, glossary, memory, options.translation, advance
    )
