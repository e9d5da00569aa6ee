"""The name a note prints for an article's outlet: its Latin name from data/outlets.yaml, or,
for an outlet the data does not know, the Arabic as written with a proposed romanization
marked as unchecked ("Houmebris† (هومبريس)").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from briefer.arabic.romanize import romanize
from briefer.arabic.text import count_arabic_letters
from briefer.render.phrasing import UNVERIFIED
from briefer.resources import data_table


@dataclass(frozen=True)
class OutletName:
    """An outlet as printed: its Latin name, or its Arabic name and a proposed spelling."""

    latin: str
    arabic: str = ""
    """The name as the article writes it, when the data gives no Latin name."""

    @property
    def verified(self) -> bool:
        """Whether the Latin name comes from data/outlets.yaml (or is already Latin)."""
        return not self.arabic

    def __str__(self) -> str:
        if self.verified:
            return self.latin
        # The Arabic is isolated so that it does not reorder the Latin text around it.
        return f"{self.latin}{UNVERIFIED} (\u2068{self.arabic}\u2069)"


@cache
def _known() -> dict[str, str]:
    return {
        str(form): str(outlet["name"])
        for outlet in data_table("outlets")["outlets"]
        for form in outlet["ar"]
    }


def outlet_name(outlet: str) -> OutletName:
    """How the notes print an outlet named in an article."""
    known = _known().get(outlet.strip())
    if known:
        return OutletName(known)
    if not count_arabic_letters(outlet):
        return OutletName(outlet)
    return OutletName(romanize(outlet, None).latin, outlet)
