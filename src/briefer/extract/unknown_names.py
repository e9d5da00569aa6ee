"""Names the glossary lacks: where one starts and ends in running text (two to four
name-like words; the particles "بن", "آل", "ولد" do not count), past honorifics and ranks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from briefer.arabic.dates import weekday_forms
from briefer.arabic.frequency import zipf
from briefer.arabic.lexicon import cue, fold_form, folded
from briefer.arabic.romanize import romanize
from briefer.extract.facts import Label, UnknownName
from briefer.extract.name_shape import (
    TANWEEN,
    accusative_noun,
    construct_heads,
    foreign_waw,
    given_name,
    imperfect_verb,
    name_particles,
    prose,
    waw_names,
    written_names,
)
from briefer.extract.posts import PUNCTUATION
from briefer.extract.reading import Reading, skip_space
from briefer.extract.topics import topics_in
from briefer.glossary.entries import Entry, Match
from briefer.resources import data_table as table

MIN_NAME, MAX_NAME = 2, 4
"""An unknown name is two to four words: shorter is a common noun, longer a clause."""
PROCLITICS = "بلك"
INITIALS = re.compile(r"(?:[^\W\d_]\.\s*){1,2}(?=\w{2})")
"""One or two initials with their full stops opening a name: "ك. شانموغام"."""
MIDDLE_INITIAL = re.compile(r"(?<=\s[^\W\d_])\.(?=\s*[^\W\d_]{2})")
"""A middle initial's full stop: "صامويل ك. دان"."""
MIN_STEM = 3
"""A stop word behind a proclitic is read as one when it has this many letters or more."""
MAX_WORDS = 10
"""A name's words with its particles: "عبد العزيز بن سعود بن نايف بن عبد العزيز" is nine."""


def _goes_on(written_word: str) -> bool:
    """ "أجرى … وزير الأمن العام وانغ شياو هونغ محادثات مع …", "قائد أركان الدرك الوطني
    يجري مباحثات": after a name the sentence goes on with its object (talks, a meeting), a
    verb or the day; "يقوم … اللواء فلان بزيارة رسمية": what he does."""
    folded_word = fold_form(written_word)
    verb = len(folded_word) >= 3 and imperfect_verb(folded_word)
    return verb or _keep_ta(written_word) in _meeting_words() or folded_word in _weekdays()


def _object_of(word: re.Match[str], rest: str) -> bool:
    """ "قدم له … أرطغرل شاهين شرحا عن …": a common noun in the indefinite accusative, then
    a preposition: the object after the name."""
    after = re.match(r"\s+(\w+)", rest)
    return (
        after is not None
        and cue("cues", "function_words", proclitics=False).fullmatch(fold_form(after.group(1)))
        is not None
        and accusative_noun(fold_form(word.group()))
    )


def _keep_ta(word: str) -> str:
    """The fold of a word with its ta marbuta kept: "جمعة" (Juma, a name) is not "جمعه" (brought
    together), though both fold alike."""
    return fold_form(word[:-1]) + "ة" if word.endswith("ة") else fold_form(word)


@cache
def _weekdays() -> frozenset[str]:
    """ "استقبل … الجنرال عبد الرحمن تياني الثلاثاء في نيامي": the day after a name."""
    return frozenset(w for w in weekday_forms() if " " not in w)


@cache
def _particles() -> frozenset[str]:
    """Particles that do not count towards a name's length: "بن", "آل", and a Western name's
    ("خوان أندريس دي لا مازا")."""
    western = (fold_form(str(w)) for w in table("names")["western_particles"])
    return name_particles() | frozenset(western)


@cache
def _meeting_words() -> frozenset[str]:
    keys = ("activity", "reception", "meeting", "visit")
    words = [str(w) for k in keys for w in table("cues")[k] if " " not in str(w)]
    # "جلسة" may be written "جلسه"; "جمعه" is never written "جمعة".
    return frozenset(_keep_ta(w) for w in words) | frozenset(fold_form(w) for w in words)


def joined_word(folded_word: str) -> bool:
    """A word that starts another phrase: "والمدير" (and the director), "بالوزارة" (at the
    ministry), "للشرطة". "وليد", "ولد" begin with the same letter and are names."""
    return folded_word.startswith(("وال", "بال", "لل"))


@cache
def _not_names() -> frozenset[str]:
    """Words that end a name; "استقبل وزير الداخلية التركي علي يرلي قايا نظيره المغربي":
    "his counterpart" is the object after the name."""
    keys = ("not_names", "counterpart_words")
    return frozenset(fold_form(w) for key in keys for w in table("cues")[key])


