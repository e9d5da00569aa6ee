"""Rendering: a PDF, HTML and JSON briefing note per visit and language, a digest and an index.

Templates resolve through a search path (the user's directory first, the built-in templates
last) in a Jinja2 environment with autoescaping, because article text is untrusted. Each note
is built from one typed context (NoteContext); WeasyPrint turns it into a PDF/A-3b with the
shipped fonts embedded and the visit's facts attached as JSON. Output is deterministic: dates
come from SOURCE_DATE_EPOCH or from the sources, never from the clock.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jinja2
from markupsafe import Markup

from briefer import __version__
from briefer import summary as compose
from briefer.config import Config
from briefer.documents import (
    Article,
    Block,
    Origin,
    Paragraph,
    TermStatus,
    Translation,
    origins,
    term_statuses,
)
from briefer.errors import BuildError
from briefer.files import write_atomic
from briefer.localize import EDTF_DAY, Localizer, plural_form, words
from briefer.resources import PACKAGE, builtin_dir

if TYPE_CHECKING:
    from weasyprint.urls import URLFetcher

    from briefer.glossary.match import Glossary

log = logging.getLogger(__name__)

Progress = Callable[[str], None]
PDF_VARIANT = "pdf/a-3b"
AUTHOR = "briefer"
DATA_FILES = ("data/notes.yaml", "data/localize.yaml")


@dataclass(frozen=True)
class RenderReport:
    """What rendering did: files written, notes left as they were, warnings to show."""

    written: tuple[Path, ...]
    skipped: tuple[Path, ...]
    warnings: tuple[str, ...]

    @property
    def notes_written(self) -> int:
        """PDFs written (notes and digests), for the build summary."""
        return sum(1 for p in self.written if p.suffix == ".pdf")

    @property
    def notes_skipped(self) -> int:
        """PDFs left as they were because nothing they are made from changed."""
        return len(self.skipped)


@dataclass(frozen=True)
class Provenance:
    """The versions of everything a note was made from, attached to it."""

    briefer: str
    glossary: str | None
    memory: str | None
    models: tuple[str, ...]


@dataclass(frozen=True)
class DocumentMeta:
    """What every page of a document shows around its content, and its PDF metadata."""

    lang: str
    title: str
    subtitle: str
    subject: str
    keywords: tuple[str, ...]
    created: str
    """ISO 8601 build time, from SOURCE_DATE_EPOCH or the sources."""
    built: str
    """The build date as the reader sees it: "23 November 2026"."""
    classification: str
    sources_line: str
    author: str = AUTHOR
    generator: str = f"briefer {__version__}"


@dataclass(frozen=True)
class SentenceView:
    """One sentence as printed: its text, where it came from, its language."""

    index: int
    text: str
    origin: str
    lang: str


@dataclass(frozen=True)
class ParagraphView:
    """A printed paragraph: "headline", "heading" or "body", and its sentences."""

    kind: str
    sentences: tuple[SentenceView, ...]

    @property
    def arabic_only(self) -> bool:
        """Whether every sentence stayed in Arabic, so the paragraph reads right to left."""
        return bool(self.sentences) and all(s.lang == "ar" for s in self.sentences)


@dataclass(frozen=True)
class ArticleView:
    """One source article as the note shows it: translation, Arabic text and its QA."""

    id: str
    outlet: str
    file: str
    checksum: str
    headline: str
    headline_arabic: bool
    """The headline stayed untranslated and reads right to left."""
    body: tuple[ParagraphView, ...]
    arabic: tuple[ParagraphView, ...]
    memory_share: str
    machine_share: str
    glossary_check: str
    translated: bool


@dataclass(frozen=True)
class CounterpartRow:
    """A counterpart in the counterparts table."""

    name: str
    name_ar: str
    """The name as written in Arabic, when the glossary lacks it."""
    title: str
    organisation: str
    country: str


@dataclass(frozen=True)
class AgreementRow:
    """An agreement in the agreements tables (the digest fills in the visit)."""

    kind: str
    parties: str
    subject: str
    status: str
    visit: str = ""


@dataclass(frozen=True)
class ConflictRow:
    """A fact the sources disagree on, and what each says."""

    field: str
    values: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class NoteContext:
    """Everything note.html reads: one visit in one language."""

    doc: DocumentMeta
    ui: Mapping[str, Any]
    fonts: Mapping[str, str]
    page_counter: str
    visit_id: str
    key_facts: tuple[tuple[str, str], ...]
    principal_title: str
    reported_by: str
    bullets: tuple[str, ...]
    passages: tuple[compose.Passage, ...]
    counterparts: tuple[CounterpartRow, ...]
    agreements: tuple[AgreementRow, ...]
    articles: tuple[ArticleView, ...]
    conflicts: tuple[ConflictRow, ...]
    unknown_names: tuple[tuple[str, str], ...]
    """Names the glossary lacks: (Arabic as written, "article #sentence")."""
    has_machine: bool
    has_untranslated: bool


@dataclass(frozen=True)
class TimelineRow:
    """A visit in the digest's timeline."""

    visit_id: str
    dates: str
    title: str
    place: str
    event: str
    sources: int


