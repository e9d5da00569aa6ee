"""Mail against a real SMTP server on 127.0.0.1 (aiosmtpd): plain, STARTTLS with login, a
refused recipient, a connection dropped mid-send, and the reruns that send only the rest."""

from __future__ import annotations

import datetime
import email
import json
import socket
import ssl
from collections.abc import Iterator
from email import policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from briefer.errors import PublishError
from briefer.publish.workflow import PublishOptions, publish
from publish_support import RECIPIENTS, load_config, write_config

BERLIN = """
[[recipients]]
name = "Embassy, Berlin"
address = "berlin@example.org"
languages = ["en"]
clearance = "CONFIDENTIAL"
"""


class Inbox:
    """An aiosmtpd handler that keeps what it accepts and can refuse or hang up."""

    def __init__(self, refuse: tuple[str, ...] = (), drop_on: int | None = None) -> None:
        self.refuse = set(refuse)
        self.drop_on = drop_on
        self.data_commands = 0
        self.received: list[tuple[str, list[str], bytes]] = []
        self.logins: list[bytes] = []

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: Any
    ) -> str:
        if address in self.refuse:
            return f"550 5.1.1 <{address}>: mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.data_commands += 1
        if self.data_commands == self.drop_on:
            server.transport.close()
            return "421 4.3.0 gone"
        self.received.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        return f"250 2.0.0 queued as {len(self.received)}"

    def recipients(self) -> list[list[str]]:
        return [rcpts for _, rcpts, _ in self.received]

    def messages(self) -> list[EmailMessage]:
        return [
            email.message_from_bytes(content, policy=policy.default)  # type: ignore[misc]
            for _, _, content in self.received
        ]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Server:
    """A running aiosmtpd on 127.0.0.1; stop() ends it."""

    def __init__(self, inbox: Inbox, **options: Any) -> None:
        self.inbox = inbox
        self.port = free_port()
        self.controller = Controller(inbox, hostname="127.0.0.1", port=self.port, **options)
        self.controller.start()

    def stop(self) -> None:
        self.controller.stop()


@pytest.fixture
def servers() -> Iterator[list[Server]]:
    """Every server a test starts is stopped at its end."""
    started: list[Server] = []
    yield started
    for server in started:
        server.stop()


def start(servers: list[Server], inbox: Inbox, **options: Any) -> Server:
    server = Server(inbox, **options)
    servers.append(server)
    return server


def use_server(root: Path, port: int, recipients: str = RECIPIENTS, extra: str = "") -> None:
    mail = f"""\
[mail]
from = "Briefing unit <briefs@example.org>"
host = "127.0.0.1"
port = {port}
starttls = false
timeout = 10
{extra}
"""
    write_config(root, mail, recipients)


def log_events(root: Path) -> list[dict[str, Any]]:
    path = root / "out" / "releases" / "publish-log.jsonl"
    return [json.loads(line) for line in path.read_text().splitlines()]


def attachments(message: EmailMessage) -> dict[str, bytes]:
    return {
        str(part.get_filename()): part.get_content()
        for part in message.iter_attachments()  # type: ignore[attr-defined]
    }


