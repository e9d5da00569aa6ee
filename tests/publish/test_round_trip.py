"""Distribution end to end: build → keys init → publish → verify, signatures, releases, feeds."""

from __future__ import annotations

import hashlib
import io
import json
import re
import shutil
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from briefer.errors import PublishError
from briefer.publish import bundle, keys, signing, verify
from briefer.publish.workflow import PublishOptions, publish
from conftest import env_with, run_cli
from publish_support import (
    NOTES,
    PASSPHRASE,
    build_into,
    load_config,
    write_config,
)

BUILT = datetime(2025, 9, 18, 12, tzinfo=UTC)


def signing_key(key_path: Path) -> keys.SigningKey:
    from briefer.config import SigningConfig

    return keys.load_key(SigningConfig(key=key_path), PASSPHRASE.encode())


def without_contents(data: bytes) -> bytes:
    """The file with the hex of every signature's /Contents blanked out."""
    return re.sub(rb"/Contents <[0-9a-fA-F]+>", b"/Contents <>", data)


def flip(data: bytes, at: int) -> bytes:
    changed = bytearray(data)
    changed[at] ^= 0x01
    return bytes(changed)


# --- the round trip through the real command line ------------------------------------------


def test_build_keys_init_publish_verify_round_trip(tmp_path: Path, built_out: Path) -> None:
    root = tmp_path / "project"
    shutil.copytree(built_out, root / "out")
    write_config(root, '[mail]\nfrom = "Briefing unit <briefs@example.org>"\n')
    env = env_with(BRIEFER_KEY_PASSPHRASE=PASSPHRASE)

    made = run_cli("keys", "init", cwd=root, env=env)
    assert made.returncode == 0, made.stderr
    assert "SELF-SIGNED" in made.stdout and "fingerprint" in made.stdout
    assert (root / "keys" / "briefer.p12").stat().st_mode & 0o077 == 0

    published = run_cli("publish", "--all", cwd=root, env=env)
    assert published.returncode == 0, published.stderr
    release = root / "out" / "releases" / "2025-09-18-1"
    assert f"release 2025-09-18-1: {2 * (len(NOTES) + 1)} signed document(s)" in published.stdout
    assert "nothing sent: 2 message(s) pending" in published.stdout

    checked = run_cli("verify", str(release), cwd=root, env=env)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    lines = checked.stdout.splitlines()
    assert len(lines) == 12 and all(line.startswith("ok  ") for line in lines)
    assert "ledger 2025-09-18-tr-ankara [en] matches the page" in checked.stdout
    assert "self-signed, trusted" in checked.stdout

    as_json = run_cli("verify", str(release / "fr"), "--format", "json", cwd=root, env=env)
    verdicts = json.loads(as_json.stdout)
    assert len(verdicts) == 6 and all(v["ok"] for v in verdicts)
    assert {c["name"] for c in verdicts[0]["checks"]} == {
        "signature",
        "unmodified",
        "signer",
        "pdfa",
        "manifest",
        "ledger",
    }


