"""Topics: the closed list of data/topics.yaml, found in the articles by their cue words."""

from __future__ import annotations

import re
from functools import cache

from briefer.arabic.lexicon import phrase_pattern
from briefer.extract.facts import Evidence
from briefer.extract.reading import Reading
from briefer.resources import data_table as table


@cache
def topic_cues() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Every topic of the closed list, in the list's order, with the pattern of its cue words."""
    return tuple(
        (str(name), phrase_pattern(tuple(str(c) for c in spec["cues"])))
        for name, spec in table("topics").items()
    )


def read_topics(
    readings: list[Reading], evidence: dict[str, tuple[Evidence, ...]]
) -> tuple[str, ...]:
    """The topics whose cue words the article uses, in the closed list's order."""
    found = []
    for name, pattern in topic_cues():
        cited = tuple(
            r.folded_evidence(m.start(), m.end())
            for r in readings
            for m in pattern.finditer(r.folded)
        )
        if cited:
            found.append(name)
            evidence[f"topic:{name}"] = cited
    return tuple(found)


def topic_label(name: str) -> tuple[str, str]:
    """The (en, fr) label of a topic."""
    spec = table("topics")[name]
    return str(spec["en"]), str(spec["fr"])


def topics_in(folded_text: str) -> list[str]:
    """The topics whose cue words a folded text holds, in order of first mention."""
    hits = [
        (m.start(), name) for name, pattern in topic_cues() for m in pattern.finditer(folded_text)
    ]
    return list(dict.fromkeys(name for _, name in sorted(hits)))
