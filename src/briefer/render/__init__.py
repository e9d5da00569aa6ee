"""Rendering: a PDF, HTML and JSON briefing note per visit and language, a digest and an index.

Templates resolve through a search path (the user's directory first, the built-in templates
last) in a Jinja2 environment with autoescaping, because article text is untrusted. Each note
is built from one typed context (NoteContext); WeasyPrint turns it into a PDF/A-3b with the
shipped fonts embedded and the visit's facts attached as JSON. Output is deterministic: dates
come from SOURCE_DATE_EPOCH or from the sources, never from the clock.

- render_notes() here: the writing loop, a note per visit and language, digests, index.
- context: a visit into note.html's view (views: NoteContext…); digest: all visits into the
  digest's; summary: the summary's points, each citing its sentences; subjects: an
  agreement's subject in the translated words of its sentence; outlets: outlet names.
- phrasing: the note's wording (titles, names, labels); localize: Babel dates and lists.
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
from briefer.classification import label as classification_label
from briefer.config import LANGUAGES, Config
from briefer.documents import Article, Origin, TermStatus, Translation
from briefer.errors import BuildError
from briefer.extract.facts import Visit
from briefer.files import write_atomic
from briefer.render import phrasing as compose
from briefer.render.context import context, document_meta
from briefer.render.digest import by_date, digest_context
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
from briefer.render.subjects import agreement_subjects
from briefer.render.theme import environment, font_urls, fonts_dir, page_counter, template_dirs
from briefer.render.views import IndexContext, IndexEntry, IndexSection

if TYPE_CHECKING:
    from weasyprint.urls import URLFetcher

    from briefer.glossary.match import Glossary

log = logging.getLogger(__name__)

Progress = Callable[[str], None]
_Translations = Mapping[tuple[str, str], Translation]


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
    """The level (one of [publish] levels); each language prints its label."""
    labels: Mapping[str, str]
    """[classification_labels]: the level's label per language, when configured."""
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
            "classification": [job.classification, job.labels.get(lang)],
            "provenance": asdict(job.prov),
            "articles": {
                a: articles[a].checksum if a in articles else None for a in visit.articles
            },
            "translations": {
                a: translation_digest(translations.get((a, lang))) for a in visit.articles
            },
        }
    )
    label = classification_label(job.classification, lang, job.labels)
    ctx = context(visit, articles, translations, glossary, lang, job.built, label)
    if not job.force and is_current(outputs, inputs):
        outcome.skipped.append(pdf_path)
        return ctx.doc.title
    html = job.env.get_template("note.html").render(
        note=ctx, doc=ctx.doc, ui=ctx.ui, fonts=ctx.fonts, page_counter=ctx.page_counter
    )
    record = (
        json.dumps(
            note_record(visit, articles, translations, lang, job.prov, inputs)
            | {"classification": job.classification, "classification_label": label},
            ensure_ascii=False,
            indent=2,
            sort_keys=True,
            default=str,
        )
        + "\n"
    )
    pdf = write_pdf(
        html,
        job.base,
        job.fetcher,
        job.built,
        (f"{stem}.json", record.encode("utf-8")),
        compact=job.env.get_template("compact.css").render(),
    )
    write_document(outputs, (pdf, html, record), inputs)
    outcome.written += [pdf_path, html_path, json_path]
    log.info("wrote %s", pdf_path)
    return ctx.doc.title


