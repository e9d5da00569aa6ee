"""Messages to recipients: RFC 5322 with a text and an HTML part and the signed PDFs attached,
written as .eml files and, with --send, delivered over SMTP.

A message is reproducible: its Date is the build time, its Message-ID and MIME boundaries are
derived from the release, the recipient and the attached files. The bytes written to the .eml
file (CRLF line ends) are the bytes sent. Delivery is one SMTP transaction per message with a
single envelope recipient; each result is logged before the next message goes.
"""

from __future__ import annotations

import hashlib
import logging
import os
import smtplib
import ssl
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path
from typing import Any

import jinja2

from briefer.config import MailConfig, Recipient
from briefer.errors import PublishError
from briefer.publish.bundle import Release, ReleasedFile
from briefer.publish.recipients import Levels, check_share
from briefer.render.sandbox import sandbox
from briefer.resources import data_table

log = logging.getLogger(__name__)

MAIL_DIR = "mail"
TEMPLATES = Path(__file__).resolve().parent / "templates"


@dataclass(frozen=True)
class Outgoing:
    """One composed message: to one recipient, the files of one release."""

    release: str
    recipient: Recipient
    files: tuple[ReleasedFile, ...]
    message_id: str
    data: bytes
    """The message as sent, CRLF line ends."""
    path: Path
    """The .eml file it is written to."""

    @property
    def sha256(self) -> str:
        """Of the message bytes, recorded in the publish log."""
        return hashlib.sha256(self.data).hexdigest()


@dataclass(frozen=True)
class Result:
    """What the SMTP server said about one message."""

    message: Outgoing
    delivered: bool
    code: int | None
    reply: str


def words(lang: str) -> dict[str, str]:
    """The wording of messages and feeds in a language (data/publish.yaml)."""
    table: dict[str, str] = data_table("publish")[lang]
    return table


def eml_path(release: Release, recipient: Recipient) -> Path:
    """out/releases/<id>/mail/<address>.eml."""
    safe = "".join(c if c.isalnum() or c in "@._-" else "-" for c in recipient.address.lower())
    return release.folder / MAIL_DIR / f"{safe}.eml"


def attachment_name(item: ReleasedFile) -> str:
    """2025-09-18-tr-ankara.en.pdf: the language in the name, so en and fr files differ."""
    stem = item.path.rsplit("/", 1)[-1].removesuffix(".pdf")
    return f"{stem}.{item.lang}.pdf"


def _environment(user_templates: Path | None) -> jinja2.Environment:
    folders = [p for p in (user_templates, TEMPLATES) if p is not None and p.is_dir()]
    return sandbox(folders, jinja2.select_autoescape(["html"]))


def sender(mail: MailConfig) -> str:
    """The From address, or an error saying where to set it."""
    if not mail.sender:
        raise PublishError(
            'no sender for the messages; add from = "Unit <unit@example.org>" under [mail] '
            "in briefer.toml"
        )
    return mail.sender


def compose(
    release: Release,
    recipient: Recipient,
    files: Sequence[ReleasedFile],
    mail: MailConfig,
    organisation: str,
    levels: Levels,
    user_templates: Path | None = None,
) -> Outgoing:
    """The message to one recipient with their files of the release attached.

    Refuses, before composing, a file the recipient is not cleared for or did not ask for.
    """
    check_share(levels, recipient, [(f.path, f) for f in files])
    from_header = sender(mail)
    lang = recipient.languages[0]
    text = words(lang)
    digest = hashlib.sha256(
        "\0".join([release.id, recipient.address, *(f.sha256 for f in files)]).encode()
    ).hexdigest()
    domain = parseaddr(from_header)[1].rpartition("@")[2] or "briefer.invalid"
    message_id = f"<{release.id}.{digest[:24]}@{domain}>"
    items = [
        {
            "title": f.title,
            "lang": f.lang,
            "classification": f.classification,
            "filename": attachment_name(f),
        }
        for f in files
    ]
    highest = max((f.classification for f in files), key=lambda c: levels.rank(c, release.id))
    subject = text["subject"].format(count=len(files), release=release.id)
    context = {
        "words": text,
        "lang": lang,
        "recipient": recipient,
        "release": release.id,
        "organisation": organisation,
        "items": items,
        "subject": subject,
    }
    env = _environment(user_templates)
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = from_header
    msg["To"] = formataddr((recipient.name, recipient.address))
    msg["Subject"] = f"[{highest}] {subject}"
    msg["Date"] = format_datetime(release.built.astimezone(UTC))
    msg["Message-ID"] = message_id
    msg["X-Briefer-Release"] = release.id
    msg.set_content(env.get_template("mail.txt").render(context), cte="quoted-printable")
    msg.add_alternative(
        env.get_template("mail.html").render(context), subtype="html", cte="quoted-printable"
    )
    for item in files:
        data = (release.folder / item.path).read_bytes()
        if hashlib.sha256(data).hexdigest() != item.sha256:
            raise PublishError(
                "changed since the release was made; restore it from the release's zip",
                release.folder / item.path,
            )
        msg.add_attachment(
            data, maintype="application", subtype="pdf", filename=attachment_name(item)
        )
    for n, part in enumerate(p for p in msg.walk() if p.is_multipart()):
        part.set_boundary(f"=_briefer_{digest[24:40]}_{n}")
    return Outgoing(
        release.id,
        recipient,
        tuple(files),
        message_id,
        msg.as_bytes(),
        eml_path(release, recipient),
    )


