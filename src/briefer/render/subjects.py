"""What an agreement is about, in the source's own words: the part of the translated evidence
sentence that states its purpose ("to step up the fight against transnational crime").

Extraction keeps the purpose clause in Arabic (Agreement.subject.ar). The note does not
replace it by topic labels, which would say more or less than the source: it takes the
approved (or machine) translation of the sentence that holds the clause, keeps the part for
this agreement when one sentence lists several ("the first with …, and the second with …"),
and starts it at the purpose marker ("to", "aims to", "pour", "vise à" …: data/notes.yaml,
subject_markers). When the sentence is not translated the subject is left out, never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from briefer.arabic.lexicon import fold_form
from briefer.documents import Article, Origin, Translation
from briefer.extract.facts import Agreement
from briefer.render.localize import words


def agreement_subjects(
    agreements: Sequence[Agreement],
    articles: Mapping[str, Article],
    translations: Mapping[tuple[str, str], Translation],
    lang: str,
) -> dict[int, str]:
    """The subject of each agreement (by its index) in the note's language, where known."""
    out: dict[int, str] = {}
    located = [_located(a, articles) for a in agreements]
    for i, (agreement, where) in enumerate(zip(agreements, located, strict=True)):
        if where is None:
            continue
        translated = _translated(translations, where, lang)
        if translated is None:
            continue
        sharing = [j for j, w in enumerate(located) if w == where]
        part = _part(translated, sharing.index(i), len(sharing), lang)
        subject = _from_marker(part, lang, agreement.document)
        if subject:
            out[i] = subject
    return out


def _located(agreement: Agreement, articles: Mapping[str, Article]) -> tuple[str, int] | None:
    """The (article, sentence) whose Arabic holds the agreement's purpose clause."""
    clause = agreement.subject.ar if agreement.subject is not None else None
    if not clause:
        return None
    wanted = fold_form(clause)
    for evidence in sorted(agreement.evidence):
        article = articles.get(evidence.article)
        if article is None or evidence.sentence >= len(article.sentences):
            continue
        if wanted in fold_form(article.sentences[evidence.sentence].text):
            return evidence.article, evidence.sentence
    return None


def _translated(
    translations: Mapping[tuple[str, str], Translation], where: tuple[str, int], lang: str
) -> str | None:
    translation = translations.get((where[0], lang))
    if translation is None:
        return None
    sentence = next((s for s in translation.sentences if s.index == where[1]), None)
    if sentence is None or sentence.origin is Origin.UNTRANSLATED:
        return None
    return sentence.target


def _part(text: str, index: int, count: int, lang: str) -> str:
    """The index-th of count agreements a sentence lists by ordinals, else the whole text."""
    if count < 2:
        return text
    ordinals = "|".join(re.escape(o) for o in words(lang)["subject"]["ordinals"])
    starts = [m.start() for m in re.finditer(rf"\b(?:{ordinals})\b", text, re.IGNORECASE)]
    if len(starts) < count:
        return text
    ends = [*starts[1:], len(text)]
    return text[starts[index] : ends[index]]


def _from_marker(part: str, lang: str, document: bool) -> str:
    """The part from its purpose marker on, the marker put in its plain form."""
    spec = words(lang)["subject"]
    markers: Mapping[str, str] = spec["commitment_markers" if not document else "markers"]
    found = [
        (m.start(), m.end(), plain)
        for marker, plain in markers.items()
        for m in [re.search(_marker_pattern(marker), part)]
        if m is not None
    ]
    if not found:
        return ""
    # Commitments take the last "agreed to" (the one that governs the clause); documents the
    # first purpose marker after the parties.
    start, end, plain = max(found) if not document else min(found)
    rest = _trim(part[end:], spec["trailing"])
    return f"{plain} {rest}".strip() if plain else rest


def _marker_pattern(marker: str) -> str:
    """A marker as whole words; one ending in an apostrophe ("convenu d’") runs on."""
    tail = r"(?!\w)" if marker[-1:].isalnum() else ""
    return rf"(?<!\w){re.escape(marker)}{tail}"


def _trim(text: str, trailing: Sequence[str]) -> str:
    """Without the words that lead into the next agreement: "…, and the" of "…, and the
    second with …"."""
    words_ = text.strip(" ,;:.،؛").split()
    while words_ and (words_[-1].strip(",;").lower() in trailing or words_[-1] in ",;"):
        words_.pop()
    return " ".join(words_).strip(" ,;:.")
