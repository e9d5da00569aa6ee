"""briefer translate."""

from __future__ import annotations

import json
from pathlib import Path

import click

from briefer import config as config_mod
from briefer.cli.common import (
    beam_size_option,
    config_option,
    setup_logging,
    threads_option,
    user_errors,
)
from briefer.errors import BuildError


@click.command("translate")
@click.argument("article")
@click.option(
    "--lang",
    type=click.Choice(["en", "fr"]),
    required=True,
    help="Target language (French goes through English).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="text: the translated article; json: per sentence, "
    "with origin and the glossary QA report.",
)
@click.option(
    "--allow-untranslated",
    is_flag=True,
    help="Go on without a model: sentences without a memory match stay in Arabic, "
    "marked [untranslated].",
)
@beam_size_option
@threads_option
@click.option("--quiet", "-q", is_flag=True, help="Print only warnings and errors on stderr.")
@config_option
@user_errors
def command(
    article: str,
    lang: str,
    fmt: str,
    allow_untranslated: bool,
    beam_size: int | None,
    threads: int | None,
    quiet: bool,
    config_path: Path | None,
) -> None:
    """Translate one article (a .txt path or an article id in seeds/) into English or French.

    The glossary and translation memory are applied; every sentence says whether it came
    from the memory, the machine or is untranslated.

    Example: briefer translate seeds/000_d774277871ac2776.txt --lang fr --format json
    """
    from briefer.glossary.load import load
    from briefer.ingest import load_rules, read_article
    from briefer.translate import memory
    from briefer.translate.engine import translate_articles
    from briefer.translate.settings import Settings

    setup_logging(quiet)
    config = config_mod.load(config_path)
    path = _article_path(article, config.seeds)
    source = read_article(path, load_rules(config.ingest_rules))
    settings = config_mod.with_overrides(
        Settings(cache=config.cache),
        beam_size=beam_size,
        threads=threads,
        allow_untranslated=allow_untranslated or None,
    )
    result = translate_articles(
        [source], [lang], load(config.glossary), memory.load(config.tm), settings
    )[(source.id, lang)]
    if fmt == "json":
        click.echo(json.dumps(_as_json(result), ensure_ascii=False, indent=2))
    else:
        click.echo(_as_text(source, result))


def _article_path(article: str, seeds: Path) -> Path:
    path = Path(article)
    if path.is_file():
        return path
    candidate = seeds / f"{article}.txt"
    if candidate.is_file():
        return candidate
    raise BuildError(
        f"article not found; give a .txt file or the id of an article in {seeds}", path
    )


def _as_json(result: object) -> dict[str, object]:
    from briefer.documents import Translation
    from briefer.translate.report import qa_report

    assert isinstance(result, Translation)
    return {
        "article": result.article_id,
        "lang": result.lang,
        "model": result.model_version,
        "sentences": [
            {"index": s.index, "source": s.source, "target": s.target, "origin": s.origin.value}
            for s in result.sentences
        ],
        "qa": qa_report(result),
    }


def _as_text(article: object, result: object) -> str:
    from briefer.documents import Article, Origin, Translation

    assert isinstance(article, Article) and isinstance(result, Translation)
    by_index = {s.index: s for s in result.sentences}
    paragraphs = []
    for paragraph in article.paragraphs:
        parts = []
        for sentence in paragraph.sentences:
            done = by_index[sentence.index]
            mark = "[untranslated] " if done.origin is Origin.UNTRANSLATED else ""
            parts.append(mark + done.target)
        paragraphs.append(" ".join(parts))
    return "\n\n".join(paragraphs)
