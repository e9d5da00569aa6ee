"""Extraction: the facts of a visit read from the Arabic source, each with its evidence.

Rules only: glossary matches (people, roles, organisations, places, events, countries,
demonyms), CLDR data through Babel, and the word lists under briefer/data. Deterministic and
offline; no statistical model.

- reading: Reading, a sentence with its glossary matches and folded text; read().
- article: the principal, host country, city, event, dates, meetings and countries.
- counterparts: who the principal met, named or by post.
- posts: a role with its organisations and demonym, composed into a title.
- agreements: memoranda, agreements, protocols and commitments, with parties and status.
- topics: the closed list of topics, by their cue words.
- facts: Facts of one article, Visit of several, with Evidence into the original text.
- visits: articles grouped into visits, merged, conflicts flagged.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from briefer.config import Config
from briefer.documents import Article
from briefer.errors import BrieferError, skip_failures
from briefer.extract.agreements import read_agreements
from briefer.extract.article import (
    read_city,
    read_countries,
    read_dates,
    read_event,
    read_host_country,
    read_meetings_count,
    read_principal,
    unique_unknown,
)
from briefer.extract.counterparts import read_counterparts
from briefer.extract.facts import Evidence, Facts
from briefer.extract.reading import read
from briefer.extract.topics import read_topics
from briefer.glossary.load import load as load_glossary
from briefer.glossary.match import Glossary
from briefer.ingest import load_rules, read_paths

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Extraction:
    """The facts of every article read, and the articles that could not be read or extracted."""

    facts: list[Facts]
    failures: tuple[BrieferError, ...]


def extract_paths(paths: Sequence[Path], config: Config) -> Extraction:
    """Read the articles at paths (files or directories of *.txt) and extract their facts."""
    result = read_paths(paths, load_rules(config.ingest_rules))
    facts, failures = extract_all(result.articles, load_glossary(config.glossary))
    log.info("extracted the facts of %d article(s)", len(facts))
    return Extraction(facts, (*result.failures, *failures))


def extract_all(
    articles: Sequence[Article], glossary: Glossary
) -> tuple[list[Facts], list[BrieferError]]:
    """The facts of every article; an article whose facts cannot be read is reported, not fatal."""
    return skip_failures(articles, lambda article: extract(article, glossary), BrieferError)


def extract(article: Article, glossary: Glossary) -> Facts:
    """The facts of the visit one article reports."""
    readings = read(article, glossary)
    evidence: dict[str, tuple[Evidence, ...]] = {}
    principal = read_principal(readings, evidence)
    host = read_host_country(readings, evidence)
    city = read_city(readings, host, glossary, evidence)
    event = read_event(readings, evidence)
    start, end = read_dates(readings, evidence)
    day = date.fromisoformat(start) if start and "X" not in start else None
    counterparts, unknown = read_counterparts(readings, principal, day)
    agreements, unknown_parties = read_agreements(readings)
    count = read_meetings_count(readings, evidence)
    topics = read_topics(readings, evidence)
    countries = read_countries(readings, host, counterparts, agreements, evidence)
    return Facts(
        article=article.id,
        host_country=host,
        city=city,
        start=start,
        end=end,
        principal=principal,
        event=event,
        counterparts=tuple(counterparts),
        countries_mentioned=countries,
        agreements=tuple(agreements),
        bilateral_meetings_count=count,
        topics=topics,
        unknown_names=unique_unknown([*unknown, *unknown_parties]),
        evidence=evidence,
    )
