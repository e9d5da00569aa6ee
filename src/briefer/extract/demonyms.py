"""Demonyms: the Arabic nisba adjectives of every country, found in text and rendered.

Data: data/demonyms.yaml. Each masculine form there yields its feminine and sound plurals;
every form is matched bare and with the article, behind the usual proclitics, and indexed by
its first folded word (see data/demonyms.yaml for how to read the homographs).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from briefer.arabic.lexicon import folded
from briefer.resources import data_table, home_country

Gender = Literal["m", "f"]
Number = Literal["sg", "pl"]
WORD = re.compile(r"\w+")
ARTICLE = "ال"
CONJUNCTIONS = ("", "و", "ف")
PREPOSITIONS = ("", "ب", "ل", "ك")
MIN_STEM = 2
# Sound suffixes of a nisba ending in ي: (suffix, gender, number).
SUFFIXES: tuple[tuple[str, Gender, Number], ...] = (
    ("", "m", "sg"),
    ("ة", "f", "sg"),
    ("ين", "m", "pl"),
    ("ون", "m", "pl"),
    ("ات", "f", "pl"),
)


@dataclass(frozen=True)
class Demonym:
    """What one folded form means: whose demonym, in which gender and number."""

    countries: tuple[str, ...]
    """ISO codes, the usual reading first ("كونغولي": CD, then CG)."""
    gender: Gender
    number: Number
    definite: bool


@dataclass(frozen=True)
class DemonymMatch:
    """A demonym found in a text; offsets are into the text given to find()."""

    start: int
    """Start of the span, proclitics included."""
    end: int
    name_start: int
    """Where the demonym proper (article included) starts, after the proclitics."""
    prefix: str
    form: str
    """The folded form that matched, article included: "الهولنديه"."""
    demonym: Demonym
    also_country: str | None
    """The country this very form also names ("السعودية": SA), if any."""

    @property
    def country(self) -> str:
        """The ISO code of the usual reading."""
        return self.demonym.countries[0]

    @property
    def gender(self) -> Gender:
        """ "m" or "f"."""
        return self.demonym.gender

    @property
    def number(self) -> Number:
        """ "sg" or "pl"."""
        return self.demonym.number


def form_key(text: str) -> str:
    """A form folded as the index keys it: words joined by one space."""
    return " ".join(folded(text).text.split())


def inflect(form: str, suffix: str) -> str:
    """The form with suffix on every word that is a nisba (ends in ي)."""
    return " ".join(w + suffix if w.endswith("ي") else w for w in form.split())


def definite(form: str) -> str:
    """The form with the article: on the first word, and on later nisbas after a nisba."""
    words = form.split()
    nisba = words[0].endswith(("ي", "ية", "يين", "يون", "يات"))
    head = [ARTICLE + words[0]]
    return " ".join(head + [ARTICLE + w if nisba else w for w in words[1:]])


def variants(entry: dict[str, Any]) -> Iterator[tuple[str, Gender, Number]]:
    """Every bare form of one country's entry, with its gender and number."""
    for m in entry["m"]:
        for suffix, gender, number in SUFFIXES:
            if suffix == "ة" and "f" in entry:
                continue
            yield inflect(m, suffix), gender, number
    for f in entry.get("f", ()):
        yield f, "f", "sg"
    for plural in entry.get("pl", ()):
        yield plural, "m", "pl"


def readings(word: str) -> list[tuple[str, str]]:
    """(proclitics, stem) splits of a folded word, no proclitics first; "لل" gives "ال"."""
    out = []
    for conj in CONJUNCTIONS:
        for prep in PREPOSITIONS:
            prefix = conj + prep
            if word.startswith(prefix) and len(word) - len(prefix) >= MIN_STEM:
                out.append((prefix, word[len(prefix) :]))
        fused = conj + "لل"
        # "ل" + "ال" is written "لل": "للشرطة" is "ل" + "الشرطة".
        if word.startswith(fused) and len(word) - len(fused) >= MIN_STEM:
            out.append((fused, ARTICLE + word[len(fused) :]))
    return sorted(out, key=lambda r: len(r[0]))


