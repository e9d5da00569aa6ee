"""The facts of one article that no other rule module reads: who, where, which event, which
countries (the dates are in extract.dates, the meetings in extract.meetings).

The principal's own country (home_country) is never a host abroad, never "mentioned".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from briefer.arabic import dates as dates_mod
from briefer.arabic.lexicon import cue, folded, words
from briefer.documents import Block
from briefer.extract.demonyms import in_host
from briefer.extract.facts import Agreement, Counterpart, Evidence, Named, UnknownName
from briefer.extract.gazetteer import gazetteer
from briefer.extract.posts import read_posts
from briefer.extract.reading import Reading
from briefer.extract.relevance import background_clause, comes_after
from briefer.extract.subjects import (
    in_passing,
    met_by_another,
    met_by_counterpart,
    met_by_host_official,
    not_met_after,
)
from briefer.extract.tense import background as earlier
from briefer.extract.unknown_names import unknown_name
from briefer.glossary.entries import Match
from briefer.resources import data_table, home_country

HOME = home_country()
# An experience word at most this many words before an event makes it recalled, not attended.
RECALL_REACH = 8
# An event cue ("للمشاركة في", "على هامش") stands at most this many words before the event.
EVENT_CUE_REACH = 3
# A country at most this many words after a border, coast or lake word is geography.
GEOGRAPHY_REACH = 3
# A group that threatens stands at most this many words before "في" and the countries it is
# active in: "الجماعات الإرهابية الموالية لتنظيمي "داعش" و"القاعدة" في مالي".
THREAT_REACH = 6


def read_principal(
    readings: list[Reading], evidence: dict[str, tuple[Evidence, ...]]
) -> Named | None:
    """The person the headline names first, else the one most often named; a Moroccan
    official first (the articles follow one)."""
    people = [(r, m) for r in readings for m in r.of_kind("person")]
    if not people:
        return None
    counts = Counter(m.entry.id for _, m in people)
    first = {m.entry.id: i for i, (_, m) in reversed(list(enumerate(people)))}
    # "لفتيت وليفاندوفسكي يوقعان …" over a deck naming his delegation's Hammouchi: the
    # headline says whose visit it is.
    headline = next((m.entry.id for r, m in people if _in_headline(r)), None)
    # "محادثات مع نظيره المغربي عبد الوافي لفتيت": the visitor's Moroccan counterpart.
    called = {m.entry.id for r, m in people if _called_counterpart(r, m)}

    def rank(entry_id: str) -> tuple[bool, bool, bool, int, int]:
        entry = next(m.entry for _, m in people if m.entry.id == entry_id)
        home = entry.country == HOME
        return (
            not home,
            entry_id != headline,
            entry_id not in called,
            -counts[entry_id],
            first[entry_id],
        )

    chosen = min(counts, key=rank)
    entry = next(m.entry for _, m in people if m.entry.id == chosen)
    evidence["principal"] = tuple(
        r.evidence(m.start, m.end) for r, m in people if m.entry.id == chosen
    )
    return Named(entry.id, entry.kind, entry.en.full, entry.fr.full)


def _called_counterpart(r: Reading, m: Match) -> bool:
    """ "مع نظيره المغربي عبد الوافي لفتيت": the party of the talks, called the visitor's
    counterpart right before his name (a comma or honorifics may stand between), outside the
    background ("وكان الوزير قد أجرى مباحثات مع نظيره …")."""
    text = r.sentence.text
    for d in r.of_kind("demonym"):
        if d.entry.country != HOME or d.end > m.start or len(words(text[d.end : m.start])) > 2:
            continue
        before = [w for _, _, w in words(folded(text[: d.start]).text)[-2:]]
        # "محادثات مع نظيره المغربي": the other party of the talks, not "بدعوة من نظيره".
        if (
            before[:1] in (["مع"], ["ومع"])
            and cue("cues", "counterpart_words").fullmatch(before[-1])
            and not earlier(r)
        ):
            return True
    return False


def _in_headline(r: Reading) -> bool:
    return r.block is Block.HEADLINE


def read_event(readings: list[Reading], evidence: dict[str, tuple[Evidence, ...]]) -> Named | None:
    """The event the visit was for: named where the dates are, or after an event cue."""
    dated = [r for r in readings if dates_mod.find_dates(r.sentence.text)]
    cued = cue("cues", "event_attended")
    candidates = [(r, m) for r in dated for m in r.of_kind("event") if not _recalled(r, m)]
    for r in readings:
        for m in r.of_kind("event"):
            # "للمشاركة في أشغال الجمعية العامة للإنتربول": the cue opens the event's name, a
            # few words before it; one further back governs something else.
            before = folded(r.sentence.text[: m.start]).text
            near = " ".join(w for _, _, w in words(before)[-EVENT_CUE_REACH:])
            if cued.search(near) and not _recalled(r, m):
                candidates.append((r, m))
    if not candidates:
        return None
    r, m = candidates[0]
    mentions = [(x, n) for x in readings for n in x.of_kind("event") if n.entry.id == m.entry.id]
    evidence["event"] = tuple(x.evidence(n.start, n.end) for x, n in mentions)
    edition = _edition(m.entry, [x for x, _ in mentions] + readings)
    return Named(m.entry.id, m.entry.kind, m.entry.en.full, m.entry.fr.full, edition)


def _recalled(r: Reading, m: Match) -> bool:
    """ "مذكرا بالتجربة التي راكمتها المصالح الأمنية خلال تنظيم كأس أمم إفريقيا 2025": an event
    recalled for the experience it gave, or named in a clause that sets the visit in its time
    ("في وقت …"), is not the one the visit is for."""
    before = words(folded(r.sentence.text[: m.start]).text)[-RECALL_REACH:]
    if any(cue("cues", "experience").fullmatch(w) for _, _, w in before):
        return True
    # "ويأتي حضور حموشي لهذا الموعد قبل أيام من احتضان مدينة مراكش للجمعية العامة للإنتربول":
    # what the visit comes before or after.
    if comes_after(r):
        return True
    # "ويأتي هذا اللقاء في وقت تواصل فيه المديرية … التحضيرات لتأمين كأس …": the context.
    return m.start >= r.fold_map.source_span(background_clause(r), len(r.folded))[0]


def _edition(entry: object, readings: Iterable[Reading]) -> str | None:
    """The edition written next to the event's acronym ("IGEF 2025"), first one found."""
    acronyms = {getattr(entry, lang).acronym for lang in ("en", "fr")} - {None}
    for r in readings:
        for edition in dates_mod.find_editions(r.sentence.text):
            if not acronyms or edition.name in acronyms:
                return edition.label
    return None


