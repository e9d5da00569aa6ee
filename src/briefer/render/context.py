"""The context of each template, built from the typed visits: the note's and the digest's."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from briefer.documents import Article, Block, Origin, Paragraph, Translation
from briefer.extract.facts import City, ConflictValue, Dates, Facts, Named, Visit
from briefer.render import phrasing as compose
from briefer.render import summary
from briefer.render.localize import EDTF_DAY, plural_form
from briefer.render.outlets import outlet_name
from briefer.render.provenance import share_counts, term_counts
from briefer.render.provisional import MARK
from briefer.render.subjects import agreement_subjects
from briefer.render.theme import font_urls, page_counter
from briefer.render.views import (
    AgreementRow,
    ArticleView,
    ConflictRow,
    CounterpartRow,
    DocumentMeta,
    NoteContext,
    ParagraphView,
    PointView,
    Reference,
    SentenceView,
    SummaryPoint,
    anchor,
)

if TYPE_CHECKING:
    from briefer.glossary.match import Glossary


def _glossary_check(translation: Translation | None, ph: compose.Phrasing) -> str:
    ui = ph.words["ui"]
    if translation is None or all(s.origin is Origin.UNTRANSLATED for s in translation.sentences):
        return str(ui["glossary_untranslated"])
    counts = term_counts(translation)
    total = sum(counts.values())
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
    article_id: str, paragraph: Paragraph, translated: Mapping[int, tuple[str, str]]
) -> ParagraphView:
    sentences = []
    for s in paragraph.sentences:
        text, origin = translated.get(s.index, (s.text, Origin.UNTRANSLATED.value))
        lang = "ar" if origin == Origin.UNTRANSLATED.value else ""
        sentences.append(SentenceView(s.index, text, origin, lang, anchor(article_id, s.index)))
    return ParagraphView(paragraph.kind.value, tuple(sentences))


def _heading(
    article: Article, number: int, outlet: str, published: str | None, ph: compose.Phrasing
) -> str:
    """What heads an article without a headline: its outlet and date, never its file name."""
    ui = ph.words["ui"]
    day = ph.loc.day(published) if published else None
    if article.outlet and day:
        return str(ui["untitled"].format(outlet=outlet, date=day))
    if article.outlet:
        return outlet
    return str(ui["untitled_article"].format(number=number))


def article_view(
    article: Article,
    translation: Translation | None,
    ph: compose.Phrasing,
    number: int = 1,
    published: str | None = None,
) -> ArticleView:
    """The article's translation, Arabic text and QA as the note prints them.

    number: its place among the note's sources; published: its publication date (EDTF).
    """
    translated = (
        {
            s.index: (s.target, s.origin.value)
            for s in translation.sentences
            if s.origin is not Origin.UNTRANSLATED
        }
        if translation
        else {}
    )
    marked = {i: (ph.marks.mark(text), origin) for i, (text, origin) in translated.items()}
    views = [_paragraph_view(article.id, p, marked) for p in article.paragraphs]
    heads = [v for v in views if v.kind == Block.HEADLINE.value]
    headline = " ".join(s.text for v in heads for s in v.sentences)
    arabic = tuple(_paragraph_view(article.id, p, {}) for p in article.paragraphs)
    counts = share_counts(translation)
    total = sum(counts.values()) or 1
    # Counted over every sentence, the headline's too, as the build's warning counts them.
    sentences = [s for v in views for s in v.sentences]
    missing = sum(s.origin == Origin.UNTRANSLATED.value for s in sentences)
    outlet = (
        str(outlet_name(article.outlet)) if article.outlet else ph.words["ui"]["unknown_outlet"]
    )
    return ArticleView(
        id=article.id,
        number=number,
        outlet=outlet,
        file=article.path.name,
        checksum=article.checksum,
        headline=headline or _heading(article, number, outlet, published, ph),
        headline_arabic=bool(heads) and all(v.arabic_only for v in heads),
        headline_anchor=heads[0].sentences[0].anchor if heads and heads[0].sentences else "",
        body=tuple(v for v in views if v.kind != Block.HEADLINE.value),
        arabic=arabic,
        memory_share=ph.loc.percent(counts["memory"] / total),
        machine_share=ph.loc.percent(counts["machine"] / total),
        glossary_check=_glossary_check(translation, ph),
        translated=translation is not None,
        outlet_verified=not article.outlet or outlet_name(article.outlet).verified,
        untranslated=(missing, len(sentences)),
    )


def _meetings(facts: Facts, ph: compose.Phrasing) -> str:
    """ "43"; "Held; number not stated"; "None held"; "" when the sources do not say."""
    ui = ph.words["ui"]
    count, held = facts.bilateral_meetings_count, facts.bilateral_meetings_held
    if count:
        return ph.loc.number(count)
    if held:
        return str(ui["meetings_held"])
    if held is False:
        return str(ui["meetings_none"])
    return ""


def _key_facts(facts: Facts, ph: compose.Phrasing) -> tuple[tuple[str, str], ...]:
    ui = ph.words["ui"]
    code = facts.host_country
    rows = [
        (ui["principal"], ph.text(facts.principal)),
        (ui["host_country"], ph.loc.country_name(code, ph.glossary) if code else ""),
        (ui["city"], ph.text(facts.city)),
        (ui["dates"], ph.loc.day_range(facts.start, facts.end) or ""),
        (ui["event"], compose.event_label(facts.event, ph)),
        (ui["bilateral_meetings"], _meetings(facts, ph)),
    ]
    return tuple((label, ph.marks.mark(value) or ui["not_reported"]) for label, value in rows)


def _principal_title(facts: Facts, ph: compose.Phrasing) -> str:
    entry = ph.named_entry(facts.principal)
    if entry is None:
        return ""
    start = (facts.start or "").rstrip("?")
    when = date.fromisoformat(start) if len(start) == 10 and "X" not in start else None
    return entry.title_at(when, ph.lang) or ""


def _counterparts(facts: Facts, ph: compose.Phrasing) -> tuple[CounterpartRow, ...]:
    ui = ph.words["ui"]
    rows = []
    for p in facts.counterparts:
        name = ph.text(p.name)
        if name and "name" in p.unverified:
            name += compose.UNVERIFIED
        organisation = ph.text(p.organisation)
        if organisation and "organisation" in p.unverified:
            organisation += compose.UNVERIFIED
        rows.append(
            CounterpartRow(
                name=ph.marks.mark(name) or ui["unnamed"],
                name_ar="" if name else p.name_ar or "",
                title=ph.marks.mark(compose.capitalise(compose.counterpart_title(p, ph))),
                organisation=ph.marks.mark(organisation),
                country=ph.loc.country_name(p.country, ph.glossary) if p.country else "",
            )
        )
    return tuple(rows)


def agreement_rows(
    facts: Facts,
    ph: compose.Phrasing,
    subjects: Mapping[int, str],
    visit: str = "",
    visit_dates: str = "",
) -> tuple[AgreementRow, ...]:
    """The agreements table: a commitment reached in talks is not labelled a document."""
    kinds, statuses = ph.words["kinds"], ph.words["statuses"]
    rows = []
    for i, a in enumerate(facts.agreements):
        kind = a.kind if a.document else "commitment"
        rows.append(
            AgreementRow(
                kind=kinds.get(kind, kinds["agreement"])["label"],
                parties=ph.marks.mark(ph.loc.join([compose.party_name(p, ph) for p in a.parties])),
                subject=ph.marks.mark(compose.capitalise(subjects.get(i, ""))),
                status=statuses.get(a.status, {}).get("label", a.status),
                visit=visit,
                visit_dates=visit_dates,
            )
        )
    return tuple(rows)


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


def _label(views: Sequence[ArticleView], article_id: str, index: int) -> str:
    """How a cited sentence is named: "#13", or "2#13" when the note has several sources."""
    number = next((v.number for v in views if v.id == article_id), 0)
    return f"{number}#{index}" if len(views) > 1 else f"#{index}"


def _point_views(
    points: Sequence[SummaryPoint], views: Sequence[ArticleView], ph: compose.Phrasing
) -> tuple[PointView, ...]:
    """Each point with links to the sentences it cites ("#13", "2#13" with several sources).

    A cited headline links to the article's heading; a sentence the note does not print is
    named without a link.
    """
    numbers = {v.id: v.number for v in views}
    printed = {s.anchor for v in views for p in v.body for s in p.sentences}
    headline = {v.id: v.headline_anchor for v in views}
    out = []
    for point in points:
        refs = []
        cited = sorted(point.cited, key=lambda c: (numbers.get(c[0], 0), c[1]))
        for article_id, index in cited:
            if article_id not in numbers:
                continue
            target = anchor(article_id, index)
            if target not in printed:
                target = headline[article_id] if target == headline[article_id] else ""
            label = _label(views, article_id, index)
            title = str(ph.words["ui"]["evidence"].format(label=label))
            refs.append(Reference(target, label, title))
        out.append(PointView(ph.marks.mark(point.text), tuple(refs)))
    return tuple(out)


def _untranslated(views: Sequence[ArticleView], ph: compose.Phrasing) -> tuple[str, ...]:
    """A line per article with sentences no memory or model could translate."""
    lines = []
    for view in views:
        missing, total = view.untranslated
        if not missing:
            continue
        pattern = plural_form(ph.words["ui"]["untranslated_article"], missing, ph.loc)
        lines.append(
            pattern.format(
                article=ph.words["ui"]["source_name"].format(
                    number=view.number, outlet=view.outlet
                ),
                count=ph.loc.number(missing),
                total=ph.loc.number(total),
            )
        )
    return tuple(lines)


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
    """The one context note.html is rendered with: a visit in a language.

    classification: the label printed at the top of every page, in the note's language.
    """
    ph = compose.Phrasing.for_lang(lang, glossary)
    facts = visit.facts
    main, place_dates = compose.title(facts, ph)
    published = {r.article: r.published for r in visit.reports}
    present = [a for a in visit.articles if a in articles]
    views = tuple(
        article_view(articles[a], translations.get((a, lang)), ph, n, published.get(a))
        for n, a in enumerate(present, 1)
    )
    subjects = agreement_subjects(facts.agreements, articles, translations, lang)
    points = summary.points(facts, ph, subjects)
    passages = summary.passages(
        visit,
        articles,
        translations,
        lang,
        summary.passage_count(len(points)),
        [p.text for p in points],
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
    counterparts = _counterparts(facts, ph)
    key_facts = _key_facts(facts, ph)
    agreements = agreement_rows(facts, ph, subjects)
    point_views = _point_views(points, views, ph)
    return NoteContext(
        doc=doc,
        ui=ui,
        fonts=font_urls(),
        page_counter=page_counter(ui["page"]),
        visit_id=visit.id,
        title_main=main,
        title_separator=doc.title.removeprefix(main).removesuffix(place_dates),
        title_rest=place_dates,
        key_facts=key_facts,
        principal_title=_principal_title(facts, ph),
        reported_by=plural_form(ui["reported_by"], sources, ph.loc).format(
            count=ph.loc.number(sources)
        ),
        single_source=sources == 1,
        points=point_views,
        passages=tuple(
            replace(p, text=ph.marks.mark(p.text), label=_label(views, p.article, p.sentence))
            for p in passages
        ),
        counterparts=counterparts,
        agreements=agreements,
        articles=views,
        conflicts=_conflicts(visit, ph),
        unknown_names=tuple(
            (u.ar, f"{u.evidence.article} #{u.evidence.sentence}") for u in facts.unknown_names
        ),
        has_machine=any(s.origin == Origin.MACHINE.value for s in sentences),
        has_untranslated=any(s.origin == Origin.UNTRANSLATED.value for s in sentences),
        has_unverified=_has_unverified(counterparts, point_views, views),
        has_provisional=_has_mark(
            MARK,
            [v for _, v in key_facts],
            [c.name + c.title + c.organisation for c in counterparts],
            [a.parties + a.subject for a in agreements],
            [p.text for p in point_views],
            [s.text for v in views for p in v.body for s in p.sentences],
            [v.headline for v in views],
        ),
        untranslated_articles=_untranslated(views, ph),
    )


def _has_mark(mark: str, *texts: Sequence[str]) -> bool:
    return any(mark in text for group in texts for text in group)


def _has_unverified(
    counterparts: Sequence[CounterpartRow],
    points: Sequence[PointView],
    views: Sequence[ArticleView],
) -> bool:
    marked = [*(c.name + c.organisation for c in counterparts), *(p.text for p in points)]
    return any(compose.UNVERIFIED in m for m in marked) or not all(v.outlet_verified for v in views)
