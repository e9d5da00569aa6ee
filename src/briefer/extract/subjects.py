"""Who holds a meeting a sentence reports, when it is not the principal: another official of
the home side ("عقد حموشي لقاء مع …" when Laftit leads), or a counterpart named before who meets
others ("كما التقى وانغ، كل على حدة، مع وزير الداخلية الكمبودي"). Their meetings give no
counterparts; nor do greetings conveyed from or to someone ("نقل تحيات … إلى …"), nor attending
or taking part in an event's proceedings."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from briefer.arabic.lexicon import alternation, cue, fold_form, folded, forms
from briefer.extract.dated import folded_at
from briefer.extract.facts import Counterpart
from briefer.extract.names import name_after
from briefer.extract.post_sides import sides
from briefer.extract.posts import Post, read_posts
from briefer.extract.reading import Reading, skip_space
from briefer.extract.relevance import background_clause
from briefer.extract.tense import pluperfect
from briefer.extract.unknown_names import skip_honorifics
from briefer.glossary.entries import Match
from briefer.resources import data_table as table
from briefer.resources import home_country

HOME = home_country()
FORMER_REACH = 3
"""Words at most after a post whose last says it was held before ("خارجية تركي سابق")."""
DELEGATION_REACH = 3
"""Words between "على رأس وفد" and the verb by which it includes someone ("أمني رفيع المستوى")."""

# Greetings conveyed ("تحيات") stand at most this many characters before the one who sent them.
CONVEYED_REACH = 40
# Those greeted or sending greetings ("تحيات … إلى …") stand at most this many characters on.
RECIPIENT_REACH = 160
# A sovereign's name runs at most this many words from his royal word ("العاهل الأردني الملك
# عبد الله الثاني").
SOVEREIGN_REACH = 6


def met_by_another(r: Reading, principal_id: str | None) -> bool:
    """ "عقد حموشي لقاء مع رئيس الشرطة الإيطالية" when Laftit leads, or "التقى … بحموشي": a
    meeting of another official of the home side, the principal unnamed in the sentence, is
    not the principal's."""
    if principal_id is None:
        return False
    people = r.of_kind("person")
    if any(m.entry.id == principal_id for m in people):
        return False
    met = cue("cues", "meeting").search(r.folded)
    if met is not None and any(_met_object(r, m, met.end()) for m in people):
        return True
    found = cue("cues", "activity").search(r.folded)
    if found is None:
        return False
    at = r.fold_map.origin[found.start()]
    return any(m.entry.country == HOME and m.end <= at for m in people)


def meeting_denied(r: Reading) -> bool:
    """ "ولم تشمل الزيارة لقاء مع وزير الداخلية …", "ولم يتسن لحموشي لقاء …": a meeting the
    sentence denies; not "لم يعقد سوى لقاء واحد" (only one) nor "لم يكن اللقاء … لقاء
    بروتوكوليا" (what it was not)."""
    return _denied_meeting().search(r.folded) is not None


@cache
def _denied_meeting() -> re.Pattern[str]:
    data = table("cues")["denied_meeting"]
    negations = alternation(fold_form(str(w)) for w in data["negations"])
    meetings = alternation(fold_form(str(w)) for w in data["meetings"])
    kept = alternation(fold_form(str(w)) for w in data["kept"])
    between = rf"(?:\s+(?!(?:{kept})(?!\w))\w+){{0,{int(data['reach'])}}}"
    return re.compile(rf"(?<!\w)[وف]?(?:{negations}){between}\s+(?:{meetings})(?!\w)")


def visitors_programme(r: Reading, principal_id: str | None) -> bool:
    """ "ويتضمن برنامج الوفد الإندونيسي … لقاء مع المندوب العام لإدارة السجون": at home, the
    visitor's programme, the principal unnamed, lists the visitor's other meetings."""
    named = any(m.entry.id == principal_id for m in r.of_kind("person"))
    return not named and r.has_opening("cues", "programme_openers")