def test_one_changed_byte_fails_verify_with_the_reason(publishing: Path) -> None:
    report = publish(load_config(publishing), PublishOptions(everything=True))
    assert report.release is not None
    signed = report.release.folder / "en" / "2025-09-18-tr-ankara.pdf"
    data = signed.read_bytes()
    contents = data.index(b"/Contents <") + len(b"/Contents <") + 100
    for name, at in (("page.pdf", len(data) // 3), ("signature.pdf", contents)):
        (publishing / name).write_bytes(flip(data, at))
    result = run_cli(
        "verify",
        str(signed),
        "page.pdf",
        "signature.pdf",
        cwd=publishing,
        env=env_with(),
    )
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 3, result.stdout + result.stderr
    assert lines[0].startswith("ok  "), result.stdout + result.stderr
    assert lines[1].startswith("FAIL  page.pdf: ")
    assert "altered after signing" in lines[1]
    assert lines[2].startswith("FAIL  signature.pdf: ")


def test_an_unsigned_note_and_an_untrusted_signer_fail(publishing: Path, tmp_path: Path) -> None:
    other = keys.init_key(tmp_path / "other" / "k.p12", "Someone else", b"other-pass")
    from briefer.config import SigningConfig

    stranger = keys.load_key(SigningConfig(key=other.key), b"other-pass")
    note = publishing / "out" / "en" / "2025-09-18-tr-ankara.pdf"
    signed, _ = signing.sign_pdf(note.read_bytes(), stranger, BUILT, SigningConfig())
    (tmp_path / "stranger.pdf").write_bytes(signed)
    roots = keys.load_trust_roots([publishing / "keys" / "briefer.crt"])
    unsigned = verify.verify_file(note, roots)
    assert not unsigned.ok and "not signed" in unsigned.reason
    foreign = verify.verify_file(tmp_path / "stranger.pdf", roots)
    assert not foreign.ok and "Someone else" in foreign.reason and "not trusted" in foreign.reason
    no_roots = verify.verify_file(tmp_path / "stranger.pdf", [])
    assert "no certificate is trusted" in no_roots.reason


def test_a_ledger_that_is_not_the_pages_fails_even_when_validly_signed(
    publishing: Path, trial_key: Path, tmp_path: Path
) -> None:
    from briefer.config import SigningConfig

    out = publishing / "out" / "en"
    writer = PdfWriter(clone_from=out / "digest.pdf")
    writer.add_attachment(
        "2025-09-18-tr-ankara.json", (out / "2025-09-18-tr-ankara.json").read_bytes()
    )
    buffer = io.BytesIO()
    writer.write(buffer)
    signed, _ = signing.sign_pdf(buffer.getvalue(), signing_key(trial_key), BUILT, SigningConfig())
    forged = tmp_path / "forged.pdf"
    forged.write_bytes(signed)
    roots = keys.load_trust_roots([trial_key.with_suffix(".crt")])
    verdict = verify.verify_file(forged, roots)
    assert [c.name for c in verdict.checks if not c.ok] == ["ledger"]
    assert "the ledger's visit 2025-09-18-tr-ankara is not the one printed" in verdict.reason


# --- signing --------------------------------------------------------------------------------


def test_the_signed_note_is_still_pdfa_3b_with_its_ledger_and_metadata(
    built_out: Path, trial_key: Path
) -> None:
    from briefer.config import SigningConfig

    note = built_out / "en" / "2025-09-18-tr-ankara.pdf"
    original = note.read_bytes()
    signed, signature = signing.sign_pdf(original, signing_key(trial_key), BUILT, SigningConfig())
    assert signed.startswith(original), "signing must be an incremental update"
    before, after = PdfReader(note), PdfReader(io.BytesIO(signed))
    xmp = after.trailer["/Root"]["/Metadata"].get_object().get_data()
    assert b'pdfaid:part="3"' in xmp and b'pdfaid:conformance="B"' in xmp
    assert xmp == before.trailer["/Root"]["/Metadata"].get_object().get_data()
    assert dict(after.metadata or {}) == dict(before.metadata or {})
    assert after.attachments == before.attachments
    assert (
        after.attachments["2025-09-18-tr-ankara.json"][0]
        == (built_out / "en" / "2025-09-18-tr-ankara.json").read_bytes()
    )
    # Page 1 also carries the summary's links to the evidence; the signature is one widget.
    annotations = [a.get_object() for a in after.pages[0]["/Annots"]]
    (widget,) = [a for a in annotations if a.get("/FT") == "/Sig"]
    assert widget["/Rect"] == [0, 0, 0, 0]
    assert widget["/F"] & 4, "PDF/A: annotations must be printable"
    assert signature.signed_at == max(BUILT, signing_key(trial_key).certificate.not_before)


def test_signing_twice_differs_at_most_in_the_signature_bytes(
    built_out: Path, trial_key: Path
) -> None:
    from briefer.config import SigningConfig

    data = (built_out / "fr" / "digest.pdf").read_bytes()
    key = signing_key(trial_key)
    later = datetime(2030, 1, 1, tzinfo=UTC)
    first, _ = signing.sign_pdf(data, key, later, SigningConfig(reason="Published"))
    second, _ = signing.sign_pdf(
        data, signing_key(trial_key), later, SigningConfig(reason="Published")
    )
    assert len(first) == len(second)
    assert without_contents(first) == without_contents(second)
    signature = PdfReader(io.BytesIO(first)).trailer["/Root"]["/AcroForm"]["/Fields"][0]
    assert signature.get_object()["/V"]["/M"].startswith("D:20300101000000"), "the build time"
    other_time, _ = signing.sign_pdf(data, key, datetime(2031, 1, 1, tzinfo=UTC), SigningConfig())
    assert without_contents(other_time) != without_contents(first)


def test_a_wrong_passphrase_or_missing_key_is_one_clear_error(trial_key: Path) -> None:
    from briefer.config import SigningConfig

    with pytest.raises(PublishError, match="cannot open the key.*BRIEFER_KEY_PASSPHRASE"):
        keys.load_key(SigningConfig(key=trial_key), b"wrong")
    with pytest.raises(PublishError, match="briefer keys init"):
        keys.load_key(SigningConfig(key=trial_key.parent / "none.p12"), b"x")


def test_keys_init_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    made = keys.init_key(tmp_path / "k.p12", "Unit", b"pass-one")
    assert made.certificate.self_signed and "self-signed" in made.certificate.subject
    with pytest.raises(PublishError, match="--force"):
        keys.init_key(tmp_path / "k.p12", "Unit", b"pass-two")
    again = keys.init_key(tmp_path / "k.p12", "Unit", b"pass-two", force=True)
    assert again.certificate.sha256 != made.certificate.sha256


# --- releases -------------------------------------------------------------------------------


def test_a_release_holds_signed_notes_ledgers_manifest_and_checksums(publishing: Path) -> None:
    report = publish(load_config(publishing), PublishOptions())
    release = report.release
    assert release is not None and release.id == "2025-09-18-1"
    manifest = json.loads((release.folder / "manifest.json").read_text())
    assert manifest["release"] == "2025-09-18-1" and manifest["signer"]["self_signed"] is True
    by_path = {f["path"]: f for f in manifest["files"]}
    note = by_path["en/2025-09-18-tr-ankara.pdf"]
    assert note["visit"] == "2025-09-18-tr-ankara" and note["lang"] == "en"
    assert note["classification"] == "RESTRICTED" and note["versions"]["briefer"]
    assert by_path["fr/2025-09-18-tr-ankara.json"]["kind"] == "ledger"
    assert by_path["en/digest.pdf"]["kind"] == "digest"
    assert len(by_path) == 2 * (2 * len(NOTES) + 1)
    sums = (release.folder / "SHA256SUMS").read_text().splitlines()
    assert len(sums) == len(by_path) + 1
    for line in sums:
        digest, name = line.split("  ")
        assert hashlib.sha256((release.folder / name).read_bytes()).hexdigest() == digest
    with zipfile.ZipFile(release.zip_path) as archive:
        names = sorted(archive.namelist())
    assert names == sorted(f"2025-09-18-1/{n}" for n in [*by_path, "manifest.json", "SHA256SUMS"])


def test_publish_again_releases_only_what_was_built_since(publishing: Path) -> None:
    config = load_config(publishing)
    first = publish(config, PublishOptions())
    assert first.release is not None and len(first.release.documents) == 12
    again = publish(config, PublishOptions())
    assert again.release is None and again.latest == "2025-09-18-1"
    # A new build of the English notes with another classification: only they are new.
    build_into(publishing, "CONFIDENTIAL", langs=("en",))
    newer = publish(config, PublishOptions())
    assert newer.release is not None and newer.release.id == "2025-09-18-2"
    assert {f.lang for f in newer.release.documents} == {"en"}
    assert {f.classification for f in newer.release.documents} == {"CONFIDENTIAL"}
    assert len(newer.release.documents) == len(NOTES) + 1
    everything = publish(config, PublishOptions(everything=True))
    assert everything.release is not None and everything.release.id == "2025-09-18-3"
    assert len(everything.release.documents) == 12


def test_releases_are_reproducible(built_out: Path, trial_key: Path, tmp_path: Path) -> None:
    import os

    zips = []
    for name in ("a", "b"):
        root = tmp_path / name
        shutil.copytree(built_out, root / "out")
        shutil.copytree(trial_key.parent, root / "keys")
        write_config(root, '[mail]\nfrom = "Briefing unit <briefs@example.org>"\n')
        cwd = Path.cwd()
        os.chdir(root)
        try:
            os.environ["BRIEFER_KEY_PASSPHRASE"] = PASSPHRASE
            publish(load_config(root), PublishOptions())
        finally:
            os.chdir(cwd)
            os.environ.pop("BRIEFER_KEY_PASSPHRASE", None)
        releases = root / "out" / "releases"
        zips.append(((releases / "2025-09-18-1.zip").read_bytes(), releases))
    assert zips[0][0] == zips[1][0]
    for eml in (zips[0][1] / "2025-09-18-1" / "mail").iterdir():
        assert eml.read_bytes() == (zips[1][1] / "2025-09-18-1" / "mail" / eml.name).read_bytes()


def test_an_unknown_classification_is_refused_before_anything_is_written(
    publishing: Path,
) -> None:
    text = (
        (publishing / "briefer.toml")
        .read_text()
        .replace(
            '[publish]\norganisation = "Briefing unit"',
            '[publish]\norganisation = "Briefing unit"\nlevels = ["PUBLIC", "SECRET"]',
        )
    )
    (publishing / "briefer.toml").write_text(text.split("[[recipients]]")[0])
    # The note's ledger records its level, so the message names it.
    with pytest.raises(PublishError, match="'RESTRICTED' is not a level") as caught:
        publish(load_config(publishing), PublishOptions())
    assert "2024-09-23-ae.pdf" in str(caught.value)
    assert not (publishing / "out" / "releases").exists()


# --- feeds and the index --------------------------------------------------------------------

ATOM = "{http://www.w3.org/2005/Atom}"
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


def test_the_feeds_follow_rfc_4287_and_index_links_them(publishing: Path) -> None:
    import xml.etree.ElementTree as ET

    text = (
        (publishing / "briefer.toml")
        .read_text()
        .replace(
            '[publish]\norganisation = "Briefing unit"',
            '[publish]\norganisation = "Briefing unit"\nbase_url = "https://intranet.example.org/notes/"',
        )
    )
    (publishing / "briefer.toml").write_text(text)
    publish(load_config(publishing), PublishOptions())
    for lang in ("en", "fr"):
        root = ET.parse(publishing / "out" / f"feed-{lang}.atom").getroot()
        assert root.tag == f"{ATOM}feed"
        for tag in ("id", "title", "updated"):
            assert len(root.findall(f"{ATOM}{tag}")) == 1, tag
        assert root.find(f"{ATOM}author/{ATOM}name") is not None
        assert RFC3339.match(root.findtext(f"{ATOM}updated") or "")
        self_link = [k for k in root.findall(f"{ATOM}link") if k.get("rel") == "self"]
        assert self_link[0].get("href") == f"https://intranet.example.org/notes/feed-{lang}.atom"
        entries = root.findall(f"{ATOM}entry")
        assert len(entries) == len(NOTES)
        ids = [e.findtext(f"{ATOM}id") for e in entries]
        assert len(set(ids)) == len(ids) and all(i and i.startswith("urn:uuid:") for i in ids)
        for entry in entries:
            for tag in ("id", "title", "updated"):
                assert len(entry.findall(f"{ATOM}{tag}")) == 1, tag
            assert RFC3339.match(entry.findtext(f"{ATOM}updated") or "")
            link = entry.find(f"{ATOM}link[@rel='alternate']")
            assert link is not None and link.get("type") == "application/pdf"
            href = link.get("href") or ""
            assert href.startswith("https://intranet.example.org/notes/releases/2025-09-18-1/")
            relative = href.removeprefix("https://intranet.example.org/notes/")
            assert (publishing / "out" / relative).is_file()
            assert (entry.findtext(f"{ATOM}summary") or "").strip()
    english = (publishing / "out" / "feed-en.atom").read_text()
    assert "Visit of Abdellatif Hammouchi to Türkiye — Ankara, 18–20 September 2025" in english
    index = (publishing / "out" / "index.html").read_text()
    assert '<link rel="alternate" type="application/atom+xml"' in index
    assert 'href="feed-en.atom"' in index and 'href="feed-fr.atom"' in index


def test_a_feed_entry_keeps_its_id_across_releases(publishing: Path) -> None:
    from briefer.publish.feed import entry_id

    config = load_config(publishing)
    publish(config, PublishOptions())
    first = (publishing / "out" / "feed-en.atom").read_text()
    publish(config, PublishOptions(everything=True))
    second = (publishing / "out" / "feed-en.atom").read_text()
    vid = entry_id("Briefing unit", "2025-09-18-tr-ankara", "en")
    assert vid in first and vid in second and second.count(vid) == 1
    assert "releases/2025-09-18-2/en/2025-09-18-tr-ankara.pdf" in second


# --- the command line -----------------------------------------------------------------------


def test_every_new_command_has_help_with_examples() -> None:
    for args in (
        ("publish",),
        ("verify",),
        ("keys",),
        ("keys", "init"),
        ("keys", "show"),
    ):
        result = run_cli(*args, "--help")
        assert result.returncode == 0, args
        assert "Example" in result.stdout, args


def test_publish_without_a_passphrase_off_a_terminal_is_one_clear_line(publishing: Path) -> None:
    env = env_with()
    env.pop("BRIEFER_KEY_PASSPHRASE", None)
    result = run_cli("publish", cwd=publishing, env=env)
    assert result.returncode == 1
    assert "BRIEFER_KEY_PASSPHRASE" in result.stderr and "Traceback" not in result.stderr
    assert not (publishing / "out" / "releases").exists()


def test_bundle_ids_count_up_per_build_date(tmp_path: Path) -> None:
    built = datetime(2025, 9, 18, tzinfo=UTC)
    assert bundle.next_id(tmp_path, built) == "2025-09-18-1"
    (tmp_path / "2025-09-18-1").mkdir()
    (tmp_path / "2025-09-18-3").mkdir()
    assert bundle.next_id(tmp_path, built) == "2025-09-18-2"


# --- the network: only what the configuration names ----------------------------------------


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to open a network connection fails the test."""
    import socket

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"network connection attempted: {args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)


def test_publish_and_verify_open_no_connection_unless_configured(
    publishing: Path, no_network: None
) -> None:
    report = publish(load_config(publishing), PublishOptions())
    assert report.release is not None and len(report.pending) == 2
    roots = keys.load_trust_roots([publishing / "keys" / "briefer.crt"])
    verdicts = verify.verify_files(sorted(report.release.folder.rglob("*.pdf")), roots)
    assert len(verdicts) == 12 and all(v.ok for v in verdicts)


def tsa_server(folder: Path) -> tuple[object, int, list[bytes]]:
    """An RFC 3161 timestamp authority over HTTP on 127.0.0.1 (pyHanko's test TSA inside)."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from asn1crypto import keys as asn1_keys
    from asn1crypto import tsp
    from asn1crypto import x509 as asn1_x509
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
    from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Test TSA")])
    now = datetime.now(UTC)
    from datetime import timedelta

    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
        .sign(key, hashes.SHA256())
    )
    (folder / "tsa.crt").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    stamper = DummyTimeStamper(
        tsa_cert=asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER)),
        tsa_key=asn1_keys.PrivateKeyInfo.load(
            key.private_bytes(
                serialization.Encoding.DER,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        ),
    )
    requests: list[bytes] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            requests.append(body)
            reply = stamper.request_tsa_response(tsp.TimeStampReq.load(body)).dump()
            self.send_response(200)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(reply)))
            self.end_headers()
            self.wfile.write(reply)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, int(server.server_address[1]), requests


