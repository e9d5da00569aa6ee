"""The words between a post and its holder's name: "وزير الدولة لشؤون الأمن دان جارفيس"
(a complement of prose words), "بالوزارة ذاتها", "رئيس هذا الجهاز، فلان", an acting word, and
the body a head noun without the article governs ("المديرة العامة لوكالة إنفاذ قوانين
المخدرات، فاتو سانيه"), and the rest of a body's name up to the comma before its head's name
("… بمكتب المفوض الوطني للشرطة، السيد فلان"). The cue words are in data/cues.yaml."""

from __future__ import annotations

import re

from briefer.arabic.frequency import zipf
from briefer.arabic.lexicon import alternation, cue, fold_form, folded, forms
from briefer.extract.name_shape import (
    complement_word,
    construct_heads,
    given_name,
    listed_name,
    place_heads,
    prose,
)
from briefer.extract.posts import Post, in_office
from briefer.extract.reading import Reading
from briefer.extract.unknown_names import Name, skip_honorifics
from briefer.glossary.entries import Match
from briefer.resources import data_table as table

MAX_COMPLEMENT = 3
"""Words a complement between a post and its holder's name has at most ("لشؤون الأمن")."""
MIN_NAME = 2
MAX_NAME_WORDS = 4
MAX_ORGANISATION = 6
"""Words the body a post governs has at most ("لوكالة إنفاذ قوانين المخدرات")."""
# The rest of an organisation's name after a post, up to a comma: a few words or a quoted
# acronym ("… في مجال إنفاذ القانون "يوروبول"،").
TAIL = re.compile(
    r'\s*((?:"[^"]{1,30}"|[^\s،,.؛:"()]+)(?:\s+(?:"[^"]{1,30}"|\([^()]{1,30}\)|[^\s،,.؛:"()]+)){0,7})'
    r"\s*(?=[،,])"
)


MAX_REMIT = 8
"""Words a remit clause may have after its word: "المشرفة على المركز الوطني للجرائم …"."""


def past_complement(text: str, at: int) -> int:
    """Past a short complement "بالوزارة ذاتها", "لقطاع الأمن العام" between a post and
    ", NAME"; a name that begins with ب ("وزير الدفاع بيدرو سانشيز،") is no complement."""
    # "وكيل وزارة الداخلية بالتكليف اللواء فلان": the word that makes the post acting.
    acting = folded_match(rf"\s+(?:{alternation(forms('cues', 'acting'))})(?!\w)", text, at)
    at = acting or at
    # "وزير الداخلية المكلف بحكومة الوحدة الوطنية عماد الطرابلسي": a remit word, its
    # complement, then the name with no comma between.
    remit = folded_match(rf"\s+(?:{alternation(forms('cues', 'remit'))})(?=\s+[بل])", text, at)
    named = _complement_before_name(text, remit) if remit is not None else at
    if remit is not None and named > remit:
        return named
    # "مساعدة المفتش العام المشرفة على المركز الوطني للجرائم الإلكترونية، فلانة": a remit
    # clause up to its comma, then the name.
    remits = alternation(forms("cues", "remit"))
    clause = folded_match(
        rf"\s+(?:{remits})(?:\s+[^\s،,.؛:()\"]+){{1,{MAX_REMIT}}}(?=\s*[،,])", text, at
    )
    if clause is not None:
        return clause
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
    # "كاتب الدولة في الأمن رافائيل بيريز": "في" opens a complement as "ل" does.
    located = bool(words) and words[0].group() == "في"
    if not words or (words[0].group()[0] not in "بل" and not located):
        return at
    if listed_name(words[0].group()):
        return at  # "ليو جيان مينغ": a name data/names.yaml lists, not "ل" + "يو"
    # "بمحافظ الشرطة لمنطقة بوش دو رون": a region or city word opens a place's name.
    if fold_form(words[0].group())[1:] in place_heads():
        return at
    # A word of prose, however rare ("لشؤون"), not a name that begins with ب or ل.
    known = [
        located or zipf(fold_form(w.group()).removeprefix(w.group()[0])) > 0 for w in words[:1]
    ]
    # "بوزارة الداخلية الجورجية ليفان …": a word with the article (a demonym too rare for the
    # word list) is the complement's.
    known += [w.group().startswith("ال") or zipf(fold_form(w.group())) > 0 for w in words[1:]]
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


