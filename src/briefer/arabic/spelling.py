"""Letter rules for names the tables lack: an Arabic word spelled in Latin letters by one
convention's letter set (data/names.yaml `letters`), with the short vowels Arabic leaves
unwritten put back where its syllables need them."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

_SHADDA = "\u0651"
_VOWEL_LETTERS = frozenset("اوىيةأإآؤ")


@dataclass(frozen=True)
class Letters:
    """One letter-rule set (data/names.yaml `letters`)."""

    insert: bool
    consonants: Mapping[str, str]
    marks: Mapping[str, str]
    capitals: Mapping[str, str]
    rewrite: tuple[tuple[re.Pattern[str], str], ...]


def _units(word: str, letters: Letters) -> list[tuple[str, str]]:
    """The word as (kind, text): "C" consonant, "V" long vowel, "v" short vowel."""
    units: list[tuple[str, str]] = []
    for i, ch in enumerate(word):
        if ch == _SHADDA:
            if units and units[-1][0] == "C":
                units.append(units[-1])
            continue
        if i == 0 and _carrier(word):
            continue
        units.append(_unit(word, i, letters))
    return units


def _carrier(word: str) -> bool:
    """The initial alef only carries the long vowel after it: "إيمان" Iman, "أوجار" Aujjar."""
    return word[:2] == "إي" or (word[:2] in ("أو", "او") and word[2:3] not in _VOWEL_LETTERS)


def _unit(word: str, i: int, letters: Letters) -> tuple[str, str]:
    """One letter read in context: alef, waw and ya are vowels or glides by position."""
    ch = word[i]
    prev = word[i - 1] if i else ""
    nxt = word[i + 1] if i + 1 < len(word) else ""
    if ch in "اأ":
        return ("v", "a") if i == 0 else ("V", "A")
    if ch == "إ":
        return "v", "i"
    if ch in "آى":
        return "V", "A"
    if ch == "ة":
        return "V", "T"
    if ch == "ؤ":
        return "V", "U"
    if ch == "و":
        # Before a final ya it is a glide too: "علوي" Alaoui, "نقوي" Naqvi.
        final_ya = nxt == "ي" and i + 2 == len(word)
        glide = (i == 0 and not _carrier(word)) or final_ya or (nxt and nxt in "اىةأ")
        return ("C", "W") if glide or prev == "ا" else ("V", "U")
    if ch == "ي":
        glide = i == 0 or prev == "ا" or (nxt and nxt in "اىةأ")
        return ("C", "Y") if glide and nxt else ("V", "I")
    return "C", letters.consonants.get(ch, ch)


def _vowel_slots(units: list[tuple[str, str]]) -> set[int]:
    """Consonants after which Arabic leaves a short vowel unwritten.

    Syllables are read from the right, as Arabic builds them (CV and CVC): the consonant
    before a vowel opens its syllable, the one before that closes the previous one, which
    needs a vowel of its own unless a written vowel precedes. A final pair is split: "حسن"
    is Hasan, not Hasn.
    """
    slots: set[int] = set()
    k = 0
    while k < len(units):
        if units[k][0] != "C":
            k += 1
            continue
        start = k
        while k < len(units) and units[k][0] == "C":
            k += 1
        run = list(range(start, k))
        if k == len(units):
            if len(run) < 2:
                continue
            slots.add(run[-2])
            run = run[:-1]
        slots.update(_run_slots(run, after_vowel=start > 0))
    return slots


def _run_slots(run: list[int], after_vowel: bool) -> set[int]:
    """Vowel slots inside one consonant run that is followed by a vowel."""
    slots: set[int] = set()
    j = len(run) - 2
    while j >= 0:
        if j == 0:
            if not after_vowel:
                slots.add(run[0])
            break
        slots.add(run[j - 1])
        j -= 2
    return slots


def spell(word: str, letters: Letters) -> str:
    """Letter-by-letter romanization of one Arabic word, lowercase."""
    units = _units(word, letters)
    slots = _vowel_slots(units) if letters.insert else set()
    out: list[str] = []
    for k, (_, text) in enumerate(units):
        out.append(text)
        if k in slots:
            # A vowel after a consonant that follows a long vowel is often e/i: Khaled, Khalid.
            out.append("E" if k and units[k - 1][0] == "V" else "@")
    marked = "".join(out)
    for pattern, replacement in letters.rewrite:
        marked = pattern.sub(replacement, marked)
    return "".join(letters.marks.get(c, c) for c in marked).lower()


def capital(text: str, letters: Letters) -> str:
    """The word with its first letter capitalised (Turkish dotted İ where the set says)."""
    if not text:
        return text
    return letters.capitals.get(text[0], text[0].upper()) + text[1:]