class Demonyms:
    """Every demonym form, indexed by its first folded word, and the renderings."""

    def __init__(
        self,
        table: dict[str, Any],
        also_countries: dict[str, str],
        name_particles: Sequence[str] = (),
        common_words: Sequence[str] = (),
        nationality_heads: Sequence[str] = (),
    ):
        self.table = table
        self.also_countries = {form_key(k): v for k, v in also_countries.items()}
        self.name_particles = frozenset(form_key(p) for p in name_particles)
        self.common = self._inflected(frozenset(form_key(w) for w in common_words))
        self.nationality_heads = frozenset(form_key(h) for h in nationality_heads)
        self.forms: dict[str, Demonym] = {}
        for key, demonym in self._entries():
            known = self.forms.get(key)
            if known is not None:
                demonym = Demonym(
                    known.countries + demonym.countries, known.gender, known.number, known.definite
                )
            self.forms[key] = demonym
        self._index: dict[str, list[tuple[str, ...]]] = {}
        for key in self.forms:
            words = key.split()
            self._index.setdefault(words[0], []).append(tuple(words[1:]))
        for rests in self._index.values():
            rests.sort(key=lambda r: -len(r))

    def _entries(self) -> Iterator[tuple[str, Demonym]]:
        """(folded form, meaning) for every form of every country, in file order."""
        for code, entry in self.table.items():
            seen: set[str] = set()
            for form, gender, number in variants(entry):
                for text, det in ((form, False), (definite(form), True)):
                    key = form_key(text)
                    if key not in seen:
                        seen.add(key)
                        yield key, Demonym((code,), gender, number, det)

    def _inflected(self, words: frozenset[str]) -> frozenset[str]:
        """Every form of these nisbas but the bare one ("الماليه", "ماليون", not "مالي")."""
        out: set[str] = set()
        for entry in self.table.values():
            if not words & {form_key(m) for m in entry["m"]}:
                continue
            for form, _, _ in variants(entry):
                out.update({form_key(form), form_key(definite(form))})
        return frozenset(out - words)

    def sharing(self, code: str) -> frozenset[str]:
        """The countries whose demonym is written like this one's ("كونغولي": CD and CG)."""
        return frozenset(c for d in self.forms.values() if code in d.countries for c in d.countries)

    def adjective(self, code: str, lang: str, gender: Gender = "m") -> str:
        """The adjective of a country in "en" or "fr" ("fr" agrees with gender)."""
        entry = self.table[code]
        if lang == "en":
            return str(entry["en"])
        if lang == "fr":
            return str(entry["fr"][0 if gender == "m" else 1])
        raise KeyError(f"no demonyms in {lang!r}; there are en and fr")

    def find(self, text: str) -> list[DemonymMatch]:
        """Every demonym in text: whole words, longest first, not overlapping."""
        mapped = folded(text)
        words = [(m.group(), m.start(), m.end()) for m in WORD.finditer(mapped.text)]
        found = []
        i = 0
        while i < len(words):
            hit = self._match(mapped.text, words, i)
            if hit is None:
                i += 1
                continue
            prefix, key = hit
            size = len(key.split())
            if not prefix and i and words[i - 1][0] in self.name_particles:
                i += size  # "أم التونسي": part of a name
                continue
            if key in self.common and not (i and self._nationality_head(words[i - 1][0])):
                i += size  # "التحقيقات المالية": financial, not Malian
                continue
            start, end = mapped.source_span(words[i][1], words[i + size - 1][2])
            end = marks_end(text, end)
            skip = len(prefix) - 1 if prefix.endswith("لل") else len(prefix)
            name_start = mapped.source_span(words[i][1] + skip, words[i][2])[0]
            demonym = self.forms[key]
            bare = key[len(ARTICLE) :] if demonym.definite else key
            country = self.also_countries.get(key) or self.also_countries.get(bare)
            found.append(DemonymMatch(start, end, name_start, prefix, key, demonym, country))
            i += size
        return found

    def _nationality_head(self, word: str) -> bool:
        """A head after which a nisba is a nationality, proclitics allowed ("بنظرائه")."""
        return any(stem in self.nationality_heads for _, stem in readings(word))

    def _match(
        self, text: str, words: list[tuple[str, int, int]], i: int
    ) -> tuple[str, str] | None:
        """(proclitics, folded form) of the longest demonym at words[i], if any."""
        best: tuple[str, str] | None = None
        best_size = 0
        for prefix, stem in readings(words[i][0]):
            for rest in self._index.get(stem, ()):
                if 1 + len(rest) <= best_size:
                    break
                if _continues(text, words, i, rest):
                    best, best_size = (prefix, " ".join((stem, *rest))), 1 + len(rest)
                    break
        return best


