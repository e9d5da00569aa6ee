"""Glossary entries proposed for the names `briefer glossary missing` finds.

For a person: a romanization in the usage of the person's country, that country only when the
article states it next to the name (a demonym, or a post whose organisation or demonym has a
country), the title extraction reads for the name, a free id and the `briefer glossary add`
command that adds the entry as provisional. An organisation gets a command only when its
words have a literal rendering (data/titles.yaml). The article is untrusted: its words reach
the command only as shell-quoted arguments.
"""

from __future__ import annotations

import shlex
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from briefer.arabic.romanize import Romanization, romanize
from briefer.documents import Article
from briefer.extract import demonyms
from briefer.extract.facts import Label
from briefer.extract.names import name_after, name_from
from briefer.extract.names_before import name_before
from briefer.extract.post_labels import title_label
from briefer.extract.posts import read_posts
from briefer.extract.reading import Reading
from briefer.extract.reference import complete
from briefer.extract.titles import literal
from briefer.extract.unknown_names import Name
from briefer.glossary.match import Glossary
from briefer.glossary.mining import ORGANISATION, Candidate, Matcher, missing
from briefer.resources import data_table

CHECKED = "{how} by briefer glossary missing from {seen}; verify against an official source"


@dataclass(frozen=True)
class Stated:
    """What the article says about a person next to the name: country and title."""

    country: str | None
    title: Label | None


@dataclass(frozen=True)
class Proposal:
    """A candidate with the entry proposed for it; en, fr, id and argv are None when no
    entry can be formed (an organisation whose words have no literal rendering)."""

    candidate: Candidate
    kind: str
    """"person" or "organisation"."""
    en: str | None
    fr: str | None
    convention: str | None
    """The romanization convention followed (people only)."""
    country: str | None
    """ISO code the article states next to the name, else None: never guessed."""
    title: Label | None
    id: str | None
    argv: tuple[str, ...] | None
    """The `briefer glossary add` command, one argument per item."""

    @property
    def command(self) -> str | None:
        """The command as one shell line, every argument quoted where it needs it."""
        return shlex.join(self.argv) if self.argv else None


def matcher(glossary: Glossary) -> Matcher:
    """The glossary's matches completed by extraction's demonyms, role nouns and cities, so
    that mining reads a sentence as extraction does."""
    return lambda text: complete(text, glossary.match(text))


def propose(
    articles: Sequence[Article], glossary: Glossary, glossary_dir: Path | None = None
) -> list[Proposal]:
    """Every uncovered name of the articles with its proposed entry, most frequent first.

    glossary_dir: passed on to the proposed command when the glossary is not the default one.
    """
    taken = set(glossary.entries)
    out = []
    for c in missing(articles, glossary, matcher(glossary)):
        proposal = _proposal(c, articles, glossary, taken, glossary_dir)
        if proposal.id:
            taken.add(proposal.id)
        out.append(proposal)
    return out


def _proposal(
    c: Candidate,
    articles: Sequence[Article],
    glossary: Glossary,
    taken: set[str],
    glossary_dir: Path | None,
) -> Proposal:
    seen = _seen(c, articles)
    if c.reason == ORGANISATION:
        return organisation(c, seen, taken, glossary_dir)
    return person(c, seen, _stated_anywhere(c, articles, glossary), taken, glossary_dir)


def person(
    c: Candidate, seen: str, stated: Stated, taken: set[str], glossary_dir: Path | None
) -> Proposal:
    """A person: romanized in the stated country's usage (the default one when none is).

    seen: where the name was first seen ("seeds/000_x.txt#4"), for the entry's note.
    """
    latin = romanize(c.text, stated.country)
    entry_id = free_id("person", _family(latin), latin.latin, taken)
    argv = [
        *_add(c.text, seen, entry_id, "person", "romanized"),
        *("--en", one_line(latin.latin), "--fr", one_line(latin.latin)),
    ]
    if stated.country:
        argv += ["--country", stated.country]
    if stated.title and stated.title.en and stated.title.fr:
        argv += ["--title-en", one_line(stated.title.en), "--title-fr", one_line(stated.title.fr)]
    argv += _target(glossary_dir)
    return Proposal(
        c,
        "person",
        latin.latin,
        latin.latin,
        latin.convention,
        stated.country,
        stated.title,
        entry_id,
        tuple(argv),
    )


def organisation(c: Candidate, seen: str, taken: set[str], glossary_dir: Path | None) -> Proposal:
    """An organisation: a command only when its words render literally in both languages."""
    country = next((m.country for m in demonyms.find(c.text)), None)
    en, fr, gender = literal(c.text)
    if not en or not fr:
        return Proposal(c, "organisation", None, None, None, country, None, None, None)
    entry_id = free_id("org", en, en, taken)
    argv = [
        *_add(c.text, seen, entry_id, "organisation", "rendered literally"),
        *("--en", one_line(en), "--fr", one_line(fr)),
    ]
    if gender:
        argv += ["--gender", gender]
    if country:
        argv += ["--country", country]
    argv += _target(glossary_dir)
    return Proposal(c, "organisation", en, fr, None, country, None, entry_id, tuple(argv))