# --- SMTP -----------------------------------------------------------------------------------


def _credentials(mail: MailConfig) -> tuple[str, str] | None:
    if not mail.username_env:
        return None
    user = os.environ.get(mail.username_env)
    password = os.environ.get(mail.password_env) if mail.password_env else None
    if not user or password is None:
        missing = mail.username_env if not user else mail.password_env or "password_env"
        raise PublishError(
            f"SMTP login configured but {missing} is not set; export it, or remove "
            "username_env from [mail] to send without logging in"
        )
    return user, password


def connect(mail: MailConfig) -> smtplib.SMTP:
    """An SMTP session to the configured server: STARTTLS first when set, then login."""
    if not mail.host:
        raise PublishError('no SMTP server; set host = "smtp.example.org" under [mail]')
    credentials = _credentials(mail)
    if credentials and not mail.starttls:
        raise PublishError(
            "refusing to send the SMTP password over an unencrypted connection; "
            "set starttls = true under [mail]"
        )
    where = f"{mail.host}:{mail.port}"
    try:
        smtp = smtplib.SMTP(mail.host, mail.port, timeout=mail.timeout)
        try:
            smtp.ehlo()
            if mail.starttls:
                context = ssl.create_default_context(
                    cafile=str(mail.cafile) if mail.cafile else None
                )
                smtp.starttls(context=context)
                smtp.ehlo()
            if credentials:
                smtp.login(*credentials)
        except BaseException:
            smtp.close()
            raise
    except smtplib.SMTPNotSupportedError as exc:
        raise PublishError(
            f"{where} does not offer STARTTLS; ask for a server that does, or set "
            "starttls = false under [mail] on a trusted network"
        ) from exc
    except smtplib.SMTPAuthenticationError as exc:
        raise PublishError(
            f"{where} refused the login ({exc.smtp_code} {_text(exc.smtp_error)}); check "
            f"{mail.username_env} and {mail.password_env}"
        ) from exc
    except ssl.SSLError as exc:
        raise PublishError(
            f"TLS with {where} failed ({exc}); if the server has an internal certificate, "
            "name its CA in cafile under [mail]"
        ) from exc
    except (OSError, smtplib.SMTPException) as exc:
        raise PublishError(
            f"cannot reach the SMTP server {where} ({exc}); nothing was sent: check [mail] "
            "host and port, then publish --send again"
        ) from exc
    return smtp


def _text(value: bytes | str) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def deliver(
    messages: Sequence[Outgoing],
    mail: MailConfig,
    record: Callable[[Result], None],
    smtp_factory: Callable[[MailConfig], Any] = connect,
) -> list[Result]:
    """Send each message in its own transaction; record each result before the next.

    A refused message is recorded and the others still go; a dropped connection is recorded
    against the message in flight and ends the run, leaving the rest for the next --send.
    """
    if not messages:
        return []
    from_address = parseaddr(sender(mail))[1]
    smtp = smtp_factory(mail)
    results: list[Result] = []
    try:
        for message in messages:
            result = _transaction(smtp, from_address, message)
            record(result)
            results.append(result)
            if result.code is None:  # the connection is gone
                break
    finally:
        try:
            smtp.quit()
        except (OSError, smtplib.SMTPException):
            smtp.close()
    return results


def _transaction(smtp: smtplib.SMTP, from_address: str, message: Outgoing) -> Result:
    address = message.recipient.address
    try:
        code, reply = smtp.mail(from_address)
        if code != 250:
            smtp.rset()
            return Result(message, False, code, f"MAIL FROM refused: {_text(reply)}")
        code, reply = smtp.rcpt(address)
        if code not in (250, 251):
            smtp.rset()
            return Result(message, False, code, f"RCPT TO refused: {_text(reply)}")
        code, reply = smtp.data(message.data)
    except smtplib.SMTPDataError as exc:
        smtp.rset()
        return Result(message, False, exc.smtp_code, f"DATA refused: {_text(exc.smtp_error)}")
    except (OSError, smtplib.SMTPException) as exc:
        log.error("connection to the SMTP server lost while sending to %s: %s", address, exc)
        return Result(
            message,
            False,
            None,
            f"connection lost before the server confirmed ({exc or type(exc).__name__}); "
            "the message may or may not have arrived",
        )
    if code != 250:
        return Result(message, False, code, f"message refused: {_text(reply)}")
    log.info("delivered %s to %s", message.message_id, address)
    return Result(message, True, code, _text(reply))


def now_utc() -> str:
    """The wall-clock time of a delivery, for the publish log."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()
