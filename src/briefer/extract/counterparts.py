"""Counterparts: who the principal met, named or by post (posts.py composes the titles)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from briefer.arabic.lexicon import cue, fold_form, folded
from briefer.documents import Block
from briefer.extract.body_again import said_again
from briefer.extract.counterpart_words import read_references
from briefer.extract.demonyms import in_host
from briefer.extract.deputies import read_deputies
from briefer.extract.facts import Counterpart, Evidence, Named, UnknownName
from briefer.extract.heads_by_verb import read_heads_by_verb
from briefer.extract.holder_later import named_later
from briefer.extract.holder_next import named_next
from briefer.extract.mentions import OFFICIAL, drop_headline_posts, generic_roles, merge
from briefer.extract.name_shape import given_name
from briefer.extract.names import name_after
from briefer.extract.names_before import name_before, nationality_before
from briefer.extract.people import counterpart, own_side, people
from briefer.extract.plural_posts import named_elsewhere, plural_posts
from briefer.extract.possessed import read_possessed
from briefer.extract.post_sides import (
    clause_country,
    context_country,
    contrasted_home,
    demonym_side,
    side_before,
)
from briefer.extract.posts import (
    HOME,
    PUNCTUATION,
    Post,
    international_body,
    international_words,
    is_unknown,
    read_posts,
)
from briefer.extract.reading import Reading
from briefer.extract.relevance import earlier_visit_clause
from briefer.extract.respectively import named_respectively
from briefer.extract.same_person import absorbed, second_title, title_of_named
from briefer.extract.subjects import (
    beside_principal,
    escorting_after,
    former,
    in_passing,
    meeting_denied,
    met_by_another,
    met_by_counterpart,
    named_in_passing,
    not_met_after,
    principal_by_title,
    principal_titles,
    rejoined_after,
    to_be_posted,
    visitors_programme,
)
from briefer.extract.unknown_names import Name, honorific_names, met_names
from briefer.extract.visitor_side import guest_met
from briefer.extract.wire import wire_country
from briefer.resources import data_table as table

# At home, the words after an unnamed post that may name its country ("بالجهاز البريطاني").
NEAR_COUNTRY = 3
ANAPHORA_REACH = 4
"""Words after a post within which "بالمنظمة" names the international body said before."""


def read_counterparts(
    readings: Sequence[Reading],
    principal: Named | None,
    day: date | None,
    host: str | None = None,
    background: frozenset[int] = frozenset(),
    international: frozenset[str] = frozenset(),
) -> tuple[list[Counterpart], list[UnknownName]]:
    """Every counterpart of the article, merged across sentences, and the unknown names.

    day: the visit's first day when its year is known, to pick the glossary title a person
    held then. host: where the visit took place, the country of a post that names none
    abroad. background: sentences that are not about the visit; nobody there is met.
    international: the English names of bodies that serve no one country (INTERPOL, the
    UN): a person whose title names one serves no country, whatever his nationality.
    """
    found: list[Counterpart] = []
    attended: set[Evidence] = set()
    shared: set[Evidence] = set()
    unknown: list[UnknownName] = []
    principal_id = principal.id if principal else None
    wire = wire_country(readings[0].article) if readings else None
    skip = {str(role) for role in table("cues")["not_counterparts"]}
    titles = principal_titles(readings, principal_id)
    for n, r in enumerate(readings):
        said = readings[:n]
        programme = host == HOME and visitors_programme(r, principal_id)
        # "ولم تشمل الزيارة لقاء مع …", "وقال مسؤول …، طالبا عدم ذكر اسمه": no one met.
        unmet = meeting_denied(r) or r.has("cues", "anonymous_source")
        if r.sentence.index in background or met_by_another(r, principal_id) or programme or unmet:
            continue
        if met_by_counterpart(r, found, principal_id):
            continue
        consumed: set[int] = set()
        taken: set[tuple[int, int]] = set()
        context = context_country(r, host, wire)
        # "مديره العام" is its director, not "مديرة العام"; "فلان، الذي يرأس جهاز …" its head.
        possessed = read_possessed(r, said) + read_heads_by_verb(r, principal_id)
        posts = [
            p
            for p in sorted([*read_posts(r), *plural_posts(r)], key=lambda p: (p.start, p.end))
            if not any(q.start < p.end and p.start < q.end for q, _ in possessed)
        ]
        accompanying = escorting_after(r, principal_id)
        attending = not_met_after(r, principal_id, any(p.home for p in posts))
        rejoined = rejoined_after(r, attending)
        carried: Post | None = None
        named_before: Post | None = None
        held_at: dict[int, int] = {}  # where a post starts: the index of its holder in found
        for i, post in enumerate(posts):
            # Abroad, the host's official; at home in a visitor's state wire, the visitor's.
            side = host if host not in (None, HOME) else wire if wire != HOME else None
            # "بنظيره الموريتاني، المدير العام للأمن الوطني، فلان": the reference says whose.
            post = _apposed_to_reference(r, post)
            if side is not None and not post.located and _namesake(r, post, principal_id, taken):
                # "عن الجانب الموريتاني، المدير العام للأمن الوطني، فلان" in Banjul: the side
                # named before the post is its holder's.
                named = side_before(r, post)
                post = post if named == HOME else replace(post, located=named or side)
            post = _apposed_to_reference(r, _of_the_kingdom(r, post, host))
            if carried is not None and post.role.id in skip:
                # "وزير الداخلية …، الناطق الرسمي باسم الحكومة، فلان": a title that is never a
                # counterpart's, apposed to a post, is that post holder's second title.
                post = replace(carried, end=post.end)
            if post.home or post.role.id in skip:
                continue
            # "رافق حموشي … الجنرال فلان، وزير الداخلية … بالنيجر": a foreign post among
            # those who accompany is the host or visitor the principal went with.
            if post.start >= accompanying and post.country is None:
                continue
            if _principals_own(r, post, principal_id) or named_in_passing(r, post.start):
                continue
            if contrasted_home(r, post, posts[i + 1 :], host):
                continue
            if principal_by_title(r, post, titles):
                continue
            if former(r, post) or in_passing(r, post.start) or to_be_posted(r, post):
                continue
            if post.shared:  # named only "respectively", after the list
                if not attending <= post.start < rejoined:
                    cited = r.evidence(post.start, post.end)
                    found.append(counterpart(post, None, cited, None, day))
                    shared.add(cited)
                continue
            if absorbed(r, post, posts[i + 1 : i + 2]):
                carried = post
                continue
            if carried is not None and carried.international and post.country is None:
                # "وكيل الأمين العام للأمم المتحدة رئيس مكتب مكافحة الإرهاب": the UN's.
                post = replace(post, international=True)
            elif carried is not None and _joined_titles(r, carried, post) and not post.country:
                # "رئيس الشرطة الإيطالية - المدير العام للأمن العمومي، فلان": Italy's.
                post = replace(post, located=carried.country)
            if second_title(r, post, named_before) or title_of_named(r, post, taken):
                # "المحافظ فيتوريو بيزاني، رئيس الشرطة والمدير العام …": his titles.
                held = held_at.get(named_before.start) if named_before else None
                if held is not None and not _generic(post):
                    found[held] = replace(found[held], also=(*found[held].also, post.key))
                    held_at[post.start] = held
                named_before = post
                continue
            name = _holder(r, post, principal_id, taken, carried)
            # "النائب الأول لرئيس مجلس الوزراء وزير الداخلية": the first title is his too.
            also = (carried.key,) if carried is not None and not _generic(carried) else ()
            carried = None
            named_before = post if name and name.end <= post.start else None
            if name is not None and named_in_passing(r, name.start):
                continue
            post = said_again(said, r, post)
            if _international_tail(r, post, name):
                post = replace(post, international=True)
            if name and post.country is None and not post.international:
                post = replace(post, located=nationality_before(r, name) or post.located)
            if name and name.entry is None:
                unknown.append(UnknownName(name.ar, r.evidence(name.start, name.end)))
            if name and (name.organisation or _unvouched_after_reference(r, post, name)):
                name = None
            if name and name.entry and own_side(name.entry, principal_id):
                continue
            # "مدير مكافحة الإرهاب الدولي بالجهاز البريطاني": his country ends his post.
            escort = _escort_country(r, post, posts, host)
            placed = post.country or clause_country(r, post, host, NEAR_COUNTRY) or escort
            at_home_unknown = host == HOME and placed is None and not post.international
            starts = (post.start, name.start if name else post.start)
            attendee = any(attending <= at < rejoined for at in starts)
            named_only = post.role.id in table("cues")["named_only_roles"]
            if name is None and (_bare(post) or at_home_unknown or attendee or named_only):
                # At home an unnamed post with no country may be either side's; an unnamed
                # attendee was not met.
                continue
            if at_home_unknown and not (escort or context) and beside_principal(r, post):
                continue  # "إلى جانب وزير النقل واللوجستيك فلان": the home government's
            if name:
                taken.add((name.start, name.end))
            if name and name.entry:
                consumed.add(name.start)
            span = (
                min(post.start, name.start if name else post.start),
                max(post.end, name.end if name else post.end),
            )
            own = clause_country(r, post, host) or escort or context
            cp = counterpart(post, name, r.evidence(*span), own, day, international)
            found.append(replace(cp, also=also))
            held_at[post.start] = len(found) - 1
            if attendee:
                attended.add(found[-1].evidence[0])
            # Organisations the glossary lacks are proposed for it, like names.
            unknown += [
                UnknownName(o.arabic[0], r.evidence(post.start, post.end))
                for o in post.organisations
                if is_unknown(o)
            ]
        for post, name in possessed:
            if name is not None and name.entry is not None and own_side(name.entry, principal_id):
                continue  # "حيث كان في استقباله مديرها العام، عبد اللطيف حموشي"
            if attending <= post.start < rejoined:
                continue  # "وحضر اللقاء فلان، الذي يرأس …": who attended was not met
            if name is not None and name.entry is None:
                unknown.append(UnknownName(name.ar, r.evidence(name.start, name.end)))
            cited = r.evidence(post.start, name.end if name else post.end)
            found.append(counterpart(post, name, cited, context, day, international))
        found += people(r, consumed, principal_id, day, international)
        unknown += honorific_names(r) + met_names(r)
        found, deputies = read_deputies(r, read_references(r, found))
        found = _past_earlier_visit(r, named_respectively(r, found))
        unknown += deputies
    headlines = frozenset(r.sentence.index for r in readings if _is_heading(r))
    # "حضر اللقاء … فلان وكيل وزارة الداخلية": someone who only attended was not met; named
    # there and met elsewhere ("بحضور … الأمين العام، فلان" then "التقى الأمين العام"), he was.
    # "الشرطة الكونغولية" is Brazzaville's in Brazzaville, or at home with it named.
    side = demonym_side(readings, host)
    sided = [replace(c, country=in_host(c.country, side)) for c in found]
    merged = merge(named_elsewhere(sided, shared), attended)
    only_attended = [c for c in merged if set(c.evidence) <= attended]
    # At home, "the guest" met later is the visitor who attended (abroad, the principal).
    guests = guest_met(readings, only_attended, background) if host == HOME else []
    met = [c for c in merged if c not in only_attended or c in guests]
    met, holders = named_next(readings, met)
    met, speakers = named_later(readings, met, principal_id, background)
    return drop_headline_posts(met, headlines), unknown + holders + speakers


def _past_earlier_visit(r: Reading, found: list[Counterpart]) -> list[Counterpart]:
    """ "بعد زيارة نظيره الإستوني للرباط.. حموشي يوقع في تالين": nobody named in the clause
    of an earlier visit that opens the sentence was met on this one."""
    end = earlier_visit_clause(r)
    if end is None:
        return found
    cut = r.evidence(0, end).end
    index = r.sentence.index
    return [c for c in found if not any(e.sentence == index and e.start < cut for e in c.evidence)]


def _joined_titles(r: Reading, first: Post, second: Post) -> bool:
    """Two titles of one person joined by a dash or nothing, the first with its country."""
    gap = r.sentence.text[first.end : second.start]
    return first.country is not None and not PUNCTUATION.search(gap)


def _escort_country(r: Reading, post: Post, posts: Sequence[Post], host: str | None) -> str | None:
    """At home, "…، الذي حل بالمغرب مرفوقا بالمدعية العامة الفدرالية، …": those who came with
    the visitor, after a word of company (cues.yaml deputy_joins), are of his country."""
    if host not in (None, HOME):
        return None
    joins = [r.fold_map.origin[m.start()] for m in cue("cues", "deputy_joins").finditer(r.folded)]
    for before in reversed([p for p in posts if p.end <= post.start]):
        if before.country not in (None, HOME):
            escorted = any(before.end <= j <= post.start for j in joins)
            return before.country if escorted else None
    return None


def _international_tail(r: Reading, post: Post, name: Name | None) -> bool:
    """ "المديرة التنفيذية للمديرية … التابعة لمجلس الأمن، فلانة": the rest of the body's name,
    between the post and the name, says it is an international one; with no name, the rest
    of the clause when it names the body the post's belongs to ("ومنسق البرنامج العالمي …
    التابع لمكتب الأمم المتحدة المعني بالمخدرات والجريمة")."""
    if post.country is not None or post.international:
        return False
    if name is not None and not name.organisation:
        if name.start <= post.end:
            return False
        between = folded(r.sentence.text[post.end : name.start]).text
        remit = cue("cues", "remit").search(between)
        return international_words(between[: remit.start()] if remit else between)
    rest = folded(PUNCTUATION.split(r.sentence.text[post.end :])[0]).text
    # "مدير الجريمة السيبرانية بالمنظمة", "المدير التنفيذي لخدمات الشرطة بالمنظمة": the
    # international body named before, at the end of the post's few words.
    head = " ".join(rest.split()[:ANAPHORA_REACH])
    if cue("cues", "international_anaphora").search(head) or international_body(head):
        return True
    affiliated = cue("agreements", "affiliation").search(rest) is not None
    return affiliated and international_words(rest)


