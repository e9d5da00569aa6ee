"""The name before a post: "محمود ديميرتاش، مدير …", "مباحثات مع كل من تشيبو موليفي، مفوض
شرطة بوتسوانا، وكاغيسو سيبيلي، المدير العام …" (the name after a post is in names)."""

from __future__ import annotations

import re
from functools import cache

from briefer.arabic.frequency import zipf
from briefer.arabic.lexicon import alternation, cue, fold_form, folded, forms
from briefer.extract.complements import folded_match
from briefer.extract.name_shape import given_name, waw_names, western_given
from briefer.extract.names import holds_words, name_written
from briefer.extract.posts import PUNCTUATION, Post
from briefer.extract.reading import Reading, skip_space
from briefer.extract.unknown_names import Name, skip_honorifics, unknown_name
from briefer.resources import data_table as table
from briefer.resources import home_country

HOME = home_country()


def name_before(r: Reading, post: Post, principal_id: str | None) -> Name | None:
    """The name before a post: "محمود ديميرتاش، مدير …", "بفيصل شهكار، رئيس …"."""
    text = r.sentence.text
    before = text[: post.start].rstrip()
    acting = _acting_before().search(folded(before).text)
    if acting:
        before = before[: folded(before).origin[acting.start()]]
    # "السيد كوامي أسانتي، الذي يشغل منصب المدير التنفيذي …": the relative clause joins them.
    holds = re.search(rf"[،,]\s*(?:{holds_words()})$", folded(before).text)
    if holds:
        before = before[: folded(before).origin[holds.start()]] + "،"
    comma = before.endswith(("،", ","))
    before = before[:-1].rstrip() if comma else before
    for m in r.of_kind("person"):
        # "التقى حموشي مدير …": without a comma the principal before a post is its subject.
        if m.end == len(before) and (comma or m.entry.id != principal_id):
            return Name(m.entry, name_written(text, m), m.start, m.end)
    chunk_start = max((p.end() for p in PUNCTUATION.finditer(before)), default=0)
    # An honorific or a meeting word vouches for the name; "مع" only opens it ("مع النائب
    # الأول …" is no name).
    anchors = [
        (cue("cues", "honorifics"), True),
        (cue("cues", "meeting"), True),
        (cue("cues", "led_by"), True),
        (cue("cues", "took_part"), True),
        (cue("cues", "name_openers"), False),
        (cue("cues", "beside"), False),  # "، إلى جانب ديسيسلافا إيفانوفا، مديرة …"
    ]
    starts = [
        (a.end(), vouches)
        for pattern, vouches in anchors
        for a in pattern.finditer(r.fold_map.text)
        if chunk_start <= r.fold_map.origin[a.start()] < len(before)
        and not _in_compound(r.fold_map.text, a.start())
    ]
    if not starts and comma and chunk_start == 0:
        return _subject_chunk(r, len(before))
    if not starts:
        return _apposed_chunk(r, chunk_start, len(before)) if comma else None
    end, vouched = max(starts)
    at = skip_honorifics(text, r.fold_map.origin[min(end, len(r.fold_map.origin) - 1)])
    # "كما التقى حموشي أوشرا فايتكيفيتشيني، مديرة …": the principal, the verb's subject,
    # stands between the meeting word and the name.
    subject = next((m for m in r.of_kind("person") if m.start == at), None)
    if subject is not None and subject.entry.id == principal_id and not subject.prefix:
        at = skip_honorifics(text, subject.end)
    at = _past_home_official(r, at)
    # "مباحثات مع كل من تشيبو موليفي، مفوض …": "each of" opens a list of people.
    at = _past_each_of(text, at)
    name = unknown_name(r, at, bounded=False, limit=len(before), vouched=vouched)
    return name if name and name.end == len(before) else None


def _past_home_official(r: Reading, at: int) -> int:
    """ "التقى المسؤول المغربي كين ماكالوم، المدير العام …": the principal, called by a role
    and the home demonym, is the verb's subject before the name; past him."""
    role = next((m for m in r.of_kind("role") if m.start == at and not m.prefix), None)
    if role is None:
        return at
    text = r.sentence.text
    # "المسؤول الأمني المغربي": one modifier may stand between the role and the demonym.
    modifier = re.match(r"\s+\w+(?=\s)", text[role.end :])
    starts = {skip_space(text, role.end)}
    starts |= {skip_space(text, role.end + modifier.end())} if modifier else set()
    for m in r.of_kind("demonym"):
        if m.start in starts and m.entry.country == HOME:
            return skip_honorifics(text, m.end)
    return at


def _subject_chunk(r: Reading, end: int) -> Name | None:
    """ "وعقدت سانيلا هادجيتش، مساعدة وزير الأمن، جلسة عمل …": the sentence opens with a verb
    (a word of prose) and its subject, a name filling the words up to the comma."""
    verb = re.match(r"\s*(\w+)\s+", r.sentence.text[:end])
    if verb is None or zipf(fold_form(verb.group(1)).removeprefix("و")) <= 0:
        return None
    name = unknown_name(r, verb.end(), bounded=True, limit=end)
    return name if name and name.start == verb.end() and name.end == end else None


