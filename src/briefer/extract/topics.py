"""Topics: the closed list of data/topics.yaml, found in the articles by their cue words.

A cue word matches its usual word forms too (light stemming): the article "ال" and the
endings of the feminine, the relative adjective and the sound plurals, so "التكوين" finds
"دورات تكوينية" and "الإرهاب" finds "الإرهابيين". Phrases a topic's words appear in without
meaning it ("اللجان التقنية" is not technology) are listed under the topic's "not".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from briefer.arabic.lexicon import cue, fold_form, phrase_pattern
from briefer.extract.facts import Evidence
from briefer.extract.reading import Reading
from briefer.extract.relevance import background_clause
from briefer.resources import data_table as table

ENDINGS = ("", "ه", "ات", "ي", "يه", "ين", "يين", "يون", "ون")
"""Feminine, plural and relative-adjective endings a cue word may take."""
MIN_STEM = 4
"""Shorter stems ("أمن") take no endings: "أمني" would be "security", "أمنية" a wish."""
BODY_REACH = 4
"""Words before a cue within which a body's name may open ("مركز الاستخبارات لمكافحة …")."""
POSSESSIVES = ("ها", "ه", "هم", "هما")
"""Pronoun suffixes a phrase's last noun may take: "تبييض عائداتها" (laundering its proceeds)."""


@dataclass(frozen=True)
class Topic:
    """One topic of the closed list: its cue pattern and the phrases that do not count."""

    name: str
    cues: re.Pattern[str]
    not_: re.Pattern[str] | None
    adjectives: frozenset[str] = frozenset()
    """Cue words that, after a noun of the same definiteness, qualify it instead."""


@cache
def topic_cues() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Every topic of the closed list, in the list's order, with the pattern of its cue words."""
    return tuple((t.name, t.cues) for t in topics())


@cache
def topics() -> tuple[Topic, ...]:
    """The closed list, in its order."""
    out = []
    for name, spec in table("topics").items():
        forms = tuple(f for cue in spec["cues"] for f in word_forms(str(cue)))
        excluded = tuple(str(x) for x in spec.get("not") or ())
        adjectives = frozenset(fold_form(str(a)) for a in spec.get("adjectives") or ())
        not_ = phrase_pattern(excluded) if excluded else None
        out.append(Topic(str(name), phrase_pattern(forms), not_, adjectives))
    return tuple(out)


def word_forms(phrase: str) -> list[str]:
    """A one-word cue in its usual forms: "التكوين" -> "تكوينية", "تكويني"…; a phrase as
    written (its words agree with each other, which the list spells out), its last noun with a
    possessive pronoun when it has no article."""
    words = fold_form(phrase).split()
    if len(words) == 1:
        return _forms(words[0])
    # "تبييض عائداتها": a phrase that ends in a construct noun may take a possessive pronoun.
    if words[-1].startswith("ال"):
        return [" ".join(words)]
    return [" ".join(words[:-1] + [words[-1] + p]) for p in ("", *POSSESSIVES)]


def _forms(word: str) -> list[str]:
    definite = word.startswith("ال") and len(word) > 4
    stem = word[2:] if definite else word
    # Only the feminine ending comes off: "المعلوماتية" must not become "المعلومات".
    if stem.endswith("ه") and len(stem) - 1 >= MIN_STEM:
        stem = stem[:-1]
    if len(stem) < MIN_STEM:
        return [word]
    bare = [stem + e for e in ENDINGS]
    return sorted({word, *bare, *("ال" + b for b in bare)})


def read_topics(
    readings: list[Reading], evidence: dict[str, tuple[Evidence, ...]]
) -> tuple[str, ...]:
    """The topics whose cue words the article uses, in the closed list's order."""
    found = []
    for topic in topics():
        name = topic.name
        cited = tuple(
            r.folded_evidence(m.start(), m.end())
            for r in readings
            for m in topic.cues.finditer(r.folded, 0, background_clause(r))
            if not _excluded(topic, r.folded, m.start(), m.end()) and not _in_title(r, m)
        )
        if cited:
            found.append(name)
            evidence[f"topic:{name}"] = cited
    return tuple(found)


def _in_title(r: Reading, found: re.Match[str]) -> bool:
    """ "مكتب الأمم المتحدة المعني بالمخدرات والجريمة", "وزير الداخلية والنظام العام": the cue
    is part of a body's or a post's name (inside its glossary match, or joined by "و" to it)."""
    start, end = r.fold_map.source_span(found.start(), found.end())
    titles = r.of_kind("organisation", "role")
    if any(m.start <= start and end <= m.end for m in titles):
        return True
    joined = found.group().startswith("و") and r.folded[found.start() - 1 : found.start()] == " "
    return joined and any(m.end == start - 1 for m in titles)


def _excluded(topic: Topic, folded: str, start: int, end: int) -> bool:
    """The cue sits inside a phrase that does not raise the topic, a body's name, or qualifies
    a noun."""
    if _qualifies(topic, folded, start, end) or _body_name(folded, start):
        return True
    if topic.not_ is None:
        return False
    return any(x.start() <= start and end <= x.end() for x in topic.not_.finditer(folded))


def _body_name(folded: str, start: int) -> bool:
    """ "مركز الاستخبارات لمكافحة الإرهاب والجريمة المنظمة": the cue follows "لمكافحة" (other
    cues joined by "و" between), which follows a body's head noun a word or two before."""
    before = folded[:start].split()[-BODY_REACH:]
    remit = cue("cues", "body_remit")
    at = max((i for i, w in enumerate(before) if remit.fullmatch(w)), default=None)
    # Right after "لمكافحة", or joined to the cues right after it by "و".
    if at is None or not (at == len(before) - 1 or folded[start] == "و"):
        return False
    heads = cue("cues", "body_heads")
    head = next((i for i in range(max(0, at - 2), at) if heads.fullmatch(before[i])), None)
    # "زار مركز مكافحة الجرائم التكنولوجية": a visit to the body is about what it fights.
    visited = head is not None and head > 0 and cue("cues", "visit").fullmatch(before[head - 1])
    return head is not None and not visited


def _qualifies(topic: Topic, folded: str, start: int, end: int) -> bool:
    """ "لجنة تقنية", "التعاون التقني": an adjective of the topic's agreeing in definiteness
    with the noun before it, which it qualifies ("technical")."""
    word = folded[start:end]
    if word not in topic.adjectives:
        return False
    before = folded[:start].split()
    if not before or cue("cues", "function_words", proclitics=False).fullmatch(before[-1]):
        return False
    return _definite(before[-1]) == _definite(word)


def _definite(word: str) -> bool:
    return word.startswith(("ال", "لل")) or word[1:3] == "ال"


def topic_label(name: str) -> tuple[str, str]:
    """The (en, fr) label of a topic."""
    spec = table("topics")[name]
    return str(spec["en"]), str(spec["fr"])


def topics_in(folded_text: str) -> list[str]:
    """The topics whose cue words a folded text holds, in order of first mention (not those
    inside a phrase that does not raise them)."""
    hits = [
        (m.start(), t.name)
        for t in topics()
        for m in t.cues.finditer(folded_text)
        if not _excluded(t, folded_text, m.start(), m.end())
    ]
    return list(dict.fromkeys(name for _, name in sorted(hits)))