def _of_the_kingdom(r: Reading, post: Post, host: str | None) -> Post:
    """ "الممثل الدائم للمملكة لدى الأمم المتحدة": "the Kingdom" alone is the home country,
    unless the visit is to another kingdom whose press says it of itself (cues.yaml
    kingdom_hosts); no country is named after the post otherwise."""
    if post.country is not None or post.international:
        return post
    # "…الدائم للمملكة" may have been read as the end of the post's own words.
    words = fold_form(r.sentence.text[post.start : post.end + 12]).split()
    if not {fold_form(str(w)) for w in table("cues")["kingdom_words"]} & set(words):
        return post
    kingdoms = {str(c) for c in table("cues")["kingdom_hosts"]}
    return replace(post, located=host if host in kingdoms else HOME)


def _apposed_to_reference(r: Reading, post: Post) -> Post:
    """ "ونظيره العماني، المفتش العام للشرطة والجمارك …": a post in apposition to "نظيره"
    and a demonym serves that demonym's country, whatever the host."""
    if post.demonym is not None or post.located is not None:
        return post
    before = r.sentence.text[: post.start].rstrip(" ")
    if not before.endswith(("،", ",")):
        return post
    demonym = next((m for m in r.of_kind("demonym") if m.end == len(before[:-1].rstrip())), None)
    if demonym is None or not demonym.entry.country:
        return post
    words = cue("cues", "counterpart_words")
    lead = r.sentence.text[max(0, demonym.start - 12) : demonym.start]
    if not words.search(folded(lead).text):
        return post
    return replace(post, located=demonym.entry.country)


