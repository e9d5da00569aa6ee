"""`briefer verify`: is this PDF the note the organisation signed, unaltered, with its ledger?

Checks, in order: the file is a PDF with one signature; the signature is cryptographically
valid and covers the whole file with no change after it (pyHanko's validation, with no
network: no certificate or revocation fetching); the signer's certificate chains to a trusted
root from the configuration; the file still declares PDF/A-3b; and a note's attached fact
ledger matches the page: the visit id printed on the first page, the document language, the
briefer version in the PDF metadata, the JSON beside the file, and the release manifest when
the file sits in a release.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefer.errors import PublishError
from briefer.publish.built import DIGEST, attachments, pdf_reader
from briefer.publish.bundle import MANIFEST, ReleasedFile

log = logging.getLogger(__name__)

_PDFA_PART = re.compile(rb"pdfaid:part(?:=\"|>)\s*3\b")
_PDFA_CONFORMANCE = re.compile(rb"pdfaid:conformance(?:=\"|>)\s*B\b")


@dataclass(frozen=True)
class Check:
    """One thing verify checked, whether it holds, and what it found."""

    name: str
    ok: bool
    detail: str


@dataclass(frozen=True)
class Verdict:
    """Everything verify found about one file."""

    path: Path
    checks: tuple[Check, ...]
    signer: str | None = None
    signed_at: str | None = None
    visit: str | None = None
    lang: str | None = None

    @property
    def ok(self) -> bool:
        """Every check passed (and there was at least one)."""
        return bool(self.checks) and all(c.ok for c in self.checks)

    @property
    def reason(self) -> str:
        """The failures, or what was verified."""
        failed = [c.detail for c in self.checks if not c.ok]
        return "; ".join(failed or [c.detail for c in self.checks])

    def line(self) -> str:
        """One line for the terminal."""
        return f"{'ok' if self.ok else 'FAIL'}  {self.path}: {self.reason}"

    def to_json(self) -> dict[str, Any]:
        """The verdict for --format json."""
        return {
            "file": str(self.path),
            "ok": self.ok,
            "signer": self.signer,
            "signed_at": self.signed_at,
            "visit": self.visit,
            "lang": self.lang,
            "checks": [{"name": c.name, "ok": c.ok, "detail": c.detail} for c in self.checks],
        }


def verify_files(paths: Sequence[Path], roots: Sequence[Any]) -> list[Verdict]:
    """A verdict per file, in the order given."""
    return [verify_file(path, roots) for path in paths]


def verify_file(path: Path, roots: Sequence[Any]) -> Verdict:
    """Check one PDF: signature, integrity, signer, PDF/A, ledger."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return Verdict(path, (Check("file", False, f"cannot read the file ({exc.strerror})"),))
    checks, signer, signed_at = _signature_checks(data, roots)
    if not checks[0].ok:
        return Verdict(path, tuple(checks))
    checks.append(_pdfa_check(data))
    ledger_checks, visit, lang = _ledger_checks(path, data)
    return Verdict(path, tuple(checks + ledger_checks), signer, signed_at, visit, lang)


def _signature_checks(
    data: bytes, roots: Sequence[Any]
) -> tuple[list[Check], str | None, str | None]:
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.errors import (
        SignatureValidationError,
        ValidationInfoReadingError,
    )
    from pyhanko_certvalidator import ValidationContext

    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        signatures = reader.embedded_signatures
    except (PdfError, ValueError, KeyError, TypeError) as exc:
        return [Check("signature", False, f"not a readable PDF ({exc})")], None, None
    if not signatures:
        return (
            [Check("signature", False, "not signed; 'briefer publish' signs notes into releases")],
            None,
            None,
        )
    if len(signatures) > 1:
        return (
            [Check("signature", False, f"{len(signatures)} signatures; a briefer note has one")],
            None,
            None,
        )
    context = ValidationContext(trust_roots=list(roots), allow_fetching=False)
    try:
        status = validate_pdf_signature(signatures[0], context)
    except (SignatureValidationError, ValidationInfoReadingError, PdfError, ValueError) as exc:
        return [Check("signature", False, f"the signature cannot be validated ({exc})")], None, None
    except Exception as exc:  # a damaged signature can break pyHanko anywhere
        log.debug("validation failed", exc_info=True)
        return (
            [Check("signature", False, f"the signature is damaged ({type(exc).__name__})")],
            None,
            None,
        )
    subject = status.signing_cert.subject
    signer = str(subject.native.get("common_name") or subject.human_friendly)
    signed_at = status.signer_reported_dt.isoformat() if status.signer_reported_dt else None
    if not (status.intact and status.valid):
        detail = (
            "the signature does not match the document: altered after signing"
            if not status.intact
            else "the signature is not cryptographically valid"
        )
        return [Check("signature", False, detail)], signer, signed_at
    checks = [Check("signature", True, "valid signature")]
    unmodified = (
        status.coverage is not None
        and status.coverage.name == "ENTIRE_FILE"
        and status.modification_level is not None
        and status.modification_level.name == "NONE"
        and status.docmdp_ok is not False
    )
    checks.append(
        Check(
            "unmodified",
            unmodified,
            "unmodified"
            if unmodified
            else "changed after signing: the signature does not cover the whole file "
            f"({getattr(status.coverage, 'name', '?')}, "
            f"{getattr(status.modification_level, 'name', '?')})",
        )
    )
    stamp = status.timestamp_validity
    if stamp is not None:
        sound = bool(stamp.intact and stamp.valid)
        authority = str(stamp.signing_cert.subject.native.get("common_name") or "a TSA")
        checks.append(
            Check(
                "timestamp",
                sound,
                f"timestamped {stamp.timestamp:%Y-%m-%dT%H:%M:%SZ} by {authority}"
                f"{'' if stamp.trusted else ' (authority not in trusted_roots)'}"
                if sound
                else "the timestamp token does not match the signature",
            )
        )
    self_signed = status.signing_cert.self_signed in ("yes", "maybe")
    kind = "self-signed, " if self_signed else ""
    if status.trusted:
        checks.append(Check("signer", True, f"by {signer} ({kind}trusted)"))
    elif not roots:
        checks.append(
            Check(
                "signer",
                False,
                f"signed by {signer}, but no certificate is trusted: list the organisation's "
                "certificate in [signing] trusted_roots or pass --trust",
            )
        )
    else:
        checks.append(
            Check(
                "signer",
                False,
                f"signed by {signer} ({kind}not trusted): its certificate does not chain to "
                "[signing] trusted_roots or --trust",
            )
        )
    return checks, signer, signed_at


