"""Posts: a role with its modifier, organisations, demonym and country, found in a sentence
(the titles composed from them are in post_labels)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import takewhile

from briefer.arabic.lexicon import alternation, cue, fold_form, forms
from briefer.extract.reading import Reading, skip_space, written
from briefer.extract.reference import organisation_stops
from briefer.extract.titles import UNKNOWN, organisation_words, renderable, unknown_organisation
from briefer.glossary.entries import Entry, Match
from briefer.resources import data_table as table
from briefer.resources import home_country

HOME = home_country()
PUNCTUATION = re.compile(r"[.،,؛;:()؟?!\"]")


@dataclass(frozen=True)
class Post:
    """A role, its modifier ("نائب"), the organisations it belongs to and their demonym."""

    role: Entry
    modifier: str | None
    organisations: tuple[Entry, ...]
    demonym: Entry | None
    demonym_ar: str
    """The demonym as written: its ending tells what it agrees with."""
    start: int
    end: int
    next_match: int
    """Index of the first match after the post."""
    located: str | None = None
    """The country named after the post: "… بجمهورية السنغال", "سفيرة المملكة المغربية"."""
    international: bool = False
    """The post belongs to an international body: it serves no one country."""
    conjoined: bool = False
    """The post follows "و": "… و رئيس الشرطة الفيدرالية", another person's post."""
    shared: bool = False
    """One of the posts a plural or a dual names ("وزيري الداخلية الأوزبكي والبيلاروسي"): its
    holder is only named "respectively"."""

    @property
    def home(self) -> bool:
        """The post is Moroccan: the principal's own side, not a counterpart."""
        return self.country == HOME

    @property
    def key(self) -> str:
        """What identifies the post across sentences."""
        orgs = ",".join(e.id for e in self.organisations)
        return f"{self.role.id}|{self.modifier or ''}|{orgs}|{self.country or ''}"

    @property
    def country(self) -> str | None:
        """The demonym's country, else the country named after the post, else the first
        organisation's that has one, else the role's (None for INTERPOL, the UN)."""
        if self.demonym is not None:
            return self.demonym.country
        if self.located is not None:
            return self.located
        if self.international:
            return None
        known = [o.country for o in self.organisations if o.country]
        return known[0] if known else self.role.country

    @property
    def unverified(self) -> bool:
        """An organisation of the post was read, not found in the glossary."""
        return any(is_unknown(o) for o in self.organisations)

    @property
    def shown(self) -> tuple[Entry, ...]:
        """The organisations a title can name in English and French, innermost first: an
        unknown one whose words have no literal rendering stays out of the title (its Arabic
        is kept), and so do the bodies it belongs to, lest the title name the parent alone
        ("Head of the Irish Police" for the head of one of its bureaus)."""
        return tuple(takewhile(renderable, self.organisations))


