"""Rendering under faults and odd use: a note's files are current together or not at all, the
index lists every language in out/, templates are sandboxed, PDFs are the same bytes whatever
font-subsetting library the system has."""

from __future__ import annotations

import importlib
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import pypdf
import pytest

import render_support as rs
from briefer import render
from briefer.config import Config
from briefer.documents import Article, Translation
from briefer.errors import BuildError
from briefer.extract.facts import Visit
from briefer.glossary.load import load as load_glossary
from briefer.render import RenderReport, render_notes, sandbox

provenance = importlib.import_module("briefer.render.provenance")

EPOCH = "1763856000"
ANKARA = "2025-09-18-tr-ankara"


class Inputs:
    def __init__(self) -> None:
        self.articles: dict[str, Article] = rs.seed_articles()
        self.translations: dict[tuple[str, str], Translation] = rs.translations(self.articles)
        self.visits: list[Visit] = rs.visits()
        self.ankara = [v for v in self.visits if v.id == ANKARA]
        self.glossary = load_glossary(rs.ROOT / "glossary")

    def render(
        self, out: Path, langs: tuple[str, ...] = ("en",), config: Config | None = None, **kw: Any
    ) -> RenderReport:
        return render_notes(
            kw.pop("visits", self.ankara),
            self.articles,
            self.translations,
            self.glossary,
            replace(config or Config(), out=out),
            list(langs),
            **kw,
        )


@pytest.fixture(scope="module")
def inputs() -> Inputs:
    return Inputs()


@pytest.fixture(autouse=True)
def epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)


def pdf_text(path: Path) -> str:
    return " ".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


class Killed(BaseException):
    """Stands for SIGKILL: nothing after it runs (tests/test_fault_injection.py kills for real)."""


def test_a_note_stopped_between_its_files_is_rendered_again(
    inputs: Inputs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    inputs.render(tmp_path)  # UNCLASSIFIED, complete
    pdf = tmp_path / "en" / f"{ANKARA}.pdf"
    writes: list[Path] = []
    real = provenance.write_atomic

    def die_after_the_pdf(path: Path, data: bytes | str, **kw: Any) -> None:
        real(path, data, **kw)
        writes.append(path)
        if path == pdf:
            raise Killed

    monkeypatch.setattr(provenance, "write_atomic", die_after_the_pdf)
    with pytest.raises(Killed):
        inputs.render(tmp_path, config=Config(classification="SECRET"))
    monkeypatch.undo()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    assert writes == [pdf] and "SECRET" in pdf_text(pdf)
    # The inputs are back to UNCLASSIFIED: the record matches them, but not the PDF's bytes.
    again = inputs.render(tmp_path)
    assert pdf in again.written
    assert "SECRET" not in pdf_text(pdf) and "UNCLASSIFIED" in pdf_text(pdf)
    assert inputs.render(tmp_path).written == ()


def test_a_file_changed_by_hand_is_rendered_again(inputs: Inputs, tmp_path: Path) -> None:
    inputs.render(tmp_path)
    html = tmp_path / "en" / f"{ANKARA}.html"
    original = html.read_bytes()
    html.write_bytes(original.replace(b"UNCLASSIFIED", b"TOP SECRET"))
    assert html in inputs.render(tmp_path).written
    assert html.read_bytes() == original


def test_the_index_lists_every_language_built(inputs: Inputs, tmp_path: Path) -> None:
    inputs.render(tmp_path / "both", langs=("en", "fr"))
    inputs.render(tmp_path / "apart", langs=("en",))
    inputs.render(tmp_path / "apart", langs=("fr",))
    index = (tmp_path / "apart" / "index.html").read_text("utf-8")
    for lang in ("en", "fr"):
        assert f'href="{lang}/{ANKARA}.pdf"' in index and f'href="{lang}/digest.pdf"' in index
    assert index == (tmp_path / "both" / "index.html").read_text("utf-8")
    (tmp_path / "apart" / "en" / f"{ANKARA}.pdf").unlink()  # an English note removed
    inputs.render(tmp_path / "apart", langs=("fr",))
    index = (tmp_path / "apart" / "index.html").read_text("utf-8")
    assert f'href="en/{ANKARA}.pdf"' not in index and f'href="fr/{ANKARA}.pdf"' in index


def test_the_index_links_every_page_of_a_digest_split_by_year(
    inputs: Inputs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Past DIGEST_PAGE visits the digest is one page per year; the index links them all.
    monkeypatch.setattr(render, "DIGEST_PAGE", 1)
    visits = [v for v in inputs.visits if v.id in ("2024-09-23-ae", ANKARA, "XXXX-09-19-tr-ankara")]
    inputs.render(tmp_path, langs=("en", "fr"), visits=visits)
    index = (tmp_path / "index.html").read_text("utf-8")
    for lang in ("en", "fr"):
        for stem in ("digest", "digest-2024", "digest-undated"):
            assert (tmp_path / lang / f"{stem}.pdf").exists()
            assert f'href="{lang}/{stem}.pdf"' in index and f'href="{lang}/{stem}.html"' in index
    assert ">2024</a>" in index and ">Year not stated</a>" in index
    assert ">Année non précisée</a>" in index


def user_templates(tmp_path: Path, **files: str) -> Path:
    folder = tmp_path / "mine"
    folder.mkdir(exist_ok=True)
    for name, text in files.items():
        (folder / name.replace("_", ".")).write_text(text, encoding="utf-8")
    return folder


def render_error(inputs: Inputs, tmp_path: Path, folder: Path) -> str:
    with pytest.raises(BuildError) as caught:
        inputs.render(tmp_path / "out", config=Config(templates=folder))
    message = str(caught.value)
    assert "\n" not in message
    assert not list((tmp_path / "out").glob("*/*.pdf"))  # nothing half-rendered
    return message


NOTE = '{{% extends "base.html" %}}{{% block content %}}{}{{% endblock %}}'


@pytest.mark.parametrize(
    "payload",
    [
        "{{ cycler.__init__.__globals__.os.system('touch TMP/PWNED') }}",
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ joiner.__init__.__globals__['__builtins__']['open']('/etc/hostname').read() }}",
        "{% set x = note.__dict__ %}{{ x }}",
        "{{ note.doc.title.__class__ }}",
    ],
)
def test_templates_cannot_reach_python(inputs: Inputs, tmp_path: Path, payload: str) -> None:
    payload = payload.replace("TMP", str(tmp_path))
    folder = user_templates(tmp_path, note_html=NOTE.format(payload))
    message = render_error(inputs, tmp_path, folder)
    assert message.startswith(f"{folder / 'note.html'}:1: template error: ")
    assert "unsafe" in message or "undefined" in message
    assert not (tmp_path / "PWNED").exists()


