"""The names of people next to their posts: after a post ("…، اللواء فلان"), before it
("فلان، مدير …"), past honorifics and ranks, and names the glossary lacks (two to four
name-like words; the particles "بن", "آل", "ولد" do not count).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from briefer.arabic.frequency import zipf
from briefer.arabic.lexicon import alternation, cue, fold_form, folded, forms
from briefer.extract.complements import (
    MAX_ORGANISATION,
    awaits_complement,
    bare_role,
    folded_match,
    governed,
    in_construct,
    open_construct,
    organisation_tail,
    past_complement,
)
from briefer.extract.name_shape import (
    construct_heads,
    given_name,
    name_particles,
)
from briefer.extract.posts import (
    PUNCTUATION,
    Post,
    place_after,
)
from briefer.extract.reading import Reading, skip_space, written
from briefer.extract.unknown_names import (
    Name,
    joined_word,
    person_at,
    skip_honorifics,
    unknown_name,
)
from briefer.glossary.entries import Match
from briefer.resources import data_table as table
from briefer.resources import home_country

SHORT_GENITIVE_ZIPF = 4.0
"""How common a three-letter noun behind ل must be to open a body's complement ("لقمع")."""
HOME = home_country()


def name_written(text: str, m: Match) -> str:
    """A person's name as written, without the honorific some glossary forms include."""
    full = written(text, m)
    return full[skip_honorifics(full, 0) :]


def name_after(r: Reading, post: Post) -> Name | None:
    """The name after a post: "…، اللواء ركن طيار فارس خلف المزروعي"."""
    place = place_after(r, post) or _located_after(r, post)
    if place is not None:
        return name_from(r, place.end)  # "عمدة أمستردام فيمكه هالسيما": the city, then him
    if open_construct(r, post.end) or bare_role(r, post):
        # "المديرة العامة لوكالة إنفاذ قوانين المخدرات، فاتو سانيه": a head noun without
        # the article governs the words after it; the name is in apposition after them.
        complement = governed(r, post.end)
        return None if complement is None else _apposed_after(r, complement)
    return name_from(r, post.end) or _past_remit(r, post.end)


def _past_remit(r: Reading, end: int) -> Name | None:
    """ "رئيس الوحدة الوطنية بالشرطة الهولندية، المكلفة بالتحقيقات في …، ييرون باكر": what
    the post is in charge of, apposed between commas (cues.yaml remit), then his name."""
    text = r.sentence.text
    end = past_complement(text, end)
    comma = re.match(r"\s*[،,]\s*", text[end:])
    if comma is None or not cue("cues", "remit").match(folded(text[end + comma.end() :]).text):
        return None
    close = PUNCTUATION.search(text, end + comma.end())
    if close is None or text[close.start()] not in "،,":
        return None
    name = name_from(r, close.start())
    return None if name is None or name.organisation else name


def _located_after(r: Reading, post: Post) -> Match | None:
    """ "مدير إدارة مكافحة المخدرات بمنطقة مكة المكرمة العميد سعد الزهراني": where the post
    is, "ب" or "في" and a place, a region word between; the name follows it."""
    heads = alternation(forms("place_cues", "region_words"))
    rest = folded(r.sentence.text[post.end :])
    lead = re.match(rf"\s+(?:ب|في\s+)(?:(?:{heads})\s+)?", rest.text)
    if lead is None:
        return None
    at = post.end + rest.origin[lead.end()]
    # "بالرباط": "ب" on the place itself.
    starts = (at, skip_space(r.sentence.text, post.end))
    return next((m for m in r.of_kind("place") if m.start in starts), None)


