"""Rendering: article pages to PDF through Jinja2 and WeasyPrint."""

from __future__ import annotations

import logging
from pathlib import Path

import jinja2

from briefer.files import write_atomic
from briefer.model import Article
from briefer.resources import builtin_dir

log = logging.getLogger(__name__)


def environment(user_templates: Path | None = None) -> jinja2.Environment:
    """Jinja2 with autoescaping; user templates override built-in ones file by file."""
    search = [str(user_templates)] if user_templates else []
    search.append(str(builtin_dir("templates")))
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(search),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )


def render_article(article: Article, lang: str, out: Path, env: jinja2.Environment) -> Path:
    """Write out/<lang>/<article-id>.pdf with the article's headline and body."""
    from weasyprint import HTML

    html = env.get_template("article.html").render(
        article=article, lang=lang, title=article.headline or article.id
    )
    target = out / lang / f"{article.id}.pdf"
    write_atomic(target, HTML(string=html).write_pdf())
    log.info("wrote %s", target)
    return target
