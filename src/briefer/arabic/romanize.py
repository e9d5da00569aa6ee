"""Romanize an Arabic personal name the way the person's country usually writes it.

A proposal, never a verified spelling: names come from the tables in data/names.yaml where
they can, and from per-convention letter rules otherwise; every token says which, so a note
can mark the name as unverified. Deterministic, offline, table lookups only.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from briefer.arabic.lexicon import folded
from briefer.arabic.spelling import Letters, capital, spell
from briefer.resources import data_table

TABLE = "names"
SUN_LETTERS = frozenset("تثدذرزسشصضطظلن")
# Harakat and the superscript alef are dropped; shadda (U+0651) is kept to double a letter.
_MARKS = re.compile("[\u064b-\u0650\u0652-\u065f\u0670\u0640]")
_SEPARATORS = re.compile(r"[\s\-_.,،؛;:()\[\]\"'«»“”/]+")
# Letters of other Arabic-script languages folded to their Arabic counterparts.
_LETTER_VARIANTS = str.maketrans({"ک": "ك", "ی": "ي", "ې": "ي", "ە": "ه", "ۀ": "ه", "ھ": "ه"})


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class Token:
    """One part of a romanized name and how it was found."""

    arabic: str
    """The Arabic words this part stands for, as given (after normalisation)."""
    latin: str
    how: str
    """"table" (a name table), "particle" (بن, ولد, آل, ordinals…) or "rule" (letter rules)."""


@dataclass(frozen=True)
class Romanization:
    """A proposed Latin spelling of an Arabic personal name."""

    latin: str
    convention: str
    """The convention followed: maghreb, mashriq, nile, sahel, turkish, persian or western."""
    tokens: tuple[Token, ...]
    dropped: tuple[str, ...] = ()
    """Honorifics and ranks removed from the front of the name."""

    @property
    def guessed(self) -> bool:
        """Some part was spelled by letter rules, not found in a table."""
        return any(t.how == "rule" for t in self.tokens)


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class Style:
    """How one country writes names: its convention and the settings it changes."""

    convention: str
    country: str | None
    tables: tuple[str, ...]
    letters: Letters
    article: str
    abd_prefix: str
    abd_joined: bool
    assimilate: bool
    ben: str
    ben_joined: bool


def _key(text: str) -> str:
    """The lookup key of Arabic words: folded, one space between words."""
    return " ".join(folded(_clean(text)).text.split())


def _forms(value: Any) -> dict[str, str]:
    """A table value as {column: form}; a bare string is every column ("*")."""
    if isinstance(value, Mapping):
        return {str(k): str(v) for k, v in value.items()}
    return {"*": str(value)}


@cache
def _lexicon(section: str) -> dict[str, dict[str, str]]:
    """One keyed section of names.yaml, with folded keys."""
    return {_key(str(k)): _forms(v) for k, v in data_table(TABLE)[section].items()}


@cache
def _names() -> dict[str, dict[str, str]]:
    """Arabic names, families and Western names in one folded lookup; columns are merged."""
    merged: dict[str, dict[str, str]] = {}
    for section in ("names", "families"):
        for key, forms in _lexicon(section).items():
            merged.setdefault(key, {}).update(forms)
    for key, forms in _lexicon("western").items():
        western = {("western" if k == "*" else k): v for k, v in forms.items()}
        merged.setdefault(key, {}).update(western)
    return merged


@cache
def _longest_name() -> int:
    """The most words in one name-table key."""
    return max(len(k.split()) for k in _names())


@cache
def _honorifics() -> frozenset[str]:
    """Folded honorifics and ranks."""
    return frozenset(_key(str(h)) for h in data_table(TABLE)["honorifics"])


@cache
def _letters(
    name: str, extra: tuple[tuple[str, str], ...], first: tuple[tuple[str, str], ...] = ()
) -> Letters:
    """A letter-rule set with a country's overrides of letters and its own rewrites first."""
    spec = data_table(TABLE)["letters"][name]
    consonants = {str(k): str(v) for k, v in spec["consonants"].items()}
    marks = {str(k): str(v) for k, v in spec["marks"].items()}
    for letter, latin in extra:
        (marks if letter in marks else consonants)[letter] = latin
    rules = [*first, *spec.get("rewrite", [])]
    rewrite = tuple((re.compile(str(p)), str(r)) for p, r in rules)
    capitals = {str(k): str(v) for k, v in spec.get("capitals", {}).items()}
    return Letters(bool(spec["insert"]), consonants, marks, capitals, rewrite)


