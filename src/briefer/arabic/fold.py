"""The Arabic fold: the matching normalisation of the glossary, the memory and extraction.

Glossary forms and article text are folded the same way (hamza on alef, final ya and ta
marbuta, diacritics, tatweel; data/glossary.yaml, section fold), with offsets back to the text.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from briefer.arabic.text import MappedText, normalize, reading_form
from briefer.resources import data_table


@dataclass(frozen=True)
class FoldRules:
    """The letters folded, the marks dropped and the digits read as Western ones."""

    letters: Mapping[str, str]
    marks: frozenset[str]
    digits: Mapping[str, str]


@cache
def fold_rules() -> FoldRules:
    """The fold of data/glossary.yaml (read once per process)."""
    data = data_table("glossary")["fold"]
    return FoldRules(
        letters=data["letters"],
        marks=frozenset(data["marks"]),
        digits={d: str(i % 10) for i, d in enumerate(data["digits"])},
    )


def fold(text: str) -> MappedText:
    """The matching normalisation of text, with offsets back to text itself."""
    if not _simple(text):
        return normalize(text).then(_fold_cluster)
    # Character by character is cluster by cluster here, so a table lookup gives the same
    # text and offsets as the per-cluster path, several times faster.
    table = _FoldTable.instance()
    parts = [table[ord(ch)] for ch in text]
    origin = [i for i, part in enumerate(parts) for _ in part]
    origin.append(len(text))
    return MappedText("".join(parts), tuple(origin))


def _fold_cluster(chunk: str) -> str:
    r = fold_rules()
    if chunk in r.marks:
        return ""
    out = []
    for ch in chunk:
        if ch in r.marks:
            continue
        out.append(r.letters.get(ch) or r.digits.get(ch) or ch.casefold())
    return "".join(out)


def fold_string(text: str) -> str:
    """The folded text alone, for keys and comparisons (same result as fold(text).text)."""
    if _simple(text):
        return text.translate(_FoldTable.instance())
    return fold(text).text


def _simple(text: str) -> bool:
    """True when text needs no per-cluster work: NFC, no presentation forms, no loose marks."""
    if not unicodedata.is_normalized("NFC", text):
        return False
    return not any(
        ("\ufb50" <= ch <= "\ufdff")
        or ("\ufe70" <= ch <= "\ufefc")
        or (unicodedata.combining(ch) and ch not in fold_rules().marks)
        for ch in text
        if ord(ch) > 0x7F
    )


class _FoldTable(dict[int, str]):
    """str.translate table of the per-character steps of normalize() and fold()."""

    @classmethod
    @cache
    def instance(cls) -> _FoldTable:
        return cls()

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        self[code] = value = _fold_cluster(reading_form(ch))
        return value
