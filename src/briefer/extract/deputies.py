"""A deputy named by his relation to the counterpart just named: "المفتش العام للشرطة
الغامبية، فلان، ونائبه المكلف بالعمليات، فلان" met two people, the second the first's deputy,
of his country and his organisation."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from briefer.arabic.frequency import zipf
from briefer.arabic.lexicon import alternation, cue, fold_form, folded, forms
from briefer.extract.dated import folded_at
from briefer.extract.demonyms import demonyms
from briefer.extract.facts import Counterpart, Evidence, Label, UnknownName
from briefer.extract.name_shape import listed_name
from briefer.extract.names import holds_clause, name_from
from briefer.extract.post_labels import modified
from briefer.extract.reading import Reading
from briefer.extract.unknown_names import Name, name_label
from briefer.resources import data_table as table
from briefer.resources import home_country

DEPUTY = "نائب"
"""The role modifier of a deputy (cues.yaml role_modifiers)."""
ASSISTANT = "مساعد"
"""The role modifier of an assistant ("مساعده لشؤون البحث الجنائي")."""
DELEGATION_WORDS = 3
"""The words before the relation that name the chief's delegation: "وفد يضم"."""
REMIT_WORDS = 4
"""The longest remit between the relation and the comma: "المكلف بالشؤون الجنائية الدولية"."""
REMIT_REACH = 60
"""Characters from the relation to a rank that opens the deputy's name after his remit."""


def read_deputies(
    r: Reading, found: Sequence[Counterpart]
) -> tuple[list[Counterpart], list[UnknownName]]:
    """The counterparts found, with the deputies this sentence names after them; and the names
    of those deputies the glossary lacks."""
    out, unknown = list(found), []
    relations = [
        (modifier, relation)
        for modifier, key in ((DEPUTY, "deputy_of"), (ASSISTANT, "assistant_of"))
        for relation in cue("cues", key).finditer(r.fold_map.text)
    ]
    for modifier, relation in sorted(relations, key=lambda m: m[1].start()):
        modifier = _gendered(modifier, relation.group())
        at = r.fold_map.origin[relation.start()]
        chief = (
            _chief_before(r, out, r.evidence(at, at))
            or _chief_said_before(r, out, at)
            or _chief_of_delegation(r, out, at)
        )
        if chief is None:
            continue
        end = _past_remit(r, r.fold_map.origin[relation.end() - 1] + 1)
        name = name_from(r, end)
        if name is None or name.organisation or not holds_clause(r, end, name):
            continue
        if name.entry is None:
            unknown.append(UnknownName(name.ar, r.evidence(name.start, name.end)))
        out.append(_deputy(chief, name, r.evidence(at, name.end), modifier))
    return out, unknown


def _gendered(modifier: str, relation: str) -> str:
    """The modifier in the deputy's gender: "نائبتها" (her woman deputy) is "نائبة", "نائبها"
    (her deputy) "نائب", whatever the chief's gender."""
    stripped = relation.removeprefix("و")
    return modifier + "ة" if stripped[len(modifier) : len(modifier) + 1] == "ت" else modifier


def _chief_said_before(r: Reading, found: Sequence[Counterpart], at: int) -> Counterpart | None:
    """ "وشارك في هذه المباحثات نائبها، فلان" after the sentence that named her: the
    counterpart named last in an earlier sentence, when all before the relation tells who
    took part in the talks."""
    took_part = _took_part_in().search(folded(r.sentence.text[:at]).text)
    if took_part is None:
        return None
    earlier = [c for c in found if c.name_ar and min(c.evidence).sentence < r.sentence.index]
    side = _side_country(took_part["side"])
    if side == home_country():
        return None  # "وعن الجانب المغربي، نائبه": the principal's own side
    if side is not None:
        earlier = [c for c in earlier if c.country == side]
    return max(earlier, key=lambda c: max(c.evidence), default=None)


def _side_country(demonym: str | None) -> str | None:
    """The country an adjective names: "عن الجانب الفرنسي", "وضم الوفد الروماني"."""
    said = demonyms().find(demonym) if demonym else []
    return said[0].country if said else None


