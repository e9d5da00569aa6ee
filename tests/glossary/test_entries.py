"""The glossary's model: required renderings, French phrasing, titles by date, versions."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from briefer.glossary.entries import Entry
from briefer.glossary.load import load as load_glossary
from briefer.glossary.match import Glossary
from briefer.glossary.phrase import compose, phrase

REPO = Path(__file__).resolve().parents[2]
GLOSSARY = REPO / "glossary"


def _only(g: Glossary, arabic: str) -> Entry:
    matches = g.match(arabic)
    assert len(matches) == 1, [m.entry.id for m in matches]
    assert (matches[0].start, matches[0].end) == (0, len(arabic))
    return matches[0].entry


@pytest.mark.parametrize(
    ("arabic", "en", "fr"),
    [
        (
            "المديرية العامة للأمن الوطني",
            "General Directorate of National Security (DGSN)",
            "Direction générale de la Sûreté nationale (DGSN)",
        ),
        (
            "المديرية العامة لمراقبة التراب الوطني",
            "General Directorate of Territorial Surveillance (DGST)",
            "Direction générale de la Surveillance du territoire (DGST)",
        ),
        ("عبد اللطيف حموشي", "Abdellatif Hammouchi", "Abdellatif Hammouchi"),
        ("محمود ديميرتاش", "Mahmut Demirtaş", "Mahmut Demirtaş"),
        ("منير كارال أوغلو", "Münir Karaloğlu", "Münir Karaloğlu"),
        ("المنظمة الدولية للشرطة الجنائية", "INTERPOL", "INTERPOL"),
        ("الإنتربول", "INTERPOL", "INTERPOL"),
        ("أنتربول", "INTERPOL", "INTERPOL"),
        ("أحمد ناصر الريسي", "Ahmed Naser Al-Raisi", "Ahmed Naser Al-Raisi"),
        ("مراكش", "Marrakesh", "Marrakech"),
        ("أبو ظبي", "Abu Dhabi", "Abou Dabi"),
    ],
)
def test_required_renderings(shipped: Glossary, arabic: str, en: str, fr: str) -> None:
    entry = _only(shipped, arabic)
    assert entry.en.first_mention == en
    assert entry.fr.first_mention == fr


@pytest.mark.parametrize(
    ("entry_id", "lang", "form", "prep", "expected"),
    [
        ("org.dgsn", "fr", "later", "de", "de la DGSN"),
        ("org.dgsn", "en", "first", "of", "of the General Directorate of National Security (DGSN)"),
        ("org.dgsn", "fr", "first", None, "la Direction générale de la Sûreté nationale (DGSN)"),
        ("country.MA", "fr", "full", "à", "au Maroc"),
        ("country.ES", "fr", "full", "de", "de l’Espagne"),
        ("country.ES", "fr", "full", "à", "en Espagne"),
        ("country.PT", "fr", "full", None, "le Portugal"),
        ("country.AE", "fr", "full", None, "les Émirats arabes unis"),
        ("country.AE", "fr", "full", "à", "aux Émirats arabes unis"),
        ("country.AE", "en", "full", "in", "in the United Arab Emirates"),
        ("country.TR", "en", "full", "to", "to Türkiye"),
        ("org.interpol", "fr", "full", "de", "d’INTERPOL"),
        ("person.hammouchi", "fr", "later", "de", "de Hammouchi"),
        ("person.hammouchi", "fr", "full", "de", "d’Abdellatif Hammouchi"),
        ("org.irp", "fr", "full", "à", "à l’Institut royal de police"),
        ("org.wef", "fr", "later", "de", "du FEM"),
        ("place.marrakesh", "fr", "full", "à", "à Marrakech"),
        ("place.caribbean", "fr", "full", "de", "des Caraïbes"),
        ("place.caribbean", "fr", "full", "à", "aux Caraïbes"),
        ("place.latin-america", "fr", "full", "à", "en Amérique latine"),
        ("place.maghreb", "fr", "full", "à", "au Maghreb"),
        ("place.safe-city", "fr", "full", "à", "à la Safe City"),
        ("org.abu-dhabi-police", "fr", "full", "de", "de la Police d’Abou Dabi"),
        ("org.abu-dhabi-police", "en", "full", "of", "of Abu Dhabi Police"),
    ],
)
def test_phrase(
    shipped: Glossary, entry_id: str, lang: str, form: str, prep: str | None, expected: str
) -> None:
    assert phrase(shipped.get(entry_id), lang, form, prep) == expected


def test_roles_compose_with_organisations(shipped: Glossary) -> None:
    role, org = shipped.get("role.director-general"), shipped.get("org.es-national-police")
    assert compose(role, org, "en") == "Director General of the Spanish National Police"
    assert compose(role, org, "fr") == "directeur général de la Police nationale espagnole"


def test_title_depends_on_the_day(shipped: Glossary) -> None:
    hammouchi = shipped.get("person.hammouchi")
    assert (
        hammouchi.title_at(date(2010, 3, 1), "en") == "Director General of Territorial Surveillance"
    )
    assert hammouchi.title_at(date(2025, 9, 18), "fr") == (
        "directeur général de la Sûreté nationale et de la Surveillance du territoire"
    )
    assert hammouchi.title_at(None, "en") == (
        "Director General of National Security and Territorial Surveillance"
    )
    assert hammouchi.title_at(date(2001, 1, 1), "en") is None


def test_countries_come_from_cldr(shipped: Glossary) -> None:
    spain = shipped.country("es")
    assert (spain.en.full, spain.fr.full, spain.country) == ("Spain", "Espagne", "ES")
    assert "مملكة إسبانيا" in spain.arabic
    assert shipped.country("NO").kind == "country"
    assert len(shipped.by_kind("country")) > 240
    with pytest.raises(KeyError):
        shipped.country("XX")


def test_demonyms_mark_their_country(shipped: Glossary) -> None:
    entry = _only(shipped, "النرويجية")
    assert (entry.kind, entry.country, entry.fr.feminine) == ("demonym", "NO", "norvégienne")


def test_rendering_forms(shipped: Glossary) -> None:
    dgsn = shipped.get("org.dgsn").en
    assert dgsn.forms == (
        "General Directorate of National Security (DGSN)",
        "General Directorate of National Security",
        "DGSN",
    )
    assert dgsn.later_mention == "DGSN"
    assert shipped.get("person.demirtas").fr.later_mention == "Demirtaş"


def test_version_changes_with_one_entry(tmp_path: Path, shipped: Glossary) -> None:
    copy = tmp_path / "glossary"
    shutil.copytree(GLOSSARY, copy)
    assert load_glossary(copy).version == shipped.version
    places = copy / "places.yaml"
    places.write_text(
        places.read_text(encoding="utf-8").replace("fr: Marrakech", "fr: Marrakesh"),
        encoding="utf-8",
    )
    edited = load_glossary(copy)
    assert edited.version != shipped.version
    assert edited.entry_version("place.marrakesh") != shipped.entry_version("place.marrakesh")
    assert edited.entry_version("org.dgsn") == shipped.entry_version("org.dgsn")


def test_moving_an_entry_keeps_its_version(tmp_path: Path, shipped: Glossary) -> None:
    copy = tmp_path / "glossary"
    shutil.copytree(GLOSSARY, copy)
    people = copy / "people.yaml"
    people.write_text("# moved down\n\n" + people.read_text(encoding="utf-8"), encoding="utf-8")
    assert load_glossary(copy).version == shipped.version


def test_unknown_language_and_form_are_refused(shipped: Glossary) -> None:
    with pytest.raises(KeyError):
        shipped.get("org.dgsn").rendering("de")
    with pytest.raises(ValueError):
        phrase(shipped.get("org.dgsn"), "en", "middle")
