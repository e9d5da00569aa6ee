"""What ingestion refuses before anything slow reads it: non-regular files, oversized files,
overlong sentences, and UTF-8 damaged by a byte (never read as Windows-1256 mojibake)."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from briefer.errors import BuildError, IngestError
from briefer.ingest import load_rules, read_article, read_paths
from support import SEEDS

RULES = load_rules()
SEED = SEEDS / "001_5a996a103c87aea1.txt"


def refused(path: Path, rules=RULES) -> str:
    with pytest.raises(IngestError) as caught:
        read_article(path, rules)
    message = str(caught.value)
    assert "\n" not in message and str(path) in message
    return message


def test_one_damaged_byte_in_utf8_is_refused_not_read_as_windows_1256(tmp_path: Path) -> None:
    raw = bytearray(SEED.read_bytes())
    at = raw.index("الأمن".encode())  # inside an Arabic word, on a later line
    raw[at + 1] = 0xFF
    path = tmp_path / "damaged.txt"
    path.write_bytes(bytes(raw))
    message = refused(path)
    line = raw.count(b"\n", 0, at) + 1
    assert f"damaged.txt:{line}: damaged UTF-8: byte {at} is not valid" in message


def test_windows_1256_is_still_read(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes(SEED.read_text(encoding="utf-8").encode("cp1256"))
    assert read_article(path, RULES).encoding == "cp1256"


def test_a_fifo_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "x.txt"
    os.mkfifo(fifo)
    result: list[str] = []
    reader = threading.Thread(target=lambda: result.append(refused(fifo)), daemon=True)
    reader.start()
    reader.join(10)
    assert not reader.is_alive(), "reading a FIFO hangs"
    assert "not a regular file (a FIFO)" in result[0]


def test_a_link_to_a_device_and_a_directory_named_txt_are_refused(tmp_path: Path) -> None:
    zero = tmp_path / "zero.txt"
    zero.symlink_to("/dev/zero")
    assert "not a regular file (a character device)" in refused(zero)
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    assert "not a regular file (a directory)" in refused(folder)
    result = read_paths([tmp_path], RULES)
    assert sorted(f.path.name for f in result.failures) == ["folder.txt", "zero.txt"]


def test_an_oversized_article_is_refused_unread(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(20 * 1024 * 1024)  # 20 MB, sparse: no time spent writing it
    message = refused(big)
    assert "too large (20,971,520 bytes, the limit is 524,288)" in message
    assert "max_article_bytes" in message


def test_an_overlong_sentence_is_refused(tmp_path: Path) -> None:
    words = " ".join(["كلمة"] * 500)  # 2,499 characters and no full stop
    path = tmp_path / "run-on.txt"
    path.write_text(f"عنوان المقال\n\n{words}\n", encoding="utf-8")
    message = refused(path)
    assert "sentence 1 is 2,499 characters long, the limit is 2,000" in message


def test_the_limits_are_set_in_the_project_ingest_yaml(tmp_path: Path) -> None:
    extra = tmp_path / "ingest.yaml"
    extra.write_text("max_article_bytes: 100\nmax_sentence_chars: 5000\n", encoding="utf-8")
    rules = load_rules(extra)
    assert (rules.max_article_bytes, rules.max_sentence_chars) == (100, 5000)
    assert "the limit is 100)" in refused(SEED, rules)
    words = " ".join(["كلمة"] * 500)
    path = tmp_path / "run-on.txt"
    path.write_text(f"عنوان المقال\n\n{words}\n", encoding="utf-8")
    extra.write_text("max_sentence_chars: 5000\n", encoding="utf-8")
    assert read_article(path, load_rules(extra)).sentences[1].text == words
    extra.write_text("max_sentence_chars: lots\n", encoding="utf-8")
    with pytest.raises(BuildError, match="max_sentence_chars must be a whole number"):
        load_rules(extra)
