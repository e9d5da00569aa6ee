"""Cardinal numbers in digits and in words, any case and gender."""

from __future__ import annotations

import pytest

from briefer.arabic.numbers import find_numbers, parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ثلاثة وأربعين", 43),  # seed 002: masculine, genitive tens
        ("ثلاث وأربعون", 43),  # feminine, nominative
        ("إحدى عشرة", 11),
        ("اثنا عشر", 12),
        ("اثنتي عشرة", 12),
        ("خمسة عشر", 15),
        ("عشرون", 20),
        ("مائة وواحد", 101),
        ("مئتين وخمسة وعشرين", 225),
        ("ثلاثة آلاف وخمسمائة واثنان", 3502),
        ("أحد عشر ألفا", 11000),
        ("121", 121),  # seed 001
        ("١٢١", 121),
    ],
)
def test_number_words(text: str, value: int) -> None:
    assert parse_number(text) == value


def test_numbers_are_found_with_their_span() -> None:
    text = "عقد حموشي ما مجموعه ثلاثة وأربعين اجتماعا و 121 لقاء"
    found = find_numbers(text)
    assert [(n.value, text[n.begin : n.end]) for n in found] == [
        (43, "ثلاثة وأربعين"),
        (121, "121"),
    ]