def test_a_configured_timestamp_authority_stamps_every_signature(
    publishing: Path, tmp_path: Path
) -> None:
    server, port, requests = tsa_server(tmp_path)
    try:
        text = (
            (publishing / "briefer.toml")
            .read_text()
            .replace(
                'trusted_roots = ["keys/briefer.crt"]',
                f'trusted_roots = ["keys/briefer.crt"]\ntimestamp_url = "http://127.0.0.1:{port}/"',
            )
        )
        (publishing / "briefer.toml").write_text(text)
        report = publish(load_config(publishing), PublishOptions())
    finally:
        server.shutdown()  # type: ignore[attr-defined]
    assert report.release is not None
    assert len(requests) >= len(report.release.documents)
    roots = keys.load_trust_roots([publishing / "keys" / "briefer.crt", tmp_path / "tsa.crt"])
    verdict = verify.verify_file(report.release.folder / "en" / "2025-09-18-tr-ankara.pdf", roots)
    assert verdict.ok, verdict.reason
    assert "timestamped" in verdict.reason and "Test TSA" in verdict.reason


def test_keys_show_prints_the_certificate_without_the_passphrase(publishing: Path) -> None:
    env = env_with()
    env.pop("BRIEFER_KEY_PASSPHRASE", None)
    result = run_cli("keys", "show", cwd=publishing, env=env)
    assert result.returncode == 0, result.stderr
    fingerprint = keys.describe_file(publishing / "keys" / "briefer.crt").sha256
    assert f"SHA-256 fingerprint {fingerprint}" in result.stdout
    assert "(self-signed)" in result.stdout
