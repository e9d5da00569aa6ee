"""The configuration: briefer.toml read with defaults, command-line values applied on top."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer import config
from briefer.errors import ConfigError
from briefer.translate.settings import Settings


def test_missing_file_means_defaults_and_unknown_keys_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert config.load() == config.Config()
    bad = tmp_path / "briefer.toml"
    bad.write_text('[briefer]\nseed = "articles"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown key"):
        config.load(bad)


def test_one_override_helper_for_every_settings_dataclass() -> None:
    base = config.Config()
    assert config.with_overrides(base, out=Path("notes"), seeds=None) == config.Config(
        out=Path("notes")
    )
    settings = config.with_overrides(Settings(), beam_size=4, threads=None)
    assert (settings.beam_size, settings.threads) == (4, Settings().threads)
