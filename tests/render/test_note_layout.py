"""How a note's summary is laid out in the PDF, read back with a real PDF reader (pypdf)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pypdf
from test_notes import ANKARA, Inputs

from briefer.extract.facts import Counterpart

# Four counterparts whose summary point, cited by five sentences, WeasyPrint once broke after
# "Administration" and went on on the next line: a word alone on a line of its own.
PEOPLE = [
    ("Ghada Wali", "Executive Director", "United Nations Office on Drugs and Crime", None, 5),
    ("Saeed bin Hamad Al Hanai", "Director General", None, "OM", 7),
    (
        "Kim Tai Hon",
        "Director",
        "Administration of Drug Control of Organised Crime",
        "KR",
        9,
    ),
    (None, "Director", "Office of Drug Control", "BN", 8),
]


def _counterpart(
    article: str, name: str | None, role: str, body: str | None, country: str | None, sentence: int
) -> Counterpart:
    title = f"{role} of the {body}" if body else role
    return Counterpart.from_json(
        {
            "name": {"en": name, "fr": name} if name else None,
            "name_ar": None,
            "role": {"en": role, "fr": role},
            "organisation": {"en": body, "fr": body} if body else None,
            "country": country,
            "title": {"en": title, "fr": title},
            "evidence": [{"article": article, "sentence": n} for n in (sentence, 6)],
            "unverified": ["name"] if name else [],
        }
    )


def test_no_summary_line_holds_a_word_alone_before_its_sentence_goes_on(tmp_path: Path) -> None:
    inputs = Inputs()
    visit = inputs.ankara[0]
    article = visit.articles[0]
    people = tuple(_counterpart(article, *p) for p in PEOPLE)
    visit = replace(visit, facts=replace(visit.facts, counterparts=people))
    inputs.render(tmp_path, [visit])
    reader = pypdf.PdfReader(tmp_path / "en" / f"{ANKARA}.pdf")
    text = "\n".join(page.extract_text() for page in reader.pages)
    talks = text[text.index("Talks were held") :].splitlines()[:6]
    assert "Administration of Drug Control" in " ".join(talks)
    alone = [
        line
        for line, after in zip(talks, talks[1:], strict=False)
        if len(line.split()) == 1 and after[:1].islower()
    ]
    assert alone == []