@cache
def style(country: str | None) -> Style:
    """The naming style of a country (ISO alpha-2); None is the default convention."""
    data = data_table(TABLE)
    code = country.upper() if country else None
    local: dict[str, Any] = dict(data["countries"].get(code, {})) if code else {}
    convention = str(local.get("convention", "western" if code else data["default_convention"]))
    base = data["conventions"][convention]
    spec = {**base, **local}
    merged = {**base.get("letters_extra", {}), **local.get("letters_extra", {})}
    extra = tuple(sorted((str(k), str(v)) for k, v in merged.items()))
    # Convention and country rewrites run before the letter set's own.
    rewrite = tuple(
        (str(p), str(r)) for p, r in [*base.get("rewrite", []), *local.get("rewrite", [])]
    )
    return Style(
        convention=convention,
        country=code,
        tables=tuple(str(t) for t in spec["tables"]),
        letters=_letters(str(spec["letters"]), extra, rewrite),
        article=str(spec["article"]),
        abd_prefix=str(spec["abd"]["prefix"]),
        abd_joined=bool(spec["abd"]["joined"]),
        assimilate=bool(spec["abd"]["assimilate"]),
        ben=str(spec["ben"]["form"]),
        ben_joined=bool(spec["ben"]["joined"]),
    )


def pick(forms: Mapping[str, str], st: Style) -> str | None:
    """The form a style uses: its country's, else its tables' in order, else the common one."""
    if st.country and st.country in forms:
        return forms[st.country]
    for column in st.tables:
        if column in forms:
            return forms[column]
    return forms.get("*")


# --------------------------------------------------------------------------- input


def _clean(text: str) -> str:
    """NFC, Persian letter variants folded, harakat and tatweel dropped, shadda kept."""
    text = unicodedata.normalize("NFC", text).translate(_LETTER_VARIANTS)
    return _MARKS.sub("", text)


def words(name: str) -> list[str]:
    """The words of a name; عبد and أبو written joined to an article-led word are split."""
    out: list[str] = []
    for word in _SEPARATORS.split(_clean(name)):
        word = "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in word)
        if not word:
            continue
        out.extend(_split_joined(word))
    return out


def _split_joined(word: str) -> list[str]:
    """ "عبدالله" is "عبد الله": press spelling joins these compounds or not, at random."""
    key = _key(word)
    for head in ("عبد", "ابو"):
        if key.startswith(head + "ال") and len(key) > len(head) + 3 and key not in _names():
            return [word[: len(head)], word[len(head) :]]
    return [word]


def strip_honorifics(parts: list[str]) -> tuple[list[str], list[str]]:
    """Drop titles and ranks from the front of a name; returns (dropped, rest)."""
    dropped: list[str] = []
    while parts:
        size = _honorific_at(parts)
        if not size or size == len(parts):
            break
        dropped.extend(parts[:size])
        parts = parts[size:]
    return dropped, parts


def _honorific_at(parts: list[str]) -> int:
    """How many leading words form an honorific, longest first; 0 if none."""
    for size in range(min(6, len(parts)), 0, -1):
        if _key(" ".join(parts[:size])) in _honorifics():
            return size
    return 0


# --------------------------------------------------------------------------- name parts


def _lookup(parts: list[str], i: int, st: Style) -> tuple[int, str] | None:
    """The longest run of words from i that a name table spells for this style."""
    for size in range(min(_longest_name(), len(parts) - i), 0, -1):
        forms = _names().get(_key(" ".join(parts[i : i + size])))
        latin = pick(forms, st) if forms else None
        if latin:
            return size, latin
    return None


def _has_article(word: str) -> bool:
    """The word starts with the article ال and has a stem after it; a hamza on the alif
    ("ألفارو", "ألكسندر") begins a foreign name, never the article."""
    return word.startswith("ال") and len(_key(word)) > 3


def _word(word: str, st: Style) -> Token:
    """One word no compound rule applies to: table, else article + nisba or table, else
    letters."""
    if not _has_article(word):
        found = _lookup([word], 0, st)
        if found:
            return Token(word, found[1], "table")
        return Token(word, capital(spell(word, st.letters), st.letters), "rule")
    nisba = _lexicon("nisbas").get(_key(word[2:]))
    latin = pick(nisba, st) if nisba else None
    if latin:
        return Token(word, _with_article(latin, st), "table")
    stem = _word(word[2:], st)
    return Token(word, _with_article(stem.latin, st), stem.how)


def _with_article(latin: str, st: Style) -> str:
    """A romanized stem with the article written the style's way ("" drops it)."""
    if not st.article:
        return latin
    return st.article + capital(latin, st.letters)


