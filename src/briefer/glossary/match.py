"""Finding glossary entries in Arabic text.

Glossary forms and article text are folded the same way (briefer.arabic.fold), split into
words, and looked up in a word trie keyed on the first word without its proclitics, so
matching stays linear in the length of the text.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from functools import cache, cached_property
from types import MappingProxyType

from briefer.arabic.fold import fold, fold_string
from briefer.arabic.text import MappedText
from briefer.arabic.words import Token, readings, spacing_variants, strip_article, tokens
from briefer.glossary.entries import Entry, Match
from briefer.glossary.rules import rules


@cache
def form_keys(form: str) -> tuple[tuple[bool, tuple[str, ...]], ...]:
    """The lookup keys of an Arabic form: (takes the article, words with the first one bare)."""
    words = tuple(t.text for t in tokens(fold_string(form)))
    if not words:
        return ()
    return tuple(dict.fromkeys(strip_article(v) for v in spacing_variants(words)))


@dataclass
class _Node:
    children: dict[str, _Node] = field(default_factory=dict)
    entry: Entry | None = None


class Glossary:
    """Every entry by id, and the index that finds them in Arabic text."""

    def __init__(self, entries: Mapping[str, Entry]):
        self.entries: Mapping[str, Entry] = MappingProxyType(dict(sorted(entries.items())))
        self._bare: dict[str, _Node] = {}
        self._articled: dict[str, _Node] = {}
        for entry in self.entries.values():
            for form in entry.arabic:
                for articled, words in form_keys(form):
                    self._insert(self._articled if articled else self._bare, words, entry)

    def _insert(self, table: dict[str, _Node], words: tuple[str, ...], entry: Entry) -> None:
        node = table.setdefault(words[0], _Node())
        for w in words[1:]:
            node = node.children.setdefault(w, _Node())
        if node.entry is None:
            node.entry = entry

    @cached_property
    def version(self) -> str:
        """Content hash of the whole glossary and of the matching rules."""
        h = hashlib.sha256(rules().digest.encode())
        for entry_id in self.entries:
            h.update(f"{entry_id}={self.entry_version(entry_id)}\n".encode())
        return h.hexdigest()

    def entry_version(self, entry_id: str) -> str:
        """Content hash of one entry (file and line excluded)."""
        return _entry_hash(self.get(entry_id))

    def get(self, entry_id: str) -> Entry:
        """The entry with this id; KeyError if there is none."""
        return self.entries[entry_id]

    def country(self, code: str) -> Entry:
        """The country entry for an ISO 3166-1 alpha-2 code; KeyError if unknown."""
        return self.entries[f"country.{code.upper()}"]

    def by_kind(self, kind: str) -> tuple[Entry, ...]:
        """Every entry of one kind, by id."""
        return tuple(e for e in self.entries.values() if e.kind == kind)

    def match(self, text: str) -> list[Match]:
        """Non-overlapping entries found in text, longest first, sorted by start."""
        mapped = fold(text)
        words = tokens(mapped.text)
        hits = [hit for i in range(len(words)) if (hit := self._longest_at(words, i))]
        # Longest spans claim their words first; shorter ones fill the gaps.
        hits.sort(key=_Hit.rank, reverse=True)
        taken: set[int] = set()
        chosen = []
        for hit in hits:
            span = set(range(hit.first, hit.last + 1))
            if not span & taken:
                taken |= span
                chosen.append(hit)
        return sorted((h.to_match(mapped, words) for h in chosen), key=lambda m: m.start)

    def _longest_at(self, words: list[Token], i: int) -> _Hit | None:
        """The longest entry starting at word i, under any reading of its proclitics."""
        best: _Hit | None = None
        for prefix, stem, articled in readings(words[i].text):
            for table in (self._articled,) if articled else (self._bare, self._articled):
                node = table.get(stem)
                found = _walk(node, words, i) if node else None
                if found is None:
                    continue
                entry, last = found
                if entry.kind == "person" and table is self._articled and not articled:
                    continue  # "كريسي باريت" is not "ك" + "الريسي": a name keeps its article
                size = words[last].end - words[i].at(len(prefix))
                hit = _Hit(entry, i, last, size, prefix)
                if best is None or hit.reading() > best.reading():
                    best = hit
        return best


@dataclass(frozen=True)
class _Hit:
    """An entry found at words[first..last], the term proper being size folded characters."""

    entry: Entry
    first: int
    last: int
    size: int
    prefix: str

    def reading(self) -> tuple[int, int, int]:
        """Among readings of one word: longest, then the fewest proclitics."""
        return (self.last, self.size, -len(self.prefix))

    def rank(self) -> tuple[int, int, int]:
        """Among hits of a text: most words, then most characters, then the earliest."""
        return (self.last - self.first, self.size, -self.first)

    def to_match(self, mapped: MappedText, words: list[Token]) -> Match:
        """The hit as offsets into the text given to match()."""
        start, end = mapped.source_span(words[self.first].start, words[self.last].end)
        term_start = mapped.origin[words[self.first].at(len(self.prefix))]
        return Match(self.entry, start, end, term_start, self.prefix)


def _walk(node: _Node, words: list[Token], i: int) -> tuple[Entry, int] | None:
    """Follow the trie along words[i+1:], returning the deepest entry and its last word."""
    best = (node.entry, i) if node.entry else None
    j = i + 1
    while j < len(words) and words[j].glued and words[j].text in node.children:
        node = node.children[words[j].text]
        if node.entry is not None:
            best = (node.entry, j)
        j += 1
    return best


@cache
def _entry_hash(entry: Entry) -> str:
    data = asdict(entry)
    data.pop("file")
    data.pop("line")
    blob = json.dumps(data, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(blob.encode()).hexdigest()