def _principals_own(r: Reading, post: Post, principal_id: str | None) -> bool:
    """ "حل وزير الداخلية، عبد الوافي لفتيت، بروما": a post of no stated country with the
    principal in apposition after its comma, or named right before it, is the principal's
    own, not an unnamed host."""
    if principal_id is None or post.country is not None or post.international:
        return False
    # "استقبل … ببرازيليا، عبد الوافي لفتيت، وزير الداخلية، الذي …": his, after his name
    # ("حموشي، ووزير الداخلية الليبي" joins another's).
    before = None if post.conjoined else name_before(r, post, principal_id)
    if before is not None and before.entry is not None and before.entry.id == principal_id:
        return True
    if _home_complement_then_principal(r, post, principal_id):
        return True
    name = name_after(r, post)
    if name is None or name.entry is None or name.entry.id != principal_id:
        return False
    if name_before(r, post, principal_id) is not None:
        return False  # "فلان وزير الداخلية اليوم، السيد حموشي": the post is his, before it
    return bool(re.match(r"\s*[،,]", r.sentence.text[post.end :]))


def _home_complement_then_principal(r: Reading, post: Post, principal_id: str) -> bool:
    """ "الوالي مدير الهجرة ومراقبة الحدود بوزارة الداخلية المغربية خالد الزروالي": the
    post's complement names the home country, then the principal follows. Not when a person,
    a post, a place or punctuation stands between ("وزير الداخلية الشيخ فلان اليوم المدير العام
    … حموشي", "المفتش العام للشرطة والجمارك اليوم بمدينة طنجة في المملكة المغربية سعادة
    عبد اللطيف حموشي")."""
    home = [m for m in r.of_kind("country", "demonym") if m.entry.country == HOME]
    for m in r.of_kind("person"):
        if m.entry.id != principal_id or m.start < post.end:
            continue
        gap = r.sentence.text[post.end : m.start]
        kinds = ("person", "role", "place")
        between = [o for o in r.of_kind(*kinds) if post.end <= o.start < m.start]
        # The complement opens with "ب", "ل" or "و": "بوزارة …", "ومراقبة الحدود …".
        opens = gap.split()[:1]
        if between or PUNCTUATION.search(gap) or not opens or opens[0][0] not in "بلو":
            return False
        return any(post.end <= h.start and h.end <= m.start for h in home)
    return False


