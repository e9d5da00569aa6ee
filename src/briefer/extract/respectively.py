"""Names told "respectively" after the posts they hold: "مباحثات مع المفتشين العامين للشرطة في
كل من جمهورية ملاوي وجمهورية زامبيا، السيدين كوندواني موالي ومولينغا تشاندا، على التوالي". The
posts the sentence names before the list hold its names, in order, when there are as many of
each. Cue words: data/cues.yaml (respectively, honorifics, waw_names)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from briefer.arabic.lexicon import cue, fold_form
from briefer.extract.facts import Counterpart
from briefer.extract.name_shape import waw_names
from briefer.extract.posts import PUNCTUATION
from briefer.extract.reading import Reading, skip_space
from briefer.extract.unknown_names import Name, name_label, skip_honorifics, unknown_name


def named_respectively(r: Reading, found: Sequence[Counterpart]) -> list[Counterpart]:
    """The counterparts found, those of this sentence given the names it lists before "على
    التوالي"."""
    out = list(found)
    names = _listed(r)
    if not names:
        return out
    # The posts named before the list, whatever name was read after the last of them (the
    # list's first, which is not his).
    opens = r.evidence(names[0].start, names[0].start).start
    posts = [
        i
        for i, c in enumerate(out)
        if c.evidence[0].sentence == r.sentence.index and c.evidence[0].start < opens
    ]
    if len(posts) != len(names):
        return out
    for i, name in zip(posts, names, strict=True):
        c = out[i]
        label, key, unverified = name_label(name, c.country)
        cited = (*c.evidence, r.evidence(name.start, name.end))
        out[i] = replace(
            c,
            name=label,
            name_ar=name.ar,
            key=key,
            evidence=cited,
            unverified=tuple(dict.fromkeys((*c.unverified, *unverified))),
        )
    return out


def _listed(r: Reading) -> list[Name]:
    """The names between the comma before "على التوالي" and the one before them, each a whole
    item of a list joined by "و" (honorifics and ranks left out)."""
    found = cue("cues", "respectively").search(r.folded)
    if found is None:
        return []
    text = r.sentence.text
    end = len(text[: r.fold_map.origin[found.start()]].rstrip(" ،,"))
    start = max((p.end() for p in PUNCTUATION.finditer(text, 0, end)), default=0)
    names = []
    for a, b in _items(text, start, end):
        at = skip_honorifics(text, a)
        name = unknown_name(r, at, bounded=True, limit=b, vouched=True)
        if name is None or name.start != at or name.end != b:
            return []
        names.append(name)
    return names if len(names) >= 2 else []


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of a list "A وB وC" between start and end; a word in "و" that is a name of its
    own ("وليد") joins no item."""
    items: list[tuple[int, int]] = []
    at = start
    for word in re.finditer(r"\S+", text[start:end]):
        written = word.group()
        joined = written.startswith("و") and fold_form(written) not in waw_names()
        if joined and text[at : start + word.start()].strip():
            items.append((at, len(text[: start + word.start()].rstrip())))
            at = start + word.start() + 1
    items.append((at, end))
    return [(skip_space(text, a), b) for a, b in items]
