"""The typed facts of one article and of one visit, and their JSON shapes.

The JSON is an output (briefer extract, the note's attachment) and a test-fixture format: each
type's from_json reads back what its to_json writes, for fixtures. JSON cites sentences, not
spans, so evidence read back spans no characters, and the ids that only serve grouping and
merging (a city's glossary id, a counterpart's key and post) come back empty.

Contract changes: "published" (the article's publication date, EDTF as read) follows "end";
"bilateral_meetings_held" (true, false or null) follows "bilateral_meetings_count"; "start"
and "end" may carry EDTF's "?" ("2025-01-28?") when a weekday and a reference date, not the
text, gave the year. JSON written before these keys existed reads back with both null.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeAlias

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


def read_cited(cited: Any) -> Evidence:
    """A visit's citation read back: {"article", "sentence"}."""
    return Evidence(str(cited["article"]), int(cited["sentence"]), 0, 0)


def cited_sentences(evidence: tuple[Evidence, ...]) -> list[tuple[str, int]]:
    """The distinct sentences cited, (article id, index), in the order a visit's JSON lists."""
    return list(dict.fromkeys((e.article, e.sentence) for e in sorted(evidence)))


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

    @classmethod
    def from_json(cls, data: Any) -> Label:
        """{"en", "fr"} (and "ar" for a subject) read back."""
        return cls(data["en"], data["fr"], data.get("ar"))


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

    @classmethod
    def from_json(cls, data: Any, kind: str) -> Named:
        """{"id", "en", "fr"} read back as a glossary entry of kind "person" or "event"."""
        return cls(data["id"], kind, data["en"], data["fr"], data.get("edition"))


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

    @classmethod
    def from_json(cls, data: Any) -> City:
        """{"ar", "en", "fr"} read back; the glossary id is not in the JSON."""
        return cls("", data["ar"], data["en"], data["fr"])


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
    unverified: tuple[str, ...] = ()
    """The fields read from the article rather than found in the glossary, which nobody has
    checked: "name" (romanized from the Arabic, see briefer.arabic.romanize) and
    "organisation" (an organisation the glossary lacks, rendered literally)."""
    international: bool = False
    """He serves an international body (INTERPOL, a UN office), so no country is his."""
    also: tuple[str, ...] = ()
    """His other posts the article gives with his name ("وزير الداخلية" before "قائد قوة
    الأمن الداخلي"), as post keys, by which an unnamed mention of one of them is his. Read
    within an article only: not part of the JSON."""

    def to_json(self, cite: Cite = by_sentence) -> Json:
        """The issue-6 counterpart object, with "title", "name_ar" and "unverified" added."""
        return {
            "name": self.name.to_json() if self.name else None,
            "role": self.role.to_json(),
            "organisation": self.organisation.to_json() if self.organisation else None,
            "country": self.country,
            "evidence": cite_all(self.evidence, cite),
            "title": self.title.to_json(),
            "name_ar": self.name_ar,
            "unverified": list(self.unverified),
        }

    @classmethod
    def from_json(cls, data: Any) -> Counterpart:
        """A visit's counterpart read back; key and post, which serve merging, left empty."""
        name, organisation = data["name"], data["organisation"]
        return cls(
            name=Label.from_json(name) if name else None,
            name_ar=data["name_ar"],
            role=Label.from_json(data["role"]),
            organisation=Label.from_json(organisation) if organisation else None,
            country=data["country"],
            title=Label.from_json(data["title"]),
            key="",
            post=None,
            evidence=tuple(read_cited(c) for c in data["evidence"]),
            unverified=tuple(data.get("unverified", ())),
        )


@dataclass(frozen=True)
class Party:
    """A party to an agreement: an organisation or a country, never a clause of the text.

    An organisation of the glossary, one the glossary lacks (head noun, complement and
    demonym: "وزارة الداخلية القطرية"), a country, or a side or counterpart qualified by a
    demonym ("الجانب المغربي", "نظيرتها الإيفوارية"); en/fr are None when the glossary lacks it.
    """

    ar: str
    """As written in the article, without the conjunction or preposition before it."""
    en: str | None
    fr: str | None
    country: str | None
    """ISO 3166-1 alpha-2 of the country it belongs to (the glossary entry's, the demonym's or
    the country named after it: "بالجمهورية الإسلامية الموريتانية"); None for international
    bodies and organisations of no stated country."""

    def to_json(self) -> Json:
        """{"en", "fr", "ar", "country"}."""
        return {"en": self.en, "fr": self.fr, "ar": self.ar, "country": self.country}

    @classmethod
    def from_json(cls, data: Any) -> Party:
        """{"en", "fr", "ar", "country"} read back (older JSON has no "country": None)."""
        return cls(data["ar"], data["en"], data["fr"], data.get("country"))


