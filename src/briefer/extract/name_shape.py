"""What a name the glossary lacks looks like, against the words of prose around it: a
name opens with a given name (common in prose only when data/names.yaml lists it), not with
a verb, a body's head noun or a word with nunation; "و" before it is a conjunction unless the
name is one of W (a listed given name, or a foreign one in apposition)."""

from __future__ import annotations

import re
from functools import cache

from briefer.arabic.frequency import zipf
from briefer.arabic.lexicon import fold_form
from briefer.resources import data_table as table

MIN_STEM = 3
"""A word behind "ب" or "ل" is read as a word of prose when its stem has this many letters."""
TANWEEN = "\u064b\u064c\u064d"
"""Nunation: a word that carries it is an indefinite noun ("إيجازًا"), not a name."""
DUAL_VERB = re.compile(r"[يت]\w{3,}ان")
""" "يوقعان", "يبحثان": a verb of two subjects, as headlines write them after two posts."""
PAST_DUAL_ZIPF = 4.5
"""Zipf above which the word an unknown word ending in "ا" is built on is a verb of prose:
"تناولا", "عقدا", "أكدا" (the past of two subjects, after two posts)."""
ACCUSATIVE_LENGTH = 4
"""Letters an indefinite accusative noun ("شرحا") has at least."""
ACCUSATIVE_MARGIN = 0.5
"""An accusative noun ("عرضا") is rarer than its word ("عرض") by this much on the Zipf scale;
a name in "ا" ("ماريا", 4.55, "ماري", 4.76) is not."""
CONJOINED_WORD = 3.0
"""Zipf above which "و" + the rest of a word is the conjunction and a word ("والمدير")."""
IMPERFECT_ZIPF = 3.5
"""Zipf above which a word opening with the imperfect's "ي" is a verb of prose ("يحضر")."""
PLURAL_ZIPF = 3.0
"""How common a feminine plural with the article must be to be prose in a name ("القدرات")."""
DERIVED_IMPERFECT = ("يت", "يست")
"""The imperfect's prefixes of the derived verb forms V, VI and X ("يتفقد", "يتابع", "يستقبل"):
no given name opens so."""
DERIVED_LENGTH = 5
"""Letters a derived imperfect has at least ("يتبع" is form I)."""
CONSTRUCT_ZIPF = 4.0
"""Zipf above which an unlisted first word before a common definite noun is the head of a
construct of prose ("تنسيق الجهود"), not a given name before a family name."""


def prose(taken: list[re.Match[str]]) -> bool:
    """ "إمكانية إبرام", "جامعة الأخوين", "مراقبة التراب بجمهورية", "يوقعان بروتوكولا":
    words of prose, not a name the glossary lacks (unless an honorific or a rank vouches for
    it: "العميد شو جيان"). A name opens with a given name, which is common in prose only when
    data/names.yaml lists it ("سعيد", "جمال"), and not with a verb; no later word of it is a
    common word behind "ب" or "ل" ("بولاية", "لدول")."""
    particles = name_particles()
    words = [fold_form(w.group()) for w in taken]
    first_prose = _prose_word(words[0]) and taken[0].group() not in written_names()
    if first_prose or DUAL_VERB.fullmatch(words[0]) or words[0] in construct_heads():
        return True
    # "تناولا تطور مسارات الهجرة": a past dual takes a word of prose after it; "آينا كالفو"
    # (Aina Calvo, not "أين" + "ا") a foreign one.
    verb_object = len(words) == 1 or zipf(words[1]) > 0
    if imperfect_verb(words[0]) or (_past_dual(words[0]) and verb_object):
        return True
    # "مديرة تنمية القدرات والتكوين": a plural noun with the article is no family name.
    if any(_plural_noun(w) for w in words[1:]):
        return True
    if _construct(words):
        return True
    stems = [w[1:] for w in words if w[:1] in "بل" and w not in particles]
    if any(len(stem) >= MIN_STEM and _prose_word(stem) for stem in stems):
        return True
    return _purpose(taken)