def _pdfa_check(data: bytes) -> Check:
    reader = pdf_reader(Path("-"), data)
    metadata = reader.trailer["/Root"].get("/Metadata")
    xmp = metadata.get_object().get_data() if metadata is not None else b""
    ok = bool(_PDFA_PART.search(xmp) and _PDFA_CONFORMANCE.search(xmp))
    return Check("pdfa", ok, "PDF/A-3b" if ok else "no longer declares PDF/A-3b")


def _release_entry(path: Path) -> ReleasedFile | None:
    """The file's entry in the manifest of the release it sits in, if any."""
    manifest = path.parent.parent / MANIFEST
    if not manifest.is_file():
        return None
    try:
        data = json.loads(manifest.read_text(encoding="utf-8"))
        relative = f"{path.parent.name}/{path.name}"
        for item in data.get("files", []):
            if item.get("path") == relative:
                return ReleasedFile.from_json(item)
    except (OSError, ValueError, TypeError, AttributeError):
        return None
    return None


def _ledger_checks(path: Path, data: bytes) -> tuple[list[Check], str | None, str | None]:
    try:
        reader = pdf_reader(path, data)
    except PublishError as exc:
        return [Check("ledger", False, exc.reason)], None, None
    entry = _release_entry(path)
    checks: list[Check] = []
    if entry is not None:
        same = hashlib.sha256(data).hexdigest() == entry.sha256
        checks.append(
            Check(
                "manifest",
                same,
                f"as in the release manifest ({entry.classification})"
                if same
                else "differs from the file listed in the release manifest",
            )
        )
    files = attachments(reader)
    is_digest = (entry.kind == DIGEST) if entry is not None else path.stem == DIGEST
    if not files:
        if is_digest:
            return [*checks, Check("ledger", True, "digest (no ledger)")], None, None
        return [*checks, Check("ledger", False, "no fact ledger attached")], None, None
    if len(files) > 1:
        return (
            [*checks, Check("ledger", False, f"{len(files)} files attached; a note has one")],
            None,
            None,
        )
    name, ledger = next(iter(files.items()))
    try:
        record = json.loads(ledger.decode("utf-8"))
        visit = str(record["visit"]["id"])
        provenance = record["provenance"]
        lang = str(provenance["lang"])
    except (UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
        return (
            [*checks, Check("ledger", False, f"the attached ledger is unreadable ({exc})")],
            None,
            None,
        )
    problems = _ledger_problems(path, reader, name, ledger, visit, lang, provenance, entry)
    versions = ", ".join(
        f"{k} {str(v)[:12]}" for k, v in sorted(provenance.items()) if k != "lang" and v
    )
    detail = (
        "; ".join(problems)
        if problems
        else f"ledger {visit} [{lang}] matches the page ({versions})"
    )
    return [*checks, Check("ledger", not problems, detail)], visit, lang


def _ledger_problems(
    path: Path,
    reader: Any,
    name: str,
    ledger: bytes,
    visit: str,
    lang: str,
    provenance: dict[str, Any],
    entry: ReleasedFile | None,
) -> list[str]:
    problems = []
    if name != f"{visit}.json":
        problems.append(f"the ledger is named {name}, not {visit}.json")
    first_page = reader.pages[0].extract_text() if reader.pages else ""
    if visit not in first_page:
        problems.append(f"the ledger's visit {visit} is not the one printed on the first page")
    page_lang = str(reader.trailer["/Root"].get("/Lang") or "")
    if page_lang != lang:
        problems.append(f"the ledger is in {lang!r} but the document in {page_lang!r}")
    creator = str((reader.metadata or {}).get("/Creator") or "")
    if creator != f"briefer {provenance.get('briefer')}":
        problems.append(
            f"the ledger says briefer {provenance.get('briefer')}, the PDF was made by {creator!r}"
        )
    beside = path.with_suffix(".json")
    if beside.is_file() and beside.read_bytes() != ledger:
        problems.append(f"the attached ledger differs from {beside.name} beside the file")
    if entry is not None:
        versions = {k: v for k, v in provenance.items() if k != "lang"}
        if (entry.visit, entry.lang, entry.versions) != (visit, lang, versions):
            problems.append("the ledger's visit, language or versions differ from the manifest")
    return problems
