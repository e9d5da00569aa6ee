"""A body said again by its head noun alone: "المدير التنفيذي للآلية" after "آلية الاتحاد
الإفريقي للتعاون الشرطي", "مدير عام الجهاز" after "جهاز الشرطة الخليجية لدول مجلس التعاون",
"الأمين العام المساعد … بالأمانة العامة" after "الأمانة العامة لمجلس وزراء الداخلية العرب".
The post serves what that body serves: when the body named before is of no one country, so is
the post, wherever the meeting is. The head nouns are in data/cues.yaml (body_again_heads)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from briefer.arabic.lexicon import fold_form, folded, forms
from briefer.extract.dated import folded_at
from briefer.extract.posts import (
    PUNCTUATION,
    Post,
    international_body,
    international_words,
    serves_no_country,
)
from briefer.extract.reading import Reading
from briefer.glossary.entries import Entry

NAME_REACH = 8
"""Words of the body's full name read after its head noun."""
GENERAL = "العامه"
"""The adjective of "الأمانة العامة", part of the head, not of the body's name."""


def said_again(said: Sequence[Reading], r: Reading, post: Post) -> Post:
    """The post, of no country when its body is a head noun with the article ("للآلية",
    "الجهاز") and the last body of that head named in full before (in said, or in r before
    the post) serves none; the post's body is that one when the glossary knows it."""
    own = _own_head(post)
    head = own or _head_after(r, post.end)
    if head is None:
        return post
    places = [*((s, len(s.folded)) for s in said), (r, folded_at(r, post.start))]
    for reading, limit in reversed(places):
        named = _named_in_full(reading, head, limit)
        if named is None:
            continue
        international, known = named
        if own and known is not None:
            post = replace(post, organisations=(*post.organisations[:-1], known))
        return replace(post, international=True) if international else post
    return post


def _own_head(post: Post) -> str | None:
    """ "المدير التنفيذي للآلية": the body read as the post's is the head noun alone."""
    last = fold_form(post.organisations[-1].arabic[0]) if post.organisations else ""
    head = last.removeprefix("ال")
    return head if last.startswith("ال") and head in _heads() else None


def _head_after(r: Reading, end: int) -> str | None:
    """The head noun (folded, without the article) said alone right after the post."""
    rest = folded(r.sentence.text[end:]).text
    found = re.match(r"\s*(?:بال|لل|ال)(\w+)", rest)
    if found is None or found.group(1) not in _heads():
        return None
    after = rest[found.end() :].lstrip().removeprefix(GENERAL).lstrip()
    # "للآلية،", "الجهاز واختصاصاته": the head alone; "للآلية الإفريقية …" names a body.
    alone = not after or PUNCTUATION.match(after) or not after.startswith(("ل", "ب", "ال"))
    return found.group(1) if alone else None


def _named_in_full(r: Reading, head: str, limit: int) -> tuple[bool, Entry | None] | None:
    """The last body of that head named with its name's words, in r's folded text before
    limit: whether it serves no country, and its glossary entry if it has one; None when r
    names none."""
    pattern = rf"(?<!\w)[وبل]?(?:ال|لل)?{re.escape(head)}((?:\s+[^\s.،,؛:()]+){{1,{NAME_REACH}}})"
    stops = _function_words()
    full = []
    for m in re.finditer(pattern, r.folded[:limit]):
        words = m.group(1).split()
        # "المركز في تحليل …", "المركز إلى الرباط": prose after the head, not a name.
        cut = next((i for i, w in enumerate(words) if w in stops), len(words))
        if words[:cut] and words[:cut] != [GENERAL]:
            full.append((m, " ".join(words[:cut])))
    if not full:
        return None
    last, words = full[-1]
    start, end = (r.fold_map.origin[i] for i in (last.start(), last.end() - 1))
    known = [m for m in r.of_kind("organisation") if start <= m.start <= end]
    if not known:
        return international_words(words) or international_body(words), None
    # "لمجلس وزراء الداخلية العرب" is that body; "المكتب الإقليمي للمنظمة الدولية للشرطة
    # الجنائية" one of its offices, of no country too.
    head_at = r.fold_map.origin[last.start(1) - 1]
    itself = next((m.entry for m in known if m.start <= head_at < m.end), None)
    return any(serves_no_country(m.entry) for m in known), itself


@cache
def _function_words() -> frozenset[str]:
    return frozenset(fold_form(str(w)) for w in forms("cues", "function_words"))


@cache
def _heads() -> frozenset[str]:
    return frozenset(fold_form(str(w)) for w in forms("cues", "body_again_heads"))
