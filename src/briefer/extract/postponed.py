"""Days a visit no longer keeps: "الزيارة التي كان من المقرر أن يقوم بها … يومي 24 و25 مارس،
أرجئت إلى يومي 8 و9 أبريل" (the first pair is superseded), "تأجيل الزيارة التي كان مقررا …
يومي 20 و21 أكتوبر، إلى موعد لاحق" (no day left). Word lists: data/calendar.yaml
(was_planned, postponed).
"""

from __future__ import annotations

from briefer.arabic.lexicon import cue
from briefer.extract.reading import Reading


def superseded(r: Reading, folded_at: int) -> bool:
    """The day at folded offset folded_at is one the sentence says the visit was planned for
    and then postponed from: after "كان من المقرر" with no postponement between, or before
    the postponement itself ("أعلنت مصادر، أمس الخميس، تأجيل الزيارة")."""
    planned = cue("calendar", "was_planned").search(r.folded)
    if planned is None:
        return False  # most sentences: nothing planned, nothing else to read
    postponements = [m.start() for m in cue("calendar", "postponed").finditer(r.folded)]
    visit = r.has("cues", "visit") or r.has("calendar", "the_visit")
    if not postponements or not visit:
        return False
    if folded_at < postponements[0]:
        return True
    between = [p for p in postponements if planned.end() <= p < folded_at]
    return planned.end() <= folded_at and not between