def name_from(r: Reading, end: int) -> Name | None:
    """The name that follows offset end, past a complement, a comma and honorifics."""
    text = r.sentence.text
    at = past_complement(text, end)
    courtesy = rf"\s+(?:{alternation(forms('cues', 'epithets'))})(?!\w)"
    at = folded_match(courtesy, text, at) or at
    # "… لحرس الحدود والسواحل "فرونتكس" هانز ليتينز", "مفوض شرطة العاصمة (سكوتلانديارد)
    # السير مارك رولي": an acronym in quotes or brackets restates the organisation; the name
    # follows it.
    restated = re.match(r'\s*(?:"[^"]{1,30}"|\([^()]{1,30}\))', text[at:])
    if restated:
        at += restated.end()
        # "مديرة جهاز التحقيقات الجنائية (SIC) بأنغولا، فلانة": the body's country after it.
        after = skip_space(text, at)
        country = next((m for m in r.of_kind("country") if m.start == after), None)
        if country is not None and text[skip_space(text, country.end) :].startswith(("،", ",")):
            at = country.end
    if text[at : at + 1] == '"' and text[:at].count('"') % 2:
        at += 1  # the quote closing the organisation's name: "لوكالة "فرونتكس"، فلان"
    quoted = False
    while at < len(text) and text[at] in ' "':
        quoted = quoted or text[at] == '"'
        at += 1
    comma = at < len(text) and text[at] in "،,"
    # "رئيس الوحدة المركزية لمكافحة شبكات الهجرة": after "ل" and a noun of prose, its
    # complement follows, not a name.
    awaiting = not (comma or quoted) and awaits_complement(text, at)
    found = None if awaiting else _name_at(r, at, comma, quoted)
    apposed = _apposed_after(r, found) if found is not None and found.organisation else None
    if apposed is not None:
        # "المديرة العامة لوكالة إنفاذ قوانين المخدرات، فاتو سانيه": the body the glossary
        # lacks, then its head's name in apposition.
        return apposed
    if found is not None and found.organisation:
        # "رئيس المكتب المركزي لقمع الاتجار غير المشروع بالمخدرات (OCERTID) البنيني، سيرج
        # دوسا": the rest of the body's name, then its head's name after the comma.
        tail = organisation_tail(r, at, opened=True)
        named = None if tail is None else _name_at(r, tail, True, False)
        if named is not None and not named.organisation:
            return named
    if found is not None and found.entry is None and not comma and _demonym_after(r, found.end):
        # "مفوض قوة الشرطة السنغافورية، فلان", "قائد خفر السواحل الموريتاني": a demonym
        # qualifies a body, not a person: the words are the organisation's, the name follows.
        tail = organisation_tail(r, at, opened=True)
        return None if tail is None else _name_at(r, tail, True, False)
    if (found is None or found.entry is None) and not comma:
        # "مدير جمرك ميناء الملك عبدالعزيز بالدمام التابع لهيئة … المهندس خالد الشهري": an
        # honorific further on in the clause opens the name; the words before are the post's.
        honoured = _honoured_later(r, found.start if found else at)
        if honoured is not None:
            return honoured
    if found is not None or comma or quoted:
        return found
    # "المديرة التنفيذية لمكتب الأمم المتحدة المعني بالمخدرات والجريمة، السيدة …": the name
    # follows the rest of the organisation's name.
    tail = organisation_tail(r, at, opened=in_construct(text, at))
    if tail is not None:
        return _name_at(r, tail, True, False)
    # "وزير الداخلية بحكومة الوحدة الوطنية الليبية عماد الطرابلسي": the demonym ends the
    # body's name, and the name fills the rest of the clause.
    qualified = _demonym_tail(r, at)
    return None if qualified is None else unknown_name(r, qualified, bounded=True)


def _apposed_after(r: Reading, organisation: Name) -> Name | None:
    """The name filling the comma chunk right after an organisation's words (and the country
    they are in: "… في غامبيا، فاتو سانيه", or the body they belong to: "لخدمات الشرطة
    بالمنظمة الدولية للشرطة الجنائية (الأنتربول)، ستيفن كافانا"), if any."""
    text = r.sentence.text
    at = skip_space(text, organisation.end)
    parent = next((m for m in r.of_kind("organisation") if m.start == at and m.prefix), None)
    if parent is not None:
        at = skip_space(text, parent.end)
        restated = re.match(r"\([^()]{1,30}\)", text[at:])
        at = skip_space(text, at + restated.end()) if restated else at
    located = re.match(r"في\s+", text[at:])
    start = at + (located.end() if located else 0)
    country = next((m for m in r.of_kind("country") if m.start == start), None)
    if country is not None:
        at = skip_space(text, country.end)
    if not text[at:].startswith(("،", ",")):
        return None
    if _next_post(r, skip_honorifics(text, skip_space(text, at + 1))):
        return None
    found = _name_at(r, at, True, False)
    return found if found is not None and not found.organisation else None