def _seen(c: Candidate, articles: Sequence[Article]) -> str:
    """Where the name was first seen, "seeds/000_x.txt#4": the file as the user named it."""
    path = next(a.path for a in articles if a.id == c.article)
    here = Path.cwd()
    return f"{path.relative_to(here) if path.is_relative_to(here) else path}#{c.sentence}"


def _add(arabic: str, seen: str, entry_id: str, kind: str, how: str) -> list[str]:
    """The command's head: a provisional entry saying where its spelling came from."""
    checked = CHECKED.format(how=how, seen=seen)
    argv = ["briefer", "glossary", "add", "--provisional", "--checked", one_line(checked)]
    return [*argv, "--id", entry_id, "--kind", kind, "--arabic", one_line(_bare(arabic))]


def _bare(arabic: str) -> str:
    """The name without the genitive "ل" it was mined with: "للشرطة …" is "الشرطة …"."""
    return "ال" + arabic[2:] if arabic.startswith("لل") else arabic


def _target(glossary_dir: Path | None) -> list[str]:
    """The glossary the names were mined against, when it is not the configured one."""
    return ["--glossary", str(glossary_dir)] if glossary_dir is not None else []


def one_line(text: str) -> str:
    """An argument on one line: a name or a note has no line breaks or runs of spaces."""
    return " ".join(text.split())


# --------------------------------------------------------------------------- country, title


def _stated_anywhere(c: Candidate, articles: Sequence[Article], glossary: Glossary) -> Stated:
    """What the first sentence naming the candidate with a country or title says of it."""
    first = next(a for a in articles if a.id == c.article)
    ordered = [first, *(a for a in articles if a is not first)]
    for article in ordered:
        for sentence in article.sentences:
            at = sentence.text.find(c.text)
            if at < 0:
                continue
            r = Reading(article, sentence, complete(sentence.text, glossary.match(sentence.text)))
            stated = stated_at(r, at, at + len(c.text))
            if stated.country or stated.title:
                return stated
    return Stated(None, None)


def stated_at(r: Reading, start: int, end: int) -> Stated:
    """The country and title the sentence gives the name at [start, end): the post it holds
    (as extraction reads it), else a demonym right before it ("الخبير الفرنسي فلان")."""
    for post in read_posts(r):
        for name in (name_after(r, post), name_before(r, post, None)):
            if _is(name, start, end):
                return Stated(post.country, title_label(post))
    for m in r.of_kind("demonym"):
        if m.entry.country and _is(name_from(r, m.end), start, end):
            return Stated(m.entry.country, None)
    return Stated(None, None)


def _is(name: Name | None, start: int, end: int) -> bool:
    """The name read by extraction is the candidate (their spans overlap)."""
    if name is None or name.entry is not None or name.organisation:
        return False
    return name.start < end and start < name.end


# --------------------------------------------------------------------------- ids


def _family(latin: Romanization) -> str:
    """The family name: from the first particle after the given name ("Ould Cheikh Ahmed"),
    else the last part."""
    parts = [t for t in latin.tokens if t.latin]
    if not parts:
        return ""
    start = next((i for i, t in enumerate(parts) if i and t.how == "particle"), len(parts) - 1)
    return " ".join(t.latin for t in parts[start:])


def free_id(prefix: str, short: str, full: str, taken: Iterable[str]) -> str:
    """A stable id from the family name, else the full name, else numbered; not taken."""
    used = set(taken)
    slugs = [slug for slug in (slugify(short), slugify(full)) if slug] or ["unnamed"]
    for slug in slugs:
        if f"{prefix}.{slug}" not in used:
            return f"{prefix}.{slug}"
    base = f"{prefix}.{slugs[-1]}"
    n = 2
    while f"{base}-{n}" in used:
        n += 1
    return f"{base}-{n}"


def slugify(text: str) -> str:
    """Lowercase ASCII words joined by "-": "Ould Boubacar" -> "ould-boubacar"."""
    text = unicodedata.normalize("NFKD", text.lower().translate(_letters()))
    ascii_text = "".join(
        ch if ch.isascii() and ch.isalnum() else " " for ch in text if not unicodedata.combining(ch)
    )
    return "-".join(ascii_text.split())


@cache
def _letters() -> dict[int, str]:
    """Latin letters that do not decompose into ASCII (data/mining.yaml `id_letters`)."""
    table = data_table("mining")["id_letters"]
    return {ord(str(k)): str(v) for k, v in table.items()}
