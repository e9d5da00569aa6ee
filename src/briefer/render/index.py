"""index.html: a section per language, latest visits first, undated ones apart; the
languages of earlier builds kept while their notes remain (recorded in out/.index.json)."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path

import jinja2

from briefer.classification import label as classification_label
from briefer.config import LANGUAGES
from briefer.documents import Origin, Translation
from briefer.extract.facts import Visit
from briefer.files import write_atomic
from briefer.render import phrasing as compose
from briefer.render.context import document_meta
from briefer.render.digest import by_date
from briefer.render.localize import words
from briefer.render.theme import font_urls, page_counter
from briefer.render.views import IndexContext, IndexEntry, IndexSection

_Translations = Mapping[tuple[str, str], Translation]


def untranslated(visit: Visit, lang: str, translations: _Translations) -> bool:
    """Some sentences of the visit's sources could not be translated into lang."""
    found = [translations.get((a, lang)) for a in visit.articles]
    return any(s.origin is Origin.UNTRANSLATED for t in found if t is not None for s in t.sentences)


def _earlier(digests: Sequence[str], ui: Mapping[str, object]) -> tuple[tuple[str, str], ...]:
    """The digest's other pages, each with its label: "2024", "2024 (2)", "Year not stated"."""
    out = []
    for stem in digests:
        if stem == "digest":
            continue
        year, _, part = stem.removeprefix("digest-").partition("-")
        label = str(ui["undated"]) if year == "undated" else year
        out.append((stem, f"{label} ({part})" if part else label))
    return tuple(out)


def render_index(
    out: Path,
    env: jinja2.Environment,
    entries: Mapping[tuple[str, str], IndexEntry],
    visits: Sequence[Visit],
    digests: Sequence[str],
    langs: Sequence[str],
    built: datetime,
    classification: str,
    labels: Mapping[str, str],
) -> list[Path]:
    """Write out/index.html (when it changed): a section per language, this build's and
    those of earlier builds whose notes remain, with every page of the digest (digests, the
    file stems: "digest" and, past one page, "digest-2024", "digest-undated"…). The files
    written."""
    dated, undated = by_date(visits)
    notes = {
        lang: (
            [entries[(v.id, lang)] for v in reversed(dated)],
            [entries[(v.id, lang)] for v in undated],
        )
        for lang in langs
    }
    listing = _every_language(out, notes)
    sections = tuple(
        IndexSection(
            lang,
            words(lang)["ui"],
            classification_label(classification, lang, labels),
            tuple(dated_entries),
            tuple(undated_entries),
            _earlier(digests, words(lang)["ui"]),
        )
        for lang, (dated_entries, undated_entries) in listing.items()
    )
    first = compose.Phrasing.for_lang(sections[0].lang if sections else "en", None)
    title = " / ".join(str(s.ui["index"]) for s in sections)
    levels = " / ".join(dict.fromkeys(s.classification for s in sections))
    doc = document_meta(first, title, "", title, (), built, levels, "")
    ui = first.words["ui"]
    ctx = IndexContext(doc, ui, font_urls(), page_counter(ui["page"]), sections)
    html = env.get_template("index.html").render(
        index=ctx, doc=ctx.doc, ui=ctx.ui, fonts=ctx.fonts, page_counter=ctx.page_counter
    )
    path = out / "index.html"
    if path.exists() and path.read_text("utf-8") == html:
        return []
    write_atomic(path, html)
    return [path]


LISTING = ".index.json"
"""The titles of every note in out/, by language and visit: index.html lists the languages
built before too (a build of --lang fr after one of --lang en lists both)."""


_Listed = tuple[list[IndexEntry], list[IndexEntry]]
"""A language's notes in index.html: those of dated visits (latest first), then undated ones."""


def _every_language(out: Path, built: Mapping[str, _Listed]) -> dict[str, _Listed]:
    """This build's entries, and those recorded for other languages whose PDFs remain."""
    listing = {lang: entries for lang, entries in _recorded(out).items() if lang not in built}
    listing.update(built)
    order = {lang: i for i, lang in enumerate(LANGUAGES)}
    ordered = {lang: listing[lang] for lang in sorted(listing, key=lambda k: order[k])}
    record = {
        lang: {
            part: [[e.visit_id, e.title, e.untranslated] for e in entries]
            for part, entries in zip(("dated", "undated"), listed, strict=True)
        }
        for lang, listed in ordered.items()
    }
    text = json.dumps(record, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    path = out / LISTING
    if not path.exists() or path.read_text("utf-8", errors="replace") != text:
        write_atomic(path, text)
    return ordered


def _recorded(out: Path) -> dict[str, _Listed]:
    """The entries .index.json records, by language, less those whose PDF is gone."""
    try:
        recorded = json.loads((out / LISTING).read_text("utf-8"))
    except (OSError, ValueError):
        return {}  # no record, or a damaged one: the index lists this build's languages
    found: dict[str, _Listed] = {}
    for lang, parts in recorded.items() if isinstance(recorded, dict) else ():
        if lang not in LANGUAGES or not isinstance(parts, dict):
            continue
        listed = tuple(_entries(out, lang, parts.get(part)) for part in ("dated", "undated"))
        if listed[0] or listed[1]:
            found[lang] = (listed[0], listed[1])
    return found


def _entries(out: Path, lang: str, rows: object) -> list[IndexEntry]:
    """The well-formed rows of a record whose PDF is still there (a note removed is not listed)."""
    entries = []
    for row in rows if isinstance(rows, list) else ():
        if not (isinstance(row, list) and len(row) == 3):
            continue
        visit_id, title, untranslated = row
        well_formed = isinstance(visit_id, str) and isinstance(title, str)
        if well_formed and (out / lang / f"{visit_id}.pdf").is_file():
            entries.append(IndexEntry(visit_id, lang, title, bool(untranslated)))
    return entries