def _next_post(r: Reading, at: int) -> bool:
    """ "نائب حاكم مقاطعة قوانغدونغ، مدير إدارة الأمن العام …": a post opens at offset at,
    not a rank before a name ("…، اللواء فلان"): it is not read as one, or a body's head noun
    follows it."""
    role = next((m for m in r.of_kind("role") if m.start == at), None)
    if role is None:
        return False
    following = re.match(r"\s*(\w+)", r.sentence.text[role.end :])
    body = following is not None and fold_form(following.group(1)) in construct_heads()
    return _skip_rank(r, at) == at or body


def _name_at(r: Reading, at: int, comma: bool, quoted: bool) -> Name | None:
    """The name at offset at (a comma there when comma), past honorifics and a rank."""
    text = r.sentence.text
    plain = len(text) - len(text[at + 1 if comma else at :].lstrip(" "))
    at = _skip_rank(r, skip_honorifics(text, plain))
    # "الأمين العام للإنتربول، البرازيلي فالديسي أوركيزا", "…، الدبلوماسي التركي فلان": his
    # nationality before the name, a descriptor before it.
    described = re.match(
        rf"(?:{alternation(forms('cues', 'descriptors'))})\s+", folded(text[at:]).text
    )
    if comma and described:
        after = at + folded(text[at:]).origin[described.end()]
        at = after if any(m.start == after for m in r.of_kind("demonym")) else at
    nationality = next((m for m in r.of_kind("demonym") if m.start == at), None)
    if nationality is not None and nationality.prefix.startswith("و"):
        return None  # "…، والبرتغالية آنا باولا فيريرا": the next person of a list
    if comma and nationality is not None:
        at = len(text) - len(text[nationality.end :].lstrip(" "))
    honoured = at > plain
    person = person_at(r, at)
    if person is not None and person.prefix.startswith("و"):
        return None  # "… والدكتور فلان": a second person joined by "و", not this post's holder
    if person is not None:
        return Name(person.entry, name_written(text, person), person.start, person.end)
    if not comma and _genitive(text, at):
        return _unknown_organisation(r, at)
    if quoted:
        return None  # "مكتب التحقيقات الفيدرالي "إف بي آي"": an acronym, not a name
    return unknown_name(r, at, bounded=not honoured and comma, vouched=honoured)


def _demonym_after(r: Reading, end: int) -> bool:
    """A demonym follows offset end, past spaces only; not one joined by "و", which opens
    the next of a list ("الإسباني فلان والبرتغالية فلانة")."""
    gap = len(r.sentence.text[end:]) - len(r.sentence.text[end:].lstrip(" "))
    return any(m.start == end + gap and not m.prefix.startswith("و") for m in r.of_kind("demonym"))


def _honoured_later(r: Reading, at: int) -> Name | None:
    """The name after an honorific further on in the clause from at, if one stands there."""
    text = r.sentence.text
    clause = PUNCTUATION.search(text, at)
    stop = clause.start() if clause else len(text)
    for h in cue("cues", "honorifics").finditer(r.fold_map.text):
        begin = r.fold_map.origin[h.start()]
        if not at < begin < stop:
            continue
        if _inside_a_name(text, begin):
            continue
        # "وزير الداخلية أحمد الحجار والمدير العام … اللواء حسن شقير": past another post,
        # the honorific opens that post's holder.
        posts = (m for m in r.of_kind("role") if at <= m.start < begin)
        if any(skip_honorifics(text, m.start) == m.start for m in posts):
            return None
        return _name_at(r, begin, False, False)
    return None


def _inside_a_name(text: str, at: int) -> bool:
    """ "الرئيس محمد ولد الشيخ الغزواني", "الفريق محمد الشيخ ولد سيدي عالي": a title right
    after a name's particle ("ولد", "بن"), or a space after a given name data/names.yaml
    lists, is a word of the name."""
    before = text[:at]
    words = before.split()
    if not words:
        return False
    word = fold_form(words[-1])
    return word in name_particles() or (before.endswith(" ") and given_name(word))


def _demonym_tail(r: Reading, at: int) -> int | None:
    """Where the demonym that ends the rest of a body's name stands, when only the body's
    words come before it in the clause ("بحكومة الوحدة الوطنية الليبية")."""
    text = r.sentence.text
    clause = PUNCTUATION.search(text, at)
    stop = clause.start() if clause else len(text)
    demonym = next((m for m in r.of_kind("demonym") if at < m.start and m.end < stop), None)
    if demonym is None or not re.match(r"\s*(?:ب|لل|ل|ال)", text[at:]):
        return None
    if any(m.start < demonym.start and m.end > at for m in r.of_kind("person", "role", "place")):
        return None
    stops = {fold_form(w) for w in table("cues")["not_names"]}
    body = re.findall(r"\w+", text[at : demonym.start])
    if len(body) > MAX_ORGANISATION or any(fold_form(w) in stops for w in body):
        return None
    return demonym.end


