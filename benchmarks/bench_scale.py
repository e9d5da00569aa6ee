"""Benchmark: briefer build at scale, on one machine and on a Dask cluster, all in one run.

Run by hand:  PYTHONPATH=src python benchmarks/bench_scale.py [--sizes 5 25 100] [--repeat 2]

Stand-in packages of a real model's size (tests/argos_fixture.py: Transformer-base, int8,
ar->en and en->fr) translate synthetic corpora (benchmarks/corpus.py: the seeds recombined,
most sentences new to the memory). Each build is `python -m briefer build` in its own
process, as a user runs it. Measured, each size in a fresh project:
  cold build (empty cache), --force with a warm cache, a no-op rebuild, a one-article edit;
then, at the speed-up size: --workers 1 against --workers 2, and a 2-worker LocalCluster
(processes, 127.0.0.1) against local --workers 2, cold and re-rendering (--force), the
configurations interleaved and repeated; translation alone on one core, with two threads on
a batch, and two batches at once; and visit grouping of 1,000 to 10,000 reports. "cores
busy" is CPU time over wall time: the build's own processes, and the machine's others (other
users; a LocalCluster's workers). Each build waits for the machine to be quiet first.
Ratios are within the run; the machine is shared, so compare them, not the seconds.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import corpus  # noqa: E402

EPOCH = "1764583200"


@dataclass(frozen=True)
class Run:
    """One build: wall seconds, CPU seconds (its worker processes included), the peak memory
    of its main process, files written."""

    seconds: float
    cpu: float
    rss_mb: float
    written: int
    others: float
    """Cores the machine spent on other processes (other users, a cluster's workers)."""


def machine_cpu() -> float:
    """CPU seconds every process of the machine has used (from /proc/stat)."""
    fields = Path("/proc/stat").read_text().splitlines()[0].split()[1:]
    user, nice, system, _idle, _iowait, irq, softirq, steal = map(int, fields[:8])
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def wait_for_quiet(limit: float = 180.0, share: float = 0.15) -> float:
    """Wait (up to limit seconds) until other processes use less than share of a core;
    return what they used in the last two seconds, in cores."""
    deadline = time.monotonic() + limit
    while True:
        before = machine_cpu()
        time.sleep(2.0)
        others = (machine_cpu() - before) / 2.0
        if others < share or time.monotonic() > deadline:
            return others


def packages(work: Path) -> Path:
    """The stand-in packages, built once into work/packages."""
    target = work / "packages"
    if not any(target.glob("*/metadata.json")):
        import argos_fixture
        from briefer.translate import packages as argos

        sp = argos_fixture.train_sentencepiece()
        for pair in (("ar", "en"), ("en", "fr")):
            argos.install_file(argos_fixture.build_standin(work, *pair, sp), target)
    return target


def project(work: Path, name: str, articles: int) -> Path:
    """A fresh project: the synthetic articles, the shipped glossary and memory."""
    root = work / name
    shutil.rmtree(root, ignore_errors=True)
    corpus.write_corpus(root / "seeds", articles)
    shutil.copytree(ROOT / "glossary", root / "glossary")
    shutil.copytree(ROOT / "tm", root / "tm")
    return root


def build(root: Path, env: dict[str, str], *args: str) -> Run:
    """`briefer build` in root; wall time and the peak RSS of the main process."""
    wait_for_quiet()
    machine = machine_cpu()
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "briefer", "build", "--quiet", *args],
        cwd=root,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stderr is not None
    err = child.stderr.read()
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        raise SystemExit(f"build failed in {root}:\n{err}")
    written = next(
        (int(line.split("│")[2]) for line in err.splitlines() if "files written" in line), -1
    )
    cpu = usage.ru_utime + usage.ru_stime
    others = max(0.0, (machine_cpu() - machine - cpu) / seconds)
    return Run(seconds, cpu, usage.ru_maxrss / 1024, written, others)


def edit_one(root: Path) -> None:
    """Append a sentence to the first article, as an editor would."""
    path = sorted((root / "seeds").glob("*.txt"))[0]
    path.write_text(path.read_text("utf-8") + "\nوأكد الجانبان أهمية التعاون.\n", "utf-8")


