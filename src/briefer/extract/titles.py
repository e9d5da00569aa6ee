"""Organisations the glossary lacks, read from a title: kept in Arabic, rendered literally
from the nouns of data/titles.yaml, and marked unverified.

"جهاز أمن الدولة" is rendered "State Security Service" / "Service de la Sûreté de l’État": a
reader sees what the words say, and the note says that no one has checked the name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from briefer.arabic.lexicon import fold_form
from briefer.glossary.entries import Entry, Rendering
from briefer.resources import PACKAGE, data_table

UNKNOWN = "org.unknown:"
"""The id prefix of an organisation read from the text."""
# Heads that English puts after what they govern: "State Security Service".
TRAILING_HEADS = frozenset({"Service"})
FRENCH_DE = {"la ": "de la ", "le ": "du ", "les ": "des ", "l’": "de l’", "l'": "de l’"}


@cache
def organisation_words() -> dict[str, dict[str, dict[str, str]]]:
    """The head nouns and complements of data/titles.yaml, keyed by their folded Arabic."""
    spec = data_table("titles")["organisations"]
    return {
        part: {
            fold_form(str(ar)): {k: str(v) for k, v in words.items()}
            for ar, words in spec[part].items()
        }
        for part in ("heads", "complements")
    }


@cache
def organisation_nouns() -> frozenset[str]:
    """Every head noun and complement of data/titles.yaml, folded: the words of a body's name."""
    words = organisation_words()
    return frozenset((*words["heads"], *words["complements"]))


@cache
def unknown_organisation(arabic: str) -> Entry:
    """An organisation as written, with a literal rendering where its words allow one."""
    en, fr, gender = literal(arabic)
    return Entry(
        id=UNKNOWN + fold_form(arabic),
        kind="organisation",
        arabic=(arabic,),
        en=Rendering(en or arabic, article=True),
        fr=Rendering(
            fr or arabic,
            gender=gender,
            article=True,
            elided=(fr or " ")[0] in "AEIOUÉÈÊaeiouéèêH",
            plural=bool(fr) and _plural_head(arabic),
        ),
        note="read from the article; not in the glossary",
        file=PACKAGE / "data" / "titles.yaml",
    )


def _plural_head(arabic: str) -> bool:
    """The organisation's head noun is plural in French ("قوى الأمن": "les Forces …")."""
    parts = _segments(fold_form(arabic).split())
    head = organisation_words()["heads"].get(parts[0]) if parts else None
    # organisation_words() keeps every value as text: YAML's true reads "True".
    return head is not None and head.get("plural") == "True"


def renderable(entry: Entry) -> bool:
    """A glossary organisation, or an unknown one whose words had a literal rendering."""
    return not entry.id.startswith(UNKNOWN) or entry.en.full != entry.arabic[0]


def literal(arabic: str) -> tuple[str | None, str | None, str | None]:
    """(English, French, French gender) composed from known nouns, or Nones."""
    parts = _segments(fold_form(arabic).split())
    if not parts:
        return None, None, None
    head, rest = parts[0], parts[1:]
    words = organisation_words()
    if head not in words["heads"]:
        head_spec = words["complements"].get(head)
        if head_spec is None or rest:
            return None, None, None
        # A complement alone ("للداخلية" after "الوزير"): its article comes from the title.
        en = head_spec["en"].removeprefix("the ")
        return en, _capital(head_spec["fr"]), _gender(head_spec["fr"])
    spec = words["heads"][head]
    complements = [words["complements"].get(c) or words["heads"].get(c) for c in rest]
    if any(c is None for c in complements):
        return None, None, None
    en, fr = spec["en"], spec["fr"]
    for c in complements:
        assert c is not None
        en = f"{c['en']} {en}" if en in TRAILING_HEADS else f"{en} of {_bare(c['en'])}"
        fr = f"{fr} {_de(c['fr'])}"
    return en, fr, spec.get("gender")


def _segments(words: list[str]) -> list[str] | None:
    """The longest known phrases, left to right; None when a word is unknown."""
    known = organisation_nouns()
    out: list[str] = []
    i = 0
    while i < len(words):
        for size in range(len(words) - i, 0, -1):
            phrase = " ".join(words[i : i + size])
            bare = _no_lam(phrase)
            if phrase in known or bare in known:
                out.append(phrase if phrase in known else bare)
                i += size
                break
        else:
            return None
    return out


def _no_lam(phrase: str) -> str:
    """ "للداخلية" is "ل" + "الداخلية"; "لمكافحة" is "ل" + "مكافحة"; "والهجرة" is "و" + …."""
    if phrase.startswith("لل"):
        return "ال" + phrase[2:]
    if phrase.startswith(("ل", "و")) and len(phrase) > 3:
        return phrase[1:]
    return phrase


def _bare(en: str) -> str:
    return en


def _de(fr: str) -> str:
    """ "de" before a French complement, contracted: "de la Police", "du Renseignement"."""
    for article, contracted in FRENCH_DE.items():
        if fr.startswith(article):
            return contracted + fr[len(article) :]
    return f"de {fr[:1].lower() + fr[1:] if fr.split()[0].islower() else fr}"


def _gender(fr: str) -> str | None:
    """The French gender its article shows: "la" feminine, "le" and elided "l’" masculine."""
    if fr.startswith("la "):
        return "f"
    return "m" if fr.startswith(("le ", "l’", "l'")) else None


def _capital(fr: str) -> str:
    for article in FRENCH_DE:
        if fr.startswith(article):
            rest = fr[len(article) :]
            return rest[:1].upper() + rest[1:]
    return fr


def role_pattern(folded_forms: Iterable[str]) -> re.Pattern[str]:
    """Whole-word role forms, longest first, behind proclitics: group "form" (its proclitics
    in "prefix"), or "fused" for "ل" + "ال" written "لل" ("للمدير", proclitics in "fprefix")."""
    forms = sorted(folded_forms, key=len, reverse=True)
    body = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)
    fused = "|".join(
        re.escape("ل" + f[2:]).replace(r"\ ", r"\s+") for f in forms if f.startswith("ال")
    )
    return re.compile(
        rf"(?<!\w)(?:(?P<prefix>[وف]?[بلك]?)(?P<form>{body})|(?P<fprefix>[وف]?ل)(?P<fused>{fused}))"
        rf"(?!\w)"
    )
