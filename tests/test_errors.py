"""The failure rule of every command that reads articles: report the bad one, go on."""

from __future__ import annotations

import logging

import pytest

from briefer.errors import BuildError, IngestError, skip_failures


def step(n: int) -> int:
    if n == 2:
        raise IngestError("the file is empty", "two.txt")
    if n == 9:
        raise BuildError("the glossary is broken")
    return n * 10


def test_a_failing_item_is_logged_kept_and_passed_over(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="briefer"):
        done, failures = skip_failures([1, 2, 3], step, IngestError)
    assert done == [10, 30]
    assert [str(f) for f in failures] == ["two.txt: the file is empty"]
    assert "skipped two.txt: the file is empty" in caplog.text


def test_other_errors_stop_the_command() -> None:
    with pytest.raises(BuildError, match="broken"):
        skip_failures([1, 9], step, IngestError)
