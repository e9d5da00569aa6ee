"""The note's wording, rule by rule, on the seeds' visits read back from their JSON."""

from __future__ import annotations

from dataclasses import replace

import pytest

import render_support as rs
from briefer.extract.facts import Facts, Label, Named, Visit
from briefer.render import phrasing
from briefer.render.phrasing import Phrasing


@pytest.fixture(scope="module")
def visits() -> dict[str, Visit]:
    return {v.id: v for v in rs.visits()}


@pytest.fixture(scope="module")
def ankara(visits: dict[str, Visit]) -> Facts:
    return visits["2025-09-18-tr-ankara"].facts


def test_text_picks_the_language_and_falls_back_to_english(en: Phrasing, fr: Phrasing) -> None:
    assert fr.text(Label("Spanish National Police", "Police nationale espagnole")) == (
        "Police nationale espagnole"
    )
    assert fr.text(Label("Tal Goldstein", None)) == "Tal Goldstein"
    assert en.text(None) == fr.text(Label(None, None)) == ""


def test_a_visit_abroad_is_titled_by_its_country_and_placed_by_its_city(
    ankara: Facts, en: Phrasing, fr: Phrasing
) -> None:
    assert phrasing.title(ankara, en) == (
        "Visit of Abdellatif Hammouchi to Türkiye",
        "Ankara, 18–20 September 2025",
    )
    assert phrasing.title(ankara, fr) == (
        "Visite d’Abdellatif Hammouchi en Turquie",
        "Ankara, 18–20 septembre 2025",
    )
    main, place_dates = phrasing.title(ankara, en)
    assert phrasing.full_title(main, place_dates, en) == (
        "Visit of Abdellatif Hammouchi to Türkiye — Ankara, 18–20 September 2025"
    )


def test_an_event_at_home_is_titled_by_the_event(visits: dict[str, Visit], fr: Phrasing) -> None:
    marrakesh = visits["2025-11-24-ma-marrakesh"].facts
    assert phrasing.home_of(marrakesh, fr) == "MA"
    assert phrasing.is_hosted(marrakesh, fr)
    assert phrasing.title(marrakesh, fr) == (
        "Abdellatif Hammouchi à l’Assemblée générale d’INTERPOL",
        "Marrakech, 24–27 novembre 2025",
    )


def test_without_a_country_the_title_says_only_who_and_when(ankara: Facts, en: Phrasing) -> None:
    bare = replace(ankara, host_country=None, city=None, event=None)
    assert phrasing.title(bare, en) == ("Visit of Abdellatif Hammouchi", "18–20 September 2025")
    assert phrasing.place(bare, en) == ""
    # an event with no country is one the principal attends at home
    assert phrasing.title(replace(ankara, host_country=None, city=None), en)[0] == (
        "Abdellatif Hammouchi at the International Internal Security Equipment Fair"
    )


def test_an_unreported_principal_is_said_so(ankara: Facts, en: Phrasing, fr: Phrasing) -> None:
    assert phrasing.principal(ankara, fr) == ("Abdellatif Hammouchi", "d’Abdellatif Hammouchi")
    assert phrasing.principal(replace(ankara, principal=None), en)[0] == "Not stated"


def test_an_event_label_carries_the_edition_the_sources_give(
    visits: dict[str, Visit], ankara: Facts, en: Phrasing
) -> None:
    assert phrasing.event_label(ankara.event, en) == (
        "International Internal Security Equipment Fair (IGEF 2025)"
    )
    later = visits["XXXX-09-19-tr-ankara"].facts.event
    assert phrasing.event_label(later, en).endswith("(IGEF 24)")
    assert ankara.event is not None
    named = replace(ankara.event, en="IGEF 2025")  # the edition is written already
    assert phrasing.event_label(named, en) == "IGEF 2025"
    assert phrasing.event_label(None, en) == ""


def test_an_event_the_glossary_lacks_takes_the_unknown_events_wording(
    ankara: Facts, en: Phrasing
) -> None:
    fair = Named("event.security-fair", "event", "Security Fair", "Salon de la sécurité")
    assert phrasing.event_phrases(replace(ankara, event=fair), en) == {
        "event": "the Security Fair",
        "of_event": "of the Security Fair",
        "at_event": "at the Security Fair",
    }
    assert phrasing.event_phrases(replace(ankara, event=None), en) == {}


def test_counterparts_by_name_by_title_and_as_written(
    visits: dict[str, Visit], ankara: Facts, en: Phrasing, fr: Phrasing
) -> None:
    (demirtas,) = ankara.counterparts
    assert phrasing.counterpart_phrase(demirtas, en) == (
        "Mahmut Demirtaş (Director General of Security of Türkiye)"
    )
    spanish, german = visits["XXXX-01-28-es"].facts.counterparts
    assert phrasing.counterpart_phrase(spanish, en) == (
        "the Director General of the Spanish National Police"
    )
    assert phrasing.counterpart_phrase(german, fr) == "le président de la Police fédérale allemande"
    # a name the glossary lacks is given as written rather than dropped
    unknown = replace(spanish, name_ar="فرانسيسكو باردو بيكيراس")
    assert phrasing.counterpart_phrase(unknown, en).endswith("(فرانسيسكو باردو بيكيراس)")
    # without a composed title, role and organisation
    untitled = replace(spanish, title=Label(None, None))
    assert phrasing.counterpart_title(untitled, en) == "Director General, Spanish National Police"


def test_agreements_name_the_partner_not_the_principals_side(
    visits: dict[str, Visit], en: Phrasing, fr: Phrasing
) -> None:
    (mou,) = visits["2024-09-23-ae"].facts.agreements
    assert phrasing.parties_phrase(mou, en, "MA") == (
        "the Saif bin Zayed Academy for Police and Security Sciences"
    )
    assert phrasing.parties_phrase(mou, fr, "MA") == (
        "l’Académie Saif bin Zayed des sciences policières et de sécurité"
    )
    # the glossary entry of a party is found by its Arabic name
    entry = phrasing.party_entry(mou.parties[0], en)
    assert entry is not None and entry.id == "org.dgsn"
