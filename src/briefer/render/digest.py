"""The digest's context: every visit of a language, dated ones in order and undated ones apart,
every agreement across visits, and the countries hosting or named in the talks."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from briefer.extract.facts import Visit
from briefer.render import phrasing as compose
from briefer.render.context import agreement_rows, document_meta
from briefer.render.provisional import MARK
from briefer.render.theme import font_urls, page_counter
from briefer.render.views import AgreementRow, CountryRow, DigestContext, TimelineRow

if TYPE_CHECKING:
    from briefer.glossary.match import Glossary


def collation_key(name: str) -> str:
    """Sort key that files accented letters with their base letter ("Éthiopie" near "Espagne")."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def has_year(visit: Visit) -> bool:
    """Whether the sources date the visit with a year (written, or narrowed as likely)."""
    return (visit.facts.start or "")[:4].isdigit()


def by_date(visits: Iterable[Visit]) -> tuple[list[Visit], list[Visit]]:
    """The visits with a year in date order, and apart those whose year is not stated."""
    visits = list(visits)
    dated = sorted((v for v in visits if has_year(v)), key=lambda v: (v.facts.start or "", v.id))
    undated = sorted((v for v in visits if not has_year(v)), key=lambda v: v.id)
    return dated, undated


def _timeline_row(visit: Visit, ph: compose.Phrasing) -> TimelineRow:
    facts = visit.facts
    main, _ = compose.title(facts, ph)
    return TimelineRow(
        visit.id,
        ph.loc.day_range(facts.start, facts.end) or "",
        main,
        compose.place(facts, ph),
        ph.marks.mark(compose.event_label(facts.event, ph)),
        visit.sources or 1,
    )


def digest_context(
    visits: Sequence[Visit],
    glossary: Glossary | None,
    lang: str,
    built: datetime,
    classification: str,
    subjects: Mapping[str, Mapping[int, str]] | None = None,
) -> DigestContext:
    """The one context digest.html is rendered with: all visits in a language.

    subjects: per visit id, its agreements' subjects (see subjects.py), when known.
    """
    ph = compose.Phrasing.for_lang(lang, glossary)
    dated, undated = by_date(visits)
    agreements: list[AgreementRow] = []
    hosted: dict[str, int] = {}
    mentioned: dict[str, int] = {}
    for visit in [*dated, *undated]:
        facts = visit.facts
        main, _ = compose.title(facts, ph)
        found = (subjects or {}).get(visit.id, {})
        dates = ph.loc.day_range(facts.start, facts.end) or ""
        agreements += agreement_rows(facts, ph, found, compose.place(facts, ph) or main, dates)
        host = facts.host_country
        # A visit the principal hosts at home is not a visit hosted by his own country.
        if host and not compose.is_hosted(facts, ph) and not compose.is_reception(facts, ph):
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
    timeline = tuple(_timeline_row(v, ph) for v in dated)
    apart = tuple(_timeline_row(v, ph) for v in undated)
    rows = [r.event for r in (*timeline, *apart)] + [a.parties + a.subject for a in agreements]
    return DigestContext(
        doc,
        ui,
        font_urls(),
        page_counter(ui["page"]),
        timeline,
        tuple(agreements),
        tuple(countries),
        apart,
        has_provisional=any(MARK in text for text in rows),
    )
