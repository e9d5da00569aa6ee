"""Benchmark: briefer's translation engine against argostranslate's own translate().

Run by hand:  PYTHONPATH=src python benchmarks/bench_translate.py [--beam 4] [--rounds 2]

Builds Transformer-base sized stand-in packages (6+6 layers, d_model 512, 8 heads, FFN 2048,
16k vocabulary, int8, random weights plus a copy path so hypotheses end where the source
does), installs them in a temporary ARGOS_PACKAGES_DIR, and times on the same model and the
same seed sentences:
  1. single hop ar->en: briefer (all sentences, batched) vs argostranslate translate() per
     paragraph (its sentence splitter replaced by briefer's, which needs no model download);
  2. pivot ar->fr: briefer (ar->en->fr, one hypothesis per hop) vs argostranslate's
     CompositeTranslation.translate() per paragraph;
  3. a warm rebuild through the on-disk cache, which must translate nothing.
Prints sentences per second and the ratios (targets: >= 3x single hop, >= 2x pivot).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))


def timed(label: str, func: Callable[[], object]) -> float:
    """Seconds func takes (one call)."""
    start = time.perf_counter()
    func()
    seconds = time.perf_counter() - start
    print(f"  {label:<44} {seconds:7.2f} s", flush=True)
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--beam", type=int, default=4, help="beam size for both (argostranslate's default is 4)"
    )
    parser.add_argument("--rounds", type=int, default=2, help="interleaved rounds; best kept")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="briefer-bench-"))
    os.environ["ARGOS_PACKAGES_DIR"] = str(work / "packages")
    os.environ["ARGOS_BEAM_SIZE"] = str(args.beam)

    import argos_fixture
    from briefer.glossary.load import load
    from briefer.ingest import load_rules, read_articles
    from briefer.translate import engine, memory
    from briefer.translate import packages as argos_packages
    from briefer.translate.settings import Settings
    from support import GLOSSARY

    print(f"building stand-in packages in {work} ...", flush=True)
    sp_model = argos_fixture.train_sentencepiece()
    for pair in (("ar", "en"), ("en", "fr")):
        argos_packages.install_file(argos_fixture.build_standin(work, *pair, sp_model))
    articles = read_articles(ROOT / "seeds", load_rules()).articles
    paragraphs = [p.text for a in articles for p in a.paragraphs]
    sentences = sum(len(a.sentences) for a in articles)
    glossary_dir = ROOT / "glossary"
    if not any(glossary_dir.glob("*.yaml")):
        glossary_dir = work / "glossary"
        glossary_dir.mkdir()
        (glossary_dir / "terms.yaml").write_text(GLOSSARY, encoding="utf-8")
    glossary = load(glossary_dir)
    empty = memory.Memory([])
    print(
        f"{len(articles)} articles, {len(paragraphs)} paragraphs, {sentences} sentences; "
        f"beam {args.beam}; glossary {glossary_dir}",
        flush=True,
    )

    argos_en, argos_fr = argos_translations(articles)
    settings = Settings(beam_size=args.beam)
    ours = engine.Engine(glossary, empty, settings)
    ours.translate(articles[:1], ["en", "fr"])  # load both models once, as a process does
    argos_en.translate(paragraphs[0])
    argos_fr.translate(paragraphs[0])

    shipped = replace(settings, beam_size=Settings().beam_size)
    runs: dict[str, list[float]] = {}
    jobs = {
        "argos ar->en": lambda: [argos_en.translate(p) for p in paragraphs],
        "briefer ar->en": lambda: engine.Engine(glossary, empty, settings).translate(
            articles, ["en"]
        ),
        "briefer ar->en (defaults)": lambda: engine.Engine(glossary, empty, shipped).translate(
            articles, ["en"]
        ),
        "argos ar->en->fr": lambda: [argos_fr.translate(p) for p in paragraphs],
        "briefer ar->en->fr": lambda: engine.Engine(glossary, empty, settings).translate(
            articles, ["fr"]
        ),
        "briefer ar->en->fr (defaults)": lambda: engine.Engine(glossary, empty, shipped).translate(
            articles, ["fr"]
        ),
    }
    # Interleaved rounds, best of each: the machine is shared, load comes and goes.
    for round_ in range(1, args.rounds + 1):
        print(f"round {round_}:")
        for label, job in jobs.items():
            runs.setdefault(label, []).append(timed(label, job))
    best = {label: min(times) for label, times in runs.items()}
    print("warm rebuild (en + fr through the disk cache):")
    cached = replace(settings, cache=work / "cache")
    timed(
        "cold build, en + fr",
        lambda: engine.Engine(glossary, empty, cached).translate(articles, ["en", "fr"]),
    )
    warm = engine.Engine(glossary, empty, cached)
    w = timed("warm rebuild, en + fr", lambda: warm.translate(articles, ["en", "fr"]))

    print()
    print(
        f"best of {args.rounds} round(s), {sentences} sentences; argostranslate beam "
        f"{args.beam}; briefer beam {args.beam}, and its default beam {shipped.beam_size}"
    )
    rows = (
        ("ar->en", "argos ar->en", "briefer ar->en", 3),
        ("ar->en, briefer defaults", "argos ar->en", "briefer ar->en (defaults)", 3),
        ("ar->en->fr", "argos ar->en->fr", "briefer ar->en->fr", 2),
        ("ar->en->fr, briefer defaults", "argos ar->en->fr", "briefer ar->en->fr (defaults)", 2),
    )
    print(f"{'':<30}{'argostranslate':>16}{'briefer':>16}{'ratio':>8}{'target':>8}")
    for label, theirs, ours_, target in rows:
        a, b = best[theirs], best[ours_]
        verdict = "ok" if a / b >= target else "BELOW TARGET"
        print(
            f"{label:<30}{sentences / a:>9.2f} sent/s{sentences / b:>9.2f} sent/s"
            f"{a / b:>7.1f}x{target:>7}x {verdict}"
        )
    print(
        f"warm rebuild: {w:.2f} s, sentences sent to the machine: {warm.stats.machine}, "
        f"from cache: {warm.stats.cached}"
    )


def argos_translations(articles):
    """argostranslate's own translation objects for ar->en and ar->en->fr."""
    from argostranslate import package
    from argostranslate import translate as argos

    from briefer.ingest import load_rules, split_sentences

    rules = load_rules()

    class BrieferSentencizer:
        """argostranslate's splitter needs a downloaded model; use briefer's spans instead."""

        def split_sentences(self, text: str) -> list[str]:
            return [text[a:b] for a, b in split_sentences(text, rules)]

    installed = {(p.from_code, p.to_code): p for p in package.get_installed_packages()}
    hops = {}
    for pair, pkg in installed.items():
        hop = argos.PackageTranslation(None, None, pkg)
        hop.sentencizer = BrieferSentencizer()
        hops[pair] = hop
    return hops[("ar", "en")], argos.CompositeTranslation(hops[("ar", "en")], hops[("en", "fr")])


if __name__ == "__main__":
    main()
