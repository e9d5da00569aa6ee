"""The build: the pipeline from seeds/ to out/, in order."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from briefer import ingest, render
from briefer.config import Config
from briefer.errors import IngestError

log = logging.getLogger(__name__)

Progress = Callable[[str], None]


@dataclass(frozen=True)
class BuildReport:
    """What a build did: files written, files skipped with the reason, time taken."""

    written: tuple[Path, ...]
    failures: tuple[IngestError, ...]
    seconds: float


def build(
    config: Config, languages: Sequence[str], progress: Progress | None = None
) -> BuildReport:
    """Read every article, then write a note per article and language; gather first, write last."""
    started = time.monotonic()
    rules = ingest.load_rules(config.ingest_rules)
    result = ingest.read_articles(config.seeds, rules)
    log.info("read %d article(s) from %s", len(result.articles), config.seeds)
    env = render.environment(config.templates)
    written = []
    for article in result.articles:
        for lang in languages:
            written.append(render.render_article(article, lang, config.out, env))
            if progress:
                progress(f"{article.id} [{lang}]")
    seconds = time.monotonic() - started
    log.info(
        "built %d note(s), skipped %d file(s) in %.1f s",
        len(written),
        len(result.failures),
        seconds,
    )
    return BuildReport(tuple(written), result.failures, seconds)


def planned_steps(config: Config, languages: Sequence[str]) -> int:
    """How many notes a build will write, for the progress bar."""
    return (
        len(list(Path(config.seeds).glob("*.txt"))) * len(languages) if config.seeds.is_dir() else 0
    )
