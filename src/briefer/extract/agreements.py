"""Agreements: memoranda, agreements, protocols and commitments, with status and parties.

How a sentence of the body is read (every word list is in data/agreements.yaml):

1. Document words are mentions, with their count: "مذكرتي تفاهم" is two, "ثلاث اتفاقيات" three.
2. A mention right after "الموقعة", "تعود إلى" …, or governed by "تفعيل", "يرتبط …
   ب" …, names an earlier agreement: not one of this visit. So does any mention in a background
   sentence ("سبق أن", a dated pluperfect) or after a vague quantity ("عشرات الاتفاقيات").
3. A demonstrative or definite mention of a kind already found restates that agreement.
4. Otherwise the predicate that governs the mention decides its status: the chain of cue words
   before it in its clause, outermost first (see _status), with its modality (future, study)
   and polarity (a negation governs the word right after it).
5. An agree word that governs no document word is a commitment ("تم الاتفاق على" + subject).

Parties are only organisations and countries (see _party_at); the subject is the purpose
clause, in the source's own words. Offsets are in the folded sentence unless said otherwise.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from briefer.arabic.lexicon import cue, fold_form, forms, home_country, phrase_pattern
from briefer.arabic.numbers import find_numbers
from briefer.documents import Block
from briefer.extract.demonyms import DemonymMatch
from briefer.extract.demonyms import adjective as demonym_adjective
from briefer.extract.demonyms import find as find_demonyms
from briefer.extract.facts import Agreement, Label, Party, UnknownName
from briefer.extract.reading import Reading, written
from briefer.extract.topics import topic_label, topics_in
from briefer.glossary.countries import cldr_countries
from briefer.glossary.entries import Match
from briefer.resources import data_table as table

STATUSES = ("signed", "to_be_signed", "agreed", "discussed", "none")
COUNTS = {"one": 1, "two": 2, "many": 0}
ROLES = (
    "sign",
    "agree",
    "discuss",
    "study",
    "prepare",
    "future",
    "negation",
    "present",
    "outcome",
    "initialled",
    "draft",
)
REFER = "refer"
BREAK = "break"
COLLECTIVE = "collective"
WORD = re.compile(r"\w+")
PUNCTUATION = re.compile(r"[؛;.:!?؟]")
COMMA = re.compile(r"[،,]")


@dataclass(frozen=True)
class Cue:
    """A predicate word or a clause break in a folded sentence."""

    role: str
    """One of ROLES, "refer", or "break"."""
    start: int
    end: int


@dataclass(frozen=True)
class Mention:
    """A document word: "مذكرتي تفاهم" (mou, 2), "هذه الاتفاقية" (agreement, 1, anaphoric)."""

    kind: str
    """"mou" | "agreement" | "protocol" | "collective" ("وثائق": kinds named per clause)."""
    count: int
    """1, 2, the number written before a plural, or 0 for an unstated plural."""
    start: int
    end: int
    definite: bool
    """"مذكرة التفاهم", "اتفاقية التعاون": may name an agreement already found."""
    anaphoric: bool
    """"هذه الاتفاقية", "الاتفاقية ذاتها": names an agreement already found."""


@dataclass(frozen=True)
class Clause:
    """The words that describe one document: its parties and its subject."""

    reading: Reading
    start: int
    end: int
    kind: str | None = None
    """The kind an ordinal clause names ("تتعلق الأولى بمذكرة تفاهم"), if any."""
    named_at: int | None = None
    """Where the document word that names that kind starts."""
    ordinal: bool = False
    """The clause starts at its ordinal ("الأولى بالتكوين الشرطي")."""


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


@dataclass
class _Article:
    """What the reading of one article has found so far."""

    found: list[Agreement]
    unknown: list[UnknownName]
    consumed: set[tuple[int, int]]
    """(sentence, start) of mentions read as part of an enumeration already."""
    year: int | None
    """The visit's year, when known."""


