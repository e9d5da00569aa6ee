"""The TMX translation memory: lookup after normalisation, validation, import/export/stats."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from briefer.errors import TranslationMemoryError
from briefer.ingest import load_rules, read_articles
from briefer.translate import memory
from briefer.translate.tmx import Unit, read_tmx, write_tmx
from support import SEEDS, env_with

HEADLINE = "حموشي في أنقرة : تعزيز الشراكة الأمنية المغربية-التركية"


def tmx(*units: tuple[str, str | None, str | None]) -> str:
    body = []
    for ar, en, fr in units:
        segs = [f'<tuv xml:lang="ar"><seg>{ar}</seg></tuv>']
        segs += [f'<tuv xml:lang="en"><seg>{en}</seg></tuv>'] if en else []
        segs += [f'<tuv xml:lang="fr"><seg>{fr}</seg></tuv>'] if fr else []
        body.append(f"<tu>{''.join(segs)}</tu>")
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n'
        '<header srclang="ar" segtype="sentence"/>\n<body>\n'
        + "\n".join(body)
        + "\n</body>\n</tmx>\n"
    )


@pytest.fixture
def tm_dir(tmp_path: Path) -> Path:
    directory = tmp_path / "tm"
    directory.mkdir()
    (directory / "seeds.tmx").write_text(
        tmx(
            (
                HEADLINE,
                "Hammouchi in Ankara: strengthening the Moroccan-Turkish security partnership",
                "Hammouchi à Ankara : renforcer le partenariat sécuritaire maroco-turc",
            ),
            ("زيارة عمل رسمية إلى تركيا", "An official working visit to Türkiye", None),
        ),
        encoding="utf-8",
    )
    return directory


def test_exact_match_after_normalisation(tm_dir: Path) -> None:
    mem = memory.load(tm_dir)
    # Extra spaces, a tatweel and a bare alef for the hamza still match.
    variant = "حموشي  في انقرة : تعزيز الشراكة الأمنيـة المغربية-التركية"
    assert mem.exact(variant, "en") == (
        "Hammouchi in Ankara: strengthening the Moroccan-Turkish security partnership"
    )
    assert mem.exact(
        variant,
        "fr",
    ).startswith("Hammouchi à Ankara")
    assert mem.exact("زيارة عمل رسمية إلى تركيا", "fr") is None
    assert mem.pairs() == {("ar", "en"): 2, ("ar", "fr"): 1}


def test_fuzzy_matches_are_offered_above_the_threshold_only(tm_dir: Path) -> None:
    mem = memory.load(tm_dir)
    near = mem.fuzzy("زيارة عمل رسمية الى تركيا الشقيقة", "en", threshold=0.7)
    assert [m.target for m in near] == ["An official working visit to Türkiye"]
    assert 0.7 <= near[0].score < 1
    assert mem.fuzzy("زيارة عمل رسمية الى تركيا الشقيقة", "en", threshold=0.95) == []


def test_version_changes_with_content(tm_dir: Path) -> None:
    before = memory.load(tm_dir).version
    assert memory.load(tm_dir).version == before
    path = tm_dir / "seeds.tmx"
    path.write_text(path.read_text("utf-8").replace("official", "official, two-day"), "utf-8")
    assert memory.load(tm_dir).version != before


def test_malformed_tmx_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tmx"
    bad.write_text('<?xml version="1.0"?>\n<tmx version="1.4">\n<body>\n<tu>\n</body>\n</tmx>\n')
    with pytest.raises(TranslationMemoryError) as err:
        read_tmx(bad)
    assert err.value.path == bad and err.value.line == 5
    assert "not well-formed XML" in str(err.value)


def test_unit_without_arabic_segment_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "noar.tmx"
    bad.write_text(
        '<tmx version="1.4"><body>\n\n<tu><tuv xml:lang="en"><seg>x</seg></tuv></tu></body></tmx>'
    )
    with pytest.raises(TranslationMemoryError, match="without an Arabic") as err:
        read_tmx(bad)
    assert err.value.line == 3


def test_write_then_read_round_trips_with_briefer_props(tmp_path: Path) -> None:
    unit = Unit(
        "نص <عربي> & آخر", (("en", "text <b> & more"), ("fr", "texte")), "000_x#3", "000_x", 3
    )
    path = tmp_path / "out.tmx"
    write_tmx(path, [unit])
    back = read_tmx(path)[0]
    assert (back.source, back.targets, back.tuid, back.article, back.sentence) == (
        unit.source,
        unit.targets,
        unit.tuid,
        unit.article,
        unit.sentence,
    )
    assert 'srclang="ar"' in path.read_text("utf-8")
    assert [p.name for p in tmp_path.iterdir()] == ["out.tmx"]


def test_cli_import_export_stats(tmp_path: Path, tm_dir: Path) -> None:
    project = tmp_path
    (project / "briefer.toml").write_text(f'[briefer]\ntm = "tm"\nseeds = "{SEEDS}"\n')
    incoming = tmp_path / "reviewed.tmx"
    incoming.write_text(
        tmx(
            (
                "زيارة عمل رسمية إلى تركيا",
                "An official working visit to Türkiye",
                "Une visite de travail officielle en Turquie",
            ),
            ("جملة جديدة", "A new sentence", None),
        ),
        encoding="utf-8",
    )
    env = env_with()

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "briefer", "tm", *args],
            cwd=project,
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )

    done = run("import", str(incoming))
    assert done.returncode == 0, done.stderr
    assert "1 added, 1 updated, 0 unchanged" in done.stdout
    mem = memory.load(tm_dir)
    visit = mem.exact("زيارة عمل رسمية إلى تركيا", "fr")
    assert visit == "Une visite de travail officielle en Turquie"
    stats = run("stats")
    assert "ar->en: 3 segment(s)" in stats.stdout and "ar->fr: 2 segment(s)" in stats.stdout
    articles = read_articles(SEEDS, load_rules()).articles
    total = sum(len(a.sentences) for a in articles)
    assert f"seed coverage en: {1 / total:.0%} of {total} sentence(s)" in stats.stdout
    exported = run("export", "-o", str(tmp_path / "all.tmx"))
    assert exported.returncode == 0 and "3 translation unit(s)" in exported.stdout
    assert len(read_tmx(tmp_path / "all.tmx")) == 3


def test_cli_import_of_a_broken_file_changes_nothing(tmp_path: Path, tm_dir: Path) -> None:
    (tmp_path / "briefer.toml").write_text('[briefer]\ntm = "tm"\n')
    broken = tmp_path / "broken.tmx"
    broken.write_text("<tmx><body><tu>")
    before = sorted(p.name for p in tm_dir.iterdir())
    done = subprocess.run(
        [sys.executable, "-m", "briefer", "tm", "import", str(broken)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=env_with(),
        timeout=60,
    )
    assert done.returncode == 1
    assert done.stderr.startswith(f"error: {broken}:1: not well-formed XML")
    assert sorted(p.name for p in tm_dir.iterdir()) == before


REVIEWED = "زيارة عمل رسمية إلى تركيا"


def test_a_revisers_notes_survive_export_and_import(tmp_path: Path, tm_dir: Path) -> None:
    notes = (("x-review", "«المنتدى» is the fair, not a forum & <not> markup"), ("x-tool", "b"))
    write_tmx(tm_dir / "seeds.tmx", [Unit(REVIEWED, (("en", "A visit"),), props=notes)])
    assert read_tmx(tm_dir / "seeds.tmx")[0].props == notes
    memory.export(tm_dir, tmp_path / "all.tmx")
    assert read_tmx(tmp_path / "all.tmx")[0].props == notes
    # An import into the same file keeps the unit's notes and adds the new one, once.
    incoming = tmp_path / "seeds.tmx"
    extra = ("x-review", "checked again")
    write_tmx(incoming, [Unit(REVIEWED, (("fr", "Une visite"),), props=(notes[0], extra))])
    memory.import_file(tm_dir, incoming)
    assert read_tmx(tm_dir / "seeds.tmx")[0].props == (*notes, extra)


def test_the_shipped_memorys_notes_are_exported(tmp_path: Path) -> None:
    from support import ROOT

    shipped = sum(len(u.props) for u in read_tmx(ROOT / "tm" / "seeds.tmx"))
    memory.export(ROOT / "tm", tmp_path / "all.tmx")
    assert shipped >= 8
    assert sum(len(u.props) for u in read_tmx(tmp_path / "all.tmx")) == shipped


def test_an_import_overridden_by_a_later_file_says_so(tmp_path: Path, tm_dir: Path) -> None:
    (tmp_path / "briefer.toml").write_text('[briefer]\ntm = "tm"\n')
    approved = tmp_path / "approved.tmx"  # "approved" sorts before "seeds": seeds.tmx wins
    approved.write_text(tmx((REVIEWED, "A working visit to Türkiye", None)), encoding="utf-8")

    def run(path: Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "briefer", "tm", "import", str(path)],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            env=env_with(),
            timeout=60,
        )

    done = run(approved)
    assert done.returncode == 0, done.stderr
    assert "warning: 1 imported translation(s) stay overridden by" in done.stderr
    assert "seeds.tmx" in done.stderr and "zz-approved.tmx" in done.stderr
    assert memory.load(tm_dir).exact(REVIEWED, "en") == "An official working visit to Türkiye"
    renamed = tmp_path / "zz-approved.tmx"
    approved.rename(renamed)
    done = run(renamed)
    assert done.returncode == 0 and "warning" not in done.stderr
    assert memory.load(tm_dir).exact(REVIEWED, "en") == "A working visit to Türkiye"