def read_posts(r: Reading) -> list[Post]:
    """Each role of the sentence with the organisations, demonym and country attached to it:
    "رئيس جهاز أمن الدولة القطري", "المدير العام للشرطة الوطنية بجمهورية السنغال"."""
    ms = r.matches
    posts = []
    for i, m in enumerate(ms):
        if m.entry.kind != "role" or _is_rank(r, m) or _in_construct(r, m):
            continue
        modifier, start = _modifier(r, m)
        orgs: list[Entry] = []
        end, j = _portfolios(r, m, ms[i + 1].start if i + 1 < len(ms) else None), i + 1
        while j < len(ms) and ms[j].entry.kind == "organisation" and _joins(r, end, ms[j].start):
            orgs.append(ms[j].entry)
            end, j = ms[j].end, j + 1
            end, j = _skip_restatement(r, ms, j, end, ms[j - 1].entry)
        if not orgs:
            # Glossary terms ("الأوروبي") may stand inside an organisation's name.
            k = j
            while k < len(ms) and ms[k].entry.kind == "term":
                k += 1
            closed = k < len(ms) and ms[k].entry.kind == "demonym"
            unknown = read_organisation(
                r, end, ms[k].start if k < len(ms) else len(r.sentence.text), closed
            )
            if unknown is not None:
                orgs.append(unknown[0])
                end = unknown[1]
                parent = _parent_body(r, end, ms[k].start if k < len(ms) else None)
                if parent is not None:
                    orgs.append(parent[0])
                    end = parent[1]
                j = next((n for n in range(j, len(ms)) if ms[n].start >= end), len(ms))
                # "المفوض العام للأجانب والحدود بالشرطة الوطنية الإسبانية": a known body
                # the unknown one belongs to.
                while (
                    j < len(ms)
                    and ms[j].entry.kind == "organisation"
                    and _joins(r, end, ms[j].start, affiliated=True)
                ):
                    orgs.append(ms[j].entry)
                    end, j = ms[j].end, j + 1
        demonym, demonym_ar = None, ""
        located = None
        if j < len(ms) and ms[j].entry.kind == "demonym" and _joins(r, end, ms[j].start):
            demonym, demonym_ar = ms[j].entry, r.sentence.text[ms[j].term_start : ms[j].end]
            end, j = ms[j].end, j + 1
        elif j < len(ms) and ms[j].entry.kind == "demonym" and _in_government(r, end, ms[j].start):
            # The demonym agrees with the government, not with the post: it says the country.
            located, end, j = ms[j].entry.country, ms[j].end, j + 1
        if (
            located is None
            and j < len(ms)
            and ms[j].entry.kind in ("country", "place")
            and _located(r, end, ms[j], bool(orgs))
        ):
            located, end, j = ms[j].entry.country, ms[j].end, j + 1
        international = any(serves_no_country(o) for o in orgs) or _regional(r, end, ms[j:])
        conjoined = m.prefix.startswith("و") or (modifier is not None and _after_and(r, start))
        posts.append(
            Post(
                m.entry,
                modifier,
                tuple(orgs),
                demonym,
                demonym_ar,
                start,
                end,
                j,
                located,
                international,
                conjoined,
            )
        )
    return posts


def _portfolios(r: Reading, m: Match, limit: int | None) -> int:
    """Where a minister's post ends, past the portfolios joined to it ("وزير الداخلية والأمن
    العمومي والإدارة الترابية"): a word with "وال", then words with the article, up to
    punctuation or the next match."""
    if m.entry.id not in {str(role) for role in table("cues")["portfolio_roles"]}:
        return m.end
    text = r.sentence.text[m.end : limit]
    end = m.end
    joined = False
    for w in re.finditer(r"\S+", text):
        bare = fold_form(w.group())
        if bare.startswith("وال") and not PUNCTUATION.search(w.group()[:-1]):
            joined = True
        elif not (joined and bare.startswith("ال") and not PUNCTUATION.search(w.group()[:-1])):
            break
        end = m.end + w.end() - (1 if PUNCTUATION.search(w.group()[-1:]) else 0)
        if PUNCTUATION.search(w.group()[-1:]):
            break
    return end


def _in_construct(r: Reading, m: Match) -> bool:
    """The role is not a post of its own: it qualifies an office, or it is a deputy's."""
    # "النائب الأول لرئيس مجلس الوزراء ووزير الداخلية الشيخ فلان": a deputy's title the
    # holder's next title follows, joined by "و", is his too; the name goes with that one.
    return in_office(r, m) or (_deputy_of(r, m) is not None and _title_follows(r, m))


def in_office(r: Reading, m: Match) -> bool:
    """ "مكتب الوزير", "ومقر الأمين العام": the role qualifies a place or an office."""
    before = r.sentence.text[: m.start].split()
    heads = {fold_form(w) for w in table("cues")["construct_heads"]}
    # "ومكتب المفوض الوطني": a conjunction joins the office to what comes before.
    head = fold_form(before[-1]) if before else ""
    head = head[1:] if head.startswith("و") and head[1:] in heads else head
    if head not in heads:
        return False
    # "مساعد الوزير" is the minister's aide; "مساعد مدير مكتب …", no article, is an
    # assistant director (the modifier of cues.yaml role_modifiers), and so is "مساعد المفتش
    # العام للشرطة والجمارك", whose role its body completes.
    modifiers = {fold_form(w) for w in table("cues")["role_modifiers"]}
    definite = fold_form(r.sentence.text[m.start : m.end]).startswith("ال")
    return (definite and not _completed(r, m)) or head not in modifiers