def read_agreements(
    readings: Sequence[Reading], year: int | None = None
) -> tuple[list[Agreement], list[UnknownName]]:
    """Every agreement of the visit in order of first mention, and unknown party names.

    year is the visit's, when known: a signing dated in an earlier year is an earlier one.
    """
    state = _Article([], [], set(), year)
    for i, r in enumerate(readings):
        if r.article.paragraphs[r.sentence.paragraph].kind is not Block.BODY or _background(
            r, year
        ):
            continue
        cues = _cues(r)
        governing: set[int] = set()
        for mention in _mentions(r, cues):
            if (r.sentence.index, mention.start) not in state.consumed:
                governing |= _read_mention(state, r, cues, mention, readings[i + 1 : i + 2])
        for agree in (c for c in cues if c.role == "agree" and c.start not in governing):
            _read_commitment(state, r, cues, agree)
    return state.found, state.unknown


def _read_mention(
    state: _Article, r: Reading, cues: list[Cue], mention: Mention, following: Sequence[Reading]
) -> set[int]:
    """Add the agreements a mention states; the starts of the cues that governed it."""
    chain = _chain(r, cues, mention.start)
    if _referred(r, cues, mention, chain) or _vague(r, mention) or _complement(r, mention):
        return set()
    if _dated_before(r, chain, mention, state.year):
        return set()
    earlier = _restates(state.found, mention)
    if earlier is not None:
        state.found[earlier] = _restated(state.found[earlier], r, mention)
        return {c.start for c in chain}
    if mention.anaphoric:
        return set()
    status = _status(r, cues, mention, chain)
    if status is None:
        return set()
    for clause in _clauses(r, mention, following, cues):
        if clause.named_at is not None:
            state.consumed.add((clause.reading.sentence.index, clause.named_at))
        agreement, unknown = _document(mention, status, clause, r, chain)
        if not _foreign(agreement):
            state.found.append(agreement)
            state.unknown += unknown
    return {c.start for c in chain}


def _foreign(agreement: Agreement) -> bool:
    """ "وقعت فرنسا والجزائر اتفاقية": two or more parties, every one of another country than
    the principal's, are another country's news."""
    codes = [p.country for p in agreement.parties]
    return len(codes) >= 2 and None not in codes and home_country() not in codes


# ---------------------------------------------------------------- cues and mentions


@cache
def _setting(key: str) -> int:
    return int(table("agreements")[key])


def _cues(r: Reading) -> list[Cue]:
    """The predicate words and clause breaks of a sentence, the longest where they overlap."""
    text = r.folded
    found = [
        Cue(role, m.start(), m.end())
        for role in (*ROLES, REFER)
        for m in cue("agreements", f"predicate.{role}").finditer(text)
    ]
    found += [
        Cue(BREAK, m.start(), m.end()) for m in cue("agreements", "clause_breaks").finditer(text)
    ]
    found += [Cue(BREAK, m.start(), m.end()) for m in PUNCTUATION.finditer(text)]
    masked = [m.span() for m in cue("agreements", "not_negation").finditer(text)]
    found = [c for c in found if not _overlaps((c.start, c.end), masked)]
    out: list[Cue] = []
    for c in sorted(found, key=lambda x: (x.start, -(x.end - x.start))):
        if not out or c.start >= out[-1].end:
            out.append(c)
    return out


def _overlaps(span: tuple[int, int], others: Sequence[tuple[int, int]]) -> bool:
    return any(a < span[1] and span[0] < b for a, b in others)


def _mentions(r: Reading, cues: Sequence[Cue]) -> list[Mention]:
    """The document words of a sentence, outside any agree phrase ("تم الاتفاق على")."""
    blocked = [(c.start, c.end) for c in cues if c.role == "agree"]
    data = table("agreements")
    groups = [(str(k), g) for k, g in data["kinds"].items()] + [(COLLECTIVE, data["collective"])]
    out = []
    for kind, group in groups:
        for count_name, spellings in group.items():
            pattern = phrase_pattern(tuple(str(s) for s in spellings))
            for m in pattern.finditer(r.folded):
                if not _overlaps(m.span(), blocked):
                    count = COUNTS[count_name] or _stated_count(r, m.start())
                    out.append(_mention(r, kind, count, m))
    for kind, spellings in data["restate_only"].items():
        for m in phrase_pattern(tuple(str(s) for s in spellings)).finditer(r.folded):
            out.append(Mention(str(kind), 1, m.start(), m.end(), True, True))
    return _longest(out)


