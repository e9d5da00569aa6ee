"""The city gazetteer: every GeoNames city with an Arabic name, found in Arabic text.

Data: data/gazetteer.tsv and data/place_homographs.yaml, written by tools/make_gazetteer.py
from GeoNames (CC BY 4.0); data/places_fr.yaml (French names) and data/place_cues.yaml (cue
words). Text and forms are folded alike (briefer.lexicon.folded) and forms are indexed by
their first word, so finding is linear in the length of the text, whatever the gazetteer's size.
Phrases that must not read as a city ("مسقط رأسه", or "كامل" as "ك" + Amol) are indexed too,
as blockers: the longest match wins, and a blocker yields nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Literal

from briefer.arabic.lexicon import folded
from briefer.resources import PACKAGE, data_table

Cue = Literal["", "place", "city"]
Span = Callable[[int, int], tuple[int, int]]
WORD = re.compile(r"\w+")
ARTICLE = "ال"
CONJUNCTIONS = ("", "و", "ف")
PREPOSITIONS = ("", "ب", "ل", "ك")
MIN_STEM = 2
FINAL_VOWELS = ("ا", "ه", "ي")
"""The letters that end a foreign name's last vowel as Arabic writes it, folded (ة is ه)."""
VARIANT_LENGTH = 5
"""Letters a city's last word has at least for its other final vowels to be read."""


@dataclass(frozen=True)
class City:
    """One gazetteer city."""

    geonameid: int
    country: str
    """ISO 3166-1 alpha-2 code, as GeoNames gives it."""
    en: str
    fr: str
    population: int
    others: int
    """How many other GeoNames cities are written the same way."""
    rival_population: int
    """Population of the largest of those others (0 if none): abstain when it is large too."""
    rival_country: str


@dataclass(frozen=True)
class PlaceMatch:
    """A city name found in a text; offsets are into the text given to find()."""

    start: int
    """Start of the span, proclitics included."""
    end: int
    name_start: int
    """Where the name proper starts, after the proclitics."""
    prefix: str
    """The proclitic letters as written: "", "و", "ب", "وب", "لل", …"""
    form: str
    """The folded gazetteer form that matched."""
    city: City
    needs: Cue
    """The cue this form needs before it is read as a city: "", "place" or "city"."""
    cue: Cue
    """The strongest cue found around it."""
    also_country: str | None
    """The ISO code of the country this form also names ("تونس", "عمان"), if any."""

    @property
    def is_city(self) -> bool:
        """True when the form needs no cue, or the cue it needs is there."""
        return self.needs == "" or self.cue == "city" or (self.needs == "place" and self.cue != "")


@dataclass(frozen=True)
class _Word:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class _Cues:
    city_words: frozenset[str]
    prepositions: frozenset[str]
    demonyms: frozenset[str]
    """Feminine demonyms with the article, folded: "الاردنيه"."""
    seats: tuple[tuple[str, ...], ...]
    """Phrases naming a local body after its city ("ولايه امن"), folded, word by word."""


def form_key(text: str) -> str:
    """A name folded as the gazetteer keys it: words joined by one space."""
    return " ".join(_plain_letters(folded(text).text).replace("-", " ").split())


def _plain_letters(folded_text: str) -> str:
    """ "ڤيينا" is "فيينا": the letters of other Arabic-script languages the press writes
    foreign names with, as the Arabic letters GeoNames spells them with (place_cues
    letter_variants); one letter for one, so offsets hold."""
    return folded_text.translate(_letter_variants())


@cache
def _letter_variants() -> dict[int, str]:
    return str.maketrans(
        {str(k): str(v) for k, v in data_table("place_cues")["letter_variants"].items()}
    )


def readings(word: str) -> list[tuple[str, str]]:
    """(proclitics, stem) splits of a folded word, no proclitics first; "لل" gives "ال"."""
    out = []
    for conj in CONJUNCTIONS:
        for prep in PREPOSITIONS:
            prefix = conj + prep
            if word.startswith(prefix) and len(word) - len(prefix) >= MIN_STEM:
                out.append((prefix, word[len(prefix) :]))
        fused = conj + "لل"
        # "ل" + "ال" is written "لل": "للرباط" is "ل" + "الرباط".
        if word.startswith(fused) and len(word) - len(fused) >= MIN_STEM:
            out.append((fused, ARTICLE + word[len(fused) :]))
    return sorted(out, key=lambda r: len(r[0]))