@dataclass(frozen=True)
class CountryRow:
    """A country in the digest's counts."""

    code: str
    name: str
    hosted: int
    mentioned: int


@dataclass(frozen=True)
class DigestContext:
    """Everything digest.html reads: all visits in one language."""

    doc: DocumentMeta
    ui: Mapping[str, Any]
    fonts: Mapping[str, str]
    page_counter: str
    timeline: tuple[TimelineRow, ...]
    agreements: tuple[AgreementRow, ...]
    countries: tuple[CountryRow, ...]


@dataclass(frozen=True)
class IndexEntry:
    """A visit in index.html, with its title and note files in each language."""

    visit_id: str
    titles: tuple[tuple[str, str], ...]
    """(lang, title) pairs."""


@dataclass(frozen=True)
class IndexContext:
    """Everything index.html reads."""

    langs: tuple[str, ...]
    headings: tuple[tuple[str, str], ...]
    entries: tuple[IndexEntry, ...]
    digests: tuple[tuple[str, str], ...]
    built: str


@dataclass
class _Outcome:
    written: list[Path] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


# --- templates ------------------------------------------------------------------------------


def template_dirs(user_templates: Path | None) -> list[Path]:
    """The template search path: the user's directory first, the built-in templates last."""
    builtin = builtin_dir("templates")
    if user_templates is not None and not user_templates.is_dir():
        raise BuildError(
            "templates directory not found; fix --templates or 'templates' in briefer.toml",
            user_templates,
        )
    return [user_templates, builtin] if user_templates is not None else [builtin]


def css_string(value: object) -> Markup:
    """A CSS string literal, safe inside <style>: quotes, backslashes and "<" escaped."""
    text = str(value)
    escaped = "".join(f"\\{ord(ch):x} " if ch in '"\\<>\n\r' else ch for ch in text)
    return Markup(f'"{escaped}"')


def environment(user_templates: Path | None = None) -> jinja2.Environment:
    """Jinja2 with autoescaping; user templates override built-in ones file by file."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(d) for d in template_dirs(user_templates)]),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )
    env.filters["css_string"] = css_string
    return env


def fonts_dir() -> Path:
    """The fonts shipped with briefer (Noto, SIL Open Font Licence)."""
    return PACKAGE / "fonts"


def font_urls() -> dict[str, str]:
    """file: URLs of the shipped fonts, by role, for the @font-face rules."""
    names = {
        "serif": "NotoSerif-Regular.ttf",
        "serif_bold": "NotoSerif-Bold.ttf",
        "arabic": "NotoNaskhArabic-Regular.ttf",
    }
    return {role: (fonts_dir() / name).as_uri() for role, name in names.items()}


def page_counter(pattern: str) -> Markup:
    """CSS content for "Page {page} of {pages}": strings around counter(page)/counter(pages)."""
    parts: list[str] = []
    rest = pattern
    while rest:
        at = min((i for i in (rest.find("{page}"), rest.find("{pages}")) if i >= 0), default=-1)
        if at < 0:
            parts.append(css_string(rest))
            break
        if at:
            parts.append(css_string(rest[:at]))
        token = "{pages}" if rest.startswith("{pages}", at) else "{page}"
        parts.append(f"counter({token[1:-1]})")
        rest = rest[at + len(token) :]
    return Markup(" ".join(parts))


# --- the URL fetcher ------------------------------------------------------------------------


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


# --- dates and versions ---------------------------------------------------------------------


def build_time(articles: Iterable[Article]) -> datetime:
    """SOURCE_DATE_EPOCH when set, else when the sources were committed, else their mtime.

    A clone sets every file's modification time to the moment of checkout, so the commit time
    of unmodified, tracked sources is what makes two clones build the same bytes.
    """
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        try:
            return datetime.fromtimestamp(int(epoch), UTC)
        except ValueError as exc:
            raise BuildError(
                f"SOURCE_DATE_EPOCH={epoch!r} is not a whole number of seconds; "
                "unset it or give a Unix time"
            ) from exc
    paths = [a.path for a in articles if a.path.exists()]
    committed = _commit_time(paths)
    if committed is not None:
        return datetime.fromtimestamp(committed, UTC)
    times = [int(p.stat().st_mtime) for p in paths]
    return datetime.fromtimestamp(max(times, default=0), UTC)


def _commit_time(paths: Sequence[Path]) -> int | None:
    """The time of the last commit of paths, if git tracks them all unmodified; else None."""
    import subprocess

    folders = {p.resolve().parent for p in paths}
    if len(folders) != 1:
        return None
    folder, names = folders.pop(), [p.name for p in paths]

    def git(*args: str) -> str | None:
        try:
            done = subprocess.run(
                ["git", *args, "--", *names],
                cwd=folder,
                capture_output=True,
                text=True,
                timeout=20,
                check=False,
            )
        except (OSError, subprocess.SubprocessError):
            return None
        return done.stdout.strip() if done.returncode == 0 else None

    tracked, changed = git("ls-files"), git("status", "--porcelain")
    if tracked is None or len(tracked.splitlines()) != len(names) or changed != "":
        return None
    stamp = git("log", "-1", "--format=%ct")
    return int(stamp) if stamp and stamp.isdigit() else None


def _digest_files(paths: Iterable[tuple[str, Path]]) -> str:
    digest = hashlib.sha256()
    for name, path in paths:
        digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def resources_version(user_templates: Path | None) -> str:
    """A hash of the templates on the search path, the fonts and the notes' wording."""
    files: list[tuple[str, Path]] = []
    for i, folder in enumerate([*template_dirs(user_templates), fonts_dir()]):
        files += [
            (f"{i}/{p.relative_to(folder)}", p) for p in sorted(folder.rglob("*")) if p.is_file()
        ]
    files += [(name, PACKAGE / name) for name in DATA_FILES]
    return _digest_files(files)


