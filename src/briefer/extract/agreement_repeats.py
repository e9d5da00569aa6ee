"""One agreement told twice: a document of the same kind and status told again in a later
sentence, its parties among the other's, is the same one."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from briefer.arabic.lexicon import fold_form
from briefer.extract.facts import Agreement, Party


def repeats_merged(found: list[Agreement]) -> list[Agreement]:
    """ "وقع حموشي … على مذكرة تفاهم مع الشرطة الوطنية الإكوادورية", then "وتوجت هذه
    المباحثات بتوقيع مذكرة تفاهم بين المديرية … والشرطة الوطنية الإكوادورية": a document of
    the same kind and status told again in a later sentence, its parties among the other's
    (or the other's among its), is the same one."""
    out: list[Agreement] = []
    for agreement in found:
        same = next((i for i, a in enumerate(out) if _repeated(a, agreement)), None)
        if same is None:
            out.append(agreement)
            continue
        first = out[same]
        parties = max((first.parties, agreement.parties), key=len)
        cited = tuple(sorted({*first.evidence, *agreement.evidence}))
        out[same] = replace(
            first, parties=parties, evidence=cited, subject=first.subject or agreement.subject
        )
    return out


def _repeated(first: Agreement, later: Agreement) -> bool:
    if not (first.document and later.document) or (first.kind, first.status) != (
        later.kind,
        later.status,
    ):
        return False
    if {e.sentence for e in first.evidence} & {e.sentence for e in later.evidence}:
        return False  # "مذكرتي تفاهم، الأولى … والثانية …": two of one sentence
    a, b = first.parties, later.parties
    # "وتوجت بالتوقيع على مذكرة تفاهم في مجال التعاون الشرطي" leading the article, then the
    # signing told with its parties: the lead names no party, the story names them.
    return (not a and bool(b)) or (bool(a and b) and (_among(a, b) or _among(b, a)))


def _among(few: Sequence[Party], many: Sequence[Party]) -> bool:
    """Each party of few is one of many, named alike or in fewer of its words: "الشرطة
    النيجرية" is "الشرطة الوطنية النيجرية" told short."""
    return all(any(_told_short(p, q) for q in many) for p in few)


def _told_short(p: Party, q: Party) -> bool:
    words, more = set(fold_form(p.ar).split()), set(fold_form(q.ar).split())
    return p.country == q.country and words <= more
