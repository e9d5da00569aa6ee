"""The atomic writer: the modes files get, the temporary files a crash leaves and their sweep,
one-line errors for a full or read-only disk, and the fault-injection hook."""

from __future__ import annotations

import fcntl
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefer.errors import WriteError
from briefer.files import FAULT_VARIABLE, sweep, umask, write_atomic, writing
from support import env_with


@pytest.fixture
def mask() -> Iterator[None]:
    saved = os.umask(0o022)
    os.umask(saved)
    yield
    os.umask(saved)


def mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


@pytest.mark.parametrize("value", [0o022, 0o027, 0o077, 0o002])
def test_a_new_file_gets_0666_less_the_umask(tmp_path: Path, mask: None, value: int) -> None:
    os.umask(value)
    assert umask() == value
    write_atomic(tmp_path / "note.html", "<p>x</p>")
    assert mode(tmp_path / "note.html") == 0o666 & ~value


def test_a_replaced_file_keeps_its_mode_and_a_private_one_is_0600(
    tmp_path: Path, mask: None
) -> None:
    os.umask(0o022)
    path = tmp_path / "people.yaml"
    path.write_text("old\n")
    path.chmod(0o640)
    write_atomic(path, "new\n")
    assert (path.read_text(), mode(path)) == ("new\n", 0o640)
    path.chmod(0o664)
    write_atomic(path, "newer\n")
    assert mode(path) == 0o664
    write_atomic(tmp_path / "key.p12", b"secret", private=True)
    assert mode(tmp_path / "key.p12") == 0o600


def leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.rglob("*.tmp"))


def test_writing_sweeps_what_a_killed_writer_left(tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    stale = [tmp_path / "en" / ".note.pdf.k2j4_9xa.tmp", tmp_path / ".index.html.abcdefgh.tmp"]
    for path in stale:
        path.write_bytes(b"half a")
    kept = tmp_path / "en" / "mine.tmp"  # not a name write_atomic makes
    kept.write_text("a user's file")
    with writing(tmp_path):
        assert leftovers(tmp_path) == ["mine.tmp"]
    assert kept.exists()


def test_no_sweep_while_another_process_writes(tmp_path: Path) -> None:
    stale = tmp_path / ".note.pdf.k2j4_9xa.tmp"
    stale.write_bytes(b"in flight")
    other = os.open(tmp_path, os.O_RDONLY)  # another open file description: another writer
    try:
        fcntl.flock(other, fcntl.LOCK_SH)
        with writing(tmp_path):
            assert stale.exists()
    finally:
        os.close(other)
    assert sweep(tmp_path) == [stale] and not stale.exists()


WRITE = "from pathlib import Path; from briefer.files import write_atomic; "


def run_python(code: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        env=env_with(**env),
    )


@pytest.mark.parametrize("phase", ["before", "partial", "written", "renamed"])
def test_the_fault_hook_kills_the_writer_where_asked(tmp_path: Path, phase: str) -> None:
    target = tmp_path / "note.json"
    target.write_text("old\n")
    code = WRITE + f"write_atomic(Path({str(target)!r}), 'first'); "
    code += f"write_atomic(Path({str(target)!r}), 'second ' * 1000)"
    result = run_python(code, **{FAULT_VARIABLE: f"2:{phase}"})
    assert result.returncode == -signal.SIGKILL
    temporary = [p.read_text() for p in tmp_path.glob(".note.json.*.tmp")]
    expected = {
        "before": ("first", []),
        "partial": ("first", ["second " * 500]),
        "written": ("first", ["second " * 1000]),
        "renamed": ("second " * 1000, []),
    }[phase]
    assert (target.read_text(), temporary) == expected


def test_without_the_variable_the_hook_does_nothing(tmp_path: Path) -> None:
    code = WRITE + f"write_atomic(Path({str(tmp_path / 'a')!r}), 'x')"
    assert run_python(code).returncode == 0


def small_filesystem(tmp_path: Path, options: str, code: str) -> subprocess.CompletedProcess[str]:
    """code run with tmp_path/fs a tmpfs mounted with options, in a user and mount namespace."""
    if shutil.which("unshare") is None:
        pytest.skip("unshare(1) is not installed")
    fs = tmp_path / "fs"
    fs.mkdir()
    script = f'mount -t tmpfs -o {options} tmpfs "{fs}" && exec "{sys.executable}" -c "$0"'
    result = subprocess.run(
        ["unshare", "-rm", "sh", "-c", script, code],
        capture_output=True,
        text=True,
        timeout=60,
        env=env_with(),
    )
    if "mount" in result.stderr and "ermission" in result.stderr:
        pytest.skip(f"no user namespaces here: {result.stderr.strip()}")
    return result


def test_a_full_disk_is_one_line_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    code = (
        WRITE + "import os, sys\n"
        "from briefer.errors import WriteError\n"
        f"fs = Path({str(tmp_path / 'fs')!r})\n"
        "try:\n"
        "    write_atomic(fs / 'out' / 'big.pdf', b'x' * 200_000)\n"
        "except WriteError as exc:\n"
        "    print(exc); print(sorted(p.name for p in fs.rglob('*')))\n"
    )
    result = small_filesystem(tmp_path, "size=64k", code)
    assert result.returncode == 0, result.stderr
    line, listing = result.stdout.splitlines()
    assert line.endswith(
        "big.pdf: cannot write the file (No space left on device); "
        "free some space on the disk, or write somewhere else"
    )
    assert listing == "['out']"


def test_a_read_only_output_directory_is_one_line(tmp_path: Path) -> None:
    code = (
        "from pathlib import Path; from briefer.files import writing\n"
        "from briefer.errors import WriteError\n"
        "try:\n"
        f"    with writing(Path({str(tmp_path / 'fs' / 'out')!r})): pass\n"
        "except WriteError as exc:\n"
        "    print(exc)\n"
    )
    result = small_filesystem(tmp_path, "ro", code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith(
        "out: cannot write the file (Read-only file system); "
        "the file system is read-only; write somewhere else"
    )


def test_write_errors_name_the_file(tmp_path: Path) -> None:
    (tmp_path / "index.html").mkdir()
    with pytest.raises(WriteError, match=r"index.html: cannot write the file \(Is a directory\)"):
        write_atomic(tmp_path / "index.html", "x")
    assert leftovers(tmp_path) == []
