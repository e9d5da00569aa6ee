"""Rendering: a PDF, HTML and JSON briefing note per visit and language, a digest and an index.

Templates resolve through a search path (the user's directory first, the built-in templates
last) in a Jinja2 environment with autoescaping, because article text is untrusted. Each note
is built from one typed context (NoteContext); WeasyPrint turns it into a PDF/A-3b with the
shipped fonts embedded and the visit's facts attached as JSON. Output is deterministic: dates
come from SOURCE_DATE_EPOCH or from the sources, never from the clock.

- render_notes() here: the writing loop, a note per visit and language, digests, index.
- context: the typed visits into the templates' views (views: NoteContext, DigestContext…).
- phrasing: the note's wording (titles, bullets, labels); localize: Babel dates and lists.
- theme: the Jinja2 environment and templates/; pdf: WeasyPrint, fonts, the URL fetcher.
- provenance: build time, versions, the note's JSON record, skipping unchanged documents.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import jinja2

from briefer.builddate import build_time
from briefer.config import LANGUAGES, Config
from briefer.documents import Article, TermStatus, Translation
from briefer.errors import BuildError
from briefer.extract.facts import Visit
from briefer.files import write_atomic
from briefer.render.context import context, digest_context
from briefer.render.localize import Localizer, words
from briefer.render.pdf import url_fetcher, write_pdf
from briefer.render.provenance import (
    Provenance,
    inputs_key,
    is_current,
    note_record,
    provenance,
    resources_version,
    translation_digest,
    write_document,
)
from briefer.render.theme import environment, fonts_dir, template_dirs
from briefer.render.views import IndexContext, IndexEntry

if TYPE_CHECKING:
    from weasyprint.urls import URLFetcher

    from briefer.glossary.match import Glossary

log = logging.getLogger(__name__)

Progress = Callable[[str], None]


@dataclass(frozen=True)
class RenderReport:
    """What rendering did: files written, notes left as they were, warnings to show."""

    written: tuple[Path, ...]
    skipped: tuple[Path, ...]
    warnings: tuple[str, ...]

    @property
    def notes_written(self) -> int:
        """PDFs written (notes and digests), for the build summary."""
        return sum(1 for p in self.written if p.suffix == ".pdf")

    @property
    def notes_skipped(self) -> int:
        """PDFs left as they were because nothing they are made from changed."""
        return len(self.skipped)


@dataclass
class _Outcome:
    written: list[Path] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Job:
    """Shared state of one rendering run."""

    env: jinja2.Environment
    out: Path
    base: Path
    fetcher: URLFetcher
    refused: list[str]
    built: datetime
    classification: str
    resources: str
    prov: Provenance
    force: bool


def _render_note(
    job: _Job,
    visit: Visit,
    articles: Mapping[str, Article],
    translations: Mapping[tuple[str, str], Translation],
    glossary: Glossary | None,
    lang: str,
    outcome: _Outcome,
) -> str:
    folder = job.out / lang
    stem = visit.id
    outputs = tuple(folder / f"{stem}{ext}" for ext in (".pdf", ".html", ".json"))
    pdf_path, html_path, json_path = outputs
    inputs = inputs_key(
        {
            "visit": visit.to_json(),
            "lang": lang,
            "resources": job.resources,
            "built": job.built.isoformat(),
            "classification": job.classification,
            "provenance": asdict(job.prov),
            "articles": {
                a: articles[a].checksum if a in articles else None for a in visit.articles
            },
            "translations": {
                a: translation_digest(translations.get((a, lang))) for a in visit.articles
            },
        }
    )
    ctx = context(visit, articles, translations, glossary, lang, job.built, job.classification)
    if not job.force and is_current(outputs, inputs):
        outcome.skipped.append(pdf_path)
        return ctx.doc.title
    html = job.env.get_template("note.html").render(
        note=ctx, doc=ctx.doc, ui=ctx.ui, fonts=ctx.fonts, page_counter=ctx.page_counter
    )
    record = (
        json.dumps(
            note_record(visit, articles, translations, lang, job.prov, inputs),
            ensure_ascii=False,
            indent=2,
            sort_keys=True,
            default=str,
        )
        + "\n"
    )
    pdf = write_pdf(
        html, job.base, job.fetcher, job.built, (f"{stem}.json", record.encode("utf-8"))
    )
    write_document(outputs, (pdf, html, record), inputs)
    outcome.written += [pdf_path, html_path, json_path]
    log.info("wrote %s", pdf_path)
    return ctx.doc.title


def _render_digest(
    job: _Job,
    visits: Sequence[Visit],
    glossary: Glossary | None,
    lang: str,
    outcome: _Outcome,
) -> None:
    folder = job.out / lang
    outputs = (folder / "digest.pdf", folder / "digest.html")
    pdf_path, html_path = outputs
    inputs = inputs_key(
        {
            "visits": [v.to_json() for v in visits],
            "lang": lang,
            "resources": job.resources,
            "built": job.built.isoformat(),
            "classification": job.classification,
            "provenance": asdict(job.prov),
        }
    )
    if not job.force and is_current(outputs, inputs):
        outcome.skipped.append(pdf_path)
        return
    ctx = digest_context(visits, glossary, lang, job.built, job.classification)
    html = job.env.get_template("digest.html").render(
        digest=ctx, doc=ctx.doc, ui=ctx.ui, fonts=ctx.fonts, page_counter=ctx.page_counter
    )
    write_document(outputs, (write_pdf(html, job.base, job.fetcher, job.built), html), inputs)
    outcome.written += [pdf_path, html_path]
    log.info("wrote %s", pdf_path)


def _render_index(
    job: _Job, titles: Mapping[str, dict[str, str]], langs: Sequence[str], outcome: _Outcome
) -> None:
    titles, langs = _every_language(job.out, titles, langs)
    headings = tuple((lang, str(words(lang)["ui"]["index"])) for lang in langs)
    digests = tuple((lang, str(words(lang)["ui"]["digest"])) for lang in langs)
    entries = tuple(
        IndexEntry(vid, tuple((lang, titles[vid][lang]) for lang in langs if lang in titles[vid]))
        for vid in sorted(titles)
    )
    built = Localizer.for_lang(langs[0]).date(job.built.date()) if langs else ""
    ctx = IndexContext(tuple(langs), headings, entries, digests, built)
    html = job.env.get_template("index.html").render(index=ctx)
    path = job.out / "index.html"
    if not path.exists() or path.read_text("utf-8") != html:
        write_atomic(path, html)
        outcome.written.append(path)


LISTING = ".index.json"
"""The titles of every note in out/, by language and visit: index.html lists the languages
built before too (a build of --lang fr after one of --lang en lists both)."""


def _every_language(
    out: Path, titles: Mapping[str, dict[str, str]], langs: Sequence[str]
) -> tuple[dict[str, dict[str, str]], list[str]]:
    """This build's titles, and those recorded for the other languages whose PDFs remain."""
    listing: dict[str, dict[str, str]] = {}
    try:
        recorded = json.loads((out / LISTING).read_text("utf-8"))
    except (OSError, ValueError):
        recorded = {}
    for lang, notes in recorded.items() if isinstance(recorded, dict) else ():
        if lang in LANGUAGES and lang not in langs and isinstance(notes, dict):
            kept = {v: str(t) for v, t in notes.items() if (out / lang / f"{v}.pdf").is_file()}
            if kept:
                listing[lang] = kept
    for visit_id, by_lang in titles.items():
        for lang, title in by_lang.items():
            listing.setdefault(lang, {})[visit_id] = title
    order = {lang: i for i, lang in enumerate(LANGUAGES)}
    every = sorted({*listing, *langs}, key=lambda lang: (order.get(lang, len(order)), lang))
    text = json.dumps(listing, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    path = out / LISTING
    if not path.exists() or path.read_text("utf-8", errors="replace") != text:
        write_atomic(path, text)
    merged: dict[str, dict[str, str]] = {}
    for lang in every:
        for visit_id, title in listing.get(lang, {}).items():
            merged.setdefault(visit_id, {})[lang] = title
    return merged, every


def planned_steps(visits: Sequence[Visit], langs: Sequence[str]) -> int:
    """How many progress steps render_notes reports: a note per visit and language, digests."""
    return (len(visits) + 1) * len(langs)


def render_notes(
    visits: Sequence[Visit],
    articles: Mapping[str, Article],
    translations: Mapping[tuple[str, str], Translation],
    glossary: Glossary | None,
    config: Config,
    langs: Sequence[str],
    force: bool = False,
    progress: Progress | None = None,
    memory_version: str | None = None,
) -> RenderReport:
    """Write out/<lang>/<visit-id>.pdf|.html|.json per visit and language, digests and index."""
    ids = [v.id for v in visits]
    if len(set(ids)) != len(ids):
        raise BuildError(f"two visits share an id: {sorted(i for i in ids if ids.count(i) > 1)}")
    for lang in langs:  # fail before writing anything
        Localizer.for_lang(lang), words(lang)
    env = environment(config.templates)
    roots = [*template_dirs(config.templates), fonts_dir()]
    refused: list[str] = []
    job = _Job(
        env,
        config.out,
        roots[0],
        url_fetcher(roots, refused),
        refused,
        build_time(articles.values()),
        config.classification,
        resources_version(config.templates),
        provenance(translations, glossary, memory_version),
        force,
    )
    outcome = _Outcome(warnings=_input_warnings(visits, articles, translations, langs))
    titles: dict[str, dict[str, str]] = {}
    for lang in langs:
        for visit in visits:
            titles.setdefault(visit.id, {})[lang] = _render_note(
                job, visit, articles, translations, glossary, lang, outcome
            )
            if progress:
                progress(f"{visit.id} [{lang}]")
        _render_digest(job, visits, glossary, lang, outcome)
        if progress:
            progress(f"digest [{lang}]")
    _render_index(job, titles, langs, outcome)
    outcome.warnings += [f"refused to fetch {url}" for url in dict.fromkeys(refused)]
    return RenderReport(tuple(outcome.written), tuple(outcome.skipped), tuple(outcome.warnings))


def _input_warnings(
    visits: Sequence[Visit],
    articles: Mapping[str, Article],
    translations: Mapping[tuple[str, str], Translation],
    langs: Sequence[str],
) -> list[str]:
    warnings = []
    for visit in visits:
        for article_id in visit.articles:
            if article_id not in articles:
                warnings.append(
                    f"{visit.id}: article {article_id} is missing; its text is left out of the note"
                )
                continue
            for lang in langs:
                translation = translations.get((article_id, lang))
                if translation is None:
                    warnings.append(
                        f"{visit.id} [{lang}]: no translation of {article_id}; "
                        "the note shows its Arabic text"
                    )
                elif any(t.status is TermStatus.FAILED for t in translation.terms):
                    warnings.append(
                        f"{visit.id} [{lang}]: glossary terms not rendered in "
                        f"{article_id}; see the note's sources section"
                    )
        if not visit.facts.start:
            warnings.append(f"{visit.id}: no date found in the sources")
    return warnings
