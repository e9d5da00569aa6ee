"""The extraction word lists: data tables under briefer/data, folded and compiled for matching."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache
from typing import Any

from briefer.arabic.fold import fold
from briefer.arabic.text import MappedText
from briefer.resources import data_table as table

# Proclitics an Arabic word may carry: conjunction و/ف, then preposition ب/ل/ك.
_PROCLITIC = r"(?:[وف]?[بلك]?)"
_WORD_EDGE_BEFORE = r"(?<![\w])"
_WORD_EDGE_AFTER = r"(?![\w])"


def _digit(chunk: str) -> str:
    """Eastern Arabic and Persian digits read as Western ones (one character each)."""
    if len(chunk) == 1 and chunk.isdigit() and not chunk.isascii():
        return str(unicodedata.digit(chunk))
    return chunk


def folded(text: str) -> MappedText:
    """The glossary's matching fold plus Western digits; offsets map back to text."""
    return fold(text).then(_digit)


def fold_form(form: str) -> str:
    """A data-table form folded and with its spaces collapsed, ready for a pattern."""
    return " ".join(folded(str(form)).text.split())


def alternation(forms: Iterable[str]) -> str:
    """A regex alternation of folded forms, longest first, spaces matching any run of space."""
    unique = sorted({fold_form(f) for f in forms if str(f).strip()}, key=lambda f: (-len(f), f))
    return "|".join(r"\s+".join(re.escape(part) for part in f.split()) for f in unique)


@cache
def phrase_pattern(forms: tuple[str, ...], proclitics: bool = True) -> re.Pattern[str]:
    """Whole-word matcher for folded forms; with proclitics, "و ب ل ك" and "لل" may lead."""
    body = alternation(forms)
    if not proclitics:
        return re.compile(f"{_WORD_EDGE_BEFORE}(?:{body}){_WORD_EDGE_AFTER}")
    definite = [f for f in {fold_form(x) for x in forms} if f.startswith("ال") and len(f) > 3]
    # "ل" + "ال" fuse into "لل": "للحدود" is "ل" + "الحدود".
    fused = alternation("ل" + f[1:] for f in definite)
    alts = f"{_PROCLITIC}(?:{body})" + (f"|[وف]?(?:{fused})" if fused else "")
    return re.compile(f"{_WORD_EDGE_BEFORE}(?:{alts}){_WORD_EDGE_AFTER}")


def forms(name: str, key: str) -> tuple[str, ...]:
    """A list of forms from a data table ("status.signed" walks into a mapping), as a tuple."""
    node: Any = table(name)
    for part in key.split("."):
        node = node[part]
    return tuple(str(f) for f in node)


def cue(name: str, key: str, proclitics: bool = True) -> re.Pattern[str]:
    """The compiled pattern of one cue list, e.g. cue("cues", "honorifics")."""
    return phrase_pattern(forms(name, key), proclitics)


def words(text: str) -> list[tuple[int, int, str]]:
    """The words of a text (letters, digits, Latin; punctuation excluded), with their offsets."""
    return [(m.start(), m.end(), m.group()) for m in re.finditer(r"\w+", text)]
