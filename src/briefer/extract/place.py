"""Where the visit took place: the host country and the city, read from the sentences that
report the visit, never guessed.

Three situations, in the order the evidence is trusted:
1. a destination: a visit or arrival word, then a destination word and a country or city
   ("زيارة عمل إلى فرنسا", "حل بالدوحة", "وصل إلى لاهاي");
2. a reception at home: the principal receives ("استقبل حموشي … بمقر المديرية العامة
   بالرباط"), or a visitor comes to the home country ("زيارة عمل للمملكة");
3. a location: a city or country after "في", "ب", "العاصمة", "مدينة" in a sentence about the
   visit, the meetings or the event ("الذي يقام في العاصمة أنقرة").
A dateline ("القاهرة - أ ش أ") counts only when nothing else says where. When the text does
not say, the host is None: the first country named is not a host.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import cache

from briefer.arabic.lexicon import alternation, cue, folded
from briefer.documents import Block
from briefer.extract.dated import folded_at
from briefer.extract.demonyms import find as find_demonyms
from briefer.extract.destinations import (
    destinations_of,
    landed_cities,
    on_by_road,
    on_the_way,
    past_facility,
    this_country,
)
from briefer.extract.facts import City, Evidence
from briefer.extract.gazetteer import gazetteer
from briefer.extract.layout import DATELINE, datelines
from briefer.extract.name_shape import place_heads
from briefer.extract.place_clues import (
    Place,
    envoy_posted,
    inside_organisation,
    landed_in,
    unnamed_city,
)
from briefer.extract.plural_posts import plural_posts
from briefer.extract.posts import Post, read_posts
from briefer.extract.reading import Reading, written
from briefer.extract.receptions import home_reception, received_abroad
from briefer.extract.reference import CityMatch, capital_entry
from briefer.extract.reference_points import (
    mission_city,
    party_seat,
    reference_point,
    returned_to,
    seat_of,
    street_name,
    suburb_of,
)
from briefer.extract.relevance import comes_after, earlier_visit_clause, earlier_year, past_month
from briefer.extract.tense import background as told_earlier
from briefer.extract.tense import planned_from, recent
from briefer.extract.towns import town_city, written_town
from briefer.glossary.entries import Match
from briefer.resources import data_table as table
from briefer.resources import home_country

HOME = home_country()
DATELINE_PLACE = 3
"""A dateline's place opens it."""
LOOK_BACK = 40
"""Characters before a place read for its location word, past a venue and its name."""


def read_place(
    readings: Sequence[Reading],
    evidence: dict[str, tuple[Evidence, ...]],
    published: date | None = None,
) -> tuple[str | None, City | None]:
    """The host country and city of the visit, with their evidence. published: the
    article's date, before which a pluperfect's year tells of something earlier."""
    # What the visit comes after ("ويأتي اللقاء بعد عام على المباحثات … في بغداد") does not
    # say where it is.
    found = [p for r in readings if not _earlier(r) for p in (*_places(r), *envoy_posted(r))]
    # "وكانت ألمانيا قد نظمت بطولة كأس أوروبا سنة 2024 … من بينها ميونيخ", "كانت قد افتتحت،
    # سنة 2020، قنصلية عامة لها بمدينة الداخلة المغربية": a place a pluperfect of an earlier
    # year, or of a month gone by, tells of is where something came before.
    told = {r.sentence.index for r in readings if _told_of_the_past(r, published)}
    found = [p for p in found if p.evidence.sentence not in told]
    if not found:
        return None, None
    # The first sentence that says where is the visit's (later ones drift to programme
    # details, background and other trips); within it, the strongest statement.
    said = [p for p in found if p.strength > 0] or found
    first = min(p.evidence.sentence for p in said)
    best = max((p for p in said if p.evidence.sentence == first), key=lambda p: p.strength)
    # "المتحدث باسم الشرطة بجنوب السودان … في العاصمة المغربية الرباط": as strong, a city
    # named says where sooner than a country.
    tied = [p for p in said if p.evidence.sentence == first and p.strength == best.strength]
    best = next((p for p in tied if p.city is not None), best)
    evidence["host_country"] = (best.evidence,)
    found = _past_plans(readings, found)
    # The city: the strongest statement of a city in the host country.
    cities = [
        p for p in found if p.city is not None and p.country == best.country and p.strength > 0
    ] or [p for p in found if p.city is not None and p.country == best.country]
    # "بمدينة فيتشنزا": a town the gazetteer holds under another spelling, or none, said
    # before any city it holds.
    said_first = min((p.evidence.sentence for p in cities), default=len(readings))
    before = [r for r in readings if r.sentence.index < said_first and not _earlier(r)]
    town = written_town(before, best.country)
    if town is not None:
        evidence["city"] = (town.reading.evidence(town.start, town.end),)
        return best.country, town_city(town)
    if not cities:
        city = _dateline_city(readings, best.country, evidence)
        city = city or _dateline_capital(readings, best.country, evidence)
        city = city or _venue_capital(readings, best.country, evidence)
        return best.country, city or _city_state(readings, best, evidence)
    # A city the text names wins over a capital read from "العاصمة البوروندية" alone.
    chosen = min(cities, key=lambda p: (_inferred(p), p.evidence.sentence, -p.strength))
    r, m = chosen.city or (None, None)
    assert r is not None and m is not None
    evidence["city"] = (r.evidence(m.start, m.end),)
    return best.country, _as_city(m, r)


