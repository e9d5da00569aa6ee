"""The typed facts of one article and of one visit, and their JSON shapes."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

Json = dict[str, Any]


@dataclass(frozen=True, order=True)
class Evidence:
    """Where a fact is stated: a sentence of an article and the Arabic words that say it."""

    article: str
    sentence: int
    """Sentence.index in the article."""
    start: int
    """Offset of the Arabic words in Article.original (for highlighting the source)."""
    end: int
    """End offset (exclusive) in Article.original."""


Cite = Callable[[Evidence], Any]


def by_sentence(evidence: Evidence) -> int:
    """How a single article's JSON cites evidence: the sentence index."""
    return evidence.sentence


def by_article(evidence: Evidence) -> Json:
    """How a merged visit's JSON cites evidence: article id and sentence index."""
    return {"article": evidence.article, "sentence": evidence.sentence}


def cite_all(evidence: tuple[Evidence, ...], cite: Cite) -> list[Any]:
    """Distinct citations in order (one per sentence, however many spans it holds)."""
    out: list[Any] = []
    for item in sorted(evidence):
        value = cite(item)
        if value not in out:
            out.append(value)
    return out


@dataclass(frozen=True)
class Label:
    """A name or phrase in both target languages."""

    en: str | None
    fr: str | None
    ar: str | None = field(default=None, compare=False)
    """The Arabic words it was read from, when it was read rather than looked up."""

    def to_json(self) -> Json:
        """{"en", "fr"}."""
        return {"en": self.en, "fr": self.fr}


@dataclass(frozen=True)
class Named:
    """A glossary entry in both languages: the principal, or the event with its edition."""

    id: str
    kind: str
    """The glossary entry's kind: "person" or "event"."""
    en: str
    fr: str
    edition: str | None = None
    """The event's edition as written ("2025", "24"); None for people."""

    def to_json(self) -> Json:
        """{"id", "en", "fr"}, plus "edition" for events."""
        out: Json = {"id": self.id, "en": self.en, "fr": self.fr}
        if self.kind == "event":
            out["edition"] = self.edition
        return out


@dataclass(frozen=True)
class City:
    """Where the visit or event took place."""

    id: str
    ar: str
    en: str
    fr: str

    def to_json(self) -> Json:
        """{"ar", "en", "fr"}."""
        return {"ar": self.ar, "en": self.en, "fr": self.fr}


@dataclass(frozen=True)
class Counterpart:
    """A person the principal met, with the post the article gives them."""

    name: Label | None
    """From the glossary; None when unnamed or named but unknown (see name_ar)."""
    name_ar: str | None
    """The name as written in the article, known or not."""
    role: Label
    organisation: Label | None
    country: str | None
    title: Label
    """Role and organisation composed: "Director General of the Spanish National Police"."""
    key: str
    """What identifies the counterpart across sentences and articles (person or post)."""
    post: str | None
    """What identifies the post ("role|modifier|organisations|country"), to join an unnamed
    mention of it to a named one."""
    evidence: tuple[Evidence, ...]

    def to_json(self, cite: Cite = by_sentence) -> Json:
        """The issue-6 counterpart object, with "title" and "name_ar" added."""
        return {
            "name": self.name.to_json() if self.name else None,
            "role": self.role.to_json(),
            "organisation": self.organisation.to_json() if self.organisation else None,
            "country": self.country,
            "evidence": cite_all(self.evidence, cite),
            "title": self.title.to_json(),
            "name_ar": self.name_ar,
        }


@dataclass(frozen=True)
class Party:
    """A party to an agreement; en/fr are None when the glossary lacks the organisation."""

    ar: str
    en: str | None
    fr: str | None
    country: str | None

    def to_json(self) -> Json:
        """{"en", "fr", "ar"}."""
        return {"en": self.en, "fr": self.fr, "ar": self.ar}


@dataclass(frozen=True)
class Agreement:
    """A memorandum, agreement, protocol or undocumented commitment, and how far it got."""

    kind: str
    """"mou" | "agreement" | "protocol"."""
    status: str
    """"signed" | "agreed" | "discussed"."""
    parties: tuple[Party, ...]
    subject: Label | None
    """Topic labels of its purpose clause; ar holds the clause itself."""
    document: bool
    """False for a commitment with no document ("تم الاتفاق على …")."""
    evidence: tuple[Evidence, ...]

    def to_json(self, cite: Cite = by_sentence) -> Json:
        """The issue-6 agreement object, with "document" added and subject["ar"]."""
        subject = None
        if self.subject is not None:
            subject = {**self.subject.to_json(), "ar": self.subject.ar}
        return {
            "kind": self.kind,
            "status": self.status,
            "parties": [p.to_json() for p in self.parties],
            "subject": subject,
            "evidence": cite_all(self.evidence, cite),
            "document": self.document,
        }


@dataclass(frozen=True)
class UnknownName:
    """A person or organisation named in the article that the glossary lacks."""

    ar: str
    evidence: Evidence

    def to_json(self, cite: Cite = by_sentence) -> Json:
        """{"ar", "sentence"} (or {"ar", "article", "sentence"} in a visit)."""
        cited = cite(self.evidence)
        return {"ar": self.ar, **(cited if isinstance(cited, dict) else {"sentence": cited})}


