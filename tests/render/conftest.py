"""The phrasing of each note language, with the shipped glossary."""

from __future__ import annotations

import pytest

from briefer.glossary.match import Glossary
from briefer.render.phrasing import Phrasing


@pytest.fixture
def en(shipped: Glossary) -> Phrasing:
    return Phrasing.for_lang("en", shipped)


@pytest.fixture
def fr(shipped: Glossary) -> Phrasing:
    return Phrasing.for_lang("fr", shipped)
