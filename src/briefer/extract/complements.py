"""The words between a post and its holder's name: "وزير الدولة لشؤون الأمن دان جارفيس"
(a complement of prose words), "بالوزارة ذاتها", "رئيس هذا الجهاز، فلان", an acting word, and
the body a head noun without the article governs ("المديرة العامة لوكالة إنفاذ قوانين
المخدرات، فاتو سانيه"). The cue words are in data/cues.yaml."""

from __future__ import annotations

import re

from briefer.arabic.frequency import zipf
from briefer.arabic.lexicon import alternation, fold_form, folded, forms
from briefer.extract.name_shape import (
    complement_word,
    construct_heads,
    given_name,
    listed_name,
    place_heads,
    prose,
)
from briefer.extract.posts import Post
from briefer.extract.reading import Reading
from briefer.extract.unknown_names import Name

MAX_COMPLEMENT = 3
"""Words a complement between a post and its holder's name has at most ("لشؤون الأمن")."""
MIN_NAME = 2
MAX_NAME_WORDS = 4
MAX_ORGANISATION = 6
"""Words the body a post governs has at most ("لوكالة إنفاذ قوانين المخدرات")."""


def past_complement(text: str, at: int) -> int:
    """Past a short complement "بالوزارة ذاتها", "لقطاع الأمن العام" between a post and
    ", NAME"; a name that begins with ب ("وزير الدفاع بيدرو سانشيز،") is no complement."""
    # "وكيل وزارة الداخلية بالتكليف اللواء فلان": the word that makes the post acting.
    acting = folded_match(rf"\s+(?:{alternation(forms('cues', 'acting'))})(?!\w)", text, at)
    at = acting or at
    # "… لمكافحة المخدرات والرقابة عليها، فلان": a preposition with its pronoun ends the post.
    pronoun = alternation(forms("cues", "pronoun_complements"))
    ended = folded_match(rf"\s+(?:{pronoun})(?=\s*[،,])", text, at)
    if ended is not None:
        return ended
    # "رئيس هذا الجهاز، فلان": the body said again by a demonstrative, then his name.
    again = alternation(forms("cues", "demonstratives"))
    said = folded_match(rf"\s+(?:{again})\s+\w+(?=\s*[،,])", text, at)
    if said is not None:
        return said
    found = re.match(r"\s+([بل]\w+)(?:\s+\w+){0,2}(?=\s*(?:\([^()]{1,30}\)\s*)?[،,])", text[at:])
    if found is None or not complement_word(found.group(1)):
        return _complement_before_name(text, at)
    return at + found.end()


def folded_match(pattern: str, text: str, at: int) -> int | None:
    """Where a match of the folded-form pattern at offset at of text ends, if it matches."""
    tail = folded(text[at:])
    found = re.match(pattern, tail.text)
    return None if found is None else at + tail.source_span(0, found.end())[1]


def _complement_before_name(text: str, at: int) -> int:
    """ "وزير الدولة لشؤون الأمن دان جارفيس،": a complement of prose words, then a name
    filling the rest of the chunk with no comma between; where the name begins, or at."""
    chunk = re.match(r"[^،,.؛:()\"]+(?=[،,.])", text[at:])
    words = list(re.finditer(r"\w+", chunk.group())) if chunk else []
    if not words or words[0].group()[0] not in "بل" or listed_name(words[0].group()):
        return at  # "ليو جيان مينغ": a name data/names.yaml lists, not "ل" + "يو"
    # "بمحافظ الشرطة لمنطقة بوش دو رون": a region or city word opens a place's name.
    if fold_form(words[0].group())[1:] in place_heads():
        return at
    # A word of prose, however rare ("لشؤون"), not a name that begins with ب or ل.
    known = [zipf(fold_form(w.group()).removeprefix(w.group()[0])) > 0 for w in words[:1]]
    known += [zipf(fold_form(w.group())) > 0 for w in words[1:]]
    for split in range(1, min(MAX_COMPLEMENT, len(words) - MIN_NAME) + 1):
        name = words[split:]
        if len(name) > MAX_NAME_WORDS or name[0].group().startswith("ال"):
            continue
        # "لقطاع شؤون الأمن العام": words with the article after an unlisted first word go on
        # with the body's name; "سامح فؤاد الشربيني" opens with a listed given name.
        articled = any(w.group().startswith("ال") for w in name)
        if articled and not given_name(fold_form(name[0].group())):
            continue
        if all(known[:split]) and not prose(name):
            return at + name[0].start()
    return at


def governed(r: Reading, end: int) -> Name | None:
    """The words a head noun governs, up to the comma that closes them (at most
    MAX_ORGANISATION words, no person among them)."""
    text = r.sentence.text
    closing = re.match(r"[^،,.؛:()\"]+?(?=\s*(?:في\s+\S+\s*)?[،,])", text[end:])
    if closing is None or len(closing.group().split()) > MAX_ORGANISATION:
        return None
    stop = end + closing.end()
    if any(end <= m.start < stop for m in r.of_kind("person")):
        return None
    start = end + len(closing.group()) - len(closing.group().lstrip())
    located = re.search(r"\s+في\s+\S+\s*$", text[start:stop])
    stop = start + located.start() if located else stop
    return Name(None, text[start:stop].strip(), start, stop, organisation=True)


def bare_role(r: Reading, post: Post) -> bool:
    """ "محافظة مقاطعة بوميرانيا، بياتا كوفالسكا", "وزير داخلية إقليم كوردستان، ريبر أحمد": a
    post ending on a noun without the article governs the words after it, up to the comma
    before the name. Not one ending on a pronoun ("رئيسه هولغر مونش"), on a preposition's
    noun or on a country ("لجمهورية كازاخستان يرجان سادينوف"): the name follows it."""
    text = r.sentence.text
    written = text[post.start : post.end].split()
    return (
        bool(written)
        and not re.match(r"[وفبك]{0,2}(?:ال|لل)|[لب]", fold_form(written[-1]))
        and not written[-1].endswith(("ه", "ها", "هم", "هما"))
        and not any(m.end == post.end for m in r.of_kind("country", "place", "demonym"))
        and text[post.end : post.end + 1].isspace()
        and governed(r, post.end) is not None
    )


def open_construct(r: Reading, end: int) -> bool:
    """The post ends on a body's head noun without the article ("لوكالة", "مديرية")."""
    last = re.search(r"(\w+)\s*$", r.sentence.text[:end])
    if last is None or not r.sentence.text[end : end + 1].isspace():
        return False
    word = fold_form(last.group(1))
    return any(word == p + h for p in ("", "ل", "و", "ب") for h in construct_heads())
