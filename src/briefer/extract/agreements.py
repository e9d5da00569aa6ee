"""Agreements: memoranda, agreements, protocols and commitments, with status and parties.

How a sentence of the body is read (every word list is in data/agreements.yaml):

1. Document words are mentions, with their count: "مذكرتي تفاهم" is two, "ثلاث اتفاقيات" three.
2. A mention right after "الموقعة", "تعود إلى" …, or governed by "تفعيل", "يرتبط …
   ب" …, names an earlier agreement: not one of this visit. So does any mention in a background
   sentence ("سبق أن", a dated pluperfect) or after a vague quantity ("عشرات الاتفاقيات").
3. A demonstrative or definite mention of a kind already found restates that agreement.
4. Otherwise the predicate that governs the mention decides its status: the chain of cue words
   before it in its clause, outermost first (see status_of), with its modality (future, study)
   and polarity (a negation governs the word right after it).
5. An agree word that governs no document word is a commitment ("تم الاتفاق على" + subject).

Parties are only organisations and countries (see _party_at); the subject is the purpose
clause, in the source's own words. Offsets are in the folded sentence unless said otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from briefer.arabic.lexicon import cue, fold_form, forms
from briefer.documents import Block
from briefer.extract.agreement_background import (
    dated_before,
    in_background,
    is_complement,
    names_a_convention,
    refers_back,
    renewed,
    vague_quantity,
)
from briefer.extract.agreement_cues import (
    BREAK,
    COLLECTIVE,
    PUNCTUATION,
    WORD,
    Cue,
    Mention,
    agreement_setting,
    cue_chain,
    negation_of,
    overlapping,
    read_cues,
    read_mentions,
    status_of,
    word_count,
)
from briefer.extract.agreement_parties import (
    Found,
    agreeing_acts,
    parties_fill,
    party_list,
    unknown_party,
)
from briefer.extract.agreement_repeats import repeats_merged
from briefer.extract.agreement_subjects import purpose, subject_end, subject_of
from briefer.extract.facts import Agreement, Label, UnknownName
from briefer.extract.reading import Reading, skip_space
from briefer.resources import home_country


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
    share: tuple[int, int] | None = None
    """Which document of how many the clause is, when one clause tells them all."""
    lead: tuple[int, int] | None = None
    """The words ordinal clauses share: "مذكرتي تفاهم بين … و …، تتعلق الأولى …"."""


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
    readings: Sequence[Reading], year: int | None = None, first: date | None = None
) -> tuple[list[Agreement], list[UnknownName]]:
    """Every agreement of the visit in order of first mention, and unknown party names.

    year is the visit's, when known: a signing dated in an earlier year is an earlier one.
    first: the visit's first day, when known: a pluperfect dated in an earlier month tells
    the record.
    """
    state = _Article([], [], set(), year)
    for i, r in enumerate(readings):
        if r.block is not Block.BODY or in_background(r, year, first):
            continue
        cues = sorted([*read_cues(r), *agreeing_acts(r)], key=lambda c: c.start)
        governing: set[int] = set()
        for mention in read_mentions(r, cues):
            if (r.sentence.index, mention.start) not in state.consumed:
                governing |= _read_mention(state, r, cues, mention, readings[i + 1 : i + 2])
        for agree in (c for c in cues if c.role == "agree" and c.start not in governing):
            _read_commitment(state, r, cues, agree)
        for discuss in (c for c in cues if c.role == "discuss" and c.start not in governing):
            _read_possibility(state, r, cues, discuss)
    return repeats_merged(state.found), state.unknown


def _read_mention(
    state: _Article, r: Reading, cues: list[Cue], mention: Mention, following: Sequence[Reading]
) -> set[int]:
    """Add the agreements a mention states; the starts of the cues that governed it."""
    chain = cue_chain(r, cues, mention.start)
    if (
        (refers_back(r, cues, mention, chain) and not renewed(r, mention.start))
        or vague_quantity(r, mention)
        or is_complement(r, mention)
        or names_a_convention(r, mention.end)
    ):
        return set()
    if dated_before(r, chain, mention, state.year):
        return set()
    earlier = _restates(state.found, mention)
    if earlier is not None:
        restated = _restated(state.found[earlier], r, mention)
        # "اتفق الطرفان على تجديد اتفاق التوأمة …، على أن يوقع الاتفاق المجدد بأبيلا":
        # an agreed text whose signing is then planned is to be signed.
        planned = status_of(r, cues, mention, chain) == "to_be_signed"
        if restated.status == "agreed" and restated.document and planned:
            restated = replace(restated, status="to_be_signed")
        state.found[earlier] = restated
        return {c.start for c in chain}
    if mention.anaphoric:
        return set()
    status = status_of(r, cues, mention, chain)
    if status is None:
        return set()
    if status == "none" and _denied_already(state.found, r):
        return {c.start for c in chain}  # "على أي اتفاقية أو مذكرة تفاهم": one denial
    for clause in _clauses(r, mention, following, cues):
        if clause.named_at is not None:
            state.consumed.add((clause.reading.sentence.index, clause.named_at))
        agreement, unknown = _document(mention, status, clause, r, chain)
        if not _foreign(agreement):
            state.found.append(agreement)
            state.unknown += unknown
    return {c.start for c in chain}


def _denied_already(found: Sequence[Agreement], r: Reading) -> bool:
    return any(a.status == "none" and a.evidence[0].sentence == r.sentence.index for a in found)


def _foreign(agreement: Agreement) -> bool:
    """ "وقعت فرنسا والجزائر اتفاقية": two or more parties, every one of another country than
    the principal's, are another country's news."""
    codes = [p.country for p in agreement.parties]
    return len(codes) >= 2 and None not in codes and home_country() not in codes


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
    if agreement.status == "none":
        return replace(agreement, evidence=cited)  # a denial has neither subject nor parties
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
            if not overlapping(m.span(), initialled)
        ]
        if mention.count >= 2 and len(marks) >= 2:
            ends = [*marks[1:], len(reading.folded)]
            lead = (start, marks[0])
            clauses = [_ordinal_clause(reading, a, b) for a, b in zip(marks, ends, strict=True)]
            return [replace(c, lead=lead) for c in clauses]
    count = max(1, mention.count)
    end = _clause_end(r, mention.end)
    return [Clause(r, mention.end, end, share=(i, count)) for i in range(count)]


def _ordinal_clause(r: Reading, start: int, end: int) -> Clause:
    """An ordinal clause, and the kind of the first document word it names."""
    inner = [
        m for m in read_mentions(r, read_cues(r)) if start <= m.start < end and m.kind != COLLECTIVE
    ]
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
    if not found and clause.lead is not None:
        found = _document_parties(Clause(clause.reading, *clause.lead))[0]
    found = _own_share(found, clause.share)
    if not found and clause.reading is r and clause.kind is None:
        found = _agents(r, chain, mention)
    subject = _document_subject(clause, (opener, found[-1].end) if found and opener else None)
    parties = tuple(f.party for f in found)
    unknown = [unknown_party(clause.reading, f) for f in found if f.unknown]
    return Agreement(kind, status, parties, subject, True, tuple(cited)), unknown


def _own_share(found: list[Found], share: tuple[int, int] | None) -> list[Found]:
    """ "مذكرتي تفاهم بين المديرية … وكل من المكتب السنغالي … والشرطة القضائية بغينيا بيساو":
    as many parties after "كل من" as documents, one to each."""
    each = [f for f in found if f.each]
    if share is None or share[1] < 2 or not each:
        return found
    shared = [f for f in found if not f.each]
    # Parties read short of the count cannot be shared out: none is given rather than a wrong one.
    return [*shared, each[share[0]]] if len(each) == share[1] else shared


def _document_parties(clause: Clause) -> tuple[list[Found], int | None]:
    """The first party list of the clause that names a party, and where its opener stands."""
    r = clause.reading
    for m in cue("agreements", "party_open").finditer(r.folded, clause.start, clause.end):
        found = party_list(r, m.end(), clause.end)
        if found:
            return found, m.start()
    ordinal = WORD.match(r.folded, clause.start) if clause.ordinal else None
    if ordinal is not None:
        # "تجمع الأولى المديرية العامة للأمن الوطني ووزارة الداخلية البيروفية": the parties
        # right after the ordinal, the verb that joins them before it. Only a list of two
        # or more: "تربط الثانية المديرية العامة بالشرطة …" joins its two with "ب".
        found = party_list(r, skip_space(r.folded, ordinal.end()), clause.end)
        return (found, None) if len(found) >= 2 else ([], None)
    return [], None


def _agents(r: Reading, chain: list[Cue], mention: Mention) -> list[Found]:
    """The parties named as the subject of the verb: "وقعت المديرية … وشرطة أبو ظبي مذكرة"."""
    for c in chain:
        if c.role in ("sign", "agree", "present", "future"):
            found = party_list(r, skip_space(r.folded, c.end), mention.start)
            if found:
                return found
    return []


def _document_subject(clause: Clause, parties: tuple[int, int] | None) -> Label | None:
    """The purpose clause of a document: the one right after its party list if there is one
    ("بين … و …، تهم تبادل الضباط"), else the first one after the document word."""
    r = clause.reading
    if parties is not None:
        after = _subject_start(r, parties[1], clause.end)
        if after is not None and word_count(r.folded[parties[1] : after]) == 0:
            return purpose(r, after, clause.end)
    start = _after_ordinal(r, clause) if clause.ordinal else None
    start = start if start is not None else _subject_start(r, clause.start, clause.end)
    if start is None:
        return None
    end = parties[0] if parties is not None and parties[0] > start else clause.end
    return purpose(r, start, end)


def _after_ordinal(r: Reading, clause: Clause) -> int | None:
    """ "الأولى بالتكوين الشرطي": the subject right after the ordinal, if it opens there."""
    ordinal = WORD.match(r.folded, clause.start)
    if ordinal is None:
        return None
    at = skip_space(r.folded, ordinal.end())
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
    first = skip_space(r.folded, start)
    next_lead = cue("agreements", "subject_lead_after").match(r.folded, first)
    if next_lead is not None and _led(r, start):
        return skip_space(r.folded, next_lead.end())
    adjective = cue("agreements", "document_adjectives", False).match(r.folded, first)
    after = skip_space(r.folded, adjective.end()) if adjective else first
    if r.folded.startswith(tuple(forms("agreements", "subject_proclitics")), after):
        return after
    found = []
    opener = cue("agreements", "subject_open").search(r.folded, start, end)
    if opener is not None:
        found.append((opener.start(), opener.start()))
    lead = cue("agreements", "subject_lead").search(r.folded, start, end)
    if lead is not None:
        found.append((lead.start(), skip_space(r.folded, lead.end())))
    return min(found)[1] if found else None


# ---------------------------------------------------------------- commitments


def _read_commitment(state: _Article, r: Reading, cues: list[Cue], agree: Cue) -> None:
    """ "تم الاتفاق على إحداث لجنة مشتركة": a commitment with no document, if it is one."""
    start = _object_start(r, cues, agree)
    if start is None:
        return
    chain = cue_chain(r, cues, agree.start)
    # "تقرر" is a decision made ("تقرر إحداث خلية") as well as a plan ("تقرر توقيع …").
    planned = any(c.role == "future" and c.start != agree.start for c in chain)
    if negation_of(r, [*chain, agree]) is not None or planned:
        return
    object_cues = [c for c in cues if c.start >= start and not r.folded[start : c.start].strip()]
    studied = any(c.role in ("study", "discuss") for c in object_cues)
    stop = subject_end(r, start, _clause_end(r, start))
    if cue("agreements", "studying_it").search(r.folded, start, stop):
        return  # "اتفق الطرفان على مواصلة دراسته": the draft just named, still studied
    if _document_within(state, r, start, stop):
        return
    opener = cue("agreements", "party_open").search(r.folded, agree.end, start)
    found = party_list(r, opener.end() if opener else skip_space(r.folded, agree.end), start)
    within = cue("agreements", "party_between").search(r.folded, start, stop)
    if not found and within is not None:
        # "الاتفاق على إنشاء نقطة اتصال بين الإدارة الجهوية … وولاية أمن الداخلة": the bodies
        # the commitment binds, named in its subject.
        found = party_list(r, within.end(), stop)
    cited = (r.folded_evidence(agree.start, stop),)
    status = "discussed" if studied else "agreed"
    parties = tuple(f.party for f in found)
    subject = subject_of(r, start, stop)
    state.found.append(Agreement("agreement", status, parties, subject, False, cited))
    state.unknown += [unknown_party(r, f) for f in found if f.unknown]


def _document_within(state: _Article, r: Reading, start: int, stop: int) -> bool:
    """ "اتفق المسؤولان على تكليف فريق من الخبراء بإعداد مشروع مذكرة تفاهم": a document of
    the visit read in the commitment's object is what was agreed; it says how far it got."""
    span = r.folded_evidence(start, stop)
    return any(
        a.document and e.sentence == span.sentence and span.start <= e.start < span.end
        for a in state.found
        for e in a.evidence
    )


