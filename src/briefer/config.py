"""Project configuration: one schema, defaults in one place, read from briefer.toml."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from briefer.errors import ConfigError

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

D = TypeVar("D", bound="DataclassInstance")

CONFIG_FILE = "briefer.toml"
LANGUAGES = ("en", "fr")


@dataclass(frozen=True)
class Config:
    """Where briefer reads and writes, and how notes look. Paths are relative to the project."""

    seeds: Path = Path("seeds")
    """Directory of the articles (*.txt)."""
    out: Path = Path("out")
    """Directory the notes are written to."""
    glossary: Path = Path("glossary")
    """Directory of the terminology glossary (YAML)."""
    tm: Path = Path("tm")
    """Directory of the translation memory (TMX)."""
    templates: Path | None = None
    """Directory of user templates that override the built-in ones, file by file."""
    ingest_rules: Path = Path("ingest.yaml")
    """Extra furniture and outlet patterns, added to the built-in ones when the file exists."""
    classification: str = "UNCLASSIFIED"
    """The classification line printed in every page header."""
    cache: Path = Path(".briefer-cache")
    """Directory of the translation cache."""


_PATH_KEYS = {f.name for f in fields(Config)} - {"classification"}


def load(path: Path | None = None) -> Config:
    """Read briefer.toml (or the given file); missing file means defaults."""
    explicit = path is not None
    path = path or Path(CONFIG_FILE)
    if not path.exists():
        if explicit:
            raise ConfigError("configuration file not found; check the --config path", path)
        return Config()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"not valid TOML ({exc}); fix the syntax", path) from exc
    section = data.get("briefer", data)
    return _from_mapping(section, path)


def _from_mapping(section: dict[str, Any], path: Path) -> Config:
    known = {f.name for f in fields(Config)}
    unknown = sorted(set(section) - known)
    if unknown:
        raise ConfigError(
            f"unknown key(s) {', '.join(unknown)}; known keys: {', '.join(sorted(known))}", path
        )
    values: dict[str, Any] = {}
    for key, value in section.items():
        if not isinstance(value, str):
            raise ConfigError(f"Config value '{key}': expected a string, got {value!r}", path)
        values[key] = Path(value) if key in _PATH_KEYS else value
    return Config(**values)


def with_overrides(settings: D, **overrides: Any) -> D:
    """Settings (a Config, translate's Settings) with command-line values applied.

    None means the user did not pass the option, and never overrides.
    """
    return replace(settings, **{k: v for k, v in overrides.items() if v is not None})
