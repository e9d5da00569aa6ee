"""Countries from CLDR through Babel, with the grammar CLDR does not give (data/countries.yaml).

The YAML glossary adds press variants only: every country CLDR names is an entry already.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

from briefer.glossary.entries import Entry, Rendering
from briefer.glossary.phrase import vowel_initial
from briefer.resources import data_table


@dataclass(frozen=True)
class CountryRules:
    """What CLDR does not say about country names: non-countries and their grammar."""

    not_countries: frozenset[str]
    en_article: frozenset[str]
    fr_plural: frozenset[str]
    fr_no_article: frozenset[str]
    fr_masculine: frozenset[str]
    fr_feminine: frozenset[str]


@cache
def country_rules() -> CountryRules:
    """The country grammar shipped in data/countries.yaml."""
    data = data_table("countries")
    return CountryRules(
        not_countries=frozenset(data["not_countries"]),
        en_article=frozenset(data["english"]["article"]),
        fr_plural=frozenset(data["french"]["plural"]),
        fr_no_article=frozenset(data["french"]["no_article"]),
        fr_masculine=frozenset(data["french"]["masculine"]),
        fr_feminine=frozenset(data["french"]["feminine"] or ()),
    )


@cache
def cldr_countries() -> Mapping[str, tuple[str, str, str]]:
    """ISO code -> (Arabic, English, French) country names from CLDR, read once."""
    from babel import Locale

    ar, en, fr = (Locale(lang).territories for lang in ("ar", "en", "fr"))
    skip = country_rules().not_countries
    return MappingProxyType(
        {
            code: (ar[code], en[code], fr[code])
            for code in sorted(ar)
            if len(code) == 2 and code.isalpha() and code not in skip and code in en and code in fr
        }
    )


def country_codes() -> frozenset[str]:
    """Every ISO 3166-1 alpha-2 code CLDR names."""
    return frozenset(cldr_countries())


@cache
def cldr_entry(code: str) -> Entry:
    ar, en, fr = cldr_countries()[code]
    cr = country_rules()
    plural = code in cr.fr_plural
    masculine = code in cr.fr_masculine or (
        not fr.split()[0].endswith("e") and code not in cr.fr_feminine
    )
    article = code not in cr.fr_no_article
    return Entry(
        id=f"country.{code}",
        kind="country",
        arabic=(ar,),
        en=Rendering(full=en, article=code in cr.en_article),
        fr=Rendering(
            full=fr,
            gender="m" if masculine else "f",
            article=article,
            elided=article and not plural and vowel_initial(fr),
            plural=plural,
        ),
        country=code,
        source="CLDR",
    )
