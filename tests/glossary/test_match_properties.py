"""The glossary matcher: an entry's Arabic form put into any Arabic text is found where it was
put, and matching any text at all never raises."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from briefer.glossary.entries import Entry, Rendering
from briefer.glossary.match import Glossary
from support import PROPERTIES

FORM_LETTERS = "بتثجحخدذرزسشصضطظ"
FILLER_LETTERS = "عغفقكمنهي"
"""Two disjoint sets of letters that fold to themselves: no filler word is, or contains after
its proclitics, a word of the form, and neither spells a compound (عبد, ابو) or a detached
proclitic (و)."""

form_word = st.text(st.sampled_from(FORM_LETTERS), min_size=2, max_size=6)
form = st.lists(form_word, min_size=1, max_size=3).map(" ".join)
filler_word = st.text(st.sampled_from(FILLER_LETTERS), min_size=3, max_size=7)
filler = st.lists(filler_word, max_size=8).map(" ".join)
punctuation = st.sampled_from(["", "، ", ". ", "\n", ": "])


def glossary_of(arabic: str) -> Glossary:
    entry = Entry(
        id="org.test",
        kind="organisation",
        arabic=(arabic,),
        en=Rendering(full="Test"),
        fr=Rendering(full="Test", gender="m"),
    )
    return Glossary({entry.id: entry})


@PROPERTIES
@given(form=form, before=filler, after=filler, left=punctuation, right=punctuation)
def test_a_form_put_into_arabic_text_is_found_at_its_offsets(
    form: str, before: str, after: str, left: str, right: str
) -> None:
    head = f"{before} {left}" if before else left
    text = f"{head}{form}{right} {after}"
    start = len(head)
    found = [(m.entry.id, m.start, m.end, m.prefix) for m in glossary_of(form).match(text)]
    assert ("org.test", start, start + len(form), "") in found
    assert len(found) == 1


ANY = st.characters() | st.sampled_from(
    FORM_LETTERS + " \u0654\u064e\u0640\ufe8d\ufefb\u200f\u00a0"
)
"""Any character, and the ones folding works on: marks, tatweel, presentation forms."""


@PROPERTIES
@given(form=form, before=st.text(ANY, max_size=60), after=st.text(ANY, max_size=60))
def test_matching_any_text_never_raises(form: str, before: str, after: str) -> None:
    text = before + form + after
    for match in glossary_of(form).match(text):
        assert 0 <= match.start <= match.term_start < match.end <= len(text)
