"""The shipped translation memory covers every seed sentence, faithfully and in house style."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from babel.dates import get_month_names

from briefer.documents import Article
from briefer.glossary.qa import accepted_forms, person_titles, rendered_form
from briefer.ingest import load_rules, read_articles

if TYPE_CHECKING:
    from briefer.glossary.entries import Rendering
    from briefer.glossary.match import Glossary

ROOT = Path(__file__).resolve().parents[1]
TM_DIR = ROOT / "tm"
LANGS = ("en", "fr")
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
NBSP, NNBSP = "\u00a0", "\u202f"
# Month names as the Arabic press writes them: Mashriq, Maghreb (Morocco, Algeria/Tunisia),
# Levant. Babel's CLDR data is the word list, so no month name is typed here.
ARABIC_MONTH_LOCALES = ("ar", "ar_MA", "ar_DZ", "ar_LB")


@dataclass(frozen=True)
class Unit:
    """One <tu> of the memory: where it is, what it claims to align, and its segments."""

    file: str
    tuid: str
    article: str
    sentence: str
    segs: dict[str, str]


@cache
def seeds() -> tuple[Article, ...]:
    """The seed articles as briefer segments them."""
    result = read_articles(ROOT / "seeds", load_rules())
    assert not result.failures, result.failures
    return tuple(result.articles)


@cache
def units() -> tuple[Unit, ...]:
    """Every translation unit of every TMX file under tm/."""
    found = []
    for path in sorted(TM_DIR.glob("*.tmx")):
        root = ET.parse(path).getroot()
        for tu in root.iter("tu"):
            props = {p.get("type"): p.text or "" for p in tu.findall("prop")}
            segs = {tuv.get(XML_LANG, ""): tuv.findtext("seg") or "" for tuv in tu.findall("tuv")}
            found.append(
                Unit(
                    file=path.name,
                    tuid=tu.get("tuid", ""),
                    article=props.get("x-briefer-article", ""),
                    sentence=props.get("x-briefer-sentence", ""),
                    segs=segs,
                )
            )
    return tuple(found)


@cache
def memory() -> dict[str, Unit]:
    """Units keyed by their exact Arabic source text."""
    return {u.segs["ar"]: u for u in units()}


def seed_units() -> list[tuple[Article, int, Unit]]:
    """Each translated seed sentence with its unit, in reading order (gaps: see coverage test)."""
    table = memory()
    return [(a, s.index, table[s.text]) for a in seeds() for s in a.sentences if s.text in table]


def test_memory_files_are_tmx_14_from_arabic() -> None:
    paths = sorted(TM_DIR.glob("*.tmx"))
    assert paths, "no TMX file under tm/"
    for path in paths:
        root = ET.parse(path).getroot()
        assert root.tag == "tmx" and root.get("version") == "1.4", path
        header = root.find("header")
        assert header is not None, path
        assert header.get("srclang") == "ar" and header.get("segtype") == "sentence", path
        assert header.get("datatype") == "plaintext", path


def test_every_seed_sentence_has_an_approved_translation_in_both_languages() -> None:
    table = memory()
    missing = [
        f"{a.id}#{s.index} {lang}: {s.text}"
        for a in seeds()
        for s in a.sentences
        for lang in LANGS
        if s.text not in table or not table[s.text].segs.get(lang, "").strip()
    ]
    assert not missing, "seed sentences without an approved translation:\n" + "\n".join(missing)


def test_no_orphan_units() -> None:
    sentences = {s.text for a in seeds() for s in a.sentences}
    orphans = [
        f"{u.file} {u.tuid}: {u.segs.get('ar')}"
        for u in units()
        if u.segs.get("ar") not in sentences
    ]
    assert not orphans, "units whose Arabic is no seed sentence:\n" + "\n".join(orphans)


def test_each_sentence_is_translated_once() -> None:
    counts = Counter(u.segs.get("ar") for u in units())
    assert [text for text, n in counts.items() if n > 1] == []


def test_unit_ids_and_props_name_the_sentence_they_translate() -> None:
    for article, index, unit in seed_units():
        assert unit.tuid == f"{article.id}#{index}"
        assert (unit.article, unit.sentence) == (article.id, str(index))


def test_segments_are_clean_single_sentences() -> None:
    for _, _, unit in seed_units():
        for lang in LANGS:
            seg = unit.segs[lang]
            assert seg == seg.strip() and "  " not in seg and "\n" not in seg, (unit.tuid, lang)


def test_numbers_of_the_source_survive_in_both_languages() -> None:
    for _, _, unit in seed_units():
        for number in re.findall(r"\d+", unit.segs["ar"]):
            for lang in LANGS:
                assert re.search(rf"(?<!\d){number}(?!\d)", unit.segs[lang]), (
                    unit.tuid,
                    lang,
                    number,
                )


def test_quotations_keep_their_marks_in_each_language_style() -> None:
    for _, _, unit in seed_units():
        en, fr = unit.segs["en"], unit.segs["fr"]
        assert '"' not in en + fr, unit.tuid
        assert "«" not in en and "“" not in fr, unit.tuid
        assert en.count("“") == en.count("”"), unit.tuid
        assert fr.count("«") == fr.count("»"), unit.tuid
        # The same quotations are kept in both languages.
        assert en.count("“") == fr.count("«"), unit.tuid
        if '"' not in unit.segs["ar"]:
            assert en.count("“") == 0, unit.tuid


def test_french_typography() -> None:
    for _, _, unit in seed_units():
        fr = unit.segs["fr"]
        for match in re.finditer(r"(?<![\u00a0\u202f])[;:!?]", fr):
            pytest.fail(f"{unit.tuid}: no non-breaking space before {match.group()!r}: {fr}")
        for match in re.finditer(r"«(?![\u00a0\u202f])|(?<![\u00a0\u202f])»", fr):
            pytest.fail(f"{unit.tuid}: no non-breaking space inside {match.group()!r}: {fr}")
        # French print uses the typographic apostrophe, as the glossary does ("l’Intérieur").
        assert "'" not in fr, f"{unit.tuid}: straight apostrophe in {fr}"


def test_english_has_no_french_spacing() -> None:
    for _, _, unit in seed_units():
        en = unit.segs["en"]
        assert NBSP not in en and NNBSP not in en, unit.tuid
        assert not re.search(r"\s[;:!?]", en), unit.tuid


def month_lookup() -> dict[str, int]:
    """Arabic month name (every regional series) -> month number."""
    table: dict[str, int] = {}
    for locale in ARABIC_MONTH_LOCALES:
        for number, name in get_month_names("wide", locale=locale).items():
            table[name] = number
    return table


def month_names(lang: str) -> dict[int, str]:
    """Month number -> wide month name in lang."""
    return dict(get_month_names("wide", locale=lang).items())


def month_pattern() -> str:
    """A regex alternation of every Arabic month name, longest first."""
    return "|".join(sorted(map(re.escape, month_lookup()), key=len, reverse=True))


def test_months_are_rendered_in_each_language() -> None:
    arabic, pattern = month_lookup(), month_pattern()
    seen = 0
    for _, _, unit in seed_units():
        for name in re.findall(rf"(?<![^\s\dب/])({pattern})(?!\w)", unit.segs["ar"]):
            seen += 1
            for lang in LANGS:
                assert month_names(lang)[arabic[name]] in unit.segs[lang], (unit.tuid, lang, name)
    assert seen >= 6


# How each language writes a day range in running text: "18–20 September" in English,
# "du 18 au 20 septembre" in French (docs/house-style.md).
DAY_RANGE = {"en": "{first}–{last} {month}", "fr": "du {first} au {last} {month}"}


def test_day_ranges_are_written_in_each_language_convention() -> None:
    arabic, pattern = month_lookup(), month_pattern()
    day_range = re.compile(
        rf"(?:من|بين)\s+(\d{{1,2}})\s+(?:إلى|و)\s*(\d{{1,2}})\s+({pattern})"
        r"(?:\s*/\s*\S+)?(?:\s+(\d{4}))?"
    )
    seen = 0
    for _, _, unit in seed_units():
        for first, last, month, year in day_range.findall(unit.segs["ar"]):
            seen += 1
            for lang in LANGS:
                name = month_names(lang)[arabic[month]]
                expected = DAY_RANGE[lang].format(first=first, last=last, month=name)
                expected += f" {year}" if year else ""
                assert expected in unit.segs[lang], (unit.tuid, lang, expected)
    assert seen >= 5


def test_english_dates_are_day_month_and_number_ranges_use_an_en_dash() -> None:
    months = "|".join(month_names("en").values())
    for _, _, unit in seed_units():
        en = unit.segs["en"]
        assert not re.search(rf"\b(?:{months}) \d{{1,2}}\b", en), (unit.tuid, en)
        assert not re.search(r"\d\s*-\s*\d", unit.segs["en"] + unit.segs["fr"]), unit.tuid


def glossary() -> Glossary:
    """The project glossary, through its public loader."""
    from briefer.glossary.load import load

    return load(ROOT / "glossary")


def test_translations_carry_the_glossary_rendering_of_every_term() -> None:
    terms = glossary()
    problems, checked = [], 0
    for article in seeds():
        titles = {lang: person_titles(terms, article, lang) for lang in LANGS}
        for sentence in article.sentences:
            unit = memory().get(sentence.text)
            if unit is None:
                continue
            for match in terms.match(sentence.text):
                checked += 1
                written = sentence.text[match.term_start : match.end]
                for lang in LANGS:
                    segment = unit.segs[lang]
                    if rendered_form(segment, terms, match.entry, lang, titles[lang], written):
                        continue
                    forms = accepted_forms(terms, match.entry, lang, titles[lang])
                    problems.append(
                        f"{unit.tuid} {lang}: {match.entry.id} ({written}) wants one of {forms}"
                    )
    assert not problems, "translations missing glossary renderings:\n" + "\n".join(problems)
    assert checked >= 150, f"only {checked} glossary terms found in the seeds"


def spelt_out(text: str, rendering: Rendering) -> bool:
    """True when text gives the full form with the acronym right after it ("… (DGSN)")."""
    full, acronym = rendering.full, rendering.acronym or ""
    variants = (full, full[:1].swapcase() + full[1:])
    return any(re.search(re.escape(v) + r"\W{1,4}" + re.escape(acronym), text) for v in variants)


def test_acronymed_names_are_spelt_out_on_first_mention_in_each_article() -> None:
    terms = glossary()
    problems, checked = [], 0
    for article in seeds():
        seen: set[str] = set()
        for sentence in article.sentences:
            unit = memory().get(sentence.text)
            matches = terms.match(sentence.text)
            for match in matches:
                if unit is None or match.entry.id in seen:
                    continue
                for lang in LANGS:
                    rendering = match.entry.rendering(lang)
                    if not rendering.acronym or rendering.acronym == rendering.full:
                        continue
                    checked += 1
                    if not spelt_out(unit.segs[lang], rendering):
                        problems.append(
                            f"{unit.tuid} {lang}: first mention of {match.entry.id} "
                            f"in {article.id} should read {rendering.first_mention!r}"
                        )
            seen.update(match.entry.id for match in matches)
    assert not problems, "\n".join(problems)
    assert checked >= 20, f"only {checked} first mentions of acronymed names checked"


def test_the_engine_uses_the_memory_as_written_and_its_qa_passes_every_seed_term() -> None:
    from briefer.documents import Origin, TermStatus
    from briefer.translate import memory as memory_mod
    from briefer.translate.engine import translate_articles
    from briefer.translate.settings import Settings

    terms, tm = glossary(), memory_mod.load(ROOT / "tm")
    out = translate_articles(seeds(), LANGS, terms, tm, Settings())
    checks = 0
    for (article_id, lang), translation in out.items():
        for sentence in translation.sentences:
            assert sentence.origin is Origin.MEMORY
            assert sentence.target == tm.exact(sentence.source, lang)
        failed = [t for t in translation.terms if t.status is not TermStatus.APPLIED]
        assert failed == [], f"{article_id} {lang}: {failed}"
        checks += len(translation.terms)
    assert checks >= 500
