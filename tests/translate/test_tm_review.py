"""The memory against the review: titles, French dates, typography and forbidden wordings.

Each check is a function from translation units (and the glossary) to a list of problems, so
it runs on any TMX file; the tests assert that the shipped memory has none. To see a check
catch what it is for, point it at another memory:

    BRIEFER_TM_UNDER_REVIEW=old.tmx PYTHONPATH=src python -m pytest tests/test_tm_review.py

The wordings the checks rule out are data: tests/data/tm/forbidden.yaml and titles.yaml;
docs/house-style.md says why.
"""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from babel.dates import get_month_names

from briefer.glossary.entries import CLDR_FILE, Entry
from briefer.glossary.load import load
from briefer.glossary.match import Glossary

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "tm"
LANGS = ("en", "fr")
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
APOSTROPHES = str.maketrans({"’": "'"})


@dataclass(frozen=True)
class Unit:
    """One <tu>: its id and its segments by language."""

    tuid: str
    segs: dict[str, str]


def read_units(path: Path) -> tuple[Unit, ...]:
    """Every unit of a TMX file, or of every *.tmx file of a directory."""
    files = sorted(path.glob("*.tmx")) if path.is_dir() else [path]
    found = []
    for file in files:
        for tu in ET.parse(file).getroot().iter("tu"):
            segs = {tuv.get(XML_LANG, ""): tuv.findtext("seg") or "" for tuv in tu.findall("tuv")}
            found.append(Unit(tu.get("tuid", ""), segs))
    return tuple(found)


@cache
def under_review() -> tuple[Unit, ...]:
    """The shipped memory, or the one named by BRIEFER_TM_UNDER_REVIEW."""
    return read_units(Path(os.environ.get("BRIEFER_TM_UNDER_REVIEW") or ROOT / "tm"))


@cache
def glossary() -> Glossary:
    return load(ROOT / "glossary")


@cache
def data(name: str) -> Any:
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))


def plain(text: str) -> str:
    """Apostrophes unified, for comparing wordings whatever their typography."""
    return text.translate(APOSTROPHES)


# --------------------------------------------------------------------------- (a) titles

WORD = re.compile(r"\w+'|[\w.]+(?:-[\w.]+)*")


@dataclass(frozen=True)
class TitleWords:
    """What marks a title, and what stands around one, in one language."""

    roles: frozenset[str]
    honorifics: tuple[str, ...]
    articles: frozenset[str]
    prepositions: frozenset[str]
    conjunctions: frozenset[str]


@cache
def title_words(terms: Glossary, lang: str) -> TitleWords:
    """titles.yaml, plus the glossary's posts (roles) and ranks (roles without an article)."""
    spec = data("titles.yaml")
    roles = {w.casefold() for w in spec["role_words"][lang]}
    honorifics = list(spec["honorifics"][lang])
    for role in terms.by_kind("role"):
        rendering = role.rendering(lang)
        if rendering.article:
            roles.add(plain(rendering.full).split()[0].casefold())
        else:
            honorifics += [rendering.full] + [
                f"{a} {rendering.full}" for a in spec["articles"][lang]
            ]
    return TitleWords(
        frozenset(roles),
        tuple(sorted(honorifics, key=len, reverse=True)),
        frozenset(spec["articles"][lang]),
        frozenset(spec["prepositions"][lang]),
        frozenset(spec["conjunctions"][lang]),
    )


def without_brackets(text: str) -> str:
    return re.sub(r"\s*\([^()]*\)", "", text)


def canonical(text: str, entry: Entry, lang: str, words: TitleWords, terms: Glossary) -> str:
    """A title as words to compare: no brackets, articles, demonym or country possessive."""
    text = plain(without_brackets(text))
    country = terms.country(entry.country).rendering(lang).full if entry.country else ""
    if country:
        text = re.sub(rf"\b{re.escape(plain(country))}'s\b", "", text)
    tokens = [w.casefold() for w in WORD.findall(text)]
    while tokens and tokens[0] in words.articles:
        tokens = tokens[1:]
    return " ".join(t for t in tokens if t not in demonyms(terms, entry.country, lang))


@cache
def demonyms(terms: Glossary, country: str | None, lang: str) -> frozenset[str]:
    """The adjectives of a country in lang, every gender ("turc", "turque", "turkish")."""
    forms = set()
    for entry in terms.by_kind("demonym"):
        if country and entry.country == country:
            rendering = entry.rendering(lang)
            forms |= {f.casefold() for f in (rendering.full, rendering.feminine) if f}
    return frozenset(forms)