@dataclass(frozen=True)
class Agreement:
    """A memorandum, agreement, protocol or undocumented commitment, and how far it got."""

    kind: str
    """"mou" | "agreement" | "protocol"."""
    status: str
    """How far it got, as the text says:

    - "signed": signed ("وقع", "توجت بتوقيع");
    - "to_be_signed": its signature is planned or expected ("من المرتقب توقيع", "سيتم
      التوقيع", "اتفقا على توقيع");
    - "agreed": a commitment reached in talks, or a text agreed but not signed;
    - "discussed": discussed, or agreed only to study signing ("دراسة إمكانية توقيع");
    - "none": the text says no such document was signed ("لم يتم توقيع أي اتفاقية"); then
      parties is empty and subject None.
    """
    parties: tuple[Party, ...]
    """The parties the text names, in order of mention; empty when it names none."""
    subject: Label | None
    """Topic labels of its purpose clause; ar holds the clause itself, as written."""
    document: bool
    """False for a commitment with no document ("تم الاتفاق على …")."""
    evidence: tuple[Evidence, ...]
    """Where it is stated: the predicate and document word, then any restatement."""

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

    @classmethod
    def from_json(cls, data: Any) -> Agreement:
        """A visit's agreement read back."""
        subject = data["subject"]
        return cls(
            kind=data["kind"],
            status=data["status"],
            parties=tuple(Party.from_json(p) for p in data["parties"]),
            subject=Label.from_json(subject) if subject else None,
            document=data["document"],
            evidence=tuple(read_cited(c) for c in data["evidence"]),
        )


@dataclass(frozen=True)
class UnknownName:
    """A person or organisation named in the article that the glossary lacks."""

    ar: str
    evidence: Evidence

    def to_json(self, cite: Cite = by_sentence) -> Json:
        """{"ar", "sentence"} (or {"ar", "article", "sentence"} in a visit)."""
        cited = cite(self.evidence)
        return {"ar": self.ar, **(cited if isinstance(cited, dict) else {"sentence": cited})}

    @classmethod
    def from_json(cls, data: Any) -> UnknownName:
        """A visit's {"ar", "article", "sentence"} read back."""
        return cls(data["ar"], read_cited(data))


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
    """EDTF: "2025-09-18"; "XXXX-01-28" when the year is neither stated nor inferable;
    "2025-01-28?" when the text gives a weekday but no year and a reference date narrowed it
    (see briefer.extract)."""
    end: str | None
    """EDTF, like start (both carry "?" or neither); equal to start for a one-day visit; None
    when the text says the length is not known."""
    published: str | None
    """EDTF: the article's publication date as its publication line, dateline or wire footer
    writes it ("XXXX-12-10" when that gives no year); None when the article gives none."""
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
    bilateral_meetings_held: bool | None
    """True when the article reports bilateral meetings or talks of the visit (a count implies
    it), False when it says there were none, None when it is silent or the visit is to come."""
    topics: tuple[str, ...]
    """From the closed list in data/topics.yaml, in that list's order."""
    unknown_names: tuple[UnknownName, ...]
    """People and organisations named in the article that the glossary lacks."""
    evidence: Mapping[str, tuple[Evidence, ...]] = field(default_factory=dict)
    """Evidence of the scalar facts: "dates", "published", "host_country", "city", "principal",
    "event", "bilateral_meetings_count", "bilateral_meetings_held", "topic:<name>",
    "country:<code>"."""

    def to_json(self, cite: Cite = by_sentence) -> Json:
        """The issue-6 object with "published" and "bilateral_meetings_held" (a visit's cites
        the article of each sentence)."""
        return {
            "article": self.article,
            "host_country": self.host_country,
            "city": self.city.to_json() if self.city else None,
            "start": self.start,
            "end": self.end,
            "published": self.published,
            "principal": self.principal.to_json() if self.principal else None,
            "event": self.event.to_json() if self.event else None,
            "counterparts": [c.to_json(cite) for c in self.counterparts],
            "countries_mentioned": list(self.countries_mentioned),
            "agreements": [a.to_json(cite) for a in self.agreements],
            "bilateral_meetings_count": self.bilateral_meetings_count,
            "bilateral_meetings_held": self.bilateral_meetings_held,
            "topics": list(self.topics),
            "unknown_names": [u.to_json(cite) for u in self.unknown_names],
        }

    @classmethod
    def from_json(cls, data: Any) -> Facts:
        """A visit's merged facts read back (evidence of the scalar facts is not in the JSON)."""
        city, principal, event = data["city"], data["principal"], data["event"]
        return cls(
            article=data["article"],
            host_country=data["host_country"],
            city=City.from_json(city) if city else None,
            start=data["start"],
            end=data["end"],
            published=data.get("published"),
            principal=Named.from_json(principal, "person") if principal else None,
            event=Named.from_json(event, "event") if event else None,
            counterparts=tuple(Counterpart.from_json(c) for c in data["counterparts"]),
            countries_mentioned=tuple(data["countries_mentioned"]),
            agreements=tuple(Agreement.from_json(a) for a in data["agreements"]),
            bilateral_meetings_count=data["bilateral_meetings_count"],
            bilateral_meetings_held=data.get("bilateral_meetings_held"),
            topics=tuple(data["topics"]),
            unknown_names=tuple(UnknownName.from_json(u) for u in data["unknown_names"]),
        )


