"""The visit's bilateral meetings: how many, and whether any were held.

A count is written as a number before a meeting noun and "ثنائي…" ("12 اجتماعا ثنائيا",
"ثلاثة لقاءات ثنائية"), or "مع", or after the verb of holding them ("عقد … ثلاثة لقاءات"), as
a dual ("لقاءين ثنائيين", "عقد … لقاءين" = 2) or as "a single one" ("لقاء ثنائي وحيد", "لم
يعقد سوى لقاء ثنائي", "سوى لقاء رسمي واحد" = 1). Held is True when the article reports
meetings or talks of the visit (a count implies it), False when it says there were none ("لم
يعقد أي لقاءات ثنائية"), None when it is silent. Background and planned sentences count for
neither. The words are in data/cues.yaml.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from briefer.arabic.lexicon import cue, fold_form, words
from briefer.arabic.numbers import find_numbers
from briefer.extract.facts import Evidence
from briefer.extract.reading import Reading
from briefer.extract.tense import background, planned, recent
from briefer.resources import data_table as table

Words = list[tuple[int, int, str]]
# How many words after a meeting noun "ثنائي…" may stand: "لقاءات ثنائية", "اجتماعا أمنيا ثنائيا".
BILATERAL_REACH = 2
# How many words before a meeting a negation governs it: "ولم يعقد حموشي، حسب المصادر ذاتها، أي
# لقاء", but not "لم يتم توقيع أي اتفاقية خلال هذه الزيارة، التي اقتصرت على المباحثات الثنائية".
NEGATION_REACH = 7
# A number this large before "مباحثات مع" is the year of a date, not a count.
YEAR_LIKE = 100
# How many words before a count the verb of holding it may stand: "عقد الضيف المغربي في اليوم
# الأول من زيارته ثلاثة لقاءات رسمية".
HELD_REACH = 10
WITH_REACH = 4
"""Words after a meeting noun within which who it was with is named ("مع", "بين")."""


@dataclass(frozen=True)
class Meetings:
    """The count of bilateral meetings, whether any were held, and where the text says so."""

    count: int | None
    held: bool | None
    count_evidence: tuple[Evidence, ...] = ()
    held_evidence: tuple[Evidence, ...] = ()


def read_meetings(readings: list[Reading], upcoming: bool = False) -> Meetings:
    """The visit's bilateral meetings: a count first, then a denial, then talks reported.
    upcoming: the visit begins after the article was published, so the talks it names are
    its programme and none is held yet (a count written for it is kept)."""
    about = [r for r in readings if not background(r) or recent(r)]
    counts = [(r, value, cited) for r in about for value, cited in _counts(r)]
    if counts:
        value = counts[0][1]
        cited = tuple(c for _, v, c in counts if v == value)
        return Meetings(value, None, cited, ()) if upcoming else Meetings(value, True, cited, cited)
    if upcoming:
        return Meetings(None, None)
    denied = [r.evidence() for r in about if _denied(r)]
    if denied:
        return Meetings(None, False, (), (denied[0],))
    held = [e for r in about if not planned(r) for e in _talks(r)]
    if held:
        return Meetings(None, True, (), (held[0],))
    return Meetings(None, None)


def _counts(r: Reading) -> Iterator[tuple[int, Evidence]]:
    """The counts one sentence writes, each with the words that write it."""
    only = r.has("cues", "meetings_only")
    tokens = words(r.folded)
    for number in find_numbers(r.sentence.text):
        at = _folded_offset(r, number.begin)
        after = words(r.folded[_folded_offset(r, number.end) :])
        counted = bool(after) and _noun("meetings").fullmatch(after[0][2]) is not None
        exact = not _approximate_before(r, at)
        # "أربعة لقاءات ثنائية"; "أربعة لقاءات مع كبار المسؤولين", "عقد … ثلاثة لقاءات":
        # meetings with others (a year before "مباحثات مع" counts nothing).
        held = number.value < YEAR_LIKE and (
            (len(after) > 1 and after[1][2] == "مع") or _held_before(r, at)
        )
        bilateral = _bilateral_after(after, 0) or held
        if counted and exact and bilateral and (only or not _negated_before(r, at)):
            yield number.value, r.evidence(number.begin, number.end)
    for i, (start, end, token) in enumerate(tokens):
        if not only and _negated_before(r, start):
            continue
        dual = _noun("meetings_dual").fullmatch(token) and (
            _bilateral_after(tokens, i) or _held_before(r, start)
        )
        subset = i > 0 and cue("cues", "meetings_subset").fullmatch(tokens[i - 1][2])
        if (dual or _noun("meetings_dual_definite").fullmatch(token)) and not subset:
            yield 2, r.folded_evidence(start, end)
        elif _noun("meetings").fullmatch(token) and _single(tokens, i):
            yield 1, r.folded_evidence(start, tokens[min(i + 2, len(tokens) - 1)][1])


def _single(tokens: Words, i: int) -> bool:
    """ "لقاء ثنائي وحيد", "سوى لقاء ثنائي": one bilateral meeting and no other; "لا يتضمن
    سوى لقاء رسمي واحد": "only" and "one" make it one without "ثنائي…"."""
    only = i > 0 and cue("cues", "meetings_only").fullmatch(tokens[i - 1][2]) is not None
    single = cue("cues", "meetings_single", proclitics=False)
    if not _bilateral_after(tokens, i):
        return only and any(single.fullmatch(w) for _, _, w in tokens[i + 1 : i + 3])
    last = tokens[i + 2][2] if i + 2 < len(tokens) else ""
    return only or single.fullmatch(last) is not None


