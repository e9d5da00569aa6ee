"""Cardinal numbers in Arabic text, written in digits or in words of any case and gender."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from briefer.arabic.lexicon import fold_form, folded, words
from briefer.resources import data_table as table


@dataclass(frozen=True)
class Number:
    """A number found in a text: its value and its span in the text searched."""

    value: int
    begin: int
    end: int


@dataclass(frozen=True)
class _Vocabulary:
    units: dict[str, int]
    ten: frozenset[str]
    tens: dict[str, int]
    hundreds: dict[str, int]
    thousands: dict[str, int]
    thousands_plural: frozenset[str]
    conjunction: str


@lru_cache(maxsize=1)
def _vocabulary() -> _Vocabulary:
    data = table("numbers")

    def by_value(key: str) -> dict[str, int]:
        return {fold_form(f): int(v) for v, fs in data[key].items() for f in fs}

    return _Vocabulary(
        units=by_value("units"),
        ten=frozenset(fold_form(f) for f in data["ten"]),
        tens=by_value("tens"),
        hundreds=by_value("hundreds"),
        thousands=by_value("thousands"),
        thousands_plural=frozenset(fold_form(f) for f in data["thousands_plural"]),
        conjunction=fold_form(data["and"]),
    )


def find_numbers(text: str) -> list[Number]:
    """Every number in text, in order: "121", "١٢١", "ثلاثة وأربعين" (43)."""
    mapped = folded(text)
    tokens = words(mapped.text)
    found: list[Number] = []
    i = 0
    while i < len(tokens):
        value, used = _read(tokens, i)
        if used:
            start, end = mapped.source_span(tokens[i][0], tokens[i + used - 1][1])
            found.append(Number(value, start, end))
            i += used
        else:
            i += 1
    return found


def parse_number(text: str) -> int | None:
    """The value of text when the whole of it is one number, else None."""
    found = find_numbers(text)
    if len(found) == 1 and found[0].begin == 0 and found[0].end == len(text.strip()):
        return found[0].value
    return None


def _read(tokens: list[tuple[int, int, str]], i: int) -> tuple[int, int]:
    """Read one number starting at token i: (value, tokens used), used 0 when none."""
    first = tokens[i][2]
    if first.isdigit():
        return int(first), 1
    vocab = _vocabulary()
    total = group = 0
    used = 0
    while i + used < len(tokens):
        word = tokens[i + used][2]
        if used and not word.startswith(vocab.conjunction):
            step = _continuation(word, group, vocab)
            if step is None:
                break
            total, group = _apply_multiplier(step, total, group)
            used += 1
            continue
        value = _word_value(word, vocab)
        if value is None and word.startswith(vocab.conjunction):
            value = _word_value(word[len(vocab.conjunction) :], vocab)
        if value is None:
            break
        group += value
        used += 1
    return total + group, used


def _word_value(word: str, vocab: _Vocabulary) -> int | None:
    for lexicon in (vocab.units, vocab.tens, vocab.hundreds, vocab.thousands):
        if word in lexicon:
            return lexicon[word]
    if word in vocab.ten:
        return 10
    return None


def _continuation(word: str, group: int, vocab: _Vocabulary) -> str | None:
    """A word that extends a number without "و": "عشر" after a unit, "آلاف" after a count."""
    if word in vocab.ten and 0 < group < 10:
        return "teen"
    if word in vocab.thousands_plural and 0 < group < 1000:
        return "thousands"
    if word in vocab.thousands and 0 < group < 1000:
        return "thousands"
    return None


def _apply_multiplier(step: str, total: int, group: int) -> tuple[int, int]:
    if step == "teen":
        return total, group + 10
    return total + group * 1000, 0
