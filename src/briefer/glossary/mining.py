"""Term mining: likely names of people and organisations that no glossary entry covers."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from briefer.arabic.fold import fold, fold_string
from briefer.arabic.text import is_arabic_letter
from briefer.arabic.words import proclitics, readings, strip_article, tokens
from briefer.documents import Article, Sentence
from briefer.glossary.entries import Match
from briefer.glossary.match import Glossary
from briefer.resources import data_table

log = logging.getLogger(__name__)

# Kinds of entry after which a name often follows: "نائب وزير الداخلية التركي منير …".
ANCHOR_KINDS = frozenset({"role", "organisation", "demonym"})
PUNCTUATION_BREAK = frozenset("،,.:;؛()[]\"'!?؟")

ORGANISATION = "organisation name"
"""The reason given for an organisation; every other reason is a person's name."""

Matcher = Callable[[str], Sequence[Match]]
"""What covers the words of a sentence: the glossary's match, or one that adds reference data
(extraction's demonyms, role nouns and cities), so that no candidate runs through them."""


@dataclass(frozen=True)
class Candidate:
    """A name the glossary does not cover, how often it occurs, and where it was first seen."""

    text: str
    reason: str
    count: int
    article: str
    sentence: int
    context: str


@dataclass(frozen=True)
class Cues:
    """The cue words of data/mining.yaml, folded and without proclitics."""

    honorifics: frozenset[str]
    heads: frozenset[str]
    endings: tuple[str, ...]
    letters: frozenset[str]
    stop: frozenset[str]
    generic: frozenset[str]
    max_words: int


@cache
def cues() -> Cues:
    """The mining cues shipped with briefer."""
    data = data_table("mining")
    return Cues(
        honorifics=_bare_set(data["honorifics"]),
        heads=_bare_set(data["organisation_heads"]),
        endings=tuple(fold_string(e) for e in data["foreign_endings"]),
        letters=frozenset(data["foreign_letters"]),
        stop=frozenset(fold_string(w) for w in data["stop_words"]),
        generic=_bare_set(data["generic_modifiers"]),
        max_words=int(data["max_words"]),
    )


def _bare_set(words: Iterable[str]) -> frozenset[str]:
    return frozenset(strip_article((fold_string(w),))[1][0] for w in words)


@dataclass(frozen=True)
class _Word:
    text: str
    start: int
    end: int
    kind: str | None
    """Kind of the glossary entry covering the word, if any."""
    match: int | None
    """Index of the covering match, so a run can tell where one match ends."""
    glued: bool
    """Only spaces (no punctuation, no line break) since the previous word."""
    comma: bool
    """A comma alone separates this word from the previous one (an apposition)."""


def missing(
    articles: Iterable[Article], glossary: Glossary, match: Matcher | None = None
) -> list[Candidate]:
    """Uncovered names in the articles, most frequent first, each with its first sentence.

    match: what covers words (default: the glossary alone).
    """
    seen: dict[str, tuple[str, str, Article, Sentence]] = {}
    counts: dict[str, int] = {}
    for article in articles:
        for sentence in article.sentences:
            for key, text, reason in candidates(sentence.text, glossary, match):
                counts[key] = counts.get(key, 0) + 1
                seen.setdefault(key, (text, reason, article, sentence))
    order = sorted(seen, key=lambda k: -counts[k])
    return [
        Candidate(text, reason, counts[key], article.id, sentence.index, sentence.text)
        for key in order
        for text, reason, article, sentence in [seen[key]]
    ]


def candidates(
    text: str, glossary: Glossary, match: Matcher | None = None
) -> list[tuple[str, str, str]]:
    """(key, surface text, reason) of every likely uncovered name in one sentence."""
    words = _words(text, match or glossary.match)
    found: dict[tuple[int, int], str] = {}
    for rule, reason in (
        (_after_honorific, "after an honorific"),
        (_after_title, "after a title"),
        (_before_title, "before a title"),
        (_organisation, ORGANISATION),
        (_foreign, "transliterated name"),
    ):
        for span in rule(words):
            if span not in found and not _inside(span, found):
                found[span] = reason
    out = []
    for (i, j), reason in sorted(found.items()):
        if _inside((i, j), [span for span in found if span != (i, j)]):
            continue  # "… محمد ولد الشيخ أحمد": "أحمد" after the honorific is part of the name
        surface = text[words[i].start : words[j - 1].end]
        out.append((" ".join(w.text for w in words[i:j]), surface, reason))
    return out


def _inside(span: tuple[int, int], found: Iterable[tuple[int, int]]) -> bool:
    return any(a <= span[0] and span[1] <= b for a, b in found)


def _words(text: str, match: Matcher) -> list[_Word]:
    mapped = fold(text)
    matches = match(text)
    words: list[_Word] = []
    for tok in tokens(mapped.text):
        start, end = mapped.source_span(tok.start, tok.end)
        hit = next((n for n, m in enumerate(matches) if m.start <= start and end <= m.end), None)
        kind = matches[hit].entry.kind if hit is not None else None
        gap = text[words[-1].end : start] if words else ""
        glued = bool(words) and not (set(gap) & PUNCTUATION_BREAK) and "\n" not in gap
        comma = gap.strip() in ("،", ",")
        words.append(_Word(tok.text, start, end, kind, hit, glued, comma))
    return words


