"""Glossary QA: whether a translation carries the rendering of a source term.

One definition serves the translation engine's per-article report and the tests of the
shipped memory, so a human translation judged right by one is judged right by the other.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefer.arabic.text import count_arabic_letters
from briefer.documents import Article
from briefer.glossary.entries import Entry
from briefer.glossary.match import Glossary


def accepted_forms(
    glossary: Glossary, entry: Entry, lang: str, titles: tuple[str, ...] = ()
) -> tuple[str, ...]:
    """Every written form of an entry the glossary accepts in lang.

    A demonym may be rendered by its country's name ("الاستعدادات المغربية" → "Morocco's
    preparations"); a role by the title of a person the article names ("رئيس" → "President of
    INTERPOL", as the glossary's note on role.head asks).
    """
    rendering = entry.rendering(lang)
    forms = tuple(rendering.forms) + ((rendering.feminine,) if rendering.feminine else ())
    if entry.kind == "demonym" and entry.country:
        forms += tuple(glossary.country(entry.country).rendering(lang).forms)
    if entry.kind == "role":
        forms += titles
    return tuple(f for f in forms if f)


def carries(text: str, form: str, inflected: bool = False) -> bool:
    """True when text contains form, allowing its first letter to change case.

    Names open sentences and headlines ("Direction générale…") and titles are lower-cased in
    French running text ("le directeur général"). Common-noun terms may also be inflected
    ("memoranda of understanding"); names never.
    """
    variants = (form, form[:1].swapcase() + form[1:])
    if any(v in text for v in variants):
        return True
    if not inflected:
        return False
    words = [re.escape(w[:-2]) + r"\w{0,4}" if len(w) > 4 else re.escape(w) for w in form.split()]
    return re.search(r"(?i)\b" + r"\s+".join(words), text) is not None


def rendered_form(
    text: str,
    glossary: Glossary,
    entry: Entry,
    lang: str,
    titles: tuple[str, ...] = (),
    written: str = "",
) -> str | None:
    """The accepted form of entry that text carries, or None.

    A name the source already writes in Latin letters ("IGEF 24") may stay as written.
    """
    if written and not count_arabic_letters(written) and written in text:
        return written
    inflected = entry.kind == "term"
    for form in accepted_forms(glossary, entry, lang, titles):
        if carries(text, form, inflected):
            return form
    return None


def person_titles(glossary: Glossary, article: Article, lang: str) -> tuple[str, ...]:
    """Titles, in lang, of every person the glossary finds in the article."""
    found = (m.entry for s in article.sentences for m in glossary.match(s.text))
    return titles_of(found, lang)


def titles_of(entries: Iterable[Entry], lang: str) -> tuple[str, ...]:
    """Titles, in lang, of the people among entries, in order of first mention."""
    found = (t.en if lang == "en" else t.fr for entry in entries for t in entry.titles)
    return tuple(dict.fromkeys(found))
