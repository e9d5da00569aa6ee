"""The Arabic fold: the fast per-character path equals the per-cluster one, offsets kept."""

from __future__ import annotations

import pytest

from briefer.arabic import fold as fold_mod
from briefer.arabic.text import normalize
from briefer.ingest import load_rules, read_articles
from support import SEEDS


@pytest.mark.parametrize(
    "text",
    [
        "المُدِيرِيَّةُ العَامَّةُ",
        "\ufee3\ufeae\ufe8d\ufedb\ufeb6",
        "Straße İSTANBUL ΣΑΣ",
        "ي\u0654",
        "ا\u064e\u0654",
        "بٔ",
        "عبد\u0640اللطيف\u200f",
        "“IGEF 24”\u00a0١٢٣",
        "e\u0301te\u0301",
    ],
)
def test_fast_fold_equals_the_per_cluster_fold(text: str) -> None:
    slow = normalize(text).then(fold_mod._fold_cluster)
    assert fold_mod.fold(text) == slow
    assert fold_mod.fold_string(text) == slow.text


def test_fast_fold_on_the_seeds() -> None:
    for article in read_articles(SEEDS, load_rules()).articles:
        slow = normalize(article.original).then(fold_mod._fold_cluster)
        assert fold_mod.fold(article.original) == slow


def test_fold_keeps_offsets() -> None:
    text = "المُديـرية"
    folded = fold_mod.fold(text)
    assert folded.text == "المديريه"
    assert folded.source_span(0, len(folded.text)) == (0, len(text))
