"""The country of a state news agency whose wire the article is (data/outlets.yaml "country"):
named as the article's outlet, or in a dateline ("الرباط في 16 فبراير /قنا/"). Such a wire is
told from its own officials' side, and a post it names without a country is of that country."""

from __future__ import annotations

import re
from functools import cache

from briefer.arabic.lexicon import fold_form
from briefer.documents import Article
from briefer.extract.layout import datelines
from briefer.resources import data_table as table


def wire_country(article: Article) -> str | None:
    """The country of the agency whose wire this is, if it is one of the listed agencies."""
    if article.outlet is not None:
        # "الرأي" (Amman) and "الراي" (Kuwait) fold alike: the name as written decides first.
        written = _written().get(article.outlet.strip())
        found = written or _outlets().get(fold_form(article.outlet).strip())
        found = found or agency_country(article.outlet)
        if found:
            return found
    lines = datelines(article)
    for s in article.sentences:
        if s.index in lines:
            found = agency_country(s.text)
            if found:
                return found
    return None


def agency_country(text: str) -> str | None:
    """The country of a listed agency named in text, one to three words long: "… 2025 م واس",
    "الرباط - سبأ:", "وكالة الأنباء اليمنية (سبأ)", "شينخوا"."""
    agencies = _agencies()
    tokens = re.findall(r"[^\s/()\-–:،,]+", fold_form(text))
    for size in (3, 2, 1):
        for i in range(len(tokens) - size + 1):
            found = agencies.get(" ".join(tokens[i : i + size]))
            if found:
                return found
    return None


@cache
def _agencies() -> dict[str, str]:
    """Agencies, whose names a dateline may carry; dailies are known by their outlet line."""
    return {
        form: country
        for outlet in table("outlets")["outlets"]
        if not outlet.get("daily")
        for form, country in _forms(outlet).items()
    }


@cache
def _outlets() -> dict[str, str]:
    return {
        form: country
        for outlet in table("outlets")["outlets"]
        for form, country in _forms(outlet).items()
    }


@cache
def _written() -> dict[str, str]:
    return {
        form: country
        for outlet in table("outlets")["outlets"]
        for form, country in _forms(outlet, fold=False).items()
    }


def _forms(outlet: dict[str, object], fold: bool = True) -> dict[str, str]:
    country = outlet.get("country")
    forms = outlet["ar"] if isinstance(outlet["ar"], list) else []
    key = fold_form if fold else str
    return {key(str(f)): str(country) for f in forms} if country else {}
