"""PAdES signatures on the notes, with pyHanko, that keep them PDF/A-3b and reproducible.

The signature is an incremental update: the bytes WeasyPrint wrote stay as they are, with the
attached fact ledger and the PDF/A-3b declaration, and a certification signature (no changes
allowed) is appended. Without a timestamp authority the signing time is the build time, the
trailer ID is derived from the document, and the XMP and Info metadata are left untouched (a
PDF/A file must keep the two in step), so signing the same build with the same key twice gives
the same bytes: RSA PKCS#1 v1.5 signatures are deterministic too.
"""

from __future__ import annotations

import asyncio
import hashlib
import io
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.sign.timestamps.common_utils import TimestampRequestError

from briefer.config import SigningConfig
from briefer.errors import PublishError
from briefer.publish.keys import SigningKey

log = logging.getLogger(__name__)

FIELD_NAME = "briefer"
"""Name of the signature field in every signed note."""
TSA_TIMEOUT = 30


class _ArchivalUpdate(IncrementalPdfFileWriter):
    """An incremental update that keeps PDF/A metadata as written and a derived trailer ID.

    pyHanko would stamp the Info dictionary and XMP with the wall-clock time and its own
    producer string; in a PDF/A file the two must agree, and in a reproducible one neither may
    depend on the clock. The second half of the trailer ID (new for each revision) is derived
    from the first instead of drawn at random.
    """

    @classmethod
    def _handle_id(cls, prev: Any) -> Any:
        ids = super()._handle_id(prev)  # type: ignore[no-untyped-call]
        digest = hashlib.sha256(b"briefer signed revision\0" + bytes(ids[0])).digest()
        ids[1] = generic.ByteStringObject(digest[:16])
        return ids

    def _update_meta(self) -> None:
        """Leave /Info and the XMP metadata as the renderer wrote them."""


@dataclass(frozen=True)
class Signature:
    """How a document was signed."""

    signed_at: datetime
    timestamped: bool


def signing_time(key: SigningKey, built: datetime) -> datetime:
    """The build time, or the start of the certificate's validity if that is later."""
    return max(built.astimezone(UTC), key.certificate.not_before)


def sign_pdf(
    data: bytes, key: SigningKey, built: datetime, settings: SigningConfig
) -> tuple[bytes, Signature]:
    """The PDF signed with key; the wall clock is used only when a timestamp authority is set."""
    when = datetime.now(UTC) if settings.timestamp_url else signing_time(key, built)
    try:
        signed = asyncio.run(_sign(data, key, when, settings))
    except PdfError as exc:
        raise PublishError(f"cannot sign the PDF ({exc}); rebuild it with 'briefer build'") from exc
    except (OSError, TimestampRequestError) as exc:
        raise PublishError(
            f"timestamp authority {settings.timestamp_url} failed ({exc}); check [signing] "
            "timestamp_url and the network, or remove it to sign without a timestamp"
        ) from exc
    return signed, Signature(when, bool(settings.timestamp_url))


async def _sign(data: bytes, key: SigningKey, when: datetime, settings: SigningConfig) -> bytes:
    from pyhanko.sign import fields, signers
    from pyhanko.sign.signers.pdf_cms import PdfCMSSignedAttributes

    meta = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME,
        subfilter=fields.SigSeedSubFilter.PADES,
        md_algorithm="sha256",
        certify=True,
        docmdp_permissions=fields.MDPPerm.NO_CHANGES,
        reason=settings.reason,
        location=settings.location,
    )
    timestamper = None
    if settings.timestamp_url:
        from pyhanko.sign.timestamps import HTTPTimeStamper

        timestamper = HTTPTimeStamper(settings.timestamp_url, timeout=TSA_TIMEOUT)
    pdf_signer = signers.PdfSigner(meta, key.signer, timestamper=timestamper)
    writer = _ArchivalUpdate(io.BytesIO(data))
    session = pdf_signer.init_signing_session(writer)
    session.system_time = when
    validation = await session.perform_presign_validation(writer)
    reserved = await session.estimate_signature_container_size(validation)
    tbs = session.prepare_tbs_document(validation_info=validation, bytes_reserved=reserved)
    output = io.BytesIO()
    prepared, result = tbs.digest_tbs_document(output=output)
    post = await tbs.perform_signature(
        document_digest=prepared.document_digest,
        pdf_cms_signed_attrs=PdfCMSSignedAttributes(signing_time=when),
    )
    await post.post_signature_processing(result)
    return output.getvalue()
