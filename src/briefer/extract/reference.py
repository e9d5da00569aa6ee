"""Reference data that completes the glossary for extraction: the demonyms of every country
(data/demonyms.yaml), the role nouns of officials' titles (data/titles.yaml) and the cities of
the gazetteer (GeoNames).

The glossary stays the authority. A reference match is added only where no glossary match
covers the same words, except that a city read as a city (its cue found) wins over a country
of the same spelling ("العاصمة الأردنية عمّان" is Amman, not Oman). Reference entries serve
extraction only; translation enforces the glossary alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache

from briefer.arabic.lexicon import cue, fold_form, folded
from briefer.arabic.text import MappedText
from briefer.extract import demonyms as demonyms_mod
from briefer.extract import gazetteer as gazetteer_mod
from briefer.extract.name_shape import construct_heads, place_heads
from briefer.extract.name_words import in_a_name, waw_surname
from briefer.extract.titles import role_pattern
from briefer.glossary.countries import cldr_entry, country_codes
from briefer.glossary.entries import Entry, Match, Rendering
from briefer.resources import PACKAGE, data_table, home_country

# A rival city written the same way and at least this share of the chosen one's population
# makes the name ambiguous: abstain rather than pick.
RIVAL_SHARE = 0.5


SMALL_TOWN = 50_000
"""People below which a town the press does not write about is not read behind a proclitic."""


@dataclass(frozen=True)
class CityMatch(Match):
    """A gazetteer city, with the cue that made it read as a city."""

    cue: str = ""
    """"city" (a city word before it), "place" (a preposition before it), "epithet" (the
    press's name for it, "سويسرا المغرب") or ""."""
    inferred: bool = False
    """Read from "العاصمة البوروندية" alone: the capital, which the text does not name."""


def complete(
    text: str, matches: Sequence[Match], dateline: bool = False, local: str | None = None
) -> tuple[Match, ...]:
    """The glossary matches of a sentence completed with reference demonyms, roles and cities.
    dateline: the sentence opens with a dateline, whose first name is a city ("عمان 5 آذار
    (بترا)" is Amman, "الكويت - 11 - 2 (كونا)" Kuwait City). local: the country of the outlet
    whose report this is; after a preposition, a name of a country that is also one of its
    cities is the city ("السفير المغربي في عمان" in a Jordanian daily is in Amman)."""
    out = [
        m
        for m in matches
        if not _inside_feature(text, m)
        and not in_a_name(text, m)
        and not (
            m.entry.kind == "country"
            and demonyms_mod.adjective_not_country(text, m.term_start, m.end)
        )
    ]
    demonyms = _demonyms(text)
    adjectives = [m for m in (*out, *demonyms) if m.entry.kind == "demonym"]
    states = _formal_states(text, adjectives)
    cities = (*_epithets(text), *_cities(text, out, dateline, local))
    for extra in (*states, *cities, *demonyms, *_roles(text)):
        if _inside_feature(text, extra) or _spelled_as_demonym(extra, adjectives):
            continue
        clash = [m for m in out if m.start < extra.end and extra.start < m.end]
        if not clash:
            out.append(extra)
        elif _replaces(extra, clash, states):
            out = [m for m in out if m not in clash] + [extra]
        elif extra.entry.kind == "role" and all(_inside_role(m, extra) for m in clash):
            # "المدير التنفيذي" is one post, not "المدير" qualified by "التنفيذي".
            out = [m for m in out if m not in clash] + [extra]
        elif extra.entry.kind == "role":
            # "مديرة الشرطة النرويجية": the glossary's body keeps its words; "مديرة" before it
            # is the post.
            out += _role_before(text, extra, min(m.start for m in clash))
    out = [m for m in out if not _name_goes_on(text, m, out) and not waw_surname(text, m, out)]
    return tuple(sorted(out, key=lambda m: (m.start, -m.end)))


def _role_before(text: str, role: Match, end: int) -> list[Match]:
    """The shorter role form that starts where role does and ends before offset end."""
    return [m for m in _roles(text[:end]) if m.start == role.start]


def _name_goes_on(text: str, m: Match, matches: Sequence[Match]) -> bool:
    """ "رئيسة دائرة الاستخبارات المالية الحكومية": a country's body in the glossary
    ("دائرة الاستخبارات", Turkey's) whose name an adjective of its own goes on with, no term
    of the glossary nor a stop word, is another body's name."""
    if m.entry.kind != "organisation" or not m.entry.country:
        return False
    after = re.match(r"\s+(ال\w+(?:ية|ي))(?!\w)", text[m.end :])
    if after is None or fold_form(after.group(1)) in _name_stops():
        return False
    at = m.end + after.start(1)
    return not any(o.start <= at < o.end for o in matches)


@cache
def organisation_stops() -> frozenset[str]:
    """The words an organisation's name ends before (cues organisation_stops), folded."""
    return frozenset(fold_form(str(w)) for w in data_table("cues")["organisation_stops"])


@cache
def _name_stops() -> frozenset[str]:
    """What ends a body's name, and a remit ("المكلف") after it."""
    return organisation_stops() | {fold_form(str(w)) for w in data_table("cues")["remit"]}


def _spelled_as_demonym(m: Match, adjectives: Sequence[Match]) -> bool:
    """ "بالعاصمة السويدية ستوكهولم": a gazetteer town written like a nationality adjective
    (Samandağ's Arabic name "السويدية") is the adjective."""
    if m.entry.kind != "place" or not m.entry.id.startswith("place.geonames."):
        return False
    return any(a.term_start == m.term_start and a.end == m.end for a in adjectives)


def _inside_feature(text: str, m: Match) -> bool:
    """ "مضيق جبل طارق", "خليج غينيا": a strait or a gulf names no country; "القنب الهندي"
    (cannabis) no nationality."""
    if m.entry.kind not in ("country", "demonym"):
        return False
    mapped = folded(text)
    for found in cue("cues", "not_country_phrases").finditer(mapped.text):
        start, end = mapped.source_span(found.start(), found.end())
        if start <= m.start and m.end <= end + 1:
            return True
    return False


def _inside_role(m: Match, role: Match) -> bool:
    """A shorter glossary role inside a longer reference role."""
    shorter = (m.end - m.start) < (role.end - role.start)
    return m.entry.kind == "role" and shorter and role.start <= m.start and m.end <= role.end


def _yields_to_city(m: Match, city: Match) -> bool:
    """A country spelled like a city gives way when the text reads the name as the city; so
    does the demonym of a capital named by it ("بالعاصمة الفرنسية" is Paris, not a French
    person or post)."""
    inside = m.start >= city.start and m.end <= city.end
    return inside and m.entry.kind in ("country", "demonym")


def _cities(
    text: str, glossary: Sequence[Match], dateline: bool = False, local: str | None = None
) -> list[Match]:
    """Gazetteer cities read as cities, with an unambiguous reading; none inside a glossary
    place (the glossary's own spelling of a city wins). A dateline's first name is a city."""
    places = [m for m in glossary if m.entry.kind == "place"]
    found = gazetteer_mod.find(text)
    if dateline and found and not text[: found[0].start].strip():
        found[0] = replace(found[0], cue="city")
    # "العاصمة الأردنية عمّان" names its city: the capital is read only when no name follows.
    out = [c for c in _capitals(text) if not any(0 <= p.start - c.end <= 2 for p in found)]
    for p in found:
        own = bool(p.also_country and p.cue and p.city.country == local)
        if not (p.is_city or own) or (_ambiguous(p.city) and not _capital_named(p)):
            continue
        if any(m.start <= p.start and p.end <= m.end for m in places):
            continue
        if p.also_country and p.cue != "city" and not own:
            continue
        if _namesake(text, p):
            continue
        # A name with no cue is a city only when it is one the press writes about: "بيرتون"
        # alone is a surname sooner than Burton, Michigan; and a small town read behind a
        # proclitic is a word or a name sooner than a town ("بارلون" is not "ب" + Arlon).
        if p.city.geonameid not in _press_cities() and (
            not p.cue or (p.prefix and p.cue != "city" and p.city.population < SMALL_TOWN)
        ):
            continue
        out.append(city_match(p))
    return out


def _capital_named(p: gazetteer_mod.PlaceMatch) -> bool:
    """ "بالعاصمة فيكتوريا": after a city word, a name whose reading is its country's capital
    is that capital, whatever namesakes it has (Victoria of the Seychelles)."""
    capital = _capital(p.city.country) if p.cue == "city" else None
    return capital is not None and capital.geonameid == p.city.geonameid


def _namesake(text: str, p: gazetteer_mod.PlaceMatch) -> bool:
    """ "مدينة سان لويس السنغالية": a demonym right after the name that is not its city's
    country's; the town is a namesake the gazetteer does not hold (Saint-Louis, not San Luis)."""
    after = text[p.end :]
    found = demonyms_mod.find(after.lstrip(" ")[:40])
    return bool(found) and found[0].start == 0 and found[0].country != p.city.country


def _capitals(text: str) -> list[Match]:
    """ "العاصمة البلجيكية" with no name after it: the capital of that country."""
    mapped = folded(text)
    out: list[Match] = []
    for found in _capital_pattern().finditer(mapped.text):
        demonym = demonyms_mod.find(found.group("demonym"))
        city = _capital(demonym[0].country) if demonym else None
        if city is None:
            continue
        start, end = mapped.source_span(found.start(), found.end())
        out.append(CityMatch(_city_entry(city), start, end, start, "", "city", inferred=True))
    return out


@cache
def _capital_pattern() -> re.Pattern[str]:
    words = "|".join(re.escape(fold_form(w)) for w in data_table("place_cues")["capital_words"])
    states = "|".join(
        re.escape(fold_form(w)) for w in data_table("place_cues")["capital_adjectives"]
    )
    return re.compile(rf"(?<!\w)[وفب]?(?:{words})\s+(?:(?:{states})\s+)?(?P<demonym>ال\w+يه)(?!\w)")


def capital_entry(country: str) -> Entry | None:
    """The capital of a country as a place entry, if the gazetteer has it."""
    city = _capital(country)
    return None if city is None else _city_entry(city)


@cache
def _capital(country: str) -> gazetteer_mod.City | None:
    """The capital of a country, from data/capitals.tsv, if the gazetteer has it."""
    rows = (PACKAGE / "data" / "capitals.tsv").read_text(encoding="utf-8").splitlines()
    ids = dict(line.split("\t") for line in rows[2:])
    gid = ids.get(country)
    cities = gazetteer_mod.gazetteer().forms.values()
    return next((c for c in cities if str(c.geonameid) == gid), None)


@cache
def _press_cities() -> frozenset[int]:
    """The cities of data/places_fr.yaml, reviewed by hand."""
    return frozenset(int(c["id"]) for c in data_table("places_fr")["cities"])


def _ambiguous(city: gazetteer_mod.City) -> bool:
    """A namesake of comparable size in another country; the notes' home territories count as
    the home country (Dakhla, EH, and its Moroccan namesake are one country's)."""
    if _country(city.rival_country) == _country(city.country):
        return False
    # A press city's reviewed spelling wins over a namesake (data/places_fr.yaml): "الصويرة" is
    # Essaouira, not the Iraqi town.
    if city.geonameid in _press_cities():
        return False
    return city.rival_population >= RIVAL_SHARE * city.population


@cache
def city_match(p: gazetteer_mod.PlaceMatch) -> CityMatch:
    """The gazetteer place as a city match of the sentence."""
    return CityMatch(_city_entry(p.city), p.start, p.end, p.name_start, p.prefix, p.cue)


def _city_entry(city: gazetteer_mod.City) -> Entry:
    return Entry(
        id=f"place.geonames.{city.geonameid}",
        kind="place",
        arabic=(),
        en=Rendering(city.en),
        fr=Rendering(city.fr),
        country=_country(city.country),
        file=PACKAGE / "data" / "gazetteer.tsv",
    )


def _country(code: str) -> str:
    """The country a GeoNames code stands for in the notes (data/cues.yaml: home_territories)."""
    return home_country() if code in data_table("cues")["home_territories"] else code


def _demonyms(text: str) -> list[Match]:
    """Demonyms; a form that also names a country is the country, unless the article makes
    it an adjective ("جيبوتي" is Djibouti, "نظيره الجيبوتي" his Djiboutian counterpart; but
    "السعودية" is the country's own name)."""
    return [
        Match(_demonym_entry(d.country), d.start, d.end, d.name_start, d.prefix)
        for d in demonyms_mod.find(text)
        if d.also_country is None or (d.demonym.definite and d.form not in _country_forms())
    ]


def _epithets(text: str) -> list[Match]:
    """ "بمقر ولاية الأمن بالعاصمة العلمية للمملكة": a city the press calls by its epithet
    (data/place_cues.yaml epithets)."""
    mapped = folded(text)
    out: list[Match] = []
    for found in _epithet_pattern().finditer(mapped.text):
        city = gazetteer_mod.gazetteer().lookup(_epithet_cities()[found.group("name")])
        if city is None:
            continue
        start, end = mapped.source_span(found.start(), found.end())
        term = mapped.source_span(found.start("name"), found.end())[0]
        prefix = text[start:term]
        out.append(CityMatch(_city_entry(city), start, end, term, prefix, "epithet"))
    return out


@cache
def _epithet_cities() -> dict[str, str]:
    return {fold_form(k): str(v) for k, v in data_table("place_cues")["epithets"].items()}


@cache
def _epithet_pattern() -> re.Pattern[str]:
    names = "|".join(re.escape(k) for k in sorted(_epithet_cities(), key=len, reverse=True))
    # "بـ"سويسرا المغرب"": an epithet is often quoted, after its preposition.
    return re.compile(rf"(?<!\w)[وفبل]{{0,2}}ـ?[\"«]?(?P<name>{names})(?!\w)")


def _replaces(extra: Match, clash: Sequence[Match], states: Sequence[Match]) -> bool:
    """A city read as a city over a country of its spelling; a formal state's name over the
    demonym it contains."""
    if extra in states:
        return all(_inside_state(m, extra) for m in clash)
    if extra.entry.kind == "demonym":
        # "المسؤول الإفريقي الأوسط": a nationality of two words over the term it opens with.
        return all(m.entry.kind == "term" and _inside_state(m, extra, "term") for m in clash)
    return extra.entry.kind == "place" and all(_yields_to_city(m, extra) for m in clash)


def _inside_state(m: Match, state: Match, kind: str = "demonym") -> bool:
    """The glossary's demonym of "الجمهورية الفرنسية" is part of the state's name (or, of
    kind, what stands inside a longer match)."""
    return m.entry.kind == kind and state.start <= m.start and m.end <= state.end


def _formal_states(text: str, adjectives: Sequence[Match]) -> list[Match]:
    """ "إلى الجمهورية الإيطالية", "بالمملكة الهولندية", "الجمهورية الإسلامية الموريتانية": a
    state's word, its formal adjectives, then its demonym name the country."""
    out = []
    for d in adjectives:
        lead = folded(text[: d.start])
        before = _state_before().search(lead.text)
        code = d.entry.country
        if before is None or code is None or code not in country_codes():
            continue
        start = lead.origin[before.start()]
        prefix = before.group("prefix") or ""
        out.append(Match(cldr_entry(code), start, d.end, start + len(prefix), prefix))
    return out


@cache
def _state_before() -> re.Pattern[str]:
    states = "|".join(re.escape(fold_form(w)) for w in data_table("cues")["state_words"])
    formal = "|".join(re.escape(fold_form(w)) for w in data_table("cues")["state_adjectives"])
    return re.compile(
        rf"(?<!\w)(?P<prefix>[وفبل]{{0,2}})(?:{states})(?:\s+(?:{formal})){{0,2}}\s+$"
    )


@cache
def _country_forms() -> frozenset[str]:
    """The folded forms of data/demonyms.yaml also_countries: names of countries as written."""
    return frozenset(gazetteer_mod.form_key(f) for f in data_table("demonyms")["also_countries"])


@cache
def _demonym_entry(code: str) -> Entry:
    return Entry(
        id=f"demonym.{code}",
        kind="demonym",
        arabic=(),
        en=Rendering(demonyms_mod.adjective(code, "en")),
        fr=Rendering(
            demonyms_mod.adjective(code, "fr", "m"),
            feminine=demonyms_mod.adjective(code, "fr", "f"),
        ),
        country=code,
        file=PACKAGE / "data" / "demonyms.yaml",
    )


def _roles(text: str) -> list[Match]:
    """Role nouns of data/titles.yaml, longest first, whole words, proclitics allowed."""
    mapped = folded(text)
    out: list[Match] = []
    for found in _role_pattern().finditer(mapped.text):
        form = found.group("form") or "ال" + found.group("fused")[1:]
        if form in _complemented() and not _complemented_here(text, mapped, found):
            continue
        prefix = found.group("prefix") if found.group("form") else found.group("fprefix")
        start, end = mapped.source_span(found.start(), found.end())
        term_start = mapped.source_span(found.start() + len(prefix), found.end())[0]
        if form in _madda_forms() and "أ" in text[term_start:end]:
            continue  # "ويتعلق الأمر" (the matter), not "الآمر" (the commander)
        if _region_here(form, prefix, mapped.text[: found.start()]):
            continue  # "لشرطة محافظة أوساكا", "بمحافظة ظفار": the governorate, no governor
        out.append(Match(_role_forms()[form], start, end, term_start, prefix))
    return out


@cache
def _role_pattern() -> re.Pattern[str]:
    return role_pattern(_role_forms())


def role_entry(form: str) -> Entry | None:
    """The role of data/titles.yaml written form ("مدير", "مديرة عامة"), of its gender."""
    return _role_forms().get(fold_form(form))


def feminine(role: Entry) -> Entry:
    """The feminine form of a role data/titles.yaml knows ("المفتشة العامة"), else the role."""
    spec = data_table("titles")["roles"].get(role.id)
    return _role_entry(role.id, spec, "f") if spec and spec.get("f") else role


@cache
def _role_forms() -> dict[str, Entry]:
    """Every folded role form, with the entry of its gender."""
    forms: dict[str, Entry] = {}
    for role_id, spec in data_table("titles")["roles"].items():
        for gender in ("m", "f"):
            entry = _role_entry(str(role_id), spec, gender)
            forms.update({fold_form(str(f)): entry for f in spec.get(gender) or ()})
    return forms


def _region_here(form: str, prefix: str, before: str) -> bool:
    """A role written like a region's head noun ("محافظة": a woman governor, or a
    governorate) names the region after a body's head noun in construct ("لشرطة محافظة"), a
    location's "ب" or "في"."""
    if form not in place_heads():
        return False
    last = re.search(r"(?<!\w)[وبل]?(\w+)\s+$", before)
    located = "ب" in prefix or (last is not None and last.group().strip() == "في")
    return located or (last is not None and last.group(1) in construct_heads())


@cache
def _madda_forms() -> frozenset[str]:
    """The folded forms of roles written with "آ" ("آمر"), which the fold merges with words
    written with "أ" ("الأمر", the matter)."""
    roles = data_table("titles")["roles"].values()
    written = (str(f) for spec in roles for g in ("m", "f") for f in spec.get(g) or ())
    return frozenset(fold_form(f) for f in written if "آ" in f)


def _complemented_here(text: str, mapped: MappedText, found: re.Match[str]) -> bool:
    """A word follows the role, and the role is written as itself: "والي جهة …", not "وإلى
    جانب …" (and to), which folds alike."""
    start, end = mapped.source_span(found.start(), found.end())
    written = text[start:end]
    followed = re.match(r"\s+\w", mapped.text[found.end() :]) is not None
    return followed and "إ" not in written and not written.endswith("ى")


@cache
def _complemented() -> frozenset[str]:
    """The folded forms of roles that are a role only with a word after them (complement)."""
    roles = data_table("titles")["roles"].values()
    return frozenset(
        fold_form(str(f))
        for spec in roles
        if spec.get("complement")
        for gender in ("m", "f")
        for f in spec.get(gender) or ()
    )


def _role_entry(role_id: str, spec: dict[str, object], gender: str) -> Entry:
    fr = str(spec["fr_f" if gender == "f" else "fr"])
    return Entry(
        id=role_id,
        kind="role",
        arabic=tuple(str(f) for f in _as_list(spec.get(gender))),
        en=Rendering(str(spec["en"]), article=True),
        fr=Rendering(fr, gender=gender, article=True),
        file=PACKAGE / "data" / "titles.yaml",
    )


def _as_list(value: object) -> Iterable[object]:
    return value if isinstance(value, list) else ()
