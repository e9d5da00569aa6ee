"""One odd article never stops the build: visits that would share an id are both written, a
bad article is reported in one line and the rest build (exit code 1)."""

from __future__ import annotations

import shutil
from pathlib import Path

from briefer import pipeline
from briefer.config import Config
from briefer.extract import extract
from briefer.extract.visits import group_visits
from briefer.glossary.match import Glossary
from briefer.ingest import load_rules, read_article
from briefer.translate.settings import Settings
from support import ROOT, run_cli

UNDATED = {
    "a_one.txt": "اجتماع أمني\n\nعقد مسؤولون اجتماعا أمنيا لبحث التعاون في مجال مكافحة الإرهاب.\n",
    "b_two.txt": "لقاء رسمي\n\nبحث الطرفان سبل تعزيز التعاون الأمني وتبادل الخبرات.\n",
}


def write_articles(folder: Path, articles: dict[str, str]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    return [folder / name for name in articles]


def test_two_undated_visits_with_no_place_get_ids_of_their_own(
    tmp_path: Path, shipped: Glossary
) -> None:
    paths = write_articles(tmp_path, UNDATED)
    facts = [extract(read_article(p, load_rules()), shipped) for p in paths]
    visits = group_visits(facts)
    assert [v.id for v in visits] == ["undated-xx-a-one", "undated-xx-b-two"]
    alone = group_visits(facts[:1])
    assert [v.id for v in alone] == ["undated-xx"]  # a visit alone keeps its bare id


def test_slugs_that_collide_fall_back_to_a_hash(tmp_path: Path, shipped: Glossary) -> None:
    paths = write_articles(
        tmp_path, {"a one.txt": UNDATED["a_one.txt"], "a-one.txt": UNDATED["b_two.txt"]}
    )
    facts = [extract(read_article(p, load_rules()), shipped) for p in paths]
    ids = [v.id for v in group_visits(facts)]
    assert len(set(ids)) == 2 and all(i.startswith("undated-xx-") for i in ids)
    assert ids == [v.id for v in group_visits(list(reversed(facts)))]


def project_with(tmp_path: Path, articles: dict[str, str]) -> Path:
    root = tmp_path / "project"
    write_articles(root / "seeds", articles)
    shutil.copytree(ROOT / "glossary", root / "glossary")
    (root / "tm").mkdir()
    return root


def config_for(root: Path) -> Config:
    return Config(
        seeds=root / "seeds",
        out=root / "out",
        glossary=root / "glossary",
        tm=root / "tm",
        cache=root / "cache",
        ingest_rules=root / "ingest.yaml",
    )


def test_the_build_writes_both_visits_and_reports_the_bad_article(
    tmp_path: Path, argos_dir: Path
) -> None:
    root = project_with(tmp_path, {**UNDATED, "c_empty.txt": ""})
    options = pipeline.Options(
        languages=("en",), translation=Settings(allow_untranslated=True, cache=None)
    )
    report = pipeline.build(config_for(root), options)
    assert [str(f).rpartition("/")[2] for f in report.failures] == [
        "c_empty.txt: the file is empty; remove it or fill it with the article text"
    ]
    names = sorted(p.name for p in (root / "out" / "en").glob("*.pdf"))
    assert names == ["digest.pdf", "undated-xx-a-one.pdf", "undated-xx-b-two.pdf"]
    result = run_cli("build", "--lang", "en", "--allow-untranslated", "--quiet", cwd=root)
    assert result.returncode == 1
    skipped = [line for line in result.stderr.splitlines() if line.startswith("skipped: ")]
    assert len(skipped) == 1 and skipped[0].endswith(
        "c_empty.txt: the file is empty; remove it or fill it with the article text"
    )
    assert "Traceback" not in result.stderr


def test_log_lines_to_a_pipe_are_never_wrapped(tmp_path: Path) -> None:
    """stderr is not a terminal here: each message is one "LEVEL message" line, however long."""
    long_name = "c_" + "long-name-" * 12 + ".txt"
    root = project_with(tmp_path, {**UNDATED, long_name: ""})
    result = run_cli("build", "--lang", "en", "--allow-untranslated", cwd=root)
    assert result.returncode == 1
    reasons = [line for line in result.stderr.splitlines() if long_name in line]
    assert reasons and all("the file is empty; remove it" in line for line in reasons)
    assert any(line.startswith(("WARNING ", "ERROR ")) for line in reasons)
