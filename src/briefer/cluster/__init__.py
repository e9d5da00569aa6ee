"""Past one machine: translation batches and notes sent to a Dask distributed cluster.

The build stays where it was started (the client): it reads, plans, writes out/ and keeps the
translation cache; the workers only compute. They get everything by content, never through a
shared disk: an Argos package travels once per worker as bytes named by their SHA-256 (a
worker unpacks it under its temporary directory and loads it once), and the rendering Setup
(glossary, the user's templates, versions) likewise, named by its key. A batch on a worker is
decoded by the same decode.decode_batch, with one intra-op thread, as it is here, and a note
rendered by the same render.tasks.run, so a cluster build gives the bytes of a local one.

A Dask nanny starts its workers with a glibc setting that makes CTranslate2 three times
slower; a worker undoes it for itself before its first task (_tune_allocator).

A worker that dies takes its running tasks with it; the scheduler gives them to another
worker (a Dask nanny restarts the dead one), and the build goes on. Work is submitted in a
bounded window, so neither the client nor the scheduler holds a whole archive's tasks.

dask is imported when a cluster is used, never by `briefer --help` or a local build.
"""

from __future__ import annotations

import ctypes
import hashlib
import io
import itertools
import logging
import os
import shutil
import tarfile
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import CancelledError
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

from briefer import __version__
from briefer.errors import BuildError
from briefer.render import tasks as render_tasks
from briefer.render.tasks import Rendered, Setup, Task, in_order
from briefer.translate import packages
from briefer.translate.decode import Batch, Decoded, LoadedModel, decode_batch, model_of
from briefer.translate.settings import Settings

log = logging.getLogger(__name__)

CONNECT_TIMEOUT = "30s"
IN_FLIGHT_PER_WORKER = 4
RESUBMITS = 2
"""Times a task the cluster cancelled (its worker died with its data) is submitted again."""
"""Tasks submitted ahead per worker: enough to keep every worker busy, few enough that the
client's memory does not grow with the archive."""


@dataclass(frozen=True)
class Package:
    """An Argos package as bytes named by their hash, for workers without our disk."""

    digest: str
    from_code: str
    to_code: str
    version: str


class Cluster:
    """A connected Dask client: the two runners the build hands its work to."""

    def __init__(self, client: Any):
        self.client = client
        self._packages: dict[str, tuple[Package, Any]] = {}
        self._setups: dict[str, Any] = {}
        # Data sent again after a worker died goes under a new key: under the old one the
        # scheduler may still be releasing the lost copy and lose the new one with it.
        self._sent = itertools.count()

    def _window(self) -> int:
        workers = len(self.client.scheduler_info().get("workers", {})) or 1
        return max(2, IN_FLIGHT_PER_WORKER * workers)

    # -- translation

    def batch_runner(
        self, model: LoadedModel, batches: Sequence[Batch], settings: Settings
    ) -> Iterable[list[Decoded]]:
        """decode.BatchRunner: each batch a task on the cluster, results in batch order."""
        remote = replace(settings, cache=None, packages=None, workers=1)

        def submit(batch: Batch) -> Any:
            package, blob = self._package(model.info)
            return self.client.submit(
                _decode_remote, package, blob, remote, list(batch), pure=False, retries=2
            )

        def forget() -> None:
            # The package's copies may have died with their workers: send it again.
            self._packages.pop(str(model.info.path), None)

        done = in_order(lambda batch: _Resubmitted(submit, batch, forget), batches, self._window())
        return [decoded for _, decoded in done]

    def _package(self, info: packages.InstalledModel) -> tuple[Package, Any]:
        """The package's bytes scattered to every worker once, under their hash."""
        if str(info.path) not in self._packages:
            data = _pack(info.path)
            digest = hashlib.sha256(data).hexdigest()
            package = Package(digest, info.from_code, info.to_code, info.version)
            key = f"briefer-package-{digest}-{next(self._sent)}"
            future = self.client.scatter({key: data}, broadcast=True, hash=False)[key]
            log.info(
                "sent %s->%s %s to the cluster (%d MB)",
                info.from_code,
                info.to_code,
                info.version,
                len(data) // 2**20,
            )
            self._packages[str(info.path)] = (package, future)
        return self._packages[str(info.path)]

    # -- rendering

    def render_runner(self, setup: Setup, todo: Iterable[Task]) -> Iterator[tuple[Task, Rendered]]:
        """render.Runner: each document a task on the cluster, results in task order."""

        def submit(task: Task) -> Any:
            if setup.key not in self._setups:
                key = f"briefer-setup-{setup.key}-{next(self._sent)}"
                self._setups[setup.key] = self.client.scatter({key: setup}, broadcast=True)[key]
            shared = self._setups[setup.key]
            return self.client.submit(_render_remote, shared, task, pure=False, retries=2)

        def forget() -> None:
            self._setups.pop(setup.key, None)

        return in_order(lambda task: _Resubmitted(submit, task, forget), todo, self._window())