def provenance(
    translations: Mapping[tuple[str, str], Translation],
    glossary: Glossary | None,
    memory_version: str | None,
) -> Provenance:
    """The versions a build used: briefer, glossary, memory and translation models."""
    models = sorted({t.model_version for t in translations.values() if t.model_version})
    return Provenance(
        __version__, getattr(glossary, "version", None), memory_version, tuple(models)
    )


# --- the note's context ---------------------------------------------------------------------


def visit_data(visit: Any) -> dict[str, Any]:
    """The visit's issue-6 JSON: from an object with to_json(), or a mapping as it is."""
    data = visit.to_json() if hasattr(visit, "to_json") else visit
    if not isinstance(data, Mapping) or "id" not in data:
        raise BuildError(f"a visit must be a mapping with an 'id', got {type(data).__name__}")
    return dict(data)


def share_counts(translation: Translation | None) -> dict[str, int]:
    """How many sentences came from memory, from the machine, or stayed untranslated."""
    return origins([translation] if translation else [])


def term_counts(translation: Translation | None) -> dict[str, int]:
    """How many glossary terms were applied, repaired, or failed to come through."""
    return term_statuses([translation] if translation else [])


def _glossary_check(translation: Translation | None, ph: compose.Phrasing) -> str:
    counts = term_counts(translation)
    total = sum(counts.values())
    ui = ph.words["ui"]
    if not total:
        return str(ui["glossary_none"])
    if counts["repaired"] or counts["failed"]:
        return str(
            ui["glossary_problems"].format(
                count=ph.loc.number(total),
                repaired=ph.loc.number(counts["repaired"]),
                failed=ph.loc.number(counts["failed"]),
            )
        )
    return str(ui["glossary_ok"].format(count=ph.loc.number(total)))


def _paragraph_view(
    paragraph: Paragraph, translated: Mapping[int, tuple[str, str]]
) -> ParagraphView:
    sentences = []
    for s in paragraph.sentences:
        text, origin = translated.get(s.index, (s.text, Origin.UNTRANSLATED.value))
        lang = "ar" if origin == Origin.UNTRANSLATED.value else ""
        sentences.append(SentenceView(s.index, text, origin, lang))
    return ParagraphView(paragraph.kind.value, tuple(sentences))


