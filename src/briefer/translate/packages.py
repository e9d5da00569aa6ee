"""Argos translation packages: list, install from a file or the index, remove.

Packages live where argostranslate keeps them (ARGOS_PACKAGES_DIR, else its data directory).
Installing from a file is the normal route on an air-gapped machine; the online route checks
the network first, with a short timeout, and points to the file route when there is none.

Every download is watched (_Watchdog): no answer within RESPONSE_TIMEOUT, nothing received
for IDLE_TIMEOUT, or less than MIN_RATE bytes a second on average after GRACE seconds, and
the connection is cut with an error; a server that accepts and never answers, or that
trickles a byte now and then, cannot hold the command.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import logging
import os
import shutil
import socket
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from briefer.errors import ModelError

log = logging.getLogger(__name__)

CONNECT_TIMEOUT = 3.0
RESPONSE_TIMEOUT = 15.0
"""Seconds for a server to send its status line and headers."""
IDLE_TIMEOUT = 15.0
"""Seconds without a byte of the body before a download is given up."""
MIN_RATE = 10_000
"""Bytes a second a download must average once GRACE seconds have passed."""
GRACE = 30.0
REQUIRED = ("metadata.json", "sentencepiece.model", "model/model.bin")
INDEX_PAGE = "https://www.argosopentech.com/argospm/index/"


@dataclass(frozen=True)
class InstalledModel:
    """One installed Argos package."""

    from_code: str
    to_code: str
    version: str
    path: Path
    size: int
    """Bytes on disk."""

    @property
    def model_dir(self) -> Path:
        """The CTranslate2 model directory."""
        return self.path / "model"

    @property
    def sentencepiece(self) -> Path:
        """The SentencePiece model shared by source and target."""
        return self.path / "sentencepiece.model"


def packages_dir() -> Path:
    """Where packages are installed: ARGOS_PACKAGES_DIR, else argostranslate's default."""
    env = os.environ.get("ARGOS_PACKAGES_DIR")
    if env:
        return Path(env)
    from argostranslate import settings

    return Path(settings.package_data_dir)


def install_command(from_code: str, to_code: str) -> str:
    """The commands that install a missing pair, for error messages."""
    return (
        f"briefer models install translate-{from_code}_{to_code}.argosmodel "
        f"(or, with a network: briefer models install --online {from_code} {to_code})"
    )


def installed(directory: Path | None = None) -> list[InstalledModel]:
    """Every installed translation package, sorted by language pair."""
    from argostranslate import package

    root = directory or packages_dir()
    if not root.is_dir():
        return []
    found = []
    for path in sorted(root.iterdir()):
        if path.name.startswith(".") or not (path / "metadata.json").is_file():
            continue
        try:
            pkg = package.Package(path)
        except (OSError, ValueError) as exc:
            log.warning("skipped the package in %s: unreadable metadata.json (%s)", path, exc)
            continue
        if pkg.type == "translate" and pkg.from_code and pkg.to_code:
            found.append(
                InstalledModel(pkg.from_code, pkg.to_code, pkg.package_version, path, _size(path))
            )
    return sorted(found, key=lambda m: (m.from_code, m.to_code, m.version))


def find(from_code: str, to_code: str, directory: Path | None = None) -> InstalledModel | None:
    """The installed package for a pair (the newest version), or None."""
    matches = [m for m in installed(directory) if (m.from_code, m.to_code) == (from_code, to_code)]
    return matches[-1] if matches else None


