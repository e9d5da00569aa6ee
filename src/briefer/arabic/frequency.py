"""How common a word is in Arabic prose: data/common_words.tsv, the words of Zipf 4.0 or more
in wordfreq's large Arabic list (CC BY-SA 4.0, see NOTICE), folded; written by
tools/make_common_words.py."""

from __future__ import annotations

from functools import cache

from briefer.resources import PACKAGE


def zipf(folded_word: str) -> float:
    """The Zipf value of a folded word (log10 of its occurrences per billion words); 0 for a
    word rarer than the list holds."""
    return _table().get(folded_word, 0.0)


@cache
def _table() -> dict[str, float]:
    text = (PACKAGE / "data" / "common_words.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {word: float(value) for word, value in rows}
