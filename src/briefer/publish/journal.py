"""The publish log: an append-only JSON-lines file of what was released, addressed and sent.

Each event is one line, written with a single append and fsync'd before briefer goes on, so
after a crash or a dropped connection the log tells exactly what was delivered. A torn last
line (a crash mid-write) is ignored with a warning; nothing is ever rewritten.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefer.errors import PublishError

log = logging.getLogger(__name__)

LOG_NAME = "publish-log.jsonl"

RELEASE = "release"
ADDRESSED = "addressed"
WITHDRAWN = "withdrawn"
DELIVERED = "delivered"
FAILED = "failed"


@dataclass(frozen=True)
class Journal:
    """out/releases/publish-log.jsonl."""

    path: Path

    def append(self, event: dict[str, Any]) -> None:
        """Write one event as one line and make it durable before returning."""
        line = json.dumps(event, ensure_ascii=False, sort_keys=True) + "\n"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        new = not self.path.exists()
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            os.write(fd, line.encode("utf-8"))
            os.fsync(fd)
        finally:
            os.close(fd)
        if new:  # make the new directory entry durable too
            dir_fd = os.open(self.path.parent, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)

    def events(self) -> list[dict[str, Any]]:
        """Every event, oldest first."""
        if not self.path.exists():
            return []
        lines = self.path.read_text(encoding="utf-8").split("\n")
        found = []
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                event = json.loads(line)
            except ValueError as exc:
                if number == len(lines):  # torn by a crash mid-write: never completed
                    log.warning("%s:%d: ignoring an incomplete last line", self.path, number)
                    continue
                raise PublishError(
                    f"not a JSON line ({exc}); the log is append-only: restore it from a "
                    "backup rather than edit it",
                    self.path,
                    number,
                ) from exc
            found.append(event)
        return found


def states(events: Iterable[dict[str, Any]]) -> dict[tuple[str, str], dict[str, Any]]:
    """The last addressed, withdrawn or delivered event of each (release, recipient)."""
    last: dict[tuple[str, str], dict[str, Any]] = {}
    for event in events:
        if event.get("event") in (ADDRESSED, WITHDRAWN, DELIVERED):
            last[(event["release"], event["recipient"])] = event
    return last


def pending(events: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Messages addressed and not yet delivered (nor withdrawn), oldest first."""
    return [e for e in states(events).values() if e["event"] == ADDRESSED]