def _purpose(taken: list[re.Match[str]]) -> bool:
    """ "… بغينيا بيساو لتطويق شبكات الكوكايين": "ل" and a verbal noun no name list holds,
    then a word of prose, is a clause of purpose (the verbal noun too rare for the word
    list)."""
    if len(taken) < 2 or not fold_form(taken[0].group()).startswith("ل"):
        return False
    first, second = taken[0].group(), taken[1].group()
    if listed_name(first) or first in written_names() or listed_name(second):
        return False
    # "لتطويق شبكات": the verbal noun of a derived form ("ت…"); "لزجر الاتجار": any verbal
    # noun before a noun with the article ("ليانغ تشي" is a name).
    verbal = fold_form(first).startswith("لت") or fold_form(second).startswith("ال")
    return verbal and zipf(fold_form(second)) >= CONSTRUCT_ZIPF


def _construct(words: list[str]) -> bool:
    """ "تناول اللقاء مع القائد الأعلى للدرك السنغالي تنسيق الجهود في …": a common noun
    that no given name is, before a common noun with the article, is a phrase of prose."""
    if len(words) < 2 or not words[1].startswith("ال") or words[0] in _name_words():
        return False
    common = float(table("cues")["common_word_zipf"])
    return zipf(words[0]) >= CONSTRUCT_ZIPF and zipf(words[1]) >= common


def _plural_noun(folded_word: str) -> bool:
    """ "القدرات", "العمليات": the article, a feminine plural, a word of prose."""
    plural = folded_word.startswith("ال") and folded_word.endswith("ات")
    return plural and zipf(folded_word) >= PLURAL_ZIPF


def complement_word(written_word: str) -> bool:
    """ "بالوزارة", "بمقرها", "لقطاع", "بسفارة": ب or ل and a word of prose or an
    organisation's head noun, not a name that begins with ب ("بيدرو")."""
    bare = fold_form(written_word)
    if listed_name(written_word):
        return False  # "ليو جيان مينغ": a name data/names.yaml lists, not "ل" + "يو"
    # "بسفارة الإكوادور": an organisation's head noun, however rare in prose.
    head = bare[1:] in construct_heads()
    return bare.startswith(("بال", "لل")) or _prose_word(bare[1:]) or head


def listed_name(written_word: str) -> bool:
    """A word of a given, family or Western name data/names.yaml lists."""
    return fold_form(written_word) in _name_words()


def imperfect_verb(folded_word: str) -> bool:
    """ "المدير العام للأمن الوطني يحضر حفل تخرج": a headline's verb after the post, a word
    with the imperfect's "ي" that prose uses often, no given name ("يوسف" is listed); its
    dual too ("… ومديرة الشرطة يضعان اللمسات الأخيرة", from "يضع")."""
    if not folded_word.startswith("ي") or folded_word in _name_words():
        return False
    # "يتفقد", "يترأس", "يستعرض": the derived forms' prefixes, too rare for the word list.
    if folded_word.startswith(DERIVED_IMPERFECT) and len(folded_word) >= DERIVED_LENGTH:
        return True
    dual = folded_word.endswith("ان") and zipf(folded_word[:-2]) >= IMPERFECT_ZIPF
    return dual or zipf(folded_word) >= IMPERFECT_ZIPF


def _past_dual(folded_word: str) -> bool:
    """ "…، والمدير العام للأمن الوطني الموريتاني، تناولا تطور مسارات الهجرة": the past of a
    verb whose two subjects are the posts before it. A name ending in "ا" is a word of its own
    in the frequency list ("رضا", "لينا"), or data/names.yaml lists it or the name it is
    built on ("بيترا", "إبراهيما")."""
    if not folded_word.endswith("ا") or zipf(folded_word):
        return False
    if {folded_word, folded_word[:-1]} & _name_words():
        return False
    return zipf(folded_word[:-1]) >= PAST_DUAL_ZIPF


