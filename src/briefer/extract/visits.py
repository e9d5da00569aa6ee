"""Visits: the articles that report one visit, grouped, merged, and their conflicts flagged."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from briefer.extract.facts import (
    Agreement,
    Conflict,
    Counterpart,
    Dates,
    Evidence,
    Facts,
    Named,
    Visit,
)
from briefer.extract.mentions import merge_two
from briefer.resources import data_table as table


def group_visits(facts: Sequence[Facts]) -> list[Visit]:
    """Group articles into visits (same principal, same place, overlapping dates), merged.

    An article joins the first group (in the order groups were started, articles taken by
    id) all of whose articles report the same visit. Only the groups that could (the same
    principal and host, a day in common: see _Blocks) are tried, so grouping costs
    about the number of articles, not its square.
    """
    groups: list[list[Facts]] = []
    blocks = _Blocks()
    for item in sorted(facts, key=lambda f: f.article):
        home = next(
            (g for g in blocks.candidates(item) if all(same_visit(item, o) for o in groups[g])),
            None,
        )
        if home is None:
            blocks.add(item, len(groups))
            groups.append([item])
        else:
            groups[home].append(item)
    visits = unique_ids([_merge(group) for group in groups])
    return sorted(visits, key=lambda v: (v.facts.start or "9999", v.id))


MAX_DAYS = 92
"""Days a date range may span and still be indexed by day; a longer one is tried always."""
LEAP = 2000
"""The year whose calendar places a yearless "MM-DD" (29 February included)."""


@dataclass
class _Block:
    """The groups of one principal and host, by the days their first article spans."""

    started: list[int] = field(default_factory=list)
    anywhen: list[int] = field(default_factory=list)
    """Groups whose first article has no full dates: tried for every article."""
    by_day: dict[str, list[int]] = field(default_factory=dict)
    """"2025-09-18" -> groups whose first article's dates include that day."""
    by_day_of_year: dict[str, list[int]] = field(default_factory=dict)
    """"09-18" -> the same, for articles whose year is unknown."""


class _Blocks:
    """Which groups an article could join: a necessary condition of same_visit, indexed.

    same_visit needs the same principal and host country, and dates that overlap those of
    every article of the group, its first one included: a fully dated first article shares a
    day with any article that can join (a day of the year, "MM-DD", when that one's year is
    unknown). Groups whose first article is not fully dated are always tried.
    """

    def __init__(self) -> None:
        self._blocks: dict[tuple[str, str | None], _Block] = {}

    def add(self, first: Facts, group: int) -> None:
        """Index a new group by its first article."""
        if first.principal is None:
            return  # same_visit never holds: the group stays alone
        block = self._blocks.setdefault((first.principal.id, first.host_country), _Block())
        block.started.append(group)
        days = _days(first)
        if days is None or days[1]:
            block.anywhen.append(group)
            return
        for day in days[0]:
            block.by_day.setdefault(day, []).append(group)
            block.by_day_of_year.setdefault(day[5:], []).append(group)

    def candidates(self, item: Facts) -> list[int]:
        """The groups item could join, in the order they were started."""
        if item.principal is None:
            return []
        block = self._blocks.get((item.principal.id, item.host_country))
        if block is None:
            return []
        days = _days(item)
        if days is None:
            return block.started
        keys, yearless = days
        index = block.by_day_of_year if yearless else block.by_day
        found = {g for key in keys for g in index.get(key, ())}
        return sorted(found.union(block.anywhen))


DAY = re.compile(r"(\d{4}|XXXX)-(\d\d)-(\d\d)\??")


def _days(facts: Facts) -> tuple[list[str], bool] | None:
    """The days a fully dated article's range covers ("2025-09-18"…; "09-18"… and True when
    a year is unknown, as _dates_overlap then compares "MM-DD"); None when that is unsure."""
    if not (facts.start and facts.end):
        return None
    first, last = DAY.fullmatch(facts.start), DAY.fullmatch(facts.end)
    if first is None or last is None:
        return None
    yearless = "X" in facts.start + facts.end
    try:
        if yearless:
            a = date(LEAP, int(first[2]), int(first[3]))
            b = date(LEAP, int(last[2]), int(last[3]))
        else:
            a = date(int(first[1]), int(first[2]), int(first[3]))
            b = date(int(last[1]), int(last[2]), int(last[3]))
    except ValueError:
        return None
    if not 0 <= (b - a).days < MAX_DAYS:
        return None
    span = [a + timedelta(days=n) for n in range((b - a).days + 1)]
    if yearless:
        return [d.isoformat()[5:] for d in span], True
    return [d.isoformat() for d in span], False


