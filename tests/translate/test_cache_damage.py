"""A damaged translation cache: a bad row is a miss (translated again and repaired), a damaged
page or a full disk is one line naming the cache and what to do, never a traceback."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from briefer.errors import BuildError
from briefer.ingest import load_rules, read_article
from briefer.translate import engine, memory
from briefer.translate.cache import FILE, Cache
from briefer.translate.settings import Settings
from support import run_cli

ARTICLE = """حموشي يستقبل وفدا من الإنتربول

استقبل المدير العام عبد اللطيف حموشي بمراكش وفدا لبحث التعاون الأمني.
وأشاد الوفد في ختام الزيارة بجهود المديرية في مكافحة الإرهاب والجريمة المنظمة.
"""


def translate(glossary, tmp_path: Path, cache: Path):
    path = tmp_path / "100_test.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    eng = engine.Engine(glossary, memory.Memory([]), Settings(cache=cache))
    article = read_article(path, load_rules())
    out = eng.translate([article], ("en",))
    eng.cache.close()
    return eng.stats, out, eng._article_key(article, "en")


def rows(cache: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(cache / FILE) as db:
        return list(db.execute("SELECT key, value FROM entries ORDER BY key"))


def damage(cache: Path, key: str, bad: str) -> None:
    with sqlite3.connect(cache / FILE) as db:
        db.execute("UPDATE entries SET value = ? WHERE key = ?", (bad, key))


@pytest.mark.parametrize("bad", ["{not json", '{"text": 5}', "[]", '"just a string"'])
def test_a_bad_row_is_a_miss_translated_again_and_repaired(
    installed: Path, glossary, tmp_path: Path, bad: str
) -> None:
    cache = tmp_path / "cache"
    first_stats, first, article_key = translate(glossary, tmp_path, cache)
    assert first_stats.machine == 3
    good = rows(cache)
    # The whole article's row: its sentences come from their rows, nothing is decoded.
    damage(cache, article_key, bad)
    stats, again, _ = translate(glossary, tmp_path, cache)
    assert (stats.articles_cached, stats.cached, stats.machine) == (0, 3, 0)
    assert again == first and rows(cache) == good
    # The article's row and one sentence's: that sentence is decoded again.
    sentence_keys = [k for k, v in good if k != article_key and '"origin"' in v]
    sentence_key = sentence_keys[0]
    damage(cache, article_key, bad)
    damage(cache, sentence_key, bad)
    stats, again, _ = translate(glossary, tmp_path, cache)
    assert (stats.articles_cached, stats.cached, stats.machine) == (0, 2, 1)
    assert again == first and rows(cache) == good


def damage_a_page(cache: Path) -> None:
    """Overwrite the middle of the table's pages with garbage, as a bad disk sector would."""
    db = cache / FILE
    data = bytearray(db.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    assert len(data) >= 3 * page, "the cache needs at least three pages"
    data[page + 8 : 3 * page - 8] = b"\xa5" * (2 * page - 16)
    db.write_bytes(bytes(data))


def fill(cache: Path) -> None:
    store = Cache(cache)
    store.put_many({f"key{i}": {"text": "x" * 200, "i": i} for i in range(200)})
    store.close()


def test_a_damaged_page_is_one_line_naming_the_cache(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    fill(cache)
    damage_a_page(cache)
    store = Cache(cache)
    with pytest.raises(BuildError) as caught:
        for i in range(200):
            store.get(f"key{i}")
    message = str(caught.value)
    assert message.startswith(f"{cache / FILE}: the translation cache failed (")
    assert f"delete {cache} to start afresh" in message and "\n" not in message


def test_the_build_reports_a_damaged_cache_in_one_line(
    installed: Path, project: Path, tmp_path: Path
) -> None:
    cache = project / ".briefer-cache"
    (project / "tm" / "seeds.tmx").unlink()
    fill(cache)
    damage_a_page(cache)
    result = run_cli("build", "--lang", "en", "--quiet", cwd=project)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert len(lines) == 1 and "the translation cache failed" in lines[0]
    assert not (project / "out").exists()
