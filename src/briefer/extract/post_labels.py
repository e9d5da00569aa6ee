"""Titles of posts in English and French: a role with its modifier, organisations and
demonym composed into one label ("Deputy Minister of the Interior of Türkiye")."""

from __future__ import annotations

import re

from briefer.arabic.lexicon import fold_form
from briefer.extract.facts import Label
from briefer.extract.posts import Post, is_unknown
from briefer.extract.reference import feminine
from briefer.glossary.entries import Entry
from briefer.glossary.phrase import adjective, phrase
from briefer.resources import data_table as table


def role_label(post: Post) -> Label:
    """The role in both languages, with its modifier: "Deputy Minister", "ministre adjoint"."""
    return Label(_role(post, "en"), _role(post, "fr"))


def _role(post: Post, lang: str) -> str:
    spec = table("cues")["role_modifiers"].get(post.modifier) or {}
    entry = feminine(post.role) if spec.get("gender") == "f" else post.role
    role = _styled_head(post, lang) or entry.rendering(lang).full
    return role if post.modifier is None else modified(post.modifier, role, lang)


def modified(modifier: str, role: str, lang: str) -> str:
    """A role with its modifier ("نائب": "Deputy {role}", "{role} adjoint"), in lang."""
    return str(table("cues")["role_modifiers"][modifier][lang]).format(role=role)


def _styled_head(post: Post, lang: str) -> str | None:
    """The style of the head of an organisation that has a President rather than a Head."""
    presidents = table("cues")["presidents"]
    if post.role.id == presidents["role"] and not post.organisations and post.located:
        return str(presidents["title"][lang])  # "رئيس جمهورية إفريقيا الوسطى": of a state
    if post.role.id != presidents["role"] or not post.organisations:
        return None
    if post.organisations[0].id not in presidents["organisations"]:
        return None
    return str(presidents["title"][lang])


def organisation_label(post: Post) -> Label | None:
    """The organisations of the post, innermost first, with the demonym where it agrees; an
    organisation with no rendering is given in Arabic only."""
    if not post.shown:
        unknown = [o.arabic[0] for o in post.organisations]
        return Label(None, None, " ".join(unknown)) if unknown else None
    ar = " ".join(o.arabic[0] for o in post.organisations if is_unknown(o)) or None
    return Label(_organisations(post, "en", None), _organisations(post, "fr", None), ar)


def _demonym_on_role(post: Post) -> bool:
    """Arabic agreement says what the demonym qualifies.

    A feminine demonym ("التركية") qualifies a feminine organisation ("الشرطة"); a masculine
    one ("التركي") qualifies the role ("نائب وزير الداخلية التركي") unless the organisation's
    head noun is itself masculine ("الأمن الوطني المغربي").
    """
    if post.demonym is None:
        return False
    if not post.shown:
        return True
    demonym_feminine = fold_form(post.demonym_ar).endswith("ه")
    head = fold_form(post.shown[-1].arabic[0]).split()[0]
    return not demonym_feminine and head.endswith("ه")


def _organisations(post: Post, lang: str, preposition: str | None) -> str:
    """ "of the Spanish National Police" / "de la Police nationale espagnole", chained."""
    parts = []
    prep = preposition
    last = len(post.shown) - 1
    for i, org in enumerate(post.shown):
        with_demonym = i == last and post.demonym is not None and not _demonym_on_role(post)
        parts.append(_org_phrase(org, post.demonym if with_demonym else None, lang, prep))
        prep = "of" if lang == "en" else "de"
    return " ".join(parts)


def _org_phrase(org: Entry, demonym: Entry | None, lang: str, prep: str | None) -> str:
    r = org.rendering(lang)
    if demonym is None:
        return phrase(org, lang, "full", prep) if prep else r.full
    qualifier = adjective(demonym, lang, r.gender)
    if lang == "fr" and r.plural and not qualifier.endswith(("s", "x")):
        qualifier += "s"  # "Forces de sécurité intérieure libanaises"
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
    if not post.shown:
        return role
    return f"{role} {_organisations(post, lang, 'of' if lang == 'en' else 'de')}"


def title_label(post: Post) -> Label:
    """Role, organisations and demonym composed into one title, in both languages."""
    return Label(_title(post, "en"), _title(post, "fr"))


def _after_head(role: str, adjective: str) -> str:
    """French puts the adjective after the head noun: "vice-ministre turc de l'Intérieur"."""
    found = re.search(r" (?:de|d'|d’|du|des) ?", role)
    if found is None:
        return f"{role} {adjective}"
    return f"{role[: found.start()]} {adjective}{role[found.start() :]}"