def _is_heading(r: Reading) -> bool:
    return r.block is not Block.BODY


def _holder(
    r: Reading,
    post: Post,
    principal_id: str | None,
    taken: set[tuple[int, int]],
    absorbed: Post | None = None,
) -> Name | None:
    """Who holds the post: the name after it, else the one before it. The principal after a
    post is its object ("استقبل … وزير الداخلية، السيد حموشي"), not its holder; a name
    already given to another post of the sentence is not this one's. absorbed: the post
    just before, of the same person ("فلان، نائب رئيس مجلس الوزراء وزير الداخلية"), whose
    name before it is this one's."""
    before = name_before(r, absorbed or post, principal_id)
    # "فيصل شهكار، رئيس …": a person the glossary knows, right before the post, holds it.
    first = (before, name_after(r, post)) if before and before.entry else None
    candidates = [
        name
        for name in first or (name_after(r, post), before)
        if name is not None
        and (name.start, name.end) not in taken
        and (name.entry is None or name.entry.id != principal_id)
    ]
    # "فلان، مساعد وزير الداخلية لقطاع مكافحة المخدرات": the words after are the post's
    # remit, not a name; the name before holds it.
    people = [name for name in candidates if not name.organisation]
    return next(iter(people or candidates), None)


def _generic(post: Post) -> bool:
    """ "الوزير الأذربيجاني", "المسؤولة الأيسلندية": a word for anyone of that country, no post
    of his own (mentions.generic_roles)."""
    return post.role.id in generic_roles()