@dataclass(frozen=True)
class Facts:
    """Everything one article says about a visit, each fact traceable to its sentence."""

    article: str
    """The article id (file stem)."""
    host_country: str | None
    """ISO 3166-1 alpha-2 of where the visit or event took place."""
    city: City | None
    """The city of the host country the article names; None when it names none."""
    start: str | None
    """EDTF: "2025-09-18", or "XXXX-01-28" when the year is neither stated nor inferable."""
    end: str | None
    """EDTF, like start; equal to start for a one-day visit."""
    principal: Named | None
    """The official whose visit it is (the person most named, a Moroccan one first)."""
    event: Named | None
    """The event the visit was for, with the edition the article writes."""
    counterparts: tuple[Counterpart, ...]
    """The people met, in order of first mention."""
    countries_mentioned: tuple[str, ...]
    """Foreign countries named as participants or partners (never Morocco or the host)."""
    agreements: tuple[Agreement, ...]
    """Documents and commitments, in order of first mention."""
    bilateral_meetings_count: int | None
    """The number of bilateral meetings when the article states one."""
    topics: tuple[str, ...]
    """From the closed list in data/topics.yaml, in that list's order."""
    unknown_names: tuple[UnknownName, ...]
    """People and organisations named in the article that the glossary lacks."""
    evidence: Mapping[str, tuple[Evidence, ...]] = field(default_factory=dict)
    """Evidence of the scalar facts: "dates", "host_country", "city", "principal", "event",
    "bilateral_meetings_count", "topic:<name>", "country:<code>"."""

    def to_json(self) -> Json:
        """Exactly the issue-6 object."""
        return facts_json(self, by_sentence)


def facts_json(facts: Facts | Any, cite: Cite) -> Json:
    """The shared JSON body of Facts and Visit."""
    return {
        "article": facts.article,
        "host_country": facts.host_country,
        "city": facts.city.to_json() if facts.city else None,
        "start": facts.start,
        "end": facts.end,
        "principal": facts.principal.to_json() if facts.principal else None,
        "event": facts.event.to_json() if facts.event else None,
        "counterparts": [c.to_json(cite) for c in facts.counterparts],
        "countries_mentioned": list(facts.countries_mentioned),
        "agreements": [a.to_json(cite) for a in facts.agreements],
        "bilateral_meetings_count": facts.bilateral_meetings_count,
        "topics": list(facts.topics),
        "unknown_names": [u.to_json(cite) for u in facts.unknown_names],
    }


@dataclass(frozen=True)
class Conflict:
    """Sources that disagree on one field; every value is kept, none is chosen silently."""

    field: str
    values: dict[str, Any]
    """article id -> the value that article gives."""

    def to_json(self) -> Json:
        """{"field", "values"}."""
        return {"field": self.field, "values": dict(self.values)}


@dataclass(frozen=True)
class Visit:
    """One visit as reported by one or more articles, facts merged, evidence per article."""

    id: str
    """Readable and stable: "2025-09-18-tr-ankara" (start or "undated", host, city slug)."""
    articles: tuple[str, ...]
    """The ids of the articles that report the visit, in id order."""
    article: str
    """The first source, by article id."""
    host_country: str | None
    """As in Facts; the first source's value, a differing one is a conflict."""
    city: City | None
    """As in Facts; cities compare by glossary entry, not by spelling."""
    start: str | None
    """The first source with a known year gives the dates; differing dates are a conflict."""
    end: str | None
    """End of the same source's range as start."""
    principal: Named | None
    """The same in every source (a condition of grouping)."""
    event: Named | None
    """As in Facts; a differing event or edition is a conflict."""
    counterparts: tuple[Counterpart, ...]
    """Merged by person, or by post when unnamed; evidence from every source."""
    countries_mentioned: tuple[str, ...]
    """The union, in order of first source."""
    agreements: tuple[Agreement, ...]
    """The same document reported twice is one; differing counts are a conflict."""
    bilateral_meetings_count: int | None
    """As in Facts; a differing count is a conflict."""
    topics: tuple[str, ...]
    """The union, in the closed list's order."""
    unknown_names: tuple[UnknownName, ...]
    """Every source's unknown names, with their article."""
    conflicts: tuple[Conflict, ...]
    """Fields on which the sources disagree, with every source's value."""
    facts: tuple[Facts, ...] = field(repr=False)
    """The per-article facts merged here, in article order."""

    @property
    def sources(self) -> int:
        """How many articles report the visit ("reported by N sources")."""
        return len(self.articles)

    def to_json(self) -> Json:
        """The issue-6 keys merged across sources, plus id, articles, sources, conflicts."""
        body = facts_json(self, by_article)
        return {
            "id": self.id,
            **body,
            "articles": list(self.articles),
            "sources": self.sources,
            "conflicts": [c.to_json() for c in self.conflicts],
        }
