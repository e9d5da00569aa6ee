"""Reading inputs safely and writing outputs atomically: a reader never sees a half-written
file, a crash leaves none.

- read_regular: the bytes of a regular file of bounded size; a FIFO, a device, a directory or
  an oversized file is refused (FileRefused) before anything blocks or fills the memory.

- write_atomic: a temporary file beside the target (".NAME.XXXXXXXX.tmp"), written, synced,
  then renamed over the target. The file gets the mode a user expects: a replaced file keeps
  its permission bits, a new one gets 0666 less the umask (private=True: 0600, for keys).
  An OSError (disk full, read-only file system, permissions) becomes one WriteError line.
- writing(directory): the write phase of a command. It holds a shared lock on the directory;
  when no other briefer process holds it, the temporary files a killed run left behind are
  removed first (sweep), so concurrent runs never lose theirs.

A test hook ships disabled: BRIEFER_FAULT_INJECT="N:PHASE" makes the process kill itself
(SIGKILL) at its N-th write_atomic call (counted per process, from 1), at PHASE: "before"
(nothing written yet), "partial" (half the temporary file written), "written" (temporary
file complete, not renamed) or "renamed" (the target replaced). tests/test_fault_injection.py
uses it to kill a build inside the writer and between the files of one note.
"""

from __future__ import annotations

import errno
import fcntl
import logging
import os
import re
import signal
import stat
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from briefer.errors import WriteError

log = logging.getLogger(__name__)

TEMPORARY = re.compile(r"\..+\.[A-Za-z0-9_]{8}\.tmp")
"""The names write_atomic's temporary files have (mkstemp's eight random characters)."""
FAULT_VARIABLE = "BRIEFER_FAULT_INJECT"
FAULT_PHASES = ("before", "partial", "written", "renamed")

_REMEDIES = {
    errno.ENOSPC: "free some space on the disk, or write somewhere else",
    errno.EDQUOT: "free some of your disk quota, or write somewhere else",
    errno.EROFS: "the file system is read-only; write somewhere else",
    errno.EACCES: "check the directory's permissions, or write somewhere else",
    errno.EPERM: "check the directory's permissions, or write somewhere else",
    errno.EISDIR: "a directory has that name; move it or write somewhere else",
    errno.ENOTDIR: "part of the path is a file, not a directory; fix the path",
}


class FileRefused(Exception):
    """An input that is not a readable regular file of bounded size; str() says why."""

    def __init__(self, reason: str, line: int | None = None):
        super().__init__(reason)
        self.line = line