def spread(values: Sequence[float]) -> str:
    """median (min–max) of a few measures."""
    if len(values) == 1:
        return f"{values[0]:.2f}"
    return f"{statistics.median(values):.2f} ({min(values):.2f}–{max(values):.2f})"


def per_size(work: Path, env: dict[str, str], sizes: Sequence[int], workers: int) -> None:
    print(f"\n== per-article costs, --workers {workers} ==")
    header = f"{'articles':>8} {'cold':>14} {'--force':>14} {'no-op':>12} {'one edit':>20} "
    print(header + f"{'peak RSS':>10} {'other cores (cold)':>20}")
    for n in sizes:
        root = project(work, f"size-{n}", n)
        w = ("--workers", str(workers))
        cold = build(root, env, *w)
        force = build(root, env, *w, "--force")
        noop = build(root, env, *w)
        edit_one(root)
        edit = build(root, env, *w)
        print(
            f"{n:>8} {cold.seconds:7.1f} s {cold.seconds / n:4.2f}/a "
            f"{force.seconds:7.1f} s {force.seconds / n:4.2f}/a {noop.seconds:7.2f} s "
            f"{edit.seconds:7.2f} s, {edit.written:3d} files "
            f"{max(cold.rss_mb, force.rss_mb):7.0f} MB {cold.others:12.2f}",
            flush=True,
        )


def speedups(work: Path, env: dict[str, str], n: int, repeat: int) -> None:
    from distributed import LocalCluster

    print(f"\n== speed-ups at {n} articles, {repeat} interleaved round(s) ==")
    cold: dict[str, list[float]] = {}
    force: dict[str, list[float]] = {}
    busy: dict[str, list[float]] = {}
    with LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
        env={"SOURCE_DATE_EPOCH": EPOCH},
    ) as cluster:
        configs = {
            "--workers 1": ("--workers", "1"),
            "--workers 2": ("--workers", "2"),
            "cluster (2 workers)": ("--workers", "1", "--scheduler", cluster.scheduler_address),
        }
        for round_ in range(repeat):
            for label, args in configs.items():
                root = project(work, "speed", n)
                first = build(root, env, *args)
                again = build(root, env, *args, "--force")
                cold.setdefault(label, []).append(first.seconds)
                force.setdefault(label, []).append(again.seconds)
                busy.setdefault(label, []).append(first.cpu / first.seconds)
                print(
                    f"  round {round_ + 1} {label:<20} cold {first.seconds:6.1f} s "
                    f"(cores: {first.cpu / first.seconds:.2f} build, {first.others:.2f} "
                    f"other)  re-render {again.seconds:5.1f} s (cores: "
                    f"{again.cpu / again.seconds:.2f} build, {again.others:.2f} other)",
                    flush=True,
                )
    print(f"{'':<24}{'cold build (s)':>24}{'re-render, --force (s)':>28}")
    for label in configs:
        print(f"{label:<24}{spread(cold[label]):>24}{spread(force[label]):>28}")

    def ratio(a: str, b: str, table: dict[str, list[float]]) -> str:
        pairs = [x / y for x, y in zip(table[a], table[b], strict=True)]
        return f"{spread(pairs)}x per round, {min(table[a]) / min(table[b]):.2f}x best of each"

    print(f"--workers 2 vs 1, re-render:  {ratio('--workers 1', '--workers 2', force)}")
    print(f"--workers 2 vs 1, cold:       {ratio('--workers 1', '--workers 2', cold)}")
    print(
        f"cluster vs --workers 2, re-render: {ratio('cluster (2 workers)', '--workers 2', force)}"
    )
    print(f"cluster vs --workers 2, cold:      {ratio('cluster (2 workers)', '--workers 2', cold)}")


