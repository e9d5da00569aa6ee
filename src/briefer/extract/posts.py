"""Posts: a role with its modifier, organisations and demonym, found in a sentence and
composed into a title in English and French ("Deputy Minister of the Interior of Türkiye")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefer.arabic.lexicon import cue, fold_form
from briefer.extract.facts import Label
from briefer.extract.reading import Reading
from briefer.glossary.entries import Entry, Match
from briefer.glossary.phrase import adjective, phrase
from briefer.resources import data_table as table
from briefer.resources import home_country

HOME = home_country()
PUNCTUATION = re.compile(r"[.،,؛;:()؟?!\"]")


@dataclass(frozen=True)
class Post:
    """A role, its modifier ("نائب"), the organisations it belongs to and their demonym."""

    role: Entry
    modifier: str | None
    organisations: tuple[Entry, ...]
    demonym: Entry | None
    demonym_ar: str
    """The demonym as written: its ending tells what it agrees with."""
    start: int
    end: int
    next_match: int
    """Index of the first match after the post."""

    @property
    def home(self) -> bool:
        """The post is Moroccan: the principal's own side, not a counterpart."""
        entries = (self.role, *self.organisations, *([self.demonym] if self.demonym else []))
        return any(e.country == HOME for e in entries)

    @property
    def key(self) -> str:
        """What identifies the post across sentences."""
        orgs = ",".join(e.id for e in self.organisations)
        country = self.demonym.country if self.demonym else ""
        return f"{self.role.id}|{self.modifier or ''}|{orgs}|{country}"

    @property
    def country(self) -> str | None:
        """The demonym's country, else the first organisation's (None for INTERPOL, UN)."""
        if self.demonym is not None:
            return self.demonym.country
        if self.organisations:
            return self.organisations[0].country
        return self.role.country


def read_posts(r: Reading) -> list[Post]:
    """Each role of the sentence with the organisations and demonym attached to it."""
    ms = r.matches
    posts = []
    for i, m in enumerate(ms):
        if m.entry.kind != "role" or _is_rank(r, m):
            continue
        modifier, start = _modifier(r, m)
        orgs: list[Entry] = []
        end, j = m.end, i + 1
        while j < len(ms) and ms[j].entry.kind == "organisation" and _joins(r, end, ms[j].start):
            orgs.append(ms[j].entry)
            end, j = ms[j].end, j + 1
            end, j = _skip_restatement(r, ms, j, end, ms[j - 1].entry)
        demonym, demonym_ar = None, ""
        if j < len(ms) and ms[j].entry.kind == "demonym" and _joins(r, end, ms[j].start):
            demonym, demonym_ar = ms[j].entry, r.sentence.text[ms[j].term_start : ms[j].end]
            end, j = ms[j].end, j + 1
        posts.append(Post(m.entry, modifier, tuple(orgs), demonym, demonym_ar, start, end, j))
    return posts


def _is_rank(r: Reading, m: Match) -> bool:
    """ "اللواء ركن طيار" before a name is a rank, not the post the person holds."""
    honorifics = cue("cues", "honorifics")
    ranks = r.sentence.text[m.start : m.end].split()
    return all(honorifics.fullmatch(fold_form(w)) for w in ranks)


def _modifier(r: Reading, m: Match) -> tuple[str | None, int]:
    """ "نائب وزير …": the modifier word just before the role, and where the post starts."""
    before = r.sentence.text[: m.start]
    word = before.split()[-1] if before.split() else ""
    bare = fold_form(word)
    bare = bare[1:] if bare.startswith("و") and len(bare) > 3 else bare
    for modifier in table("cues")["role_modifiers"]:
        if bare == fold_form(modifier):
            return str(modifier), len(before.rstrip()) - len(word)
    return None, m.start


def _joins(r: Reading, start: int, end: int) -> bool:
    """Only spaces or filler words ("جهاز") lie between two parts of a post."""
    gap = r.sentence.text[start:end]
    if PUNCTUATION.search(gap):
        return False
    fillers = {fold_form(f) for f in table("cues")["org_fillers"]}
    return all(fold_form(w) in fillers for w in gap.split())