def _stop_word(folded_word: str, not_names: frozenset[str]) -> bool:
    """A word that ends a name: a stop word, with the article ("النائب") or behind a
    one-letter preposition ("بهذه", "لذلك", "بحيث"). Short stop words and those with an alif
    are left whole: "بان" is a name, not "ب" + "أن"; "والي" is one, not "و" + "إلى"."""
    if folded_word in not_names:
        return True
    # "النائب الأول لرئيس …": a title word with the article, as "نائب" is without it.
    if folded_word.startswith("ال") and folded_word[2:] in not_names and len(folded_word) > 5:
        return True
    stem = folded_word[1:]
    return (
        folded_word[:1] in PROCLITICS
        and len(stem) >= MIN_STEM
        and not stem.startswith("ا")
        and stem in not_names
    )


@dataclass(frozen=True)
class Name:
    """A person named next to a post: a glossary entry, or Arabic words the glossary lacks."""

    entry: Entry | None
    ar: str
    start: int
    end: int
    organisation: bool = False
    """The words name an organisation the glossary lacks ("لمجلس …" after a role)."""


def name_label(name: Name, country: str | None) -> tuple[Label | None, str, tuple[str, ...]]:
    """A holder's name as the notes print it, the key that joins his mentions, and the fields
    left unverified: the glossary's name, or a Latin form romanized by his country's
    convention (then "name" is unverified)."""
    if name.entry is not None:
        return Label(name.entry.en.full, name.entry.fr.full), name.entry.id, ()
    latin = romanize(name.ar, country).latin
    return (Label(latin, latin) if latin else None), f"name|{name.ar}", ("name",)


@cache
def joined_prepositions() -> frozenset[str]:
    return frozenset(fold_form(str(w)) for w in table("cues")["joined_prepositions"])


def skip_honorifics(text: str, at: int) -> int:
    """Move past spaces and honorifics or ranks ("الدكتور", "اللواء ركن طيار")."""
    honorifics = cue("cues", "honorifics", proclitics=False)
    while True:
        while at < len(text) and text[at] == " ":
            at += 1
        rest = folded(text[at : at + 60])
        # Longest first, so "المراقب العام للشرطة" goes whole before "المراقب العام".
        found = honorifics.match(rest.text)
        if not found or (found.end() < len(rest.text) and rest.text[found.end()].isalnum()):
            return at
        at += rest.origin[found.end() - 1] + 1
        at += _corps(text[at:])


def _corps(rest: str) -> int:
    """How far the corps and bracketed speciality after a rank run: " شرطة (حقوقي)"."""
    found = _corps_pattern().match(rest)
    return found.end() if found else 0


@cache
def _corps_pattern() -> re.Pattern[str]:
    corps = "|".join(re.escape(str(w)) for w in table("cues")["rank_corps"])
    return re.compile(rf"(?:\s+(?:{corps})(?!\w))?(?:\s*\(\w+\))?(?=\s)")


def person_at(r: Reading, at: int) -> Match | None:
    """A glossary person whose term starts at offset at (proclitics allowed)."""
    for m in r.of_kind("person"):
        if m.start <= at < m.end:
            return m
    return None


def _stop(text: str, at: int) -> re.Match[str] | None:
    """The punctuation that ends a name from offset at, past middle initials' full stops."""
    stop = PUNCTUATION.search(text, at)
    while stop is not None and MIDDLE_INITIAL.match(text, stop.start()):
        stop = PUNCTUATION.search(text, stop.end())
    return stop


