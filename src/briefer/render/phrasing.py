"""The note's wording composed from a visit's facts: its title, summary bullets and labels.

The patterns live in briefer/data/notes.yaml; this module picks them and fills them with
names, places and dates phrased by the glossary (articles, French elision and contraction)
and by Babel (dates, lists). Every function reads the typed facts (extract.facts).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from briefer.documents import Article, Block, Origin, Translation
from briefer.extract.facts import (
    Agreement,
    Counterpart,
    Evidence,
    Facts,
    Named,
    Party,
    Visit,
    cited_sentences,
)
from briefer.render.localize import Localizer, plural_form, words
from briefer.render.views import Passage
from briefer.resources import home_country

if TYPE_CHECKING:
    from briefer.glossary.entries import Entry
    from briefer.glossary.match import Glossary

MAX_FACT_BULLETS = 5
MAX_BULLETS = 6
MIN_BULLETS = 3
MAX_NAMED_COUNTERPARTS = 4
MAX_NAMED_COUNTRIES = 8


class Bilingual(Protocol):
    """A fact named in both note languages: a Label, a Named entry, a City, a Party."""

    @property
    def en(self) -> str | None: ...

    @property
    def fr(self) -> str | None: ...


@dataclass(frozen=True)
class Phrasing:
    """What composing a sentence in one language needs: locale, words and glossary."""

    loc: Localizer
    words: Mapping[str, Any]
    glossary: Glossary | None

    @classmethod
    def for_lang(cls, lang: str, glossary: Glossary | None) -> Phrasing:
        """The phrasing of one note language."""
        return cls(Localizer.for_lang(lang), words(lang), glossary)

    @property
    def lang(self) -> str:
        """The note language."""
        return self.loc.lang

    def entry(self, entry_id: str | None) -> Entry | None:
        """The glossary entry of an id, or None when there is no glossary or no such entry."""
        if self.glossary is None or not entry_id:
            return None
        try:
            return self.glossary.get(entry_id)
        except KeyError:
            return None

    def text(self, value: Bilingual | None) -> str:
        """A fact's name in this language, else in English; None gives ""."""
        if value is None:
            return ""
        return (value.fr if self.lang == "fr" else value.en) or value.en or ""

    def named_entry(self, named: Named | None) -> Entry | None:
        """The glossary entry of the principal or event, when the glossary has it."""
        return self.entry(named.id if named is not None else None)


def capitalise(sentence: str) -> str:
    """Upper-case the first letter only ("a memorandum…" -> "A memorandum…")."""
    return sentence[:1].upper() + sentence[1:]


def principal(facts: Facts, ph: Phrasing) -> tuple[str, str]:
    """The principal's name, and the name after "of" ("of Abdellatif …", "d'Abdellatif …")."""
    name = ph.text(facts.principal) or ph.words["ui"]["not_reported"]
    entry = ph.named_entry(facts.principal)
    return name, ph.loc.entry_phrase(entry, name, ph.words["prepositions"]["of"])


def event_phrases(facts: Facts, ph: Phrasing) -> dict[str, str]:
    """The event in running text: bare (with article), after "de" and after "à"."""
    event = facts.event
    if event is None:
        return {}
    entry = ph.named_entry(event)
    # Without a glossary entry the article is unknown; English event names mostly take "the".
    name = (
        ph.text(event)
        if entry is not None
        else ph.words["unknown_event"].format(event=ph.text(event))
    )
    preps = ph.words["prepositions"]
    return {
        "event": ph.loc.entry_phrase(entry, name),
        "of_event": ph.loc.entry_phrase(entry, name, preps["of"]),
        "at_event": ph.loc.entry_phrase(entry, name, preps["at"]),
    }


def is_hosted(facts: Facts, ph: Phrasing) -> bool:
    """Whether the principal is at home (an event hosted in the principal's own country)."""
    return facts.host_country in (None, home_of(facts, ph)) and facts.event is not None


def place(facts: Facts, ph: Phrasing) -> str:
    """The city, else the host country's name, else ""."""
    city = ph.text(facts.city)
    code = facts.host_country
    return city or (ph.loc.country_name(code, ph.glossary) if code else "")


