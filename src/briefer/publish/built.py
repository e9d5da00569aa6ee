"""What `briefer build` wrote into out/, read back from the files themselves.

A note's classification is the level printed at the top of every one of its pages (the page
header), or the `classification` of its JSON when the renderer records one; its visit, language
and versions come from the fact ledger attached to the PDF.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from briefer.errors import PublishError

log = logging.getLogger(__name__)

DIGEST = "digest"
NOTE = "note"
SUMMARY_ITEMS = 3


@dataclass(frozen=True)
class BuiltFile:
    """A PDF in out/<lang>/ before it is read: enough to tell whether it is new."""

    path: Path
    lang: str
    sha256: str
    """Of the PDF as built, before signing: what tells a new build from a published one."""

    @property
    def kind(self) -> str:
        """ "note" or "digest"."""
        return DIGEST if self.path.stem == DIGEST else NOTE

    @property
    def key(self) -> tuple[str, str, str]:
        """What a document is, whatever its build: kind, language, file (the visit id)."""
        return (self.kind, self.lang, self.path.stem)


def scan(out: Path, langs: Iterable[str]) -> list[BuiltFile]:
    """Every note and digest built in out/<lang>/, sorted by language and file name."""
    return [
        BuiltFile(path, lang, hashlib.sha256(path.read_bytes()).hexdigest())
        for lang in langs
        for path in sorted((out / lang).glob("*.pdf"))
    ]


@dataclass(frozen=True)
class BuiltDocument:
    """A PDF in out/<lang>/: a note on one visit, or the digest of all visits."""

    path: Path
    kind: str
    """"note" or "digest"."""
    lang: str
    visit_id: str | None
    """The visit of a note; None for a digest."""
    title: str
    classification: str
    built: datetime
    """The build time the PDF records (its creation date)."""
    sha256: str
    """Of the PDF as built, before signing: what tells a new build from a published one."""
    ledger: bytes | None
    """The attached JSON (the fact ledger) of a note."""
    versions: dict[str, Any]
    """briefer, glossary, memory and model versions, from the ledger."""
    summary: tuple[str, ...]
    """The first points of the note's summary, from the HTML beside it, for the feed."""

    @property
    def name(self) -> str:
        """The file name: 2025-09-18-tr-ankara.pdf or digest.pdf."""
        return self.path.name


def pdf_reader(path: Path, data: bytes | None = None) -> Any:
    """A pypdf reader, or a PublishError naming the file."""
    import io

    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        return PdfReader(io.BytesIO(data if data is not None else path.read_bytes()))
    except (PyPdfError, ValueError, OSError) as exc:
        raise PublishError(f"not a readable PDF ({exc}); rebuild it", path) from exc


def attachments(reader: Any) -> dict[str, bytes]:
    """The embedded files of a PDF, by name (the first copy of each)."""
    return {name: data[0] for name, data in reader.attachments.items() if data}


def page_lines(reader: Any) -> list[set[str]]:
    """The text lines of each page, stripped."""
    return [{line.strip() for line in page.extract_text().splitlines()} for page in reader.pages]


def printed_level(
    pages: Sequence[set[str]], levels: Sequence[str], labels: Mapping[str, str] | None = None
) -> str | None:
    """The highest level whose label is printed as a line of its own on every page (the header).

    labels: each printed label and its level, in the document's language (a French note prints
    "DIFFUSION RESTREINTE" for RESTRICTED); without it a level is printed as its name.
    """
    printed = {level: level for level in levels} if labels is None else dict(labels)
    found = [
        level
        for label, level in printed.items()
        if pages and all(label in lines for lines in pages)
    ]
    return max(found, key=levels.index) if found else None


def pdf_date(value: Any) -> datetime | None:
    """A PDF date string (D:20250918120000Z) as a UTC datetime."""
    text = str(value or "")
    if text.startswith("D:"):
        text = text[2:]
    try:
        return datetime.strptime(text[:14], "%Y%m%d%H%M%S").replace(tzinfo=UTC)
    except ValueError:
        return None


