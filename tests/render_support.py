"""Inputs for the rendering tests: real seed articles, hand-written translations and visits."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from briefer.documents import (
    Article,
    Origin,
    TermCheck,
    TermStatus,
    TranslatedSentence,
    Translation,
)
from briefer.extract.facts import Visit
from briefer.ingest import load_rules, read_articles

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "render"


def seed_articles(seeds: Path = ROOT / "seeds") -> dict[str, Article]:
    """The seed articles, ingested for real, by id."""
    return {a.id: a for a in read_articles(seeds, load_rules()).articles}


def visits_json() -> list[dict[str, Any]]:
    """The visits of the seeds as `briefer extract seeds/ --visits --format json` prints them.

    tests/data/render/visits.json is that command's output; regenerate it with that command
    when the extraction improves.
    """
    data: list[dict[str, Any]] = json.loads((DATA / "visits.json").read_text("utf-8"))
    return data


def visits() -> list[Visit]:
    """The visits of the seeds, typed, as the extraction stage hands them to rendering."""
    return [Visit.from_json(v) for v in visits_json()]


def translations(articles: dict[str, Article]) -> dict[tuple[str, str], Translation]:
    """Translation objects from tests/data/render/translations.yaml; the rest untranslated."""
    data = yaml.safe_load((DATA / "translations.yaml").read_text("utf-8"))
    out: dict[tuple[str, str], Translation] = {}
    for article_id, block in data.items():
        article = articles[article_id]
        terms = tuple(
            TermCheck(entry, n, entry, TermStatus(status))
            for entry, n, status in block.get("terms") or []
        )
        for lang in ("en", "fr"):
            given = {n: (Origin(origin), text) for n, origin, text in block[lang]}
            missing = (Origin.UNTRANSLATED, "")
            sentences = tuple(
                TranslatedSentence(
                    s.index, s.text, given.get(s.index, missing)[1], given.get(s.index, missing)[0]
                )
                for s in article.sentences
            )
            out[(article_id, lang)] = Translation(
                article_id, lang, sentences, terms, model_version=block.get("model")
            )
    return out


def seed_build(
    packages: Path,
) -> tuple[dict[str, Article], dict[tuple[str, str], Translation], list[Visit]]:
    """The seeds as a real build sees them: the approved memory's translations (every seed
    sentence has one, so no model is used; packages is an empty folder) and the visits
    extracted and grouped by the real code."""
    from briefer.extract import extract_all
    from briefer.extract.visits import group_visits
    from briefer.glossary.load import load as load_glossary
    from briefer.translate.engine import translate_articles
    from briefer.translate.memory import load as load_memory
    from briefer.translate.settings import Settings

    articles = seed_articles()
    glossary = load_glossary(ROOT / "glossary")
    memory = load_memory(ROOT / "tm")
    settings = Settings(packages=packages)
    translations = translate_articles(
        list(articles.values()), ("en", "fr"), glossary, memory, settings
    )
    facts, failures = extract_all(list(articles.values()), glossary)
    assert not failures
    return articles, translations, group_visits(facts)