class _Resubmitted:
    """A task's future that is submitted again when the cluster cancels it: a worker killed
    with the only copies of the data the task needed ("already forgotten") costs the task a
    second submission, not the build. forget drops what was sent, so it is sent again."""

    def __init__(self, submit: Any, item: Any, forget: Any):
        self._submit, self._item, self._forget = submit, item, forget
        self._future = submit(item)

    def result(self) -> Any:
        for attempt in range(RESUBMITS + 1):
            try:
                return self._future.result()
            except CancelledError:
                if attempt == RESUBMITS:
                    raise
                log.info("a task was cancelled by the cluster; submitting it again")
                self._forget()
                self._future = self._submit(self._item)
        raise AssertionError("unreachable")


@contextmanager
def connect(address: str) -> Iterator[Cluster]:
    """A client of the scheduler at address, checked, closed at the end of the build."""
    try:
        from distributed import Client
    except ImportError as exc:
        raise BuildError(
            "building on a cluster needs Dask: pip install 'briefer[cluster]'"
        ) from exc
    try:
        client: Any = Client(  # type: ignore[no-untyped-call]
            address, timeout=CONNECT_TIMEOUT, set_as_default=False
        )
    except (OSError, TimeoutError) as exc:
        raise BuildError(
            f"cannot reach the Dask scheduler at {address} ({exc}); start it with "
            "`dask scheduler` and workers with `dask worker ADDRESS`, or build without "
            "--scheduler"
        ) from exc
    try:
        _check_workers(client, address)
        yield Cluster(client)
    finally:
        client.close()


def _check_workers(client: Any, address: str) -> None:
    """At least one worker, and every worker running this version of briefer."""
    try:
        client.wait_for_workers(1, timeout=CONNECT_TIMEOUT)
    except TimeoutError as exc:  # distributed's WorkerStartTimeoutError is one
        raise BuildError(
            f"the Dask scheduler at {address} has no worker after {CONNECT_TIMEOUT}; "
            f"start one with `dask worker {address}`, or build without --scheduler"
        ) from exc
    versions = client.run(_worker_version)
    other = {w: v for w, v in versions.items() if v != __version__}
    if other:
        raise BuildError(
            f"the workers of {address} must run briefer {__version__}; "
            + ", ".join(f"{w} runs {v}" for w, v in sorted(other.items()))
        )


def _worker_version() -> str:
    return __version__


# -- on the workers


def _render_remote(setup: Setup, task: Task) -> Rendered:
    """On a worker: one document, as render.tasks.run renders it here."""
    _tune_allocator()
    return render_tasks.run(setup, task)


def _pack(folder: Path) -> bytes:
    """A package folder as an uncompressed tar, its members sorted and their times zeroed."""
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w") as tar:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            member = tar.gettarinfo(str(path), arcname=path.relative_to(folder).as_posix())
            member.mtime, member.uid, member.gid, member.uname, member.gname = 0, 0, 0, "", ""
            with path.open("rb") as handle:
                tar.addfile(member, handle)
    return out.getvalue()


_MODELS: dict[tuple[str, int, str], LoadedModel] = {}


def _decode_remote(
    package: Package, blob: bytes, settings: Settings, batch: list[Any]
) -> list[Decoded]:
    """On a worker: the package unpacked and loaded once, then one batch decoded."""
    from distributed import get_worker

    threads = max(1, get_worker().state.nthreads)
    local = replace(settings, workers=threads)
    key = (package.digest, threads, settings.compute_type)
    _tune_allocator()
    if key not in _MODELS:
        _MODELS[key] = model_of(_unpack(package, blob), local)
    return decode_batch(_MODELS[key], batch, local)


M_TRIM_THRESHOLD, M_MMAP_THRESHOLD = -1, -3
"""glibc's mallopt() parameters."""


@cache
def _tune_allocator() -> None:
    """Give CTranslate2 back glibc's own allocation thresholds, as a worker started by hand has.

    A Dask nanny starts its worker with MALLOC_TRIM_THRESHOLD_=65536, which also fixes
    glibc's mmap threshold at 128 KiB: every buffer of a decoding step is then mapped and
    unmapped afresh, and a batch takes three times as long (measured: docs/scale.md). The
    thresholds set here are the ceilings glibc's dynamic ones reach on their own.
    """
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallopt(M_MMAP_THRESHOLD, 32 * 2**20)
        libc.mallopt(M_TRIM_THRESHOLD, 64 * 2**20)
    except (OSError, AttributeError):  # not glibc: nothing to undo
        pass


def _unpack(package: Package, blob: bytes) -> packages.InstalledModel:
    """The package's bytes as a folder named by their hash, checked against it."""
    folder = Path(tempfile.gettempdir()) / "briefer-packages" / package.digest
    if not (folder / ".complete").exists():
        if hashlib.sha256(blob).hexdigest() != package.digest:
            raise BuildError(f"the package {package.digest[:12]} arrived damaged")
        folder.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".unpack-", dir=folder.parent))
        with tarfile.open(fileobj=io.BytesIO(blob)) as tar:
            tar.extractall(staging, filter="data")
        (staging / ".complete").write_text(package.digest + "\n")
        try:
            os.replace(staging, folder)
        except OSError:  # another worker of this machine unpacked it first
            shutil.rmtree(staging, ignore_errors=True)
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    return packages.InstalledModel(
        package.from_code, package.to_code, package.version, folder, size
    )