def _met_object(r: Reading, m: Match, verb_end: int) -> bool:
    """ "التقى المدير العام للشرطة الفرنسية …، اللذان يرافقان الوزير، بحموشي": an official of
    the home side met, "ب" or "مع" before him, after the meeting verb."""
    if m.entry.country != HOME or r.fold_map.origin[min(verb_end, len(r.folded) - 1)] > m.start:
        return False
    before = r.sentence.text[: m.start].split()
    return m.prefix.startswith(("ب", "وب")) or (bool(before) and fold_form(before[-1]) == "مع")


def met_by_counterpart(r: Reading, found: Sequence[Counterpart], principal_id: str | None) -> bool:
    """ "كما التقى وانغ، كل على حدة، مع وزير الداخلية الكمبودي", "وعقد يرلي قايا … لقاءات
    ثنائية مع …": a counterpart named before, the subject of a meeting verb or of the verb
    opening a sentence of meetings, meets others; the principal is not in the sentence."""
    if any(m.entry.id == principal_id for m in r.of_kind("person")):
        return False
    verb = cue("cues", "meeting").search(r.folded)
    if verb is not None:
        after = r.fold_map.origin[verb.end() - 1] + 1
        return _named(r.folded[verb.end() :], found) or _post_again(r, after, found)
    # "وعقد يرلي قايا على هامش الاجتماع لقاءات ثنائية مع …": the sentence's opening verb, its
    # subject a counterpart, and the meetings it held.
    opening = re.match(r"\s*\w+\s+", r.folded)
    held = cue("cues", "activity").search(r.folded)
    return opening is not None and held is not None and _named(r.folded[opening.end() :], found)


def met_by_host_official(r: Reading, principal_id: str | None) -> bool:
    """ "وكان وزير الشؤون الداخلية قد أجرى … مباحثات مع رئيسي وفدي كازاخستان وتركيا": a
    foreign official, the subject before the verb of the talks, meets others; no one of the
    home side (the principal, a home post or demonym) is in the sentence."""
    if principal_id is None:
        return False
    people = r.of_kind("person")
    if any(m.entry.id == principal_id or m.entry.country == HOME for m in people):
        return False
    if any(m.entry.country == HOME for m in r.of_kind("demonym", "country")):
        return False
    verb = cue("cues", "activity").search(r.folded) or cue("cues", "meeting").search(r.folded)
    if verb is None:
        return False
    at = r.fold_map.origin[verb.start()]
    posts = read_posts(r)
    return not any(p.home for p in posts) and any(p.end <= at for p in posts)


def _named(text: str, found: Sequence[Counterpart]) -> bool:
    """The folded text opens with how a counterpart is said again: his first name, or his
    last word or words ("وانغ", "ريبادو", "يرلي قايا")."""
    said = re.match(r"[\s،,]*(\w+)(?:\s+(\w+))?", text)
    if said is None:
        return False
    for c in found:
        words = fold_form(c.name_ar).split() if c.name_ar else []
        if words and said.group(1) in _ends(words):
            return True
        if len(words) > 2 and said.group(2) and [said.group(1), said.group(2)] == words[-2:]:
            return True
    return False


def _post_again(r: Reading, at: int, found: Sequence[Counterpart]) -> bool:
    """ "كما التقى وزير الداخلية على هامش المؤتمر وزراء داخلية …" after "التقى اللواء فلان،
    وزير الداخلية، …": right after the verb, the post of a counterpart found before, naming
    no country and no holder after it, is its subject."""
    start = skip_space(r.sentence.text, at)
    post = next((p for p in read_posts(r) if p.start == start), None)
    if post is None or post.country is not None or post.organisations:
        return False
    if name_after(r, post) is not None:
        return False  # "حيث التقى رئيسه فلان": the post's holder, met by the principal
    return any((c.post or "").split("|")[0] == post.role.id for c in found)


def _ends(words: list[str]) -> set[str]:
    """A name's first and last words: how it is said again ("وانغ", "ريبادو")."""
    return {words[0], words[-1]} if words else set()


def named_in_passing(r: Reading, at: int) -> bool:
    """ "نقل … تحيات الفريق أول معالي الشيخ راشد …", "خلفا للواء فلان": someone whose
    greetings are conveyed, who is stood in for ("ناب عن"), or a predecessor or who appointed
    the counterpart, a few words
    and honorifics before him, or someone named in a clause of the times, was not met."""
    before = folded(r.sentence.text[max(0, at - CONVEYED_REACH) : at]).text
    keys = ("conveyed", "succession", "represented")
    passing = any(cue("cues", key).search(before) for key in keys)
    if passing or _denied(before) or _greeted(r, at) or _sovereigns_title(r, at):
        return True
    return _in_background_clause(r, at)