def read_countries(
    readings: list[Reading],
    host: str | None,
    counterparts: Sequence[Counterpart],
    agreements: Sequence[Agreement],
    evidence: dict[str, tuple[Evidence, ...]],
    principal: str | None = None,
    side: str | None = None,
) -> tuple[str, ...]:
    """Foreign countries that take part: named in a sentence about the visit's meetings
    (not a co-host of a tournament, not a strait or a gulf), or whose officials met or
    signed. readings: the sentences about the visit (background left out). side: the
    country a demonym two share stands for (post_sides.demonym_side), the host if None."""
    seen: dict[str, list[Evidence]] = {}
    for r in readings:
        if not _about_meetings(r) or earlier(r):
            continue
        if met_by_another(r, principal) or met_by_counterpart(r, counterparts, principal):
            continue  # the host's own meetings with others
        if met_by_host_official(r, principal):
            continue
        clause = r.fold_map.source_span(background_clause(r), len(r.folded))[0]
        # "وشارك في الجلسة الافتتاحية … رئيس الشرطة اليونانية": those not met are no partners.
        # The posts matter only where the proceedings' cue stands: read them then alone.
        home_post = r.has("cues", "proceedings") and any(p.home for p in read_posts(r))
        clause = min(clause, not_met_after(r, principal, home_post))
        for m in r.of_kind("country", "demonym"):
            if (
                m.entry.country
                and m.start < clause
                and not r.quoted(m)
                and not _cohost(r, m)
                and not _host_city(r, m, host)
                and not _geography(r, m)
                and not _members(r, m)
                and not in_passing(r, m.start)
                and not _someone_elses(r, m, counterparts)
            ):
                shown = in_host(m.entry.country, side or host) or m.entry.country
                seen.setdefault(shown, []).append(r.evidence(m.start, m.end))
    for r in readings:
        for m in [*_next_stops(r, host), *_stops_come_from(r)]:
            seen.setdefault(str(m.entry.country), []).append(r.evidence(m.start, m.end))
    partners = [(c.country, c.evidence) for c in counterparts]
    partners += [(p.country, a.evidence) for a in agreements for p in a.parties]
    for code, cited in partners:
        if code:
            seen.setdefault(code, []).extend(cited)
    # "المسالك الصحراوية" (desert routes) reads as the demonym of a home territory, which is
    # home, never a partner.
    home = {HOME, *data_table("cues")["home_territories"]}
    out = [c for c in seen if c not in home and c != host]
    out.sort(key=lambda c: min(seen[c]).sentence)
    for code in out:
        evidence[f"country:{code}"] = tuple(sorted(seen[code]))
    return tuple(out)


