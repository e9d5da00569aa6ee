"""Who holds a meeting a sentence reports, when it is not the principal: another official of
the home side ("عقد حموشي لقاء مع …" when Laftit leads), or a counterpart named before who meets
others ("كما التقى وانغ، كل على حدة، مع وزير الداخلية الكمبودي"). Their meetings give no
counterparts."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefer.arabic.lexicon import cue, fold_form
from briefer.extract.facts import Counterpart
from briefer.extract.reading import Reading
from briefer.resources import home_country

HOME = home_country()


def met_by_another(r: Reading, principal_id: str | None) -> bool:
    """ "عقد حموشي لقاء مع رئيس الشرطة الإيطالية" when Laftit leads: a meeting of another
    official of the home side, the principal unnamed in the sentence, is not the principal's."""
    if principal_id is None:
        return False
    people = r.of_kind("person")
    if any(m.entry.id == principal_id for m in people):
        return False
    found = cue("cues", "activity").search(r.folded)
    if found is None:
        return False
    at = r.fold_map.origin[found.start()]
    return any(m.entry.country == HOME and m.end <= at for m in people)


def met_by_counterpart(r: Reading, found: Sequence[Counterpart], principal_id: str | None) -> bool:
    """ "كما التقى وانغ، كل على حدة، مع وزير الداخلية الكمبودي": a counterpart named before,
    the subject of a meeting verb, meets others; the principal is not in the sentence."""
    if any(m.entry.id == principal_id for m in r.of_kind("person")):
        return False
    verb = cue("cues", "meeting").search(r.folded)
    if verb is None:
        return False
    subject = re.match(r"[\s،,]*(\w+)", r.folded[verb.end() :])
    names = {w for c in found if c.name_ar for w in _ends(fold_form(c.name_ar).split())}
    return subject is not None and subject.group(1) in names


def _ends(words: list[str]) -> set[str]:
    """A name's first and last words: how it is said again ("وانغ", "ريبادو")."""
    return {words[0], words[-1]} if words else set()