def _past_plans(readings: Sequence[Reading], found: list[Place]) -> list[Place]:
    """ "ومن المنتظر أن يزور الوفد … المعهد الملكي للشرطة بالقنيطرة": once the body has told
    the visit as held, a place of what is planned next is the programme's. An announcement,
    told as planned from its first sentence, keeps its places."""
    # "وأجرى حموشي، يوم الأحد بالقاهرة، مباحثات …، الذين يرتقب أن يحلوا بالمملكة": a place
    # told before the plan in its sentence is the visit's.
    plans = {r.sentence.index: at for r in readings if (at := planned_from(r)) is not None}
    headlines = {r.sentence.index for r in readings if _in_headline(r)}

    def later(p: Place) -> bool:
        return p.evidence.start >= plans.get(p.evidence.sentence, p.evidence.end)

    held = [
        p.evidence.sentence
        for p in found
        if p.strength > 0 and not later(p) and p.evidence.sentence not in headlines
    ]
    first = min(held, default=None)
    if first is None:
        return found
    return [p for p in found if not later(p) or p.evidence.sentence < first]


def _in_headline(r: Reading) -> bool:
    return r.block is Block.HEADLINE


def _told_of_the_past(r: Reading, published: date | None) -> bool:
    """A pluperfect dated in an earlier year, or in a month gone by ("وكان المسؤول المغربي قد
    وقع في أنقرة، في أكتوبر/تشرين الأول الماضي، بروتوكول …")."""
    if published is None or not told_earlier(r) or recent(r):
        return False
    return earlier_year(r, published.year) or past_month(r)


def _inferred(p: Place) -> bool:
    m = p.city[1] if p.city else None
    return isinstance(m, CityMatch) and m.inferred


def _earlier(r: Reading) -> bool:
    """The sentence sets the visit after or before something else ("ويأتي حضور حموشي لهذا
    الموعد قبل أيام من احتضان مدينة مراكش …"), or opens on an earlier visit."""
    return (
        r.has_opening("cues", "after_openers")
        or comes_after(r)
        or earlier_visit_clause(r) is not None
    )


def _city_state(
    readings: Sequence[Reading], best: Place, evidence: dict[str, tuple[Evidence, ...]]
) -> City | None:
    """Singapore, Monaco: a country that is one city is its own city, named as the country is
    (place_cues.yaml city_states)."""
    states = {str(c) for c in table("place_cues")["city_states"]}
    capital = capital_entry(best.country) if best.country in states else None
    if capital is None:
        return None
    evidence["city"] = (best.evidence,)
    name = readings[0].article.original[best.evidence.start : best.evidence.end]
    return City(capital.id, name, capital.en.full, capital.fr.full)


def _dateline_city(
    readings: Sequence[Reading], host: str, evidence: dict[str, tuple[Evidence, ...]]
) -> City | None:
    """ "الرباط - واع" opening the body of a visit to Morocco: the text names no city, and
    the dateline's is in the host country, so the dateline names the place of the meeting
    (a dateline of another country is only where the text was filed)."""
    lines = datelines(readings[0].article) if readings else frozenset()
    for r in (r for r in readings if r.sentence.index in lines):
        for m in r.of_kind("place"):
            if m.start <= DATELINE_PLACE and m.entry.country == host:
                evidence["city"] = (r.evidence(m.start, m.end),)
                return _as_city(m, r)
    return None


