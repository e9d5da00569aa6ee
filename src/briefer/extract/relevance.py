"""Which sentences report the visit, and which are background.

An article about a visit also tells of the principal's record, earlier visits, the two
countries' relations and other news. People named there are not counterparts and the topics
there are not the visit's. The cue lists are data (data/cues.yaml: background_openers,
background_phrases, visit_anchors); a year before the visit's marks a sentence as background
too ("وكان حموشي قد وشح سنة 2011"), unless the sentence reports a meeting.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefer.extract.reading import Reading

YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


def background(readings: Sequence[Reading], visit_year: int | None) -> frozenset[int]:
    """The indices of the sentences that are background, not the visit."""
    return frozenset(r.sentence.index for r in readings if _is_background(r, visit_year))


def _is_background(r: Reading, visit_year: int | None) -> bool:
    if r.has("cues", "visit_anchors"):
        return False
    if r.has_opening("cues", "background_openers") or r.has("cues", "background_phrases"):
        return True
    meeting = r.has("cues", "reception") or r.has("cues", "activity") or r.has("cues", "meeting")
    earlier = _earlier_year(r, visit_year)
    return earlier and (not meeting or r.has("cues", "past_visits"))


def _earlier_year(r: Reading, visit_year: int | None) -> bool:
    """A year before the visit's: "سنة 2019", "في نونبر 2020"."""
    if visit_year is None:
        return False
    return any(int(y) < visit_year for y in YEAR.findall(r.folded))