def _mention(r: Reading, kind: str, count: int, m: re.Match[str]) -> Mention:
    before = r.folded[max(0, m.start() - 8) : m.start()]
    after = r.folded[m.end() : m.end() + 12]
    anaphora = cue("agreements", "anaphora")
    anaphoric = bool(anaphora.search(before)) or bool(anaphora.match(after.lstrip()))
    definite = any(w.startswith(("ال", "لل", "بال")) for w in m.group().split())
    return Mention(kind, count, m.start(), m.end(), definite or anaphoric, anaphoric)


@cache
def _document_words() -> re.Pattern[str]:
    """Every document word of every kind and count."""
    data = table("agreements")
    groups = [*data["kinds"].values(), data["collective"]]
    return phrase_pattern(tuple(str(s) for g in groups for ss in g.values() for s in ss))


def _longest(mentions: list[Mention]) -> list[Mention]:
    """Overlapping mentions keep the longest ("اتفاقية تعاون" over "اتفاقية")."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda x: (x.start, -(x.end - x.start))):
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out


def _stated_count(r: Reading, at: int) -> int:
    """ "ثلاث مذكرات تفاهم": the number written just before a plural document word."""
    before = r.folded[:at].rstrip()
    numbers = [n for n in find_numbers(before) if n.end == len(before)]
    return numbers[-1].value if numbers else 0


def _words(text: str) -> int:
    return len(WORD.findall(text))


# ---------------------------------------------------------------- status


def _chain(r: Reading, cues: Sequence[Cue], at: int) -> list[Cue]:
    """The predicate that governs the words at `at`, outermost first.

    The nearest cue before them in their clause, then each cue that closely precedes the last
    one taken: "اتفق الجانبان على دراسة إمكانية توقيع اتفاقية" gives agree, study, sign.
    """
    chain: list[Cue] = []
    limit = at
    for c in reversed([c for c in cues if c.end <= at]):
        if c.role == BREAK:
            break
        gap = _words(r.folded[c.end : limit])
        if gap > _setting("link_gap" if chain else "reach"):
            break
        chain.insert(0, c)
        limit = c.start
    return chain


def _status(r: Reading, cues: Sequence[Cue], mention: Mention, chain: list[Cue]) -> str | None:
    """The status the predicate gives a new document, None when it gives none.

    A negation right before a signing word makes it "none"; one before another status word
    ("لم يتم بحث") leaves nothing to read; one before any other verb ("لم يخف الطرفان
    ارتياحهما لتوقيع") does not touch the chain. A mention after "أي" is "none" or nothing.
    """
    governed = _negated(r, chain)
    if governed == "sign":
        return "none"
    if governed not in (None, "other"):
        return None
    if cue("agreements", "any").search(_word_before(r, mention.start)):
        return None
    roles = [c.role for c in chain if c.role != "negation"] or [
        c.role for c in _after(r, cues, mention.end)
    ]
    status = _compose(roles, _initialled(r, cues, mention))
    if status == "agreed" and _signed_later(r, cues, mention.end):
        return "to_be_signed"
    return status


def _compose(roles: list[str], initialled: bool) -> str | None:
    """The status of a chain of roles, outermost first (the table in data/agreements.yaml)."""
    roles = [r for r in roles if r not in ("present", "outcome", "initialled")]
    talks = [i for i, role in enumerate(roles) if role in ("study", "discuss")]
    if "draft" in roles and "sign" not in roles and "agree" not in roles:
        talks.append(roles.index("draft"))
    if talks:
        # "سيتم بحث مشروع اتفاقية": talks to come are no status yet.
        return None if "future" in roles[: talks[0]] else "discussed"
    if "future" in roles:
        undecided = {"agree", "prepare"} & set(roles) and "sign" not in roles
        return None if undecided else "to_be_signed"
    if "sign" in roles:
        if "agree" in roles[: roles.index("sign")]:
            return "to_be_signed"
        return "agreed" if initialled else "signed"
    if "agree" in roles:
        return "agreed"
    return "discussed" if "draft" in roles else None


def _negated(r: Reading, chain: list[Cue]) -> str | None:
    """The role of the cue a negation of the chain governs, "other" when it governs another
    word ("لم يعلن"), None when the chain holds no negation."""
    for i, c in enumerate(chain):
        if c.role != "negation":
            continue
        if i + 1 < len(chain) and _adjacent(r, c.end, chain[i + 1].start):
            governed = chain[i + 1]
            if governed.role == "outcome" and i + 2 < len(chain):
                governed = chain[i + 2]
            return "sign" if governed.role == "present" else governed.role
        return "other"
    return None


def _adjacent(r: Reading, start: int, end: int) -> bool:
    """Only auxiliaries ("يتم", "أن") and parentheticals ("، خلال هذه المشاركة،") between."""
    between = re.sub(r"[،,][^،,]*[،,]", " ", r.folded[start:end])
    auxiliaries = {fold_form(w) for w in forms("agreements", "auxiliaries")}
    return all(w in auxiliaries for w in WORD.findall(between))


def _word_before(r: Reading, at: int) -> str:
    words = WORD.findall(r.folded[:at])
    return words[-1] if words else ""


def _after(r: Reading, cues: Sequence[Cue], at: int) -> list[Cue]:
    """Predicate words right after a document word: "اتفاقية تم توقيعها", "اتفاقية مرتقبة"."""
    out: list[Cue] = []
    limit = at
    for c in (c for c in cues if c.start >= at):
        if c.role in (BREAK, REFER) or _words(r.folded[limit : c.start]) > 1:
            break
        out.append(c)
        limit = c.end
    return out


def _initialled(r: Reading, cues: Sequence[Cue], mention: Mention) -> bool:
    """ "وقع بالأحرف الأولى": the text is agreed, not yet signed."""
    near = [c for c in cues if c.role == "initialled"]
    return any(
        _words(r.folded[min(c.end, mention.end) : max(c.start, mention.start)]) <= 6 for c in near
    )


def _signed_later(r: Reading, cues: Sequence[Cue], at: int) -> bool:
    """ "… على أن يتم توقيعها خلال الأشهر المقبلة": the agreed document is to be signed."""
    for m in cue("agreements", "signing_it").finditer(r.folded, at):
        chain = _chain(r, cues, m.start())
        if _negated(r, chain) is None and any(c.role == "future" for c in chain):
            return True
    return False


# ---------------------------------------------------------------- earlier agreements


def _background(r: Reading, year: int | None) -> bool:
    """A sentence that tells the record: "سبق أن …", or a dated pluperfect."""
    data = table("agreements")["background"]
    text = r.folded
    if cue("agreements", "background.recalls").search(text):
        return True
    had = cue("agreements", "background.had")
    pluperfect = any(
        had.search(" ".join(WORD.findall(text[m.end() :])[: int(data["reach"])]))
        for m in cue("agreements", "background.was").finditer(text)
    )
    return pluperfect and _dated_past(text, year)


def _dated_past(text: str, year: int | None) -> bool:
    """ "سنة 2022", "زيارته السابقة": the sentence places itself in the past (before the
    visit's year, when it is known)."""
    if cue("agreements", "background.past").search(text):
        return True
    words = "|".join(fold_form(w) for w in forms("agreements", "background.year_words"))
    dated = re.finditer(rf"(?<!\w)(?:{words})\s+(\d{{4}})(?!\d)", text)
    return any(year is None or int(m.group(1)) < year for m in dated)


def _dated_before(r: Reading, chain: list[Cue], mention: Mention, year: int | None) -> bool:
    """ "وقع البلدان سنة 2015 اتفاقية", "اتفاقية وقعت عام 2014": signed before the visit's year."""
    if year is None:
        return False
    start = chain[-1].end if chain else mention.start
    span = r.folded[start : mention.end] + " " + _after_region(r, mention)
    return any(int(y) < year for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", span))


def _referred(r: Reading, cues: Sequence[Cue], mention: Mention, chain: list[Cue]) -> bool:
    """An earlier agreement: "تفعيل مذكرة التفاهم", "الاتفاقية الموقعة سنة 2019"."""
    if chain and chain[-1].role == REFER:
        return True
    return cue("agreements", "referred_after").search(_after_region(r, mention)) is not None


def _after_region(r: Reading, mention: Mention) -> str:
    """The words right after a document word, up to a comma or the next document word: where
    its date and "الموقعة" stand."""
    region = r.folded[mention.end :]
    ends = [m.start() for m in (COMMA.search(region), _document_words().search(region)) if m]
    region = region[: min(ends)] if ends else region
    reach = list(WORD.finditer(region))[: _setting("referred_reach")]
    return region[: reach[-1].end()] if reach else ""


def _complement(r: Reading, mention: Mention) -> bool:
    """ "البروتوكول الإضافي للاتفاقية الأمنية": a document word of the one just before."""
    word = WORD.match(r.folded, mention.start)
    proclitics = tuple(forms("agreements", "complement_proclitics"))
    # No document word is spelt with a leading "ل": there it is a proclitic.
    if word is None or not word.group().startswith(proclitics):
        return False
    before = r.folded[: mention.start]
    previous = [m.end() for m in _document_words().finditer(before)]
    return bool(previous) and _words(before[previous[-1] :]) <= _setting("complement_reach")


def _vague(r: Reading, mention: Mention) -> bool:
    """ "عشرات الاتفاقيات": a record, never this visit's documents."""
    return cue("agreements", "vague").search(_word_before(r, mention.start)) is not None


def _restates(found: list[Agreement], mention: Mention) -> int | None:
    """The agreement a demonstrative or definite mention restates, if any.

    "هذه الاتفاقية" restates the last document whatever its kind; a definite "مذكرة التفاهم"
    only a document of its own kind.
    """
    documents = [i for i, a in enumerate(found) if a.document]
    if mention.anaphoric:
        return documents[-1] if documents else None
    if mention.definite:
        same = [i for i in documents if found[i].kind == mention.kind]
        return same[-1] if same else None
    return None


def _restated(agreement: Agreement, r: Reading, mention: Mention) -> Agreement:
    """A later mention adds evidence, and the subject and parties the first one lacked."""
    cited = (*agreement.evidence, r.folded_evidence(mention.start, mention.end))
    clause = Clause(r, mention.end, _clause_end(r, mention.end))
    subject = agreement.subject or _document_subject(clause, None)
    parties = agreement.parties or tuple(f.party for f in _document_parties(clause)[0])
    return replace(agreement, evidence=cited, subject=subject, parties=parties)


# ---------------------------------------------------------------- documents


def _clause_end(r: Reading, start: int) -> int:
    """Where the clause that starts at `start` ends: the next clause break, or the end."""
    found = cue("agreements", "clause_breaks").search(r.folded, start)
    stop = PUNCTUATION.search(r.folded, start)
    ends = [m.start() for m in (found, stop) if m is not None]
    return min(ends, default=len(r.folded))


def _clauses(
    r: Reading, mention: Mention, following: Sequence[Reading], cues: Sequence[Cue]
) -> list[Clause]:
    """One clause per document: split by ordinals ("الأولى مع … والثانية مع …") if any."""
    ordinals = cue("agreements", "ordinals")
    for reading, start in [(r, mention.end), *[(f, 0) for f in following]]:
        # "بالأحرف الأولى" (initialled) holds an ordinal that numbers nothing.
        initialled = [(c.start, c.end) for c in cues if c.role == "initialled" and reading is r]
        marks = [
            m.start()
            for m in ordinals.finditer(reading.folded, start)
            if not _overlaps(m.span(), initialled)
        ]
        if mention.count >= 2 and len(marks) >= 2:
            ends = [*marks[1:], len(reading.folded)]
            return [_ordinal_clause(reading, a, b) for a, b in zip(marks, ends, strict=True)]
    whole = Clause(r, mention.end, _clause_end(r, mention.end))
    return [whole] * max(1, mention.count)


def _ordinal_clause(r: Reading, start: int, end: int) -> Clause:
    """An ordinal clause, and the kind of the first document word it names."""
    inner = [m for m in _mentions(r, _cues(r)) if start <= m.start < end and m.kind != COLLECTIVE]
    if not inner:
        return Clause(r, start, end, ordinal=True)
    return Clause(r, inner[0].end, end, inner[0].kind, inner[0].start)


def _document(
    mention: Mention, status: str, clause: Clause, r: Reading, chain: list[Cue]
) -> tuple[Agreement, list[UnknownName]]:
    kind = clause.kind or (mention.kind if mention.kind != COLLECTIVE else "agreement")
    start = chain[0].start if chain else mention.start
    cited = [r.folded_evidence(start, mention.end)]
    if clause.reading is not r or clause.kind is not None:
        cited.append(clause.reading.folded_evidence(clause.start, clause.end))
    if status == "none":
        return Agreement(kind, status, (), None, True, tuple(cited)), []
    found, opener = _document_parties(clause)
    if not found and clause.reading is r and clause.kind is None:
        found = _agents(r, chain, mention)
    subject = _document_subject(clause, (opener, found[-1].end) if found and opener else None)
    parties = tuple(f.party for f in found)
    unknown = [_unknown(clause.reading, f) for f in found if f.unknown]
    return Agreement(kind, status, parties, subject, True, tuple(cited)), unknown


def _document_parties(clause: Clause) -> tuple[list[Found], int | None]:
    """The first party list of the clause that names a party, and where its opener stands."""
    r = clause.reading
    for m in cue("agreements", "party_open").finditer(r.folded, clause.start, clause.end):
        found = _party_list(r, m.end(), clause.end)
        if found:
            return found, m.start()
    return [], None


def _agents(r: Reading, chain: list[Cue], mention: Mention) -> list[Found]:
    """The parties named as the subject of the verb: "وقعت المديرية … وشرطة أبو ظبي مذكرة"."""
    for c in chain:
        if c.role in ("sign", "agree", "present", "future"):
            found = _party_list(r, _skip_space(r.folded, c.end), mention.start)
            if found:
                return found
    return []


def _document_subject(clause: Clause, parties: tuple[int, int] | None) -> Label | None:
    """The purpose clause of a document: the one right after its party list if there is one
    ("بين … و …، تهم تبادل الضباط"), else the first one after the document word."""
    r = clause.reading
    if parties is not None:
        after = _subject_start(r, parties[1], clause.end)
        if after is not None and _words(r.folded[parties[1] : after]) == 0:
            return _purpose(r, after, clause.end)
    start = _after_ordinal(r, clause) if clause.ordinal else None
    start = start if start is not None else _subject_start(r, clause.start, clause.end)
    if start is None:
        return None
    end = parties[0] if parties is not None and parties[0] > start else clause.end
    return _purpose(r, start, end)


def _after_ordinal(r: Reading, clause: Clause) -> int | None:
    """ "الأولى بالتكوين الشرطي": the subject right after the ordinal, if it opens there."""
    ordinal = WORD.match(r.folded, clause.start)
    if ordinal is None:
        return None
    at = _skip_space(r.folded, ordinal.end())
    if cue("agreements", "party_open").match(r.folded, at):
        return None
    proclitics = tuple(forms("agreements", "ordinal_subject_proclitics"))
    return at if r.folded.startswith(proclitics, at) else None


def _led(r: Reading, at: int) -> bool:
    """ "تهدف هذه الاتفاقية": a verb of purpose stands just before the document word ending at
    `at` (its three words and the demonstrative)."""
    before = " ".join(WORD.findall(r.folded[:at])[-5:])
    return cue("agreements", "subject_lead_verbs").search(before) is not None


def _subject_start(r: Reading, start: int, end: int) -> int | None:
    """Where the purpose clause starts: at an opener ("في مجال"), or after a lead ("تهدف
    إلى", or "إلى" right after the document word: "تهدف هذه الاتفاقية إلى تطوير …")."""
    first = _skip_space(r.folded, start)
    next_lead = cue("agreements", "subject_lead_after").match(r.folded, first)
    if next_lead is not None and _led(r, start):
        return _skip_space(r.folded, next_lead.end())
    if r.folded.startswith(tuple(forms("agreements", "subject_proclitics")), first):
        return first
    found = []
    opener = cue("agreements", "subject_open").search(r.folded, start, end)
    if opener is not None:
        found.append((opener.start(), opener.start()))
    lead = cue("agreements", "subject_lead").search(r.folded, start, end)
    if lead is not None:
        found.append((lead.start(), _skip_space(r.folded, lead.end())))
    return min(found)[1] if found else None


# ---------------------------------------------------------------- commitments


def _read_commitment(state: _Article, r: Reading, cues: list[Cue], agree: Cue) -> None:
    """ "تم الاتفاق على إحداث لجنة مشتركة": a commitment with no document, if it is one."""
    start = _object_start(r, cues, agree)
    if start is None:
        return
    chain = _chain(r, cues, agree.start)
    if _negated(r, [*chain, agree]) is not None or any(c.role == "future" for c in chain):
        return
    object_cues = [c for c in cues if c.start >= start and not r.folded[start : c.start].strip()]
    studied = any(c.role in ("study", "discuss") for c in object_cues)
    opener = cue("agreements", "party_open").search(r.folded, agree.end, start)
    found = _party_list(r, opener.end() if opener else _skip_space(r.folded, agree.end), start)
    stop = _subject_end(r, start, _clause_end(r, start))
    cited = (r.folded_evidence(agree.start, stop),)
    status = "discussed" if studied else "agreed"
    parties = tuple(f.party for f in found)
    subject = _subject(r, start, stop)
    state.found.append(Agreement("agreement", status, parties, subject, False, cited))
    state.unknown += [_unknown(r, f) for f in found if f.unknown]


def _object_start(r: Reading, cues: Sequence[Cue], agree: Cue) -> int | None:
    """Where the object of an agree word starts: after its "على", within reach, same clause."""
    if r.folded[agree.start : agree.end].endswith(fold_form("على")):
        return _skip_space(r.folded, agree.end)
    found = cue("agreements", "object_open").search(r.folded, agree.end)
    if found is None or _words(r.folded[agree.end : found.start()]) > _setting("object_reach"):
        return None
    if any(c.role == BREAK and agree.end <= c.start < found.start() for c in cues):
        return None
    return _skip_space(r.folded, found.end())


def _skip_space(text: str, at: int) -> int:
    while at < len(text) and text[at].isspace():
        at += 1
    return at


# ---------------------------------------------------------------- subjects


def _purpose(r: Reading, start: int, end: int) -> Label | None:
    """A document's purpose clause from `start`, up to a party list after it ("… بين
    المديرية …"). A commitment's object is not cut there: "التنسيق بين …" is all of it."""
    stop = _subject_end(r, start, end)
    for m in cue("agreements", "party_open").finditer(r.folded, start, stop):
        if _party_list(r, m.end(), stop):
            return _subject(r, start, m.start())
    return _subject(r, start, stop)


def _subject(r: Reading, start: int, stop: int) -> Label | None:
    """The words of [start, stop) as written, and the labels of the topics they name."""
    a, b = r.fold_map.source_span(start, stop)
    ar = r.sentence.text[a:b].strip(" ،,؛.")
    if not ar:
        return None
    names = topics_in(r.folded[start:stop])
    if not names:
        return Label(None, None, ar)
    en = [topic_label(n)[0] for n in names]
    fr = [topic_label(n)[1] for n in names]
    return Label(_join(en, "and"), _join(fr, "et"), ar)


def _subject_end(r: Reading, start: int, end: int) -> int:
    """The first comma that ends the clause: not one before a coordinated item or a purpose
    ("، وإنشاء …", "، من أجل …"), one before another clause ("، تنص على …", "، وعلى …")."""
    text = r.folded
    goes_on = cue("agreements", "subject_goes_on")
    stops = cue("agreements", "object_open")
    for comma in COMMA.finditer(text, start, end):
        rest = text[comma.end() : end].lstrip()
        word = WORD.match(rest)
        if goes_on.match(rest):
            continue
        if word and word.group().startswith("و") and not _cue_word(rest, stops):
            continue
        return comma.start()
    return end


def _cue_word(rest: str, stops: re.Pattern[str]) -> bool:
    """The word that opens `rest` is a stop or a predicate word ("وعلى", "وقعها")."""
    word = WORD.match(rest)
    if word is None:
        return True
    patterns = [stops, *(cue("agreements", f"predicate.{role}") for role in (*ROLES, REFER))]
    matches = [p.match(rest) for p in patterns]
    return any(m is not None and m.end() >= word.end() for m in matches)


def _join(items: list[str], conjunction: str) -> str:
    if len(items) == 1:
        return items[0]
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


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


@cache
def _folded_set(key: str) -> frozenset[str]:
    return frozenset(fold_form(w) for w in forms("agreements", key))


def _party_list(r: Reading, start: int, end: int) -> list[Found]:
    """The parties listed from `start`: "X و Y", "X من جهة، و Y من جهة أخرى"."""
    text = r.folded
    sides = cue("agreements", "party_sides")
    out: list[Found] = []
    at = _skip_separators(text, start, end, sides)
    while at < end:
        found = _party_at(r, at, end, elliptic=bool(out and out[-1].side))
        if found is None:
            break
        out.append(found)
        after = _skip_affiliation(r, found.end, end)
        at = _skip_separators(text, after, end, sides)
        if not (
            COMMA.search(text[after:at]) or sides.search(text[after:at]) or text.startswith("و", at)
        ):
            break
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
    parent = _party_at(r, _skip_space(r.folded, at), end, elliptic=False)
    return parent.end if parent else at


def _party_at(r: Reading, at: int, end: int, elliptic: bool) -> Found | None:
    """The party that starts at `at`: a glossary organisation or country, a side or
    counterpart qualified by a demonym, or an organisation the glossary lacks."""
    org = _glossary_at(r, at, end, ("organisation",))
    if org is not None:
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
    if head.word in _folded_set("organisation_heads"):
        return _unknown_organisation(r, tokens, head, end)
    demonym = _demonym_at(r, _skip_space(r.folded, tokens[0].end), end)
    if demonym is None:
        return None
    if head.word in _folded_set("side_heads"):
        return _side(r, at + head.skip, demonym)
    party = Party(_ar(r, at, demonym.end, head), None, None, demonym.country)
    return Found(party, at, demonym.end)


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
    heads = _folded_set("organisation_heads") | _folded_set("side_heads")
    heads |= _folded_set("counterpart_heads")
    for prefix in ("", "و", "ب", "ل", "وب", "ول"):
        if word.startswith(prefix) and word[len(prefix) :] in heads:
            return _Head(word[len(prefix) :], len(prefix), False)
    for prefix in ("لل", "ولل"):
        if word.startswith(prefix) and "ال" + word[len(prefix) :] in heads:
            return _Head("ال" + word[len(prefix) :], len(prefix), True)
    return None


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
    if bare.startswith("و") and bare[1:] in _folded_set("state_words"):
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
    start, at = at, _skip_space(r.folded, at)
    demonym = _demonym_at(r, at, end)
    if demonym is not None:
        return demonym.end, demonym.country
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
    if not bare & _folded_set("state_words"):
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
    stops = _folded_set("party_stops") | _folded_set("affiliation")
    last, code, size = tokens[0].end, None, 1
    for prev, t in itertools.pairwise(tokens):
        if size >= _setting("party_max_words") or r.folded[prev.end : t.start].strip():
            break
        if t.text in stops or t.text.startswith("و"):
            break
        qualified, code = _qualifier(r, t.start, end, construct=True)
        if code is not None:
            last = qualified
            break
        if _glossary_at(r, t.start, end, ("organisation", "country", "person")) is not None:
            break
        last, size = t.end, size + 1
    if size < 2 and code is None:
        return None
    party = Party(_ar(r, tokens[0].start, last, head), None, None, code)
    return Found(party, tokens[0].start, last, unknown=True)


def _unknown(r: Reading, found: Found) -> UnknownName:
    a, b = r.fold_map.source_span(found.start, found.end)
    return UnknownName(found.party.ar, r.evidence(a, b))