def translation(work: Path, n: int, repeat: int) -> None:
    """Translation alone, no cache, in this process: one core, two threads on one batch
    (intra_threads 2), two batches at once (inter_threads 2, --workers 2's way)."""
    import resource

    from briefer.glossary.load import load
    from briefer.ingest import load_rules, read_articles
    from briefer.translate.engine import Engine
    from briefer.translate.memory import Memory
    from briefer.translate.settings import Settings

    root = project(work, "translation", n)
    articles = read_articles(root / "seeds", load_rules()).articles
    glossary = load(root / "glossary")
    configs = {
        "1 batch, 1 thread": Settings(),
        "1 batch, 2 threads (intra)": Settings(threads=2),
        "2 batches at once (inter)": Settings(workers=2),
    }
    for settings in configs.values():  # load each model once, as a build does
        Engine(glossary, Memory([]), settings).translate(articles[:1], ["en", "fr"])
    print(f"\n== translation alone, {n} articles, en + fr, {repeat} round(s) ==")
    times: dict[str, list[float]] = {}
    for _ in range(repeat):
        for label, settings in configs.items():
            wait_for_quiet()
            machine = machine_cpu()
            before = resource.getrusage(resource.RUSAGE_SELF)
            started = time.perf_counter()
            Engine(glossary, Memory([]), settings).translate(articles, ["en", "fr"])
            seconds = time.perf_counter() - started
            after = resource.getrusage(resource.RUSAGE_SELF)
            cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
            others = max(0.0, (machine_cpu() - machine - cpu) / seconds)
            times.setdefault(label, []).append(seconds)
            print(
                f"  {label:<28} {seconds:7.1f} s (cores: {cpu / seconds:.2f} ours, "
                f"{others:.2f} other)",
                flush=True,
            )
    base = min(times["1 batch, 1 thread"])
    for label, values in times.items():
        print(f"{label:<30} {spread(values):>22} s  speed-up {base / min(values):.2f}x (best)")


def grouping(counts: Sequence[int]) -> None:
    """group_visits on many visits: the seeds' facts, each report moved to its own days."""
    from briefer.extract import extract
    from briefer.extract.visits import group_visits
    from briefer.glossary.load import load
    from briefer.ingest import load_rules, read_articles

    glossary = load(ROOT / "glossary")
    seeds = [extract(a, glossary) for a in read_articles(ROOT / "seeds", load_rules()).articles]
    print("\n== visit grouping ==")
    for count in counts:
        facts = []
        for i in range(count):
            base = seeds[i % len(seeds)]
            day = 1 + i // len(seeds)
            year, day = 1990 + day // 365, day % 365
            month, mday = 1 + day // 31 % 12, 1 + day % 28
            start = f"{year:04d}-{month:02d}-{mday:02d}"
            facts.append(replace(base, article=f"{i:06d}", start=start, end=start))
        started = time.perf_counter()
        visits = group_visits(facts)
        seconds = time.perf_counter() - started
        print(f"{count:>7} reports -> {len(visits):>6} visits: {seconds:6.2f} s", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[5, 25, 100])
    parser.add_argument("--speedup-size", type=int, default=25)
    parser.add_argument("--repeat", type=int, default=3, help="rounds of the speed-up runs")
    parser.add_argument("--workers", type=int, default=2, help="for the per-size table")
    parser.add_argument("--work", type=Path, default=None, help="keep packages here")
    parser.add_argument(
        "--only",
        choices=["sizes", "speedups", "translation", "grouping"],
        nargs="+",
        default=None,
    )
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="briefer-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT / "src") + os.pathsep + env.get("PYTHONPATH", "")
    env["ARGOS_PACKAGES_DIR"] = str(packages(work))
    env["SOURCE_DATE_EPOCH"] = EPOCH
    os.environ["ARGOS_PACKAGES_DIR"] = env["ARGOS_PACKAGES_DIR"]
    only = set(args.only or ["sizes", "speedups", "translation", "grouping"])
    print(f"work: {work}; {os.cpu_count()} cores; beam 2, en + fr")
    if "grouping" in only:
        grouping([1000, 3000, 10000])
    if "sizes" in only:
        per_size(work, env, args.sizes, args.workers)
    if "translation" in only:
        translation(work, args.speedup_size, args.repeat)
    if "speedups" in only:
        speedups(work, env, args.speedup_size, args.repeat)


if __name__ == "__main__":
    main()
