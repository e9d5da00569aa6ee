"""The organisation's signing key: a PKCS#12 file, made here for trials or brought from a CA."""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefer.config import SigningConfig
from briefer.errors import PublishError
from briefer.files import write_atomic

if TYPE_CHECKING:
    from asn1crypto import x509 as asn1_x509
    from pyhanko.sign.signers import SimpleSigner

log = logging.getLogger(__name__)

RSA_BITS = 3072


@dataclass(frozen=True)
class Certificate:
    """What a person needs to know about a certificate."""

    subject: str
    issuer: str
    sha256: str
    """Fingerprint of the DER certificate, hex."""
    not_before: datetime
    not_after: datetime
    self_signed: bool


@dataclass(frozen=True)
class SigningKey:
    """A loaded key: pyHanko's signer and its certificate."""

    path: Path
    signer: SimpleSigner
    certificate: Certificate


@dataclass(frozen=True)
class NewKey:
    """What `briefer keys init` wrote."""

    key: Path
    certificate_file: Path
    certificate: Certificate


def certificate_path(key: Path) -> Path:
    """Where the public certificate of a key is written: keys/briefer.p12 → keys/briefer.crt."""
    return key.with_suffix(".crt")


def passphrase_from_env(signing: SigningConfig) -> bytes | None:
    """The key's passphrase from the environment variable named in [signing], if set."""
    value = os.environ.get(signing.passphrase_env)
    return value.encode("utf-8") if value else None


def describe(cert: Any) -> Certificate:
    """A cryptography x509.Certificate, described."""
    from cryptography.hazmat.primitives.serialization import Encoding

    return Certificate(
        subject=cert.subject.rfc4514_string(),
        issuer=cert.issuer.rfc4514_string(),
        sha256=hashlib.sha256(cert.public_bytes(Encoding.DER)).hexdigest(),
        not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc,
        self_signed=cert.subject == cert.issuer,
    )


def describe_file(path: Path) -> Certificate:
    """The certificate in a PEM or DER file, described."""
    from cryptography import x509

    if not path.is_file():
        raise PublishError("certificate not found; run 'briefer keys init' first", path)
    data = path.read_bytes()
    try:
        cert = (
            x509.load_pem_x509_certificate(data)
            if b"-----BEGIN" in data
            else x509.load_der_x509_certificate(data)
        )
    except ValueError as exc:
        raise PublishError(f"not a PEM or DER certificate ({exc})", path) from exc
    return describe(cert)


def init_key(
    key: Path, organisation: str, passphrase: bytes, days: int = 730, force: bool = False
) -> NewKey:
    """Make an RSA key and a self-signed certificate for organisation, in a PKCS#12 file."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    cert_file = certificate_path(key)
    if key.exists() and not force:
        raise PublishError(
            "a key already exists; keep it, or pass --force to replace it (notes signed with "
            "it will then verify only against its old certificate)",
            key,
        )
    if not passphrase:
        raise PublishError("the passphrase is empty; choose one and keep it apart from the key")
    now = datetime.now(UTC).replace(microsecond=0)
    private = rsa.generate_private_key(public_exponent=65537, key_size=RSA_BITS)
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, f"{organisation} (self-signed briefer key)"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
        ]
    )
    usage = x509.KeyUsage(
        digital_signature=True,
        content_commitment=True,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=False,
        crl_sign=False,
        encipher_only=False,
        decipher_only=False,
    )
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(private.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(usage, critical=True)
        .add_extension(
            x509.SubjectKeyIdentifier.from_public_key(private.public_key()), critical=False
        )
        .sign(private, hashes.SHA256())
    )
    bundle = pkcs12.serialize_key_and_certificates(
        b"briefer", private, cert, None, serialization.BestAvailableEncryption(passphrase)
    )
    write_atomic(key, bundle, private=True)  # 0600 whatever the umask
    write_atomic(cert_file, cert.public_bytes(serialization.Encoding.PEM))
    cert_file.chmod(0o644)
    log.info("wrote %s and %s", key, cert_file)
    return NewKey(key, cert_file, describe(cert))


def load_key(signing: SigningConfig, passphrase: bytes | None) -> SigningKey:
    """Open the PKCS#12 file named in [signing] with its passphrase."""
    from cryptography.hazmat.primitives.serialization import pkcs12
    from pyhanko.sign.signers import SimpleSigner

    path = signing.key
    if not path.is_file():
        raise PublishError(
            "signing key not found; run 'briefer keys init' for a self-signed trial key, "
            "or set [signing] key to your organisation's PKCS#12 file",
            path,
        )
    data = path.read_bytes()
    try:
        _, cert, _ = pkcs12.load_key_and_certificates(data, passphrase)
    except ValueError as exc:
        remedy = (
            f"set {signing.passphrase_env} or type the passphrase when asked"
            if passphrase is None
            else f"check the passphrase in {signing.passphrase_env} or the one you typed"
        )
        raise PublishError(f"cannot open the key ({exc}); {remedy}", path) from exc
    if cert is None:
        raise PublishError("the PKCS#12 file holds no certificate; export it with one", path)
    signer = SimpleSigner.load_pkcs12_data(data, [], passphrase=passphrase)
    certificate = describe(cert)
    now = datetime.now(UTC)
    if not certificate.not_before <= now <= certificate.not_after:
        raise PublishError(
            f"the certificate is valid from {certificate.not_before:%Y-%m-%d} to "
            f"{certificate.not_after:%Y-%m-%d}, not today; make or bring a current key",
            path,
        )
    return SigningKey(path, signer, certificate)


def load_trust_roots(paths: Sequence[Path]) -> list[asn1_x509.Certificate]:
    """The certificates verify trusts, each file PEM or DER; a bad file names itself."""
    from pyhanko.keys import load_certs_from_pemder

    roots: list[asn1_x509.Certificate] = []
    for path in paths:
        if not path.is_file():
            raise PublishError(
                "trusted certificate not found; fix [signing] trusted_roots or --trust", path
            )
        try:
            roots += list(load_certs_from_pemder([str(path)]))  # type: ignore[no-untyped-call]
        except (ValueError, TypeError, OSError) as exc:
            raise PublishError(
                f"not a PEM or DER certificate ({exc}); give the organisation's .crt file", path
            ) from exc
    return roots
