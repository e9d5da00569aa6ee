"""Whether a sentence tells the record of earlier agreements rather than this visit's: one that
recalls ("سبق أن …"), sets the visit in its context ("ويأتي هذا اللقاء بعد …"), or a
pluperfect dated in the past; and a renewal, which signs again on this visit what an earlier
visit signed; documents referred back to ("تفعيل مذكرة التفاهم", "الموقعة سنة 2019"),
under a vague quantity or the complement of another. Word lists: data/agreements.yaml."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import cache

from briefer.arabic.dates import month_forms
from briefer.arabic.lexicon import alternation, cue, fold_form, forms
from briefer.extract import gazetteer
from briefer.extract.agreement_cues import (
    COMMA,
    REFER,
    WORD,
    Cue,
    Mention,
    agreement_setting,
    document_words,
    word_before,
    word_count,
)
from briefer.extract.posts import serves_no_country
from briefer.extract.reading import Reading, skip_space
from briefer.resources import data_table as table

RENEWAL_REACH = 8
"""Words before a renewal word a signing word may stand, the signers between them."""


def in_background(r: Reading, year: int | None, first: date | None = None) -> bool:
    """A sentence that tells the record: "سبق أن …", a dated pluperfect, or one that sets the
    visit in its context ("ويأتي هذا اللقاء بعد …"); not one that signs a renewal, whatever
    earlier signing it recalls."""
    data = table("agreements")["background"]
    text = r.folded
    if any(renewed(r, m.start()) for m in document_words().finditer(text)):
        return False
    if cue("agreements", "background.recalls").search(text):
        return True
    if r.has_opening("agreements", "background.setting"):
        return True
    # "منذ الزيارة التي قام بها جلالة الملك … سنة 2016، والتي توجت بتوقيع …": dated before.
    recalled = cue("agreements", "background.earlier_events").search(text)
    had = cue("agreements", "background.had")
    pluperfect = recalled is not None or any(
        had.search(" ".join(WORD.findall(text[m.end() :])[: int(data["reach"])]))
        for m in cue("agreements", "background.was").finditer(text)
    )
    return pluperfect and _dated_past(text, year, first)


def _dated_past(text: str, year: int | None, first: date | None = None) -> bool:
    """ "سنة 2022", "زيارته السابقة", "في ماي الماضي", "في مارس 2025" (a month before the
    visit's first day): the sentence places itself in the past (before the visit's year, when
    it is known)."""
    if cue("agreements", "background.past").search(text):
        return True
    months = month_forms()
    for m in _month_pattern().finditer(text):
        month = months.get(m.group(1), 0)
        if m.group(2) is None and m.group(3) is not None:
            return True  # "ماي الماضي"
        written = (int(m.group(2)), month) if m.group(2) else None
        if first is not None and written is not None and written < (first.year, first.month):
            return True
    words = "|".join(fold_form(w) for w in forms("agreements", "background.year_words"))
    dated = re.finditer(rf"(?<!\w)(?:{words})\s+(\d{{4}})(?!\d)", text)
    return any(year is None or int(m.group(1)) < year for m in dated)


@cache
def _month_pattern() -> re.Pattern[str]:
    """A month with its year ("مارس 2025") or a past word ("ماي الماضي")."""
    names = alternation(month_forms())
    past = alternation(fold_form(w) for w in forms("calendar", "past_month"))
    return re.compile(rf"(?<!\w)({names})\s+(?:((?:19|20)\d\d)(?!\d)|({past})(?!\w))")


def renewed(r: Reading, start: int) -> bool:
    """The document at folded offset start is signed again on this visit: a renewal word right
    before it, a signing word right before that ("التوقيع على تجديد مذكرة التفاهم") or before
    the signers and "على"."""
    before = WORD.findall(r.folded[:start])[-RENEWAL_REACH:]
    if not before or not cue("agreements", "renewal").fullmatch(before[-1]):
        return False
    if cue("agreements", "predicate.sign").search(" ".join(before[-3:-1])):
        return True
    # "بتوقيع حموشي والجنرال فلان على تجديد مذكرة التفاهم": the signers between the signing
    # word and "على", the object it takes.
    if len(before) < 2 or before[-2] != fold_form("على"):
        return False
    return cue("agreements", "predicate.sign").search(" ".join(before[:-2])) is not None


def names_a_convention(r: Reading, end: int) -> bool:
    """The document word ending at folded offset end is in construct with an international
    body or a city: "اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة", "اتفاقية باليرمو" are
    conventions of many states, never documents of this visit, whatever signing the sentence
    tells of them ("لفتح باب التوقيع")."""
    text = r.sentence.text
    at = skip_space(text, r.fold_map.origin[end] if end < len(r.folded) else len(text))
    city = next(iter(gazetteer.find(text[at:])), None)
    # "البروتوكول الجديد": an adjective of the document, though a town bears its name too.
    adjective = cue("agreements", "document_adjectives", False).match(
        r.folded, skip_space(r.folded, end)
    )
    if city is not None and city.start == 0 and not city.prefix and adjective is None:
        return True
    return any(
        m.start == at
        and m.prefix in ("", "ال")
        and m.entry.kind == "organisation"
        and serves_no_country(m.entry)
        for m in r.matches
    )


def dated_before(r: Reading, chain: list[Cue], mention: Mention, year: int | None) -> bool:
    """ "وقع البلدان سنة 2015 اتفاقية", "اتفاقية وقعت عام 2014": signed before the visit's year."""
    if year is None:
        return False
    start = chain[-1].end if chain else mention.start
    span = r.folded[start : mention.end] + " " + _after_region(r, mention)
    return any(int(y) < year for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", span))


def refers_back(r: Reading, cues: Sequence[Cue], mention: Mention, chain: list[Cue]) -> bool:
    """An earlier agreement: "تفعيل مذكرة التفاهم", "الاتفاقية الموقعة سنة 2019"."""
    if chain and chain[-1].role == REFER:
        return True
    return cue("agreements", "referred_after").search(_after_region(r, mention)) is not None


def _after_region(r: Reading, mention: Mention) -> str:
    """The words right after a document word, up to a comma or the next document word: where
    its date and "الموقعة" stand."""
    region = r.folded[mention.end :]
    ends = [m.start() for m in (COMMA.search(region), document_words().search(region)) if m]
    region = region[: min(ends)] if ends else region
    reach = list(WORD.finditer(region))[: agreement_setting("referred_reach")]
    return region[: reach[-1].end()] if reach else ""


def is_complement(r: Reading, mention: Mention) -> bool:
    """ "البروتوكول الإضافي للاتفاقية الأمنية": a document word of the one just before."""
    word = WORD.match(r.folded, mention.start)
    proclitics = tuple(forms("agreements", "complement_proclitics"))
    # No document word is spelt with a leading "ل": there it is a proclitic.
    if word is None or not word.group().startswith(proclitics):
        return False
    before = r.folded[: mention.start]
    # "الاتفاق على الخطوط العريضة لاتفاق": "الاتفاق على" is agreeing, no document.
    agreeing = [(m.start(), m.end()) for m in cue("agreements", "predicate.agree").finditer(before)]
    previous = [
        m.end()
        for m in document_words().finditer(before)
        if not any(a <= m.start() < b for a, b in agreeing)
    ]
    return bool(previous) and word_count(before[previous[-1] :]) <= agreement_setting(
        "complement_reach"
    )


def vague_quantity(r: Reading, mention: Mention) -> bool:
    """ "عشرات الاتفاقيات ومذكرات التفاهم": a record, never this visit's documents; "بدل اتفاق"
    (instead of an agreement): a document not signed."""
    if cue("agreements", "vague").search(word_before(r, mention.start)):
        return True
    two = " ".join(WORD.findall(r.folded[: mention.start])[-2:])
    if re.search(rf"(?:{cue('agreements', 'instead').pattern})$", two):
        return True
    # A document joined by "و" to one under a vague quantity is counted with it.
    if r.folded[mention.start : mention.start + 1] != "و":
        return False
    previous = list(document_words().finditer(r.folded[: mention.start]))
    if not previous or r.folded[previous[-1].end() : mention.start].strip():
        return False
    return cue("agreements", "vague").search(word_before(r, previous[-1].start())) is not None
