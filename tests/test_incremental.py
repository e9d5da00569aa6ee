"""Incremental builds stay incremental, and every core gives the same bytes.

Behaviour, never timing: a rebuild with nothing changed imports no renderer, loads no model
and scores no fuzzy match (checked in a fresh process, with instrumentation that fails);
editing one article rewrites only its visit's files (and the digest and index); the output
of --workers 1 and --workers 2 is the same bytes.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from briefer import pipeline
from briefer.translate.settings import Settings
from briefer.translate.tmx import read_tmx, write_tmx
from support import env_with, run_cli
from test_pipeline import config_for


def files_of(out: Path) -> dict[str, bytes]:
    return {
        p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()
    }


def machine_project(project: Path) -> Path:
    """The project with an empty memory: every sentence goes to the machine."""
    shutil.rmtree(project / "tm")
    (project / "tm").mkdir()
    return project


def test_workers_1_and_2_write_the_same_bytes(
    project: Path, installed: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764583200")
    machine_project(project)
    other = tmp_path / "other"
    shutil.copytree(project, other)
    outputs = []
    for root, workers in ((project, 1), (other, 2)):
        options = pipeline.Options(
            languages=("en", "fr"),
            translation=Settings(cache=root / "cache", batch_size=4),
            workers=workers,
        )
        report = pipeline.build(config_for(root), options)
        assert report.origins["machine"] == 180
        outputs.append(files_of(root / "out"))
    assert len(outputs[0]) > 20
    assert outputs[0] == outputs[1]


PROBE = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path

    from briefer import pipeline
    from briefer.translate import decode, memory

    calls = {"translator": 0, "fuzzy": 0}

    def counted(name, real):
        def call(*args, **kwargs):
            calls[name] += 1
            return real(*args, **kwargs)
        return call

    if __name__ == "__main__":  # worker processes import this module again: build here only
        decode._translator = counted("translator", decode._translator)
        memory.Memory.fuzzy = counted("fuzzy", memory.Memory.fuzzy)
        root = Path(sys.argv[1])
        config = pipeline.Config(
            seeds=root / "seeds", out=root / "out", glossary=root / "glossary", tm=root / "tm",
            cache=root / "cache", ingest_rules=root / "ingest.yaml",
        )
        settings = pipeline.Settings(cache=root / "cache")
        report = pipeline.build(config, pipeline.Options(translation=settings))
        heavy = ("weasyprint", "ctranslate2")
        print(json.dumps({
            "written": len(report.written),
            "machine": report.origins["machine"],
            "modules": sorted({m.split(".")[0] for m in sys.modules if m.startswith(heavy)}),
            **calls,
        }))
    """
)


def probe(project: Path, script: Path) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, str(script), str(project)],
        env=env_with(SOURCE_DATE_EPOCH="1764583200"),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_a_rebuild_with_nothing_changed_renders_loads_and_scores_nothing(
    project: Path, installed: Path, tmp_path: Path
) -> None:
    # A memory of a few units: the other sentences go to the machine, with fuzzy matches.
    units = read_tmx(project / "tm" / "seeds.tmx")
    write_tmx(project / "tm" / "seeds.tmx", units[:20])
    script = tmp_path / "probe.py"
    script.write_text(PROBE, encoding="utf-8")
    cold = probe(project, script)
    # The instrumentation sees what a first build does: the checks below can fail.
    assert cold["written"] and cold["translator"] and cold["fuzzy"]
    assert cold["modules"] == ["ctranslate2", "weasyprint"]
    again = probe(project, script)
    assert again == {
        "written": 0,
        "machine": cold["machine"],
        "modules": [],
        "translator": 0,
        "fuzzy": 0,
    }


def test_editing_one_article_rewrites_only_its_visits_files(
    project: Path, argos_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without SOURCE_DATE_EPOCH, the edited file's time dates its own notes, no others."""
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    config = config_for(project)
    settings = Settings(cache=project / "cache", allow_untranslated=True)
    options = pipeline.Options(translation=settings)
    first = pipeline.build(config, options)
    assert len([p for p in first.written if p.suffix == ".pdf"]) == 12
    article = project / "seeds" / "004_61222ac32c189bd9.txt"
    article.write_text(
        article.read_text("utf-8") + "\nوأكد الجانبان أهمية التعاون.\n", encoding="utf-8"
    )
    future = article.stat().st_mtime + 86400 * 3
    os.utime(article, (future, future))
    second = pipeline.build(config, options)
    written = {p.relative_to(project / "out").as_posix() for p in second.written}
    visit = "2024-09-23-ae"
    mine = {f"{lang}/{visit}.{ext}" for lang in ("en", "fr") for ext in ("pdf", "html", "json")}
    digests = {f"{lang}/digest.{ext}" for lang in ("en", "fr") for ext in ("pdf", "html")}
    assert mine <= written
    assert written <= mine | digests | {"index.html"}
    assert len(second.skipped) == 8  # the four other visits, in two languages


def test_help_imports_neither_dask_nor_weasyprint_nor_the_translator() -> None:
    probe = (
        "import sys, runpy; sys.argv = ['briefer', '--help']\n"
        "try:\n    runpy.run_module('briefer', run_name='__main__')\n"
        "except SystemExit:\n    pass\n"
        "heavy = ('dask', 'distributed', 'weasyprint', 'argostranslate.translate', 'ctranslate2')\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env_with(), timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_build_takes_workers_and_a_scheduler(project: Path) -> None:
    result = run_cli("build", "--help", cwd=project)
    assert "--workers" in result.stdout and "--scheduler" in result.stdout
