"""The installed dependencies are exactly the locked ones, and every setup command uses the lock."""

from __future__ import annotations

import re
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]
LOCK = ROOT / "requirements.lock"


def locked() -> dict[str, Version]:
    """The pins of requirements.lock, by canonical name."""
    pins: dict[str, Version] = {}
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        line = line.split("#")[0].strip()
        if line:
            name, version = line.split("==")
            pins[canonicalize_name(name)] = Version(version)
    return pins


def resolved(extras: tuple[str, ...]) -> dict[str, Version]:
    """Every distribution briefer needs with these extras, walked through installed metadata."""
    found: dict[str, Version] = {}
    todo = [(canonicalize_name("briefer"), set(extras))]
    seen: set[tuple[str, frozenset[str]]] = set()
    while todo:
        name, wanted = todo.pop()
        if (name, frozenset(wanted)) in seen:
            continue
        seen.add((name, frozenset(wanted)))
        dist = metadata.distribution(name)
        if name != "briefer":
            found[name] = Version(dist.version)
        for text in dist.requires or []:
            req = Requirement(text)
            env = [{"extra": e} for e in wanted] or [{"extra": ""}]
            if req.marker is not None and not any(req.marker.evaluate(e) for e in env):
                continue
            todo.append((canonicalize_name(req.name), set(req.extras)))
    return found


def public(version: Version) -> Version:
    """The release without its local label: torch 2.13.0+cpu is the 2.13.0 release."""
    return Version(version.public)


def test_every_installed_dependency_is_the_locked_version() -> None:
    pins = locked()
    installed = resolved(("test",))
    missing = sorted(set(installed) - set(pins))
    assert not missing, f"not in requirements.lock: {missing}; run tools/update-lock"
    wrong = {
        name: f"{version} installed, {pins[name]} locked"
        for name, version in installed.items()
        if public(version) != pins[name]
    }
    assert not wrong, f"installed outside the lock: {wrong}; reinstall with -c requirements.lock"


def test_the_lock_pins_exact_versions_only() -> None:
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            assert re.fullmatch(r"[A-Za-z0-9_.\-]+==[A-Za-z0-9_.!]+", line), line


def test_readme_commands_and_ci_install_through_the_lock() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = [block.split("\n```")[0] for block in readme.split("```sh\n")[1:3]]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    for command in [*commands, ci]:
        installs = re.findall(r"pip install [^&\n]*", command)
        assert installs, command
        for install in installs:
            assert "-c requirements.lock" in install, install