def _render_digest(
    job: _Job,
    visits: Sequence[Visit],
    articles: Mapping[str, Article],
    translations: Mapping[tuple[str, str], Translation],
    glossary: Glossary | None,
    lang: str,
    outcome: _Outcome,
) -> None:
    folder = job.out / lang
    outputs = (folder / "digest.pdf", folder / "digest.html")
    pdf_path, html_path = outputs
    ids = sorted({a for v in visits for a in v.articles})
    inputs = inputs_key(
        {
            "visits": [v.to_json() for v in visits],
            "lang": lang,
            "resources": job.resources,
            "built": job.built.isoformat(),
            "classification": [job.classification, job.labels.get(lang)],
            "provenance": asdict(job.prov),
            # Agreement subjects are cut from the translations.
            "translations": {a: translation_digest(translations.get((a, lang))) for a in ids},
        }
    )
    if not job.force and is_current(outputs, inputs):
        outcome.skipped.append(pdf_path)
        return
    subjects = {
        v.id: agreement_subjects(v.facts.agreements, articles, translations, lang) for v in visits
    }
    label = classification_label(job.classification, lang, job.labels)
    ctx = digest_context(visits, glossary, lang, job.built, label, subjects)
    html = job.env.get_template("digest.html").render(
        digest=ctx, doc=ctx.doc, ui=ctx.ui, fonts=ctx.fonts, page_counter=ctx.page_counter
    )
    compact = job.env.get_template("compact.css").render()
    pdf = write_pdf(html, job.base, job.fetcher, job.built, compact=compact)
    write_document(outputs, (pdf, html), inputs)
    outcome.written += [pdf_path, html_path]
    log.info("wrote %s", pdf_path)


def _index_entry(visit: Visit, lang: str, title: str, translations: _Translations) -> IndexEntry:
    found = [translations.get((a, lang)) for a in visit.articles]
    untranslated = any(
        s.origin is Origin.UNTRANSLATED for t in found if t is not None for s in t.sentences
    )
    return IndexEntry(visit.id, lang, title, untranslated)


def _render_index(
    job: _Job,
    visits: Sequence[Visit],
    titles: Mapping[str, dict[str, str]],
    translations: _Translations,
    langs: Sequence[str],
    outcome: _Outcome,
) -> None:
    dated, undated = by_date(visits)
    built = {
        lang: (
            [_index_entry(v, lang, titles[v.id][lang], translations) for v in reversed(dated)],
            [_index_entry(v, lang, titles[v.id][lang], translations) for v in undated],
        )
        for lang in langs
    }
    listing = _every_language(job.out, built)
    sections = tuple(
        IndexSection(
            lang,
            words(lang)["ui"],
            classification_label(job.classification, lang, job.labels),
            tuple(dated_entries),
            tuple(undated_entries),
        )
        for lang, (dated_entries, undated_entries) in listing.items()
    )
    first = compose.Phrasing.for_lang(sections[0].lang if sections else "en", None)
    title = " / ".join(str(s.ui["index"]) for s in sections)
    doc = document_meta(
        first,
        title,
        "",
        title,
        (),
        job.built,
        " / ".join(dict.fromkeys(s.classification for s in sections)),
        "",
    )
    ui = first.words["ui"]
    ctx = IndexContext(doc, ui, font_urls(), page_counter(ui["page"]), sections)
    html = job.env.get_template("index.html").render(
        index=ctx, doc=ctx.doc, ui=ctx.ui, fonts=ctx.fonts, page_counter=ctx.page_counter
    )
    path = job.out / "index.html"
    if not path.exists() or path.read_text("utf-8") != html:
        write_atomic(path, html)
        outcome.written.append(path)


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
        config.classification_labels,
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
        _render_digest(job, visits, articles, translations, glossary, lang, outcome)
        if progress:
            progress(f"digest [{lang}]")
    _render_index(job, visits, titles, translations, langs, outcome)
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
                    continue
                missing = [s for s in translation.sentences if s.origin is Origin.UNTRANSLATED]
                if missing:
                    why = _cause(missing[0].problems)
                    warnings.append(
                        f"{visit.id} [{lang}]: {len(missing)} of {len(translation.sentences)} "
                        f"sentences of {article_id} could not be translated ({why}); the note "
                        "gives them in Arabic and says so on its first page"
                    )
                if any(t.status is TermStatus.FAILED for t in translation.terms):
                    warnings.append(
                        f"{visit.id} [{lang}]: glossary terms not rendered in "
                        f"{article_id}; see the note's sources section"
                    )
        if not visit.facts.start:
            warnings.append(f"{visit.id}: no date found in the sources")
    return warnings


def _cause(problems: Sequence[str]) -> str:
    """Why a sentence stayed untranslated, as the translator recorded it."""
    for problem in problems:
        if problem.startswith("untranslated: "):
            return problem.removeprefix("untranslated: ")
    return "no translation model and no translation-memory match"