def _denied(before: str) -> bool:
    """ "…، وليس وزير الداخلية الكيني كما ورد": the word right before the post denies it."""
    last = before.split()[-1:]
    return bool(last) and cue("cues", "denied_identity").fullmatch(last[0]) is not None


def _in_background_clause(r: Reading, at: int) -> bool:
    """ "وتأتي هذه الزيارة في وقت زادت فيه الضغوط على حكومة الرئيسة …": who is named in a
    clause of the times was not met."""
    clause = background_clause(r)
    return clause < len(r.folded) and at >= r.fold_map.source_span(clause, len(r.folded))[0]


def _greeted(r: Reading, at: int) -> bool:
    """ "نقل تحيات الملك سلمان …، وصاحب السمو الملكي الأمير محمد …", "… إلى أخيه صاحب
    الجلالة …": those whose greetings are conveyed, listed on after a comma and "و", and the
    one they go to were not met; the greetings' clause ends at any other punctuation."""
    before = r.sentence.text[max(0, at - RECIPIENT_REACH) : at].rstrip()
    # "…، بقيادة جلالة الملك محمد السادس، رئيس لجنة القدس": a title in apposition is the
    # greeted one's.
    before = before.removesuffix("،").removesuffix(",")
    clause = re.split(r"[،,](?!\s*و)|[.؛:]", before)[-1]
    text = folded(clause).text
    greeting = [m.end() for m in cue("cues", "conveyed").finditer(text)]
    return bool(greeting) and not _met_in(text[greeting[-1] :])


def _sovereigns_title(r: Reading, at: int) -> bool:
    """ "الدعم الذي يقدمه جلالة الملك محمد السادس، رئيس لجنة القدس": a title in apposition
    to a sovereign's name, a few words after his royal word (cues sovereign), is his."""
    before = r.sentence.text[max(0, at - RECIPIENT_REACH) : at].rstrip()
    if not before.endswith(("،", ",")):
        return False
    clause = re.split(r"[،,.؛:]", before[:-1])[-1]
    tail = " ".join(folded(clause).text.split()[-SOVEREIGN_REACH:])
    return cue("cues", "sovereign").search(tail) is not None


def _met_in(text: str) -> bool:
    return any(cue("cues", key).search(text) for key in ("meeting", "reception"))


def listed_after(r: Reading, key: str) -> int:
    """Where the sentence starts listing those who attend ("وحضر اللقاء …", "بحضور …") or
    accompany ("ورافق حموشي …"), by cues key; the sentence's length when it lists none."""
    found = cue("cues", key).search(r.folded)
    return r.fold_map.origin[found.start()] if found else len(r.sentence.text)


def escorting_after(r: Reading, principal_id: str | None) -> int:
    """Where those who accompany the principal start: "ورافق حموشي …" (cues accompaniment),
    "وضم الوفد المرافق لحموشي …" (an escort word right before him), or "فيما يمثل المغرب في
    المؤتمر أيضا وزير الخارجية …" (who represents the home country, named after it)."""
    at = listed_after(r, "accompaniment")
    if at < len(r.sentence.text) and _foreign_accompanied(r, at, principal_id):
        at = len(r.sentence.text)
    at = min(at, _own_delegation_after(r, principal_id), _home_side_after(r))
    represents = cue("cues", "represents")
    for m in r.of_kind("country"):
        before = r.sentence.text[: m.start].split()[-1:]
        if m.entry.country == HOME and before and represents.fullmatch(fold_form(before[0])):
            at = min(at, m.end)
    escort = cue("cues", "escort_words")
    for m in r.of_kind("person"):
        before = r.sentence.text[: m.start].split()[-1:]
        principal = m.entry.id == principal_id and m.prefix.startswith("ل")
        if principal and before and escort.fullmatch(fold_form(before[0])):
            at = min(at, m.start)
    return at


