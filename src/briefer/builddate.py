"""The build date: the one date a build may depend on, the same in every clone.

Notes print it and extraction counts from it (an article without a publication date has its
year narrowed by it, see briefer.extract). It is never the clock.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path

from briefer.documents import Article
from briefer.errors import BuildError


def build_time(articles: Iterable[Article]) -> datetime:
    """SOURCE_DATE_EPOCH when set, else when the sources were committed, else their mtime.

    A clone sets every file's modification time to the moment of checkout, so the commit time
    of unmodified, tracked sources is what makes two clones build the same bytes.
    """
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        try:
            return datetime.fromtimestamp(int(epoch), UTC)
        except ValueError as exc:
            raise BuildError(
                f"SOURCE_DATE_EPOCH={epoch!r} is not a whole number of seconds; "
                "unset it or give a Unix time"
            ) from exc
    paths = [a.path for a in articles if a.path.exists()]
    committed = _commit_time(paths)
    if committed is not None:
        return datetime.fromtimestamp(committed, UTC)
    times = [int(p.stat().st_mtime) for p in paths]
    return datetime.fromtimestamp(max(times, default=0), UTC)


def _commit_time(paths: Sequence[Path]) -> int | None:
    """The time of the last commit of paths, if git tracks them all unmodified; else None."""
    folders = {p.resolve().parent for p in paths}
    if len(folders) != 1:
        return None
    folder, names = folders.pop(), [p.name for p in paths]

    def git(*args: str) -> str | None:
        try:
            done = subprocess.run(
                ["git", *args, "--", *names],
                cwd=folder,
                capture_output=True,
                text=True,
                timeout=20,
                check=False,
            )
        except (OSError, subprocess.SubprocessError):
            return None
        return done.stdout.strip() if done.returncode == 0 else None

    tracked, changed = git("ls-files"), git("status", "--porcelain")
    if tracked is None or len(tracked.splitlines()) != len(names) or changed != "":
        return None
    stamp = git("log", "-1", "--format=%ct")
    return int(stamp) if stamp and stamp.isdigit() else None


def build_date(articles: Iterable[Article]) -> date:
    """The calendar day of build_time (UTC)."""
    return build_time(articles).date()