def read_regular(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most limit bytes, else FileRefused saying why.

    Opened without blocking and checked on the open file, so a FIFO or a link to /dev/zero
    is refused at once instead of hanging or filling the memory.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as exc:
        raise FileRefused(f"cannot read the file ({exc.strerror})") from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise FileRefused(f"not a regular file ({_file_type(info.st_mode)})")
        with os.fdopen(os.dup(fd), "rb") as handle:
            raw = handle.read(limit + 1)
    except OSError as exc:
        raise FileRefused(f"cannot read the file ({exc.strerror})") from exc
    finally:
        os.close(fd)
    if info.st_size > limit or len(raw) > limit:
        size = max(info.st_size, len(raw))
        raise FileRefused(f"too large ({size:,} bytes, the limit is {limit:,})")
    return raw


def read_utf8(path: Path, limit: int) -> str:
    """The text of a regular UTF-8 file (a byte-order mark allowed) of at most limit bytes."""
    raw = read_regular(path, limit)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise FileRefused(f"not UTF-8 (byte {exc.start}: {exc.reason})", line) from exc


def _file_type(mode: int) -> str:
    kinds = {
        stat.S_ISDIR: "a directory",
        stat.S_ISFIFO: "a FIFO",
        stat.S_ISCHR: "a character device",
        stat.S_ISBLK: "a block device",
        stat.S_ISSOCK: "a socket",
    }
    return next((name for test, name in kinds.items() if test(mode)), "not a file")


def write_error(exc: OSError, path: Path) -> WriteError:
    """One line for an OSError met while writing path: the reason and what to do."""
    reason = exc.strerror or str(exc)
    remedy = _REMEDIES.get(exc.errno or 0, "check the path and the disk")
    return WriteError(f"cannot write the file ({reason}); {remedy}", path)


def write_atomic(path: Path, data: bytes | str, *, private: bool = False) -> None:
    """Write data to path through a temporary file in the same directory, then rename.

    A replaced file keeps its permission bits; a new file gets 0666 less the umask, or 0600
    when private.
    """
    payload = data.encode("utf-8") if isinstance(data, str) else data
    _fault("before")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        mode = 0o600 if private else _mode_for(path)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise write_error(exc, path) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            os.fchmod(handle.fileno(), mode)
            half = len(payload) // 2
            handle.write(payload[:half])
            _fault("partial", handle)
            handle.write(payload[half:])
            handle.flush()
            os.fsync(handle.fileno())
        _fault("written")
        os.replace(tmp, path)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise write_error(exc, path) from exc
        raise
    _fault("renamed")


def _mode_for(path: Path) -> int:
    """The permission bits of the file being replaced, else 0666 less the umask."""
    try:
        previous = os.stat(path)
    except OSError:
        return 0o666 & ~umask()
    return previous.st_mode & 0o777


_UMASK_LOCK = threading.Lock()


def umask() -> int:
    """The process's umask, read without changing it where the system allows."""
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    with _UMASK_LOCK:  # no /proc: the classic set-and-restore, briefly
        mask = os.umask(0o022)
        os.umask(mask)
    return mask


def sweep(directory: Path) -> list[Path]:
    """Remove the temporary files a killed write_atomic left under directory; return them.

    Only while no other process writes there: call it through writing(), which checks.
    """
    removed = []
    for path in sorted(directory.rglob(".*.tmp")):
        if TEMPORARY.fullmatch(path.name) and path.is_file():
            try:
                path.unlink()
            except FileNotFoundError:
                continue
            except OSError as exc:
                raise write_error(exc, path) from exc
            removed.append(path)
    if removed:
        log.info("removed %d temporary file(s) a stopped run left in %s", len(removed), directory)
    return removed


@contextmanager
def writing(directory: Path) -> Iterator[None]:
    """The write phase of a command in directory: a shared lock held, stale temporaries swept.

    The lock is flock(2) on the directory itself (no lock file is left behind). Several
    briefer processes may write at once, each holding it shared; the sweep runs only when this
    process can take it alone, so it never removes another process's temporary file.
    """
    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    except OSError as exc:
        raise write_error(exc, directory) from exc
    try:
        if _try_lock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB):
            sweep(directory)
        _try_lock(fd, fcntl.LOCK_SH)
        yield
    finally:
        os.close(fd)


def _try_lock(fd: int, operation: int) -> bool:
    """flock, False when another process holds the lock or the file system has no locks."""
    try:
        fcntl.flock(fd, operation)
    except BlockingIOError:
        return False
    except OSError as exc:  # e.g. a network file system without flock: no sweep, no lock
        log.debug("cannot lock a directory (%s); temporary files are not swept", exc)
        return False
    return True


# --------------------------------------------------------------------------- the test hook

_writes = {"pid": 0, "count": 0}


def _fault(phase: str, handle: object = None) -> None:
    """The disabled-by-default test hook (see the module docstring)."""
    plan = os.environ.get(FAULT_VARIABLE)
    if not plan:
        return
    if _writes["pid"] != os.getpid():  # counted per process, a forked child starts afresh
        _writes.update(pid=os.getpid(), count=0)
    if phase == "before":
        _writes["count"] += 1
    number, _, at = plan.partition(":")
    if at == phase and number.isdigit() and int(number) == _writes["count"]:
        flush = getattr(handle, "flush", None)
        if flush is not None:
            flush()  # the half-written temporary file reaches the disk, as a crash leaves it
        os.kill(os.getpid(), signal.SIGKILL)
