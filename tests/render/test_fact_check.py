"""The fact check: every seed note says what its source says and nothing it does not.

A real build of the seeds (the approved memory's translations, the real extraction, the real
renderer) in both languages; each claim of tests/data/render/claims.yaml is looked for in the
section it names, in the HTML and in the PDF's text. All failures are reported at once.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pypdf
import pytest
import yaml

import render_support as rs
from briefer import pipeline
from briefer.config import Config
from briefer.render.localize import words
from briefer.translate.settings import Settings

CLAIMS: dict[str, Any] = yaml.safe_load((rs.DATA / "claims.yaml").read_text("utf-8"))
LANGS = ("en", "fr")
# The note's sections in print order, by the id of their <section> and their heading's key.
SECTIONS = (
    ("key-facts", "key_facts"),
    ("counterparts", "counterparts"),
    ("agreements", "agreements"),
    ("summary", "summary"),
    ("translation", "translation"),
    ("sources", "sources"),
)


BIDI_CONTROLS = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u200e\u200f"))


def one_line(text: str) -> str:
    """Runs of white space (line breaks, no-break spaces) made one space; bullets and the
    invisible marks that isolate right-to-left names dropped."""
    return re.sub(r"\s+", " ", text.replace("•", " ").translate(BIDI_CONTROLS)).strip()


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("project")
    config = Config(
        seeds=rs.ROOT / "seeds",
        out=root / "out",
        glossary=rs.ROOT / "glossary",
        tm=rs.ROOT / "tm",
        cache=root / "cache",
        ingest_rules=root / "ingest.yaml",
    )
    # Every seed sentence has an approved translation: no model is needed, none is installed.
    settings = Settings(cache=root / "cache", packages=tmp_path_factory.mktemp("packages"))
    report = pipeline.build(config, pipeline.Options(languages=LANGS, translation=settings))
    assert report.failures == () and report.origins["untranslated"] == 0
    return root / "out"


class _Sections(HTMLParser):
    """The text of each <section id="…"> of a page, and of the whole body."""

    def __init__(self) -> None:
        super().__init__()
        self.current: str | None = None
        self.text: dict[str, list[str]] = {"note": []}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "section":
            self.current = dict(attrs).get("id")
        self._add(" ")  # cells and blocks are separate words

    def handle_endtag(self, tag: str) -> None:
        if tag == "section":
            self.current = None
        self._add(" ")

    def handle_data(self, data: str) -> None:
        self._add(data)

    def _add(self, data: str) -> None:
        self.text["note"].append(data)
        if self.current:
            self.text.setdefault(self.current, []).append(data)


def html_sections(path: Path) -> dict[str, str]:
    parser = _Sections()
    html = path.read_text("utf-8")
    parser.feed(html[html.index("<body") :])  # the title and metadata are not the note
    return {k: one_line("".join(v)) for k, v in parser.text.items()}


def pdf_sections(path: Path, lang: str) -> dict[str, str]:
    """The PDF's text without page headers and footers, cut at the localised headings."""
    ui = words(lang)["ui"]
    body = []
    for page in pypdf.PdfReader(path).pages:
        lines = page.extract_text().splitlines()
        body += [line for line in lines if not _furniture(line, ui)]
    text = one_line("\n".join(body))
    out = {"note": text}
    headings = [(key, str(ui[label])) for key, label in SECTIONS]
    for i, (key, heading) in enumerate(headings):
        start = text.find(f" {heading} ")
        if start < 0:
            continue
        ends = [text.find(f" {h} ", start + 1) for _, h in headings[i + 1 :]]
        end = min([e for e in ends if e > start], default=len(text))
        out[key] = text[start:end]
    return out


def _furniture(line: str, ui: dict[str, Any]) -> bool:
    """The classification, sources, build date and page number printed on every page."""
    built = str(ui["built"]).split("{")[0].strip()
    page = str(ui["page"]).replace("{page}", r"\d+").replace("{pages}", r"\d+")
    return (
        line.strip() in ("UNCLASSIFIED", "NON CLASSIFIÉ")
        or built in line
        or re.search(page, line) is not None
    )


def _problems(where: str, sections: dict[str, str], claims: dict[str, Any]) -> list[str]:
    problems = []
    for section, wanted in claims.items():
        text = sections.get(section)
        if text is None:
            problems.append(f"{where}: no section {section!r}")
            continue
        for claim in wanted.get("must") or []:
            if one_line(claim) not in text:
                problems.append(f"{where} [{section}] does not say: {claim}")
        for claim in wanted.get("must_not") or []:
            if one_line(claim) in text:
                problems.append(f"{where} [{section}] says: {claim}")
    return problems


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("visit_id", sorted(CLAIMS["notes"]))
def test_each_note_makes_its_claims_and_no_other(out: Path, visit_id: str, lang: str) -> None:
    claims = CLAIMS["notes"][visit_id][lang]
    html = html_sections(out / lang / f"{visit_id}.html")
    pdf = pdf_sections(out / lang / f"{visit_id}.pdf", lang)
    problems = _problems(f"{lang}/{visit_id}.html", html, claims)
    problems += _problems(f"{lang}/{visit_id}.pdf", pdf, claims)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", LANGS)
def test_the_digest_makes_its_claims_and_no_other(out: Path, lang: str) -> None:
    claims = CLAIMS["digest"][lang]
    problems = _problems(f"{lang}/digest.html", html_sections(out / lang / "digest.html"), claims)
    pdf = {
        "note": one_line(
            " ".join(p.extract_text() for p in pypdf.PdfReader(out / lang / "digest.pdf").pages)
        )
    }
    problems += _problems(f"{lang}/digest.pdf", pdf, claims)
    assert not problems, "\n".join(problems)


def test_every_seed_note_is_checked(out: Path) -> None:
    built = {p.stem for p in (out / "en").glob("*.pdf")} - {"digest"}
    assert built == set(CLAIMS["notes"])


def test_every_summary_point_links_to_a_sentence_of_the_note(out: Path) -> None:
    for page in (out / "en").glob("*.html"):
        if page.stem == "digest":
            continue
        html = page.read_text("utf-8")
        summary = html[
            html.index('<section id="summary">') : html.index('<section id="translation">')
        ]
        links = re.findall(r'<a href="#([^"]+)"', summary)
        assert links, page.name
        for anchor in links:
            assert f'id="{anchor}"' in html, (page.name, anchor)


@pytest.mark.parametrize(("lang", "label"), [("en", "UNCLASSIFIED"), ("fr", "NON CLASSIFIÉ")])
def test_the_classification_is_on_every_page_and_on_screen_in_the_notes_language(
    out: Path, lang: str, label: str
) -> None:
    other = {"en": "NON CLASSIFIÉ", "fr": "UNCLASSIFIED"}[lang]
    for pdf in (out / lang).glob("*.pdf"):
        for page in pypdf.PdfReader(pdf).pages:
            lines = [line.strip() for line in page.extract_text().splitlines()]
            assert label in lines and other not in lines, pdf.name
        html = pdf.with_suffix(".html").read_text("utf-8")
        assert f'<p class="classification">{label}</p>' in html, pdf.name
    index = (out / "index.html").read_text("utf-8")
    assert f'<p class="classification-line">{label}</p>' in index
