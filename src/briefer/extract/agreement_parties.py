"""The parties of an agreement: organisations and countries only, read from a "بين/مع" list
or from the signers; the glossary's organisations, or phrases it lacks built on a head noun
(data/agreements.yaml), with the country their demonym or state word names.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from briefer.arabic.lexicon import cue, fold_form
from briefer.extract.agreement_cues import COMMA, WORD, Cue, agreement_setting, folded_set
from briefer.extract.demonyms import DemonymMatch
from briefer.extract.demonyms import adjective as demonym_adjective
from briefer.extract.demonyms import find as find_demonyms
from briefer.extract.facts import Party, UnknownName
from briefer.extract.reading import Reading, skip_space, written
from briefer.extract.titles import organisation_words
from briefer.glossary.countries import cldr_countries
from briefer.glossary.entries import Match

EACH = re.compile(r"و?كل\s+من\s+")
"""The distributive "(و)كل من" before parties (folded text)."""


@dataclass(frozen=True)
class Found:
    """A party read from a party list, with its span."""

    party: Party
    start: int
    end: int
    unknown: bool = False
    """An organisation the glossary lacks (reported as an unknown name)."""
    side: bool = False
    """"الجانب المغربي": a following bare demonym ("والإسباني") is another side."""
    each: bool = False
    """Listed after "كل من": each such party signs its own document of the count."""


# ---------------------------------------------------------------- parties


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    text: str


def _tokens(r: Reading) -> tuple[_Token, ...]:
    return _tokens_of(r.folded)


@lru_cache(maxsize=64)
def _tokens_of(text: str) -> tuple[_Token, ...]:
    return tuple(_Token(m.start(), m.end(), m.group()) for m in WORD.finditer(text))


def _to_folded(r: Reading, offset: int) -> int:
    """The folded offset of an offset in the sentence text."""
    return bisect_left(r.fold_map.origin, offset)


def _glossary_at(r: Reading, at: int, end: int, kinds: tuple[str, ...]) -> Match | None:
    """The glossary match of one of these kinds that starts at `at` and ends by `end`."""
    for m in r.of_kind(*kinds):
        if _to_folded(r, m.start) == at and _to_folded(r, m.end) <= end:
            return m
    return None


def _demonym_at(r: Reading, at: int, end: int) -> DemonymMatch | None:
    return next((d for d in _demonyms_of(r.folded) if d.start == at and d.end <= end), None)


@lru_cache(maxsize=64)
def _demonyms_of(text: str) -> tuple[DemonymMatch, ...]:
    # Party lists look demonyms up word by word: find them once per sentence.
    return tuple(find_demonyms(text))


def party_list(r: Reading, start: int, end: int) -> list[Found]:
    """The parties listed from `start`: "X و Y", "X من جهة، و Y من جهة أخرى"."""
    text = r.folded
    sides = cue("agreements", "party_sides")
    out: list[Found] = []
    at = _skip_separators(text, start, end, sides)
    each = False
    while at < end:
        # "مذكرتي تفاهم بين المديرية … وكل من المكتب السنغالي … والشرطة القضائية …": one each.
        distributive = EACH.match(text, at)
        each = each or distributive is not None
        at = distributive.end() if distributive else at
        found = _party_at(r, at, end, elliptic=bool(out and out[-1].side))
        if found is None:
            break
        out.append(replace(found, each=each))
        after = _skip_affiliation(r, found.end, end)
        at = _skip_separators(text, after, end, sides)
        if not (
            COMMA.search(text[after:at]) or sides.search(text[after:at]) or text.startswith("و", at)
        ):
            break
    return out


def parties_fill(r: Reading, start: int, end: int) -> bool:
    """The words between an agree word and its "على" are the parties that agreed ("اتفقت
    المديرية العامة … والإدارة العامة … والشرطة الوطنية السنغالية على …"), however long."""
    found = party_list(r, skip_space(r.folded, start), end)
    if not found:
        return False
    # "…، خلال هذه اللقاءات، على …": an aside between commas may stand before "على".
    rest = cue("agreements", "asides").sub(" ", r.folded[found[-1].end : end])
    return not rest.strip(" ،,")


def agreeing_acts(r: Reading) -> list[Cue]:
    """ "وتوجت الجلسة باتفاق المديرية … والشرطة … على إحداث مركز": the noun of agreeing with
    the parties that agreed and its "على" is the act of agreeing (an agree word), not a
    document that was signed."""
    out = []
    for m in cue("agreements", "agreeing_nouns").finditer(r.folded):
        found = cue("agreements", "object_open").search(r.folded, m.end())
        if found is not None and parties_fill(r, m.end(), found.start()):
            out.append(Cue("agree", m.start(), m.end()))
    return out


def _skip_separators(text: str, at: int, end: int, sides: re.Pattern[str]) -> int:
    while at < end:
        side = sides.match(text, at)
        if side:
            at = side.end()
        elif text[at].isspace() or COMMA.match(text[at]):
            at += 1
        else:
            break
    return at


def _skip_affiliation(r: Reading, at: int, end: int) -> int:
    """Past "التابعة لشرطة أبو ظبي": the parent of the party just read is not a party."""
    rest = r.folded[at:end]
    found = cue("agreements", "affiliation").match(rest.lstrip())
    if found is None:
        return at
    at += len(rest) - len(rest.lstrip()) + found.end()
    parent = _party_at(r, skip_space(r.folded, at), end, elliptic=False)
    return parent.end if parent else at


def _party_at(r: Reading, at: int, end: int, elliptic: bool) -> Found | None:
    """The party that starts at `at`: a glossary organisation or country, a side or
    counterpart qualified by a demonym, or an organisation the glossary lacks."""
    org = _glossary_at(r, at, end, ("organisation",))
    if org is not None and not _name_goes_on(r, org, end):
        return _known_organisation(r, org, end)
    country = _glossary_at(r, at, end, ("country",))
    if country is not None and country.entry.country:
        entry = country.entry
        party = Party(
            written(r.sentence.text, country), entry.en.full, entry.fr.full, entry.country
        )
        return Found(party, at, _to_folded(r, country.end))
    demonym = _demonym_at(r, at, end)
    if demonym is not None and elliptic:
        return _side(r, demonym.name_start, demonym)
    tokens = [t for t in _tokens(r) if t.start >= at and t.end <= end]
    if not tokens or tokens[0].start != at:
        return None
    state = _state(r, tokens, end, ("و", ""))
    if state is not None:
        return _country(r, at, state)
    head = _head(tokens[0].text)
    if head is None:
        return None
    if head.word in _organisation_heads():
        return _unknown_organisation(r, tokens, head, end)
    demonym = _demonym_at(r, skip_space(r.folded, tokens[0].end), end)
    if demonym is None:
        return None
    if head.word in folded_set("side_heads"):
        return _side(r, at + head.skip, demonym)
    party = Party(_ar(r, at, demonym.end, head), None, None, demonym.country)
    return Found(party, at, demonym.end)


def _name_goes_on(r: Reading, org: Match, end: int) -> bool:
    """ "المديرية العامة للأمن العام": the glossary's name ("المديرية العامة للأمن") ends on a
    noun in the genitive that an adjective of its own goes on with, so it is another body's
    name, read as one the glossary lacks; a demonym or "التابعة" after it only qualify it."""
    at = _to_folded(r, org.end)
    last = re.search(r"(\w+)\s*$", r.folded[_to_folded(r, org.start) : at])
    word = re.match(r"\s+(ال\w+)", r.folded[at:end])
    if last is None or not last.group(1).startswith("لل") or word is None:
        return False
    if word.group(1) in folded_set("party_stops") | folded_set("affiliation"):
        return False
    start = at + word.start(1)
    return _demonym_at(r, start, end) is None and _glossary_at(r, start, end, ("country",)) is None


@dataclass(frozen=True)
class _Head:
    """A head noun at the start of a list item, and the proclitics before it."""

    word: str
    """The head as listed: "وزارة", "المديرية", "الجانب"."""
    skip: int
    """Proclitic letters before it in the folded word ("و" of "ووزارة")."""
    article: bool
    """ "للمديرية": "ل" fused with the article, which is written back as "ال"."""


def _head(word: str) -> _Head | None:
    """The head noun a word is, behind its proclitics ("ووزارة", "للمديرية"), if any."""
    heads = _organisation_heads() | folded_set("side_heads")
    heads |= folded_set("counterpart_heads")
    for prefix in ("", "و", "ب", "ل", "وب", "ول"):
        if word.startswith(prefix) and word[len(prefix) :] in heads:
            return _Head(word[len(prefix) :], len(prefix), False)
    for prefix in ("لل", "ولل"):
        if word.startswith(prefix) and "ال" + word[len(prefix) :] in heads:
            return _Head("ال" + word[len(prefix) :], len(prefix), True)
    return None


@cache
def _organisation_heads() -> frozenset[str]:
    """The head nouns of data/agreements.yaml, and the one-word heads of the title grammar
    (data/titles.yaml), which a party list may open with too ("والمندوبية العامة …")."""
    titled = (h for h in organisation_words()["heads"] if " " not in h)
    return folded_set("organisation_heads") | frozenset(titled)


def _ar(r: Reading, start: int, end: int, head: _Head) -> str:
    """A list item as written, from its head noun (proclitics left out)."""
    a, b = r.fold_map.source_span(start + head.skip, end)
    return ("ال" if head.article else "") + r.sentence.text[a:b].strip()


def _country(r: Reading, at: int, state: tuple[int, str]) -> Found:
    """ "وجمهورية السنغال": a country named with its state word."""
    end, code = state
    names = cldr_countries().get(code)
    en, fr = (names[1], names[2]) if names else (None, None)
    a, b = r.fold_map.source_span(at, end)
    ar = r.sentence.text[a:b].strip()
    bare = fold_form(ar.split()[0])
    if bare.startswith("و") and bare[1:] in folded_set("state_words"):
        ar = ar[1:]
    return Found(Party(ar, en, fr, code), at, end)


def _side(r: Reading, start: int, demonym: DemonymMatch) -> Found:
    """ "الجانب المغربي", "والإسباني": a country, named by its side."""
    names = cldr_countries().get(demonym.country)
    en, fr = (names[1], names[2]) if names else (None, None)
    a, b = r.fold_map.source_span(start, demonym.end)
    party = Party(r.sentence.text[a:b].strip(), en, fr, demonym.country)
    return Found(party, start, demonym.end, side=True)


def _known_organisation(r: Reading, org: Match, end: int) -> Found:
    """A glossary organisation, with the country a demonym or "ب…" after it gives."""
    start, org_end = _to_folded(r, org.start), _to_folded(r, org.end)
    entry = org.entry
    if entry.country is None:
        # An international body: "الأمم المتحدة بالمغرب" is not a Moroccan United Nations.
        party = Party(written(r.sentence.text, org).strip(), entry.en.full, entry.fr.full, None)
        return Found(party, start, org_end)
    qualified, code = _qualifier(r, org_end, end)
    ar = written(r.sentence.text, org)
    if qualified > org_end:
        a, b = r.fold_map.source_span(org_end, qualified)
        ar += r.sentence.text[org.end : b]
    if code is None or code == entry.country:
        return Found(Party(ar, entry.en.full, entry.fr.full, entry.country), start, qualified)
    en = f"{demonym_adjective(code, 'en')} {entry.en.full}"
    fr = f"{entry.fr.full} {demonym_adjective(code, 'fr', 'f' if entry.fr.gender == 'f' else 'm')}"
    return Found(Party(ar, en, fr, code), start, qualified)


def _qualifier(r: Reading, at: int, end: int, construct: bool = False) -> tuple[int, str | None]:
    """ "المغربية", "بمملكة البحرين", "لدولة الإمارات", "بالجمهورية الإسلامية الموريتانية" right
    after a name: where it ends and its country (or `at` and None). In construct, a bare
    country or state word too: "حكومة المملكة المغربية", "حكومة جمهورية السنغال"."""
    start, at = at, skip_space(r.folded, at)
    demonym = _demonym_at(r, at, end)
    if demonym is not None:
        return demonym.end, demonym.country
    if r.folded.startswith("في ", at) and not construct:
        # "المديرية العامة لمكافحة المخدرات في المملكة العربية السعودية"
        located = _qualifier(r, skip_space(r.folded, at + 2), end, construct=True)
        return located if located[1] is not None else (start, None)
    country = _glossary_at(r, at, end, ("country",))
    if country is not None and country.entry.country and (construct or r.folded[at] in "بل"):
        return _to_folded(r, country.end), country.entry.country
    tokens = [t for t in _tokens(r) if at <= t.start and t.end <= end]
    if not tokens or tokens[0].start != at:
        return start, None
    state = _state(r, tokens, end, ("ب", "ل", *([""] if construct else [])))
    return state if state is not None else (start, None)


def _state(
    r: Reading, tokens: Sequence[_Token], end: int, proclitics: tuple[str, ...]
) -> tuple[int, str] | None:
    """ "جمهورية السنغال", "بالجمهورية الإسلامية الموريتانية": a state word, then within three
    words the country's name or demonym; where it ends and the country."""
    word = tokens[0].text
    bare = {word[len(p) :] for p in proclitics if word.startswith(p)}
    if "ل" in proclitics and word.startswith("لل"):
        bare.add("ال" + word[2:])
    if not bare & folded_set("state_words"):
        return None
    for t in tokens[1:4]:
        demonym = _demonym_at(r, t.start, end)
        if demonym is not None:
            return demonym.end, demonym.country
        country = _glossary_at(r, t.start, end, ("country",))
        if country is not None and country.entry.country:
            return _to_folded(r, country.end), country.entry.country
    return None


def _unknown_organisation(
    r: Reading, tokens: Sequence[_Token], head: _Head, end: int
) -> Found | None:
    """A head noun and its complement ("وزارة الداخلية القطرية"), up to a stop word, a
    conjunction, or the demonym or "ب…" country that ends it."""
    stops = folded_set("party_stops") | folded_set("affiliation")
    last, code, size = tokens[0].end, None, 1
    for i, (prev, t) in enumerate(itertools.pairwise(tokens), start=1):
        if size >= agreement_setting("party_max_words") or r.folded[prev.end : t.start].strip():
            break
        if t.text == "في":
            last, code = _located(r, t, last, end)
            break
        named = size <= 2 and t.text in folded_set("name_purposes")
        if (t.text in stops and not named) or (
            t.text.startswith("و") and not _qualified_later(r, tokens[i:], end)
        ):
            break
        qualified, code = _qualifier(r, t.start, end, construct=True)
        if code is not None:
            last = _epithet_end(r, qualified, end)
            break
        parent = _national_body(r, t, end)
        if parent is not None:
            last, code = parent
            break
        if _glossary_at(r, t.start, end, ("organisation", "country", "person")) is not None:
            break
        last, size = t.end, size + 1
    if size < 2 and code is None:
        return None
    code = code or _town_of(r, tokens[0].start, last)
    party = Party(_ar(r, tokens[0].start, last, head), None, None, code)
    # The evidence starts where the name does, after its proclitics ("و" of "ومديرية").
    return Found(party, tokens[0].start + head.skip, last, unknown=True)


def _town_of(r: Reading, start: int, end: int) -> str | None:
    """ "معهد القنيطرة": a body named after its town is of the town's country."""
    towns = [m for m in r.of_kind("place") if start <= _to_folded(r, m.start) < end]
    return towns[0].entry.country if towns else None


def _epithet_end(r: Reading, at: int, end: int) -> int:
    """ "شرطة عُمان السلطانية": an adjective with the article after the country that ends a
    body's name is still the name's, unless it is a demonym of its own."""
    epithet = re.match(r"\s+ال\w+(?:يه|ي)(?!\w)", r.folded[at:end])
    if epithet is None or _demonym_at(r, skip_space(r.folded, at), end) is not None:
        return at
    return at + epithet.end()


def _located(r: Reading, at: _Token, last: int, end: int) -> tuple[int, str | None]:
    """ "… في المملكة العربية السعودية": the country after "في" ends the name and is its
    country; any other "في" ends the name where it was."""
    qualified, code = _qualifier(r, at.start, end)
    return (qualified, code) if code is not None else (last, None)


def _qualified_later(r: Reading, rest: Sequence[_Token], end: int) -> bool:
    """Whether "و" inside a name joins its words ("وزارة الأمن وحماية المواطنين المكسيكية")
    rather than two parties: no new head noun or stop word comes before the demonym or
    state that ends the name."""
    stops = folded_set("party_stops")
    for t in rest[: agreement_setting("party_max_words")]:
        if t.text in stops or _head(t.text) is not None:
            return False
        if _qualifier(r, t.start, end, construct=True)[1] is not None:
            return True
    return False


def _national_body(r: Reading, t: _Token, end: int) -> tuple[int, str] | None:
    """ "المديرية العامة للشرطة الوطنية الإسبانية": a known national body in the genitive
    gives the unknown organisation above it its country; where it ends and the country."""
    if not t.text.startswith("ل"):
        return None
    body = next(
        (m for m in r.of_kind("organisation") if t.start <= _to_folded(r, m.start) < t.end),
        None,
    )
    if body is None or body.entry.country is None or _to_folded(r, body.end) > end:
        return None
    return _to_folded(r, body.end), body.entry.country


def unknown_party(r: Reading, found: Found) -> UnknownName:
    a, b = r.fold_map.source_span(found.start, found.end)
    return UnknownName(found.party.ar, r.evidence(a, b))