def _dateline_capital(
    readings: Sequence[Reading], host: str, evidence: dict[str, tuple[Evidence, ...]]
) -> City | None:
    """ "تونس - ومع" in a visit to Tunisia: a dateline names a city, so the host's name there
    is its capital of the same spelling (Tunis, Kuwait City, Algiers)."""
    first = readings[0] if readings else None
    if first is None or not _is_dateline(first):
        return None
    for m in _where(first):
        if m.entry.kind != "country" or m.entry.country != host or m.start > DATELINE_PLACE:
            continue
        return _same_name_capital(first, m, host, evidence)
    return None


def _venue_capital(
    readings: Sequence[Reading], host: str, evidence: dict[str, tuple[Evidence, ...]]
) -> City | None:
    """ "شارك … اليوم الأربعاء بتونس في أشغال الدورة": where no city is named, the host
    written with "ب" as the venue is its capital of the same spelling."""
    for r in (r for r in readings if not _earlier(r)):
        for m in r.of_kind("country"):
            if m.entry.country == host and m.prefix in ("ب", "بال"):
                return _same_name_capital(r, m, host, evidence)
    return None


def _same_name_capital(
    r: Reading, m: Match, host: str, evidence: dict[str, tuple[Evidence, ...]]
) -> City | None:
    """The capital the host's name m also names (Tunis, Kuwait City, Djibouti), if any."""
    capital = capital_entry(host)
    name = r.sentence.text[m.term_start : m.end]
    if m.prefix.endswith("ال"):
        name = "ال" + name  # "بالكويت": the article, read as a prefix, is the name's
    city = gazetteer().lookup(name)
    if capital is None or city is None or capital.id != f"place.geonames.{city.geonameid}":
        return None
    evidence["city"] = (r.evidence(m.start, m.end),)
    return City(capital.id, name, capital.en.full, capital.fr.full)


def _places(r: Reading) -> list[Place]:
    # "الرباط - واع" standing alone under the headline: where the wire reports from, which
    # says where only when no sentence about the visit does.
    dateline = r.sentence.index == 0 or r.sentence.index in datelines(r.article)
    alone = r.block is Block.HEADING
    where = _where(r)
    if (r.sentence.index == 0 or (alone and dateline)) and _is_dateline(r):
        return [_place(r, m, 0) for m in where if m.start <= DATELINE_PLACE]
    # "مسقط في 12 ربيع الأول … (العمانية) - استقبل …", "أبوظبي في 6 أكتوبر/ وام/ استقبل …": a
    # wire's dateline opening its prose, the headline and publication line above it.
    lead = [m for m in where if dateline and _in_dateline_lead(r, m)]
    lead = lead if DATELINE.match(r.sentence.text) else []
    opening = [_place(r, m, 0) for m in lead]
    if not _about_visit(r):
        # "من الشارقة.." heading the article: the headline says where, with no visit word.
        return opening + [
            _place(r, m, 1) for m in where if m.entry.kind == "place" and _headline_place(r, m)
        ]
    # In prose a dateline's country alone ("الكويت - 11 - 2") says little; after its city
    # ("ليانيونقانغ، الصين") it is the city's.
    opening = [p for p in opening if p.city is not None or p.evidence.start > r.evidence().start]
    destinations = destinations_of(r, where) or this_country(r)
    out = [_place(r, m, 3) for m in destinations]
    # "رام الله 27-5-2025 وفا- بحث … في العاصمة المغربية الرباط": where the wire was filed is
    # its dateline's, not a location of the talks, unless the talks are "هنا" (here).
    filed = [] if r.has("cues", "dateline_here") else lead
    located = [m for m in _locations(r, where) if m not in destinations and m not in filed]
    out += [_place(r, m, 1) for m in located]
    missions = [
        m for m in where if m not in destinations and (mission_city(r, m) or suburb_of(r, m))
    ]
    out += [Place(str(m.entry.country), None, r.evidence(m.start, m.end), 1) for m in missions]
    out += landed_in(r)
    out += [_place(r, m, 1) for m in unnamed_city(r)]
    out += _region_of(r)
    reception = home_reception(r) or _organised_at_home(r) or _at_home_seat(r)
    if reception is not None:
        out.append(Place(HOME, None, reception, 2))
    abroad = received_abroad(r) if reception is None else None
    if abroad is not None:
        out.append(Place(abroad[0], None, abroad[1], 1))
    return opening + out


def _organised_at_home(r: Reading) -> Evidence | None:
    """ "انطلقت … أشغال المؤتمر الدولي …، الذي تنظمه المديرية العامة للأمن الوطني": an event
    a body of the home country organises, right after the organising words."""
    return _home_body_after(r, cue("cues", "organised_by"))