def _next_stops(r: Reading, host: str | None) -> list[Match]:
    """ "قبل أن يتوجه إلى الرياض": the city or country of a tour's next stop; "ويتوجه …
    إلى الرياض، في المحطة الثانية من جولة خليجية": the one told before the stop's words."""
    found = cue("cues", "next_stop").search(r.folded)
    if found is None:
        return []
    at = r.fold_map.origin[found.start()]
    places = [m for m in r.of_kind("country", "place") if m.entry.country]
    # "على أن يتوجه … إلى المعبر الحدودي على الحدود مع أفغانستان": a border, not a stop.
    after = [m for m in places if m.start >= at and not _geography(r, m)]
    before = [m for m in places if m.end <= at and m.entry.country != host]
    return after[:1] or before[-1:]


def _stops_come_from(r: Reading) -> list[Match]:
    """ "الذي يزور المملكة قادما من دولة الإمارات", "حل بباريس قادما من زغرب": the stop of the
    tour the principal comes from; not an airport he flew in through."""
    found = cue("cues", "arrived_from").search(r.folded)
    if found is None or r.has("cues", "journey_words"):
        return []
    at = r.fold_map.origin[found.end() - 1]
    after = [m for m in r.of_kind("country", "place", "demonym") if m.start >= at]
    return [m for m in after[:1] if m.entry.country]


def _about_meetings(r: Reading) -> bool:
    """The sentence reports the visit, its talks, a reception or the event."""
    keys = ("visit", "reception", "meeting", "activity", "event")
    return any(r.has("cues", k) for k in keys) or bool(r.of_kind("event"))


def _cohost(r: Reading, m: Match) -> bool:
    """ "كأس العالم 2030 … بمشاركة البرتغال": a tournament's co-host, not a partner."""
    found = cue("cues", "cohosts").search(r.folded)
    if found is None or r.fold_map.origin[found.start()] > m.start:
        return False
    return cue("topics", "major_events_security.cues").search(r.folded) is not None


def _members(r: Reading, m: Match) -> bool:
    """ "بمشاركة قادة … قوات الدرك في الدول الأعضاء، ومن بينها فرنسا وإسبانيا": members of a
    body listed among an event's participants, not partners; those met are read as such
    ("مع رؤساء وفود عدد من الدول المشاركة، من بينها إسبانيا")."""
    start, before = _before_list(r, m)
    window = " ".join(w for _, _, w in before[-GEOGRAPHY_REACH:])
    if cue("cues", "member_words").search(window) is None:
        return False
    taking_part = cue("cues", "participation").search(r.folded)
    return taking_part is not None and r.fold_map.origin[taking_part.start()] < start


def _geography(r: Reading, m: Match) -> bool:
    """ "عبر الحدود الشمالية مع سوريا", "السواحل التركية": a border, coast or lake; "الهجرة
    القادمة من الجزائر وليبيا", "نحو اليمن": where people come from or are taken;
    "الجماعات الإرهابية … في مالي والنيجر": where threats are. A country listed after
    another ("بين مالي والنيجر وبوركينا فاسو") is read with the list's first."""
    _, before = _before_list(r, m)
    # "عبر الحدود الشمالية للشيلي مع البيرو": another country's name does not count as a word.
    named = [(n.start, n.end) for n in r.of_kind("country", "place", "demonym")]
    plain = [w for w in before if not any(a <= r.fold_map.origin[w[0]] < b for a, b in named)]
    window = " ".join(w for _, _, w in plain[-GEOGRAPHY_REACH:])
    last = " ".join(w for _, _, w in before[-1:])
    if cue("cues", "language_words").search(last):
        return True  # "الناطق بالبرتغالية": a language
    if cue("cues", "subject_words").fullmatch(last):
        return True  # "حول ليبيا": a subject of the talks
    if cue("cues", "accreditation_words").fullmatch(last):
        return True  # "سفير المملكة لدى ماليزيا": where an envoy serves
    # "قادما من زغرب": a stop the principal comes from is read as such (_stops_come_from).
    keys = ("geography_heads", "origin_words", "route_words", "threat_places", "arrived_from")
    heads = (cue("cues", k) for k in keys)
    return (
        any(h.search(window) is not None for h in heads)
        or _threat_place(before)
        or _group_adjective(m, before)
    )


def _before_list(r: Reading, m: Match) -> tuple[int, list[tuple[int, int, str]]]:
    """Where the list of countries m ends starts, and the folded words before it without the
    example words that end them."""
    start = _list_start(r, m)
    return start, _without_examples(words(folded(r.sentence.text[:start]).text))


