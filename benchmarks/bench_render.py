"""Rendering speed: a full render of the seed visits against an incremental rebuild.

Run by hand:  PYTHONPATH=src python benchmarks/bench_render.py [--langs en fr] [--repeat 3]

The baseline, measured in the same run, is a full render (--force) of every note, digest and
index. The incremental rebuild with nothing changed must skip every note and be many times
faster; the ratio is printed. Inputs are the rendering test fixtures (the seeds, hand-written
translations and the extracted visits in tests/data/render/).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

import render_support as rs  # noqa: E402
from briefer.config import Config  # noqa: E402
from briefer.glossary.load import load as load_glossary  # noqa: E402
from briefer.render import render_notes  # noqa: E402


def main() -> None:
    """Time full and incremental renders and print their ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--langs", nargs="+", default=["en", "fr"])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    articles = rs.seed_articles()
    translations = rs.translations(articles)
    visits = rs.visits()
    terms = load_glossary(REPO / "glossary")
    with tempfile.TemporaryDirectory() as tmp:
        config = Config(out=Path(tmp))

        def run(force: bool) -> float:
            started = time.perf_counter()
            render_notes(visits, articles, translations, terms, config, args.langs, force=force)
            return time.perf_counter() - started

        full = min(run(True) for _ in range(args.repeat))
        incremental = min(run(False) for _ in range(args.repeat))
    notes = len(visits) * len(args.langs)
    print(f"full render ({notes} notes + digests): {full:.2f} s  ({full / notes:.2f} s per note)")
    print(f"incremental, nothing changed:        {incremental:.2f} s")
    print(f"ratio full / incremental:            {full / incremental:.1f}x")


if __name__ == "__main__":
    main()