@cache
def _side() -> str:
    """ "، عن الجانب الفرنسي،": the side named after who took part, its adjective kept."""
    openers = alternation(forms("cues", "side_openers"))
    return rf"(?:\s*[،,]?\s*(?:{openers})\s+(?P<side>\w+)\s*[،,]?)?"


def _chief_of_delegation(r: Reading, found: Sequence[Counterpart], at: int) -> Counterpart | None:
    """ "وضم الوفد الروماني، إلى جانب المفتش العام، كلا من نائبه": the delegation of a
    country lists the deputy; the chief is the counterpart of that country named last in an
    earlier sentence."""
    listed = _delegation_lists().search(folded(r.sentence.text[:at]).text)
    country = _side_country(listed.group("demonym")) if listed else None
    if country is None:
        return None
    earlier = [
        c
        for c in found
        if c.name_ar and c.country == country and min(c.evidence).sentence < r.sentence.index
    ]
    return max(earlier, key=lambda c: max(c.evidence), default=None)


@cache
def _delegation_lists() -> re.Pattern[str]:
    """ "وضم الوفد الروماني، إلى جانب المفتش العام، كلا من" up to the relation word."""
    verbs = alternation(sorted(fold_form(str(w)) for w in table("cues")["delegation_includes"]))
    each = alternation(forms("cues", "each_of"))
    return re.compile(rf"^\W*و?(?:{verbs})\s+الوفد\s+(?P<demonym>\w+)[^.؛:]*(?<!\w)(?:{each})\s*$")


@cache
def _took_part_in() -> re.Pattern[str]:
    """The end of "وشارك في هذه المباحثات أيضا", "فقد شارك في اللقاء"."""
    verbs, talks = (
        alternation(forms("cues", "took_part_in_talks")),
        alternation(forms("cues", "talk_objects")),
    )
    also = alternation(forms("cues", "also"))
    return re.compile(rf"(?<!\w)[وف]?(?:{verbs})\s+(?:{talks})(?:\s+(?:{also}))?{_side()}\s*$")


def _chief_before(
    r: Reading, found: Sequence[Counterpart], relation: Evidence
) -> Counterpart | None:
    """The counterpart whose mention in this sentence ends right before the relation word,
    commas and "و" between."""
    # Else "فلان، الذي يقوم بزيارة عمل على رأس وفد يضم نائبته، فلانة": his delegation.
    for joined in (_joins, _delegation, _after_clause, _took_part):
        for c in reversed(found):
            for e in c.evidence:
                gap = r.article.original[e.end : relation.start]
                if e.sentence == relation.sentence and e.end <= relation.start and joined(gap):
                    return c
    return None


def _delegation(gap: str) -> bool:
    """The gap ends on "وفد يضم" (a delegation that includes): "على رأس وفد يضم نائبه"."""
    words = [fold_form(w) for w in re.findall(r"\w+", gap)][-DELEGATION_WORDS:]
    return any(w.endswith("وفد") for w in words) and bool(words) and words[-1] in _includes()


def _after_clause(gap: str) -> bool:
    """ "المفوض الوطني، فلان، الذي سبق أن زار المملكة، ونائبته …": a relative clause about the
    chief, between commas, then "و"."""
    pronouns = "|".join(re.escape(str(w)) for w in table("cues")["relative_pronouns"])
    return re.fullmatch(rf"\s*[،,]\s*(?:{pronouns})\s[^،,.؛:]+[،,]\s*و?\s*", gap) is not None


def _took_part(gap: str) -> bool:
    """ "الفريق فرناندو تيمبي، وشارك فيها نائبه": the chief, then who took part with him."""
    took_part = _took_part_gap().fullmatch(folded(gap).text)
    return took_part is not None and _side_country(took_part["side"]) != home_country()


@cache
def _took_part_gap() -> re.Pattern[str]:
    return re.compile(rf"\s*[،,]?\s*و?(?:{alternation(forms('cues', 'took_part'))}){_side()}\s*")


def _includes() -> frozenset[str]:
    return frozenset(fold_form(str(w)) for w in table("cues")["delegation_includes"])


