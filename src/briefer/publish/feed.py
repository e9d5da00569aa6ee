"""Atom 1.0 feeds (RFC 4287) of the published notes, one per language: out/feed-<lang>.atom.

One entry per visit: the latest release of its note. Entry and feed ids are urn:uuid URIs
derived from the organisation, the visit and the language, so an entry keeps its id when a
later release replaces its PDF; `updated` is the build time of that release. Links point at the
signed PDFs in out/releases/, under [publish] base_url when set, else relative to out/.
"""

from __future__ import annotations

import logging
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from briefer import __version__
from briefer.config import PublishConfig
from briefer.files import write_atomic
from briefer.publish.built import NOTE
from briefer.publish.bundle import Release, ReleasedFile
from briefer.publish.mail import words

log = logging.getLogger(__name__)

ATOM = "http://www.w3.org/2005/Atom"
NAMESPACE = uuid.UUID("1b8a2f4e-6f0c-5a43-9a8e-0d4b1c2e7f16")
"""briefer's namespace for the name-based (version 5) UUIDs of feeds and entries."""


@dataclass(frozen=True)
class Entry:
    """A note as the feed shows it: its latest release, and its first."""

    item: ReleasedFile
    release: Release
    first_published: datetime


def feed_path(out: Path, lang: str) -> Path:
    """out/feed-en.atom, beside index.html, which links to it."""
    return out / f"feed-{lang}.atom"


def rfc3339(moment: datetime) -> str:
    """2025-09-18T12:00:00Z."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def entry_id(organisation: str, visit: str, lang: str) -> str:
    """The entry's permanent id: the same visit and language keep it across releases."""
    return urn(organisation, visit, lang)


def urn(*parts: str) -> str:
    """A urn:uuid derived from the parts, the same every time."""
    return f"urn:uuid:{uuid.uuid5(NAMESPACE, chr(0).join(parts))}"


def entries(releases: Sequence[Release], lang: str) -> list[Entry]:
    """The latest release of each note in the language, newest first."""
    latest: dict[str, Entry] = {}
    for release in releases:
        for item in release.documents:
            if item.kind != NOTE or item.lang != lang or not item.visit:
                continue
            first = latest[item.visit].first_published if item.visit in latest else release.built
            latest[item.visit] = Entry(item, release, first)
    return sorted(latest.values(), key=lambda e: (e.release.built, e.item.visit), reverse=True)


def _href(publish: PublishConfig, path: str) -> str:
    base = publish.base_url
    return (base.rstrip("/") + "/" + path) if base else path


def feed_xml(releases: Sequence[Release], lang: str, publish: PublishConfig) -> bytes | None:
    """The Atom document of one language, or None when nothing was published in it."""
    found = entries(releases, lang)
    if not found:
        return None
    ET.register_namespace("", ATOM)

    def sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
        element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
        element.text = text
        return element

    organisation = publish.organisation
    feed = ET.Element(f"{{{ATOM}}}feed", {"{http://www.w3.org/XML/1998/namespace}lang": lang})
    sub(feed, "id", urn(organisation, "feed", lang))
    title = publish.feed_title or words(lang)["feed_title"].format(organisation=organisation)
    sub(feed, "title", title, type="text")
    sub(feed, "updated", rfc3339(max(e.release.built for e in found)))
    author = sub(feed, "author")
    sub(author, "name", organisation)
    if publish.base_url:
        sub(
            feed,
            "link",
            rel="self",
            type="application/atom+xml",
            href=_href(publish, f"feed-{lang}.atom"),
        )
    sub(feed, "link", rel="alternate", type="text/html", href=_href(publish, "index.html"))
    sub(feed, "generator", "briefer", version=__version__)
    for entry in found:
        item = entry.item
        node = sub(feed, "entry")
        sub(node, "id", entry_id(organisation, str(item.visit), lang))
        sub(node, "title", item.title, type="text")
        sub(node, "updated", rfc3339(entry.release.built))
        sub(node, "published", rfc3339(entry.first_published))
        sub(
            node,
            "link",
            rel="alternate",
            type="application/pdf",
            hreflang=lang,
            href=_href(publish, f"releases/{entry.release.id}/{item.path}"),
            title=f"{item.title} (PDF)",
        )
        sub(node, "category", term=item.classification, label=item.classification)
        sub(node, "summary", " ".join(item.summary) or item.title, type="text")
    ET.indent(feed)
    body: bytes = ET.tostring(feed, encoding="utf-8", xml_declaration=True)
    return body.rstrip(b"\n") + b"\n"


def write_feeds(
    out: Path, releases: Sequence[Release], langs: Sequence[str], publish: PublishConfig
) -> list[Path]:
    """Write out/feed-<lang>.atom for each language with published notes; changed ones only."""
    written = []
    for lang in langs:
        body = feed_xml(releases, lang, publish)
        path = feed_path(out, lang)
        if body is None or (path.exists() and path.read_bytes() == body):
            continue
        write_atomic(path, body)
        written.append(path)
        log.info("wrote %s", path)
    return written