@dataclass(frozen=True)
class Dates:
    """One source's first and last day, as a conflict on the dates keeps them."""

    start: str
    end: str | None

    def to_json(self) -> Json:
        """{"start", "end"}."""
        return {"start": self.start, "end": self.end}


ConflictValue: TypeAlias = str | int | bool | Dates | City | Named
"""What a source says of a field: a country code, a count or whether meetings were held, dates,
a city, a person, an event."""

_READERS: dict[str, Callable[[Any], ConflictValue]] = {
    "dates": lambda d: Dates(d["start"], d["end"]),
    "city": City.from_json,
    "principal": lambda d: Named.from_json(d, "person"),
    "event": lambda d: Named.from_json(d, "event"),
}


@dataclass(frozen=True)
class Conflict:
    """Sources that disagree on one field; every value is kept, none is chosen silently."""

    field: str
    """A Facts field, "dates", "agreements" (how many each source reports) or
    "agreement_status" (one agreement's status in each source that reports it)."""
    values: Mapping[str, ConflictValue]
    """article id -> the value that article gives."""

    def to_json(self) -> Json:
        """{"field", "values"}."""
        values = {k: v if isinstance(v, str | int) else v.to_json() for k, v in self.values.items()}
        return {"field": self.field, "values": values}

    @classmethod
    def from_json(cls, data: Any) -> Conflict:
        """{"field", "values"} read back, each value as the field's type."""
        read = _READERS.get(data["field"])
        return cls(data["field"], {k: read(v) if read else v for k, v in data["values"].items()})


@dataclass(frozen=True)
class Visit:
    """One visit as reported by one or more articles, facts merged, evidence per article."""

    id: str
    """Readable and stable: "2025-09-18-tr-ankara" (start or "undated", host, city slug)."""
    articles: tuple[str, ...]
    """The ids of the articles that report the visit, in id order."""
    facts: Facts
    """The facts merged across sources; facts.article is the first source. A field the sources
    give differently holds the first source's value (the dates: the first with a known year)
    and is listed in conflicts; cities and people compare by glossary entry, not spelling.
    Counterparts merge by person, or by post when unnamed; an agreement reported by two
    sources is one (a status they give differently is an "agreement_status" conflict);
    countries, topics and unknown names are every source's. Whether bilateral meetings were
    held merges like their count; published is the earliest source's."""
    conflicts: tuple[Conflict, ...]
    """Fields on which the sources disagree, with every source's value."""
    reports: tuple[Facts, ...] = field(default=(), repr=False)
    """Each source's own facts, in article order."""

    @property
    def sources(self) -> int:
        """How many articles report the visit ("reported by N sources")."""
        return len(self.articles)

    def to_json(self) -> Json:
        """The issue-6 keys merged across sources, plus id, articles, sources, conflicts."""
        return {
            "id": self.id,
            **self.facts.to_json(by_article),
            "articles": list(self.articles),
            "sources": self.sources,
            "conflicts": [c.to_json() for c in self.conflicts],
        }

    @classmethod
    def from_json(cls, data: Any) -> Visit:
        """A visit read back from its JSON (a fixture, or the "visit" of a note's record)."""
        return cls(
            id=data["id"],
            articles=tuple(data["articles"]),
            facts=Facts.from_json(data),
            conflicts=tuple(Conflict.from_json(c) for c in data["conflicts"]),
        )
