"""Release bundles: out/releases/<date>-<n>/ with the signed notes, their ledgers, a manifest,
SHA256SUMS, and a zip of it all beside the folder.

A release is written into a hidden temporary folder and renamed into place, so it appears whole
or not at all. Its date is the build date, and every byte of it (the zip included) depends only
on the build and the key, never on the clock.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import os
import re
import shutil
import tempfile
import zipfile
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from briefer import __version__
from briefer.errors import PublishError
from briefer.files import write_atomic
from briefer.publish.built import NOTE, BuiltDocument, BuiltFile

log = logging.getLogger(__name__)

MANIFEST = "manifest.json"
SUMS = "SHA256SUMS"
FORMAT = "briefer-release/1"
LEDGER = "ledger"
_ID = re.compile(r"^(\d{4}-\d{2}-\d{2})-(\d+)$")


@dataclass(frozen=True)
class ReleasedFile:
    """A file of a release, as its manifest lists it."""

    path: str
    """Relative to the release folder, with forward slashes: en/2025-09-18-tr-ankara.pdf."""
    kind: str
    """"note", "digest", or "ledger" (a note's attached JSON, also beside it)."""
    lang: str
    visit: str | None
    title: str
    classification: str
    sha256: str
    size: int
    versions: dict[str, Any] = field(default_factory=dict)
    built_sha256: str | None = None
    """Of the PDF as built in out/, before signing."""
    ledger: str | None = None
    """The note's ledger file in the release."""
    summary: tuple[str, ...] = ()

    @property
    def key(self) -> tuple[str, str, str]:
        """What the file is, whatever its build: kind, language, file name (the visit id)."""
        return (self.kind, self.lang, Path(self.path).stem)

    @property
    def is_pdf(self) -> bool:
        """A signed note or digest, as opposed to a ledger."""
        return self.kind != LEDGER

    def to_json(self) -> dict[str, Any]:
        """The manifest entry."""
        data = asdict(self)
        data["summary"] = list(self.summary)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ReleasedFile:
        """Read a manifest entry."""
        return cls(**{**data, "summary": tuple(data.get("summary") or ())})


@dataclass(frozen=True)
class Release:
    """A published release: its folder, build time, signer and files."""

    id: str
    folder: Path
    built: datetime
    signer: dict[str, Any]
    files: tuple[ReleasedFile, ...]

    @property
    def zip_path(self) -> Path:
        """out/releases/<id>.zip."""
        return self.folder.with_suffix(".zip")

    @property
    def documents(self) -> tuple[ReleasedFile, ...]:
        """The signed PDFs, notes and digests."""
        return tuple(f for f in self.files if f.is_pdf)

    def file(self, path: str) -> ReleasedFile | None:
        """The manifest entry of a file of this release."""
        return next((f for f in self.files if f.path == path), None)


def releases_dir(out: Path) -> Path:
    """Where releases go: out/releases/."""
    return out / "releases"


def read_release(folder: Path) -> Release:
    """A release from its manifest."""
    path = folder / MANIFEST
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Release(
            id=data["release"],
            folder=folder,
            built=datetime.fromisoformat(data["built"]),
            signer=data["signer"],
            files=tuple(ReleasedFile.from_json(f) for f in data["files"]),
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise PublishError(
            f"unreadable release manifest ({exc}); restore the release folder from its zip",
            path,
        ) from exc


def _order(folder: Path) -> tuple[str, int]:
    match = _ID.match(folder.name)
    return (match.group(1), int(match.group(2))) if match else ("", 0)


def read_releases(directory: Path) -> list[Release]:
    """Every release in out/releases/, oldest first."""
    if not directory.is_dir():
        return []
    folders = [p for p in directory.iterdir() if p.is_dir() and _ID.match(p.name)]
    return [read_release(p) for p in sorted(folders, key=_order)]


def published(releases: Sequence[Release]) -> dict[tuple[str, str, str], str]:
    """The built SHA-256 last published of each document (kind, language, visit)."""
    last: dict[tuple[str, str, str], str] = {}
    for release in releases:
        for item in release.documents:
            if item.built_sha256:
                last[item.key] = item.built_sha256
    return last


def select(
    documents: Sequence[BuiltFile], releases: Sequence[Release], everything: bool
) -> list[BuiltFile]:
    """The documents built since the last publish (changed or new), or all of them."""
    if everything:
        return list(documents)
    done = published(releases)
    return [d for d in documents if done.get(d.key) != d.sha256]


def next_id(directory: Path, built: datetime) -> str:
    """<build date>-<n>: the first number not yet taken that day."""
    day = built.strftime("%Y-%m-%d")
    taken = {_order(p)[1] for p in directory.glob(f"{day}-*")} if directory.is_dir() else set()
    n = 1
    while n in taken:
        n += 1
    return f"{day}-{n}"


def release_files(
    documents: Sequence[BuiltDocument], signed: Sequence[bytes]
) -> list[tuple[ReleasedFile, bytes]]:
    """The files of a release and their bytes: each signed PDF, and each note's ledger."""
    files: list[tuple[ReleasedFile, bytes]] = []
    for document, data in zip(documents, signed, strict=True):
        folder = document.lang
        ledger = f"{folder}/{document.path.stem}.json" if document.kind == NOTE else None
        pdf = ReleasedFile(
            path=f"{folder}/{document.name}",
            kind=document.kind,
            lang=document.lang,
            visit=document.visit_id,
            title=document.title,
            classification=document.classification,
            sha256=hashlib.sha256(data).hexdigest(),
            size=len(data),
            versions=document.versions,
            built_sha256=document.sha256,
            ledger=ledger,
            summary=document.summary,
        )
        files.append((pdf, data))
        if ledger is not None and document.ledger is not None:
            entry = replace(
                pdf,
                path=ledger,
                kind=LEDGER,
                sha256=hashlib.sha256(document.ledger).hexdigest(),
                size=len(document.ledger),
                built_sha256=None,
                ledger=None,
                summary=(),
            )
            files.append((entry, document.ledger))
    return files


def manifest(
    release_id: str, built: datetime, signer: dict[str, Any], files: Sequence[ReleasedFile]
) -> str:
    """The manifest: what the release holds, file by file, with visits, levels and versions."""
    data = {
        "format": FORMAT,
        "release": release_id,
        "built": built.isoformat(),
        "briefer": __version__,
        "signer": signer,
        "files": [f.to_json() for f in files],
    }
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def checksums(files: dict[str, bytes]) -> str:
    """SHA256SUMS in the format `sha256sum -c` reads."""
    return "".join(f"{hashlib.sha256(d).hexdigest()}  {n}\n" for n, d in sorted(files.items()))


def zip_bytes(root: str, files: dict[str, bytes], built: datetime) -> bytes:
    """A reproducible zip: sorted names under root/, fixed times and permissions."""
    stamp = max(built, datetime(1980, 1, 1, tzinfo=built.tzinfo)).timetuple()[:6]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in sorted(files):
            info = zipfile.ZipInfo(f"{root}/{name}", date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o100644 << 16
            archive.writestr(info, files[name], compresslevel=9)
    return buffer.getvalue()


def write_release(
    directory: Path,
    release_id: str,
    built: datetime,
    signer: dict[str, Any],
    files: Sequence[tuple[ReleasedFile, bytes]],
) -> Release:
    """Write the release folder (whole or not at all) and its zip."""
    contents = {item.path: data for item, data in files}
    contents[MANIFEST] = manifest(release_id, built, signer, [f for f, _ in files]).encode()
    contents[SUMS] = checksums(contents).encode()
    folder = directory / release_id
    if folder.exists():
        raise PublishError("the release folder already exists; publish again", folder)
    directory.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{release_id}.", dir=directory))
    try:
        for name, data in contents.items():
            write_atomic(staging / name, data)
        staging.chmod(0o755)
        os.replace(staging, folder)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    write_atomic(folder.with_suffix(".zip"), zip_bytes(release_id, contents, built))
    log.info("wrote release %s (%d files) and its zip", folder, len(files))
    return Release(release_id, folder, built, signer, tuple(f for f, _ in files))
