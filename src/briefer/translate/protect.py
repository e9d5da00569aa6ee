"""Glossary terms through the machine: replaced by placeholders the model copies through,
then restored in the target language (first mention in full, later mentions short, French
articles and contractions)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from briefer.glossary.entries import Entry
from briefer.glossary.match import Glossary
from briefer.glossary.phrase import phrase
from briefer.translate.settings import rules

# Canonical placeholder inside briefer (private-use brackets); each package gets its own
# surface form, chosen by probing its SentencePiece vocabulary.
OPEN, CLOSE = "\ue000", "\ue001"
CANONICAL = re.compile(f"{OPEN}(\\d+){CLOSE}")
SPACES = re.compile(r"\s+")
# Only marks no language spaces before: French writes "Ankara : la visite", keep that.
SPACE_BEFORE_PUNCT = re.compile(r"\s+([.,،؛)\]])")
SPACE_AFTER_OPEN = re.compile(r"([(\[])\s+")


@dataclass(frozen=True)
class Term:
    """A glossary term of a source sentence, replaced by placeholder `number`."""

    number: int
    entry_id: str
    written: str = ""
    """The term as the source writes it (proclitics excluded)."""


@dataclass(frozen=True)
class Protected:
    """A sentence with its glossary terms replaced by canonical placeholders."""

    text: str
    terms: tuple[Term, ...]


def placeholder(number: int) -> str:
    """The canonical placeholder of a term number."""
    return f"{OPEN}{number}{CLOSE}"


def protect(text: str, glossary: Glossary) -> Protected:
    """Replace each glossary match (proclitics kept as a word of their own) by a placeholder."""
    out: list[str] = []
    terms: list[Term] = []
    at = 0
    for match in glossary.match(text)[: rules().max_terms]:
        number = len(terms) + 1
        clitic = _detached_proclitic(match.prefix)
        out.append(text[at : match.start])
        out.append(f"{clitic} {placeholder(number)}" if clitic else placeholder(number))
        terms.append(Term(number, match.entry.id, text[match.term_start : match.end]))
        at = match.end
    out.append(text[at:])
    return Protected("".join(out), tuple(terms))


def _detached_proclitic(prefix: str) -> str:
    """The proclitic letters without the definite article: "بال" -> "ب", "لل" -> "ل"."""
    article = rules().article
    if prefix.endswith(article):
        prefix = prefix[: -len(article)]
    elif prefix.endswith("لل"):
        prefix = prefix[:-1]
    return "".join(c for c in prefix if c in rules().proclitics)


def protect_target(text: str, terms: Sequence[Term], glossary: Glossary, lang: str) -> str:
    """Re-protect the terms in a human translation (longest accepted form first)."""
    for term in terms:
        entry = glossary.get(term.entry_id)
        for form in sorted(set(entry.rendering(lang).forms), key=len, reverse=True):
            pattern = re.compile(rf"(?<!\w){re.escape(form)}(?!\w)")
            if form and pattern.search(text):
                text = pattern.sub(placeholder(term.number), text, count=1)
                break
    return text


@dataclass
class Mentions:
    """Which entries a document has already named, per language."""

    seen: set[str] = field(default_factory=set)

    def form(self, entry_id: str) -> str:
        first = entry_id not in self.seen
        self.seen.add(entry_id)
        return "first" if first else "later"


def restore(
    text: str, terms: Sequence[Term], glossary: Glossary, lang: str, mentions: Mentions
) -> tuple[str, dict[int, str]]:
    """Replace placeholders by the rendering, with article/contraction; return the renderings."""
    by_number = {t.number: t for t in terms}
    rendered: dict[int, str] = {}
    out = ""
    at = 0
    for m in CANONICAL.finditer(text):
        term = by_number.get(int(m.group(1)))
        before = text[at : m.start()]
        at = m.end()
        if term is None:
            out += before
            continue
        entry = glossary.get(term.entry_id)
        form = mentions.form(entry.id)
        before, preposition = _absorb(before, lang)
        words = phrase(entry, lang, form, preposition)
        if not (out + before).strip(" \"'«("):
            words = words[:1].upper() + words[1:]
        rendered[term.number] = expected(entry, lang, form)
        out += before + words
    return tidy(out + text[at:]), rendered


def _absorb(before: str, lang: str) -> tuple[str, str | None]:
    """Drop an article or preposition written just before a term; phrase() writes it."""
    table = rules().absorb.get(lang, {})
    for words in sorted(table, key=len, reverse=True):
        pattern = re.compile(rf"(?i)(^|\s){re.escape(words)}\s*$")
        found = pattern.search(before)
        if found:
            return before[: found.start()] + found.group(1), table[words]
    return before, None


def expected(entry: Entry, lang: str, form: str) -> str:
    """The rendering a term should have: its first mention in full, later ones short."""
    rendering = entry.rendering(lang)
    return rendering.first_mention if form == "first" else rendering.later_mention


def tidy(text: str) -> str:
    """Spaces collapsed, none before closing punctuation or after an opening bracket."""
    text = SPACE_BEFORE_PUNCT.sub(r"\1", SPACES.sub(" ", text))
    return SPACE_AFTER_OPEN.sub(r"\1", text).strip()
