"""Score briefer's extraction against hand-checked expected facts, field by field.

Each article `NAME.txt` of a directory has its expected facts in `NAME.json` beside it (the
format is described in tests/data/unseen/README.md). The articles go through the real command,
`briefer extract DIR --format json`, so the score is what a user gets.

    python benchmarks/score_extraction.py tests/data/unseen/dev
    python benchmarks/score_extraction.py test=tests/data/unseen/test seeds=seeds:tests/data/gold
    python benchmarks/score_extraction.py tests/data/unseen/dev --details   # per-article misses

Every field scores 0..1 per article and the article's score is their mean; a split's score is
the mean over its articles. Fields: host_country, city, dates (start and end both right),
principal, counterparts (F1, matched by country and name), agreements (F1 over kind and
status), meetings (count and whether held), topics (F1), countries (F1 of countries
mentioned). Two more figures are reported but not scored: counterpart roles and romanized
names of the matched counterparts.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FIELDS = (
    "host_country",
    "city",
    "dates",
    "principal",
    "counterparts",
    "agreements",
    "meetings",
    "topics",
    "countries",
)
# Honorifics and ranks are not part of a name as the scorer compares names.
HONORIFICS = re.compile(
    r"^(?:السيد|السيدة|الدكتور|الدكتورة|اللواء|العميد|الفريق|أول|ركن|طيار|معالي|سعادة|الشيخ|العقيد)\s+"
)
ARABIC_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه", "ـ": None})


@dataclass(frozen=True)
class Score:
    """One article's score per field, and the misses that explain it."""

    article: str
    fields: dict[str, float]
    roles: tuple[int, int]
    """Matched counterparts whose role is right, and matched counterparts."""
    names: tuple[int, int]
    """Matched named counterparts whose Latin name is right, and matched named ones."""
    misses: tuple[str, ...]

    @property
    def total(self) -> float:
        """The mean of the fields."""
        return sum(self.fields.values()) / len(self.fields)


def latin(text: str | None) -> str:
    """Case-, accent-, hyphen- and space-insensitive form of a Latin name."""
    if not text:
        return ""
    bare = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "", bare)


def arabic(text: str | None) -> str:
    """A name as written, folded, without honorifics, harakat or tatweel."""
    if not text:
        return ""
    text = "".join(c for c in text if not unicodedata.combining(c)).translate(ARABIC_FOLD)
    text = " ".join(text.split())
    while HONORIFICS.match(text):
        text = HONORIFICS.sub("", text, count=1)
    return text


def english(value: Any) -> str | None:
    """The English of a {"en": …} label, or None."""
    return value.get("en") if isinstance(value, dict) else None


def f1(expected: Sequence[Any], found: Sequence[Any], same: Callable[[Any, Any], bool]) -> float:
    """F1 of a greedy one-to-one matching; both empty is a perfect score."""
    if not expected and not found:
        return 1.0
    left = list(found)
    hits = 0
    for item in expected:
        match = next((i for i, other in enumerate(left) if same(item, other)), None)
        if match is not None:
            hits += 1
            left.pop(match)
    if hits == 0:
        return 0.0
    precision, recall = hits / len(found), hits / len(expected)
    return 2 * precision * recall / (precision + recall)


def same_counterpart(gold: dict[str, Any], got: dict[str, Any]) -> bool:
    """Same country, and the same name as written (or both unnamed)."""
    if gold.get("country") != got.get("country"):
        return False
    return arabic(gold.get("name_ar")) == arabic(got.get("name_ar"))


def agreement_key(agreement: dict[str, Any]) -> tuple[str, str]:
    """What an agreement is scored on: its kind and its status."""
    return str(agreement.get("kind")), str(agreement.get("status"))


def meetings(facts: dict[str, Any]) -> tuple[Any, Any]:
    """The meeting count and whether meetings were held (held is implied by a count)."""
    count = facts.get("bilateral_meetings_count")
    held = facts.get("bilateral_meetings_held")
    return count, True if count else held