class Gazetteer:
    """Every Arabic city form, indexed by its first folded word."""

    def __init__(
        self,
        cities: Iterable[tuple[str, City]],
        needs: Mapping[str, Cue],
        countries: Mapping[str, str],
        blockers: Iterable[str],
        cues: _Cues,
    ):
        self.forms: dict[str, City] = dict(cities)
        self.needs = dict(needs)
        self.countries = dict(countries)
        self.cues = cues
        self._index: dict[str, list[tuple[tuple[str, ...], str | None]]] = {}
        for form in self.forms:
            self._add(form, form)
        for phrase in blockers:
            self._add(phrase, None)
        for entries in self._index.values():
            entries.sort(key=lambda e: -len(e[0]))

    def _add(self, form: str, target: str | None) -> None:
        words = tuple(form.split())
        self._index.setdefault(words[0], []).append((words[1:], target))

    def lookup(self, name: str) -> City | None:
        """The city an Arabic name (folded here) stands for, if the gazetteer has it."""
        return self.forms.get(form_key(name))

    def find(self, text: str) -> list[PlaceMatch]:
        """Every city name in text: whole words, longest first, not overlapping."""
        mapped = folded(text)
        plain = _plain_letters(mapped.text)
        words = [_Word(m.group(), m.start(), m.end()) for m in WORD.finditer(plain)]
        found: list[PlaceMatch] = []
        i = 0
        while i < len(words):
            hit = self._match(plain, words, i)
            if hit is None:
                i += 1
                continue
            prefix, size, form = hit
            if form is not None:
                found.append(self._place(plain, words, i, size, prefix, form))
            i += size
        return [self._mapped(m, text, mapped.source_span) for m in found]

    def _match(self, text: str, words: list[_Word], i: int) -> tuple[str, int, str | None] | None:
        """(proclitics, words spanned, form or None for a blocker) of the longest match at i."""
        best: tuple[str, int, str | None] | None = None
        for prefix, stem in readings(words[i].text):
            for rest, target in self._index.get(stem, ()):
                size = 1 + len(rest)
                if best is not None and size <= best[1]:
                    break
                if _continues(text, words, i, rest):
                    best = (prefix, size, target)
                    break
        return best

    def _place(
        self, ftext: str, words: list[_Word], i: int, size: int, prefix: str, form: str
    ) -> PlaceMatch:
        """The match of form at words[i : i + size], in folded offsets for now."""
        start, end = words[i].start, words[i + size - 1].end
        # In "لل" the second lam is the article's: the name starts there.
        skip = len(prefix) - 1 if prefix.endswith("لل") else len(prefix)
        return PlaceMatch(
            start=start,
            end=end,
            name_start=start + skip,
            prefix=prefix,
            form=form,
            city=self.forms[form],
            needs=self.needs.get(form, ""),
            cue=self._cue(ftext, words, i, size, prefix),
            also_country=self.countries.get(form),
        )

    @staticmethod
    def _mapped(m: PlaceMatch, text: str, span: Span) -> PlaceMatch:
        """m with its folded offsets mapped to the original text."""
        start, end = span(m.start, m.end)
        name_start = span(m.name_start, m.end)[0]
        end = marks_end(text, end)
        return PlaceMatch(
            start, end, name_start, m.prefix, m.form, m.city, m.needs, m.cue, m.also_country
        )

    def _cue(self, text: str, words: list[_Word], i: int, size: int, prefix: str) -> Cue:
        """The strongest cue around words[i : i + size]: a city word, else a preposition."""
        c = self.cues
        before = _previous(text, words, i)
        after = (
            words[i + size] if i + size < len(words) and _joined(text, words, i + size) else None
        )
        if before is not None and self._is_city_word(before.text):
            return "city"
        if before is not None and _nisba(before.text):
            earlier = _previous(text, words, i - 1)
            if earlier is not None and self._is_city_word(earlier.text):
                return "city"
        if after is not None and after.text in c.demonyms:
            return "city"
        if self._after_seat(text, words, i):
            return "city"
        if "ب" in prefix or (before is not None and self._is_preposition(before.text)):
            return "place"
        return ""

    def _after_seat(self, text: str, words: list[_Word], i: int) -> bool:
        """True when a seat phrase ("ولاية أمن", proclitics allowed) stands right before
        words[i], its words joined by spaces."""
        for seat in self.cues.seats:
            first = i - len(seat)
            if first < 0 or not all(_joined(text, words, j) for j in range(first + 1, i + 1)):
                continue
            head = any(stem == seat[0] for _, stem in readings(words[first].text))
            if head and tuple(w.text for w in words[first + 1 : i]) == seat[1:]:
                return True
        return False

    def _is_preposition(self, word: str) -> bool:
        preps = self.cues.prepositions
        return word in preps or (word[0] in "وف" and word[1:] in preps)

    def _is_city_word(self, word: str) -> bool:
        return any(stem in self.cues.city_words for _, stem in readings(word))


def marks_end(text: str, end: int) -> int:
    """end moved past the harakat and tatweel that close the word before it."""
    # The fold drops them, so the folded span stops short of "الرياضَ"'s last fatha.
    while end < len(text) and (text[end] == "\u0640" or "\u064b" <= text[end] <= "\u065f"):
        end += 1
    return end


