"""briefer extract through its real entry point, and its help text."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from briefer.cli import main

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "extract"
# The build date (2026-11-30), which narrows the year of seed 003's "الثلاثاء 28 يناير".
BUILT = "1795996800"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "briefer", "extract", *args],
        cwd=ROOT,
        env={**os.environ, "SOURCE_DATE_EPOCH": BUILT},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_json_of_the_seeds_matches_the_expected_facts() -> None:
    done = run("seeds/", "--format", "json")
    assert done.returncode == 0, done.stderr
    facts = json.loads(done.stdout)
    assert [f["article"] for f in facts] == sorted(p.stem for p in (ROOT / "seeds").glob("*.txt"))
    for item in facts:
        expected = json.loads((DATA / f"{item['article']}.json").read_text(encoding="utf-8"))
        assert item == expected


def test_table_gives_a_readable_overview() -> None:
    done = run("seeds/", "--format", "table")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    for text in (
        "Ankara (TR)",
        "2025-09-18 ..",
        "Mahmut Demirtaş",
        "(unnamed), Director",
        "mou signed: Norwegian",
        "43 bilateral meetings",
        "2025-01-29?",
    ):
        assert text in out, text


def test_visits_json_and_table() -> None:
    done = run("seeds/", "--visits")
    assert done.returncode == 0, done.stderr
    visits = json.loads(done.stdout)
    assert [v["id"] for v in visits] == [
        "2024-09-23-ae",
        "XXXX-01-28-es",  # 2025-01-28?: a narrowed year stays out of the id, not the order
        "2025-09-18-tr-ankara",
        "2025-11-24-ma-marrakesh",
        "XXXX-09-19-tr-ankara",
    ]
    assert all(v["sources"] == 1 and v["conflicts"] == [] for v in visits)
    ankara = visits[2]
    assert ankara["counterparts"][0]["evidence"] == [
        {"article": "000_d774277871ac2776", "sentence": 3}
    ]
    table = run("seeds/", "--visits", "--format", "table")
    assert "2025-09-18-tr-ankara" in table.stdout


def test_single_file_and_unreadable_file(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    done = run(str(DATA / "102_amman_protocol.txt"), str(empty))
    assert done.returncode == 1
    assert [f["article"] for f in json.loads(done.stdout)] == ["102_amman_protocol"]
    assert "empty.txt" in done.stderr and "empty" in done.stderr


def test_help_has_an_example() -> None:
    result = CliRunner().invoke(main, ["extract", "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output and "briefer extract seeds/" in result.output