def accusative_noun(folded_word: str) -> bool:
    """ "قدم له قائد المنطقة الأميرال أرطغرل شاهين شرحا عن …": a common noun with the
    indefinite accusative's alif, the object after a name. Names ending in "ا" ("ماريا",
    "لينا") are about as common as the word without it, or data/names.yaml lists them."""
    if not folded_word.endswith("ا") or len(folded_word) < ACCUSATIVE_LENGTH:
        return False
    if {folded_word, folded_word[:-1]} & _name_words():
        return False
    stem = zipf(folded_word[:-1])
    return stem >= PAST_DUAL_ZIPF and stem - zipf(folded_word) >= ACCUSATIVE_MARGIN


def _prose_word(folded_word: str) -> bool:
    if folded_word in _name_words() or folded_word.startswith("عبد"):
        return False
    return zipf(folded_word) >= float(table("cues")["common_word_zipf"])


@cache
def written_names() -> frozenset[str]:
    """Names, as written, whose fold is a stop word or a word of prose ("علي", not "على";
    "آن", not "أن")."""
    return frozenset(str(w) for w in table("cues")["written_names"])


def given_name(folded_word: str) -> bool:
    """A given name data/names.yaml lists ("محمد", "سعيد")."""
    return folded_word in _given_names()


def western_given(written_word: str) -> bool:
    """A Western given name data/names.yaml lists ("جوزيف", "لوران")."""
    return fold_form(written_word) in _western_names()


@cache
def _western_names() -> frozenset[str]:
    return frozenset(fold_form(str(w)) for w in table("names")["western"])


@cache
def _given_names() -> frozenset[str]:
    return frozenset(fold_form(str(w).split()[0]) for w in table("names")["names"])


@cache
def _name_words() -> frozenset[str]:
    """The words of the given, family and Western names data/names.yaml lists."""
    names = table("names")
    forms = [*names["names"], *names["families"], *names["western"]]
    return frozenset(fold_form(w) for form in forms for w in str(form).split()) | waw_names()


def foreign_waw(written_first: str, text: str, end: int) -> bool:
    """ "كاتبة الدولة، واندا فيرو، التي أشادت …": a foreign name with W, its first vowel long
    as transcriptions write it, filling a chunk in apposition to a post: the relative pronoun
    of one person follows, which a clause joined by "و" would not take."""
    apposed = re.match(r"[،,]\s*(?:التي|الذي)\b", text[end:]) is not None
    if not apposed or written_first[1:2] not in ("ا", "ي"):
        return False
    # "والمدير", "والوفد": "و" + a word of prose, not a name written with W.
    return zipf(fold_form(written_first[1:])) < CONJOINED_WORD


@cache
def construct_heads() -> frozenset[str]:
    heads = table("titles")["organisations"]["heads"]
    return frozenset(
        fold_form(str(h)) for h in heads if " " not in str(h) and not str(h).startswith("ال")
    )


@cache
def place_heads() -> frozenset[str]:
    """The head nouns of a region's or a city's name ("ولاية", "محافظة", "مدينة"), folded."""
    return frozenset(fold_form(str(w)) for w in table("cues")["place_heads"])


@cache
def waw_names() -> frozenset[str]:
    """Given names that begin with "و", which is otherwise the conjunction: cues.yaml
    waw_names, and those of data/names.yaml ("ويليام")."""
    names = table("names")
    listed = [str(w) for w in (*names["names"], *names["western"]) if str(w).startswith("و")]
    return frozenset(fold_form(str(w)) for w in (*table("cues")["waw_names"], *listed))


@cache
def name_particles() -> frozenset[str]:
    """The particles of Arab names ("بن", "آل", "ولد"), folded: data/cues.yaml name_particles."""
    return frozenset(fold_form(str(w)) for w in table("cues")["name_particles"])
