"""A post's holder named sentences later, by what he does rather than by his post: the speaker
of a quote ("وأكد كلايتون بورغ، في تصريح …") or the one who signs with the principal ("وقع
السيد حموشي والسيد أليستر غيفارو مذكرة تفاهم"), whom the article never places beside a post.
The cue words are in data/cues.yaml (speaker_openers) and data/agreements.yaml (predicate.sign).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefer.arabic.lexicon import cue
from briefer.extract.facts import Counterpart, UnknownName
from briefer.extract.holder_next import is_unnamed, posted_beside, with_name
from briefer.extract.names import name_from
from briefer.extract.posts import HOME, read_posts
from briefer.extract.reading import Reading, skip_space
from briefer.extract.unknown_names import Name, skip_honorifics, unknown_name


def named_later(
    readings: Sequence[Reading],
    counterparts: Sequence[Counterpart],
    principal_id: str | None,
    background: frozenset[int],
) -> tuple[list[Counterpart], list[UnknownName]]:
    """ "استقبل حموشي … مفوض الشرطة المالطية، الذي …" then "وأكد كلايتون بورغ، في تصريح …":
    a speaker or signer the article never places holds the foreign post it left unnamed before
    him, when that post is the only one (and he the only such person) or the sentence before
    names it. Otherwise which is whose is not said."""
    out = list(counterparts)
    known = {o.name_ar for o in out if o.name_ar}
    speakers = [_speaker(r) for r in readings]
    signers = [_cosigner(r) for r in readings]
    acting = [a or b for a, b in zip(speakers, signers, strict=True)]
    actors: dict[str, tuple[Reading, Name]] = {}
    for r, spoke, signed in zip(readings, speakers, signers, strict=True):
        # "وقال فالديسي أوركيزا، الذي يقود المنظمة منذ نونبر 2024، …": his own record makes
        # the quote's sentence background, but not its speaker someone else.
        name = spoke or (None if r.sentence.index in background else signed)
        if name is not None and name.ar not in known and not _placed(readings, acting, name):
            actors.setdefault(name.ar, (r, name))
    unknown: list[UnknownName] = []
    for r, name in actors.values():
        index = r.sentence.index
        before = [
            i
            for i, c in enumerate(out)
            if is_unnamed(c)
            and (c.international or c.country not in (None, HOME))
            and _foreign(name, c, principal_id)
            and min(e.sentence for e in c.evidence) < index
        ]
        last = [i for i in before if any(e.sentence == index - 1 for e in out[i].evidence)]
        chosen = last if len(last) == 1 else before if len(actors) == 1 else []
        if len(chosen) != 1:
            continue
        out[chosen[0]] = with_name(out[chosen[0]], name, r)
        if name.entry is None:
            unknown.append(UnknownName(name.ar, r.evidence(name.start, name.end)))
    return out, unknown


def _speaker(r: Reading) -> Name | None:
    """The person named right after a verb of saying that opens the sentence, with no post."""
    verb = cue("cues", "speaker_openers").match(r.folded.lstrip())
    if verb is None:
        return None
    end = len(r.folded) - len(r.folded.lstrip()) + verb.end()
    at = r.fold_map.origin[end - 1] + 1
    # "وأكد ليون غلودن، حسب بلاغ …": a name filling its chunk, whatever its words also name.
    name = unknown_name(r, skip_space(r.sentence.text, at), bounded=True) or name_from(r, at)
    if name is None or name.organisation or posted_beside(r.sentence.text, name, read_posts(r)):
        return None
    # "ونقل المصدر عن الفريق أول البسامي": the verb's subject is someone else.
    if skip_honorifics(r.sentence.text, skip_space(r.sentence.text, at)) < name.start:
        return None
    return name


def _cosigner(r: Reading) -> Name | None:
    """ "وقع السيد حموشي والسيد أليستر غيفارو مذكرة تفاهم", "بتوقيع حموشي وجان كلود إيلونغا
    موامبا على مذكرة": the person joined by "و" to a home official right after a verb of
    signing."""
    text = r.sentence.text
    signs = [
        r.fold_map.origin[m.end() - 1] + 1
        for m in cue("agreements", "predicate.sign").finditer(r.folded)
    ]
    for m in r.of_kind("person"):
        if m.entry.country != HOME or not any(not text[at : m.start].strip() for at in signs):
            continue
        joined = re.match(r"\s+و(?=\w)", text[m.end :])
        if joined is None:
            continue
        at = skip_honorifics(text, m.end + joined.end())
        name = unknown_name(r, at, bounded=False, vouched=at > m.end + joined.end())
        if name is not None and not name.organisation:
            return name
    return None


def _foreign(name: Name, holder: Counterpart, principal_id: str | None) -> bool:
    """The speaker may hold the post: not the principal, nor a known person of elsewhere (of
    a body that serves no country, anyone the glossary does not place at home)."""
    entry = name.entry
    if entry is None:
        return True
    if holder.international:
        return entry.id != principal_id and entry.country != HOME
    return entry.id != principal_id and entry.country == holder.country


def _placed(readings: Sequence[Reading], acting: Sequence[Name | None], name: Name) -> bool:
    """The name appears in a sentence where nobody speaks or signs (acting, per reading): told
    elsewhere, he may be placed there (with a post, at an event), and the post is not surely
    his."""
    return any(
        name.ar in r.sentence.text and actor is None
        for r, actor in zip(readings, acting, strict=True)
    )
