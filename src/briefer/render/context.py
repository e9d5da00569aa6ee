"""The context of each template, built from the typed visits: the note's and the digest's."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING

from briefer.documents import Article, Block, Origin, Paragraph, Translation
from briefer.extract.facts import City, ConflictValue, Dates, Facts, Named, Visit
from briefer.render import phrasing as compose
from briefer.render.localize import EDTF_DAY, plural_form
from briefer.render.provenance import share_counts, term_counts
from briefer.render.theme import font_urls, page_counter
from briefer.render.views import (
    AgreementRow,
    ArticleView,
    ConflictRow,
    CounterpartRow,
    CountryRow,
    DigestContext,
    DocumentMeta,
    NoteContext,
    ParagraphView,
    SentenceView,
    TimelineRow,
)

if TYPE_CHECKING:
    from briefer.glossary.match import Glossary


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


def _key_facts(facts: Facts, ph: compose.Phrasing) -> tuple[tuple[str, str], ...]:
    ui = ph.words["ui"]
    code = facts.host_country
    count = facts.bilateral_meetings_count
    rows = [
        (ui["principal"], ph.text(facts.principal)),
        (ui["host_country"], ph.loc.country_name(code, ph.glossary) if code else ""),
        (ui["city"], ph.text(facts.city)),
        (ui["dates"], ph.loc.day_range(facts.start, facts.end) or ""),
        (ui["event"], compose.event_label(facts.event, ph)),
        (ui["bilateral_meetings"], ph.loc.number(count) if count is not None else ""),
    ]
    return tuple((label, value or ui["not_reported"]) for label, value in rows)


def _principal_title(facts: Facts, ph: compose.Phrasing) -> str:
    entry = ph.named_entry(facts.principal)
    if entry is None:
        return ""
    start = facts.start or ""
    when = date.fromisoformat(start) if len(start) == 10 and "X" not in start else None
    return entry.title_at(when, ph.lang) or ""


def _counterparts(facts: Facts, ph: compose.Phrasing) -> tuple[CounterpartRow, ...]:
    ui = ph.words["ui"]
    return tuple(
        CounterpartRow(
            name=ph.text(p.name) or ui["unnamed"],
            name_ar="" if ph.text(p.name) else p.name_ar or "",
            title=compose.capitalise(compose.counterpart_title(p, ph)),
            organisation=ph.text(p.organisation),
            country=ph.loc.country_name(p.country, ph.glossary) if p.country else "",
        )
        for p in facts.counterparts
    )


def _agreements(facts: Facts, ph: compose.Phrasing, title: str = "") -> tuple[AgreementRow, ...]:
    kinds, statuses = ph.words["kinds"], ph.words["statuses"]
    return tuple(
        AgreementRow(
            kind=kinds.get(a.kind, kinds["agreement"])["label"],
            parties=ph.loc.join([compose.party_name(p, ph) for p in a.parties]),
            subject=ph.text(a.subject),
            status=statuses.get(a.status, {}).get("label", a.status),
            visit=title,
        )
        for a in facts.agreements
    )


def _conflict_value(value: ConflictValue, ph: compose.Phrasing) -> str:
    if isinstance(value, str):
        return (ph.loc.day(value) or value) if is_edtf(value) else value
    if isinstance(value, Named):
        return compose.event_label(value, ph)
    if isinstance(value, City):
        return ph.text(value)
    if isinstance(value, Dates):
        return ph.loc.day_range(value.start, value.end) or ""
    return str(value)


def is_edtf(value: str) -> bool:
    """Whether a string is an EDTF day or month ("2025-09-18", "XXXX-01-28")."""
    return bool(EDTF_DAY.match(value)) and len(value) >= 7


def _conflicts(visit: Visit, ph: compose.Phrasing) -> tuple[ConflictRow, ...]:
    labels = ph.words["fields"]
    return tuple(
        ConflictRow(
            labels.get(c.field, c.field),
            tuple((aid, _conflict_value(v, ph)) for aid, v in c.values.items()),
        )
        for c in visit.conflicts
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
    visit: Visit,
    articles: Mapping[str, Article],
    translations: Mapping[tuple[str, str], Translation],
    glossary: Glossary | None,
    lang: str,
    built: datetime,
    classification: str,
) -> NoteContext:
    """The one context note.html is rendered with: a visit in a language."""
    ph = compose.Phrasing.for_lang(lang, glossary)
    facts = visit.facts
    main, place_dates = compose.title(facts, ph)
    views = tuple(
        article_view(articles[a], translations.get((a, lang)), ph)
        for a in visit.articles
        if a in articles
    )
    bullets = compose.bullets(facts, ph)
    passages = compose.passages(
        visit, articles, translations, lang, compose.passage_count(len(bullets))
    )
    ui = ph.words["ui"]
    sources = visit.sources or len(views)
    keywords = [
        ph.text(facts.principal),
        ph.text(facts.city),
        *(ph.words["topics"].get(t, t) for t in facts.topics),
    ]
    if facts.host_country:
        keywords.insert(1, ph.loc.country_name(facts.host_country, glossary))
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
        visit_id=visit.id,
        key_facts=_key_facts(facts, ph),
        principal_title=_principal_title(facts, ph),
        reported_by=plural_form(ui["reported_by"], sources, ph.loc).format(
            count=ph.loc.number(sources)
        ),
        bullets=tuple(bullets),
        passages=tuple(passages),
        counterparts=_counterparts(facts, ph),
        agreements=_agreements(facts, ph),
        articles=views,
        conflicts=_conflicts(visit, ph),
        unknown_names=tuple(
            (u.ar, f"{u.evidence.article} #{u.evidence.sentence}") for u in facts.unknown_names
        ),
        has_machine=any(s.origin == Origin.MACHINE.value for s in sentences),
        has_untranslated=any(s.origin == Origin.UNTRANSLATED.value for s in sentences),
    )


def collation_key(name: str) -> str:
    """Sort key that files accented letters with their base letter ("Éthiopie" near "Espagne")."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def digest_context(
    visits: Sequence[Visit],
    glossary: Glossary | None,
    lang: str,
    built: datetime,
    classification: str,
) -> DigestContext:
    """The one context digest.html is rendered with: all visits in a language."""
    ph = compose.Phrasing.for_lang(lang, glossary)
    ordered = sorted(visits, key=lambda v: (v.facts.start or "9999", v.id))
    timeline: list[TimelineRow] = []
    agreements: list[AgreementRow] = []
    hosted: dict[str, int] = {}
    mentioned: dict[str, int] = {}
    for visit in ordered:
        facts = visit.facts
        main, place_dates = compose.title(facts, ph)
        timeline.append(
            TimelineRow(
                visit.id,
                ph.loc.day_range(facts.start, facts.end) or "",
                main,
                compose.place(facts, ph),
                compose.event_label(facts.event, ph),
                visit.sources or 1,
            )
        )
        agreements += _agreements(facts, ph, place_dates or main)
        host = facts.host_country
        if host:
            hosted[host] = hosted.get(host, 0) + 1
        partners = {*facts.countries_mentioned, *(p.country for p in facts.counterparts)}
        for code in partners - {None, host}:
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
