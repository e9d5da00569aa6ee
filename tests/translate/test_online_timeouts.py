"""models install --online cannot hang: real servers on 127.0.0.1 that never answer, trickle
their headers or their body, or stall, are cut off within the limits; a good one installs."""

from __future__ import annotations

import contextlib
import functools
import http.server
import json
import socket
import socketserver
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from briefer.errors import ModelError
from briefer.translate import packages
from support import env_with, run_cli


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


@contextmanager
def serving(behaviour: Callable[[socket.socket], None]) -> Iterator[str]:
    """A TCP server on 127.0.0.1 whose every connection runs behaviour; yields its URL."""

    class Handler(socketserver.BaseRequestHandler):
        def handle(self) -> None:
            with contextlib.suppress(OSError):  # the client gave up and closed the connection
                behaviour(self.request)

    server = _Server(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def silent(conn: socket.socket) -> None:
    conn.recv(65536)
    time.sleep(600)


def trickle(data: bytes, every: float, head: bytes = b"") -> Callable[[socket.socket], None]:
    def behaviour(conn: socket.socket) -> None:
        conn.recv(65536)
        conn.sendall(head)
        for byte in data:
            time.sleep(every)
            conn.sendall(bytes([byte]))
        time.sleep(600)

    return behaviour


HEADERS = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n"


@pytest.fixture
def short_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(packages, "RESPONSE_TIMEOUT", 1.0)
    monkeypatch.setattr(packages, "IDLE_TIMEOUT", 1.0)
    monkeypatch.setattr(packages, "GRACE", 1.0)
    monkeypatch.setattr(packages, "MIN_RATE", 1000)


@pytest.mark.parametrize(
    ("behaviour", "reason"),
    [
        (silent, "no answer within 1 s"),
        (trickle(HEADERS, 0.2), "no answer within 1 s"),
        (trickle(b"[" + b" " * 100_000, 0.2, HEADERS), "slower than 1 kB/s"),
        (trickle(b"", 0, HEADERS + b"[{"), "nothing received for 1 s"),
    ],
    ids=["never-answers", "trickles-headers", "trickles-body", "stalls"],
)
def test_a_server_that_holds_the_download_is_cut_off(
    argos_dir: Path,
    short_limits: None,
    monkeypatch: pytest.MonkeyPatch,
    behaviour: Callable[[socket.socket], None],
    reason: str,
) -> None:
    with serving(behaviour) as url:
        monkeypatch.setenv("ARGOS_PACKAGE_INDEX", url)
        started = time.monotonic()
        with pytest.raises(ModelError) as caught:
            packages.install_online("ar", "en")
        spent = time.monotonic() - started
    assert spent < 10, f"took {spent:.1f} s"
    message = str(caught.value)
    assert f"({reason})" in message and "briefer models install translate-ar_en" in message
    assert list(argos_dir.iterdir()) == []


def test_the_command_gives_up_on_a_silent_server_with_its_default_limits(
    argos_dir: Path,
) -> None:
    with serving(silent) as url:
        started = time.monotonic()
        done = run_cli(
            "models", "install", "--online", "ar", "en", env=env_with(ARGOS_PACKAGE_INDEX=url)
        )
        spent = time.monotonic() - started
    assert done.returncode == 1 and spent < packages.RESPONSE_TIMEOUT + 15
    assert done.stderr.startswith("error: cannot reach the Argos package index")
    assert f"no answer within {packages.RESPONSE_TIMEOUT:g} s" in done.stderr
    assert len(done.stderr.splitlines()) == 1 and "Traceback" not in done.stderr


def test_a_good_server_still_installs(
    argos_dir: Path,
    packages_built: dict[str, Path],
    tmp_path: Path,
    short_limits: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    root = tmp_path / "www"
    root.mkdir()
    archive = packages_built["ar_en"]
    (root / archive.name).write_bytes(archive.read_bytes())
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    index = [{"from_code": "ar", "to_code": "en", "links": [base + archive.name]}]
    (root / "index.json").write_text(json.dumps(index), encoding="utf-8")
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", base)
    try:
        model = packages.install_online("ar", "en")
    finally:
        server.shutdown()
        server.server_close()
    assert (model.from_code, model.to_code) == ("ar", "en")


@pytest.fixture
def packages_built(packages: dict[str, Path]) -> dict[str, Path]:
    return packages
