"""The facts of one article that no other rule module reads: who, where, when, which event,
how many meetings, which countries.

The principal's own country (home_country) is never a host abroad, never "mentioned".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from briefer.arabic import dates as dates_mod
from briefer.arabic.lexicon import cue, folded, words
from briefer.arabic.numbers import find_numbers
from briefer.extract.facts import Agreement, City, Counterpart, Evidence, Named, UnknownName
from briefer.extract.reading import Reading, written
from briefer.glossary.entries import Match
from briefer.glossary.match import Glossary
from briefer.resources import home_country

HOME = home_country()


def read_principal(
    readings: list[Reading], evidence: dict[str, tuple[Evidence, ...]]
) -> Named | None:
    """The person most often named, a Moroccan official first (the articles follow one)."""
    people = [(r, m) for r in readings for m in r.of_kind("person")]
    if not people:
        return None
    counts = Counter(m.entry.id for _, m in people)
    first = {m.entry.id: i for i, (_, m) in reversed(list(enumerate(people)))}

    def rank(entry_id: str) -> tuple[bool, int, int]:
        entry = next(m.entry for _, m in people if m.entry.id == entry_id)
        return entry.country != HOME, -counts[entry_id], first[entry_id]

    chosen = min(counts, key=rank)
    entry = next(m.entry for _, m in people if m.entry.id == chosen)
    evidence["principal"] = tuple(
        r.evidence(m.start, m.end) for r, m in people if m.entry.id == chosen
    )
    return Named(entry.id, entry.kind, entry.en.full, entry.fr.full)


def read_host_country(
    readings: list[Reading], evidence: dict[str, tuple[Evidence, ...]]
) -> str | None:
    """Where the visit went: "زيارة … إلى تركيا", else the first city's country."""
    visit = cue("cues", "visit")
    for r in readings:
        found = visit.search(r.folded)
        if not found:
            continue
        at = r.fold_map.origin[found.start()]
        for m in r.of_kind("country"):
            if m.start >= at and m.entry.country != HOME and not r.quoted(m):
                evidence["host_country"] = (r.evidence(m.start, m.end),)
                return m.entry.country
    for kinds in (("place",), ("country",)):
        for r in readings:
            for m in r.of_kind(*kinds):
                if m.entry.country and not r.quoted(m):
                    evidence["host_country"] = (r.evidence(m.start, m.end),)
                    return m.entry.country
    return None


def read_city(
    readings: list[Reading],
    host: str | None,
    glossary: Glossary,
    evidence: dict[str, tuple[Evidence, ...]],
) -> City | None:
    """The first city of the host country the article names.

    A city named only inside a host organisation's name ("شرطة أبو ظبي") counts: the
    counterparts the principal met belong to it, so the article places the visit there.
    """
    for r in readings:
        for m in r.of_kind("place"):
            if (host is None or m.entry.country == host) and not r.quoted(m):
                evidence["city"] = (r.evidence(m.start, m.end),)
                return _as_city(m, r)
    for r in readings:
        for m in r.of_kind("organisation"):
            if host is None or m.entry.country != host:
                continue
            name = r.sentence.text[m.term_start : m.end]
            rest = name.split(maxsplit=1)[-1] if " " in name else ""
            for place in glossary.match(rest):
                if place.entry.kind == "place" and place.entry.country == host:
                    evidence["city"] = (r.evidence(m.start, m.end),)
                    return City(
                        place.entry.id,
                        written(rest, place),
                        place.entry.en.full,
                        place.entry.fr.full,
                    )
    return None


def _as_city(m: Match, r: Reading) -> City:
    name = written(r.sentence.text, m)
    lead = cue("cues", "city_words").match(folded(name).text)
    if lead and lead.end() < len(name):
        name = name[folded(name).origin[lead.end()] :].lstrip()
    return City(m.entry.id, name, m.entry.en.full, m.entry.fr.full)


def read_event(readings: list[Reading], evidence: dict[str, tuple[Evidence, ...]]) -> Named | None:
    """The event the visit was for: named where the dates are, or after an event cue."""
    dated = [r for r in readings if dates_mod.find_dates(r.sentence.text)]
    cued = cue("cues", "event")
    candidates = [(r, m) for r in dated for m in r.of_kind("event")]
    for r in readings:
        for m in r.of_kind("event"):
            found = cued.search(r.folded)
            if found and r.fold_map.origin[found.start()] < m.start:
                candidates.append((r, m))
    if not candidates:
        return None
    r, m = candidates[0]
    mentions = [(x, n) for x in readings for n in x.of_kind("event") if n.entry.id == m.entry.id]
    evidence["event"] = tuple(x.evidence(n.start, n.end) for x, n in mentions)
    edition = _edition(m.entry, [x for x, _ in mentions] + readings)
    return Named(m.entry.id, m.entry.kind, m.entry.en.full, m.entry.fr.full, edition)


