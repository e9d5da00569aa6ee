"""Validation: every class of error is reported with its file, line, entry and remedy."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from briefer.errors import GlossaryError
from briefer.glossary.entries import Problem
from briefer.glossary.load import check
from briefer.glossary.load import load as load_glossary

REPO = Path(__file__).resolve().parents[2]

GOOD = """\
# Test glossary.

- id: org.dgsn
  kind: organisation
  country: MA
  arabic:
  - المديرية العامة للأمن الوطني
  en:
    full: General Directorate of National Security
    acronym: DGSN
  fr:
    full: Direction générale de la sûreté nationale
    acronym: DGSN
    gender: f
"""


def write(directory: Path, name: str, text: str) -> Path:
    directory.mkdir(exist_ok=True)
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


def only_problem(directory: Path) -> Problem:
    problems = check(directory)
    assert len(problems) == 1, [str(p) for p in problems]
    return problems[0]


def test_good_glossary_has_no_problem(tmp_path: Path) -> None:
    write(tmp_path / "g", "organisations.yaml", GOOD)
    assert check(tmp_path / "g") == []
    assert load_glossary(tmp_path / "g").get("org.dgsn").en.acronym == "DGSN"


def test_review_status_is_approved_or_provisional_with_what_it_lacks(tmp_path: Path) -> None:
    d = tmp_path / "g"
    write(d, "organisations.yaml", GOOD)
    entry = load_glossary(d).get("org.dgsn")
    assert (entry.review, entry.checked, entry.provisional) == ("approved", None, False)
    write(d, "organisations.yaml", GOOD + "  review: provisional\n  checked: from the press only\n")
    entry = load_glossary(d).get("org.dgsn")
    assert entry.provisional and entry.checked == "from the press only"
    write(d, "organisations.yaml", GOOD + "  review: provisional\n")
    problem = only_problem(d)
    assert "provisional entry does not say what it was checked against" in problem.what
    assert "checked:" in problem.fix and problem.line == 15  # the review key
    write(d, "organisations.yaml", GOOD + "  review: pending\n")
    assert "unknown review status 'pending'" in only_problem(d).what


def test_duplicate_id(tmp_path: Path) -> None:
    d = tmp_path / "g"
    write(d, "organisations.yaml", GOOD)
    other = write(
        d,
        "people.yaml",
        "- id: org.dgsn\n  kind: organisation\n  arabic: [الأمن]\n"
        "  en: Security\n  fr: {full: sûreté, gender: f}\n",
    )
    p = only_problem(d)
    assert (p.path, p.line, p.entry_id) == (other, 1, "org.dgsn")
    assert "duplicate id" in p.what and "organisations.yaml:3" in p.what


def test_arabic_form_claimed_twice_after_folding(tmp_path: Path) -> None:
    d = tmp_path / "g"
    write(
        d,
        "organisations.yaml",
        GOOD
        + """
- id: org.dgsn-copy
  kind: organisation
  arabic:
  - مديرية الأمن
  - المديريه العامه للامن الوطني
  en: Copy
  fr: {full: copie, gender: f}