def _joins(gap: str) -> bool:
    """Only commas, "و" and an accompaniment word ("مرفوقا") between chief and deputy; the
    word that makes the chief's title acting ("بالنيابة") may end it."""
    joins = {fold_form(str(w)) for w in table("cues")["deputy_joins"]}
    acting = {fold_form(str(w)) for w in table("cues")["acting"]}
    rest = [fold_form(w) for w in re.findall(r"\w+", gap)]
    rest = rest[1:] if rest[:1] and rest[0] in acting else rest
    return rest in ([], ["و"]) or (len(rest) == 1 and rest[0] in joins)


def _past_remit(r: Reading, at: int) -> int:
    """Past "المكلف بالعمليات", "الأول" after the relation, up to the comma before the name."""
    text = r.sentence.text
    words = list(re.finditer(r"\w+", text[at:]))
    # "نائبه لشؤون الأمن الداخلي العميد فلان": a complement in "ل" is a remit too.
    first = words[0].group() if words else ""
    complement = first.startswith("ل") and zipf(fold_form(first)[1:]) > 0
    complement = complement and not listed_name(first)
    if not words or (fold_form(first) not in _remit_words() and not complement):
        return at
    comma = re.search(r"[،,]", text[at:])
    # "ونائبه المكلف بالعمليات المقدم فلان،": a rank after the remit opens the name.
    ranks = cue("cues", "honorifics").search(r.fold_map.text, folded_at(r, at))
    if ranks is not None:
        rank = r.fold_map.origin[ranks.start()]
        if (comma is None or rank < at + comma.start()) and rank - at < REMIT_REACH:
            return rank
    if comma is None or sum(w.start() < comma.start() for w in words) > REMIT_WORDS:
        return at
    return at + comma.start()


def _remit_words() -> frozenset[str]:
    return frozenset(fold_form(str(w)) for w in table("cues")["deputy_remit"])


def _deputy(chief: Counterpart, name: Name, cited: Evidence, modifier: str) -> Counterpart:
    def deputy(label: Label) -> Label:
        return Label(
            _modified(label.en, chief.role.en, "en", modifier),
            _modified(label.fr, chief.role.fr, "fr", modifier),
        )

    label, key, unverified = name_label(name, chief.country)
    # The chief's organisation, read rather than found in the glossary, is unverified here too.
    unverified += tuple(u for u in chief.unverified if u == "organisation")
    return Counterpart(
        label,
        name.ar,
        deputy(chief.role),
        chief.organisation,
        chief.country,
        deputy(chief.title),
        key,
        None,
        (cited,),
        unverified,
        international=chief.international,
    )


def _modified(title: str | None, role: str | None, lang: str, modifier: str) -> str:
    """The deputy's title: the modifier on the role noun, the rest kept ("directeur adjoint
    du Bureau", not "directeur du Bureau adjoint")."""
    title, role = _in_gender(str(title), lang, modifier), _in_gender(str(role), lang, modifier)
    if role and title.startswith(role) and title != role:
        return modified(modifier, role, lang) + title[len(role) :]
    return modified(modifier, title, lang)


def _in_gender(text: str, lang: str, modifier: str) -> str:
    """The chief's French role in the deputy's gender, which the relation word tells: her
    deputy ("نائبها") is "directeur général adjoint", his ("نائبته") "directrice … adjointe"."""
    if lang != "fr":
        return text
    feminine = table("cues")["role_modifiers"][modifier].get("gender") == "f"
    for masculine, female in _french_genders():
        said, wanted = (masculine, female) if feminine else (female, masculine)
        if text.startswith(said) and not text.startswith(wanted):
            return wanted + text[len(said) :]
    return text


@cache
def _french_genders() -> list[tuple[str, str]]:
    """(masculine, feminine) French role names of data/titles.yaml, longest first."""
    pairs = {
        (str(spec["fr"]), str(spec["fr_f"]))
        for spec in table("titles")["roles"].values()
        if spec.get("fr_f") and spec["fr_f"] != spec["fr"]
    }
    return sorted(pairs, key=lambda p: (-max(len(p[0]), len(p[1])), p))
