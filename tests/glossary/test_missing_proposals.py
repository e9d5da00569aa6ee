"""`glossary missing` proposes entries: romanization by the stated country, title, id, and a
`glossary add` command that is safe to run whatever the article holds."""

from __future__ import annotations

import json
import shlex
import shutil
import subprocess
from pathlib import Path

from briefer.extract.facts import Label
from briefer.extract.proposals import Stated, free_id, organisation, person, propose, slugify
from briefer.glossary.load import load
from briefer.glossary.match import Glossary
from briefer.glossary.mining import Candidate
from support import ROOT, run_cli, small_article

MAURITANIAN = (
    "استقبل حموشي يوم الثلاثاء المدير العام للشرطة الوطنية الموريتانية محمد ولد بوبكر، "
    "على رأس وفد أمني."
)
FRENCH = "وحضر اللقاء الخبير الفرنسي جان دوبون."
UNSTATED = "وشارك في اللقاء السيد يوهان فيشر."
HOSTILE = "'\"$(touch pwned) `touch pwned2` ; rm -rf x &&\nnext line \\ $HOME"


def test_a_post_gives_the_country_the_title_and_the_convention(
    shipped: Glossary, tmp_path: Path
) -> None:
    [p] = propose([small_article(tmp_path, MAURITANIAN)], shipped)
    assert p.candidate.text == "محمد ولد بوبكر"
    assert (p.kind, p.country, p.convention) == ("person", "MR", "maghreb")
    assert p.en == p.fr == "Mohamed Ould Boubker"
    assert p.title == Label(
        "Director General of the Mauritanian National Police",
        "directeur général de la Police nationale mauritanienne",
    )
    assert p.id == "person.ould-boubker"
    assert p.argv is not None and p.command is not None
    assert shlex.split(p.command) == list(p.argv)
    assert p.argv[:6] == (
        "briefer",
        "glossary",
        "add",
        "--provisional",
        "--checked",
        f"romanized by briefer glossary missing from {tmp_path / 'article.txt'}#1; "
        "verify against an official source",
    )
    assert p.argv[p.argv.index("--country") + 1] == "MR"


def test_a_mauritanian_family_name_starts_at_its_particle(
    shipped: Glossary, tmp_path: Path
) -> None:
    sentence = MAURITANIAN.replace("ولد بوبكر", "ولد الشيخ أحمد")
    [p] = propose([small_article(tmp_path, sentence)], shipped)
    assert (p.en, p.id) == ("Mohamed Ould Cheikh Ahmed", "person.ould-cheikh-ahmed")


def test_a_demonym_before_the_name_gives_the_country(shipped: Glossary, tmp_path: Path) -> None:
    [p] = propose([small_article(tmp_path, FRENCH)], shipped)
    assert (p.candidate.text, p.country, p.convention, p.title) == (
        "جان دوبون",
        "FR",
        "western",
        None,
    )


def test_no_country_is_guessed(shipped: Glossary, tmp_path: Path) -> None:
    # The article is about a Moroccan visit, but nothing next to the name says whose he is.
    [p] = propose([small_article(tmp_path, UNSTATED)], shipped)
    assert p.candidate.text == "يوهان فيشر"
    assert p.country is None and p.title is None
    assert p.argv is not None and "--country" not in p.argv


def test_ids_are_free_in_the_glossary_and_among_the_proposals() -> None:
    taken = {"person.hammouchi", "person.ould-boubker", "person.mohamed-ould-boubker"}
    assert free_id("person", "Hammouchi", "Abdellatif Hammouchi", taken) == (
        "person.abdellatif-hammouchi"
    )
    assert free_id("person", "Ould Boubker", "Mohamed Ould Boubker", taken) == (
        "person.mohamed-ould-boubker-2"
    )
    assert slugify("Hakan Fidan Kalın Çavuşoğlu") == "hakan-fidan-kalin-cavusoglu"
    assert free_id("person", "", "", set()) == "person.unnamed"
    assert free_id("person", "", "", {"person.unnamed"}) == "person.unnamed-2"


