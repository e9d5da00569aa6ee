"""TBX and CSV exchange, for any valid entry: importing what was exported gives back the same
entry (Arabic forms, both renderings, titles with their dates, note, source, review), and the
file it belongs to."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from hypothesis import assume, given
from hypothesis import strategies as st

from briefer.glossary.entries import Entry, Problem
from briefer.glossary.formats import EXPORTERS, PARSERS
from briefer.glossary.match import Glossary
from briefer.glossary.validate import RawEntry, build_entry
from support import PROPERTIES

ARABIC = "".join(chr(c) for c in range(0x0621, 0x064B) if chr(c) != "\u0640")
ODD = "&<>\"'=+-@\u0301\U0001f600 \r\n\t"
"""Markup, quotes, a spreadsheet's formula starts, a combining mark, an astral character, line
ends and a tab."""
characters = st.characters(exclude_categories=("Cs", "Cc", "Cn", "Zl", "Zp")) | st.sampled_from(ODD)
text = st.text(characters, min_size=1, max_size=20).filter(lambda t: t.strip() == t != "")
"""Names and notes: both formats strip a term's ends, so valid text has no space there."""
title_text = text.filter(lambda t: not set(t) & set("|;"))
"""Title parts: TBX and CSV write a title as en;fr;from;to, several joined by " | "."""
arabic_form = st.lists(st.text(st.sampled_from(ARABIC), min_size=2, max_size=7), min_size=1).map(
    " ".join
)
dates = st.none() | st.dates(min_value=date(1950, 1, 1), max_value=date(2099, 12, 31))
KINDS = ("person", "organisation", "role", "place", "event", "term")
PREFIXES = {"person": "person", "organisation": "org"}


@st.composite
def renderings(draw: st.DrawFn, lang: str) -> dict[str, Any]:
    values: dict[str, Any] = {"full": draw(text)}
    for key in ("short", "acronym", "feminine"):
        if draw(st.booleans()):
            values[key] = draw(text)
    values["article"] = draw(st.booleans())
    values["elided"] = draw(st.booleans())
    values["plural"] = draw(st.booleans())
    if lang == "fr":
        values["gender"] = draw(st.sampled_from(["f", "m"]))
    return values


@st.composite
def entry_values(draw: st.DrawFn) -> dict[str, Any]:
    kind = draw(st.sampled_from(KINDS))
    name = draw(st.from_regex(r"[A-Za-z0-9][A-Za-z0-9._-]{0,12}", fullmatch=True))
    values: dict[str, Any] = {
        "id": f"{PREFIXES.get(kind, kind)}.{name}",
        "kind": kind,
        "arabic": draw(st.lists(arabic_form, min_size=1, max_size=3, unique=True)),
        "en": draw(renderings("en")),
        "fr": draw(renderings("fr")),
    }
    if draw(st.booleans()):
        values["country"] = draw(st.sampled_from(["MA", "TR", "FR", "ES", "AE"]))
    titles = draw(st.lists(st.tuples(title_text, title_text, dates, dates), max_size=2))
    if titles:
        values["titles"] = [{"en": e, "fr": f, "from": a, "to": b} for e, f, a, b in titles]
    for key in ("note", "source"):
        if draw(st.booleans()):
            values[key] = draw(text)
    values["review"] = draw(st.sampled_from(["approved", "provisional"]))
    if values["review"] == "provisional" or draw(st.booleans()):
        values["checked"] = draw(text)
    return values


def built(values: dict[str, Any], path: Path) -> tuple[Entry | None, list[Problem]]:
    problems: list[Problem] = []
    entry = build_entry(RawEntry(path, 0, values, {}, ()), problems)
    return entry, problems


def round_trip(fmt: str, entry: Entry) -> tuple[Entry | None, list[Problem], dict[str, Any]]:
    export: Callable[[Glossary], str] = EXPORTERS[fmt]
    [item] = PARSERS[fmt](export(Glossary({entry.id: entry})), Path(f"in.{fmt}"))
    values = {k: v for k, v in item.items() if not k.startswith("_")}
    again, problems = built(values, entry.file)
    return again, problems, item


@PROPERTIES
@given(values=entry_values(), fmt=st.sampled_from(["tbx", "csv"]))
def test_importing_an_export_gives_the_entry_back(values: dict[str, Any], fmt: str) -> None:
    entry, problems = built(values, Path("glossary/terms.yaml"))
    assume(entry is not None and not problems)
    assert entry is not None
    again, problems, item = round_trip(fmt, entry)
    assert problems == []
    assert again == entry
    assert item["_file"] == "terms.yaml"
