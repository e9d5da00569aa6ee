"""The cue words of agreements read in a sentence: document mentions with their count, and the
chain of predicates that governs each (status, modality, polarity, earlier agreements).

Every word list is in data/agreements.yaml; offsets are in the folded sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from briefer.arabic.dates import weekday_forms
from briefer.arabic.lexicon import alternation, cue, fold_form, forms, phrase_pattern
from briefer.arabic.numbers import find_numbers
from briefer.extract.reading import Reading, skip_space
from briefer.extract.tense import planned_before
from briefer.resources import data_table as table

STATUSES = ("signed", "to_be_signed", "agreed", "discussed", "none")
COUNTS = {"one": 1, "two": 2, "many": 0}
ROLES = (
    "sign",
    "agree",
    "discuss",
    "study",
    "consult",
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
PUNCTUATION = re.compile(r"[؛;:!?؟]|\.(?!\w)|(?<!\w)\.")
"""Where a clause ends; a full stop inside a word ("برلمان.كوم") ends none."""
COMMA = re.compile(r"[،,]")
CROWN_REACH = 4
"""Words after "توجت" its "ب" complement may stand ("وتوجت هذه المباحثات بتوقيع")."""


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


# ---------------------------------------------------------------- cues and mentions


@cache
def agreement_setting(key: str) -> int:
    return int(table("agreements")[key])


def read_cues(r: Reading) -> list[Cue]:
    """The predicate words and clause breaks of a sentence, the longest where they overlap."""
    text = r.folded
    found = [
        Cue(role, m.start(), m.end())
        for role in (*ROLES, REFER)
        for m in cue("agreements", f"predicate.{role}").finditer(text)
    ]
    # "وشهد الجانبان تبادل مذكرة تفاهم": copies exchanged are signed; only right before one.
    found += [
        Cue("sign", m.start(), m.end())
        for m in cue("agreements", "exchanged").finditer(text)
        if document_words().match(text, skip_space(text, m.end()))
    ]
    found += [
        Cue(BREAK, m.start(), m.end()) for m in cue("agreements", "clause_breaks").finditer(text)
    ]
    found += [Cue(BREAK, m.start(), m.end()) for m in PUNCTUATION.finditer(text)]
    masked = [m.span() for m in cue("agreements", "not_negation").finditer(text)]
    masked += [m.span() for m in cue("agreements", "scope_periods", False).finditer(text)]
    masked += [m.span() for m in _attribution().finditer(text)]
    found = [_crowning(r, c) for c in found if not overlapping((c.start, c.end), masked)]
    out: list[Cue] = []
    for c in sorted(found, key=lambda x: (x.start, -(x.end - x.start))):
        if not out or c.start >= out[-1].end:
            out.append(c)
    return out


def _crowning(r: Reading, c: Cue) -> Cue:
    """ "وتوجت هذه المباحثات بتوقيع …" signs; "توجت بالإعلان عن الانتهاء من صياغة …" tells
    an outcome: a crowning is a signing only when the first word with "ب" after it, what it
    is crowned with, is a signing or a document word."""
    if c.role != "sign":
        return c
    if cue("agreements", "predicate.crowned").fullmatch(r.folded[c.start : c.end]) is None:
        return c
    words = list(WORD.finditer(r.folded, c.end))[:CROWN_REACH]
    complement = next((w for w in words if w.group().startswith("ب")), None)
    if complement is None:
        return c
    at = complement.start()  # the patterns take the "ب" as a proclitic
    signing = cue("agreements", "predicate.sign").match(r.folded, at)
    if signing is not None or document_words().match(r.folded, at):
        return c
    return Cue("outcome", c.start, c.end)


def overlapping(span: tuple[int, int], others: Sequence[tuple[int, int]]) -> bool:
    return any(a < span[1] and span[0] < b for a, b in others)


def read_mentions(r: Reading, cues: Sequence[Cue]) -> list[Mention]:
    """The document words of a sentence, outside any agree phrase ("تم الاتفاق على")."""
    blocked = [(c.start, c.end) for c in cues if c.role == "agree"]
    data = table("agreements")
    groups = [(str(k), g) for k, g in data["kinds"].items()] + [(COLLECTIVE, data["collective"])]
    out = []
    for kind, group in groups:
        for count_name, spellings in group.items():
            pattern = phrase_pattern(tuple(str(s) for s in spellings))
            for m in pattern.finditer(r.folded):
                if kind == COLLECTIVE and _content_documents(r.folded, m.end()):
                    continue
                if not overlapping(m.span(), blocked):
                    count = COUNTS[count_name] or _stated_count(r, m.start())
                    out.append(_mention(r, kind, count, m))
    for kind, spellings in data["restate_only"].items():
        for m in phrase_pattern(tuple(str(s) for s in spellings)).finditer(r.folded):
            out.append(Mention(str(kind), 1, m.start(), m.end(), True, True))
    return _longest(out)


def _content_documents(text: str, end: int) -> bool:
    """ "وثائق الهوية والسفر": a collective word before a definite noun names what documents
    hold, not agreements; "وثيقة التعاون" (collective_definite) is one."""
    after = re.match(r"\s+(\w+)", text[end:])
    if after is None or not after.group(1).startswith("ال"):
        return False
    kept = {fold_form(str(w)) for w in table("agreements")["collective_definite"]}
    return fold_form(after.group(1)) not in kept


def _mention(r: Reading, kind: str, count: int, m: re.Match[str]) -> Mention:
    before = r.folded[max(0, m.start() - 8) : m.start()]
    after = r.folded[m.end() : m.end() + 12]
    anaphora = cue("agreements", "anaphora")
    anaphoric = bool(anaphora.search(before)) or bool(anaphora.match(after.lstrip()))
    definite = any(w.startswith(("ال", "لل", "بال")) for w in m.group().split())
    return Mention(kind, count, m.start(), m.end(), definite or anaphoric, anaphoric)


@cache
def document_words() -> re.Pattern[str]:
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


def word_count(text: str) -> int:
    return len(WORD.findall(text))


# ---------------------------------------------------------------- status


def cue_chain(r: Reading, cues: Sequence[Cue], at: int) -> list[Cue]:
    """The predicate that governs the words at `at`, outermost first.

    The nearest cue before them in their clause, then each cue that closely precedes the last
    one taken: "اتفق الجانبان على دراسة إمكانية توقيع اتفاقية" gives agree, study, sign.
    """
    chain: list[Cue] = []
    limit = at
    for c in reversed([c for c in cues if c.end <= at]):
        if c.role == BREAK:
            break
        gap = word_count(_without_asides(r.folded[c.end : limit]))
        if gap > agreement_setting("link_gap" if chain else "reach"):
            break
        chain.insert(0, c)
        limit = c.start
    return chain


def status_of(r: Reading, cues: Sequence[Cue], mention: Mention, chain: list[Cue]) -> str | None:
    """The status the predicate gives a new document, None when it gives none.

    A negation right before a signing word makes it "none"; one before another status word
    ("لم يتم بحث") leaves nothing to read; one before any other verb ("لم يخف الطرفان
    ارتياحهما لتوقيع") does not touch the chain. A mention after "أي" is "none" or nothing.
    """
    governed = negation_of(r, chain)
    if governed == "sign":
        # "لم تعرف الزيارة توقيع اتفاقية التوأمة، إذ تقرر أن يتم التوقيع عليها خلال زيارة
        # مرتقبة": not signed yet, set for later.
        return "to_be_signed" if _signed_later(r, cues, mention.end) else "none"
    if governed not in (None, "other"):
        return None
    # "ولم تكشف الصحيفة عن أي تفاصيل بشأن توقيع اتفاقيات": nothing was told, either way.
    if _unreported(r, cues, chain[0].start if chain else mention.start):
        return None
    if cue("agreements", "any").search(word_before(r, mention.start)):
        # "ولم تعرف مشاركة الوفد … التوقيع على أي اتفاقية": "أي" after a signing word, a
        # negation further back in the clause.
        signing = any(c.role in ("sign", "present") for c in chain)
        start = chain[0].start if chain else mention.start
        return "none" if signing and _negated_clause(r, cues, start) else None
    roles = [c.role for c in chain if c.role != "negation"] or [
        c.role for c in _after(r, cues, mention.end)
    ]
    initialled = _initialled(r, cues, mention, chain)
    if not roles and _signing_told_after(r, cues, mention.end):
        # "استعرضا مذكرة تفاهم بين الجهازين، على أن يتم التوقيع عليها يوم الخميس".
        return "to_be_signed"
    if "present" in roles and planned_before(r, r.fold_map.origin[mention.start]):
        return "to_be_signed"
    status = _compose(roles, initialled)
    # "اتفقا على استكمال الإجراءات النظامية لمذكرة تفاهم …، تمهيداً لتوقيعها": what was
    # agreed or prepared is to be signed when its signing is told after it.
    undecided = status is None and "agree" in roles and "future" in roles
    # "تناولت المحادثات مشروع اتفاق …، من المرتقب أن يتم التوقيع عليه": so is a draft, and
    # one in preparation ("تنكب اللجنة على إعداد مشروع بروتوكول …، يرتقب التوقيع عليه").
    draft = status == "discussed" and "draft" in roles and set(roles) <= {"draft", "prepare"}
    # "توجت بالإعلان عن الانتهاء من صياغة النص النهائي لمذكرة …، على أن يوقعها الطرفان …":
    # a text prepared, its signing told after it.
    draft = draft or (status is None and [x for x in roles if x != "outcome"] == ["prepare"])
    # "إحالة مشروع مذكرة … قصد دراسته … في أفق التوقيع عليه": a draft still to be studied is
    # discussed, whatever signing it looks to.
    if status in ("agreed", "discussed") and "draft" in roles and _studied_later(r, mention.end):
        return "discussed"
    # "وقع بالأحرف الأولى على مذكرة …، على أن يتم توقيعها بشكل رسمي": initialled, agreed.
    later = not initialled and _signed_later(r, cues, mention.end)
    if (status == "agreed" or undecided or draft) and later:
        return "to_be_signed"
    if status == "signed" and _put_off(r, mention.end):
        return "to_be_signed"
    return status


def _put_off(r: Reading, at: int) -> bool:
    """ "التوقيع على البروتوكول …، الذي كان مرتقبا خلال هذا اللقاء، قد تأجل إلى مطلع السنة
    المقبلة": a signing told as put off, later in its clause, is still to come. The clause
    runs past commas (the relative clause between them) but stops at a clause word: in "وقع
    الطرفان مذكرة تفاهم، فيما تأجل توقيع الاتفاقية" the memorandum was signed."""
    return cue("agreements", "put_off").search(r.folded, at, _next_break(r, at)) is not None


def _next_break(r: Reading, at: int) -> int:
    """Where the next clause word after offset at stands, or the sentence's end."""
    brk = cue("agreements", "clause_breaks").search(r.folded, at)
    return brk.start() if brk else len(r.folded)


def _negated_clause(r: Reading, cues: Sequence[Cue], at: int) -> bool:
    """A negation stands before offset at in its clause, and negates no report: "لم يعلن عن
    توقيع أي اتفاقية" says nothing was announced, not that nothing was signed."""
    c = next(_clause_negations(cues, at), None)
    if c is None:
        return False
    # "ونفى مصدر أن يكون الطرفان قد وقعا أي اتفاقية": a source's denial is a report.
    word = r.folded[c.start : c.end].split()[-1]
    if word in folded_set("reporting") or word[1:] in folded_set("reporting"):
        return False
    return not _negates_report(r, c)


def _unreported(r: Reading, cues: Sequence[Cue], at: int) -> bool:
    """A negated report ("لم تكشف الصحيفة عن …") stands before offset at in its clause."""
    return any(_negates_report(r, c) for c in _clause_negations(cues, at))


def _clause_negations(cues: Sequence[Cue], at: int) -> Iterator[Cue]:
    """The negations before offset at in its clause, nearest first."""
    for c in reversed([c for c in cues if c.end <= at]):
        if c.role == BREAK:
            return
        if c.role == "negation":
            yield c


def _negates_report(r: Reading, negation: Cue) -> bool:
    """ "لم تكشف الصحيفة عن …", "دون أن يكشف البيانان عما إذا …": the negation's verb, past
    "أن", is a report."""
    aux = folded_set("auxiliaries")
    following = [w for w in WORD.findall(r.folded[negation.end :])[:3] if w not in aux][:1]
    return bool(following) and following[0] in folded_set("reporting")


def _compose(roles: list[str], initialled: bool) -> str | None:
    """The status of a chain of roles, outermost first (the table in data/agreements.yaml)."""
    # "كما تقرر أن يوقع الجانبان … مذكرة تفاهم": a present-tense signing decided is planned.
    decided = "agree" in roles and "present" in roles[roles.index("agree") :]
    roles = ["sign" if role == "present" and decided else role for role in roles]
    roles = [r for r in roles if r not in ("present", "outcome", "initialled")]
    consult = roles.index("consult") if "consult" in roles else None
    if consult is not None and "future" in roles[consult:]:
        roles = [r for r in roles if r != "consult"]  # consultations aimed at a signing
    talks = [i for i, role in enumerate(roles) if role in ("study", "discuss", "consult")]
    if "draft" in roles and "sign" not in roles and "agree" not in roles:
        talks.append(roles.index("draft"))
    if talks:
        # "سيتم بحث مشروع اتفاقية": talks to come are no status yet; "اتفقا على أن تتولى لجنة
        # دراسة مشروع مذكرة": talks agreed on are a document under discussion.
        ahead = roles[: talks[0]]
        return None if "future" in ahead and "agree" not in ahead else "discussed"
    if "future" in roles:
        undecided = {"agree", "prepare"} & set(roles) and "sign" not in roles
        return None if undecided else "to_be_signed"
    if "sign" in roles:
        # "توجت بالاتفاق على توقيع اتفاقية": what was agreed is the signing the chain ends on.
        if "agree" in roles[: len(roles) - 1 - roles[::-1].index("sign")]:
            return "to_be_signed"
        return "agreed" if initialled else "signed"
    if "agree" in roles:
        return "agreed"
    return "discussed" if "draft" in roles else None


def negation_of(r: Reading, chain: list[Cue]) -> str | None:
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
    between = _without_asides(re.sub(r"[،,][^،,]*[،,]", " ", r.folded[start:end]))
    auxiliaries = {fold_form(w) for w in forms("agreements", "auxiliaries")}
    return all(w in auxiliaries for w in WORD.findall(between))


def _without_asides(text: str) -> str:
    """The folded text without the time phrases of data/agreements.yaml (asides), the
    attributions, time limits and days between commas ("، حسب المصادر ذاتها،", "، في غضون
    ثلاثة أشهر،", "، بعد غد الأربعاء،")."""
    text = cue("agreements", "asides").sub(" ", text)
    text = _period_aside().sub(" ", _attribution().sub(" ", text))
    return _day_aside().sub(" ", text)


@cache
def _day_aside() -> re.Pattern[str]:
    """ "، بعد غد الأربعاء،", "، يوم الخميس المقبل،": a day between two commas."""
    calendar = table("calendar")
    days = [str(f) for forms_ in calendar["relative_days"].values() for f in forms_]
    days += [*weekday_forms(), *(str(w) for w in calendar["day_words"])]
    days += [str(w) for w in (*calendar["weekday_past"], *calendar["weekday_next"])]
    return re.compile(rf"[،,]\s*(?:(?:{alternation(days)})\s*){{1,4}}[،,]")


def _period_aside() -> re.Pattern[str]:
    """ "، في غضون ثلاثة أشهر،", "، قبل نهاية السنة الجارية،": a time limit between two commas."""
    return _between_commas("period_asides")


def _attribution() -> re.Pattern[str]:
    """ "، حسب المصادر ذاتها،": an attribution between two commas, the commas included."""
    return _between_commas("attributions")


@cache
def _between_commas(key: str) -> re.Pattern[str]:
    """A phrase opened by one of the words of agreements.yaml key, between two commas."""
    words = alternation(forms("agreements", key))
    return re.compile(rf"[،,]\s*(?:{words})(?!\w)[^،,.؛]{{1,40}}[،,]")


def word_before(r: Reading, at: int) -> str:
    words = WORD.findall(r.folded[:at])
    return words[-1] if words else ""


def _after(r: Reading, cues: Sequence[Cue], at: int) -> list[Cue]:
    """Predicate words right after a document word: "اتفاقية تم توقيعها", "اتفاقية مرتقبة"."""
    out: list[Cue] = []
    limit = at
    for c in (c for c in cues if c.start >= at):
        if c.role in (BREAK, REFER) or word_count(r.folded[limit : c.start]) > 1:
            break
        out.append(c)
        limit = c.end
    return out


def _initialled(r: Reading, cues: Sequence[Cue], mention: Mention, chain: list[Cue]) -> bool:
    """ "وقع بالأحرف الأولى": the text is agreed, not yet signed; near the document, or right
    after the signing word that governs it ("وقعا بالأحرف الأولى، في ختام جلسة العمل …، على
    نص مذكرة")."""
    near = [c for c in cues if c.role == "initialled"]
    signed = [c for c in chain if c.role == "sign"]
    return any(
        word_count(r.folded[min(c.end, mention.end) : max(c.start, mention.start)]) <= 6
        or any(s.end <= c.start and word_count(r.folded[s.end : c.start]) == 0 for s in signed)
        for c in near
    )


def _signed_later(r: Reading, cues: Sequence[Cue], at: int) -> bool:
    """ "… على أن يتم توقيعها خلال الأشهر المقبلة": the agreed document is to be signed."""
    for m in cue("agreements", "signing_it").finditer(r.folded, at):
        chain = cue_chain(r, cues, m.start())
        # "على أن يتم توقيعها", "إذ تقرر أن يتم التوقيع عليها": planned or decided.
        planned = any(c.role in ("future", "agree") for c in chain)
        if negation_of(r, chain) is None and planned:
            return True
    return False


def _signing_told_after(r: Reading, cues: Sequence[Cue], at: int) -> bool:
    """A document no predicate governs, whose planned signing its clause tells after it, no
    other document named between."""
    told = cue("agreements", "signing_it").search(r.folded, at, _next_break(r, at))
    if told is None or document_words().search(r.folded, at, told.start()) is not None:
        return False
    return _signed_later(r, cues, told.start())


def _studied_later(r: Reading, at: int) -> bool:
    """ "اتفقا على إعداد مشروع اتفاقية، على أن يحال على الخبراء لدراسته": a draft still to be
    studied is under discussion, not agreed."""
    return cue("agreements", "studying_it").search(r.folded, at) is not None


@cache
def folded_set(key: str) -> frozenset[str]:
    return frozenset(fold_form(w) for w in forms("agreements", key))
