"""Counterparts: who the principal met, named or by post, with titles in both languages."""

from __future__ import annotations

from pathlib import Path

from briefer.glossary.load import load as load_glossary
from briefer.glossary.match import Glossary
from support import facts_of


def test_title_from_seed_sentence(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "وقد شهدت الإجتماعات الثنائية مشاركة السيد حموشي و نظيره الإسباني، "
        "بالإضافة إلى رئيس الشرطة الفيدرالية الألمانية.",
    )
    titles = {c.country: (c.title.en, c.title.fr) for c in facts.counterparts}
    assert titles["DE"] == (
        "Head of the German Federal Police",
        "chef de la Police fédérale allemande",
    )
    assert titles["ES"] == ("counterpart", "homologue")


def test_demonym_agreeing_with_the_role(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "وبحث حموشي مع نائب وزير الداخلية التركي منير كارال أوغلو القضايا الأمنية.",
    )
    karaloglu = facts.counterparts[0]
    assert karaloglu.title.en == "Turkish Deputy Minister of the Interior"
    assert karaloglu.title.fr == "vice-ministre turc de l'Intérieur"
    assert karaloglu.name is not None and karaloglu.name.en == "Münir Karaloğlu"


COMPOSITION_GLOSSARY = """\
- id: role.director-general
  kind: role
  arabic: [المدير العام, مدير عام]
  en: Director General
  fr: {full: directeur général, gender: m}
- id: org.national-police
  kind: organisation
  arabic: [الشرطة الوطنية]
  en: National Police
  fr: {full: Police nationale, gender: f}
- id: demonym.AT
  kind: demonym
  country: AT
  arabic: [النمساوية, النمساوي]
  en: Austrian
  fr: {full: autrichien, feminine: autrichienne}
"""


def test_unseen_combination_composes_in_both_languages(tmp_path: Path) -> None:
    directory = tmp_path / "glossary"
    directory.mkdir()
    (directory / "entries.yaml").write_text(COMPOSITION_GLOSSARY, encoding="utf-8")
    small = load_glossary(directory)
    facts = facts_of(
        tmp_path, small, "واستقبل المسؤول المغربي المدير العام للشرطة الوطنية النمساوية في مراكش."
    )
    (austrian,) = facts.counterparts
    assert austrian.name is None
    assert austrian.country == "AT"
    assert austrian.title.en == "Director General of the Austrian National Police"
    assert austrian.title.fr == "directeur général de la Police nationale autrichienne"
    assert austrian.organisation is not None
    assert (austrian.organisation.en, austrian.organisation.fr) == (
        "Austrian National Police",
        "Police nationale autrichienne",
    )


def test_unknown_organisation_after_a_role(tmp_path: Path, shipped: Glossary) -> None:
    facts = facts_of(
        tmp_path,
        shipped,
        "والتقى حموشي الأمين العام لمجلس التعاون الأمني الإقليمي، واستعرض معه سبل التعاون.",
    )
    (secretary,) = facts.counterparts
    assert secretary.title.en == "Secretary General"
    assert secretary.name is None and secretary.name_ar is None
    assert [u.ar for u in facts.unknown_names] == ["مجلس التعاون الأمني الإقليمي"]
