"""Model management: install from a file, list, replace, remove, and the offline online route."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from briefer.errors import ModelError
from briefer.translate import packages as argos_packages
from support import env_with


def run(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "briefer", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_install_list_remove_through_the_cli(argos_dir: Path, packages: dict[str, Path]) -> None:
    env = env_with(ARGOS_PACKAGES_DIR=str(argos_dir))
    done = run("models", "install", str(packages["ar_en"]), env=env)
    assert done.returncode == 0, done.stderr
    assert "installed ar->en 1.0" in done.stdout
    listed = run("models", "list", env=env)
    assert "ar->en" in listed.stdout and str(argos_dir) in listed.stdout
    assert (argos_dir / "translate-ar_en-1_0" / "model" / "model.bin").is_file()
    removed = run("models", "remove", "ar", "en", env=env)
    assert removed.returncode == 0, removed.stderr
    assert argos_packages.installed(argos_dir) == []


def test_a_new_version_replaces_the_installed_one(
    argos_dir: Path, packages: dict[str, Path]
) -> None:
    argos_packages.install_file(packages["ar_en"])
    argos_packages.install_file(packages["ar_en_drop"])
    found = argos_packages.installed()
    assert [(m.from_code, m.to_code, m.version) for m in found] == [("ar", "en", "1.1-drop")]


def test_online_install_fails_at_once_offline_and_points_to_the_file_route(argos_dir: Path) -> None:
    env = env_with(ARGOS_PACKAGES_DIR=str(argos_dir), ARGOS_PACKAGE_INDEX="http://127.0.0.1:9/")
    done = run("models", "install", "--online", "ar", "en", env=env)
    assert done.returncode == 1
    assert "cannot reach the Argos package index" in done.stderr
    assert "briefer models install translate-ar_en.argosmodel" in done.stderr
    assert done.stderr.count("\n") == 1


def test_a_file_that_is_not_a_package_is_refused(argos_dir: Path, tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.argosmodel"
    bogus.write_text("not a zip")
    with pytest.raises(ModelError, match="not an Argos package") as err:
        argos_packages.install_file(bogus)
    assert err.value.path == bogus
    partial = tmp_path / "partial.argosmodel"
    with zipfile.ZipFile(partial, "w") as zf:
        zf.writestr("pkg/metadata.json", '{"from_code": "ar", "to_code": "en"}')
    with pytest.raises(ModelError, match="missing sentencepiece.model, model/model.bin"):
        argos_packages.install_file(partial)
    assert argos_packages.installed() == []


def test_an_archive_escaping_its_directory_is_refused(argos_dir: Path, tmp_path: Path) -> None:
    evil = tmp_path / "evil.argosmodel"
    with zipfile.ZipFile(evil, "w") as zf:
        zf.writestr("pkg/metadata.json", "{}")
        zf.writestr("pkg/../../escaped.txt", "x")
    with pytest.raises(ModelError, match="malformed package"):
        argos_packages.install_file(evil)
    assert not (tmp_path / "escaped.txt").exists()


def test_removing_a_pair_that_is_not_installed_says_so(argos_dir: Path) -> None:
    with pytest.raises(ModelError, match="no ar->fr package is installed"):
        argos_packages.remove("ar", "fr")
