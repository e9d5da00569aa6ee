"""tm import never corrupts the memory: language codes are checked and written back quoted,
undefined entities and inline markup are refused instead of dropped, an existing unit keeps its
id and properties, and what is written reads back exactly."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefer.cli import main
from briefer.errors import TranslationMemoryError
from briefer.translate import memory
from briefer.translate.tmx import Unit, read_tmx, write_tmx

AR = "زيارة عمل رسمية إلى تركيا"


def tmx(body: str, doctype: str = "") -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n{doctype}<tmx version="1.4">\n'
        '<header srclang="ar" segtype="sentence"/>\n<body>\n' + body + "\n</body>\n</tmx>\n"
    )


def unit(en: str = "An official working visit", lang: str = "en", tuid: str = "") -> str:
    tu = f'<tu tuid="{tuid}">' if tuid else "<tu>"
    return (
        f'{tu}<tuv xml:lang="ar"><seg>{AR}</seg></tuv>'
        f'<tuv xml:lang="{lang}"><seg>{en}</seg></tuv></tu>'
    )


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "tm").mkdir()
    (tmp_path / "briefer.toml").write_text('[briefer]\ntm = "tm"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def tm_import(path: Path) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["tm", "import", str(path)])
    return result.exit_code, result.output


@pytest.mark.parametrize(
    ("lang", "reason"),
    [
        ("fr&lt;", "xml:lang 'fr<' is not a language code"),
        ("fr&quot; evil=&quot;x", "is not a language code"),
        ("e n", "xml:lang 'e n' is not a language code"),
        ("", "<tuv> without xml:lang"),
        ("12", "xml:lang '12' is not a language code"),
    ],
)
def test_a_bad_language_code_is_refused_and_the_memory_untouched(
    project: Path, lang: str, reason: str
) -> None:
    before = tmx(unit())
    (project / "tm" / "reviewed.tmx").write_text(before, encoding="utf-8")
    incoming = project / "reviewed.tmx"
    incoming.write_text(tmx(unit("Visit", lang=lang)), encoding="utf-8")
    code, output = tm_import(incoming)
    assert code == 1 and reason in output and len(output.splitlines()) == 1
    assert (project / "tm" / "reviewed.tmx").read_text("utf-8") == before
    assert memory.load(project / "tm").exact(AR, "en") == "An official working visit"


def test_languages_briefer_does_not_write_are_left_out_and_said(project: Path) -> None:
    incoming = project / "multi.tmx"
    body = unit("Visite", lang="fr-CA").replace(
        "</tu>", '<tuv xml:lang="de"><seg>Besuch</seg></tuv></tu>'
    )
    incoming.write_text(tmx(body), encoding="utf-8")
    code, output = tm_import(incoming)
    assert code == 0 and "translations into de left out" in output
    [stored] = read_tmx(project / "tm" / "multi.tmx")
    assert stored.targets == (("fr", "Visite"),)
    only_german = project / "german.tmx"
    only_german.write_text(tmx(unit("Besuch", lang="de")), encoding="utf-8")
    code, output = tm_import(only_german)
    assert code == 1 and "no translation into en or fr found (only de)" in output


@pytest.mark.parametrize(
    ("body", "doctype", "reason"),
    [
        (
            unit("Visit &nbsp; to Ankara"),
            '<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n',
            "entity &nbsp; is not defined in the file",
        ),
        (unit("Visit &nbsp; to Ankara"), "", "not well-formed XML (undefined entity)"),
        (unit("Visit <ph>&lt;b&gt;</ph>to Ankara"), "", "<ph> inside a segment"),
        (unit("Visit <b>to</b> Ankara"), "", "<b> inside a segment"),
    ],
)
def test_text_is_never_dropped_without_a_word(
    project: Path, body: str, doctype: str, reason: str
) -> None:
    incoming = project / "lossy.tmx"
    incoming.write_text(tmx(body, doctype), encoding="utf-8")
    code, output = tm_import(incoming)
    assert code == 1 and reason in output, output
    assert list((project / "tm").iterdir()) == []


def test_an_existing_unit_keeps_its_id_and_properties(project: Path) -> None:
    kept = Unit(AR, (("en", "Old"),), "tu-17", "003_article", 4)
    write_tmx(project / "tm" / "reviewed.tmx", [kept])
    incoming = project / "reviewed.tmx"
    incoming.write_text(tmx(unit("New", tuid="other") + unit("Nouvelle", lang="fr")), "utf-8")
    code, output = tm_import(incoming)
    assert code == 0, output
    [stored] = read_tmx(project / "tm" / "reviewed.tmx")
    assert (stored.tuid, stored.article, stored.sentence) == ("tu-17", "003_article", 4)
    assert stored.targets == (("en", "New"), ("fr", "Nouvelle"))


def test_odd_text_is_written_so_that_it_reads_back(tmp_path: Path) -> None:
    odd = Unit(
        "ا & ب < ج > \"د\" 'ه'\r\nو\tز ]]> &amp;",
        (("en", "a\rb & <c>"), ("fr", "« d’été »")),
        'id "with" <quotes> &\n',
        "article & <1>",
        7,
    )
    path = tmp_path / "odd.tmx"
    write_tmx(path, [odd])
    [back] = read_tmx(path)
    assert (back.source, back.targets, back.tuid, back.article, back.sentence) == (
        odd.source,
        odd.targets,
        odd.tuid,
        odd.article,
        odd.sentence,
    )


def test_a_memory_written_by_import_always_loads(project: Path) -> None:
    """The corruption of issue 15: after an import, every build and tm command still reads tm/."""
    incoming = project / "x.tmx"
    incoming.write_text(tmx(unit("Visit") + unit("Visite", lang="fr")), encoding="utf-8")
    assert tm_import(incoming)[0] == 0
    assert memory.load(project / "tm").exact(AR, "fr") == "Visite"
    assert '<tuv xml:lang="fr"><seg>Visite</seg></tuv>' in (project / "tm" / "x.tmx").read_text()


def test_a_fifo_and_a_huge_file_are_refused(project: Path) -> None:
    fifo = project / "pipe.tmx"
    os.mkfifo(fifo)
    code, output = tm_import(fifo)
    assert code == 1 and "not a regular file (a FIFO)" in output
    with pytest.raises(TranslationMemoryError, match="too large"):
        big = project / "big.tmx"
        with big.open("wb") as handle:
            handle.truncate(300_000_000)
        read_tmx(big)
