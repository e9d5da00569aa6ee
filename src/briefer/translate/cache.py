"""The translation cache: one SQLite file in WAL mode, safe for concurrent builds.

A key hashes everything a sentence's translation depends on (normalised source, language
pair, model package version, the versions of the glossary entries it contains, memory
version), so an edit re-translates exactly the sentences it can change. A whole article's
translation is kept too (article_key), so an unchanged article costs one lookup.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
import time
from functools import lru_cache
from pathlib import Path
from typing import Any

from briefer import __version__
from briefer.errors import BuildError
from briefer.resources import PACKAGE
from briefer.translate.settings import Settings

log = logging.getLogger(__name__)

FILE = "translations.sqlite"
SCHEMA = "CREATE TABLE IF NOT EXISTS entries (key TEXT PRIMARY KEY, value TEXT NOT NULL)"
BUSY_MS = 30_000


def make_key(*parts: object) -> str:
    """A stable hash of the parts (JSON-serialisable values)."""
    blob = json.dumps(parts, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def article_key(
    sentences: list[tuple[int, str]],
    article_id: str,
    lang: str,
    hops: list[tuple[str, str, str] | None],
    glossary_version: str,
    memory_version: str,
    settings: Settings,
) -> str:
    """The key of a whole article's translation: its sentences, the models of its hops, the
    glossary, the memory, the settings that change a translation or its suggestions, and
    briefer's own version and word lists."""
    return make_key(
        "article",
        sentences,
        article_id,
        lang,
        hops,
        glossary_version,
        memory_version,
        [
            settings.beam_size,
            settings.max_source_tokens,
            settings.length_ratio,
            settings.length_margin,
            settings.length_retries,
            settings.fuzzy_threshold,
        ],
        _code_version(),
    )


@lru_cache(maxsize=1)
def _code_version() -> str:
    data = (PACKAGE / "data" / "translate.yaml").read_bytes()
    return make_key(__version__, hashlib.sha256(data).hexdigest())


class Cache:
    """Key -> JSON value on disk; None as directory keeps it in memory for this process."""

    def __init__(self, directory: Path | None):
        self.directory = directory
        self._memory: dict[str, str] = {}
        self._db: sqlite3.Connection | None = None
        if directory is not None:
            try:
                directory.mkdir(parents=True, exist_ok=True)
                self._db = sqlite3.connect(
                    directory / FILE, timeout=BUSY_MS / 1000, isolation_level=None
                )
                self._db.execute(f"PRAGMA busy_timeout={BUSY_MS}")
                self._setup(self._db)
            except (OSError, sqlite3.DatabaseError) as exc:
                raise BuildError(
                    f"cannot open the translation cache ({exc}); check the "
                    "directory's permissions, or delete it to start afresh",
                    directory / FILE,
                ) from exc

    @staticmethod
    def _setup(db: sqlite3.Connection) -> None:
        """Switch to WAL and create the table, retrying while another build does the same."""
        deadline = time.monotonic() + BUSY_MS / 1000
        while True:
            try:
                db.execute("PRAGMA journal_mode=WAL")
                db.execute(SCHEMA)
                return
            except sqlite3.OperationalError as exc:
                # Changing the journal mode can report "locked" without waiting.
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def get(self, key: str) -> Any:
        """The stored value, or None (also for a row that is not valid JSON: a miss)."""
        return self.get_many([key]).get(key)

    def get_many(self, keys: list[str]) -> dict[str, Any]:
        """The stored values of keys, those that are stored, in one query per 500 keys."""
        if self._db is None:
            raw = {k: self._memory[k] for k in keys if k in self._memory}
        else:
            raw = {}
            for i in range(0, len(keys), 500):
                chunk = keys[i : i + 500]
                marks = ",".join("?" * len(chunk))
                query = f"SELECT key, value FROM entries WHERE key IN ({marks})"
                try:
                    raw.update(self._db.execute(query, chunk).fetchall())
                except sqlite3.DatabaseError as exc:
                    raise self._damaged(exc) from exc
        found = {}
        for k, v in raw.items():
            try:
                found[k] = json.loads(v)
            except (ValueError, TypeError):
                log.debug("cache row %s is not valid JSON; computing it again", k)
        return found

    def put(self, key: str, value: Any) -> None:
        """Store value under key (last writer wins; both writers computed the same value)."""
        raw = json.dumps(value, ensure_ascii=False, sort_keys=True)
        if self._db is None:
            self._memory[key] = raw
        else:
            try:
                self._db.execute(
                    "INSERT OR REPLACE INTO entries (key, value) VALUES (?, ?)", (key, raw)
                )
            except sqlite3.DatabaseError as exc:
                raise self._damaged(exc) from exc

    def put_many(self, items: dict[str, Any]) -> None:
        """Store several values in one transaction."""
        if self._db is None:
            for k, v in items.items():
                self.put(k, v)
            return
        rows = [(k, json.dumps(v, ensure_ascii=False, sort_keys=True)) for k, v in items.items()]
        try:
            with self._db:
                self._db.execute("BEGIN IMMEDIATE")
                self._db.executemany(
                    "INSERT OR REPLACE INTO entries (key, value) VALUES (?, ?)", rows
                )
        except sqlite3.DatabaseError as exc:
            raise self._damaged(exc) from exc

    def _damaged(self, exc: sqlite3.DatabaseError) -> BuildError:
        """One line for a cache that cannot be read or written (damaged file, full disk)."""
        directory = self.directory or Path(".")
        if "full" in str(exc):
            remedy = "free some space on the disk"
        else:
            remedy = f"delete {directory} to start afresh (it only saves time)"
        return BuildError(f"the translation cache failed ({exc}); {remedy}", directory / FILE)

    def close(self) -> None:
        """Close the database."""
        if self._db is not None:
            self._db.close()
            self._db = None
