"""The memory's file format, for any valid units: reading what was written gives back exactly
the units, whatever their text holds (&, <, >, quotes, carriage returns, combining marks,
astral characters) and whatever props a reviser or a tool added."""

from __future__ import annotations

import itertools
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefer.translate.tmx import BRIEFER_PROPS, SOURCE_LANG, Unit, read_tmx, write_tmx
from support import PROPERTIES

ODD = "&<>\"'\r\n\t\u0301\u0654\U0001f600\U00010348 ;|=\u200f\u00a0"
"""Characters a writer must escape or keep: markup, quotes, line ends, marks, astral."""
characters = st.characters(exclude_categories=("Cs", "Cc", "Cn")) | st.sampled_from(ODD)
text = st.text(characters, min_size=1, max_size=30).filter(lambda t: t.strip() == t != "")
"""Segment and prop text: the reader strips both ends, so valid text has no space there."""
languages = st.sampled_from(["en", "fr", "de", "es", "tr", "pt"])
counter = itertools.count()


@st.composite
def units(draw: st.DrawFn) -> Unit:
    targets = draw(st.dictionaries(languages, text, max_size=3))
    kinds = st.one_of(st.just("x-review"), text).filter(lambda k: k not in BRIEFER_PROPS)
    return Unit(
        source=draw(text),
        targets=tuple(sorted(targets.items())),
        tuid=draw(st.none() | text),
        article=draw(st.none() | text),
        sentence=draw(st.none() | st.integers(min_value=0, max_value=10**6)),
        props=tuple(draw(st.lists(st.tuples(kinds, text), max_size=3))),
    )


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("tmx")


@PROPERTIES
@given(written=st.lists(units(), max_size=4))
def test_reading_what_was_written_gives_the_units_back(folder: Path, written: list[Unit]) -> None:
    path = folder / f"m{next(counter)}.tmx"
    write_tmx(path, written)
    read = [replace(u, file=None, line=None) for u in read_tmx(path)]
    assert read == written
    assert all(lang != SOURCE_LANG for u in read for lang, _ in u.targets)