def _at_home_seat(r: Reading) -> Evidence | None:
    """ "خلال لقاء جمعهما في مقر المديرية العامة للأمن الوطني": a meeting at the seat of a
    body of the home country is at home, whatever the wire's dateline says."""
    return _home_body_after(r, cue("cues", "seats", proclitics=True))


def _home_body_after(r: Reading, words: re.Pattern[str]) -> Evidence | None:
    """Words of the pattern, then right after them a body of the home country."""
    for found in words.finditer(r.folded):
        at = r.fold_map.origin[min(found.end(), len(r.folded) - 1)]
        gap = len(r.sentence.text[at:]) - len(r.sentence.text[at:].lstrip(" "))
        body = next((m for m in r.of_kind("organisation") if m.start == at + gap), None)
        if body is not None and body.entry.country == HOME:
            return r.evidence(r.fold_map.origin[found.start()], body.end)
    return None


def _region_of(r: Reading) -> list[Place]:
    """ "بجزيرة بالي الإندونيسية", "في ولاية بارانا البرازيلية": where, a region the gazetteer
    does not hold as a city, and its country's demonym after its name."""
    out = []
    for d in r.of_kind("demonym"):
        found = _region_before().search(r.folded[: folded_at(r, d.start)])
        if found is None or d.entry.country in (None, HOME):
            continue
        start = r.fold_map.origin[found.start()]
        out.append(Place(str(d.entry.country), None, r.evidence(start, d.end), 1))
    return out


@cache
def _region_before() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:ب|في\s+)(?:{alternation(place_heads())})(?:\s+\w+){{1,3}}\s+$")


def _in_dateline_lead(r: Reading, m: Match) -> bool:
    """The place opens the dateline, or follows its city after a comma: "ليانيونقانغ، الصين
    10 سبتمبر 2024 (شينخوا)"."""
    if m.start <= DATELINE_PLACE:
        return True
    lead = re.match(r"\s*[^\d()\-–—،,]{2,30}[،,]\s*", r.sentence.text)
    return lead is not None and m.start == lead.end() and m.entry.kind == "country"


def _place(r: Reading, m: Match, strength: int) -> Place:
    city = (r, m) if m.entry.kind == "place" else None
    return Place(str(m.entry.country), city, r.evidence(m.start, m.end), strength)


def _is_dateline(r: Reading) -> bool:
    # A headline ("حموشي بأبيدجان: …") is never a dateline; ingestion files datelines apart.
    if _in_headline(r):
        return False
    return bool(DATELINE.match(r.sentence.text)) and len(r.sentence.text.split()) <= 14


def _about_visit(r: Reading) -> bool:
    """The sentence reports the visit, a meeting, a reception, the event or a signing ("وقع
    حموشي، أمس بالعاصمة الرواندية كيغالي، …")."""
    keys = ("visit", "reception", "meeting", "event", "activity")
    signing = cue("agreements", "predicate.sign").search(r.folded)
    return any(r.has("cues", key) for key in keys) or bool(r.of_kind("event") or signing)


def _reception(r: Reading) -> bool:
    return r.has("cues", "reception")


def _where(r: Reading) -> list[Match]:
    """Countries and cities of the sentence (cities with a country), outside quotes, before
    any next stop of a tour or meeting planned for later."""
    onward = on_by_road(r)
    keys = ("next_meeting",) if onward is not None else ("next_stop", "next_meeting")
    later = [cue("cues", k).search(r.folded) for k in keys]
    starts = [r.fold_map.origin[m.start()] for m in later if m]
    end = min(starts, default=len(r.sentence.text))
    landed = landed_cities(r)
    found = [
        m
        for m in r.of_kind("country", "place")
        if m.entry.country
        and (onward or 0) <= m.start < end
        and m not in landed
        and (not r.quoted(m) or getattr(m, "cue", "") == "epithet")
        and not inside_organisation(r, m)
        and not street_name(r, m)
        and not returned_to(r, m)
        and not on_the_way(r, m)
    ]
    # The sentence's posts (there are none without a role), read once for all its places.
    posts = read_posts(r) if r.of_kind("role") else []
    found = [m for m in found if not _posting(r, m, posts)]
    # "مع المديرين العامين للشرطة في كل من جمهورية الرأس الأخضر وجمهورية غينيا بيساو": whose.
    posts += plural_posts(r)
    if not any(m.entry.kind == "country" for m in found):
        return found
    foreign = [p for p in posts if not p.home]
    return [m for m in found if not _in_title(r, m, foreign)]