def test_each_message_goes_to_its_recipient_alone_with_its_files(
    publishing: Path, servers: list[Server]
) -> None:
    server = start(servers, Inbox())
    use_server(publishing, server.port)
    report = publish(load_config(publishing), PublishOptions(send=True))
    assert report.failures == () and len(report.results) == 2
    assert server.inbox.recipients() == [["desk@example.org"], ["paris@example.org"]]
    desk, paris = server.inbox.messages()
    assert desk["To"] == "Desk officer <desk@example.org>"
    assert desk["From"] == "Briefing unit <briefs@example.org>"
    assert desk["Subject"].startswith("[RESTRICTED] Briefing notes: 12 document(s)")
    assert desk["Message-ID"].endswith("@example.org>")
    assert desk["Date"] == "Thu, 18 Sep 2025 12:00:00 +0000"
    body = desk.get_body(preferencelist=("plain",))
    html = desk.get_body(preferencelist=("html",))
    assert body is not None and html is not None
    assert "Visit of Abdellatif Hammouchi to Türkiye — Ankara, 18–20 September 2025" in (
        body.get_content()
    )
    assert '<li lang="en"><strong>Visit of Abdellatif Hammouchi' in html.get_content()
    release = publishing / "out" / "releases" / "2025-09-18-1"
    files = attachments(desk)
    assert len(files) == 12
    assert (
        files["2025-09-18-tr-ankara.fr.pdf"]
        == (release / "fr" / "2025-09-18-tr-ankara.pdf").read_bytes()
    )
    assert all(part.get_content_type() == "application/pdf" for part in desk.iter_attachments())
    assert sorted(attachments(paris)) == sorted(
        f"{stem}.fr.pdf"
        for stem in [
            "2024-09-23-ae",
            "2025-09-18-tr-ankara",
            "2025-11-24-ma-marrakesh",
            "XXXX-01-28-es",
            "XXXX-09-19-tr-ankara",
            "digest",
        ]
    )
    eml = (release / "mail" / "desk@example.org.eml").read_bytes()
    assert server.inbox.received[0][2].rstrip(b"\r\n") == eml.rstrip(b"\r\n")
    delivered = [e for e in log_events(publishing) if e["event"] == "delivered"]
    assert [(e["recipient"], e["smtp"]["code"]) for e in delivered] == [
        ("desk@example.org", 250),
        ("paris@example.org", 250),
    ]
    assert {f["path"] for f in delivered[1]["files"]} == {
        f"fr/{name.removesuffix('.fr.pdf')}.pdf" for name in attachments(paris)
    }
    assert delivered[0]["built"] == "2025-09-18T12:00:00+00:00"

    again = publish(load_config(publishing), PublishOptions(send=True))
    assert again.release is None and again.results == ()
    assert len(server.inbox.received) == 2