def score(gold: dict[str, Any], got: dict[str, Any]) -> Score:
    """One article's facts against its expected facts."""
    fields: dict[str, float] = {}
    misses: list[str] = []

    def check(name: str, expected: Any, found: Any) -> None:
        fields[name] = float(expected == found)
        if expected != found:
            misses.append(f"{name}: expected {expected!r}, got {found!r}")

    check("host_country", gold.get("host_country"), got.get("host_country"))
    check("city", latin(english(gold.get("city"))), latin(english(got.get("city"))))
    check("dates", (gold.get("start"), gold.get("end")), (got.get("start"), got.get("end")))
    check("principal", latin(english(gold.get("principal"))), latin(english(got.get("principal"))))
    check("meetings", meetings(gold), meetings(got))
    expected_cps, found_cps = gold.get("counterparts", []), got.get("counterparts", [])
    fields["counterparts"] = f1(expected_cps, found_cps, same_counterpart)
    if fields["counterparts"] < 1:
        misses.append(f"counterparts: expected {_people(expected_cps)}, got {_people(found_cps)}")
    expected_ags = [agreement_key(a) for a in gold.get("agreements", [])]
    found_ags = [agreement_key(a) for a in got.get("agreements", [])]
    fields["agreements"] = f1(expected_ags, found_ags, lambda a, b: a == b)
    if fields["agreements"] < 1:
        misses.append(f"agreements: expected {expected_ags}, got {found_ags}")
    for name, key in (("topics", "topics"), ("countries", "countries_mentioned")):
        expected, found = gold.get(key, []), got.get(key, [])
        fields[name] = f1(expected, found, lambda a, b: a == b)
        if fields[name] < 1:
            misses.append(f"{name}: expected {expected}, got {found}")
    roles, names = _matched_details(expected_cps, found_cps)
    return Score(str(gold.get("article")), fields, roles, names, tuple(misses))


def _people(items: Iterable[dict[str, Any]]) -> list[str]:
    return [f"{c.get('country')}:{arabic(c.get('name_ar')) or '-'}" for c in items]


def _matched_details(
    expected: list[dict[str, Any]], found: list[dict[str, Any]]
) -> tuple[tuple[int, int], tuple[int, int]]:
    """Right roles among matched counterparts, right Latin names among matched named ones."""
    roles = [0, 0]
    names = [0, 0]
    left = list(found)
    for gold in expected:
        match = next((c for c in left if same_counterpart(gold, c)), None)
        if match is None:
            continue
        left.remove(match)
        roles[1] += 1
        roles[0] += latin(english(gold.get("role"))) == latin(english(match.get("role")))
        if gold.get("name"):
            names[1] += 1
            names[0] += latin(english(gold.get("name"))) == latin(english(match.get("name")))
    return (roles[0], roles[1]), (names[0], names[1])


def extracted(directory: Path) -> dict[str, dict[str, Any]]:
    """The facts briefer extracts from every article of a directory, by article id."""
    result = subprocess.run(
        [sys.executable, "-m", "briefer", "extract", str(directory), "--format", "json", "-q"],
        capture_output=True,
        text=True,
        check=False,
    )
    if not result.stdout.strip():
        raise SystemExit(f"briefer extract {directory} failed:\n{result.stderr}")
    return {facts["article"]: facts for facts in json.loads(result.stdout)}


def score_directory(directory: Path, gold: Path | None = None) -> list[Score]:
    """Every article of a directory that has expected facts (beside it, or in gold), scored."""
    found = extracted(directory)
    scores = []
    for path in sorted((gold or directory).glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        gold.setdefault("article", path.stem)
        scores.append(score(gold, found.get(path.stem, {})))
    return scores


def summary(name: str, scores: list[Score]) -> dict[str, Any]:
    """A split's mean per field and overall, and the unscored figures."""
    n = len(scores) or 1
    roles = [sum(s.roles[i] for s in scores) for i in (0, 1)]
    names = [sum(s.names[i] for s in scores) for i in (0, 1)]
    return {
        "split": name,
        "articles": len(scores),
        "score": round(sum(s.total for s in scores) / n, 3),
        "fields": {f: round(sum(s.fields[f] for s in scores) / n, 3) for f in FIELDS},
        "roles": f"{roles[0]}/{roles[1]}",
        "names": f"{names[0]}/{names[1]}",
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Score each directory given (NAME=DIR to name a split) and print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "splits", nargs="+", help="DIR, NAME=DIR, or NAME=DIR:GOLD_DIR (articles, expected facts)"
    )
    parser.add_argument("--details", action="store_true", help="print every article's misses")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    args = parser.parse_args(argv)
    results = []
    for spec in args.splits:
        name, _, where = spec.rpartition("=")
        articles, _, gold = where.partition(":")
        directory = Path(articles)
        scores = score_directory(directory, Path(gold) if gold else None)
        results.append(summary(name or directory.name, scores))
        if args.details:
            for s in scores:
                print(f"{s.article}  {s.total:.3f}")
                for miss in s.misses:
                    print(f"    {miss}")
    if args.json:
        print(json.dumps(results, indent=2, ensure_ascii=False))
        return 0
    print("split        n  score  " + "  ".join(f"{f[:8]:>8}" for f in FIELDS) + "  roles  names")
    for r in results:
        cells = "  ".join(f"{r['fields'][f]:8.3f}" for f in FIELDS)
        print(
            f"{r['split']:<10} {r['articles']:3d}  {r['score']:.3f}  {cells}  {r['roles']}  "
            f"{r['names']}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
