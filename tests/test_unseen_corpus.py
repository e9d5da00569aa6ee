"""The held-out test split of the unseen corpus is frozen: its files are the ones first committed."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "data" / "unseen"
LISTED = re.compile(r"^([0-9a-f]{64})  (test/\S+)$", re.MULTILINE)


def test_the_test_split_is_unchanged_since_it_was_frozen() -> None:
    listed = dict(
        (path, digest)
        for digest, path in LISTED.findall((CORPUS / "README.md").read_text(encoding="utf-8"))
    )
    present = {f"test/{p.name}" for p in (CORPUS / "test").iterdir()}
    assert present == set(listed), "files added to or removed from the frozen test split"
    for path, digest in listed.items():
        actual = hashlib.sha256((CORPUS / path).read_bytes()).hexdigest()
        assert actual == digest, f"{path} changed after the test split was frozen"


def test_every_article_has_its_expected_facts() -> None:
    for split in ("dev", "test"):
        texts = {p.stem for p in (CORPUS / split).glob("*.txt")}
        golds = {p.stem for p in (CORPUS / split).glob("*.json")}
        assert texts == golds, split
    assert len(list((CORPUS / "test").glob("*.txt"))) >= 15
    assert len(list(CORPUS.glob("*/*.txt"))) >= 40