def test_templates_read_no_file_through_a_link(inputs: Inputs, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("the key is 1234")
    folder = user_templates(tmp_path, note_html=NOTE.format('{% include "leak.html" %}'))
    (folder / "leak.html").symlink_to(secret)
    message = render_error(inputs, tmp_path, folder)
    assert "template 'leak.html' leads outside its folder" in message
    assert "1234" not in message
    # Every file of the folder is checked before any note renders, used or not.
    (folder / "leak.html").unlink()
    (folder / "unused.html").symlink_to(secret)
    assert "template 'unused.html' leads outside its folder" in render_error(
        inputs, tmp_path, folder
    )
    (folder / "unused.html").unlink()
    (folder / "note.html").unlink()
    (folder / "note.html").symlink_to("/dev/zero")
    assert "template 'note.html' leads outside its folder (to /dev/zero)" in render_error(
        inputs, tmp_path, folder
    )


@pytest.mark.parametrize(
    "payload",
    [
        "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
        "{% set l = range(100000)|list %}{% for a in l %}{% for b in l %}{% endfor %}{% endfor %}",
        "{% for a in range(100000) %}{% for b in range(100000) %}{{ loop.index }}{% endfor %}"
        "{% endfor %}",
    ],
)
def test_a_template_that_never_ends_is_stopped(
    inputs: Inputs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, payload: str
) -> None:
    monkeypatch.setattr(sandbox, "RENDER_SECONDS", 1.0)
    folder = user_templates(tmp_path, note_html=NOTE.format(payload))
    started = time.monotonic()
    message = render_error(inputs, tmp_path, folder)
    assert time.monotonic() - started < 30
    assert "template error: rendering took longer than 1 s (a loop that never ends?)" in message


@pytest.mark.parametrize(
    ("payload", "reason"),
    [
        ("{{ 'x' * 1000000000 }}", "'*' would build over 1,000,000 items"),
        ("{{ 10 ** 1000000000 }}", "'**' with an exponent over 100"),
        ("{{ '%1000000000d' % 1 }}", "a format width or precision over 999,999"),
        ("{{ '{:>1000000000}'.format(1) }}", "a format width or precision over 999,999"),
        ("{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}", "calls itself without end"),
        ("{{ lipsum(n=1000000) }}", "'lipsum' is undefined"),
    ],
)
def test_a_template_cannot_fill_the_memory(
    inputs: Inputs, tmp_path: Path, payload: str, reason: str
) -> None:
    folder = user_templates(tmp_path, note_html=NOTE.format(payload))
    assert reason in render_error(inputs, tmp_path, folder)


def test_template_mistakes_are_one_line_with_file_and_line(inputs: Inputs, tmp_path: Path) -> None:
    folder = user_templates(tmp_path, note_html="<p>\n{% if %}\n</p>")
    message = render_error(inputs, tmp_path, folder)
    assert message.startswith(f"{folder / 'note.html'}:2: template error: ")
    (folder / "note.html").write_text(NOTE.format("\n\n{{ note.no_such_field }}"))
    message = render_error(inputs, tmp_path, folder)
    assert message.startswith(f"{folder / 'note.html'}:3: template error: ")
    assert "no_such_field" in message
    (folder / "note.html").write_text(NOTE.format('{% include "missing.html" %}'))
    message = render_error(inputs, tmp_path, folder)
    assert f"{folder / 'note.html'}: template error: 'missing.html' not found" in message


def test_mail_templates_run_in_the_same_sandbox(tmp_path: Path) -> None:
    from briefer.publish import mail

    folder = user_templates(tmp_path, mail_txt="{{ cycler.__init__.__globals__.os }}")
    env = mail._environment(folder)
    with pytest.raises(BuildError, match="mail.txt:1: template error: .*unsafe"):
        env.get_template("mail.txt").render()
