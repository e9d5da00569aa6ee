"""Glossary entries in running text: the form asked for, with article, elision, contraction."""

from __future__ import annotations

from briefer.glossary.entries import Entry, Rendering
from briefer.glossary.rules import rules

FORMS = ("first", "later", "full", "short", "acronym")


def phrase(entry: Entry, lang: str, form: str = "first", preposition: str | None = None) -> str:
    """The entry as written in running text, with its article and a contracted preposition."""
    r = entry.rendering(lang)
    text = surface(r, form)
    if lang == "fr":
        return _french(entry, r, text, form, preposition)
    words = [preposition] if preposition else []
    if r.article:
        words.append("the")
    return " ".join([*words, text])


def surface(r: Rendering, form: str) -> str:
    """The written form asked for: first, later, full, short or acronym."""
    if form not in FORMS:
        raise ValueError(f"unknown form {form!r}; use one of {', '.join(FORMS)}")
    picks = {
        "first": r.first_mention,
        "later": r.later_mention,
        "full": r.full,
        "short": r.short or r.full,
        "acronym": r.acronym or r.later_mention,
    }
    return picks[form]


def compose(role: Entry, organisation: Entry, lang: str, form: str = "full") -> str:
    """A title built from a role and an organisation: "Director General of the Spanish …"."""
    head = role.rendering(lang).full
    return f"{head} {phrase(organisation, lang, form, 'of' if lang == 'en' else 'de')}"


def _french(entry: Entry, r: Rendering, text: str, form: str, prep: str | None) -> str:
    rl = rules()
    if not r.article:
        if prep is None:
            return text
        if prep in rl.eliding_words and vowel_initial(text):
            return f"{prep[:-1]}’{text}"
        return f"{prep} {text}"
    elided = r.elided if form in ("first", "full") else vowel_initial(text)
    # French print uses the typographic apostrophe (docs/house-style.md).
    article = "les" if r.plural else "l’" if elided else "la" if r.gender == "f" else "le"
    if prep == "à" and _territory(entry) and article in ("la", "l’"):
        return f"{rl.country_locative} {text}"
    contracted = rl.contractions.get(prep or "", {}).get(article)
    if contracted:
        return f"{contracted} {text}"
    head = f"{article}{text}" if article == "l’" else f"{article} {text}"
    return f"{prep} {head}" if prep else head


def _territory(entry: Entry) -> bool:
    """Countries and regions, which take "en" rather than "à la": "en Espagne", "en Afrique"."""
    return entry.kind == "country" or (entry.kind == "place" and entry.country is None)


def vowel_initial(text: str) -> bool:
    return bool(text) and text[0] in rules().elision_initials


def adjective(demonym: Entry, lang: str, gender: str | None) -> str:
    """A demonym as an adjective agreeing with a noun of the given French gender."""
    r = demonym.rendering(lang)
    if lang == "fr" and gender == "f":
        return r.feminine or r.full
    return r.full