def _held_before(r: Reading, at: int) -> bool:
    """ "عقد حموشي خلال هذه الزيارة لقاءين، الأول مع …": meetings the principal held, told by
    the verb of holding a few words before their number, are his meetings with others."""
    held = cue("cues", "meetings_held", proclitics=False)
    return any(held.fullmatch(w) for _, _, w in words(r.folded[:at])[-HELD_REACH:])


def _with_someone(tokens: list[tuple[int, int, str]], i: int, r: Reading) -> bool:
    """ "وسبق التوقيع اجتماع موسع بين الجانبين", "أول لقاءات الحموشي كان مع وزير الداخلية":
    a meeting noun, then within a few words who it was with; not one still to come."""
    after = {w for _, _, w in tokens[i + 1 : i + 1 + WITH_REACH]}
    return bool(after & _partners()) and not r.has("cues", "next_meeting")


@cache
def _partners() -> frozenset[str]:
    return frozenset(fold_form(str(w)) for w in table("cues")["meeting_partners"])


def _denied(r: Reading) -> bool:
    """ "لم يعقد أي لقاءات ثنائية": a negation, then a bilateral meeting phrase, no "سوى"."""
    if r.has("cues", "meetings_only"):
        return False
    return any(_negated_before(r, start) for start, _ in _bilateral_phrases(r))


def _talks(r: Reading) -> Iterator[Evidence]:
    """Where the sentence reports talks or a meeting of the visit."""
    for start, end in _bilateral_phrases(r):
        if not _negated_before(r, start):
            yield r.folded_evidence(start, end)
    for found in cue("cues", "talks").finditer(r.folded):
        if not _negated_before(r, found.start()):
            yield r.folded_evidence(found.start(), found.end())
    # "أجرى حموشي مع المسؤولين الإيفواريين مباحثات", "حموشي وفلان أجريا … مباحثات": talks
    # held, the verb of holding them a few words before the noun.
    if not planned(r):
        tokens = words(r.folded)
        for i, (start, end, token) in enumerate(tokens):
            if _noun("meetings").fullmatch(token) is None:
                continue
            held = _held_before(r, start) or _with_someone(tokens, i, r)
            if held and not _negated_before(r, start):
                yield r.folded_evidence(start, end)
    with_word = re.compile(rf"(?<!\w){fold_form(table('cues')['with_word'])}(?!\w)")
    for found in cue("cues", "discussed").finditer(r.folded):
        if with_word.search(r.folded, found.end()) and not _negated_before(r, found.start()):
            yield r.folded_evidence(found.start(), found.end())


def _bilateral_phrases(r: Reading) -> Iterator[tuple[int, int]]:
    """Folded spans of meeting nouns followed by "ثنائي…": "لقاءات ثنائية"."""
    tokens = words(r.folded)
    nouns = [_noun(k) for k in ("meetings", "meetings_definite", "meetings_dual")]
    for i, (start, _, token) in enumerate(tokens):
        end = _bilateral_after(tokens, i)
        if end and any(n.fullmatch(token) for n in nouns):
            yield start, end


def _bilateral_after(tokens: Words, i: int) -> int:
    """The folded end of "ثنائي…" among the words after token i, else 0."""
    bilateral = cue("cues", "bilateral", proclitics=False)
    following = tokens[i + 1 : i + 1 + BILATERAL_REACH]
    return next((end for _, end, w in following if bilateral.fullmatch(w)), 0)


def _negated_before(r: Reading, at: int) -> bool:
    """A negation word among the few words before the folded offset at."""
    negation = cue("cues", "negations", proclitics=False)
    before = words(r.folded[:at])[-NEGATION_REACH:]
    return any(negation.fullmatch(w) for _, _, w in before)


def _approximate_before(r: Reading, at: int) -> bool:
    """ "أزيد من 20": the number is a bound, not a count."""
    approximately = cue("cues", "approximately")
    return any(
        m.end() == len(r.folded[:at].rstrip()) for m in approximately.finditer(r.folded[:at])
    )


def _noun(key: str) -> re.Pattern[str]:
    return cue("cues", key)


def _folded_offset(r: Reading, at: int) -> int:
    """The folded offset of sentence offset at (the first folded character at or after it)."""
    origin = r.fold_map.origin
    return next((i for i, o in enumerate(origin) if o >= at), len(origin) - 1)