def unique_ids(visits: Sequence[Visit]) -> list[Visit]:
    """Visits whose ids would be the same ("undated-xx" twice) each get a suffix: the slug
    of their first article's id ("undated-xx-003-rabat"), or, where slugs do not tell them
    apart, a hash of their articles' ids. Deterministic; a visit alone keeps its bare id."""
    by_id: dict[str, list[Visit]] = {}
    for visit in visits:
        by_id.setdefault(visit.id, []).append(visit)
    taken = {v.id for v in visits}
    done: list[Visit] = []
    for base, same in by_id.items():
        if len(same) == 1:
            done += same
            continue
        ids = [f"{base}-{slug(v.articles[0]) if v.articles else ''}" for v in same]
        if len(set(ids)) < len(ids) or taken & set(ids) or any(i.endswith("-") for i in ids):
            ids = [f"{base}-{_hash(v.articles)}" for v in same]
        taken |= set(ids)
        done += [replace(v, id=i) for v, i in zip(same, ids, strict=True)]
    return done


def _hash(articles: Sequence[str]) -> str:
    return hashlib.sha256("\0".join(articles).encode("utf-8")).hexdigest()[:10]


def same_visit(a: Facts, b: Facts) -> bool:
    """Two articles report one visit: same principal, same place, overlapping dates, same
    event edition.

    The edition rule decides the Ankara reports: "IGEF 2025" (18-20 September) and "IGEF 24"
    (19-21 September, year not stated) overlap by day and month, but a trade fair recurs in
    the same city in the same weeks every year, so an edition label is the strongest evidence
    of which occurrence an article describes; different editions are different visits, even
    when the unknown year would let the days overlap. (The two reports also name different
    counterparts, which alone would not split a visit: sources often name different people.)
    """
    if a.principal is None or b.principal is None or a.principal.id != b.principal.id:
        return False
    if a.host_country != b.host_country:
        return False
    if a.city and b.city and a.city.id != b.city.id:
        return False
    if not _editions_agree(a.event, b.event):
        return False
    return _dates_overlap(a, b)


def _editions_agree(a: Named | None, b: Named | None) -> bool:
    if a is None or b is None or a.id != b.id or not a.edition or not b.edition:
        return True
    return _edition_key(a.edition) == _edition_key(b.edition)


def _edition_key(label: str) -> str:
    """ "2025" and "25" name the same edition; "24" another."""
    return label[-2:] if re.fullmatch(r"(?:19|20)\d\d", label) else label


def _dates_overlap(a: Facts, b: Facts) -> bool:
    """Ranges overlap; with a year unknown on either side, day and month decide."""
    if not (a.start and a.end and b.start and b.end):
        return True
    if "X" in a.start + b.start + a.end + b.end:
        return a.start[5:] <= b.end[5:] and b.start[5:] <= a.end[5:]
    return a.start <= b.end and b.start <= a.end


def _merge(group: list[Facts]) -> Visit:
    conflicts: list[Conflict] = []

    def pick(name: str, key: Callable[[Any], Any] = repr) -> Any:
        """The first source's value; differing values (by key) become a conflict."""
        values = {f.article: getattr(f, name) for f in group}
        present = {k: v for k, v in values.items() if v is not None}
        if len({key(v) for v in present.values()}) > 1:
            conflicts.append(Conflict(name, present))
        return next(iter(present.values()), None)

    dated = sorted(group, key=_dating)
    start_end = {f.article: (f.start, f.end) for f in group if f.start}
    # "2025-01-28?" (a year narrowed by a weekday) and "2025-01-28" (written) agree.
    if len({(s.rstrip("?"), (e or "").rstrip("?")) for s, e in start_end.values()}) > 1:
        conflicts.append(Conflict("dates", {k: Dates(s, e) for k, (s, e) in start_end.items()}))
    host = pick("host_country")
    # Spellings differ between outlets ("أبو ظبي", "أبوظبي"): compare what is meant.
    city = pick("city", key=lambda c: c.id)
    event = pick("event", key=lambda e: (e.id, e.edition))
    principal = pick("principal", key=lambda p: p.id)
    count = pick("bilateral_meetings_count")
    held = pick("bilateral_meetings_held")
    published = min((f.published for f in group if f.published), default=None)
    agreements = _agreements(group, conflicts)
    facts = Facts(
        article=group[0].article,
        host_country=host,
        city=city,
        start=dated[0].start,
        end=dated[0].end,
        published=published,
        principal=principal,
        event=event,
        counterparts=_counterparts(group),
        countries_mentioned=tuple(dict.fromkeys(c for f in group for c in f.countries_mentioned)),
        agreements=agreements,
        bilateral_meetings_count=count,
        bilateral_meetings_held=held,
        topics=tuple(t for t in table("topics") if any(t in f.topics for f in group)),
        unknown_names=tuple(u for f in group for u in f.unknown_names),
        evidence=_evidence(group),
    )
    articles = tuple(f.article for f in group)
    return Visit(visit_id(facts), articles, facts, tuple(conflicts), tuple(group))


