"""Receptions: who receives whom in a sentence. The principal or a home post receiving is a
reception at home ("استقبل حموشي … بمقر المديرية العامة"); a foreign post or person receiving
the principal's side places the visit in the receiver's country ("استقبل الفريق فلان، القائد
العام لشرطة دبي، … حموشي")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import takewhile

from briefer.arabic.frequency import zipf
from briefer.arabic.lexicon import cue, folded
from briefer.extract.facts import Evidence
from briefer.extract.posts import read_posts
from briefer.extract.reading import Reading
from briefer.extract.unknown_names import skip_honorifics
from briefer.extract.wire import wire_country
from briefer.glossary.entries import Match
from briefer.resources import data_table as table
from briefer.resources import home_country

HOME = home_country()
CLAUSE = re.compile(r"[.،,؛;:]")
MAX_NAME_WORDS = 4
"""The words of a name standing as a verb's subject."""
AGENT_GAP = 2
"""Words (ranks, honorifics) at most between "من طرف" and the agent's name or post."""


def home_reception(r: Reading) -> Evidence | None:
    """The principal, or a post of the home country, receives: a reception at home.

    The receiver is the subject: the person or post before the verb ("حموشي يستقبل …"), else
    the first one after it ("استقبل حموشي …"), unless a rank stands before it. "استقبل
    الوزير … حموشي" or "في استقبال حموشي" receive the principal: he is abroad.
    """
    for a, b, clause, noun in _receptions(r):
        if _agent(r, b) is not None:
            continue  # "استقبل حموشي … من طرف المفوض": the principal is received
        # "رئيس أمن الدولة …، فلان، استقبل، أمس …، حموشي": a verb that opens its clause
        # after an apposition has its subject before the apposition.
        opens = not r.sentence.text[clause:a].strip()
        before = [m for m in _people(r) if (0 if opens else clause) <= m.start < a]
        after = [m for m in _people(r) if m.start >= b]
        # "اللواء الحاج استقبل …": a ranked person before the verb is its subject, whoever
        # follows it.
        ranked = any(_rank(m) and clause <= m.start < a for m in r.of_kind("role"))
        stranger = _honoured_stranger(r, b) or _named_before(r, clause, a)
        subject = before[-1:] or ([] if noun or ranked or stranger else after[:1])
        if _carries_object(r, a, b):
            subject = after[:1]
        if subject and (_home_side(subject[0]) or _home_post_at(r, subject[0].start)):
            return r.evidence(a, b)
    return None


def _receptions(r: Reading) -> Iterator[tuple[int, int, int, bool]]:
    """Each reception word of the sentence: its span, where its clause starts, and whether it
    is a noun ("في استقبال …") rather than a verb."""
    for found in cue("cues", "reception").finditer(r.folded):
        a, b = r.fold_map.source_span(found.start(), found.end())
        clause = max((p.end() for p in CLAUSE.finditer(r.sentence.text, 0, a)), default=0)
        word = r.folded[found.start() : found.end()]
        yield a, b, clause, cue("cues", "reception_nouns").fullmatch(word) is not None


def _carries_object(r: Reading, a: int, b: int) -> bool:
    """ "استقبله حاكم المنطقة": the receiver is the person after the verb."""
    return cue("cues", "reception_objects").fullmatch(folded(r.sentence.text[a:b]).text) is not None


def _agent(r: Reading, verb_end: int) -> int | None:
    """Where the agent phrase of a passive reception ends ("استقبل حموشي، يوم …، بمقر القيادة
    العامة من طرف المفوض الوطني"), or None for an active verb. The agent is a person or a post
    right after the phrase: "من قبل" alone is also "before"."""
    people = [m.start for m in r.of_kind("person", "role")]
    for found in cue("cues", "passive_agent").finditer(r.folded):
        a, b = r.fold_map.source_span(found.start(), found.end())
        gap = [at for at in people if b <= at]
        if a >= verb_end and gap and len(r.sentence.text[b : min(gap)].split()) <= AGENT_GAP:
            return b
    return None