def read_document(
    built: BuiltFile, levels: Sequence[str], labels: Mapping[str, str] | None = None
) -> BuiltDocument:
    """Read one PDF of out/<lang>/: its kind, visit, classification, build time and ledger.

    labels: each label a page of this language may print, and its level.
    """
    path, lang = built.path, built.lang
    data = path.read_bytes()
    if hashlib.sha256(data).hexdigest() != built.sha256:
        raise PublishError("changed while publishing; run publish again", path)
    reader = pdf_reader(path, data)
    files = attachments(reader)
    ledger = files.get(f"{path.stem}.json")
    kind = DIGEST if path.stem == DIGEST else NOTE
    record: dict[str, Any] = {}
    if kind == NOTE:
        if ledger is None:
            raise PublishError(
                "no fact ledger attached; rebuild the note with 'briefer build --force'", path
            )
        record = _json(ledger, path)
    classification = _classification(path, reader, record, levels, labels)
    info = reader.metadata or {}
    created = pdf_date(info.get("/CreationDate"))
    if created is None:
        raise PublishError("the PDF records no creation date; rebuild it", path)
    visit = record.get("visit") or {}
    provenance = dict(record.get("provenance") or {})
    provenance.pop("lang", None)
    creator = str(info.get("/Creator") or "")
    if not provenance and creator.startswith("briefer "):
        provenance = {"briefer": creator.removeprefix("briefer ")}
    return BuiltDocument(
        path=path,
        kind=kind,
        lang=lang,
        visit_id=str(visit["id"]) if kind == NOTE and "id" in visit else None,
        title=str(info.get("/Title") or path.stem),
        classification=classification,
        built=created,
        sha256=built.sha256,
        ledger=ledger,
        versions=provenance,
        summary=summary_points(path.with_suffix(".html")),
    )


def _json(data: bytes, path: Path) -> dict[str, Any]:
    try:
        record = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise PublishError(f"the attached fact ledger is not JSON ({exc}); rebuild", path) from exc
    if not isinstance(record, dict):
        raise PublishError("the attached fact ledger is not a JSON object; rebuild", path)
    return record


def _classification(
    path: Path,
    reader: Any,
    record: dict[str, Any],
    levels: Sequence[str],
    labels: Mapping[str, str] | None,
) -> str:
    known = dict(labels or {level: level for level in levels})
    label = record.get("classification_label")
    if isinstance(label, str) and record.get("classification") in levels:
        known[label] = str(record["classification"])
    printed = printed_level(page_lines(reader), levels, known)
    recorded = record.get("classification")
    if recorded is not None and recorded not in levels:
        raise PublishError(
            f"classification {recorded!r} is not a level of [publish] levels "
            f"({', '.join(levels)}); add it there or rebuild with a known one",
            path,
        )
    if printed is None:
        raise PublishError(
            "no known classification is printed at the top of every page; levels: "
            f"{', '.join(levels)}; set 'classification' in briefer.toml to one of them and "
            "rebuild, or add the printed one to [publish] levels",
            path,
        )
    if recorded is not None and recorded != printed:
        raise PublishError(
            f"the ledger says {recorded} but the pages say {printed}; rebuild the note", path
        )
    return printed


class _SummaryParser(HTMLParser):
    """The text of the <li> items of <section id="summary">, without their citations."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.item: list[str] | None = None
        self.items: list[str] = []
        self.cite = 0
        """Depth inside a <span class="cite"> (the "#13" links to the evidence)."""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "section":
            self.depth += 1 if self.depth or ("id", "summary") in attrs else 0
        elif tag == "li" and self.depth:
            self.item = []
        elif tag == "span" and (self.cite or ("class", "cite") in attrs):
            self.cite += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "section" and self.depth:
            self.depth -= 1
        elif tag == "span" and self.cite:
            self.cite -= 1
        elif tag == "li" and self.item is not None:
            self.items.append(" ".join("".join(self.item).split()))
            self.item = None

    def handle_data(self, data: str) -> None:
        if self.item is not None and not self.cite:
            self.item.append(data)


def summary_points(html: Path) -> tuple[str, ...]:
    """The first points of a note's summary as plain text; none when the HTML lacks them."""
    if not html.is_file():
        return ()
    parser = _SummaryParser()
    parser.feed(html.read_text(encoding="utf-8"))
    return tuple(p for p in parser.items if p)[:SUMMARY_ITEMS]