def _abd(follower: str, st: Style) -> Token:
    """عبد + (ال)X: the style's prefix and X's form inside the compound."""
    arabic = f"عبد {follower}"
    element = pick(_lexicon("abd").get(_key(follower), {}), st)
    how = "table" if element else "rule"
    bare = follower[2:] if _has_article(follower) else follower
    if not element:
        element = spell(bare, st.letters)
    prefix = st.abd_prefix
    if st.assimilate and _has_article(follower) and _clean(bare)[:1] in SUN_LETTERS:
        # The l of the article becomes the sun letter: Abde-r-rahmane.
        prefix = prefix.rstrip()[:-1] + (element[0] if element[:2] not in ("ch", "dj") else "")
    if prefix.endswith(" "):
        return Token(arabic, prefix + capital(element, st.letters), how)
    return Token(arabic, prefix + element.lower(), how)


def _particle(word: str, st: Style) -> str | None:
    """The form of ولد, بنت, آل or a Western particle (دي, فون…) in this style."""
    key = _key(word)
    for section in ("particles", "western_particles"):
        forms = _lexicon(section).get(key)
        if forms and (section == "particles" or st.convention == "western"):
            return pick(forms, st) or forms.get("western")
    return None


# --------------------------------------------------------------------------- pipeline


def _initials(tokens: list[Token]) -> list[Token]:
    """ "ك. شانموغام": a one-letter word before others is an initial, "K."."""
    return [
        replace(t, latin=t.latin + ".")
        if len(t.arabic) == 1 and len(t.latin) == 1 and i < len(tokens) - 1
        else t
        for i, t in enumerate(tokens)
    ]


def _tokens(parts: list[str], st: Style) -> list[Token]:
    """Romanize the words of a name (honorifics already gone), left to right."""
    out: list[Token] = []
    i = 0
    while i < len(parts):
        suffix = _lexicon("suffixes").get(_key(parts[i]))
        if suffix and out:
            # A detached suffix belongs to the word before it: "جاويش أوغلو" is one name.
            last = out.pop()
            out.append(
                Token(f"{last.arabic} {parts[i]}", last.latin + (pick(suffix, st) or ""), last.how)
            )
            i += 1
            continue
        step, token = _next_token(parts, i, st, bool(out))
        out.append(token)
        i += step
    return out


def _next_token(parts: list[str], i: int, st: Style, after_name: bool) -> tuple[int, Token]:
    """The token that starts at word i and how many words it takes."""
    word, key = parts[i], _key(parts[i])
    follower = parts[i + 1] if i + 1 < len(parts) else None
    found = _lookup(parts, i, st)
    if found and found[0] > 1:
        return found[0], Token(" ".join(parts[i : i + found[0]]), found[1], "table")
    ordinal = _lexicon("ordinals").get(key)
    if ordinal and after_name:
        return 1, Token(word, ordinal["*"], "particle")
    if found:
        return 1, Token(word, found[1], "table")
    if follower and key == "عبد":
        return 2, _abd(follower, st)
    if follower and key == "العبد":
        # A family named after a forebear: "رانيا العبد الله" is Rania Al Abdullah.
        compound = _abd(follower, st)
        latin = _with_article(compound.latin, st)
        return 2, Token(f"{word} {follower}", latin, compound.how)
    if follower and key == "ابو":
        return _abu(word, follower, st)
    if follower and key in ("بن", "ابن"):
        return _ben(word, follower, st, parts, i)
    particle = _particle(word, st)
    if particle:
        return 1, Token(word, particle, "particle")
    return 1, _word(word, st)


def _abu(word: str, follower: str, st: Style) -> tuple[int, Token]:
    """أبو + X: "Abou"/"Abu", with the article of X kept its own way ("Aboul Gheit")."""
    if not _has_article(follower):
        rest = _word(follower, st)
        return 2, Token(f"{word} {follower}", f"{_abu_form('abu', st)} {rest.latin}", rest.how)
    rest = _word(follower[2:], st)
    latin = _abu_form("abu_article", st) + capital(rest.latin, st.letters)
    return 2, Token(f"{word} {follower}", latin, rest.how)


def _abu_form(section: str, st: Style) -> str:
    """How أبو is written in this style, alone ("abu") or before the article ("abu_article")."""
    return pick(_forms(data_table(TABLE)[section]), st) or "Abu "


def _ben(word: str, follower: str, st: Style, parts: list[str], i: int) -> tuple[int, Token]:
    """بن: "bin"/"Ben", joined to the next name part where the country writes it so."""
    if not st.ben_joined:
        return 1, Token(word, st.ben, "particle")
    step, nxt = _next_token(parts, i + 1, st, True)
    return 1 + step, Token(f"{word} {nxt.arabic}", st.ben + nxt.latin.lower(), nxt.how)


def romanize(name_ar: str, country: str | None) -> Romanization:
    """Propose a Latin spelling of an Arabic personal name, following the country's usage."""
    st = style(country)
    dropped, parts = strip_honorifics(words(name_ar))
    tokens = tuple(_initials(_tokens(parts, st)))
    latin = " ".join(t.latin for t in tokens if t.latin)
    return Romanization(latin, st.convention, tokens, tuple(dropped))
