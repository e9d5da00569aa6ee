"""Project configuration: one schema, defaults in one place, read from briefer.toml."""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, replace
from email.utils import parseaddr
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import urlsplit

from briefer.errors import ConfigError

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

D = TypeVar("D", bound="DataclassInstance")

CONFIG_FILE = "briefer.toml"
LANGUAGES = ("en", "fr")
LEVELS = ("UNCLASSIFIED", "RESTRICTED", "CONFIDENTIAL", "SECRET")
"""Classification levels, lowest first, unless [publish] levels says otherwise."""


# --- distribution (issue 16): [signing], [publish], [mail], [[recipients]] -----------------


@dataclass(frozen=True)
class SigningConfig:
    """[signing]: the organisation's key, and the certificates verify trusts."""

    key: Path = Path("keys/briefer.p12")
    """PKCS#12 file with the signing key and certificate."""
    passphrase_env: str = "BRIEFER_KEY_PASSPHRASE"
    """Environment variable holding the key's passphrase (else briefer asks for it)."""
    timestamp_url: str | None = None
    """RFC 3161 timestamp authority; the only network use of signing, and only when set."""
    trusted_roots: tuple[Path, ...] = ()
    """Certificates (PEM or DER) verify accepts as trust anchors."""
    reason: str | None = None
    """Reason recorded in each signature, e.g. "Published by the briefing unit"."""
    location: str | None = None
    """Location recorded in each signature."""


@dataclass(frozen=True)
class PublishConfig:
    """[publish]: the classification levels, the feed and the organisation's name."""

    levels: tuple[str, ...] = LEVELS
    """Classification levels, lowest first."""
    organisation: str = "briefer"
    """Who publishes: the feed's author and the default name of a new key."""
    base_url: str | None = None
    """Where out/ is served (e.g. https://intranet.example/notes/); links are relative without."""
    feed_title: str | None = None
    """Title of the Atom feeds (default: the organisation's briefing notes)."""


@dataclass(frozen=True)
class MailConfig:
    """[mail]: the sender and the SMTP server used by publish --send."""

    sender: str | None = None
    """The From address, e.g. "Briefing unit <briefs@example.org>" (key: from)."""
    host: str | None = None
    port: int = 587
    starttls: bool = True
    """Upgrade the connection with STARTTLS before anything else is sent."""
    cafile: Path | None = None
    """Certificates to trust for the server's TLS certificate, besides the system's."""
    username_env: str | None = None
    """Environment variable holding the SMTP user name (no login when unset)."""
    password_env: str | None = None
    """Environment variable holding the SMTP password."""
    timeout: float = 60.0
    """Seconds to wait for the server at each step."""


@dataclass(frozen=True)
class ClusterConfig:
    """[cluster]: where `briefer build` sends its work past this machine."""

    scheduler: str | None = None
    """Address of a Dask scheduler, e.g. "tcp://10.0.0.5:8786" (--scheduler overrides it)."""


@dataclass(frozen=True)
class Recipient:
    """[[recipients]]: who receives notes, in which languages, up to which classification."""

    name: str
    address: str
    languages: tuple[str, ...]
    clearance: str


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
    """The classification level printed at the top of every page (one of [publish] levels)."""
    classification_labels: Mapping[str, str] = field(default_factory=dict)
    """[classification_labels]: how the level is printed per language ("fr" -> "…"), when the
    shipped labels (data/classification.yaml) do not suit."""
    cache: Path = Path(".briefer-cache")
    """Directory of the translation cache."""
    signing: SigningConfig = field(default_factory=SigningConfig)
    publish: PublishConfig = field(default_factory=PublishConfig)
    mail: MailConfig = field(default_factory=MailConfig)
    recipients: tuple[Recipient, ...] = ()
    cluster: ClusterConfig = field(default_factory=ClusterConfig)


_TABLES = ("signing", "publish", "mail", "recipients", "cluster", "classification_labels")
_PATH_KEYS = {f.name for f in fields(Config)} - {"classification", *_TABLES}


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
    section = data.get("briefer", {k: v for k, v in data.items() if k not in _TABLES})
    config = _from_mapping(section, path)
    return replace(config, **_distribution(data, path))


def _from_mapping(section: dict[str, Any], path: Path) -> Config:
    known = _PATH_KEYS | {"classification"}
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


# --- distribution tables: one reader per table, every problem reported at once -------------


class _Table:
    """Reads one TOML table, collecting each bad or unknown key as a problem."""

    def __init__(self, where: str, data: Any, known: tuple[str, ...], problems: list[str]):
        self.where, self.problems = where, problems
        self.data: Mapping[str, Any] = data if isinstance(data, Mapping) else {}
        if not isinstance(data, Mapping):
            problems.append(f"{where}: expected a table, got {data!r}")
        unknown = sorted(set(self.data) - set(known))
        if unknown:
            problems.append(
                f"{where}: unknown key(s) {', '.join(unknown)}; known keys: {', '.join(known)}"
            )

    def _get(self, key: str, accept: Callable[[Any], bool], expected: str) -> Any:
        value = self.data.get(key)
        if value is None or accept(value):
            return value
        self.problems.append(f"{self.where} {key}: expected {expected}, got {value!r}")
        return None

    def text(self, key: str) -> str | None:
        value: str | None = self._get(key, lambda v: isinstance(v, str), "a string")
        if value is not None and not value.strip():
            self.problems.append(f"{self.where} {key}: must not be empty")
            return None
        return value

    def path(self, key: str) -> Path | None:
        value = self.text(key)
        return Path(value) if value is not None else None

    def flag(self, key: str) -> bool | None:
        value: bool | None = self._get(key, lambda v: isinstance(v, bool), "true or false")
        return value

    def number(self, key: str, low: float, high: float) -> float | None:
        value: float | None = self._get(
            key,
            lambda v: isinstance(v, int | float) and not isinstance(v, bool),
            f"a number from {low:g} to {high:g}",
        )
        if value is not None and not low <= value <= high:
            self.problems.append(f"{self.where} {key}: {value} is not from {low:g} to {high:g}")
            return None
        return value

    def texts(self, key: str) -> tuple[str, ...] | None:
        value = self._get(key, lambda v: isinstance(v, list), "a list of strings")
        if value is None:
            return None
        if not value or not all(isinstance(v, str) and v.strip() for v in value):
            self.problems.append(f"{self.where} {key}: expected a non-empty list of strings")
            return None
        return tuple(value)

    def url(self, key: str) -> str | None:
        value = self.text(key)
        if value is not None and (
            urlsplit(value).scheme not in ("http", "https") or not urlsplit(value).netloc
        ):
            self.problems.append(f"{self.where} {key}: {value!r} is not an http(s) URL")
            return None
        return value


