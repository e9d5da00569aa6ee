"""The build date: the one date a build may depend on, the same in every clone.

Every article has its own source time: SOURCE_DATE_EPOCH when set, else the time of the last
commit of its file when git tracks it unmodified, else the file's modification time. A note
is dated by its own articles (the latest of their times), a digest page by its visits', the
index by all: editing or touching one article changes the date of its notes only, and two
clones (which differ in file times, not in commits) build the same bytes. Extraction counts
from the same dates (an article without a publication date has its year narrowed by its own
source time, see briefer.extract). It is never the clock.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime
from pathlib import Path

from briefer.documents import Article
from briefer.errors import BuildError

EPOCH = datetime.fromtimestamp(0, UTC)


def source_times(articles: Iterable[Article]) -> dict[str, datetime]:
    """Each article's source time by article id (see the module docstring)."""
    articles = list(articles)
    fixed = _epoch()
    if fixed is not None:
        return {a.id: fixed for a in articles}
    by_folder: dict[Path, list[Article]] = {}
    for article in articles:
        by_folder.setdefault(article.path.resolve().parent, []).append(article)
    times: dict[str, datetime] = {}
    for folder, members in by_folder.items():
        committed = _commit_times(folder)
        for article in members:
            stamp = committed.get(article.path.name)
            if stamp is None:
                try:
                    stamp = int(article.path.stat().st_mtime)
                except OSError:
                    stamp = 0
            times[article.id] = datetime.fromtimestamp(stamp, UTC)
    return times


def latest(times: Mapping[str, datetime], ids: Iterable[str] | None = None) -> datetime:
    """The latest source time of the articles ids (all of them by default)."""
    chosen = times.values() if ids is None else (times[i] for i in ids if i in times)
    return max(chosen, default=_epoch() or EPOCH)


def build_time(articles: Iterable[Article]) -> datetime:
    """The latest source time of articles: the date of a build of all of them."""
    return latest(source_times(articles))


def build_date(articles: Iterable[Article]) -> date:
    """The calendar day of build_time (UTC)."""
    return build_time(articles).date()


def _epoch() -> datetime | None:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if not epoch:
        return None
    try:
        return datetime.fromtimestamp(int(epoch), UTC)
    except ValueError as exc:
        raise BuildError(
            f"SOURCE_DATE_EPOCH={epoch!r} is not a whole number of seconds; "
            "unset it or give a Unix time"
        ) from exc


def _commit_times(folder: Path) -> dict[str, int]:
    """File name -> time of its last commit, for the files of folder git tracks unmodified.

    One walk of the folder's history, whatever the number of files: the first time a name
    appears (newest commit first) is its last commit.
    """
    changed = _git(folder, "status", "--porcelain", "-z", "--untracked-files=no", "--", ".")
    tracked = _git(folder, "ls-files", "-z", "--", ".")
    log = _git(folder, "log", "--format=@%ct", "--name-only", "--relative", "--no-renames", ".")
    if changed is None or tracked is None or log is None:
        return {}
    dirty = {Path(entry[3:]).name for entry in changed.split("\0") if entry}
    files = {name for name in tracked.split("\0") if name and "/" not in name}
    times: dict[str, int] = {}
    stamp = 0
    for line in log.splitlines():
        if line.startswith("@"):
            stamp = int(line[1:])
        elif line and line in files and line not in times:
            times[line] = stamp
    return {name: t for name, t in times.items() if name not in dirty}


def _git(folder: Path, *args: str) -> str | None:
    try:
        done = subprocess.run(
            ["git", *args],
            cwd=folder,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout if done.returncode == 0 else None