def _home_post_at(r: Reading, at: int) -> bool:
    """ "استقبل المدير العام للدراسات والمستندات في المغرب …": a home post opens at offset at."""
    return any(p.home and p.start <= at < p.end for p in read_posts(r))


def _honoured_stranger(r: Reading, at: int) -> bool:
    """ "استقبل صاحب السمو الملكي الأمير سعود بن نايف … حموشي": honorifics right after the
    verb open its subject, someone the glossary does not know; the principal is received."""
    text = r.sentence.text
    start = len(text) - len(text[at:].lstrip(" ،,"))
    after = skip_honorifics(text, start)
    return after > start and not any(m.start <= after < m.end for m in r.of_kind("person"))


def _named_before(r: Reading, clause: int, verb: int) -> bool:
    """ "سيف بن زايد يستقبل المدير العام …": a headline's subject the glossary does not know,
    written before an imperfect verb; the post after the verb is its object. Before a
    perfect verb, a name right before it, of words prose seldom uses ("أن "الشمري استقبل
    حموشي""), is one too."""
    # "روما - الرباط، 25 فبراير (نوفا) - استقبل …": a wire's dateline is no subject.
    written_lead = re.sub(r"\([^()]*\)", " ", r.sentence.text[clause:verb])
    written_lead = re.split(r"\s[-–—]\s", written_lead)[-1]
    lead = re.findall(r"\w+", folded(written_lead).text)
    function = cue("cues", "function_words", proclitics=False)
    lead = [w for w in lead if not function.fullmatch(w)]
    common = float(table("cues")["common_word_zipf"])
    if r.sentence.text[verb : verb + 1] in ("ي", "ت"):
        # "المري يستقبل حموشي": one word will do if prose seldom uses it.
        return len(lead) >= 2 or (len(lead) == 1 and zipf(lead[0]) < common)
    name = list(takewhile(lambda w: zipf(w) < common, reversed(lead)))
    return 0 < len(name) <= MAX_NAME_WORDS


def _people(r: Reading) -> list[Match]:
    return [m for m in r.of_kind("person", "role") if not _rank(m)]


def _rank(m: Match) -> bool:
    return m.entry.id in ("role.major-general", "role.major-general-pilot")


def _home_side(m: Match) -> bool:
    """A person or post of the home country: the principal's side."""
    return m.entry.country == HOME


def received_abroad(r: Reading) -> tuple[str, Evidence] | None:
    """ "استقبل الفريق فلان، القائد العام لشرطة دبي، في مقر القيادة العامة أمس، حموشي": a
    foreign post or person receives the principal's side, who comes after: the visit is in the
    receiver's country (weighed as a location: a place the sentence names wins). Not on the
    margin of an event, which may be held anywhere."""
    verbs = [(a, b, clause) for a, b, clause, noun in _receptions(r) if not noun]
    if not verbs or r.of_kind("event") or cue("cues", "margin").search(r.folded):
        return None
    # A post that names no country, in a daily's or agency's own report, is of its country.
    wire = wire_country(r.article)
    posts = [(p.start, p.end, p.country or wire) for p in read_posts(r) if not p.home]
    posts = [p for p in posts if p[2]]
    posts += [(m.start, m.end, m.entry.country) for m in r.of_kind("person") if m.entry.country]
    for a, b, clause in verbs:
        agent = _agent(r, b)
        before = sorted(p for p in posts if clause <= p[0] < a)
        subject = before[-1:] or sorted(p for p in posts if p[0] >= b)[:1]
        if agent is not None:
            subject = sorted(p for p in posts if p[0] >= agent)[:1]
        if not subject or subject[0][2] == HOME:
            continue
        start, stop = (b, agent) if agent is not None else (subject[0][1], len(r.sentence.text))
        received = [m for m in _people(r) if _home_side(m) and start <= m.start < stop]
        if received:
            return str(subject[0][2]), r.evidence(a, b)
    return None
