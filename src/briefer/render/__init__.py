"""Rendering: a PDF, HTML and JSON briefing note per visit and language, a digest and an index.

Templates resolve through a search path (the user's directory first, the built-in templates
last) in a Jinja2 environment with autoescaping, because article text is untrusted. Each note
is built from one typed context (NoteContext); WeasyPrint turns it into a PDF/A-3b with the
shipped fonts embedded and the visit's facts attached as JSON. Output is deterministic: dates
come from SOURCE_DATE_EPOCH or from the sources, never from the clock.

- render_notes() here: what to render (skipping documents whose inputs did not change), run
  by a Runner (this process, a process pool, a cluster); this process writes every file.
- tasks: one document rendered from what its task carries, returned as bytes.
- index: index.html, a section per language.
- context: a visit into note.html's view (views: NoteContext…); digest: all visits into the
  digest's; summary: the summary's points, each citing its sentences; subjects: an
  agreement's subject in the translated words of its sentence; outlets: outlet names.
- phrasing: the note's wording (titles, names, labels); localize: Babel dates and lists.
- theme: the Jinja2 environment and templates/; pdf: WeasyPrint, fonts, the URL fetcher.
- provenance: build time, versions, the note's JSON record, skipping unchanged documents.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime
from itertools import chain, islice
from pathlib import Path
from typing import TYPE_CHECKING

from briefer.builddate import latest, source_times
from briefer.classification import label as classification_label
from briefer.config import Config
from briefer.documents import Article, Origin, TermStatus, Translation
from briefer.errors import BuildError
from briefer.extract.facts import Visit
from briefer.render import tasks
from briefer.render.context import context
from briefer.render.index import render_index, untranslated
from briefer.render.localize import Localizer, words
from briefer.render.provenance import (
    Provenance,
    inputs_key,
    is_current,
    provenance,
    resources_version,
    translation_digest,
    write_document,
)
from briefer.render.subjects import agreement_subjects
from briefer.render.tasks import DigestTask, NoteTask, Rendered, Setup, Task, in_order
from briefer.render.theme import environment
from briefer.render.views import IndexEntry

if TYPE_CHECKING:
    from briefer.glossary.match import Glossary

log = logging.getLogger(__name__)

Progress = Callable[[str], None]
Runner = Callable[[Setup, Iterable[Task]], Iterator[tuple[Task, Rendered]]]
"""Renders tasks (in this process, a process pool, a cluster), each with its result, in task
order; it takes the tasks as they come, a bounded number ahead."""

DIGEST_PAGE = 500
"""Visits per digest page: more visits than this split the digest by year (see _pages)."""
TASKS_PER_WORKER_PROCESS = 200
"""A worker process is replaced after this many documents: WeasyPrint's native memory grows
with each PDF, and is only given back when the process ends."""
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
    refused: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Plan:
    """Shared inputs of one rendering run, decided before any document is rendered."""

    out: Path
    times: Mapping[str, datetime]
    """Each article's source time (briefer.builddate): a note is dated by its own."""
    classification: str
    """The level (one of [publish] levels); each language prints its label."""
    labels: Mapping[str, str]
    """[classification_labels]: the level's label per language, when configured."""
    resources: str
    prov: Provenance
    force: bool


def _note_task(
    plan: _Plan,
    visit: Visit,
    articles: Mapping[str, Article],
    translations: Mapping[tuple[str, str], Translation],
    lang: str,
) -> NoteTask:
    built = latest(plan.times, visit.articles) if visit.articles else latest(plan.times)
    inputs = inputs_key(
        {
            "visit": visit.to_json(),
            "lang": lang,
            "resources": plan.resources,
            "built": built.isoformat(),
            "classification": [plan.classification, plan.labels.get(lang)],
            "provenance": asdict(plan.prov),
            "articles": {
                a: articles[a].checksum if a in articles else None for a in visit.articles
            },
            "translations": {
                a: translation_digest(translations.get((a, lang))) for a in visit.articles
            },
        }
    )
    mine = {a: articles[a] for a in visit.articles if a in articles}
    theirs = {
        (a, lang): translations[(a, lang)] for a in visit.articles if (a, lang) in translations
    }
    return NoteTask(visit, lang, built, mine, theirs, inputs)


Subjects = Mapping[tuple[str, str], Mapping[int, str]]
"""Per (visit id, language), its agreements' subjects in that language (render.subjects)."""