def _size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def install_file(archive: Path, directory: Path | None = None) -> InstalledModel:
    """Install a .argosmodel file; an installed package of the same pair is replaced."""
    root = directory or packages_dir()
    top = _check_archive(archive)
    root.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".install-", dir=root))
    try:
        with zipfile.ZipFile(archive) as zf:
            zf.extractall(staging)
        unpacked = staging / top
        meta = _read_metadata(unpacked / "metadata.json", archive)
        for old in installed(root):
            if (old.from_code, old.to_code) == (meta["from_code"], meta["to_code"]):
                shutil.rmtree(old.path)
        target = root / top
        if target.exists():
            shutil.rmtree(target)
        os.replace(unpacked, target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    model = find(meta["from_code"], meta["to_code"], root)
    if model is None:
        shutil.rmtree(target, ignore_errors=True)
        raise ModelError(
            "not a translation package (metadata.json type is not "
            "'translate'); briefer needs ar->en and en->fr packages",
            archive,
        )
    log.info("installed %s->%s %s in %s", model.from_code, model.to_code, model.version, model.path)
    return model


def _check_archive(archive: Path) -> str:
    """Validate the archive before anything is written; return its top directory."""
    if not archive.is_file():
        raise ModelError("file not found; give the path of a .argosmodel package", archive)
    if not zipfile.is_zipfile(archive):
        raise ModelError(
            "not an Argos package (a .argosmodel is a zip archive); download it again", archive
        )
    with zipfile.ZipFile(archive) as zf:
        names = zf.namelist()
    tops = {PurePosixPath(n).parts[0] for n in names if n.strip("/")}
    unsafe = [n for n in names if n.startswith("/") or ".." in PurePosixPath(n).parts]
    if unsafe or len(tops) != 1:
        raise ModelError(
            "malformed package: expected one top directory and no absolute or "
            "'..' paths; download the package again",
            archive,
        )
    top = tops.pop()
    missing = [r for r in REQUIRED if f"{top}/{r}" not in names]
    if missing:
        raise ModelError(
            f"incomplete package, missing {', '.join(missing)}; download the package again", archive
        )
    return top


def _read_metadata(path: Path, archive: Path) -> dict[str, str]:
    try:
        meta = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(
            f"metadata.json is not valid JSON ({exc}); download the package again", archive
        ) from exc
    if not isinstance(meta, dict) or not meta.get("from_code") or not meta.get("to_code"):
        raise ModelError(
            "metadata.json lacks from_code/to_code; not a translation package", archive
        )
    return meta


def remove(from_code: str, to_code: str, directory: Path | None = None) -> InstalledModel:
    """Uninstall the package of a pair."""
    model = find(from_code, to_code, directory)
    if model is None:
        raise ModelError(
            f"no {from_code}->{to_code} package is installed; see briefer models list",
            directory or packages_dir(),
        )
    shutil.rmtree(model.path)
    return model


def index_url() -> str:
    """The Argos package index (ARGOS_PACKAGE_INDEX, else argostranslate's default)."""
    base = os.environ.get("ARGOS_PACKAGE_INDEX")
    if not base:
        from argostranslate import settings

        base = settings.package_index
    return base.rstrip("/") + "/index.json"


def install_online(from_code: str, to_code: str, directory: Path | None = None) -> InstalledModel:
    """Download a pair from the Argos index and install it; fails at once when offline."""
    url = index_url()
    _check_reachable(url, from_code, to_code)
    try:
        index = json.loads(_fetch(url, from_code, to_code))
    except ValueError as exc:
        raise ModelError(f"the package index is not valid JSON ({exc})", url) from exc
    links = [
        link
        for entry in index
        if (entry.get("from_code"), entry.get("to_code")) == (from_code, to_code)
        for link in entry.get("links", [])
    ]
    if not links:
        raise ModelError(f"the Argos index has no {from_code}->{to_code} package", url)
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / f"translate-{from_code}_{to_code}.argosmodel"
        archive.write_bytes(_fetch(links[0], from_code, to_code))
        return install_file(archive, directory)


def _check_reachable(url: str, from_code: str, to_code: str) -> None:
    """Connect to the index host within CONNECT_TIMEOUT, name resolution included."""
    parts = urllib.parse.urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    outcome: list[BaseException | None] = []

    def attempt() -> None:
        try:
            socket.create_connection((parts.hostname or "", port), timeout=CONNECT_TIMEOUT).close()
            outcome.append(None)
        except OSError as exc:
            outcome.append(exc)

    # create_connection's timeout does not cover DNS, which can stall for long offline.
    worker = threading.Thread(target=attempt, daemon=True)
    worker.start()
    worker.join(CONNECT_TIMEOUT)
    if not outcome:
        raise _offline(url, from_code, to_code, TimeoutError("no answer in time"))
    if outcome[0] is not None:
        raise _offline(url, from_code, to_code, outcome[0])


def _fetch(url: str, from_code: str, to_code: str) -> bytes:
    """The body at url, within the watchdog's limits, else ModelError."""
    watch = _Watchdog()
    chunks: list[bytes] = []
    try:
        # The socket's own timeout is a backstop; the watchdog acts first and says why.
        backstop = max(RESPONSE_TIMEOUT, IDLE_TIMEOUT) + 5
        with watch, watch.opener().open(url, timeout=backstop) as response:
            watch.answered()
            while chunk := response.read1(1 << 16):
                watch.received(len(chunk))
                chunks.append(chunk)
    except (OSError, urllib.error.URLError, http.client.HTTPException) as exc:
        why = TimeoutError(watch.reason) if watch.reason else exc
        raise _offline(url, from_code, to_code, why) from exc
    if watch.reason:  # the socket was cut: what arrived is incomplete
        raise _offline(url, from_code, to_code, TimeoutError(watch.reason))
    return b"".join(chunks)


class _Watchdog:
    """Cuts a download's connections when it stalls (see the module docstring)."""

    def __init__(self) -> None:
        self.sockets: list[socket.socket] = []
        self.reason = ""
        self.started = self.last = time.monotonic()
        self.answered_at: float | None = None
        self.bytes = 0
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def __enter__(self) -> _Watchdog:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._done.set()
        self._thread.join()

    def answered(self) -> None:
        self.answered_at = self.last = time.monotonic()

    def received(self, count: int) -> None:
        self.bytes += count
        self.last = time.monotonic()

    def _stalled(self, now: float) -> str:
        if self.answered_at is None:
            late = now - self.started > RESPONSE_TIMEOUT
            return f"no answer within {RESPONSE_TIMEOUT:g} s" if late else ""
        if now - self.last > IDLE_TIMEOUT:
            return f"nothing received for {IDLE_TIMEOUT:g} s"
        spent = now - self.answered_at
        if spent > GRACE and self.bytes < MIN_RATE * spent:
            return f"slower than {MIN_RATE / 1000:g} kB/s"
        return ""

    def _watch(self) -> None:
        while not self._done.wait(0.1):
            reason = self._stalled(time.monotonic())
            if reason:
                self.reason = reason
                for sock in list(self.sockets):
                    with contextlib.suppress(OSError):  # already closed
                        sock.shutdown(socket.SHUT_RDWR)
                return

    def opener(self) -> urllib.request.OpenerDirector:
        """urllib's opener, its connections registered here so that they can be cut."""
        sockets = self.sockets

        class Http(urllib.request.HTTPHandler):
            def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
                return self.do_open(_tracked(http.client.HTTPConnection, sockets), req)

        class Https(urllib.request.HTTPSHandler):
            def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
                return self.do_open(
                    _tracked(http.client.HTTPSConnection, sockets),
                    req,
                    context=self._context,  # type: ignore[attr-defined]
                )

        return urllib.request.build_opener(Http, Https)


def _tracked(base: type[http.client.HTTPConnection], sockets: list[socket.socket]) -> Any:
    class Tracked(base):  # type: ignore[valid-type,misc]
        def connect(self) -> None:
            super().connect()
            sockets.append(self.sock)

    return Tracked


def _offline(url: str, from_code: str, to_code: str, exc: BaseException) -> ModelError:
    return ModelError(
        f"cannot reach the Argos package index at {url} ({exc}); on an offline machine, "
        f"download translate-{from_code}_{to_code}.argosmodel elsewhere ({INDEX_PAGE}) and "
        f"run: briefer models install translate-{from_code}_{to_code}.argosmodel"
    )
