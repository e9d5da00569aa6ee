"""Towns written as they sound: a town the gazetteer holds under no Arabic spelling the article
uses ("بمدينة فيتشنزا", Vicenza; "مدينة سان لوي", Saint-Louis), read after a city word, or after
"في" when no word of it is Arabic prose ("في زيغينشور"), in the country the visit is known to be
in. Its words are romanized by that country's convention and compared with the Latin names
GeoNames gives the country's towns (data/towns.tsv, written by tools/make_gazetteer.py), both
reduced to how they sound (data/place_cues.yaml latin_sounds)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache

from briefer.arabic.frequency import zipf
from briefer.arabic.lexicon import cue, fold_form
from briefer.arabic.romanize import romanize
from briefer.extract.facts import City
from briefer.extract.reading import Reading
from briefer.resources import PACKAGE, data_table

SIMILAR = 0.85
"""How alike the two sound keys must be (difflib's ratio): "فيتشنزا" and Vicenza are 0.88."""
MARGIN = 0.05
"""How far ahead of the next town of the country the best must be, else none is read."""
PROSE_TOWN = 15000
"""People a town read after "في" alone has at least: after it, a rare word of prose ("في
ختام") may sound like a small town (Tamm); a city word ("بمدينة قبالة") says a town is meant."""
MAX_WORDS = 2
"""Words a town's name may have after the city word: "سان لوي"."""


@dataclass(frozen=True)
class Town:
    """A GeoNames town by its Latin name."""

    geonameid: int
    country: str
    name: str
    population: int
    key: str
    """How the name sounds (sound_key)."""


@dataclass(frozen=True)
class WrittenTown:
    """A town read in a sentence: where its Arabic stands, and which town it is."""

    reading: Reading
    start: int
    end: int
    town: Town


def town_city(found: WrittenTown) -> City:
    """The city of the visit a town read by its sound gives: its Arabic as written, its
    GeoNames name in English and French (data/places_fr.yaml when it lists the town)."""
    town = found.town
    fr = _french().get(town.geonameid, town.name)
    ar = found.reading.sentence.text[found.start : found.end]
    return City(f"place.geonames.{town.geonameid}", ar, town.name, fr)


@cache
def _french() -> dict[int, str]:
    return {int(c["id"]): str(c["fr"]) for c in data_table("places_fr")["cities"]}


def written_town(readings: Sequence[Reading], country: str) -> WrittenTown | None:
    """The first town of country named after a city word (or "في") in the sentences given,
    by its sound, where no glossary or gazetteer name stands."""
    for r in readings:
        for found in cue("cues", "city_words").finditer(r.folded):
            at = r.fold_map.origin[found.end() - 1] + 1
            town = _after(r, at, country)
            if town is not None:
                return town
        # "أجرى … في زيغينشور، كبرى مدن …": after "في", a word of no Arabic prose.
        for found in re.finditer(r"(?<!\w)في\s+", r.sentence.text):
            town = _after(r, found.end(), country, rare=True)
            if town is not None:
                return town
    return None


def _after(r: Reading, at: int, country: str, rare: bool = False) -> WrittenTown | None:
    """The town named by the one or two words right after offset at, longest first; rare:
    words of no Arabic prose only."""
    text = r.sentence.text
    words = list(re.finditer(r"[^\W\d_]+", text[at:]))[:MAX_WORDS]
    if not words or text[at : at + words[0].start()].strip():
        return None
    for size in range(len(words), 0, -1):
        start, end = at + words[0].start(), at + words[size - 1].end()
        # "العلمين الجديدة": a name with the article is Arabic, not written as it sounds.
        arabic = any(w.group().startswith("ال") for w in words[:size])
        if (
            arabic
            or re.search(r"[^\w\s]", text[start:end])
            or any(m.start < end and start < m.end for m in r.matches)
            or (rare and any(zipf(fold_form(w.group())) > 0 for w in words[:size]))
        ):
            continue
        town = town_by_sound(text[start:end], country, PROSE_TOWN if rare else 0)
        if town is not None:
            return WrittenTown(r, start, end, town)
    return None


def town_by_sound(arabic: str, country: str, least: int = 0) -> Town | None:
    """The town of country (of least people or more) whose Latin name sounds like the Arabic,
    romanized by the country's convention; None unless one stands clearly ahead of the
    others."""
    key = sound_key(romanize(arabic, country).latin)
    if not key:
        return None
    # "قبالة": a final ta marbuta in a foreign name is mostly an "a" (Qabala), whatever the
    # convention writes for it in an Arabic one.
    keys = {key, key.rstrip("aeiou") + "a"} if arabic.endswith(("ة", "ه")) else {key}
    # "غلينكو" (Glynco, too small for the list) is not Glen Cove: the names end alike.
    towns = (
        t
        for t in _towns(country)
        if _last_consonant(t.key) == _last_consonant(key) and t.population >= least
    )
    scored = sorted(
        ((max(SequenceMatcher(None, k, t.key).ratio() for k in keys), t) for t in towns),
        key=lambda s: -s[0],
    )
    if not scored or scored[0][0] < SIMILAR:
        return None
    best = scored[0][1]
    # Three Glencoes in the United States, none a city: which one is meant is a guess.
    namesakes = [t for _, t in scored[1:] if t.key == best.key]
    if namesakes and best.population < PROSE_TOWN:
        return None
    rival = next((s for s, t in scored[1:] if t.key != best.key), 0.0)
    return best if scored[0][0] - rival >= MARGIN else None


def sound_key(latin: str) -> str:
    """A Latin name reduced to how it sounds: "Vicenza" and "Fitscenza" come close."""
    plain = unicodedata.normalize("NFKD", latin).encode("ascii", "ignore").decode().lower()
    key = re.sub(r"[^a-z]", "", plain)
    for written, sound in data_table("place_cues")["latin_sounds"]:
        key = key.replace(str(written), str(sound))
    return re.sub(r"(.)\1+", r"\1", key)


def _last_consonant(key: str) -> str:
    return key.rstrip("aeiou")[-1:]


@cache
def _towns(country: str) -> tuple[Town, ...]:
    """The towns of a country in data/towns.tsv, the most populous first, with their sound
    keys (made for the country asked about only)."""
    rows = _rows().get(country, ())
    return tuple(Town(gid, country, name, people, sound_key(name)) for gid, name, people in rows)


@cache
def _rows() -> dict[str, list[tuple[int, str, int]]]:
    """data/towns.tsv by country: (geonameid, name, population)."""
    out: dict[str, list[tuple[int, str, int]]] = {}
    lines = (PACKAGE / "data" / "towns.tsv").read_text(encoding="utf-8").splitlines()
    for line in lines:
        if line.startswith("#") or line.startswith("country\t"):
            continue
        code, gid, population, name = line.split("\t")
        out.setdefault(code, []).append((int(gid), name, int(population)))
    return out