def marks_end(text: str, end: int) -> int:
    """end moved past the harakat and tatweel that close the word before it."""
    # The fold drops them, so the folded span stops short of "التركيَّ"'s last fatha.
    while end < len(text) and (text[end] == "\u0640" or "\u064b" <= text[end] <= "\u065f"):
        end += 1
    return end


def _continues(text: str, words: list[tuple[str, int, int]], i: int, rest: tuple[str, ...]) -> bool:
    """True when words i+1… are rest, each after only spaces."""
    if i + len(rest) >= len(words):
        return False
    for k, w in enumerate(rest, start=1):
        if words[i + k][0] != w or text[words[i + k - 1][2] : words[i + k][1]].strip(" \t"):
            return False
    return True


@cache
def demonyms() -> Demonyms:
    """The shipped demonyms, read once per process."""
    data = data_table("demonyms")
    return Demonyms(
        data["countries"],
        data.get("also_countries") or {},
        data.get("name_particles") or (),
        data.get("common_words") or (),
        data.get("nationality_heads") or (),
    )


PROCLITICS = re.compile(r"[وف]?[بل]?")
"""What may lead a noun: "و" or "ف", then "ب" or "ل"."""


def adjective_not_country(text: str, start: int, end: int) -> bool:
    """ "بغلاف مالي": the bare common word at text[start:end], right after a noun it qualifies
    (data/demonyms.yaml adjective_after), is an adjective ("financial"), not the country."""
    nouns = _adjective_after().get(form_key(text[start:end]))
    before = re.search(r"(\w+)\s+$", text[:start])
    if not nouns or before is None:
        return False
    word = form_key(before.group(1))
    # "بغلاف", "ودعم": the noun behind its proclitics, not a longer word ending like it.
    return any(PROCLITICS.fullmatch(word.removesuffix(n)) for n in nouns if word.endswith(n))


@cache
def _adjective_after() -> dict[str, frozenset[str]]:
    table = data_table("demonyms").get("adjective_after") or {}
    return {form_key(k): frozenset(form_key(str(n)) for n in v) for k, v in table.items()}


def find(text: str) -> list[DemonymMatch]:
    """Every demonym in an Arabic text (see Demonyms.find)."""
    return demonyms().find(text)


def adjective(code: str, lang: str, gender: Gender = "m") -> str:
    """A country's adjective: adjective("NL", "fr", "f") is "néerlandaise"."""
    return demonyms().adjective(code, lang, gender)


def in_host(code: str | None, host: str | None) -> str | None:
    """A country read from a demonym two countries share, as the host when the host is the
    other: "الكونغولي" in Brazzaville is of the Republic of the Congo."""
    if code is None or host is None or code == host:
        return code
    return host if host in demonyms().sharing(code) else code


def shared_side(host: str | None, named: Iterable[str]) -> str | None:
    """The country a demonym two countries share ("الكونغولية") stands for: the host abroad; at
    home, the first of named (the countries the article names by name) that shares its
    demonym: "المدير العام للشرطة بجمهورية الكونغو" then "الشرطة الكونغولية" is Brazzaville's."""
    if host not in (None, home_country()):
        return host
    return next((c for c in named if len(demonyms().sharing(c)) > 1), host)
