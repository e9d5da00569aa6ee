"""Glossary matching speed: 10,000 entries against the seed articles.

Run by hand:  PYTHONPATH=src python benchmarks/bench_glossary.py [--entries 10000] [--repeat 5]

The baseline, measured in the same run, is the naive approach: scan the folded article once
per glossary form (str.find), with no proclitic tolerance at all. briefer's trie lookup does
more (proclitics, spacing variants, longest match) and should still be many times faster.
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable
from pathlib import Path

from briefer.arabic.fold import fold, fold_string
from briefer.glossary.entries import Entry, Rendering
from briefer.glossary.load import load as load_glossary
from briefer.glossary.match import Glossary
from briefer.ingest import load_rules, read_articles

REPO = Path(__file__).resolve().parents[1]
LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"


def synthetic(count: int, seed: int = 0) -> dict[str, Entry]:
    """count made-up organisation entries of 1 to 5 Arabic words, some with the article."""
    rng = random.Random(seed)
    entries = {}
    for n in range(count):
        words = []
        for _ in range(rng.randint(1, 5)):
            word = "".join(rng.choice(LETTERS) for _ in range(rng.randint(3, 7)))
            words.append(("ال" + word) if rng.random() < 0.5 else word)
        name = f"Body {n}"
        entries[f"org.synthetic-{n}"] = Entry(
            id=f"org.synthetic-{n}",
            kind="organisation",
            arabic=(" ".join(words),),
            en=Rendering(full=name, article=True),
            fr=Rendering(full=name, gender="m", article=True),
        )
    return entries


def best_of(repeat: int, func: Callable[[], object]) -> float:
    """The fastest of repeat runs, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times)


def naive_scan(forms: list[tuple[str, str]], text: str) -> list[tuple[int, str]]:
    """Baseline: one pass over the folded text per form (folded with offsets, as briefer)."""
    folded = fold(text).text
    found = []
    for form, entry_id in forms:
        at = folded.find(form)
        while at != -1:
            found.append((at, entry_id))
            at = folded.find(form, at + 1)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    load_time = best_of(args.repeat, lambda: load_glossary(REPO / "glossary"))
    shipped = load_glossary(REPO / "glossary")
    entries = {**synthetic(args.entries), **shipped.entries}
    cold_build = best_of(1, lambda: Glossary(entries))  # folds every form once
    build_time = best_of(args.repeat, lambda: Glossary(entries))
    big = Glossary(entries)
    forms = [(fold_string(f), e.id) for e in entries.values() for f in e.arabic]
    articles = read_articles(REPO / "seeds", load_rules()).articles
    chars = sum(len(a.text) for a in articles)

    ours = best_of(args.repeat, lambda: [big.match(a.text) for a in articles])
    naive = best_of(args.repeat, lambda: [naive_scan(forms, a.text) for a in articles])
    fold_only = best_of(args.repeat, lambda: [fold(a.text) for a in articles])
    matches = sum(len(big.match(a.text)) for a in articles)

    print(
        f"glossary: {len(entries)} entries ({len(forms)} Arabic forms); "
        f"{len(articles)} articles, {chars} characters; {matches} matches"
    )
    print(f"load shipped glossary ({len(shipped.entries)} entries): {load_time * 1000:8.1f} ms")
    print(f"build index for {len(entries)} entries, cold:  {cold_build * 1000:8.1f} ms")
    print(f"build index for {len(entries)} entries, warm:  {build_time * 1000:8.1f} ms")
    print(f"fold the articles (floor):                 {fold_only * 1000:8.1f} ms")
    print(
        f"match, briefer trie:                       {ours * 1000:8.1f} ms "
        f"({ours / len(articles) * 1000:.1f} ms per article)"
    )
    print(f"match, naive per-entry scan (baseline):    {naive * 1000:8.1f} ms")
    print(
        f"ratio baseline / briefer: {naive / ours:.1f}x faster; "
        f"after the fold both share: {(naive - fold_only) / (ours - fold_only):.1f}x faster"
    )
    print(f"briefer / fold floor: {ours / fold_only:.1f}x")


if __name__ == "__main__":
    main()
