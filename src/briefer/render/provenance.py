"""What a note is made from: the build time, the versions of everything used, the evidence
and QA attached to it, and the hash of its inputs that lets an unchanged note or digest be
skipped (one mechanism for both: the hash is recorded in ".<name>.inputs" beside the files;
the note's JSON also carries it, as "inputs").

A document's files are current together or not at all: the record is written last and
holds, besides the inputs hash, the SHA-256 of every file it vouches for. A build killed
between two files of a note, or a file changed by hand, leaves files the record does not
match, and the next build renders the note again.

Output is deterministic: the build time comes from SOURCE_DATE_EPOCH or from the sources,
never from the clock.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefer import __version__
from briefer.documents import Article, TermStatus, Translation, origins, term_statuses
from briefer.extract.facts import Agreement, Counterpart, Facts, Visit, cited_sentences
from briefer.files import write_atomic
from briefer.render.theme import fonts_dir, template_dirs
from briefer.resources import PACKAGE

if TYPE_CHECKING:
    from briefer.glossary.match import Glossary

DATA_FILES = ("data/notes.yaml", "data/localize.yaml")


@dataclass(frozen=True)
class Provenance:
    """The versions of everything a note was made from, attached to it."""

    briefer: str
    glossary: str | None
    memory: str | None
    models: tuple[str, ...]


def _digest_files(paths: Iterable[tuple[str, Path]]) -> str:
    digest = hashlib.sha256()
    for name, path in paths:
        digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def resources_version(user_templates: Path | None) -> str:
    """A hash of the templates on the search path, the fonts and the notes' wording."""
    files: list[tuple[str, Path]] = []
    for i, folder in enumerate([*template_dirs(user_templates), fonts_dir()]):
        files += [
            (f"{i}/{p.relative_to(folder)}", p) for p in sorted(folder.rglob("*")) if p.is_file()
        ]
    files += [(name, PACKAGE / name) for name in DATA_FILES]
    return _digest_files(files)


def provenance(
    translations: Mapping[tuple[str, str], Translation],
    glossary: Glossary | None,
    memory_version: str | None,
) -> Provenance:
    """The versions a build used: briefer, glossary, memory and translation models."""
    models = sorted({t.model_version for t in translations.values() if t.model_version})
    return Provenance(
        __version__, getattr(glossary, "version", None), memory_version, tuple(models)
    )


def share_counts(translation: Translation | None) -> dict[str, int]:
    """How many sentences came from memory, from the machine, or stayed untranslated."""
    return origins([translation] if translation else [])


def term_counts(translation: Translation | None) -> dict[str, int]:
    """How many glossary terms were applied, repaired, or failed to come through."""
    return term_statuses([translation] if translation else [])


def evidence(facts: Facts, articles: Mapping[str, Article]) -> list[dict[str, Any]]:
    """Every evidence item of the visit with its Arabic sentence and span in the original."""
    items = []
    cited: dict[str, Sequence[Counterpart | Agreement]] = {
        "counterparts": facts.counterparts,
        "agreements": facts.agreements,
    }
    for field_name, facts_of_field in cited.items():
        for i, fact in enumerate(facts_of_field):
            for article_id, n in cited_sentences(fact.evidence):
                article = articles.get(article_id)
                sentence = (
                    article.sentences[n] if article and 0 <= n < len(article.sentences) else None
                )
                items.append(
                    {
                        "field": field_name,
                        "item": i,
                        "article": article_id,
                        "sentence": n,
                        "text": sentence.text if sentence else None,
                        "source_span": [sentence.source_start, sentence.source_end]
                        if sentence
                        else None,
                    }
                )
    return items


def note_record(
    visit: Visit,
    articles: Mapping[str, Article],
    translations: Mapping[tuple[str, str], Translation],
    lang: str,
    prov: Provenance,
    inputs: str,
) -> dict[str, Any]:
    """The JSON written beside the note and attached to its PDF: facts, evidence, QA, versions."""
    qa = {}
    for article_id in visit.articles:
        translation = translations.get((article_id, lang))
        qa[article_id] = {
            "sentences": share_counts(translation),
            "terms": term_counts(translation),
            "failed_terms": [
                asdict(t) | {"status": t.status.value}
                for t in (translation.terms if translation else ())
                if t.status is TermStatus.FAILED
            ],
            "problems": [
                {"sentence": s.index, "problems": list(s.problems)}
                for s in (translation.sentences if translation else ())
                if s.problems
            ],
        }
    return {
        "visit": visit.to_json(),
        "evidence": evidence(visit.facts, articles),
        "qa": qa,
        "provenance": {**asdict(prov), "lang": lang},
        "inputs": inputs,
    }


def inputs_key(parts: Mapping[str, Any]) -> str:
    """A hash of everything a note is made from, to skip notes whose inputs did not change."""
    text = json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def translation_digest(translation: Translation | None) -> Any:
    """What of a translation shows in a note, as plain data for the inputs hash."""
    if translation is None:
        return None
    return [
        [(s.index, s.target, s.origin.value) for s in translation.sentences],
        [(t.entry_id, t.sentence, t.status.value) for t in translation.terms],
        translation.model_version,
    ]


def stamp(outputs: Sequence[Path]) -> Path:
    """Where the inputs of a document's files are recorded: ".<name>.inputs" beside them."""
    return outputs[0].with_name(f".{outputs[0].stem}.inputs")


def _sha256(data: bytes | str) -> str:
    return hashlib.sha256(data.encode("utf-8") if isinstance(data, str) else data).hexdigest()


def is_current(outputs: Sequence[Path], inputs: str) -> bool:
    """Whether a document's files (a note's, the digest's) are all there, as the record
    made from these inputs vouches: same inputs hash, and every file's bytes as recorded."""
    try:
        first, *lines = stamp(outputs).read_text("utf-8").splitlines()
        files = {name: digest for digest, _, name in (line.partition("  ") for line in lines)}
        return first == inputs and all(
            files.get(p.name) == _sha256(p.read_bytes()) for p in outputs
        )
    except (OSError, ValueError, UnicodeDecodeError):
        return False


def record_inputs(outputs: Sequence[Path], inputs: str, contents: Sequence[bytes | str]) -> None:
    """Record the inputs a document's files were made from and their hashes, once they are
    all written (the record is the last file a document's writing touches)."""
    hashes = [f"{_sha256(data)}  {path.name}" for path, data in zip(outputs, contents, strict=True)]
    write_atomic(stamp(outputs), "\n".join([inputs, *hashes]) + "\n")


def write_document(outputs: Sequence[Path], contents: Sequence[bytes | str], inputs: str) -> None:
    """Write a document's files, then the record that vouches for them (record_inputs)."""
    for path, data in zip(outputs, contents, strict=True):
        write_atomic(path, data)
    record_inputs(outputs, inputs, contents)