def _completed(r: Reading, m: Match) -> bool:
    """A body follows the role: its genitive ("للشرطة"), "ب…", or an organisation."""
    after = re.match(r"\s+(\w+)", r.sentence.text[m.end :])
    if after is None:
        return False
    word = fold_form(after.group(1))
    body = any(o.start == m.end + after.start(1) for o in r.of_kind("organisation"))
    return body or (word.startswith(("ل", "ب")) and not word.startswith("ال"))


def _title_follows(r: Reading, m: Match) -> bool:
    later = [n for n in r.matches if n.start >= m.end]
    if not later or later[0].entry.kind != "role" or not later[0].prefix.startswith("و"):
        return False
    return PUNCTUATION.search(r.sentence.text[m.end : later[0].start]) is None


def _deputy_of(r: Reading, m: Match) -> tuple[str, int] | None:
    """ "النائب الأول لوزير الشؤون الداخلية": a role in the genitive after a deputy's title (an
    ordinal between) is the deputy's post: the modifier, and where the post starts."""
    if not m.prefix.startswith("ل"):
        return None
    before = list(re.finditer(r"\S+", r.sentence.text[: m.start]))[-2:]
    ordinals = {fold_form(w) for w in table("cues")["ordinals"]}
    while before and fold_form(before[-1].group()) in ordinals:
        before.pop()
    deputies = {fold_form(w) for w in table("cues")["genitive_heads"]}
    if not before or fold_form(before[-1].group()) not in deputies:
        return None
    head = fold_form(before[-1].group()).removeprefix("ال")
    modifier = next(str(w) for w in table("cues")["role_modifiers"] if fold_form(w) == head)
    return modifier, before[-1].start()


def _after_and(r: Reading, start: int) -> bool:
    """The modifier word carries "و": "ونائب وزير …"."""
    return r.sentence.text[start : start + 2] in ("ون", "وم")


def _located(r: Reading, end: int, m: Match, organisation: bool) -> bool:
    """A country or city right after the post, in the genitive or after "ب": "سفيرة المملكة
    المغربية", "المدير العام للشرطة الوطنية بجمهورية السنغال", "محافظ الشرطة بباريس",
    "القائد العام لشرطة دبي"."""
    gap = fold_form(r.sentence.text[end : m.start]).split()
    states = {fold_form(w) for w in table("cues")["state_words"]}
    # "رئيس لجنة الأمن القومي في كازاخستان": "في" before a country's name.
    if gap[:1] == ["في"] and m.entry.kind == "country":
        gap = gap[1:]
    # "بجمهورية السنغال", "بدولة الكويت", "لجمهورية أوزبكستان": the state's formal word may
    # stand before the name.
    if len(gap) > 1 or (gap and not any(gap[0] == p + s for p in ("", "ب", "ل") for s in states)):
        return False
    return m.entry.kind == "country" or "ب" in m.prefix or organisation or bool(gap)


def _regional(r: Reading, end: int, following: Sequence[Match]) -> bool:
    """ "منظمة الأمن والتعاون | في أوروبا": a region of no one country ends the body's name."""
    if not following or following[0].entry.kind != "place" or following[0].entry.country:
        return False
    return fold_form(r.sentence.text[end : following[0].start]).split() == ["في"]


def serves_no_country(org: Entry) -> bool:
    """An organisation of no one country: INTERPOL, the UN, an unknown "… الدولية"."""
    if not is_unknown(org):
        return org.country is None
    return international_words(fold_form(org.arabic[0]))


def international_words(folded_words: str) -> bool:
    """The words of a body's name say it is international ("الدولية", "مجلس الأمن"), those
    of a national department of international cooperation aside (cues.yaml)."""
    words = cue("cues", "not_international").sub(" ", folded_words)
    return cue("cues", "international").search(words) is not None


def international_body(folded_words: str) -> bool:
    """The words name a body as international: "بالاتحاد الدولي لكرة القدم" (cues.yaml)."""
    return _international_body().search(folded_words) is not None


@cache
def _international_body() -> re.Pattern[str]:
    heads = alternation(forms("cues", "international_heads"))
    adjectives = alternation(forms("cues", "international_adjectives"))
    return re.compile(rf"(?<!\w)(?:{heads})\s+(?:{adjectives})(?!\w)")


def is_unknown(org: Entry) -> bool:
    """An organisation read from the text, which the glossary does not have."""
    return org.id.startswith(UNKNOWN)