def title(facts: Facts, ph: Phrasing) -> tuple[str, str]:
    """The note's title and its place-and-dates line."""
    patterns = ph.words["title"]
    name, of_name = principal(facts, ph)
    code = facts.host_country
    fields = {"principal": name, "of_principal": of_name, **event_phrases(facts, ph)}
    if is_hosted(facts, ph):
        main = patterns["hosted"].format(**fields)
    elif code:
        main = patterns["visit"].format(
            country=ph.loc.country_phrase(code, ph.glossary),
            in_country=ph.loc.in_country(code, ph.glossary),
            **fields,
        )
    else:
        main = patterns["no_country"].format(**fields)
    dates = ph.loc.day_range(facts.start, facts.end)
    # The title names the host country already; the second line adds only the city.
    where = ph.text(facts.city) if code and not is_hosted(facts, ph) else place(facts, ph)
    place_dates = (
        patterns["place_dates"].format(place=where, dates=dates)
        if where and dates
        else where or dates or ""
    )
    return main, place_dates


def full_title(main: str, place_dates: str, ph: Phrasing) -> str:
    """ "Visit of … to Türkiye — Ankara, 18–20 September 2025"."""
    if not place_dates:
        return main
    return str(ph.words["title"]["full"].format(main=main, place_dates=place_dates))


def bullets(facts: Facts, ph: Phrasing) -> list[str]:
    """Three to five sentences stating the visit's facts in natural language."""
    composed = [
        _visit_sentence(facts, ph),
        _counterparts_sentence(facts, ph),
        _meetings_sentence(facts, ph),
        *_agreement_sentences(facts, ph),
        _countries_sentence(facts, ph),
        _topics_sentence(facts, ph),
    ]
    return [capitalise(s) for s in composed if s][:MAX_FACT_BULLETS]


def _visit_sentence(facts: Facts, ph: Phrasing) -> str:
    patterns = ph.words["summary"]
    name, _ = principal(facts, ph)
    events = event_phrases(facts, ph)
    dates = ph.loc.day_range(facts.start, facts.end, running=True)
    city = ph.text(facts.city)
    if is_hosted(facts, ph) and city and dates:
        return str(patterns["hosted"].format(principal=name, city=city, dates=dates, **events))
    code = facts.host_country
    if not code:
        return ""
    country = ph.loc.country_phrase(code, ph.glossary)
    in_country = ph.loc.in_country(code, ph.glossary)
    if city:
        where = patterns["place"].format(city=city, country=country, in_country=in_country)
    else:
        where = in_country if ph.lang != "en" else country
    at_event = patterns["at_event"].format(**events) if events else ""
    key = "visit" if dates else "visit_undated"
    return str(
        patterns[key].format(
            principal=name, place=where, in_place=where, dates=dates, at_event=at_event
        )
    )


def counterpart_phrase(person: Counterpart, ph: Phrasing) -> str:
    """One counterpart in running text: "Mahmut Demirtaş (Director of …)" or "the Director …"."""
    patterns = ph.words["summary"]
    role = counterpart_title(person, ph)
    name = ph.text(person.name)
    if name:
        return str(patterns["counterpart"].format(name=name, title=role) if role else name)
    lowered = role[:1].lower() + role[1:] if ph.lang == "fr" else role
    the_title = ph.loc.after("le", lowered)
    phrase = str(patterns["unnamed_counterpart"].format(title=role, the_title=the_title))
    # A name the glossary lacks is given as written rather than dropped.
    return f"{phrase} ({person.name_ar})" if person.name_ar else phrase


def counterpart_title(person: Counterpart, ph: Phrasing) -> str:
    """The counterpart's post: the composed title, else role and organisation."""
    title = ph.text(person.title)
    if title:
        return title
    role, organisation = ph.text(person.role), ph.text(person.organisation)
    return f"{role}, {organisation}" if role and organisation else role or organisation


def _counterparts_sentence(facts: Facts, ph: Phrasing) -> str:
    # Named people first: an unnamed title before a name would read as that person's title.
    ordered = sorted(facts.counterparts, key=lambda p: not ph.text(p.name))
    people = [counterpart_phrase(p, ph) for p in ordered]
    if not people:
        return ""
    shown, rest = people[:MAX_NAMED_COUNTERPARTS], len(people) - MAX_NAMED_COUNTERPARTS
    if rest > 0:
        more = plural_form(ph.words["summary"]["more_counterparts"], rest, ph.loc)
        shown.append(more.format(count=ph.loc.count_word(rest)))
    return str(ph.words["summary"]["counterparts"].format(people=ph.loc.join(shown)))