def unknown_name(
    r: Reading,
    at: int,
    bounded: bool,
    limit: int | None = None,
    vouched: bool = False,
    longest: int | None = None,
) -> Name | None:
    """Two to four name-like words from at, up to punctuation, a glossary term or a stop word.

    bounded: the name must fill its comma-delimited chunk (no honorific vouches for it).
    vouched: an honorific or meeting word stands before it; otherwise a first word with the
    article ("الأكثر خبرة") is a description, not a name.
    """
    text = r.sentence.text
    # "ك. شانموغام": an initial's full stop is the name's.
    initial = INITIALS.match(text, at)
    stop = _stop(text, initial.end() if initial else at)
    end = min(stop.start() if stop else len(text), limit or len(text))
    for m in r.matches:
        # After an honorific too ("السيد سانتياغو أوندو مبا"), unless a city word reads it so.
        named = bounded or (vouched and not getattr(m, "cue", ""))
        if named and (_given_as_city(m, at, end) or _inner_demonym(r, m, at, end)):
            continue
        if _surname_as_demonym(r, m, at, end) or _nisba_surname(r, m, at, end):
            continue
        if at < m.start < end or (m.start <= at < m.end):
            end = min(end, max(m.start, at))
    not_names = _not_names()
    particles = _particles()
    taken: list[re.Match[str]] = []
    for word in re.finditer(r"\w+", text[at:end]):
        if text[at + word.end() : at + word.end() + 1] in TANWEEN:
            break  # "ظفار إيجازًا": an indefinite noun ends the words before it
        folded_word = fold_form(word.group())
        stop_word = _stop_word(folded_word, not_names) and word.group() not in written_names()
        # "السيدة غادة والي،", "، آنا بيلين بالاريس.": after an honorific or filling its
        # chunk, a last word with "وال"/"بال" ends the name.
        surname = (vouched or bounded) and bool(taken) and not text[at + word.end() : end].strip()
        # "…، والتر برينكمان، الذي": a W-name in apposition, not "و" + "ال…" (a word).
        walter = not taken and bounded and foreign_waw(word.group(), text, end)
        joined = joined_word(folded_word) and not surname and not walter
        # "مع وزير الداخلية علي يرلي قايا ودميرطاش": "و" and a name the article gives apart.
        joined = joined or (bool(taken) and _and_another(r, word.group()))
        if stop_word or joined or word.group().isdigit() or folded_word in joined_prepositions():
            break
        if taken and (_goes_on(word.group()) or _object_of(word, text[at + word.end() :])):
            break
        taken.append(word)
    # "خليفة بن حمد بن خليفة آل ثاني": particles do not count towards a name's length, but
    # one that closes the name before punctuation is a surname ("روبسون بن،", Benn).
    closing = bool(taken) and stop is not None and at + taken[-1].end() == stop.start()
    size = sum(fold_form(w.group()) not in particles for w in taken) + (
        closing and fold_form(taken[-1].group()) in particles
    )
    if not MIN_NAME <= size <= (longest or MAX_NAME) or len(taken) > MAX_WORDS:
        return None
    first = fold_form(taken[0].group())
    if _at_a_seat(first):
        return None  # "بديوان عام الوزارة": where, not who
    # "…، لي سانغ مين، الذي أشاد": a chunk in apposition before "الذي" is a name, whatever
    # its words ("لي" is also "to me").
    apposed = bounded and re.match(r"[،,]\s*(?:التي|الذي)\b", text[end:]) is not None
    initials = initial.group().count(".") if initial else 0
    if not vouched and not apposed and prose(taken[initials:] or taken):
        return None
    # The article is written "ال"; "ألكسندر", "إلياس" begin with a hamza and are names.
    if not vouched and taken[0].group().startswith("ال"):
        return None
    # "وعن الجانب", "وأعضاء لجنتها": a conjunction, not a name ("وليد" is one).
    waw = first.startswith("و") and first not in waw_names()
    # "السيد ويليام فاياه سيلو": right after an honorific, "و" cannot be the conjunction.
    if waw and not vouched and not (bounded and foreign_waw(taken[0].group(), text, end)):
        return None
    name_end = at + taken[-1].end()
    if bounded and text[name_end:end].strip():
        return None
    if _governs_a_term(r, name_end):
        return None
    return Name(None, text[at + taken[0].start() : name_end], at + taken[0].start(), name_end)


def _at_a_seat(folded_word: str) -> bool:
    """ "بديوان", "بمكتب", "بوزارة": "ب" and a seat or a body's head noun open a place."""
    return folded_word.startswith("ب") and folded_word[1:] in _seat_words()


@cache
def _seat_words() -> frozenset[str]:
    seats = (fold_form(str(w)) for key in ("construct_heads", "seats") for w in table("cues")[key])
    return frozenset(seats) | construct_heads()


def _given_as_city(m: Match, at: int, end: int) -> bool:
    """ "وزير الشؤون الداخلية، ليون غلودن، الذي …", "…، سيليستينو راموس ليما،": in a chunk
    in apposition, a city's name written bare (Léon, Lima) is a word of the name."""
    return m.entry.kind == "place" and at <= m.start < end and not m.prefix


def _surname_as_demonym(r: Reading, m: Match, at: int, end: int) -> bool:
    """ "تقوده ناتالي غانيون،": a bare demonym after a word no prose uses is a surname
    (Gagnon), not "Ghanaians"; after "وفدا أمنيا" it is the adjective."""
    if not _bare_demonym(r, m, at, end):
        return False
    previous = re.findall(r"\w+", r.sentence.text[at : m.start])
    return bool(previous) and zipf(fold_form(previous[-1])) == 0