def title_variants(entry: Entry, lang: str, words: TitleWords, terms: Glossary) -> set[str]:
    """Each glossary title of a person as written in full, without "of Türkiye" when the
    sentence names the country otherwise, and cut at "and" when only its first part is
    named ("Director General of National Security" of the DGSN-DGST's head)."""
    out = set()
    country = terms.country(entry.country).rendering(lang).full if entry.country else None
    for title in entry.titles:
        text = plain(title.en if lang == "en" else title.fr)
        forms = {text}
        if country:
            tail = r"\s+(?:of(?: the)?|de(?: la| l')?|du|des|d')\s*" + re.escape(plain(country))
            forms.add(re.sub(tail + "$", "", text))
        for form in list(forms):
            forms.add(re.split(r"\s(?:and|et)\s", form)[0])
        out |= {canonical(f, entry, lang, words, terms) for f in forms}
    return out


def is_title(phrase: str, words: TitleWords) -> bool:
    """A role word stands before the phrase's first preposition."""
    head = []
    for token in WORD.findall(plain(without_brackets(phrase))):
        if token.casefold() in words.prepositions:
            break
        head.append(token.casefold())
    return any(t in words.roles for t in head)


def split_top(text: str, delimiters: str) -> list[tuple[int, int]]:
    """Spans of text between delimiters that stand outside brackets."""
    spans, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if depth == 0 and ch in delimiters:
            spans.append((start, i))
            start = i + 1
    spans.append((start, len(text)))
    return spans


def title_after(segment: str, end: int, words: TitleWords) -> str | None:
    """The phrase after "NAME,", up to the next comma outside brackets ("…, Director …,")."""
    rest = segment[end:]
    if not rest.startswith(","):
        return None
    first, last = split_top(rest[1:], ",;:.")[0]
    phrase = rest[1:][first:last].strip()
    if phrase.split(" ", 1)[0].casefold() in words.conjunctions:
        return None  # the next item of a list
    return phrase


def title_before(segment: str, start: int, lang: str, words: TitleWords) -> str | None:
    """The phrase before ", [Dr] NAME", from its first role word to the comma."""
    before = segment[:start].rstrip()
    stripped = True
    while stripped:
        stripped = False
        for honorific in words.honorifics:
            if before.endswith(honorific) and (
                len(before) == len(honorific) or not before[-len(honorific) - 1].isalnum()
            ):
                before, stripped = before[: -len(honorific)].rstrip(), True
                break
    if not before.endswith(","):
        return None
    chunk = segment[: len(before) - 1]
    begin = split_top(chunk, ",;:«“")[-1][0]
    tokens = list(WORD.finditer(plain(chunk), begin))
    first = next((i for i, t in enumerate(tokens) if t.group().casefold() in words.roles), None)
    if first is None:
        return None
    if lang == "en":  # "the Turkish Deputy Minister", "the UN Police Adviser"
        while first > 0 and tokens[first - 1].group()[:1].isupper():
            first -= 1
    return chunk[tokens[first].start() :].strip()


def name_spans(segment: str, entry: Entry, lang: str) -> Iterator[tuple[int, int]]:
    """Where the person's full name, or his short name alone, stands in the segment."""
    rendering = entry.rendering(lang)
    taken: list[tuple[int, int]] = []
    for name in dict.fromkeys(n for n in (rendering.full, rendering.short) if n):
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", segment):
            if not any(s <= m.start() < e for s, e in taken):
                taken.append(m.span())
                yield m.span()


@dataclass(frozen=True)
class TitleCheck:
    problems: list[str]
    checked: int


def title_problems(units: Sequence[Unit], terms: Glossary) -> TitleCheck:
    """Every title given to a glossary person named in the Arabic must be his glossary title.

    A title is a phrase set off by a comma right before or after the person's name ("the
    President of INTERPOL, Dr Ahmed Naser Al-Raisi", "Mahmut Demirtaş, Director General of
    Security (…)") whose head holds a role word; bracketed additions, articles and the
    person's demonym are ignored. A title run into the name without a comma is not checked.
    """
    problems, checked = [], 0
    for unit in units:
        people = {m.entry.id: m.entry for m in terms.match(unit.segs.get("ar", ""))}
        for entry in people.values():
            if entry.kind != "person" or not entry.titles:
                continue
            for lang in LANGS:
                words, segment = title_words(terms, lang), unit.segs.get(lang, "")
                allowed = title_variants(entry, lang, words, terms)
                for start, end in name_spans(segment, entry, lang):
                    for phrase in (
                        title_before(segment, start, lang, words),
                        title_after(segment, end, words),
                    ):
                        if phrase is None or not is_title(phrase, words):
                            continue
                        checked += 1
                        if canonical(phrase, entry, lang, words, terms) not in allowed:
                            titles = [t.en if lang == "en" else t.fr for t in entry.titles]
                            problems.append(
                                f"{unit.tuid} {lang}: {entry.id} is called “{phrase}”, "
                                f"not his glossary title {titles}"
                            )
    return TitleCheck(problems, checked)


def test_people_keep_their_glossary_titles() -> None:
    result = title_problems(under_review(), glossary())
    assert not result.problems, "titles that contradict the glossary:\n" + "\n".join(
        result.problems
    )
    assert result.checked >= 15, f"only {result.checked} titles next to names found"


