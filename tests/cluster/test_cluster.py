"""Building on a real Dask cluster (LocalCluster, worker processes on 127.0.0.1).

The workers see no Argos package on their disk (their ARGOS_PACKAGES_DIR is empty): the
models reach them as bytes. A cluster build writes the bytes of a local build, leaves its
translations in the local cache, and survives a worker killed in the middle of it.
"""

from __future__ import annotations

import os
import shutil
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefer import pipeline
from briefer.errors import BuildError
from briefer.translate.settings import Settings
from test_incremental import files_of, machine_project
from test_pipeline import config_for

distributed = pytest.importorskip("distributed")

EPOCH = "1764583200"


@pytest.fixture
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[distributed.LocalCluster]:
    """Two single-threaded worker processes, restarted by their nannies if they die."""
    empty = tmp_path_factory.mktemp("worker-packages")
    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
        worker_dashboard_address=None,
        env={"ARGOS_PACKAGES_DIR": str(empty), "SOURCE_DATE_EPOCH": EPOCH},
    ) as local:
        yield local


def build(root: Path, **options: object) -> pipeline.BuildReport:
    settings = Settings(cache=root / "cache", batch_size=4)
    return pipeline.build(
        config_for(root),
        pipeline.Options(languages=("en", "fr"), translation=settings, **options),
    )


@pytest.fixture
def twin(
    project: Path, installed: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[Path, Path]:
    """Two copies of a project whose sentences all go to the machine."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    machine_project(project)
    other = tmp_path / "on-the-cluster"
    shutil.copytree(project, other)
    return project, other


def test_a_cluster_build_writes_the_bytes_of_a_local_one(
    twin: tuple[Path, Path], cluster: distributed.LocalCluster
) -> None:
    from briefer.translate import decode

    here, there = twin
    local = build(here, workers=2)
    decode._LOADED.clear()
    remote = build(there, scheduler=cluster.scheduler_address)
    assert remote.origins == local.origins == {"memory": 0, "machine": 180, "untranslated": 0}
    assert files_of(there / "out") == files_of(here / "out")
    # The workers decoded: this process read the tokenizers, never loaded a translator.
    assert decode._LOADED and not any(m.loaded for m in decode._LOADED.values())
    # What the workers translated is in the local cache: a local rebuild decodes nothing.
    before = sum(m.decodes for m in decode._LOADED.values())
    again = build(there, force=True)
    assert again.origins == local.origins
    assert sum(m.decodes for m in decode._LOADED.values()) == before
    assert files_of(there / "out") == files_of(here / "out")


class KillOnce(distributed.WorkerPlugin):
    """Kills its worker's process (SIGKILL) when the first task of a kind starts, once."""

    def __init__(self, marker: str, prefix: str):
        self.marker, self.prefix = marker, prefix

    def transition(self, key: object, start: str, finish: str, **kwargs: object) -> None:
        name = key if isinstance(key, str) else str(key)
        if finish == "executing" and self.prefix in name:
            try:
                fd = os.open(self.marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
            except FileExistsError:
                return
            os.close(fd)
            os.kill(os.getpid(), signal.SIGKILL)


@pytest.mark.parametrize("kind", ["_decode_remote", "_render_remote"])
def test_a_worker_killed_mid_build_costs_its_tasks_not_the_build(
    twin: tuple[Path, Path], cluster: distributed.LocalCluster, tmp_path: Path, kind: str
) -> None:
    here, there = twin
    marker = tmp_path / f"killed-{kind}"
    with distributed.Client(cluster.scheduler_address) as client:
        client.register_plugin(KillOnce(str(marker), kind), name="kill-once")
        local = build(here, workers=1)
        remote = build(there, scheduler=cluster.scheduler_address)
    assert marker.exists()  # a worker really died
    assert remote.origins == local.origins
    assert files_of(there / "out") == files_of(here / "out")


def test_no_scheduler_there_is_a_clear_error(
    project: Path, argos_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefer import cluster

    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT", "2s")
    with pytest.raises(BuildError, match="cannot reach the Dask scheduler"):
        pipeline.build(
            config_for(project),
            pipeline.Options(scheduler="tcp://127.0.0.1:9"),
        )


def test_a_scheduler_without_workers_is_a_clear_error(
    project: Path, argos_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefer import cluster

    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT", "2s")
    with (
        distributed.LocalCluster(
            n_workers=0, processes=True, host="127.0.0.1", dashboard_address=None
        ) as empty,
        pytest.raises(BuildError, match="has no worker after 2s; start one with") as caught,
    ):
        pipeline.build(config_for(project), pipeline.Options(scheduler=empty.scheduler_address))
    assert "\n" not in str(caught.value)


def _slow_square(x: int) -> int:
    time.sleep(1)
    return x * x


def test_a_task_the_cluster_cancels_is_submitted_again(cluster: distributed.LocalCluster) -> None:
    # What a worker killed with the only copies of a task's data does to the task, done here
    # by cancelling it: the build's future submits it again (and sends its data again).
    from briefer.cluster import _Resubmitted

    with distributed.Client(cluster.scheduler_address) as client:
        submitted: list[distributed.Future] = []
        forgotten: list[bool] = []

        def submit(x: int) -> distributed.Future:
            submitted.append(client.submit(_slow_square, x, pure=False))
            return submitted[-1]

        future = _Resubmitted(submit, 3, lambda: forgotten.append(True))
        client.cancel(submitted[0])
        assert future.result() == 9
        assert (len(submitted), forgotten) == (2, [True])
