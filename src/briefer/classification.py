"""Classification levels and the labels printed for them in each note language.

The level names what a document is ("RESTRICTED"): briefer.toml's classification, [publish]
levels, recipients' clearances. The label is how a page prints it ("DIFFUSION RESTREINTE" in a
French note), from data/classification.yaml, or from [classification_labels] in briefer.toml
for the configured level.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache

from briefer.resources import data_table


@cache
def _labels() -> dict[str, dict[str, str]]:
    table = data_table("classification")["labels"]
    return {
        str(level): {str(k): str(v) for k, v in by_lang.items()} for level, by_lang in table.items()
    }


def label(level: str, lang: str, overrides: Mapping[str, str] | None = None) -> str:
    """How a level is printed in a language: the configured label, the shipped one, or itself."""
    if overrides and lang in overrides:
        return overrides[lang]
    return _labels().get(level, {}).get(lang, level)


def levels_by_label(
    levels: Sequence[str], lang: str, overrides: Mapping[str, Mapping[str, str]] | None = None
) -> dict[str, str]:
    """Each printed label of a language and the level it stands for, lowest level first.

    overrides: per level, its configured labels by language.
    """
    return {label(level, lang, (overrides or {}).get(level)): level for level in levels}