def _home_side_after(r: Reading) -> int:
    """ "فيما حضرها من الجانب المغربي عبد اللطيف حموشي …، وخالد الزروالي، الوالي …": those
    named for the home side, when no other side is named after it."""
    named = sides(r)
    home = bool(named) and named[-1].country == HOME
    return named[-1].end if home else len(r.sentence.text)


def _own_delegation_after(r: Reading, principal_id: str | None) -> int:
    """ "قام حموشي … بزيارة عمل إلى اليابان، … على رأس وفد أمني يضم مدير الشرطة القضائية":
    the delegation the principal heads (cues own_delegation, then an includes verb within a
    few words) is his own side, unless a relative clause about another stands between."""
    end = len(r.sentence.text)
    principal = next((m for m in r.of_kind("person") if m.entry.id == principal_id), None)
    if principal is None:
        return end
    includes = alternation(forms("cues", "delegation_includes"))
    heads = alternation(forms("cues", "own_delegation"))
    pattern = (
        rf"(?<!\w)(?:{heads})(?:\s+[^\s،,.؛:]+){{0,{DELEGATION_REACH}}}?\s+(?:{includes})(?!\w)"
    )
    start = folded_at(r, principal.end)
    found = re.compile(pattern).search(r.folded, start)
    if found is None or cue("cues", "relative_pronouns").search(r.folded[start : found.start()]):
        return end
    return r.fold_map.origin[found.end() - 1] + 1


def _foreign_accompanied(r: Reading, at: int, principal_id: str | None) -> bool:
    """ "ورافق الوزير الإسباني في هذه الزيارة كاتب الدولة في الأمن": the one accompanied,
    right after the word, is the visitor, and those with him are of his side. "رافق مدير الأمن
    العام اللواء فلان، اليوم الأربعاء، … حموشي": the principal named after the first post
    is the other of the two, and the post's holder the host who went with him."""
    found = cue("cues", "accompaniment").search(r.folded, folded_at(r, at))
    if found is None:
        return False
    after = r.fold_map.origin[min(found.end(), len(r.folded) - 1)]
    first = next((p for p in read_posts(r) if p.start >= after), None)
    gap = r.sentence.text[after : first.start].strip() if first else "x"
    if first is None or gap or first.home:
        return False
    principal = [m for m in r.of_kind("person") if m.entry.id == principal_id]
    return first.country is not None or any(m.start > first.end for m in principal)


def not_met_after(r: Reading, principal_id: str | None, home_post: bool) -> int:
    """Where those who were not met start: who attended or opened the event, and, in a sentence
    that names the principal neither by name nor by a post of the home side (home_post), who
    took part in its proceedings ("وشارك في الجلسة الافتتاحية …")."""
    at = min(
        listed_after(r, "attendance"),
        listed_after(r, "opened_by"),
        _guests_after(r, principal_id),
        _own_meeting_after(r, principal_id),
    )
    named = home_post or any(m.entry.id == principal_id for m in r.of_kind("person"))
    if named:
        return at
    took_part = listed_after(r, "proceedings")
    # "وكان وزير الداخلية فلان قد افتتح أعمال المؤتمر": the subject told before the verb.
    if took_part < len(r.sentence.text) and pluperfect(r):
        return 0
    return min(at, took_part)


def rejoined_after(r: Reading, attending: int) -> int:
    """ "بحضور …، فيما شارك فيها من الجانب البرتغالي المدير الوطني …": after those who only
    attended, who took part in the talks (cues took_part) met the principal; where they start,
    the sentence's length when none is told."""
    end = len(r.sentence.text)
    if attending >= end:
        return end
    found = cue("cues", "took_part").search(r.folded, folded_at(r, attending))
    return r.fold_map.origin[found.start()] if found else end


def _own_meeting_after(r: Reading, principal_id: str | None) -> int:
    """ "ورافق لفتيت … حموشي، الذي عقد بدوره اجتماعا منفصلا مع …": another official of the
    home side, then a relative clause of his own meeting; those he met are not the
    principal's."""
    end = len(r.sentence.text)
    verbs = (cue("cues", "meeting"), cue("cues", "activity"), cue("cues", "meetings_held"))
    for m in r.of_kind("person"):
        if m.entry.country != HOME or m.entry.id == principal_id:
            continue
        clause = re.match(r"\s*[،,]\s*(?:الذي|التي)\s+(\w+)", r.sentence.text[m.end :])
        if clause and any(v.fullmatch(fold_form(clause.group(1))) for v in verbs):
            return m.end
    return end