def article_view(
    article: Article, translation: Translation | None, ph: compose.Phrasing
) -> ArticleView:
    """The article's translation, Arabic text and QA as the note prints them."""
    translated = (
        {
            s.index: (s.target, s.origin.value)
            for s in translation.sentences
            if s.origin is not Origin.UNTRANSLATED
        }
        if translation
        else {}
    )
    views = [_paragraph_view(p, translated) for p in article.paragraphs]
    heads = [v for v in views if v.kind == Block.HEADLINE.value]
    headline = " ".join(s.text for v in heads for s in v.sentences)
    arabic = tuple(_paragraph_view(p, {}) for p in article.paragraphs)
    counts = share_counts(translation)
    total = sum(counts.values()) or 1
    return ArticleView(
        id=article.id,
        outlet=article.outlet or ph.words["ui"]["unknown_outlet"],
        file=article.path.name,
        checksum=article.checksum,
        headline=headline or f"{ph.words['ui']['article']} {article.path.name}",
        headline_arabic=bool(heads) and all(v.arabic_only for v in heads),
        body=tuple(v for v in views if v.kind != Block.HEADLINE.value),
        arabic=arabic,
        memory_share=ph.loc.percent(counts["memory"] / total),
        machine_share=ph.loc.percent(counts["machine"] / total),
        glossary_check=_glossary_check(translation, ph),
        translated=translation is not None,
    )


def _key_facts(visit: Mapping[str, Any], ph: compose.Phrasing) -> tuple[tuple[str, str], ...]:
    ui = ph.words["ui"]
    code = visit.get("host_country")
    count = visit.get("bilateral_meetings_count")
    rows = [
        (ui["principal"], ph.text(visit.get("principal"))),
        (ui["host_country"], ph.loc.country_name(code, ph.glossary) if code else ""),
        (ui["city"], ph.text(visit.get("city"))),
        (ui["dates"], ph.loc.day_range(visit.get("start"), visit.get("end")) or ""),
        (ui["event"], event_label(visit.get("event"), ph)),
        (ui["bilateral_meetings"], ph.loc.number(int(count)) if count is not None else ""),
    ]
    return tuple((label, value or ui["not_reported"]) for label, value in rows)


def event_label(event: Mapping[str, Any] | None, ph: compose.Phrasing) -> str:
    """An event with the edition the sources give: "… Fair (IGEF 2025)"."""
    event = event or {}
    name, edition = ph.text(event), event.get("edition")
    if not name or not edition or str(edition) in name:
        return name
    entry = ph.entry(event.get("id"))
    acronym = entry.rendering(ph.lang).acronym if entry is not None else None
    return f"{name} ({acronym} {edition})" if acronym else f"{name} ({edition})"


def _principal_title(visit: Mapping[str, Any], ph: compose.Phrasing) -> str:
    entry = ph.entry((visit.get("principal") or {}).get("id"))
    if entry is None:
        return ""
    from datetime import date

    start = visit.get("start") or ""
    when = date.fromisoformat(start) if len(start) == 10 and "X" not in start else None
    return entry.title_at(when, ph.lang) or ""


def _counterparts(visit: Mapping[str, Any], ph: compose.Phrasing) -> tuple[CounterpartRow, ...]:
    ui = ph.words["ui"]
    return tuple(
        CounterpartRow(
            name=ph.text(p.get("name")) or ui["unnamed"],
            name_ar="" if ph.text(p.get("name")) else str(p.get("name_ar") or ""),
            title=compose.capitalise(compose.counterpart_title(p, ph)),
            organisation=ph.text(p.get("organisation")),
            country=ph.loc.country_name(p["country"], ph.glossary) if p.get("country") else "",
        )
        for p in visit.get("counterparts") or []
    )


def _agreements(
    visit: Mapping[str, Any], ph: compose.Phrasing, title: str = ""
) -> tuple[AgreementRow, ...]:
    kinds, statuses = ph.words["kinds"], ph.words["statuses"]
    return tuple(
        AgreementRow(
            kind=kinds.get(a.get("kind"), kinds["agreement"])["label"],
            parties=ph.loc.join([compose.party_name(p, ph) for p in a.get("parties") or []]),
            subject=ph.text(a.get("subject")),
            status=statuses.get(a.get("status"), {}).get("label", a.get("status", "")),
            visit=title,
        )
        for a in visit.get("agreements") or []
    )


def _conflict_value(value: Any, ph: compose.Phrasing) -> str:
    if isinstance(value, str) and is_edtf(value):
        return ph.loc.day(value) or value
    if isinstance(value, Mapping):
        return event_label(value, ph)
    if isinstance(value, list):
        return ph.loc.join([_conflict_value(v, ph) for v in value])
    return "" if value is None else str(value)


def is_edtf(value: str) -> bool:
    """Whether a string is an EDTF day or month ("2025-09-18", "XXXX-01-28")."""
    return bool(EDTF_DAY.match(value)) and len(value) >= 7


