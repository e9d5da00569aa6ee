"""briefer publish, briefer verify, briefer keys ..."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from briefer import config as config_mod
from briefer.cli.common import config_option, setup_logging, user_errors
from briefer.errors import PublishError

if TYPE_CHECKING:
    from briefer.publish.workflow import PublishReport

QUIET_LIBRARIES = ("pyhanko", "pyhanko_certvalidator", "mail.log", "asyncio")


def _quiet_libraries() -> None:
    for name in QUIET_LIBRARIES:
        logging.getLogger(name).setLevel(logging.CRITICAL)


def _passphrase(config: config_mod.Config, confirm: bool = False) -> bytes | None:
    """From the environment variable named in [signing], else asked on the terminal."""
    from briefer.publish.keys import passphrase_from_env

    found = passphrase_from_env(config.signing)
    if found is not None:
        return found
    if not sys.stdin.isatty():
        raise PublishError(
            f"the key's passphrase is needed: set {config.signing.passphrase_env}, or run "
            "the command in a terminal to type it"
        )
    typed: str = click.prompt(
        f"Passphrase of {config.signing.key}",
        hide_input=True,
        confirmation_prompt=confirm,
        err=True,
    )
    return typed.encode("utf-8")


# --- publish --------------------------------------------------------------------------------


@click.command("publish")
@click.option(
    "--all",
    "everything",
    is_flag=True,
    help="Release every built note and digest, not only those built since the last publish.",
)
@click.option(
    "--send",
    is_flag=True,
    help="Deliver the messages over SMTP ([mail] in briefer.toml). Without it nothing is sent.",
)
@click.option(
    "--out",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Directory the notes were built into. Default: out/.",
)
@click.option("--quiet", "-q", is_flag=True, help="Print only warnings, errors and the plan.")
@config_option
@user_errors
def publish(
    everything: bool, send: bool, out: Path | None, quiet: bool, config_path: Path | None
) -> None:
    """Sign the notes built since the last publish into a release, and address them.

    Writes out/releases/<date>-<n>/ (signed PDFs, their fact ledgers, manifest.json,
    SHA256SUMS), a zip of it, one .eml message per recipient cleared for the notes and
    asking for their language, and the Atom feeds out/feed-<lang>.atom; then prints who
    gets what. A note never goes to a recipient whose clearance is below its
    classification. Nothing is sent without --send; with it, every message not yet
    delivered goes out, and a rerun after a failure sends only the rest.

    The key is [signing] key in briefer.toml; its passphrase comes from the environment
    variable named by passphrase_env (BRIEFER_KEY_PASSPHRASE), else it is asked for.

    \b
    Examples:
      briefer publish                 # release what is new, write messages, send nothing
      briefer publish --all           # release every built note again
      briefer publish --send          # release what is new and deliver what is pending
    """
    from briefer.publish.workflow import PublishOptions
    from briefer.publish.workflow import publish as run

    setup_logging(quiet)
    _quiet_libraries()
    config = config_mod.with_overrides(config_mod.load(config_path), out=out)
    options = PublishOptions(
        everything=everything, send=send, passphrase=lambda: _passphrase(config)
    )
    report = run(config, options)
    _print_report(report, send)
    if report.failures:
        sys.exit(1)


def _print_report(report: PublishReport, send: bool) -> None:
    if report.release is None:
        latest = f" (latest release {report.latest})" if report.latest else ""
        click.echo(f"nothing new since the last publish{latest}; --all releases everything again")
    else:
        release = report.release
        click.echo(
            f"release {release.id}: {len(release.documents)} signed document(s) in "
            f"{release.folder}/ and {release.zip_path}"
        )
    for message in report.pending:
        who = message.recipient
        click.echo(
            f"to {who.name} <{who.address}> ({who.clearance}; {', '.join(who.languages)}): "
            f"{len(message.files)} file(s) of release {message.release} in {message.path}"
        )
        for item in message.files:
            click.echo(f"    {item.path}  {item.classification}  {item.title}")
    counts: dict[tuple[str, str, str], int] = {}
    for held in report.withheld:
        key = (held.recipient.name, held.recipient.address, held.recipient.clearance)
        counts[key] = counts.get(key, 0) + 1
    for (name, address, clearance), count in counts.items():
        click.echo(
            f"withheld from {name} <{address}> (cleared {clearance}): {count} file(s) "
            "classified above their clearance"
        )
    for line in report.withdrawn:
        click.echo(f"withdrawn: {line}")
    for path in report.feeds:
        click.echo(f"feed {path}")
    for result in report.results:
        status = "delivered" if result.delivered else "FAILED"
        code = f"{result.code} " if result.code is not None else ""
        click.echo(f"{status} to {result.message.recipient.address}: {code}{result.reply}")
    if not send and report.pending:
        click.echo(
            f"nothing sent: {len(report.pending)} message(s) pending; "
            "'briefer publish --send' delivers them"
        )
    elif send and not report.pending:
        click.echo("nothing to send: every message addressed so far was delivered")
    if report.failures:
        click.echo(
            f"{len(report.failures)} message(s) not delivered (see out/releases/"
            "publish-log.jsonl); 'briefer publish --send' again sends only those",
            err=True,
        )


# --- verify ---------------------------------------------------------------------------------


@click.command("verify")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path, exists=False))
@click.option(
    "--trust",
    "trust",
    multiple=True,
    type=click.Path(path_type=Path, dir_okay=False),
    help="A certificate (PEM or DER) to trust, besides [signing] trusted_roots. Repeatable.",
)
@click.option(
    "--format",
    "output",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="One line per file, or a JSON list with every check.",
)
@config_option
@user_errors
def verify(
    files: tuple[Path, ...], trust: tuple[Path, ...], output: str, config_path: Path | None
) -> None:
    """Check signed notes: signature, integrity, signer, PDF/A, and the attached ledger.

    For each PDF (a directory means every PDF under it): the signature is valid, the file is
    unmodified since signing, the signer's certificate chains to a trusted root
    ([signing] trusted_roots in briefer.toml, or --trust), the file still declares
    PDF/A-3b, and a note's attached fact ledger matches the page (visit id, language,
    versions, and the release manifest when the file sits in a release). Prints one line
    per file; the exit code is 1 if any file fails. Never uses the network.

    \b
    Examples:
      briefer verify out/releases/2025-09-18-1/en/2025-09-18-tr-ankara.pdf
      briefer verify out/releases/2025-09-18-1/ --format json
      briefer verify note.pdf --trust briefing-unit.crt
    """
    from briefer.publish.keys import load_trust_roots
    from briefer.publish.verify import verify_files

    setup_logging(quiet=True)
    _quiet_libraries()
    config = config_mod.load(config_path)
    roots = load_trust_roots([*config.signing.trusted_roots, *trust])
    paths: list[Path] = []
    for path in files:
        paths += sorted(path.rglob("*.pdf")) if path.is_dir() else [path]
    if not paths:
        raise PublishError("no PDF files found; name the files or a release folder to verify")
    verdicts = verify_files(paths, roots)
    if output == "json":
        click.echo(json.dumps([v.to_json() for v in verdicts], ensure_ascii=False, indent=2))
    else:
        for verdict in verdicts:
            click.echo(verdict.line())
    if not all(v.ok for v in verdicts):
        sys.exit(1)


# --- keys -----------------------------------------------------------------------------------


@click.group("keys")
def keys() -> None:
    """Make or inspect the organisation's signing key ([signing] key in briefer.toml).

    Example: briefer keys init --organisation "Briefing unit"
    """


@keys.command("init")
@click.option(
    "--organisation",
    default=None,
    help="Name in the certificate. Default: [publish] organisation in briefer.toml.",
)
@click.option(
    "--days",
    type=click.IntRange(1, 3650),
    default=730,
    show_default=True,
    help="How long the certificate is valid.",
)
@click.option("--force", is_flag=True, help="Replace an existing key.")
@config_option
@user_errors
def keys_init(organisation: str | None, days: int, force: bool, config_path: Path | None) -> None:
    """Make a key and a SELF-SIGNED certificate, for trials and small teams.

    Writes the PKCS#12 file named by [signing] key (default keys/briefer.p12), protected by
    the passphrase from the environment variable named by passphrase_env (default
    BRIEFER_KEY_PASSPHRASE) or typed twice, and the public certificate beside it (.crt).
    No authority vouches for a self-signed certificate: recipients can check that a note was
    not altered since it was signed, but that it was you who signed it only if they received
    the .crt from you by a channel they trust and list it in their trusted_roots.

    \b
    Examples:
      briefer keys init --organisation "Briefing unit"
      BRIEFER_KEY_PASSPHRASE=... briefer keys init --days 365 --force
    """
    from briefer.publish.keys import init_key

    setup_logging(quiet=False)
    config = config_mod.load(config_path)
    passphrase = _passphrase(config, confirm=True) or b""
    made = init_key(
        config.signing.key,
        organisation or config.publish.organisation,
        passphrase,
        days=days,
        force=force,
    )
    cert = made.certificate
    click.echo(f"wrote {made.key} (private key; keep it and its passphrase apart)")
    click.echo(f"wrote {made.certificate_file} (certificate; give it to your recipients)")
    click.echo(f"subject {cert.subject}")
    click.echo(f"valid {cert.not_before:%Y-%m-%d} to {cert.not_after:%Y-%m-%d}")
    click.echo(f"SHA-256 fingerprint {cert.sha256}")
    click.echo(
        "this certificate is SELF-SIGNED: no authority vouches for it. Recipients should list "
        f"{made.certificate_file.name} in [signing] trusted_roots only after checking its "
        "fingerprint with you by phone or in person; for notes that leave your organisation, "
        "use a key certified by your organisation's CA (see docs/distribution.md)."
    )


@keys.command("show")
@config_option
@user_errors
def keys_show(config_path: Path | None) -> None:
    """Show the certificate of the signing key: subject, issuer, validity, fingerprint.

    Reads the certificate beside the key (keys/briefer.crt); no passphrase needed.

    Example: briefer keys show
    """
    from briefer.publish.keys import certificate_path, describe_file

    config = config_mod.load(config_path)
    path = certificate_path(config.signing.key)
    cert = describe_file(path)
    click.echo(f"certificate {path}")
    click.echo(f"subject {cert.subject}")
    click.echo(f"issuer {cert.issuer}{' (self-signed)' if cert.self_signed else ''}")
    click.echo(f"valid {cert.not_before:%Y-%m-%d} to {cert.not_after:%Y-%m-%d}")
    click.echo(f"SHA-256 fingerprint {cert.sha256}")
