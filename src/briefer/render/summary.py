"""The note's summary: points composed from the visit's facts, each citing the sentences it
rests on, then the most informative translated sentences in the sources' own words.

A point says no more than its facts: no count the sources do not give (a long list of
countries ends "among others", never "and 24 other countries"), no partner who is only
mentioned (countries come from the sentences about the visit), no status stronger than the
source's (commitments reached in talks are "agreed", not "agreements concluded"), and an
agreement's subject in the translated words of its own sentence (briefer.render.subjects).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from briefer.documents import Article, Block, Origin, Translation
from briefer.extract.facts import Agreement, Evidence, Facts, Visit, cited_sentences
from briefer.render.localize import plural_form
from briefer.render.phrasing import (
    Phrasing,
    capitalise,
    counterpart_phrase,
    event_phrases,
    home_of,
    is_hosted,
    is_reception,
    parties_phrase,
    principal,
)
from briefer.render.views import Passage, SummaryPoint

MAX_FACT_POINTS = 6
MAX_POINTS = 7
MIN_POINTS = 3
MAX_NAMED_COUNTERPARTS = 4
MAX_NAMED_COUNTRIES = 8


def points(facts: Facts, ph: Phrasing, subjects: Mapping[int, str]) -> list[SummaryPoint]:
    """The summary's points in order, each with the sentences it cites; empty ones left out.

    subjects: each agreement's subject (by its index in facts.agreements), see subjects.py.
    """
    composed = [
        _visit_point(facts, ph),
        _counterparts_point(facts, ph),
        _meetings_point(facts, ph),
        *_agreement_points(facts, ph, subjects),
        _countries_point(facts, ph),
        _topics_point(facts, ph),
    ]
    return [p for p in composed if p is not None][:MAX_FACT_POINTS]


def _point(text: str, *evidence: tuple[Evidence, ...]) -> SummaryPoint:
    cited = tuple(dict.fromkeys(s for e in evidence for s in cited_sentences(e)))
    return SummaryPoint(capitalise(text), cited)


def _scalar(facts: Facts, *keys: str) -> tuple[Evidence, ...]:
    return tuple(e for key in keys for e in facts.evidence.get(key, ()))


def _visit_point(facts: Facts, ph: Phrasing) -> SummaryPoint | None:
    patterns = ph.words["summary"]
    name, _ = principal(facts, ph)
    events = event_phrases(facts, ph)
    dates = ph.loc.day_range(facts.start, facts.end, running=True) or ""
    city = ph.text(facts.city)
    cited = _scalar(facts, "host_country", "city", "dates", "event")
    if is_hosted(facts, ph) and city:
        key = "hosted" if dates else "hosted_undated"
        return _point(patterns[key].format(principal=name, city=city, dates=dates, **events), cited)
    code = facts.host_country
    if not code:
        return None
    country = ph.loc.country_phrase(code, ph.glossary)
    in_country = ph.loc.in_country(code, ph.glossary)
    if is_reception(facts, ph):
        if facts.counterparts:
            return None  # the counterparts point says whom he received, where and when
        where = _in_place(facts, ph)
        key = "reception" if dates else "reception_undated"
        return _point(patterns[key].format(principal=name, in_place=where, dates=dates), cited)
    # "Singapore, Singapore": a city-state's city is named by its country alone.
    if city and city != ph.loc.country_name(code, ph.glossary):
        where = patterns["place"].format(
            city=city,
            country=country,
            in_country=in_country,
            country_name=ph.loc.country_name(code, ph.glossary),
        )
    else:
        where = in_country if ph.lang != "en" else country
    at_event = patterns["at_event"].format(**events) if events else ""
    tense = "planned" if _planned(facts) else "visit"
    key = tense if dates else f"{tense}_undated"
    text = patterns[key].format(
        principal=name, place=where, in_place=where, dates=dates, at_event=at_event
    )
    return _point(text, cited)


def _planned(facts: Facts) -> bool:
    """The article announces the visit: it starts after the day the article was published."""
    start, published = facts.start or "", facts.published or ""
    known = start[:4].isdigit() and published[:4].isdigit()
    return known and start.rstrip("?") > published.rstrip("?")


def _counterparts_point(facts: Facts, ph: Phrasing) -> SummaryPoint | None:
    # Named people first: an unnamed title before a name would read as that person's title.
    ordered = sorted(facts.counterparts, key=lambda p: not ph.text(p.name))
    if not ordered:
        return None
    people = [counterpart_phrase(p, ph) for p in ordered[:MAX_NAMED_COUNTERPARTS]]
    rest = len(ordered) - MAX_NAMED_COUNTERPARTS
    if rest > 0:
        # The people are the extraction's, each with a sentence: their number is ours to give.
        more = plural_form(ph.words["summary"]["more_counterparts"], rest, ph.loc)
        people.append(more.format(count=ph.loc.count_word(rest)))
    cited = [p.evidence for p in facts.counterparts]
    if is_reception(facts, ph):
        name, _ = principal(facts, ph)
        dates = ph.loc.day_range(facts.start, facts.end, running=True) or ""
        key = "received" if dates else "received_undated"
        text = ph.words["summary"][key].format(
            principal=name, people=ph.loc.join(people), in_place=_in_place(facts, ph), dates=dates
        )
        return _point(text, _scalar(facts, "host_country", "city", "dates"), *cited)
    text = ph.words["summary"]["counterparts"].format(people=ph.loc.join(people))
    return _point(text, *cited)


def _in_place(facts: Facts, ph: Phrasing) -> str:
    """ "in Rabat", "à Rabat"; "in Morocco", "au Maroc" when the city is not named."""
    city = ph.text(facts.city)
    if city:
        return ph.loc.after(ph.words["prepositions"]["in"], city)
    return ph.loc.in_country(facts.host_country or "", ph.glossary)


def _meetings_point(facts: Facts, ph: Phrasing) -> SummaryPoint | None:
    patterns = ph.words["summary"]
    name, _ = principal(facts, ph)
    count, held = facts.bilateral_meetings_count, facts.bilateral_meetings_held
    cited = _scalar(facts, "bilateral_meetings_count", "bilateral_meetings_held")
    if count:
        pattern = plural_form(patterns["meetings"], count, ph.loc)
        return _point(pattern.format(principal=name, count=ph.loc.number(count)), cited)
    if held is False:
        return _point(patterns["no_meetings"].format(principal=name), cited)
    return None


def _agreement_points(
    facts: Facts, ph: Phrasing, subjects: Mapping[int, str]
) -> list[SummaryPoint]:
    groups: dict[tuple[str, str, bool], list[int]] = {}
    for i, a in enumerate(facts.agreements):
        groups.setdefault((a.kind, a.status, a.document), []).append(i)
    home = home_of(facts, ph)
    out = []
    for (kind, status, document), indices in groups.items():
        items = [facts.agreements[i] for i in indices]
        texts = [subjects.get(i, "") for i in indices]
        text = _agreement_text(kind, status, document, items, texts, ph, home)
        out.append(_point(text, *(a.evidence for a in items)))
    return out


def _agreement_text(
    kind: str,
    status: str,
    document: bool,
    items: Sequence[Agreement],
    subjects: Sequence[str],
    ph: Phrasing,
    home: str,
) -> str:
    patterns = ph.words["summary"]
    kind_words = ph.words["kinds"].get(kind) or ph.words["kinds"]["agreement"]
    if status == "none":
        # "No agreement was signed": one sentence however many sources say so, no details.
        verb = _verb(kind_words, "none", "one", ph)
        return str(patterns["agreement"].format(kind=kind_words["zero"], status=verb, details=""))
    if not document:
        # Commitments reached in talks: no document, no parties, the source's own words.
        said = [s for s in subjects if s]
        if not said:
            return str(patterns["commitments_bare"])
        lead = patterns["commitment_lead"]
        linked = [ph.loc.after(lead, s) if lead else s for s in said]
        return str(patterns["commitments"].format(subjects=ph.loc.join(linked)))
    verb = _verb(kind_words, status, ph.loc.plural(len(items)), ph)

    def details(a: Agreement, subject: str) -> str:
        parties = parties_phrase(a, ph, home)
        return (patterns["with_parties"].format(parties=parties) if parties else "") + (
            patterns["subject"].format(subject=subject) if subject else ""
        )

    pairs = zip(items, subjects, strict=True)
    listed = [d for d in (details(a, s).strip(" ,") for a, s in pairs) if d]
    if len(items) == 1:
        return str(
            patterns["agreement"].format(
                kind=kind_words["one"], status=verb, details=details(items[0], subjects[0])
            )
        )
    return str(
        patterns["agreements" if listed else "agreements_bare"].format(
            count=ph.loc.count_word(len(items)),
            kinds=kind_words["other"],
            status=verb,
            items=patterns["items_separator"].join(listed),
        )
    )


def _verb(kind_words: Mapping[str, object], status: str, number: str, ph: Phrasing) -> str:
    forms = kind_words.get(status) or ph.words["statuses"][status]
    assert isinstance(forms, Mapping)
    form = forms[number] if number in forms else forms["other"]
    if isinstance(form, Mapping):
        return str(form[kind_words.get("gender", "m")])
    return str(form)


def _countries_point(facts: Facts, ph: Phrasing) -> SummaryPoint | None:
    # A country whose official the counterparts point names is said there already.
    said = {p.country for p in facts.counterparts if p.country}
    codes = [c for c in facts.countries_mentioned if c != facts.host_country and c not in said]
    if not codes:
        return None
    names = [ph.loc.country_phrase(c, ph.glossary) for c in codes[:MAX_NAMED_COUNTRIES]]
    key = "countries" if len(codes) <= MAX_NAMED_COUNTRIES else "countries_among_others"
    text = ph.words["summary"][key].format(countries=ph.loc.join(names))
    return _point(text, *(facts.evidence.get(f"country:{c}", ()) for c in codes))


def _topics_point(facts: Facts, ph: Phrasing) -> SummaryPoint | None:
    labels = [ph.words["topics"][t] for t in facts.topics if t in ph.words["topics"]]
    if not labels:
        return None
    text = ph.words["summary"]["topics"].format(topics=ph.loc.join(labels))
    return _point(text, *(facts.evidence.get(f"topic:{t}", ()) for t in facts.topics))


def passages(
    visit: Visit,
    articles: Mapping[str, Article],
    translations: Mapping[tuple[str, str], Translation],
    lang: str,
    limit: int,
    said: Sequence[str] = (),
) -> list[Passage]:
    """The most informative translated sentences: cited as evidence, rich in glossary terms.

    said: the points' texts; a sentence they already say nearly word for word (an agreement's
    subject is cut from its sentence) is not quoted again.
    """
    cited = _cited(visit.facts)
    known = _words(" ".join(said))
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
                or _repeats(sentence.target, known)
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


REPEATED = 0.6
"""A sentence with this share of its words already in the points says nothing new."""


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.casefold()) if len(w) > 3}


def _repeats(sentence: str, known: set[str]) -> bool:
    words = _words(sentence)
    return bool(words) and len(words & known) / len(words) >= REPEATED


def _cited(facts: Facts) -> dict[tuple[str, int], int]:
    """How many counterparts and agreements cite each sentence (article id, index)."""
    counts: dict[tuple[str, int], int] = {}
    evidence: list[tuple[Evidence, ...]] = [c.evidence for c in facts.counterparts]
    evidence += [a.evidence for a in facts.agreements]
    for cited in evidence:
        for key in cited_sentences(cited):
            counts[key] = counts.get(key, 0) + 1
    return counts


def passage_count(fact_points: int) -> int:
    """How many quoted sentences follow the fact points, so the summary has 3 to 7 items."""
    return max(1, min(MIN_POINTS, MAX_POINTS - fact_points))
