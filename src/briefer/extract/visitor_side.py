"""The visitors' side at home: a counterpart whose post names no country is of the visitors'
country when every visitor is of one ("الوفد الكويتي"); a visiting official who only attended a
ceremony is met when the principal then holds talks with "the guest" ("وعقب الحفل، أجرى حموشي
مباحثات مع المسؤول الأمني الضيف")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from briefer.arabic.lexicon import cue, fold_form
from briefer.arabic.romanize import romanize
from briefer.extract.facts import Counterpart, Evidence, Label
from briefer.extract.reading import Reading
from briefer.resources import home_country

HOME = home_country()


def of_the_visitors(
    counterparts: Sequence[Counterpart],
    host: str | None,
    countries: Sequence[str],
    cited: Sequence[Evidence],
) -> list[Counterpart]:
    """At home, when every visitor is of one country ("الوفد الكويتي"), a counterpart whose
    post names no country and who serves no international body is of it; the sentence that
    names that country (the first of cited) joins his evidence."""
    if host != HOME or len(countries) != 1:
        return list(counterparts)
    return [
        _of_country(c, countries[0], cited[:1])
        if c.country is None and not c.international and not _international_words(c)
        else c
        for c in counterparts
    ]


def _of_country(counterpart: Counterpart, country: str, cited: Sequence[Evidence]) -> Counterpart:
    """The counterpart placed in country; a name read from the article is romanized by the
    country's convention."""
    evidence = (*counterpart.evidence, *(e for e in cited if e not in counterpart.evidence))
    name = counterpart.name
    if counterpart.name_ar and "name" in counterpart.unverified:
        latin = romanize(counterpart.name_ar, country).latin
        name = Label(latin, latin) if latin else None
    return replace(counterpart, country=country, name=name, evidence=evidence)


def _international_words(counterpart: Counterpart) -> bool:
    """The Arabic name of his organisation has a word of international bodies ("الدولية")."""
    body = counterpart.organisation
    return (
        body is not None
        and cue("cues", "international").search(fold_form(body.ar or "")) is not None
    )


def guest_met(
    readings: Sequence[Reading], attendees: Sequence[Counterpart], background: frozenset[int]
) -> list[Counterpart]:
    """Of those who only attended, the one foreign official the principal then met as "the
    guest" (cues guest_met) in a later sentence about the visit; none when several attended."""
    foreign = [c for c in attendees if c.country not in (None, HOME)]
    if len(foreign) != 1:
        return []
    after = max(e.sentence for e in foreign[0].evidence)
    met = cue("cues", "guest_met")
    told = any(
        r.sentence.index > after and r.sentence.index not in background and met.search(r.folded)
        for r in readings
    )
    return foreign if told else []