def _skip_rank(r: Reading, at: int) -> int:
    """Past a role used as a rank before a name: "…، المفوض الرئيسي فلان" (a police rank),
    when a name, not an organisation, follows it."""
    role = next((m for m in r.of_kind("role") if m.start == at and not m.prefix), None)
    if role is None:
        return at
    after = skip_honorifics(r.sentence.text, role.end)
    word = re.match(r"\w+", r.sentence.text[after:])
    if word is None or joined_word(fold_form(word.group())):
        return at
    if fold_form(word.group()).startswith(("ال", "ل")) or any(m.start == after for m in r.matches):
        return at
    return after


def _genitive(text: str, at: int) -> bool:
    """ "الأمين العام لمجلس …": a word with the preposition ل right after a role, on a word of
    prose or a body's head noun; "وزير الداخلية الفرنسي لوران نونيز" begins a name."""
    word = re.match(r"\w+", text[at:])
    if word is None or not word.group().startswith("ل") or len(word.group()) < 4:
        return False
    bare = fold_form(word.group())
    if len(word.group()) == 4:
        return _short_genitive(text, at + word.end(), bare)
    if bare.startswith("لل") or zipf(bare[1:]) > 0 or bare[1:] in construct_heads():
        return True
    # "عقد وزير الداخلية لقاءين ثنائيين": a word of prose whose ل is its own, not a preposition.
    common = float(table("cues")["common_word_zipf"])
    if any(zipf(bare.removesuffix(ending)) >= common for ending in ("", "ين", "ان", "ات")):
        return True
    # "لإنفاذ قوانين المخدرات": a rarer noun, then a word of prose it governs; "لوران نونيز",
    # "لطيفة أحمد" are names.
    after = re.match(r"\s+(\w+)", text[at + word.end() :])
    following = fold_form(after.group(1)) if after else ""
    return zipf(following) >= common and not given_name(following)


def _short_genitive(text: str, end: int, bare: str) -> bool:
    """ "المكتب المركزي لقمع الاتجار غير المشروع": a short common noun behind ل, then a noun
    with the article; "لبنى", "لطفي" and other names of four letters are no genitive."""
    after = re.match(r"\s+(ال\w+)", text[end:])
    if after is None or given_name(bare):
        return False
    return zipf(bare[1:]) >= SHORT_GENITIVE_ZIPF and zipf(fold_form(after.group(1))) > 0


def _unknown_organisation(r: Reading, at: int) -> Name | None:
    """The organisation after a role that the glossary lacks, cited without its "ل"."""
    name = unknown_name(r, at, bounded=False, vouched=True, longest=MAX_ORGANISATION)
    if name is None:
        return None
    # "لل" is "ل" + "ال": the organisation keeps its article.
    bare = "ال" + name.ar[2:] if name.ar.startswith("لل") else name.ar[1:]
    return replace(name, ar=bare, organisation=True)


def holds_between(gap: str) -> bool:
    """The words between a name and a post are a comma and a clause of holding it: "، الذي
    يتولى بالنيابة مهام"."""
    return re.fullmatch(rf"\s*[،,]\s*(?:{holds_words()})\s*", folded(gap).text) is not None


@cache
def holds_words() -> str:
    return alternation(forms("cues", "holds_post"))


def introduced(r: Reading, start: int, end: int) -> bool:
    """ "نظيره الإسباني، الفريق فلان": only a comma or an honorific introduces his name;
    "وأكد نظيره الإسباني أهمية التعاون" goes on with the sentence."""
    gap = r.sentence.text[start:end]
    return bool(re.search(r"[،,]", gap)) or bool(cue("cues", "honorifics").search(folded(gap).text))


def holds_clause(r: Reading, end: int, name: Name) -> bool:
    """ "ونائبه المكلف بالعمليات، فلان", "يقوده أمينها العام فلان.": a comma or an honorific
    before the name (after offset end), or the name filling the words up to the next comma."""
    after = r.sentence.text[name.end :].lstrip(" ")
    return introduced(r, end, name.start) or after[:1] in ("،", ",", ".", "")