def organisation_tail(r: Reading, at: int, opened: bool = False) -> int | None:
    """Where the comma after the rest of an organisation's name stands: "المديرة التنفيذية
    لمكتب | الأمم المتحدة المعني بالمخدرات والجريمة، السيدة …", "لوكالة الاتحاد الأوروبي
    للتعاون | في مجال إنفاذ القانون "يوروبول"، كاثرين دي بول". The words between hold no
    person, post or place and no word that ends a name (but "في"). opened: the words are
    known to be the organisation's, whatever their first word."""
    text = r.sentence.text
    found = TAIL.match(text, at)
    if found is None:
        return None
    end = found.end()
    # "مدير مراقبة التراب بجمهورية كوت ديفوار، المراقب العام فلان": a rank after the comma
    # vouches that a name follows, whatever the words before it.
    ranked = skip_honorifics(text, end + 1) > len(text) - len(text[end + 1 :].lstrip(" "))
    # "لهيئة الشرطة | وحرس الحدود الإستونية، فلان": "و" carries on the body's name.
    lead = ("ال", "ل", "ب", "في ", '"', "و")
    if not (opened or ranked) and not found.group(1).startswith(lead):
        return None
    # A place in it ("… للإنتربول بالرباط،") says where the post is, not whose it is; a
    # region is part of a name ("منظمة الأمن والتعاون في أوروبا"), and so is the country of
    # a body before a rank ("بجمهورية كوت ديفوار، المراقب العام").
    kinds = ("person", "role", "place") if ranked else ("person", "role", "place", "country")
    # "مفوض قوة الشرطة الملكية لكومنولث جزر البهاما، كندريك رول": the body's country ends it.
    last = found.end(1)
    ending = [m for m in r.of_kind("country") if m.end == last]
    # "رئيس قسم التحليل بمكتب المفوض الوطني للشرطة، السيد فلان": the office's holder is part
    # of the body's name.
    inside = [m for m in r.matches if at <= m.start < end and m not in ending]
    if any(_placing(m, kinds) and not _office(r, m) for m in inside):
        return None
    own = _without(text, found.start(1), last, [m for m in inside if _office(r, m)])
    stops = {fold_form(w) for w in table("cues")["not_names"]} - {fold_form("في")}
    if any(fold_form(w) in stops for w in re.findall(r"\w+", own)):
        return None
    # "المفتش العام للشرطة التنزانية ونائبته، فلانة": the name is the deputy's.
    if cue("cues", "deputy_of").search(folded(found.group(1)).text):
        return None
    return end


def in_construct(text: str, at: int) -> bool:
    """ "لشرطة | كتالونيا، فلان": the words before at end with a body's head noun without
    its article, which the next word completes, whatever it is."""
    words = re.findall(r"\w+", text[:at])
    if not words:
        return False
    last = fold_form(words[-1])
    last = last[1:] if last.startswith(("ل", "ب")) and not last.startswith("ال") else last
    return last in construct_heads()


def _without(text: str, start: int, end: int, spans: list[Match]) -> str:
    """text[start:end] with the spans blanked out."""
    kept = list(text[start:end])
    for m in spans:
        kept[m.start - start : m.end - start] = " " * (m.end - m.start)
    return "".join(kept)


def _office(r: Reading, m: Match) -> bool:
    return m.entry.kind == "role" and in_office(r, m)


def _placing(m: Match, kinds: tuple[str, ...]) -> bool:
    return m.entry.kind in kinds and not (m.entry.kind == "place" and m.entry.country is None)


def awaits_complement(text: str, at: int) -> bool:
    """The word before offset at is "ل" and a common noun without the article ("لمكافحة",
    "لتعزيز"), which takes a complement after it."""
    before = text[:at].split()[-1:]
    if not before or not before[0].startswith("ل") or before[0].startswith("لل"):
        return False
    stem = fold_form(before[0][1:])
    return not stem.startswith("ال") and zipf(stem) >= float(table("cues")["common_word_zipf"])
