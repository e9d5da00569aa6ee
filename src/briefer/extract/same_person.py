"""Whether a post is another post of someone already read: two titles in a row ("النائب الأول
لرئيس مجلس الوزراء وزير الداخلية"), a second title after a named holder ("الشيخ فلان وزير
الداخلية وقائد قوة الأمن الداخلي"), a title in apposition to a name, a portfolio held beside
the title ("نائب رئيس الوزراء ووزير الأمن الوطني، فلان")."""

from __future__ import annotations

from collections.abc import Sequence

from briefer.arabic.lexicon import cue
from briefer.extract.mentions import OFFICIAL
from briefer.extract.names import holds_between, name_after
from briefer.extract.names_before import name_before
from briefer.extract.posts import PUNCTUATION, Post
from briefer.extract.reading import Reading
from briefer.resources import data_table as table


def second_title(r: Reading, post: Post, named_before: Post | None) -> bool:
    """ "الشيخ فلان وزير الداخلية وقائد قوة الأمن الداخلي": a post joined by "و" right after
    the post of someone named before it, with no name of its own, is his second title."""
    if named_before is None or name_after(r, post) is not None:
        return False
    gap = r.sentence.text[named_before.end : post.start]
    if post.conjoined:
        return not gap.strip(" و")
    # "ممثل جلالة الملك للأعمال الإنسانية … مستشار الأمن الوطني قائد الحرس الملكي، أمس": titles
    # stacked with no "و" nor punctuation are one person's (a list of people joins with "و").
    return not PUNCTUATION.search(gap) and name_before(r, post, None) is None


def title_of_named(r: Reading, post: Post, taken: set[tuple[int, int]]) -> bool:
    """A post in apposition (after a comma) to a name another post of the sentence already
    holds ("مع المحافظ فيتوريو بيزاني، رئيس الشرطة"), with no name of its own after it."""
    if post.conjoined:
        return False  # "…، السيد فلان، وبالقائد العام …": the next in a list
    text = r.sentence.text
    # "…، العقيد فلان، الذي يتولى بالنيابة مهام رئيس الشرطة": a clause of holding it too.
    gaps = [text[end : post.start] for _, end in taken]
    apposed = any(gap.strip() in ("،", ",") or holds_between(gap) for gap in gaps)
    return apposed and name_after(r, post) is None


def absorbed(r: Reading, post: Post, following: Sequence[Post]) -> bool:
    """One person's two posts in a row: "النائب الأول لرئيس مجلس الوزراء وزير الداخلية",
    "رئيس الشرطة الإيطالية - المدير العام للأمن العمومي فلان": the first is dropped, the
    second (which the name follows) speaks for both."""
    if not following:
        return False
    if following[0].conjoined:
        return _portfolio_too(r, post, following[0])
    if following[0].home and not post.home:
        # "استقبل وزير الداخلية الموريتاني المسؤول الأمني المغربي": subject, then object.
        return False
    if following[0].role.id == OFFICIAL and following[0].organisations == ():
        # "قائد وحدة شرطة الموانئ، المسؤولة عن تأمين الميناء": what the body is in charge
        # of, not a second title.
        return False
    gap = r.sentence.text[post.end : following[0].start]
    # "القائد الأعلى للدرك الوطني، مدير العدالة العسكرية، الجنرال فلان": a comma between two
    # posts not joined by "و" is apposition too (a list joins its items with "و").
    return not gap.strip(" -–—،,")


def _portfolio_too(r: Reading, post: Post, second: Post) -> bool:
    """ "نائب رئيس الوزراء ووزير الأمن الوطني، الدكتور فلان", "وزير الشؤون الداخلية ووزير
    القانون السنغافوري، ك. شانموغام": a head of government (or his deputy) or a minister who
    also holds the portfolio joined right after by "و", one name after both, is one person.
    So are any two posts joined by "و" with one name set off by a comma after both ("وزير
    العدل والمدعي العام، فلان، والمفتش العام …، فلان"), unless the sentence tells its
    names "على التوالي" (the list's first name is then the first post's)."""
    if r.sentence.text[post.end : second.start].strip(" و"):
        return False
    # "المدير الوطني لشرطة الأمن العمومي البرتغالية والمديرة العامة للحرس المدني الإسباني،
    # فلانة": two countries' posts are two people.
    if post.country and second.country and post.country != second.country:
        return False
    name = name_after(r, second)
    if name_after(r, post) is not None or name is None:
        return False
    portfolios = {str(role) for role in table("cues")["portfolio_roles"]}
    heads = {str(role) for role in table("cues")["government_heads"]} | portfolios
    if post.role.id in heads and second.role.id in portfolios:
        return True
    apposed = "،" in r.sentence.text[second.end : name.start]
    return apposed and not cue("cues", "respectively").search(r.folded)
