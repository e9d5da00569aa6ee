"""Extraction: the facts of a visit read from the Arabic source, each with its evidence.

Rules only: glossary matches (people, roles, organisations, places, events, countries,
demonyms), CLDR data through Babel, and the word lists under briefer/data. Deterministic and
offline; no statistical model.

The reference date. A visit date written without a year but with its weekday ("الثلاثاء 28
يناير") is placed in the latest fitting year not after a reference date, and marked uncertain
("2025-01-28?"). The reference is the article's own publication date when it gives one; else
the date the caller passes to extract(). The build and `briefer extract` pass each article's
own source time (briefer.builddate: SOURCE_DATE_EPOCH, else the commit time of the tracked,
unmodified file, else its modification time), the date its notes print, never the clock; two
clones extract the same facts, and editing one article cannot change another's. An article
cannot have been written after it was committed, so its source time bounds its date from
above; a weekday then gives the year, which is still a guess, hence the "?".
extract() without a reference narrows nothing: the year stays "XXXX".

- reading: Reading, a sentence with its glossary matches and folded text; read()
  (state_again: a state said again by its word alone, "السلطنة"; city_or_country: "عمان" as
  Amman in an article about Jordan).
- article: the principal, host country, city, event and countries (place: where the visit is;
  place_clues: an envoy's posting, a town the gazetteer lacks, a place inside a body's name).
- published, dates, meetings: the publication date, the visit's days, its bilateral meetings
  (tense: which sentences speak of earlier events or plans; dated: the candidates for the
  visit's days; postponed: the days a postponed visit no longer keeps; last_day: the last day
  once the first is known).
- counterparts: who the principal met, named or by post (names: the names beside posts;
  name_shape: a name the glossary lacks told from words of prose, by arabic.frequency;
  deputies: a deputy named by his relation; mentions: the mentions of one counterpart joined;
  wire: the country of a state agency whose wire the article is; holder_next: a holder named
  in the sentence after his post or before it; holder_later: one named later as a speaker or
  signer never placed; body_again: a body said again by its head noun; visitor_side: the
  visitors' country at home and the guest met after a ceremony; name_words: a name's words
  that read as places; possessed: a head by the possessive of the body visited; heads_by_verb:
  "فلان، الذي يرأس جهاز …"; people: the Counterpart built from a post and a name).
- posts: a role with its organisations and demonym, composed into a title.
- agreements: memoranda, agreements, protocols and commitments, with parties and status
  (agreement_cues: the words of a sentence; agreement_background: the record of earlier ones).
- topics: the closed list of topics, by their cue words.
- facts: Facts of one article, Visit of several, with Evidence into the original text.
- visits: articles grouped into visits, merged, conflicts flagged.
- proposals: glossary entries proposed for the names `glossary missing` finds.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from pathlib import Path

from briefer import __version__
from briefer.arabic.edtf import to_date
from briefer.arabic.lexicon import cue, fold_form
from briefer.builddate import source_times
from briefer.config import Config
from briefer.documents import Article
from briefer.errors import BrieferError, skip_failures
from briefer.extract.agreements import read_agreements
from briefer.extract.article import (
    read_countries,
    read_event,
    read_principal,
    unique_unknown,
)
from briefer.extract.city_or_country import cities_by_context
from briefer.extract.counterparts import read_counterparts
from briefer.extract.dates import read_dates, stale_before, writes_day_before
from briefer.extract.demonyms import in_host
from briefer.extract.facts import Agreement, Evidence, Facts, Party
from briefer.extract.meetings import read_meetings
from briefer.extract.place import read_place
from briefer.extract.post_sides import demonym_side
from briefer.extract.published import read_publication
from briefer.extract.reading import read
from briefer.extract.relevance import background as read_background
from briefer.extract.state_again import states_again
from briefer.extract.tense import announced
from briefer.extract.topics import read_topics
from briefer.extract.visitor_side import of_the_visitors
from briefer.glossary.load import load as load_glossary
from briefer.glossary.match import Glossary
from briefer.ingest import load_rules, read_paths
from briefer.resources import PACKAGE, home_country

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Extraction:
    """The facts of every article read, and the articles that could not be read or extracted."""

    facts: list[Facts]
    failures: tuple[BrieferError, ...]


def extract_paths(
    paths: Sequence[Path], config: Config, reference: date | None = None
) -> Extraction:
    """Read the articles at paths (files or directories of *.txt) and extract their facts;
    reference narrows a year when an article has no publication date (default: each
    article's own source time)."""
    result = read_paths(paths, load_rules(config.ingest_rules))
    glossary = load_glossary(config.glossary)
    facts, failures = extract_all(result.articles, glossary, reference)
    log.info("extracted the facts of %d article(s)", len(facts))
    return Extraction(facts, (*result.failures, *failures))


def extract_all(
    articles: Sequence[Article], glossary: Glossary, reference: date | None = None
) -> tuple[list[Facts], list[BrieferError]]:
    """The facts of every article; an article whose facts cannot be read is reported, not fatal.

    reference: narrows a year where an article has no publication date; by default each
    article's own source time (see briefer.builddate), never the clock.
    """
    times = source_times(articles) if reference is None else {}
    return skip_failures(
        articles,
        lambda article: extract(article, glossary, reference or times[article.id].date()),
        BrieferError,
    )


@lru_cache(maxsize=1)
def extraction_version() -> str:
    """A hash of what facts depend on beside an article and the glossary: briefer's version,
    the code that reads articles and extracts (ingest, arabic/, glossary/, extract/) and the
    data files. A cache of facts keyed by it cannot outlive a change of the rules."""
    digest = hashlib.sha256(__version__.encode())
    files = [PACKAGE / "ingest.py", PACKAGE / "documents.py"]
    for folder in ("arabic", "glossary", "extract"):
        files += sorted((PACKAGE / folder).rglob("*.py"))
    files += sorted(p for p in (PACKAGE / "data").rglob("*") if p.is_file())
    for path in files:
        digest.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def international_bodies(glossary: Glossary) -> frozenset[str]:
    """The English names of the glossary's organisations that belong to no country."""
    orgs = (e for e in glossary.entries.values() if e.kind == "organisation" and not e.country)
    return frozenset(name for e in orgs for name in (e.en.full, e.en.acronym) if name)


def _parties_in_host(agreement: Agreement, host: str | None, side: str | None) -> Agreement:
    """A party's country read from a demonym the side shares ("الكونغولية" in Brazzaville, or
    at home with the Republic of the Congo named); abroad, a body the glossary lacks that names
    no country nor an international scope ("مذكرة تفاهم بين الشرطة الاتحادية والمديرية العامة
    للأمن الوطني" in Germany) is the host's."""
    abroad = host if host not in (None, home_country()) else None
    parties = tuple(
        replace(p, country=in_host(p.country, side) or (abroad if _unplaced(p) else None))
        for p in agreement.parties
    )
    return replace(agreement, parties=parties)


def _unplaced(party: Party) -> bool:
    international = cue("cues", "international").search(fold_form(party.ar))
    return party.country is None and party.en is None and international is None


def extract(article: Article, glossary: Glossary, reference: date | None = None) -> Facts:
    """The facts of the visit one article reports; reference: see the module docstring."""
    readings = cities_by_context(states_again(read(article, glossary)))
    evidence: dict[str, tuple[Evidence, ...]] = {}
    principal = read_principal(readings, evidence)
    publication = read_publication(readings)
    host, city = read_place(readings, evidence, publication.exact)
    event = read_event(readings, evidence)
    if publication.day:
        evidence["published"] = publication.evidence
    start, end = read_dates(readings, publication, principal, reference, evidence, host)
    # A year narrowed from a weekday ("?") is not sure enough to choose a dated title by.
    day = to_date(start) if start and not start.endswith("?") else None
    year = int(start[:4]) if start and start[:4].isdigit() else None
    background = read_background(readings, year)
    counterparts, unknown = read_counterparts(
        readings, principal, day, host, background, international_bodies(glossary)
    )
    side = demonym_side(readings, host)
    # With no day of its own, the visit is one of the weeks before the report: a signing
    # dated months before the publication is an earlier one's.
    stale = stale_before(publication)
    agreements, unknown_parties = read_agreements(readings, year, day or stale)
    agreements = [_parties_in_host(a, host, side) for a in agreements]
    first, published = to_date(start) if start else None, publication.exact
    # "والتي شهدت توقيع مذكرة التفاهم … وعقد أربعة لقاءات": an earlier visit's meetings.
    recent = [r for r in readings if stale is None or not writes_day_before(r, stale)]
    principal_id = principal.id if principal else None
    upcoming = first is not None and published is not None and first > published
    upcoming = upcoming or (first is None and announced(readings, principal_id))
    meetings = read_meetings(recent, upcoming)
    if meetings.count_evidence:
        evidence["bilateral_meetings_count"] = meetings.count_evidence
    if meetings.held_evidence:
        evidence["bilateral_meetings_held"] = meetings.held_evidence
    about = [r for r in readings if r.sentence.index not in background]
    topics = read_topics(about, evidence)
    countries = read_countries(about, host, counterparts, agreements, evidence, principal_id, side)
    cited = evidence.get("countries_mentioned", ())
    counterparts = of_the_visitors(counterparts, host, countries, cited)
    return Facts(
        article=article.id,
        host_country=host,
        city=city,
        start=start,
        end=end,
        published=publication.day,
        principal=principal,
        event=event,
        counterparts=tuple(counterparts),
        countries_mentioned=countries,
        agreements=tuple(agreements),
        bilateral_meetings_count=meetings.count,
        bilateral_meetings_held=meetings.held,
        topics=topics,
        unknown_names=unique_unknown([*unknown, *unknown_parties]),
        evidence=evidence,
    )