def _dating(facts: Facts) -> int:
    """How well a source dates the visit: a written year (0), a narrowed one (1), none (2)."""
    if facts.start is None or "X" in facts.start:
        return 2
    return 1 if facts.start.endswith("?") else 0


def _evidence(group: list[Facts]) -> dict[str, tuple[Evidence, ...]]:
    """Every source's evidence of the scalar facts, key by key."""
    keys = dict.fromkeys(k for f in group for k in f.evidence)
    return {k: tuple(sorted({e for f in group for e in f.evidence.get(k, ())})) for k in keys}


def _counterparts(group: list[Facts]) -> tuple[Counterpart, ...]:
    merged: list[Counterpart] = []
    for c in (c for f in group for c in f.counterparts):
        same = next((i for i, m in enumerate(merged) if m.key == c.key), None)
        if same is None:
            merged.append(c)
        else:
            merged[same] = merge_two(merged[same], c)
    return tuple(merged)


def _agreements(group: list[Facts], conflicts: list[Conflict]) -> tuple[Agreement, ...]:
    """The same document reported by two sources is one (see _same_agreement); when the
    sources give it different statuses ("signed" here, "to_be_signed" or "none" there), the
    first source's status is kept and every source's becomes an "agreement_status" conflict.
    Counts that differ between sources are flagged too ("agreements")."""
    merged: list[Agreement] = []
    statuses: list[dict[str, str]] = []
    for a in (a for f in group for a in f.agreements):
        same = _match(merged, a)
        if same is None:
            merged.append(a)
            statuses.append({a.evidence[0].article: a.status})
            continue
        evidence = tuple(sorted(set(merged[same].evidence) | set(a.evidence)))
        merged[same] = replace(merged[same], evidence=evidence)
        statuses[same].setdefault(a.evidence[0].article, a.status)
    conflicts += [Conflict("agreement_status", s) for s in statuses if len(set(s.values())) > 1]
    counts = {f.article: len(f.agreements) for f in group}
    if len(group) > 1 and len(set(counts.values())) > 1:
        conflicts.append(Conflict("agreements", counts))
    return tuple(merged)


def _match(merged: list[Agreement], a: Agreement) -> int | None:
    """The merged agreement a restates: one of the same status first, else any other."""
    candidates = [i for i, m in enumerate(merged) if _same_agreement(m, a)]
    same_status = [i for i in candidates if merged[i].status == a.status]
    best = same_status or candidates
    return best[0] if best else None


def _same_agreement(a: Agreement, b: Agreement) -> bool:
    """Two sources' reports of one document or commitment.

    Never two of one article; the same kind (a "none" matches any document: "no agreement was
    signed" contradicts the other source's signed one); parties of the same countries when both
    name some; subjects on a common topic when both have topics. Status is not compared:
    a differing one is a conflict, not a second document.
    """
    if b.evidence[0].article in {e.article for e in a.evidence} or a.document != b.document:
        return False
    if "none" in (a.status, b.status):
        return a.document
    if a.kind != b.kind:
        return False
    ours, theirs = ({p.country for p in x.parties if p.country} for x in (a, b))
    if ours and theirs and ours != theirs:
        return False
    topics = [_topics(x) for x in (a, b)]
    return not (topics[0] and topics[1] and not topics[0] & topics[1])


def _topics(agreement: Agreement) -> set[str]:
    """The topic labels of an agreement's subject ("training, terrorism and cybercrime")."""
    label = agreement.subject.en if agreement.subject else None
    return set(re.split(r",\s*|\s+and\s+", label)) if label else set()


def visit_id(facts: Facts) -> str:
    """ "2025-09-18-tr-ankara": start date (or "undated"), host country, city slug.

    A year narrowed from a weekday ("2025-01-28?") is left out ("XXXX-01-28"): it depends on
    the reference date, and an id must not change when the build date does.
    """
    start = facts.start
    if start and start.endswith("?"):
        start = "XXXX" + start[4:-1]
    parts = [start or "undated", (facts.host_country or "xx").lower()]
    if facts.city is not None:
        parts.append(slug(facts.city.en))
    return "-".join(parts)


def slug(text: str) -> str:
    """ASCII, lower case, words joined by hyphens: "Abu Dhabi" -> "abu-dhabi"."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
