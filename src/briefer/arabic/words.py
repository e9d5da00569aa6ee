"""Arabic words: tokens of folded text and the proclitics a word may carry.

The proclitics (conjunction, preposition, article), the ones the press writes detached and the
compound name parts ("عبد", "أبو") are read from data/glossary.yaml.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from briefer.resources import data_table

WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Proclitics:
    """The proclitic chains of data/glossary.yaml, and the compound name parts."""

    plain_prefixes: tuple[str, ...]
    article_prefixes: tuple[str, ...]
    article: str
    detached: frozenset[str]
    min_stem: int
    compounds: tuple[str, ...]


@cache
def proclitics() -> Proclitics:
    """The proclitics shipped with briefer (read once per process)."""
    data = data_table("glossary")
    pro = data["proclitics"]
    plain, articled = _prefixes(
        pro["conjunctions"], pro["prepositions"], pro["article"], pro["fused_article"]
    )
    return Proclitics(
        plain_prefixes=plain,
        article_prefixes=articled,
        article=pro["article"],
        detached=frozenset(pro["detached"]),
        min_stem=int(pro["min_stem"]),
        compounds=tuple(data["compounds"]),
    )


def _prefixes(
    conj: list[str], preps: list[str], article: str, fused: str
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Every proclitic chain, without and with the article, longest first."""
    plain: set[str] = set()
    articled: set[str] = set()
    for c in ["", *conj]:
        for p in ["", *preps]:
            plain.add(c + p)
            # ل before the article loses the article's alef: ل + ال = لل.
            articled.add(c + fused if p == fused[0] else c + p + article)
    by_length = (
        sorted(plain, key=lambda s: (-len(s), s)),
        sorted(articled, key=lambda s: (-len(s), s)),
    )
    return tuple(by_length[0]), tuple(by_length[1])


@dataclass(frozen=True)
class Token:
    """A word of folded text; a detached proclitic is joined to the word after it."""

    text: str
    start: int
    end: int
    glued: bool
    """Only whitespace separates this word from the previous one."""
    cut: int
    """Characters [0, cut) sit at start + i; the rest at resume + (i - cut)."""
    resume: int

    def at(self, i: int) -> int:
        """The folded-text offset of character i of the word."""
        return self.start + i if i < self.cut else self.resume + (i - self.cut)


def tokens(folded: str) -> list[Token]:
    """Split folded text into words, joining a detached proclitic ("و مراقبة") to its word."""
    words = [(m.group(), m.start(), m.end()) for m in WORD.finditer(folded)]
    detached = proclitics().detached
    out: list[Token] = []
    i = 0
    while i < len(words):
        text, start, end = words[i]
        glued = bool(out) and _blank(folded, out[-1].end, start)
        if text in detached and i + 1 < len(words) and _blank(folded, end, words[i + 1][1]):
            nxt, nstart, nend = words[i + 1]
            out.append(Token(text + nxt, start, nend, glued, len(text), nstart))
            i += 2
            continue
        out.append(Token(text, start, end, glued, len(text), end))
        i += 1
    return out


def _blank(text: str, start: int, end: int) -> bool:
    # Words of one name are separated by spaces or a hyphen ("جنوب-جنوب"), never by a line
    # break or punctuation.
    return not text[start:end].strip(" \t-")


def strip_article(words: tuple[str, ...]) -> tuple[bool, tuple[str, ...]]:
    """(True, words with the first one's article removed), or (False, words) without one."""
    r = proclitics()
    first = words[0]
    if first.startswith(r.article) and len(first) - len(r.article) >= r.min_stem:
        return True, (first[len(r.article) :], *words[1:])
    return False, words


def spacing_variants(words: tuple[str, ...]) -> Iterator[tuple[str, ...]]:
    """The form as written, with compound name parts joined, and with them split."""
    yield words
    joined: list[str] = []
    split: list[str] = []
    compounds = proclitics().compounds
    i = 0
    while i < len(words):
        w = words[i]
        if w in compounds and i + 1 < len(words):
            joined.append(w + words[i + 1])
            split.extend(words[i : i + 2])
            i += 2
            continue
        head = next((c for c in compounds if w.startswith(c) and len(w) > len(c) + 1), None)
        joined.append(w)
        split.extend([head, w[len(head) :]] if head else [w])
        i += 1
    yield tuple(joined)
    yield tuple(split)


@cache
def readings(word: str) -> tuple[tuple[str, str, bool], ...]:
    """Every (proclitics, stem, article consumed) reading of a word, shortest prefix first."""
    r = proclitics()
    out = []
    for prefix in r.plain_prefixes[::-1]:
        if word.startswith(prefix) and len(word) - len(prefix) >= r.min_stem:
            out.append((prefix, word[len(prefix) :], False))
    for prefix in r.article_prefixes[::-1]:
        if word.startswith(prefix) and len(word) - len(prefix) >= r.min_stem:
            out.append((prefix, word[len(prefix) :], True))
    return tuple(out)
