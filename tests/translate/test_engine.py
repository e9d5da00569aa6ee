"""The translation engine on genuine Argos packages built by the tests (copy models)."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from briefer.documents import Origin, TermStatus
from briefer.errors import ModelError
from briefer.ingest import load_rules, read_article
from briefer.translate import decode, engine, memory, protect, tmx
from briefer.translate import packages as argos_packages
from briefer.translate.report import qa_report
from briefer.translate.settings import Settings
from support import SEEDS, env_with

DGSN = "المديرية العامة للأمن الوطني"
ARTICLE = f"""حموشي يستقبل وفدا من الإنتربول

استقبل المدير العام عبد اللطيف حموشي بمراكش وفدا من {DGSN} لبحث التعاون الأمني.
وأشاد الوفد في ختام الزيارة بجهود {DGSN} في مكافحة الإرهاب والجريمة المنظمة.
"""


def write_article(tmp_path: Path, text: str = ARTICLE, name: str = "100_test") -> Path:
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return path


def article(tmp_path: Path, text: str = ARTICLE):
    return read_article(write_article(tmp_path, text), load_rules())


def run_engine(glossary, tmp_path: Path, articles, langs=("en", "fr"), mem=None, **settings):
    settings.setdefault("cache", tmp_path / "cache")
    eng = engine.Engine(glossary, mem or memory.Memory([]), Settings(**settings))
    return eng, eng.translate(articles, langs)


def decodes(from_code: str, to_code: str) -> int:
    model = decode.load_model(from_code, to_code, Settings())
    assert model is not None
    return model.decodes


def test_terms_rendered_first_in_full_then_short(installed: Path, glossary, tmp_path: Path) -> None:
    art = article(tmp_path)
    _, out = run_engine(glossary, tmp_path, [art])
    en, fr = out[(art.id, "en")], out[(art.id, "fr")]
    assert [s.origin for s in en.sentences] == [Origin.MACHINE] * 3
    first, later = en.sentences[1].target, en.sentences[2].target
    assert "the General Directorate of National Security (DGSN)" in first
    assert "the DGSN" in later and "General Directorate" not in later
    assert "Abdellatif Hammouchi" in en.sentences[0].target and "Marrakesh" in first
    assert "INTERPOL" in en.sentences[0].target
    assert "la Direction générale de la sûreté nationale (DGSN)" in fr.sentences[1].target
    assert "la DGSN" in fr.sentences[2].target and "Marrakech" in fr.sentences[1].target
    for translation in (en, fr):
        qa = qa_report(translation)
        assert qa["terms_found"] == qa["terms_rendered"] == 6
        assert qa["problems"] == []
        assert {c.status for c in translation.terms} == {TermStatus.APPLIED}
    assert en.model_version == "ar->en 1.0"
    assert fr.model_version == "ar->en 1.0, en->fr 1.0"


def test_restoration_writes_french_articles_and_contractions(glossary) -> None:
    terms = [
        protect.Term(1, "country.MA"),
        protect.Term(2, "country.ES"),
        protect.Term(3, "org.dgsn"),
    ]
    text = (
        f"Il est venu au {protect.placeholder(1)} et parle de {protect.placeholder(2)} "
        f"avec le chef de la {protect.placeholder(3)}."
    )
    mentions = protect.Mentions({"org.dgsn"})
    restored, rendered = protect.restore(text, terms, glossary, "fr", mentions)
    assert restored == "Il est venu au Maroc et parle de l’Espagne avec le chef de la DGSN."
    assert rendered == {1: "Maroc", 2: "Espagne", 3: "DGSN"}
    english, _ = protect.restore(
        f"{protect.placeholder(1)} met the {protect.placeholder(3)}.",
        [protect.Term(1, "person.hammouchi"), terms[2]],
        glossary,
        "en",
        protect.Mentions(),
    )
    assert english == (
        "Abdellatif Hammouchi met the General Directorate of National Security (DGSN)."
    )


def test_pivot_reuses_the_english_and_decodes_each_sentence_once_per_hop(
    installed: Path, glossary, tmp_path: Path, articles
) -> None:
    before_en, before_fr = decodes("ar", "en"), decodes("en", "fr")
    eng, out = run_engine(glossary, tmp_path, articles, max_source_tokens=10_000)
    count = sum(len(a.sentences) for a in articles)
    distinct = len({s.text for a in articles for s in a.sentences})
    assert decodes("ar", "en") - before_en == distinct
    assert decodes("en", "fr") - before_fr == distinct
    assert eng.stats.machine == 2 * count
    for a in articles:
        assert len(out[(a.id, "fr")].sentences) == len(a.sentences)
        for lang in ("en", "fr"):
            qa = qa_report(out[(a.id, lang)])
            assert qa["terms_found"] == qa["terms_rendered"] > 0 and qa["problems"] == []


def test_french_starts_from_the_english_of_the_memory(
    installed: Path, glossary, tmp_path: Path
) -> None:
    art = article(tmp_path)
    sentence = art.sentences[1].text
    english = (
        "Director General Hammouchi received in Marrakesh a delegation of the General "
        "Directorate of National Security to discuss security cooperation."
    )
    mem = memory.Memory([tmx.Unit(sentence, (("en", english),))])
    _, out = run_engine(glossary, tmp_path, [art], mem=mem)
    en, fr = out[(art.id, "en")].sentences[1], out[(art.id, "fr")].sentences[1]
    assert en.origin is Origin.MEMORY and fr.origin is Origin.MACHINE
    assert en.target == english  # an approved translation is used exactly as written
    # The en->fr copy model shows its input: the memory's English, terms rendered in French.
    assert fr.target.startswith("Director General Hammouchi received in Marrakech")
    assert "Direction générale de la sûreté nationale (DGSN)" in fr.target


def test_memory_exact_match_wins_and_fuzzy_matches_are_only_suggested(
    installed: Path, glossary, tmp_path: Path
) -> None:
    art = article(tmp_path)
    exact = art.sentences[0].text
    near = art.sentences[2].text.replace("والجريمة المنظمة", "والجريمة")
    mem = memory.Memory(
        [
            tmx.Unit(exact, (("en", "Hammouchi receives an INTERPOL delegation"),)),
            tmx.Unit(near, (("en", "An approved translation of a near sentence"),)),
        ]
    )
    _, out = run_engine(glossary, tmp_path, [art], langs=("en",), mem=mem)
    en = out[(art.id, "en")]
    assert en.sentences[0].origin is Origin.MEMORY
    assert en.sentences[0].target == "Hammouchi receives an INTERPOL delegation"  # as approved
    assert en.sentences[2].origin is Origin.MACHINE
    assert "near sentence" not in en.sentences[2].target
    assert any(s.startswith("sentence 2 (") and "near sentence" in s for s in en.suggestions)


def test_french_covered_by_the_memory_needs_no_model(
    argos_dir: Path, glossary, tmp_path: Path
) -> None:
    art = article(tmp_path)
    units = [tmx.Unit(s.text, (("fr", f"Phrase {s.index}."),)) for s in art.sentences]
    _, out = run_engine(glossary, tmp_path, [art], langs=("fr",), mem=memory.Memory(units))
    fr = out[(art.id, "fr")]
    assert [s.origin for s in fr.sentences] == [Origin.MEMORY] * 3
    assert fr.model_version is None
    with pytest.raises(ModelError, match="no ar->en translation model"):
        run_engine(glossary, tmp_path, [art], langs=("en",), mem=memory.Memory(units))


def test_memory_translation_missing_a_term_is_flagged(
    installed: Path, glossary, tmp_path: Path
) -> None:
    art = article(tmp_path)
    mem = memory.Memory([tmx.Unit(art.sentences[0].text, (("en", "A delegation arrives"),))])
    _, out = run_engine(glossary, tmp_path, [art], langs=("en",), mem=mem)
    en = out[(art.id, "en")]
    failed = [c for c in en.terms if c.status is TermStatus.FAILED]
    assert {c.entry_id for c in failed} == {"person.hammouchi", "org.interpol"}
    qa = qa_report(en)
    assert qa["terms_rendered"] == qa["terms_found"] - 2
    assert any("person.hammouchi" in p for p in qa["problems"])


def test_dropped_placeholders_are_repaired(
    argos_dir: Path, packages, glossary, tmp_path: Path
) -> None:
    argos_packages.install_file(packages["ar_en"])
    art = article(tmp_path)
    _, clean = run_engine(glossary, tmp_path, [art], langs=("en",), cache=None)
    argos_packages.install_file(packages["ar_en_drop"])
    _, out = run_engine(glossary, tmp_path, [art], langs=("en",), cache=None)
    en = out[(art.id, "en")]
    assert {c.status for c in en.terms} == {TermStatus.REPAIRED}
    assert [s.target for s in en.sentences] == [s.target for s in clean[(art.id, "en")].sentences]
    assert qa_report(en)["terms_rendered"] == 6


def test_duplicated_placeholders_are_repaired(
    argos_dir: Path, packages, glossary, tmp_path: Path
) -> None:
    argos_packages.install_file(packages["ar_en_dup"])
    art = article(tmp_path)
    _, out = run_engine(glossary, tmp_path, [art], langs=("en",), cache=None)
    en = out[(art.id, "en")]
    last = en.sentences[2]
    assert "في" not in last.target.split()  # the model wrote the term where "في" was
    assert last.target.count("DGSN") == 1
    statuses = {c.sentence: c.status for c in en.terms if c.entry_id == "org.dgsn"}
    assert statuses[2] is TermStatus.REPAIRED


def test_repair_inserts_at_the_aligned_position_and_keeps_the_nearest_copy() -> None:
    one, two = protect.placeholder(1), protect.placeholder(2)
    segment = decode.Segment(f"aa {one} bb cc dd ee {two} ff", (1, 2))
    dropped = decode._repair(segment, decode.Decoded("AA BB CC DD EE FF"))
    assert dropped.text == f"AA {one} BB CC DD EE {two} FF" and dropped.repaired == (1, 2)
    doubled = decode._repair(segment, decode.Decoded(f"{two} AA {one} BB CC DD EE {two} FF"))
    assert doubled.text == f"AA {one} BB CC DD EE {two} FF" and doubled.repaired == (2,)


def long_sentence() -> str:
    lines = [
        line
        for p in sorted(SEEDS.glob("*.txt"))
        for line in p.read_text("utf-8").split("\n")
        if len(line) > 200
    ]
    body = "، و".join(line.rstrip(".") for line in lines[:4]) + "."
    return f"عنوان الخبر\n\n{body}\n"


def test_a_long_sentence_is_not_cut_at_256_tokens(
    installed: Path, glossary, tmp_path: Path
) -> None:
    art = article(tmp_path, long_sentence())
    source = art.sentences[1].text
    model = decode.load_model("ar", "en", Settings())
    assert model is not None and len(model.encode(source)) > 300
    _, out = run_engine(glossary, tmp_path, [art], langs=("en",), max_source_tokens=10_000)
    done = out[(art.id, "en")].sentences[1]
    assert done.problems == ()
    assert done.target.endswith(source.split()[-1])


def test_a_hypothesis_at_the_length_limit_is_redecoded_or_flagged(
    installed: Path, glossary, tmp_path: Path
) -> None:
    art = article(tmp_path, long_sentence())
    tight = {"max_source_tokens": 10_000, "length_ratio": 0.5, "length_margin": 0, "cache": None}
    _, out = run_engine(glossary, tmp_path, [art], langs=("en",), **tight)
    done = out[(art.id, "en")].sentences[1]
    assert done.problems == () and done.target.endswith(art.sentences[1].text.split()[-1])
    _, out = run_engine(glossary, tmp_path, [art], langs=("en",), length_retries=0, **tight)
    cut = out[(art.id, "en")].sentences[1]
    assert any("length limit" in p for p in cut.problems)
    assert len(cut.target) < len(done.target)


def test_long_sentences_are_split_at_clause_boundaries(
    installed: Path, glossary, tmp_path: Path
) -> None:
    art = article(tmp_path, long_sentence())
    _, whole = run_engine(
        glossary, tmp_path, [art], langs=("en",), max_source_tokens=10_000, cache=None
    )
    before = decodes("ar", "en")
    _, split = run_engine(
        glossary, tmp_path, [art], langs=("en",), max_source_tokens=40, cache=None
    )
    assert decodes("ar", "en") - before > 8
    assert split[(art.id, "en")].sentences[1].target == whole[(art.id, "en")].sentences[1].target


def test_warm_rebuild_translates_nothing_and_a_glossary_edit_only_its_sentences(
    installed: Path, glossary_dir: Path, tmp_path: Path, articles
) -> None:
    from briefer.glossary.load import load

    eng, first = run_engine(load(glossary_dir), tmp_path, articles)
    assert eng.stats.machine > 0
    before = decodes("ar", "en") + decodes("en", "fr")
    eng, again = run_engine(load(glossary_dir), tmp_path, articles)
    assert (eng.stats.machine, decodes("ar", "en") + decodes("en", "fr")) == (0, before)
    assert again == first
    path = glossary_dir / "terms.yaml"
    path.write_text(path.read_text("utf-8").replace("full: Marrakech", "full: Marrakech-Ville"))
    eng, edited = run_engine(load(glossary_dir), tmp_path, articles)
    with_city = [(a.id, s.index) for a in articles for s in a.sentences if "مراكش" in s.text]
    assert eng.stats.machine == 2 * len(with_city) > 0
    for article_id, index in with_city:
        assert "Marrakech-Ville" in edited[(article_id, "fr")].sentences[index].target


def test_no_model_no_memory_is_an_error_naming_the_pair(
    argos_dir: Path, glossary, tmp_path: Path
) -> None:
    art = article(tmp_path)
    with pytest.raises(ModelError) as err:
        run_engine(glossary, tmp_path, [art])
    assert "no ar->en translation model is installed" in str(err.value)
    assert "briefer models install" in str(err.value)
    _, out = run_engine(glossary, tmp_path, [art], allow_untranslated=True)
    for lang in ("en", "fr"):
        sentences = out[(art.id, lang)].sentences
        assert {s.origin for s in sentences} == {Origin.UNTRANSLATED}
        assert sentences[1].target == art.sentences[1].text and sentences[1].problems
        # nothing was rendered, so no glossary term is reported as failed
        assert out[(art.id, lang)].terms == ()


def test_no_network_connection_is_attempted(
    installed: Path, glossary, tmp_path: Path, articles, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"network connection attempted: {args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    decode._LOADED.clear()  # load the packages again under the guard
    _, out = run_engine(glossary, tmp_path, articles)
    assert len(out) == 2 * len(articles)


def test_placeholder_form_is_chosen_by_the_vocabulary(sp_model: bytes) -> None:
    import sentencepiece

    import argos_fixture

    with_symbols = sentencepiece.SentencePieceProcessor(model_proto=sp_model)
    assert decode.choose_placeholder(with_symbols) == "\u2983{n}\u2984"
    plain = sentencepiece.SentencePieceProcessor(
        model_proto=argos_fixture.train_sentencepiece(symbols=())
    )
    form = decode.choose_placeholder(plain)
    assert form != "\u2983{n}\u2984"
    for n in (1, 12, 40):
        ids = plain.encode(form.format(n=n))
        assert plain.unk_id() not in ids and plain.decode(ids) == form.format(n=n)


def test_cli_translate_json_and_text(installed: Path, glossary_dir: Path, tmp_path: Path) -> None:
    path = write_article(tmp_path)
    (tmp_path / "briefer.toml").write_text(
        f'[briefer]\nglossary = "{glossary_dir}"\ntm = "tm"\ncache = "cache"\n'
    )
    env = env_with()
    cmd = [sys.executable, "-m", "briefer", "translate", str(path), "--lang", "fr", "-q"]
    done = subprocess.run(
        [*cmd, "--format", "json"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert [set(s) for s in data["sentences"]] == [{"index", "source", "target", "origin"}] * 3
    assert data["sentences"][1]["origin"] == "machine"
    assert data["qa"]["terms_found"] == data["qa"]["terms_rendered"] == 6
    assert data["qa"]["problems"] == []
    assert {t["status"] for t in data["qa"]["terms"]} == {"applied"}
    text = subprocess.run(cmd, cwd=tmp_path, capture_output=True, text=True, env=env, timeout=120)
    assert "Direction générale de la sûreté nationale (DGSN)" in text.stdout


def test_cli_translate_without_a_model(argos_dir: Path, glossary_dir: Path, tmp_path: Path) -> None:
    path = write_article(tmp_path)
    (tmp_path / "briefer.toml").write_text(f'[briefer]\nglossary = "{glossary_dir}"\n')
    cmd = [sys.executable, "-m", "briefer", "translate", str(path), "--lang", "en", "-q"]
    failed = subprocess.run(
        cmd, cwd=tmp_path, capture_output=True, text=True, env=env_with(), timeout=120
    )
    assert failed.returncode == 1 and "no ar->en translation model" in failed.stderr
    marked = subprocess.run(
        [*cmd, "--allow-untranslated"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=env_with(),
        timeout=120,
    )
    assert marked.returncode == 0 and marked.stdout.startswith("[untranslated] ")


def test_two_concurrent_builds_share_the_cache(
    installed: Path, glossary_dir: Path, tmp_path: Path
) -> None:
    (tmp_path / "briefer.toml").write_text(
        f'[briefer]\nglossary = "{glossary_dir}"\ncache = "cache"\nseeds = "{SEEDS}"\n'
    )
    cmd = [
        sys.executable,
        "-m",
        "briefer",
        "translate",
        "004_61222ac32c189bd9",
        "--lang",
        "fr",
        "-q",
        "--format",
        "json",
    ]
    procs = [
        subprocess.Popen(
            cmd,
            cwd=tmp_path,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env_with(),
        )
        for _ in range(2)
    ]
    outs = [p.communicate(timeout=180) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [e for _, e in outs]
    assert outs[0][0] == outs[1][0]


def test_a_corrupt_cache_is_reported_with_its_path(tmp_path: Path) -> None:
    from briefer.errors import BuildError
    from briefer.translate.cache import Cache

    broken = tmp_path / "cache"
    broken.mkdir()
    (broken / "translations.sqlite").write_text("not a database, just text that is long enough")
    with pytest.raises(BuildError, match="cannot open the translation cache") as err:
        Cache(broken)
    assert err.value.path == broken / "translations.sqlite"
