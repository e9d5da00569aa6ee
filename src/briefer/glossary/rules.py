"""The glossary's rules, read from data/glossary.yaml: the kinds of entry and French phrasing."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

import yaml

from briefer.resources import PACKAGE

DATA = PACKAGE / "data"


@dataclass(frozen=True)
class Rules:
    """The kinds and phrasing rules read from data/glossary.yaml."""

    kinds: Mapping[str, Mapping[str, bool]]
    elision_initials: str
    eliding_words: frozenset[str]
    contractions: Mapping[str, Mapping[str, str]]
    country_locative: str
    digest: str
    """SHA-256 of data/glossary.yaml, fold and proclitics included: part of the version."""


@cache
def rules() -> Rules:
    """The glossary rules shipped with briefer (read once per process)."""
    raw = (DATA / "glossary.yaml").read_bytes()
    data = yaml.safe_load(raw)
    fr = data["french"]
    return Rules(
        kinds=data["kinds"],
        elision_initials=fr["elision_initials"],
        eliding_words=frozenset(fr["eliding_words"]),
        contractions=fr["contractions"],
        country_locative=fr["country_locative"],
        digest=hashlib.sha256(raw).hexdigest(),
    )
