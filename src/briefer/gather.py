"""The build's first phase: every article read, translated and extracted, before any write.

All at once (gather), or, in archive mode (gather_archive), in bounded batches of articles
streamed from the seeds folder: a batch is read, translated into the cache and extracted,
then let go; only its facts stay (small, and needed to group visits). Rendering then reads
each visit's articles again and takes their translations whole from the cache, a visit at a
time (ArchiveArticles, ArchiveTranslations), so memory stays flat however long the archive.

Facts come from the cache too when nothing they depend on changed (the article, its source
time, the glossary, the extraction's code and data): a rebuild does not extract again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from pathlib import Path

from briefer.builddate import source_times
from briefer.documents import Article, Translation, origins, term_statuses
from briefer.errors import BrieferError, BuildError, skip_failures
from briefer.extract import extract, extraction_version
from briefer.extract.facts import Facts
from briefer.glossary.match import Glossary
from briefer.ingest import Rules, read_article, read_articles, read_paths
from briefer.stored import stored_or_none, to_plain
from briefer.translate.cache import Cache, make_key
from briefer.translate.engine import Engine

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
HELD_ARTICLES = 256
"""Articles an archive build keeps read at once while rendering (the visits' own)."""


@dataclass
class Gathered:
    """What the first phase hands to rendering."""

    articles: Mapping[str, Article]
    translations: Mapping[tuple[str, str], Translation]
    facts: list[Facts]
    failures: list[BrieferError]
    times: dict[str, datetime]
    """Each article's source time (briefer.builddate)."""
    origins: dict[str, int] = field(default_factory=dict)
    terms: dict[str, int] = field(default_factory=dict)
    models: list[str] | None = None
    """The translation models used (archive mode, where the translations are not at hand)."""


def gather(
    seeds: Path,
    rules: Rules,
    langs: Sequence[str],
    glossary: Glossary,
    engine: Engine,
    progress: Progress | None = None,
) -> Gathered:
    """Every article of seeds read, translated and extracted, all held in memory."""
    result = read_articles(seeds, rules)
    log.info("read %d article(s) from %s", len(result.articles), seeds)
    translations = engine.translate(result.articles, langs, progress)
    times = source_times(result.articles)
    facts, failures = extract_cached(result.articles, glossary, times, engine.cache)
    built = [t for t in translations.values() if t.lang in langs]
    return Gathered(
        {a.id: a for a in result.articles},
        translations,
        facts,
        [*result.failures, *failures],
        times,
        origins(built),
        term_statuses(built),
    )


def gather_archive(
    seeds: Path,
    rules: Rules,
    langs: Sequence[str],
    glossary: Glossary,
    engine: Engine,
    batch: int,
    progress: Progress | None = None,
) -> Gathered:
    """Every article of seeds, batch articles at a time; only their facts are kept."""
    if not seeds.is_dir():
        raise BuildError("seeds directory not found; pass --seeds DIR or create it", seeds)
    files = sorted(seeds.glob("*.txt"))
    gathered = Gathered({}, {}, [], [], {}, {}, {}, [])
    paths: dict[str, Path] = {}
    models: set[str] = set()
    for start in range(0, len(files), batch):
        result = read_paths(files[start : start + batch], rules)
        done = len(gathered.times) * len(langs)

        def moved_on(finished: int, total: int, done: int = done) -> None:
            if progress:
                progress(done + finished, len(files) * len(langs))

        translations = engine.translate(result.articles, langs, moved_on)
        times = source_times(result.articles)
        facts, failures = extract_cached(result.articles, glossary, times, engine.cache)
        built = list(translations.values())
        _add(gathered.origins, origins(built))
        _add(gathered.terms, term_statuses(built))
        models.update(t.model_version for t in built if t.model_version)
        gathered.facts += facts
        gathered.failures += [*result.failures, *failures]
        gathered.times.update(times)
        paths.update((a.id, a.path) for a in result.articles)
        log.info("archive: %d of %d article(s) read", min(start + batch, len(files)), len(files))
    articles = ArchiveArticles(paths, rules)
    gathered.articles = articles
    gathered.translations = ArchiveTranslations(articles, langs, engine)
    gathered.models = sorted(models)
    return gathered


def _add(total: dict[str, int], more: Mapping[str, int]) -> None:
    for key, n in more.items():
        total[key] = total.get(key, 0) + n


class ArchiveArticles(Mapping[str, Article]):
    """The archive's articles by id, read again when asked (the last few kept)."""

    def __init__(self, paths: Mapping[str, Path], rules: Rules):
        self._paths = dict(paths)
        self._rules = rules
        self._read = lru_cache(maxsize=HELD_ARTICLES)(self._load)

    def _load(self, article_id: str) -> Article:
        return read_article(self._paths[article_id], self._rules)

    def __getitem__(self, article_id: str) -> Article:
        if article_id not in self._paths:
            raise KeyError(article_id)
        return self._read(article_id)

    def __iter__(self) -> Iterator[str]:
        return iter(self._paths)

    def __len__(self) -> int:
        return len(self._paths)


class ArchiveTranslations(Mapping[tuple[str, str], Translation]):
    """The archive's translations, each article's whole from the cache when asked."""

    def __init__(self, articles: ArchiveArticles, langs: Sequence[str], engine: Engine):
        self._articles = articles
        self._langs = tuple(langs)
        self._engine = engine
        self._of = lru_cache(maxsize=HELD_ARTICLES)(self._load)

    def _load(self, article_id: str) -> dict[tuple[str, str], Translation]:
        return self._engine.translate([self._articles[article_id]], self._langs)

    def __getitem__(self, where: tuple[str, str]) -> Translation:
        article_id, lang = where
        if article_id not in self._articles or lang not in self._langs:
            raise KeyError(where)
        return self._of(article_id)[where]

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return ((a, lang) for a in self._articles for lang in self._langs)

    def __len__(self) -> int:
        return len(self._articles) * len(self._langs)


def extract_cached(
    articles: Sequence[Article],
    glossary: Glossary,
    times: Mapping[str, datetime],
    cache: Cache,
) -> tuple[list[Facts], list[BrieferError]]:
    """The facts of every article, from the cache when the article, its source time, the
    glossary and the extraction (code and data) are as they were; a bad article reported."""
    keys = {
        a.id: make_key(
            "facts",
            a.id,
            a.checksum,
            [(s.index, s.text, s.source_start, s.source_end) for s in a.sentences],
            glossary.version,
            times[a.id].date().isoformat(),
            extraction_version(),
        )
        for a in articles
    }
    stored = cache.get_many(list(keys.values()))
    fresh: dict[str, object] = {}

    def facts_of(article: Article) -> Facts:
        key = keys[article.id]
        cached = stored_or_none(Facts, stored[key]) if key in stored else None
        if cached is not None:
            return cached
        found = extract(article, glossary, times[article.id].date())
        fresh[key] = to_plain(found)
        return found

    facts, failures = skip_failures(articles, facts_of, BrieferError)
    cache.put_many(fresh)
    return facts, failures
