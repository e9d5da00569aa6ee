"""Name romanization accuracy on the evaluation pairs, by split and region, and its speed.

Run by hand:  PYTHONPATH=src python benchmarks/bench_romanize.py [--failures] [--markdown]

The pairs (tests/data/names/pairs.tsv) carry a split frozen by a hash of the Arabic before any
rule was written. Tune on "dev" only: --failures lists dev failures and never test ones.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import time
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from briefer.romanize import romanize

REPO = Path(__file__).resolve().parents[1]
PAIRS = REPO / "tests" / "data" / "names" / "pairs.tsv"
REGIONS = ("maghreb", "mashriq", "western", "other")


@dataclass(frozen=True)
class Pair:
    """One evaluation pair: an Arabic name and the person's own Latin spelling."""

    arabic: str
    latin: str
    country: str
    region: str
    source: str
    split: str


@dataclass(frozen=True)
class Score:
    """Accuracy figures over a set of pairs."""

    pairs: int
    exact: int
    loose: int
    tokens: int
    tokens_right: int

    def rate(self, part: int, whole: int) -> float:
        """part / whole as a percentage (0 when whole is 0)."""
        return 100.0 * part / whole if whole else 0.0

    def row(self) -> tuple[str, str, str, str]:
        """Pairs, exact %, case/diacritic-insensitive %, per-token %."""
        return (
            str(self.pairs),
            f"{self.rate(self.exact, self.pairs):.1f}",
            f"{self.rate(self.loose, self.pairs):.1f}",
            f"{self.rate(self.tokens_right, self.tokens):.1f}",
        )


def split_of(arabic: str) -> str:
    """The frozen split of a pair: the parity of the first byte of SHA-256 of the NFC Arabic."""
    digest = hashlib.sha256(unicodedata.normalize("NFC", arabic).encode("utf-8")).digest()
    return "dev" if digest[0] % 2 == 0 else "test"


def read_pairs(path: Path = PAIRS) -> list[Pair]:
    """The evaluation pairs."""
    with path.open(encoding="utf-8", newline="") as f:
        return [Pair(**row) for row in csv.DictReader(f, delimiter="\t")]


def loose(text: str) -> str:
    """Case- and diacritic-insensitive form: "Saïd" and "said" compare equal."""
    decomposed = unicodedata.normalize("NFD", text.casefold().replace("ı", "i"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def common_tokens(gold: list[str], got: list[str]) -> int:
    """How many gold tokens the proposal has, in order (longest common subsequence)."""
    table = [[0] * (len(got) + 1) for _ in range(len(gold) + 1)]
    for i, g in enumerate(gold):
        for j, h in enumerate(got):
            table[i + 1][j + 1] = (
                table[i][j] + 1 if g == h else max(table[i][j + 1], table[i + 1][j])
            )
    return table[-1][-1]


def score(pairs: Iterable[Pair]) -> Score:
    """Whole-name and per-token accuracy of romanize() over pairs."""
    n = exact = near = tokens = right = 0
    for pair in pairs:
        got = romanize(pair.arabic, pair.country).latin
        gold = pair.latin
        n += 1
        exact += got == gold
        near += loose(got) == loose(gold)
        tokens += len(gold.split())
        right += common_tokens(loose(gold).split(), loose(got).split())
    return Score(n, exact, near, tokens, right)


def report(pairs: list[Pair]) -> list[tuple[str, str, tuple[str, str, str, str]]]:
    """(split, region, figures) rows: every region of each split, then the split as a whole."""
    rows = []
    for split in ("dev", "test"):
        chosen = [p for p in pairs if p.split == split]
        for region in REGIONS:
            rows.append((split, region, score(p for p in chosen if p.region == region).row()))
        rows.append((split, "all", score(chosen).row()))
    return rows


def failures(pairs: list[Pair]) -> list[str]:
    """Dev pairs the romanizer gets wrong (case/diacritic-insensitive), one line each."""
    lines = []
    for pair in pairs:
        if pair.split != "dev":
            continue
        got = romanize(pair.arabic, pair.country)
        if loose(got.latin) != loose(pair.latin):
            how = " ".join(t.how[0] for t in got.tokens)
            lines.append(f"{pair.country}\t{pair.arabic}\t{pair.latin}\t{got.latin}\t[{how}]")
    return lines


def speed(pairs: list[Pair], repeat: int = 20) -> float:
    """Names romanized per second over repeat passes."""
    by_split: dict[str, int] = defaultdict(int)
    start = time.perf_counter()
    for _ in range(repeat):
        for pair in pairs:
            romanize(pair.arabic, pair.country)
            by_split[pair.split] += 1
    return sum(by_split.values()) / (time.perf_counter() - start)


def main() -> None:
    """Print the accuracy table (plain or Markdown), dev failures on request, and the speed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--failures", action="store_true", help="list dev-split failures")
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    args = parser.parse_args()
    pairs = read_pairs()
    moved = [p.arabic for p in pairs if p.split != split_of(p.arabic)]
    if moved:
        raise SystemExit(f"pairs.tsv: split does not match the hash for {moved}")
    header = ("split", "region", "pairs", "exact %", "exact, case/diacritics ignored %", "token %")
    rows = [(s, r, *fig) for s, r, fig in report(pairs)]
    if args.markdown:
        print("| " + " | ".join(header) + " |")
        print("|" + "---|" * len(header))
        for row in rows:
            print("| " + " | ".join(row) + " |")
    else:
        for row in (header, *rows):
            print("\t".join(row))
    if args.failures:
        print("\n".join(["", "dev failures:", *failures(pairs)]))
    print(f"\n{speed(pairs):.0f} names/s")


if __name__ == "__main__":
    main()