def _skip_restatement(
    r: Reading, ms: Sequence[Match], j: int, end: int, entry: Entry
) -> tuple[int, int]:
    """Skip the same organisation restated in quotes or brackets: "… الجنائية "الإنتربول"."""
    if j < len(ms) and ms[j].entry.id == entry.id:
        gap = r.sentence.text[end : ms[j].start]
        if not gap.strip(' "()'):
            close = r.sentence.text[ms[j].end : ms[j].end + 1]
            return ms[j].end + (1 if close in '")' else 0), j + 1
    return end, j


def role_label(post: Post) -> Label:
    """The role in both languages, with its modifier: "Deputy Minister", "ministre adjoint"."""
    return Label(_role(post, "en"), _role(post, "fr"))


def _role(post: Post, lang: str) -> str:
    role = _styled_head(post, lang) or post.role.rendering(lang).full
    if post.modifier is None:
        return role
    template = str(table("cues")["role_modifiers"][post.modifier][lang])
    return template.format(role=role)


def _styled_head(post: Post, lang: str) -> str | None:
    """The style of the head of an organisation that has a President rather than a Head."""
    presidents = table("cues")["presidents"]
    if post.role.id != presidents["role"] or not post.organisations:
        return None
    if post.organisations[0].id not in presidents["organisations"]:
        return None
    return str(presidents["title"][lang])


def organisation_label(post: Post) -> Label | None:
    """The organisations of the post, innermost first, with the demonym where it agrees."""
    if not post.organisations:
        return None
    return Label(_organisations(post, "en", None), _organisations(post, "fr", None))


def _demonym_on_role(post: Post) -> bool:
    """Arabic agreement says what the demonym qualifies.

    A feminine demonym ("التركية") qualifies a feminine organisation ("الشرطة"); a masculine
    one ("التركي") qualifies the role ("نائب وزير الداخلية التركي") unless the organisation's
    head noun is itself masculine ("الأمن الوطني المغربي").
    """
    if post.demonym is None:
        return False
    if not post.organisations:
        return True
    demonym_feminine = fold_form(post.demonym_ar).endswith("ه")
    head = fold_form(post.organisations[-1].arabic[0]).split()[0]
    return not demonym_feminine and head.endswith("ه")


def _organisations(post: Post, lang: str, preposition: str | None) -> str:
    """ "of the Spanish National Police" / "de la Police nationale espagnole", chained."""
    parts = []
    prep = preposition
    last = len(post.organisations) - 1
    for i, org in enumerate(post.organisations):
        with_demonym = i == last and post.demonym is not None and not _demonym_on_role(post)
        parts.append(_org_phrase(org, post.demonym if with_demonym else None, lang, prep))
        prep = "of" if lang == "en" else "de"
    return " ".join(parts)


def _org_phrase(org: Entry, demonym: Entry | None, lang: str, prep: str | None) -> str:
    r = org.rendering(lang)
    if demonym is None:
        return phrase(org, lang, "full", prep) if prep else r.full
    qualifier = adjective(demonym, lang, r.gender)
    if lang == "en":
        head = f"{qualifier} {r.full}"
        return f"{prep} the {head}" if prep else head
    return f"{phrase(org, lang, 'full', prep) if prep else r.full} {qualifier}"


def _title(post: Post, lang: str) -> str:
    """Role, organisations and demonym composed into one title."""
    role = _role(post, lang)
    on_role = _demonym_on_role(post) and post.demonym is not None
    if on_role and post.demonym is not None:
        qualifier = adjective(post.demonym, lang, "m")
        role = f"{qualifier} {role}" if lang == "en" else _after_head(role, qualifier)
    if not post.organisations:
        return role
    return f"{role} {_organisations(post, lang, 'of' if lang == 'en' else 'de')}"


def title_label(post: Post) -> Label:
    """Role, organisations and demonym composed into one title, in both languages."""
    return Label(_title(post, "en"), _title(post, "fr"))


def _after_head(role: str, adjective: str) -> str:
    """French puts the adjective after the head noun: "vice-ministre turc de l'Intérieur"."""
    found = re.search(r" (?:de|d'|du|des) ?", role)
    if found is None:
        return f"{role} {adjective}"
    return f"{role[: found.start()]} {adjective}{role[found.start() :]}"
