"""Where an article's parts are: the body's first sentence, and the datelines before it."""

from __future__ import annotations

import re

from briefer.documents import Article, Block

# A dateline opens an article: a place, a dash or a date, an agency ("الرباط - ومع").
DATELINE = re.compile(r"^\s*[\w\s]{2,30}?\s*(?:\([\w\s]{2,30}\)\s*)?(?:[-–—:]|\d|في\s|،)")


def body_start(article: Article) -> int | None:
    """The index of the sentence that opens the body, after the headline and headings."""
    body = (s for s in article.sentences if article.paragraphs[s.paragraph].kind is Block.BODY)
    return next((s.index for s in body), None)


def datelines(article: Article) -> frozenset[int]:
    """The sentences that may be a dateline, whose first words name a city: those that open
    with one, from after the headline to the first of the body ("الرباط - واع" standing
    alone as a heading, or "عمان 5 آذار (بترا) - بحث …" opening the body)."""
    first = body_start(article)
    if first is None:
        return frozenset()
    return frozenset(
        s.index
        for s in article.sentences[: first + 1]
        if article.paragraphs[s.paragraph].kind is not Block.HEADLINE
        and DATELINE.match(s.text) is not None
    )
