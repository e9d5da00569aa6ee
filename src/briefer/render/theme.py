"""The Jinja2 environment: the template search path, autoescaping, the fonts and CSS helpers.

Templates resolve through a search path, the user's directory first and the built-in
templates (inside this package, as Pelican ships its themes) last; autoescaping is on, because
article text is untrusted. A template directory is untrusted too: templates run in the
sandbox of briefer.render.sandbox.
"""

from __future__ import annotations

from pathlib import Path

import jinja2
from markupsafe import Markup

from briefer.errors import BuildError
from briefer.render.sandbox import sandbox
from briefer.resources import PACKAGE

TEMPLATES = Path(__file__).resolve().parent / "templates"


def template_dirs(user_templates: Path | None) -> list[Path]:
    """The template search path: the user's directory first, the built-in templates last."""
    builtin = TEMPLATES
    if user_templates is not None and not user_templates.is_dir():
        raise BuildError(
            "templates directory not found; fix --templates or 'templates' in briefer.toml",
            user_templates,
        )
    # Absolute, so that a relative --templates works from any directory and as a file: URL.
    return [user_templates.resolve(), builtin] if user_templates is not None else [builtin]


def css_string(value: object) -> Markup:
    """A CSS string literal, safe inside <style>: quotes, backslashes and "<" escaped."""
    text = str(value)
    escaped = "".join(f"\\{ord(ch):x} " if ch in '"\\<>\n\r' else ch for ch in text)
    return Markup(f'"{escaped}"')


def environment(user_templates: Path | None = None) -> jinja2.Environment:
    """Jinja2 with autoescaping; user templates override built-in ones file by file."""
    env = sandbox(template_dirs(user_templates), autoescape=True)
    env.filters["css_string"] = css_string
    return env


def fonts_dir() -> Path:
    """The fonts shipped with briefer (Noto, SIL Open Font Licence)."""
    return PACKAGE / "fonts"


def font_urls() -> dict[str, str]:
    """file: URLs of the shipped fonts, by role, for the @font-face rules."""
    names = {
        "serif": "NotoSerif-Regular.ttf",
        "serif_bold": "NotoSerif-Bold.ttf",
        "arabic": "NotoNaskhArabic-Regular.ttf",
    }
    return {role: (fonts_dir() / name).as_uri() for role, name in names.items()}


def page_counter(pattern: str) -> Markup:
    """CSS content for "Page {page} of {pages}": strings around counter(page)/counter(pages)."""
    parts: list[str] = []
    rest = pattern
    while rest:
        at = min((i for i in (rest.find("{page}"), rest.find("{pages}")) if i >= 0), default=-1)
        if at < 0:
            parts.append(css_string(rest))
            break
        if at:
            parts.append(css_string(rest[:at]))
        token = "{pages}" if rest.startswith("{pages}", at) else "{page}"
        parts.append(f"counter({token[1:-1]})")
        rest = rest[at + len(token) :]
    return Markup(" ".join(parts))