def _continues(text: str, words: list[_Word], i: int, rest: tuple[str, ...]) -> bool:
    """True when words i+1… are rest, each joined to the one before by spaces or a hyphen."""
    if i + len(rest) >= len(words):
        return False
    return all(
        words[i + 1 + k].text == w and _joined(text, words, i + 1 + k) for k, w in enumerate(rest)
    )


def _joined(text: str, words: list[_Word], j: int) -> bool:
    """True when only spaces or hyphens separate words[j] from the word before it."""
    # A comma, a full stop or a line break ends a name, and cuts a cue from its name.
    return j > 0 and not text[words[j - 1].end : words[j].start].strip(" \t-")


def _previous(text: str, words: list[_Word], i: int) -> _Word | None:
    """The word directly before words[i], if only spaces separate them."""
    return words[i - 1] if i > 0 and _joined(text, words, i) else None


def _nisba(word: str) -> bool:
    """A feminine nisba adjective with the article: "الاردنيه", "الاقتصاديه"."""
    return word.startswith(ARTICLE) and word.endswith("يه") and len(word) > 5


# --------------------------------------------------------------------------- loading


@cache
def gazetteer() -> Gazetteer:
    """The shipped gazetteer, read once per process."""
    french = {int(c["id"]): str(c["fr"]) for c in data_table("places_fr")["cities"]}
    homographs = data_table("place_homographs")
    needs: dict[str, Cue] = {}
    for cue in ("place", "city"):
        needs.update(dict.fromkeys(homographs.get(cue) or {}, cue))
    cues = data_table("place_cues")
    rows = _rows(french)
    words = set(homographs.get("dropped") or {}) | set(homographs.get("blocked") or {})
    variants = _final_vowel_variants(rows, words)
    # A name of several words is no prose after a preposition ("بسانتا كروث دي تينيريفي"); one
    # word needs a city word.
    needs.update({form: "place" if " " in form else "city" for form in variants})
    return Gazetteer(
        [*rows, *variants.items()],
        needs,
        {str(k): str(v) for k, v in (homographs.get("countries") or {}).items()},
        [form_key(p) for p in cues["not_places"]] + list(homographs.get("blocked") or {}),
        _Cues(
            frozenset(form_key(w) for w in cues["city_words"]),
            frozenset(form_key(w) for w in cues["prepositions"]),
            _feminine_demonyms(),
            tuple(tuple(form_key(p).split()) for p in cues["seats"]),
        ),
    )


def _rows(french: Mapping[int, str]) -> list[tuple[str, City]]:
    """The rows of data/gazetteer.tsv, as (form, city)."""
    lines = (PACKAGE / "data" / "gazetteer.tsv").read_text(encoding="utf-8").splitlines()
    body = [line.split("\t") for line in lines if line and not line.startswith("#")][1:]
    out = []
    for form, gid, country, en, pop, others, rival_pop, rival_country in body:
        fr = french.get(int(gid), en)
        city = City(int(gid), country, en, fr, int(pop), int(others), int(rival_pop), rival_country)
        out.append((form, city))
    return out


def _final_vowel_variants(rows: list[tuple[str, City]], words: set[str]) -> dict[str, City]:
    """Cities written with another final vowel letter than GeoNames gives, or with none
    ("سيراكوزا" for "سيراكوز", "تينيريفي" for "تينيريفه"), read only with a cue ("بمدينة
    سيراكوزا"). A spelling two cities would share, that is already a form, or that the
    gazetteer's tool dropped or blocked as a word (words), is left out."""
    known = {form for form, _ in rows} | words
    found: dict[str, City | None] = {}
    for form, city in rows:
        head, _, last = form.rpartition(" ")
        if len(last) < VARIANT_LENGTH:
            continue
        stem = last[:-1] if last[-1] in FINAL_VOWELS else last
        for ending in ("", *FINAL_VOWELS):
            variant = (head + " " if head else "") + stem + ending
            if variant in known:
                continue
            other = found.get(variant, city)
            found[variant] = city if other == city else None
    return {form: city for form, city in found.items() if city is not None}


def _feminine_demonyms() -> frozenset[str]:
    """The one-word feminine demonyms of data/demonyms.yaml with the article, folded."""
    out: set[str] = set()
    for entry in data_table("demonyms")["countries"].values():
        # The feminine is the masculine + ة unless the entry spells it out.
        feminine = entry.get("f") or [m + "ة" for m in entry["m"]]
        out.update(form_key(ARTICLE + f) for f in feminine if " " not in f)
    return frozenset(out)


def find(text: str) -> list[PlaceMatch]:
    """Every city name in an Arabic text (see Gazetteer.find)."""
    return gazetteer().find(text)