def _without_examples(before: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The words before a country, without the example words that end them ("من بينها")."""
    examples = cue("cues", "example_words")
    for n in (3, 2, 1):
        if len(before) >= n and examples.fullmatch(" ".join(w for _, _, w in before[-n:])):
            return before[:-n]
    return before


def _group_adjective(m: Match, before: list[tuple[int, int, str]]) -> bool:
    """ "حركة "الشباب" الصومالية": the nationality of a threatening group; "المخدرات
    الأفغانية", "والأفيون الأفغاني": of contraband, right before it."""
    groups = cue("cues", "threat_groups")
    near = before[-GEOGRAPHY_REACH:]
    if m.entry.kind != "demonym":
        return False
    contraband = bool(before) and cue("cues", "contraband").fullmatch(before[-1][2]) is not None
    return contraband or any(groups.fullmatch(w) for _, _, w in near)


def _list_start(r: Reading, m: Match) -> int:
    """Where the list of countries that m ends starts: "مالي وبوركينافاسو والنيجر"."""
    start = m.start
    # "منطقة الساحل الإفريقي وليبيا": a region may open the list.
    countries = sorted(r.of_kind("country", "place"), key=lambda c: c.start)
    for c in reversed([c for c in countries if c.end <= start]):
        if r.sentence.text[c.end : start].strip(" ،,") not in ("", "و"):
            break
        start = c.start
    return start


def _threat_place(before: list[tuple[int, int, str]]) -> bool:
    """ "الجماعات الإرهابية الموالية لتنظيمي "داعش" و"القاعدة" في …": a threatening group (or
    its sites: "مجمعات الاحتيال") a few words before "في" and the place, or before "من" and
    where it comes from ("عودة مقاتلين سابقين من سوريا")."""
    kept = [w for _, _, w in before if w != "و"]
    if not kept or kept[-1] not in ("في", "من"):
        return False
    # "حجز عشرات الأطنان من الكوكايين، أغلبها في كولومبيا": where contraband was seized.
    keys = ("threat_groups", "threat_sites", "contraband")
    near = " ".join(kept[-THREAT_REACH - 1 : -1])
    return any(cue("cues", k).search(near) for k in keys)


def _in_a_name(r: Reading, m: Match, counterparts: Sequence[Counterpart]) -> bool:
    """The match is a word of a counterpart's name as the sentence writes it."""
    names = {c.name_ar for c in counterparts if c.name_ar}
    spans = (f.span() for n in names for f in re.finditer(re.escape(n), r.sentence.text))
    return any(start <= m.start and m.end <= end for start, end in spans)


def _someone_elses(r: Reading, m: Match, counterparts: Sequence[Counterpart]) -> bool:
    """ "خلفا للألماني يورغن ستوك": a nationality put before a name is that person's, and
    counts only if he is a counterpart."""
    if m.entry.kind != "demonym":
        return False
    if _in_a_name(r, m, counterparts):
        return True  # "ناتالي غانيون": Gagnon, not "Ghanaians"
    gap = len(r.sentence.text[m.end :]) - len(r.sentence.text[m.end :].lstrip(" "))
    person = next((p for p in r.of_kind("person") if p.start == m.end + gap), None)
    if person is not None:
        # "المصرية غادة والي": a person the glossary knows.
        return person.entry.country != m.entry.country or not any(
            c.key == person.entry.id and c.country == m.entry.country for c in counterparts
        )
    # "المصرية غادة والي،": a name filling its commas may end with a "وال…" word.
    name = unknown_name(r, m.end, bounded=False) or unknown_name(r, m.end + gap, bounded=True)
    if name is None or r.sentence.text[m.end : name.start].strip():
        return False
    # "الأمين العام للإنتربول، البرازيلي فلان": the nationality of an international body's
    # official is not a partner either.
    return name.ar not in {c.name_ar for c in counterparts if c.country == m.entry.country}


def _host_city(r: Reading, m: Match, host: str | None) -> bool:
    """ "عمّان" in a visit to Jordan is Amman, not Oman: a country's name that is also a city
    of the host country names the city."""
    if m.entry.kind != "country" or host is None or m.entry.country == host:
        return False
    city = gazetteer().lookup(r.sentence.text[m.term_start : m.end])
    return city is not None and city.country == host


def unique_unknown(items: Iterable[UnknownName]) -> tuple[UnknownName, ...]:
    """One entry per name and sentence, in reading order."""
    out: dict[tuple[str, int], UnknownName] = {}
    for item in sorted(items, key=lambda u: (u.evidence.sentence, u.evidence.start)):
        out.setdefault((item.ar, item.evidence.sentence), item)
    return tuple(out.values())
