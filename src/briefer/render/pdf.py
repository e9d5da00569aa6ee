"""Writing PDF/A-3b with WeasyPrint: the shipped fonts embedded, the visit's facts attached,
nothing fetched but the templates and fonts, and the bytes stable from build to build.

And from machine to machine: WeasyPrint subsets the embedded fonts with HarfBuzz when the
system has libharfbuzz-subset, else with fontTools, and the two give different bytes.
briefer always takes the fontTools path (fontTools is a pinned Python dependency), whatever
system libraries are installed (one_subsetting_path).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from weasyprint.urls import URLFetcher


PDF_VARIANT = "pdf/a-3b"


def url_fetcher(roots: Sequence[Path], refused: list[str] | None = None) -> URLFetcher:
    """A WeasyPrint fetcher serving only files under roots (and data: URLs); all else refused."""
    from urllib.parse import unquote, urlsplit

    from weasyprint.urls import URLFetcher, URLFetcherResponse

    allowed = [r.resolve() for r in roots]
    log_refusal = refused if refused is not None else []

    class LocalFetcher(URLFetcher):  # type: ignore[misc]
        """Refuses network URLs and files outside the template and font folders."""

        def fetch(self, url: str, headers: Any = None) -> URLFetcherResponse:
            parts = urlsplit(url)
            if parts.scheme == "data":
                return super().fetch(url, headers)
            if parts.scheme == "file" and parts.netloc in ("", "localhost"):
                path = Path(unquote(parts.path)).resolve()
                if any(path.is_relative_to(root) for root in allowed) and path.is_file():
                    return URLFetcherResponse(path.as_uri(), path.read_bytes())
            log_refusal.append(url)
            raise ValueError(
                f"refused to fetch {url}: briefer reads only its templates and "
                "fonts folders and never the network"
            )

    return LocalFetcher(allowed_protocols=("file", "data"), allow_redirects=False)


def one_subsetting_path() -> None:
    """Make WeasyPrint subset fonts with fontTools even where libharfbuzz-subset is installed.

    WeasyPrint looks its HarfBuzz-Subset binding up as a global of weasyprint.pdf.fonts when
    it subsets (Font.subset); without it, it takes fontTools. Set once, never restored, so
    concurrent renders all take the same path.
    """
    from weasyprint.pdf import fonts

    if getattr(fonts, "harfbuzz_subset", None) is not None:
        fonts.harfbuzz_subset = None


class _Chosen(logging.Filter):
    """Drops WeasyPrint's advice to install HarfBuzz-Subset: fontTools is briefer's choice
    (one_subsetting_path), not a missing library."""

    CHOSEN = ("Using fontTools instead of HarfBuzz-Subset",)

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith(self.CHOSEN)


def _quiet_repeats(logger: logging.Logger) -> None:
    if not any(isinstance(f, _Chosen) for f in logger.filters):
        logger.addFilter(_Chosen())


def write_pdf(
    html: str,
    base: Path,
    fetcher: URLFetcher,
    built: datetime,
    attachment: tuple[str, bytes] | None = None,
    compact: str | None = None,
) -> bytes:
    """HTML to a tagged PDF/A-3b with the shipped fonts embedded and an optional attachment.

    compact: a stylesheet that sets the document a little tighter, applied when the last page
    would otherwise hold only a few lines.
    """
    from weasyprint import CSS, HTML, Attachment

    _quiet_repeats(logging.getLogger("weasyprint"))
    one_subsetting_path()

    attachments = []
    if attachment is not None:
        name, data = attachment
        attachments.append(
            Attachment(
                string=data,
                name=name,
                url_fetcher=fetcher,
                description="Visit facts, evidence and provenance",
                created=built,
                modified=built,
                relationship="Data",
            )
        )
    source = HTML(string=html, base_url=base.as_uri() + "/", url_fetcher=fetcher)
    options: dict[str, Any] = {"pdf_variant": PDF_VARIANT, "pdf_tags": True}
    document = source.render(**options)
    if compact and len(document.pages) > 1 and last_page_fill(document) < NEAR_EMPTY:
        # Rebalance: a slightly tighter setting, kept when it ends on a fuller last page.
        sheet = CSS(string=compact, base_url=base.as_uri() + "/", url_fetcher=fetcher)
        tighter = source.render(stylesheets=[sheet], **options)
        if _better(tighter, document):
            document = tighter
    with _source_date(built):
        pdf: bytes = document.write_pdf(attachments=attachments, uncompressed_pdf=False, **options)
    return pdf


NEAR_EMPTY = 1 / 3
"""A last page filled less than this is rebalanced (a few lines alone on a page)."""


def last_page_fill(document: Any) -> float:
    """How much of the last page's height its content fills, from 0 to 1.

    Reads WeasyPrint's laid-out boxes: the lowest line of the page's content (not its header
    and footer) against the page's content height.
    """
    from weasyprint.formatting_structure import boxes

    page = document.pages[-1]._page_box
    top = page.content_box_y()
    height = page.height or 1
    bottom = top
    for child in page.children:
        if isinstance(child, boxes.MarginBox):
            continue
        for box in child.descendants():
            if isinstance(box, boxes.LineBox):
                bottom = max(bottom, box.position_y + box.height)
    return float(max(0.0, min(1.0, (bottom - top) / height)))


def _better(tighter: Any, document: Any) -> bool:
    """Fewer pages, or as many with a fuller last page."""
    if len(tighter.pages) != len(document.pages):
        return len(tighter.pages) < len(document.pages)
    return last_page_fill(tighter) > last_page_fill(document)


@contextmanager
def _source_date(built: datetime) -> Iterator[None]:
    """SOURCE_DATE_EPOCH set to the build time while fonts are subset.

    fontTools stamps each subset font's 'head' table with the current time unless this
    variable is set; without it two builds a second apart embed different bytes.
    """
    saved = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(int(built.timestamp()))
    try:
        yield
    finally:
        if saved is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = saved
