"""Rendering one document where it is cheapest: in this process, a worker process or a Dask
worker. A task carries everything its document is made from; it returns the files' bytes and
the parent writes them, so the writing stays in one place whatever runs the tasks.

A worker keeps what every task of a build shares (the Jinja environment, the URL fetcher, the
user's templates unpacked from their bytes) once per Setup: the environment is built, and
its templates parsed, once per worker, not once per note.
"""

from __future__ import annotations

import hashlib
import json
import logging
import tempfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import jinja2

from briefer.documents import Article, Translation
from briefer.extract.facts import Visit
from briefer.files import write_atomic
from briefer.glossary.entries import Entry
from briefer.glossary.match import Glossary
from briefer.render.context import context, digest_context
from briefer.render.pdf import url_fetcher, write_pdf
from briefer.render.provenance import Provenance, note_record
from briefer.render.theme import environment, fonts_dir, template_dirs

if TYPE_CHECKING:
    from weasyprint.urls import URLFetcher

log = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass(frozen=True)
class Setup:
    """What every rendering task of one build shares; sent once to each worker."""

    key: str
    """A hash of all the fields: a worker builds its state once per key."""
    glossary: tuple[tuple[str, Entry], ...] | None
    """The glossary's entries (a worker rebuilds its index once)."""
    templates: tuple[tuple[str, bytes], ...] | None
    """The user's templates as (relative path, bytes), None for the built-in ones only: they
    reach a worker by content, never through a shared disk."""
    classification: str
    prov: Provenance


def make_setup(
    glossary: Glossary | None,
    user_templates: Path | None,
    classification: str,
    prov: Provenance,
    resources: str,
) -> Setup:
    """The Setup of a build; resources (the templates' hash) and the versions make its key."""
    files = None
    if user_templates is not None:
        folder = template_dirs(user_templates)[0]
        files = tuple(
            (p.relative_to(folder).as_posix(), p.read_bytes())
            for p in sorted(folder.rglob("*"))
            if p.is_file()
        )
    key = hashlib.sha256(
        json.dumps(
            [getattr(glossary, "version", None), resources, classification, asdict(prov)],
            sort_keys=True,
            default=str,
        ).encode()
    ).hexdigest()
    entries = tuple(glossary.entries.items()) if glossary is not None else None
    return Setup(key, entries, files, classification, prov)


@dataclass(frozen=True)
class NoteTask:
    """One note: a visit in a language, with its articles and their translations."""

    visit: Visit
    lang: str
    built: datetime
    articles: Mapping[str, Article]
    translations: Mapping[tuple[str, str], Translation]
    inputs: str


@dataclass(frozen=True)
class DigestTask:
    """One digest page: visits in a language."""

    name: str
    """The files' stem: "digest", "digest-2"…"""
    visits: tuple[Visit, ...]
    lang: str
    built: datetime
    inputs: str


Task = NoteTask | DigestTask


@dataclass(frozen=True)
class Rendered:
    """A rendered document: its files (relative to out/, with bytes), for the parent to write."""

    files: tuple[tuple[str, bytes], ...]
    inputs: str
    refused: tuple[str, ...] = ()


@dataclass
class _State:
    glossary: Glossary | None
    env: jinja2.Environment
    base: Path
    fetcher: URLFetcher
    refused: list[str]


_STATES: dict[str, _State] = {}


def _state(setup: Setup) -> _State:
    """This process's environment and fetcher for setup, made on its first task."""
    state = _STATES.get(setup.key)
    if state is None:
        user = _unpack(setup.templates) if setup.templates is not None else None
        roots = [*template_dirs(user), fonts_dir()]
        refused: list[str] = []
        glossary = Glossary(dict(setup.glossary)) if setup.glossary is not None else None
        state = _State(glossary, environment(user), roots[0], url_fetcher(roots, refused), refused)
        _STATES.clear()  # one build at a time per process
        _STATES[setup.key] = state
    return state


def _unpack(files: tuple[tuple[str, bytes], ...]) -> Path:
    """The user's templates written under a folder named by their content hash."""
    digest = hashlib.sha256()
    for name, data in files:
        digest.update(name.encode() + b"\0" + data + b"\0")
    folder = Path(tempfile.gettempdir()) / f"briefer-templates-{digest.hexdigest()[:32]}"
    for name, data in files:
        target = folder / name
        if not (target.is_file() and target.read_bytes() == data):
            write_atomic(target, data)
    return folder


def run(setup: Setup, task: Task) -> Rendered:
    """Render one task's document: the files' bytes, nothing written."""
    state = _state(setup)
    state.refused.clear()
    files = _note(setup, state, task) if isinstance(task, NoteTask) else _digest(setup, state, task)
    return Rendered(files, task.inputs, tuple(state.refused))


def _note(setup: Setup, state: _State, task: NoteTask) -> tuple[tuple[str, bytes], ...]:
    visit, lang = task.visit, task.lang
    ctx = context(
        visit,
        task.articles,
        task.translations,
        state.glossary,
        lang,
        task.built,
        setup.classification,
    )
    html = state.env.get_template("note.html").render(
        note=ctx, doc=ctx.doc, ui=ctx.ui, fonts=ctx.fonts, page_counter=ctx.page_counter
    )
    record = note_record(visit, task.articles, task.translations, lang, setup.prov, task.inputs)
    text = json.dumps(record, ensure_ascii=False, indent=2, sort_keys=True, default=str) + "\n"
    data = text.encode("utf-8")
    pdf = write_pdf(html, state.base, state.fetcher, task.built, (f"{visit.id}.json", data))
    stem = f"{lang}/{visit.id}"
    return ((f"{stem}.pdf", pdf), (f"{stem}.html", html.encode("utf-8")), (f"{stem}.json", data))


def _digest(setup: Setup, state: _State, task: DigestTask) -> tuple[tuple[str, bytes], ...]:
    ctx = digest_context(task.visits, state.glossary, task.lang, task.built, setup.classification)
    html = state.env.get_template("digest.html").render(
        digest=ctx, doc=ctx.doc, ui=ctx.ui, fonts=ctx.fonts, page_counter=ctx.page_counter
    )
    pdf = write_pdf(html, state.base, state.fetcher, task.built)
    stem = f"{task.lang}/{task.name}"
    return ((f"{stem}.pdf", pdf), (f"{stem}.html", html.encode("utf-8")))


def in_order(submit: Callable[[T], Any], items: Iterable[T], ahead: int) -> Iterator[tuple[T, Any]]:
    """Each item with the result of submit(item) (a future), in order, at most ahead items
    submitted and not yet taken: the caller's memory does not grow with the number of items."""
    flying: deque[tuple[T, Any]] = deque()
    for item in items:
        flying.append((item, submit(item)))
        if len(flying) >= ahead:
            done, future = flying.popleft()
            yield done, future.result()
    while flying:
        done, future = flying.popleft()
        yield done, future.result()


def prepare(setup: Setup) -> None:
    """Build this process's state ahead of the first task (a worker's initializer)."""
    _state(setup)