# --------------------------------------------------------------------------- (b) dates


def french_range_problems(units: Sequence[Unit]) -> list[str]:
    """French running text writes "du 18 au 20 septembre", never "(les) 18–20 septembre"."""
    months = "|".join(get_month_names("wide", locale="fr").values())
    pattern = re.compile(rf"(?:\b(?:les|des)\s+)?\b\d{{1,2}}\s*[–—-]\s*\d{{1,2}}\s+(?:{months})\b")
    return [
        f"{unit.tuid} fr: “{m.group()}” → “du … au …”"
        for unit in units
        for m in pattern.finditer(unit.segs.get("fr", ""))
    ]


def test_french_day_ranges_read_du_au() -> None:
    problems = french_range_problems(under_review())
    assert not problems, "French day ranges:\n" + "\n".join(problems)


# --------------------------------------------------------------------------- (c) typography


def typography_problems(texts: Sequence[tuple[str, str, str]]) -> list[str]:
    """(where, lang, text): ’ in French and English, and “…” quotes, never ' or "."""
    problems = []
    for where, lang, text in texts:
        if "'" in text:
            problems.append(f"{where} {lang}: straight apostrophe in “{text}”")
        if lang == "en" and '"' in text:
            problems.append(f"{where} en: straight quotation mark in “{text}”")
        if lang == "en" and text.count("“") != text.count("”"):
            problems.append(f"{where} en: unbalanced quotation marks in “{text}”")
    return problems


def unit_texts(units: Sequence[Unit]) -> list[tuple[str, str, str]]:
    return [(u.tuid, lang, u.segs.get(lang, "")) for u in units for lang in LANGS]


def own_entries(terms: Glossary) -> list[Entry]:
    """The entries of the glossary files, not the countries CLDR alone supplies."""
    return [e for e in terms.entries.values() if e.file != CLDR_FILE]


def glossary_texts(terms: Glossary) -> list[tuple[str, str, str]]:
    """Every rendering and title of the glossary files, as (entry id, lang, text)."""
    out = []
    for entry in own_entries(terms):
        for lang in LANGS:
            rendering = entry.rendering(lang)
            forms = (rendering.full, rendering.short, rendering.acronym, rendering.feminine)
            titles = [t.en if lang == "en" else t.fr for t in entry.titles]
            out += [(entry.id, lang, text) for text in (*forms, *titles) if text]
    return out


def test_apostrophes_and_quotes_are_typographic_in_the_memory() -> None:
    problems = typography_problems(unit_texts(under_review()))
    assert not problems, "\n".join(problems)


def test_apostrophes_and_quotes_are_typographic_in_the_glossary() -> None:
    problems = typography_problems(glossary_texts(glossary()))
    assert not problems, "\n".join(problems)


# --------------------------------------------------------------------------- (d) wordings


@dataclass(frozen=True)
class Rule:
    """One forbidden wording of forbidden.yaml."""

    lang: str
    regex: re.Pattern[str]
    prefer: str
    why: str
    when_arabic: str | None

    @classmethod
    def read(cls, item: dict[str, Any]) -> Rule:
        if "text" in item:
            source = rf"(?<!\w){re.escape(plain(item['text']))}(?!\w)"
        else:
            source = plain(item["pattern"])
        flags = 0 if item.get("case") else re.IGNORECASE
        return cls(
            item["lang"],
            re.compile(source, flags),
            item["prefer"],
            item["why"],
            item.get("when_arabic"),
        )


@cache
def rules() -> tuple[Rule, ...]:
    return tuple(Rule.read(item) for item in data("forbidden.yaml"))


def wording_problems(texts: Sequence[tuple[str, str, str, str]]) -> list[str]:
    """(where, lang, text, arabic): each forbidden wording found, with the one to use."""
    problems = []
    for where, lang, text, arabic in texts:
        for rule in rules():
            if rule.lang != lang or (rule.when_arabic and rule.when_arabic not in arabic):
                continue
            for m in rule.regex.finditer(plain(text)):
                problems.append(f"{where} {lang}: “{m.group()}” → “{rule.prefer}” ({rule.why})")
    return problems


def test_the_forbidden_wordings_are_data_with_their_replacement() -> None:
    assert len(rules()) >= 20
    assert all(rule.prefer and rule.why and rule.lang in LANGS for rule in rules())


def test_no_forbidden_wording_in_the_memory() -> None:
    units = under_review()
    texts = [
        (u.tuid, lang, u.segs.get(lang, ""), u.segs.get("ar", "")) for u in units for lang in LANGS
    ]
    problems = wording_problems(texts)
    assert not problems, "forbidden wordings:\n" + "\n".join(problems)


def test_no_forbidden_wording_in_the_glossary() -> None:
    texts = [(where, lang, text, "") for where, lang, text in glossary_texts(glossary())]
    problems = wording_problems(texts)
    assert not problems, "forbidden wordings in the glossary:\n" + "\n".join(problems)