def _read_possibility(state: _Article, r: Reading, cues: list[Cue], discuss: Cue) -> None:
    """ "وبحث الطرفان إمكانية إلحاق ضابط اتصال …": a commitment whose possibility was
    discussed, with no document: discussed."""
    found = cue("agreements", "possibility").search(
        r.folded, discuss.end, _clause_end(r, discuss.end)
    )
    if found is None or word_count(r.folded[discuss.end : found.start()]) > agreement_setting(
        "object_reach"
    ):
        return
    start = skip_space(r.folded, found.end())
    if not cue("agreements", "commitment_nouns").match(r.folded, start):
        return
    if negation_of(r, [*cue_chain(r, cues, discuss.start), discuss]) is not None:
        return
    stop = subject_end(r, start, _clause_end(r, start))
    cited = (r.folded_evidence(discuss.start, stop),)
    subject = subject_of(r, start, stop)
    state.found.append(Agreement("agreement", "discussed", (), subject, False, cited))


def _object_start(r: Reading, cues: Sequence[Cue], agree: Cue) -> int | None:
    """Where the object of an agree word starts: after its "على", within reach, same clause;
    none for a word of adopting, which governs a document only."""
    if cue("agreements", "adopt").fullmatch(r.folded[agree.start : agree.end]):
        return None
    if r.folded[agree.start : agree.end].endswith(fold_form("على")):
        return skip_space(r.folded, agree.end)
    after = skip_space(r.folded, agree.end)
    if cue("agreements", "commitment_nouns").match(r.folded, after):
        return after
    if cue("agreements", "decisions").fullmatch(r.folded[agree.start : agree.end]):
        return None
    found = cue("agreements", "object_open").search(r.folded, agree.end)
    if found is None:
        return None
    far = word_count(r.folded[agree.end : found.start()]) > agreement_setting("object_reach")
    if far and not parties_fill(r, agree.end, found.start()):
        return None
    if any(c.role == BREAK and agree.end <= c.start < found.start() for c in cues):
        return None
    return skip_space(r.folded, found.end())
