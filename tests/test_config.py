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


def test_classification_labels_per_language(tmp_path: Path) -> None:
    from briefer.classification import label, levels_by_label

    path = tmp_path / "briefer.toml"
    path.write_text(
        'classification = "RESTRICTED"\n\n[classification_labels]\nfr = "DIFFUSION LIMITÉE"\n',
        encoding="utf-8",
    )
    loaded = config.load(path)
    assert loaded.classification == "RESTRICTED"
    assert loaded.classification_labels == {"fr": "DIFFUSION LIMITÉE"}
    assert label("RESTRICTED", "fr", loaded.classification_labels) == "DIFFUSION LIMITÉE"
    assert label("RESTRICTED", "en", loaded.classification_labels) == "RESTRICTED"
    # the shipped labels, and a level briefer does not know printed as written
    assert label("UNCLASSIFIED", "fr") == "NON CLASSIFIÉ"
    assert label("RESTRICTED", "fr") == "DIFFUSION RESTREINTE"
    assert label("OFFICIAL-SENSITIVE", "fr") == "OFFICIAL-SENSITIVE"
    assert levels_by_label(("UNCLASSIFIED", "RESTRICTED"), "fr") == {
        "NON CLASSIFIÉ": "UNCLASSIFIED",
        "DIFFUSION RESTREINTE": "RESTRICTED",
    }
    path.write_text('[classification_labels]\nde = "VS-NfD"\nfr = ""\n', encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        config.load(path)
    assert "[classification_labels]: unknown key(s) de" in str(caught.value)
    assert "[classification_labels] fr: must not be empty" in str(caught.value)
