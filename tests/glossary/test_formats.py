"""TBX and CSV round trips, and adding entries from the command line."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from briefer.errors import GlossaryError
from briefer.glossary import edit
from briefer.glossary.formats import csv as csv_format
from briefer.glossary.formats import tbx
from briefer.glossary.formats.yaml import header_of
from briefer.glossary.load import load as load_glossary

REPO = Path(__file__).resolve().parents[2]
GLOSSARY = REPO / "glossary"


def briefer(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "briefer", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )


def add(directory: Path, **options: str) -> subprocess.CompletedProcess[str]:
    """Run 'briefer glossary add' with --option value pairs (underscores become dashes)."""
    flags = [part for k, v in options.items() for part in (f"--{k.replace('_', '-')}", v)]
    return briefer("glossary", "add", "--glossary", str(directory), *flags)


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    target = tmp_path / "glossary"
    shutil.copytree(GLOSSARY, target)
    return target


@pytest.mark.parametrize("fmt", ["tbx", "csv"])
def test_round_trip_through_the_cli(tmp_path: Path, fmt: str) -> None:
    exported = tmp_path / f"glossary.{fmt}"
    run = briefer("glossary", "export", "--format", fmt, "-o", str(exported))
    assert run.returncode == 0, run.stderr
    empty = tmp_path / "empty"
    empty.mkdir()
    run = briefer("glossary", "import", "--format", fmt, str(exported), "--glossary", str(empty))
    assert run.returncode == 0, run.stderr
    assert edit.entries_in(empty) == edit.entries_in(GLOSSARY)
    assert load_glossary(empty).version == load_glossary(GLOSSARY).version
    assert sorted(p.name for p in empty.glob("*.yaml")) == sorted(
        p.name for p in GLOSSARY.glob("*.yaml")
    )


@pytest.mark.parametrize("fmt", ["tbx", "csv"])
def test_import_into_itself_changes_nothing(copy: Path, fmt: str) -> None:
    loaded = load_glossary(copy)
    text = tbx.export(loaded) if fmt == "tbx" else csv_format.export(loaded)
    items = tbx.parse(text, Path("x")) if fmt == "tbx" else csv_format.parse(text, Path("x"))
    before = {p.name: p.read_text(encoding="utf-8") for p in copy.glob("*.yaml")}
    edit.import_entries(copy, items, Path("x"))
    assert {p.name: p.read_text(encoding="utf-8") for p in copy.glob("*.yaml")} == before


def test_tbx_is_tbx_basic_xml() -> None:
    root = ET.fromstring(tbx.export(load_glossary(GLOSSARY)))
    assert (root.tag, root.get("type")) == ("martif", "TBX-Basic")
    entries = root.findall("./text/body/termEntry")
    own = edit.entries_in(GLOSSARY)
    assert sorted(e.get("id") for e in entries) == sorted(own)
    dgsn = next(e for e in entries if e.get("id") == "org.dgsn")
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    assert [s.get(lang) for s in dgsn.findall("langSet")] == ["ar", "en", "fr"]
    terms = {s.get(lang): [t.text for t in s.iter("term")] for s in dgsn.findall("langSet")}
    assert terms["fr"] == ["Direction générale de la Sûreté nationale", "DGSN"]


def test_tbx_opens_in_translate_toolkit(tmp_path: Path) -> None:
    from translate.storage import tbx as toolkit_tbx  # translate-toolkit, a test extra

    path = tmp_path / "glossary.tbx"
    path.write_text(tbx.export(load_glossary(GLOSSARY)), encoding="utf-8")
    store = toolkit_tbx.tbxfile.parsefile(str(path))
    units = {u.getid(): u for u in store.units}
    assert units["person.demirtas"].source == "محمود ديميرتاش"
    assert units["person.demirtas"].target == "Mahmut Demirtaş"
    assert len(units) == len(edit.entries_in(GLOSSARY))


def test_tbx_2019_layout_imports() -> None:
    text = """<?xml version="1.0"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
 <text><body><conceptEntry id="place.rabat">
  <langSec xml:lang="ar"><termSec><term>الرباط</term></termSec></langSec>
  <langSec xml:lang="en"><termSec><term>Rabat</term></termSec></langSec>
  <langSec xml:lang="fr"><termSec><term>Rabat</term></termSec></langSec>
 </conceptEntry></body></text></tbx>"""
    [item] = tbx.parse(text, Path("x.tbx"))
    assert (item["id"], item["kind"], item["arabic"]) == ("place.rabat", "place", ["الرباط"])
    assert item["en"]["full"] == "Rabat"


def test_bad_import_writes_nothing(copy: Path, tmp_path: Path) -> None:
    csv_path = tmp_path / "bad.csv"
    text = csv_format.export(load_glossary(copy)).replace(",person,", ",persona,", 1)
    csv_path.write_text(text, encoding="utf-8")
    before = {p.name: p.read_text(encoding="utf-8") for p in copy.glob("*.yaml")}
    run = briefer("glossary", "import", "--format", "csv", str(csv_path), "--glossary", str(copy))
    assert run.returncode == 1
    assert "unknown kind 'persona'" in run.stderr and f"{csv_path}:" in run.stderr
    assert {p.name: p.read_text(encoding="utf-8") for p in copy.glob("*.yaml")} == before


def test_import_refuses_to_merge_into_a_broken_glossary(copy: Path, tmp_path: Path) -> None:
    exported = tmp_path / "g.csv"
    exported.write_text(csv_format.export(load_glossary(copy)), encoding="utf-8")
    places = copy / "places.yaml"
    places.write_text(places.read_text(encoding="utf-8") + "- id: [\n", encoding="utf-8")
    with pytest.raises(GlossaryError, match="fix the glossary first"):
        edit.import_entries(copy, csv_format.parse(exported.read_text("utf-8"), exported), exported)
    assert places.read_text(encoding="utf-8").endswith("- id: [\n")


def test_import_into_a_new_directory(tmp_path: Path) -> None:
    text = csv_format.export(load_glossary(GLOSSARY))
    target = tmp_path / "new" / "glossary"
    edit.import_entries(target, csv_format.parse(text, Path("g.csv")), Path("g.csv"))
    assert edit.entries_in(target) == edit.entries_in(GLOSSARY)


def test_malformed_tbx_names_the_line(tmp_path: Path) -> None:
    with pytest.raises(GlossaryError) as caught:
        tbx.parse("<martif>\n<text>\n</martif>", tmp_path / "x.tbx")
    assert caught.value.line == 3


def test_add_writes_a_tidy_sorted_file(copy: Path) -> None:
    people = copy / "people.yaml"
    header = header_of(people)
    run = add(
        copy,
        id="person.ahmed",
        kind="person",
        arabic="محمد أحمد",
        en="Mohamed Ahmed",
        fr="Mohamed Ahmed",
        country="MA",
        title_en="Governor",
        title_fr="gouverneur",
        title_from="2024-01-01",
    )
    assert run.returncode == 0, run.stderr
    text = people.read_text(encoding="utf-8")
    assert text.startswith(header)
    ids = [line.split(": ")[1] for line in text.splitlines() if line.startswith("- id: ")]
    assert ids == sorted(ids) and "person.ahmed" in ids
    loaded = load_glossary(copy)
    assert loaded.get("person.ahmed").titles[0].valid_from.isoformat() == "2024-01-01"
    assert [m.entry.id for m in loaded.match("والتقى محمد أحمد")] == ["person.ahmed"]
    assert not list(copy.glob(".*.tmp"))


def test_add_a_provisional_entry_says_what_it_lacks(copy: Path) -> None:
    values = {"id": "person.new", "kind": "person", "arabic": "سمير بلقاسم"}
    values |= {"en": "Samir Belkacem", "fr": "Samir Belkacem", "country": "DZ"}
    flags = [part for k, v in values.items() for part in (f"--{k}", v)]
    bare = briefer("glossary", "add", "--glossary", str(copy), *flags, "--provisional")
    assert bare.returncode == 1
    assert "provisional entry does not say what it was checked against" in bare.stderr
    checked = "--checked=romanized from the Arabic; to confirm"
    run = briefer("glossary", "add", "--glossary", str(copy), *flags, "--provisional", checked)
    assert run.returncode == 0, run.stderr
    entry = load_glossary(copy).get("person.new")
    assert entry.provisional and entry.checked == "romanized from the Arabic; to confirm"
    lint = briefer("glossary", "lint", "--glossary", str(copy))
    # The shipped provisional entries, and the new one.
    count = sum(
        p.read_text(encoding="utf-8").count("review: provisional") for p in copy.glob("*.yaml")
    )
    assert f"{count} provisional entries" in lint.stdout and "person.new: romanized" in lint.stdout


def test_add_refuses_a_form_of_another_entry(copy: Path) -> None:
    before = (copy / "organisations.yaml").read_text(encoding="utf-8")
    run = add(
        copy,
        id="org.other",
        kind="organisation",
        arabic="المديريه العامه للامن الوطني",
        en="Other",
        fr="Autre",
        gender="f",
    )
    assert run.returncode == 1
    assert "org.dgsn" in run.stderr and "entry not added" in run.stderr
    assert (copy / "organisations.yaml").read_text(encoding="utf-8") == before


def test_add_refuses_an_invalid_entry(copy: Path) -> None:
    with pytest.raises(GlossaryError, match="no French rendering"):
        edit.add(
            copy,
            {"id": "place.rabat", "kind": "place", "arabic": ["الرباط"], "en": {"full": "Rabat"}},
        )
    with pytest.raises(GlossaryError, match="exists"):
        edit.add(
            copy,
            {
                "id": "place.marrakesh",
                "kind": "place",
                "arabic": ["مراكش الحمراء"],
                "en": "Marrakesh",
                "fr": "Marrakech",
            },
        )


def test_add_a_press_variant_of_a_country(copy: Path) -> None:
    entry = edit.add(
        copy, {"id": "country.DE", "kind": "country", "arabic": ["جمهورية ألمانيا الاتحادية"]}
    )
    assert entry.file.name == "countries.yaml"
    loaded = load_glossary(copy)
    assert loaded.country("DE").en.full == "Germany"
    assert [m.entry.id for m in loaded.match("في جمهورية ألمانيا الاتحادية")] == ["country.DE"]
