"""A post's holder named in the next sentence: "… حيث استقبله مديرها. ويشغل العميد فلان هذا
المنصب منذ …", "… بمدير الأكاديمية. ويتعلق الأمر بالجنرال فلان، الذي …". The name fills the
unnamed post the sentence before ends on. Or the other way round: the person met named first,
his post in the next sentence ("واستقبل حموشي معالي فلان. ويجمع المسؤول الليبيري بين منصبي
وزير العدل …"). The cue words are in data/cues.yaml."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from briefer.arabic.lexicon import cue
from briefer.extract.facts import Counterpart, UnknownName
from briefer.extract.names import name_after, name_from
from briefer.extract.posts import Post, read_posts
from briefer.extract.reading import Reading, skip_space
from briefer.extract.unknown_names import Name, name_label, skip_honorifics, unknown_name


def named_next(
    readings: Sequence[Reading], counterparts: Sequence[Counterpart]
) -> tuple[list[Counterpart], list[UnknownName]]:
    """The counterparts with the holders the next sentences name, and the names the glossary
    lacks among them. A person read on his own from that sentence is the holder, not another
    counterpart."""
    by_index = {r.sentence.index: r for r in readings}
    out = list(counterparts)
    unknown: list[UnknownName] = []
    for i, c in enumerate(out):
        if not is_unnamed(c):
            continue
        r = by_index.get(max(e.sentence for e in c.evidence) + 1)
        name = _holder_named(r) if r is not None else None
        if r is None or name is None or _named_elsewhere(out, name, r.sentence.index):
            continue
        out[i] = with_name(c, name, r)
        if name.entry is None:
            unknown.append(UnknownName(name.ar, r.evidence(name.start, name.end)))
        out = [o for o in out if o is out[i] or not _the_same(o, out[i])]
    return _named_first(by_index, out, unknown)


def _named_first(
    by_index: dict[int, Reading], counterparts: list[Counterpart], unknown: list[UnknownName]
) -> tuple[list[Counterpart], list[UnknownName]]:
    """ "… جلسة عمل مع أنيل براساد شارما. ويقود الضابط … برتبة مساعد مفوض": the unnamed posts
    of a sentence that opens with a verb of holding are the titles of the person the sentence
    before names; the first (past the anaphor "المسؤول الليبيري") takes his name, the others
    ("ويجمع … بين منصبي وزير العدل والمدعي العام") are his too."""
    out = list(counterparts)
    for index in sorted({c.evidence[0].sentence for c in out}):
        posted = by_index.get(index)
        before = by_index.get(index - 1)
        if posted is None or before is None or not _posted_next(posted):
            continue
        unnamed = [c for c in out if c.evidence[0].sentence == index and is_unnamed(c)]
        name = named_before(before) if unnamed else None
        if name is None or _named_elsewhere(out, name, index - 1):
            continue
        chosen = next((c for c in unnamed if not c.post or GENERIC not in c.post), unnamed[0])
        named = with_name(chosen, name, before)
        out = [named if c is chosen else c for c in out if c is chosen or c not in unnamed]
        out = [o for o in out if o is named or not _the_same(o, named)]
        if name.entry is None:
            unknown.append(UnknownName(name.ar, before.evidence(name.start, name.end)))
    return out, unknown


def is_unnamed(c: Counterpart) -> bool:
    return c.name is None and c.name_ar is None


GENERIC = "role.official|"
"""The post of "المسؤول الليبيري", the anaphor that names no title of its own."""


def _holder_named(r: Reading) -> Name | None:
    """The name in "ويشغل [rank] فلان هذا المنصب" or "ويتعلق الأمر ب[rank] فلان" opening r."""
    holds = cue("cues", "holder_verbs").match(r.folded)
    concerns = cue("cues", "holder_concerned").match(r.folded)
    verb_end = holds.end() if holds else len(r.folded)
    post_again = cue("cues", "holder_post").search(r.folded, verb_end) if holds else None
    if post_again is not None and not r.folded[verb_end : post_again.start()].strip():
        # "ويشغل هذا المنصب منذ العام الماضي المساعد الأول للمفتش العام فلان": the post said
        # again first, then the holder with his title.
        return _titled_after(r, r.fold_map.origin[post_again.end() - 1] + 1)
    if post_again is not None:
        end = verb_end
    elif concerns is not None and r.folded[concerns.end() :].lstrip().startswith("ب"):
        end = skip_space(r.folded, concerns.end()) + 1  # "ب": "ويتعلق الأمر بالجنرال فلان"
    else:
        return None
    at = r.fold_map.origin[end - 1] + 1
    # "بالمفوض فلان": a rank the glossary reads as a role, behind the "ب".
    rank = next((m for m in r.of_kind("role") if m.start == at - 1 and m.prefix == "ب"), None)
    name = name_from(r, rank.end if rank else at)
    return None if name is None or name.organisation else name


def _posted_next(r: Reading | None) -> bool:
    """The sentence opens with a verb of holding a post ("ويتولى هذا الأخير منصب …", "ويجمع
    المسؤول الليبيري بين منصبي …"): its subject is the person named before."""
    return r is not None and r.has_opening("cues", "post_openers")


def named_before(r: Reading) -> Name | None:
    """The last person the sentence names with no post: after an honorific, after "مع" or
    "ب" and a meeting word, or closing the sentence after a comma ("وكانت أول من التقاه حموشي،
    صباح الاثنين، تشو بون إنغ.")."""
    text = r.sentence.text
    # "بالجنرال كيو سوفانارا": the honorific may carry "ب" or "و".
    found = [
        unknown_name(
            r, skip_honorifics(text, r.fold_map.origin[h.end() - 1] + 1), False, vouched=True
        )
        for h in cue("cues", "honorifics").finditer(r.folded)
    ]
    with_ = [m.end() for m in re.finditer(r"(?<!\w)مع\s+", text)]
    found += [unknown_name(r, skip_honorifics(text, at), bounded=False) for at in with_]
    last = max((m.end() for m in re.finditer(r"[،,]\s*", text)), default=None)
    if last is not None:
        found.append(unknown_name(r, skip_honorifics(text, last), bounded=True))
    posts = read_posts(r)
    names = [n for n in found if n is not None and not n.organisation]
    names = [n for n in names if not posted_beside(text, n, posts)]
    return max(names, key=lambda n: n.start, default=None)


def posted_beside(text: str, name: Name, posts: Sequence[Post]) -> bool:
    """A post of the sentence stands right before or after the name: it is his already."""
    return any(
        not text[p.end : name.start].strip(" ،,") or not text[name.end : p.start].strip(" ،,")
        for p in posts
    )


def _titled_after(r: Reading, at: int) -> Name | None:
    """The name of the first post after offset at, read after his title."""
    post = next((p for p in read_posts(r) if p.start >= at), None)
    name = name_after(r, post) if post is not None else None
    return None if name is None or name.organisation else name


def _named_elsewhere(counterparts: Sequence[Counterpart], name: Name, index: int) -> bool:
    """The name is already another's post's holder, read from a sentence of its own."""
    return any(
        c.name_ar == name.ar and any(e.sentence != index for e in c.evidence) for c in counterparts
    )


def with_name(c: Counterpart, name: Name, r: Reading) -> Counterpart:
    label, key, unverified = name_label(name, c.country)
    return replace(
        c,
        name=label,
        name_ar=name.ar,
        key=key,
        evidence=(*c.evidence, r.evidence(name.start, name.end)),
        unverified=(*unverified, *c.unverified),
    )


def _the_same(other: Counterpart, holder: Counterpart) -> bool:
    """Another counterpart for the same person: read on his own from the naming sentence."""
    return other.name_ar == holder.name_ar and other.key in (holder.key, f"name|{holder.name_ar}")