def nationality_before(r: Reading, name: Name) -> str | None:
    """The country of a nationality opening a list's item right before a name: "…،
    والبرتغالية آنا باولا فيريرا"; not the demonym of a noun ("المسؤول المغربي فلان")."""
    text = r.sentence.text
    for m in r.of_kind("demonym"):
        opens = m.prefix.startswith("و") or text[: m.start].rstrip().endswith(("،", ","))
        if opens and skip_space(text, m.end) == name.start and m.entry.country != HOME:
            return m.entry.country
    return None


def _apposed_chunk(r: Reading, start: int, end: int) -> Name | None:
    """ "استقبل، الثلاثاء الماضي بالرباط، نيكولا ليرنر، المدير العام …": after a meeting word
    (or a delegation's "يضم") earlier in the sentence, a name filling its own commas right
    before the post."""
    keys = ("meeting", "talks", "led_by", "delegation_includes")
    anchors = [cue("cues", key).search(r.fold_map.text) for key in keys]
    met = min((a.start() for a in anchors if a), default=None)
    at = len(r.sentence.text) - len(r.sentence.text[start:].lstrip(" "))
    # "…، والبرتغالية آنا باولا فيريرا، رئيسة …": a nationality opens the next one of a list.
    nationality = next((m for m in r.of_kind("demonym") if m.start == at), None)
    if start > 0 and nationality is not None:
        at = skip_space(r.sentence.text, nationality.end)
    elif start == 0 or met is None or r.fold_map.origin[met] >= start:
        return None
    # "كما التقى المفتش العام …، فلان، ثم كايودي إغبيتوكون، المفتش العام …": the next met;
    # "…، وهو باولو ماتياس، الذي يتولى مهام المدير …": who he is.
    then = re.match(r"(?:ثم|وهو|وهي)\s+", r.sentence.text[at:end])
    at += then.end() if then else 0
    at = _past_each_of(r.sentence.text, at)
    # "…، وإريك سنوك، المفوض العام …": no word begins with "وإ"; its "و" joins the name on,
    # as before a given name ("…، ومحمد لامين جالوه، القائم بأعمال …").
    joined = re.match(r"و[أإآ]", r.sentence.text[at:end]) or _and_given(r, at)
    at += 1 if joined or _after_a_post(r, start, at) else 0
    name = unknown_name(r, at, bounded=True, limit=end)
    return name if name and name.start == at and name.end == end else None


def _after_a_post(r: Reading, start: int, at: int) -> bool:
    """ "…، مفوض شرطة بوتسوانا، وكاغيسو سيبيلي، المدير العام …": after a chunk that ends with
    a post, "و" joins the next person of the list (a name that begins with "و", "وانغ", is
    listed as one)."""
    text = r.sentence.text
    word = re.match(r"\w+", text[at:])
    if word is None or not word.group().startswith("و") or fold_form(word.group()) in waw_names():
        return False
    previous = max((p.end() for p in PUNCTUATION.finditer(text, 0, max(start - 1, 0))), default=0)
    return any(previous <= m.start < start for m in r.of_kind("role"))


def _and_given(r: Reading, at: int) -> bool:
    """ "…، ومحمد لامين جالوه، القائم بأعمال …", "…، وجوزيف سيوانكامبو، مدير …": "و" and a
    given name names.yaml lists, Arab or Western."""
    first = re.match(r"\s*و(\w+)", r.sentence.text[at:])
    return first is not None and (
        given_name(fold_form(first.group(1))) or western_given(first.group(1))
    )


@cache
def _acting_before() -> re.Pattern[str]:
    """ "القائم بأعمال" closing the words before a post, or a title of the holder's that stands
    between his name and the post ("سلطان بن محمد القاسمي عضو المجلس الأعلى حاكم الشارقة")."""
    words = [*forms("cues", "acting_before"), *forms("cues", "apposed_titles")]
    return re.compile(rf"\s(?:{alternation(words)})$")


def _in_compound(text: str, at: int) -> bool:
    """ "عبد الأمير", "عبد السيد": a title after "عبد" is the second half of a given name."""
    previous = re.search(r"(\w+)\s+$", text[:at])
    return previous is not None and fold_form(previous.group(1)) in _compound_heads()


@cache
def _compound_heads() -> frozenset[str]:
    return frozenset(fold_form(str(w)) for w in table("cues")["compound_name_heads"])


def _past_each_of(text: str, at: int) -> int:
    """Past "كل من" (each of) opening a list of people at offset at: "مباحثات مع كل من
    تشيبو موليفي، مفوض …"."""
    return folded_match(rf"(?:{alternation(forms('cues', 'each_of'))})\s+", text, at) or at