def _meetings_sentence(facts: Facts, ph: Phrasing) -> str:
    count = facts.bilateral_meetings_count
    if not count:
        return ""
    name, _ = principal(facts, ph)
    pattern = plural_form(ph.words["summary"]["meetings"], count, ph.loc)
    return pattern.format(principal=name, count=ph.loc.number(count))


def party_entry(party: Party, ph: Phrasing) -> Entry | None:
    """The glossary entry of a party: its Arabic name matched whole."""
    if ph.glossary is None or not party.ar:
        return None
    arabic = party.ar.strip()
    matches = ph.glossary.match(arabic)
    # A party is an organisation or a country: "الإسباني" (of "الجانبين المغربي والإسباني")
    # is Spain's side, not the adjective "Spanish".
    whole = [
        m
        for m in matches
        if m.start == 0 and m.end == len(arabic) and m.entry.kind in ("organisation", "country")
    ]
    if whole:
        return whole[0].entry
    # A country named by its side or state word ("الجانب الإسباني", "جمهورية السنغال").
    country = ph.entry(f"country.{party.country}") if party.country else None
    return country if country is not None and country.en.full == party.en else None


def party_name(party: Party, ph: Phrasing) -> str:
    """A party's name in the note's language, or as written in Arabic when untranslated."""
    return ph.text(party) or party.ar


def parties_phrase(agreement: Agreement, ph: Phrasing, home: str) -> str:
    """The other parties of an agreement in running text, each with its article."""
    listed = agreement.parties
    parties = [(party_entry(p, ph), party_name(p, ph)) for p in listed]
    # "signed with …" names the partner: the principal's own side goes without saying.
    countries = [
        e.country if e is not None else p.country for p, (e, _) in zip(listed, parties, strict=True)
    ]
    others = [pt for pt, code in zip(parties, countries, strict=True) if code != home] or parties
    return ph.loc.join(
        [ph.loc.entry_phrase(e, t) if e is not None else ph.loc.organisation(t) for e, t in others]
    )


def home_of(facts: Facts, ph: Phrasing) -> str:
    """The principal's country: from the glossary, else the configured home country."""
    entry = ph.named_entry(facts.principal)
    return (entry.country if entry is not None else None) or home_country()


def _agreement_sentences(facts: Facts, ph: Phrasing) -> list[str]:
    groups: dict[tuple[str, str], list[Agreement]] = {}
    for agreement in facts.agreements:
        groups.setdefault((agreement.kind, agreement.status), []).append(agreement)
    home = home_of(facts, ph)
    return [
        _agreement_sentence(kind, status, items, ph, home)
        for (kind, status), items in groups.items()
    ]


def _agreement_sentence(
    kind: str, status: str, items: Sequence[Agreement], ph: Phrasing, home: str
) -> str:
    patterns = ph.words["summary"]
    kind_words = ph.words["kinds"].get(kind) or ph.words["kinds"]["agreement"]
    status_forms = kind_words.get(status) or ph.words["statuses"][status]
    if status == "none":
        # "No agreement was signed": one sentence however many sources say so, no details.
        form = status_forms["one"]
        verb = form[kind_words.get("gender", "m")] if isinstance(form, Mapping) else form
        return str(patterns["agreement"].format(kind=kind_words["zero"], status=verb, details=""))
    number = ph.loc.plural(len(items))
    form = status_forms[number] if number in status_forms else status_forms["other"]
    verb = form[kind_words.get("gender", "m")] if isinstance(form, Mapping) else form

    def details(a: Agreement) -> str:
        parties, subject = parties_phrase(a, ph, home), ph.text(a.subject)
        return (patterns["with_parties"].format(parties=parties) if parties else "") + (
            patterns["subject"].format(subject=subject, of_subject=ph.loc.after("de", subject))
            if subject
            else ""
        )

    if len(items) == 1:
        return str(
            patterns["agreement"].format(
                kind=kind_words["one"], status=verb, details=details(items[0])
            )
        )
    # Commitments with no topic and no foreign party have no details: no empty list then.
    listed = [d for d in (details(a).strip() for a in items) if d]
    return str(
        patterns["agreements" if listed else "agreements_bare"].format(
            count=ph.loc.count_word(len(items)),
            kinds=kind_words["other"],
            status=verb,
            items=ph.loc.join(listed),
        )
    )


