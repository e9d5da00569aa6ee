"""`briefer publish`, in order: gather, check, sign, write the release, address, feed, send.

Everything that can refuse (an unknown classification, a missing key or passphrase, a missing
sender) does so before the first file is written. Then the release folder appears whole, one
message per recipient is written beside it, and the publish log records the release and the
addressing. Messages addressed earlier and not yet delivered are composed again from the
current briefer.toml, so a recipient removed or no longer cleared gets nothing. With send, the
pending messages go out one by one, each result logged before the next.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefer.classification import levels_by_label
from briefer.config import LANGUAGES, Config, Recipient
from briefer.errors import PublishError
from briefer.files import write_atomic
from briefer.publish import journal as journal_mod
from briefer.publish.built import BuiltDocument, read_document, scan
from briefer.publish.bundle import (
    Release,
    ReleasedFile,
    next_id,
    read_releases,
    release_files,
    releases_dir,
    select,
    write_release,
)
from briefer.publish.feed import write_feeds
from briefer.publish.journal import Journal
from briefer.publish.keys import SigningKey, load_key, passphrase_from_env
from briefer.publish.mail import Outgoing, Result, compose, deliver, now_utc, sender
from briefer.publish.recipients import Levels, Withheld, plan
from briefer.publish.signing import sign_pdf

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PublishOptions:
    """How publish runs, beyond the configuration."""

    everything: bool = False
    """Release every built document, not only those built since the last publish."""
    send: bool = False
    """Deliver the pending messages over SMTP."""
    passphrase: Callable[[], bytes | None] | None = None
    """Asked only when there is something to sign; default: the [signing] passphrase_env."""


@dataclass(frozen=True)
class PublishReport:
    """What publish did and would do: the release, who gets what, what was sent."""

    release: Release | None
    pending: tuple[Outgoing, ...]
    """Messages addressed and not delivered when sending began (or would begin)."""
    withheld: tuple[Withheld, ...]
    """Documents of the new release kept from recipients by their clearance."""
    withdrawn: tuple[str, ...]
    results: tuple[Result, ...]
    feeds: tuple[str, ...]
    latest: str | None
    """The latest release before this run, when nothing was new."""

    @property
    def failures(self) -> tuple[Result, ...]:
        """Messages the server refused or that were lost with the connection."""
        return tuple(r for r in self.results if not r.delivered)


def printed_labels(config: Config, lang: str) -> dict[str, str]:
    """Each classification label a page in a language may print, and its level."""
    overrides = {config.classification: config.classification_labels}
    return levels_by_label(config.publish.levels, lang, overrides)


def publish(config: Config, options: PublishOptions) -> PublishReport:
    """Make a release of what is new (or everything), address it, and send when asked."""
    levels = Levels(config.publish.levels)
    directory = releases_dir(config.out)
    journal = Journal(directory / journal_mod.LOG_NAME)
    if options.send:
        sender(config.mail)
        if not config.mail.host:
            raise PublishError('no SMTP server; set host = "smtp.example.org" under [mail]')
    langs = [lang for lang in LANGUAGES if (config.out / lang).is_dir()]
    built = scan(config.out, langs)
    releases = read_releases(directory)
    chosen = [
        read_document(f, levels.order, printed_labels(config, f.lang))
        for f in select(built, releases, options.everything)
    ]
    if not built and not releases:
        raise PublishError("nothing built to publish; run 'briefer build' first", config.out)
    latest = releases[-1].id if releases else None
    release: Release | None = None
    withheld: list[Withheld] = []
    outgoing: dict[tuple[str, str], Outgoing] = {}
    if chosen:
        release, withheld, outgoing = _release(config, options, levels, chosen, directory, journal)
        releases.append(release)
    withdrawn = _readdress(config, levels, releases, journal, outgoing)
    feeds = write_feeds(config.out, releases, langs, config.publish)
    pending = tuple(outgoing.values())
    results: list[Result] = []
    if options.send and pending:

        def record(result: Result) -> None:
            journal.append(_result_event(result, releases))

        results = deliver(pending, config.mail, record)
    return PublishReport(
        release,
        pending,
        tuple(withheld),
        tuple(withdrawn),
        tuple(results),
        tuple(str(p) for p in feeds),
        latest,
    )


def _release(
    config: Config,
    options: PublishOptions,
    levels: Levels,
    chosen: Sequence[BuiltDocument],
    directory: Path,
    journal: Journal,
) -> tuple[Release, list[Withheld], dict[tuple[str, str], Outgoing]]:
    """Sign the chosen documents into a new release and address it; checks come first."""
    for document in chosen:
        levels.rank(document.classification, str(document.path))
    if config.recipients:
        sender(config.mail)
    ask = options.passphrase or (lambda: passphrase_from_env(config.signing))
    key = load_key(config.signing, ask())
    signed = [_sign(document, key, config) for document in chosen]
    built = max(document.built for document in chosen)
    signer = {
        "subject": key.certificate.subject,
        "sha256": key.certificate.sha256,
        "self_signed": key.certificate.self_signed,
        "timestamp_url": config.signing.timestamp_url,
    }
    release = write_release(
        directory, next_id(directory, built), built, signer, release_files(chosen, signed)
    )
    journal.append(
        {
            "event": journal_mod.RELEASE,
            "release": release.id,
            "built": release.built.isoformat(),
            "files": [f.path for f in release.files],
        }
    )
    shares, withheld = plan([(f.path, f) for f in release.documents], config.recipients, levels)
    outgoing: dict[tuple[str, str], Outgoing] = {}
    for recipient in config.recipients:
        files = shares.get(recipient.address)
        if files:
            message = _compose(config, levels, release, recipient, files)
            _address(journal, message)
            outgoing[(release.id, recipient.address)] = message
    return release, withheld, outgoing


def _sign(document: BuiltDocument, key: SigningKey, config: Config) -> bytes:
    data = document.path.read_bytes()
    if hashlib.sha256(data).hexdigest() != document.sha256:
        raise PublishError("changed while publishing; run publish again", document.path)
    signed, _ = sign_pdf(data, key, document.built, config.signing)
    return signed


def _compose(
    config: Config,
    levels: Levels,
    release: Release,
    recipient: Recipient,
    files: Sequence[ReleasedFile],
) -> Outgoing:
    message = compose(
        release,
        recipient,
        files,
        config.mail,
        config.publish.organisation,
        levels,
        config.templates,
    )
    if not message.path.exists() or message.path.read_bytes() != message.data:
        write_atomic(message.path, message.data)
    return message


def _address(journal: Journal, message: Outgoing) -> None:
    journal.append(
        {
            "event": journal_mod.ADDRESSED,
            "release": message.release,
            "recipient": message.recipient.address,
            "name": message.recipient.name,
            "clearance": message.recipient.clearance,
            "languages": list(message.recipient.languages),
            "message": f"{message.path.parent.name}/{message.path.name}",
            "message_id": message.message_id,
            "sha256": message.sha256,
            "files": _files(message.files),
        }
    )


def _files(files: Sequence[ReleasedFile]) -> list[dict[str, str]]:
    return [
        {"path": f.path, "sha256": f.sha256, "classification": f.classification, "lang": f.lang}
        for f in files
    ]


def _readdress(
    config: Config,
    levels: Levels,
    releases: Sequence[Release],
    journal: Journal,
    outgoing: dict[tuple[str, str], Outgoing],
) -> list[str]:
    """Compose again, from the current configuration, the messages still waiting to go."""
    by_id = {r.id: r for r in releases}
    recipients = {r.address: r for r in config.recipients}
    withdrawn = []
    for event in journal_mod.pending(journal.events()):
        key = (event["release"], event["recipient"])
        if key in outgoing:
            continue
        release, recipient = by_id.get(event["release"]), recipients.get(event["recipient"])
        files = (
            plan([(f.path, f) for f in release.documents], [recipient], levels)[0].get(
                recipient.address, []
            )
            if release is not None and recipient is not None
            else []
        )
        if not files:
            reason = (
                "the release is gone"
                if release is None
                else "no longer in briefer.toml"
                if recipient is None
                else "no longer cleared for, or asking for, any of its files"
            )
            journal.append(
                {
                    "event": journal_mod.WITHDRAWN,
                    "release": key[0],
                    "recipient": key[1],
                    "reason": reason,
                }
            )
            withdrawn.append(f"{key[1]} (release {key[0]}): {reason}; nothing will be sent")
            log.warning("withdrew the message of release %s to %s: %s", *key, reason)
            continue
        assert release is not None and recipient is not None
        message = _compose(config, levels, release, recipient, files)
        if message.sha256 != event.get("sha256"):
            _address(journal, message)
        outgoing[key] = message
    return withdrawn


def _result_event(result: Result, releases: Sequence[Release]) -> dict[str, Any]:
    message = result.message
    built = next((r.built.isoformat() for r in releases if r.id == message.release), None)
    return {
        "event": journal_mod.DELIVERED if result.delivered else journal_mod.FAILED,
        "release": message.release,
        "recipient": message.recipient.address,
        "name": message.recipient.name,
        "message_id": message.message_id,
        "sha256": message.sha256,
        "files": _files(message.files),
        "smtp": {"code": result.code, "reply": result.reply},
        "built": built,
        "at": now_utc(),
    }
