"""A post's holder named in the next sentence: "… حيث استقبله مديرها. ويشغل العميد فلان هذا
المنصب منذ …", "… بمدير الأكاديمية. ويتعلق الأمر بالجنرال فلان، الذي …". The name fills the
unnamed post the sentence before ends on. Or the other way round: the person met named first,
his post in the next sentence ("واستقبل حموشي معالي فلان. ويجمع المسؤول الليبيري بين منصبي
وزير العدل …"). Or later still, as the one speaker the article never places ("وأكد فلان، في
تصريح …"). The cue words are in data/cues.yaml."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from briefer.arabic.lexicon import cue
from briefer.extract.facts import Counterpart, UnknownName
from briefer.extract.names import name_after, name_from
from briefer.extract.posts import HOME, Post, read_posts
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
        if not _unnamed(c):
            continue
        r = by_index.get(max(e.sentence for e in c.evidence) + 1)
        name = _holder_named(r) if r is not None else None
        if r is None or name is None or _named_elsewhere(out, name, r.sentence.index):
            continue
        out[i] = _named(c, name, r)
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
        unnamed = [c for c in out if c.evidence[0].sentence == index and _unnamed(c)]
        name = named_before(before) if unnamed else None
        if name is None or _named_elsewhere(out, name, index - 1):
            continue
        chosen = next((c for c in unnamed if not c.post or GENERIC not in c.post), unnamed[0])
        named = _named(chosen, name, before)
        out = [named if c is chosen else c for c in out if c is chosen or c not in unnamed]
        out = [o for o in out if o is named or not _the_same(o, named)]
        if name.entry is None:
            unknown.append(UnknownName(name.ar, before.evidence(name.start, name.end)))
    return out, unknown


def named_later(
    readings: Sequence[Reading],
    counterparts: Sequence[Counterpart],
    principal_id: str | None,
    background: frozenset[int],
) -> tuple[list[Counterpart], list[UnknownName]]:
    """ "استقبل حموشي … مفوض الشرطة المالطية، الذي …" then "وأكد كلايتون بورغ، في تصريح …":
    a speaker the article never places holds the foreign post it left unnamed before him, when
    that post is the only one (and he the only such speaker) or the sentence before ends on
    it. Otherwise which is whose is not said."""
    out = list(counterparts)
    known = {o.name_ar for o in out if o.name_ar}
    speakers: dict[str, tuple[Reading, Name]] = {}
    for r in readings:
        name = None if r.sentence.index in background else _speaker(r)
        if name is not None and name.ar not in known and not _placed(readings, name):
            speakers.setdefault(name.ar, (r, name))
    unknown: list[UnknownName] = []
    for r, name in speakers.values():
        index = r.sentence.index
        before = [
            i
            for i, c in enumerate(out)
            if _unnamed(c)
            and c.country not in (None, HOME)
            and _foreign(name, c, principal_id)
            and max(e.sentence for e in c.evidence) < index
        ]
        last = [i for i in before if max(e.sentence for e in out[i].evidence) == index - 1]
        chosen = last if len(last) == 1 else before if len(speakers) == 1 else []
        if len(chosen) != 1:
            continue
        out[chosen[0]] = _named(out[chosen[0]], name, r)
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
    if name is None or name.organisation or _posted(r.sentence.text, name, read_posts(r)):
        return None
    return name


def _foreign(name: Name, holder: Counterpart, principal_id: str | None) -> bool:
    """The speaker may hold the post: not the principal, nor a known person of elsewhere."""
    entry = name.entry
    return entry is None or (entry.id != principal_id and entry.country == holder.country)


def _placed(readings: Sequence[Reading], name: Name) -> bool:
    """The name appears in a sentence that does not open on his words: told elsewhere, he
    may be placed there (with a post, at an event), and the post is not surely his."""
    return any(name.ar in r.sentence.text and _speaker(r) is None for r in readings)


def _unnamed(c: Counterpart) -> bool:
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
    names = [n for n in names if not _posted(text, n, posts)]
    return max(names, key=lambda n: n.start, default=None)


def _posted(text: str, name: Name, posts: Sequence[Post]) -> bool:
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


def _named(c: Counterpart, name: Name, r: Reading) -> Counterpart:
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
