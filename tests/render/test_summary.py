"""The summary's points: each says no more than its facts and cites the sentences it rests on."""

from __future__ import annotations

from dataclasses import replace

import pytest

import render_support as rs
from briefer.extract.facts import City, Facts, Visit
from briefer.render import summary
from briefer.render.phrasing import Phrasing
from briefer.render.subjects import agreement_subjects


@pytest.fixture(scope="module")
def build(tmp_path_factory):
    return rs.seed_build(tmp_path_factory.mktemp("packages"))


@pytest.fixture(scope="module")
def visits(build) -> dict[str, Visit]:
    return {v.id: v for v in build[2]}


@pytest.fixture(scope="module")
def seeds(build):
    articles, translations, _ = build
    return articles, translations


def points(visit: Visit, ph: Phrasing, seeds) -> list[summary.SummaryPoint]:
    articles, translations = seeds
    subjects = agreement_subjects(visit.facts.agreements, articles, translations, ph.lang)
    return summary.points(visit.facts, ph, subjects)


def test_points_are_capitalised_and_each_cites_a_sentence(visits, en, fr, seeds) -> None:
    for visit in visits.values():
        for ph in (en, fr):
            found = points(visit, ph, seeds)
            assert 1 <= len(found) <= summary.MAX_FACT_POINTS
            for point in found:
                assert point.text[:1].isupper() and point.text.endswith(".")
                assert point.cited, point.text
                assert all(a in visit.articles for a, _ in point.cited)


def test_no_count_the_source_does_not_give(visits, en, fr, seeds) -> None:
    marrakesh = visits["2025-11-24-ma-marrakesh"]
    text = " ".join(p.text for p in points(marrakesh, en, seeds))
    # more than eight countries: "among others", never "and 24 other countries"
    assert "Serbia, among others." in text
    assert "other countries" not in text
    assert "Abdellatif Hammouchi held 43 bilateral meetings." in text  # the source's figure
    french = " ".join(p.text for p in points(marrakesh, fr, seeds))
    assert "la Serbie, entre autres." in french


def test_commitments_reached_in_talks_are_not_agreements(visits, en, fr, seeds) -> None:
    spain = visits["XXXX-01-28-es"]
    assert all(not a.document and a.status == "agreed" for a in spain.facts.agreements)
    text = " ".join(p.text for p in points(spain, en, seeds))
    assert "In the talks it was agreed to broaden the horizons of cooperation" in text
    assert "joint security committee" in text and "controlled deliveries" in text
    assert "agreements were" not in text and "agreement was" not in text
    french = " ".join(p.text for p in points(spain, fr, seeds))
    assert "Il a été convenu, lors des entretiens, d’élargir" in french
    assert "accords ont été conclus" not in french


def test_a_partner_named_only_in_passing_is_not_a_partner(visits, en, seeds) -> None:
    spain = visits["XXXX-01-28-es"]
    text = " ".join(p.text for p in points(spain, en, seeds))
    assert "Portugal" not in text
    # Germany's official is among the counterparts: not said twice
    assert "also involved Germany" not in text


def test_agreement_subjects_are_the_sources_words(visits, en, fr, seeds) -> None:
    marrakesh = visits["2025-11-24-ma-marrakesh"]
    text = " ".join(p.text for p in points(marrakesh, en, seeds))
    assert "with the Norwegian Police Service to step up the fight against transnational crime" in (
        text
    )
    assert "organised crime and violent crime" in text
    abu_dhabi = " ".join(p.text for p in points(visits["2024-09-23-ae"], fr, seeds))
    assert "visant à développer des programmes communs" in abu_dhabi


def test_topics_are_not_read_from_background_or_questions(visits, en, seeds) -> None:
    later = visits["XXXX-09-19-tr-ankara"]
    (topics,) = [p for p in points(later, en, seeds) if p.text.startswith("Topics raised")]
    # 001#12-15 tell of Hammouchi's record and a Spanish newspaper; #1's "at a time when
    # Morocco is regarded as …" is background too.
    assert not {s for _, s in topics.cited} & {1, 9, 10, 11, 12, 13, 14, 15}
    abu_dhabi = visits["2024-09-23-ae"]
    (topics,) = [p for p in points(abu_dhabi, en, seeds) if p.text.startswith("Topics raised")]
    assert not {s for _, s in topics.cited} & {6, 7, 11, 15, 19, 23}  # the writer's questions


def test_a_visit_with_nothing_reported_has_no_points(visits, en) -> None:
    ankara: Facts = visits["2025-09-18-tr-ankara"].facts
    bare = replace(
        ankara,
        host_country=None,
        city=None,
        event=None,
        counterparts=(),
        topics=(),
        countries_mentioned=(),
        bilateral_meetings_held=None,
    )
    assert summary.points(bare, en, {}) == []


def test_passages_quote_the_most_cited_body_sentences_in_reading_order(visits, seeds) -> None:
    articles, translations = seeds
    visit = visits["2025-09-18-tr-ankara"]
    quoted = summary.passages(visit, articles, translations, "en", 3)
    assert [(p.article, p.sentence) for p in quoted] == [
        ("000_d774277871ac2776", 1),
        ("000_d774277871ac2776", 2),
        ("000_d774277871ac2776", 3),
    ]
    assert all(p.text[:1].isupper() for p in quoted)
    assert summary.passages(visit, articles, {}, "en", 3) == []  # nothing translated


def test_a_passage_that_repeats_a_point_is_not_quoted(visits, en, seeds) -> None:
    articles, translations = seeds
    spain = visits["XXXX-01-28-es"]
    said = [p.text for p in points(spain, en, seeds)]
    quoted = summary.passages(spain, articles, translations, "en", 3, said)
    assert 11 not in [p.sentence for p in quoted]  # its words are the commitments point
    assert 11 in [p.sentence for p in summary.passages(spain, articles, translations, "en", 9)]


@pytest.mark.parametrize(("facts", "passages"), [(0, 3), (3, 3), (4, 3), (5, 2), (6, 1)])
def test_the_summary_has_three_to_seven_items(facts: int, passages: int) -> None:
    assert summary.passage_count(facts) == passages


def test_a_city_state_is_named_once(visits, en, fr, seeds) -> None:
    spain = visits["XXXX-01-28-es"]
    singapore = City("place.geonames.1880252", "سنغافورة", "Singapore", "Singapour")
    facts = replace(spain.facts, host_country="SG", city=singapore)
    english = " ".join(p.text for p in summary.points(facts, en, {}))
    french = " ".join(p.text for p in summary.points(facts, fr, {}))
    assert "visited Singapore (" in english and "Singapore, Singapore" not in english
    assert "Singapour (Singapour)" not in french
