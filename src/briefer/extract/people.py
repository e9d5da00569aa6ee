"""The counterparts the sentence names: one built from a post and its holder's name (the
glossary's title for a person it knows outranks the article's wording), and foreign people the
glossary knows, named without a post."""

from __future__ import annotations

from datetime import date

from briefer.extract.facts import Counterpart, Evidence, Label
from briefer.extract.names import name_written
from briefer.extract.post_labels import organisation_label, role_label, title_label
from briefer.extract.posts import Post
from briefer.extract.reading import Reading
from briefer.extract.subjects import named_in_passing
from briefer.extract.unknown_names import Name, name_label
from briefer.glossary.entries import Entry
from briefer.resources import home_country

HOME = home_country()


def people(
    r: Reading,
    consumed: set[int],
    principal_id: str | None,
    day: date | None,
    international: frozenset[str],
) -> list[Counterpart]:
    """Foreign people the glossary knows, named without a post: their title on that day."""
    out = []
    for m in r.of_kind("person"):
        entry = m.entry
        if m.start in consumed or entry.id == principal_id or entry.country == HOME:
            continue
        if named_in_passing(r, m.start):
            continue
        en, fr = entry.title_at(day, "en"), entry.title_at(day, "fr")
        if not en or not fr:
            continue
        role = Label(en, fr)
        serves_body = _serves_body(en, international)
        out.append(
            Counterpart(
                Label(entry.en.full, entry.fr.full),
                name_written(r.sentence.text, m),
                role,
                None,
                None if serves_body else entry.country,
                role,
                entry.id,
                None,
                (r.evidence(m.start, m.end),),
                international=serves_body,
            )
        )
    return out


def glossary_title(entry: Entry | None, day: date | None) -> Label | None:
    """The title a glossary person held on the day of the visit, if the glossary gives one."""
    if entry is None:
        return None
    en, fr = entry.title_at(day, "en"), entry.title_at(day, "fr")
    return Label(en, fr) if en and fr else None


def _serves_body(title: str | None, international: frozenset[str]) -> bool:
    """A glossary title ("Executive Director of Europol") names a body that serves no country."""
    return any(body in (title or "") for body in international)


def own_side(entry: Entry, principal_id: str | None) -> bool:
    """The principal, or an official of the home country."""
    return entry.id == principal_id or entry.country == HOME


def counterpart(
    post: Post,
    name: Name | None,
    cited: Evidence,
    context: str | None,
    day: date | None,
    international: frozenset[str] = frozenset(),
) -> Counterpart:
    """The counterpart a post and its holder's name make. context: the country of a post that
    names none (the host abroad), unless the glossary knows the holder: then his own country,
    or none when his title is an international body's (international: their English names)."""
    role = role_label(post)
    organisation = organisation_label(post)
    title = title_label(post)
    known = name.entry if name else None
    held = glossary_title(known, day)
    if held is not None:
        # The glossary's title outranks the article's loose wording, which stays in evidence.
        role = title = held
        organisation = None
    if post.country or post.international:
        country = post.country
    elif known is not None and known.country:
        serves_body = held is not None and _serves_body(held.en, international)
        country = None if serves_body else known.country
    else:
        country = context
    label, key, unverified = name_label(name, country) if name else (None, post.key, ())
    return Counterpart(
        name=label,
        name_ar=name.ar if name else None,
        role=role,
        organisation=organisation,
        country=country,
        title=title,
        key=key,
        post=post.key,
        evidence=(cited,),
        unverified=(*unverified, *(("organisation",) if post.unverified else ())),
        international=post.international,
    )