def _conflicts(visit: Mapping[str, Any], ph: compose.Phrasing) -> tuple[ConflictRow, ...]:
    labels = ph.words["fields"]
    return tuple(
        ConflictRow(
            labels.get(c.get("field"), c.get("field", "")),
            tuple((aid, _conflict_value(v, ph)) for aid, v in (c.get("values") or {}).items()),
        )
        for c in visit.get("conflicts") or []
    )


def _sources_line(views: Sequence[ArticleView], ph: compose.Phrasing) -> str:
    # First-strong isolates keep an Arabic outlet name from reordering the Latin text around it.
    outlets = [f"\u2068{o}\u2069" for o in sorted({v.outlet for v in views})]
    return str(ph.words["ui"]["source_line"].format(sources=ph.loc.join(outlets)))


def document_meta(
    ph: compose.Phrasing,
    title: str,
    subtitle: str,
    subject: str,
    keywords: Iterable[str],
    built: datetime,
    classification: str,
    sources_line: str,
) -> DocumentMeta:
    """The page furniture and PDF metadata of one document."""
    return DocumentMeta(
        lang=ph.lang,
        title=title,
        subtitle=subtitle,
        subject=subject,
        keywords=tuple(k for k in dict.fromkeys(keywords) if k),
        created=built.strftime("%Y-%m-%dT%H:%M:%SZ"),
        built=str(ph.words["ui"]["built"].format(date=ph.loc.date(built.date()))),
        classification=classification,
        sources_line=sources_line,
    )


def context(
    visit: Mapping[str, Any],
    articles: Mapping[str, Article],
    translations: Mapping[tuple[str, str], Translation],
    glossary: Glossary | None,
    lang: str,
    built: datetime,
    classification: str,
) -> NoteContext:
    """The one context note.html is rendered with: a visit in a language."""
    ph = compose.Phrasing.for_lang(lang, glossary)
    main, place_dates = compose.title(visit, ph)
    views = tuple(
        article_view(articles[a], translations.get((a, lang)), ph)
        for a in visit.get("articles") or []
        if a in articles
    )
    bullets = compose.bullets(visit, ph)
    passages = compose.passages(
        visit, articles, translations, lang, compose.passage_count(len(bullets))
    )
    ui = ph.words["ui"]
    sources = int(visit.get("sources") or len(views))
    keywords = [
        ph.text(visit.get("principal")),
        ph.text(visit.get("city")),
        *(ph.words["topics"].get(t, t) for t in visit.get("topics") or []),
    ]
    if visit.get("host_country"):
        keywords.insert(1, ph.loc.country_name(visit["host_country"], glossary))
    doc = document_meta(
        ph,
        compose.full_title(main, place_dates, ph),
        place_dates,
        f"{ui['note']}: {compose.full_title(main, place_dates, ph)}",
        keywords,
        built,
        classification,
        _sources_line(views, ph),
    )
    sentences = [s for v in views for p in v.body for s in p.sentences]
    return NoteContext(
        doc=doc,
        ui=ui,
        fonts=font_urls(),
        page_counter=page_counter(ui["page"]),
        visit_id=str(visit["id"]),
        key_facts=_key_facts(visit, ph),
        principal_title=_principal_title(visit, ph),
        reported_by=plural_form(ui["reported_by"], sources, ph.loc).format(
            count=ph.loc.number(sources)
        ),
        bullets=tuple(bullets),
        passages=tuple(passages),
        counterparts=_counterparts(visit, ph),
        agreements=_agreements(visit, ph),
        articles=views,
        conflicts=_conflicts(visit, ph),
        unknown_names=tuple(
            (str(u.get("ar", "")), f"{u.get('article', visit.get('article'))} #{u.get('sentence')}")
            for u in visit.get("unknown_names") or []
        ),
        has_machine=any(s.origin == Origin.MACHINE.value for s in sentences),
        has_untranslated=any(s.origin == Origin.UNTRANSLATED.value for s in sentences),
    )