def _edition(entry: object, readings: Iterable[Reading]) -> str | None:
    """The edition written next to the event's acronym ("IGEF 2025"), first one found."""
    acronyms = {getattr(entry, lang).acronym for lang in ("en", "fr")} - {None}
    for r in readings:
        for edition in dates_mod.find_editions(r.sentence.text):
            if not acronyms or edition.name in acronyms:
                return edition.label
    return None


def read_dates(
    readings: list[Reading], evidence: dict[str, tuple[Evidence, ...]]
) -> tuple[str | None, str | None]:
    """The visit's first and last day: the first dated sentence about the visit.

    When that sentence gives no year, a later sentence restating the same days with a year
    supplies it; the year is otherwise left unknown ("XXXX"), never guessed.
    """
    found = [
        (r, d) for r in readings for d in dates_mod.find_dates(r.sentence.text, _event_year(r))
    ]
    if not found:
        return None, None
    about = [
        (r, d)
        for r, d in found
        if r.has("cues", "visit") or r.of_kind("event") or r.has("cues", "meetings")
    ]
    r, chosen = (about or found)[0]
    cited = [r.evidence(chosen.begin, chosen.finish)]
    if not chosen.year_known:
        for other_r, other in found:
            if other.year_known and other.days == chosen.days:
                chosen = other
                cited.append(other_r.evidence(other.begin, other.finish))
                break
    evidence["dates"] = tuple(cited)
    return chosen.start, chosen.end


def _event_year(r: Reading) -> int | None:
    """The year of a year-bearing event name in the sentence ("IGEF 2025"), if just one."""
    years = {e.year for e in dates_mod.find_editions(r.sentence.text)} - {None}
    return years.pop() if len(years) == 1 else None


def read_meetings_count(
    readings: list[Reading], evidence: dict[str, tuple[Evidence, ...]]
) -> int | None:
    """ "ما مجموعه ثلاثة وأربعين اجتماعا ثنائيا" -> 43: a number, a meeting noun, bilateral."""
    nouns = cue("cues", "meetings", proclitics=False)
    bilateral = cue("cues", "bilateral", proclitics=False)
    for r in readings:
        for number in find_numbers(r.sentence.text):
            after = folded(r.sentence.text[number.end :]).text
            following = words(after)[:3]
            if not following or not nouns.fullmatch(following[0][2]):
                continue
            if any(bilateral.fullmatch(w) for _, _, w in following[1:]):
                evidence["bilateral_meetings_count"] = (r.evidence(number.begin, number.end),)
                return number.value
    return None


def read_countries(
    readings: list[Reading],
    host: str | None,
    counterparts: Sequence[Counterpart],
    agreements: Sequence[Agreement],
    evidence: dict[str, tuple[Evidence, ...]],
) -> tuple[str, ...]:
    """Foreign countries named (outside quotes), or whose officials met or signed."""
    seen: dict[str, list[Evidence]] = {}
    for r in readings:
        for m in r.of_kind("country"):
            if m.entry.country and not r.quoted(m):
                seen.setdefault(m.entry.country, []).append(r.evidence(m.start, m.end))
    partners = [(c.country, c.evidence) for c in counterparts]
    partners += [(p.country, a.evidence) for a in agreements for p in a.parties]
    for code, cited in partners:
        if code:
            seen.setdefault(code, []).extend(cited)
    out = [c for c in seen if c not in (HOME, host)]
    out.sort(key=lambda c: min(seen[c]).sentence)
    for code in out:
        evidence[f"country:{code}"] = tuple(sorted(seen[code]))
    return tuple(out)


def unique_unknown(items: Iterable[UnknownName]) -> tuple[UnknownName, ...]:
    """One entry per name and sentence, in reading order."""
    out: dict[tuple[str, int], UnknownName] = {}
    for item in sorted(items, key=lambda u: (u.evidence.sentence, u.evidence.start)):
        out.setdefault((item.ar, item.evidence.sentence), item)
    return tuple(out.values())