def test_a_hostile_name_cannot_break_the_command() -> None:
    """Whatever the article or its file name hold, the printed line is one command whose
    arguments are exactly the intended ones: no substitution, no second command."""
    c = Candidate(HOSTILE, "after a title", 1, HOSTILE, 3, HOSTILE)
    stated = Stated("MR", Label(HOSTILE, HOSTILE))
    p = person(c, f"{HOSTILE}#3", stated, set(), Path(HOSTILE))
    assert p.argv is not None and p.command is not None
    assert shlex.split(p.command) == list(p.argv)
    arabic = p.argv[p.argv.index("--arabic") + 1]
    assert arabic == " ".join(HOSTILE.split())  # a name is one line
    assert p.argv[-2:] == ("--glossary", HOSTILE)  # a path is kept exactly
    assert p.argv[p.argv.index("--title-en") + 1] == " ".join(HOSTILE.split())


def test_a_real_shell_gets_back_the_intended_arguments(tmp_path: Path) -> None:
    c = Candidate(HOSTILE, "after a title", 1, "a", 0, HOSTILE)
    p = person(c, f"{HOSTILE}#0", Stated(None, Label(HOSTILE, HOSTILE)), set(), Path(HOSTILE))
    assert p.argv is not None and p.command is not None
    # The shell parses the line as a user's would; printf shows what the command received.
    shown = subprocess.run(
        ["sh", "-c", f"set -- {p.command}; printf '%s\\0' \"$@\""],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    assert shown.stdout.split("\0")[:-1] == list(p.argv)
    assert list(tmp_path.iterdir()) == []  # nothing was run


def test_an_organisation_that_renders_literally_gets_a_command() -> None:
    c = Candidate("جهاز أمن الدولة", "organisation name", 2, "a", 1, "…")
    p = organisation(c, "a.txt#1", set(), None)
    assert (p.en, p.fr, p.id) == (
        "State Security Service",
        "Service de la Sûreté de l’État",
        "org.state-security-service",
    )
    assert p.command is not None and "--kind organisation" in p.command
    unknown = Candidate("منتدى زيمبرا الأمني", "organisation name", 1, "a", 1, "…")
    assert organisation(unknown, "a.txt#1", set(), None).argv is None


def test_run_the_proposed_command_then_lint(tmp_path: Path) -> None:
    """The whole loop as a user runs it: missing, the printed command, lint."""
    glossary = tmp_path / "glossary"
    shutil.copytree(ROOT / "glossary", glossary)
    article = tmp_path / "mauritania.txt"
    article.write_text(f"حموشي يستقبل وفدا موريتانيا\n\n{MAURITANIAN}\n", encoding="utf-8")
    found = run_cli("glossary", "missing", str(article), "--glossary", str(glossary))
    assert found.returncode == 0, found.stderr
    commands = [line.strip() for line in found.stdout.splitlines() if "glossary add" in line]
    assert len(commands) == 1, found.stdout
    argv = shlex.split(commands[0])
    assert argv[:3] == ["briefer", "glossary", "add"]
    added = run_cli(*argv[1:])
    assert added.returncode == 0, added.stderr
    lint = run_cli("glossary", "lint", "--glossary", str(glossary))
    assert lint.returncode == 0, lint.stderr
    assert "person.ould-boubker: romanized by briefer glossary missing" in lint.stdout
    entry = load(glossary).entries["person.ould-boubker"]
    assert entry.provisional and entry.country == "MR" and entry.arabic == ("محمد ولد بوبكر",)
    assert entry.title_at(None, "en") == "Director General of the Mauritanian National Police"
    again = run_cli("glossary", "missing", str(article), "--glossary", str(glossary))
    assert again.stdout.strip() == "0 uncovered name(s) in 1 article(s)"


def test_json_has_one_object_per_candidate(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(f"حموشي يستقبل وفدا\n\n{MAURITANIAN}\n{FRENCH}\n", encoding="utf-8")
    done = run_cli("glossary", "missing", "--format", "json", str(article))
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    assert [(o["arabic"], o["country"], o["kind"]) for o in found] == [
        ("محمد ولد بوبكر", "MR", "person"),
        ("جان دوبون", "FR", "person"),
    ]
    first = found[0]
    assert first["id"] == "person.ould-boubker" and first["en"] == "Mohamed Ould Boubker"
    assert first["title_fr"] == "directeur général de la Police nationale mauritanienne"
    assert shlex.split(first["command"]) == first["argv"]
    assert (first["article"], first["sentence"], first["count"]) == ("a", 1, 1)