def _posting(r: Reading, m: Match, posts: Sequence[Post]) -> bool:
    """ "والقنصل العام للمملكة المغربية في جدة": the city an envoy serves in, named with his
    post, is not where the meeting is."""
    if m.entry.kind != "place":
        return False
    postings = {str(role) for role in table("cues")["postings"]}
    for post in posts:
        gap = r.sentence.text[post.end : m.start].strip()
        if post.role.id in postings and post.end <= m.start and gap in ("", "في", "لدى"):
            return True
    return False


def _in_title(r: Reading, m: Match, posts: Sequence[Post]) -> bool:
    """ "المدير العام للأمن الوطني بالمملكة المغربية", "نائب وزير الأمن العام في لاوس": a
    country that ends a post's title (of posts, the sentence's foreign ones) says whose post
    it is, not where the visit happens."""
    if m.entry.kind != "country":
        return False
    if any(p.start <= m.start < p.end for p in posts):
        return True  # "رئيس لجنة الأمن القومي في كازاخستان": read with the post
    ends = [p.end for p in r.of_kind("role", "organisation")] + [p.end for p in posts]
    return any(
        m.start - end >= 0 and r.sentence.text[end : m.start].strip() in ("", "في") for end in ends
    )


def _locations(r: Reading, where: Sequence[Match]) -> list[Match]:
    """Places (of where, the sentence's) after a location word: "في", "ب…", "العاصمة",
    "مدينة", "بمقر … ب…"."""
    out = []
    for m in where:
        if reference_point(r, m) or party_seat(r, m) or mission_city(r, m):
            continue
        words = folded(r.sentence.text[max(0, m.start - LOOK_BACK) : m.term_start]).text.split()
        before = past_facility(words)
        last = before[-1] if before else ""
        # "وسط ڤيينا": a location word that past_facility sets aside as a region's counts too.
        located = {last, words[-1] if words else ""}
        if (
            "ب" in m.prefix
            or getattr(m, "cue", "") in ("city", "place", "epithet")
            or last.startswith("ب")
            or any(cue("cues", "location").fullmatch(w) for w in located)
            or cue("cues", "city_words").fullmatch(last) is not None
            or _capital_named(before)
            or cue("cues", "city_words").match(folded(r.sentence.text[m.term_start : m.end]).text)
            or (m.entry.kind == "place" and _headline_place(r, m))
            or seat_of(r, m)
            or (m.entry.kind == "country" and _direction_before(r, m, words))
        ):
            out.append(m)
    return out


def _direction_before(r: Reading, m: Match, words: list[str]) -> bool:
    """A compass point is the word before the country, its article aside: "في جنوب السنغال"."""
    if words and not r.sentence.text[m.term_start - 1 : m.term_start].isspace():
        words = words[:-1]  # the proclitics glued to the name ("ال")
    return bool(words) and _direction_of(words[-1])


def _direction_of(word: str) -> bool:
    """ "ميناء مرسين الدولي جنوبي تركيا": a compass point before a country places what stands
    before it in that country (place_cues directions)."""
    return cue("place_cues", "directions").fullmatch(word) is not None


def _capital_named(before: list[str]) -> bool:
    """ "بالعاصمة التركية أنقرة": a city word and a demonym right before the name."""
    return (
        len(before) >= 2
        and cue("cues", "city_words").fullmatch(before[-2]) is not None
        and bool(find_demonyms(before[-1]))
    )


def _headline_place(r: Reading, m: Match) -> bool:
    """ "طنجة: حموشي يستقبل …", "من الشارقة.. حموشي يوقع …", "حموشي في كاتماندو..": a
    headline that opens with the city (after "من", from, or a person "في" or "ب"), then a
    colon, a dash or two dots."""
    if not _in_headline(r):
        return False
    lead = r.sentence.text[: m.term_start].strip()
    person = next((p for p in r.of_kind("person") if p.start == 0), None)
    if person is not None and lead[person.end :].strip() in ("في", "ب"):
        lead = ""
    if lead not in ("", "من"):
        return False
    after = r.sentence.text[m.end : m.end + 3].strip()
    return after[:1] in (":", "-", "–") or after.startswith("..")


def _as_city(m: Match, r: Reading) -> City:
    name = written(r.sentence.text, m)
    lead = cue("cues", "city_words").match(folded(name).text)
    if lead and lead.end() < len(name):
        name = name[folded(name).origin[lead.end()] :].lstrip()
    return City(m.entry.id, name, m.entry.en.full, m.entry.fr.full)