def _digest_task(
    plan: _Plan, name: str, visits: Sequence[Visit], lang: str, subjects: Subjects
) -> DigestTask:
    built = (
        latest(plan.times, [a for v in visits for a in v.articles])
        if visits
        else latest(plan.times)
    )
    inputs = inputs_key(
        {
            "visits": [v.to_json() for v in visits],
            "lang": lang,
            "resources": plan.resources,
            "built": built.isoformat(),
            "classification": [plan.classification, plan.labels.get(lang)],
            "provenance": asdict(plan.prov),
            "subjects": {v.id: subjects.get((v.id, lang)) for v in visits},
        }
    )
    mine = tuple((v.id, tuple(subjects.get((v.id, lang), {}).items())) for v in visits)
    return DigestTask(name, tuple(visits), lang, built, inputs, mine)


def _outputs(out: Path, task: Task) -> tuple[Path, ...]:
    exts: tuple[str, ...] = (".pdf", ".html")
    if isinstance(task, NoteTask):
        stem, exts = task.visit.id, (*exts, ".json")
    else:
        stem = task.name
    return tuple(out / task.lang / f"{stem}{ext}" for ext in exts)


def _pages(visits: Sequence[Visit]) -> list[tuple[str, list[Visit]]]:
    """The digest's pages: one "digest" up to DIGEST_PAGE visits; beyond, one per year.

    A year of more than DIGEST_PAGE visits is cut into parts ("digest-2025-2"); the page of
    the latest visits is "digest" (the index links it), the others "digest-2025",
    "digest-undated". A visit's page depends on its year only, so adding a visit re-renders
    its year's page, not the whole digest; each page costs what its visits cost.
    """
    ordered = sorted(visits, key=lambda v: (v.facts.start or "9999", v.id))
    if len(ordered) <= DIGEST_PAGE:
        return [("digest", ordered)]
    years: dict[str, list[Visit]] = {}
    for visit in ordered:
        start = visit.facts.start or ""
        year = start[:4] if start[:4].isdigit() else "undated"
        years.setdefault(year, []).append(visit)
    pages = [
        (f"digest-{year}" + (f"-{i // DIGEST_PAGE + 1}" if i else ""), group[i : i + DIGEST_PAGE])
        for year, group in years.items()
        for i in range(0, len(group), DIGEST_PAGE)
    ]
    dated = [i for i, (name, _) in enumerate(pages) if not name.startswith("digest-undated")]
    newest = dated[-1] if dated else len(pages) - 1
    pages[newest] = ("digest", pages[newest][1])
    return pages


def planned_steps(visits: Sequence[Visit], langs: Sequence[str]) -> int:
    """How many progress steps render_notes reports: a note per visit and language, digests."""
    return (len(visits) + len(_pages(visits))) * len(langs)


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
    workers: int = 1,
    runner: Runner | None = None,
    times: Mapping[str, datetime] | None = None,
    models: Sequence[str] | None = None,
) -> RenderReport:
    """Write out/<lang>/<visit-id>.pdf|.html|.json per visit and language, digests and index.

    Only the documents whose inputs changed are rendered (all with force), by runner: by
    default in this process for one worker, else in a pool of worker processes. Each
    document's files are written by this process, atomically, as its result comes back.
    """
    ids = [v.id for v in visits]
    if len(set(ids)) != len(ids):
        raise BuildError(f"two visits share an id: {sorted(i for i in ids if ids.count(i) > 1)}")
    for lang in langs:  # fail before writing anything
        Localizer.for_lang(lang), words(lang)
    resources = resources_version(config.templates)
    prov = provenance(translations if models is None else {}, glossary, memory_version)
    if models is not None:  # an archive's translations are not all at hand
        prov = replace(prov, models=tuple(sorted(set(models))))
    plan = _Plan(
        config.out,
        times if times is not None else source_times(articles.values()),
        config.classification,
        config.classification_labels,
        resources,
        prov,
        force,
    )
    outcome = _Outcome()
    entries: dict[tuple[str, str], IndexEntry] = {}
    pending = _pending(
        plan, visits, articles, translations, glossary, langs, outcome, entries, progress
    )
    first = list(islice(pending, 2))
    if first:
        setup = tasks.make_setup(
            glossary, config.templates, config.classification, plan.labels, prov, resources
        )
        run = runner or (local_runner(workers) if workers > 1 and len(first) > 1 else inline)
        for task, rendered in run(setup, chain(first, pending)):
            _write(plan.out, _outputs(plan.out, task), rendered, outcome)
            if progress:
                progress(_label(task))
    written = render_index(
        plan.out,
        environment(config.templates),
        entries,
        visits,
        [name for name, _ in _pages(visits)],
        langs,
        latest(plan.times),
        plan.classification,
        plan.labels,
    )
    outcome.written += written
    outcome.warnings += [f"refused to fetch {url}" for url in dict.fromkeys(outcome.refused)]
    return RenderReport(tuple(outcome.written), tuple(outcome.skipped), tuple(outcome.warnings))


