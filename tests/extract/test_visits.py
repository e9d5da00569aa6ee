"""Visits: the seeds' articles grouped and merged, conflicts kept typed, the JSON read back."""

from __future__ import annotations

import random
from dataclasses import replace

import render_support as rs
from briefer.extract import extract
from briefer.extract.facts import Dates, Facts, Visit
from briefer.extract.visits import group_visits, same_visit, slug
from briefer.glossary.match import Glossary
from briefer.ingest import load_rules, read_article
from support import ROOT, SEEDS

SEED_FILES = sorted(SEEDS.glob("*.txt"))
DATA = ROOT / "tests" / "data" / "extract"


def abu_dhabi(shipped: Glossary) -> Visit:
    """Seed 004 and a second report of the same visit, merged."""
    paths = [SEEDS / "004_61222ac32c189bd9.txt", DATA / "104_abu_dhabi_second_source.txt"]
    (visit,) = group_visits([extract(read_article(p, load_rules()), shipped) for p in paths])
    return visit


def test_ankara_reports_are_two_visits(shipped: Glossary) -> None:
    rules = load_rules()
    facts = [extract(read_article(p, rules), shipped) for p in SEED_FILES]
    visits = {v.id: v for v in group_visits(facts)}
    assert "2025-09-18-tr-ankara" in visits
    assert "XXXX-09-19-tr-ankara" in visits
    assert visits["2025-09-18-tr-ankara"].articles == ("000_d774277871ac2776",)
    assert visits["XXXX-09-19-tr-ankara"].articles == ("001_5a996a103c87aea1",)
    assert len(visits) == 5


def test_second_source_merges_and_flags_conflicts(shipped: Glossary) -> None:
    rules = load_rules()
    paths = [ROOT / "seeds" / "004_61222ac32c189bd9.txt", DATA / "104_abu_dhabi_second_source.txt"]
    visits = group_visits([extract(read_article(p, rules), shipped) for p in paths])
    assert len(visits) == 1
    visit = visits[0].to_json()
    assert visit["id"] == "2024-09-23-ae"  # the articles name no city
    assert visit["sources"] == 2
    assert visit["articles"] == ["004_61222ac32c189bd9", "104_abu_dhabi_second_source"]
    conflicts = {c["field"]: c["values"] for c in visit["conflicts"]}
    assert conflicts["dates"] == {
        "004_61222ac32c189bd9": {"start": "2024-09-23", "end": "2024-09-26"},
        "104_abu_dhabi_second_source": {"start": "2024-09-23", "end": "2024-09-25"},
    }
    assert conflicts["agreements"] == {"004_61222ac32c189bd9": 1, "104_abu_dhabi_second_source": 3}
    assert "city" not in conflicts  # "أبو ظبي" and "أبوظبي" are one city
    mazrouei = next(
        c
        for c in visit["counterparts"]
        if c["name"] and c["name"]["en"] == "Faris Khalaf Al Mazrouei"
    )
    assert mazrouei["evidence"] == [
        {"article": "004_61222ac32c189bd9", "sentence": 9},
        {"article": "104_abu_dhabi_second_source", "sentence": 4},
    ]


def test_the_merged_facts_are_typed_and_keep_each_source(shipped: Glossary) -> None:
    visit = abu_dhabi(shipped)
    dates = next(c for c in visit.conflicts if c.field == "dates")
    assert dates.values["104_abu_dhabi_second_source"] == Dates("2024-09-23", "2024-09-25")
    assert visit.facts.article == "004_61222ac32c189bd9"
    assert (visit.facts.start, visit.facts.end) == ("2024-09-23", "2024-09-26")
    assert [f.article for f in visit.reports] == list(visit.articles)
    # The merged body keeps every source's evidence of the scalar facts.
    cited = {e.article for e in visit.facts.evidence["host_country"]}
    assert cited == {"004_61222ac32c189bd9", "104_abu_dhabi_second_source"}


def test_the_visit_json_reads_back_as_the_same_visit(shipped: Glossary) -> None:
    assert [Visit.from_json(v).to_json() for v in rs.visits_json()] == rs.visits_json()
    merged = abu_dhabi(shipped).to_json()
    assert Visit.from_json(merged).to_json() == merged


def test_slug_is_ascii() -> None:
    assert slug("Abou Dabi") == "abou-dabi"
    assert slug("Zürich") == "zurich"


def quadratic_grouping(facts: list[Facts]) -> list[tuple[str, ...]]:
    """The grouping rule applied the plain way: every article against every group."""
    groups: list[list[Facts]] = []
    for item in sorted(facts, key=lambda f: f.article):
        home = next((g for g in groups if all(same_visit(item, o) for o in g)), None)
        if home is None:
            groups.append([item])
        else:
            home.append(item)
    return sorted(tuple(f.article for f in g) for g in groups)


def test_grouping_by_blocks_finds_the_groups_of_the_plain_rule(shipped: Glossary) -> None:
    """Many reports of the seeds' visits, their dates moved about (years known, unknown,
    missing, ranges across months and years): the indexed grouping finds the same groups."""
    rules = load_rules()
    seeds = [extract(read_article(p, rules), shipped) for p in SEED_FILES]
    rng = random.Random(7)
    starts = ["2025-09-18", "2025-09-30", "2025-10-01", "2024-12-31", "2025-01-28?", None]
    facts = []
    for i in range(400):
        base = seeds[i % len(seeds)]
        start = rng.choice(starts + ["XXXX-09-19", "XXXX-12-30", "XXXX-01-02"])
        if start is None:
            end = None
        elif start.startswith("XXXX"):
            end = rng.choice([start, "XXXX-09-21", "XXXX-01-03"])
        else:
            end = rng.choice([start, "2025-10-02", "2025-01-03", "2026-02-01"])
        host = rng.choice([base.host_country, base.host_country, "TR"])
        facts.append(replace(base, article=f"{i:04d}", start=start, end=end, host_country=host))
    found = sorted(v.articles for v in group_visits(facts))
    assert found == quadratic_grouping(facts)
    assert 20 < len(found) < 400  # groups of several articles, not one each


def test_visits_of_one_day_and_place_get_distinct_ids(shipped: Glossary) -> None:
    rules = load_rules()
    ankara = extract(read_article(SEED_FILES[0], rules), shipped)
    other = replace(
        ankara,
        article="zz_other",
        principal=replace(ankara.principal, id="person.someone_else"),
    )
    ids = sorted(v.id for v in group_visits([ankara, other]))
    # Each gets its first article's slug: neither note is "the" plain one.
    assert ids == ["2025-09-18-tr-ankara-000-d774277871ac2776", "2025-09-18-tr-ankara-zz-other"]