def collation_key(name: str) -> str:
    """Sort key that files accented letters with their base letter ("Éthiopie" near "Espagne")."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def digest_context(
    visits: Sequence[Mapping[str, Any]],
    glossary: Glossary | None,
    lang: str,
    built: datetime,
    classification: str,
) -> DigestContext:
    """The one context digest.html is rendered with: all visits in a language."""
    ph = compose.Phrasing.for_lang(lang, glossary)
    ordered = sorted(visits, key=lambda v: (str(v.get("start") or "9999"), str(v["id"])))
    timeline: list[TimelineRow] = []
    agreements: list[AgreementRow] = []
    hosted: dict[str, int] = {}
    mentioned: dict[str, int] = {}
    for visit in ordered:
        main, _ = compose.title(visit, ph)
        timeline.append(
            TimelineRow(
                str(visit["id"]),
                ph.loc.day_range(visit.get("start"), visit.get("end")) or "",
                main,
                compose.place(visit, ph),
                event_label(visit.get("event"), ph),
                int(visit.get("sources") or 1),
            )
        )
        agreements += _agreements(visit, ph, compose.title(visit, ph)[1] or main)
        if visit.get("host_country"):
            hosted[visit["host_country"]] = hosted.get(visit["host_country"], 0) + 1
        partners = {
            *(visit.get("countries_mentioned") or []),
            *(p.get("country") for p in visit.get("counterparts") or []),
        }
        for code in partners - {None, visit.get("host_country")}:
            mentioned[str(code)] = mentioned.get(str(code), 0) + 1
    countries = sorted(
        (
            CountryRow(c, ph.loc.country_name(c, glossary), hosted.get(c, 0), mentioned.get(c, 0))
            for c in {*hosted, *mentioned}
        ),
        key=lambda r: (-r.hosted, -r.mentioned, collation_key(r.name)),
    )
    ui = ph.words["ui"]
    doc = document_meta(
        ph,
        ui["digest"],
        "",
        ui["digest"],
        [r.name for r in countries[:10]],
        built,
        classification,
        "",
    )
    return DigestContext(
        doc,
        ui,
        font_urls(),
        page_counter(ui["page"]),
        tuple(timeline),
        tuple(agreements),
        tuple(countries),
    )


# --- writing --------------------------------------------------------------------------------


def evidence(visit: Mapping[str, Any], articles: Mapping[str, Article]) -> list[dict[str, Any]]:
    """Every evidence item of the visit with its Arabic sentence and span in the original."""
    items = []
    for field_name in ("counterparts", "agreements"):
        for i, fact in enumerate(visit.get(field_name) or []):
            for ev in fact.get("evidence") or []:
                if not isinstance(ev, Mapping):
                    continue
                article = articles.get(str(ev.get("article")))
                n = int(ev.get("sentence", -1))
                sentence = (
                    article.sentences[n] if article and 0 <= n < len(article.sentences) else None
                )
                items.append(
                    {
                        "field": field_name,
                        "item": i,
                        "article": ev.get("article"),
                        "sentence": n,
                        "text": sentence.text if sentence else None,
                        "source_span": [sentence.source_start, sentence.source_end]
                        if sentence
                        else None,
                    }
                )
    return items


def note_record(
    visit: Mapping[str, Any],
    articles: Mapping[str, Article],
    translations: Mapping[tuple[str, str], Translation],
    lang: str,
    prov: Provenance,
    inputs: str,
) -> dict[str, Any]:
    """The JSON written beside the note and attached to its PDF: facts, evidence, QA, versions."""
    qa = {}
    for article_id in visit.get("articles") or []:
        translation = translations.get((article_id, lang))
        qa[article_id] = {
            "sentences": share_counts(translation),
            "terms": term_counts(translation),
            "failed_terms": [
                asdict(t) | {"status": t.status.value}
                for t in (translation.terms if translation else ())
                if t.status is TermStatus.FAILED
            ],
            "problems": [
                {"sentence": s.index, "problems": list(s.problems)}
                for s in (translation.sentences if translation else ())
                if s.problems
            ],
        }
    return {
        "visit": dict(visit),
        "evidence": evidence(visit, articles),
        "qa": qa,
        "provenance": {**asdict(prov), "lang": lang},
        "inputs": inputs,
    }


def inputs_key(parts: Mapping[str, Any]) -> str:
    """A hash of everything a note is made from, to skip notes whose inputs did not change."""
    text = json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def translation_digest(translation: Translation | None) -> Any:
    """What of a translation shows in a note, as plain data for the inputs hash."""
    if translation is None:
        return None
    return [
        [(s.index, s.target, s.origin.value) for s in translation.sentences],
        [(t.entry_id, t.sentence, t.status.value) for t in translation.terms],
        translation.model_version,
    ]


def is_current(json_path: Path, inputs: str, outputs: Sequence[Path]) -> bool:
    """Whether the note on disk was made from these very inputs."""
    if not all(p.exists() for p in outputs):
        return False
    try:
        return bool(json.loads(json_path.read_text("utf-8")).get("inputs") == inputs)
    except (OSError, ValueError):
        return False


class _FirstOnly(logging.Filter):
    """Lets a WeasyPrint advisory through once per run instead of once per font and document."""

    ADVISORIES = ("Using fontTools instead of HarfBuzz-Subset",)

    def __init__(self) -> None:
        super().__init__()
        self.seen: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        message = str(record.msg)
        advisory = next((a for a in self.ADVISORIES if message.startswith(a)), None)
        if advisory is None:
            return True
        first = advisory not in self.seen
        self.seen.add(advisory)
        return first


def _quiet_repeats(logger: logging.Logger) -> None:
    if not any(isinstance(f, _FirstOnly) for f in logger.filters):
        logger.addFilter(_FirstOnly())


def write_pdf(
    html: str,
    base: Path,
    fetcher: URLFetcher,
    built: datetime,
    attachment: tuple[str, bytes] | None = None,
) -> bytes:
    """HTML to a tagged PDF/A-3b with the shipped fonts embedded and an optional attachment."""
    from weasyprint import HTML, Attachment

    _quiet_repeats(logging.getLogger("weasyprint"))

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
    document = HTML(string=html, base_url=base.as_uri() + "/", url_fetcher=fetcher)
    with _source_date(built):
        pdf: bytes = document.write_pdf(
            pdf_variant=PDF_VARIANT,
            pdf_tags=True,
            attachments=attachments,
            uncompressed_pdf=False,
        )
    return pdf


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


@dataclass(frozen=True)
class _Job:
    """Shared state of one rendering run."""

    env: jinja2.Environment
    out: Path
    base: Path
    fetcher: URLFetcher
    refused: list[str]
    built: datetime
    classification: str
    resources: str
    prov: Provenance
    force: bool


def _render_note(
    job: _Job,
    visit: Mapping[str, Any],
    articles: Mapping[str, Article],
    translations: Mapping[tuple[str, str], Translation],
    glossary: Glossary | None,
    lang: str,
    outcome: _Outcome,
) -> str:
    folder = job.out / lang
    stem = str(visit["id"])
    pdf_path, html_path, json_path = (folder / f"{stem}{ext}" for ext in (".pdf", ".html", ".json"))
    inputs = inputs_key(
        {
            "visit": visit,
            "lang": lang,
            "resources": job.resources,
            "built": job.built.isoformat(),
            "classification": job.classification,
            "provenance": asdict(job.prov),
            "articles": {
                a: articles[a].checksum if a in articles else None
                for a in visit.get("articles") or []
            },
            "translations": {
                a: translation_digest(translations.get((a, lang)))
                for a in visit.get("articles") or []
            },
        }
    )
    ctx = context(visit, articles, translations, glossary, lang, job.built, job.classification)
    if not job.force and is_current(json_path, inputs, (pdf_path, html_path)):
        outcome.skipped.append(pdf_path)
        return ctx.doc.title
    html = job.env.get_template("note.html").render(
        note=ctx, doc=ctx.doc, ui=ctx.ui, fonts=ctx.fonts, page_counter=ctx.page_counter
    )
    record = (
        json.dumps(
            note_record(visit, articles, translations, lang, job.prov, inputs),
            ensure_ascii=False,
            indent=2,
            sort_keys=True,
            default=str,
        )
        + "\n"
    )
    pdf = write_pdf(
        html, job.base, job.fetcher, job.built, (f"{stem}.json", record.encode("utf-8"))
    )
    write_atomic(pdf_path, pdf)
    write_atomic(html_path, html)
    write_atomic(json_path, record)
    outcome.written += [pdf_path, html_path, json_path]
    log.info("wrote %s", pdf_path)
    return ctx.doc.title


def _render_digest(
    job: _Job,
    visits: Sequence[Mapping[str, Any]],
    glossary: Glossary | None,
    lang: str,
    outcome: _Outcome,
) -> None:
    folder = job.out / lang
    pdf_path, html_path = folder / "digest.pdf", folder / "digest.html"
    state = folder / ".digest.inputs"
    inputs = inputs_key(
        {
            "visits": list(visits),
            "lang": lang,
            "resources": job.resources,
            "built": job.built.isoformat(),
            "classification": job.classification,
            "provenance": asdict(job.prov),
        }
    )
    if (
        not job.force
        and pdf_path.exists()
        and html_path.exists()
        and state.exists()
        and state.read_text("utf-8").strip() == inputs
    ):
        outcome.skipped.append(pdf_path)
        return
    ctx = digest_context(visits, glossary, lang, job.built, job.classification)
    html = job.env.get_template("digest.html").render(
        digest=ctx, doc=ctx.doc, ui=ctx.ui, fonts=ctx.fonts, page_counter=ctx.page_counter
    )
    write_atomic(pdf_path, write_pdf(html, job.base, job.fetcher, job.built))
    write_atomic(html_path, html)
    write_atomic(state, inputs + "\n")
    outcome.written += [pdf_path, html_path]
    log.info("wrote %s", pdf_path)


def _render_index(
    job: _Job, titles: Mapping[str, dict[str, str]], langs: Sequence[str], outcome: _Outcome
) -> None:
    headings = tuple((lang, str(words(lang)["ui"]["index"])) for lang in langs)
    digests = tuple((lang, str(words(lang)["ui"]["digest"])) for lang in langs)
    entries = tuple(
        IndexEntry(vid, tuple((lang, titles[vid][lang]) for lang in langs if lang in titles[vid]))
        for vid in sorted(titles)
    )
    built = Localizer.for_lang(langs[0]).date(job.built.date()) if langs else ""
    ctx = IndexContext(tuple(langs), headings, entries, digests, built)
    html = job.env.get_template("index.html").render(index=ctx)
    path = job.out / "index.html"
    if not path.exists() or path.read_text("utf-8") != html:
        write_atomic(path, html)
        outcome.written.append(path)


def planned_steps(visits: Sequence[Any], langs: Sequence[str]) -> int:
    """How many progress steps render_notes reports: a note per visit and language, digests."""
    return (len(visits) + 1) * len(langs)


def render_notes(
    visits: Sequence[Any],
    articles: Mapping[str, Article],
    translations: Mapping[tuple[str, str], Translation],
    glossary: Glossary | None,
    config: Config,
    langs: Sequence[str],
    force: bool = False,
    progress: Progress | None = None,
    memory_version: str | None = None,
) -> RenderReport:
    """Write out/<lang>/<visit-id>.pdf|.html|.json per visit and language, digests and index."""
    data = [visit_data(v) for v in visits]
    ids = [str(v["id"]) for v in data]
    if len(set(ids)) != len(ids):
        raise BuildError(f"two visits share an id: {sorted(i for i in ids if ids.count(i) > 1)}")
    for lang in langs:  # fail before writing anything
        Localizer.for_lang(lang), words(lang)
    env = environment(config.templates)
    roots = [*template_dirs(config.templates), fonts_dir()]
    refused: list[str] = []
    job = _Job(
        env,
        config.out,
        roots[0],
        url_fetcher(roots, refused),
        refused,
        build_time(articles.values()),
        config.classification,
        resources_version(config.templates),
        provenance(translations, glossary, memory_version),
        force,
    )
    outcome = _Outcome(warnings=_input_warnings(data, articles, translations, langs))
    titles: dict[str, dict[str, str]] = {}
    for lang in langs:
        for visit in data:
            titles.setdefault(str(visit["id"]), {})[lang] = _render_note(
                job, visit, articles, translations, glossary, lang, outcome
            )
            if progress:
                progress(f"{visit['id']} [{lang}]")
        _render_digest(job, data, glossary, lang, outcome)
        if progress:
            progress(f"digest [{lang}]")
    _render_index(job, titles, langs, outcome)
    outcome.warnings += [f"refused to fetch {url}" for url in dict.fromkeys(refused)]
    return RenderReport(tuple(outcome.written), tuple(outcome.skipped), tuple(outcome.warnings))


def _input_warnings(
    visits: Sequence[Mapping[str, Any]],
    articles: Mapping[str, Article],
    translations: Mapping[tuple[str, str], Translation],
    langs: Sequence[str],
) -> list[str]:
    warnings = []
    for visit in visits:
        for article_id in visit.get("articles") or []:
            if article_id not in articles:
                warnings.append(
                    f"{visit['id']}: article {article_id} is missing; "
                    "its text is left out of the note"
                )
                continue
            for lang in langs:
                translation = translations.get((article_id, lang))
                if translation is None:
                    warnings.append(
                        f"{visit['id']} [{lang}]: no translation of {article_id}; "
                        "the note shows its Arabic text"
                    )
                elif any(t.status is TermStatus.FAILED for t in translation.terms):
                    warnings.append(
                        f"{visit['id']} [{lang}]: glossary terms not rendered in "
                        f"{article_id}; see the note's sources section"
                    )
        if not visit.get("start"):
            warnings.append(f"{visit['id']}: no date found in the sources")
    return warnings
