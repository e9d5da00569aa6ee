"""Names told "respectively" after the posts they hold: "مباحثات مع المفتشين العامين للشرطة في
كل من جمهورية ملاوي وجمهورية زامبيا، السيدين كوندواني موالي ومولينغا تشاندا، على التوالي". The
posts the sentence names before the list hold its names, in order, when there are as many of
each. Cue words: data/cues.yaml (respectively, honorifics, waw_names)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from itertools import combinations

from briefer.arabic.lexicon import cue, fold_form
from briefer.extract.facts import Counterpart
from briefer.extract.name_shape import waw_names
from briefer.extract.reading import Reading, skip_space
from briefer.extract.unknown_names import Name, name_label, skip_honorifics, unknown_name

LIST_END = re.compile(r"[.،,؛;:؟?!\"]")
"""What ends the chunk of names before "على التوالي"; brackets stay inside it: "الفريق شرطة
(حقوقي) فلان"."""


def named_respectively(r: Reading, found: Sequence[Counterpart]) -> list[Counterpart]:
    """The counterparts found, those of this sentence given the names it lists before "على
    التوالي"."""
    out = list(found)
    span = _span(r)
    if span is None:
        return out
    # The posts named before the list, whatever name was read after the last of them (the
    # list's first, which is not his).
    opens = r.evidence(span[0], span[0]).start
    posts = [
        i
        for i, c in enumerate(out)
        if c.evidence[0].sentence == r.sentence.index and c.evidence[0].start < opens
    ]
    names = _listed(r, *span, len(posts))
    if not names:
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


def _span(r: Reading) -> tuple[int, int] | None:
    """Where the chunk before "على التوالي" starts and ends."""
    found = cue("cues", "respectively").search(r.folded)
    if found is None:
        return None
    text = r.sentence.text
    end = len(text[: r.fold_map.origin[found.start()]].rstrip(" ،,"))
    start = max((p.end() for p in LIST_END.finditer(text, 0, end)), default=0)
    return skip_space(text, start), end


def _listed(r: Reading, start: int, end: int, count: int) -> list[Name]:
    """The count names of the list between start and end, each a whole item of a list joined
    by "و" (honorifics and ranks left out): the first split into count items that are all
    names, since a name may begin with "و" too ("كاميلوس وامبورا")."""
    if count < 2:
        return []
    for items in _splits(r.sentence.text, start, end, count):
        names = [_whole_name(r, a, b) for a, b in items]
        if all(names):
            return [n for n in names if n is not None]
    return []


def _whole_name(r: Reading, a: int, b: int) -> Name | None:
    at = skip_honorifics(r.sentence.text, a)
    name = unknown_name(r, at, bounded=True, limit=b, vouched=True)
    return name if name is not None and name.start == at and name.end == b else None


def _splits(text: str, start: int, end: int, count: int) -> Iterator[list[tuple[int, int]]]:
    """The ways to cut the list at count - 1 of its words in "و" (a listed given name in "و",
    "وليد", is never a cut), leftmost cuts first."""
    cuts = [
        start + w.start()
        for w in re.finditer(r"\S+", text[start:end])
        if w.group().startswith("و") and fold_form(w.group()) not in waw_names() and w.start()
    ]
    for chosen in combinations(cuts, count - 1):
        bounds = [start, *chosen, end]
        yield [
            (skip_space(text, a + (1 if i else 0)), len(text[:b].rstrip()))
            for i, (a, b) in enumerate(zip(bounds, bounds[1:], strict=False))
        ]