def read_organisation(
    r: Reading, at: int, limit: int, closed: bool = False
) -> tuple[Entry, int] | None:
    """The organisation after a role that the glossary lacks: "مدير الأمن العام", "رئيس جهاز
    أمن الدولة", "الوزير الاتحادي للداخلية"; kept in Arabic, rendered literally and marked
    unverified. Its words have the article or the genitive "ل"; it ends before punctuation, a
    stop word, a rank or honorific, a name, or the next glossary match. closed: that match
    is a demonym, which says whose body the words before it name."""
    text = r.sentence.text
    stops = organisation_stops()
    words: list[re.Match[str]] = []
    tokens = list(re.finditer(r"\S+", text[at:limit]))
    for n, w in enumerate(tokens):
        bare = fold_form(w.group())
        alone = bool(PUNCTUATION.search(w.group()[-1:])) or at + w.end() >= limit
        governs = closed and n + 1 < len(tokens) and tokens[n + 1].group().startswith("ال")
        if (
            PUNCTUATION.search(w.group()[:-1])
            or w.group().startswith(NOT_ARTICLE)
            or bare in stops
            or cue("cues", "honorifics").fullmatch(bare)
            or not _organisation_word(bare, first=not words, alone=alone, governs=governs)
        ):
            break
        words.append(w)
        if PUNCTUATION.search(w.group()[-1:]):
            break
    if (
        not words
        or len(words) > MAX_ORGANISATION
        or cue("cues", "honorifics").match(fold_form(words[0].group()))
    ):
        return None
    first, last = at + words[0].start(), at + words[-1].end()
    phrase = text[first:last].rstrip(".،,؛;:")
    # "للأمن الداخلي": the organisation is "الأمن الداخلي", cited without its "ل".
    bare = (
        "ال" + phrase[2:] if phrase.startswith("لل") else phrase[1:] if phrase[0] == "ل" else phrase
    )
    return unknown_organisation(bare), first + len(phrase)


def _organisation_word(bare: str, first: bool, alone: bool, governs: bool = False) -> bool:
    """A word that may belong to an organisation's name: with the article ("الأمن"), a known
    noun ("جهاز", "أمن الدولة"), in the genitive ("للداخلية", "لمكافحة"), or a name in the
    genitive standing alone ("المديرة التنفيذية ليوروبول،"). A first word in the genitive
    that governs a definite noun before a demonym opens a name too (governs): "القائد العام
    لسلاح الكارابينييري الإيطالي", where the demonym says whose body it is; "لهذا الجهاز"
    with none after it is a reference, not a name."""
    if bare.startswith(("ال", "لل")) or _known_word(bare) or (not first and bare.startswith("وال")):
        return True
    genitive = bare.startswith("ل") and len(bare) > 3
    governs = governs and not cue("cues", "remit_nouns", proclitics=False).fullmatch(bare[1:])
    return genitive and (_known_word(bare[1:]) or (first and (alone or governs)))


def _bare_word(word: str) -> str:
    """A word without its "و", "ل" or "لل" in front, article kept: "للحدود" -> "الحدود"."""
    if word.startswith("لل"):
        return "ال" + word[2:]
    if word.startswith(("وال", "ول")) or (word.startswith("ل") and not word.startswith("ال")):
        return word[1:]
    return word


def _known_word(bare: str) -> bool:
    """The first word of a noun of data/titles.yaml, with or without its article."""
    return bare.removeprefix("ال") in _first_words()


@cache
def _first_words() -> frozenset[str]:
    words = organisation_words()
    return frozenset(k.split()[0].removeprefix("ال") for part in words.values() for k in part)


# "المكتب الوطني لمكافحة المخدرات والجريمة المنظمة": six words; a longer run is a clause.
MAX_ORGANISATION = 6
# The article is written without hamza: "ألكسندر", "إلياس", "آل ثاني" begin a name.
NOT_ARTICLE = ("أل", "إل", "آل")


def _is_rank(r: Reading, m: Match) -> bool:
    """ "اللواء ركن طيار" before a name is a rank, not the post the person holds."""
    honorifics = cue("cues", "honorifics")
    ranks = written(r.sentence.text, m).split()
    return all(honorifics.fullmatch(fold_form(w)) for w in ranks)


