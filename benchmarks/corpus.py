"""Synthetic corpora for the scale benchmark: the seed articles recombined, any number of them.

Article i starts from seed i % 5. Its dates move by whole months (and, past a year's worth
of copies, by years), so copies of a seed report different visits; from the third line on,
about four lines in five are recombined (the first half of the line's words, the second half
of another seed line's), so that most sentences are new to the translation memory and the
cache, as in a real news feed, while the lead paragraph keeps the facts extraction finds.
Deterministic: the same n gives the same bytes.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CALENDAR = ROOT / "src" / "briefer" / "data" / "calendar.yaml"
RECOMBINED = 0.95
SENTENCE = re.compile(r"(?<=[.!?\u061f])\s+")
KEPT_LINES = 2


def _months() -> list[list[str]]:
    data = yaml.safe_load(CALENDAR.read_text("utf-8"))
    return [list(dict.fromkeys(data["months"][m])) for m in range(1, 13)]


def _seed_texts() -> list[str]:
    return [p.read_text("utf-8") for p in sorted(SEEDS.glob("*.txt"))]


def _shift_dates(text: str, months: list[list[str]], shift: int, years: int) -> str:
    """Every month name moved on by shift months, every year 19xx/20xx back by years."""
    names = sorted(
        ((name, m, i) for m, forms in enumerate(months) for i, name in enumerate(forms)),
        key=lambda t: -len(t[0]),
    )
    pattern = re.compile(r"(?<![\w])(" + "|".join(re.escape(n) for n, _, _ in names) + r")(?![\w])")
    where = {n: (m, i) for n, m, i in names}

    def month(match: re.Match[str]) -> str:
        m, i = where[match.group(1)]
        forms = months[(m + shift) % 12]
        return forms[min(i, len(forms) - 1)]

    text = pattern.sub(month, text) if shift else text
    if years:
        text = re.sub(r"\b(19|20)(\d\d)\b", lambda y: str(int(y.group(0)) - years), text)
    return text


def article(i: int, seeds: list[str], months: list[list[str]]) -> str:
    """The text of synthetic article i."""
    rng = random.Random(i)
    variant = i // len(seeds)
    text = _shift_dates(seeds[i % len(seeds)], months, variant % 12, variant // 12)
    donors = [s for seed in seeds for s in SENTENCE.split(seed) if len(s.split()) > 6]
    out: list[str] = []
    content = 0
    for line in text.splitlines():
        if len(line.split()) > 6:
            content += 1
            if content > KEPT_LINES:
                line = " ".join(_recombine(s, rng, donors) for s in SENTENCE.split(line))
        out.append(line)
    return "\n".join(out) + "\n"


def _recombine(sentence: str, rng: random.Random, donors: list[str]) -> str:
    """The first half of sentence's words and the second half of a donor's, most of the time."""
    words = sentence.split()
    if len(words) < 4 or rng.random() >= RECOMBINED:
        return sentence
    donor = rng.choice(donors).split()
    return " ".join(words[: len(words) // 2] + donor[len(donor) // 2 :])


def write_corpus(folder: Path, n: int) -> list[Path]:
    """Write n synthetic articles into folder (created), named like the seeds; their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    seeds, months = _seed_texts(), _months()
    paths = []
    for i in range(n):
        path = folder / f"{i:06d}_synthetic.txt"
        path.write_text(article(i, seeds, months), encoding="utf-8")
        paths.append(path)
    return paths
