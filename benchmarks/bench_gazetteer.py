"""Gazetteer matching speed: every GeoNames city name against the seed articles.

Run by hand:  PYTHONPATH=src python benchmarks/bench_gazetteer.py [--repeat 5] [--copies 20]

The baseline, measured in the same run, is the naive approach: scan the folded article once
per gazetteer form (str.find), with no word edges, proclitics or cues at all. briefer's index
by first word does all of that and should still be many times faster.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from briefer import gazetteer
from briefer.ingest import load_rules, read_articles
from briefer.lexicon import folded

REPO = Path(__file__).resolve().parents[1]


def best_of(repeat: int, func: Callable[[], object]) -> float:
    """The fastest of repeat runs, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times)


def naive_scan(forms: list[str], text: str) -> list[tuple[int, str]]:
    """Baseline: one pass over the folded text per form (folded with offsets, as briefer)."""
    ftext = folded(text).text
    found = []
    for form in forms:
        at = ftext.find(form)
        while at != -1:
            found.append((at, form))
            at = ftext.find(form, at + 1)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--copies", type=int, default=1, help="times each article is repeated")
    args = parser.parse_args()

    start = time.perf_counter()
    g = gazetteer.gazetteer()
    load = time.perf_counter() - start
    forms = list(g.forms)
    articles = read_articles(REPO / "seeds", load_rules()).articles
    texts = ["\n".join([a.text] * args.copies) for a in articles]
    chars = sum(len(t) for t in texts)

    ours = best_of(args.repeat, lambda: [g.find(t) for t in texts])
    naive = best_of(args.repeat, lambda: [naive_scan(forms, t) for t in texts])
    fold_only = best_of(args.repeat, lambda: [folded(t) for t in texts])
    matches = [m for t in texts for m in g.find(t)]

    print(
        f"gazetteer: {len(forms)} forms; {len(texts)} articles, {chars} characters; "
        f"{len(matches)} matches, {sum(m.is_city for m in matches)} read as cities"
    )
    print(f"load the gazetteer (TSV + YAML, once per process): {load * 1000:8.1f} ms")
    print(f"fold the articles (floor):                         {fold_only * 1000:8.1f} ms")
    print(f"find, briefer index by first word:                 {ours * 1000:8.1f} ms")
    print(f"find, naive per-form scan (baseline):              {naive * 1000:8.1f} ms")
    print(
        f"ratio baseline / briefer: {naive / ours:.1f}x faster; "
        f"after the fold both share: {(naive - fold_only) / (ours - fold_only):.1f}x faster"
    )


if __name__ == "__main__":
    main()
