"""Text normalisation that keeps every offset traceable to the original.

Each transform works character by character (or starter plus its combining marks), so the
normalised text carries, for each of its characters, the offset of the original character it
came from. Later stages cite spans of the original article through this map.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

TATWEEL = "\u0640"
# Zero-width and bidi control characters: invisible, and they break matching.
INVISIBLE = frozenset(
    "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u061c"
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u00ad"
)
QUOTES = {
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2033": '"',
    "\uff02": '"',
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
}
ARABIC_LETTERS = (("\u0621", "\u063a"), ("\u0641", "\u064a"), ("\u0671", "\u06d3"))


@dataclass(frozen=True)
class MappedText:
    """A text and, for each of its characters, the offset of its source character."""

    text: str
    origin: tuple[int, ...]
    """origin[i] is the offset in the source of text[i]; one extra entry maps the end."""
    ends: tuple[int, ...] | None = None
    """ends[i] is the end in the source of the cluster text[i] comes from (a letter and a mark
    NFC does not compose, "ءٔ", are two characters from one cluster); None: origin[i] + 1."""

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Map the half-open span [start, end) of this text to a span of the source."""
        if start >= end:
            at = self.origin[start]
            return at, at
        return self.origin[start], self.end_of(end - 1)

    def end_of(self, i: int) -> int:
        """The end in the source of the cluster text[i] comes from."""
        return self.ends[i] if self.ends is not None else self.origin[i] + 1

    def then(self, step: Callable[[str], str]) -> MappedText:
        """Apply a further per-cluster transform, composing the offset maps.

        The result maps each character to one source character, ends left out: folding
        (its only use) gives the same offsets by its per-character fast path.
        """
        inner = transform(self.text, step)
        return MappedText(inner.text, tuple(self.origin[i] for i in inner.origin))


def mapped(text: str, origin: list[int], ends: list[int]) -> MappedText:
    """A MappedText, its ends left out when each is its origin + 1 (one character each)."""
    plain = all(end == start + 1 for start, end in zip(origin, ends, strict=False))
    return MappedText(text, tuple(origin), None if plain else tuple(ends))


def clusters(text: str) -> list[tuple[int, str]]:
    """Split text into (offset, starter + following combining marks)."""
    out: list[tuple[int, str]] = []
    for i, ch in enumerate(text):
        if out and unicodedata.combining(ch) and not _is_arabic_mark_kept(ch):
            start, chunk = out[-1]
            out[-1] = (start, chunk + ch)
        else:
            out.append((i, ch))
    return out


def _is_arabic_mark_kept(ch: str) -> bool:
    # Arabic diacritics stay separate clusters so a later step may drop them one by one.
    # Madda and hamza marks (U+0653..U+0655) do cluster: NFC composes them with their letter.
    return "\u064b" <= ch <= "\u0652" or "\u0656" <= ch <= "\u065f" or ch == "\u0670"


def transform(text: str, step: Callable[[str], str]) -> MappedText:
    """Apply step to every cluster of text; each output character maps to its cluster."""
    chars: list[str] = []
    origin: list[int] = []
    ends: list[int] = []
    for offset, chunk in clusters(text):
        out = step(chunk)
        chars.append(out)
        origin.extend([offset] * len(out))
        ends.extend([offset + len(chunk)] * len(out))
    origin.append(len(text))
    return mapped("".join(chars), origin, ends)


def reading_form(chunk: str) -> str:
    """The normalisation every stage reads: NFC, base letters, no tatweel or invisibles."""
    if chunk in INVISIBLE or chunk == TATWEEL:
        return ""
    if chunk in QUOTES:
        return QUOTES[chunk]
    if _is_presentation_form(chunk[0]):
        chunk = unicodedata.normalize("NFKC", chunk)
    if chunk in ("\u00a0", "\u202f", "\u2007"):
        return " "
    return unicodedata.normalize("NFC", chunk)


def _is_presentation_form(ch: str) -> bool:
    return "\ufb50" <= ch <= "\ufdff" or "\ufe70" <= ch <= "\ufefc"


def normalize(text: str) -> MappedText:
    """Normalise article text for reading, keeping the map back to the original."""
    return transform(text, reading_form)


def is_arabic_letter(ch: str) -> bool:
    """True for a letter of the Arabic alphabet (base or extended), not a digit or mark."""
    return any(lo <= ch <= hi for lo, hi in ARABIC_LETTERS)


def count_arabic_letters(text: str) -> int:
    """How many Arabic letters text holds, after folding presentation forms to base letters."""
    return sum(is_arabic_letter(c) for c in normalize(text).text)
