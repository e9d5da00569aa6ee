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

from briefer.classification import label as classification_label
from briefer.documents import Article, Translation
from briefer.errors import BuildError
from briefer.extract.facts import Visit
from briefer.files import write_atomic
from briefer.glossary.entries import Entry
from briefer.glossary.match import Glossary
from briefer.render.context import context
from briefer.render.digest import digest_context
from briefer.render.pdf import url_fetcher, write_pdf
from briefer.render.provenance import Provenance, note_record
from briefer.render.sandbox import check_template_file
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
    templates_folder: str | None
    """Where the user keeps them: an error in one names that file, not the worker's copy."""
    classification: str
    """The level; each language prints its label (labels, else data/classification.yaml)."""
    labels: tuple[tuple[str, str], ...]
    prov: Provenance

    def label(self, lang: str) -> str:
        """The classification as printed in lang."""
        return classification_label(self.classification, lang, dict(self.labels))


def make_setup(
    glossary: Glossary | None,
    user_templates: Path | None,
    classification: str,
    labels: Mapping[str, str],
    prov: Provenance,
    resources: str,
) -> Setup:
    """The Setup of a build; resources (the templates' hash) and the versions make its key."""
    files = None
    if user_templates is not None:
        folder = template_dirs(user_templates)[0]
        files = tuple(_template_files(folder))
    key = hashlib.sha256(
        json.dumps(
            [
                getattr(glossary, "version", None),
                resources,
                classification,
                sorted(labels.items()),
                asdict(prov),
            ],
            sort_keys=True,
            default=str,
        ).encode()
    ).hexdigest()
    entries = tuple(glossary.entries.items()) if glossary is not None else None
    folder_name = str(template_dirs(user_templates)[0]) if user_templates is not None else None
    return Setup(
        key, entries, files, folder_name, classification, tuple(sorted(labels.items())), prov
    )


def _template_files(folder: Path) -> Iterator[tuple[str, bytes]]:
    """The user's templates, each checked as the loader checks it (no link leads out)."""
    for path in sorted(folder.rglob("*")):
        if path.is_dir() and not path.is_symlink():
            continue
        name = path.relative_to(folder).as_posix()
        check_template_file(str(folder), str(path), name)
        yield name, path.read_bytes()


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
    subjects: tuple[tuple[str, tuple[tuple[int, str], ...]], ...] = ()
    """Per visit id, its agreements' subjects in lang (cut from translations in the parent)."""


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
    compact: str
    """The tighter stylesheet tried when a last page would be nearly empty (pdf.write_pdf)."""
    user: Path | None
    """The folder the user's templates were unpacked to, if any."""


_STATES: dict[str, _State] = {}


def _state(setup: Setup) -> _State:
    """This process's environment and fetcher for setup, made on its first task."""
    state = _STATES.get(setup.key)
    if state is None:
        user = _unpack(setup.templates) if setup.templates is not None else None
        roots = [*template_dirs(user), fonts_dir()]
        refused: list[str] = []
        glossary = Glossary(dict(setup.glossary)) if setup.glossary is not None else None
        env = environment(user)
        compact = env.get_template("compact.css").render()
        fetcher = url_fetcher(roots, refused)
        state = _State(glossary, env, roots[0], fetcher, refused, compact, user)
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
    try:
        if isinstance(task, NoteTask):
            files = _note(setup, state, task)
        else:
            files = _digest(setup, state, task)
    except BuildError as exc:
        raise _as_the_user_sees_it(exc, setup, state) from None
    return Rendered(files, task.inputs, tuple(state.refused))


def _as_the_user_sees_it(exc: BuildError, setup: Setup, state: _State) -> BuildError:
    """The error with the user's template path in place of the worker's unpacked copy."""
    if exc.path is None or setup.templates_folder is None or state.user is None:
        return exc
    try:
        inside = exc.path.relative_to(state.user)
    except ValueError:
        return exc
    return BuildError(exc.reason, Path(setup.templates_folder) / inside, exc.line)


def _note(setup: Setup, state: _State, task: NoteTask) -> tuple[tuple[str, bytes], ...]:
    visit, lang = task.visit, task.lang
    label = setup.label(lang)
    ctx = context(visit, task.articles, task.translations, state.glossary, lang, task.built, label)
    html = state.env.get_template("note.html").render(
        note=ctx, doc=ctx.doc, ui=ctx.ui, fonts=ctx.fonts, page_counter=ctx.page_counter
    )
    record = note_record(visit, task.articles, task.translations, lang, setup.prov, task.inputs)
    record |= {"classification": setup.classification, "classification_label": label}
    text = json.dumps(record, ensure_ascii=False, indent=2, sort_keys=True, default=str) + "\n"
    data = text.encode("utf-8")
    attached = (f"{visit.id}.json", data)
    pdf = write_pdf(html, state.base, state.fetcher, task.built, attached, compact=state.compact)
    stem = f"{lang}/{visit.id}"
    return ((f"{stem}.pdf", pdf), (f"{stem}.html", html.encode("utf-8")), (f"{stem}.json", data))


def _digest(setup: Setup, state: _State, task: DigestTask) -> tuple[tuple[str, bytes], ...]:
    subjects = {visit: dict(found) for visit, found in task.subjects}
    label = setup.label(task.lang)
    ctx = digest_context(task.visits, state.glossary, task.lang, task.built, label, subjects)
    html = state.env.get_template("digest.html").render(
        digest=ctx, doc=ctx.doc, ui=ctx.ui, fonts=ctx.fonts, page_counter=ctx.page_counter
    )
    pdf = write_pdf(html, state.base, state.fetcher, task.built, compact=state.compact)
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
