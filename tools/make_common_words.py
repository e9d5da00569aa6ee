"""Compile src/briefer/data/common_words.tsv: the commonest words of Arabic prose, folded.

Run from the repository root, in an environment that also has wordfreq (briefer does not need
it otherwise; the output is committed):

    pip install wordfreq==3.1.1
    PYTHONPATH=src python tools/make_common_words.py

Every word of wordfreq's large Arabic list is folded as briefer folds text, the frequencies of
words that fold alike are added up, and each folded word of Zipf 4.0 or more (log10 of
occurrences per billion words; about the 11,000 commonest) is written with its Zipf value.
briefer reads it to tell a name from the words of a sentence: "إمكانية إبرام" after a post is
not a person's name (see briefer.extract.names, and data/cues.yaml common_word_zipf). Names
that are also common words ("سعيد", "جمال") are not removed here: data/names.yaml lists them,
and a word it lists is a name whatever its frequency.
"""

from __future__ import annotations

import math
from collections import defaultdict
from importlib.metadata import version
from pathlib import Path

import wordfreq

from briefer.arabic.lexicon import fold_form

OUT = Path(__file__).resolve().parents[1] / "src" / "briefer" / "data" / "common_words.tsv"
WORDLIST = "large"
MIN_ZIPF = 4.0


def main() -> None:
    freq: dict[str, float] = defaultdict(float)
    for word, f in wordfreq.get_frequency_dict("ar", wordlist=WORDLIST).items():
        key = fold_form(word)
        if key and all("\u0621" <= ch <= "\u064a" for ch in key):
            freq[key] += f
    rows = sorted(
        ((w, math.log10(f) + 9) for w, f in freq.items() if math.log10(f) + 9 >= MIN_ZIPF),
        key=lambda r: (-round(r[1], 2), r[0]),
    )
    lines = [
        f"# The commonest Arabic words (Zipf {MIN_ZIPF} or more), folded as briefer.lexicon",
        f"# folds them, with their Zipf value; from wordfreq {version('wordfreq')} ('ar', "
        f"{WORDLIST}).",
        "# Written by tools/make_common_words.py; do not edit.",
        "# wordfreq's data is CC BY-SA 4.0 (Robyn Speer and contributors; see NOTICE).",
    ]
    lines += [f"{w}\t{z:.2f}" for w, z in rows]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} words written to {OUT}")


if __name__ == "__main__":
    main()