def _countries_sentence(facts: Facts, ph: Phrasing) -> str:
    codes = [c for c in facts.countries_mentioned if c != facts.host_country]
    if not codes:
        return ""
    names = [ph.loc.country_phrase(c, ph.glossary) for c in codes[:MAX_NAMED_COUNTRIES]]
    rest = len(codes) - MAX_NAMED_COUNTRIES
    if rest > 0:
        more = plural_form(ph.words["summary"]["more_countries"], rest, ph.loc)
        names.append(more.format(count=ph.loc.count_word(rest)))
    return str(ph.words["summary"]["countries"].format(countries=ph.loc.join(names)))


def _topics_sentence(facts: Facts, ph: Phrasing) -> str:
    labels = [ph.words["topics"][t] for t in facts.topics if t in ph.words["topics"]]
    if not labels:
        return ""
    return str(ph.words["summary"]["topics"].format(topics=ph.loc.join(labels)))


def passages(
    visit: Visit,
    articles: Mapping[str, Article],
    translations: Mapping[tuple[str, str], Translation],
    lang: str,
    limit: int,
) -> list[Passage]:
    """The most informative translated sentences: cited as evidence, rich in glossary terms."""
    cited = _cited(visit.facts)
    scored: list[tuple[float, str, int, Passage]] = []
    for article_id in visit.articles:
        article, translation = articles.get(article_id), translations.get((article_id, lang))
        if article is None or translation is None:
            continue
        kinds = {s.index: p.kind for p in article.paragraphs for s in p.sentences}
        terms: dict[int, int] = {}
        for check in translation.terms:
            terms[check.sentence] = terms.get(check.sentence, 0) + 1
        for sentence in translation.sentences:
            if (
                kinds.get(sentence.index) is not Block.BODY
                or sentence.origin is Origin.UNTRANSLATED
            ):
                continue
            score: float = 3 * cited.get((article_id, sentence.index), 0)
            score += terms.get(sentence.index, 0)
            score += 1 if any(ch.isdigit() for ch in sentence.target) else 0
            score += min(len(sentence.target), 300) / 300  # a full sentence over a fragment
            passage = Passage(
                capitalise(sentence.target), article_id, sentence.index, sentence.origin
            )
            scored.append((-score, article_id, sentence.index, passage))
    scored.sort(key=lambda item: item[:3])
    chosen: list[Passage] = []
    for *_, passage in scored:
        if len(chosen) < limit and all(passage.text != p.text for p in chosen):
            chosen.append(passage)
    order = list(visit.articles)
    return sorted(chosen, key=lambda p: (order.index(p.article), p.sentence))


def _cited(facts: Facts) -> dict[tuple[str, int], int]:
    """How many counterparts and agreements cite each sentence (article id, index)."""
    counts: dict[tuple[str, int], int] = {}
    evidence: list[tuple[Evidence, ...]] = [c.evidence for c in facts.counterparts]
    evidence += [a.evidence for a in facts.agreements]
    for cited in evidence:
        for key in cited_sentences(cited):
            counts[key] = counts.get(key, 0) + 1
    return counts


def passage_count(fact_bullets: int) -> int:
    """How many quoted sentences follow the fact bullets, so the summary has 3 to 6 items."""
    return max(1, min(MIN_BULLETS, MAX_BULLETS - fact_bullets))


def event_label(event: Named | None, ph: Phrasing) -> str:
    """An event with the edition the sources give: "… Fair (IGEF 2025)"."""
    if event is None:
        return ""
    name, edition = ph.text(event), event.edition
    if not name or not edition or edition in name:
        return name
    entry = ph.entry(event.id)
    acronym = entry.rendering(ph.lang).acronym if entry is not None else None
    return f"{name} ({acronym} {edition})" if acronym else f"{name} ({edition})"
