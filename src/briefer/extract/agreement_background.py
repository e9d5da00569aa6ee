"""Whether a sentence tells the record of earlier agreements rather than this visit's: one that
recalls ("سبق أن …"), sets the visit in its context ("ويأتي هذا اللقاء بعد …"), or a
pluperfect dated in the past; and a renewal, which signs again on this visit what an earlier
visit signed. Word lists: data/agreements.yaml (background, renewal)."""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from briefer.arabic.dates import month_forms
from briefer.arabic.lexicon import alternation, cue, fold_form, forms
from briefer.extract import gazetteer
from briefer.extract.agreement_cues import WORD, document_words
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