def _pending(
    plan: _Plan,
    visits: Sequence[Visit],
    articles: Mapping[str, Article],
    translations: Mapping[tuple[str, str], Translation],
    glossary: Glossary | None,
    langs: Sequence[str],
    outcome: _Outcome,
    entries: dict[tuple[str, str], IndexEntry],
    progress: Progress | None,
) -> Iterator[Task]:
    """The documents to render, one visit at a time (an archive's articles are read as they
    are needed); those current are counted as skipped, every note noted for the index and
    its agreements' subjects for the digest.
    """
    subjects: dict[tuple[str, str], dict[int, str]] = {}
    for visit in visits:
        mine = {a: articles[a] for a in visit.articles if a in articles}
        theirs = {
            (a, lang): t
            for a in mine
            for lang in langs
            if (t := translations.get((a, lang))) is not None
        }
        outcome.warnings += _input_warnings([visit], mine, theirs, langs)
        for lang in langs:
            task = _note_task(plan, visit, mine, theirs, lang)
            label = classification_label(plan.classification, lang, plan.labels)
            ctx = context(visit, mine, theirs, glossary, lang, task.built, label)
            entries[(visit.id, lang)] = IndexEntry(
                visit.id, lang, ctx.doc.title, untranslated(visit, lang, theirs)
            )
            subjects[(visit.id, lang)] = agreement_subjects(
                visit.facts.agreements, mine, theirs, lang
            )
            if plan.force or not is_current(_outputs(plan.out, task), task.inputs):
                yield task
            else:
                outcome.skipped.append(_outputs(plan.out, task)[0])
                if progress:
                    progress(_label(task))
    for lang in langs:
        for name, page in _pages(visits):
            digest = _digest_task(plan, name, page, lang, subjects)
            if plan.force or not is_current(_outputs(plan.out, digest), digest.inputs):
                yield digest
            else:
                outcome.skipped.append(_outputs(plan.out, digest)[0])
                if progress:
                    progress(_label(digest))


def _label(task: Task) -> str:
    stem = task.visit.id if isinstance(task, NoteTask) else task.name
    return f"{stem} [{task.lang}]"


def _write(out: Path, outputs: Sequence[Path], rendered: Rendered, outcome: _Outcome) -> None:
    """A document's files, then the record of its inputs: current only once all are there."""
    write_document(outputs, [data for _, data in rendered.files], rendered.inputs)
    outcome.written += [out / name for name, _ in rendered.files]
    outcome.refused += rendered.refused
    log.info("wrote %s", outputs[0])


def inline(setup: Setup, todo: Iterable[Task]) -> Iterator[tuple[Task, Rendered]]:
    """Render in this process, one task after another."""
    return ((task, tasks.run(setup, task)) for task in todo)


def local_runner(workers: int) -> Runner:
    """Render in a pool of worker processes, each set up once (environment, fonts, imports)."""

    def run(setup: Setup, todo: Iterable[Task]) -> Iterator[tuple[Task, Rendered]]:
        # spawn, not fork: the parent has threads (CTranslate2's, the progress bar's), and a
        # forked child may inherit one of their locks held.
        with ProcessPoolExecutor(
            max_workers=workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_worker,
            initargs=(setup,),
            max_tasks_per_child=TASKS_PER_WORKER_PROCESS,
        ) as pool:
            yield from in_order(lambda task: pool.submit(_run_in_worker, task), todo, 2 * workers)

    return run


_WORKER_SETUP: list[Setup] = []


def _start_worker(setup: Setup) -> None:
    """A worker process's start: its Setup kept, WeasyPrint imported, the heap frozen."""
    import weasyprint  # noqa: F401  (paid once per worker, not in the first note)

    _WORKER_SETUP[:] = [setup]
    tasks.prepare(setup)
    # Everything alive now lives as long as the worker: keep full collections off it.
    gc.freeze()


def _run_in_worker(task: Task) -> Rendered:
    return tasks.run(_WORKER_SETUP[0], task)


def default_workers() -> int:
    """The machine's cores (those this process may run on)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


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
