"""A sentence as every extraction rule reads it: its glossary matches and its folded text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from briefer.arabic.lexicon import cue, folded
from briefer.arabic.text import MappedText
from briefer.documents import Article, Block, Sentence
from briefer.extract.facts import Evidence
from briefer.extract.layout import datelines
from briefer.extract.reference import complete
from briefer.extract.wire import wire_country
from briefer.glossary.entries import Match
from briefer.glossary.match import Glossary

QUOTED = re.compile(r'"[^"]*"')
CLAUSE_END = re.compile(r"[،,.;؛]")


@dataclass(frozen=True)
class Reading:
    """One sentence with its glossary matches and folded text, shared by every rule."""

    article: Article
    sentence: Sentence
    matches: tuple[Match, ...]

    @cached_property
    def folded(self) -> str:
        """The glossary fold of the sentence, digits Western; offsets map via fold_map."""
        return self.fold_map.text

    @cached_property
    def fold_map(self) -> MappedText:
        """The MappedText of the fold, to map folded offsets back to the sentence."""
        return folded(self.sentence.text)

    @property
    def block(self) -> Block:
        """What the sentence's paragraph is: headline, heading or body."""
        return self.article.paragraphs[self.sentence.paragraph].kind

    def evidence(self, start: int = 0, end: int | None = None) -> Evidence:
        """Evidence for [start, end) of the sentence text (the whole sentence by default)."""
        end = len(self.sentence.text) if end is None else end
        s, e = self.article.source_span(self.sentence.start + start, self.sentence.start + end)
        return Evidence(self.article.id, self.sentence.index, s, e)

    def folded_evidence(self, start: int, end: int) -> Evidence:
        """Evidence for a span of the folded text."""
        a, b = self.fold_map.source_span(start, end)
        return self.evidence(a, b)

    def of_kind(self, *kinds: str) -> list[Match]:
        """The matches whose entry is of one of these kinds."""
        return [m for m in self.matches if m.entry.kind in kinds]

    def quoted(self, match: Match) -> bool:
        """True when the match sits inside quotation marks (a title, a slogan, a prize)."""
        return self.quoted_at(match.start)

    def quoted_at(self, at: int) -> bool:
        """True when offset at of the sentence sits inside quotation marks (a title, or what
        someone said: "مكن خلال السنوات الأخيرة من …")."""
        return any(q.start() < at < q.end() for q in QUOTED.finditer(self.sentence.text))

    def has(self, table_name: str, key: str) -> bool:
        """True when the sentence holds one of the cue words of a data-table list."""
        return cue(table_name, key).search(self.folded) is not None

    def has_opening(self, table_name: str, key: str) -> bool:
        """True when the sentence opens with one of the cue words of a data-table list."""
        return cue(table_name, key).match(self.folded.lstrip()) is not None

    def in_cued_clause(self, table_name: str, key: str, at: int) -> bool:
        """True when offset at of the sentence lies in a clause one of the cue words of a
        data-table list opens, up to the next comma or full stop ("قادما من …،")."""
        for found in cue(table_name, key).finditer(self.folded):
            start = self.fold_map.origin[found.start()]
            stop = CLAUSE_END.search(self.sentence.text, start)
            if start < at < (stop.start() if stop else len(self.sentence.text)):
                return True
        return False


def read(article: Article, glossary: Glossary) -> list[Reading]:
    """Every sentence of the article with its glossary matches, completed by reference data
    (demonyms, role nouns, cities) where the glossary has nothing."""
    lines = datelines(article)
    local = wire_country(article)
    return [
        Reading(article, s, complete(s.text, glossary.match(s.text), s.index in lines, local))
        for s in article.sentences
    ]


def written(text: str, m: Match) -> str:
    """The matched words as an Arabic reader cites them: the article kept, "و ب ل" dropped."""
    article = "ال" if m.prefix.endswith(("ال", "لل")) else ""
    return article + text[m.term_start : m.end]


def skip_space(text: str, at: int) -> int:
    """The offset of the first character from at that is not a space."""
    while at < len(text) and text[at].isspace():
        at += 1
    return at