def _stem_in(word: str, table: frozenset[str]) -> bool:
    return word in table or any(stem in table for _, stem, _ in readings(word))


def _is_stop(word: _Word) -> bool:
    stop = cues().stop
    return word.text in stop or (word.text[:1] in "وف" and word.text[1:] in stop)


def _nameable(word: _Word) -> bool:
    """An uncovered word that may be part of a name."""
    return word.kind is None and not _is_stop(word) and not word.text.isdigit()


def _run(words: Sequence[_Word], i: int) -> int:
    """End (exclusive) of the run of nameable words glued together from i."""
    j = i
    while j < len(words) and j - i < cues().max_words and _nameable(words[j]):
        if j > i and not words[j].glued:
            break
        j += 1
    return j


def _ends_name(words: Sequence[_Word], j: int) -> bool:
    """True when a name may end before word j: punctuation, sentence end, a title or a stop."""
    if j >= len(words) or not words[j].glued:
        return True
    return words[j].kind in ("role", "organisation") or _is_stop(words[j])


def _after_honorific(words: Sequence[_Word]) -> Iterable[tuple[int, int]]:
    for i, w in enumerate(words[:-1]):
        if _stem_in(w.text, cues().honorifics) and words[i + 1].glued:
            j = _run(words, i + 1)
            if j > i + 1 and _ends_name(words, j) and not words[i + 1].text.startswith("لل"):
                yield i + 1, j


def _after_title(words: Sequence[_Word]) -> Iterable[tuple[int, int]]:
    for i, w in enumerate(words[:-1]):
        nxt = words[i + 1]
        # "نائب وزير الداخلية التركي منير كارال أوغلو،" or "…التراب الوطني، عبد اللطيف حموشي،"
        apposed = nxt.glued or nxt.comma
        if w.kind in ANCHOR_KINDS and nxt.match != w.match and apposed and nxt.kind is None:
            start = i + 2 if _stem_in(nxt.text, cues().honorifics) else i + 1
            j = _run(words, start)
            if j - start >= 2 and (j == len(words) or not words[j].glued):
                yield start, j


def _before_title(words: Sequence[_Word]) -> Iterable[tuple[int, int]]:
    for j, w in enumerate(words[1:], start=1):
        if w.kind == "role" and not w.glued and words[j - 1].kind is None:
            i = j - 1
            while i > 0 and j - i < 2 and words[i].glued and _nameable(words[i - 1]):
                i -= 1
            if j - i == 2 and all(_nameable(x) for x in words[i:j]) and _arabic(words[i]):
                # "عبد اللطيف حموشي،": a compound name part belongs to the name.
                if i > 0 and words[i].glued and words[i - 1].text in proclitics().compounds:
                    i -= 1
                yield i, j


def _organisation(words: Sequence[_Word]) -> Iterable[tuple[int, int]]:
    for i, w in enumerate(words):
        if w.kind is not None or not _stem_in(w.text, cues().heads):
            continue
        j = i + 1
        while (
            j < len(words)
            and j - i <= cues().max_words
            and words[j].glued
            and not _is_stop(words[j])
            and not _clause(words[j])
            and not _stem_in(words[j].text, cues().honorifics)
        ):
            j += 1
            if words[j - 1].kind == "demonym":
                break  # "الشرطة الوطنية الموريتانية": the demonym closes the name
        modifiers = words[i + 1 : j]
        if _indefinite(w) and modifiers and _adjective(modifiers[0]):
            continue  # "لجنة أمنية": a head and an adjective describe, they do not name
        if any(x.kind is None and not _stem_in(x.text, cues().generic) for x in modifiers):
            yield i, j


def _adjective(word: _Word) -> bool:
    """An indefinite nisba adjective ("أمنية", "مشتركة"), which describes rather than names."""
    return _indefinite(word) and word.text.endswith(("يه", "ي"))


def _indefinite(word: _Word) -> bool:
    return not any(articled for _, _, articled in readings(word.text))


def _clause(word: _Word) -> bool:
    """A word opening a purpose or verbal clause ("لتعزيز"), which ends an organisation name."""
    text = word.text
    return len(text) > 3 and text[0] in "لب" and not text.startswith(("لل", "بال", "بن"))


def _foreign(words: Sequence[_Word]) -> Iterable[tuple[int, int]]:
    c = cues()
    for j, w in enumerate(words):
        latin = w.text.isascii() and not w.text.isdigit()
        marked = w.text.endswith(c.endings) or bool(set(w.text) & c.letters)
        if not _nameable(w) or not (latin or marked):
            continue
        i = j
        while (
            i > 0
            and j - i < 2
            and words[i].glued
            and _nameable(words[i - 1])
            and _arabic(words[i - 1]) != latin
            and _indefinite(words[i - 1])
        ):
            i -= 1
        yield i, j + 1


def _arabic(word: _Word) -> bool:
    return bool(word.text) and is_arabic_letter(word.text[0])