def _set(values: dict[str, Any], key: str, value: Any) -> None:
    if value is not None:
        values[key] = value


def _distribution(data: Mapping[str, Any], path: Path) -> dict[str, Any]:
    """The [signing], [publish], [mail], [[recipients]] and [cluster] tables, checked; defaults
    when absent."""
    problems: list[str] = []
    signing, publish, mail = (
        _Table(f"[{name}]", data.get(name, {}), keys, problems)
        for name, keys in (
            (
                "signing",
                ("key", "passphrase_env", "timestamp_url", "trusted_roots", "reason", "location"),
            ),
            ("publish", ("levels", "organisation", "base_url", "feed_title")),
            (
                "mail",
                (
                    "from",
                    "host",
                    "port",
                    "starttls",
                    "cafile",
                    "username_env",
                    "password_env",
                    "timeout",
                ),
            ),
        )
    )
    values: dict[str, Any] = {}
    for key in ("passphrase_env", "reason", "location"):
        _set(values, key, signing.text(key))
    _set(values, "key", signing.path("key"))
    _set(values, "timestamp_url", signing.url("timestamp_url"))
    roots = signing.texts("trusted_roots")
    _set(values, "trusted_roots", tuple(Path(r) for r in roots) if roots else None)
    result: dict[str, Any] = {"signing": SigningConfig(**values)}

    values = {}
    levels = publish.texts("levels")
    if levels is not None and len(set(levels)) != len(levels):
        problems.append("[publish] levels: a level is listed twice")
    _set(values, "levels", levels)
    for key in ("organisation", "feed_title"):
        _set(values, key, publish.text(key))
    _set(values, "base_url", publish.url("base_url"))
    result["publish"] = publish_config = PublishConfig(**values)

    values = {}
    sender = mail.text("from")
    if sender is not None and "@" not in parseaddr(sender)[1]:
        problems.append(f"[mail] from: {sender!r} is not a mail address")
    _set(values, "sender", sender)
    for key in ("host", "username_env", "password_env"):
        _set(values, key, mail.text(key))
    port = mail.number("port", 1, 65535)
    _set(values, "port", int(port) if port is not None else None)
    _set(values, "starttls", mail.flag("starttls"))
    _set(values, "cafile", mail.path("cafile"))
    _set(values, "timeout", mail.number("timeout", 1, 3600))
    result["mail"] = MailConfig(**values)

    result["recipients"] = _recipients(data.get("recipients", []), publish_config, problems)
    cluster = _Table("[cluster]", data.get("cluster", {}), ("scheduler",), problems)
    result["cluster"] = ClusterConfig(scheduler=cluster.text("scheduler"))
    labels = _Table(
        "[classification_labels]", data.get("classification_labels", {}), LANGUAGES, problems
    )
    result["classification_labels"] = {
        lang: text for lang in LANGUAGES if (text := labels.text(lang)) is not None
    }
    if problems:
        raise ConfigError("; ".join(problems), path)
    return result


def _recipients(data: Any, publish: PublishConfig, problems: list[str]) -> tuple[Recipient, ...]:
    if not isinstance(data, list):
        problems.append("recipients: write each recipient as a [[recipients]] table")
        return ()
    found: list[Recipient] = []
    for i, item in enumerate(data, 1):
        where = f"[[recipients]] #{i}"
        if isinstance(item, Mapping) and isinstance(item.get("name"), str):
            where += f" ({item['name']})"
        table = _Table(where, item, ("name", "address", "languages", "clearance"), problems)
        name, address = table.text("name"), table.text("address")
        languages, clearance = table.texts("languages"), table.text("clearance")
        missing = [k for k in ("name", "address", "languages", "clearance") if k not in table.data]
        if missing:
            problems.append(f"{where}: missing {', '.join(missing)}")
        if address is not None and (parseaddr(address)[1] != address or "@" not in address):
            problems.append(f"{where} address: {address!r} is not a bare mail address")
            address = None
        if languages is not None and not set(languages) <= set(LANGUAGES):
            problems.append(f"{where} languages: {list(languages)}; briefer writes {LANGUAGES}")
            languages = None
        if clearance is not None and clearance not in publish.levels:
            problems.append(
                f"{where} clearance: {clearance!r} is not a level; levels, lowest first: "
                + ", ".join(publish.levels)
            )
            clearance = None
        if name and address and languages and clearance:
            found.append(Recipient(name, address, languages, clearance))
    addresses = [r.address.casefold() for r in found]
    for twice in sorted({a for a in addresses if addresses.count(a) > 1}):
        problems.append(f"[[recipients]]: {twice} is listed twice; list each address once")
    return tuple(found)
