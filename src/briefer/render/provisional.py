"""Marking what a note renders from a provisional glossary entry (review: provisional), so a
reader knows which names have not been checked: "Selami Yıldız‡".

The mark follows each full or short rendering of a provisional entry in the note's language,
wherever the note prints it: key facts, tables, summary, quoted passages and the translation.
Acronyms are left unmarked: they are the organisers' own ("IGEF").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefer.glossary.match import Glossary

MARK = "‡"


@dataclass(frozen=True)
class Provisional:
    """The renderings of the provisional entries in one language, and how to mark them."""

    pattern: re.Pattern[str] | None
    entries: tuple[str, ...]
    """The ids of the provisional entries."""

    def mark(self, text: str) -> str:
        """text with the mark after every rendering of a provisional entry (once)."""
        if self.pattern is None or not text:
            return text
        return self.pattern.sub(lambda m: m.group() + MARK, text)

    def marked(self, text: str) -> bool:
        """Whether text holds a rendering of a provisional entry."""
        return self.pattern is not None and self.pattern.search(text) is not None


def provisional(glossary: Glossary | None, lang: str) -> Provisional:
    """The provisional entries of a glossary in a note language."""
    if glossary is None:
        return Provisional(None, ())
    found = sorted((e for e in glossary.entries.values() if e.provisional), key=lambda e: e.id)
    names = {
        form
        for e in found
        for form in (e.rendering(lang).full, e.rendering(lang).short)
        if form and len(form) > 2
    }
    if not names:
        return Provisional(None, ())
    # Longest first, whole words, not already marked: "Selami Yıldız" before "Yıldız".
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w|{MARK})")
    return Provisional(pattern, tuple(e.id for e in found))