def _modifier(r: Reading, m: Match) -> tuple[str | None, int]:
    """ "نائب وزير …": the modifier word just before the role, and where the post starts."""
    deputy = _deputy_of(r, m)
    if deputy is not None:
        return deputy
    return modifier_before(r.sentence.text, m.start)


def modifier_before(text: str, at: int) -> tuple[str | None, int]:
    """The modifier word of cues.yaml role_modifiers ending right before offset at ("نائب"
    in "نائب وزير", "ونائب رئيسها"), and where it starts; at itself when there is none."""
    before = text[:at]
    word = before.split()[-1] if before.split() else ""
    bare = fold_form(word)
    bare = bare[1:] if bare.startswith("و") and len(bare) > 3 else bare
    for modifier in table("cues")["role_modifiers"]:
        if bare == fold_form(modifier):
            return str(modifier), len(before.rstrip()) - len(word)
    return None, at


def _parent_body(r: Reading, end: int, known: int | None) -> tuple[Entry, int] | None:
    """ "المكتب الوطني لمكافحة المخدرات التابع للشرطة الإيرلندية": the body the glossary lacks
    that a unit belongs to, after "التابع(ة)"; known: where the next glossary match starts."""
    after = re.match(r"\s+(\S+)\s+", r.sentence.text[end:])
    affiliation = {fold_form(w) for w in table("agreements")["affiliation"]}
    if after is None or fold_form(after.group(1)) not in affiliation:
        return None
    at = end + after.end()
    if known is not None and known <= at:
        return None  # a body the glossary knows: joined as such
    return read_organisation(r, at, known if known is not None else len(r.sentence.text))


def _joins(r: Reading, start: int, end: int, affiliated: bool = False) -> bool:
    """Only spaces, filler words ("جهاز") or an opening quote ("وكالة "فرونتكس"") lie between
    two parts of a post; affiliated: also "التابع(ة)" before the body a unit belongs to."""
    gap = r.sentence.text[start:end].replace('"', " ")
    if PUNCTUATION.search(gap):
        return False
    fillers = {fold_form(f) for f in table("cues")["org_fillers"]}
    if affiliated:
        fillers |= {fold_form(f) for f in table("agreements")["affiliation"]}
    return all(fold_form(w) in fillers for w in gap.split())


def _in_government(r: Reading, start: int, end: int) -> bool:
    """Only a government's name lies between a post and its demonym: "وزير الداخلية المكلف
    بحكومة الوحدة الوطنية | الليبية", "في الحكومة المؤقتة | البنغالية" (cues governments)."""
    gap = r.sentence.text[start:end]
    if PUNCTUATION.search(gap):
        return False
    words = [fold_form(w) for w in gap.split()]
    spec = table("cues")["governments"]
    if words and words[0] in {fold_form(w) for w in spec["charged"]}:
        words = words[1:]
    if len(words) > 1 and words[0] in {fold_form(w) for w in spec["prepositions"]}:
        words = words[1:]
    heads = {p + fold_form(w) for w in spec["heads"] for p in ("", "ب")}
    rest = words[1:]
    return (
        bool(words)
        and words[0] in heads
        and len(rest) <= spec["reach"]
        and all(w.startswith("ال") for w in rest)
    )


def _skip_restatement(
    r: Reading, ms: Sequence[Match], j: int, end: int, entry: Entry
) -> tuple[int, int]:
    """Skip the same organisation restated in quotes or brackets: "… الجنائية "الإنتربول"."""
    if j < len(ms) and ms[j].entry.id == entry.id:
        gap = r.sentence.text[end : ms[j].start]
        if not gap.strip(' "()'):
            close = r.sentence.text[ms[j].end : ms[j].end + 1]
            return ms[j].end + (1 if close in '")' else 0), j + 1
    return end, j


def place_after(r: Reading, post: Post) -> Match | None:
    """The place right after a post that is of somewhere (data/titles.yaml complement: a
    mayor, a governor): "عمدة أمستردام"."""
    spec = table("titles")["roles"].get(post.role.id) or {}
    if not spec.get("complement"):
        return None
    at = skip_space(r.sentence.text, post.end)
    return next((m for m in r.of_kind("place") if m.start == at and not m.prefix), None)