def _guests_after(r: Reading, principal_id: str | None) -> int:
    """Past the principal when another met him and others one by one ("اجتمع معاليه، كلا على
    حدة، مع … حموشي …، وسعادة الفريق فلان"): those listed after him were fellow guests."""
    end = len(r.sentence.text)
    principal = next((m for m in r.of_kind("person") if m.entry.id == principal_id), None)
    if principal is None or not cue("cues", "separately").search(r.folded):
        return end
    opener = list(re.finditer(r"(?<!\w)مع\s", r.sentence.text[: principal.start]))
    # The glossary's form may hold an honorific ("السيد عبد اللطيف حموشي").
    if (
        not opener
        or not principal.start <= skip_honorifics(r.sentence.text, opener[-1].end()) < principal.end
    ):
        return end
    return principal.end


def former(r: Reading, post: Post) -> bool:
    """ "وزيرة الخارجية الألمانية السابقة، فلانة", "وهو وزير خارجية تركي سابق،": who held the
    post before is not met in it; the former word right after the post or ending its phrase,
    or inside it ("المدير التنفيذي السابق للوكالة")."""
    phrase = re.match(r"[^،,.;؛:()]*", r.sentence.text[post.end :])
    words = re.findall(r"\w+", phrase.group() if phrase else "")
    said = words[:1] + (words[-1:] if len(words) <= FORMER_REACH else [])
    said += re.findall(r"\w+", r.sentence.text[post.start : post.end])[1:]
    return any(cue("cues", "former").fullmatch(fold_form(w)) for w in said)


def in_passing(r: Reading, at: int) -> bool:
    """Offset at is in a clause told in passing (cues passing_clauses): a post held before
    ("الذي شغل قبل انتخابه … منصب مدير …"), people's nationalities, who chaired an opening;
    the clause runs from its cue to the next comma."""
    return r.in_cued_clause("cues", "passing_clauses", at)


def beside_principal(r: Reading, post: Post) -> bool:
    """ "ترأس حموشي الجلسة الافتتاحية، إلى جانب وزير النقل": at home, a minister of no other
    country beside the principal at the event he chairs is of the home government."""
    if post.role.id not in table("cues")["portfolio_roles"]:
        return False
    before = folded(r.sentence.text[: post.start]).text.rstrip()
    return any(before.endswith(fold_form(w)) for w in table("cues")["beside"])


def to_be_posted(r: Reading, post: Post) -> bool:
    """ "اتفقا على تعيين ضابط اتصال …": the post right after a word of appointing or sending
    someone (cues.yaml posting) is one to be filled, not a person met."""
    before = folded(r.sentence.text[: post.start]).text.split()[-1:]
    return bool(before) and before[0] in {fold_form(str(w)) for w in table("cues")["posting"]}


def principal_titles(readings: Sequence[Reading], principal_id: str | None) -> frozenset[str]:
    """The English titles the glossary gives the principal ("Minister of the Interior")."""
    for r in readings:
        for m in r.of_kind("person"):
            if m.entry.id == principal_id:
                return frozenset(t.en for t in m.entry.titles)
    return frozenset()


def principal_by_title(r: Reading, post: Post, titles: frozenset[str]) -> bool:
    """ "كما أجرى وزير الداخلية مباحثات منفصلة مع نظيرته البرتغالية …" when the principal is
    the minister: his own title, naming no country, as the subject right after the verb that
    opens the sentence, is he (the sentence does not name him otherwise)."""
    if post.country is not None or post.international or post.role.en.full not in titles:
        return False
    lead = folded(r.sentence.text[: post.start]).text.split()
    verbs = cue("cues", "subject_verbs", proclitics=False)
    opening = [w for w in lead if w not in ("كما", "ثم")]
    return len(opening) == 1 and verbs.fullmatch(opening[0].removeprefix("و")) is not None