def _nisba_surname(r: Reading, m: Match, at: int, end: int) -> bool:
    """ "اللواء خالد سالم الكويتي الذي قدم", "اللواء عبد المنعم المغربي،": a demonym with the
    article that closes an Arab name is its family name (al-Kuwaiti, al-Maghribi): Arabic puts
    a person's nationality after the post, not after the given names."""
    text = r.sentence.text
    written_form = text[m.start : m.end]
    if m.entry.kind != "demonym" or m.prefix not in ("", "ال") or not written_form.startswith("ال"):
        return False
    if not written_form.endswith("ي"):
        return False  # "المصرية", "المصريين": an adjective agreeing with something else
    words = [fold_form(w) for w in re.findall(r"\w+", text[at : m.start])]
    if not words or not (given_name(words[0]) or words[0].startswith("عبد")):
        return False
    return re.fullmatch(r"\s*(?:(?:الذي|الذى)\b.*)?", text[m.end : end], re.S) is not None


def _inner_demonym(r: Reading, m: Match, at: int, end: int) -> bool:
    """ "السيد إبراهيم سوري كامارا،": after an honorific or filling its chunk, a bare demonym
    with name words on both sides is a word of the name, not "Syrian"."""
    return _bare_demonym(r, m, at, end) and bool(r.sentence.text[m.end : end].strip())


def _bare_demonym(r: Reading, m: Match, at: int, end: int) -> bool:
    """A demonym with no article and no prefix, past the first word of the chunk at..end."""
    written_form = r.sentence.text[m.start : m.end]
    bare = not m.prefix and not written_form.startswith("ال")
    return m.entry.kind == "demonym" and bare and at < m.start < end


def _and_another(r: Reading, written_word: str) -> bool:
    """ "ودميرطاش": "و" and a word the article writes elsewhere without it, a name of its own."""
    if not written_word.startswith("و") or fold_form(written_word) in waw_names():
        return False
    rest = written_word[1:]
    return (
        len(rest) > 2
        and re.search(rf"(?<![\w]){re.escape(rest)}(?!\w)", r.article.original) is not None
    )


def honorific_names(r: Reading) -> list[UnknownName]:
    """Names after an honorific ("السيد", "الدكتور") that the glossary does not know."""
    out = []
    for h in cue("cues", "honorifics").finditer(r.fold_map.text):
        at = skip_honorifics(r.sentence.text, r.fold_map.origin[h.start()])
        if person_at(r, at):
            continue
        name = unknown_name(r, at, bounded=False, vouched=True)
        if name:
            out.append(UnknownName(name.ar, r.evidence(name.start, name.end)))
    return out


def met_names(r: Reading) -> list[UnknownName]:
    """ "التقى … بالخبيرة الدولية لورا بيرتون": a name met, after "ب" and descriptors."""
    descriptors = cue("cues", "descriptors")
    out = []
    for met in cue("cues", "meeting").finditer(r.fold_map.text):
        after = r.sentence.text[r.fold_map.origin[met.end() - 1] + 1 :]
        offset = len(r.sentence.text) - len(after)
        words = list(re.finditer(r"\w+", after))[:5]
        first = next((w for w in words if w.group().startswith("ب")), None)
        if first is None:
            continue
        at = offset + first.start() + 1
        while True:
            word = re.match(r"\s*(\w+)", r.sentence.text[at:])
            if not word or not descriptors.fullmatch(fold_form(word.group(1))):
                break
            at += word.end()
        at = skip_honorifics(r.sentence.text, at)
        if person_at(r, at) or any(m.start <= at < m.end for m in r.matches):
            continue
        name = unknown_name(r, at, bounded=False, vouched=True)
        if name:
            out.append(UnknownName(name.ar, r.evidence(name.start, name.end)))
    return out


def _governs_a_term(r: Reading, name_end: int) -> bool:
    """ "يبحث مع المفتش العام لشرطة نيبال ملاحقة شبكات الاتجار بالبشر", "…، تطرق لشبكات تهريب
    المخدرات": words that run straight into a glossary term naming a topic govern it; they
    are prose, not a name ("فلان مذكرة تفاهم" is a name and what he signed)."""
    after = skip_space(r.sentence.text, name_end)
    return any(
        m.start == after
        and m.entry.kind == "term"
        and bool(topics_in(fold_form(r.sentence.text[m.start : m.end])))
        for m in r.matches
    )