def _namesake(
    r: Reading, post: Post, principal_id: str | None, taken: set[tuple[int, int]]
) -> bool:
    """ "وبالمدير العام للأمن الوطني الفريق مسغارو ولد سيدي" in Nouakchott, or in a
    Mauritanian wire from Kenitra: the principal's own title, nothing saying it is Moroccan,
    held by a person named after it whom the glossary does not know: the other side's."""
    if not post.home or post.demonym or post.located:
        return False
    if any(o.country == HOME for o in post.organisations):
        return False
    before = name_before(r, post, principal_id)
    if before is not None and before.entry is not None:
        return False  # "عبد اللطيف حموشي، المدير العام للأمن الوطني": his own title
    name = name_after(r, post)
    if name is None or (name.start, name.end) in taken:
        return False
    return name.entry is None and not name.organisation


def _unvouched_after_reference(r: Reading, post: Post, name: Name) -> bool:
    """ "وأشاد الوزير الأذربيجاني بمستوى التعاون", "أبدى المسؤول الغامبي رغبة بلاده": a
    generic role with a country refers back to someone the article names, and the words after
    it go on with the sentence. Only a person the glossary knows or a name an honorific or
    rank introduces ("الوزير الكويتي، الشيخ فلان") is its holder."""
    if name.entry is not None or name.start < post.end:
        return False
    # "المسؤول الأمني الغامبي": an official is a description, whatever follows the word.
    if post.organisations and post.role.id != OFFICIAL:
        return False
    if not _generic(post) or not (post.demonym or post.located):
        return False
    gap = folded(r.sentence.text[post.end : name.start]).text
    # "الرئيس التشادي محمد إدريس ديبي": a listed given name opens a name, not the sentence.
    first = fold_form(name.ar.split()[0]) if name.ar.split() else ""
    # "رئيس جمهورية إفريقيا الوسطى، فوستان أرشانج تواديرا،": a name filling its commas.
    apposed = re.search(r"[،,]", gap) is not None and r.sentence.text[name.end :][:1] in "،,."
    return cue("cues", "honorifics").search(gap) is None and not given_name(first) and not apposed


def _bare(post: Post) -> bool:
    """A generic role with nothing to say whose it is ("الرئيس", "المدير"): no one to name."""
    # "نائبة المفوض العام المكلفة بالتكوين", "مساعد القائد العام": a deputy's post says whose.
    # "المدير التنفيذي لخدمات الشرطة بالمنظمة": the international body's post.
    said = (post.organisations, post.demonym, post.located, post.modifier, post.international)
    return _generic(post) and not any(said)