def test_starttls_and_login_with_credentials_from_the_environment(
    publishing: Path, servers: list[Server], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cert, key = self_signed_server_certificate(tmp_path)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    inbox = Inbox()

    def authenticate(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> Any:
        ok = isinstance(data, LoginPassword) and (data.login, data.password) == (
            b"briefer",
            b"s3cret",
        )
        if ok:
            inbox.logins.append(data.login)
        return AuthResult(success=ok)

    server = start(
        servers,
        inbox,
        tls_context=context,
        require_starttls=True,
        authenticator=authenticate,
        auth_require_tls=True,
    )
    extra = f'cafile = "{cert}"\nusername_env = "SMTP_USER"\npassword_env = "SMTP_PASSWORD"\n'
    use_server(publishing, server.port, extra=extra)
    text = (publishing / "briefer.toml").read_text().replace("starttls = false", "starttls = true")
    (publishing / "briefer.toml").write_text(text)
    monkeypatch.setenv("SMTP_USER", "briefer")
    monkeypatch.setenv("SMTP_PASSWORD", "s3cret")
    report = publish(load_config(publishing), PublishOptions(send=True))
    assert report.failures == ()
    assert inbox.logins == [b"briefer"]
    assert inbox.recipients() == [["desk@example.org"], ["paris@example.org"]]


def test_no_password_over_a_plain_connection(
    publishing: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_server(publishing, 9, extra='username_env = "SMTP_USER"\npassword_env = "SMTP_PASSWORD"\n')
    monkeypatch.setenv("SMTP_USER", "briefer")
    monkeypatch.setenv("SMTP_PASSWORD", "s3cret")
    with pytest.raises(PublishError, match="refusing to send the SMTP password"):
        publish(load_config(publishing), PublishOptions(send=True))


def test_a_refused_recipient_is_logged_and_the_rerun_sends_only_that_message(
    publishing: Path, servers: list[Server]
) -> None:
    refusing = start(servers, Inbox(refuse=("paris@example.org",)))
    use_server(publishing, refusing.port)
    report = publish(load_config(publishing), PublishOptions(send=True))
    assert [r.message.recipient.address for r in report.failures] == ["paris@example.org"]
    assert report.failures[0].code == 550 and "mailbox unavailable" in report.failures[0].reply
    assert refusing.inbox.recipients() == [["desk@example.org"]]
    events = [(e["event"], e["recipient"]) for e in log_events(publishing)[1:]]
    assert events == [
        ("addressed", "desk@example.org"),
        ("addressed", "paris@example.org"),
        ("delivered", "desk@example.org"),
        ("failed", "paris@example.org"),
    ]

    accepting = start(servers, Inbox())
    use_server(publishing, accepting.port)
    rerun = publish(load_config(publishing), PublishOptions(send=True))
    assert rerun.failures == () and rerun.release is None
    assert accepting.inbox.recipients() == [["paris@example.org"]]


def test_a_dropped_connection_leaves_the_log_exact_and_the_rerun_sends_the_rest(
    publishing: Path, servers: list[Server]
) -> None:
    dropping = start(servers, Inbox(drop_on=2))
    use_server(publishing, dropping.port, RECIPIENTS + BERLIN)
    report = publish(load_config(publishing), PublishOptions(send=True))
    assert [r.delivered for r in report.results] == [True, False]
    assert report.results[1].code is None and "connection lost" in report.results[1].reply
    assert dropping.inbox.recipients() == [["desk@example.org"]]
    outcome = [(e["event"], e.get("recipient")) for e in log_events(publishing)]
    assert ("delivered", "desk@example.org") in outcome
    assert ("failed", "paris@example.org") in outcome
    assert not any(e[1] == "berlin@example.org" and e[0] != "addressed" for e in outcome)

    fresh = start(servers, Inbox())
    use_server(publishing, fresh.port, RECIPIENTS + BERLIN)
    rerun = publish(load_config(publishing), PublishOptions(send=True))
    assert rerun.failures == ()
    assert fresh.inbox.recipients() == [["paris@example.org"], ["berlin@example.org"]]
    delivered = [e["recipient"] for e in log_events(publishing) if e["event"] == "delivered"]
    assert sorted(delivered) == ["berlin@example.org", "desk@example.org", "paris@example.org"]


def test_an_unreachable_server_sends_nothing_and_keeps_everything_pending(
    publishing: Path,
) -> None:
    use_server(publishing, free_port())
    with pytest.raises(PublishError, match="cannot reach the SMTP server 127.0.0.1"):
        publish(load_config(publishing), PublishOptions(send=True))
    events = log_events(publishing)
    assert not [e for e in events if e["event"] in ("delivered", "failed")]


def test_a_clearance_lowered_after_addressing_withdraws_the_message(
    publishing: Path, servers: list[Server]
) -> None:
    server = start(servers, Inbox())
    use_server(publishing, server.port)
    publish(load_config(publishing), PublishOptions())  # addressed, not sent
    lowered = RECIPIENTS.replace('clearance = "SECRET"', 'clearance = "UNCLASSIFIED"')
    use_server(publishing, server.port, lowered)
    report = publish(load_config(publishing), PublishOptions(send=True))
    assert "paris@example.org (release 2025-09-18-1): no longer cleared" in report.withdrawn[0]
    assert server.inbox.recipients() == [["desk@example.org"]]
    withdrawn = [e for e in log_events(publishing) if e["event"] == "withdrawn"]
    assert [e["recipient"] for e in withdrawn] == ["paris@example.org"]


def test_messages_are_reproducible_files(publishing: Path) -> None:
    use_server(publishing, 25)
    publish(load_config(publishing), PublishOptions())
    eml = publishing / "out" / "releases" / "2025-09-18-1" / "mail" / "paris@example.org.eml"
    first = eml.read_bytes()
    assert b"\r\n" in first and b"\n" not in first.replace(b"\r\n", b"")
    message = email.message_from_bytes(first, policy=policy.default)
    assert message["To"] == '"Embassy, Paris" <paris@example.org>'
    assert "Notes d'information" in message["Subject"]
    eml.unlink()
    publish(load_config(publishing), PublishOptions())  # nothing new; pending is composed again
    assert eml.read_bytes() == first


def self_signed_server_certificate(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 and its key, as PEM files."""
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "smtp.crt", folder / "smtp.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path