""",
    )
    p = only_problem(d)
    assert (p.path.name, p.line, p.entry_id) == ("organisations.yaml", 20, "org.dgsn-copy")
    assert "org.dgsn" in p.what and "one entry only" in p.fix


def test_country_variant_clashing_with_cldr(tmp_path: Path) -> None:
    d = tmp_path / "g"
    write(d, "countries.yaml", "- id: country.MA\n  kind: country\n  arabic:\n  - إسبانيا\n")
    p = only_problem(d)
    assert (p.line, p.entry_id) == (4, "country.MA") and "country.ES" in p.what


@pytest.mark.parametrize(("lang", "name"), [("en", "English"), ("fr", "French")])
def test_missing_rendering(tmp_path: Path, lang: str, name: str) -> None:
    d = tmp_path / "g"
    text = (
        GOOD.split(f"  {lang}:")[0]
        if lang == "fr"
        else GOOD.replace(
            "  en:\n    full: General Directorate of National Security\n    acronym: DGSN\n", ""
        )
    )
    path = write(d, "organisations.yaml", text)
    p = only_problem(d)
    assert (p.path, p.line, p.entry_id) == (path, 3, "org.dgsn")
    assert p.what == f"no {name} rendering" and f"{lang}:" in p.fix


def test_kind_written_as_a_list_and_demonym_without_country(tmp_path: Path) -> None:
    d = tmp_path / "g"
    write(d, "a.yaml", GOOD.replace("kind: organisation", "kind: [organisation]"))
    write(d, "b.yaml", "- id: demonym.x\n  kind: demonym\n  arabic: [الفلاني]\n  en: X\n  fr: X\n")
    problems = check(d)
    assert [(p.path.name, p.line) for p in problems] == [("a.yaml", 4), ("b.yaml", 1)]
    assert "needs the country" in problems[1].what


def test_unknown_kind(tmp_path: Path) -> None:
    d = tmp_path / "g"
    write(d, "organisations.yaml", GOOD.replace("kind: organisation", "kind: agency"))
    p = only_problem(d)
    assert (p.line, p.entry_id) == (4, "org.dgsn")
    assert "unknown kind 'agency'" in p.what and "organisation" in p.fix


@pytest.mark.parametrize("code", ["XX", "ma", "MAR"])
def test_bad_country_code(tmp_path: Path, code: str) -> None:
    d = tmp_path / "g"
    write(d, "organisations.yaml", GOOD.replace("country: MA", f"country: {code}"))
    p = only_problem(d)
    assert (p.line, p.entry_id) == (5, "org.dgsn")
    assert f"bad country code '{code}'" in p.what and "ISO 3166-1" in p.fix


def test_norway_needs_quotes(tmp_path: Path) -> None:
    d = tmp_path / "g"
    write(d, "organisations.yaml", GOOD.replace("country: MA", "country: NO"))
    p = only_problem(d)
    assert p.line == 5 and "'NO'" in p.fix


def test_wrong_type_in_a_rendering(tmp_path: Path) -> None:
    d = tmp_path / "g"
    write(
        d, "organisations.yaml", GOOD.replace("    acronym: DGSN\n  fr:", "    acronym: 12\n  fr:")
    )
    p = only_problem(d)
    assert (p.line, p.entry_id) == (8, "org.dgsn") and "acronym" in p.what


def test_impossible_date_and_bad_encoding(tmp_path: Path) -> None:
    d = tmp_path / "g"
    write(
        d,
        "people.yaml",
        "- id: person.x\n  kind: person\n  arabic: [فلان]\n  en: X\n"
        "  fr: X\n  titles:\n  - {en: A, fr: B, from: 2015-13-45}\n",
    )
    (d / "z.yaml").write_bytes("- id: place.x\n".encode("utf-16"))
    problems = check(d)
    assert [(p.path.name, p.line) for p in problems] == [("people.yaml", 6), ("z.yaml", 1)]
    assert "cannot read 'titles'" in problems[0].what and "UTF-8" in problems[1].what


def test_yaml_syntax_error(tmp_path: Path) -> None:
    d = tmp_path / "g"
    path = write(
        d, "organisations.yaml", GOOD.replace("  kind: organisation", "  kind: [organisation")
    )
    p = only_problem(d)
    assert (p.path, p.line) == (path, 5)
    assert p.what.startswith("not valid YAML")


def test_missing_gender_and_unknown_key(tmp_path: Path) -> None:
    d = tmp_path / "g"
    write(
        d,
        "organisations.yaml",
        GOOD.replace("    gender: f\n", "").replace(
            "  country: MA\n", "  country: MA\n  colour: blue\n"
        ),
    )
    problems = check(d)
    assert [(p.line, p.what.split(" ")[0]) for p in problems] == [(6, "unknown"), (12, "French")]


def test_every_problem_at_once_and_load_refuses(tmp_path: Path) -> None:
    d = tmp_path / "g"
    write(d, "a.yaml", GOOD.replace("kind: organisation", "kind: agency"))
    write(
        d,
        "b.yaml",
        "- id: place.x\n  kind: place\n  country: QQ\n  arabic: [مكان]\n  en: Place\n  fr: Lieu\n",
    )
    write(d, "c.yaml", "- id: [broken\n")
    problems = check(d)
    assert [(p.path.name, p.line) for p in problems] == [
        ("a.yaml", 4),
        ("b.yaml", 3),
        ("c.yaml", 2),
    ]
    with pytest.raises(GlossaryError) as caught:
        load_glossary(d)
    assert (caught.value.path, caught.value.line) == (d / "a.yaml", 4)
    assert "b.yaml:3" in str(caught.value) and "c.yaml:2" in str(caught.value)


def test_lint_passes_on_the_shipped_glossary() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "briefer", "glossary", "lint"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert "no problems" in run.stdout
    # the provisional entries are listed, each with what it still lacks
    shipped = (REPO / "glossary").glob("*.yaml")
    count = sum(p.read_text(encoding="utf-8").count("review: provisional") for p in shipped)
    assert count >= 1 and f"{count} provisional entries" in run.stdout
    lines = (REPO / "glossary" / "people.yaml").read_text(encoding="utf-8").splitlines()
    line = lines.index("- id: person.yildiz") + 1
    assert f"people.yaml:{line} person.yildiz: Turkish spelling restored" in run.stdout
    assert "event.igef: English and French names translated" in run.stdout


def test_lint_fails_with_file_and_line(tmp_path: Path) -> None:
    d = tmp_path / "g"
    write(d, "organisations.yaml", GOOD.replace("country: MA", "country: XX"))
    run = subprocess.run(
        [sys.executable, "-m", "briefer", "glossary", "lint", "--glossary", str(d)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 1
    assert f"{d / 'organisations.yaml'}:5: [org.dgsn] bad country code 'XX'" in run.stderr
